"""Finding, choosing and calling plugins.

Bundled plugins and third-party ones are found the same way: through the
``docdelta`` entry-point group. Those from the ``docdelta`` distribution itself
are "bundled"; ``DOCDELTA_DISABLE_PLUGIN_AUTOLOAD`` skips the others.

:class:`PluginHost` owns one pluggy manager; nothing here is global, so two hosts
with different plugin sets live side by side in one process.
"""

from __future__ import annotations

import functools
import importlib.metadata
import inspect
from collections.abc import Callable, Generator, Iterator, Mapping, Sequence
from contextlib import contextmanager, nullcontext
from contextvars import ContextVar
from types import MappingProxyType, ModuleType
from typing import Any, Literal

import pluggy
from attrs import define, field

from docdelta import hookspecs
from docdelta.boundary import changed_fields, finding_problem, frozen_state, restore
from docdelta.errors import DocdeltaError, PluginError, UsageError
from docdelta.model import Check, Command, Comparison, Document, Finding, Normalizer, Renderer, Section, Source, as_tuple
from docdelta.options import OptionParser, OptionSpec
from docdelta.timelimit import DEFAULT_TIME_LIMIT, NormalizerProgress, PluginTimeout, TimeLimit

__all__ = ["ENTRY_POINT_GROUP", "Fault", "NormalizerFailed", "PluginHost", "PluginInfo", "discover", "running_plugin"]

ENTRY_POINT_GROUP = "docdelta"
CORE_DISTRIBUTION = "docdelta"

Status = Literal["active", "disabled", "failed"]

#: What a plugin may raise that is *not* reported as its failure: the user's Ctrl-C stops
#: the run, and a generator being closed must close. Anything else is the plugin's fault:
#: SystemExit (a plugin calling sys.exit or argparse must not end docdelta with a status
#: that reads "no differences"), and the BaseException that a native extension raises when
#: its code panics (pyo3's PanicException).
NOT_PLUGIN_FAULTS: tuple[type[BaseException], ...] = (KeyboardInterrupt, GeneratorExit)

#: Who keeps a name two plugins register: the core, then bundled plugins, then the first registered.
_ORIGIN_RANKS = {"core": 0, "bundled": 1}

#: What passes through the plugin guard unchanged: the above, and a DocdeltaError, which a plugin
#: raises on purpose for the user to read (an input it recognises but cannot read), as does the
#: guard of an inner call in strict mode.
_PASSED_THROUGH = (DocdeltaError, *NOT_PLUGIN_FAULTS)


@define(frozen=True)
class PluginInfo:
    """What ``docdelta plugins`` shows about one plugin.

    Attributes:
        name: the entry-point name (what ``-p no:NAME`` and ``--plugins`` take).
        origin: ``core``, ``bundled``, ``third-party`` (an installed distribution) or ``object``
            (passed in from Python).
        distribution / version: the distribution that provides it, if any.
        module: where its code lives.
        status: ``active``, ``disabled`` or ``failed``.
        error: why it failed.
        hooks: the hooks it implements.
        provides: what it registered, by kind (``formats``, ``normalizers``, ``checks``, ``options``).
    """

    name: str
    origin: str
    distribution: str | None = None
    version: str | None = None
    module: str | None = None
    status: Status = "active"
    error: str | None = None
    hooks: tuple[str, ...] = field(converter=as_tuple, default=())
    provides: Mapping[str, tuple[str, ...]] = field(factory=dict, converter=lambda m: MappingProxyType(dict(m)))

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "origin": self.origin,
            "distribution": self.distribution,
            "version": self.version,
            "module": self.module,
            "status": self.status,
            "error": self.error,
            "hooks": list(self.hooks),
            "provides": {kind: list(names) for kind, names in self.provides.items()},
        }


@define(frozen=True)
class _Candidate:
    name: str
    origin: str
    load: Callable[[], Any]
    distribution: str | None = None
    version: str | None = None
    module: str | None = None


