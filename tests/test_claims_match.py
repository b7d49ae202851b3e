"""Pairing claims across two documents and the status of each pair."""

from __future__ import annotations

import pytest

import docdelta
from docdelta import Block, BlockPair, Comparison, Document, Span
from docdelta_claims import check_claims
from docdelta_claims.extract import text_claims
from docdelta_claims import match
from docdelta_claims.match import CONTEXT_THRESHOLD, comparable, relation


def claim(sentence: str):
    (found,) = text_claims(sentence)
    return found


@pytest.mark.parametrize(
    ("old", "new", "status"),
    [
        ("They freed 123 prisoners.", "They freed 123 prisoners.", "same"),
        ("They freed five prisoners.", "They freed 5 prisoners.", "same"),
        ("Police counted 1,000 people.", "Police counted 1000 people.", "same"),
        ("They freed over 100 prisoners.", "They freed more than 100 prisoners.", "same"),
        ("They freed over 100 prisoners.", "They freed 123 prisoners.", "compatible"),
        ("They freed about 100 prisoners.", "They freed 105 prisoners.", "compatible"),
        ("They freed about 100 prisoners.", "They freed 120 prisoners.", "changed"),
        ("They freed over 100 prisoners.", "They freed 100 prisoners.", "changed"),
        # the same with the qualified figure second: only two exact figures of one value are the same
        ("They freed 100 prisoners.", "They freed about 100 prisoners.", "compatible"),
        ("They freed 100 prisoners.", "They freed over 100 prisoners.", "changed"),
        ("They freed under 50 prisoners.", "They freed 50 prisoners.", "changed"),
        ("They freed up to 50 prisoners.", "They freed 50 prisoners.", "compatible"),
        ("They freed nearly 100 prisoners.", "They freed 95 prisoners.", "compatible"),
        ("They freed between 5 and 10 prisoners.", "They freed 7 prisoners.", "compatible"),
        ("They freed between 5 and 10 prisoners.", "They freed 12 prisoners.", "changed"),
        ("They freed 123 prisoners.", "They freed 132 prisoners.", "changed"),
        ("The talks lasted two days.", "The talks lasted 48 hours.", "same"),
        ("The talks lasted two days.", "The talks lasted three days.", "changed"),
        ("She stayed for a week.", "She stayed for seven days.", "same"),
        ("She stayed for a fortnight.", "She stayed for two weeks.", "same"),
        ("She stayed for a fortnight.", "She stayed for 10 days.", "changed"),
        ("The EU pledged $5bn.", "The EU pledged $5 billion.", "same"),
        ("Turnout was 60%.", "Turnout was 60 percent.", "same"),
        ("Half of the voters stayed home.", "50% of the voters stayed home.", "same"),
        ("A third of the voters stayed home.", "33% of the voters stayed home.", "compatible"),
        ("A third of the voters stayed home.", "40% of the voters stayed home.", "changed"),
        ("She was freed on Dec. 13.", "She was freed on Dec. 13, 2025.", "compatible"),
        ("She was freed on Dec. 13.", "She was freed on Dec. 14.", "changed"),
        ("The law took effect in January 2023.", "The law took effect on Jan. 5, 2023.", "compatible"),
        ("The war began in 2022.", "The war began in 2014.", "changed"),
        # times of day: a qualifier's span (a quarter-hour, half an hour after) and two alike-told times
        ("The plane landed at 8:10 a.m.", "The plane landed at 8:10 a.m.", "same"),
        ("The plane landed at 8:10 a.m.", "The plane landed at 7:40 a.m.", "changed"),
        ("The plane landed at 9 a.m.", "The plane landed at about 9 a.m.", "compatible"),
        ("The blast came shortly after midnight.", "The blast came at midnight.", "compatible"),
        ("The blast came shortly after noon.", "The blast came shortly after 1 p.m.", "changed"),
        ("The crowd gathered at about 1:45 p.m.", "The crowd gathered at about 1:40 p.m.", "changed"),
        ("The count ended by 5 a.m.", "The count ended by 8 a.m.", "changed"),
        # 1.52 rounds to 1.5, but metres are no kilometres: 1,500 m and 1.52 m are two lengths
        ("The glacier retreated 1.5 km.", "The glacier retreated 1.52 metres.", "changed"),
    ],
)
def test_relation_of_two_claims(old, new, status):
    a, b = claim(old), claim(new)
    assert comparable(a, b)
    assert relation(a, b) == status


