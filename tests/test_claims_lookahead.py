"""The claims' regex speed-ups change no match: patterns that start with a lookahead of their
first characters (Python's re then skips the other positions) match as without it, and the
ASCII-compiled twins used on ASCII text find what the Unicode patterns find."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from docdelta_claims import extract, numbers

PATTERNS = {
    "not-claims": extract._NOT_CLAIMS,
    "date": extract._DATE,
    "ordinal": numbers._ORDINAL_NUMERAL,
    "numeral": numbers._NUMERAL,
    "fraction": numbers._FRACTION,
    "half-of": numbers._HALF_OF,
    "half-a": numbers._HALF_A,
}
_LOOKAHEAD = re.compile(r"\(\?=\[?[^()\]]*\]?\)")

PIECES = (
    "half a third of two-thirds quarter quarters dozen Dozen HALF Third 3 dozen 12th 1st 22nd Dec. 13 "
    "March 2024 May 5 5 May 2021-22 2025-12-13 No. 10 No 10 Number 7 #5 24/7 10:30 p.m. 9am 9 p.m. 1,234.5 "
    "0.5 $5bn 12km 45 percent about 30 people 5 Main Street 1990s +44 20 7946 0958 hour million of the an "
    "ſ K ı İ ١٢ ٣ , . - – : / ( )"
).split()
TEXTS = st.lists(st.sampled_from(PIECES) | st.text(max_size=4), max_size=14).map(" ".join)


@pytest.mark.parametrize("name", PATTERNS)
def test_each_starts_with_a_lookahead(name):
    assert _LOOKAHEAD.match(PATTERNS[name].pattern)


@settings(max_examples=400, deadline=None)
@given(text=TEXTS)
def test_the_lookahead_changes_no_match(text):
    for name, pattern in PATTERNS.items():
        bare = re.compile(pattern.pattern[_LOOKAHEAD.match(pattern.pattern).end() :], pattern.flags)
        assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in bare.finditer(text)], name


ASCII_TEXTS = st.lists(
    st.sampled_from([piece for piece in PIECES if piece.isascii()] + ["o'clock", "twenty-one", "x_y", "a-b-c"])
    | st.text(st.characters(max_codepoint=127), max_size=4),
    max_size=14,
).map(" ".join)


@settings(max_examples=400, deadline=None)
@given(text=ASCII_TEXTS)
def test_ascii_twins_find_what_the_unicode_patterns_find(text):
    assert numbers._ASCII_LETTERS.findall(text) == numbers._LETTERS.findall(text)
    assert extract._ASCII_WORD.findall(text) == extract._WORD.findall(text)
    # A claim's context words: lowered once for ASCII text, word by word otherwise.
    by_word = {w.lower() for w in extract._WORD.findall(text[:2] + " " + text[3:]) if len(w) > 2}
    assert extract._context(text, 2, 3) == tuple(sorted(by_word - extract._STOP))
