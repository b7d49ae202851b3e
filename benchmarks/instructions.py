"""Instructions executed, counted by valgrind: ``python benchmarks/instructions.py [--cases seeds gpl-2-3]``.

Wall time on a shared 2-core VM drifts by half between two runs of the same process;
the number of instructions a process executes does not (callgrind counts them, about 50
times slower than running it). This script gives the seeds and GPL-2 → GPL-3 targets as
ratios of instructions, beside ``bench.py``'s ratios of time:

* ``seeds``: the whole ``docdelta compare -f json`` process, the difflib-only process
  (``bench.py``'s baseline), and the required-imports floor;
* ``gpl-2-3``: the work alone, ``Session.compare`` and ``render(..., "json")`` (a process
  that does it, less one that only builds the session), against difflib's (a process that
  runs it, less one that only imports it).

Needs ``valgrind`` (``apt-get install valgrind``). Prints a table; writes nothing.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus  # noqa: E402
from timing import compile_sources  # noqa: E402

_COLLECTED = re.compile(r"Collected : (\d+)")

SESSION = "import docdelta; from pathlib import Path; session = docdelta.Session()"
SESSION_WORK = SESSION + "; session.render(session.compare(Path({old!r}), Path({new!r})), 'json')"
DIFFLIB = "import difflib, re"
DIFFLIB_WORK = (
    DIFFLIB + "; old, new = (open(p, encoding='utf-8').read() for p in ({old!r}, {new!r}));"
    " words = re.compile(r'\\S+\\s*');"
    " difflib.SequenceMatcher(None, words.findall(old), words.findall(new)).get_opcodes()"
)
FLOOR = "import attrs, pluggy, importlib.metadata"
CLI = (
    "import sys; from docdelta.cli import main;"
    " main(['compare', '-f', 'json', '-o', {out!r}, {old!r}, {new!r}])"
)


def instructions(code: str) -> int:
    """Instructions a ``python -c code`` process executes, from start to exit."""
    done = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=False,
        # A random hash seed lays out every dict and set differently, which moves the count by
        # up to 1% from one run to the next: a fixed one gives the same count every time.
        env={**os.environ, "PYTHONHASHSEED": "0"},
    )
    found = _COLLECTED.search(done.stderr)
    if found is None:
        raise SystemExit(f"valgrind gave no count for: {code[:60]}... ({done.stderr.strip()[-200:]})")
    return int(found.group(1))


def seeds(scratch: Path) -> list[tuple[str, float, str]]:
    old, new = (str(path) for path in corpus.SEEDS)
    cli = instructions(CLI.format(out=str(scratch / "report.json"), old=old, new=new))
    difflib = instructions(DIFFLIB_WORK.format(old=old, new=new))
    floor = instructions(FLOOR)
    return [
        ("seeds", cli / difflib, "CLI process / difflib-only process (target ≤ 3)"),
        ("seeds", floor / difflib, "required imports only / difflib-only process (the floor)"),
    ]


def gpl(scratch: Path) -> list[tuple[str, float, str]]:
    old, new = str(corpus.LICENSES / "GPL-2"), str(corpus.LICENSES / "GPL-3")
    if not Path(old).is_file() or not Path(new).is_file():
        return [("gpl-2-3", float("nan"), "skipped: /usr/share/common-licenses/GPL-2 or GPL-3 missing")]
    ours = instructions(SESSION_WORK.format(old=old, new=new)) - instructions(SESSION)
    theirs = instructions(DIFFLIB_WORK.format(old=old, new=new)) - instructions(DIFFLIB)
    return [
        ("gpl-2-3", ours / theirs, f"Session work / difflib work (target ≤ 2): {ours / 1e6:.0f} M / {theirs / 1e6:.0f} M")
    ]


CASES = {"seeds": seeds, "gpl-2-3": gpl}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", nargs="+", choices=sorted(CASES), default=sorted(CASES, reverse=True))
    args = parser.parse_args(argv)
    if shutil.which("valgrind") is None:
        print("instructions.py: valgrind is not installed (apt-get install valgrind)", file=sys.stderr)
        return 2
    compile_sources()
    with tempfile.TemporaryDirectory(prefix="docdelta-instructions-") as scratch:
        for name in args.cases:
            for case, ratio, label in CASES[name](Path(scratch)):
                print(f"{case:8} {ratio:6.2f}  {label}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
