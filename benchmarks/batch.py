"""Corpus mode throughput: ``docdelta batch`` on N seed-sized pairs, with -j 1, -j 2 and Dask (2 workers).

Each pair is the site seed and a variant of it (a number changed, a paragraph dropped or
added, chosen by ``random.Random(index)``), so every item is distinct and seed-sized.
Every engine runs as a fresh process into a fresh output folder (nothing to resume);
the figures are items per second over the whole run (start-up included) and the peak
resident memory: of the main process, and of the largest worker process.

    python benchmarks/batch.py [--count 10000] [--engines j1 j2 dask]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SITE = (ROOT / "seeds" / "000_ff12f16f314725a3.txt").read_text(encoding="utf-8")

#: Run by a fresh interpreter for the Dask engine: a local cluster of 2 worker processes.
DASK_RUNNER = """
import json, sys
from distributed import LocalCluster
from docdelta import Session
from docdelta_batch.manifest import read_manifest
from docdelta_batch.run import run_batch
manifest, out = sys.argv[1], sys.argv[2]
with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as cluster:
    result = run_batch(lambda: read_manifest(manifest), out, Session(), engine="dask",
                       scheduler=cluster.scheduler_address)
print(json.dumps({"computed": result.computed, "failed": result.failed}))
"""


def make_corpus(folder: Path, count: int) -> Path:
    docs = folder / "docs"
    docs.mkdir(parents=True)
    paragraphs = SITE.split("\n\n")
    (docs / "base.txt").write_text(SITE, encoding="utf-8")
    with (folder / "manifest.jsonl").open("w", encoding="utf-8") as manifest:
        for index in range(count):
            rng = random.Random(index)
            variant = list(paragraphs)
            variant[rng.randrange(len(variant))] += f" Officials counted {rng.randrange(2, 900)} more."
            if rng.random() < 0.5:
                variant.pop(rng.randrange(1, len(variant)))
            text = "\n\n".join(variant).replace("123 political", f"{rng.randrange(100, 200)} political")
            (docs / f"{index:05d}.txt").write_text(text, encoding="utf-8")
            entry = {"id": f"item{index:05d}", "old": "docs/base.txt", "new": f"docs/{index:05d}.txt"}
            manifest.write(json.dumps(entry) + "\n")
    return folder / "manifest.jsonl"


def run(command: list[str]) -> tuple[float, float, float, str]:
    """Wall seconds, the process's peak MiB, the largest descendant's peak MiB, and its stdout."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    output = process.stdout.read() if process.stdout else ""
    _pid, _status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    # ru_maxrss of wait4 is the process's own peak (KiB on Linux); RUSAGE_CHILDREN includes the
    # workers it waited for, but also every earlier run of this script: a running maximum.
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return wall, usage.ru_maxrss / 1024, children, output


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--engines", nargs="+", default=["j1", "j2", "dask"], choices=["j1", "j2", "dask"])
    args = parser.parse_args()
    docdelta = str(Path(sys.executable).with_name("docdelta"))
    work = Path(tempfile.mkdtemp(prefix="docdelta-batch-bench-"))
    try:
        manifest = make_corpus(work / "corpus", args.count)
        print(f"{args.count} pairs of {len(SITE):,} characters; load average {os.getloadavg()[0]:.2f}")
        print(f"{'engine':<8} {'wall s':>8} {'items/s':>8} {'main MiB':>9} {'max child MiB':>14}")
        summaries = {}
        for engine in args.engines:
            out = work / f"out-{engine}"
            if engine == "dask":
                command = [sys.executable, "-c", DASK_RUNNER, str(manifest), str(out)]
            else:
                command = [docdelta, "batch", str(manifest), "-o", str(out), "-j", engine[1:]]
            wall, peak, children, _output = run(command)
            summaries[engine] = (out / "summary.jsonl").read_bytes()
            rows = summaries[engine].count(b"\n")
            print(f"{engine:<8} {wall:>8.1f} {rows / wall:>8.1f} {peak:>9.0f} {children:>14.0f}", flush=True)
        identical = len(set(summaries.values())) == 1
        print(f"summaries byte-identical across engines: {identical}; load average {os.getloadavg()[0]:.2f}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
