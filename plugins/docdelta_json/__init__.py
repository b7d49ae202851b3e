"""JSON reports: ``--format json``, schema ``docdelta.report/1``.

The output is deterministic: the same inputs and options give byte-identical
JSON. Offsets are code-point indexes into each document's original text.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Iterator, Mapping
from typing import Any

import docdelta
from docdelta import Document, Edit, Finding, Renderer, RenderContext, Report, hookimpl

SCHEMA = "docdelta.report/1"


def _span(span: docdelta.Span) -> list[int]:
    return [span.start, span.end]


#: Types JSON takes as they are (not float: a float may be NaN or infinite).
_JSON_SCALARS = frozenset({str, int, bool, type(None)})


def _plain(value: Any) -> Any:
    """``value`` as JSON data: any mapping becomes an object, any sequence or set an array.

    Whatever JSON has no type for becomes its ``str``, and a non-finite float ``null``,
    so that a plugin's odd finding data can never make the report invalid JSON.
    """
    if type(value) in _JSON_SCALARS or isinstance(value, (str, bool, int)):  # exact types first: one set lookup
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, docdelta.Span):
        return _span(value)
    if isinstance(value, (dict, Mapping)):  # dict first: the abstract Mapping check is slow
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (set, frozenset)):
        return sorted((_plain(v) for v in value), key=repr)
    return str(value)


def document_dict(document: Document, *, lazy: bool = False) -> dict[str, Any]:
    blocks = (
        {"kind": b.kind, "span": _span(b.span), "ignored": b.ignored, "attrs": _plain(b.attrs)} for b in document.blocks
    )
    return {
        "name": document.name,
        "parser": document.parser,
        "encoding": document.encoding,
        "length": len(document.text),
        "metadata": _plain(document.metadata),
        "blocks": blocks if lazy else list(blocks),
        "warnings": list(document.warnings),
    }


def edit_dict(edit: Edit, report: Report) -> dict[str, Any]:
    old_text = edit.old.slice(report.old.text)
    new_text = edit.new.slice(report.new.text)
    item: dict[str, Any] = {
        "op": edit.op,
        "old": _span(edit.old),
        "new": _span(edit.new),
        "text": old_text if edit.op == "delete" or (edit.op == "ignore" and not new_text) else new_text,
    }
    if edit.op in ("equal", "ignore") and old_text and new_text and old_text != new_text:
        item["old_text"] = old_text
    if edit.change_class is not None:
        item["class"] = edit.change_class
    if edit.move is not None:
        item["move"] = edit.move
    if edit.beyond:
        item["beyond"] = True
    return item


def finding_dict(finding: Finding) -> dict[str, Any]:
    return {
        "check": finding.check,
        "kind": finding.kind,
        "severity": finding.severity,
        "message": finding.message,
        "factual": finding.factual,
        "old_spans": [_span(s) for s in finding.old_spans],
        "new_spans": [_span(s) for s in finding.new_spans],
        "data": _plain(finding.data),
    }


def report_dict(report: Report, *, lazy: bool = False) -> dict[str, Any]:
    """The report as plain data, in the ``docdelta.report/1`` schema.

    :param lazy: the long arrays (blocks, edits, moves, pairs, findings) as iterators that make each
        item when asked, for :func:`dump`: a 10 MB report is then never held whole as plain data as well.
    """
    edits = (edit_dict(edit, report) for edit in report.edits)
    findings = (finding_dict(finding) for finding in report.findings)
    moves = ({"id": m.id, "old": _span(m.old), "new": _span(m.new), "similarity": m.similarity} for m in report.moves)
    pairs = ({"old": p.old, "new": p.new, "similarity": p.similarity, "move": p.move} for p in report.pairs)
    summary = report.summary
    return {
        "schema": SCHEMA,
        "documents": {"old": document_dict(report.old, lazy=lazy), "new": document_dict(report.new, lazy=lazy)},
        "summary": {
            "changed": report.has_changes,
            "similarity": summary.similarity,
            "words_added": summary.words_added,
            "words_removed": summary.words_removed,
            "words_moved": summary.words_moved,
            "changes_by_class": dict(summary.changes_by_class),
            "findings_by_severity": dict(summary.findings_by_severity),
        },
        "edits": edits if lazy else list(edits),
        "moves": moves if lazy else list(moves),
        "pairs": pairs if lazy else list(pairs),
        "findings": findings if lazy else list(findings),
        "options": _plain(report.options),
        "plugins": list(report.plugins),
        "warnings": list(report.warnings),
    }


def dump(data: Any) -> str:
    """JSON text for ``data``, non-ASCII kept, one final newline: :func:`pieces`, joined once,
    so the text is never copied while it is built."""
    return "".join(pieces(data))


def pieces(data: Any) -> Iterator[str]:
    """The JSON text of ``data`` (:func:`dump`'s) in pieces of about :data:`_PIECE` characters,
    for writing a report without holding it whole (a million tiny paragraphs make 16 MB of JSON).

    Objects are indented down to :data:`_EXPANDED` levels, and every item of an array down
    there stands on a line of its own, written whole by the C encoder: a report of a 10 MB
    document reads and diffs line by line, and encodes several times faster than with
    ``indent`` (which makes ``json`` fall back to its pure-Python encoder).
    """
    gathered: list[str] = []
    size = 0
    for piece in _layout(data, 0, _encoder(ensure_ascii=False)):
        gathered.append(piece)
        size += len(piece)
        if size >= _PIECE:
            yield _escaped("".join(gathered))
            gathered.clear()
            size = 0
    gathered.append("\n")
    yield _escaped("".join(gathered))


def _escaped(text: str) -> str:
    if text.isascii():  # a flag, not a scan: most reports need no escapes
        return text
    # Outside ASCII, only strings hold characters, so escaping them in the text escapes them in
    # the strings: lone surrogates from str input (else the JSON is not valid UTF-8), and the
    # C1 controls and bidirectional controls that a terminal showing the JSON would act on
    # (U+009B, U+009D start escape sequences; U+202E reverses what follows).
    return _ESCAPED.sub(_escape, text)


def _escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


#: How many levels of objects :func:`dump` lays out over several lines.
_EXPANDED = 3
#: The size of the pieces :func:`pieces` yields: large enough that writing each costs little.
_PIECE = 1 << 16
_ESCAPED = re.compile("[\x80-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def _encoder(ensure_ascii: bool) -> json.JSONEncoder:
    return json.JSONEncoder(ensure_ascii=ensure_ascii, allow_nan=False, separators=(", ", ": "))


def _layout(value: Any, depth: int, encoder: json.JSONEncoder) -> Iterator[str]:
    pad = "  " * (depth + 1)
    if isinstance(value, dict) and value and depth < _EXPANDED:
        yield "{"
        for position, (key, item) in enumerate(value.items()):
            yield f"{',' if position else ''}\n{pad}{encoder.encode(key)}: "
            yield from _layout(item, depth + 1, encoder)
        yield "\n" + "  " * depth + "}"
    elif isinstance(value, (list, Iterator)) and depth <= _EXPANDED:
        yield "["
        separator = f"\n{pad}"
        for item in value:
            yield separator + encoder.encode(item)
            separator = f",\n{pad}"
        yield "]" if separator == f"\n{pad}" else "\n" + "  " * depth + "]"
    else:
        yield encoder.encode(value)


def render_json(report: Report, context: RenderContext) -> str:
    return dump(report_dict(report, lazy=True))


def stream_json(report: Report, context: RenderContext) -> Iterator[str]:
    """:func:`render_json`'s text in pieces, each made when asked."""
    return pieces(report_dict(report, lazy=True))


def render_series(series: Any, context: RenderContext) -> str:
    """A series of documents, in the ``docdelta.series/2`` schema (see :mod:`docdelta_json.series`)."""
    from docdelta_json.series import render_series_json  # it builds on this module

    return render_series_json(series, context)


@hookimpl
def docdelta_register_renderers(register):
    register(
        Renderer(
            "json",
            render_json,
            "Machine-readable report (schema docdelta.report/1).",
            (".json",),
            series=render_series,
            report_sections=False,  # a report's findings carry the data its sections lay out
            stream=stream_json,
        )
    )
