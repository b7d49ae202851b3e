"""Start-up cost of the CLI: ``python benchmarks/startup.py [--repeat 10] [--top 15]``.

Prints the median wall time of ``python -c pass`` (the interpreter alone), ``docdelta
--version`` and ``docdelta plugins`` (which loads every plugin), then the
``python -X importtime -c "import docdelta.cli"`` summary: the total, and the imports that
cost most by themselves and with what they import. Writes ``benchmarks/results/startup.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from attrs import define

sys.path.insert(0, str(Path(__file__).resolve().parent))

from timing import compile_sources  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "results" / "startup.json"


@define(frozen=True)
class ImportCost:
    """One line of ``-X importtime``: the module, how deeply nested its import is (0: imported by
    the top-level code), its own microseconds and those with its imports."""

    module: str
    depth: int
    self_us: int
    cumulative_us: int


def _docdelta() -> list[str]:
    script = Path(sys.executable).parent / "docdelta"
    return [str(script)] if script.is_file() else [sys.executable, "-m", "docdelta"]


def _environment() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if not k.startswith("DOCDELTA_")}


def wall(command: list[str], repeat: int) -> float:
    """Median wall seconds of ``command`` over ``repeat`` runs (output discarded)."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=_environment(), check=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def import_costs(module: str = "docdelta.cli") -> list[ImportCost]:
    """The ``-X importtime`` lines of a fresh interpreter importing ``module``, in the order printed."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", f"import {module}"],
        capture_output=True,
        text=True,
        env=_environment(),
        check=True,
    )
    costs = []
    for line in done.stderr.splitlines():
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        self_us, cumulative_us, name = line.removeprefix("import time:").split("|")
        depth = (len(name) - len(name.lstrip()) - 1) // 2
        costs.append(ImportCost(name.strip(), depth, int(self_us), int(cumulative_us)))
    return costs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=10, help="runs per command, median reported (default: 10)")
    parser.add_argument("--top", type=int, default=15, help="imports listed (default: 15)")
    parser.add_argument("--results", type=Path, default=RESULTS, help="where to write the JSON results")
    args = parser.parse_args(argv)

    compile_sources()
    commands = {
        "python -c pass": [sys.executable, "-c", "pass"],
        "docdelta --version": [*_docdelta(), "--version"],
        "docdelta plugins": [*_docdelta(), "plugins"],
    }
    walls = {name: wall(command, args.repeat) for name, command in commands.items()}
    for name, seconds in walls.items():
        print(f"{name:20} {seconds * 1000:7.1f} ms (median of {args.repeat})")

    costs = import_costs()
    total = next(c for c in reversed(costs) if c.module == "docdelta.cli").cumulative_us
    print(f"\nimport docdelta.cli: {total / 1000:.1f} ms cumulative (-X importtime, one run)")
    by_self = sorted(costs, key=lambda c: (-c.self_us, c.module))[: args.top]
    by_cumulative = sorted(costs, key=lambda c: (-c.cumulative_us, c.module))[: args.top]
    print(f"\ntop {args.top} by own time (ms):")
    for cost in by_self:
        print(f"  {cost.self_us / 1000:6.1f}  {cost.module}")
    print(f"\ntop {args.top} with what they import (ms; indented by nesting):")
    for cost in by_cumulative:
        print(f"  {cost.cumulative_us / 1000:6.1f}  {'  ' * cost.depth}{cost.module}")

    args.results.parent.mkdir(parents=True, exist_ok=True)
    args.results.write_text(
        json.dumps(
            {
                "wall_seconds": walls,
                "import_docdelta_cli_us": total,
                "by_self_us": [[c.module, c.self_us] for c in by_self],
                "by_cumulative_us": [[c.module, c.depth, c.cumulative_us] for c in by_cumulative],
            },
            indent=2,
        )
        + "\n",
        encoding="utf-8",
    )
    print(f"\nresults: {args.results}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