def test_times_of_day_in_two_zones_are_never_compared():
    """"8:10 a.m. local time" and "0510 GMT" may be one moment told in two clocks."""
    local, gmt, seoul = (claim(s) for s in ("It landed at 8:10 a.m. local time.", "It landed at 0510 GMT.", "It landed at 8:10 a.m. Seoul time."))
    assert (local.unit, gmt.unit, seoul.unit) == ("local", "GMT", "Seoul time")
    assert not comparable(local, gmt) and not comparable(local, seoul)
    assert comparable(local, claim("It landed at 9 a.m."))
    # one zone however its offset is written
    offsets = [claim(s) for s in ("It landed at 10 a.m. GMT+3.", "It landed at 14:00 UTC+03:00.", "It landed at 0700 UTC.")]
    assert [c.unit for c in offsets] == ["GMT+03:00", "GMT+03:00", "GMT"]
    assert comparable(offsets[0], offsets[1]) and not comparable(offsets[0], offsets[2])


def test_claims_of_different_kinds_are_never_compared():
    assert not comparable(claim("They talked for 2 days."), claim("They freed 2 prisoners."))
    assert not comparable(claim("The fine was $5."), claim("The fine was €5."))
    assert not comparable(claim("It covers 5 km."), claim("It weighs 5 kg."))


def statuses(old: str, new: str) -> list[tuple[str, str | None, str | None]]:
    report = docdelta.compare(old, new, plugins=["claims"])
    return [
        (f.data["status"], (f.data["old"] or {}).get("text"), (f.data["new"] or {}).get("text"))
        for f in report.findings
        if f.check == "numeric-claims"
    ]


def test_a_moved_paragraph_keeps_its_claims():
    a = "Police counted 40 trucks at the border.\n\nThe minister resigned after 3 weeks in office."
    b = "The minister resigned after 3 weeks in office.\n\nPolice counted 40 trucks at the border."
    assert statuses(a, b) == [("same", "3 weeks", "3 weeks"), ("same", "40", "40")]


def test_the_same_number_with_another_subject_elsewhere_is_not_the_same_claim():
    a = "Police counted 40 trucks at the border."
    b = "The storm sank 40 boats near the coast."
    assert statuses(a, b) == [("removed", "40", None), ("added", None, "40")]


def test_different_numbers_in_unrelated_sentences_are_not_changed():
    a = "Police counted 40 trucks at the border.\n\nThe ministry named 7 envoys."
    b = "Police counted 40 trucks at the border.\n\nRescuers saved 12 sailors from the ship."
    assert statuses(a, b) == [("removed", "7", None), ("added", None, "12"), ("same", "40", "40")]


def test_within_an_aligned_paragraph_the_right_claim_changes():
    a = "Belarus freed 123 political prisoners and 52 political prisoners earlier, with 3 buses."
    b = "Belarus freed 132 political prisoners and 52 political prisoners earlier, with 3 buses."
    assert statuses(a, b) == [("changed", "123", "132"), ("same", "52", "52"), ("same", "3", "3")]


def test_the_last_claim_of_a_subject_on_each_side_pairs_across_paragraphs():
    a = "The talks ended.\n\nZelensky said five Ukrainians were among those freed."
    b = "Officials spoke.\n\nThe release included six Ukrainian nationals, HUR said in a statement today."
    assert statuses(a, b) == [("changed", "five", "six")]


def test_an_approximate_restatement_is_compatible():
    a = "Police counted 1,000 supporters outside the embassy."
    b = "Police counted about 1,050 supporters outside the embassy."
    assert statuses(a, b) == [("compatible", "1,000", "about 1,050")]


