"""The plugin contract: every hook docdelta calls, in pipeline order.

A plugin is any module or object with functions decorated by :data:`hookimpl`
whose names match the specs below. An implementation may accept fewer arguments
than its spec names (take only what you use): that is how specs grow without
breaking plugins.

The pipeline is **parse → normalize → compare → render**:

1. :func:`docdelta_addoption` once, when plugins are loaded: declare options.
2. :func:`docdelta_parse` for each input: bytes into a :class:`~docdelta.Document`.
3. :func:`docdelta_register_normalizers`: the token normalizations applied before diffing.
4. :func:`docdelta_register_checks`: checks that turn the diff into findings.
5. :func:`docdelta_register_renderers`: the output formats.

Between compare and render, :func:`docdelta_report_sections` lets plugins add their own
tables to what a report shows, and :func:`docdelta_series_sections` to what a series of
documents shows (timelines, matrices). Besides the pipeline, :func:`docdelta_register_commands`
adds ``docdelta`` commands.

The ``register_*`` hooks are called once per session; the names they register
must be unique across plugins, as must option names. When two plugins register
one name, the core keeps it, then a bundled plugin, else the first registered; the
other's registration is left out with a warning naming it (an error with ``--strict``).

Every call of plugin code has a time limit (``--plugin-timeout``, 60 s by default):
a safety net against hangs, not a bound on work, which plugins bound by counted steps.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

import pluggy

if TYPE_CHECKING:
    from docdelta.model import Check, Command, Document, Normalizer, Renderer, Report, Section, Source
    from docdelta.series import SeriesReport
    from docdelta.options import OptionParser

__all__ = [
    "hookimpl",
    "hookspec",
    "docdelta_addoption",
    "docdelta_parse",
    "docdelta_register_normalizers",
    "docdelta_register_checks",
    "docdelta_register_renderers",
    "docdelta_report_sections",
    "docdelta_series_sections",
    "docdelta_register_commands",
]

hookspec = pluggy.HookspecMarker("docdelta")
#: Decorate a plugin's hook implementations with this: ``from docdelta import hookimpl``.
hookimpl = pluggy.HookimplMarker("docdelta")


@hookspec
def docdelta_addoption(parser: OptionParser) -> None:
    """Declare the options your plugin understands.

    Called once per session, when plugins are loaded, before any input is read.
    Each option becomes a ``docdelta compare`` flag (shown in ``--help`` under your
    plugin's name), a key of ``options=`` in the Python API, and a key of the
    ``[tool.docdelta]`` config table. Option names are shared by all plugins:
    prefix yours with your plugin's name if it is generic.

    :param parser: call ``parser.add_option(name, default=..., help=...)``;
        the type is taken from the default (``bool`` gives ``--name/--no-name``).
    :returns: nothing.

    Example::

        @hookimpl
        def docdelta_addoption(parser):
            parser.add_option("quotes-min-words", default=3,
                              help="Shortest quotation to report, in words.")
    """


@hookspec(firstresult=True)
def docdelta_parse(source: Source, options: Mapping[str, Any]) -> Document | None:
    """Turn raw input into a :class:`~docdelta.Document`.

    Called once for each input. Implementations are tried in turn (the most
    recently registered first, ``tryfirst``/``trylast`` respected) and the first
    that returns a document wins: return ``None`` to let another plugin handle
    the source. When no plugin accepts it, the core decodes it as UTF-8 and splits
    it into blank-line separated paragraphs.

    Raise :class:`~docdelta.InputError` for input your format recognises but
    cannot read (the user sees your message and exit status 2).

    :param source: the name, raw bytes and path of the input. ``source.is_text`` says the bytes
        are the UTF-8 of a ``str`` given to the API: text by contract, never to be refused as binary.
    :param options: the session's options, by name.
    :returns: a Document whose ``text`` is the decoded original text, or ``None``.

    Example::

        @hookimpl
        def docdelta_parse(source):
            if not source.name.endswith(".rst"):
                return None
            text = source.data.decode("utf-8")
            return Document.from_text(text, name=source.name, parser="rst")
    """


@hookspec
def docdelta_register_normalizers(register: Callable[[Normalizer], None]) -> None:
    """Register normalizations: what differences do not count as changes.

    Called once per session. A normalizer maps the text of one token (a word, a
    punctuation mark, or a run of whitespace) to the text it is compared as; the
    report still quotes the original. Tokens that two documents write differently
    but normalize alike compare equal (``Belarus’s`` and ``Belarus's``). A
    normalizer may return ``""`` to make a token invisible to the comparison.
    Users switch normalizers with ``--normalizer``/``--no-normalizer NAME``.

    :param register: call ``register(Normalizer(name, function, description, default=True))``.
    :returns: nothing.

    Example::

        @hookimpl
        def docdelta_register_normalizers(register):
            register(Normalizer("casefold", str.casefold,
                                "Compare without regard to case.", default=False))
    """


@hookspec
def docdelta_register_checks(register: Callable[[Check], None]) -> None:
    """Register checks: the compare stage, where plugins turn a diff into findings.

    Called once per session. After the core has diffed the two documents, every
    registered check is called with the :class:`~docdelta.Comparison` (both
    documents, the edits, aligned blocks, moves and options) and returns an
    iterable of :class:`~docdelta.Finding`. A finding with ``factual=True`` raises
    the class of the changes its spans touch to ``factual``. A finding whose spans
    lie outside its documents (or whose fields were changed to the wrong types) is
    left out with a warning naming your plugin. The comparison is shared with every
    check: a check that changes it is reported, and the change undone.

    :param register: call ``register(Check(name, function, description))``.
    :returns: nothing.

    Example::

        def find_exclamations(comparison):
            for block in comparison.new.blocks:
                if comparison.new.block_text(block).endswith("!"):
                    yield Finding(check="exclaim", kind="exclamation", severity="info",
                                  message="An exclamation.", new_spans=[block.span])

        @hookimpl
        def docdelta_register_checks(register):
            register(Check("exclaim", find_exclamations, "Flags exclamations."))
    """


@hookspec
def docdelta_register_renderers(register: Callable[[Renderer], None]) -> None:
    """Register output formats: the render stage.

    Called once per session. Each renderer turns a :class:`~docdelta.Report` into
    ``str`` (or ``bytes``) and is picked by ``--format NAME``, or by the extension
    of ``-o FILE`` among the ``extensions`` it declares.

    The function receives ``(report, context)`` where ``context`` is a
    :class:`~docdelta.RenderContext` (colour, terminal width, options). A renderer may also
    give ``stream``: a function of the same arguments that yields the same text in pieces,
    made as they are asked for; ``-o`` and standard output then write each piece as it comes,
    so a report of a large document is never held whole (the ``json`` renderer does so).

    :param register: call ``register(Renderer(name, function, description, extensions))``.
    :returns: nothing.

    Example::

        def render_count(report, context):
            return f"{len(report.findings)} findings\\n"

        @hookimpl
        def docdelta_register_renderers(register):
            register(Renderer("count", render_count, "Only the number of findings.", (".count",)))
    """


@hookspec
def docdelta_report_sections(report: Report) -> list[Section] | None:
    """Contribute sections (titled tables) to what a report shows.

    Called each time a report is rendered in a format that shows sections
    (:attr:`Renderer.report_sections <docdelta.Renderer>`), for every plugin (collect-all: all
    sections show, in plugin order). A check's findings carry data for machines (the JSON); a
    section lays some of them out for people. The text, Markdown and HTML renderers draw every
    contributed section the same way: after the findings, or, for a section that names a ``check``
    (:class:`~docdelta.Section`), in the place of that check's findings, instead of listing them one
    by one (the claims plugin's claims table does so). JSON, being the findings' data, leaves them out.

    :param report: the :class:`~docdelta.Report` being rendered.
    :returns: a list of :class:`~docdelta.Section`, or ``None`` (nothing to add).

    Example::

        @hookimpl
        def docdelta_report_sections(report):
            rows = [(f.data["word"], str(f.data["old"]), str(f.data["new"]))
                    for f in report.findings if f.check == "hedges"]
            if not rows:
                return None
            return [Section("Hedge words", ("word", "before", "after"), rows)]
    """


@hookspec
def docdelta_series_sections(series: SeriesReport) -> list[Section] | None:
    """Contribute sections to what a series of documents shows: a value followed through the
    versions (a timeline), or N reports of one event side by side (a matrix).

    Called each time a series is rendered (``docdelta compare V1 V2 V3``, ``--matrix``), for every
    plugin, as :func:`docdelta_report_sections` is for one report (which is called for each step);
    the text, Markdown and HTML renderers draw the sections after the series overview, before the
    steps, and the series JSON holds them as plain tables (``sections``). The claims plugin
    contributes its claims timeline here, or, when ``series.mode`` is ``matrix``, its claim matrix.

    :param series: the :class:`~docdelta.SeriesReport`: ``documents``, the pairwise ``steps``
        (each a :class:`~docdelta.Report` with its findings) and ``bases`` (each step's old document).
    :returns: a list of :class:`~docdelta.Section`, or ``None``.

    Example::

        @hookimpl
        def docdelta_series_sections(series):
            columns = ("word", *(str(i + 1) for i in range(len(series.documents))))
            counts = [str(document.text.count("reportedly")) for document in series.documents]
            return [Section("'reportedly' in each version", columns, [("reportedly", *counts)])]
    """


@hookspec
def docdelta_register_commands(register: Callable[[Command], None]) -> None:
    """Register commands: ``docdelta NAME`` runs yours.

    Called once per session, when the command line is read (as llm's ``register_commands``).
    Each :class:`~docdelta.Command` names a function that runs the command with the
    :class:`~docdelta.Session` the command line chose and the parsed arguments, and returns
    the exit status; raise :class:`~docdelta.UsageError` (or another
    :class:`~docdelta.DocdeltaError`) for a one-line error and exit status 2. The command gets the
    plugin selection flags and every active plugin's options, as ``compare`` does; its own
    arguments come from ``add_arguments(parser)``, called only when it runs or help is shown.
    ``compare`` and ``plugins`` are docdelta's own names.

    :param register: call ``register(Command(name, function, description, add_arguments))``.
    :returns: nothing.

    Example::

        def add_arguments(parser):
            parser.add_argument("documents", nargs="+")

        def count_words(session, args):
            for path in args.documents:
                document = session.parse(Path(path))
                print(path, len(document.text.split()))
            return 0

        @hookimpl
        def docdelta_register_commands(register):
            register(Command("words", count_words, "Count each document's words.", add_arguments))
    """