def discover(autoload: bool = True) -> list[_Candidate]:
    """Entry points of the ``docdelta`` group: bundled ones always, third-party ones if ``autoload``."""
    candidates = []
    seen = set()
    # Each metadata read parses the whole METADATA file: once per distribution, not per entry point.
    described: dict[int, tuple[str, str]] = {}
    for entry_point in sorted(importlib.metadata.entry_points(group=ENTRY_POINT_GROUP), key=lambda ep: ep.name):
        dist = entry_point.dist
        if dist is not None and id(dist) not in described:
            described[id(dist)] = (dist.metadata["Name"], dist.version)
        dist_name, version = described[id(dist)] if dist is not None else (None, None)
        bundled = dist_name is not None and dist_name.lower() == CORE_DISTRIBUTION
        if not bundled and not autoload:
            continue
        if entry_point.name in seen:
            continue
        seen.add(entry_point.name)
        candidates.append(
            _Candidate(
                name=entry_point.name,
                origin="bundled" if bundled else "third-party",
                load=entry_point.load,
                distribution=dist_name,
                version=version,
                module=entry_point.value,
            )
        )
    return candidates


def plugin_name(plugin: object) -> str:
    """The name a plugin object registers under: ``docdelta_name``, else its module or class name."""
    explicit = getattr(plugin, "docdelta_name", None)
    if isinstance(explicit, str):
        return explicit
    if inspect.ismodule(plugin):
        return plugin.__name__.rpartition(".")[2].removeprefix("docdelta_")
    return type(plugin).__name__


@define(frozen=True)
class Fault:
    """What :meth:`PluginHost.call` returns when the plugin code it called failed (already reported).

    Attributes:
        plugin: the plugin whose code failed.
        stage: the hook or component it failed in (``docdelta_parse``, ``check 'boom'``).
        error: the exception, on one line.
    """

    plugin: str
    stage: str
    error: str


#: The plugin whose code runs now: register callbacks and the option parser name what they
#: receive after it (pluggy hands every implementation of a hook the same arguments).
_RUNNING: ContextVar[str] = ContextVar("docdelta_running_plugin", default="core")


def running_plugin() -> str:
    """The name of the plugin whose hook implementation or component is running."""
    return _RUNNING.get()


