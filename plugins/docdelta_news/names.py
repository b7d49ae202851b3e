"""The name-variants check: one proper name spelled in more than one way.

Transliterated names drift between versions of a story and inside one
(``Kalesnikova``/``Kalesnikava``, ``Zelensky``/``Zelenskyy``). The check collects
the capitalised words of both documents' compared blocks, possessive endings
dropped, and pairs two spellings when

- both have at least :data:`MIN_LENGTH` letters, start with the same letter and
  differ in more than letter case;
- they are one edit apart (a letter replaced, added or removed, or two neighbours
  swapped), and the edit is not an ending that makes another word of a name
  (``Russia``/``Russian``, ``Ukrainian``/``Ukrainians``: :data:`INFLECTIONS`);
- each is a name somewhere: capitalised in the middle of a sentence at least once,
  so that sentence-initial common words (``These``/``Those``) are not taken for names.

Spellings that pair up, directly or through a third, form one finding listing every
place each spelling occurs in either document. Names are facts, so the finding is
``factual``: a change that touches a variant spelling is a factual change.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from docdelta import Comparison, Document, Finding, Span

__all__ = ["INFLECTIONS", "MIN_LENGTH", "find_name_variants", "is_variant"]

MIN_LENGTH = 5
#: Endings that turn a name into another word of it (demonyms, plurals, feminine surnames).
INFLECTIONS = frozenset({"s", "es", "n", "an", "ian", "ns", "ans", "ians", "ese", "ic", "ish", "i", "a"})

_NAME = re.compile(r"[^\W\d_][^\W\d_'’\-]*(?:[\-'’][^\W\d_]+)*")
_POSSESSIVE = re.compile(r"['’]s?$")
_SENTENCE_END = re.compile(r"""[.!?…:;]["'”’)\]]*\s*["'“‘(\[]*$|^\s*["'“‘(\[]*$""")
_LOOKBEHIND = 8


def is_variant(one: str, other: str) -> bool:
    """True when ``one`` and ``other`` look like two spellings of one name (see the module's rules)."""
    if min(len(one), len(other)) < MIN_LENGTH or one.casefold() == other.casefold():
        return False
    if one[0].casefold() != other[0].casefold():
        return False
    shorter, longer = sorted((one, other), key=len)
    if longer.startswith(shorter) and longer[len(shorter) :] in INFLECTIONS:
        return False
    return _one_edit_apart(one.casefold(), other.casefold())


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


def _occurrences(document: Document, include_ignored: bool) -> Iterator[tuple[str, Span, bool]]:
    """``(spelling, span, mid-sentence)`` for each capitalised word of the compared blocks."""
    text = document.text
    for block in document.blocks:
        if block.ignored and not include_ignored:
            continue
        for match in _NAME.finditer(text, block.span.start, block.span.end):
            word = _POSSESSIVE.sub("", match.group())
            if len(word) < MIN_LENGTH or not word[0].isupper() or word.isupper():
                continue
            before = text[max(block.span.start, match.start() - _LOOKBEHIND) : match.start()]
            at_block_start = match.start() - block.span.start <= _LOOKBEHIND and not before.strip("\"'“‘([ \t")
            mid_sentence = not at_block_start and _SENTENCE_END.search(before) is None
            yield word, Span(match.start(), match.start() + len(word)), mid_sentence


def find_name_variants(comparison: Comparison) -> Iterator[Finding]:
    """One finding per name written in more than one way across ``comparison``'s two documents."""
    include_ignored = bool(comparison.options.get("include-ignored", False))
    places: dict[str, dict[str, list[Span]]] = {}
    names: set[str] = set()
    for side, document in (("old", comparison.old), ("new", comparison.new)):
        for word, span, mid_sentence in _occurrences(document, include_ignored):
            places.setdefault(word, {"old": [], "new": []})[side].append(span)
            if mid_sentence:
                names.add(word)
    for group in _groups(sorted(names)):
        yield _finding(group, places)


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
    """Pairs that may be one edit apart: they share the same text with one letter (or none) left out.

    A replaced, added or removed letter, or two swapped ones, always leaves such a shared
    text, so every pair :func:`is_variant` accepts is among them, without comparing all pairs.
    """
    holders: dict[str, list[str]] = {}
    for spelling in spellings:
        folded = spelling.casefold()
        for key in dict.fromkeys([folded] + [folded[:i] + folded[i + 1 :] for i in range(len(folded))]):
            holders.setdefault(key, []).append(spelling)
    pairs = {(one, other) for group in holders.values() for one in group for other in group if one < other}
    return sorted(pairs)


def _finding(group: list[str], places: dict[str, dict[str, list[Span]]]) -> Finding:
    def counted(spelling: str) -> str:
        counts = [f"{len(places[spelling][side])} {side}" for side in ("old", "new") if places[spelling][side]]
        return f"{spelling} ({', '.join(counts)})"

    return Finding(
        check="name-variants",
        kind="name-variant",
        severity="medium",
        message=f"One name, {len(group)} spellings: " + ", ".join(counted(spelling) for spelling in group),
        old_spans=sorted(span for spelling in group for span in places[spelling]["old"]),
        new_spans=sorted(span for spelling in group for span in places[spelling]["new"]),
        data={
            "spellings": list(group),
            "variants": {
                spelling: {side: [[span.start, span.end] for span in places[spelling][side]] for side in ("old", "new")}
                for spelling in group
            },
        },
        factual=True,
    )
