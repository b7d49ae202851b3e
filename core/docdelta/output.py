"""Where the command line writes: refusing output files it must not replace, and
writing reports and messages so that no terminal or reader is misled.

Files are told apart by device and inode (``os.stat``), so a link, ``/dev/stdin`` or
``/proc/self/fd/0`` names the file it leads to, and ``-`` names what standard input is.
"""

from __future__ import annotations

import os
import re
import stat
import sys
from collections.abc import Sequence

from docdelta.errors import OutputError, UsageError

__all__ = ["check_inputs", "check_output", "terminal_line", "write_stdout"]

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


def write_stdout(output: str | bytes, format_name: str) -> None:
    """Write a rendered report to standard output.

    JSON is written as UTF-8 bytes whatever the terminal's encoding (RFC 8259: JSON
    exchanged between systems is UTF-8); other text that the terminal cannot encode
    gets ``\\uXXXX`` escapes (``LANG=C``), not a crash.
    """
    if isinstance(output, str) and format_name == "json":
        output = output.encode("utf-8")
    if isinstance(output, bytes):
        sys.stdout.flush()
        sys.stdout.buffer.write(output)
        sys.stdout.buffer.flush()
        return
    sys.stdout.reconfigure(errors="backslashreplace")  # type: ignore[union-attr]
    sys.stdout.write(output)
    sys.stdout.flush()
