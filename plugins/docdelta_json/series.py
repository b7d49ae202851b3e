"""JSON for a series of documents: schema ``docdelta.series/1``.

Each step is a complete ``docdelta.report/1`` report; the series adds the
timeline, the claims timeline and (for ``--matrix``) the claim matrix.
"""

from __future__ import annotations

from typing import Any

from docdelta import ClaimTrack, RenderContext, SeriesReport

from docdelta_json import SCHEMA as REPORT_SCHEMA
from docdelta_json import _plain, document_dict, dump, report_dict

SERIES_SCHEMA = "docdelta.series/1"


def track_dict(track: ClaimTrack) -> dict[str, Any]:
    return {
        "subject": track.subject,
        "category": track.category,
        "values": [_plain(v) if v is not None else None for v in track.values],
        "statuses": list(track.statuses),
        "changed_at": list(track.changed_at),
    }


def series_dict(series: SeriesReport) -> dict[str, Any]:
    """The series as plain data, in the ``docdelta.series/1`` schema."""
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
        "claims": [track_dict(t) for t in series.claims],
        "matrix": [
            {
                **track_dict(row.track),
                "majority": row.majority,
                "majority_count": row.majority_count,
                "dissenters": list(row.dissenters),
                "message": row.message,
            }
            for row in series.matrix
        ],
        "name_variants": [{s: list(d) for s, d in group.items()} for group in series.name_variants],
        "steps": [report_dict(step) for step in series.steps],
        "warnings": list(series.warnings),
    }


def render_series_json(series: SeriesReport, context: RenderContext) -> str:
    return dump(series_dict(series))


__all__ = ["SERIES_SCHEMA", "series_dict", "render_series_json"]
