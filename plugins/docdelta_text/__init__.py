"""Terminal reports: ``--format text``, a word diff in the style of ``git diff --word-diff``.

Findings come first, then the text. With colour, deletions are red and struck through,
insertions green and underlined (told apart without telling the colours apart); without,
they are marked ``[-…-]`` and ``{+…+}``
(``--word-diff=plain``). Moved text, ignored blocks and text beyond the shorter
document are labelled in words either way (the arrangement is the HTML report's,
from :mod:`docdelta.view`). On a terminal, lines are wrapped to its width; piped or
written to a file, they are not wrapped. Control characters in a document are shown as symbols, never sent to the
terminal: a document cannot move the cursor, clear the screen or retitle the window.

The hooks are here; the rendering code is in ``render.py``, imported the first time a report
is rendered in this format, so that a run with another format never loads it.
"""

from __future__ import annotations

from docdelta import Renderer, RenderContext, Report, SeriesReport, hookimpl

__all__ = ["render_text", "render_series"]


def render_text(report: Report, context: RenderContext) -> str:
    """The report as a word diff for the terminal, findings first."""
    from docdelta_text.render import render_text as render

    return render(report, context)


def render_series(series: SeriesReport, context: RenderContext) -> str:
    """A series of documents: the versions, the claims timeline, then each step's word diff."""
    from docdelta_text.series import render_series_text

    return render_series_text(series, context, render_text)


@hookimpl
def docdelta_addoption(parser):
    parser.add_option(
        "text-context",
        default=-1,
        help="Terminal report: unchanged lines shown around each change, as git diff -U does (-1: the whole text).",
    )


@hookimpl
def docdelta_register_renderers(register):
    register(Renderer("text", render_text, "Word diff for the terminal, findings first.", (".txt",), series=render_series))
