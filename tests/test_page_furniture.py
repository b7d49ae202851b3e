"""Two copies of one web page taken hours apart: what changed in the page's furniture (the time
since the last update, the reading time, the credits) is no fact that changed; the story's own
figures are still compared. Through the installed plugins, as ``docdelta compare`` runs them."""

from __future__ import annotations

from pathlib import Path

from docdelta import Session
from docdelta.cli import main

PAGE = """Belarus frees 31 prisoners after U.S. talks

By Jane Roe

December 13, 2025 {clock} GMT+3 Updated {hours} hours ago

{minutes} min read

VILNIUS, Dec 13 (Reuters) - Belarus freed {freed} prisoners on Saturday after talks with a U.S. envoy, a rights group said.

The group said 1,100 political prisoners remain in jail.

Reporting by Jane Roe{more}; Editing by Ann Smith
"""
EARLIER = PAGE.format(clock="10:43 AM", hours=2, minutes=3, freed=31, more="")
LATER = PAGE.format(clock="1:15 PM", hours=5, minutes=4, freed=31, more="; Additional reporting by Tom Doe")


def claim_statuses(old: str, new: str) -> list[tuple[str, str | None, str | None]]:
    report = Session(plugins=["news", "claims"]).compare(old, new)
    return [
        (f.data["status"], (f.data["old"] or {}).get("text"), (f.data["new"] or {}).get("text"))
        for f in report.findings
        if f.check == "numeric-claims" and f.kind == "claim"
    ]


def test_furniture_that_changed_gives_no_finding_and_the_copies_compare_equal(tmp_path: Path, capsys) -> None:
    statuses = claim_statuses(EARLIER, LATER)
    assert {status for status, _, _ in statuses} == {"same"}
    assert ("same", "31", "31") in statuses and ("same", "1,100", "1,100") in statuses
    (tmp_path / "a.txt").write_text(EARLIER, encoding="utf-8")
    (tmp_path / "b.txt").write_text(LATER, encoding="utf-8")
    assert main(["compare", str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]) == 0
    assert "changes: 0 factual, 0 substantive, 0 wording, 0 typo, 0 format" in capsys.readouterr().out


def test_the_story_s_own_figures_are_still_compared_beside_the_furniture() -> None:
    later = PAGE.format(clock="1:15 PM", hours=5, minutes=4, freed=33, more="")
    changed = [(old, new) for status, old, new in claim_statuses(EARLIER, later) if status == "changed"]
    assert changed == [("31", "33")]


def test_include_ignored_compares_the_furniture_too() -> None:
    report = Session(plugins=["news", "claims"], options={"include-ignored": True}).compare(EARLIER, LATER)
    assert report.has_changes


RELATED = """Belarus frees 31 prisoners after U.S. talks

Belarus freed 31 prisoners on Saturday after talks with a U.S. envoy, a rights group said.

Related coverage

Russian strikes kill {killed} in {city}

{country} reopens {crossings} border crossings with Belarus

The group said {jailed} political prisoners remain in jail.
"""


def test_links_under_a_related_coverage_heading_are_no_statements_of_the_story() -> None:
    """A page's list of links to other stories changes from one copy to the next: its headlines'
    figures ("kill 4" / "kill 9") are no figures of this story. The list ends at the first paragraph
    that is a sentence, whose figures are compared again."""
    earlier = RELATED.format(killed=4, city="Kyiv", country="Poland", crossings="two", jailed="1,100")
    later = RELATED.format(killed=9, city="Kharkiv", country="Lithuania", crossings="three", jailed="1,200")
    changed = [(old, new) for status, old, new in claim_statuses(earlier, later) if status == "changed"]
    assert changed == [("1,100", "1,200")]
    kinds = [block.kind for block in Session(plugins=["news"]).parse(earlier).blocks]
    assert kinds == ["standfirst", "paragraph", "related-link", "related-link", "related-link", "paragraph"]


def test_the_story_s_first_paragraph_after_the_furniture_is_its_standfirst() -> None:
    text = "By Jane Roe\n\n3 min read\n\nBelarus freed 31 prisoners on Saturday.\n\nThe group said 1,100 remain jailed."
    kinds = [block.kind for block in Session(plugins=["news"]).parse(text).blocks]
    assert kinds == ["furniture", "furniture", "standfirst", "paragraph"]
