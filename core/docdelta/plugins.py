"""Finding, choosing and calling plugins.

Bundled plugins and third-party ones are found the same way: through the
``docdelta`` entry-point group. Those from the ``docdelta`` distribution itself
are "bundled"; ``DOCDELTA_DISABLE_PLUGIN_AUTOLOAD`` skips the others.

:class:`PluginHost` owns one pluggy manager; nothing here is global, so two hosts
with different plugin sets live side by side in one process.
"""

from __future__ import annotations

import importlib.metadata
import inspect
from collections.abc import Callable, Iterator, Mapping, Sequence
from types import MappingProxyType
from typing import Any, Literal

import pluggy
from attrs import define, field

from docdelta import hookspecs
from docdelta.errors import DocdeltaError, PluginError, UsageError
from docdelta.model import Check, Normalizer, Renderer, as_tuple
from docdelta.options import OptionParser, OptionSpec

__all__ = ["ENTRY_POINT_GROUP", "PluginHost", "PluginInfo", "discover", "plugin_fault"]

ENTRY_POINT_GROUP = "docdelta"
CORE_DISTRIBUTION = "docdelta"

Status = Literal["active", "disabled", "failed"]

#: What a plugin may raise that is *not* reported as its failure: the user's Ctrl-C stops
#: the run, and a generator being closed must close. Anything else is the plugin's fault:
#: SystemExit (a plugin calling sys.exit or argparse must not end docdelta with a status
#: that reads "no differences"), and the BaseException that a native extension raises when
#: its code panics (pyo3's PanicException).
NOT_PLUGIN_FAULTS: tuple[type[BaseException], ...] = (KeyboardInterrupt, GeneratorExit)


def plugin_fault(error: BaseException) -> bool:
    """True when ``error``, raised inside a plugin, is that plugin's failure (see :data:`NOT_PLUGIN_FAULTS`)."""
    return not isinstance(error, NOT_PLUGIN_FAULTS)


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


