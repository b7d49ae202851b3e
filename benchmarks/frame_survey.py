"""What the frame reader makes of every count in the corpora: ``python benchmarks/frame_survey.py [--top N] [DIR ...]``.

The frames (``docdelta_claims.frame``) say what each count is about: its counted thing and the verb
that governs it. A misread verb parts two reports' figures for one quantity, or joins two
quantities. The sets' scores show a misreading only where it moved a key item; this survey shows
it wherever it stands. It reads every paragraph of every text in the facts sets (``pairs.toml``:
``old`` and ``new``) and in the matrix sets (``*.txt``) under ``tests/`` (or the folders given),
frames each count claim, and prints

* the predicates outside the verb classes the frames know (``free``, ``hold``, ``die``...) by how
  many counts have them, each with one sentence: a noun read as a verb stands out ("evening" read as
  the verb "to even" gave ``even`` to 11 counts, "Sunday evening" among them);
* the counted things whose last word the lexicon knows but not as a noun ("some 1,800 terrified
  souls" counted ``terrified``).

Writes nothing; exits 0. About 10 s over the project's corpora.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

from docdelta_claims import text_claims
from docdelta_claims.frame import claim_frame, classed
from docdelta_claims.lexicon import lemmas

ROOT = Path(__file__).resolve().parent.parent / "tests"


def texts(folders: Iterable[Path]) -> Iterator[str]:
    """Every text of the facts sets' keys and of the matrix sets' reports under ``folders``, once."""
    seen: set[str] = set()
    for folder in folders:
        found = []
        for key in sorted(folder.rglob("pairs.toml")):
            with key.open("rb") as handle:
                found += [pair[side] for pair in tomllib.load(handle).get("pair", []) for side in ("old", "new") if side in pair]
        found += [report.read_text(encoding="utf-8") for report in sorted(folder.rglob("*.txt"))]
        for text in found:
            if text not in seen:
                seen.add(text)
                yield text


def survey(folders: Iterable[Path]) -> tuple[Counter[str], Counter[str], dict[str, str]]:
    """Counts of unclassed predicates and of things without a noun head, and one sentence for each."""
    predicates: Counter[str] = Counter()
    things: Counter[str] = Counter()
    example: dict[str, str] = {}
    for text in texts(folders):
        for paragraph in text.split("\n"):
            for claim in text_claims(paragraph) if paragraph.strip() else ():
                if claim.category != "count":
                    continue
                frame = claim_frame(claim)
                if frame.predicate and not classed(frame.predicate):
                    predicates[frame.predicate] += 1
                    example.setdefault("predicate " + frame.predicate, claim.sentence)
                head = frame.thing.split()[-1] if frame.thing else ""
                known = lemmas(head) if head else {}
                if known and "NOUN" not in known:
                    things[frame.thing] += 1
                    example.setdefault("thing " + frame.thing, claim.sentence)
    return predicates, things, example


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", type=Path, help="folders of sets (default: the project's tests/)")
    parser.add_argument("--top", type=int, default=60, help="how many of each to print (default: 60)")
    args = parser.parse_args(argv)
    predicates, things, example = survey(args.folders or [ROOT])
    print(f"predicates outside the known classes: {sum(predicates.values())} counts, {len(predicates)} predicates")
    for predicate, count in predicates.most_common(args.top):
        print(f"  {count:4} {predicate:16} {example['predicate ' + predicate][:110]}")
    print(f"things whose last word is no noun the lexicon knows: {sum(things.values())} counts, {len(things)} things")
    for thing, count in things.most_common(args.top):
        print(f"  {count:4} {thing:16} {example['thing ' + thing][:110]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
