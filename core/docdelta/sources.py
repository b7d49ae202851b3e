"""Reading inputs and writing outputs safely.

Inputs are read whole, refused with a clear message when they are not files or
are larger than the size limit. Outputs are written atomically: a temporary file
in the same directory, then a rename, so a failure never leaves half a report
behind and never touches an input.
"""

from __future__ import annotations

import os
import secrets
import stat
import sys
from pathlib import Path
from collections.abc import Callable
from typing import BinaryIO, Union

from docdelta.errors import InputError, OutputError
from docdelta.model import Source

__all__ = ["Input", "Output", "read_source", "write_atomic", "DEFAULT_MAX_SIZE"]

#: Inputs larger than this many bytes are refused (option ``max-size``). A word diff needs
#: about 50 bytes of memory per input byte (benchmarks/pathological.py: two 5 MB texts,
#: 18 s, 264 MB), so 16 MiB (some 300 long articles) keeps the worst case near 1 GB.
DEFAULT_MAX_SIZE = 16 * 1024 * 1024

#: What the Python API accepts as a document: text (``str``), raw ``bytes``, a path, or a Source.
Input = Union[str, bytes, "os.PathLike[str]", Source]

#: What :func:`write_atomic` writes: text, bytes, or a function that hands the text in pieces
#: to the ``write`` it is given (``lambda write: session.render_to(report, write)``), so that a
#: large report is written as it is made, never held whole.
Output = Union[str, bytes, Callable[[Callable[[Union[str, bytes]], None]], None]]


def _too_large(name: str, size: int, limit: int) -> InputError:
    return InputError(
        f"{name}: {size:,} bytes is over the size limit of {limit:,} bytes; "
        "raise it with --max-size BYTES (or max-size in docdelta.toml)"
    )


def read_source(item: Input, *, name: str | None = None, max_size: int = DEFAULT_MAX_SIZE, stdin: BinaryIO | None = None) -> Source:
    """A :class:`Source` for anything :data:`Input` allows; ``"-"`` as a path reads standard input."""
    if isinstance(item, Source):
        return item
    if isinstance(item, str):
        return Source.from_text(item, name or "<text>")
    if isinstance(item, (bytes, bytearray, memoryview)):
        return Source(name or "<bytes>", bytes(item))
    path = Path(item)
    if str(path) == "-":
        if stdin is None and sys.stdin is None:
            raise InputError("standard input: is closed; name a file instead of -")
        stream = stdin if stdin is not None else sys.stdin.buffer
        data = stream.read(max_size + 1)
        if len(data) > max_size:
            raise _too_large("standard input", len(data), max_size)
        return Source(name or "-", data)
    label = name or str(path)
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise InputError(f"{label}: is a directory, not a document; name a file")
        if size > max_size:
            raise _too_large(label, size, max_size)
        # The size from stat is 0 for pipes and devices (/dev/zero never ends): bound the read itself.
        with path.open("rb") as stream:
            data = stream.read(max_size + 1)
        if len(data) > max_size:
            raise _too_large(label, len(data), max_size)
    except FileNotFoundError:
        raise InputError(f"{label}: no such file; check the path") from None
    except PermissionError:
        raise InputError(f"{label}: permission denied; check the file's permissions") from None
    except IsADirectoryError:
        raise InputError(f"{label}: is a directory, not a document; name a file") from None
    except OSError as exc:
        raise InputError(f"{label}: cannot be read ({exc.strerror or exc})") from None
    return Source(label, data, path=str(path))


def write_atomic(path: str | os.PathLike[str], data: Output) -> None:
    """Write ``data`` to ``path`` through a temporary file and a rename.

    A symbolic link is followed (the link stays, its target gets the report). A path
    that is not a regular file (``/dev/stdout``, ``/dev/null``, a pipe) is written to
    directly: renaming over it would replace a device with a file.

    The command line refuses an output that is one of its inputs before it gets here
    (:func:`docdelta.output.check_output`).

    :raises OutputError: with a one-line reason; nothing is left behind.
    """
    target = Path(path)
    if target.is_dir():
        raise OutputError(f"{target}: is a directory; give -o a file name")
    if target.exists() and not target.is_file():
        _write_stream(target, data)
        return
    target = Path(os.path.realpath(target))
    directory = target.parent
    if not directory.is_dir():
        raise OutputError(f"{path}: directory {directory} does not exist; create it first")
    mode = stat.S_IMODE(target.stat().st_mode) if target.exists() else 0o644
    # The name is chosen before the file exists (not by tempfile.mkstemp, which creates it and only
    # then returns its name): a SIGTERM raised as KeyboardInterrupt between the two would leave a
    # file nobody knows the name of.
    temporary = directory / f".{target.name}.{secrets.token_hex(6)}.tmp"
    try:
        try:
            descriptor = os.open(temporary, _NEW_FILE, 0o600)
        except OSError as exc:
            raise OutputError(f"{path}: cannot write in {directory} ({exc.strerror or exc}); choose another -o") from None
        with os.fdopen(descriptor, "wb") as stream:
            _write_chunks(stream, data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, target)
    except BaseException as exc:  # also Ctrl-C: the temporary file must not stay behind
        try:
            os.unlink(temporary)
        except OSError:
            pass
        error = exc.error if isinstance(exc, _PieceNotWritten) else exc
        if isinstance(error, OSError):
            raise OutputError(f"{path}: cannot be written ({error.strerror or error}); nothing was written") from None
        raise


#: A temporary file is always new (O_EXCL: never another's file, nor one through a link), and binary.
_NEW_FILE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)


class _PieceNotWritten(OutputError):
    """An ``OSError`` (disk full) while writing a piece of a report: raised through the code that
    makes the pieces (a renderer, whose failures the plugin host reports) as the write's own."""

    def __init__(self, error: OSError) -> None:
        super().__init__(str(error))
        self.error = error


#: Text is encoded this many code points at a time, so that a 50 MB report is never held twice.
_CHUNK = 1 << 20


def _write_chunks(stream: BinaryIO, data: Output) -> None:
    if callable(data):

        def write(piece: str | bytes) -> None:
            try:
                _write_chunks(stream, piece)
            except OSError as exc:
                raise _PieceNotWritten(exc) from exc

        data(write)
        return
    if isinstance(data, bytes):
        stream.write(data)
        return
    for start in range(0, len(data), _CHUNK):
        # A lone surrogate (possible only through the str API) is written as \udXXX, not refused.
        stream.write(data[start : start + _CHUNK].encode("utf-8", "backslashreplace"))


def _write_stream(target: Path, data: Output) -> None:
    try:
        with target.open("wb") as stream:
            _write_chunks(stream, data)
    except (OSError, _PieceNotWritten) as exc:
        error = exc.error if isinstance(exc, _PieceNotWritten) else exc
        raise OutputError(f"{target}: cannot be written ({error.strerror or error})") from None
