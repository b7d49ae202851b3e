"""Pathological inputs: time, peak memory and whether the work budget's fallback was taken.

Four shapes, generated deterministically (``random.Random`` with fixed seeds):

* ``unrelated``: two unrelated texts of SIZE bytes each (default 5 MB), same vocabulary,
  different word order, paragraphs of 40-120 words;
* ``one-word``: PARAGRAPHS one-word paragraphs (default 100,000); the new side has 1% of
  them replaced, and some dropped and added;
* ``repeated``: one paragraph repeated COPIES times (default 10,000); the new side has one
  copy in the middle changed;
* ``run-on``: one line of SIZE bytes (default 1 MB) with no sentence end and a number every
  few words (a table flattened into one line); the new side has 1% of the numbers changed.
  With the claims check on (``--plugins json,claims``) this is its worst case: one sentence
  holding some 70,000 claims.
* ``tiny-paragraphs``: PARAGRAPHS paragraphs ``p1``, ``p2``... a blank line apart (default
  125,000: 1 MB); the new side has every hundredth one changed. Memory per input byte is
  this shape's measure: every few bytes are a block, a pair of blocks and a line of the report.
* ``word-lines``: LINES lines of one word each from five (default 200,000: 1 MB), 1% of them
  replaced; with the whitespace normalizer on (``--plugins json,news``) no word is unique on
  both sides, and the diff must still change about 1% of the words.

* ``number-list``: one line "Figures: 412, 7, 93, ..." of SIZE bytes (default 1 MB), numbers
  0-999, 1% of them changed on the new side: every number a claim, all alike;
* ``counted-lines``: lines "1234 people were counted in district 7." (SIZE bytes, default 1 MB),
  1% of the counts edited and 1% of the lines swapped with their neighbour.

Each case runs in its own process, so the peak resident memory (``ru_maxrss``) is that
case's own. ``--scales`` runs every case at fractions of its full size, to show how time
and memory grow. The work is bounded by the ``work-budget`` option (steps), never by a clock.

    python benchmarks/pathological.py [--scales 0.25,0.5,1] [--case unrelated] [--plugins json]

Figures (2026-12, a 2-core machine; core and json renderer only, default work budget of
20,000,000 steps; "total" includes rendering the JSON report)::

    case        scale  old MB  compare s  total s  peak RSS MB  edits  fallback
    unrelated    0.25    1.25       8.19     8.39         57.9  12422  False
    unrelated     0.5    2.50      17.43    17.79         89.2  24969  False
    unrelated     1.0    5.00      26.65    27.72        159.4  44123  True
    one-word     0.25    0.25       0.69     1.16         69.4   1217  False
    one-word      0.5    0.50       1.62     3.07        119.1   2524  False
    one-word      1.0    1.00       3.48     6.55        217.6   4871  False
    repeated     0.25    0.24       0.09     0.15         26.5      4  False
    repeated      0.5    0.47       0.14     0.24         32.8      4  False
    repeated      1.0    0.95       0.37     0.65         45.3      4  False
    run-on       0.25    0.25       0.41     0.42         32.3    310  False
    run-on        0.5    0.50       0.75     0.76         43.7    562  False
    run-on        1.0    1.00       1.69     1.72         67.5   1150  False

With every bundled plugin (``--plugins json,claims,news,text,html,markdown``)::

    unrelated    0.25    1.25       4.95      5.2         56.8   7600  False
    unrelated     0.5    2.50       8.27     8.78         84.7  15177  False
    unrelated     1.0    5.00      16.49    17.45        140.6  30448  False
    run-on       0.25    0.25        4.5      5.0        133.9    310  False
    run-on        0.5    0.50      10.59    11.85        235.7    562  False
    run-on        1.0    1.00      21.16    23.41        441.7   1150  False

Lines of one word (2026-12, ``--plugins json,news``; the same with every plugin)::

    word-lines   0.25    0.21       0.74     0.77         55.1   1157  False
    word-lines    0.5    0.42       1.74     1.78         66.2   2336  False
    word-lines    1.0    0.84       4.12     4.21        111.2   4717  False

The shapes that cost the most memory per byte (issue 19), 2026-12. The report is written to a file
as ``docdelta compare -o report.json`` writes it (JSON as it is made). "Beyond base" is the peak
resident memory past the process's own: the interpreter, the plugins, and a small warm-up
comparison written the same way, measured before the case's texts are made (so they count);
"per input byte" is that over both inputs' bytes. With every plugin (``--plugins
json,claims,news,text,html,markdown``; the claims check reads 2,000 claims a document with the
default budget, and says so)::

    case           scale  old MB  compare s  total s  peak RSS MB  beyond base MB  per input byte  claims in part
    tiny-paragraphs  0.25    0.24       0.94     1.22         39.4            14.5            31.8  False
    tiny-paragraphs   0.5    0.49       2.05     2.65         54.1            29.0            31.1  False
    tiny-paragraphs   1.0    1.01       3.93     5.06         82.9            58.0            30.0  False
    number-list     0.25    0.25       0.88     0.92         41.1            16.1            33.8  True
    number-list      0.5    0.50       1.69     1.74         52.7            27.9            29.3  True
    number-list      1.0    1.00       3.22     3.28         77.4            52.4            27.5  True
    counted-lines   0.25    0.25       0.17     0.19         35.3            10.3            21.6  True
    counted-lines    0.5    0.50       0.25     0.28         41.4            16.6            17.4  True
    counted-lines    1.0    1.00       0.41     0.45         54.8            29.8            15.6  True

and with the core alone (``--plugins json``): tiny-paragraphs 12.9, 25.8 and 52.2 MB beyond base
(28.3, 27.7 and 27.0 bytes per input byte), number-list 12.6, 26.8 and 48.5 MB (26.4, 28.1 and
25.4), counted-lines 11 a byte. Runs differ by a few bytes a byte (another run of every plugin gave
tiny paragraphs 36.0, 35.8 and 29.5). All under the 40 issue 19 asks for, and linear. The command
line agrees: ``docdelta compare OLD NEW -o r.json`` with every installed plugin peaks 54 MB (tiny
paragraphs) and 50 MB (number list) above its own peak on a two-line pair, 27 and 25 bytes per input
byte at 1 MB a side (238 and 216 MB, 104 and 95, before; the reports are byte-identical). Before, tiny
paragraphs took about 105 bytes per input byte and a number list about 110 (with the report
built whole as a string, which this run would count too): each paragraph was a Block, a Span and
two ints per side, a Unit a side, a tuple a step and a BlockPair, and the JSON report a list of
pieces and one string; a line of 400,000 numbers was a million token strings and ints at once,
and its alignment a Counter, a dict and a tuple for every run of tokens. Now a document's blocks
are arrays (``docdelta.Blocks``), blocks equal in both texts never become units, tokens are read
16,384 characters at a time, the alignment keeps anchors, runs and hashes in arrays, and JSON is
written in pieces of 64 KiB. The claims check adds at most about 11 MB to a number list. Before
the claims bound, the check took 13.8 s and 338 MB for a 100 KB number list.

Time and memory grow linearly in every case. Two unrelated 5 MB texts exceed the default
budget with the core alone: the fallback is taken and noted (the news parser cuts them into
other blocks, which the budget covers). The run-on line is the claims check's worst case:
some 70,000 claims in one sentence, read in pieces of ``LONGEST_SENTENCE`` characters (before
that, quadratic: a 200 KB line was killed at 24 GB after ten minutes).
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from functools import partial
from pathlib import Path

import docdelta

VOCABULARY = (
    "the minister said on Tuesday that talks with officials in the capital would resume after a pause of "
    "several weeks while the opposition called for new elections and a review of the budget prisoners were "
    "released sanctions lifted potash exports rose by percent according to figures published by the agency"
).split()

CASES = ("unrelated", "one-word", "repeated", "run-on", "tiny-paragraphs", "word-lines", "number-list", "counted-lines")
FULL = {
    "unrelated": 5_000_000,
    "one-word": 100_000,
    "repeated": 10_000,
    "run-on": 1_000_000,
    "tiny-paragraphs": 125_000,
    "word-lines": 200_000,
    "number-list": 1_000_000,
    "counted-lines": 1_000_000,
}


def unrelated_text(size: int, seed: int) -> str:
    """About ``size`` characters of paragraphs made of VOCABULARY words in random order."""
    rng = random.Random(seed)
    paragraphs: list[str] = []
    length = 0
    while length < size:
        paragraph = " ".join(rng.choice(VOCABULARY) for _ in range(rng.randint(40, 120))).capitalize() + "."
        paragraphs.append(paragraph)
        length += len(paragraph) + 2
    return "\n\n".join(paragraphs)


def one_word_texts(count: int, seed: int = 3) -> tuple[str, str]:
    rng = random.Random(seed)
    old = [f"{rng.choice(VOCABULARY)}{rng.randrange(1000)}" for _ in range(count)]
    new = []
    for word in old:
        roll = rng.random()
        if roll < 0.01:
            new.append(f"{rng.choice(VOCABULARY)}{rng.randrange(1000)}")
        elif roll < 0.015:
            continue
        else:
            new.append(word)
            if roll > 0.995:
                new.append(f"added{rng.randrange(1000)}")
    return "\n\n".join(old), "\n\n".join(new)


def repeated_texts(copies: int) -> tuple[str, str]:
    paragraph = "The minister said the talks would resume next week, and that 123 prisoners had been released."
    old = [paragraph] * copies
    new = list(old)
    new[copies // 2] = paragraph.replace("123", "124")
    return "\n\n".join(old), "\n\n".join(new)


def run_on_texts(size: int, seed: int = 5) -> tuple[str, str]:
    """One line of about ``size`` characters: a number of people or km every few words, no full stop."""
    rng = random.Random(seed)
    old: list[str] = []
    new: list[str] = []
    length = 0
    while length < size:
        words = [rng.choice(VOCABULARY) for _ in range(rng.randint(1, 4))]
        value, unit = rng.randint(1, 999_999), rng.choice(["people", "km", "percent", "days"])
        changed = value * 2 if rng.random() < 0.01 else value
        old.append(" ".join([*words, str(value), unit]))
        new.append(" ".join([*words, str(changed), unit]))
        length += len(old[-1]) + 1
    return " ".join(old), " ".join(new)


def tiny_paragraph_texts(count: int) -> tuple[str, str]:
    old = [f"p{k}" for k in range(count)]
    new = [f"q{k}" if k % 100 == 50 else paragraph for k, paragraph in enumerate(old)]
    return "\n\n".join(old) + "\n", "\n\n".join(new) + "\n"


def word_line_texts(count: int, seed: int = 7) -> tuple[str, str]:
    rng = random.Random(seed)
    words = ["ok", "yes", "no", "maybe", "done"]
    old = [rng.choice(words) for _ in range(count)]
    new = [rng.choice(words) if rng.random() < 0.01 else word for word in old]
    return "\n".join(old) + "\n", "\n".join(new) + "\n"


def number_list_texts(size: int, seed: int = 7) -> tuple[str, str]:
    """One line "Figures: 412, 7, 93, ..." of about ``size`` characters (numbers 0-999); the new
    side has 1% of the numbers changed. Every number is a claim, and every claim has the same
    (empty) subject and context."""
    rng = random.Random(seed)
    old: list[str] = []
    new: list[str] = []
    length = len("Figures: ")
    while length < size:
        value = rng.randrange(1000)
        old.append(str(value))
        new.append(str(rng.randrange(1000)) if rng.random() < 0.01 else str(value))
        length += len(old[-1]) + 2
    return "Figures: " + ", ".join(old) + ".", "Figures: " + ", ".join(new) + "."


def counted_lines_texts(size: int, seed: int = 11) -> tuple[str, str]:
    """Lines "1234 people were counted in district 7." of about ``size`` characters; the new side
    has 1% of the counts edited and 1% of the lines swapped with their neighbour."""
    rng = random.Random(seed)
    old: list[str] = []
    length = 0
    while length < size:
        old.append(f"{rng.randrange(10_000)} people were counted in district {rng.randrange(1, 100)}.")
        length += len(old[-1]) + 1
    new = list(old)
    for index in range(len(new)):
        roll = rng.random()
        if roll < 0.01:
            count, rest = new[index].split(" ", 1)
            new[index] = f"{int(count) + rng.randint(1, 50)} {rest}"
        elif roll < 0.02 and index + 1 < len(new):
            new[index], new[index + 1] = new[index + 1], new[index]
    return "\n".join(old), "\n".join(new)


#: A small pair whose claims need frames: comparing it first loads what every comparison loads once.
WARM_UP = (
    "Officials said 52 prisoners were freed in Minsk on Thursday.",
    "Officials said 14 people were sent to Vilnius in June.",
)


def make_case(case: str, scale: float) -> tuple[str, str]:
    """The (old, new) texts of a case at ``scale`` times its full size."""
    size = max(1, int(FULL[case] * scale))
    if case == "unrelated":
        return unrelated_text(size, seed=1), unrelated_text(size, seed=2)
    if case == "one-word":
        return one_word_texts(size)
    if case == "run-on":
        return run_on_texts(size)
    if case == "tiny-paragraphs":
        return tiny_paragraph_texts(size)
    if case == "word-lines":
        return word_line_texts(size)
    if case == "number-list":
        return number_list_texts(size)
    if case == "counted-lines":
        return counted_lines_texts(size)
    return repeated_texts(size)


def run_one(case: str, scale: float, plugins: list[str], budget: int | None) -> dict:
    """Compare one case in this process and write its JSON report to a file, as ``docdelta compare
    OLD NEW -o report.json`` does; the figures as a dict."""
    options = {} if budget is None else {"work-budget": budget}
    session = docdelta.Session(plugins, options=options)
    # The process's own footprint: the interpreter, the plugins, and what a first comparison
    # loads once (the lemmatizer's tables); the case's memory is what it needs beyond that,
    # its two texts included.
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / "report.json"
        docdelta.write_atomic(path, partial(session.render_to, session.compare(*WARM_UP)))
        base_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        old, new = make_case(case, scale)
        start = time.perf_counter()
        report = session.compare(old, new)
        compared = time.perf_counter() - start
        docdelta.write_atomic(path, partial(session.render_to, report))
        total = time.perf_counter() - start
        json_bytes = path.stat().st_size
    docdelta.check_tiling(report.edits, old, new)
    return {
        "case": case,
        "scale": scale,
        "old_bytes": len(old.encode()),
        "new_bytes": len(new.encode()),
        "compare_s": round(compared, 2),
        "total_s": round(total, 2),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "base_rss_mb": round(base_rss, 1),
        "edits": len(report.edits),
        "similarity": round(report.summary.similarity, 4),
        "fallback": any("work budget" in warning for warning in report.warnings),
        "claims_in_part": any(f.kind == "work-budget" for f in report.findings),
        "json_bytes": json_bytes,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--case", choices=CASES, action="append", help="run only this case (repeatable)")
    parser.add_argument("--scales", default="1", help="comma-separated fractions of the full sizes (default 1)")
    parser.add_argument("--plugins", default="json", help="plugins to use (default json: the core alone)")
    parser.add_argument("--work-budget", type=int, default=None, help="the work-budget option (default: docdelta's)")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    plugins = [name for name in args.plugins.split(",") if name]
    if args.child:
        print(json.dumps(run_one(args.case[0], float(args.scales), plugins, args.work_budget)))
        return
    print("case           scale  old MB  compare s  total s  peak RSS MB  beyond base MB  per input byte  edits  fallback  claims in part")
    for case in args.case or CASES:
        for scale in (float(s) for s in args.scales.split(",")):
            command = [sys.executable, __file__, "--child", "--case", case, "--scales", str(scale), "--plugins", args.plugins]
            if args.work_budget is not None:
                command += ["--work-budget", str(args.work_budget)]
            row = json.loads(subprocess.run(command, check=True, capture_output=True, text=True).stdout)
            beyond = row["peak_rss_mb"] - row["base_rss_mb"]
            per_byte = beyond * 2**20 / (row["old_bytes"] + row["new_bytes"])
            print(
                f"{case:<14} {scale:>5}  {row['old_bytes'] / 1e6:>6.2f}  {row['compare_s']:>9}  {row['total_s']:>7}"
                f"  {row['peak_rss_mb']:>11}  {beyond:>14.1f}  {per_byte:>14.1f}  {row['edits']:>5}  {row['fallback']!s:>8}  {row['claims_in_part']}",
                flush=True,
            )


if __name__ == "__main__":
    main()
