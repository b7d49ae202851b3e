"""``docdelta compare --matrix``: nine outlets' reports of one event, one row per quantity.

The reports are short texts written for this test about the earthquake of 3 April 2024 in Hualien,
Taiwan, with the figures outlets gave that day: magnitude 7.4 (Taiwan's weather agency: 7.2), nine
dead, more than 1,000 injured (1,011 by the fire agency's count), the strongest since 1999. One
outlet (``site-f.txt``) still gives an earlier toll, seven dead and more than 700 injured.
"""

from __future__ import annotations

import pytest

import docdelta
from docdelta_claims import text_claims
from docdelta_claims.match import comparable, relation
from docdelta_claims.matrix import claim_matrix

REPORTS = {
    "wire-a.txt": "A magnitude 7.4 earthquake struck eastern Taiwan on April 3, 2024, killing nine people. More than "
    "1,000 people were injured, the fire agency said. It was the strongest quake to hit the island since 1999.",
    "wire-b.txt": "Nine people died and 1,011 were hurt after a 7.4-magnitude earthquake shook Hualien on April 3, "
    "2024. Rescuers were still trying to reach 50 workers stranded in a national park.",
    "daily-c.txt": "Taiwan's strongest earthquake in 25 years killed nine people on April 3, 2024. Over 1,000 people "
    "were injured and dozens of buildings were damaged in Hualien county.",
    "radio-d.txt": "At least nine people were killed when a magnitude 7.4 quake hit Hualien on April 3, 2024. The "
    "island's weather agency measured it at 7.2.",
    "paper-e.txt": "The April 3, 2024 earthquake in Hualien killed nine people and injured more than 1,000, officials "
    "said. Schools across the island were evacuated.",
    "site-f.txt": "Seven people were killed by the magnitude 7.4 earthquake that struck Taiwan on April 3, 2024, the "
    "authorities said. More than 700 people were injured.",
    "agency-g.txt": "Nine people died in the earthquake of April 3, 2024, the most powerful to hit Taiwan since 1999. "
    "Officials counted 1,011 injured.",
    "tv-h.txt": "The quake of April 3, 2024 left nine people dead in Hualien. More than 1,000 were injured and 50 "
    "workers were trapped in a gorge.",
    "weekly-i.txt": "On April 3, 2024 a 7.4-magnitude earthquake killed nine people in eastern Taiwan, the deadliest "
    "since 1999.",
}
NAMES = list(REPORTS)
OUTLIER = NAMES.index("site-f.txt")


@pytest.fixture(scope="module")
def matrix():
    return claim_matrix([text_claims(text) for text in REPORTS.values()])


def test_the_reports_make_few_rows_each_a_quantity_two_reports_state(matrix):
    assert 4 <= len(matrix.rows) <= 8
    for row in matrix.rows:
        assert sum(claim is not None for claim in row.claims) >= 2


def test_the_outlet_with_the_earlier_toll_is_the_only_dissent(matrix):
    dissent = [row for row in matrix.rows if row.dissenters]
    assert len(dissent) == 1
    toll = dissent[0]
    assert toll is matrix.rows[0]  # disagreements first
    assert toll.majority.value == 9 and len(toll.support) == 8
    assert toll.dissenters == (OUTLIER,) and toll.claims[OUTLIER].text == "Seven"
    assert toll.message(NAMES) == "people: nine in 8 reports, Seven in site-f.txt"


def test_support_and_dissent_mean_what_a_two_document_comparison_says(matrix):
    for row in matrix.rows:
        for index, claim in enumerate(row.claims):
            if claim is None:
                continue
            conflict = comparable(row.majority, claim) and relation(row.majority, claim) == "changed"
            assert (index in row.dissenters) == conflict
            assert (index in row.support) != conflict


def test_more_than_700_injured_is_no_dissent_against_1011(matrix):
    injured = [row for row in matrix.rows if any(c is not None and c.text == "More than 700" for c in row.claims)]
    assert len(injured) == 1 and injured[0].dissenters == ()
    assert injured[0].majority.text == "1,011" and OUTLIER in injured[0].support


def test_the_date_every_report_gives_is_one_agreed_row_after_the_rows_that_differ(matrix):
    dates = [row for row in matrix.rows if row.category == "date"]
    assert len(dates) == 1
    assert dates[0].support == tuple(range(len(REPORTS))) and dates[0].dissenters == ()
    assert matrix.rows.index(dates[0]) > 1 and all(not row.dissenters for row in matrix.rows[1:])
    later = matrix.rows[matrix.rows.index(dates[0]) :]
    assert all(row.category in ("date", "year") for row in later)


def test_the_cli_matrix_names_the_outlier_by_its_file_name(tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    paths = []
    for name, text in REPORTS.items():
        (folder / name).write_text(text, encoding="utf-8")
        paths.append(folder / name)
    session = docdelta.Session()
    series = session.compare_series(paths, mode="matrix")
    (section,) = session.sections(series)
    rows = [[cell.text for cell in row] for row in section.rows]
    assert rows[0] == ["people (count)", "nine (8 of 9 reports)", "Seven in site-f.txt", "9 of 9"]
    assert [row[2] for row in rows[1:]] == ["none"] * (len(rows) - 1)
    for format_name in ("text", "markdown", "html"):
        page = session.render(series, format_name)
        assert "site-f.txt" in page and "Claims over the" not in page


def test_the_first_report_as_the_odd_one_out_is_the_dissenter_and_the_only_verdict():
    """Issue 20: with report 1 the odd one out, the page said the agreeing reports 'changed'."""
    first = ["site-f.txt", *(name for name in NAMES if name != "site-f.txt")]
    session = docdelta.Session()
    sources = [docdelta.Source.from_text(REPORTS[name], f"outlets/{name}") for name in first]
    series = session.compare_series(sources, mode="matrix")
    (section,) = session.sections(series)
    dissent = [[cell.text for cell in row] for row in section.rows if row[2].text != "none"]
    assert dissent == [["people (count)", "nine (8 of 9 reports)", "Seven in site-f.txt", "9 of 9"]]
    overview = session.render(series, "text").split("=== step")[0]
    assert "changed" not in overview and "site-f.txt" in overview