def test_ignored_blocks_are_not_read():
    text = "Belarus freed 123 prisoners.\n\nFrom the feed: 5 stories via RSS."
    blocks = docdelta.paragraph_blocks(text)
    old = Document(name="old", text=text, blocks=blocks)
    new = Document(name="new", text=text, blocks=(blocks[0], Block("feed-footer", blocks[1].span, ignored=True)))
    comparison = Comparison(old, new, edits=[], pairs=[BlockPair(0, 0, 1.0), BlockPair(1, None, 0.0)])
    findings = list(check_claims(comparison))
    assert [(f.data["status"], f.data["new"] and f.data["new"]["text"]) for f in findings] == [
        ("removed", None),
        ("same", "123"),
    ]
    assert findings[0].old_spans == (Span(text.index("5 stories"), text.index("5 stories") + 1),)


def test_findings_come_changed_first_then_removed_added_compatible_same():
    a = "They freed 123 prisoners.\n\nThe fine was $5.\n\nTurnout was over 60%.\n\nThe ministry named 7 envoys."
    b = "They freed 132 prisoners.\n\nTurnout was 64%.\n\nThe ministry named 7 envoys.\n\nRescuers saved 12 sailors."
    assert [s for s, _, _ in statuses(a, b)] == ["changed", "removed", "added", "compatible", "same"]


@pytest.mark.parametrize("status", ["same", "compatible", "changed"])
@pytest.mark.parametrize("agreement", [-1, 0, 1, 2])
@pytest.mark.parametrize("date", [False, True])
@pytest.mark.parametrize("similarity", [0.0, CONTEXT_THRESHOLD - 0.01, CONTEXT_THRESHOLD, 1.0])
def test_the_shortcut_outside_aligned_blocks_is_the_tiers(status, agreement, date, similarity):
    """Pairs outside aligned blocks that no tier takes are dropped before (or right after) their
    contexts are compared; the shortcut must say exactly what the tiers say."""
    candidate = match._Candidate(0, 0, False, status, agreement, similarity, date=date)
    taken = any(rule(candidate) for rule in match._TIERS)
    assert match._may_pair_elsewhere(status, agreement, date, similarity) == taken
    if taken:  # without its similarity, a pair some tier takes is never dropped
        assert match._may_pair_elsewhere(status, agreement, date)


# Behaviours a one-line change to match.py once altered with every other test still passing
# (mutmut, benchmarks/mutation.py): each test names its mutants and was seen failing under them.


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
    """Edited in place: aligned and edited. Its sentence, the same but for its figure, carried into
    an unrelated paragraph elsewhere: one sentence edited (and moved), so aligned and edited too;
    rewritten as well as carried: neither. (Mutants of ``_Judge.evidence``'s ``edited``: its key,
    ``or`` for ``and``.)"""
    edited = findings(CLAIM, CLAIM.replace("52", "41"))
    assert [(s, o, n, e["aligned"], e["edited"]) for s, o, n, e in edited if s == "changed"] == [
        ("changed", "52", "41", True, True)
    ]
    before = "The opposition called the decision a cynical ploy. Critics noted the timing of the announcement."
    after = "Relatives waited outside the gates for hours. Some had travelled from distant towns by bus."
    for claim, evidence in ((CLAIM.replace("52", "41"), (True, True)), ("Police freed 41 prisoners in the capital on Thursday, officials at the interior ministry announced.", (False, False))):
        carried = findings("\n\n".join([CLAIM + " " + before, *OTHERS]), "\n\n".join([*OTHERS, after + " " + claim]))
        assert [(s, o, n, e["aligned"], e["edited"]) for s, o, n, e in carried if s == "changed"] == [("changed", "52", "41", *evidence)]


def test_two_figures_elsewhere_sharing_only_their_counted_thing_may_be_one_quantity():
    """52 tractors bought in one paragraph, a farm that has 14 tractors in an unrelated one elsewhere:
    only the counted thing is in common (not the verb), so the two may be one quantity or two; the
    pair differs, neither changed nor taken apart. (Mutants of ``_Judge.status``'s last line.)
    Prisoners a camp has are held, never the 52 freed: those two are no pair at all."""
    bought = "The cooperative said it bought 52 tractors in the capital on Thursday, a spokesman told reporters."
    found = findings("\n\n".join([bought, *OTHERS]), "\n\n".join([*OTHERS, "The farm has 14 tractors, a worker said."]))
    assert [(s, o, n, e.get("aligned"), e.get("matched")) for s, o, n, e in found if o != "Thursday"] == [
        ("differs", "52", "14", False, ["thing"])
    ]
    held = findings("\n\n".join([CLAIM, *OTHERS]), "\n\n".join([*OTHERS, "The camp has 14 prisoners, a guard said."]))
    assert not [(s, o, n) for s, o, n, _ in held if o and n]


