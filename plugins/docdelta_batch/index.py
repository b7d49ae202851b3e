"""index.html's table: the items with the most factual changes first, what changed, a link to each report.

Drawn by the active html renderer's page (:meth:`docdelta.Session.render_page`). Each item links to
its most readable report, and the note says which kind it is (HTML by default; JSON when the batch
wrote only JSON).
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from docdelta import Cell, Section

__all__ = ["INDEX_LIMIT", "factual_rank", "index_sections"]

#: index.html lists at most this many items (the rest are in summary.jsonl).
INDEX_LIMIT = 5000
#: The factual findings an index row spells out; the rest are counted.
SHOWN_FINDINGS = 5


def factual_rank(row: Mapping[str, Any]) -> tuple[bool, int, int, str]:
    """Sort key for index.html: failures first, then most factual changes, then most factual findings."""
    factual = (row.get("changes_by_class") or {}).get("factual", 0)
    return (row.get("error") is None, -factual, -row.get("factual_findings", 0), row["id"])


def index_sections(
    rows: Iterator[dict[str, Any]], report_link: Callable[[str], str], report_kind: str = "HTML"
) -> list[Section]:
    """The index's table over summary rows, each item linking to ``report_link(its id)``, a ``report_kind`` report."""
    total = 0

    def counted() -> Iterator[dict[str, Any]]:
        nonlocal total
        for row in rows:
            total += 1
            yield row

    top = heapq.nsmallest(INDEX_LIMIT, counted(), key=factual_rank)
    table: list[list[Cell | str]] = []
    for row in top:
        if row.get("error") is not None:
            table.append([row["id"], f"error: {row['error']}"])
            continue
        table.append([
            Cell(row["id"], report_link(row["id"])),
            str(row["changes_by_class"].get("factual", 0)),
            _what_changed(row),
            f"{row['similarity']:.3f}",
            f"+{row['words_added']} −{row['words_removed']}",
            "yes" if row["has_changes"] else "no",
        ])
    more = f" {total - len(top)} more items in summary.jsonl." if total > len(top) else ""
    columns = ("item", "factual changes", "what changed in the facts", "similarity", "words", "differs")
    note = f"Most factual changes first; failed items at the top. Each item links to its {report_kind} report.{more}"
    return [Section(f"docdelta batch: {total} items", columns, table, note)]


def _what_changed(row: Mapping[str, Any]) -> str:
    messages = row["factual_messages"][:SHOWN_FINDINGS]
    unshown = row["factual_findings"] - len(messages)
    return "; ".join(messages) + (f"; and {unshown} more" if unshown else "") if messages else "–"
