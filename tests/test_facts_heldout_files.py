"""The evaluation material is well formed: tests/facts_heldout, every tests/facts_heldout_X set, tests/facts_traps and tests/matrix_corpus.

These tests do not score docdelta (the material measures code that was not tuned on it; see the
folders' READMEs and ``benchmarks/facts.py --corpus``, ``benchmarks/matrix.py``). They check that
every file parses and that every key item names text that stands where the key says, so a key item
can never hold vacuously because of a typo.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import pytest

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

ROOT = Path(__file__).resolve().parent.parent
HELDOUT = ROOT / "tests" / "facts_heldout"
#: The lettered sets (b, c, ... z, then aa, ab ...), each written for one first run on unseen text (see their READMEs).
LETTERED = sorted((ROOT / "tests").glob("facts_heldout_?")) + sorted((ROOT / "tests").glob("facts_heldout_??"))
TRAPS = ROOT / "tests" / "facts_traps"
MATRIX = ROOT / "tests" / "matrix_corpus"
_spec = importlib.util.spec_from_file_location("docdelta_bench_facts_heldout", ROOT / "benchmarks" / "facts.py")
assert _spec is not None and _spec.loader is not None
facts = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(facts)

PAIRS = facts.pairs(HELDOUT)
TRAP_PAIRS = facts.pairs(TRAPS)
ALL_PAIRS = PAIRS + [pair for folder in LETTERED for pair in facts.pairs(folder)] + TRAP_PAIRS
REPORT_SETS = sorted(path for path in MATRIX.iterdir() if path.is_dir())


def test_the_heldout_corpus_is_large_enough_with_unique_ids_and_both_kinds():
    assert len(PAIRS) >= 24
    assert len({pair["id"] for pair in PAIRS}) == len(PAIRS)
    assert {pair["kind"] for pair in PAIRS} == {"versions", "outlets"}
    assert sum(len(pair["flag"]) for pair in PAIRS) >= 40
    assert sum(len(pair["keep"]) for pair in PAIRS) >= 80


@pytest.mark.parametrize(
    "folder",
    LETTERED,
    ids=lambda folder: folder.name,
)
def test_a_sealed_set_is_large_enough_and_no_pair_id_is_used_twice(folder):
    sealed = facts.pairs(folder)
    # (a set may hold one kind only: ch is of successive versions, ci of outlets). A set in the form of
    # the reports kept aside, 350 words a side or more (fp, fq, fr), holds as much text in 5 pairs.
    long_form = all(len(pair[side].split()) >= 350 for pair in sealed for side in ("old", "new"))
    assert len(sealed) >= (5 if long_form else 10) and {pair["kind"] for pair in sealed} <= {"versions", "outlets"}
    ids = [pair["id"] for pair in ALL_PAIRS + facts.pairs()]
    assert len(set(ids)) == len(ids)


def test_the_trap_set_holds_many_keep_items_in_report_sized_texts():
    """The precision set's point is its many keep items beside a few flags, in texts as long as reports."""
    assert len(TRAP_PAIRS) == 16 and {pair["kind"] for pair in TRAP_PAIRS} == {"versions", "outlets"}
    assert sum(len(pair["flag"]) for pair in TRAP_PAIRS) >= 20
    assert sum(len(pair["keep"]) for pair in TRAP_PAIRS) >= 150
    for pair in TRAP_PAIRS:
        assert pair["flag"], pair["id"]
        for side in ("old", "new"):
            text = pair[side].strip()
            assert 100 <= len(text.split()) <= 250, (pair["id"], side)
            assert 4 <= len([p for p in text.split("\n\n") if p.strip()]) <= 6, (pair["id"], side)


@pytest.mark.parametrize("pair", ALL_PAIRS, ids=[pair["id"] for pair in ALL_PAIRS])
def test_every_key_item_names_a_number_in_its_side_and_sentence(pair):
    assert set(pair) <= {"id", "kind", "old", "new", "flag", "keep"}
    for side in ("old", "new"):
        assert len(facts.sentences(pair[side])) >= 3, (pair["id"], side)
    for item in pair["flag"] + pair["keep"]:
        assert set(item) <= {"old", "new", "old_in", "new_in"} and ("old" in item or "new" in item), item
        if item in pair["flag"]:
            assert "old" in item and "new" in item, item
        for side in ("old", "new"):
            if side not in item:
                assert f"{side}_in" not in item, item
                continue
            piece = item.get(f"{side}_in", "")
            holding = [s for s in facts.sentences(pair[side]) if piece in s and facts.written_in(s, item[side])]
            assert holding, (pair["id"], item, side)


