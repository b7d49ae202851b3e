"""What the claims plugin shows people: its claims table, claims timeline and claim matrix.

Each is a :class:`~docdelta.Section` contributed through the section hooks, so the text,
Markdown and HTML renderers draw them like any plugin's tables:

- **the claims table** of a report (``docdelta_report_sections``), in the place of the
  ``numeric-claims`` findings: a row per claim finding, the statuses in :data:`STATUSES` order,
  each with its symbol (:data:`STATUS_ICON`), its values and the sentences they stand in, and,
  for a ``changed`` or ``differs`` pair, why the two claims were taken for one quantity
  (:func:`why`: one sentence edited, or the frame slots they fill alike, and what made a pair
  uncertain); the claims the same in both are collapsed;
- **the claims timeline** of a series (``docdelta compare V1 V2 V3``, ``--against-first``):
  each claim followed through the versions by the pairings the steps made (a claim in one
  version is the claim it was paired with in the next); the claims that never changed collapsed;
- **the claim matrix** of ``--matrix``: N reports of one event clustered by
  :func:`~docdelta_claims.matrix.claim_matrix`, one row per quantity, the majority value and
  the reports (by file name) whose value cannot be true with it. It is the series' one verdict
  on the claims: a matrix shows no timeline, which would compare each report with the first.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import PurePath
from typing import Any

from attrs import define, field

from docdelta import Cell, Finding, Report, Section, SeriesReport
from docdelta.view import anchor_points, finding_anchor

from docdelta_claims import SEVERITY
from docdelta_claims.extract import SentenceCache, category_label, document_claims, joined_terms
from docdelta_claims.match import STATUSES
from docdelta_claims.matrix import FEW, Clusters, claim_matrix

__all__ = [
    "CHECK",
    "STATUSES",
    "STATUS_ICON",
    "ClaimTrack",
    "claim_tracks",
    "claims_section",
    "matrix_section",
    "report_names",
    "timeline_section",
    "why",
]

#: The check whose findings these sections lay out.
CHECK = "numeric-claims"

#: A symbol for each status, shown beside its name (never colour alone).
STATUS_ICON: Mapping[str, str] = {
    "changed": "≠",
    "removed": "−",
    "added": "+",
    "differs": "≉",
    "compatible": "≈",
    "same": "=",
}

#: The statuses that make a claim newsworthy in a timeline: it changed, appeared or disappeared.
MOVED = ("changed", "differs", "added", "removed")


def _status_cell(status: str) -> Cell:
    return Cell("", badge=f"{STATUS_ICON[status]} {status}", tone=SEVERITY[status])


def _is_claim(finding: Finding) -> bool:
    return finding.check == CHECK and finding.kind == "claim" and finding.data.get("status") in STATUSES


def _value(record: Mapping[str, Any] | None) -> str:
    return "—" if record is None else str(record["text"])


def _label(subject: str, category: str) -> str:
    label = category_label(category)
    return f"{subject} ({label})" if subject else label


#: What each frame slot both claims fill alike says, in the claims table's "Why" column.
_SLOT_WORDS: Mapping[str, str] = {
    "thing": "what is counted",
    "predicate": "what happened",
    "time": "when",
    "place": "where",
    "name": "who",
}

#: Why a pass with no slot in common paired two claims (the evidence's ``paired_by``).
_PASS_WORDS: Mapping[str, str] = {
    "in_linked_sentences": "sentences other figures link",
    "in_twin_sentences": "sentences worded alike",
    "lone_moments": "the one such moment left on each side",
    "last_ones": "the last such event before this",
    "slips": "a slip of the digits",
    "ranks_in_a_series": "the one rank in a series left on each side",
    "lone_ages": "the one age left on each side",
    "restatements": "restates a figure paired as changed",
}


def why(evidence: Mapping[str, Any] | None) -> str:
    """Why a ``changed`` or ``differs`` pair was made, in a few words, from its evidence: one
    sentence edited, or the frame slots both claims fill alike (``alike: what is counted, what
    happened``), and, for a pair a check made uncertain, why (``uncertain: times far apart``)."""
    if not evidence:
        return ""
    matched = [_SLOT_WORDS[slot] for slot in evidence.get("matched", ()) if slot in _SLOT_WORDS]
    if evidence.get("edited"):
        reason = "one sentence, edited"
    elif matched:
        reason = "alike: " + ", ".join(matched)
    else:
        reason = _PASS_WORDS.get(str(evidence.get("paired_by", "")), "")
    uncertain = evidence.get("uncertain")
    return "; ".join(part for part in (reason, f"uncertain: {uncertain}" if uncertain else "") if part)


def claims_section(report: Report) -> Section | None:
    """The claims table of one report: changed first, the claims the same in both collapsed; a
    "Why" column where a pair changed or differs (none, where nothing did: no empty column)."""
    placed = {anchor for anchors in anchor_points(report).values() for _, anchor in anchors}
    claims = [(index, f) for index, f in enumerate(report.findings) if _is_claim(f)]
    reasons = [why(f.data.get("evidence")) if f.data["status"] in ("changed", "differs") else "" for _, f in claims]
    extra = (Cell(""),) if any(reasons) else ()  # the Why column's cell, in rows that give no reason
    # The section stands in for every finding of the check: its notices (the work budget's) lead it.
    notices = [
        (Cell("", badge=f"⚠ {f.kind}", tone=f.severity), Cell(f.message), Cell(""), Cell(""), *extra)
        for f in report.findings
        if f.check == CHECK and f.kind != "claim"
    ]
    rows: list[tuple[str, tuple[Cell, ...]]] = []
    for (index, finding), reason in zip(claims, reasons, strict=True):
        data = finding.data
        status = str(data["status"])
        anchor = finding_anchor(index)
        label = _label(str(data.get("subject") or ""), str(data.get("category") or ""))
        claim = Cell(label, link=f"#{anchor}" if anchor in placed else None)
        values = [
            Cell(_value(record), detail="" if record is None else str(record.get("sentence") or ""))
            for record in (data.get("old"), data.get("new"))
        ]
        why_cell = (Cell(reason),) if extra else ()
        rows.append((status, (_status_cell(status), claim, *values, *why_cell)))
    if not rows and not notices:
        return None
    rows.sort(key=lambda row: STATUSES.index(row[0]))
    same = [cells for status, cells in rows if status == "same"]
    return Section(
        "Numeric claims",
        ("Status", "Claim", "Old", "New", "Why") if extra else ("Status", "Claim", "Old", "New"),
        [*notices, *(cells for status, cells in rows if status != "same")],
        note="Every number each text states, paired across the two; changed first."
        + (" Why: what made two claims one quantity." if extra else ""),
        collapsed=same,
        collapsed_note=f"{len(same)} claim{'s' if len(same) != 1 else ''} the same in both" if same else "",
        check=CHECK,
    )


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
    values: tuple[Mapping[str, Any] | None, ...] = field(converter=tuple)
    statuses: tuple[str | None, ...] = field(converter=tuple)
    changed_at: tuple[int, ...] = field(converter=tuple)


def claim_tracks(series: SeriesReport) -> list[ClaimTrack]:
    """Each claim through the series, joined by the pairings of the steps; changed ones first."""
    links = Clusters(exclusive=False)
    records: dict[tuple[int, int], Mapping[str, Any]] = {}
    labels: dict[tuple[int, int], tuple[str, str]] = {}
    step_status: dict[tuple[int, int], dict[int, str]] = {}
    for index, (step, base) in enumerate(zip(series.steps, series.bases)):
        for finding in step.findings:
            if not _is_claim(finding):
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
                links.link(*ends)
            if ends:
                step_status.setdefault(ends[0], {})[index] = str(data["status"])
    groups: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for node in sorted(records):
        groups.setdefault(links.find(node), []).append(node)
    statuses_by_root: dict[tuple[int, int], dict[int, str]] = {}
    for node, statuses in step_status.items():
        statuses_by_root.setdefault(links.find(node), {}).update(statuses)

    tracks = []
    for root, nodes in groups.items():
        values: list[Mapping[str, Any] | None] = [None] * len(series.documents)
        for document, start in nodes:
            if values[document] is None:
                values[document] = records[(document, start)]
        subject, category = next((labels[n] for n in reversed(nodes) if labels[n][0]), labels[nodes[-1]])
        statuses = [statuses_by_root.get(root, {}).get(i) for i in range(len(series.steps))]
        changed = [i for i, status in enumerate(statuses) if status in MOVED]
        tracks.append(ClaimTrack(subject, category, values, statuses, changed))
    tracks.sort(key=lambda t: (not t.changed_at, t.category, t.subject, _first_position(t)))
    return tracks


def _first_position(track: ClaimTrack) -> int:
    return next(i for i, value in enumerate(track.values) if value is not None)


def _track_row(track: ClaimTrack) -> tuple[Cell, ...]:
    cells = [Cell(_label(track.subject, track.category), tone="high" if track.changed_at else "")]
    for index, record in enumerate(track.values):
        moved = index > 0 and index - 1 in track.changed_at
        status = (track.statuses[index - 1] or "changed") if moved else None
        if status is None:
            cells.append(Cell(_value(record)))
        else:
            cells.append(Cell(_value(record), badge=f"{STATUS_ICON[status]} {status}", tone=SEVERITY[status]))
    return tuple(cells)


def timeline_section(series: SeriesReport) -> Section:
    """The claims over the versions: a column per version, a badge where a claim moved."""
    tracks = claim_tracks(series)
    changed = [_track_row(track) for track in tracks if track.changed_at]
    steady = [_track_row(track) for track in tracks if not track.changed_at]
    noun = "version"
    return Section(
        f"Claims over the {noun}s",
        ("Claim", *(str(index + 1) for index in range(len(series.documents)))),
        changed,
        note=(
            f"Each claim through the {noun}s (columns), as each step paired it; a badge where it "
            "changed, appeared or disappeared."
            if tracks
            else "No numeric claims followed."
        ),
        collapsed=steady,
        collapsed_note=f"{len(steady)} claim{'s' if len(steady) != 1 else ''} the same throughout" if steady else "",
    )


def report_names(series: SeriesReport) -> list[str]:
    """Each report's file name (the document's name without its folder), or its whole name where
    two reports share a file name."""
    short = [PurePath(document.name).name or document.name for document in series.documents]
    return [name if short.count(name) == 1 else document.name for name, document in zip(short, series.documents)]


def matrix_section(series: SeriesReport) -> Section:
    """The claim matrix of N reports: one row per quantity two reports or more state (among
    :data:`~docdelta_claims.matrix.FEW` or more, three, or two that disagree), the majority value and
    the reports (by :func:`report_names`) whose value cannot be true with it; a disputed row (no
    value two reports give, three among FEW or more) shows each report's value and no majority."""
    cache: SentenceCache = {}
    matrix = claim_matrix([joined_terms(document_claims(document, cache)) for document in series.documents])
    names = report_names(series)
    total = len(series.documents)
    rows = []
    for row in matrix.rows:
        stated = sum(1 for claim in row.claims if claim is not None)
        if row.disputed:
            # No value has two reports behind it: every report's value is shown, none as the majority.
            told = "; ".join(f"{claim.text} in {names[i]}" for i, claim in enumerate(row.claims) if claim is not None)
            majority = Cell("none: the reports disagree")
            disagree = Cell(told, badge="≠ disputed", tone="high")
        else:
            dissent = "; ".join(f"{row.claims[i].text} in {names[i]}" for i in row.dissenters)  # type: ignore[union-attr]
            majority = Cell(f"{row.majority.text} ({len(row.support)} of {total} reports)", detail=row.majority.sentence)
            disagree = Cell(dissent, badge="≠ disagrees", tone="high") if dissent else Cell("none")
        label = Cell(_label(row.subject, row.category), tone="high" if row.dissenters or row.disputed else "")
        rows.append((label, majority, disagree, Cell(f"{stated} of {total}")))
    single, alike = sum(matrix.single), matrix.alike_in_two
    stating = "three reports or more (or two that disagree)" if len(series.documents) >= FEW else "two reports or more"
    unlisted = f"{single} claim{'s' if single != 1 else ''} stated by one report only {'are' if single != 1 else 'is'} not listed"
    if alike:
        unlisted += f", nor {alike} figure{'s' if alike != 1 else ''} only two reports give alike"
    return Section(
        "Claim matrix",
        ("Claim", "Majority", "Disagree", "Stated by"),
        rows,
        note=(
            f"Each quantity {stating} state, with the value most of them are compatible with and the reports "
            f"whose value cannot be true with it (where no value has {'three' if total >= FEW else 'two'} reports "
            f"behind it, the reports' values, no majority); disagreements first. {unlisted}."
        ),
    )


def series_sections(series: SeriesReport) -> list[Section]:
    """The claim matrix of ``--matrix``, else the claims timeline."""
    return [matrix_section(series) if series.mode == "matrix" else timeline_section(series)]

