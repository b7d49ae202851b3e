"""benchmarks/frame_survey.py: what the frame reader makes of every count, over folders of sets."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("docdelta_frame_survey", ROOT / "benchmarks" / "frame_survey.py")
assert _spec is not None and _spec.loader is not None
frame_survey = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(frame_survey)


def _write_set(folder: Path) -> None:
    (folder / "facts").mkdir(parents=True)
    (folder / "facts" / "pairs.toml").write_text(
        '[[pair]]\nid = "one"\nold = """The rebels freed 12 hostages on Monday."""\n'
        'new = """Volunteers sorted 30 parcels for the villages."""\n',
        encoding="utf-8",
    )
    (folder / "matrix").mkdir()
    (folder / "matrix" / "a.txt").write_text("Some 40 cheerful volunteers sorted parcels.\n\nThe rebels freed 12 hostages on Monday.", encoding="utf-8")


def test_the_survey_counts_unclassed_predicates_and_non_noun_things_once_per_text(tmp_path):
    _write_set(tmp_path)
    predicates, things, example = frame_survey.survey([tmp_path])
    # "sorted 30 parcels": a verb of no known class, once; "freed" is the class free, not listed
    assert predicates["sort"] == 2 and "free" not in predicates
    assert example["predicate sort"] == "Volunteers sorted 30 parcels for the villages."
    # "40 cheerful volunteers": the head is a noun, so no thing is listed
    assert not things


def test_the_survey_prints_both_tables(tmp_path, capsys):
    _write_set(tmp_path)
    assert frame_survey.main([str(tmp_path), "--top", "3"]) == 0
    out = capsys.readouterr().out
    assert "predicates outside the known classes: 2 counts, 1 predicates" in out
    assert "sort" in out and "things whose last word is no noun" in out


def test_a_thing_whose_head_the_lexicon_knows_as_no_noun_is_listed(tmp_path, monkeypatch):
    """(The frame reader's own misreadings change as it is mended; here one is given to the survey.)"""
    from docdelta_claims.frame import Frame, claim_frame

    def misread(claim):
        found = claim_frame(claim)
        return Frame("terrified", found.predicate) if claim.text == "Some 40" else found

    _write_set(tmp_path)
    monkeypatch.setattr(frame_survey, "claim_frame", misread)
    _, things, example = frame_survey.survey([tmp_path])
    assert things == {"terrified": 1}
    assert example["thing terrified"].startswith("Some 40 cheerful volunteers")
