"""docdelta against named baselines, side by side in one run: ``python benchmarks/bench.py [--quick] [--cases ...]``.

Every run of every tool is its own process, so each gets a clean interpreter and its own
peak resident memory (GNU ``/usr/bin/time -f %M`` when present, else ``ru_maxrss`` from
``os.wait4``, which starts at this script's own size). Two figures per run:

* **wall**: the whole process, measured here around it (start-up, imports, plugin loading);
* **work**: what the process itself times after its imports: reading both files, comparing,
  and for docdelta rendering JSON (git reports no work time: it is whole-process only).

Tools: ``docdelta CLI`` (``docdelta compare -f json``, every installed plugin), ``docdelta
Session`` (``docdelta.Session()`` with every installed plugin, ``compare`` then ``render(...,
"json")``), ``difflib words`` (a Python process that only runs ``difflib.SequenceMatcher`` on
``\\S+\\s*`` tokens, as redlines does), ``dmp chars`` (``diff_match_patch().diff_main`` on the
raw text with its default 1 s timeout) and ``git word-diff`` (``git diff --no-index
--word-diff=porcelain``), when git is present; on the seeds also ``required imports`` (a process
that only imports attrs, pluggy and importlib.metadata: the floor under any docdelta process).
The tools of a case run in rounds, each tool once per round, so that they share the machine's
conditions.

The corpus is built by ``benchmarks/corpus.py`` and cached under ``benchmarks/.corpus/``.
Results go to ``benchmarks/results/latest.json``. The targets are those of the performance issue;
each says which figures it compares.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from attrs import define, field

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus  # noqa: E402
from timing import compile_sources  # noqa: E402

RESULTS = corpus.ROOT / "benchmarks" / "results" / "latest.json"
GNU_TIME = "/usr/bin/time" if Path("/usr/bin/time").is_file() else None

# Each worker prints the seconds it spent after its imports. The difflib worker is the
# seeds target's baseline, "a Python process that only runs difflib": it imports nothing else.
DIFFLIB_WORKER = """\
import difflib, re, sys, time
start = time.perf_counter()
old, new = (open(path, encoding="utf-8").read() for path in sys.argv[1:3])
words = re.compile(r"\\S+\\s*")
difflib.SequenceMatcher(None, words.findall(old), words.findall(new)).get_opcodes()
print(time.perf_counter() - start)
"""
DMP_WORKER = """\
import sys, time
from diff_match_patch import diff_match_patch
start = time.perf_counter()
old, new = (open(path, encoding="utf-8").read() for path in sys.argv[1:3])
diff_match_patch().diff_main(old, new)
print(time.perf_counter() - start)
"""
# The floor under any docdelta process: the interpreter, the runtime dependencies docdelta
# cannot start without (attrs for its data model, pluggy and importlib.metadata for its
# plugins), reading the two files. No docdelta module is imported.
FLOOR_WORKER = """\
import sys, time
import attrs, pluggy, importlib.metadata
start = time.perf_counter()
old, new = (open(path, encoding="utf-8").read() for path in sys.argv[1:3])
print(time.perf_counter() - start)
"""
SESSION_WORKER = """\
import sys, time
from pathlib import Path
import docdelta
session = docdelta.Session()
start = time.perf_counter()
report = session.compare(Path(sys.argv[1]), Path(sys.argv[2]))
output = session.render(report, "json")
Path(sys.argv[3]).write_bytes(output if isinstance(output, bytes) else output.encode("utf-8"))
print(time.perf_counter() - start)
"""


@define(frozen=True)
class Tool:
    """A way of comparing two files.

    Attributes:
        name: its name in the table.
        command: ``(old, new, output) -> argv``; the process writes its result to ``output``
            or to standard output (``stdout_is_output``).
        stdout_is_output: standard output is the result.
        prints_work: standard output is the work time in seconds.
        available: whether the tool can run on this machine.
    """

    name: str
    command: Callable[[Path, Path, Path], list[str]]
    stdout_is_output: bool = False
    prints_work: bool = False
    available: bool = True


def _docdelta_command() -> list[str]:
    script = Path(sys.executable).parent / "docdelta"
    return [str(script)] if script.is_file() else [sys.executable, "-m", "docdelta"]


CLI = Tool(
    "docdelta CLI",
    lambda old, new, out: [*_docdelta_command(), "compare", "-f", "json", "-o", str(out), str(old), str(new)],
)
SESSION = Tool(
    "docdelta Session",
    lambda old, new, out: [sys.executable, "-c", SESSION_WORKER, str(old), str(new), str(out)],
    prints_work=True,
)
DIFFLIB = Tool(
    "difflib words", lambda old, new, out: [sys.executable, "-c", DIFFLIB_WORKER, str(old), str(new)], prints_work=True
)
FLOOR = Tool(
    "required imports", lambda old, new, out: [sys.executable, "-c", FLOOR_WORKER, str(old), str(new)], prints_work=True
)
DMP = Tool("dmp chars", lambda old, new, out: [sys.executable, "-c", DMP_WORKER, str(old), str(new)], prints_work=True)
GIT = Tool(
    "git word-diff",
    lambda old, new, out: ["git", "diff", "--no-index", "--no-color", "--word-diff=porcelain", str(old), str(new)],
    stdout_is_output=True,
    available=shutil.which("git") is not None,
)
TOOLS = (CLI, SESSION, DIFFLIB, DMP, GIT)


@define(frozen=True)
class Case:
    """Two files to compare and the tools to run on them.

    Attributes:
        name: its name on the command line and in the table.
        files: ``(corpus manifest) -> (old path, new path)``, or ``None`` when the files are missing.
        tools: the tools to run, docdelta's first.
        skip: tools not run at all, with the reason.
        generated: the corpus case it needs built (``corpus.GENERATED``), if any.
    """

    name: str
    files: Callable[[dict], tuple[Path, Path] | None]
    tools: tuple[Tool, ...] = field(default=TOOLS, converter=tuple)
    skip: dict[str, str] = field(factory=dict)
    generated: str | None = None


def _fixed(old: Path, new: Path) -> Callable[[dict], tuple[Path, Path] | None]:
    return lambda manifest: (old, new) if old.is_file() and new.is_file() else None


def _generated(name: str) -> Callable[[dict], tuple[Path, Path] | None]:
    def files(manifest: dict) -> tuple[Path, Path] | None:
        entry = manifest.get("cases", {}).get(name)
        return None if entry is None else (manifest["dir"] / entry["old"], manifest["dir"] / entry["new"])

    return files


def _generated_case(name: str, **kwargs) -> Case:
    return Case(name, _generated(name), generated=name, **kwargs)


CASES = (
    Case("seeds", _fixed(*corpus.SEEDS), tools=(*TOOLS, FLOOR)),
    Case("gpl-2-3", _fixed(corpus.LICENSES / "GPL-2", corpus.LICENSES / "GPL-3")),
    Case("lgpl-2.1-3", _fixed(corpus.LICENSES / "LGPL-2.1", corpus.LICENSES / "LGPL-3")),
    _generated_case("similar-100k"),
    _generated_case("similar-1m"),
    _generated_case("similar-10m", skip={"difflib words": "minutes on 10 MB (20-40 s on 1 MB, and worse than linear)"}),
    _generated_case("unrelated-1m"),
)
QUICK_CASES = ("seeds", "gpl-2-3", "similar-100k")


@define(frozen=True)
class Run:
    """One process: ``wall`` and ``work`` seconds (``work`` is ``None`` when the tool does not say),
    peak resident memory in KiB, exit status, and the SHA-256 of its result (``None`` if it has none)."""

    wall: float
    work: float | None
    max_rss_kib: int
    status: int
    sha256: str | None


def run_once(tool: Tool, old: Path, new: Path, scratch: Path, cap: float) -> Run:
    """Run ``tool`` once in its own process group; kill the group after ``cap`` seconds (status -9)."""
    output, rss = scratch / "output", scratch / "rss"
    output.unlink(missing_ok=True)
    command = tool.command(old, new, output)
    if GNU_TIME:  # a forked child starts with its parent's peak memory: let the small ``time`` be the parent
        command = [GNU_TIME, "-f", "%M", "-o", str(rss), *command]
    environment = {k: v for k, v in os.environ.items() if not k.startswith("DOCDELTA_")}
    with open(scratch / "stdout", "wb") as stdout:
        start = time.perf_counter()
        process = subprocess.Popen(
            command, stdout=stdout, stderr=subprocess.DEVNULL, cwd=scratch, env=environment, start_new_session=True
        )
        timer = threading.Timer(cap, os.killpg, (process.pid, signal.SIGKILL))
        timer.start()
        _, wait_status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
        timer.cancel()
    process.returncode = status = os.waitstatus_to_exitcode(wait_status)
    printed = (scratch / "stdout").read_bytes()
    result = printed if tool.stdout_is_output else output.read_bytes() if output.is_file() else None
    work = float(printed) if tool.prints_work and status == 0 else None
    peak = int(rss.read_text().split()[-1]) if GNU_TIME and status >= 0 else usage.ru_maxrss
    return Run(wall, work, peak, status, None if result is None else corpus.sha256(result))


@define(frozen=True)
class Measurement:
    """All runs of one tool on one case, or why there are none.

    Attributes:
        case / tool: names.
        input_bytes: both files' sizes together.
        runs: the runs (empty when skipped).
        note: why the tool ran once, was skipped or failed.
    """

    case: str
    tool: str
    input_bytes: int
    runs: tuple[Run, ...] = field(converter=tuple)
    note: str = ""

    @property
    def ok(self) -> bool:
        return bool(self.runs) and all(r.status in (0, 1) for r in self.runs)

    @property
    def wall(self) -> float | None:
        return statistics.median(r.wall for r in self.runs) if self.ok else None

    @property
    def work(self) -> float | None:
        works = [r.work for r in self.runs if r.work is not None]
        return statistics.median(works) if self.ok and works else None

    @property
    def max_rss_bytes(self) -> int | None:
        return max(r.max_rss_kib for r in self.runs) * 1024 if self.ok else None

    @property
    def hashes(self) -> list[str]:
        return sorted({r.sha256 for r in self.runs if r.sha256 is not None})


def measure_case(
    case: Case, old: Path, new: Path, *, repeat: int, slow: float, cap: float, scratch: Path
) -> list[Measurement]:
    """Run each of ``case``'s tools ``repeat`` times, in rounds: every tool once, then every
    tool again. This machine's speed drifts between processes (the same process can run 1.5x
    slower than the one before it), so runs interleaved this way see the same conditions and
    their medians can be divided. A tool whose first run took more than ``slow`` seconds runs
    once; one that fails stops; each gets a one-line note saying so."""
    size = old.stat().st_size + new.stat().st_size
    runs: dict[str, list[Run]] = {}
    notes: dict[str, str] = {}
    for tool in case.tools:
        if not tool.available:
            notes[tool.name] = "not installed"
        elif tool.name in case.skip:
            notes[tool.name] = f"skipped: {case.skip[tool.name]}"
        else:
            runs[tool.name] = []
    tools = {tool.name: tool for tool in case.tools}
    for _ in range(repeat):
        for name in [name for name in runs if name not in notes]:
            run = run_once(tools[name], old, new, scratch, cap)
            runs[name].append(run)
            if run.status not in (0, 1):
                notes[name] = f"killed after {cap:g} s (--cap)" if run.status == -9 else f"failed: exit status {run.status}"
            elif run.wall > slow and len(runs[name]) < repeat:
                notes[name] = f"run once: {run.wall:.0f} s > --slow {slow:g} s"
    return [Measurement(case.name, tool.name, size, runs.get(tool.name, ()), notes.get(tool.name, "")) for tool in case.tools]


@define(frozen=True)
class Target:
    """A target of the performance issue.

    Attributes:
        case: the case it is about.
        label: what it compares, in words.
        limit: the value must be at most this.
        value: ``(measurements by (case, tool)) -> value``, ``None`` when a figure is missing.
        unit: ``x`` for a ratio, ``s`` for seconds, ``hashes`` for a count.
    """

    case: str
    label: str
    limit: float
    value: Callable[[dict[tuple[str, str], Measurement]], float | None]
    unit: str = "x"


def _ratio(case: str, tool: str, figure: str, base_case: str, base_tool: str, base_figure: str) -> Callable:
    def value(found: dict[tuple[str, str], Measurement]) -> float | None:
        ours, theirs = found.get((case, tool)), found.get((base_case, base_tool))
        top = getattr(ours, figure, None) if ours else None
        bottom = getattr(theirs, base_figure, None) if theirs else None
        return top / bottom if top is not None and bottom else None

    return value


def _memory_per_input(case: str, tool: str) -> Callable:
    def value(found: dict[tuple[str, str], Measurement]) -> float | None:
        ours = found.get((case, tool))
        return ours.max_rss_bytes / ours.input_bytes if ours and ours.max_rss_bytes else None

    return value


def _seconds(case: str, tool: str) -> Callable:
    return lambda found: found[(case, tool)].wall if (case, tool) in found else None


def _distinct_results(case: str, tools: Sequence[str]) -> Callable:
    def value(found: dict[tuple[str, str], Measurement]) -> float | None:
        measured = [found.get((case, tool)) for tool in tools]
        if not all(m and m.ok for m in measured):
            return None
        return float(len({h for m in measured for h in m.hashes}))

    return value


TARGETS = (
    Target(
        "seeds",
        "CLI wall / difflib-only process wall",
        3,
        _ratio("seeds", "docdelta CLI", "wall", "seeds", "difflib words", "wall"),
    ),
    Target(
        "seeds",
        "floor: required imports only / difflib-only process wall",
        3,
        _ratio("seeds", "required imports", "wall", "seeds", "difflib words", "wall"),
    ),
    Target(
        "gpl-2-3",
        "Session work / difflib words work",
        2,
        _ratio("gpl-2-3", "docdelta Session", "work", "gpl-2-3", "difflib words", "work"),
    ),
    Target(
        "similar-1m",
        "CLI wall / git word-diff wall",
        6,
        _ratio("similar-1m", "docdelta CLI", "wall", "similar-1m", "git word-diff", "wall"),
    ),
    Target(
        "similar-10m",
        "CLI wall 10 MB / CLI wall 1 MB",
        12,
        _ratio("similar-10m", "docdelta CLI", "wall", "similar-1m", "docdelta CLI", "wall"),
    ),
    Target(
        "similar-10m",
        "Session work 10 MB / Session work 1 MB",
        12,
        _ratio("similar-10m", "docdelta Session", "work", "similar-1m", "docdelta Session", "work"),
    ),
    Target(
        "similar-10m", "CLI peak RSS / input bytes (both files)", 30, _memory_per_input("similar-10m", "docdelta CLI")
    ),
    Target("unrelated-1m", "CLI wall", 1, _seconds("unrelated-1m", "docdelta CLI"), "s"),
    Target(
        "unrelated-1m",
        "distinct JSON results over all CLI and Session runs",
        1,
        _distinct_results("unrelated-1m", (CLI.name, SESSION.name)),
        "hashes",
    ),
)


def _format(value: float | None, digits: int = 3) -> str:
    return "-" if value is None else f"{value:.{digits}f}"


def table(measurements: Sequence[Measurement]) -> str:
    """The measurements, with each baseline's ratios: docdelta CLI wall / its wall, Session work / its work."""
    header = ("case", "tool", "runs", "wall s", "work s", "peak MiB", "CLI/this wall", "Session/this work", "note")
    rows = [header]
    by_key = {(m.case, m.tool): m for m in measurements}
    for m in measurements:
        cli, session = by_key.get((m.case, CLI.name)), by_key.get((m.case, SESSION.name))
        wall_ratio = work_ratio = None
        if m.tool not in (CLI.name, SESSION.name):
            wall_ratio = cli.wall / m.wall if cli and cli.wall and m.wall else None
            work_ratio = session.work / m.work if session and session.work and m.work else None
        rss = m.max_rss_bytes
        rows.append(
            (
                m.case,
                m.tool,
                str(len(m.runs)),
                _format(m.wall),
                _format(m.work),
                "-" if rss is None else f"{rss / 2**20:.0f}",
                _format(wall_ratio, 2),
                _format(work_ratio, 2),
                m.note,
            )
        )
    return _columns(rows)


