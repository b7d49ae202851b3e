"""Showing a report on a terminal as git does: through a pager, wrapped to the terminal's width.

When standard output is a terminal, the report goes through ``$DOCDELTA_PAGER``, else
``$PAGER``, else ``less``; ``less`` gets ``LESS=FRX`` unless ``LESS`` is set (quit if the
report fits on one screen, pass colours through, leave the report on the screen). An empty
pager or ``cat`` means none. Piped or redirected, a report is written as it is, its lines
not wrapped at all: the reader (a file, ``grep``, another tool) decides.
"""

from __future__ import annotations

import shutil
from collections.abc import Mapping
from typing import TextIO

__all__ = ["pager_command", "terminal_width", "show"]

#: What ``less`` is told when ``LESS`` is not set, as git does: quit if one screen, colours, no clearing.
LESS_DEFAULT = "FRX"


def terminal_width(stream: TextIO) -> int:
    """The terminal's width in columns when ``stream`` is a terminal, else 0 (do not wrap)."""
    if not _is_terminal(stream):
        return 0
    return shutil.get_terminal_size((80, 24)).columns


def pager_command(environ: Mapping[str, str]) -> str | None:
    """The pager's shell command (``DOCDELTA_PAGER``, ``PAGER``, then ``less``), ``None`` for none."""
    for name in ("DOCDELTA_PAGER", "PAGER"):
        if name in environ:
            command = environ[name].strip()
            return None if command in ("", "cat") else command
    return "less"


def show(text: str, stream: TextIO, environ: Mapping[str, str], *, page: bool = True) -> None:
    """Write ``text`` to ``stream``, through the pager when ``page`` is true and ``stream`` is a terminal.

    A pager that cannot be started (not installed) is skipped: the text is written directly.
    """
    command = pager_command(environ) if page and _is_terminal(stream) else None
    if command is not None and _through_pager(text, command, stream, environ):
        return
    # A terminal that cannot show a character (LANG=C) gets \uXXXX, not a crash.
    stream.reconfigure(errors="backslashreplace")
    stream.write(text)
    stream.flush()


def _through_pager(text: str, command: str, stream: TextIO, environ: Mapping[str, str]) -> bool:
    """Run ``command`` (through the shell, as git does) with ``text`` on its input; False if it did not start."""
    import subprocess  # here: a report piped or written to a file never needs it, and it costs start-up time

    env = dict(environ)
    env.setdefault("LESS", LESS_DEFAULT)
    env.setdefault("LV", "-c")  # lv's own switch for colours
    encoding = stream.encoding or "utf-8"
    stream.flush()
    try:
        pager = subprocess.Popen(command, shell=True, stdin=subprocess.PIPE, stdout=stream, env=env)
    except OSError:
        return False
    assert pager.stdin is not None
    try:
        pager.stdin.write(text.encode(encoding, errors="backslashreplace"))
        pager.stdin.close()
    except BrokenPipeError:  # the reader quit the pager before the end: nothing more to show
        pass
    while True:
        try:
            pager.wait()
            break
        except KeyboardInterrupt:  # Ctrl-C belongs to the pager (less stops a search with it)
            continue
    return pager.returncode != 127  # the shell's "command not found": the pager is not installed


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # a closed stream, or a stand-in without isatty
        return False