@pytest.mark.parametrize(
    ("old", "new", "status"),
    [
        ("At least 632 people died.", "At least 2,012 people died.", "changed"),
        ("Over 100 people died.", "Over 300 people died.", "changed"),
        ("Up to 50 people died.", "Up to 80 people died.", "changed"),
        ("Over 100 people died.", "At least 300 people died.", "changed"),
        ("More than 220 people died.", "At least 227 people died.", "compatible"),
        ("Up to 50 people died.", "At least 40 people died.", "compatible"),
        ("Between 5 and 10 people died.", "Between 7 and 12 people died.", "compatible"),
    ],
)
def test_two_bounds_of_one_shape_are_two_figures_not_one_interval(old, new, status):
    """"At least 632" then "at least 2,012": both bounds hold of the true toll, but a report that
    raised its floor changed its figure. A floor open and one closed ("Over 100" / "At least 300")
    are two figures where they lie more than a tenth apart; nearer ("more than 220" / "at least
    227") they may be one figure told twice. A floor and a ceiling, and ranges, still compare as
    intervals. (Mutants of ``_bound_kind``: which claims have a shape.)"""
    a, b = claim(old), claim(new)
    assert relation(a, b) == relation(b, a) == status


@pytest.mark.parametrize(
    ("old", "new", "status"),
    [
        ("About 100 people died.", "Between 90 and 110 people died.", "compatible"),
        ("Under 100 people died.", "Over 100 people died.", "changed"),
        ("At most 100 people died.", "Over 100 people died.", "changed"),
        ("Under 100 people died.", "At least 100 people died.", "changed"),
    ],
)
def test_intervals_that_only_touch_at_an_open_end_share_no_value_and_an_estimate_is_no_range(old, new, status):
    """"Under 100" and "over 100" meet at 100, which neither includes: no value is true of both.
    "About 100" spans 90 to 110 as "between 90 and 110" does, yet one is an estimate of a
    number and the other a range: compatible, not the same. Either order. (Mutants of
    ``relation``: the touching ends, the test for two values.)"""
    a, b = claim(old), claim(new)
    assert relation(a, b) == relation(b, a) == status


def test_the_claims_table_lists_each_changed_claim_and_folds_those_the_same_in_both_under_their_count():
    """One figure changed, two the same: the table's row for the change gives its status, what is
    counted, the old and new figures with their sentences, and why the two are one quantity (one
    sentence, edited); the other two are folded under "2 claims the same in both" (plural: "1
    claim" is singular)."""
    from docdelta_claims.sections import claims_section

    report = docdelta.compare(
        "Police detained 40 protesters. The march lasted 3 hours. Officials counted 900 marchers.",
        "Police detained 40 protesters. The march lasted 3 hours. Officials counted 950 marchers.",
    )
    section = claims_section(report)
    assert section.columns == ("Status", "Claim", "Old", "New", "Why")
    (row,) = section.rows
    assert row[0].badge == "≠ changed"
    assert [cell.text for cell in row[1:]] == ["marchers (count)", "900", "950", "one sentence, edited"]
    assert [cell.detail for cell in row[2:4]] == ["Officials counted 900 marchers.", "Officials counted 950 marchers."]
    assert sorted(cells[1].text for cells in section.collapsed) == ["duration", "protesters (count)"]
    assert section.collapsed_note == "2 claims the same in both"


