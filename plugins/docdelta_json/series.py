"""JSON for a series of documents: schema ``docdelta.series/2``.

Each step is a complete ``docdelta.report/1`` report; the series adds the
timeline of the steps' figures, the spellings of one name, and the sections plugins
contribute to the series (the claims plugin's claims timeline, or its claim matrix for
``--matrix``) as plain tables.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from docdelta import Cell, RenderContext, Section, SeriesReport

from docdelta_json import SCHEMA as REPORT_SCHEMA
from docdelta_json import _plain, document_dict, dump, report_dict

SERIES_SCHEMA = "docdelta.series/2"


def cell_dict(cell: Cell) -> dict[str, Any]:
    return {"text": cell.text, "link": cell.link, "badge": cell.badge, "tone": cell.tone, "detail": cell.detail}


def section_dict(section: Section) -> dict[str, Any]:
    """A contributed section as plain data: its title, columns and rows of cells."""
    return {
        "title": section.title,
        "note": section.note,
        "check": section.check,
        "columns": list(section.columns),
        "rows": [[cell_dict(cell) for cell in row] for row in section.rows],
        "collapsed_note": section.collapsed_note,
        "collapsed": [[cell_dict(cell) for cell in row] for row in section.collapsed],
    }


def series_dict(series: SeriesReport, sections: Sequence[Section] = ()) -> dict[str, Any]:
    """The series as plain data, in the ``docdelta.series/2`` schema; ``sections``: what plugins
    contribute to it."""
    return {
        "schema": SERIES_SCHEMA,
        "report_schema": REPORT_SCHEMA,
        "mode": series.mode,
        "changed": series.has_changes,
        "documents": [document_dict(d) for d in series.documents],
        "timeline": [
            {
                "step": index,
                "old": base,
                "new": index + 1,
                "similarity": step.summary.similarity,
                "words_added": step.summary.words_added,
                "words_removed": step.summary.words_removed,
                "words_moved": step.summary.words_moved,
                "findings_by_severity": dict(step.summary.findings_by_severity),
            }
            for index, (step, base) in enumerate(zip(series.steps, series.bases))
        ],
        "name_variants": [{s: list(d) for s, d in group.items()} for group in series.name_variants],
        "sections": [section_dict(section) for section in sections],
        "steps": [report_dict(step) for step in series.steps],
        "warnings": list(series.warnings),
    }


def render_series_json(series: SeriesReport, context: RenderContext) -> str:
    return dump(series_dict(series, context.sections))


__all__ = ["SERIES_SCHEMA", "series_dict", "render_series_json"]