class PluginHost:
    """One set of loaded plugins and everything they registered; the only caller of plugin code.

    Hooks are called through pluggy (``pm.hook.docdelta_parse(...)``), so ``firstresult``,
    ``tryfirst``/``trylast``, hook wrappers (``@hookimpl(wrapper=True)``) and pluggy's tracing work
    as plugin authors know them from pytest. Each plugin is registered behind a guard
    (:meth:`_guarded`) whose every implementation goes through :meth:`call`, as do the components
    plugins register (normalizers, checks, renderers, commands). Every plugin failure ends in
    :meth:`caught`, the one place where it is judged and reported, naming the plugin and the hook.
    Pipeline and session code call the typed methods (:meth:`parse`, :meth:`run_checks`,
    :meth:`normalization_key`, :meth:`render`), never plugin functions.

    :param select: names of installed plugins to activate, exactly; ``None`` for all.
    :param disable: names to leave out (``-p no:NAME``).
    :param extra: plugin objects (modules or instances) to register without an entry point.
    :param autoload: load third-party entry points.
    :param strict: a plugin failure raises :class:`PluginError` instead of a warning.
    :param core_plugin: the core's own hook implementations (its options).
    :param trace: where pluggy's hook-call trace goes (e.g. ``sys.stderr.write``); ``None``: nowhere.
    :param time_limit: seconds one call of plugin code may run before it is stopped as a
        failure (0: no limit); see :mod:`docdelta.timelimit`. A command is the whole run and has
        none; the plugin calls it makes each have theirs.
    """

    def __init__(
        self,
        *,
        select: Sequence[str] | None = None,
        disable: Sequence[str] = (),
        extra: Sequence[object] = (),
        autoload: bool = True,
        strict: bool = False,
        core_plugin: object | None = None,
        trace: Callable[[str], object] | None = None,
        time_limit: float = DEFAULT_TIME_LIMIT,
    ) -> None:
        self.strict = strict
        self.time_limit = TimeLimit(time_limit)
        self.warnings: list[str] = []
        self._pm = pluggy.PluginManager("docdelta")
        self._pm.add_hookspecs(hookspecs)
        if trace is not None:
            self._pm.trace.root.setwriter(trace)
            self._pm.enable_tracing()
        self._infos: dict[str, PluginInfo] = {}
        self._provides: dict[str, dict[str, list[str]]] = {}
        #: (registry kind, registered name) -> the plugin that registered it.
        self.owners: dict[tuple[str, str], str] = {}
        #: plugin name -> its precedence when two register one name: core, bundled, then registration order.
        self._precedence: dict[str, tuple[int, int]] = {}

        candidates = discover(autoload)
        known = [c.name for c in candidates] + [plugin_name(p) for p in extra]
        for name in [*(select or ()), *disable]:
            if name not in known:
                listing = ", ".join(sorted(known)) or "none"
                raise UsageError(f"unknown plugin '{name}' (installed plugins: {listing})")

        for candidate in candidates:
            chosen = (select is None or candidate.name in select) and candidate.name not in disable
            if not chosen:
                self._infos[candidate.name] = _info(candidate, status="disabled")
                continue
            plugin = self.call(candidate.name, "import", candidate.load)
            if isinstance(plugin, Fault):  # a broken third-party plugin must not take the tool down
                self._infos[candidate.name] = _info(candidate, status="failed", error=plugin.error)
                continue
            self._register(candidate.name, plugin, candidate)
        for plugin in extra:
            name = plugin_name(plugin)
            if name in disable:
                continue
            module = getattr(plugin, "__name__", type(plugin).__module__)
            self._register(name, plugin, _Candidate(name, "object", lambda p=plugin: p, module=module))
        # Registered last, the core's implementations run first (pluggy calls the latest first):
        # its options are declared before any plugin's, so a plugin that redeclares one fails, not the core.
        if core_plugin is not None:
            self._register("core", core_plugin, _Candidate("core", "core", lambda: core_plugin, module="docdelta"))

        self.option_specs = self._collect_options()
        self.normalizers: Mapping[str, Normalizer] = self._collect("docdelta_register_normalizers", Normalizer, "normalizers")
        self.checks: Mapping[str, Check] = self._collect("docdelta_register_checks", Check, "checks")
        self.renderers: Mapping[str, Renderer] = self._collect("docdelta_register_renderers", Renderer, "formats")
        self.commands: Mapping[str, Command] = self._collect("docdelta_register_commands", Command, "commands")

    # -- loading -------------------------------------------------------------

    def _register(self, name: str, plugin: object, candidate: _Candidate) -> None:
        if self._pm.has_plugin(name):
            self._fail(candidate, ValueError(f"another plugin is already registered as '{name}'"))
            return
        guarded = self._guarded(name, plugin)
        try:
            self._pm.register(guarded, name=name)
            self._pm.check_pending()
        except (pluggy.PluginValidationError, ValueError) as exc:
            if self._pm.is_registered(guarded):
                self._pm.unregister(guarded)
            self._fail(candidate, exc)
            return
        self._infos[name] = _info(candidate, status="active")
        self._provides[name] = {}
        self._precedence[name] = (_ORIGIN_RANKS.get(candidate.origin, len(_ORIGIN_RANKS)), len(self._precedence))

    def _fail(self, candidate: _Candidate, exc: BaseException) -> None:
        self._infos[candidate.name] = _info(candidate, status="failed", error=_one_line(exc))
        self.report_failure(candidate.name, "register", exc)

    def _guarded(self, name: str, plugin: object) -> ModuleType:
        """What pluggy registers for ``plugin``: its hook implementations, each calling through :meth:`call`.

        ``functools.wraps`` keeps each implementation's signature (pluggy reads the argument names
        through ``__wrapped__``) and its ``@hookimpl`` options (``wrapper``, ``tryfirst``, ``specname``).
        A module, because pluggy scans a module's few attributes fastest (an object's every inherited
        attribute took it 3 ms a session).
        """
        guarded = ModuleType(f"docdelta.guarded.{name}")
        for attribute in dir(plugin):
            options = self._pm.parse_hookimpl_opts(plugin, attribute)
            if options is None:
                continue
            function = getattr(plugin, attribute)
            hook = options.get("specname") or attribute
            problem = _RESULT_PROBLEMS.get(hook)
            if options.get("wrapper"):
                implementation = self._guarded_wrapper(name, hook, function, problem)
            else:
                implementation = self._guarded_implementation(name, hook, function, problem)
            # The options may sit on a staticmethod or classmethod object, which wraps does not see.
            setattr(implementation, f"{self._pm.project_name}_impl", options)
            setattr(guarded, attribute, implementation)
        return guarded

    def _guarded_implementation(
        self, plugin: str, hook: str, function: Callable[..., Any], problem: Callable[[Any], str | None] | None
    ) -> Callable[..., Any]:
        @functools.wraps(function)
        def guarded(*args: Any) -> Any:
            result = self.call(plugin, hook, function, *args, problem=problem)
            return None if isinstance(result, Fault) else result  # None: pluggy goes on to the next plugin

        return guarded

    def _guarded_wrapper(
        self, plugin: str, hook: str, function: Callable[..., Any], problem: Callable[[Any], str | None] | None
    ) -> Callable[..., Any]:
        """A plugin's ``wrapper=True`` implementation behind the guard: if its code before or after the
        ``yield`` fails, the hook call goes on (or ends) as if the wrapper were not there."""

        @functools.wraps(function)
        def guarded(*args: Any) -> Generator[None, Any, Any]:
            steps = function(*args)
            if isinstance(self.call(plugin, hook, next, steps), Fault):
                return (yield)
            try:
                result = yield
            except BaseException:
                steps.close()  # no plugin's fault (those are caught inside): let the wrapper clean up
                raise
            outcome = self.call(plugin, hook, _wrapper_outcome, steps, result, problem=problem)
            return result if isinstance(outcome, Fault) else outcome

        return guarded

    # -- calling -------------------------------------------------------------

    def call(
        self,
        plugin: str,
        stage: str,
        function: Callable[..., Any],
        *args: Any,
        problem: Callable[[Any], str | None] | None = None,
        fatal: bool = False,
        timed: bool = True,
    ) -> Any:
        """Call plugin code: its result, or a :class:`Fault` once the failure is reported.

        ``problem(result)`` names what is wrong with a result of the wrong shape (a plugin bug).
        What the plugin raises goes to :meth:`caught`, as does running past the time limit
        (unless not ``timed``).
        """
        running = _RUNNING.set(plugin)
        try:
            with self.time_limit.call(plugin, stage) if timed else nullcontext():
                result = function(*args)
        except BaseException as exc:
            return self.caught(plugin, stage, exc, fatal=fatal)
        finally:
            _RUNNING.reset(running)
        wrong = None if problem is None else problem(result)
        if wrong is not None:
            return self.caught(plugin, stage, TypeError(f"{wrong} (plugin bug)"), fatal=fatal)
        return result

    def caught(self, plugin: str, stage: str, exc: BaseException, *, fatal: bool = False) -> Fault:
        """The one place a plugin's failure is judged and reported (every guard ends here).

        What a plugin raises is its failure, except a :class:`~docdelta.DocdeltaError` (a
        deliberate, user-facing error) and what :data:`NOT_PLUGIN_FAULTS` lists, which are raised
        again. A failure is a warning naming ``plugin`` and ``stage``, or a :class:`PluginError`
        when the host is strict or the call ``fatal`` (there is nothing to show without it).
        """
        if isinstance(exc, _PASSED_THROUGH):
            raise exc
        if isinstance(exc, PluginTimeout) and (exc.plugin, exc.stage) != (plugin, stage):
            raise exc  # the time limit of the call this one runs inside: that call's failure
        self.report_failure(plugin, stage, exc, fatal=fatal)
        return Fault(plugin, stage, _one_line(exc))

    def report_failure(self, plugin: str, stage: str, exc: BaseException, *, fatal: bool = False) -> None:
        """Record a plugin's failure as a warning (raise it as a :class:`PluginError` when strict or ``fatal``)."""
        message = f"plugin '{plugin}' failed in {stage}: {_one_line(exc)}"
        if self.strict or fatal:
            raise PluginError(message) from exc
        if message not in self.warnings:  # a long-lived session reports each failure once
            self.warnings.append(message)

    def parse(self, source: Source, options: Mapping[str, Any]) -> Document | None:
        """The first plugin's :class:`Document` for ``source``; ``None`` when every plugin declines."""
        return self._pm.hook.docdelta_parse(source=source, options=options)

    def run_checks(self, comparison: Comparison) -> tuple[Finding, ...]:
        """Every registered check's findings, in registration order; a failing check adds none, and
        a check that changes the comparison it was given none either (the change is undone).
        A finding whose fields or spans are wrong is left out, with a warning."""
        findings: list[Finding] = []
        for name, check in self.checks.items():
            plugin = self.owners[("checks", name)]
            stage = f"check '{name}'"
            with self._unchanged(plugin, stage, comparison) as intact:
                produced = self.call(plugin, stage, _materialise, check.function, comparison, problem=_findings_problem)
            if isinstance(produced, Fault) or not intact():
                continue
            for position, finding in enumerate(produced):
                problem = finding_problem(finding, comparison.old.text, comparison.new.text) or self._claimed_check(
                    finding, plugin
                )
                if problem is None:
                    findings.append(finding)
                else:
                    error = ValueError(f"finding {position + 1} ({_kind(finding)}) is left out: {problem}")
                    self.report_failure(plugin, stage, error)
        return tuple(findings)

    def _claimed_check(self, finding: Finding, plugin: str) -> str | None:
        """A finding may name any check but another plugin's: readers of the report (the claims
        sections, batch's counts, the JSON schema) take a check's findings to be that check's."""
        owner = self.owners.get(("checks", finding.check))
        if owner is None or owner == plugin:
            return None
        return f"it names check '{finding.check}', which is plugin '{owner}''s"

    @contextmanager
    def _unchanged(self, plugin: str, stage: str, shared: Any) -> Iterator[Callable[[], bool]]:
        """Hand ``shared`` (a comparison, a report) to plugin code in the block; after it, put back
        any of its fields the code replaced, and report the plugin. Yields whether it was left as it was."""
        state = frozen_state(shared)
        changed: list[str] = []
        yield lambda: not changed
        changed.extend(changed_fields(state))
        if changed:
            restore(state)
            error = RuntimeError(
                f"changed the {type(shared).__name__.lower()} it was given ({', '.join(changed)}), which is "
                "frozen and shared with every plugin: the change is undone and its result left out"
            )
            self.report_failure(plugin, stage, error, fatal=stage.startswith("renderer"))

    def normalization_key(self, names: Sequence[str], progress: NormalizerProgress | None = None) -> Callable[[str], str]:
        """One key function applying the normalizers ``names`` in order. A normalizer that fails
        is reported and raises :class:`NormalizerFailed`: the comparison is redone without it.
        The key notes each call in ``progress``, for :meth:`normalizers_timed`.

        The engine asks once per distinct token, thousands of times a comparison: the loop calls
        the normalizers itself, inside one ``try`` (free when nothing is raised), and hands a
        failure to :meth:`caught` as :meth:`call` does; through :meth:`call` it took 5 times longer.
        """
        progress = NormalizerProgress() if progress is None else progress
        chain = [
            (self.normalizers[name].function, (self.owners[("normalizers", name)], f"normalizer '{name}'", name))
            for name in names
        ]

        def key(token: str) -> str:
            value = token
            for function, running in chain:
                progress.calls += 1
                progress.running = running
                try:
                    value = function(value)
                except BaseException as exc:
                    raise self._normalizer_failed(running, exc) from exc
                if not isinstance(value, str):
                    raise self._normalizer_failed(running, TypeError(f"{_text_problem(value)} (plugin bug)"))
                if not value:
                    break
            progress.running = None
            return value

        return key

    def _normalizer_failed(self, running: tuple[str, str, str], exc: BaseException) -> NormalizerFailed:
        plugin, stage, name = running
        self.caught(plugin, stage, exc)
        return NormalizerFailed(name)

    @contextmanager
    def normalizers_timed(self, progress: NormalizerProgress) -> Iterator[None]:
        """Run the block (a diff with the key made with ``progress``) under the time limit of normalizer calls.
        A normalizer that outlasts it is reported and :class:`NormalizerFailed` raised."""
        try:
            with self.time_limit.normalizers(progress):
                yield
        except PluginTimeout as exc:
            if progress.running is None:  # not a normalizer's: the limit of a call this diff runs inside
                raise
            raise self._normalizer_failed(progress.running, exc) from exc

    def render(self, format: str, report: Any, context: Any, *, series: bool = False) -> str | bytes:
        """``report`` in ``format`` (a series report with ``series``); a failing renderer is an error."""
        renderer = self.renderers[format]
        function = renderer.series if series else renderer.function
        plugin = self.owners[("formats", format)]
        stage = f"renderer '{format}'"
        with self._unchanged(plugin, stage, report):
            return self.call(plugin, stage, function, report, context, problem=_output_problem, fatal=True)

    def render_to(self, format: str, report: Any, context: Any, write: Callable[[str | bytes], None]) -> None:
        """``report`` in ``format``, handed to ``write`` in the pieces the renderer's ``stream``
        makes (in one piece without a ``stream``); a failing renderer is an error. The pieces are
        drawn inside the renderer's call: its time limit and its failures cover them all."""
        renderer = self.renderers[format]
        if renderer.stream is None:
            write(self.render(format, report, context))
            return
        plugin = self.owners[("formats", format)]
        stage = f"renderer '{format}'"
        with self._unchanged(plugin, stage, report):
            self.call(plugin, stage, _drain, renderer.stream, report, context, write, problem=_pieces_problem, fatal=True)

    def report_sections(self, report: Any) -> tuple[Section, ...]:
        """Every plugin's contributed sections for ``report``, in plugin order."""
        return _in_plugin_order(self._pm.hook.docdelta_report_sections(report=report))

    def series_sections(self, series: Any) -> tuple[Section, ...]:
        """Every plugin's contributed sections for a series of documents, in plugin order."""
        return _in_plugin_order(self._pm.hook.docdelta_series_sections(series=series))

    def render_page(self, format: str, title: str, sections: Sequence[Section], context: Any) -> str:
        """A standalone page of ``sections`` in ``format`` (whose renderer has ``page``); a failure is an error."""
        page = self.renderers[format].page
        plugin = self.owners[("formats", format)]
        return self.call(plugin, f"renderer '{format}'", page, title, sections, context, problem=_page_problem, fatal=True)

    def run_command(self, name: str, session: Any, args: Any) -> int:
        """Run the registered command ``name``; a command that fails is an error (exit status 2)."""
        plugin = self.owners[("commands", name)]
        # A command is the whole run (a batch of thousands of comparisons): no time limit of its own.
        command = self.commands[name].function
        return self.call(plugin, f"command '{name}'", command, session, args, problem=_status_problem, fatal=True, timed=False)

    def add_command_arguments(self, name: str, parser: Any) -> None:
        """Let the command ``name`` add its arguments to ``parser``; a failure is an error."""
        add_arguments = self.commands[name].add_arguments
        if add_arguments is not None:
            self.call(self.owners[("commands", name)], f"command '{name}'", add_arguments, parser, fatal=True)

    def _collect_options(self) -> Mapping[str, OptionSpec]:
        parser = OptionParser(
            declarer=running_plugin,
            keeps=lambda first, second: self._precedence[first] < self._precedence[second],
            displaced=lambda plugin, error: self.report_failure(plugin, "docdelta_addoption", error),
        )
        self._pm.hook.docdelta_addoption(parser=parser)
        for spec in sorted(parser.specs.values(), key=lambda spec: spec.name):
            self._provides[spec.plugin].setdefault("options", []).append(spec.name)
        return parser.specs

    def _collect(self, hook_name: str, kind: type, provides: str) -> Mapping[str, Any]:
        registry: dict[str, Any] = {}

        def register(item: Any) -> None:
            if not isinstance(item, kind):
                raise TypeError(f"{hook_name} must register {kind.__name__} objects, not {type(item).__name__}")
            plugin = running_plugin()
            if item.name in registry:
                owner = self.owners[(provides, item.name)]
                keeper, refused = sorted((owner, plugin), key=self._precedence.__getitem__)
                error = ValueError(
                    f"{kind.__name__.lower()} '{item.name}' is taken by {self._infos[keeper].origin} plugin '{keeper}' "
                    "(bundled plugins keep their names, then the first registered): this plugin's is left out"
                )
                self.report_failure(refused, hook_name, error)
                if keeper == owner:
                    return
                # pluggy calls the latest registered first: the newcomer may have come first
                self._provides[owner][provides].remove(item.name)
            registry[item.name] = item
            self.owners[(provides, item.name)] = plugin
            self._provides[plugin].setdefault(provides, []).append(item.name)

        getattr(self._pm.hook, hook_name)(register=register)
        return MappingProxyType(registry)

    # -- describing ----------------------------------------------------------

    def plugin_infos(self) -> list[PluginInfo]:
        """Every plugin known to this host, active or not, sorted by name (core first)."""
        infos = []
        for name, info in self._infos.items():
            if info.status == "active":
                plugin = self._pm.get_plugin(name)
                hooks = sorted(caller.name for caller in (self._pm.get_hookcallers(plugin) or ()))
                provides = {kind: tuple(names) for kind, names in sorted(self._provides.get(name, {}).items()) if names}
                info = PluginInfo(
                    name=info.name, origin=info.origin, distribution=info.distribution, version=info.version,
                    module=info.module, status="active", hooks=hooks, provides=provides,
                )
            infos.append(info)
        return sorted(infos, key=lambda i: (i.origin != "core", i.name))

    @property
    def active(self) -> tuple[str, ...]:
        return tuple(info.name for info in self.plugin_infos() if info.status == "active")


