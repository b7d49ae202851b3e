"""Sessions: a chosen set of plugins and options, ready to compare and render.

A :class:`Session` is the embedding API's unit of configuration. It holds its own
plugin manager, so sessions with different plugins never interfere. Its
:class:`Config` is plain data: send it to another process (as a dict or JSON) and
``Session.from_config`` rebuilds the same session there.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import PurePath
from types import MappingProxyType
from typing import Any

from attrs import define, field

from docdelta import coreplugin
from docdelta.collector import collector_paused
from docdelta.errors import UsageError
from docdelta.model import Document, Renderer, Report, Section, as_tuple
from docdelta.options import canonical_name, resolve_options
from docdelta.ordering import order_by_date
from docdelta.pipeline import compare_documents, compare_sources, parse_source
from docdelta.series import Mode, SeriesReport, build_series
from docdelta.plugins import PluginHost, PluginInfo
from docdelta.sources import Input, read_source
from docdelta.timelimit import DEFAULT_TIME_LIMIT, time_limit_value

__all__ = ["Config", "RenderContext", "Session"]


def _optional_names(value: Sequence[str] | None) -> tuple[str, ...] | None:
    return None if value is None else tuple(value)


def _canonical_keys(options: Mapping[str, Any]) -> dict[str, Any]:
    """Option names as ``Session.options`` spells them, so a Config sent elsewhere reads the same."""
    return {canonical_name(name): value for name, value in options.items()}


@define(frozen=True)
class Config:
    """Everything that determines a session, as plain data.

    Attributes:
        plugins: names of installed plugins to activate, exactly; ``None`` for every installed one.
        disable: names to leave out.
        autoload: load third-party entry points (bundled plugins always load).
        strict: plugin failures are errors instead of warnings.
        plugin_timeout: seconds one plugin call may run before it is stopped as a failure (0: no
            limit); a safety net against plugins that hang, not a bound on work (see :mod:`docdelta.timelimit`).
        options: option values by name (see ``docdelta compare --help``).
    """

    plugins: tuple[str, ...] | None = field(default=None, converter=_optional_names)
    disable: tuple[str, ...] = field(default=(), converter=as_tuple)
    autoload: bool = True
    strict: bool = False
    plugin_timeout: float = field(default=DEFAULT_TIME_LIMIT, converter=lambda v: time_limit_value(v, "plugin_timeout"))
    options: Mapping[str, Any] = field(factory=dict, converter=lambda m: MappingProxyType(_canonical_keys(m)))

    def to_dict(self) -> dict[str, Any]:
        """A JSON-serialisable dict; ``Config.from_dict`` reverses it."""
        return {
            "plugins": None if self.plugins is None else list(self.plugins),
            "disable": list(self.disable),
            "autoload": self.autoload,
            "strict": self.strict,
            "plugin_timeout": self.plugin_timeout,
            "options": {name: list(v) if isinstance(v, tuple) else v for name, v in self.options.items()},
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Config:
        return cls(
            plugins=data.get("plugins"),
            disable=data.get("disable", ()),
            autoload=data.get("autoload", True),
            strict=data.get("strict", False),
            plugin_timeout=data.get("plugin_timeout", DEFAULT_TIME_LIMIT),
            options=data.get("options", {}),
        )


@define(frozen=True)
class RenderContext:
    """What a renderer receives besides the report.

    Attributes:
        options: the session's options.
        color: use ANSI colours (terminal renderers).
        width: the terminal's width in columns; 0 when the output is not a terminal (do not wrap).
        sections: what plugins contribute to the report through ``docdelta_report_sections``
            (to a series: ``docdelta_series_sections``); renderers for people draw each after the
            findings (after a series' overview), or, for a section that names a ``check``, in
            that check's place among the findings.
        step_sections: for a series, what plugins contribute to each step's report, in step order.
    """

    options: Mapping[str, Any] = field(factory=dict)
    color: bool = False
    width: int = 100
    sections: tuple[Section, ...] = field(converter=as_tuple, default=())
    step_sections: tuple[tuple[Section, ...], ...] = field(converter=as_tuple, default=())


class Session:
    """A set of active plugins with their options.

    :param plugins: installed plugin names to activate, exactly (``None``: all installed).
    :param disable: plugin names to leave out.
    :param extra_plugins: plugin objects (modules, instances) registered without an entry point.
    :param options: option values by name (``{"include-ignored": True}``; ``_`` and ``-`` alike).
    :param autoload: load third-party entry-point plugins.
    :param strict: turn plugin failures into :class:`~docdelta.PluginError`.
    :param trace: a function that receives pluggy's hook-call trace, line by line
        (``sys.stderr.write``: what ``docdelta --trace-plugins`` shows); ``None`` for no trace.
    :param plugin_timeout: seconds one call of plugin code may run (0: no limit) before it is
        stopped and reported as that plugin's failure; enforced in the main thread on POSIX only.
    :param host: plugins already loaded with this selection (``plugins``, ``disable``,
        ``extra_plugins``, ``autoload``, ``strict``, ``trace``, ``plugin_timeout``), to use instead of loading them
        again: the command line loads them before it parses, because they add options and commands.

    Sessions are cheap to keep and safe to share between threads: ``compare`` and
    ``render`` do not change the session.
    """

    def __init__(
        self,
        plugins: Sequence[str] | None = None,
        *,
        disable: Sequence[str] = (),
        extra_plugins: Sequence[object] = (),
        options: Mapping[str, Any] | None = None,
        autoload: bool = True,
        strict: bool = False,
        trace: Callable[[str], object] | None = None,
        plugin_timeout: float = DEFAULT_TIME_LIMIT,
        host: PluginHost | None = None,
    ) -> None:
        if isinstance(plugins, str):
            raise TypeError("plugins must be a sequence of names, not one string")
        self._config = Config(
            plugins=plugins, disable=disable, autoload=autoload, strict=strict, plugin_timeout=plugin_timeout,
            options=options or {},
        )
        if host is None:
            host = PluginHost(
                select=plugins,
                disable=disable,
                extra=extra_plugins,
                autoload=autoload,
                strict=strict,
                core_plugin=coreplugin,
                trace=trace,
                time_limit=plugin_timeout,
            )
        self._host = host
        self.options: Mapping[str, Any] = resolve_options(host.option_specs, options or {})

    @classmethod
    def from_config(cls, config: Config | Mapping[str, Any]) -> Session:
        """Rebuild a session from :attr:`config` (or its ``to_dict()``), e.g. in a worker process."""
        if not isinstance(config, Config):
            config = Config.from_dict(config)
        return cls(
            config.plugins,
            disable=config.disable,
            options=config.options,
            autoload=config.autoload,
            strict=config.strict,
            plugin_timeout=config.plugin_timeout,
        )

    def with_options(self, options: Mapping[str, Any]) -> Session:
        """The same plugins (already loaded) with other option values."""
        config = self._config
        return Session(
            config.plugins,
            disable=config.disable,
            options=options,
            autoload=config.autoload,
            strict=config.strict,
            plugin_timeout=config.plugin_timeout,
            host=self._host,
        )

    @property
    def config(self) -> Config:
        """This session's configuration as plain data (plugin objects passed directly are not part of it)."""
        return self._config

    @property
    def host(self) -> PluginHost:
        return self._host

    @property
    def plugins(self) -> list[PluginInfo]:
        """Every known plugin with its status, hooks and what it provides."""
        return self._host.plugin_infos()

    @property
    def formats(self) -> tuple[str, ...]:
        """Names of the output formats the active plugins provide."""
        return tuple(self._host.renderers)

    @property
    def warnings(self) -> tuple[str, ...]:
        """Plugin failures seen so far (loading and hooks)."""
        return tuple(self._host.warnings)

    def parse(self, item: Input, *, name: str | None = None) -> Document:
        """Parse one input (text, bytes, a path or a Source) into a Document."""
        return parse_source(self._host, self._read(item, name), self.options)

    def compare(self, old: Input, new: Input, *, old_name: str | None = None, new_name: str | None = None) -> Report:
        """Compare two inputs: ``str`` is text, ``bytes`` raw data, a ``Path`` a file."""
        return compare_sources(self._host, self.options, self._read(old, old_name), self._read(new, new_name))

    def _read(self, item: Input, name: str | None):
        return read_source(item, name=name, max_size=self.options["max-size"])

    def format_for_path(self, path: str) -> str | None:
        """The format whose renderer declares the extension of ``path``, if any."""
        suffix = PurePath(path).suffix.lower()
        for name, renderer in self._host.renderers.items():
            if suffix and suffix in renderer.extensions:
                return name
        return None

    def compare_series(self, items: Sequence[Input], *, mode: Mode = "timeline", by_date: bool = False) -> SeriesReport:
        """Compare N documents: each with the next (``timeline``), or each with the first
        (``against-first``, and ``matrix`` for N reports of one event by different outlets).

        :param by_date: order the documents by their ``date`` metadata (then name), undated ones
            first with a warning each, instead of the order given (:func:`docdelta.ordering.order_by_date`).
        """
        if mode not in ("timeline", "against-first", "matrix"):
            raise UsageError(f"unknown series mode '{mode}' (modes: timeline, against-first, matrix)")
        if len(items) < 2:
            raise UsageError(f"a series needs at least two documents, got {len(items)}")
        documents = [self.parse(item) for item in items]
        if by_date:
            documents = order_by_date(documents)
        first = documents[0]
        steps = [
            compare_documents(self._host, self.options, first if mode != "timeline" else documents[i], document)
            for i, document in enumerate(documents[1:])
        ]
        return build_series(mode, documents, steps)

    def renderer(self, format: str, *, series: bool = False) -> Renderer:
        """The renderer of ``format``, checked to exist (and, with ``series``, to show a series):
        the one place a format is checked, before a comparison (the CLI) or a rendering."""
        renderer = self._host.renderers.get(format)
        if renderer is None:
            listing = ", ".join(self._host.renderers) or "none (no renderer plugin is active)"
            raise UsageError(f"unknown format '{format}' (formats: {listing})")
        if series and renderer.series is None:
            able = ", ".join(n for n, r in self._host.renderers.items() if r.series is not None) or "none"
            raise UsageError(f"format '{format}' cannot show a series of documents (formats that can: {able})")
        return renderer

    def render_page(self, title: str, sections: Sequence[Section], format: str = "html") -> str:
        """A standalone page of ``sections`` (e.g. an index of many reports) in ``format``."""
        renderer = self.renderer(format)
        if renderer.page is None:
            able = ", ".join(n for n, r in self._host.renderers.items() if r.page is not None) or "none"
            raise UsageError(f"format '{format}' cannot show a page of tables (formats that can: {able})")
        return self._host.render_page(format, title, sections, RenderContext(options=self.options))

    def sections(self, report: Report | SeriesReport) -> tuple[Section, ...]:
        """What the plugins contribute to show with ``report`` (``docdelta_report_sections``), or
        with a series (``docdelta_series_sections``): the tables renderers for people draw."""
        if isinstance(report, SeriesReport):
            return self._host.series_sections(report)
        return self._host.report_sections(report)

    def render(
        self, report: Report | SeriesReport, format: str = "json", *, color: bool = False, width: int = 100
    ) -> str | bytes:
        """Render a report (or a series report) in a registered format."""
        is_series = isinstance(report, SeriesReport)
        context = self._context(report, format, color=color, width=width)
        with collector_paused():  # a report of 10 MB holds millions of objects: see docdelta.collector
            return self._host.render(format, report, context, series=is_series)

    def render_to(
        self,
        report: Report | SeriesReport,
        write: Callable[[str | bytes], None],
        format: str = "json",
        *,
        color: bool = False,
        width: int = 100,
    ) -> None:
        """Render like :meth:`render`, handing the text to ``write`` in pieces as the renderer
        makes them (a renderer with ``stream``, such as ``json``), so that a large report goes to
        its file without being held whole; other renderers' text comes in one piece."""
        if isinstance(report, SeriesReport):
            write(self.render(report, format, color=color, width=width))
            return
        context = self._context(report, format, color=color, width=width)
        with collector_paused():
            self._host.render_to(format, report, context, write)

    def _context(self, report: Report | SeriesReport, format: str, *, color: bool, width: int) -> RenderContext:
        """What a renderer of ``format`` is given beside ``report``."""
        is_series = isinstance(report, SeriesReport)
        renderer = self.renderer(format, series=is_series)
        options = report.steps[0].options if is_series else report.options
        shown = renderer.report_sections
        steps = tuple(self.sections(step) if shown else () for step in report.steps) if is_series else ()
        sections = self.sections(report) if is_series or shown else ()
        return RenderContext(options=options, color=color, width=width, sections=sections, step_sections=steps)