@pytest.mark.parametrize(
    ("sentence", "figure", "thing"),
    [
        ("The 146-day walkout ended.", "146-day", "strike"),  # the noun after "146-day" (a walkout is a strike)
        ("The strike lasted 146 days.", "146 days", "strike"),  # the noun before the verb a duration follows
        ("Of the 40 detained, 12 were women.", "12", "woman"),  # the noun after a copula
        ("Belarus freed 52 of the country's political prisoners.", "52", "political prisoner"),  # no possessive
        ("The firm announced 10,000 job cuts.", "10,000", "job"),  # the event ("cuts") is the predicate
        ("After 146 days strikers went back to work.", "146 days", ""),  # only "146-day" takes the noun after
    ],
)
def test_the_thing_a_figure_is_of_is_read_from_the_words_around_it(sentence, figure, thing):
    """Pairing compares what two figures are of: a claim's frame names it, lemmatized."""
    from docdelta_claims.frame import claim_frame

    (found,) = [c for c in text_claims(sentence) if c.text == figure]
    assert claim_frame(found).thing == thing


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("Police detained 40 protesters.", "Police detained 40 protesters. Officials counted 900 marchers.",
         {"same": False, "added": True}),
        ("Police detained 40 protesters. Officials counted 900 marchers.", "Police detained 40 protesters.",
         {"same": False, "removed": True}),
    ],
)  # fmt: skip
def test_a_figure_added_or_removed_is_a_factual_change_and_one_the_same_is_not(old, new, expected):
    findings = [f for f in docdelta.compare(old, new).findings if f.check == "numeric-claims"]
    assert {f.data["status"]: f.factual for f in findings} == expected


@pytest.mark.parametrize(
    ("sentence", "times"),
    [
        ("They freed 52 prisoners in 2023.", ("year:2023",)),
        ("They freed 52 prisoners on Thursday.", ("weekday:thursday",)),
        ("They freed 52 prisoners in June.", ("month:06",)),
        ("They freed 52 prisoners on June 12.", ("day:06-12",)),
        ("They freed 52 prisoners last year.", ("relative:last year",)),
        ("They freed 52 prisoners over the weekend.", ("relative:weekend",)),
    ],
)
def test_the_time_a_figure_is_told_at_is_an_anchor_of_its_kind(sentence, times):
    """Pairing tells two releases apart by when they were: a frame's times are ``kind:value``."""
    from docdelta_claims.frame import claim_frame

    (found,) = [c for c in text_claims(sentence) if c.text == "52"]
    assert claim_frame(found).times == times


def test_a_date_is_no_time_anchor_of_its_own_frame_but_is_one_of_the_figures_beside_it():
    from docdelta_claims.frame import claim_frame

    claims = {c.text: c for c in text_claims("In Minsk, the court freed 52 prisoners on June 12.")}
    assert (claim_frame(claims["June 12"]).times, claim_frame(claims["52"]).times) == ((), ("day:06-12",))


def test_a_toll_in_a_rewritten_sentence_of_an_aligned_paragraph_is_changed_when_its_predicate_matches():
    """The sentence is rewritten (less than half alike), one side names no counted thing ("55" alone),
    yet both say how many died in the quake: the frames vouch for the pair, so it is changed, not
    differs. (Mutant of ``_Judge.status``: vouched only by a predicate and subjects that agree.)"""
    found = findings(
        "The quake killed 52 people in the north on Monday.",
        "On Monday in the north, the death toll from the quake reached 55.",
    )
    assert [(status, old, new) for status, old, new, _ in found] == [("changed", "52", "55"), ("same", "Monday", "Monday")]


@pytest.mark.parametrize(
    ("when", "expected"),
    [
        ("By Tuesday", [("changed", "52", "61")]),
        ("In June", [("removed", "52", None), ("added", None, "61")]),
    ],
)
def test_a_toll_in_another_paragraph_told_on_another_day_is_updated_and_in_another_month_is_another_toll(when, expected):
    """Outside aligned paragraphs, a toll (a running count) told on Monday and again by Tuesday is
    one count, updated; told for June, it is another event's. (Mutants of ``_Judge.status``: the
    time conflict set aside when the day moved and the predicate matched, not otherwise.)"""
    found = findings(
        "The quake killed 52 people on Monday.",
        f"Rescue teams from three countries arrived.\n\n{when}, 61 people had died in the quake.",
    )
    assert [(status, old, new) for status, old, new, _ in found if "52" in (old, new) or "61" in (old, new)] == expected


def test_a_year_put_before_its_clause_takes_the_clauses_first_verb_read_after_the_word_before_it():
    """"In 2014, rebels cut the power line": what happened in 2014 is the cutting; "cut", a noun
    too, is a verb after a plural ("rebels"), which only the word before it tells."""
    from docdelta_claims.frame import claim_frame

    (year,) = text_claims("In 2014, rebels cut the power line.")
    assert claim_frame(year).predicate == "cut"


