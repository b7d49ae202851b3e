"""Units (blocks or sentences) and their tokens, interned once per comparison.

A unit is a stretch of one document's text; the units of a level tile the text they
cut, so that edits built from them tile it too. Tokens are computed only for units
that need them (those not matched by their raw text), once per distinct text, and
kept as compact arrays of end offsets and interned key ids.
"""

from __future__ import annotations

from array import array
from collections import Counter
from collections.abc import Callable

from attrs import define

from docdelta.model import Document
from docdelta.tokens import TOKEN_PATTERN, is_word, sentence_bounds

__all__ = ["Unit", "Tokens", "Lexicon", "block_units", "sentence_units"]


@define(eq=False)
class Unit:
    """One block or sentence: ``text[start:end]`` of its document."""

    index: int  # position among the units it was cut with
    block: int | None  # index into Document.blocks
    start: int
    end: int
    ignored: bool = False


@define(eq=False)
class Tokens:
    """The tokens of one unit text: ``ends`` are offsets relative to the unit's start.

    Tokens whose key is empty (normalized away) are merged into the visible token
    before them (or after, at the start), so every offset belongs to some token.
    """

    ends: array
    keys: array
    signature: int  # interned id of the non-whitespace keys: units with equal ones compare equal
    words: int  # number of word keys


class Lexicon:
    """Interns token keys, unit texts and signatures for one comparison."""

    def __init__(self, key: Callable[[str], str]) -> None:
        self._key = key
        self._key_ids: dict[str, int] = {}
        self.is_word: list[bool] = []
        self.is_space: list[bool] = []
        self._signatures: dict[tuple[int, ...], int] = {}
        self._tokens: dict[str, Tokens] = {}
        self._texts: dict[str, int] = {}
        self.tokenized = 0  # code points tokenized, charged to the work budget

    def text_id(self, text: str) -> int:
        """Equal texts, equal ids."""
        return self._texts.setdefault(text, len(self._texts))

    def tokens(self, text: str) -> Tokens:
        cached = self._tokens.get(text)
        if cached is not None:
            return cached
        key, key_ids = self._key, self._key_ids
        ends = array("i")
        keys = array("i")
        for match in TOKEN_PATTERN.finditer(text):
            token_key = key(match.group())
            if not token_key:
                if ends:
                    ends[-1] = match.end()
                continue
            key_id = key_ids.get(token_key)
            if key_id is None:
                key_id = key_ids[token_key] = len(key_ids)
                self.is_word.append(is_word(token_key))
                self.is_space.append(token_key.isspace())
            ends.append(match.end())
            keys.append(key_id)
        is_space, is_word_key = self.is_space, self.is_word
        signature = tuple(k for k in keys if not is_space[k])
        signature_id = self._signatures.setdefault(signature, len(self._signatures))
        tokens = Tokens(ends, keys, signature_id, sum(1 for k in signature if is_word_key[k]))
        self._tokens[text] = tokens
        self.tokenized += len(text)
        return tokens

    def words(self, tokens: Tokens) -> Counter[int]:
        """The word keys of ``tokens`` with their counts."""
        is_word_key = self.is_word
        return Counter(k for k in tokens.keys if is_word_key[k])


def block_units(document: Document, include_ignored: bool) -> list[Unit]:
    """One unit per block, each running to the next block's start (the first from 0)."""
    text, blocks = document.text, document.blocks
    if not blocks:
        return [Unit(0, None, 0, len(text))]
    bounds = [0, *(b.span.start for b in blocks[1:]), len(text)]
    return [
        Unit(i, i, bounds[i], bounds[i + 1], blocks[i].ignored and not include_ignored) for i in range(len(blocks))
    ]


def sentence_units(text: str, unit: Unit) -> list[Unit]:
    """The sentences of ``unit``, tiling it."""
    return [Unit(i, unit.block, start, end) for i, (start, end) in enumerate(sentence_bounds(text, unit.start, unit.end))]
