"""Tokens and sentences: the pieces a text is diffed in.

A word is never split: letters, digits, combining marks, soft hyphens and
zero-width joiners stay together, and so do inner apostrophes and hyphens
(``Belarus’s``, ``full-scale``) and number punctuation (``1,234``, ``3.5``).
A run of dots (``...``) or hyphens (``--``) is one token, so that a normalizer can
map it to ``…`` or ``—``. Whitespace runs are tokens of their own.
"""

from __future__ import annotations

import re

__all__ = ["TOKEN_PATTERN", "tokenize", "token_texts", "words", "has_words", "word_count", "is_word", "case_only", "sentence_bounds"]

_WORD_CHARS = r"\w\u00ad\u200b-\u200d\u2060\ufeff\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_JOINERS = r"'’\-\u2010\u2011"

_WORD_TOKENS = (
    rf"\d+(?:[.,]\d+)+"  # 1,234 and 3.5
    rf"|[{_WORD_CHARS}]+(?:[{_JOINERS}][{_WORD_CHARS}]+)*"  # words, with inner ' and -
)


def _tokens(space: str) -> str:
    return (
        rf"{_WORD_TOKENS}"
        rf"|{space}+"  # whitespace runs
        rf"|\.{{2,}}|-{{2,}}"  # ... and --
        rf"|."  # any other single code point
    )


TOKEN_PATTERN = re.compile(_tokens(r"\s"), re.DOTALL)
_WORD = re.compile(rf"[{_WORD_CHARS}]")
# The word tokens alone. The other tokens hold no word character, and a word token starts
# with one, so scanning for these finds exactly the word tokens of TOKEN_PATTERN.
_WORD_TOKEN = re.compile(_WORD_TOKENS)
# The same patterns for ASCII text (str.isascii() is a flag, not a scan): Unicode \w and \d look
# each code point up in the Unicode database, ASCII ones in a table, a quarter faster. On
# ASCII text they match alike; ASCII \s leaves out \x1c-\x1f, so its class is spelled out.
_ASCII_TOKEN_PATTERN = re.compile(_tokens(r"[\t-\r\x1c- ]"), re.DOTALL | re.ASCII)
_ASCII_WORD_TOKEN = re.compile(_WORD_TOKENS, re.ASCII)

# A sentence ends at . ! ? … (with closing quotes or brackets), before whitespace and
# a capital letter, digit or opening quote; not after an initial ("John F. Kennedy",
# "U.S."), a title ("Mr.", "Dr.") or a month ("Dec. 13").
_SENTENCE_END = re.compile(r"""[.!?…]+["'”’)\]]*(\s+)(?=["'“‘(\[]?[^\W\d_a-z]|\d)""")
_NO_BREAK_AFTER = re.compile(
    r"\b(?:\w|Mrs?|Ms|Dr|Prof|Gen|Sen|Rep|St|Jr|Sr|No|vs?|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.$"
)


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """``(start, end)`` offsets of the tokens of ``text[start:end]``; they tile that range."""
    pattern = _ASCII_TOKEN_PATTERN if text.isascii() else TOKEN_PATTERN
    return [match.span() for match in pattern.finditer(text, start, len(text) if end is None else end)]


def token_texts(text: str) -> list[str]:
    """The tokens of ``text`` themselves, in order: one pass in C."""
    return (_ASCII_TOKEN_PATTERN if text.isascii() else TOKEN_PATTERN).findall(text)


def words(text: str) -> list[str]:
    """The tokens of ``text`` that are words (:func:`is_word`), in order: one pass in C."""
    return (_ASCII_WORD_TOKEN if text.isascii() else _WORD_TOKEN).findall(text)


def has_words(text: str) -> bool:
    """True when ``text`` holds a word (``word_count(text) > 0``), found without counting."""
    return _WORD.search(text) is not None


def word_count(text: str) -> int:
    """How many words ``text`` holds (the figure summaries and reports show)."""
    return len(words(text))


def is_word(token: str) -> bool:
    """True for tokens that count as words in summaries (they hold a letter or digit)."""
    return _WORD.search(token) is not None and not token.isspace()


def case_only(removed: str, added: str) -> bool:
    """True when ``added`` is ``removed`` with letters in other cases (``envoy`` → ``Envoy``), letter
    for letter (``ß`` → ``SS`` changes the length: a change of spelling too)."""
    return len(removed) == len(added) and removed != added and removed.casefold() == added.casefold()


def sentence_bounds(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """``(start, end)`` offsets of the sentences of ``text[start:end]``; they tile that range.

    Each sentence keeps the whitespace that follows it.
    """
    end = len(text) if end is None else end
    bounds = []
    position = start
    for match in _SENTENCE_END.finditer(text, start, end):
        if _NO_BREAK_AFTER.search(text, max(start, match.start() - 6), match.start() + 1):
            continue
        cut = match.end()
        if cut < end:
            bounds.append((position, cut))
            position = cut
    bounds.append((position, end))
    return bounds


