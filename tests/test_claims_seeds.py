"""The numeric-claims check on the seeds (OLD = the feed text 001_, NEW = the site text 000_),
through the public API and the CLI."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

import docdelta

ROOT = Path(__file__).resolve().parent.parent
OLD_PATH = ROOT / "seeds" / "001_561bb7da592d2a00.txt"
NEW_PATH = ROOT / "seeds" / "000_ff12f16f314725a3.txt"
OLD = OLD_PATH.read_text(encoding="utf-8")
NEW = NEW_PATH.read_text(encoding="utf-8")

#: Every claim between the seeds: (status, category, OLD text, NEW text). Nothing else is a claim.
SEED_CLAIMS = [
    ("removed", "duration", "two days", None),
    ("added", "count", None, "over 100"),
    ("added", "count", None, "114"),
    ("compatible", "date", "Dec. 13", "Dec. 13, 2025"),
    ("same", "date", "Dec. 13", "Dec. 13"),
    ("same", "date", "November", "November"),  # "in November": a month named alone is a date
    ("same", "count", "123", "123"),
    ("same", "count", "five", "five"),
    ("same", "year", "2020", "2020"),
    ("same", "year", "2021", "2021"),
    ("same", "year", "2021", "2021"),
    ("same", "count", "52", "52"),
    ("same", "date", "September", "September"),
    ("same", "count", "three", "three"),
    ("same", "year", "1994", "1994"),
    ("same", "year", "2022", "2022"),
]


def claims(report: docdelta.Report) -> list[docdelta.Finding]:
    return [f for f in report.findings if f.check == "numeric-claims"]


def table(report: docdelta.Report) -> list[tuple[str, str, str | None, str | None]]:
    return [
        (f.data["status"], f.data["category"], (f.data["old"] or {}).get("text"), (f.data["new"] or {}).get("text"))
        for f in claims(report)
    ]


def one(report: docdelta.Report, text: str, side: str = "new") -> docdelta.Finding:
    found = [f for f in claims(report) if (f.data[side] or {}).get("text") == text]
    assert len(found) == 1, table(report)
    return found[0]


@pytest.fixture(scope="module")
def report() -> docdelta.Report:
    return docdelta.compare(OLD_PATH, NEW_PATH)


def test_the_seeds_claim_list_is_exactly_the_numbers_they_state(report):
    assert table(report) == SEED_CLAIMS


@pytest.mark.parametrize("plugins", [["claims"], ["news", "claims"]])
def test_the_claim_list_does_not_depend_on_other_plugins(plugins):
    """With or without the news parser, the header's ``date 2025-12-13`` is never a claim."""
    report = docdelta.Session(plugins=plugins).compare(OLD, NEW)
    assert table(report) == SEED_CLAIMS


def test_123_political_prisoners_is_the_same(report):
    finding = one(report, "123")
    assert finding.data["status"] == "same" and finding.data["subject"] == "political prisoners"
    assert finding.data["old"]["value"] == finding.data["new"]["value"] == 123
    assert finding.severity == "info" and not finding.factual


def test_over_100_political_prisoners_is_never_changed(report):
    finding = one(report, "over 100")
    assert finding.data["status"] in ("added", "compatible")
    record = finding.data["new"]
    assert (record["value"], record["low"], record["high"]) == (100, 100, None)
    assert (record["low_open"], record["qualifier"]) == (True, "over")
    assert record["sentence"].startswith("The U.S. lifted sanctions on Belarusian potash")


def test_five_ukrainian_nationals_and_five_ukrainians_are_one_claim(report):
    finding = one(report, "five")
    assert finding.data["status"] == "same"
    assert finding.data["old"]["value"] == finding.data["new"]["value"] == 5
    assert "five Ukrainians were among those freed" in finding.data["old"]["sentence"]
    assert "five Ukrainian nationals" in finding.data["new"]["sentence"]


def test_114_transferred_is_added_and_two_days_of_talks_removed(report):
    added = one(report, "114")
    assert added.data["status"] == "added" and "transferred to ukraine" == added.data["subject"]
    assert added.severity == "medium" and added.factual and added.old_spans == ()
    removed = one(report, "two days", side="old")
    assert removed.data["status"] == "removed" and removed.data["category"] == "duration"
    assert removed.data["old"]["unit"] == "day" and removed.data["subject"] == "days of talks"


def test_52_and_three_additional_aircraft_are_the_same(report):
    assert one(report, "52").data["status"] == "same"
    aircraft = one(report, "three")
    assert aircraft.data["status"] == "same" and aircraft.data["subject"] == "additional aircraft"


@pytest.mark.parametrize("year", ["2020", "2021", "1994", "2022"])
def test_years_are_the_same_and_typed_as_years(report, year):
    found = [f for f in claims(report) if (f.data["new"] or {}).get("text") == year]
    assert found and all(f.data["status"] == "same" and f.data["category"] == "year" for f in found)
    assert all(f.data["new"]["value"] == int(year) for f in found)


