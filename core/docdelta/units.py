"""Units (blocks or sentences) and their tokens, interned once per comparison.

A unit is a stretch of one document's text; the units of a level tile the text they
cut, so that edits built from them tile it too. Tokens are computed only for units
that need them (those not matched by their raw text), once per distinct text, and
kept as compact arrays of end offsets and interned key ids. A sentence of a block
already tokenized takes its slice of the block's tokens (:meth:`Lexicon.part`) instead
of being tokenized again: sentences start after whitespace, where tokens start too.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from itertools import accumulate, compress

from attrs import define

from docdelta.model import Document
from docdelta.tokens import is_word, sentence_bounds, token_texts

__all__ = ["Unit", "Tokens", "Lexicon", "BlockUnits", "block_units", "sentence_units"]


@define(eq=False)
class Unit:
    """One block or sentence: ``text[start:end]`` of its document."""

    index: int  # position among the units it was cut with
    block: int | None  # index into Document.blocks
    start: int
    end: int
    ignored: bool = False
    sentences: list[Unit] | None = None  # cut when first needed
    tokens: Tokens | None = None  # likewise
    parent: Unit | None = None  # the block a sentence was cut from


@define(eq=False)
class Tokens:
    """The tokens of one unit text: ``ends`` are offsets relative to the unit's start.

    Tokens whose key is empty (normalized away) are merged into the visible token
    after them (or before, at the end), so every offset belongs to some token: a
    deleted word takes the space before it, and the text around it keeps its own.
    """

    ends: array
    keys: array
    signature: int  # interned id of the non-whitespace keys: units with equal ones compare equal
    words: int  # number of word keys
    last_end: int  # where the last token itself ends, before the normalized-away text after it


_INVISIBLE = -1  # the key id of tokens that normalization removes


class _TokenIds(dict):
    """Token text -> key id, filled on first sight of a token (``dict.__missing__``).

    A new key also gets its flags: ``is_word[id]`` and ``is_visible[id]`` (not whitespace),
    and ``word_fold[id]``: for a word, the id its case-folded form shares with every spelling of
    it in other cases; -1 for anything else.
    """

    def __init__(self, key: Callable[[str], str]) -> None:
        super().__init__()
        self._key = key
        self._key_ids: dict[str, int] = {}
        self.is_word: list[bool] = []
        self.is_visible: list[bool] = []
        self.word_fold: list[int] = []
        self._folded_ids: dict[str, int] = {}

    def __missing__(self, token: str) -> int:
        token_key = self._key(token)
        if not token_key:
            key_id = _INVISIBLE
        else:
            key_id = self._key_ids.setdefault(token_key, len(self._key_ids))
            if key_id == len(self.is_word):
                word = is_word(token_key)
                self.is_word.append(word)
                self.is_visible.append(not token_key.isspace())
                self.word_fold.append(self._folded_ids.setdefault(token_key.casefold(), len(self._folded_ids)) if word else -1)
        self[token] = key_id
        return key_id


class Lexicon:
    """Interns token keys and signatures for one comparison."""

    def __init__(self, key: Callable[[str], str]) -> None:
        self._token_ids = _TokenIds(key)
        self._signatures: dict[bytes, int] = {}  # the visible keys' bytes: 4 a token, not a tuple's 8
        self._tokens: dict[str, Tokens] = {}
        self.tokenized = 0  # code points tokenized, charged to the work budget

    def tokens(self, text: str) -> Tokens:
        """The tokens of ``text`` (computed once per distinct text)."""
        cached = self._tokens.get(text)
        if cached is not None:
            return cached
        if len(text) <= _CHUNK:
            keys, ends = map(array, "ii", self._tokenize(text))
        else:
            keys, ends = array("i"), array("i")
            for start, end in _chunks(text):
                piece_keys, piece_ends = self._tokenize(text[start:end])
                keys.extend(piece_keys)
                ends.extend(map(start.__add__, piece_ends))
        last_end = ends[-1] if ends else 0
        if ends:
            ends[-1] = len(text)
        return self._keep(text, ends, keys, last_end)

    def _tokenize(self, text: str) -> tuple[list[int], list[int]]:
        """The key ids and end offsets of the tokens of ``text``."""
        pieces = token_texts(text)
        keys = list(map(self._token_ids.__getitem__, pieces))
        ends = list(accumulate(map(len, pieces)))
        if _INVISIBLE in keys:  # normalized away: merged into the visible token after (or before, at the end)
            visible = list(map(_INVISIBLE.__ne__, keys))
            keys = list(compress(keys, visible))
            ends = list(compress(ends, visible))
        return keys, ends

    def part(self, block: Tokens, text: str, block_start: int, start: int, end: int) -> Tokens:
        """The tokens of ``text[start:end]``, a sentence of the block at ``block_start`` whose
        tokens are ``block``: the block's tokens that end inside it, as :meth:`tokens` gives them.

        A sentence starts after whitespace and before a visible character, so its raw tokens
        are the block's. Its leading normalized-away tokens were merged into its first token,
        as in the block; its trailing ones are merged into its last token.
        """
        sentence = text[start:end]
        cached = self._tokens.get(sentence)
        if cached is not None:
            return cached
        low, high = start - block_start, end - block_start
        ends, count = block.ends, len(block.ends)
        first, stop = bisect_right(ends, low), bisect_right(ends, high)
        if count and block.last_end != ends[-1]:  # the block's last token took the text after it
            if block.last_end <= low:
                first = count
            elif block.last_end <= high:
                stop = count
        own_last = 0
        if stop > first:
            own_last = (block.last_end if stop == count else ends[stop - 1]) - low
        part_ends = array("i", map((-low).__add__, ends[first:stop]))
        if part_ends:
            part_ends[-1] = high - low
        return self._keep(sentence, part_ends, block.keys[first:stop], own_last)

    def _keep(self, text: str, ends: array, keys: array, last_end: int) -> Tokens:
        """Intern the signature of a text's tokens, cache them, and count the text as tokenized."""
        visible = array("i", compress(keys, map(self._token_ids.is_visible.__getitem__, keys)))
        signature_id = self._signatures.setdefault(visible.tobytes(), len(self._signatures))
        words = sum(map(self._token_ids.is_word.__getitem__, visible))
        tokens = Tokens(ends, keys, signature_id, words, last_end)
        self._tokens[text] = tokens
        self.tokenized += len(text)
        return tokens

    def words(self, tokens: Tokens) -> Counter[int]:
        """The words of ``tokens``, case-folded, with their counts: units are paired by their
        words, and a sentence whose words only changed case (``the envoy`` → ``The Envoy``) is
        the same sentence, edited."""
        counts = Counter(map(self._token_ids.word_fold.__getitem__, tokens.keys))
        counts.pop(-1, None)  # what is not a word
        return counts


