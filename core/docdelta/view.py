"""What a report shows, arranged for people: redline runs, side-by-side rows, findings by check.

Pure functions from a :class:`~docdelta.Report` to small records that templates
lay out. The HTML, Markdown and terminal renderers all read them, so the formats
show the same things in the same order; a third-party renderer may read them too
(``from docdelta.view import redline``). What a check lays out as a table (the claims
plugin's claims) comes as a :class:`~docdelta.Section` naming that check.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import Literal

from attrs import define, field

from docdelta.model import CHANGE_CLASSES, SEVERITIES, Document, Edit, Finding, Report, Section, Span, as_tuple
from docdelta.tokens import word_count

__all__ = [
    "Piece",
    "Run",
    "Row",
    "FindingGroup",
    "redline",
    "ignored_where",
    "side_by_side",
    "finding_groups",
    "loose_sections",
    "anchor_points",
    "finding_anchor",
    "excerpt",
    "verdict",
    "word_count",
]

PieceOp = Literal["equal", "insert", "delete", "ignore"]


@define(frozen=True)
class Piece:
    """A stretch of text with one meaning: kept, inserted, deleted or ignored.

    Attributes:
        op: the edit's op.
        text: the original text it quotes (the old text for deletions, else the new).
        change_class: the class of a change, ``None`` for kept text.
        move: the move it belongs to.
        beyond: past the end of the shorter text.
        anchors: ``(offset, id)`` of the findings that point into this text, offsets into ``text``.
    """

    op: PieceOp
    text: str
    change_class: str | None = None
    move: int | None = None
    beyond: bool = False
    anchors: tuple[tuple[int, str], ...] = field(converter=as_tuple, default=())


@define(frozen=True)
class Run:
    """One item of the redline.

    Attributes:
        kind: ``text`` (pieces in place), ``moved`` (pieces of a move, where the text now stands),
            ``moved-away`` (the place the move's text left, no pieces), ``ignored`` (a block left out
            of the comparison, one piece), ``beyond`` (where the text beyond the shorter one starts).
        pieces: the text, for ``text``, ``moved`` and ``ignored`` runs.
        move: the move's id for ``moved`` and ``moved-away``.
        label: what the run is, in words (``moved here from further down``, ``feed-footer``...).
        side: for ``ignored``: the document the block stands in (``old``/``new``), or ``both``
            when it stands in both with the same text.
    """

    kind: Literal["text", "moved", "moved-away", "ignored", "beyond"]
    pieces: tuple[Piece, ...] = field(converter=as_tuple, default=())
    move: int | None = None
    label: str = ""
    side: str = ""


@define(frozen=True)
class Row:
    """One aligned pair of blocks for the side-by-side view.

    Attributes:
        old / new: the pieces of each side's block (``None`` when the block is on one side only).
        old_number / new_number: 1-based block numbers.
        old_kind / new_kind: the blocks' kinds.
        similarity: 0..1.
        move: the move id when the block moved.
        ignored: the block was left out of the comparison.
        status: ``same``, ``edited``, ``added``, ``removed``, ``moved`` or ``ignored``.
    """

    old: tuple[Piece, ...] | None
    new: tuple[Piece, ...] | None
    old_number: int | None
    new_number: int | None
    old_kind: str
    new_kind: str
    similarity: float
    move: int | None
    ignored: bool
    status: str


@define(frozen=True)
class FindingGroup:
    """The findings of one check.

    Attributes:
        check: the check's name.
        count: how many findings it made.
        sections: the sections that lay out its findings (:attr:`Section.check`), drawn instead
            of the list.
        findings: its findings to list one by one, most severe first (none when a section lays
            them out).
        anchors: for each of ``findings``, the id of its place in the redline, if it has one.
    """

    check: str
    count: int
    sections: tuple[Section, ...] = field(converter=as_tuple)
    findings: tuple[Finding, ...] = field(converter=as_tuple)
    anchors: tuple[str | None, ...] = field(converter=as_tuple, default=())


def _piece(edit: Edit, report: Report, anchors: Sequence[tuple[int, str]] = ()) -> Piece:
    text = edit.old.slice(report.old.text) if edit.op == "delete" else edit.new.slice(report.new.text)
    return Piece(edit.op, text, edit.change_class, edit.move, edit.beyond, anchors)


def finding_anchor(index: int) -> str:
    """The element id of the place in the redline that ``report.findings[index]`` points to."""
    return f"finding-{index + 1}"


def anchor_points(report: Report) -> dict[int, list[tuple[int, str]]]:
    """Edit index -> ``(offset, id)`` where findings point into that edit's redline text.

    A finding points at the start of its first new span, or, with none, of its first old
    span (found in deleted or kept text). Findings inside ignored blocks point nowhere.
    """
    sides = {
        "new": [(e.new.start, i) for i, e in enumerate(report.edits) if e.op in ("equal", "insert") and e.new.length],
        "old": [(e.old.start, i) for i, e in enumerate(report.edits) if e.op in ("equal", "delete") and e.old.length],
    }
    for side in sides.values():
        side.sort()
    points: dict[int, list[tuple[int, str]]] = {}
    for index, finding in enumerate(report.findings):
        side, spans = ("new", finding.new_spans) if finding.new_spans else ("old", finding.old_spans)
        if not spans:
            continue
        position = spans[0].start
        found = bisect_right(sides[side], (position, len(report.edits))) - 1
        if found < 0:
            continue
        edit_index = sides[side][found][1]
        edit = report.edits[edit_index]
        covered = getattr(edit, side)
        if not covered.start <= position < covered.end:
            continue
        shown = edit.old if edit.op == "delete" else edit.new  # kept text is shown as the new text
        points.setdefault(edit_index, []).append((min(position - covered.start, shown.length), finding_anchor(index)))
    return {i: sorted(anchors) for i, anchors in points.items()}


def block_at(document: Document, span: Span, starts: Sequence[int] | None = None) -> int | None:
    """Index of the block that starts within ``span`` (the unit an edit covers), if any.

    ``starts``: the blocks' start offsets, when the caller looks up many spans.
    """
    if starts is None:
        starts = [block.span.start for block in document.blocks]
    index = bisect_left(starts, span.start)
    if index < len(starts) and starts[index] < max(span.end, span.start + 1):
        return index
    return None


def _departures(report: Report) -> dict[int, list[int]]:
    """Edit index -> ids of the moves whose ``moved-away`` run goes before that edit.

    The place is the first edit in place (not part of a move) at or after the end of
    the move's old span.
    """
    reach: list[int] = []  # the furthest old offset reached by the edits in place up to each
    where: list[int] = []
    furthest = -1
    for index, edit in enumerate(report.edits):
        if edit.move is None:
            furthest = max(furthest, edit.old.start)
            reach.append(furthest)
            where.append(index)
    departures: dict[int, list[int]] = {}
    for move in report.moves:
        found = bisect_left(reach, move.old.end)
        departures.setdefault(where[found] if found < len(where) else len(report.edits), []).append(move.id)
    return departures


def ignored_where(run: Run) -> str:
    """Where an ``ignored`` run's block stands, in words: ``old text only``, ``in both texts``..."""
    return "in both texts" if run.side == "both" else f"{run.side} text only"


