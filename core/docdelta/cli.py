"""The ``docdelta`` command.

Exit status as diff(1): 0 no differences, 1 differences, 2 trouble. Errors are
one line on standard error, never a traceback (``DOCDELTA_DEBUG=1`` shows one for
internal errors).

Plugins are chosen before the full parser is built, because plugins add options:
first the selection flags are read (``--plugins``, ``-p``, the environment, the
config file), the plugins are loaded, then the whole command line is parsed, once,
and one :class:`~docdelta.Session` is built with the options it gives.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
import traceback
from pathlib import Path
from collections.abc import Callable, Mapping, Sequence
from typing import Any, NoReturn, TextIO

from docdelta import __version__, coreplugin
from docdelta.config import SELECTION_KEYS, load_file_config
from docdelta.errors import DocdeltaError, UsageError
from docdelta.helptext import normalizers_epilog
from docdelta.interrupts import termination_as_interrupt
from docdelta.options import OptionSpec
from docdelta.output import check_inputs, check_output, choose_format, say_written, terminal_line, write_stdout
from docdelta.pager import show, terminal_width
from docdelta.plugins import PluginHost
from docdelta.session import Session
from docdelta.sources import write_atomic
from docdelta.timelimit import DEFAULT_TIME_LIMIT, time_limit_value

__all__ = ["main"]

EXIT_SAME, EXIT_DIFFERENT, EXIT_TROUBLE = 0, 1, 2
#: The commands of docdelta itself; plugins add others through ``docdelta_register_commands``.
BUILTIN_COMMANDS = ("compare", "plugins")

DESCRIPTION = "Compare versions of a text: what changed, what moved, and whether the facts changed."
EPILOG = """\
plugin selection (on every command):
  by default every installed plugin is active, bundled and third-party;
  -p no:NAME disables one, --plugins NAME,NAME activates exactly those.
  DOCDELTA_PLUGINS sets the --plugins default; DOCDELTA_DISABLE_PLUGIN_AUTOLOAD=1
  loads no third-party plugins. Defaults can live in docdelta.toml or in
  [tool.docdelta] of pyproject.toml in the current directory.
  A plugin call that runs past --plugin-timeout (DOCDELTA_PLUGIN_TIMEOUT,
  default 60 s) is stopped and reported as that plugin's failure.

exit status: 0 no differences, 1 differences, 2 trouble.
"""


class _Parser(argparse.ArgumentParser):
    """argparse, with one-line errors that point at --help."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see '{self.prog} --help')")


