"""The plugin time limit: a safety net that stops a plugin call that hangs.

docdelta bounds its own work by counted steps (the work budget), never by seconds, so that
a report does not depend on how fast or busy the machine is. This limit is something else:
wall-clock seconds per plugin call, generous (:data:`DEFAULT_TIME_LIMIT`) so that work which
ends never meets it, there only so that a plugin that hangs (an endless loop, a read that
never returns) ends with a warning naming it instead of hanging docdelta, and every batch
it runs in, for ever.

How: a one-shot interval timer (``setitimer``) whose ``SIGALRM`` handler raises
:class:`PluginTimeout` inside the hung call, at its next bytecode or when the blocking call it
waits in returns ``EINTR`` (``time.sleep``, a read). Normalizers are called once per distinct
word, too often for a timer each: a periodic timer checks whether the same normalizer call is
still running a whole period later, so a hung normalizer stops after one to two limits.

What it cannot do: signals reach Python's main thread only, and only POSIX has ``setitimer``,
so calls from other threads (a Dask worker's) or on Windows run without a limit; a loop in
native code that never returns to the interpreter cannot be interrupted from inside the
process at all (Ctrl-C cannot either).
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

__all__ = ["DEFAULT_TIME_LIMIT", "NormalizerProgress", "PluginTimeout", "TimeLimit", "time_limit_value"]

#: Seconds a single plugin call may run (0: no limit). A minute is hundreds of times what any
#: bundled plugin needs for a call on a 16 MiB input under its work budget.
DEFAULT_TIME_LIMIT = 60.0

#: The longest limit the timer takes (about three years; ``setitimer`` overflows further on): a
#: longer one is this one, no limit in practice.
LONGEST_TIME_LIMIT = 1e8


class PluginTimeout(BaseException):
    """A plugin call ran past its time limit.

    A ``BaseException``, as ``KeyboardInterrupt`` is, so that a plugin's own ``except Exception``
    does not swallow it and carry on. ``plugin`` and ``stage`` name the call whose limit it was:
    a call nested inside it passes it on.
    """

    def __init__(self, plugin: str, stage: str, seconds: float) -> None:
        super().__init__(plugin, stage, seconds)
        self.plugin = plugin
        self.stage = stage
        self.seconds = seconds

    def __str__(self) -> str:
        return f"stopped after {self.seconds:g} s, the time limit of a plugin call (--plugin-timeout)"


def time_limit_value(value: Any, where: str) -> float:
    """A time limit in seconds from the command line, the environment or a config file (``ValueError`` if it is none)."""
    try:
        seconds = float(value)
    except (TypeError, ValueError):
        seconds = -1.0
    if not seconds >= 0 or seconds == float("inf") or isinstance(value, bool):
        raise ValueError(f"{where} takes a number of seconds (0 for no limit), not {value!r}")
    return seconds


class NormalizerProgress:
    """What the periodic check reads: how many normalizer calls began, and which one is running."""

    __slots__ = ("calls", "running", "seen")

    def __init__(self) -> None:
        self.calls = 0
        #: (plugin, stage, normalizer) of the normalizer call running now; ``None`` between calls.
        self.running: tuple[str, str, str] | None = None
        self.seen = -1


class TimeLimit:
    """The time limit of one plugin host's calls: ``seconds`` per call, 0 for none."""

    def __init__(self, seconds: float) -> None:
        self.seconds = min(seconds, LONGEST_TIME_LIMIT)
        #: A call's timer runs: calls nested inside it share it.
        self._armed = False

    def _can_arm(self) -> bool:
        return (
            self.seconds > 0
            and not self._armed
            and hasattr(signal, "setitimer")
            and threading.current_thread() is threading.main_thread()
            # The embedding program's own alarm: its timer runs, or its handler was set outside Python.
            and signal.getitimer(signal.ITIMER_REAL)[0] == 0
            and signal.getsignal(signal.SIGALRM) is not None
        )

    @contextmanager
    def call(self, plugin: str, stage: str) -> Iterator[None]:
        """Run the block as the call ``stage`` of ``plugin``: :class:`PluginTimeout` when it outlasts the limit."""
        if not self._can_arm():
            yield
            return

        def expired(_signum: int, _frame: Any) -> None:
            raise PluginTimeout(plugin, stage, self.seconds)

        with self._timer(expired, interval=0.0):
            yield

    @contextmanager
    def normalizers(self, progress: NormalizerProgress) -> Iterator[None]:
        """Check every ``seconds`` that the normalizer call ``progress`` shows running is not the one it showed
        a period before: if it is, it has run a whole period, and :class:`PluginTimeout` stops it."""
        if not self._can_arm():
            yield
            return

        def tick(_signum: int, _frame: Any) -> None:
            running = progress.running
            if running is not None and progress.calls == progress.seen:
                raise PluginTimeout(running[0], running[1], self.seconds)
            progress.seen = progress.calls

        with self._timer(tick, interval=self.seconds):
            yield

    @contextmanager
    def _timer(self, handler: Any, *, interval: float) -> Iterator[None]:
        previous = signal.signal(signal.SIGALRM, handler)
        self._armed = True
        try:
            signal.setitimer(signal.ITIMER_REAL, self.seconds, interval)
            yield
        finally:
            _disarm(previous)
            self._armed = False


def _disarm(previous: Any) -> None:
    """Stop the timer and put the previous SIGALRM handler back, even if the timer fires meanwhile
    (the call is over then, whichever way it ended)."""
    while True:
        try:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
            return
        except PluginTimeout:
            continue
