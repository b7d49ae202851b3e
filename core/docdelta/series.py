"""Many documents: N versions of a story as a timeline, N outlets' reports side by side.

A series is a list of pairwise :class:`~docdelta.Report` objects plus what only the
whole series shows:

- **timeline** (``mode="timeline"``): each version compared with the next;
- **against the first** (``mode="against-first"``): every version compared with the first;
- **matrix** (``mode="matrix"``): N reports of one event by different outlets, each compared
  with the first.

What a check finds across the whole series (a value followed through the versions, the figure
most reports give) is its plugin's to show, through ``docdelta_series_sections``: the series
itself holds the documents and the steps, and the spellings of one name the steps found.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Literal

from attrs import define, field

from docdelta.model import Document, Report, as_tuple
from docdelta.tokens import words

__all__ = ["SeriesReport", "build_series"]

Mode = Literal["timeline", "against-first", "matrix"]

_POSSESSIVE = re.compile(r"['’]s$")


@define(frozen=True)
class SeriesReport:
    """The result of comparing a series of documents.

    Attributes:
        mode: ``timeline``, ``against-first`` or ``matrix``.
        documents: the documents, in series order.
        steps: pairwise reports; ``steps[i]`` compares ``documents[bases[i]]`` with ``documents[i + 1]``.
        bases: for each step, the index of its old document.
        name_variants: spellings of one name the steps found, each with every document that writes it:
            spelling -> document indexes.
    """

    mode: Mode
    documents: tuple[Document, ...] = field(converter=as_tuple)
    steps: tuple[Report, ...] = field(converter=as_tuple)
    bases: tuple[int, ...] = field(converter=as_tuple)
    name_variants: tuple[Mapping[str, tuple[int, ...]], ...] = field(converter=as_tuple, default=())

    @property
    def has_changes(self) -> bool:
        return any(step.has_changes for step in self.steps)

    @property
    def warnings(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(w for step in self.steps for w in step.warnings))


def _name_variants(
    documents: Sequence[Document], steps: Sequence[Report], bases: Sequence[int]
) -> list[dict[str, tuple[int, ...]]]:
    """Spellings the steps' ``name-variant`` findings join, each with the documents the findings place
    it in and every other document that writes it: a version may repeat a spelling without a step
    pairing it with another (``Cole`` in 1 and 2, ``Coale`` in 3), and the series lists it there too."""
    groups: list[dict[str, set[int]]] = []
    for index, (step, base) in enumerate(zip(steps, bases)):
        for finding in step.findings:
            variants = finding.data.get("variants") if finding.kind == "name-variant" else None
            if not isinstance(variants, Mapping):
                continue
            where: dict[str, set[int]] = {}
            for spelling, places in variants.items():
                sides = places if isinstance(places, Mapping) else {}
                where[spelling] = {d for side, d in (("old", base), ("new", index + 1)) if sides.get(side)}
            for group in [group for group in groups if group.keys() & where.keys()]:
                groups.remove(group)
                for spelling, found in group.items():
                    where.setdefault(spelling, set()).update(found)
            groups.append(where)
    if not groups:
        return []
    include_ignored = bool(steps[0].options.get("include-ignored", False))
    written = [_words_written(document, include_ignored) for document in documents]
    for group in groups:
        for spelling, found in group.items():
            found.update(i for i, held in enumerate(written) if spelling in held)
    return sorted(({s: tuple(sorted(d)) for s, d in sorted(group.items())} for group in groups), key=list)


def _words_written(document: Document, include_ignored: bool) -> set[str]:
    """The words of a document's compared blocks, each also without a possessive ending."""
    found: set[str] = set()
    for block in document.blocks:
        if include_ignored or not block.ignored:
            for word in words(block.span.slice(document.text)):
                found.add(word)
                found.add(_POSSESSIVE.sub("", word))
    return found


def build_series(mode: Mode, documents: Sequence[Document], steps: Sequence[Report]) -> SeriesReport:
    """Assemble a series report from its documents and pairwise reports (in step order)."""
    bases = [i if mode == "timeline" else 0 for i in range(len(steps))]
    return SeriesReport(
        mode=mode,
        documents=documents,
        steps=steps,
        bases=bases,
        name_variants=_name_variants(documents, steps, bases),
    )