MARCH = "More than a million people marched on Tuesday, the ministry said, putting the number at {}."


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        # The vaguer figure has no partner: there is none for the precise one to take.
        (MARCH.format("1.28 million"), "Nobody counted the marchers.",
         [("removed", "More than a million", None), ("removed", "Tuesday", None), ("removed", "1.28 million", None)]),
        # Nor when the other side pairs only other figures (the day; 40 buses are another quantity).
        (MARCH.format("1.28 million"), "On Tuesday, police counted 40 buses.",
         [("removed", "More than a million", None), ("removed", "1.28 million", None), ("added", None, "40")]),
        # 900,000 cannot be "more than a million": no restatement, so the vaguer figure keeps its partner.
        (MARCH.format("900,000"), "The union said 3.5 million people marched on Tuesday.",
         [("compatible", "More than a million", "3.5 million"), ("removed", "900,000", None)]),
        # 1.28 million restates "more than a million": it takes the vaguer figure's partner, which it
        # contradicts, and the vaguer figure is left alone, on either side.
        (MARCH.format("1.28 million"), "The union said 3.5 million people marched on Tuesday.",
         [("changed", "1.28 million", "3.5 million"), ("removed", "More than a million", None)]),
        ("Police deployed 2,000 officers. The union said 3.5 million people marched on Tuesday.",
         MARCH.format("1.28 million"),
         [("removed", "2,000", None), ("changed", "3.5 million", "1.28 million"),
          ("added", None, "More than a million")]),
        # The vaguer figure paired as the same ("a week" / "seven days"): the precise restatement
        # takes that partner too, and nine days is not seven.
        ("Truckers blocked the port for a week, the union said, putting the total at nine days.",
         "Truckers blocked the port for seven days, the union said.",
         [("changed", "nine days", "seven days"), ("removed", "a week", None)]),
        # The same value told of another act (evacuated, not killed) restates nothing: it is added.
        ("Floods killed 40 people in Kalehe.",
         "Floods killed 45 people in Kalehe. Rescuers evacuated 45 people from the valley.",
         [("changed", "40", "45"), ("added", None, "45")]),
        # Two restatements in one text: each takes its vaguer figure's partner.
        (MARCH.format("1.28 million") + " More than 200 buses brought them, the police said, putting the total at 240.",
         "The union said 3.5 million people marched on Tuesday. Organisers said 300 buses brought them.",
         [("changed", "1.28 million", "3.5 million"), ("removed", "More than a million", None),
          ("changed", "240", "300"), ("removed", "More than 200", None)]),
    ],
)  # fmt: skip
def test_a_figure_restates_an_earlier_one_only_when_they_agree_and_the_earlier_one_has_a_partner(old, new, expected):
    """(Mutants of ``_restatements``: a disagreeing figure taken for a restatement, a missing partner looked up.)"""
    found = [(status, old_, new_) for status, old_, new_, _ in findings(old, new) if status != "same"]
    assert sorted(found, key=str) == sorted(expected, key=str)


def test_the_claims_table_heads_its_columns_leads_with_notices_links_each_claim_and_dashes_a_missing_side():
    """A budget of two claims: the old text is read as far as its duration. The table's columns are
    Status, Claim, Old, New (and Why, where a pair changed or differs: none here); the work budget's
    notice leads, with no values; a removed claim shows "—" as its new value, with no sentence, an
    added one "—" as its old (each value with the sentence it stands in); each claim's cell links to
    its finding's place in the redline."""
    from docdelta.view import finding_anchor
    from docdelta_claims.extract import STEPS_PER_CLAIM
    from docdelta_claims.sections import claims_section

    report = docdelta.Session(["claims"], options={"work-budget": 2 * STEPS_PER_CLAIM}).compare(
        "Police detained 40 protesters. The march lasted 3 hours. Officials counted 900 marchers.",
        "Police detained 40 protesters. Rescuers saved 12 sailors.",
    )
    section = claims_section(report)
    assert section.columns == ("Status", "Claim", "Old", "New")
    notice, removed, added = section.rows
    assert notice[0].badge == "⚠ work-budget" and [cell.text for cell in notice[2:]] == ["", ""]
    assert [(cell.text, cell.detail) for cell in removed[2:]] == [
        ("3 hours", "The march lasted 3 hours."),
        ("—", ""),
    ]
    assert [(cell.text, cell.detail) for cell in added[2:]] == [
        ("—", ""),
        ("12", "Rescuers saved 12 sailors."),
    ]
    anchors = {f.data["status"]: f"#{finding_anchor(i)}" for i, f in enumerate(report.findings) if f.kind == "claim"}
    assert (removed[1].link, added[1].link) == (anchors["removed"], anchors["added"])


