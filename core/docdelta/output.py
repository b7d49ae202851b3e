"""Where the command line writes: the format a report is written in, refusing output files it
must not replace, and writing reports and messages so that no terminal or reader is misled.

The format is, first to last: ``--format``; the extension of ``-o FILE`` (``r.txt`` is text
even when the config file's ``format`` says html); the config file's ``format``; text.

Files are told apart by device and inode (``os.stat``), so a link, ``/dev/stdin`` or
``/proc/self/fd/0`` names the file it leads to, and ``-`` names what standard input is.
"""

from __future__ import annotations

import os
import re
import stat
import sys
from collections.abc import Mapping, Sequence
from pathlib import PurePath
from typing import Any, TextIO

from docdelta.errors import OutputError, UsageError
from docdelta.model import Report
from docdelta.series import SeriesReport
from docdelta.session import Session
from docdelta.sources import Output

__all__ = ["check_inputs", "check_output", "choose_format", "say_written", "terminal_line", "write_stdout"]

#: Characters a terminal may act on or reorder: C0 and C1 controls (ESC starts colour,
#: title and cursor sequences; U+009B and U+009D are CSI and OSC on their own; a newline
#: would split a one-line error), DEL, and the Unicode bidirectional controls (U+202E
#: shows ``txt.exe`` as ``exe.txt``) and line separators.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def terminal_line(message: str) -> str:
    """``message`` with every character of :data:`_UNSAFE` written as its Python escape
    (``\\x1b``, ``\\n``, ``\\u202e``), as ``repr`` would: shown, never acted on."""
    return _UNSAFE.sub(lambda match: repr(match.group())[1:-1], message)


def _stat(path: str) -> os.stat_result | None:
    """What ``path`` is (``-``: standard input), following links; ``None`` if nothing is there."""
    try:
        return os.fstat(0) if path == "-" else os.stat(path)
    except (OSError, ValueError):
        return None


def _label(path: str) -> str:
    return "standard input" if path == "-" else path


def check_inputs(documents: Sequence[str]) -> None:
    """Refuse two documents that are one stream (a pipe, a terminal), such as ``-`` and
    ``/dev/stdin``: the first read would leave the second nothing. A regular file named
    twice reads alike both times and is allowed."""
    seen: dict[tuple[int, int], int] = {}
    for position, path in enumerate(documents):
        found = _stat(path)
        if found is None or stat.S_ISREG(found.st_mode):
            continue
        first = seen.setdefault((found.st_dev, found.st_ino), position)
        if first != position:
            raise UsageError(
                f"{terminal_line(_label(documents[first]))} and {terminal_line(_label(path))} are the same stream, "
                "which can be read only once; save it to a file and name that file"
            )


def check_output(output: str, documents: Sequence[str], *, force: bool = False) -> None:
    """Refuse to write the report to ``output`` when it is one of the ``documents`` (by device
    and inode: through ``-``, ``/dev/stdin`` or a link), or, unless ``force``, a read-only file.

    Called before the comparison, so that nothing is done for a report that cannot be kept.
    """
    target = _stat(output)
    if target is None:
        return
    shown = terminal_line(output)
    for path in documents:
        found = _stat(path)
        if found is not None and (found.st_dev, found.st_ino) == (target.st_dev, target.st_ino):
            also = "" if path == output else f" ({terminal_line(_label(path))})"
            raise OutputError(f"{shown}: is one of the inputs{also}; refusing to overwrite it, choose another -o")
    # os.access alone says yes to root: a file with no write bit at all is read-only for this purpose too.
    read_only = not target.st_mode & 0o222 or not os.access(output, os.W_OK)
    if stat.S_ISREG(target.st_mode) and read_only and not force:
        raise OutputError(f"{shown}: is read-only; refusing to replace it (add --force to replace it anyway)")


def write_stdout(output: Output) -> None:
    """Write a report that is data (JSON, or a renderer's bytes) to standard output as bytes:
    UTF-8 whatever the terminal's encoding (RFC 8259: JSON exchanged between systems is UTF-8).
    ``output`` may hand its text in pieces (:data:`docdelta.sources.Output`). Text for people
    goes through :func:`docdelta.pager.show` instead."""
    sys.stdout.flush()
    stream = sys.stdout.buffer  # taken now: what makes the pieces may redirect sys.stdout meanwhile

    def write(piece: str | bytes) -> None:
        stream.write(piece.encode("utf-8") if isinstance(piece, str) else piece)

    if callable(output):
        output(write)
    else:
        write(output)
    stream.flush()


def choose_format(session: Session, *, given: str | None, output: str | None, file_config: Mapping[str, Any]) -> str:
    """The format to render in; :class:`UsageError` naming the file or the format when there is none."""
    name = given
    if name is None and output is not None:
        name = session.format_for_path(output)
        suffix = PurePath(output).suffix
        # A name with no extension takes the config file's format; one with an extension no
        # active format writes is an error, not a file of another format under that name.
        if name is None and (suffix or file_config.get("format") is None):
            raise UsageError(f"{output}: {_no_format_for(session, suffix, file_config)}")
    if name is None:
        name = file_config.get("format")
    if name is None:
        name = "text" if "text" in session.formats else next(iter(session.formats), "text")
    if name not in session.formats:
        listing = ", ".join(session.formats) or "none (no renderer plugin is active)"
        raise UsageError(f"unknown format '{name}' (formats: {listing}){_inactive_hint(session, name, file_config)}")
    return name


def _no_format_for(session: Session, suffix: str, file_config: Mapping[str, Any]) -> str:
    extensions = " ".join(sorted(ext for renderer in session.host.renderers.values() for ext in renderer.extensions))
    what = f"no active format writes '{suffix}' files" if suffix else "cannot tell the format without an extension"
    limited = _limited_by(file_config)
    return (
        f"{what}; name it with one of {extensions or '(none)'}, or add --format NAME "
        f"({', '.join(session.formats) or 'no renderer plugin is active'})"
        + (f"; {limited} chooses the plugins" if limited else "")
    )


def _limited_by(file_config: Mapping[str, Any]) -> Any:
    """The config file's path when it chooses the plugins (``plugins`` or ``disable``), else ``None``."""
    path = getattr(file_config, "path", None)
    return path if path is not None and ("plugins" in file_config or "disable" in file_config) else None


def _inactive_hint(session: Session, name: str, file_config: Mapping[str, Any]) -> str:
    """Why a bundled format's plugin (named like the format) is missing, when it is installed but not active."""
    if not any(info.name == name and info.status == "disabled" for info in session.plugins):
        return ""
    limited = _limited_by(file_config)
    if limited:
        return f"; plugin '{name}' is installed but {limited} leaves it out: add it there, or -p {name} for one run"
    return f"; plugin '{name}' is installed but not active: -p {name} activates it"


def say_written(path: str, report: Report | SeriesReport, stream: TextIO) -> None:
    """One line on ``stream``: where the report went and how many findings it holds."""
    if isinstance(report, SeriesReport):
        findings = sum(len(step.findings) for step in report.steps)
        what = f"{len(report.documents)} documents, {findings} finding{'s' if findings != 1 else ''}"
    else:
        findings = len(report.findings)
        what = f"{findings} finding{'s' if findings != 1 else ''}"
    print(f"wrote {path} ({what})", file=stream)
