"""The ``docdelta`` command.

Exit status as diff(1): 0 no differences, 1 differences, 2 trouble. Errors are
one line on standard error, never a traceback (``DOCDELTA_DEBUG=1`` shows one for
internal errors).

Plugins are chosen before the full parser is built, because plugins add options:
first the selection flags are read (``--plugins``, ``-p``, the environment, the
config file), the plugins are loaded, then the whole command line is parsed.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import traceback
from pathlib import Path
from collections.abc import Mapping, Sequence
from typing import Any, NoReturn, TextIO

from docdelta import __version__
from docdelta.config import SELECTION_KEYS, load_file_config
from docdelta.errors import DocdeltaError, UsageError
from docdelta.options import OptionSpec
from docdelta.output import check_inputs, check_output, terminal_line, write_stdout
from docdelta.session import Session
from docdelta.sources import write_atomic

__all__ = ["main"]

EXIT_SAME, EXIT_DIFFERENT, EXIT_TROUBLE = 0, 1, 2

DESCRIPTION = "Compare versions of a text: what changed, what moved, and whether the facts changed."
EPILOG = """\
plugin selection (on every command):
  by default every installed plugin is active, bundled and third-party;
  -p no:NAME disables one, --plugins NAME,NAME activates exactly those.
  DOCDELTA_PLUGINS sets the --plugins default; DOCDELTA_DISABLE_PLUGIN_AUTOLOAD=1
  loads no third-party plugins. Defaults can live in docdelta.toml or in
  [tool.docdelta] of pyproject.toml in the current directory.

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
    return {"plugins": plugins, "disable": disable, "strict": strict, "autoload": autoload}


def _split(value: str) -> list[str]:
    return [part.strip() for part in value.split(",") if part.strip()]


