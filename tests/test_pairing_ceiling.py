"""``benchmarks/pairing_ceiling.py``: the pairs it learns from are the misses the facts benchmark counts,
its folds never see their own set, and its one-to-one taking holds."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import numpy as np

from docdelta_claims import match

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("docdelta_bench_pairing_ceiling", ROOT / "benchmarks" / "pairing_ceiling.py")
assert _spec is not None and _spec.loader is not None
ceiling = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(ceiling)

SET = ROOT / "tests" / "facts_heldout_ad"


def test_every_labelled_pair_is_a_flag_item_the_check_misses_and_the_pass_is_removed():
    passes, story = match._LATER_PASSES, match._pair_story
    rows = ceiling.leftover_pairs([SET])
    assert match._LATER_PASSES is passes and match._pair_story is story
    positives = [r for r in rows if r["y"]]
    assert positives and len(positives) < len(rows)
    widths = {len(r["x"]) for r in rows}
    assert len(widths) == 1
    by_id = {p["id"]: p for p in ceiling.facts.pairs(SET)}
    for row in positives:
        pair = by_id[row["pair"]]
        findings = ceiling.facts.claim_findings(pair)
        items = [
            i for i in pair["flag"]
            if ceiling.facts.written_in(row["old"][0], i["old"]) and ceiling.facts.written_in(row["new"][0], i["new"])
            and i.get("old_in", "") in row["sentences"][0] and i.get("new_in", "") in row["sentences"][1]
        ]
        assert items
        # Left alone by the pairing, so the benchmark scores it a miss: no finding pairs it as changed.
        assert not any("changed" in ceiling.facts.statuses(findings, item) for item in items)


def test_each_fold_is_fitted_without_its_own_set():
    # In set "b" the one feature marks its flags; set "a" has none.
    rows = [{"set": s, "pair": s, "old": (s, k), "new": (s, k), "x": [float(k % 2)], "y": s == "b" and k % 2 == 1} for s in "ab" for k in range(6)]
    found = ceiling.held_out_probabilities(rows)
    assert (found[6:] == 0).all()  # "b" scored by a model of "a" alone: nothing to learn, no probability
    assert (found[1:6:2] > 0.5).all() and (found[0:6:2] < 0.5).all()  # "a" scored by a model of "b"


def test_pairs_are_taken_one_to_one_most_probable_first_above_the_threshold():
    rows = [
        {"set": "s", "pair": "p", "old": ("5", 0), "new": ("6", 0), "y": True},
        {"set": "s", "pair": "p", "old": ("5", 0), "new": ("7", 9), "y": False},  # its old claim is taken
        {"set": "s", "pair": "p", "old": ("8", 4), "new": ("7", 9), "y": False},
        {"set": "s", "pair": "p", "old": ("9", 7), "new": ("3", 2), "y": True},  # below the threshold
    ]
    probabilities = np.array([0.9, 0.95, 0.6, 0.2])
    assert ceiling.taken(rows, probabilities, 0.5) == (0, 1)
    assert ceiling.taken(rows, probabilities, 0.1) == (1, 1)
    assert ceiling.taken(rows, probabilities, 0.99) == (0, 0)
