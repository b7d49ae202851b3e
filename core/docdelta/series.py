"""Many documents: N versions of a story as a timeline, N outlets' reports as a claim matrix.

A series is a list of pairwise :class:`~docdelta.Report` objects plus what only the
whole series shows:

- **timeline** (``mode="timeline"``): each version compared with the next;
- **against the first** (``mode="against-first"``): every version compared with the first;
- **matrix** (``mode="matrix"``): N reports of one event, each compared with the first,
  plus a claim matrix with the majority value and the dissenting documents.

Claims are followed across documents through the pairings the ``numeric-claims``
check makes in each pairwise report (a claim in one document is the same claim as the
one it was paired with in the next), so the series never re-implements claim matching.
Any check whose findings carry ``data["status"]``, ``data["subject"]`` and
``data["old"]``/``data["new"]`` claim records can feed the timeline.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any, Literal

from attrs import define, field

from docdelta.model import Document, Report, as_tuple
from docdelta.tokens import words

__all__ = ["ClaimTrack", "MatrixRow", "SeriesReport", "build_series", "CLAIMS_CHECK"]

Mode = Literal["timeline", "against-first", "matrix"]

#: The check whose findings make the claims timeline.
CLAIMS_CHECK = "numeric-claims"
_POSSESSIVE = re.compile(r"['’]s$")


@define(frozen=True)
class ClaimTrack:
    """One claim followed through the documents of a series.

    Attributes:
        subject: what is counted (``political prisoners``).
        category: ``count``, ``year``, ``date``...
        values: per document, the claim record (``text``, ``value``, ``low``, ``high``...) or ``None``.
        statuses: per step, the claim's status in that pairwise report (``None`` if not in it).
        changed_at: indexes of the steps where the claim changed, appeared or disappeared.
    """

    subject: str
    category: str
    values: tuple[Mapping[str, Any] | None, ...] = field(converter=as_tuple)
    statuses: tuple[str | None, ...] = field(converter=as_tuple)
    changed_at: tuple[int, ...] = field(converter=as_tuple)


@define(frozen=True)
class MatrixRow:
    """One subject across N reports of one event.

    Attributes:
        track: the claim as followed through the documents.
        majority: the majority value's text, or ``None``.
        majority_count: how many documents state a value compatible with it.
        dissenters: indexes of the documents whose value disagrees with the majority.
        message: one line, e.g. ``transferred to Ukraine: 114 in 4 reports, 104 in 1``.
    """

    track: ClaimTrack
    majority: str | None
    majority_count: int
    dissenters: tuple[int, ...] = field(converter=as_tuple)
    message: str


@define(frozen=True)
class SeriesReport:
    """The result of comparing a series of documents.

    Attributes:
        mode: ``timeline``, ``against-first`` or ``matrix``.
        documents: the documents, in series order.
        steps: pairwise reports; ``steps[i]`` compares ``documents[bases[i]]`` with ``documents[i + 1]``.
        bases: for each step, the index of its old document.
        claims: the claims timeline.
        matrix: the claim matrix (``matrix`` mode only).
        name_variants: spellings of one name the steps found, each with every document that writes it:
            spelling -> document indexes.
    """

    mode: Mode
    documents: tuple[Document, ...] = field(converter=as_tuple)
    steps: tuple[Report, ...] = field(converter=as_tuple)
    bases: tuple[int, ...] = field(converter=as_tuple)
    claims: tuple[ClaimTrack, ...] = field(converter=as_tuple)
    matrix: tuple[MatrixRow, ...] = field(converter=as_tuple, default=())
    name_variants: tuple[Mapping[str, tuple[int, ...]], ...] = field(converter=as_tuple, default=())

    @property
    def has_changes(self) -> bool:
        return any(step.has_changes for step in self.steps)

    @property
    def warnings(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(w for step in self.steps for w in step.warnings))


class _Links:
    """Union-find over claims, each identified by (document index, start offset)."""

    def __init__(self) -> None:
        self.parent: dict[tuple[int, int], tuple[int, int]] = {}

    def find(self, node: tuple[int, int]) -> tuple[int, int]:
        self.parent.setdefault(node, node)
        while self.parent[node] != node:
            self.parent[node] = self.parent[self.parent[node]]
            node = self.parent[node]
        return node

    def union(self, a: tuple[int, int], b: tuple[int, int]) -> None:
        root_a, root_b = self.find(a), self.find(b)
        if root_a != root_b:
            self.parent[max(root_a, root_b)] = min(root_a, root_b)


def _claim_tracks(documents: Sequence[Document], steps: Sequence[Report], bases: Sequence[int]) -> list[ClaimTrack]:
    links = _Links()
    records: dict[tuple[int, int], Mapping[str, Any]] = {}
    labels: dict[tuple[int, int], tuple[str, str]] = {}
    step_status: dict[tuple[int, int], dict[int, str]] = {}
    for index, (step, base) in enumerate(zip(steps, bases)):
        for finding in step.findings:
            if finding.check != CLAIMS_CHECK:
                continue
            data = finding.data
            ends = []
            for side, document, spans in (("old", base, finding.old_spans), ("new", index + 1, finding.new_spans)):
                record = data.get(side)
                if record is None or not spans:
                    continue
                node = (document, spans[0].start)
                records[node] = record
                labels[node] = (str(data.get("subject", "")), str(data.get("category", "")))
                links.find(node)
                ends.append(node)
            if len(ends) == 2:
                links.union(*ends)
            if ends:
                step_status.setdefault(ends[0], {})[index] = str(data.get("status"))
    groups: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for node in sorted(records):
        groups.setdefault(links.find(node), []).append(node)
    statuses_by_root: dict[tuple[int, int], dict[int, str]] = {}
    for node, statuses in step_status.items():
        statuses_by_root.setdefault(links.find(node), {}).update(statuses)

    tracks = []
    for root, nodes in groups.items():
        values: list[Mapping[str, Any] | None] = [None] * len(documents)
        for document, start in nodes:
            if values[document] is None:
                values[document] = records[(document, start)]
        subject, category = next((labels[n] for n in reversed(nodes) if labels[n][0]), labels[nodes[-1]])
        statuses = [statuses_by_root.get(root, {}).get(i) for i in range(len(steps))]
        changed = [i for i, status in enumerate(statuses) if status in ("changed", "differs", "added", "removed")]
        tracks.append(ClaimTrack(subject, category, values, statuses, changed))
    tracks.sort(key=lambda t: (not t.changed_at, t.category, t.subject, _first_position(t)))
    return tracks


def _first_position(track: ClaimTrack) -> int:
    return next(i for i, value in enumerate(track.values) if value is not None)


def _number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _interval(record: Mapping[str, Any]) -> tuple[float, float] | None:
    """The interval a claim record allows (``None`` bounds are open), or ``None`` if not numeric (dates)."""
    low, high = record.get("low"), record.get("high")
    if low is None and high is None:
        low = high = record.get("value")
    if (low is None and high is None) or not all(x is None or _number(x) for x in (low, high)):
        return None
    return (float("-inf") if low is None else float(low), float("inf") if high is None else float(high))


def compatible(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    """True when two claim records can both be true: equal values or overlapping intervals."""
    interval_a, interval_b = _interval(a), _interval(b)
    if interval_a is None or interval_b is None:
        return a.get("value") == b.get("value")
    return interval_a[0] <= interval_b[1] and interval_b[0] <= interval_a[1]


def _exact(record: Mapping[str, Any]) -> bool:
    interval = _interval(record)
    return interval is None or interval[0] == interval[1]


def _matrix_row(track: ClaimTrack) -> MatrixRow:
    stated = [(i, v) for i, v in enumerate(track.values) if v is not None]
    # Candidates for the majority: exact values first (an "over 100" supports 123 but is not a value).
    candidates = [v for _, v in stated if _exact(v)] or [v for _, v in stated]
    best, support = None, []
    for candidate in candidates:
        agreeing = [i for i, v in stated if compatible(candidate, v)]
        if len(agreeing) > len(support):
            best, support = candidate, agreeing
    dissenters = [i for i, _ in stated if i not in support]
    label = f"{track.subject}: " if track.subject else ""
    if best is None:
        message = f"{label}stated nowhere"
    else:
        parts = [f"{best.get('text')} in {len(support)} report{'s' if len(support) != 1 else ''}"]
        for i in dissenters:
            parts.append(f"{track.values[i].get('text')} in document {i + 1}")
        message = label + ", ".join(parts)
    return MatrixRow(track, best.get("text") if best else None, len(support), dissenters, message)


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
    tracks = _claim_tracks(documents, steps, bases)
    matrix = [_matrix_row(track) for track in tracks] if mode == "matrix" else []
    matrix.sort(key=lambda row: (not row.dissenters, row.track.category, row.track.subject))
    return SeriesReport(
        mode=mode,
        documents=documents,
        steps=steps,
        bases=bases,
        claims=tracks,
        matrix=matrix,
        name_variants=_name_variants(documents, steps, bases),
    )
