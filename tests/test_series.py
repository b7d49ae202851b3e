"""Many documents: a claims timeline over versions derived from the seeds, and a claim matrix."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import docdelta
from docdelta_claims.sections import claim_tracks

ROOT = Path(__file__).resolve().parent.parent
RSS = (ROOT / "seeds" / "001_561bb7da592d2a00.txt").read_text(encoding="utf-8")
SITE = (ROOT / "seeds" / "000_ff12f16f314725a3.txt").read_text(encoding="utf-8")

EXTRA = "\n\nBorder guards said 40 trucks crossed into Lithuania on Saturday."


def replace_once(text: str, old: str, new: str) -> str:
    assert text.count(old) == 1, old
    return text.replace(old, new)


@pytest.fixture(scope="module")
def versions() -> list[str]:
    """v1 the feed text, v2 the site text plus a paragraph, v3 a later update: one number
    changed, a quote reworded, the added paragraph gone."""
    v3 = replace_once(SITE, "release of 123 political prisoners", "release of 130 political prisoners")
    v3 = replace_once(v3, '"This is a very good step', '"This is a really good step')
    return [RSS, SITE + EXTRA, v3]


@pytest.fixture(scope="module")
def timeline(versions):
    return docdelta.compare_series(versions)


def track(series, subject: str, text: str):
    """The claim track whose subject contains ``subject`` and whose values include ``text``."""
    tracks = claim_tracks(series)
    found = [t for t in tracks if subject in t.subject and any(v is not None and v["text"] == text for v in t.values)]
    assert len(found) == 1, [(t.subject, [v and v["text"] for v in t.values]) for t in tracks]
    return found[0]


def texts(track) -> list[str | None]:
    return [None if v is None else v["text"] for v in track.values]


def test_timeline_has_a_step_per_consecutive_pair(timeline, versions):
    assert timeline.mode == "timeline"
    assert timeline.bases == (0, 1)
    assert [d.text for d in timeline.documents] == versions
    assert [(s.old.text, s.new.text) for s in timeline.steps] == [(versions[0], versions[1]), (versions[1], versions[2])]


def test_claims_timeline_shows_each_value_and_where_it_changed(timeline):
    prisoners = track(timeline, "political prisoner", "130")
    assert texts(prisoners) == ["123", "123", "130"]
    assert prisoners.changed_at == (1,)
    assert prisoners.statuses == ("same", "changed")

    trucks = track(timeline, "truck", "40")
    assert texts(trucks) == [None, "40", None]
    assert trucks.statuses == ("added", "removed")
    assert trucks.changed_at == (0, 1)


def test_timeline_statuses_agree_with_the_pairwise_reports(timeline):
    for claim in claim_tracks(timeline):
        for index, status in enumerate(claim.statuses):
            if status is None:
                continue
            old_value, new_value = claim.values[timeline.bases[index]], claim.values[index + 1]
            pairwise = [
                f.data["status"]
                for f in timeline.steps[index].findings
                if f.check == "numeric-claims"
                and (f.data["old"] or {}).get("text") == (old_value or {}).get("text")
                and (f.data["new"] or {}).get("text") == (new_value or {}).get("text")
            ]
            assert status in pairwise


def test_two_documents_through_series_match_the_pair_report(versions):
    series = docdelta.compare_series(versions[:2])
    pair = docdelta.compare(versions[0], versions[1])
    assert series.steps[0].edits == pair.edits
    assert series.steps[0].findings == pair.findings


def test_against_first_compares_every_version_with_the_first(versions):
    series = docdelta.compare_series(versions, mode="against-first")
    assert series.bases == (0, 0)
    assert [s.old.text for s in series.steps] == [versions[0], versions[0]]
    prisoners = track(series, "political prisoner", "130")
    assert texts(prisoners) == ["123", "123", "130"]


@pytest.fixture(scope="module")
def outlets() -> list[str]:
    """Four reports of one event that agree on every number but one, written differently."""
    crowd = "\n\nPolice counted 1,000 supporters outside the embassy in Vilnius."
    a = SITE + crowd
    b = replace_once(a, "included five Ukrainian nationals", "included 5 Ukrainian nationals")
    b = replace_once(b, "counted 1,000 supporters", "counted 1000 supporters")
    c = replace_once(a, "Of those released, 114 of them", "Of those released, 104 of them")
    d = replace_once(a, "release of 123 political prisoners in Belarus, which", "release of over 100 political prisoners in Belarus, which")
    return [a, b, c, d]


def test_matrix_flags_only_the_real_disagreement(outlets):
    names = ["feeds/a.txt", "feeds/b.txt", "site/c.txt", "site/d.txt"]
    session = docdelta.Session()
    series = session.compare_series([docdelta.Source.from_text(text, name) for text, name in zip(outlets, names)], mode="matrix")
    sections = session.sections(series)
    assert [section.title for section in sections] == ["Claim matrix"]  # one verdict: no timeline against report 1
    rows = [[cell.text for cell in row] for row in sections[0].rows]
    dissent = [row for row in rows if row[2] != "none"]
    assert dissent == [["transferred to ukraine (count)", "114 (3 of 4 reports)", "104 in c.txt", "4 of 4"]]
    assert all(row[3] == "4 of 4" and "(4 of 4 reports)" in row[1] for row in rows if row[2] == "none")
    overview = session.render(series, "text").split("=== step")[0]
    assert "≠ disagrees 104 in c.txt" in " ".join(overview.split())
    assert "document 3" not in overview and "report 3" not in overview


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "docdelta", *args], capture_output=True, text=True)


def test_cli_series_json_and_text(tmp_path, versions):
    paths = []
    for index, text in enumerate(versions):
        path = tmp_path / f"v{index + 1}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    result = run_cli("compare", *paths, "--format", "json")
    assert result.returncode == 1, result.stderr
    data = json.loads(result.stdout)
    assert data["schema"] == "docdelta.series/2" and data["mode"] == "timeline"
    assert [step["schema"] for step in data["steps"]] == ["docdelta.report/1"] * 2
    timeline = [section for section in data["sections"] if section["title"] == "Claims over the versions"]
    prisoners = [row for row in timeline[0]["rows"] if "130" in [cell["text"] for cell in row]]
    assert [[cell["text"], cell["badge"]] for cell in prisoners[0][1:]] == [["123", ""], ["123", ""], ["130", "≠ changed"]]

    text = run_cli("compare", *paths, "--color", "never")
    assert "Claims over the versions" in text.stdout
    assert "political prisoners (count) | 123 | 123 | ≠ changed 130" in text.stdout


def test_cli_series_directory_is_ordered_by_date(tmp_path):
    folder = tmp_path / "story"
    folder.mkdir()
    (folder / "a.txt").write_text("date: 2025-12-14\n\nThe count rose to 130 prisoners.", encoding="utf-8")
    (folder / "b.txt").write_text("date: 2025-12-13\n\nThe count stood at 123 prisoners.", encoding="utf-8")
    result = run_cli("compare", "--series", str(folder), "--format", "json")
    data = json.loads(result.stdout)
    assert [Path(d["name"]).name for d in data["documents"]] == ["b.txt", "a.txt"]


def test_a_format_without_series_support_is_refused(versions):
    class PairOnly:
        docdelta_name = "pair-only"

        @docdelta.hookimpl
        def docdelta_register_renderers(self, register):
            register(docdelta.Renderer("pair-only", lambda report, context: "x", "Pairs only."))

    session = docdelta.Session(extra_plugins=[PairOnly()])
    series = session.compare_series(versions[:3])
    with pytest.raises(docdelta.UsageError, match="format 'pair-only' cannot show a series"):
        session.render(series, "pair-only")
    assert json.loads(session.render(series, "json"))["schema"] == "docdelta.series/2"
