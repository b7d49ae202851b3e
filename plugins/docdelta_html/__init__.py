"""HTML reports: ``--format html``, one self-contained page.

The page needs nothing from the network (a Content-Security-Policy forbids every
request and every script; the only style allowed is its own, by hash), follows the
reader's light or dark preference, prints, and reads on a phone. Every piece of
document text, metadata and file name goes through Jinja2's autoescape, its control
characters shown as symbols first (:func:`docdelta.visible_controls`).

The hooks are here; the rendering code is in ``render.py``, imported the first time a report
is rendered in this format, so that a run with another format never loads it.
"""

from __future__ import annotations

from collections.abc import Sequence

from docdelta import Renderer, RenderContext, Report, Section, SeriesReport, hookimpl

__all__ = ["render_html", "render_page_html", "render_series_html"]


def render_html(report: Report, context: RenderContext) -> str:
    """The report as one self-contained HTML page."""
    from docdelta_html.render import render_html as render

    return render(report, context)


def render_series_html(series: SeriesReport, context: RenderContext) -> str:
    """A series of documents as one self-contained HTML page."""
    from docdelta_html.render import render_series_html as render

    return render(series, context)


def render_page_html(title: str, sections: Sequence[Section], context: RenderContext) -> str:
    """A standalone HTML page of section tables (``docdelta batch``'s index.html)."""
    from docdelta_html.render import render_page_html as render

    return render(title, sections, context)


@hookimpl
def docdelta_register_renderers(register):
    register(
        Renderer(
            "html",
            render_html,
            "A self-contained HTML page: redline, side by side, findings.",
            (".html", ".htm"),
            series=render_series_html,
            page=render_page_html,
        )
    )
