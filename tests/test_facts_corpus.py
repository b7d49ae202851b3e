"""The development corpus (tests/facts_corpus, see its README): every key item holds.

Each ``flag`` item (two figures for one quantity) must be one ``changed`` pair; each ``keep``
item (different quantities, or one stated alike) must be in no ``changed`` pair. The texts and
the key were written before the pairing was tuned; ``benchmarks/facts.py`` prints precision and
recall over the same corpus.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("docdelta_bench_facts", ROOT / "benchmarks" / "facts.py")
assert _spec is not None and _spec.loader is not None
facts = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(facts)

PAIRS = facts.pairs()
_FINDINGS: dict[str, list] = {}


def findings(pair: dict) -> list:
    if pair["id"] not in _FINDINGS:
        _FINDINGS[pair["id"]] = facts.claim_findings(pair)
    return _FINDINGS[pair["id"]]


#: Items the pairing does not get right yet, and why. Strict: once one holds, its mark must go.
KNOWN_MISSES: dict[str, str] = {}


def items(kind: str) -> list:
    params = []
    for pair in PAIRS:
        for item in pair.get(kind, []):
            name = f"{pair['id']}:{item.get('old', '')}/{item.get('new', '')}"
            marks = [pytest.mark.xfail(reason=KNOWN_MISSES[name], strict=True)] if name in KNOWN_MISSES else []
            params.append(pytest.param(pair, item, id=name, marks=marks))
    return params


def test_the_corpus_is_large_enough_and_covers_both_kinds_of_pair():
    assert len(PAIRS) >= 30
    assert {pair["kind"] for pair in PAIRS} == {"versions", "outlets"}
    assert len({pair["id"] for pair in PAIRS}) == len(PAIRS)
    assert sum(len(pair.get("flag", [])) for pair in PAIRS) >= 30
    assert sum(len(pair.get("keep", [])) for pair in PAIRS) >= 60


@pytest.mark.parametrize(("pair", "item"), items("flag"))
def test_two_figures_for_one_quantity_are_changed(pair, item):
    found = findings(pair)
    assert "changed" in facts.statuses(found, item), [
        (f.data["status"], (f.data["old"] or {}).get("text"), (f.data["new"] or {}).get("text")) for f in found
    ]


@pytest.mark.parametrize(("pair", "item"), items("keep"))
def test_different_quantities_are_never_changed(pair, item):
    assert "changed" not in facts.statuses(findings(pair), item)


def test_a_key_item_names_claims_the_texts_hold():
    """A key item that named no claim at all would hold vacuously: each one names a claim of its text."""
    for pair in PAIRS:
        for item in pair.get("flag", []) + pair.get("keep", []):
            for side in ("old", "new"):
                if side in item:
                    assert item[side].lower() in pair[side].lower(), (pair["id"], item)


def test_the_benchmark_tells_a_false_changed_that_restates_a_flag_items_figures(capsys):
    """A changed finding that pairs the figures a flag item names through other statements (the two
    ledes, where the key names the headlines) stays false in the precision, and is counted apart."""
    import docdelta

    old = "Quake Toll Rises To 33\n\nThe toll rose to 33 on Friday, officials said."
    new = "Quake Toll Rises To 40\n\nThe toll rose to 40 on Friday, officials said."
    findings = docdelta.Session(plugins=["news", "claims"]).compare(old, new).findings
    headlines = {"old": "33", "old_in": "Toll Rises", "new": "40", "new_in": "Toll Rises"}
    ledes = [f for f in findings if f.data["status"] == "changed" and "rose" in f.data["old"]["sentence"]]
    assert ledes and not facts.names(ledes[0], headlines) and facts.restates_flag(ledes[0], headlines)
    assert not facts.restates_flag(ledes[0], {"old": "33", "new": "41"})
    assert facts.main(["--corpus", str(ROOT / "tests" / "facts_corpus")]) == 0
    assert "false changed pairing a flag item's figures in other statements  " in capsys.readouterr().out


def test_the_benchmark_scores_several_corpora_and_each_pass(capsys):
    """``--corpus`` given twice scores both as one; ``--by-pass`` adds a row per pass of the pairing
    (the evidence's ``paired_by``), its changed findings right and false."""
    corpora = ["--corpus", str(ROOT / "tests" / "facts_corpus"), "--corpus", str(ROOT / "tests" / "facts_traps")]
    assert facts.main([*corpora, "--by-pass"]) == 0
    out = capsys.readouterr().out
    both = sum(len(facts.pairs(ROOT / "tests" / name)) for name in ("facts_corpus", "facts_traps"))
    assert f"pairs {both}\n" in out
    rows = {line.split()[0]: line.split()[1:] for line in out.split("by pass", 1)[1].splitlines()[1:]}
    assert {"tiers", "by_frames"} <= rows.keys()
    assert int(rows["by_frames"][0]) > 0