def _add_selection(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("plugin selection")
    group.add_argument(
        "-p",
        dest="plugin_flags",
        action="append",
        default=[],
        metavar="no:NAME",
        help="disable plugin NAME with no:NAME (repeatable); -p NAME re-enables one",
    )
    group.add_argument(
        "--plugins",
        metavar="NAME,NAME",
        help="activate exactly these plugins (default: $DOCDELTA_PLUGINS, the config file, or all installed)",
    )
    group.add_argument(
        "--strict", action="store_true", default=None, help="make plugin failures an error (exit 2) instead of a warning"
    )
    group.add_argument(
        "--plugin-timeout", metavar="SECONDS",
        help="stop a plugin call that runs longer, as that plugin's failure: a safety net against plugins "
        f"that hang, not a bound on work (default: $DOCDELTA_PLUGIN_TIMEOUT, the config file, or {DEFAULT_TIME_LIMIT:g}; 0: none)",
    )
    group.add_argument(
        "--trace-plugins", action="store_true", default=None,
        help="print every hook call, its arguments and its result to standard error (pluggy's trace; "
        "also DOCDELTA_TRACE_PLUGINS=1)",
    )


def _selection(argv: Sequence[str], environ: Mapping[str, str], file_config: Mapping[str, Any]) -> dict[str, Any]:
    pre = _Parser(add_help=False)
    _add_selection(pre)
    known, _rest = pre.parse_known_args(argv)
    plugins: list[str] | None = None
    if known.plugins is not None:
        plugins = _split(known.plugins)
    elif environ.get("DOCDELTA_PLUGINS"):
        plugins = _split(environ["DOCDELTA_PLUGINS"])
    elif file_config.get("plugins") is not None:
        plugins = list(file_config["plugins"])
    disable = list(file_config.get("disable", []))
    for flag in known.plugin_flags:
        if flag.startswith("no:"):
            disable.append(flag[3:])
        else:
            if flag in disable:
                disable.remove(flag)
            if plugins is not None and flag not in plugins:
                plugins.append(flag)
    strict = known.strict if known.strict is not None else bool(file_config.get("strict", False))
    autoload = environ.get("DOCDELTA_DISABLE_PLUGIN_AUTOLOAD", "") in ("", "0")
    trace = bool(known.trace_plugins) or environ.get("DOCDELTA_TRACE_PLUGINS", "") not in ("", "0")
    return {
        "plugins": plugins, "disable": disable, "strict": strict, "autoload": autoload, "trace": trace,
        "plugin_timeout": _plugin_timeout(known.plugin_timeout, environ, file_config),
    }


def _plugin_timeout(given: str | None, environ: Mapping[str, str], file_config: Mapping[str, Any]) -> float:
    """The plugin time limit: the flag's, else the environment's, else the config file's, else the default."""
    for value, where in (
        (given, "--plugin-timeout"),
        (environ.get("DOCDELTA_PLUGIN_TIMEOUT") or None, "DOCDELTA_PLUGIN_TIMEOUT"),
        (file_config.get("plugin-timeout"), f"{file_config.path}: plugin-timeout"),
    ):
        if value is not None:
            try:
                return time_limit_value(value, where)
            except ValueError as exc:
                raise UsageError(str(exc)) from None
    return DEFAULT_TIME_LIMIT


def _split(value: str) -> list[str]:
    return [part.strip() for part in value.split(",") if part.strip()]


def _add_plugin_options(parser: argparse.ArgumentParser, host: PluginHost) -> None:
    groups: dict[str, argparse._ArgumentGroup] = {}
    for spec in host.option_specs.values():
        try:
            _add_option(parser, groups, spec)
        except argparse.ArgumentError as exc:  # a plugin's option named like a docdelta flag (--format)
            host.report_failure(spec.plugin, "docdelta_addoption", exc)


def _add_option(parser: argparse.ArgumentParser, groups: dict[str, argparse._ArgumentGroup], spec: OptionSpec) -> None:
    if spec.plugin not in groups:
        title = "comparison options" if spec.plugin == "core" else f"options from plugin '{spec.plugin}'"
        groups[spec.plugin] = parser.add_argument_group(title)
    group = groups[spec.plugin]
    flag = f"--{spec.name}"
    dest = f"option:{spec.name}"
    default_text = "" if spec.type is tuple else f" (default: {spec.default})"
    if spec.type is bool:
        group.add_argument(
            flag, dest=dest, action=argparse.BooleanOptionalAction, default=argparse.SUPPRESS,
            help=f"{spec.help}{default_text}",
        )
    elif spec.type is tuple:
        group.add_argument(
            flag, dest=dest, action="append", default=argparse.SUPPRESS, metavar=spec.metavar or "VALUE",
            help=spec.help,
        )
    else:
        # With choices and no metavar, argparse shows the choices: --granularity {sentence,word,char}.
        metavar = spec.metavar or (None if spec.choices else spec.type.__name__.upper())
        group.add_argument(
            flag, dest=dest, default=argparse.SUPPRESS, metavar=metavar,
            choices=spec.choices, type=spec.type, help=f"{spec.help}{default_text}",
        )


def _given_options(namespace: argparse.Namespace) -> dict[str, Any]:
    given = {}
    for dest, value in vars(namespace).items():
        if dest.startswith("option:"):
            if isinstance(value, list):
                value = tuple(part for item in value for part in _split(item))
            given[dest[len("option:") :]] = value
    return given


def build_parser(host: PluginHost, invoked: str | None = None) -> argparse.ArgumentParser:
    """The full parser, with the options and the commands of ``host``'s plugins.

    A plugin command's own arguments (and the imports they need) are added only when ``invoked``
    is that command, or none or unknown (help): the other commands never need them.
    """
    parser = _Parser(prog="docdelta", description=DESCRIPTION, epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"docdelta {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    compare = commands.add_parser(
        "compare",
        help="compare two documents",
        description="Compare OLD with NEW and report what changed. Use - for standard input (one side only).",
        epilog=normalizers_epilog(host) + EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    compare.add_argument(
        "documents",
        nargs="*",
        metavar="DOCUMENT",
        help="OLD NEW: the earlier and the later document (a file, or - for standard input); "
        "more than two make a series, each compared with the next",
    )
    series = compare.add_argument_group("many documents")
    series.add_argument(
        "--series", metavar="DIR",
        help="compare the files in DIR as a series, ordered by their date metadata, then by name; "
        "undated files come first (by name), each with a warning saying so",
    )
    series.add_argument(
        "--against-first", action="store_true", help="in a series, compare every version with the first"
    )
    series.add_argument(
        "--matrix", action="store_true",
        help="the documents are reports of one event by different outlets, shown side by side (the "
        "claims plugin: a claim matrix, each quantity's majority value and the reports that disagree)",
    )
    output = compare.add_argument_group("output")
    output.add_argument(
        "-o", "--output", metavar="FILE",
        help="write the report to FILE (atomically) instead of standard output; its extension chooses the format "
        "unless --format does, and one line on standard error says where it went",
    )
    output.add_argument("-q", "--quiet", action="store_true", help="with -o, do not say where the report went")
    output.add_argument("--force", action="store_true", help="replace FILE even when it is read-only")
    formats = ", ".join(host.renderers) or "none (no renderer plugin is active)"
    output.add_argument(
        "-f", "--format", metavar="NAME",
        help=f"report format: {formats} (default: from -o's extension, else the config file's format, else text)",
    )
    output.add_argument(
        "--color", choices=("auto", "always", "never"), default="auto",
        help="colour terminal output: auto (on a terminal, unless NO_COLOR is set), always, never",
    )
    output.add_argument(
        "--no-pager", action="store_true",
        help="on a terminal, write the report directly instead of through $DOCDELTA_PAGER, $PAGER or 'less -FRX'",
    )
    _add_selection(compare)
    _add_plugin_options(compare, host)

    plugins = commands.add_parser(
        "plugins",
        help="list plugins: origin, status, hooks and what each provides",
        description="List every plugin docdelta knows: where it comes from, whether it is active, "
        "the hooks it implements and what it provides.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    plugins.add_argument("--json", action="store_true", help="print JSON for machines")
    _add_selection(plugins)

    for name, command in host.commands.items():
        if name in BUILTIN_COMMANDS:
            error = ValueError(f"command '{name}' is docdelta's own")
            host.report_failure(host.owners[("commands", name)], "docdelta_register_commands", error)
            continue
        parser_of_command = commands.add_parser(
            name,
            help=command.description,
            description=command.description,
            epilog=(command.epilog + "\n" if command.epilog else "") + EPILOG.split("\nexit status")[0],
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        # Only the command that runs (or help) needs its arguments, and their imports.
        if invoked in (None, name) or invoked not in {*BUILTIN_COMMANDS, *host.commands}:
            host.add_command_arguments(name, parser_of_command)
            _add_selection(parser_of_command)
            _add_plugin_options(parser_of_command, host)
    return parser


def main(argv: Sequence[str] | None = None, *, environ: Mapping[str, str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    argv = list(sys.argv[1:] if argv is None else argv)
    environ = os.environ if environ is None else environ
    try:
        with termination_as_interrupt():  # kill and a closed terminal clean up as Ctrl-C does
            return _run(argv, environ)
    except DocdeltaError as exc:
        _error(str(exc))
        return EXIT_TROUBLE
    except KeyboardInterrupt:
        _error("interrupted")
        return 130
    except BrokenPipeError:
        sys.stderr.close()  # the reader went away (e.g. | head): nothing more to say
        return EXIT_TROUBLE
    except Exception as exc:  # a bug in docdelta: one line, the traceback on request
        if environ.get("DOCDELTA_DEBUG"):
            traceback.print_exc()
        _error(f"internal error: {type(exc).__name__}: {exc} (set DOCDELTA_DEBUG=1 for a traceback, and please report it)")
        return EXIT_TROUBLE


def _error(message: str) -> None:
    print(f"docdelta: error: {terminal_line(message)}", file=sys.stderr)


def _warn(messages: Sequence[str], stream: TextIO) -> None:
    for message in messages:
        print(f"docdelta: warning: {terminal_line(message)}", file=stream)


def _run(argv: list[str], environ: Mapping[str, str]) -> int:
    file_config = load_file_config()
    selection = _selection(argv, environ, file_config)
    with _plugins_print_to_stderr():
        host = PluginHost(
            select=selection["plugins"],
            disable=selection["disable"],
            autoload=selection["autoload"],
            strict=selection["strict"],
            core_plugin=coreplugin,
            trace=sys.stderr.write if selection["trace"] else None,
            time_limit=selection["plugin_timeout"],
        )
        parser = build_parser(host, argv[0] if argv else None)
    if not argv:
        parser.print_help()
        return EXIT_TROUBLE
    args = parser.parse_args(argv)
    if args.command == "plugins":
        return _plugins(host, args)
    file_options = {key: value for key, value in file_config.items() if key not in SELECTION_KEYS}
    try:
        session = Session(
            selection["plugins"],
            disable=selection["disable"],
            options={**file_options, **_given_options(args)},
            autoload=selection["autoload"],
            strict=selection["strict"],
            plugin_timeout=selection["plugin_timeout"],
            host=host,
        )
    except UsageError as exc:
        # argparse has checked the flags' values (types, choices) and names: a wrong option is the file's.
        if file_config.path is None:
            raise
        raise UsageError(f"{file_config.path}: {exc}") from None
    if args.command == "compare":
        return _compare(session, args, file_config, environ)
    return host.run_command(args.command, session, args)


def _plugins_print_to_stderr() -> contextlib.AbstractContextManager[Any]:
    """Standard output is the report's (or the listing's): what plugin code prints goes to standard error.

    Commands own standard output, so they run outside this; what native code writes to file
    descriptor 1 directly is not redirected.
    """
    return contextlib.redirect_stdout(sys.stderr)


def _plugins(host: PluginHost, args: argparse.Namespace) -> int:
    infos = host.plugin_infos()
    if args.json:
        print(json.dumps([info.to_dict() for info in infos], indent=2))
        return EXIT_SAME
    for info in infos:
        origin = info.origin if not info.distribution or info.origin == "bundled" else f"{info.distribution} {info.version}"
        print(f"{info.name}  [{info.status}]  {origin}")
        if info.error:
            print(f"    error: {info.error}")
        if info.hooks:
            print(f"    hooks: {', '.join(info.hooks)}")
        for kind, names in info.provides.items():
            print(f"    {kind}: {', '.join(names)}")
    _warn(host.warnings, sys.stderr)
    return EXIT_SAME


def _documents(args: argparse.Namespace) -> list[str]:
    documents = list(args.documents)
    if args.series:
        folder = Path(args.series)
        if not folder.is_dir():
            raise UsageError(f"{folder}: --series needs a directory of documents")
        documents += sorted(str(p) for p in folder.iterdir() if p.is_file() and not p.name.startswith("."))
    if len(documents) < 2:
        raise UsageError(f"compare needs two documents (OLD NEW) or more, got {len(documents)} (see 'docdelta compare --help')")
    if documents.count("-") > 1:
        raise UsageError("standard input ('-') can be only one of the documents")
    return documents


#: Inputs above this many bytes in all take seconds to compare: say so on a terminal.
LARGE_INPUT = 1_000_000


def _note_large(documents: Sequence[str]) -> None:
    size = sum(os.path.getsize(d) for d in documents if d != "-" and os.path.isfile(d))
    if size > LARGE_INPUT and sys.stderr.isatty():
        print(f"docdelta: comparing {size / 1e6:.1f} MB of text; this can take a minute", file=sys.stderr, flush=True)


def _compare(
    session: Session, args: argparse.Namespace, file_config: Mapping[str, Any], environ: Mapping[str, str]
) -> int:
    documents = _documents(args)
    if args.output == "-":  # as in most tools: standard output
        args.output = None
    if args.output is None and sys.stdout is None:
        raise UsageError("standard output is closed; write the report to a file with -o FILE")
    is_series = len(documents) > 2 or args.series or args.against_first or args.matrix
    format_name = choose_format(session, given=args.format, output=args.output, file_config=file_config)
    session.renderer(format_name, series=bool(is_series))  # before the comparison: a wrong format costs nothing
    check_inputs(documents)
    if args.output:
        check_output(args.output, documents, force=args.force)
    _note_large(documents)
    with _plugins_print_to_stderr():
        if is_series:
            mode = "matrix" if args.matrix else "against-first" if args.against_first else "timeline"
            report = session.compare_series([Path(d) for d in documents], mode=mode, by_date=bool(args.series))
        else:
            report = session.compare(Path(documents[0]), Path(documents[1]))
    _warn(report.warnings, sys.stderr)

    if args.color == "always":
        color = True
    elif args.color == "never" or args.output or environ.get("NO_COLOR"):
        color = False
    else:
        color = sys.stdout.isatty()
    width = 0 if args.output else terminal_width(sys.stdout)

    def render_to(write: Callable[[str | bytes], None]) -> None:
        with _plugins_print_to_stderr():
            session.render_to(report, write, format_name, color=color, width=width)

    if args.output:
        write_atomic(args.output, render_to)  # written as it is made: a large report is never held whole
        if not args.quiet:
            say_written(args.output, report, sys.stderr)
    elif format_name == "json":
        write_stdout(render_to)  # JSON is UTF-8 bytes whatever the terminal's encoding
    else:
        with _plugins_print_to_stderr():
            output = session.render(report, format_name, color=color, width=width)
        if isinstance(output, bytes):
            write_stdout(output)
        else:
            show(output, sys.stdout, environ, page=not args.no_pager)
    return EXIT_DIFFERENT if report.has_changes else EXIT_SAME