def test_dec_13_is_the_same_date(report):
    same = [f for f in claims(report) if f.data["status"] == "same" and f.data["category"] == "date"]
    assert [(f.data["old"]["text"], f.data["new"]["value"]) for f in same] == [
        ("Dec. 13", "--12-13"),
        ("November", "--11"),
        ("September", "--09"),
    ]
    # The other "Dec. 13" (the day the prisoners were freed) meets the caption's "Dec. 13, 2025".
    (other,) = [f for f in claims(report) if f.data["status"] == "compatible"]
    assert (other.data["old"]["value"], other.data["new"]["value"]) == ("--12-13", "2025-12-13")
    assert other.severity == "low" and not other.factual


def test_no_claim_changed_between_the_seeds(report):
    assert [f for f in claims(report) if f.data["status"] == "changed"] == []


def test_spans_quote_the_claims_in_each_text(report):
    for finding in claims(report):
        for spans, text, side in ((finding.old_spans, OLD, "old"), (finding.new_spans, NEW, "new")):
            record = finding.data[side]
            assert len(spans) == (record is not None)
            if record:
                assert spans[0].slice(text) == record["text"]
                assert record["sentence"] in text


def replace_once(text: str, old: str, new: str) -> str:
    assert text.count(old) == 1, old
    return text.replace(old, new)


@pytest.mark.parametrize(
    ("old_text", "new_text", "subject", "before", "after"),
    [
        (OLD, replace_once(NEW, "123 political", "132 political"), "political prisoners", "123", "132"),
        (
            OLD,
            replace_once(NEW, "five Ukrainian nationals", "six Ukrainian nationals"),
            "ukrainian nationals",
            "five",
            "six",
        ),
        (replace_once(OLD, "five Ukrainians", "six Ukrainians"), NEW, "ukrainian nationals", "six", "five"),
    ],
    ids=["123-to-132", "five-to-six-in-new", "five-to-six-in-old"],
)
def test_editing_one_number_changes_exactly_that_claim(old_text, new_text, subject, before, after):
    report = docdelta.compare(old_text, new_text)
    changed = [f for f in claims(report) if f.data["status"] == "changed"]
    assert len(changed) == 1, table(report)
    finding = changed[0]
    assert (finding.data["subject"], finding.data["old"]["text"], finding.data["new"]["text"]) == (
        subject,
        before,
        after,
    )
    assert finding.severity == "high" and finding.factual
    assert finding.message == f"{subject}: {before} → {after} (changed)"
    # Everything else keeps its status; the edited claim's row is the only one that differs.
    rest = [row for row in table(report) if row[0] != "changed"]
    assert len(rest) == len(SEED_CLAIMS) - 1
    # The changed words are raised to the factual class by the finding.
    assert any(e.change_class == "factual" for e in report.edits if e.is_change)


def test_the_envoys_day_edited_is_not_taken_by_the_release_that_day():
    """The feed's "Cole said on Dec. 12" against the site's "Cole said on Dec. 13": the feed's
    "which Lukashenko freed on Dec. 13" equals the site's said-day by value, but the site's caption
    ("released from prison ... on Dec. 13, 2025") is that release told again."""
    report = docdelta.compare(replace_once(OLD, "said on Dec. 13 following", "said on Dec. 12 following"), NEW)
    dates = [
        (f.data["status"], f.data["old"] and f.data["old"]["text"], f.data["new"] and f.data["new"]["text"])
        for f in claims(report)
        if "Dec." in f.message
    ]
    assert sorted(dates) == [("changed", "Dec. 12", "Dec. 13"), ("compatible", "Dec. 13", "Dec. 13, 2025")], dates


@pytest.mark.parametrize("day", ["Dec. 12", "Dec. 14"])
def test_the_envoys_day_edited_on_the_site_meets_the_feeds_lede_not_the_release(day):
    """The site's "Cole said on Dec. 12" against the feed, whose lede tells the envoy's words with no
    verb read for its day ("... John Cole said on Dec. 13 following a meeting ..., in exchange for
    ..."): the site's caption ("released from prison ... on Dec. 13, 2025") meets the feed's "which
    Lukashenko freed on Dec. 13", the release told again, not the lede's day; the lede's day is then
    the envoy's, changed. Both ways round."""
    edited = replace_once(NEW, "said on Dec. 13 following", f"said on {day} following")
    for old, new, feed_side in ((edited, OLD, "new"), (OLD, edited, "old")):
        found = {
            f.data["status"]: (f.data["old"]["text"], f.data["new"]["text"], f.data[feed_side]["sentence"])
            for f in claims(docdelta.compare(old, new))
            if "Dec." in f.message
        }
        assert set(found) == {"changed", "compatible"}
        assert found["changed"][:2] == ((day, "Dec. 13") if feed_side == "new" else ("Dec. 13", day))
        assert "John Cole said on Dec. 13" in found["changed"][2]
        assert "which Lukashenko freed on Dec. 13" in found["compatible"][2]


