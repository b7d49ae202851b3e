"""A series of 50 versions of a 5 KB story: is the series report linear in its steps?

Baseline, measured in the same run: the same 49 pairwise comparisons made one by one
with ``Session.compare``. The series adds the claims timeline and rendering on top; a
ratio near 1 (and a rendering time that grows linearly with the number of versions)
means no quadratic blow-up.

    python benchmarks/series.py [--versions 50] [--repeat 3]
"""

from __future__ import annotations

import argparse
import random
import resource
from pathlib import Path

import docdelta
from timing import timed  # benchmarks/ is on sys.path when a script here runs

ROOT = Path(__file__).resolve().parent.parent
SITE = (ROOT / "seeds" / "000_ff12f16f314725a3.txt").read_text(encoding="utf-8")
RSS = (ROOT / "seeds" / "001_561bb7da592d2a00.txt").read_text(encoding="utf-8")


def make_versions(count: int, seed: int = 7) -> list[str]:
    """``count`` successive versions: each changes a number or adds or drops a paragraph."""
    rng = random.Random(seed)
    paragraphs = SITE.split("\n\n") + [p for p in RSS.split("\n\n")[:9] if p not in SITE]  # about 5 KB
    paragraphs += [f"Officials said {n} more people were expected to be released soon." for n in (12, 30)]
    versions = []
    prisoners = 123
    for index in range(count):
        if rng.random() < 0.5:
            prisoners += rng.choice((-3, 1, 2, 5))
        text = "\n\n".join(paragraphs).replace("123 political prisoners", f"{prisoners} political prisoners")
        versions.append(text + f"\n\nUpdated {index + 1} times.")
        if rng.random() < 0.2 and len(paragraphs) > 20:
            paragraphs.pop(rng.randrange(3, len(paragraphs)))
        elif rng.random() < 0.3:
            paragraphs.insert(rng.randrange(3, len(paragraphs)), f"A witness counted {rng.randrange(2, 90)} buses.")
    return versions


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--versions", type=int, default=50)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    session = docdelta.Session()
    rows = []
    for count in sorted({max(2, args.versions // 5), max(2, args.versions // 2), args.versions}):
        versions = make_versions(count)
        size = sum(len(v) for v in versions) / len(versions)
        baseline = timed(lambda: [session.compare(a, b) for a, b in zip(versions, versions[1:])], args.repeat)
        series = session.compare_series(versions)
        compare_time = timed(lambda: session.compare_series(versions), args.repeat)
        render_times = {
            fmt: timed(lambda fmt=fmt: session.render(series, fmt), args.repeat)
            for fmt in session.formats
            if session.host.renderers[fmt].series is not None
        }
        rows.append((count, size, baseline, compare_time, render_times, len(series.claims)))

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{'versions':>8} {'avg size':>9} {'pairs one by one':>17} {'series':>8} {'ratio':>6}  rendering")
    for count, size, baseline, compare_time, render_times, claims in rows:
        rendering = ", ".join(f"{fmt} {seconds:.3f}s" for fmt, seconds in render_times.items())
        print(
            f"{count:>8} {size / 1024:>8.1f}K {baseline:>16.3f}s {compare_time:>7.3f}s "
            f"{compare_time / baseline:>6.2f}  {rendering}  ({claims} claim tracks)"
        )
    print(f"peak memory (whole process): {peak:.0f} MiB")


if __name__ == "__main__":
    main()
