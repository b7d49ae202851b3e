"""The name-variants check: one proper name spelled in more than one way.

Transliterated names drift between versions of a story and inside one
(``Kalesnikova``/``Kalesnikava``, ``Zelensky``/``Zelenskyy``, ``Babaryka``/``Babariko``,
``Cole``/``Coale``). The check collects the capitalised words of both documents' compared
blocks, possessive endings dropped, and pairs two spellings (:func:`is_variant`) when

- both have at least :data:`SHORTEST` letters and differ in more than letter case;
- the edit is not an ending that makes another word of a name (``Russia``/``Russian``,
  ``Ukrainian``/``Ukrainians``: :data:`INFLECTIONS`);
- their transliteration-folded forms (:func:`fold`: accents dropped, ``y``/``j``/``i``,
  ``kh``/``h``, ``ks``/``x``, ``w``/``v``, ``ph``/``f`` and doubled letters made one) start
  with the same letter, and
- the folded forms are equal (``Zelenskyy``/``Zelensky``, ``Dmitriy``/``Dmitry``); or, for
  names of :data:`MIN_LENGTH` letters or more, the spellings are one edit apart (a letter
  replaced, added or removed, or two neighbours swapped); or, for names whose folded forms
  have :data:`FOLDED_LENGTH` letters or more, the folded forms are one edit apart
  (``Babaryka``/``Babariko``: ``y``/``i`` folded, then ``a``/``o``); a name shorter than
  :data:`MIN_LENGTH` letters only with one vowel added or removed (``Cole``/``Coale``), so
  that short words one consonant apart (``Iran``/``Iraq``) stay apart;
- each is a name somewhere: capitalised in the middle of a sentence at least once,
  so that sentence-initial common words (``These``/``Those``) are not taken for names.

Spellings that pair up, directly or through a third, form one finding listing every
place each spelling occurs in either document. Names are facts, so the finding is
``factual``: a change that touches a variant spelling is a factual change.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from docdelta import Comparison, Finding, Span

__all__ = [
    "FOLDED_LENGTH", "INFLECTIONS", "MIN_LENGTH", "SHORTEST", "find_name_variants", "fold", "is_variant", "one_name",
]  # fmt: skip

#: The shortest name read: shorter words (``Xi``, ``Kim``) are too often another name one letter away.
SHORTEST = 4
#: The shortest names whose spellings may be any one edit apart; shorter ones only a vowel apart.
MIN_LENGTH = 5
#: The shortest folded names whose folded forms may be one edit apart.
FOLDED_LENGTH = 6
#: Endings that turn a name into another word of it (demonyms, plurals, feminine surnames).
INFLECTIONS = frozenset({"s", "es", "n", "an", "ian", "ns", "ans", "ians", "ese", "ic", "ish", "i", "a"})

_LETTER = r"[^\W\d_]"
#: A word that may be a name: letters joined by hyphens or apostrophes (``Jean-Pierre``, ``Lukashenko's``),
#: the first a capital, :data:`SHORTEST` characters at least. Looking for these alone leaves most words
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


#: Spellings one transliteration gives and another does not, and what both are folded to.
_DIGRAPHS = (("kh", "h"), ("ks", "x"), ("ph", "f"))
_LETTERS = str.maketrans("yw", "iv")
_DOUBLED = re.compile(r"(.)\1+")
_VOWELS = frozenset("aeiou")


def fold(name: str) -> str:
    """``name`` as its transliterations have it in common: case folded, accents dropped,
    ``kh``→``h``, ``ks``→``x``, ``ph``→``f``, ``y``→``i``, ``w``→``v``, doubled letters made one."""
    folded = name.casefold()
    if not folded.isascii():
        folded = "".join(char for char in unicodedata.normalize("NFKD", folded) if not unicodedata.combining(char))
    for digraph, letter in _DIGRAPHS:
        folded = folded.replace(digraph, letter)
    return _DOUBLED.sub(r"\1", folded.translate(_LETTERS))


def is_variant(one: str, other: str) -> bool:
    """True when ``one`` and ``other`` look like two spellings of one name (see the module's rules)."""
    one_folded, other_folded = one.casefold(), other.casefold()
    if min(len(one), len(other)) < SHORTEST or one_folded == other_folded or _inflected(one_folded, other_folded):
        return False
    one_transliterated, other_transliterated = fold(one), fold(other)
    if one_transliterated[:1] != other_transliterated[:1]:
        return False
    if one_transliterated == other_transliterated:
        return True
    if min(len(one), len(other)) < MIN_LENGTH:
        return _vowel_apart(one_folded, other_folded)
    if _one_edit_apart(one_folded, other_folded):
        return True
    shortest = min(len(one_transliterated), len(other_transliterated))
    return shortest >= FOLDED_LENGTH and _vowel_replaced(one_transliterated, other_transliterated)


def one_name(one: str, other: str) -> bool:
    """True when two words name one thing: equal but for case, a spelling variant (:func:`is_variant`)
    or an inflection of the other (``Russia``/``Russian``: :data:`INFLECTIONS`)."""
    one_folded, other_folded = one.casefold(), other.casefold()
    return one_folded == other_folded or _inflected(one_folded, other_folded) or is_variant(one, other)


def _inflected(one: str, other: str) -> bool:
    """True when the longer of two case-folded words is the other with an ending of :data:`INFLECTIONS`."""
    shorter, longer = sorted((one, other), key=len)
    return longer.startswith(shorter) and longer[len(shorter) :] in INFLECTIONS


def _vowel_apart(one: str, other: str) -> bool:
    """True when one of the words is the other with a vowel doubled into a pair (``cole``/``coale``):
    one vowel added beside another, where a transliteration or a misspelling puts it."""
    shorter, longer = sorted((one, other), key=len)
    if len(longer) != len(shorter) + 1:
        return False
    at = next((i for i, (a, b) in enumerate(zip(shorter, longer)) if a != b), len(shorter))
    beside = longer[max(0, at - 1) : at] + longer[at + 1 : at + 2]
    added = longer[at] in _VOWELS and longer[:at] + longer[at + 1 :] == shorter
    return added and any(char in _VOWELS for char in beside)


def _vowel_replaced(one: str, other: str) -> bool:
    """True when the words differ in one letter only, a vowel for a vowel (``babarika``/``babariko``)."""
    if len(one) != len(other):
        return False
    differing = [(a, b) for a, b in zip(one, other) if a != b]
    return len(differing) == 1 and differing[0][0] in _VOWELS and differing[0][1] in _VOWELS


def _one_edit_apart(one: str, other: str) -> bool:
    if abs(len(one) - len(other)) > 1:
        return False
    prefix = 0
    while prefix < min(len(one), len(other)) and one[prefix] == other[prefix]:
        prefix += 1
    one_rest, other_rest = one[prefix:], other[prefix:]
    if len(one) == len(other):
        swapped = len(one_rest) >= 2 and one_rest[0] == other_rest[1] and one_rest[1] == other_rest[0]
        return one_rest[1:] == other_rest[1:] or (swapped and one_rest[2:] == other_rest[2:])
    return one_rest[1:] == other_rest if len(one) > len(other) else one_rest == other_rest[1:]


def find_name_variants(comparison: Comparison) -> Iterator[Finding]:
    """One finding per name written in more than one way across ``comparison``'s two documents."""
    include_ignored = bool(comparison.options.get("include-ignored", False))
    places: dict[str, dict[str, list[int]]] = {"old": {}, "new": {}}  # where each spelling starts, by document
    names: set[str] = set()
    words: dict[str, list[tuple[int, str]]] = {}  # by block text: the two versions share most paragraphs
    for side, document in (("old", comparison.old), ("new", comparison.new)):
        starts = places[side]
        for block in document.blocks:
            if block.ignored and not include_ignored:
                continue
            text = block.span.slice(document.text)
            if text not in words:
                words[text] = _capitalised_words(text)
            for offset, word in words[text]:
                starts.setdefault(word, []).append(block.span.start + offset)
                if word not in names and _mid_sentence(text, offset):  # once in mid-sentence makes it a name
                    names.add(word)
    for group in _groups(sorted(names)):
        yield _finding(group, places)


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
    """Spellings joined by :func:`is_variant`, directly or through others; sorted, deterministic."""
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
    the same text with one letter (or none) left out.

    A replaced, added or removed letter, or two swapped ones, always leaves such a shared
    text, so every pair :func:`is_variant` accepts is among them, without comparing all pairs.
    Both forms' texts go in one index: a text one spelling's case-folded form and another's
    folded form share makes a pair to try too, and most names fold to their case-folded form,
    whose texts are then indexed once.
    """
    holders: dict[str, list[str]] = {}
    for spelling in spellings:
        keys: dict[str, None] = {}
        for folded in dict.fromkeys((spelling.casefold(), fold(spelling))):
            keys.update(dict.fromkeys([folded] + [folded[:i] + folded[i + 1 :] for i in range(len(folded))]))
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