@pytest.mark.parametrize(
    ("old", "new", "status"),
    [
        # the one count of the injured each side states, in unaligned text: one toll told twice
        ("Floods injured 732.", "Rescuers said 3,408 were injured.", "changed"),
        # a month on one side only: maybe another event's toll
        ("Floods in March injured 732.", "Rescuers said 3,408 were injured.", "differs"),
        # people against a kind of people (miners): maybe some of them, not the same toll
        ("Floods injured 732 people.", "Rescuers said 3,408 miners were injured.", "differs"),
    ],
)
def test_the_sole_count_of_a_running_kind_on_each_side_is_one_toll_unless_one_side_dates_it(old, new, status):
    from docdelta_claims.match import pair_claims

    pairs = [(p.status, p.old.text, p.new.text) for p in pair_claims(text_claims(old), text_claims(new), ()) if p.old and p.new]
    assert pairs == [(status, "732", "3,408")]


def test_a_toll_left_over_from_a_figure_its_side_states_twice_is_not_known_to_be_the_only_one():
    """The old report gives 41 dead in its headline and its lede, the new one 41 in its headline and
    57 in its body: the headlines pair; the lede's 41 restates the headline, so it is not the one
    count of the dead left on its side, and is no partner for 57."""
    from docdelta_claims.match import pair_claims

    old = text_claims("Deadly Floods Kill 41 People\n\nThe floods killed 41 people in the valley.")
    new = text_claims("Deadly Floods Kill 41 People\n\nRescuers said 57 died.")
    pairs = sorted((p.status, p.old and p.old.text, p.new and p.new.text) for p in pair_claims(old, new, ()))
    assert pairs == [("added", None, "57"), ("removed", "41", None), ("same", "41", "41")]


def test_five_americans_and_five_iranians_are_two_figures_not_one_stated_twice():
    """The old text gives five Americans and five Iranians, the new one five Americans in its headline
    and its lede: the ledes' five Americans pair; the Iranians are not the headline's Americans."""
    found = statuses(
        "Iran freed five Americans on Monday. The US freed five Iranians in return.",
        "Five Americans Freed By Iran\n\nIran freed five Americans on Monday.",
    )
    assert sorted(found, key=str) == sorted(
        [("same", "five", "five"), ("same", "Monday", "Monday"), ("removed", "five", None), ("added", None, "Five")], key=str
    )



_LENGTH = "Tahbaz was returned to prison within 48 hours."
_OFFSET = "The swap came two days after the anniversary."


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (_OFFSET, _LENGTH, [("added", None, "48 hours"), ("removed", "two days", None)]),
        (_LENGTH, _OFFSET, [("added", None, "two days"), ("removed", "48 hours", None)]),
    ],
)  # fmt: skip
def test_a_length_of_time_and_an_offset_that_says_when_are_two_figures_in_either_order(old, new, expected):
    """"within 48 hours" is how long; "two days after the anniversary" says when: one removed, one added."""
    assert sorted(statuses(old, new), key=str) == expected


_DATELINE = "KYIV, {} (Reuters) - Russia launched 40 drones at Ukraine overnight, the air force said."


@pytest.mark.parametrize(("day", "status"), [("Aug 25", "differs"), ("Aug 24", "same")])
def test_a_datelines_date_is_when_the_version_was_filed_so_another_day_differs_and_the_same_is_the_same(day, status):
    """"KYIV, Aug 24" / "KYIV, Aug 25": the story was filed a day later, no fact changed."""
    assert statuses(_DATELINE.format("Aug 24"), _DATELINE.format(day)) == [(status, "Aug 24", day), ("same", "40", "40")]


