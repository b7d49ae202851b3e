"""The name-variants check: one proper name spelled in more than one way.

Transliterated names drift between versions of a story and inside one
(``Kalesnikova``/``Kalesnikava``, ``Zelensky``/``Zelenskyy``, ``Babaryka``/``Babariko``,
``Cole``/``Coale``). The check collects the capitalised words of both documents' compared
blocks, possessive endings dropped, and pairs two spellings when

- they are spellings of one name by :func:`docdelta.spelling.is_variant` (transliteration-folded
  forms alike or one edit apart, not an inflection: ``Russia``/``Russian`` stay two);
- each is a name somewhere: capitalised in the middle of a sentence at least once, not in a
  headline in title case, so that sentence-initial common words (``These``/``Those``) and a
  headline's words (``Aquino Freed For Surgery`` / ``Aquino Frees ...``) are not taken for names
  (a headline's word that is a name but for its accents is that name: ``Jose`` / ``José``).

Spellings that pair up, directly or through a third, form one finding listing every
place each spelling occurs in either document. Names are facts, so the finding is
``factual``: a change that touches a variant spelling is a factual change.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from docdelta import Comparison, Finding, Span
from docdelta.spelling import SHORTEST, SKELETON_LENGTH, fold, is_variant, skeleton, unaccented
from docdelta_news.replaced import title_case

__all__ = ["find_name_variants", "is_headline"]

_LETTER = r"[^\W\d_]"
#: A word that may be a name: letters joined by hyphens or apostrophes (``Jean-Pierre``, ``Lukashenko's``),
#: the first a capital, :data:`~docdelta.spelling.SHORTEST` characters at least. Looking for these alone leaves most words
#: inside the regular expression engine; the look-behinds keep each word whole, as a search for every word
#: would cut it.
_CAPITALISED = re.compile(
    rf"""
    [^\x00-@\[-\x7f](?<={_LETTER})        # an ASCII capital or another letter (str.isupper tells its case);
                                           # A-Z and \x80-\U0010ffff, written as a negation: 9 ms less to compile
    (?<!{_LETTER}.)(?<!{_LETTER}[\-'’].)   # starting a word: after no letter, nor a letter and a hyphen or apostrophe
    (?=[\w\-'’]{{{SHORTEST - 1}}})         # with room after it for a long enough word
    {_LETTER}*(?:[\-'’]{_LETTER}+)*        # the rest of the word
    """,
    re.VERBOSE,
)
_POSSESSIVE = re.compile(r"['’]s?$")
_SENTENCE_END = re.compile(r"""[.!?…:;]["'”’)\]]*\s*["'“‘(\[]*$|^\s*["'“‘(\[]*$""")
_LOOKBEHIND = 8


def find_name_variants(comparison: Comparison) -> Iterator[Finding]:
    """One finding per name written in more than one way across ``comparison``'s two documents."""
    include_ignored = bool(comparison.options.get("include-ignored", False))
    places: dict[str, dict[str, list[int]]] = {"old": {}, "new": {}}  # where each spelling starts, by document
    names: set[str] = set()
    in_headlines: set[str] = set()
    words: dict[str, list[tuple[int, str]]] = {}  # by block text: the two versions share most paragraphs
    for side, document in (("old", comparison.old), ("new", comparison.new)):
        starts = places[side]
        for block in document.blocks:
            if block.ignored and not include_ignored:
                continue
            text = block.span.slice(document.text)
            if text not in words:
                words[text] = _capitalised_words(text)
            headline = is_headline(text)
            for offset, word in words[text]:
                starts.setdefault(word, []).append(block.span.start + offset)
                if headline:
                    in_headlines.add(word)
                elif word not in names and _mid_sentence(text, offset):  # once makes it a name
                    names.add(word)
    # A headline's word that is a name without its accents is that name ("Jose" / "José").
    bare_names = {unaccented(name) for name in names}
    names |= {word for word in in_headlines - names if unaccented(word) in bare_names}
    for group in _groups(sorted(names)):
        yield _finding(group, places)


def is_headline(text: str) -> bool:
    """Whether a block is a headline in title case, whose every word is capitalised ("Freed" there
    names no one): title case, and no full stop at its end (a short sentence of short words,
    "Officials met Lukashenko on Friday.", is no headline)."""
    return not text.rstrip().endswith(".") and title_case(text, 0, len(text))


def _capitalised_words(text: str) -> list[tuple[int, str]]:
    """``(offset, spelling)`` for each capitalised word of a block's ``text``, possessive ending dropped."""
    found = []
    for match in _CAPITALISED.finditer(text):
        word = _POSSESSIVE.sub("", match.group())
        if len(word) >= SHORTEST and word[0].isupper() and not word.isupper():
            found.append((match.start(), word))
    return found


def _mid_sentence(text: str, start: int) -> bool:
    """True when the word at ``start`` in a block's ``text`` stands in the middle of a sentence."""
    before = text[max(0, start - _LOOKBEHIND) : start]
    at_block_start = start <= _LOOKBEHIND and not before.strip("\"'“‘([ \t")
    return not at_block_start and _SENTENCE_END.search(before) is None


def _groups(spellings: list[str]) -> list[list[str]]:
    """Spellings joined by :func:`~docdelta.spelling.is_variant`, directly or through others; sorted, deterministic."""
    parent = {spelling: spelling for spelling in spellings}

    def root(spelling: str) -> str:
        while parent[spelling] != spelling:
            spelling = parent[spelling]
        return spelling

    for one, other in _candidate_pairs(spellings):
        if is_variant(one, other):
            parent[max(root(one), root(other))] = min(root(one), root(other))
    members: dict[str, list[str]] = {}
    for spelling in spellings:
        members.setdefault(root(spelling), []).append(spelling)
    return sorted(group for group in members.values() if len(group) > 1)


def _candidate_pairs(spellings: list[str]) -> list[tuple[str, str]]:
    """Pairs that may be variants: their case-folded or their transliteration-folded forms share
    the same text with one letter (or none) left out, or their folded forms the same consonants.

    A replaced, added or removed letter, or two swapped ones, always leaves such a shared
    text, so every pair :func:`~docdelta.spelling.is_variant` accepts is among them, without comparing all pairs.
    Both forms' texts go in one index: a text one spelling's case-folded form and another's
    folded form share makes a pair to try too, and most names fold to their case-folded form,
    whose texts are then indexed once.
    """
    holders: dict[str, list[str]] = {}
    for spelling in spellings:
        keys: dict[str, None] = {}
        for folded in dict.fromkeys((spelling.casefold(), fold(spelling))):
            keys.update(dict.fromkeys([folded] + [folded[:i] + folded[i + 1 :] for i in range(len(folded))]))
        consonants = skeleton(fold(spelling))
        if len(consonants) >= SKELETON_LENGTH:  # vowels apart anywhere: "\0" keeps these keys to themselves
            keys["\0" + consonants] = None
        for key in keys:
            holders.setdefault(key, []).append(spelling)
    pairs = {(one, other) for group in holders.values() for one in group for other in group if one < other}
    return sorted(pairs)


def _finding(group: list[str], places: dict[str, dict[str, list[int]]]) -> Finding:
    def ranges(spelling: str, side: str) -> list[list[int]]:
        return [[start, start + len(spelling)] for start in places[side].get(spelling, [])]

    variants = {spelling: {side: ranges(spelling, side) for side in ("old", "new")} for spelling in group}

    def counted(spelling: str) -> str:
        counts = [f"{len(found)} {side}" for side, found in variants[spelling].items() if found]
        return f"{spelling} ({', '.join(counts)})"

    def spans(side: str) -> list[Span]:
        return [Span(*pair) for pair in sorted(pair for spelling in group for pair in variants[spelling][side])]

    return Finding(
        check="name-variants",
        kind="name-variant",
        severity="medium",
        message=f"One name, {len(group)} spellings: " + ", ".join(counted(spelling) for spelling in group),
        old_spans=spans("old"),
        new_spans=spans("new"),
        data={"spellings": list(group), "variants": variants},
        factual=True,
    )