@pytest.mark.parametrize("folder", REPORT_SETS, ids=[folder.name for folder in REPORT_SETS])
def test_a_report_set_has_15_to_18_reports_of_200_to_450_words_and_a_readme(folder):
    reports = sorted(folder.glob("*.txt"))
    assert 15 <= len(reports) <= 18
    for report in reports:
        assert 200 <= len(report.read_text(encoding="utf-8").split()) <= 450, report.name
    assert (MATRIX / "README.md").is_file()


@pytest.mark.parametrize("folder", REPORT_SETS, ids=[folder.name for folder in REPORT_SETS])
def test_every_key_entry_names_text_that_stands_in_its_report(folder):
    with (folder / "key.toml").open("rb") as handle:
        key = tomllib.load(handle)
    texts = {path.name: path.read_text(encoding="utf-8") for path in folder.glob("*.txt")}
    shared_ids = {shared["id"] for shared in key["shared"]}

    def stands(name: str, forms: list[str], piece: str) -> bool:
        held = [s for s in facts.sentences(texts[name]) if piece in s]
        return any(facts.written_in(s, form) for s in held for form in forms)

    assert len(key["outlier"]) == 2
    for outlier in key["outlier"]:
        assert stands(outlier["file"], [outlier["written"]], outlier["in"]), outlier
        assert outlier["shared"] in shared_ids
        assert outlier["file"] not in next(s for s in key["shared"] if s["id"] == outlier["shared"])["claims"]
    for shared in key["shared"]:
        assert len(shared["claims"]) >= 3, shared["id"]
        for name, piece in shared["claims"].items():
            assert stands(name, list(shared["written"]), piece), (shared["id"], name)


def test_the_benchmarks_read_the_heldout_material(capsys):
    """``facts.py --corpus`` scores the held-out pairs; ``matrix.py`` builds the matrix the CLI shows."""
    assert facts.main(["--corpus", str(HELDOUT)]) == 0
    out = capsys.readouterr().out
    assert f"pairs {len(PAIRS)}\n" in out
    right, found = map(int, re.search(r"\((\d+) of (\d+) changed findings\)", out).groups())
    per_pair = re.search(r"^false changed per pair (\d\.\d{3})  \((\d+) over (\d+) pairs\)$", out, re.MULTILINE)
    assert per_pair is not None and int(per_pair[2]) == found - right and int(per_pair[3]) == len(PAIRS)
    assert float(per_pair[1]) == round((found - right) / len(PAIRS), 3)
    # the lines per kind of pair add up to the totals
    caught, flags = map(int, re.search(r"\((\d+) of (\d+) flag items\)", out).groups())
    kinds = [tuple(map(int, row)) for row in re.findall(r"^  (?:outlets|versions) +(\d+) of (\d+) flag items, (\d+) false changed over (\d+) pairs$", out, re.MULTILINE)]
    assert kinds and tuple(map(sum, zip(*kinds))) == (caught, flags, found - right, len(PAIRS))
    # the misses, told by what became of them, add up to the flag items not caught
    misses = re.search(r"^missed flag items +(\d+): (\d+) never paired, (\d+) no claim, (\d+) only differs, (\d+) paired otherwise$", out, re.MULTILINE)
    assert misses is not None and int(misses[1]) == flags - caught == sum(map(int, misses.groups()[1:]))
    assert facts.main(["--corpus", str(ROOT / "tests")]) == 2  # no pairs there

    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        spec = importlib.util.spec_from_file_location("docdelta_bench_matrix", ROOT / "benchmarks" / "matrix.py")
        assert spec is not None and spec.loader is not None
        matrix = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(matrix)
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    for folder in REPORT_SETS:
        assert matrix.main([str(folder)]) == 0
        out = capsys.readouterr().out
        rows = re.search(r"^rows (\d+) .*the CLI's Claim matrix section: (\d+) rows; .*\)$", out, re.MULTILINE)
        assert rows is not None and rows[1] == rows[2]
        assert out.startswith(f"reports {len(list(folder.glob('*.txt')))} ")
        assert re.search(r"^planted outliers shown as dissent +\d+ of 2$", out, re.MULTILINE)
