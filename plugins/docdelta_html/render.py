"""The html renderer's code, imported when a report is first rendered in this format
(``docdelta_html`` registers the renderer; see its docstring for what the report shows)."""

from __future__ import annotations

import base64
import functools
import hashlib
from collections.abc import Sequence
from typing import Any

from docdelta import (
    CHANGE_CLASSES,
    SEVERITIES,
    RenderContext,
    Report,
    Section,
    SeriesReport,
    visible_controls,
)

from docdelta_html.parts import marked_parts
from docdelta.view import (
    excerpt,
    finding_groups,
    ignored_where,
    loose_sections,
    redline,
    side_by_side,
    verdict,
    word_count,
)

__all__ = ["render_html", "render_page_html", "render_series_html"]


def _shown(value: Any) -> Any:
    """Every ``{{ value }}`` of the templates, before autoescape, as text with its controls made visible.

    Markup (a macro's output, the stylesheet) is left alone: its text went through here already.
    """
    if hasattr(value, "__html__"):
        return value
    return visible_controls(str(value))


@functools.cache
def _environment() -> Any:
    # Imported here, not at module level: `docdelta` starts faster when HTML is not asked for.
    import jinja2

    environment = jinja2.Environment(
        loader=jinja2.PackageLoader("docdelta_html", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        finalize=_shown,
    )
    environment.globals.update(
        excerpt=excerpt,
        ignored_where=ignored_where,
        marked_parts=marked_parts,
        word_count=word_count,
        verdict=verdict,
        severity_names=list(reversed(SEVERITIES)),
        class_names=list(reversed(CHANGE_CLASSES)),
    )
    return environment


def _title(report: Report) -> str:
    for document in (report.new, report.old):
        title = document.metadata.get("title")
        if title:
            return str(title)
    return "Two versions compared"


def _style(environment: Any) -> dict[str, Any]:
    """The stylesheet, and the Content-Security-Policy source that allows it and nothing else."""
    import markupsafe

    css = environment.loader.get_source(environment, "report.css")[0]
    digest = base64.b64encode(hashlib.sha256(css.encode("utf-8")).digest()).decode("ascii")
    return {"css": markupsafe.Markup(css), "style_source": f"'sha256-{digest}'"}


def documents_label(indexes: Sequence[int], noun: str) -> str:
    """``versions 1, 3`` for the document indexes ``(0, 2)`` and the noun ``version``."""
    numbers = ", ".join(str(index + 1) for index in indexes)
    return f"{noun}{'s' if len(indexes) > 1 else ''} {numbers}"


def render_html(report: Report, context: RenderContext) -> str:
    """The report as one HTML page."""
    environment = _environment()
    documents = [
        {
            "side": side,
            "document": document,
            "words": word_count(document.text),
            "ignored": sum(1 for block in document.blocks if block.ignored),
        }
        for side, document in (("old", report.old), ("new", report.new))
    ]
    return environment.get_template("report.html.j2").render(
        report=report,
        title=_title(report),
        **_style(environment),
        documents=documents,
        groups=finding_groups(report, context.sections),
        runs=redline(report),
        rows=side_by_side(report),
        sections=loose_sections(report, context.sections),
    )


_MODE_LABELS = {
    "timeline": "each version with the next",
    "against-first": "each version with the first",
    "matrix": "reports of one event side by side; each compared with the first",
}


def render_series_html(series: SeriesReport, context: RenderContext) -> str:
    """A series of documents as one HTML page: what plugins contribute (the claims over the
    versions, the claim matrix), then each step's report."""
    environment = _environment()
    step_sections = list(context.step_sections) or [()] * len(series.steps)
    steps = [
        {
            "number": index + 1,
            "old_number": base + 1,
            "new_number": index + 2,
            "prefix": f"step-{index + 1}-",
            "report": step,
            "groups": finding_groups(step, sections),
            "sections": loose_sections(step, sections),
            "runs": redline(step),
        }
        for index, (step, base, sections) in enumerate(zip(series.steps, series.bases, step_sections))
    ]
    return environment.get_template("series.html.j2").render(
        series=series,
        mode_label=_MODE_LABELS.get(series.mode, series.mode),
        noun="report" if series.mode == "matrix" else "version",
        steps=steps,
        plugins=series.steps[0].plugins if series.steps else (),
        documents_label=documents_label,
        sections=context.sections,
        **_style(environment),
    )


def render_page_html(title: str, sections: Sequence[Section], context: RenderContext) -> str:
    """A standalone page of section tables, styled as the reports are. Its links are relative
    (the reports beside it) and it loads nothing."""
    environment = _environment()
    return environment.get_template("page.html.j2").render(title=title, sections=sections, **_style(environment))
