"""How far the frames can take the facts check: a learned judge over what they say, scored on sets it did not see.

The claims plugin pairs two reports' figures by hand-written rules over each claim's frame (what is
counted, what happened to it, when, where, who). Rules tuned on read sets have stopped moving unseen
ones (docs/claims.rst, "forty corpora"). This script asks whether the *information* the frames hold
could do better than the rules do with it: for every pair of claims both left unpaired at the end of
pairing (comparable kinds, values that differ: the misses that came out as one ``removed`` and one
``added``), it records what the frames and the pipeline know (slots matched and in conflict, the
rules' verdict, likeness of the two sentences and whether each is the other's likeliest partner, block
distance, how many claims of that kind each side
leaves, category, value ratio), labels the pair by the sets' keys (a flag item: one quantity; else
not), and fits a logistic regression on all sets but one, scoring the one left out. Pairs are then
taken one-to-one per text pair, most probable first, above a threshold; the table says how many flag
items that would catch and how many false ``changed`` findings it would add, per threshold.

If no threshold adds flags at a precision near the check's own (about 0.95), the frames do not hold
what the remaining misses need, and no rule over them will find it either. A measurement, not a part
of docdelta: it reads the plugin's private pairing state (a pass appended to ``_LATER_PASSES``, the pairings ``_pair_story`` returns) and
needs numpy (installed with the ``test`` extra, through dask).

    python benchmarks/pairing_ceiling.py tests/facts_corpus tests/facts_heldout_d ...
"""

from __future__ import annotations

import argparse
import importlib.util
import math
import sys
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from docdelta_claims import match

_spec = importlib.util.spec_from_file_location("docdelta_bench_facts_ceiling", Path(__file__).resolve().parent / "facts.py")
assert _spec is not None and _spec.loader is not None
facts = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(facts)

SLOTS = ("thing", "predicate", "time", "place", "name")
CATEGORIES = ("count", "percent", "money", "year", "date", "duration", "age", "measure")
VERDICTS = (None, "same", "compatible", "changed", "differs")
THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8)


def _features(ledger: Any, i: int, j: int, old_left: Sequence[int], new_left: Sequence[int]) -> list[float]:
    old, new, aligned_blocks, _, _, judge = ledger.parts()
    a, b = old[i], new[j]
    likeness = match._likeness(frozenset(a.context), frozenset(b.context))
    aligned = (a.block, b.block) in aligned_blocks or likeness >= match._MOVED
    candidate = match._Candidate(
        i, j, aligned, "changed", match._subject_agreement(a, b), likeness if aligned else 0.0, date=a.category == b.category == "date"
    )
    verdict = judge.status(candidate)
    found = judge.agreement(candidate)
    frames = judge.frame(a), judge.frame(b)
    of_kind = [sum(1 for k in left if match.comparable(side[k], claim)) for side, left, claim in ((old, old_left, a), (new, new_left, b))]
    try:
        ratio = min(3.0, abs(math.log((abs(float(a.value)) + 1) / (abs(float(b.value)) + 1))))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        ratio = 0.0  # a date or a range
    # Whether each claim's sentence is the other's likeliest partner among the claims of its kind on
    # the other side (mutual best match, as an aligner of paraphrases would take it).
    best_old = max((match._likeness(frozenset(a.context), frozenset(o.context)) for o in new if match.comparable(o, a)), default=0.0)
    best_new = max((match._likeness(frozenset(b.context), frozenset(o.context)) for o in old if match.comparable(o, b)), default=0.0)
    return [
        float(likeness >= best_old),
        float(likeness >= best_new),
        likeness - best_old,
        likeness - best_new,
        *(float(slot in found.matched) for slot in SLOTS),
        *(float(slot in found.conflicts) for slot in SLOTS),
        float(found.one_sided_time),
        float(found.one_sided_name),
        *(float(verdict == v) for v in VERDICTS),
        likeness,
        float(aligned),
        *(float(a.category == c) for c in CATEGORIES),
        float(a.block == 0),
        float(b.block == 0),
        1 / of_kind[0],
        1 / of_kind[1],
        float(of_kind == [1, 1]),
        float(match._subject_agreement(a, b)),
        ratio,
        float(bool(frames[0].predicate and frames[1].predicate)),
        float(bool(frames[0].thing and frames[1].thing)),
        abs(a.block - b.block) / 10,
    ]


