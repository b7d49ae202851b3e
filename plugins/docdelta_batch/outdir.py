"""A batch's output folder: one batch at a time (a lock), and no temporary file left from a killed one.

Two batches writing into one folder would interleave their summaries and remove each other's
``summary.partial.jsonl``; the second is refused while the first holds the lock. A batch killed
outright (``kill -9``, a power cut) can leave a ``.NAME.*.tmp`` of a write it was doing, and the
results its workers had handed over in ``.spool``: the next batch into the folder, holding the
lock, removes them before it starts.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

from docdelta import OutputError, UsageError

__all__ = ["LOCK_NAME", "SPOOL_NAME", "locked", "remove_stale_temporaries"]

#: The lock file (left in place: removing it would let a third batch lock a file of its own).
LOCK_NAME = ".docdelta-batch.lock"
#: Where a local pool's workers hand their results over (docdelta_batch.workers.spooled_compare_item).
SPOOL_NAME = ".spool"
#: The folders whose every ``.*.tmp`` is a batch's (write_atomic's temporary files, the summary's).
_OWN_FOLDERS = ("reports", "items")
#: The batch's files in OUTDIR itself; only their temporary files are removed there.
_OWN_FILES = ("summary.jsonl", "index.html")


@contextlib.contextmanager
def locked(out: Path) -> Iterator[None]:
    """Hold OUTDIR's batch lock; a second batch into the same folder is refused in one line."""
    path = out / LOCK_NAME
    try:
        stream = path.open("a+", encoding="utf-8")
    except OSError as exc:
        raise OutputError(f"{out}: cannot create the output folder's lock ({exc.strerror or exc})") from None
    with stream:
        try:
            fcntl.flock(stream.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            stream.seek(0)
            holder = stream.read().strip()
            by = f" (process {holder})" if holder.isdigit() else ""
            raise UsageError(
                f"{out}: another docdelta batch is writing into this folder{by}; wait for it to end or choose another -o"
            ) from None
        stream.seek(0)
        stream.truncate()
        stream.write(f"{os.getpid()}\n")
        stream.flush()
        yield  # the lock goes with the file's closing, also when the process is killed


def remove_stale_temporaries(out: Path) -> None:
    """Remove the temporary files a killed batch left in OUTDIR (call it holding the lock)."""
    stale = [path for folder in _OWN_FOLDERS for path in (out / folder).glob(".*.tmp")]
    stale += [path for name in _OWN_FILES for path in out.glob(f".{name}*.tmp")]
    for path in stale:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
    shutil.rmtree(out / SPOOL_NAME, ignore_errors=True)
