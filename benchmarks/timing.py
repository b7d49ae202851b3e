"""Shared by the benchmark scripts: the median wall time of repeated calls, and compiled sources."""

from __future__ import annotations

import compileall
import statistics
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def timed(function: Callable[[], object], repeat: int) -> float:
    """Median seconds of ``repeat`` calls of ``function``."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def compile_sources() -> None:
    """Byte-compile docdelta's sources, as ``pip install`` of a wheel does.

    An editable install compiles at first import, unless ``PYTHONDONTWRITEBYTECODE`` is set
    (as on some CI machines): then every process would compile all of docdelta again and a
    whole-process figure would measure the compiler. The baselines' modules come compiled.
    """
    for folder in ("core", "plugins"):
        compileall.compile_dir(ROOT / folder, quiet=1)