def redline(report: Report) -> list[Run]:
    """The redline in new-document order, with a ``moved-away`` run where each move's text left.

    A move's text is shown once, where it now stands; the place it left in the old
    text gets a ``moved-away`` run, placed before the first edit that follows that
    place in the old text.
    """
    departures = _departures(report)
    anchors = anchor_points(report)
    starts = {side: [b.span.start for b in getattr(report, side).blocks] for side in ("old", "new")}
    runs: list[tuple[str, list[Piece], int | None, str, str]] = []  # kind, pieces, move, label, side
    beyond_started = False
    for index, edit in enumerate(report.edits):
        runs.extend(("moved-away", [], move_id, "", "") for move_id in departures.get(index, ()))
        if edit.beyond and not beyond_started:
            runs.append(("beyond", [], None, "beyond the end of the shorter text", ""))
            beyond_started = True
        if edit.op == "ignore":  # one run per side it covers (adjacent ignored blocks may share an edit)
            sides = [side for side in ("old", "new") if getattr(edit, side).length]
            if len(sides) == 2 and edit.old.slice(report.old.text) == edit.new.slice(report.new.text):
                sides = ["both"]  # the same text in both: one run, not "old text only" and "new text only"
            for side in sides:
                shown = "new" if side == "both" else side
                document, span = getattr(report, shown), getattr(edit, shown)
                block = block_at(document, span, starts[shown])
                kind = document.blocks[block].kind if block is not None else "text"
                runs.append(("ignored", [Piece("ignore", span.slice(document.text))], None, kind, side))
            continue
        piece = _piece(edit, report, anchors.get(index, ()))
        if edit.move is not None:
            if runs and runs[-1][0] == "moved" and runs[-1][2] == edit.move:
                runs[-1][1].append(piece)
            else:
                runs.append(("moved", [piece], edit.move, "", ""))
        elif runs and runs[-1][0] == "text":
            runs[-1][1].append(piece)
        else:
            runs.append(("text", [piece], None, "", ""))
    runs.extend(("moved-away", [], move_id, "", "") for move_id in departures.get(len(report.edits), ()))
    return _label_moves([Run(kind, pieces, move=move, label=label, side=side) for kind, pieces, move, label, side in runs])


def _label_moves(runs: list[Run]) -> list[Run]:
    """Say which way each move went: the arrival and the departure point at each other."""
    arrival = {run.move: i for i, run in enumerate(runs) if run.kind == "moved"}
    departure = {run.move: i for i, run in enumerate(runs) if run.kind == "moved-away"}
    labelled = []
    for i, run in enumerate(runs):
        if run.kind == "moved":
            other = departure.get(run.move, i)
            label = "moved here from further down" if other > i else "moved here from further up"
            labelled.append(Run("moved", run.pieces, move=run.move, label=label))
        elif run.kind == "moved-away":
            other = arrival.get(run.move, i)
            label = "text moved further down" if other > i else "text moved further up"
            labelled.append(Run("moved-away", move=run.move, label=label))
        else:
            labelled.append(run)
    return labelled