def _in_plugin_order(contributed: list[list[Section]]) -> tuple[Section, ...]:
    # pluggy calls the latest registered first: reversed, the sections come in registration order.
    return tuple(section for sections in reversed(contributed) for section in sections)


class NormalizerFailed(Exception):
    """A normalizer failed (and was reported) mid-comparison: the diff is redone without it."""

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name


def _wrapper_outcome(steps: Generator[None, Any, Any], result: Any) -> Any:
    """Send a ``wrapper=True`` implementation the inner result; what it returns is the hook's result."""
    try:
        steps.send(result)
    except StopIteration as stop:
        return stop.value
    raise RuntimeError("a wrapper=True implementation must yield exactly once")


def _kind(finding: Finding) -> str:
    return f"kind {finding.kind!r}" if isinstance(finding.kind, str) else "kind not a string"


def _materialise(function: Callable[[Comparison], Any], comparison: Comparison) -> list[Any]:
    return list(function(comparison) or ())


def _document_problem(document: Any) -> str | None:
    """What in a parser's result the engine cannot work with (attrs does not check types), if anything."""
    if document is None:
        return None
    if not isinstance(document, Document):
        return f"returned {type(document).__name__}, not a Document"
    for field_name in ("name", "text", "encoding", "parser"):
        value = getattr(document, field_name)
        if not isinstance(value, str):
            return f"returned a Document whose {field_name} is {type(value).__name__}, not str"
    for key, value in document.metadata.items():  # header fields: every renderer shows them as text
        if not isinstance(key, str) or not isinstance(value, str):
            return f"returned a Document whose metadata {key!r} is {type(value).__name__}, not str (keys and values are text)"
    return None


