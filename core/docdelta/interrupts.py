"""Termination signals handled as Ctrl-C is: SIGTERM and SIGHUP raise :class:`KeyboardInterrupt`.

By default SIGTERM (``kill``, a service manager stopping docdelta) and SIGHUP (the terminal
closed) end the process on the spot, leaving a half-written ``.tmp`` beside an output file and,
in a batch, an unfinished summary. Raised as :class:`KeyboardInterrupt` they run the same clean-up
as Ctrl-C: temporary files are removed, a batch writes the summary of what finished.
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator
from typing import Any

__all__ = ["TERMINATION_SIGNALS", "termination_as_interrupt"]

#: The signals handled like Ctrl-C (SIGHUP does not exist on every platform).
TERMINATION_SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name)
)


def _interrupt(signum: int, frame: Any) -> None:
    raise KeyboardInterrupt(signal.Signals(signum).name)


@contextlib.contextmanager
def termination_as_interrupt() -> Iterator[None]:
    """While active, SIGTERM and SIGHUP raise KeyboardInterrupt; the previous handlers come back after.

    Off the main thread (where Python cannot set handlers) it changes nothing.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {signum: signal.signal(signum, _interrupt) for signum in TERMINATION_SIGNALS}
    try:
        yield
    finally:
        for signum, handler in previous.items():
            # None: the handler was not set from Python; the default is the closest Python can restore.
            signal.signal(signum, signal.SIG_DFL if handler is None else handler)