@define(frozen=True)
class BlockUnits:
    """The units of one document's compared blocks, as offsets: the ``k``-th is block
    ``blocks[k]`` and runs from ``starts[k]`` to ``ends[k]``. A :class:`Unit` is made (:meth:`unit`)
    only for a block in a stretch that changed: the equal stretches of a million tiny paragraphs
    stay three arrays instead of a million objects."""

    blocks: Sequence[int | None]  # indexes into Document.blocks (``None``: a document without blocks)
    starts: array
    ends: array

    def __len__(self) -> int:
        return len(self.starts)

    def unit(self, k: int) -> Unit:
        block = self.blocks[k]
        return Unit(0 if block is None else block, block, self.starts[k], self.ends[k])


#: Texts longer than this many code points are tokenized a piece at a time, so that a one-line
#: list of 400,000 numbers is never held as a million token strings and ints at once.
_CHUNK = 1 << 14
#: Where a piece may end: before a space or line end that follows a visible character. A
#: whitespace run starts a token, and no token takes a space or line end after a visible
#: character into it, so the pieces' tokens are the text's.
_CUT = re.compile(r"(?<=\S)[ \n]")


def _chunks(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of the pieces :meth:`Lexicon.tokens` cuts ``text`` into, tiling it."""
    start = 0
    while len(text) - start > _CHUNK:
        cut = _CUT.search(text, start + _CHUNK)
        if cut is None:
            break
        yield start, cut.start()
        start = cut.start()
    yield start, len(text)


def block_units(document: Document, include_ignored: bool) -> tuple[BlockUnits, list[Unit]]:
    """The compared blocks' units and the ignored blocks' own, each running to the next block's
    start (the first from 0), so that together they tile the text."""
    text, blocks = document.text, document.blocks
    if not blocks:
        return BlockUnits([None], array("q", [0]), array("q", [len(text)])), []
    compared, starts, ends = array("q"), array("q"), array("q")
    ignored = []
    start = 0
    for index in range(len(blocks)):
        end = blocks[index + 1].span.start if index + 1 < len(blocks) else len(text)
        if blocks[index].ignored and not include_ignored:
            ignored.append(Unit(index, index, start, end, True))
        else:
            compared.append(index)
            starts.append(start)
            ends.append(end)
        start = end
    return BlockUnits(compared, starts, ends), ignored


def sentence_units(text: str, unit: Unit) -> list[Unit]:
    """The sentences of ``unit``, tiling it."""
    return [
        Unit(i, unit.block, start, end, parent=unit)
        for i, (start, end) in enumerate(sentence_bounds(text, unit.start, unit.end))
    ]
