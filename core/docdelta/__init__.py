"""docdelta: compare versions of a text and see whether the facts changed.

The stable, typed API::

    import docdelta

    report = docdelta.compare(Path("old.txt"), Path("new.txt"))
    print(docdelta.render(report, "text"))

    session = docdelta.Session(plugins=["news", "claims", "json"], options={"include-ignored": True})
    report = session.compare(old_text, new_text)

Plugins write ``from docdelta import hookimpl`` and import the data classes from here.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from docdelta.controls import visible_controls
from docdelta.engine import check_tiling
from docdelta.errors import DocdeltaError, InputError, OutputError, PluginError, UsageError
from docdelta.hookspecs import hookimpl, hookspec
from docdelta.model import (
    CHANGE_CLASS_DECLARATIONS,
    CHANGE_CLASSES,
    SEVERITIES,
    TONES,
    Block,
    Blocks,
    BlockPair,
    Cell,
    ChangeClass,
    Check,
    Command,
    Comparison,
    Document,
    Edit,
    Finding,
    Move,
    Normalizer,
    Renderer,
    Report,
    Section,
    Source,
    Span,
    Summary,
    paragraph_blocks,
)
from docdelta.options import OptionParser
from docdelta.plugins import PluginInfo
from docdelta.series import SeriesReport
from docdelta.session import Config, RenderContext, Session
from docdelta.sources import Input, read_source, write_atomic
from docdelta.tokens import is_word, tokenize

__version__ = "0.1.0"

__all__ = [
    "CHANGE_CLASSES",
    "CHANGE_CLASS_DECLARATIONS",
    "ChangeClass",
    "SEVERITIES",
    "TONES",
    "Block",
    "Blocks",
    "SeriesReport",
    "compare_series",
    "BlockPair",
    "Cell",
    "Check",
    "Command",
    "Comparison",
    "Config",
    "DocdeltaError",
    "Document",
    "Edit",
    "Finding",
    "Input",
    "InputError",
    "Move",
    "Normalizer",
    "OptionParser",
    "OutputError",
    "PluginError",
    "PluginInfo",
    "RenderContext",
    "Renderer",
    "Report",
    "Section",
    "Session",
    "Source",
    "Span",
    "Summary",
    "UsageError",
    "check_tiling",
    "compare",
    "hookimpl",
    "hookspec",
    "is_word",
    "paragraph_blocks",
    "read_source",
    "render",
    "tokenize",
    "visible_controls",
    "write_atomic",
]


def compare(
    old: Input,
    new: Input,
    *,
    plugins: Sequence[str] | None = None,
    extra_plugins: Sequence[object] = (),
    options: Mapping[str, Any] | None = None,
) -> Report:
    """Compare two documents with a one-off :class:`Session`.

    :param old: ``str`` (text), ``bytes`` (raw data), a path (``pathlib.Path``) or a :class:`Source`.
    :param new: likewise.
    :param plugins: installed plugin names to use, exactly; ``None`` for all installed.
    :param extra_plugins: plugin objects to register directly, without an entry point.
    :param options: option values by name.
    :returns: the :class:`Report`.

    For many comparisons, build one :class:`Session` and call its ``compare``.
    """
    session = Session(plugins, extra_plugins=extra_plugins, options=options)
    return session.compare(old, new)


def compare_series(
    items: Sequence[Input],
    *,
    mode: str = "timeline",
    by_date: bool = False,
    plugins: Sequence[str] | None = None,
    extra_plugins: Sequence[object] = (),
    options: Mapping[str, Any] | None = None,
) -> SeriesReport:
    """Compare N documents as a series (see :meth:`Session.compare_series`).

    ``mode`` is ``timeline`` (each version with the next), ``against-first`` or ``matrix``.
    The :class:`SeriesReport` holds the pairwise reports in ``steps``.
    """
    session = Session(plugins, extra_plugins=extra_plugins, options=options)
    return session.compare_series(items, mode=mode, by_date=by_date)  # type: ignore[arg-type]


def render(
    report: Report | SeriesReport,
    format: str = "json",
    *,
    plugins: Sequence[str] | None = None,
    extra_plugins: Sequence[object] = (),
    color: bool = False,
    width: int = 100,
) -> str | bytes:
    """Render a report in a format provided by the given plugins (default: all installed)."""
    session = Session(plugins, extra_plugins=extra_plugins)
    return session.render(report, format, color=color, width=width)
