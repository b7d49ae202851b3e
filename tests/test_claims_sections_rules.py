"""The claims timeline of a series, rule by rule: how each claim is followed through the versions
and how its row is drawn. (``test_series.py`` holds whole series built from the seeds.)"""

from __future__ import annotations

import pytest

import docdelta
from docdelta_claims.sections import claim_tracks, timeline_section

# A toll revised in the second version; a day first given in the third; a figure never touched.
VERSIONS = [
    "Police detained 40 protesters in Minsk. Thirty journalists watched.",
    "Police detained 45 protesters in Minsk. Thirty journalists watched.",
    "Police detained 45 protesters in Minsk on Monday. Thirty journalists watched.",
]


@pytest.fixture(scope="module")
def series():
    return docdelta.compare_series(VERSIONS)


def texts(values):
    return [None if record is None else record["text"] for record in values]


def test_each_claim_is_followed_through_the_versions_the_changed_ones_first_by_kind(series):
    tracks = [(t.subject, t.category, texts(t.values), t.statuses, t.changed_at) for t in claim_tracks(series)]
    assert tracks == [
        ("protesters", "count", ["40", "45", "45"], ("changed", "same"), (0,)),
        # a claim with no subject, first stated in the last version, is labelled by its kind alone
        ("", "date", [None, None, "Monday"], (None, "added"), (1,)),
        ("journalists", "count", ["Thirty", "Thirty", "Thirty"], ("same", "same"), ()),
    ]


def test_a_row_is_marked_where_its_claim_moved_and_the_steady_ones_are_collapsed(series):
    section = timeline_section(series)
    assert section.columns == ("Claim", "1", "2", "3")
    drawn = [[(cell.text, cell.badge, cell.tone) for cell in row] for row in section.rows]
    assert drawn == [
        # the row's label takes the tone of a change; the version it moved in carries the badge,
        # an added claim's of medium tone, a changed one's of high tone
        [("protesters (count)", "", "high"), ("40", "", ""), ("45", "≠ changed", "high"), ("45", "", "")],
        [("date", "", "high"), ("—", "", ""), ("—", "", ""), ("Monday", "+ added", "medium")],
    ]
    steady = [[(cell.text, cell.badge, cell.tone) for cell in row] for row in section.collapsed]
    assert steady == [[("journalists (count)", "", ""), ("Thirty", "", ""), ("Thirty", "", ""), ("Thirty", "", "")]]
    assert section.collapsed_note == "1 claim the same throughout"


def test_the_status_cell_of_the_claims_table_is_a_badge_with_no_text():
    """The status is drawn once, as the badge (icon and word) in its tone; the cell holds no text."""
    from docdelta_claims.sections import claims_section

    report = docdelta.compare("Rescuers pulled 14 miners from the shaft.", "Rescuers pulled 16 miners from the shaft.")
    (row,) = claims_section(report).rows
    assert (row[0].text, row[0].badge, row[0].tone) == ("", "≠ changed", "high")