class PluginHost:
    """One set of loaded plugins and everything they registered.

    :param select: names of installed plugins to activate, exactly; ``None`` for all.
    :param disable: names to leave out (``-p no:NAME``).
    :param extra: plugin objects (modules or instances) to register without an entry point.
    :param autoload: load third-party entry points.
    :param strict: a plugin failure raises :class:`PluginError` instead of a warning.
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
    ) -> None:
        self.strict = strict
        self.warnings: list[str] = []
        self._pm = pluggy.PluginManager("docdelta")
        self._pm.add_hookspecs(hookspecs)
        self._infos: dict[str, PluginInfo] = {}
        self._provides: dict[str, dict[str, list[str]]] = {}
        #: (registry kind, registered name) -> the plugin that registered it.
        self.owners: dict[tuple[str, str], str] = {}

        candidates = discover(autoload)
        known = [c.name for c in candidates] + [plugin_name(p) for p in extra]
        for name in [*(select or ()), *disable]:
            if name not in known:
                listing = ", ".join(sorted(known)) or "none"
                raise UsageError(f"unknown plugin '{name}' (installed plugins: {listing})")

        if core_plugin is not None:
            self._register("core", core_plugin, _Candidate("core", "core", lambda: core_plugin, module="docdelta"))
        for candidate in candidates:
            chosen = (select is None or candidate.name in select) and candidate.name not in disable
            if not chosen:
                self._infos[candidate.name] = _info(candidate, status="disabled")
                continue
            try:
                plugin = candidate.load()
            except BaseException as exc:  # a broken third-party plugin must not take the tool down
                if not plugin_fault(exc):
                    raise
                self._fail(candidate, "import", exc)
                continue
            self._register(candidate.name, plugin, candidate)
        for plugin in extra:
            name = plugin_name(plugin)
            if name in disable:
                continue
            module = getattr(plugin, "__name__", type(plugin).__module__)
            self._register(name, plugin, _Candidate(name, "object", lambda p=plugin: p, module=module))

        self.option_specs = self._collect_options()
        self.normalizers: Mapping[str, Normalizer] = self._collect("docdelta_register_normalizers", Normalizer, "normalizers")
        self.checks: Mapping[str, Check] = self._collect("docdelta_register_checks", Check, "checks")
        self.renderers: Mapping[str, Renderer] = self._collect("docdelta_register_renderers", Renderer, "formats")

    # -- loading -------------------------------------------------------------

    def _register(self, name: str, plugin: object, candidate: _Candidate) -> None:
        if self._pm.has_plugin(name):
            self._fail(candidate, "register", ValueError(f"another plugin is already registered as '{name}'"))
            return
        try:
            self._pm.register(plugin, name=name)
            self._pm.check_pending()
        except (pluggy.PluginValidationError, ValueError) as exc:
            if self._pm.is_registered(plugin):
                self._pm.unregister(plugin)
            self._fail(candidate, "register", exc)
            return
        self._infos[name] = _info(candidate, status="active")
        self._provides[name] = {}

    def _fail(self, candidate: _Candidate, stage: str, exc: BaseException) -> None:
        error = _one_line(exc)
        self._infos[candidate.name] = _info(candidate, status="failed", error=error)
        self.report_failure(candidate.name, stage, exc)

    def report_failure(self, plugin: str, stage: str, exc: BaseException) -> str:
        """Record a plugin's failure as a warning (or raise it in strict mode); returns the message."""
        message = f"plugin '{plugin}' failed in {stage}: {_one_line(exc)}"
        if self.strict:
            raise PluginError(message) from exc
        if message not in self.warnings:  # a long-lived session reports each failure once
            self.warnings.append(message)
        return message

    # -- calling -------------------------------------------------------------

    def call_each(self, hook_name: str, **kwargs: Any) -> Iterator[tuple[str, Any]]:
        """Call every implementation of a hook in pluggy's order, one at a time.

        pluggy stops a hook call at the first exception; docdelta calls each
        implementation itself so that one faulty plugin is reported and the others
        still run. Yields ``(plugin_name, result)`` for the implementations that
        returned without raising.
        """
        hook = getattr(self._pm.hook, hook_name)
        for impl in reversed(hook.get_hookimpls()):
            try:
                result = impl.function(*[kwargs[arg] for arg in impl.argnames])
            except DocdeltaError:
                raise  # a deliberate, user-facing error (e.g. an input the plugin cannot read)
            except BaseException as exc:
                if not plugin_fault(exc):
                    raise
                self.report_failure(impl.plugin_name, hook_name, exc)
                continue
            yield impl.plugin_name, result

    def _collect_options(self) -> Mapping[str, OptionSpec]:
        parser = OptionParser()
        hook = self._pm.hook.docdelta_addoption
        # The core declares its options first: a plugin that declares one of them fails, not the core.
        for impl in sorted(reversed(hook.get_hookimpls()), key=lambda impl: impl.plugin_name != "core"):
            before = set(parser.specs)
            try:
                impl.function(*[{"parser": parser.for_plugin(impl.plugin_name)}[a] for a in impl.argnames])
            except BaseException as exc:
                if not plugin_fault(exc):
                    raise
                self.report_failure(impl.plugin_name, "docdelta_addoption", exc)
                continue
            self._provides[impl.plugin_name]["options"] = sorted(set(parser.specs) - before)
        return parser.specs

    def _collect(self, hook_name: str, kind: type, provides: str) -> Mapping[str, Any]:
        registry: dict[str, Any] = {}
        owners: dict[str, str] = {}
        hook = getattr(self._pm.hook, hook_name)
        for impl in reversed(hook.get_hookimpls()):
            plugin = impl.plugin_name
            names: list[str] = []

            def register(item: Any, plugin: str = plugin, names: list[str] = names) -> None:
                if not isinstance(item, kind):
                    raise TypeError(f"{hook_name} must register {kind.__name__} objects, not {type(item).__name__}")
                if item.name in registry:
                    raise ValueError(f"{kind.__name__.lower()} '{item.name}' is already registered by {owners[item.name]}")
                registry[item.name] = item
                owners[item.name] = plugin
                self.owners[(provides, item.name)] = plugin
                names.append(item.name)

            try:
                impl.function(*[{"register": register}[a] for a in impl.argnames])
            except BaseException as exc:
                if not plugin_fault(exc):
                    raise
                self.report_failure(plugin, hook_name, exc)
            if names:
                self._provides[plugin][provides] = names
        return MappingProxyType(registry)

    def parse_hook(self) -> Any:
        return self._pm.hook.docdelta_parse

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


def _one_line(exc: BaseException) -> str:
    """``Type: message`` on one line (pluggy's validation errors span several)."""
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
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
