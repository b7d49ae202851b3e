"""``benchmarks/parser_probe.py``: the parts that need no parser (the parse itself needs spaCy 2.3 and
a model docdelta never loads; the figures it printed are in docs/claims.rst)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("docdelta_bench_parser_probe", ROOT / "benchmarks" / "parser_probe.py")
assert _spec is not None and _spec.loader is not None
probe = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(probe)


def test_the_frames_are_compared_through_the_claims_plugins_own_classes():
    acts, things = probe._classes()
    assert acts["release"] == acts["free"] != acts["send"]
    assert things["inhabitant"] == things["people"]
    assert probe._agree(acts["release"], acts["liberate"]) == 1.0
    assert probe._agree(acts["release"], acts["transfer"]) == 0.0
    assert probe._agree(None, acts["transfer"]) == 0.5  # a side that names no verb has nothing to disagree with