class _SideIndex:
    """The edits that cover one side's text, sorted, for cutting any span into pieces."""

    def __init__(self, edits: Sequence[Edit], side: Literal["old", "new"], text: str) -> None:
        self.side = side
        self.text = text
        self.edits = sorted((e for e in edits if getattr(e, side).length), key=lambda e: getattr(e, side).start)
        self.starts = [getattr(e, side).start for e in self.edits]

    def pieces(self, span: Span) -> tuple[Piece, ...]:
        result: list[Piece] = []
        index = max(0, bisect_right(self.starts, span.start) - 1)
        while index < len(self.edits) and self.starts[index] < span.end:
            edit = self.edits[index]
            covered = getattr(edit, self.side)
            start, end = max(covered.start, span.start), min(covered.end, span.end)
            if start < end:
                op = edit.op if edit.op in ("insert", "delete") else "equal"
                result.append(Piece(op, self.text[start:end], edit.change_class, edit.move, edit.beyond))
            index += 1
        return tuple(result)


def side_by_side(report: Report) -> list[Row]:
    """A row per aligned pair of blocks (``report.pairs``), each side cut into pieces."""
    old_index = _SideIndex(report.edits, "old", report.old.text)
    new_index = _SideIndex(report.edits, "new", report.new.text)
    rows = []
    for pair in report.pairs:
        old_block = report.old.blocks[pair.old] if pair.old is not None else None
        new_block = report.new.blocks[pair.new] if pair.new is not None else None
        ignored = any(b is not None and b.ignored for b in (old_block, new_block))
        old_pieces = old_index.pieces(old_block.span) if old_block is not None else None
        new_pieces = new_index.pieces(new_block.span) if new_block is not None else None
        changed = any(p.op != "equal" for p in (*(old_pieces or ()), *(new_pieces or ())))
        if pair.move is not None:
            status = "moved"
        elif ignored and report.options.get("include-ignored") is not True:
            status = "ignored"
        elif old_block is None:
            status = "added"
        elif new_block is None:
            status = "removed"
        else:
            status = "edited" if changed else "same"
        rows.append(
            Row(
                old=old_pieces,
                new=new_pieces,
                old_number=None if pair.old is None else pair.old + 1,
                new_number=None if pair.new is None else pair.new + 1,
                old_kind=old_block.kind if old_block is not None else "",
                new_kind=new_block.kind if new_block is not None else "",
                similarity=pair.similarity,
                move=pair.move,
                ignored=ignored,
                status=status,
            )
        )
    return rows


def finding_groups(report: Report, sections: Sequence[Section] = ()) -> list[FindingGroup]:
    """Findings by check, checks in the order they first reported; the most severe first in each.

    A check that one of ``sections`` lays out (its :attr:`~docdelta.Section.check`) shows that
    section instead of the list. Findings that point into the redline carry the id of that
    place (see :func:`anchor_points`).
    """
    placed = {anchor for anchors in anchor_points(report).values() for _, anchor in anchors}
    by_check: dict[str, list[tuple[Finding, str | None]]] = {}
    for index, finding in enumerate(report.findings):
        anchor = finding_anchor(index)
        by_check.setdefault(finding.check, []).append((finding, anchor if anchor in placed else None))
    groups = []
    for check, items in by_check.items():
        laid_out = [section for section in sections if section.check == check]
        listed = [] if laid_out else sorted(items, key=lambda item: -SEVERITIES.index(item[0].severity))
        groups.append(
            FindingGroup(
                check=check,
                count=len(items),
                sections=laid_out,
                findings=[f for f, _ in listed],
                anchors=[a for _, a in listed],
            )
        )
    return groups


def loose_sections(report: Report, sections: Sequence[Section]) -> list[Section]:
    """The sections drawn after the findings: those that lay out no check's findings in ``report``."""
    checks = {finding.check for finding in report.findings}
    return [section for section in sections if section.check not in checks]


def verdict(report: Report) -> str:
    """One sentence: do the texts differ, and if not, was anything filtered out?"""
    if report.has_changes:
        return "The texts differ."
    filtered = report.options.get("min-class", CHANGE_CLASSES[0]) != CHANGE_CLASSES[0] or report.options.get("ignore-class")
    if filtered:
        return "No changes left after filtering by class."
    return "No differences (after normalization)." if report.old.text != report.new.text else "The texts are identical."


def excerpt(text: str, spans: Sequence[Span], limit: int = 160) -> list[str]:
    """The text of each span, cut to ``limit`` characters with an ellipsis."""
    quotes = []
    for span in spans:
        quoted = span.slice(text)
        quotes.append(quoted if len(quoted) <= limit else quoted[: limit - 1].rstrip() + "…")
    return quotes