@pytest.mark.parametrize(
    "dateline",
    [
        "{} (Reuters) - Russia launched 40 drones at Ukraine overnight, the air force said.",  # an agency, no place
        "KYIV, {} -\n\nRussia launched 40 drones at Ukraine overnight, the air force said.",  # a line of its own
    ],
)
def test_a_dateline_with_no_place_or_on_a_line_of_its_own_is_when_the_version_was_filed(dateline):
    """"Dec 24 (Reuters) -" / "Dec 28 (Reuters) -", "CHAMWINO, Dec 10 -" on its own line: a later
    version filed on another day, no fact changed."""
    assert statuses(dateline.format("Aug 24"), dateline.format("Aug 25")) == [("differs", "Aug 24", "Aug 25"), ("same", "40", "40")]


def test_a_date_opening_a_sentence_without_an_agency_is_no_dateline():
    """"Aug 24 - the day ..." names a day of the story: changed, as any date edited."""
    text = "{} - the day Russia launched 40 drones at Ukraine, the air force said."
    assert ("changed", "Aug 24", "Aug 25") in statuses(text.format("Aug 24"), text.format("Aug 25"))


def test_pairings_of_one_status_and_one_new_figure_come_in_the_old_texts_order():
    """The old headline and lede both give 252 Venezuelans, the new lede 238: both old figures are
    changed against it (the headline as a restatement), the headline's first, as the text has it."""
    from docdelta_claims.match import pair_claims

    old = text_claims("US returns 252 Venezuelans\n\nThe United States said 252 Venezuelans were flown home on Friday.")
    new = text_claims("US returns Venezuelans\n\nThe United States said 238 Venezuelans were flown home on Friday.")
    headline, lede = (c.span.start for c in old if c.text == "252")
    changed = [(p.old.span.start, p.new.text) for p in pair_claims(old, new, ()) if p.status == "changed"]
    assert changed == [(headline, "238"), (lede, "238")]


def test_statements_of_one_figure_count_one_thing_unless_their_things_conflict():
    """Which figures told twice on each side may be put in text order (headline with headline):
    "103 villagers" and "103 people" count one thing; "five Americans" and "five Iranians" two."""
    from docdelta_claims import frame

    def frames_of(*sentences):
        return [frame.claim_frame(text_claims(s)[0]) for s in sentences]

    assert match._one_thing_counted(frames_of("The quake killed 103 villagers.", "The quake killed 103 people."))
    assert not match._one_thing_counted(frames_of("Iran freed five Americans.", "Washington freed five Iranians."))


def test_the_claims_table_says_why_two_claims_across_reports_are_one_quantity_or_why_unsure():
    """Across reports (no sentence edited) the Why column names the frame slots both claims fill
    alike; a pair a check made uncertain says why it is only ``differs``. The words come from the
    finding's evidence, which the JSON report carries whole."""
    from docdelta_claims.sections import claims_section, why

    report = docdelta.Session(["news", "claims"]).compare(
        "Prisoners Freed\n\nThe rebels freed 52 prisoners on Thursday, officials said.\n\nThe talks began in May.",
        "Talks Continue\n\nOfficials in the capital said the talks had started in the spring and would resume.\n\n"
        "In the east, a spokesman for the rebel group told reporters that about 60 prisoners were released by the group on Thursday.",
    )
    (row,) = [cells for cells in claims_section(report).rows if cells[0].badge == "≠ changed"]
    evidence = next(f.data["evidence"] for f in report.findings if f.kind == "claim" and f.data["status"] == "changed")
    assert row[-1].text == why(evidence) == "alike: " + ", ".join(
        {"thing": "what is counted", "predicate": "what happened", "time": "when", "place": "where", "name": "who"}[slot]
        for slot in evidence["matched"]
    )
    assert row[-1].text == "alike: what is counted, what happened, when"
    assert why({"matched": ["predicate"], "edited": False, "uncertain": "times far apart"}) == "alike: what happened; uncertain: times far apart"
    assert why({"matched": [], "edited": True}) == "one sentence, edited"
    assert why(None) == ""