def leftover_pairs(corpora: Sequence[Path]) -> list[dict[str, Any]]:
    """Every pair of claims both left alone whose values differ, with its features and label."""
    rows: list[dict[str, Any]] = []
    pending: list[tuple[Any, int, int, list[float]]] = []
    found: list[tuple[Any, int, int, list[float]]] = []

    def record(ledger: Any) -> None:
        old, new, _, old_taken, new_taken, _ = ledger.parts()
        old_left = [i for i in range(len(old)) if i not in old_taken]
        new_left = [j for j in range(len(new)) if j not in new_taken]
        for i in old_left:
            for j in new_left:
                if match.comparable(old[i], new[j]) and old[i].category != "ordinal" and match.relation(old[i], new[j]) == "changed":
                    pending.append((ledger, i, j, _features(ledger, i, j, old_left, new_left)))

    def story(*args: Any) -> list[Any]:
        pending.clear()
        pairings = pair_story(*args)
        # A figure left alone by the passes that restates one paired as changed is changed after them.
        alone = {id(p.old) for p in pairings if p.status == "removed"} | {id(p.new) for p in pairings if p.status == "added"}
        found.extend(r for r in pending if id(r[0].old[r[1]]) in alone and id(r[0].new[r[2]]) in alone)
        return pairings

    later, pair_story = match._LATER_PASSES, match._pair_story
    match._LATER_PASSES, match._pair_story = (*later, record), story
    try:
        for corpus in corpora:
            for pair in facts.pairs(corpus):
                found.clear()
                facts.claim_findings(pair)
                for ledger, i, j, features in found:
                    a, b = ledger.old[i], ledger.new[j]
                    rows.append({
                        "set": corpus.name,
                        "pair": pair["id"],
                        "old": (a.text, a.span.start),
                        "new": (b.text, b.span.start),
                        "sentences": (a.sentence, b.sentence),
                        "x": features,
                        "y": any(_names(item, a, b) for item in pair.get("flag", [])),
                    })
    finally:
        match._LATER_PASSES, match._pair_story = later, pair_story
    return rows


def _names(item: dict[str, str], a: Any, b: Any) -> bool:
    return (
        facts.written_in(a.text, item["old"])
        and facts.written_in(b.text, item["new"])
        and item.get("old_in", "") in a.sentence
        and item.get("new_in", "") in b.sentence
    )


def _fit(x: np.ndarray, y: np.ndarray, l2: float = 1.0, rounds: int = 3000, rate: float = 0.5) -> np.ndarray:
    """Logistic regression by gradient descent (L2 on the weights, not the bias): deterministic."""
    xb = np.hstack([x, np.ones((len(x), 1))])
    w = np.zeros(xb.shape[1])
    for _ in range(rounds):
        p = 1 / (1 + np.exp(-xb @ w))
        w -= rate * (xb.T @ (p - y) + l2 * np.r_[w[:-1], 0]) / len(y)
    return w


def held_out_probabilities(rows: Sequence[dict[str, Any]]) -> np.ndarray:
    """Each row's probability from a model fitted on every set but its own."""
    x = np.array([r["x"] for r in rows], float)
    y = np.array([r["y"] for r in rows], float)
    sets = np.array([r["set"] for r in rows])
    found = np.zeros(len(rows))
    for name in sorted(set(sets)):
        train = sets != name
        if not y[train].any():
            continue  # nothing to learn from: every probability stays 0
        w = _fit(x[train], y[train])
        found[~train] = 1 / (1 + np.exp(-(np.hstack([x[~train], np.ones((int((~train).sum()), 1))]) @ w)))
    return found


def taken(rows: Sequence[dict[str, Any]], probabilities: np.ndarray, threshold: float) -> tuple[int, int]:
    """(Flag items caught, false ``changed`` added) taking pairs one-to-one per text pair, most probable first."""
    by_pair: dict[tuple[str, str], list[int]] = defaultdict(list)
    for k, row in enumerate(rows):
        by_pair[row["set"], row["pair"]].append(k)
    right = wrong = 0
    for indexes in by_pair.values():
        olds: set[object] = set()
        news: set[object] = set()
        for k in sorted(indexes, key=lambda k: (-probabilities[k], k)):
            if probabilities[k] < threshold:
                break
            if rows[k]["old"] in olds or rows[k]["new"] in news:
                continue
            olds.add(rows[k]["old"])
            news.add(rows[k]["new"])
            right, wrong = (right + 1, wrong) if rows[k]["y"] else (right, wrong + 1)
    return right, wrong


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="+", type=Path, help="key sets (tests/facts_*), one fold each")
    args = parser.parse_args(argv)
    rows = leftover_pairs(args.corpora)
    flags = sum(r["y"] for r in rows)
    print(f"pairs left alone with values that differ  {len(rows)}, of which flag items {flags}")
    if flags == 0:
        print("no flag item is left alone: nothing to learn")
        return 0
    probabilities = held_out_probabilities(rows)
    print("threshold  flag items caught  false changed added  precision of the added")
    for threshold in THRESHOLDS:
        right, wrong = taken(rows, probabilities, threshold)
        share = f"{right / (right + wrong):.2f}" if right + wrong else "-"
        print(f"{threshold:9.1f}  {right:17d}  {wrong:19d}  {share}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
