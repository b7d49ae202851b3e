"""Behaviours of the claims check that a one-line change to ``docdelta_claims.match`` once altered
with every other test still passing (mutmut, ``benchmarks/mutation.py``).

Each test names its mutants and was seen failing under them. Expected values are worked out
from the sentences, never read from docdelta.
"""

from __future__ import annotations

import pytest

import docdelta
from docdelta_claims.extract import text_claims
from docdelta_claims.match import comparable, relation


def claim(sentence: str):
    (found,) = text_claims(sentence)
    return found


def findings(old: str, new: str) -> list[tuple[str, str | None, str | None, dict]]:
    report = docdelta.compare(old, new, plugins=["claims"])
    return [
        (f.data["status"], (f.data["old"] or {}).get("text"), (f.data["new"] or {}).get("text"), f.data.get("evidence") or {})
        for f in report.findings
        if f.check == "numeric-claims"
    ]


@pytest.mark.parametrize(
    ("old", "new", "status"),
    [
        ("The war began in 2022.", "The war began on Feb. 24, 2022.", "compatible"),
        ("The war began in 2022.", "The war began in February 2022.", "compatible"),
        ("The war began in 2022.", "The war began on Feb. 24, 2014.", "changed"),
        ("The war began in 2014.", "The war began in February 2022.", "changed"),
    ],
)
def test_a_year_and_a_date_with_a_year_compare_on_the_year(old, new, status):
    """A year says less than a date in it: the same year is compatible, another is changed, in
    either order. (Mutants of ``_year_parts``: the category test, the year's parts.)"""
    a, b = claim(old), claim(new)
    assert comparable(a, b) and comparable(b, a)
    assert relation(a, b) == relation(b, a) == status


@pytest.mark.parametrize(
    ("year", "date"),
    [("The war began in 2022.", "The war began on Feb. 24."), ("The war began in the 1990s.", "The war began on Feb. 24, 1994.")],
)
def test_a_date_without_a_year_or_a_decade_is_not_compared_with_the_other_kind_of_moment(year, date):
    """``on Feb. 24`` names no year to hold against ``in 2022``, and ``the 1990s`` is no one year.
    (Mutants of ``_year_parts``: a missing year taken as one.)"""
    assert not comparable(claim(year), claim(date))
    assert not comparable(claim(date), claim(year))


@pytest.mark.parametrize(
    ("old_day", "new_day", "status"),
    [("on May 12", "on May 13", "differs"), ("on Friday", "on Saturday", "differs"), ("in May 2023", "in June 2023", "changed")],
)
def test_a_day_beside_an_updated_figure_is_when_it_was_counted_a_month_is_not(old_day, new_day, status):
    """"The toll rose to 67 on May 12" / "... to 80 on May 13": the figure changed and each day is
    true of its figure, so the days' pair differs; a month names no moment of a count, so a
    changed month stays changed. (Mutants of ``_day``.)"""
    found = findings(f"The toll rose to 67 {old_day}, officials said.", f"The toll rose to 80 {new_day}, officials said.")
    assert [(status_, old, new) for status_, old, new, _ in found] == [
        ("changed", "67", "80"),
        (status, old_day.split(" ", 1)[1], new_day.split(" ", 1)[1]),
    ]


CLAIM = "Police said they freed 52 prisoners in the capital on Thursday, a spokesman told reporters."
OTHERS = [
    "The weather was mild across the region this week.",
    "Farmers expect a good harvest in the autumn months.",
    "A storm hit the coast overnight and cut power lines to many homes.",
]


def test_the_evidence_says_whether_the_changed_figure_stands_in_an_edited_sentence():
    """Edited in place: aligned and edited. Its sentence carried into an unrelated paragraph
    elsewhere: neither, though the sentence is the same. (Mutants of ``_Judge.evidence``'s
    ``edited``: its key, ``or`` for ``and``.)"""
    edited = findings(CLAIM, CLAIM.replace("52", "14"))
    assert [(s, o, n, e["aligned"], e["edited"]) for s, o, n, e in edited if s == "changed"] == [
        ("changed", "52", "14", True, True)
    ]
    before = "The opposition called the decision a cynical ploy. Critics noted the timing of the announcement."
    after = "Relatives waited outside the gates for hours. Some had travelled from distant towns by bus."
    carried = findings(
        "\n\n".join([CLAIM + " " + before, *OTHERS]), "\n\n".join([*OTHERS, after + " " + CLAIM.replace("52", "14")])
    )
    assert [(s, o, n, e["aligned"], e["edited"]) for s, o, n, e in carried if s == "changed"] == [
        ("changed", "52", "14", False, False)
    ]


def test_two_figures_elsewhere_sharing_only_their_counted_thing_may_be_one_quantity():
    """52 prisoners freed in one paragraph, 14 prisoners held in an unrelated one elsewhere: only
    the counted thing is in common (not the verb), so the two may be one quantity or two; the
    pair differs, neither changed nor taken apart. (Mutants of ``_Judge.status``'s last line.)"""
    found = findings("\n\n".join([CLAIM, *OTHERS]), "\n\n".join([*OTHERS, "The camp now holds 14 prisoners, a guard said."]))
    assert [(s, o, n, e.get("aligned"), e.get("matched")) for s, o, n, e in found if o != "Thursday"] == [
        ("differs", "52", "14", False, ["thing"])
    ]