def _findings_problem(produced: list[Any]) -> str | None:
    wrong = next((item for item in produced if not isinstance(item, Finding)), None)
    return None if wrong is None else f"returned {type(wrong).__name__}, not Finding"


def _text_problem(value: Any) -> str:
    return f"returned {type(value).__name__}, not str"


def _page_problem(output: Any) -> str | None:
    return None if isinstance(output, str) else f"returned {type(output).__name__}, not str"


def _status_problem(status: Any) -> str | None:
    return None if type(status) is int else f"returned {type(status).__name__}, not an exit status (int)"


def _drain(stream: Callable[..., Any], report: Any, context: Any, write: Callable[[str | bytes], None]) -> Any:
    """Hand each piece ``stream`` makes to ``write``; the first piece that is not text, if any."""
    for piece in stream(report, context):
        if not isinstance(piece, str):
            return piece
        write(piece)
    return None


def _pieces_problem(wrong: Any) -> str | None:
    return None if wrong is None else f"its stream made a piece of type {type(wrong).__name__}, not str"


def _output_problem(output: Any) -> str | None:
    return None if isinstance(output, (str, bytes)) else f"returned {type(output).__name__}, not str or bytes"


def _sections_problem(sections: Any) -> str | None:
    if sections is None:
        return None
    if not isinstance(sections, (list, tuple)):
        return f"returned {type(sections).__name__}, not a list of Section"
    wrong = next((item for item in sections if not isinstance(item, Section)), None)
    return None if wrong is None else f"returned {type(wrong).__name__}, not Section"


#: Hooks whose results the host checks before anyone uses them.
_RESULT_PROBLEMS: dict[str, Callable[[Any], str | None]] = {
    "docdelta_parse": _document_problem,
    "docdelta_report_sections": _sections_problem,
    "docdelta_series_sections": _sections_problem,
}


def _one_line(exc: BaseException) -> str:
    """``Type: message`` on one line (pluggy's validation errors span several). Of an exception
    raised with a message and more (attrs' validators add the attribute, the type and the value),
    the message: the default ``str`` would show them all as a tuple."""
    many = len(exc.args) > 1 and isinstance(exc.args[0], str) and type(exc).__str__ is BaseException.__str__
    lines = [line.strip() for line in (exc.args[0] if many else str(exc)).splitlines() if line.strip()]
    return f"{type(exc).__name__}: {'; '.join(lines)}" if lines else type(exc).__name__


def _info(candidate: _Candidate, *, status: Status, error: str | None = None) -> PluginInfo:
    return PluginInfo(
        name=candidate.name,
        origin=candidate.origin,
        distribution=candidate.distribution,
        version=candidate.version,
        module=candidate.module,
        status=status,
        error=error,
    )