def test_findings_follow_the_data_contract(report):
    for finding in claims(report):
        assert finding.kind == "claim"
        assert set(finding.data) == {"status", "subject", "category", "old", "new", "evidence"}
        assert (finding.data["evidence"] is None) == (finding.data["status"] not in ("changed", "differs"))
        for side in ("old", "new"):
            record = finding.data[side]
            if record is not None:
                keys = {"text", "value", "low", "high", "low_open", "high_open", "qualifier", "unit", "sentence"}
                keys.add("direction")
                assert set(record) == keys
        assert finding.factual == (finding.data["status"] in ("changed", "differs", "added", "removed"))
        assert "\n" not in finding.message
        json.dumps(dict(finding.data), allow_nan=False)


def test_the_check_is_deterministic():
    first = docdelta.compare(OLD, NEW)
    second = docdelta.compare(OLD, NEW)
    assert [(f.message, dict(f.data)) for f in claims(first)] == [(f.message, dict(f.data)) for f in claims(second)]


def test_cli_json_report_carries_the_claims(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "docdelta", "compare", str(OLD_PATH), str(NEW_PATH), "--format", "json"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 1, result.stderr  # the texts differ
    data = json.loads(result.stdout)
    jsonschema.validate(data, json.loads((ROOT / "docs" / "report.schema.json").read_text(encoding="utf-8")))
    rows = [f["data"] for f in data["findings"] if f["check"] == "numeric-claims"]
    assert [(d["status"], d["category"], (d["old"] or {}).get("text"), (d["new"] or {}).get("text")) for d in rows] == (
        SEED_CLAIMS
    )
    over = next(d for d in rows if (d["new"] or {}).get("text") == "over 100")
    assert over["new"]["low"] == 100 and over["new"]["high"] is None and over["new"]["low_open"] is True


#: Edits an editor makes between two versions of the site story, each with the one pair it must show
#: as changed: a count updated, reworded, moved with its paragraph; a day, a month, a year.
SITE_UPDATES = {
    "count": ([("release of 123 political prisoners", "release of 125 political prisoners")], ("123", "125")),
    "count-reworded": (
        [("Of those released, 114 of them were transferred to Ukraine", "Of the freed, 104 were sent on to Ukraine")],
        ("114", "104"),
    ),
    "day": ([("said on Dec. 13 following", "said on Dec. 12 following")], ("Dec. 13", "Dec. 12")),
    "month": ([("Belavia, in November.", "Belavia, in October.")], ("November", "October")),
    "sanction-year": ([("sanctions imposed on Belaruskali in 2021", "sanctions imposed on Belaruskali in 2023")], ("2021", "2023")),
    "earlier-release-month": (
        [("released 52 political prisoners in September", "released 52 political prisoners in August")],
        ("September", "August"),
    ),
    "paragraph-rewritten": (
        [
            (
                "The lifting of sanctions was in exchange for the release of 123 political prisoners in Belarus, which included five "
                "Ukrainian nationals, Ukraine's military intelligence agency, HUR, said in a public statement.",
                "Minsk freed 128 political prisoners in return, five of them Ukrainian citizens, according to HUR, Ukraine's "
                "military intelligence agency.",
            )
        ],
        ("123", "128"),
    ),
    "in-power-since": ([("who has ruled Belarus since 1994", "who has ruled Belarus since 1995")], ("1994", "1995")),
    "bound": ([("release of over 100 political prisoners", "release of over 120 political prisoners")], ("over 100", "over 120")),
    "moved-and-changed": (
        [
            ("Washington previously lifted sanctions imposed in 2021 on Belarusian airline Belavia after Lukashenko released 52 political prisoners in September.\n\n", ""),
            (
                "The move comes amid",
                "Washington previously lifted sanctions imposed in 2021 on Belarusian airline Belavia after Lukashenko released "
                "54 political prisoners in September.\n\nThe move comes amid",
            ),
        ],
        ("52", "54"),
    ),
}


@pytest.mark.parametrize("update", sorted(SITE_UPDATES))
def test_an_updated_version_of_the_site_story_shows_its_one_changed_figure(update):
    edits, pair = SITE_UPDATES[update]
    new = NEW
    for before, after in edits:
        new = replace_once(new, before, after)
    changed = [(f.data["old"]["text"], f.data["new"]["text"]) for f in claims(docdelta.compare(NEW, new)) if f.data["status"] == "changed"]
    assert changed == [pair]
