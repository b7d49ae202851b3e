"""Options: declared by plugins (and the core) through ``docdelta_addoption``.

An option has a name (``include-ignored``), a default whose type is the option's
type, and help text. Values are plain data (bool, int, float, str, tuple of str),
so a comparison's configuration can be sent to another process as JSON.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from types import MappingProxyType
from typing import Any

from attrs import define, field

from docdelta.errors import UsageError

__all__ = ["OptionSpec", "OptionParser", "canonical_name", "resolve_options"]


def canonical_name(name: str) -> str:
    """Option names are compared with ``_`` and ``-`` alike: ``include_ignored`` is ``include-ignored``."""
    return name.strip().lstrip("-").replace("_", "-")


@define(frozen=True)
class OptionSpec:
    """One declared option.

    Attributes:
        name: canonical name, with dashes.
        default: the value when nobody sets it; its type is the option's type
            (a tuple default makes a repeatable/comma-separated list of strings).
        help: one line for ``--help``.
        plugin: the plugin that declared it.
        choices: allowed values, if restricted.
        metavar: how ``--help`` shows the value.
    """

    name: str
    default: Any
    help: str
    plugin: str
    choices: tuple[Any, ...] | None = field(default=None)
    metavar: str | None = None

    @property
    def type(self) -> type:
        return type(self.default)

    def convert(self, value: Any, where: str) -> Any:
        """Check and convert a value from the API, the CLI or a config file."""
        kind = self.type
        try:
            if kind is bool:
                if isinstance(value, str):
                    lowered = value.strip().lower()
                    if lowered in ("1", "true", "yes", "on"):
                        value = True
                    elif lowered in ("0", "false", "no", "off"):
                        value = False
                    else:
                        raise ValueError(value)
                elif not isinstance(value, bool):
                    raise ValueError(value)
            elif kind is tuple:
                if isinstance(value, str):
                    value = tuple(part.strip() for part in value.split(",") if part.strip())
                else:
                    value = tuple(str(part) for part in value)
            elif kind in (int, float):
                if isinstance(value, bool):
                    raise ValueError(value)
                value = kind(value)
            elif kind is str:
                if not isinstance(value, str):
                    raise ValueError(value)
        except (TypeError, ValueError):
            raise UsageError(
                f"{where}: option '{self.name}' takes {_type_word(kind)}, not {value!r}"
            ) from None
        if self.choices is not None and value not in self.choices:
            allowed = ", ".join(str(choice) for choice in self.choices)
            raise UsageError(f"{where}: option '{self.name}' must be one of {allowed}, not {value!r}")
        return value


def _type_word(kind: type) -> str:
    return {
        bool: "true or false",
        int: "a whole number",
        float: "a number",
        str: "a string",
        tuple: "a list of names",
    }.get(kind, kind.__name__)


class OptionParser:
    """What ``docdelta_addoption`` receives: collects option declarations.

    :param declarer: names the plugin declaring an option now (the plugin host's running plugin).
    :param keeps: ``keeps(first, second)``: whether the plugin that declared an option first keeps
        it when another declares it too (else the option is the second's, and ``displaced`` is
        told). By default the first always does.
    :param displaced: ``displaced(plugin, error)``: ``plugin``'s option went to another.
    """

    def __init__(
        self,
        declarer: Callable[[], str] = lambda: "core",
        keeps: Callable[[str, str], bool] = lambda first, second: True,
        displaced: Callable[[str, Exception], None] | None = None,
    ) -> None:
        self._specs: dict[str, OptionSpec] = {}
        self._declarer = declarer
        self._keeps = keeps
        self._displaced = displaced

    def add_option(
        self,
        name: str,
        *,
        default: Any,
        help: str,
        choices: Iterable[Any] | None = None,
        metavar: str | None = None,
    ) -> None:
        """Declare an option; the type of ``default`` is the option's type.

        :param name: e.g. ``"quotes-min-words"``; becomes ``--quotes-min-words``.
        :param default: ``bool``, ``int``, ``float``, ``str`` or a ``tuple`` of str.
        :param help: one line for ``--help``.
        :param choices: restrict the allowed values.
        :param metavar: how ``--help`` shows the value.
        """
        canonical = canonical_name(name)
        plugin = self._declarer()
        if canonical in self._specs:
            other = self._specs[canonical].plugin
            error = ValueError(f"option '{canonical}' is declared twice (by {other} and {plugin})")
            if self._keeps(other, plugin) or self._displaced is None:
                raise error
            self._displaced(other, error)
        if not isinstance(default, (bool, int, float, str, tuple)):
            raise TypeError(f"option '{canonical}': default must be bool, int, float, str or tuple")
        self._specs[canonical] = OptionSpec(
            name=canonical,
            default=default,
            help=help,
            plugin=plugin,
            choices=tuple(choices) if choices is not None else None,
            metavar=metavar,
        )

    @property
    def specs(self) -> Mapping[str, OptionSpec]:
        return MappingProxyType(self._specs)


def resolve_options(
    specs: Mapping[str, OptionSpec], given: Mapping[str, Any], where: str = "options"
) -> Mapping[str, Any]:
    """Defaults overlaid with ``given`` values, checked and converted; unknown names are an error."""
    values = {name: spec.default for name, spec in specs.items()}
    for raw_name, value in given.items():
        name = canonical_name(raw_name)
        spec = specs.get(name)
        if spec is None:
            known = ", ".join(sorted(specs))
            raise UsageError(f"{where}: unknown option '{raw_name}' (known options: {known})")
        values[name] = spec.convert(value, where)
    return MappingProxyType(dict(sorted(values.items())))