def target_table(found: dict[tuple[str, str], Measurement]) -> tuple[str, list[dict]]:
    """The targets' table and their JSON records."""
    rows = [("case", "target", "value", "limit", "")]
    records = []
    for target in TARGETS:
        value = target.value(found)
        verdict = "n/a" if value is None else "PASS" if value <= target.limit else "MISS"
        rows.append((target.case, target.label, _format(value, 2), f"≤ {target.limit:g} {target.unit}", verdict))
        records.append(
            {
                "case": target.case,
                "target": target.label,
                "value": value,
                "limit": target.limit,
                "unit": target.unit,
                "verdict": verdict,
            }
        )
    return _columns(rows), records


def _columns(rows: Sequence[Sequence[str]]) -> str:
    widths = [max(len(row[k]) for row in rows) for k in range(len(rows[0]))]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths)).rstrip() for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def machine() -> dict:
    """What the figures were measured on, and which docdelta."""
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=corpus.ROOT, capture_output=True, text=True, check=False
    )
    git = subprocess.run(["git", "--version"], capture_output=True, text=True, check=False) if GIT.available else None
    return {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        "load_average": os.getloadavg(),
        "docdelta_commit": commit.stdout.strip(),
        "git": git.stdout.strip() if git else None,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help=f"one run each of {', '.join(QUICK_CASES)}")
    parser.add_argument("--cases", nargs="+", choices=[c.name for c in CASES], help="the cases to run (default: all)")
    parser.add_argument(
        "--repeat", type=int, default=None, help="runs per tool and case, median reported (default: 5, --quick 1)"
    )
    parser.add_argument(
        "--slow", type=float, default=10, help="a first run slower than this many seconds is not repeated (default: 10)"
    )
    parser.add_argument("--cap", type=float, default=180, help="kill a run after this many seconds (default: 180)")
    parser.add_argument(
        "--corpus-dir", type=Path, default=corpus.CORPUS_DIR, help="where the generated corpus is cached"
    )
    parser.add_argument("--results", type=Path, default=RESULTS, help="where to write the JSON results")
    parser.add_argument("--no-install", action="store_true", help="do not apt-get the prose packages")
    args = parser.parse_args(argv)
    names = args.cases or (QUICK_CASES if args.quick else [c.name for c in CASES])
    repeat = args.repeat or (1 if args.quick else 5)
    cases = [c for c in CASES if c.name in names]

    generated = [c.generated for c in cases if c.generated]
    manifest = (
        corpus.build(args.corpus_dir, generated, install=not args.no_install)
        if generated
        else {"cases": {}, "notes": []}
    )
    manifest["dir"] = args.corpus_dir
    for note in manifest["notes"]:
        print(f"corpus: {note}")
    for name in generated:
        entry = manifest["cases"][name]
        print(
            f"corpus: {name}: {entry['old_bytes']:,} / {entry['new_bytes']:,} bytes from {', '.join(entry['sources'])}"
        )

    compile_sources()
    start = machine()
    print(
        f"docdelta {start['docdelta_commit']}, Python {start['python']}, {start['cpus']} CPUs, "
        f"load average {start['load_average'][0]:.2f}"
    )
    measurements = []
    with tempfile.TemporaryDirectory(prefix="docdelta-bench-") as scratch:
        for case in cases:
            files = case.files(manifest)
            if files is None:
                print(f"{case.name}: files missing, skipped")
                continue
            print(f"{case.name}: {repeat} round(s) of {len(case.tools)} tools ...", flush=True)
            for measurement in measure_case(
                case, *files, repeat=repeat, slow=args.slow, cap=args.cap, scratch=Path(scratch)
            ):
                print(f"{case.name:14} {measurement.tool:17} wall {_format(measurement.wall)} s  {measurement.note}")
                measurements.append(measurement)

    print()
    print(table(measurements))
    found = {(m.case, m.tool): m for m in measurements}
    targets, target_records = target_table(found)
    print()
    print(targets)
    end_load = os.getloadavg()
    print(f"\nload average: {start['load_average'][0]:.2f} before, {end_load[0]:.2f} after")

    args.results.parent.mkdir(parents=True, exist_ok=True)
    results = {
        "machine": start,
        "load_average_after": end_load,
        "repeat": repeat,
        "corpus": {k: v for k, v in manifest.items() if k != "dir"},
        "measurements": [
            {
                "case": m.case,
                "tool": m.tool,
                "input_bytes": m.input_bytes,
                "wall_median": m.wall,
                "work_median": m.work,
                "max_rss_bytes": m.max_rss_bytes,
                "result_sha256": m.hashes,
                "note": m.note,
                "runs": [
                    {"wall": r.wall, "work": r.work, "max_rss_kib": r.max_rss_kib, "status": r.status} for r in m.runs
                ],
            }
            for m in measurements
        ],
        "targets": target_records,
    }
    args.results.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"\nresults: {args.results}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