def _add_plugin_options(parser: argparse.ArgumentParser, session: Session) -> None:
    groups: dict[str, argparse._ArgumentGroup] = {}
    for spec in session.host.option_specs.values():
        try:
            _add_option(parser, groups, spec)
        except argparse.ArgumentError as exc:  # a plugin's option named like a docdelta flag (--format)
            session.host.report_failure(spec.plugin, "docdelta_addoption", exc)


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
        group.add_argument(
            flag, dest=dest, default=argparse.SUPPRESS, metavar=spec.metavar or spec.type.__name__.upper(),
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


def build_parser(session: Session | None, command: str | None = None) -> argparse.ArgumentParser:
    """The full parser; with a session, its plugins' options are included.

    ``batch``'s own arguments (and the batch module, with its imports) are added only when
    ``command`` is ``batch`` or unknown (help): the other commands never need them.
    """
    parser = _Parser(prog="docdelta", description=DESCRIPTION, epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"docdelta {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    compare = commands.add_parser(
        "compare",
        help="compare two documents",
        description="Compare OLD with NEW and report what changed. Use - for standard input (one side only).",
        epilog=EPILOG,
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
        help="compare the files in DIR as a series, ordered by their date metadata, then by name",
    )
    series.add_argument(
        "--against-first", action="store_true", help="in a series, compare every version with the first"
    )
    series.add_argument(
        "--matrix", action="store_true",
        help="the documents are reports of one event by different outlets: show a claim matrix "
        "with the majority value and the dissenting documents",
    )
    output = compare.add_argument_group("output")
    output.add_argument("-o", "--output", metavar="FILE", help="write the report to FILE (atomically) instead of standard output")
    output.add_argument("--force", action="store_true", help="replace FILE even when it is read-only")
    formats = ", ".join(session.formats) if session is not None else "see 'docdelta plugins'"
    output.add_argument(
        "-f", "--format", metavar="NAME",
        help=f"report format: {formats} (default: from -o's extension, else text)",
    )
    output.add_argument(
        "--color", choices=("auto", "always", "never"), default="auto",
        help="colour terminal output: auto (on a terminal, unless NO_COLOR is set), always, never",
    )
    _add_selection(compare)
    if session is not None:
        _add_plugin_options(compare, session)

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

    batch_help = "compare many pairs of documents (a manifest or a folder) in parallel, resumably"
    if command in ("compare", "plugins"):
        commands.add_parser("batch", help=batch_help)
        return parser
    from docdelta.batch import BATCH_EPILOG, add_batch_arguments

    batch = commands.add_parser(
        "batch",
        help=batch_help,
        description="Compare every item of MANIFEST (or --pairs DIR); write each report, summary.jsonl "
        "and index.html to OUTDIR.",
        epilog=BATCH_EPILOG + "\n" + EPILOG.split("\nexit status")[0],
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_batch_arguments(batch)
    _add_selection(batch)
    if session is not None:
        _add_plugin_options(batch, session)
    return parser


def main(argv: Sequence[str] | None = None, *, environ: Mapping[str, str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    argv = list(sys.argv[1:] if argv is None else argv)
    environ = os.environ if environ is None else environ
    try:
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
    if not argv or argv[0] in ("-h", "--help", "--version") or argv[0] not in ("compare", "plugins", "batch"):
        parser = build_parser(None)
        if not argv:
            parser.print_help()
            return EXIT_TROUBLE
        parser.parse_args(argv)
        return EXIT_TROUBLE
    file_config = load_file_config()
    selection = _selection(argv[1:], environ, file_config)
    session = Session(
        selection["plugins"],
        disable=selection["disable"],
        autoload=selection["autoload"],
        strict=selection["strict"],
    )
    args = build_parser(session, argv[0]).parse_args(argv)
    if args.command == "plugins":
        return _plugins(session, args)
    file_options = {key: value for key, value in file_config.items() if key not in SELECTION_KEYS}
    if file_options:
        try:
            session.with_options(file_options)
        except UsageError as exc:
            raise UsageError(f"{file_config.path}: {exc}") from None
    session = session.with_options({**file_options, **_given_options(args)})
    if args.command == "batch":
        from docdelta.batch import batch_command

        return batch_command(session, args)
    return _compare(session, args, file_config.get("format"))


def _plugins(session: Session, args: argparse.Namespace) -> int:
    infos = session.plugins
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
    _warn(session.warnings, sys.stderr)
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


def _compare(session: Session, args: argparse.Namespace, file_format: str | None) -> int:
    documents = _documents(args)
    if args.output == "-":  # as in most tools: standard output
        args.output = None
    if args.output is None and sys.stdout is None:
        raise UsageError("standard output is closed; write the report to a file with -o FILE")
    is_series = len(documents) > 2 or args.series or args.against_first or args.matrix
    format_name = args.format or file_format
    if format_name is None and args.output:
        format_name = session.format_for_path(args.output)
        if format_name is None:
            raise UsageError(f"{args.output}: cannot tell the format from its extension; add --format NAME ({', '.join(session.formats)})")
    if format_name is None:
        format_name = "text" if "text" in session.formats else next(iter(session.formats), "text")
    if format_name not in session.formats:
        listing = ", ".join(session.formats) or "none (no renderer plugin is active)"
        raise UsageError(f"unknown format '{format_name}' (formats: {listing})")

    if is_series and session.host.renderers[format_name].series is None:
        able = ", ".join(n for n, r in session.host.renderers.items() if r.series is not None) or "none"
        raise UsageError(f"format '{format_name}' cannot show a series of documents (formats that can: {able})")
    check_inputs(documents)
    if args.output:
        check_output(args.output, documents, force=args.force)
    _note_large(documents)
    if is_series:
        mode = "matrix" if args.matrix else "against-first" if args.against_first else "timeline"
        report = session.compare_series([Path(d) for d in documents], mode=mode, by_date=bool(args.series))
    else:
        report = session.compare(Path(documents[0]), Path(documents[1]))
    _warn(report.warnings, sys.stderr)

    if args.color == "always":
        color = True
    elif args.color == "never" or args.output or os.environ.get("NO_COLOR"):
        color = False
    else:
        color = sys.stdout.isatty()
    width = shutil.get_terminal_size((100, 24)).columns
    output = session.render(report, format_name, color=color, width=width)
    if args.output:
        write_atomic(args.output, output)
    else:
        write_stdout(output, format_name)
    return EXIT_DIFFERENT if report.has_changes else EXIT_SAME
