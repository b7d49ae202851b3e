"""``benchmarks/embedding_probe.py``: the pairs it dumps are labelled as the facts benchmark scores them,
and the figures it prints are what it says (the scoring itself needs a model docdelta never loads)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("docdelta_bench_embedding_probe", ROOT / "benchmarks" / "embedding_probe.py")
assert _spec is not None and _spec.loader is not None
probe = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(probe)


def test_the_dumped_pairs_hold_their_figures_and_labels(tmp_path):
    target = tmp_path / "pairs.json"
    assert probe.dump(target, [ROOT / "tests" / "facts_heldout_bw"]) == 0
    pairs = json.loads(target.read_text(encoding="utf-8"))
    kinds = {p["item"] for p in pairs}
    assert {"flag", "keep", "changed"} <= kinds
    for p in pairs:
        for sentence, number in zip(p["sentences"], p["numbers"]):
            assert number.lower() in sentence.lower(), (number, sentence)
        if p["item"] == "keep":
            assert p["numbers"][0].lower() != p["numbers"][1].lower()  # another figure: another quantity
    assert any(p["right"] for p in pairs if p["item"] == "flag") and not all(p["right"] for p in pairs if p["item"] == "flag")


def test_the_window_the_overlap_and_the_area_under_the_curve():
    sentence = "Rebels in the north released 105 schoolgirls on Thursday after a night of talks with the church"
    assert probe._window(sentence, "105") == "Rebels in the north released 105 schoolgirls on Thursday after a night"
    assert probe._overlap("freed 52 prisoners", "52 prisoners freed") == 1.0
    assert probe._overlap("freed prisoners", "held journalists") == 0.0
    assert probe._auc([0.9, 0.8], [0.1, 0.2]) == 1.0
    assert probe._auc([0.1], [0.9]) == 0.0
    assert probe._auc([0.5], [0.5]) == 0.5
