"""Markdown reports: ``--format markdown``, GitHub-flavoured.

A summary, the findings as tables and lists, then the redline: deletions ``~~struck~~``
and insertions ``**strong**`` by default, marks that survive renderers that drop raw HTML
(``--markdown-marks``: see :mod:`docdelta_markdown.marks`). The report holds no raw HTML of
its own but the ``<span>`` that stops an e-mail address from becoming a link. Every piece of document text is escaped, so a
document cannot make Markdown or HTML of its own: no headings, links, autolinks,
tags or code blocks come out of it; its control characters are shown as symbols
(:func:`docdelta.visible_controls`), never passed on to the page or terminal showing
it. The arrangement (runs, claim rows, finding groups) is the HTML report's, from
:mod:`docdelta.view`.

The hooks are here; the rendering code is in ``render.py``, imported the first time a report
is rendered in this format, so that a run with another format never loads it.
"""

from __future__ import annotations

from docdelta import Renderer, RenderContext, Report, SeriesReport, hookimpl

__all__ = ["render_markdown", "render_series_markdown"]


def render_markdown(report: Report, context: RenderContext) -> str:
    """The report as GitHub-flavoured Markdown."""
    from docdelta_markdown.render import render_markdown as render

    return render(report, context)


def render_series_markdown(series: SeriesReport, context: RenderContext) -> str:
    """A series of documents as GitHub-flavoured Markdown: claims over the versions, then each step."""
    from docdelta_markdown.render import render_series_markdown as render

    return render(series, context)


@hookimpl
def docdelta_addoption(parser):
    from docdelta_markdown.marks import STYLES

    parser.add_option(
        "markdown-marks",
        default=STYLES[0],
        choices=STYLES,
        help="Markdown report: how deletions and insertions are marked: gfm (~~deleted~~ **inserted**, "
        "which survive renderers that drop raw HTML), critic (CriticMarkup {--deleted--} {++inserted++}), "
        "html (<del> <ins>).",
    )


@hookimpl
def docdelta_register_renderers(register):
    register(
        Renderer(
            "markdown",
            render_markdown,
            "GitHub-flavoured Markdown: summary, findings, redline.",
            (".md", ".markdown"),
            series=render_series_markdown,
        )
    )
