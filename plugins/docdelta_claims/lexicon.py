"""English lemmas by word class, looked up in a table shipped with the plugin.

:func:`lemmas` gives lemminflect's ``getAllLemmas`` answers (its lookup table and overrides, no
out-of-vocabulary rules) without loading lemminflect. Claim frames need a few hundred words
at most, but lemminflect parses its whole table (80,000 lines) into dicts before the first
answer, and imports numpy for its models: 1.15 s, 1,200 M instructions, twice the whole rest of
a GPL-2 → GPL-3 comparison.

Here the table is ``lemmas.tsv`` beside this module, written by
:mod:`docdelta_claims.make_lexicon` from lemminflect's own (MIT licence, in
``LICENSE-lemminflect``): one line per word, ``word<TAB>UPOS:lemma/lemma<TAB>...``, sorted by
the word's UTF-8 bytes. The first lookup maps the file and reads the words of 256 lines sampled
through it; each lookup bisects those (in C), then binary-searches the byte offsets between two
of them (about 270 lines, 8 steps in Python) and parses only the line it finds: nothing is read
or parsed ahead of use (the 208 lookups of GPL-2 → GPL-3 cost 15 M instructions). The table is
plain text (1.7 MB; readable and greppable): gzip would make it 5 times smaller, but then the
whole file must be inflated before the first lookup, the cost this module is there to avoid.
"""

from __future__ import annotations

import bisect
import functools
import mmap
from pathlib import Path

__all__ = ["UPOS", "lemmas"]

#: The word classes lemminflect's lookup answers for (``PROPN`` looks up the capitalised word).
UPOS = ("NOUN", "PROPN", "VERB", "ADJ", "ADV", "AUX")

_TABLE = Path(__file__).with_name("lemmas.tsv")


#: How many lines the coarse index samples (see :func:`_index`).
_SAMPLES = 256


@functools.cache
def _table() -> mmap.mmap:
    with _TABLE.open("rb") as file:
        return mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ)


@functools.cache
def _index() -> tuple[list[bytes], list[int]]:
    """The words of lines sampled at even byte offsets, and where each sampled line starts.

    ``bisect`` over these (in C) narrows a lookup to 1/256 of the table before the search in
    Python, whose steps cost far more: 256 seeks once, against 8 of the 17 steps of every lookup."""
    table = _table()
    first, size = table.find(b"\n") + 1, len(table)  # the header is no entry
    words: list[bytes] = []
    starts = [first]
    for sample in range(1, _SAMPLES):
        start = table.find(b"\n", first + (size - first) * sample // _SAMPLES) + 1
        if starts[-1] < start < size:
            words.append(table[start : table.find(b"\t", start)])
            starts.append(start)
    return words, [*starts, size]


def _entry(word: str) -> dict[str, tuple[str, ...]]:
    """The table's lemmas for ``word`` as written in it, ``{}`` if it has no such line."""
    if not word or "\t" in word or "\n" in word:
        return {}
    wanted = word.encode()
    table = _table()
    words, starts = _index()
    # Between two sampled lines; lo and hi are always the start of a line (or the table's end).
    below = bisect.bisect_right(words, wanted)
    lo, hi = starts[below], starts[below + 1]
    while lo < hi:
        start = table.rfind(b"\n", 0, (lo + hi) // 2) + 1
        key_end = table.find(b"\t", start)
        key = table[start:key_end]
        if key < wanted:
            lo = table.find(b"\n", key_end) + 1
        elif key > wanted:
            hi = start
        else:
            fields = table[key_end + 1 : table.find(b"\n", key_end)].decode().split("\t")
            return {upos: tuple(forms.split("/")) for upos, _, forms in (f.partition(":") for f in fields)}
    return {}


def _caps(word: str) -> str:
    """``word``'s capitalisation as lemminflect copies it onto lemmas: all upper, first upper, or lower."""
    if word.isupper():
        return "upper"
    if word[:1].isupper():
        return "capitalize"
    return "lower"


def lemmas(word: str, upos: str | None = None) -> dict[str, tuple[str, ...]]:
    """The lemmas of ``word`` by word class (``{"VERB": ("free",)}``), ``{}`` if the table lacks it.

    As lemminflect's ``getAllLemmas(word, upos)``: the word is looked up in lower case (with
    ``upos="PROPN"`` capitalised, and answered as ``NOUN``), only ``upos``'s lemmas are kept if it
    is given, and the lemmas take the word's capitalisation."""
    if upos is not None and upos not in UPOS:
        raise ValueError(f"unknown word class {upos!r}: expected one of {', '.join(UPOS)}")
    key = word.lower()
    if upos == "PROPN":
        key, upos = key.capitalize(), "NOUN"
    style = _caps(word)
    return {
        found: tuple(getattr(lemma, style)() for lemma in forms)
        for found, forms in _entry(key).items()
        if upos in (None, found)
    }
