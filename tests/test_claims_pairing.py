"""Claim pairing through the public API: what a one-line change to the pairing once got wrong
with every other test passing (issue 19, items 21 and 22).

Each test was seen failing with the line named in its docstring changed by hand, then
passing with it restored. Positions are found in the texts themselves, never read from
docdelta.
"""

from __future__ import annotations

from typing import Any

import docdelta
import pytest
from docdelta import Span
from docdelta_claims import frame as frames

SESSION = docdelta.Session(["news", "claims", "json"])


def frame_of(sentence: str, text: str):
    """The frame of the first claim of ``sentence`` written ``text``."""
    from docdelta_claims import frame as frames
    from docdelta_claims import text_claims

    return frames.claim_frame(next(c for c in text_claims(sentence) if c.text == text))


def predicate_of(sentence: str, text: str) -> str:
    return frame_of(sentence, text).predicate


def claims(old: str, new: str) -> list[tuple[str, tuple[Span, ...], tuple[Span, ...]]]:
    """``(status, old spans, new spans)`` of every claim finding of a count (the weekdays these
    texts give are date claims of their own)."""
    report = SESSION.compare(old, new)
    return [
        (f.data["status"], f.old_spans, f.new_spans)
        for f in report.findings
        if f.kind == "claim" and f.data["category"] == "count"
    ]


def span_of(text: str, number: str, after: int = 0) -> Span:
    start = text.index(number, after)
    return Span(start, start + len(number))


def test_the_same_number_of_a_different_subject_is_not_the_same_claim():
    """'40 tanks' and '40 soldiers' in paired paragraphs: one removed, one added, never ``same``.
    (Mutant: ``_subject_agreement`` giving 0, not -1, for different head nouns.)"""
    old = "The army sent 40 tanks to the border on Monday."
    new = "The army sent 40 soldiers to the border on Monday."
    found = claims(old, new)
    assert sorted(status for status, _, _ in found) == ["added", "removed"]
    assert ("removed", (span_of(old, "40"),), ()) in found
    assert ("added", (), (span_of(new, "40"),)) in found


def test_a_changed_number_with_a_different_noun_is_not_a_changed_claim():
    """'12 boats' and '15 ships': two claims about different things, not one that changed.
    (Mutant: as above.)"""
    old = "Rescuers used 12 boats in the flood on Monday."
    new = "Rescuers used 15 ships in the flood on Monday."
    assert sorted(status for status, _, _ in claims(old, new)) == ["added", "removed"]


def test_rival_claims_in_different_sentences_pair_by_context():
    """31 detained in Minsk and 47 in Grodno, the sentences swapped and reworded: each number
    pairs with itself, not with the rival in the same position. Several rules hold this at
    once: seen failing only with tiers 1 and 2 (equal values) removed and candidates ordered
    changed first and least similar context first."""
    old = "Police said 31 people were detained in Minsk on Sunday. In Grodno, 47 people were detained by riot police."
    new = "Police said 47 people were detained in Grodno by riot police. In Minsk, 31 people were detained on Sunday."
    found = claims(old, new)
    assert sorted(found, key=lambda claim: claim[1][0].start) == [
        ("same", (span_of(old, "31"),), (span_of(new, "31"),)),
        ("same", (span_of(old, "47"),), (span_of(new, "47"),)),
    ]


def test_rival_changed_claims_in_different_sentences_pair_by_context():
    """Both counts revised and the sentences swapped: Minsk's 31 became 35 and Grodno's 47 became
    50, so 31 pairs with 35 (same context) and 47 with 50, not by position.
    (Mutant: candidates ordered by least similar context first.)"""
    old = "Police said 31 people were detained in Minsk on Sunday. In Grodno, 47 people were detained by riot police."
    new = "Police said 50 people were detained in Grodno by riot police. In Minsk, 35 people were detained on Sunday."
    found = claims(old, new)
    assert sorted(found, key=lambda claim: claim[1][0].start) == [
        ("changed", (span_of(old, "31"),), (span_of(new, "35"),)),
        ("changed", (span_of(old, "47"),), (span_of(new, "50"),)),
    ]


def test_a_total_told_by_no_one_pairs_with_the_other_total_not_with_a_countrys_part():
    """Two outlets' heat-wave tolls (934 / 877) and, beside the second, one country's part
    ("more than 140"): the totals are one quantity that changed; the part, whose value the first
    total also satisfies, is another (frames alike in thing and predicate, one naming a country
    and the other no one, rank below frames alike in that too)."""
    old = "A total of 934 people died during the heat wave, the health minister said on Monday."
    new = (
        "The number of deaths in the heat wave reached 877 on Sunday, according to a tally.\n\n"
        "Spain said 61 of its residents had died, and Portugal reported more than 140 deaths."
    )
    found = claims(old, new)
    assert ("changed", (span_of(old, "934"),), (span_of(new, "877"),)) in found
    assert ("added", (), (span_of(new, "more than 140"),)) in found


def test_a_release_secured_is_a_release_and_pairs_with_prisoners_freed():
    """"secured the release of 52" (an event noun before "of" governs the count, not the verb
    "secure") / "freed 48": one release, changed; the prisoners who remain are another count."""
    old = "Negotiators secured the release of 52 political prisoners, the envoy said."
    new = "The government freed 48 political prisoners, the envoy said. More than 1,100 remain behind bars."
    found = claims(old, new)
    assert ("changed", (span_of(old, "52"),), (span_of(new, "48"),)) in found
    assert ("added", (), (span_of(new, "More than 1,100"),)) in found


def test_a_share_put_at_a_value_by_a_source_is_the_share_the_other_report_states():
    """"Turnout was 61%" / "The election commission put turnout at 16%": one turnout, changed (the
    share is of what is put at it, not of the commission that puts it)."""
    report = SESSION.compare(
        "Turnout was 61% according to the election commission.", "The election commission put turnout at 16%."
    )
    (finding,) = [f for f in report.findings if f.kind == "claim"]
    assert (finding.data["status"], finding.data["old"]["text"], finding.data["new"]["text"]) == ("changed", "61%", "16%")


def test_sanctions_lifted_and_sanctions_eased_are_one_act_whose_month_changed():
    """"lifted sanctions ... in November" / "sanctions ... were eased in October": the one date of
    one act on each side (lift and ease are one class), so the month changed."""
    report = SESSION.compare(
        "Washington lifted sanctions on the airline in November.", "Sanctions on the airline were eased in October."
    )
    (finding,) = [f for f in report.findings if f.kind == "claim"]
    assert (finding.data["status"], finding.data["old"]["text"], finding.data["new"]["text"]) == ("changed", "November", "October")


def _claim_findings(old: str, new: str) -> list[tuple[str, str | None, str | None]]:
    report = SESSION.compare(old, new)
    return sorted(
        (f.data["status"], f.data["old"] and f.data["old"]["text"], f.data["new"] and f.data["new"]["text"])
        for f in report.findings
        if f.kind == "claim"
    )


def _paired(old: str, new: str) -> dict[tuple[str, str, str], Any]:
    """The data of each claim finding that pairs two claims, by its status and the two texts."""
    report = SESSION.compare(old, new)
    return {
        (f.data["status"], f.data["old"]["text"], f.data["new"]["text"]): f.data
        for f in report.findings
        if f.kind == "claim" and f.data["old"] and f.data["new"]
    }


def test_one_earlier_act_told_with_another_month_pairs_and_its_month_changed():
    """Two reports of a pardon recall the previous one: "In March, 80 prisoners were freed" / "after
    one in April, when 80 people were released". One act of one size, told with another month: the
    counts are the same and the months changed (the pair of counts links them)."""
    old = "The pardon is the second this year. In March, 80 prisoners were freed under a similar decree."
    new = "It was the second such decree this year, after one in April, when 80 people were released."
    found = _claim_findings(old, new)
    assert ("same", "80", "80") in found
    assert ("changed", "March", "April") in found


def test_two_acts_of_other_sizes_in_other_months_stay_two():
    """"freed 52 prisoners in September" / "in June, 14 prisoners had been released", sentences
    rewritten: two releases, never one changed (neither the counts nor the months)."""
    found = _claim_findings(
        "The government freed 52 prisoners in September, the ministry said.",
        "Earlier, in June, 14 prisoners had been released by the authorities.",
    )
    assert [status for status, _, _ in found if status in ("changed", "differs")] == []


def test_a_running_toll_of_one_size_in_two_months_is_not_one_toll_redated():
    """"In March, floods ... killed 80 people" / "80 people died when rivers burst their banks in
    April", sentences rewritten: tolls of one size in two months are two events' tolls (a running
    count is not one act), so the months are not changed."""
    found = _claim_findings(
        "In March, floods in the north killed 80 people, the agency said.",
        "The agency recalled that 80 people died when rivers burst their banks in April.",
    )
    assert ("changed", "March", "April") not in found


def test_a_headline_restating_a_changed_figure_is_changed_against_the_same_partner():
    """The old report states the count once (252), the new one twice (headline and lede: 238): both
    new statements disagree with it, so both are ``changed`` against 252, the headline's pair
    naming the lede's figure it restates; nothing is left ``added``."""
    old = "Venezuela Frees 10 Americans\n\nThe deal returned 252 Venezuelans held in El Salvador to Caracas."
    new = "El Salvador Returns 238 Venezuelans In Swap\n\nTwo planes carrying 238 Venezuelans held in El Salvador landed in Caracas."
    found = claims(old, new)
    headline, lede = span_of(new, "238"), span_of(new, "238", new.index("Two"))
    changed = [(o, n) for status, o, n in found if status == "changed"]
    assert sorted(changed, key=lambda pair: pair[1][0].start) == [
        ((span_of(old, "252"),), (headline,)),
        ((span_of(old, "252"),), (lede,)),
    ]
    assert [n for status, _, n in found if status == "added"] == [(span_of(new, "Two"),)]  # the planes only
    report = SESSION.compare(old, new)
    restates = [f.data["evidence"].get("restates") for f in report.findings if f.data.get("status") == "changed"]
    assert sorted(restates, key=str) == ["238", None]


def test_a_headline_restates_its_ledes_figure_without_the_qualifier():
    """"Zimbabwe Says 600 Arrested" restates its lede's "more than 600": headlines drop
    qualifiers. Both reports restating the changed pair, headline meets headline ("Arrests 200" /
    "Says 600"), not the other report's lede."""
    old = (
        "Zimbabwe Arrests 200 As Fuel Price Protests Turn Deadly\n\nHARARE — The security minister said on Tuesday that about 200 "
        "people had been arrested since protests broke out on Monday."
    )
    new = (
        "Zimbabwe Says 600 Arrested In Fuel Protests As Toll Disputed\n\nHARARE — The security minister said on Wednesday that more "
        "than 600 people had been arrested since protests broke out on Monday, up from about 200 given on Tuesday."
    )
    changed = [(o, n) for status, o, n in _claim_findings(old, new) if status == "changed"]
    assert ("200", "600") in changed and ("about 200", "more than 600") in changed
    assert ("200", "more than 600") not in changed


def test_one_years_of_two_sentences_sharing_a_rare_word_differ_and_no_more():
    """"refused an earlier offer of freedom in 1987" / "turned down a release offer in 1988": the one
    year left alone each side, a year apart, in sentences sharing one word no other sentence holds,
    is plausibly one event's year told two ways: ``differs`` (naming the word), not ``changed``.
    A word shared as a name, or a word other sentences hold, says nothing."""
    old = (
        "Taiwan Frees Dissident\n\nTAIPEI — Taiwan freed the dissident Shih Ming-teh on Sunday under an amnesty.\n\n"
        "He had refused an earlier offer of freedom in 1987, saying he would leave only if his conviction was wiped out."
    )
    new = (
        "Taiwan Amnesty Frees Shih\n\nTAIPEI — Shih Ming-teh walked free on Sunday after an amnesty.\n\n"
        "Shih turned down a release offer in 1988, demanding that his trial be declared void."
    )
    report = SESSION.compare(old, new)
    (pair,) = [f.data for f in report.findings if f.kind == "claim" and f.data["status"] == "differs"]
    assert (pair["old"]["text"], pair["new"]["text"], pair["evidence"]["shared_word"]) == ("1987", "1988", "offer")
    for other in (new.replace("release offer", "release Offer"), new.replace("Sunday after", "Sunday after an offer and")):
        assert "differs" not in [s for s, _, _ in _claim_findings(old, other)]


def test_one_persons_age_is_not_restated_by_anothers_equal_age():
    """"Dominique Pelicot, 72" paired with the old "71-year-old": "Gisèle Pelicot, 72" shares a
    surname and a value, but not the person, so it is no restatement and not changed."""
    old = "The court heard Dominique Pelicot, the 71-year-old defendant, on Monday."
    new = "The court sentenced Dominique Pelicot, 72, on Thursday. Gisèle Pelicot, 72, said she respected it."
    report = SESSION.compare(old, new)
    ages = [(f.data["status"], f.new_spans[0].start if f.new_spans else None) for f in report.findings if f.kind == "claim" and f.data["category"] == "age"]
    first, second = new.index("72"), new.index("72", new.index("Gisèle"))
    assert ("changed", first) in ages and ("changed", second) not in ages


def test_what_happened_said_on_one_side_only_is_at_most_differs_where_it_tells_counts_apart():
    """"also freed 90 political prisoners" / "a rights group counted more than 900 political
    prisoners in the country": one side says they were freed, the other counts those held; for
    prisoners (freed, held, moved) that is two counts, so not ``changed``. Where what happened is
    said on one side only ("freed 90 activists" / "counted more than 900 activists"), at most ``differs``."""
    old = "Caracas also freed 90 political prisoners as part of the arrangement, the envoy said."
    new = "Before the deal, Foro Penal, a local rights group, counted more than 900 political prisoners in Venezuela."
    assert [s for s, _, _ in claims(old, new)] == ["removed", "added"]
    old = "Caracas also freed 90 activists as part of the arrangement, the envoy said."
    new = "Before the deal, Foro Penal, a local rights group, counted more than 900 activists in Venezuela."
    assert [s for s, _, _ in claims(old, new)] == ["differs"]


def test_a_partys_share_told_with_other_verbs_is_one_share():
    """A projection and a final count: "were projected at 13.5%" / "... took 16.4%, and the Greens
    11.6%" (the verb of the clause before): one party's share, changed. Another party's share in
    the same sentence stays apart."""
    found = _claim_findings(
        "Fidesz came first with about 31%, the projections showed. The Greens were projected at 13.5%.",
        "Fidesz won 30.8%, and the Greens 11.6%, the final count showed.",
    )
    assert ("changed", "13.5%", "11.6%") in found
    assert ("compatible", "about 31%", "30.8%") in found


def test_a_share_placed_on_one_side_only_may_be_of_another_base():
    """"the party took 14.58%" nationally / "won 45% in his home province": not ``changed``."""
    found = _claim_findings(
        "The vote count ended on Sunday.\n\nNationally, Zuma's party took 14.58% of the vote, the commission said.",
        "Observers praised the count.\n\nZuma's party won 45% in his home province of KwaZulu-Natal, officials said.",
    )
    assert [s for s, _, _ in found if s == "changed"] == []


def test_an_exact_figure_rounded_to_fewer_decimals_agrees_with_it():
    """Turnout "58.6%" / "58.59%": the one is the other rounded, compatible; "58.66%" is not."""
    assert _claim_findings("Turnout was 58.6%.", "Turnout was 58.59%.") == [("compatible", "58.6%", "58.59%")]
    assert _claim_findings("Turnout was 58.6%.", "Turnout was 58.66%.") == [("changed", "58.6%", "58.66%")]


def test_a_sum_in_millions_rounded_to_the_million_agrees_with_it_when_near():
    """"a fund of $17 million" / "a fund of $17.3 million": the decimals are of the millions, so the
    one is the other rounded; "$1 million" / "$1.2 million" are a fifth apart, two sums."""
    assert [s for s, _, _ in _claim_findings("The firm set up a fund of $17 million.", "The firm set up a fund of $17.3 million.")] == ["compatible"]
    assert [s for s, _, _ in _claim_findings("The firm set up a fund of $1 million.", "The firm set up a fund of $1.2 million.")] == ["changed"]
    # (in millions whatever floating point makes of 9,700,000 / 9.7)
    assert [s for s, _, _ in _claim_findings("The firm set up a fund of $9.7 million.", "The firm set up a fund of $9.74 million.")] == ["compatible"]


def test_months_told_as_days_agree_by_the_mean_month():
    """"nearly 17 months" / "513 days": 17 mean months are 517 days, so 513 is nearly 17 months
    (with 30-day months the bound would be 510 days and the pair a false ``changed``)."""
    old = "The bishop was freed after nearly 17 months in prison, the Vatican said."
    new = "The bishop was freed after 513 days in prison, the Vatican said."
    assert [s for s, _, _ in _claim_findings(old, new)] == ["compatible"]


def test_a_ruling_and_a_decision_of_one_court_are_one_document():
    """"a 92-page ruling" / "a 93-page decision": one court document's length, told with a synonym:
    the one figure each report gives for it, changed."""
    found = _claim_findings(
        "The judge issued a 92-page ruling.\n\nThe company will appeal.",
        "The company said it would appeal.\n\nIn a 93-page decision, the judge found against it.",
    )
    assert ("changed", "92-page", "93-page") in found


def test_a_particular_figure_each_report_gives_once_pairs_as_the_same_before_round_ones():
    """"£9,100" is particular (91 hundreds), "£5,000" round: the old threshold's £9,100 meets the
    new £9,100 as the same figure, and no £5,000 of either side is taken for a changed £9,100."""
    old = (
        "The threshold at which employers start paying was cut from £9,100 to £5,000 a year.\n\n"
        "Small firms' allowance will double from £5,000 to £10,500."
    )
    new = (
        "Employers will pay at 15% on salaries above £5,000 rather than £9,100.\n\n"
        "Small companies will be able to deduct up to £10,500, up from £5,000."
    )
    found = _claim_findings(old, new)
    assert ("same", "£9,100", "£9,100") in found
    assert not [f for f in found if f[0] == "changed"]


def test_an_act_of_an_earlier_period_is_not_the_storys_act_told_otherwise():
    """"Last year's amnesty freed 3,765 people" / a headline "Frees 14,020 Prisoners": the
    earlier act's figure is not the headline's told otherwise, not even ``differs`` ("Last year's",
    capitalised and possessive, is a time)."""
    from docdelta_claims import match
    from docdelta_claims.extract import text_claims

    old = text_claims("Last year's National Day amnesty freed 3,765 people.")
    new = text_claims("Vietnam Frees 14,020 Prisoners In Record National Day Amnesty")
    assert [p.status for p in match.pair_claims(old, new, ())] == ["removed", "added"]


def test_a_figure_after_an_earlier_event_is_not_the_storys_figure_even_in_one_sentence_edited():
    """"In an earlier release in September, 52 prisoners were freed" tells the earlier act's count,
    not "The agreement freed 37 prisoners" told otherwise, though the two sentences share their
    end; the sentence with its figure alone edited stays a change."""
    old = "The agreement freed 37 prisoners, including a US citizen."
    found = _claim_findings(old, "In an earlier release in September, 52 prisoners were freed, including a US citizen.")
    assert not [f for f in found if f[0] in ("changed", "differs")]
    assert ("removed", "37", None) in found and ("added", None, "52") in found
    found = _claim_findings(old, "The agreement freed 52 prisoners, including a US citizen.")
    assert ("changed", "37", "52") in found


def test_two_parts_of_one_whole_by_one_act_are_one_part_told_twice():
    """"Of those pardoned, 96 were released" (a part of the 120 pardoned the sentence before) and "Of
    the 120 pardoned, 86 were freed": parts of one whole by one act, so one quantity; parts of two
    wholes, or by two acts, are not."""
    old = "Azerbaijan pardoned 120 prisoners on Tuesday. Of those pardoned, 96 were released immediately, officials said."
    new = "President Aliyev signed a pardon decree covering 120 people. Of the 120 pardoned, 86 were freed outright, officials said."
    assert ("changed", "96", "86") in _claim_findings(old, new)
    other_whole = new.replace("Of the 120 pardoned", "Of the 140 pardoned")
    assert ("changed", "96", "86") not in _claim_findings(old, other_whole)
    other_act = new.replace("86 were freed outright", "86 had their terms cut")
    assert ("changed", "96", "86") not in _claim_findings(old, other_act)


def test_two_counts_ten_times_apart_across_reports_are_two_quantities_unless_a_toll():
    """"would free three of them" / "wants to exchange some 40 high-profile captives": a part and a
    whole, not one figure told otherwise; a toll grows ten times as it is counted ("Kills 144" /
    "Toll Rises To 1,644")."""
    old = "The FARC announced on Jan. 31 that it would free three of them because of their poor health."
    new = "The FARC wants to exchange some 40 high-profile captives for about 500 imprisoned guerrillas."
    found = _claim_findings(old, new)
    assert not [f for f in found if f[0] in ("changed", "differs") and f[1] == "three"]
    found = _claim_findings("Earthquake Kills 144, Government Says", "Quake Toll Rises To 1,644 As Rescuers Search Rubble")
    assert ("changed", "144", "1,644") in found


def test_again_after_a_time_that_opens_its_sentence_marks_the_later_act_too():
    """"He was arrested again on March 3" / "On March 5, 2014, he was arrested again": both date the
    second arrest, so the days are one act's, changed; "again" stands after the time on one side."""
    old = "Poet Leaves For Exile\n\nThe poet was first jailed in 2009 and freed in May 2013.\n\nHe was arrested again on March 3, a week before parliament met, in a sweep of critics."
    new = "Poet Flies Out\n\nThe poet served four years and was freed in May 2013.\n\nOn March 5, 2014, he was arrested again on charges of inciting unrest, and held at home under guard."
    found = [f.data for f in SESSION.compare(old, new).findings if f.kind == "claim" and f.data["status"] == "changed"]
    assert [(f["old"]["text"], f["new"]["text"]) for f in found] == [("March 3", "March 5, 2014")]


def test_a_count_ten_times_past_an_open_bound_across_reports_is_another_quantity():
    """"Four political prisoners were freed from that jail" / "At least 44 political prisoners were
    among 66 detainees released": an open upper end reaches no lower, so 44 is more than ten times
    four, a part and the whole as a closed figure would be."""
    old = "Four political prisoners were freed from the northern jail, a monitor said, but about half a dozen remain inside."
    new = "At least 44 political prisoners, among them two well-known poets, were among 66 detainees released on Monday."
    found = _claim_findings(old, new)
    assert not [f for f in found if f[0] in ("changed", "differs") and f[1] == "Four"]


@pytest.mark.parametrize(
    ("old", "new", "pair"),
    [
        pytest.param(
            "Anna Orlova was freed on Thursday.\n\nOrlova, 42, was driven home late on Thursday.",
            "Anna Orlova was freed on Thursday.\n\nHer husband, Pavel Orlov, called reporters on Friday.\n\n"
            "The 41-year-old had been held since her arrest in 2021.",
            ("42", "41-year-old"),
            id="a later age is not the kin of the other sex named before it (frame.kin_of_other_sex)",
        ),
        pytest.param(
            "Authorities freed Vasile Ionescu-Marin, the Orthodox priest whose sermons angered the state.\n\n"
            "Officials said the 58-year-old was released on Monday on health grounds.\n\n"
            "As a 22-year-old medical student he was first seized in 1948.",
            "Vasile Ionescu-Marin walked out of prison this week.\n\n"
            "Officials cited the health of the 59-year-old priest, who was jailed in 1979.",
            ("58-year-old", "59-year-old"),
            id="a description after a name in an apposition is his title",
        ),
        pytest.param(
            "In April the authorities in Hubei freed the activist Wu Dan 11 years into an 18-year sentence.",
            "In April the Hubei activist Wu Dan left prison 10 years into an 18-year term.",
            ("11 years", "10 years"),
            id="years into a sentence are time served whoever freed him",
        ),
        pytest.param(
            "Sall freed 40 prisoners.\n\nIt came after Sall won a second five-year term in the Oct. 25 election with 58 percent.",
            "Sall freed 40 prisoners.\n\nThe leader, who was re-elected on Oct. 24 with 58 percent of the vote, signed it himself.",
            ("Oct. 25", "Oct. 24"),
            id="an election's day is the day someone was re-elected",
        ),
        pytest.param(
            "The rebels freed 9 workers.\n\nThe front, made up of ethnic Tamils, has been fighting for independence since 1984.",
            "The rebels freed 9 workers.\n\nThe front, which has waged an armed campaign since 1994, says its people are denied a vote.",
            ("1984", "1994"),
            id="fighting and waging a campaign since a year are one struggle dated twice",
        ),
    ],
)
def test_one_figure_told_in_two_rewritten_sentences_is_changed(old, new, pair):
    """Readings of a sentence that let two reports' figures meet as one told otherwise: who an age
    is given to, what a length measures, which act a time dates."""
    assert ("changed", *pair) in _claim_findings(old, new)


def test_an_age_given_to_a_kin_meets_the_name_the_other_report_gives_that_kin():
    """"Jan Berger, 51, and his partner Eva Lind, 43," / "His partner, a 44-year-old, wore a robe": her
    age told otherwise (the kin word is her title in the first report)."""
    old = "Jan Berger, 51, a tax adviser, and his partner Eva Lind, 43, were on their way to the capital."
    new = "Berger, 51, looked thin.\n\nHis partner, a 44-year-old, wore a long robe and a turban."
    found = _claim_findings(old, new)
    assert ("changed", "43", "44-year-old") in found
    assert ("same", "51", "51") in found


def test_two_reckonings_of_those_still_held_within_twice_each_other_are_one_count():
    """"at least 1,500 political prisoners remain in camps" / "put the number held for their beliefs
    at 750 or more": those still held, as two sources reckon them; three times apart, two counts."""
    old = "The state freed 140 dissidents.\n\nDissidents reckon that at least 1,500 political prisoners remain in camps and jails."
    new = "The state freed 140 dissidents.\n\nRights groups put the number held for their beliefs at 750 or more."
    assert ("changed", "at least 1,500", "750 or more") in _claim_findings(old, new)
    far = new.replace("750 or more", "450 or more")
    assert not [f for f in _claim_findings(old, far) if f[0] == "changed" and f[1] == "at least 1,500"]


def test_prisoners_of_war_date_no_war():
    """"freed 242 prisoners of war on Saturday" / "began freeing their prisoners of war on Sunday, a
    day after ...": the days of two releases by two sides, not one war dated twice."""
    from docdelta_claims.extract import text_claims
    from docdelta_claims.frame import claim_frame

    (day,) = [c for c in text_claims("Bosnia freed 242 Serb prisoners of war on Saturday.") if c.category == "date"]
    assert claim_frame(day).thing != "war" and claim_frame(day).predicate == "free"
    old = "The government freed 242 Serb prisoners of war on Saturday. The Serbs said they would free theirs on Sunday."
    new = "Bosnian Serb authorities began freeing their prisoners of war on Sunday, a day after the government released 250 Serb soldiers."
    assert ("changed", "Saturday", "Sunday") not in _claim_findings(old, new)


def test_a_headlines_ages_restate_the_ledes_and_change_with_them():
    """"Freed British Couple, 80 And 75" and "Peter and Barbie Reynolds, aged 80 and 75": the
    headline's 75 restates the lede's, so both are changed against the new "Barbie, 76"."""
    old = (
        "Taliban Free British Couple, 80 And 75, Held For Months\n\n"
        "Peter and Barbie Reynolds, aged 80 and 75, had lived in the country for 18 years."
    )
    new = "Peter Reynolds, 80, and his wife, Barbie, 76, were freed on Friday after months in custody."
    found = _claim_findings(old, new)
    assert [f for f in found if f[0] == "changed"] == [("changed", "75", "76")] * 2


def test_a_headline_the_diff_aligns_with_a_new_lede_is_no_edit_of_it():
    """The diff may pair an old Title Case headline with a new lede that opens with its words; the
    headline's figure must not take the lede's partner as one sentence edited, so the two ledes'
    figures meet and the day their act is told on changed."""
    old = (
        "Eleven Sailors Held By Pirates Return To Mombasa\n\n"
        "MOMBASA, Kenya (AP) — Eleven sailors held by pirates for four months arrived in Mombasa late on Monday, port officials said.\n\n"
        "The ship was seized in the Gulf of Aden."
    )
    new = (
        "Kenya Welcomes Home Crew Freed By Somali Pirates\n\n"
        "MOMBASA, Kenya — Eleven sailors held by pirates returned to Mombasa early on Tuesday, port officials said.\n\n"
        "The ship was seized in the Gulf of Aden."
    )
    report = SESSION.compare(old, new)
    assert (0, 1) in [(p.old, p.new) for p in report.pairs]  # the diff's alignment this test is about
    assert ("changed", "Monday", "Tuesday") in _claim_findings(old, new)


def test_a_headline_restating_its_ledes_changed_figure_is_changed_against_the_other_headline():
    """Both versions state the toll twice (headline, lede). The ledes' 14 / 19 pair as changed on
    their frames; the headlines' 14 / 19, told in fewer words, are the same two figures: changed
    too, not merely differing."""
    old = (
        "Flash Flood Kills 14 Villagers In Northern Pakistan\n\n"
        "PESHAWAR, Pakistan (Reuters) — A flash flood in the Swat valley killed 14 villagers on Sunday "
        "and left nine missing, the disaster authority said."
    )
    new = (
        "Toll From Pakistan Flash Flood Rises To 19, With Four Missing\n\n"
        "PESHAWAR, Pakistan (Reuters) — Rescuers pulled more bodies from the mud in the Swat valley on Monday, "
        "raising the toll from the flash flood to 19, while four villagers remained missing, the disaster authority said."
    )
    found = _claim_findings(old, new)
    assert found.count(("changed", "14", "19")) == 2
    assert ("differs", "14", "19") not in found


def test_two_headlines_restating_their_ledes_changed_figure_pair_with_each_other():
    """The ledes' 41 / 38 pair as changed; each headline restates its lede but names the story
    otherwise ("Grand Sofala Collapse"), so they do not meet on their own frames. They are the
    same two figures told again: headline against headline, not each against the other's lede."""
    old = (
        "Hotel Collapse: Death Toll Rises To 3, With 41 People Unaccounted For\n\n"
        "BEIRA, Mozambique (AP) — The death toll from the collapse of a six-story hotel rose to three on Friday, "
        "and 41 people remained unaccounted for as rescuers dug through the rubble."
    )
    new = (
        "Grand Sofala Collapse: 4 Dead, 38 Still Missing As Search Enters Second Day\n\n"
        "BEIRA, Mozambique (AP) — Rescuers found another body on Saturday in the rubble of a collapsed six-story hotel, "
        "raising the death toll to four, while 38 people remained unaccounted for."
    )
    report = SESSION.compare(old, new)
    pairs = sorted(
        (f.data["old"]["sentence"].startswith("Hotel"), f.data["new"]["sentence"].startswith("Grand"))
        for f in report.findings
        if f.kind == "claim" and f.data["status"] == "changed" and f.data["old"]["text"] == "41"
    )
    assert pairs == [(False, False), (True, True)]  # lede with lede, headline with headline


def test_two_tolls_agree_only_through_a_far_bound_do_not_pair_as_one():
    """"At least 1,444 deaths in Niger" and "More than 3,700 people confirmed dead" may both be true
    of one toll, which says nothing of whether they are one: left apart, where "more than 1,400"
    in Niger is the same toll told again."""
    old = "Quake Kills Thousands\n\nAt least 1,444 deaths were reported in Niger, in both government-held areas and the north."
    alone = "Quake Kills Thousands\n\nMore than 3,700 people have been confirmed dead after a powerful earthquake struck early on Monday."
    assert ("compatible", "At least 1,444", "More than 3,700") not in _claim_findings(old, alone)
    both = alone + " Rescuers in Niger put the toll there at more than 1,400."
    assert ("compatible", "At least 1,444", "more than 1,400") in _claim_findings(old, both)


def test_a_toll_that_passes_a_figure_is_above_it_and_a_vote_passed_is_a_tally():
    """"Death Toll Passes 3,700" says more than 3,700, as the lede does ("More than 3,700 people
    have been confirmed dead"); "The Senate passed 52 to 48" gives a tally, no bound."""
    from docdelta_claims import text_claims

    (passes,) = text_claims("Quake Death Toll Passes 3,700 As Rescuers Search Through The Night")
    assert (passes.text, passes.low, passes.high, passes.low_open) == ("Passes 3,700", 3700, None, True)
    assert [(c.text, c.low, c.high) for c in text_claims("The Senate passed 52 to 48 a bill to fund the army.")] == [
        ("52", 52, 52),
        ("48", 48, 48),
    ]
    old = "Quake Death Toll Tops 3,700\n\nMore than 3,700 people have been confirmed dead, officials said."
    new = "Quake Death Toll Tops 3,700\n\nThe toll passed 3,700 on Tuesday, officials said."
    assert ("same", "More than 3,700", "passed 3,700") in _claim_findings(old, new)


def test_nearly_a_few_large_units_reaches_down_a_quarter():
    """"nearly a week" is six days, "nearly two months" 47 days: of one to three large units,
    "nearly" reaches down a quarter (5.25 days; 45.7 days), where "nearly 100 days" stops at 90."""
    from docdelta_claims import text_claims

    (week,) = text_claims("The boys were freed nearly a week after the raid.")
    assert (week.low, week.high, week.high_open) == (0.75, 1, True)
    old = "He had served nearly two months in a detention centre for assault."
    assert ("compatible", "nearly two months", "47 days") in _claim_findings(old, old.replace("nearly two months", "47 days"))
    assert ("changed", "nearly two months", "40 days") in _claim_findings(old, old.replace("nearly two months", "40 days"))
    many = "He had served nearly 100 days in a detention centre for assault."
    assert ("changed", "nearly 100 days", "85 days") in _claim_findings(many, many.replace("nearly 100 days", "85 days"))


def test_a_date_edited_in_place_is_not_taken_by_its_equal_further_down():
    """"He was to be sentenced on Dec. 16" became "... on Dec. 12", and a new paragraph sets another
    case's hearing for Dec. 16: the edit is the date told otherwise, the new Dec. 16 is added."""
    old = (
        "Judge Sets Hearing Dates\n\n"
        "Mr. Okafor was convicted in June of fraud. He was to be sentenced in that case on Dec. 16 and faced up to 20 years."
    )
    new = (
        "Judge Sets Hearing Dates\n\n"
        "Mr. Okafor was convicted in June of fraud. He was to be sentenced in that case on Dec. 12 and faced up to 20 years.\n\n"
        "In a second case, over unpaid taxes, a hearing was set for Dec. 16."
    )
    found = _claim_findings(old, new)
    assert ("changed", "Dec. 16", "Dec. 12") in found
    assert ("added", None, "Dec. 16") in found


def test_a_surname_that_is_a_title_is_a_name_an_age_is_given_to():
    """"King, 22," is a man called King (as "Bishop, 41," would be); "King Abdullah, 62," is Abdullah."""
    old = "The news agency said King, 22, had confessed to entering the country illegally."
    new = "King, 23, was handed to American officials at the border, the officials said."
    assert ("changed", "22", "23") in _claim_findings(old, new)
    from docdelta_claims import frame as frames
    from docdelta_claims import text_claims

    (age,) = [c for c in text_claims("King Abdullah, 62, met the envoy.") if c.category == "age"]
    assert frames.claim_frame(age).names == ("abdullah",)


def test_a_figure_of_an_earlier_year_does_not_restate_the_storys():
    """"a second quake of magnitude 7.6" restates nothing in "a 7.6-magnitude quake ... in 2010":
    a year on one side only, below the headline, is another event's."""
    old = "Chile Quake\n\nAn aftershock of magnitude 6.1 hit the coast about five hours later."
    new = (
        "Chile Quake\n\nIt was followed in the evening by an aftershock of magnitude 6.3 near Concepcion.\n\n"
        "About 500 people died after a 6.3-magnitude aftershock in the same region in 2010."
    )
    found = [f for f in _claim_findings(old, new) if f[0] == "changed"]
    assert found == [("changed", "6.1", "6.3")]


def test_who_turned_78_is_an_age_of_the_person_named_before_it():
    """"Museveni, who turned 80 on Monday," is an age, Museveni's, and so meets "Museveni, 79,"
    as one age changed; "turned 300 people away" and "turned 100 points lower" are no ages."""
    from docdelta_claims import text_claims

    assert [(c.text, c.category) for c in text_claims("Museveni, who turned 80 on Monday, welcomed them.")][0] == ("80", "age")
    assert [c.category for c in text_claims("The guards turned 300 people away.")] == ["count"]
    assert [c.category for c in text_claims("The index turned 100 points lower.")] == ["count"]
    old = "The release was announced in Kampala. Yoweri Museveni, 79, said he had pardoned them."
    new = "The release was announced in Kampala. President Yoweri Museveni, who turned 80 on Monday, said he had pardoned them."
    assert ("changed", "79", "80") in _claim_findings(old, new)


def test_a_participle_before_a_noun_in_a_title_case_headline_qualifies_it():
    """"333 Kidnapped Schoolboys Freed": in Title Case every word is capitalised, so the noun after
    the participle is still its noun (the count is of kidnapped schoolboys); the headline then
    meets the other version's "Frees 344 Schoolboys"."""
    from docdelta_claims import text_claims

    (count,) = text_claims("Nigeria Says 333 Kidnapped Schoolboys Freed In Katsina State")
    assert count.subject == "kidnapped schoolboys"
    (injured,) = text_claims("Over 40 Injured In Attack On Kabul Bus")
    assert injured.subject == ""  # a participle before a preposition is the verb
    old = "Nigeria Says 333 Kidnapped Schoolboys Freed In Katsina State\n\nThe governor spoke on Thursday."
    new = "Nigeria Frees 344 Schoolboys Abducted From Kankara School\n\nThe governor spoke on Thursday."
    assert ("changed", "333", "344") in _claim_findings(old, new)


def test_time_spent_in_a_jail_described_by_its_country_is_time_held():
    """"spent nearly three years in an Egyptian jail" is time in custody, as "in prison" is."""
    from docdelta_claims import frame as frames
    from docdelta_claims import text_claims

    for sentence in ("She spent nearly three years in an Egyptian jail.", "He spent two years in Russian custody."):
        duration = next(c for c in text_claims(sentence) if c.category == "duration")
        found = frames.claim_frame(duration)
        assert (found.predicate, "custody" in found.places) == ("hold", True), sentence


def test_a_restatement_that_agrees_with_the_partner_is_not_changed_against_it():
    """"the toll of 17" restates the new "Toll Rises To 17"; against the old lede's "At least 12" it
    agrees (17 is at least 12), so it is no second change there."""
    old = (
        "Toll In Warehouse Fire Rises To 12, Police Say\n\n"
        "At least 12 people were killed when fire engulfed a warehouse in Lagos, police said on Thursday."
    )
    new = (
        "Toll In Warehouse Fire Rises To 17, Police Say\n\n"
        "At least 17 people were killed when fire engulfed a warehouse in Lagos, police said on Thursday.\n\n"
        "A police spokesman said the toll of 17 was likely to rise."
    )
    found = _claim_findings(old, new)
    assert ("changed", "At least 12", "At least 17") in found and ("changed", "12", "17") in found
    assert ("changed", "At least 12", "17") not in found


def test_a_persons_kin_named_by_a_possessive_is_another_person():
    """"the arrest of Fattah's sister Sanaa in June 2020" is the sister's arrest, not Fattah's: it is
    no date of his arrest told otherwise."""
    old = (
        "Blogger Freed\n\n"
        "Karim Fattah, 40, was arrested on Sept. 29, 2019, and sentenced in 2021 to five years for spreading false news."
    )
    new = (
        "Blogger Freed\n\n"
        "Karim Fattah was freed on Monday after a presidential pardon.\n\n"
        "Rights groups had campaigned for him since the arrest of Fattah's sister Sanaa in June 2020."
    )
    assert not [f for f in _claim_findings(old, new) if f[1] == "Sept. 29, 2019" and f[0] in ("changed", "differs")]
    from docdelta_claims import frame as frames

    assert "fattah" not in frames.people(frames.opening_names("The arrest of Fattah's sister Sanaa was condemned."))


def test_a_date_of_one_of_several_acts_of_its_kind_is_not_the_one_act_dated_otherwise():
    """"sentenced in 2014 to 10 years" against "A court first sentenced him in 2013 to seven years, a
    term raised on appeal in 2014": the story tells two sentences; the first's year is no year of
    the other report's one sentence told otherwise."""
    old = "Blogger Freed\n\nSalem Nouri, 38, was sentenced in 2014 to 10 years in prison for insulting officials."
    new = (
        "Blogger Freed\n\n"
        "A court first sentenced him in 2013 to seven years, a term raised on appeal in 2014 to 10 years."
    )
    assert ("changed", "2014", "2013") not in _claim_findings(old, new)
    again = "Blogger Freed\n\nThe court sentenced him in 2013 to 10 years in prison for insulting officials."
    assert ("changed", "2014", "2013") in _claim_findings(old, again)  # the one sentence each tells
    life = "Blogger Freed\n\nLIMA — The blogger was freed on Friday.\n\nA military tribunal sentenced Ana Rojas to life in January 1996."
    retried = "Blogger Freed\n\nLIMA — The blogger was freed on Friday.\n\nA civilian court convicted Rojas again in 2001 on a lesser charge."
    assert ("removed", "January 1996", None) in _claim_findings(life, retried)  # "convicted Rojas again": a later act


def test_a_prize_awarded_and_a_prize_won_are_one_award():
    """"The parliament awarded him its Sakharov Prize in 2015" / "He won the Sakharov Prize in
    2014": one award, its year told otherwise."""
    old = "Writer Freed\n\nThe European Parliament awarded him its Sakharov Prize for freedom of thought in 2015."
    new = "Writer Freed\n\nHe won the European Parliament's Sakharov Prize in 2014."
    assert ("changed", "2015", "2014") in _claim_findings(old, new)


def test_time_in_someones_hands_is_custody_and_an_election_is_won():
    """"after more than two years in Russian hands" is time held, as "in Russian custody" is; "voters
    elected her to parliament in October" and "she won a seat in parliament in November" are one
    election dated twice."""
    old = (
        "Pilot Freed\n\n"
        "She flew home after nearly two years in Russian custody. Voters elected her to parliament in October 2014."
    )
    new = (
        "Pilot Freed\n\n"
        "She landed after more than two years in Russian hands. She won a seat in parliament in November 2014."
    )
    found = _claim_findings(old, new)
    assert ("changed", "nearly two years", "more than two years") in found
    assert ("changed", "October 2014", "November 2014") in found


def test_one_places_population_estimated_twice_is_changed():
    """"Somalia, a country of about 15 million people" / "Somalia has about 16 million people": two
    estimates of one population (their intervals overlap, but each says what it is near); an exact
    figure inside an estimate agrees with it."""
    old = "Aid Worker Freed\n\nAl Shabaab controls much of Somalia, a country of about 15 million people."
    new = "Aid Worker Freed\n\nSomalia has about 16 million people, half of them in need of aid."
    assert ("changed", "about 15 million", "about 16 million") in _claim_findings(old, new)
    exact = "Aid Worker Freed\n\nSomalia has 15.4 million people, half of them in need of aid."
    assert ("compatible", "about 15 million", "15.4 million") in _claim_findings(old, exact)


def test_freed_after_some_days_is_time_held_and_a_described_captives_time_is_theirs():
    """"Freed By China After 1,019 Days" counts time held (as "spent 1,020 days in detention" does);
    "... In Exchange For Drug Lord Held 17 Years" is the lord's time, not that of the man the line
    names."""
    assert frame_of("Two Canadians Freed By China After 1,019 Days", "1,019 Days").predicate == "hold"
    held = frame_of("Taliban Free Navy Veteran Mark Okoro In Exchange For Drug Lord Held 17 Years", "17 Years")
    assert held.names == ()
    old = "Canadians Freed\n\nTwo Canadians Freed By China After 1,019 Days"
    new = "Canadians Freed\n\nThe men, who had spent 1,020 days in Chinese detention, landed in Calgary."
    assert ("changed", "1,019 Days", "1,020 days") in _claim_findings(old, new)


def test_first_before_a_verb_is_an_adverb_not_an_ordinal():
    """"A court first sentenced him in 2013", "when the deal was first announced", "after it first
    did so": when, not which one; "the first released prisoner", "the first to walk" are ordinals."""
    from docdelta_claims import text_claims

    for sentence in ("A court first sentenced him in 2013.", "It came when the deal was first announced.", "It came after it first did so."):
        assert "ordinal" not in [c.category for c in text_claims(sentence)], sentence
    for sentence in ("The first released prisoner spoke to reporters.", "Namazi was the first to walk down the stairs."):
        assert [c.category for c in text_claims(sentence)] == ["ordinal"], sentence


def test_an_age_given_to_a_described_person_meets_the_same_description():
    """"The 35-year-old pilot was handed over" / "The pilot, 34, ejected": one pilot's age, told
    otherwise; a description after an age that opens its sentence keeps the person named before
    ("Milei, 53," / "... The 52-year-old former television pundit won")."""
    old = (
        "Pilot Returned\n\nPakistan handed back Wing Commander Ravi Menon on Friday.\n\n"
        "The 35-year-old pilot was handed over to Indian officials at the border."
    )
    new = "Pilot Returned\n\nThe pilot, 34, ejected over Kashmir and was rescued by the army."
    assert ("changed", "35-year-old", "34") in _claim_findings(old, new)
    old = "Milei Wins\n\nMassa, 51, conceded. Milei, 53, will take office on Dec. 10."
    new = "Milei Wins\n\nJavier Milei won the runoff on Sunday.\n\nThe 52-year-old former television pundit won 14.5 million votes."
    assert ("changed", "53", "52-year-old") in _claim_findings(old, new)


def test_a_sentence_opening_with_the_and_a_name_names_its_people():
    """"The Taliban on Saturday released Bowe Bergdahl, ..." opens with a name, not a description:
    "The 27-year-old" after it may be Bergdahl, whose age the other report gives as 28."""
    from docdelta_claims import frame as frames

    assert "bergdahl" in frames.opening_names("The Taliban on Saturday released Bowe Bergdahl, a U.S. Army sergeant.")
    assert frames.opening_names("The 61-year-old Booker laureate, held since 2022, faces 20 years.") == ()
    old = "Sergeant Freed\n\nBergdahl, 28, was handed over to U.S. troops in eastern Afghanistan."
    new = (
        "Sergeant Freed\n\nKABUL (Reuters) — The Taliban on Saturday released Bowe Bergdahl, a U.S. Army sergeant.\n\n"
        "The 27-year-old was collected by a small team of special forces."
    )
    assert ("changed", "28", "27-year-old") in _claim_findings(old, new)


def test_a_persons_release_day_told_in_a_pronoun_clause_is_that_persons():
    """"Badawi was released from prison on Friday" / "Saudi blogger Raif Badawi has been set free, his
    wife said, adding that he was released on Thursday": "he" is the person the sentence opens
    with, and one person's release told on two weekdays is one day told otherwise."""
    old = "Blogger Freed\n\nMONTREAL (AP) — Raif Badawi, the Saudi blogger, was released from prison on Friday, his wife said."
    new = (
        "Blogger Freed\n\nDUBAI (Reuters) — Saudi blogger Raif Badawi has been set free after 10 years in jail, "
        "his wife said, adding that he was released on Thursday."
    )
    assert ("changed", "Friday", "Thursday") in _claim_findings(old, new)
    other = "Blogger Freed\n\nDUBAI (Reuters) — His lawyer Waleed Sami was released on Thursday, officials said."
    assert ("changed", "Friday", "Thursday") not in _claim_findings(old, other)  # another person's release


def test_murdered_and_shot_dead_are_one_act_of_killing():
    """"The two rangers were murdered near the park gate on May 3, 2010" / "were shot dead near the
    park gate in June 2010": one killing told with two verbs of it, so its date changed; a verb of
    another act ("were injured") is another event."""
    old = "Poacher Jailed\n\nMaina Otieno was jailed on Monday. The two rangers were murdered near the park gate on May 3, 2010."
    new = "Poacher Jailed\n\nMaina Otieno was jailed on Monday. The two rangers were shot dead near the park gate in June 2010."
    assert ("changed", "May 3, 2010", "June 2010") in _claim_findings(old, new)
    hurt = "Poacher Jailed\n\nMaina Otieno was jailed on Monday. The two rangers were injured near the park gate in June 2010."
    assert ("changed", "May 3, 2010", "June 2010") not in _claim_findings(old, hurt)


def test_a_name_was_a_number_is_that_persons_age():
    """"Ortiz was 31 and Vega was 29 when they died": each number is the age of the name before it
    (not a count, nor the next name's age); a common noun opening the sentence is no one."""
    from docdelta_claims import text_claims

    found = [(c.text, c.category) for c in text_claims("Ortiz was 31 and Vega was 29 when they died.")]
    assert found == [("31", "age"), ("29", "age")]
    assert [c.category for c in text_claims("She was 17 when the war began.")] == ["age"]
    assert [c.category for c in text_claims("Turnout was 61 in the capital.")] == ["count"]
    old = "Divers Die\n\nThe divers were named on Friday. Ortiz was 31 and Vega was 29 when they died."
    new = "Divers Die\n\nThe divers, Luis Ortiz, 31, and Ana Vega, 28, were named on Friday."
    found = _claim_findings(old, new)
    assert ("changed", "29", "28") in found
    assert ("same", "31", "31") in found


def test_whom_a_body_acted_on_is_the_person_the_story_names_most():
    """"The state parole board had refused her parole in March 2021" / "She was refused parole in May
    2021": "her" is the woman the story is about, though the sentence before opens with another
    name's possession; then the board's act and her refusal are one, and its month changed."""
    old = (
        "Activist Freed\n\nNAIROBI — Wanjiru Kamau walked out of Langata prison on Monday. Kamau had served 12 years.\n\n"
        "Ruto's commutation in January did not clear her name. The state parole board had refused her parole in March 2021."
    )
    new = "Activist Freed\n\nWanjiru Kamau left Langata prison on Monday after 12 years. She was refused parole in May 2021."
    assert ("changed", "March 2021", "May 2021") in _claim_findings(old, new)
    other = "Activist Freed\n\nWanjiru Kamau left Langata prison on Monday. Her cellmate Achieng Odhiambo was refused parole in May 2021."
    assert ("changed", "March 2021", "May 2021") not in _claim_findings(old, other)


def test_a_first_act_told_alone_is_the_act_the_other_report_dates():
    """"Brussels first imposed tariffs on the mills in 2021" / "imposed tariffs on the mills in
    March 2023": one act (its year changed); "first fined him in 2016, a fine raised on appeal in
    2018" dates a first step of several, not surely the fine the other report dates ("in 2017")."""
    old = "Tariffs Lifted\n\nThe European Commission imposed tariffs on the Kowalski mills in March 2023, officials said."
    new = "Tariffs Lifted\n\nThe European Commission first imposed tariffs on the Kowalski mills in 2021, arguing they were dumping steel."
    assert ("changed", "March 2023", "2021") in _claim_findings(old, new)
    old = "Editor Freed\n\nTanui Kiprop left prison on Monday.\n\nKiprop, an editor, was fined in 2017 for contempt of court."
    new = "Editor Freed\n\nTanui Kiprop left prison on Monday. A court first fined him in 2016, a fine raised on appeal in 2018."
    assert ("changed", "2017", "2016") not in _claim_findings(old, new)


def test_a_time_opening_a_bodys_act_on_someone_is_that_persons():
    """"In May 2019, a court placed him on a watch list along with 30 others, including Joel Wafula" /
    "A court added him to the watch list in 2020": "him" is the story's man, not the one listed
    beside him, so the dates are one act's, changed."""
    old = (
        "Blogger Freed\n\nNAIROBI — Peter Otieno was freed on Friday. Otieno had been held since 2018.\n\n"
        "In May 2019, a court placed him on a watch list along with 30 others, including Joel Wafula."
    )
    new = "Blogger Freed\n\nPeter Otieno was freed on Friday. A court added him to the watch list in 2020."
    assert ("changed", "May 2019", "2020") in _claim_findings(old, new)


def test_overlapping_figures_of_other_acts_in_one_paragraph_do_not_pair():
    """"at least 310 protesters were killed ... more than 12,000 people were detained" / "at least
    316 people were killed ... 12,400 were detained": "more than 12,000" and "at least 316" overlap
    as bounds, but one counts the detained and the other the dead; the two tolls meet, changed."""
    old = (
        "Crackdown Toll\n\nThe monitoring group says at least 310 protesters were killed, 40 of them minors, "
        "and that more than 12,000 people were detained."
    )
    new = (
        "Crackdown Toll\n\nThe monitoring group says at least 316 people were killed in the crackdown, including 40 "
        "children, and that 12,400 were detained."
    )
    found = _claim_findings(old, new)
    assert ("compatible", "more than 12,000", "at least 316") not in found
    assert ("changed", "at least 310", "at least 316") in found


def test_a_peoples_word_in_ish_names_its_country():
    """"Swedish ... Turnout At 84.2%" / "Sweden's Turnout Hits 84.6%": one country's turnout, told by
    its people's word and by its name, so the figure changed; "Polish" is not "Peru"."""
    from docdelta_claims import frame as frames

    assert frames._same_name("swedish", "sweden") and frames._same_name("polish", "poland")
    assert not frames._same_name("polish", "peru")
    old = "Swedish Opposition Ahead As Exit Poll Puts Turnout At 84.2%\n\nSTOCKHOLM — The opposition led an exit poll on Sunday."
    new = (
        "Government Falls As Sweden's Turnout Hits Record 84.6%\n\n"
        "STOCKHOLM — The government lost its majority, official results showed on Monday."
    )
    assert ("changed", "84.2%", "84.6%") in _claim_findings(old, new)


@pytest.mark.parametrize(
    ("people", "place"),
    [("norwegian", "norway"), ("greek", "greece"), ("afghan", "afghanistan"), ("dutch", "netherlands"), ("thai", "thailand")],
)
def test_a_peoples_word_no_ending_rule_reads_still_names_its_country(people, place):
    from docdelta_claims import frame as frames

    assert frames._same_name(people, place) and frames._same_name(place, people)
    assert not frames._same_name(people, "peru")


def test_a_year_before_its_noun_dates_that_thing_whatever_the_clause_did():
    """"Ortega v. Ohio, the 1998 ruling that struck down the state's ban" / "set aside the reasoning of
    a 1997 decision involving Ohio's ban": the year dates the ruling (its noun), not what the main
    clause did with it (set aside) nor what it did (struck down); one ruling, its year changed."""
    sentence = "The justices set aside the reasoning of a 1997 decision involving Ohio's ban."
    assert predicate_of(sentence, "1997") == ""
    old = "Ban Restored\n\nThe court on Monday reversed Ortega v. Ohio, the 1998 ruling that struck down the state's ban."
    new = (
        "Ban Restored\n\nThe judgment ends a long fight.\n\n"
        "The justices set aside the reasoning of a 1997 decision involving Ohio's ban, Chief Justice Hale wrote."
    )
    assert ("changed", "1998", "1997") in _claim_findings(old, new)


def test_one_trial_told_as_tried_on_charges_and_went_on_trial():
    """"Mendes, 52, a former envoy working for the Atlantic Policy Forum, was tried on smuggling
    charges in April" / "Mendes went on trial in June on smuggling charges": one trial (the crime's
    word in -ing is no verb, the long description is who Mendes is), its month changed."""
    sentence = "Mendes, 52, a former envoy working for the Atlantic Policy Forum, was tried on smuggling charges in April."
    assert predicate_of(sentence, "April") == "try"
    assert frame_of(sentence, "April").names == ("mendes",)
    old = "Envoy Freed\n\nLUANDA — Rui Mendes was freed on Friday.\n\n" + sentence
    new = "Envoy Freed\n\nRui Mendes was freed on Friday. Mendes went on trial in June on smuggling charges."
    assert ("changed", "April", "June") in _claim_findings(old, new)


def test_a_released_video_frees_no_one_and_a_sentence_handed_down_is_a_sentencing():
    """"The rebels released a video of him in March" says nothing was freed; "A 20-year term handed
    down in 2016 over a riot near Freedom Square" is the sentencing that "A court sentenced Kaya in
    2017" dates (a square is where, not a rival name of who)."""
    assert predicate_of("The rebels released a video of him in March.", "March") == "publish"
    assert predicate_of("The rebels released 12 hostages in March.", "March") == "free"
    assert predicate_of("A 20-year term handed down in 2016 was cut to 10 years in 2020.", "2016") == "sentence"
    old = "Activist Pardoned\n\nKaya, 41, was pardoned on Monday. A court sentenced Kaya in 2017 to 20 years."
    new = (
        "Activist Pardoned\n\nThe president pardoned the activist on Monday.\n\n"
        "A 20-year term handed down in 2016 over a riot near Freedom Square was cut to 10 years in 2020."
    )
    assert ("changed", "2017", "2016") in _claim_findings(old, new)


def test_a_toll_that_hits_a_figure_is_the_toll_at_that_level():
    """"Quarry Toll Rises To 21" / "Owner Arrested As Quarry Toll Hits 23": "hits" a figure is a
    level reached (the toll's dead, changed), not an act, nor the verb of the clause before "as";
    "The storm hit 12 towns" is an act."""
    assert frame_of("Owner Arrested As Quarry Toll Hits 23", "23").predicate == "die"
    assert frame_of("Premier Resigns As Turnout Hits Record 61.2%", "61.2%").predicate == ""
    old = "Quarry Collapse Toll Rises To 21 As Search Goes On\n\nRescuers dug through the night."
    new = "Owner Arrested As Quarry Toll Hits 23\n\nPolice held the quarry's owner on Friday."
    assert ("changed", "21", "23") in _claim_findings(old, new)


def test_a_change_told_in_headline_and_lede_is_not_crossed_with_a_third_statement():
    """"Ferry Sinking Kills 61" / "At least 61 people died" against "Toll Rises To 88" / "At least 88
    people died" / "88 had died, the governor said": the change is told headline against headline and
    lede against lede; the body's 88 is no third disagreement with the old headline. Where the old
    figure is told once ("Sixty-one"), each statement of the new one still disagrees with it."""
    old = (
        "Ferry Sinking Kills 61 Off Coast\n\n"
        "DHAKA — At least 61 people died when an overloaded ferry capsized in the river on Sunday, police said."
    )
    new = (
        "Ferry Sinking Toll Rises To 88 Off Coast\n\n"
        "DHAKA — At least 88 people died when an overloaded ferry capsized in the river on Sunday, police said.\n\n"
        "The district governor said 88 had died and dozens were missing."
    )
    changed = [(a, b) for status, a, b in _claim_findings(old, new) if status == "changed"]
    assert sorted(changed) == [("61", "88"), ("At least 61", "At least 88")]
    once = "Ferry Sinking Off Coast\n\nDHAKA — Sixty-one people died when an overloaded ferry capsized in the river on Sunday."
    changed = [(a, b) for status, a, b in _claim_findings(once, new) if status == "changed"]
    assert len(changed) == 3 and {a for a, _ in changed} == {"Sixty-one"}


def test_how_often_is_a_figure_with_its_word_times():
    """"arrested 11 times and convicted four times" / "convicted five times": how often, a figure
    of its own whose text holds "times" (as a key names it), changed; "13 times" is no 13 of anything."""
    from docdelta_claims import text_claims

    found = [(c.text, c.unit) for c in text_claims("He has been arrested 11 times and convicted four times.")]
    assert found == [("11 times", "times"), ("four times", "times")]
    old = "Dissident Freed\n\nThe dissident has been arrested 11 times and convicted four times since 1998."
    new = "Dissident Freed\n\nThe dissident has been arrested 11 times and convicted five times since 1998."
    found = _claim_findings(old, new)
    assert ("changed", "four times", "five times") in found and ("same", "11 times", "11 times") in found


def test_an_apposition_led_by_a_participle_describes_the_name_before_it():
    """"Rosa Medina, held by the rebels for nearly four years, was freed on Monday" / "Rosa Medina ...
    had been held for more than four years": the time is Medina's (the rebels who held her are the
    agent), and so is the clause after the apposition; "nearly" and "more than" the same years
    cannot both be true."""
    sentence = "Rosa Medina, held by ELN rebels for nearly four years, was freed on Monday."
    for text in ("nearly four years", "Monday"):
        assert frame_of(sentence, text).names == ("medina", "rosa"), text
    old = "Hostage Freed\n\nBOGOTA — " + sentence
    new = "Hostage Freed\n\nBOGOTA — Troops freed Rosa Medina on Monday. Medina had been held for more than four years."
    assert ("changed", "nearly four years", "more than four years") in _claim_findings(old, new)


def test_a_time_after_for_is_how_long_the_verb_before_it_lasted():
    """"had been held in Iran for 512 days since he was seized at the airport" / "A British engineer
    held in Iran for 513 days was freed on Friday": each time is how long he was held (the verb before
    "for"), not the seizure after it nor the release around it, so the days changed."""
    sentence = "Tom Hale, 51, had been held in Iran for 512 days since he was seized at the airport on May 2, 2022."
    assert predicate_of(sentence, "512 days") == "hold"
    old = "Engineer Freed\n\nLONDON — A British engineer held in Iran was freed on Friday.\n\n" + sentence
    new = "Engineer Freed\n\nLONDON — A British engineer held in Iran for 513 days was freed on Friday, officials said."
    assert ("changed", "512 days", "513 days") in _claim_findings(old, new)


def test_a_figure_after_up_from_is_the_earlier_level():
    """"more than 80,000 arrivals in 2022, up from about 41,000 in 2021": the 41,000 is the level
    before the rise, so it is no partner for "some 9,000 have arrived so far this year"."""
    from docdelta_claims import frame as frames
    from docdelta_claims import text_claims

    sentence = "Greece recorded more than 80,000 arrivals by sea in 2022, up from about 41,000 in 2021."
    earlier = next(c for c in text_claims(sentence) if c.text == "about 41,000")
    assert frames.claim_frame(earlier).predicate == "earlier level"
    old = "Boat Sinks\n\nMore than 80,000 migrants reached Greece by sea last year, and some 9,000 have arrived so far this year."
    new = "Boat Sinks\n\n" + sentence
    assert not [f for f in _claim_findings(old, new) if f[0] == "changed"]


def test_the_one_figure_of_its_kind_in_two_headlines_of_a_story_is_one_figure_updated():
    """"Chile Frees Poet Under Amnesty After 19 Months" / "Both Jailed Poets Freed Under Amnesty After
    20 Months": each headline's one time, told of one act, changed; a figure far from the other
    ("Smuggler Held 12 Years" / "After 700 Days") is another's."""
    old = "Chile Frees Poet Vidal Under Amnesty After 19 Months\n\nSANTIAGO — The poet walked out of prison on Monday."
    new = "Both Jailed Poets Freed Under Amnesty After 20 Months\n\nSANTIAGO — Two poets walked out of prison on Monday."
    assert ("changed", "19 Months", "20 Months") in _claim_findings(old, new)
    far = "Poets Freed In Swap For Smuggler Held 12 Years\n\nSANTIAGO — Two poets walked out of prison on Monday."
    assert not [f for f in _claim_findings(far, new) if f[0] == "changed"]


def test_a_fine_reduced_and_a_fine_cut_are_one_act():
    """"reduced his fine from 90 million pesos to 30 million pesos ($1.8 million)" / "cut his fine to
    30 million pesos ($1.7 million) from 90 million": one act told with two verbs of lowering, so
    the dollar figure changed; the level it came from is no partner of the level it reached."""
    old = (
        "Fine Cut\n\nMANILA — The pardons board, chaired by the president, also reduced Reyes's fine from 90 million "
        "pesos to 30 million pesos ($1.8 million). It met on Monday."
    )
    new = (
        "Fine Cut\n\nMANILA — The board cut his fine to 30 million pesos ($1.7 million) from 90 million pesos, and said he "
        "would serve another year if he failed to pay it."
    )
    assert ("changed", "$1.8 million", "$1.7 million") in _claim_findings(old, new)


def test_a_verb_nine_words_after_its_count_is_still_read():
    """"40 of those freed on Tuesday were to be deported abroad": the count's verb (deported) is the
    ninth word after it, past a participle, a day and "were to be"."""
    assert predicate_of("Officials said 40 of those freed on Tuesday were to be deported abroad.", "40") == "transfer"


def test_a_preposition_after_a_count_is_no_counted_noun():
    """"is to free the other 550 within two months": "within" is no thing the 550 count."""
    from docdelta_claims import text_claims

    claim = next(c for c in text_claims("Israel is to free the other 550 within two months.") if c.text == "550")
    assert claim.subject == ""


def test_them_after_a_whole_and_its_parts_is_the_whole():
    """"greeted the 310 prisoners freed on Friday, 290 men and 20 women. Officials said 36 of them
    were sent abroad": "them" are the 310 prisoners, not the 20 women told last; so the 36 meet
    the 35 of those freed that the other version deports."""
    old = (
        "Prisoners Freed\n\nRABAT — A soldier held for five years came home on Friday.\n\n"
        "The government freed 310 prisoners on Friday, 290 men and 20 women, and is to free the other 400 by June. "
        "Officials said 35 of those freed on Friday were to be deported abroad, to Tunisia and Egypt."
    )
    new = (
        "Prisoners Freed\n\nRABAT — A soldier held for five years came home on Friday, in a deal for 710 prisoners.\n\n"
        "In the capital, crowds greeted the 310 prisoners freed on Friday, 290 men and 20 women, some of them serving "
        "life terms. Officials said 36 of them were sent abroad. The other 400 are to be freed by June."
    )
    assert ("changed", "35", "36") in _claim_findings(old, new)


def test_verbs_whose_object_says_what_happened():
    """"49 were treated for injuries" are injured; "has kept sanctions on Iran since May 2018" dates
    the sanctions (not anyone held); "bringing the toll to 63, among them 14 children" counts the
    dead, children among them. "Police kept 52 prisoners" still holds them."""
    assert predicate_of("Miners brought 200 to the surface, and 49 were treated for injuries.", "49") == "injure"
    assert predicate_of("The bloc has kept economic sanctions on Iran since May 2018.", "May 2018") == "sanction"
    assert predicate_of("Divers found more bodies, bringing the toll to 63, among them 14 children.", "14") == "die"
    assert predicate_of("Police kept 52 prisoners in the stadium.", "52") == "hold"
    old = "Mine Fire\n\nRescuers brought 200 to the surface, and 43 of them were injured, four seriously."
    new = "Mine Fire\n\nRescuers brought 200 to the surface, and 49 were treated for injuries, four of them in serious condition."
    assert ("changed", "43", "49") in _claim_findings(old, new)


def test_the_one_time_held_each_report_gives_is_one_captivity():
    """"Most had been held for more than four and a half years" / "Six Activists Walk Free After
    Nearly 4 Years In Jail": the one time held each report leaves alone, near each other, is the
    captivity the story tells (and "nearly 4" cannot be "more than four and a half"); a time far
    from it ("held for two years" / "15 years") is another."""
    old = (
        "Activists Pardoned\n\nMADRID — Six activists were pardoned on Tuesday.\n\n"
        "They were sentenced in 2019 to between eight and 12 years. Most had been held for more than four and a half years."
    )
    new = "Six Activists Walk Free After Nearly 4 Years In Jail\n\nMADRID — Six activists were pardoned on Tuesday."
    assert ("changed", "more than four and a half years", "Nearly 4 Years") in _claim_findings(old, new)
    far = "Six Activists Walk Free After 15 Years In Jail\n\nMADRID — Six activists were pardoned on Tuesday."
    assert not [f for f in _claim_findings(old, far) if f[0] == "changed"]


def test_a_word_in_ing_before_a_bare_noun_names_a_thing_not_an_act():
    """"executed by firing squad in April 2015": executed (a killing), not fired; "began freeing
    prisoners in May 2020" still frees them."""
    assert predicate_of("The two men were executed by firing squad in April 2015.", "April 2015") == "die"
    assert predicate_of("Police began freeing prisoners in May 2020.", "May 2020") == "free"


def test_dissidents_freed_are_political_prisoners_freed():
    """"Frees About 150 Dissidents In Amnesty" / "Frees 210 Political Prisoners In Amnesty Of 700":
    the dissidents freed are the political prisoners freed (changed); the amnesty's 700 is another
    figure. Convicts are prisoners too."""
    old = "Laos Frees About 150 Dissidents In Amnesty\n\nVIENTIANE — The government freed prisoners on Friday."
    new = "Laos Frees 210 Political Prisoners In Amnesty Of 700\n\nVIENTIANE — The government freed prisoners on Friday."
    found = _claim_findings(old, new)
    assert ("changed", "About 150", "210") in found and ("changed", "About 150", "700") not in found
    from docdelta_claims import frame as frames

    assert frames.one_class("convict", "prisoner")  # "the early release of 2,140 convicts" restates "2,140 Prisoners"


def test_a_name_right_after_an_age_is_whose_age_it_is():
    """"The pilot, the 58-year-old Kim Dae-ho, was questioned" gives Kim's age (not the pilot's
    description with whoever the story named before)."""
    from docdelta_claims import frame as frames
    from docdelta_claims import text_claims

    def names(sentence: str) -> tuple[str, ...]:
        return frames.claim_frame(next(c for c in text_claims(sentence) if c.category == "age")).names

    assert names("The pilot, the 58-year-old Kim Dae-ho, was questioned by police.") == ("dae-ho", "kim")
    old = "Ferry Sinks\n\nMOKPO — The ferry sank on Wednesday. The pilot, Kim Dae-ho, 59, was rescued."
    new = "Ferry Sinks\n\nMOKPO — The ferry sank on Wednesday.\n\nThe pilot, the 58-year-old Kim Dae-ho, was questioned by police."
    assert ("changed", "59", "58-year-old") in _claim_findings(old, new)


def test_one_figure_told_in_headline_and_lede_is_still_the_only_count_of_its_kind():
    """"Landslide Toll Rises To 60, 41 Still Missing" and "41 were still missing" against "22 people
    were missing": the missing told twice on one side are one figure, the only count of the missing
    on each side, so it changed."""
    old = (
        "Landslide Kills 31 In Hill Town\n\nQUITO — A landslide killed 31 people in the hill town of Alausi on Monday, "
        "officials said. Another 22 people were missing as rescuers dug through the mud."
    )
    new = (
        "Landslide Toll Rises To 60 In Hill Town, 41 Still Missing\n\nQUITO — The number of people killed by the "
        "landslide in Alausi rose to 60 on Wednesday, and 41 were still missing, officials said."
    )
    found = _claim_findings(old, new)
    assert ("changed", "22", "41") in found


def test_one_persons_time_held_dated_by_its_start_on_one_side_is_one_captivity():
    """"Tran, 58, had been in prison for more than seven years" / "Tran had spent about 2,400 days in
    prison since his arrest in May 2009": the one captivity, dated on one side by when it began;
    2,400 days is not more than seven years, so it changed."""
    old = (
        "Blogger Freed\n\nHANOI — The blogger Tran Van Lam was freed on Tuesday and flown to Los Angeles.\n\n"
        "Tran, 58, a founder of a writers' club, had been in prison for more than seven years."
    )
    new = (
        "Blogger Freed\n\nHANOI — Vietnam freed the blogger Tran Van Lam on Tuesday.\n\n"
        "Tran had spent about 2,400 days in prison since his arrest in May 2009 on tax charges."
    )
    assert ("changed", "more than seven years", "about 2,400 days") in _claim_findings(old, new)


def test_a_measure_with_two_digits_swapped_is_one_figure_mistyped():
    """"The 7,315-ton Orca was sailing to Jeju" / "The 7,351-ton ferry sank": the one measure of
    its unit and length on each side, two neighbouring digits swapped: one figure, changed; so is a
    sum whose decimal point slipped ("£31.4 billion" / "£314 billion"). A figure of another unit,
    or far from it, is left alone."""
    from docdelta_claims.match import _one_slip

    assert _one_slip("7315", "7351") and _one_slip("7315", "7345") and not _one_slip("7315", "7531")
    assert _one_slip("226", "226") and not _one_slip("225", "226")  # a decimal point moved; three digits no more
    old = "Budget\n\nLONDON — Day-to-day health spending will increase by £31.4 billion over two years."
    new = "Budget\n\nLONDON — The chancellor said the health service would receive an extra £314 billion for its running."
    assert ("changed", "£31.4 billion", "£314 billion") in _claim_findings(old, new)
    old = "Ferry Sinks\n\nMOKPO — The 7,315-ton Orca was sailing overnight to Jeju when it began listing."
    new = "Ferry Sinks\n\nMOKPO — The ferry sank on Wednesday.\n\nThe 7,351-ton ferry had been bought by its operator in 2012."
    assert ("changed", "7,315-ton", "7,351-ton") in _claim_findings(old, new)
    other = "Ferry Sinks\n\nMOKPO — The ferry sank on Wednesday.\n\nThe 9,120-ton ferry had been bought by its operator in 2012."
    assert not [f for f in _claim_findings(old, other) if f[0] == "changed"]


def test_a_length_with_two_digits_swapped_beside_others_of_its_unit_is_one_figure_mistyped():
    """"earned 1,548 days of good conduct allowance" / "added 1,458 days for good behaviour", each
    side with other four-digit counts of days: the one pair one slip apart is one figure, changed,
    whatever its verb; one digit changed in a length is no slip ("1,808 days" / "1,809 days" may
    be one stay counted on two days)."""
    old = (
        "Marine Freed\n\nMANILA — The court said he had spent 2,142 days in detention and had earned "
        "1,548 days of good conduct allowance, more than the 3,690 days of his term required."
    )
    new = "Marine Freed\n\nMANILA — The court counted the 2,142 days he had spent in custody and added 1,458 days for good behaviour."
    assert ("changed", "1,548 days", "1,458 days") in _claim_findings(old, new)
    one_digit = new.replace("1,458", "1,549")
    assert not [f for f in _claim_findings(old, one_digit) if f[0] == "changed"]


def test_where_a_person_is_held_says_nothing_of_who():
    """"Ruiz, 61, had spent 512 days behind bars" / "The 60-year-old editor has been held more than
    18 months at the Pavon prison": the time is the editor's, named before; the prison is where.
    512 days is not more than 18 months, so it changed."""
    old = (
        "Editor Sent Home\n\nGUATEMALA CITY — A court sent the editor Luis Ruiz to house arrest on Thursday.\n\n"
        "Ruiz, 61, had spent 512 days behind bars since his arrest on money laundering charges."
    )
    new = (
        "Editor Sent Home\n\nGUATEMALA CITY — Luis Ruiz, the founder of a daily, was moved to house arrest on Thursday.\n\n"
        "The 60-year-old editor has been held more than 18 months at the Pavon prison outside the capital."
    )
    assert ("changed", "512 days", "more than 18 months") in _claim_findings(old, new)


def test_a_modal_says_nothing_and_vanishing_is_going_missing():
    """"On Jan. 3, Premier Tesfaye announced that some prisoners would be freed" / "Tesfaye said on
    Jan. 4 that the government would release some prisoners": "would" says nothing, the release
    is the act, so the day changed; "vanished in February 2009" / "went missing in January 2009"
    are one disappearance."""
    assert predicate_of("He vanished into police custody in February 2009.", "February 2009") == "miss"
    old = (
        "Prisoners Freed\n\nADDIS ABABA — Ethiopia freed the opposition leader Bekele Tola on Wednesday.\n\n"
        "Premier Tesfaye Alemu said on Jan. 4 that the government would release some jailed politicians and close a "
        "notorious detention centre."
    )
    new = (
        "Prisoners Freed\n\nADDIS ABABA — Bekele Tola walked free on Wednesday, his party said.\n\n"
        "Rights groups had long said detainees were abused there. On Jan. 3, Premier Tesfaye Alemu announced that some "
        "political prisoners would be freed and that the jail would be shut."
    )
    assert ("changed", "Jan. 4", "Jan. 3") in _claim_findings(old, new)


def test_the_one_age_each_report_leaves_is_one_persons_when_one_side_names_no_one():
    """"Kessler, 52, was expected to fly home" / "The 51-year-old and a Swedish consultant were
    detained": the one age each report leaves alone, a year apart, one side naming no one but a
    description: one person's age, changed. Two named people ("Kessler, 52," / "Ruiz, 51,") are two."""
    old = "Activists Freed\n\nISTANBUL — A court freed eight activists on Wednesday.\n\nKessler, 52, was expected to fly home to Berlin on Thursday."
    new = (
        "Activists Freed\n\nISTANBUL — Eight activists walked free on Wednesday.\n\n"
        "The 51-year-old and a Swedish consultant were detained on July 6 at a workshop on an island off Istanbul."
    )
    assert ("changed", "52", "51-year-old") in _claim_findings(old, new)
    named = "Activists Freed\n\nISTANBUL — Eight activists walked free on Wednesday.\n\nRuiz, 51, was detained on July 6 at a workshop."
    assert ("changed", "52", "51") not in _claim_findings(old, named)
    # one age told twice (headline and body) is still the one age of its side
    husband = (
        "Rights Lawyer Tan Wei Freed After 4-Year Term\n\nBEIJING — Tan Wei was freed on Thursday, his wife said.\n\n"
        "Li Na, who lives in Ohio with the couple's two children, said her husband, 52, had been taken from the prison "
        "to the home of relatives."
    )
    twice = (
        "Wife Says Chinese Lawyer Tan Wei, 51, Free But Silenced After 4 Years In Jail\n\nBEIJING — Tan Wei has been "
        "freed after four years in a remote prison, his wife said on Friday.\n\n"
        "The 51-year-old was first convicted in 2007 of inciting subversion."
    )
    changed = [(a, b) for status, a, b in _claim_findings(husband, twice) if status == "changed"]
    assert [b for a, b in changed if a == "52"] in (["51"], ["51-year-old"], ["51", "51-year-old"])


def test_her_husband_is_the_man_the_report_says_she_is_the_widow_of():
    """"Nadia Orlova, the widow of the dissident Pavel Orlov, ..." and later "when her husband was
    jailed ..., a term handed down on March 3, 2011": his sentencing date, told by the other report
    with his name ("Pavel Orlov was sentenced on March 5, 2011"): one date, changed. A brother jailed
    another year on each side is another person's date and stays out of it."""
    old = (
        "Widow Of Dissident Leaves For Vienna\n\nMINSK — Nadia Orlova, the widow of the dissident Pavel Orlov, "
        "flew to Vienna on Monday.\n\n"
        "She had been watched since 2012, when her husband was serving a nine-year term for treason, handed down "
        "on March 3, 2011.\n\nHer younger brother, Ilya Sokol, stays behind. He was sentenced to six years in 2016."
    )
    new = (
        "Dissident's Widow Flies To Vienna\n\nMINSK — Nadia Orlova flew to Vienna on Monday, friends said.\n\n"
        "Pavel Orlov was sentenced on March 5, 2011 to nine years for treason and died in prison.\n\n"
        "Ilya Sokol, her brother, was sentenced to six years in 2016."
    )
    found = _claim_findings(old, new)
    assert ("changed", "March 3, 2011", "March 5, 2011") in found
    assert ("same", "2016", "2016") in found
    # without saying whose widow she is, "her husband" is no one the report names
    unnamed = old.replace(", the widow of the dissident Pavel Orlov,", "")
    assert ("changed", "March 3, 2011", "March 5, 2011") not in _claim_findings(unnamed, new)


def test_kin_is_named_one_way_only():
    """Who "her husband" or "his brother" is: the kin named right after ("his brother Oleg Sokol
    wrote", "Karina Varga's husband, Tomas Varga,"), or the relation told from the other side ("the widow
    of Pavel Orlov"); two different men named so say nobody."""
    from docdelta_claims import frame as frames

    assert frames.kin_named("Oleg Sokol's brother, Ilya Sokol, wrote on Monday.", "brother") == ("ilya", "sokol")
    assert frames.kin_named("Karina Varga's husband, Tomas Varga, was freed.", "husband") == ("tomas", "varga")
    assert frames.kin_named("Nadia Orlova, the widow of the dissident Pavel Orlov, left.", "husband") == ("orlov", "pavel")
    assert frames.kin_named("Her husband Tomas Varga left. Her husband Ivan Petrov stayed.", "husband") == ()
    assert frames.kin_named("Nadia Orlova, the widow of the dissident Pavel Orlov, left.", "brother") == ()


def test_a_relation_named_in_an_apposition_is_who_the_sentence_is_about():
    """"Her younger brother, Liu Hui, remains in China. He was jailed ...": the apposition names the
    brother, so "He" is Liu Hui (names of three letters are people's names too), not whoever an
    earlier sentence opened with."""
    from docdelta_claims import frame as frames

    assert frames.opening_names("Her younger brother, Liu Hui, remains in China.") == ("hui", "liu")
    assert frames.opening_names("The group's founder, Ales Bialiatski, was not among them.") == ("ales", "bialiatski")
    assert frames.opening_names("The 78-year-old Nobel laureate, detained since 2021, stayed.") == ()


def test_a_year_inside_a_description_dates_what_it_describes():
    """"Mirzo Karimov, a leader of the 2005 Andijan protests, was jailed in March 2010": 2005 dates
    the protests, not his jailing; the verb after a description is the name's. A count in an
    apposition ("Most of the freed, 104 people, were taken to Ukraine") keeps the verb after it."""
    sentence = "Mirzo Karimov, a leader of the 2005 Andijan protests, was jailed in March 2010."
    assert predicate_of(sentence, "2005") != predicate_of(sentence, "March 2010")
    assert predicate_of("Most of the freed, 104 people, were taken to Ukraine.", "104") == "transfer"


def test_people_and_a_people_held_by_one_named_side_near_in_size_are_one_group():
    """"more than 150 people from the region are held by Moscow" / "about 130 Abkhazians are jailed by
    Moscow": held by one named side, near in size: one group told two ways, changed. Far apart in
    size ("more than 150 people" / "about 30 Abkhazians"), the kind may be some of them."""
    old = (
        "Activist Freed\n\nKYIV — An activist was freed on Friday.\n\n"
        "Officials in Kyiv say more than 150 people from the region are held by Moscow on political grounds."
    )
    new = (
        "Activist Freed\n\nKYIV — An activist walked free on Friday.\n\n"
        "According to the government, about 130 Abkhazians are jailed by Moscow for political reasons."
    )
    assert ("changed", "more than 150", "about 130") in _claim_findings(old, new)
    far = new.replace("about 130", "about 30")
    assert ("changed", "more than 150", "about 30") not in _claim_findings(old, far)


def test_how_long_a_hunger_strike_lasted_is_one_figure_however_it_is_told():
    """"ended a 52-day hunger strike" / "refusing food for 58 days" / "Who Fasted 58 Days": the length
    of one hunger strike, changed; the time held beside it ("after 700 days in custody") is another
    figure, and a strike by dock workers another thing."""
    assert frame_of("Rami Saleh ended a 52-day hunger strike on Monday.", "52-day").thing == "hunger strike"
    assert frame_of("Jordan Frees Activist Who Fasted 58 Days", "58 Days").thing == "hunger strike"
    assert frame_of("He was freed after refusing food for 58 days.", "58 days").thing == "hunger strike"
    assert frame_of("Dockers began a 12-day strike in May.", "12-day").thing == "strike"
    assert frame_of("He was freed after 700 days in custody, 40 of which he spent on hunger strike.", "700 days").thing != "hunger strike"
    old = (
        "Activist Freed\n\nAMMAN — Jordan freed the activist Rami Saleh on Monday after 700 days in custody.\n\n"
        "Saleh ended a 52-day hunger strike last week, his lawyer said."
    )
    new = (
        "Activist Freed\n\nAMMAN — Jordan freed the activist Rami Saleh on Monday after 700 days in custody.\n\n"
        "Saleh was freed after refusing food for 58 days, his lawyer said."
    )
    found = _claim_findings(old, new)
    assert ("changed", "52-day", "58 days") in found
    assert ("same", "700 days", "700 days") in found


def test_a_tighter_restatement_of_an_overlapping_figure_is_changed():
    """"Court Frees Aid Worker After 3 Years" / "... After 1,100 Days" overlap (1,100 days is about
    three years); the old lede's "nearly three years" cannot be 1,100 days: changed, naming the
    headline it restates. Where the new report also tells its figure again, each restatement's
    partner is not known, and nothing is added."""
    old = (
        "Court Frees Aid Worker After 3 Years\n\nCAIRO — A court freed the aid worker Omar Nasri on Sunday. "
        "Nasri had spent nearly three years in custody, his family said."
    )
    new = "Court Frees Aid Worker After 1,100 Days\n\nCAIRO — A court freed the aid worker Omar Nasri on Sunday, his family said."
    found = _paired(old, new)
    assert ("compatible", "3 Years", "1,100 Days") in found
    assert found[("changed", "nearly three years", "1,100 Days")]["evidence"]["restates"] == "3 Years"
    again = new.replace("his family said.", "his family said, after 1,100 days in custody.")


def test_a_headlines_open_bound_told_again_as_a_figure_is_changed_against_the_other_figure():
    """"To Free More Than 6,000 Inmates" is told again in its lede as "would free 6,412 prisoners";
    the old lede's "6,730" agrees with the bound (and meets it first) but not with the figure:
    changed, naming the headline it restates. A figure far above the bound is not the bound told
    again."""
    old = (
        "Kazakhstan will grant amnesty to 6,730 prisoners, including 20 foreigners, to mark the 30th "
        "anniversary of independence, but nobody jailed for political offences is among them, officials said "
        "on Friday.\n\nThe deputy prosecutor told a news conference that the releases would start on Monday."
    )
    new = (
        "Kazakhstan To Free More Than 6,000 Inmates For Anniversary\n\n"
        "Kazakhstan said on Friday that it would free 6,412 prisoners in one of the largest amnesties in its "
        "history, though activists will stay behind bars.\n\nReleases begin on Monday, the deputy prosecutor told reporters."
    )
    found = _paired(old, new)
    assert ("compatible", "6,730", "More Than 6,000") in found
    assert found[("changed", "6,730", "6,412")]["evidence"]["restates"] == "More Than 6,000"
    far = new.replace("6,412", "16,412")
    assert ("changed", "6,730", "16,412") not in _claim_findings(old, far)


def test_the_one_count_of_those_still_held_on_each_side_is_one_figure():
    """"The release leaves 31 inmates at the camp" / "The camp now holds 29 men, down from a peak of
    about 700 in 2004": the one count of those held left on each side, near in size, is one figure
    (changed); the peak is the level before ("down from a peak of"). Far apart in size (31 / 290)
    they are two places' or two kinds'."""
    old = (
        "Camp Releases Nine\n\nWASHINGTON — Nine inmates were sent to Qatar on Monday. "
        "The release leaves 31 inmates at the camp, which opened in 2002."
    )
    new = (
        "Camp Releases Nine\n\nWASHINGTON — Nine inmates were flown to Qatar on Monday. "
        "The camp now holds 29 men, down from a peak of about 700 in 2004."
    )
    assert predicate_of("The camp now holds 29 men, down from a peak of about 700 in 2004.", "about 700") == "earlier level"
    assert ("changed", "31", "29") in _claim_findings(old, new)
    assert ("changed", "31", "290") not in _claim_findings(old, new.replace("29 men", "290 men"))


def test_two_estimates_in_two_units_are_one_figure_told_otherwise():
    """"about three months" and "about 90 days" say one length (their intervals meet); two bounds
    of one kind in one unit that differ ("about 80 days" / "about 90 days", "at least 632" / "at
    least 2,012") stay two figures."""
    from docdelta_claims import text_claims
    from docdelta_claims.match import relation

    def claim(text: str):
        return next(iter(text_claims(f"She filmed there for {text}.")))

    assert relation(claim("about three months"), claim("about 90 days")) == "compatible"
    # one distance rounded twice ("about 200 km" is "some 205 km" to the hundred); a count updated
    # ("about 40,000" / "about 35,000") and two estimates rounded alike stay two figures
    assert relation(claim("about 200 km"), claim("some 205 km")) == "compatible"
    assert relation(claim("about 40,000 people"), claim("about 35,000 people")) == "changed"
    assert relation(claim("about 15 million people"), claim("about 16 million people")) == "changed"
    assert relation(claim("more than 100 people"), claim("more than 105 people")) == "changed"
    assert relation(claim("about 80 days"), claim("about 90 days")) == "changed"
    assert relation(claim("at least 632 days"), claim("at least 2,012 days")) == "changed"


def test_how_far_two_acts_lie_from_one_anchor_are_two_figures():
    """"The release came six days after the vote" / "The envoy had met him on Friday, five days
    after the vote": two acts so far from one anchor, never one figure changed; one act ("freed six
    days after the vote" / "released five days after the vote") is."""
    assert frame_of("The release came six days after the vote.", "six days").thing == "offset free"
    old = "Envoy Visits\n\nCARACAS — The release came six days after the vote, officials said."
    new = "Envoy Visits\n\nCARACAS — The envoy had met the president on Friday, five days after the vote, officials said."
    assert [s for s, a, b in _claim_findings(old, new) if (a, b) == ("six days", "five days")] == []
    freed = "Envoy Visits\n\nCARACAS — The American was released five days after the vote, officials said."
    assert ("changed", "six days", "five days") in _claim_findings(old, freed)


def test_an_age_at_another_moment_is_not_the_persons_age():
    """"Salem, 19, was detained in May, when he was 18" / "The 19-year-old ... (he was 18 then)":
    the age at the time of the act is no second age of the person, never changed against their
    age now ("when he was 18" / "The 20-year-old")."""
    assert frame_of("Salem, 19, was detained in May, when he was 18.", "18").thing == "age at the time"
    assert frame_of("The student, who was 18 then, was detained in May.", "18").thing == "age at the time"
    old = "Student Freed\n\nTUNIS — Omar Salem, 19, was freed on Monday. He was detained on May 3, when he was 18."
    new = "Student Freed\n\nTUNIS — The 20-year-old was freed on Monday. Omar Salem was detained on May 4."
    found = _claim_findings(old, new)
    assert not [a for s, a, b in found if s == "changed" and a == "18"]
    assert ("changed", "19", "20-year-old") in found


def test_an_age_at_a_past_act_is_not_the_persons_age_now_but_an_age_at_death_is():
    """"The emir, 64, ..." / "who took power in 1995 at the age of 36": the age at the act, no
    second age of the emir now; "died at 88" is the last age one had, as ", 87, died" is."""
    assert frame_of("He took power in 1995 at the age of 36.", "36").thing == "age at the time"
    old = "Pardons Announced\n\nThe emir, 64, pardons hundreds of inmates each year during Ramadan."
    new = "Pardons Announced\n\nThe emir, who took power in 1995 at the age of 36, pardons hundreds of inmates each year."
    assert not [a for s, a, b in _claim_findings(old, new) if s == "changed"]
    old = "Writer Dies\n\nThe novelist Ana Ruiz died at 88 in Lisbon on Sunday."
    new = "Writer Dies\n\nThe novelist Ana Ruiz, 87, died in Lisbon on Sunday."
    assert ("changed", "88", "87") in _claim_findings(old, new)


def test_an_age_inside_a_sentence_describes_someone_else_than_the_one_named_before():
    """"Nasser was held near the village where the 17-year-old girl had been shot" describes the
    girl, not Nasser; "The 41-year-old was granted bail" opening its sentence is Nasser: the girl's
    age is never changed against his."""
    old = (
        "Reporter Freed\n\nDELHI — Ali Nasser, a reporter, was freed on Monday.\n\n"
        "Nasser was held near the village where the 17-year-old girl had been shot."
    )
    new = "Reporter Freed\n\nDELHI — Ali Nasser, a reporter, was freed on Monday.\n\nThe 41-year-old was granted bail in March."
    assert not [a for s, a, b in _claim_findings(old, new) if s == "changed"]
    older = old.replace("Nasser was held", "The 40-year-old was held near the border. He was held")
    assert ("changed", "40-year-old", "41-year-old") in _claim_findings(older, new)


def test_counts_of_linked_sentences_that_share_only_a_place_are_two_figures():
    """Two sentences linked by a population ("Moldova, with a population of about 2.5 million, ... a
    war that killed some 1,000 people" / "About 200,000 Gagauz still live in Moldova, a country of
    some 2.5 million people") tell one place, not one count: the dead and the Gagauz are never one figure changed."""
    old = (
        "Officers Freed\n\nCHISINAU — Three officers were freed on Monday.\n\n"
        "Moldova, with a population of about 2.5 million, declared independence in 1991, a year before a war that "
        "killed some 1,000 people."
    )
    new = (
        "Officers Freed\n\nCHISINAU — Three officers walked free on Monday.\n\n"
        "About 200,000 Gagauz still live in Moldova, a country of some 2.5 million people."
    )
    found = _claim_findings(old, new)
    assert ("same", "about 2.5 million", "some 2.5 million") in found or ("compatible", "about 2.5 million", "some 2.5 million") in found
    assert not [a for s, a, b in found if s == "changed"]


def test_a_person_known_by_two_names_is_one_person():
    """"Ali Reza Karimi, the cartoonist better known as Kaveh, went home" then "The 41-year-old was
    held ...": the age is Kaveh's, as "Kaveh, 40," is in the other report: one age, changed."""
    from docdelta_claims import frame as frames

    lede = "Ali Reza Karimi, the cartoonist better known as Kaveh, went home on March 4."
    assert set(frames.opening_names(lede)) >= {"karimi", "kaveh"}
    old = "Cartoonist Freed\n\nTEHRAN — The cartoonist Kaveh was freed on Monday.\n\nKaveh, 40, was arrested in 2019."
    new = (
        "Cartoonist Freed\n\nTEHRAN — Ali Reza Karimi, the cartoonist better known as Kaveh, went home on Monday.\n\n"
        "The 41-year-old was arrested in 2019."
    )
    assert ("changed", "40", "41-year-old") in _claim_findings(old, new)


def test_one_name_spelled_with_and_without_accents_and_a_first_name_a_city_shares_is_one_person():
    """"Bernardo Núñez" / "Bernardo Nunez", "Leopoldo López" / "Leopoldo Lopez": one man (his surname
    with and without its accents; his first name also a word of a city's, São Leopoldo), so two
    counts of the protests he is jailed over agree in their names; "Vietnam" shared by two frames
    naming two people is a place in common, not a person."""
    from docdelta_claims import frame as frames

    for old, new in ((("bernardo", "núñez"), ("bernardo", "nunez")), (("leopoldo", "lópez"), ("leopoldo", "lopez"))):
        found = frames.agreement(frames.Frame("person", "die", names=old), frames.Frame("person", "die", names=new))
        assert "name" in found.matched and "name" not in found.conflicts
    two = frames.agreement(
        frames.Frame("prisoner", "free", names=("minh", "nguyen", "vietnam")), frames.Frame("prisoner", "free", names=("thanh", "tran", "vietnam"))
    )
    assert "name" in two.conflicts


def test_a_count_with_two_neighbouring_digits_swapped_is_one_count_mistyped():
    """"She is among 2,187 prisoners granted amnesty" / "She is one of 2,178 prisoners on the
    amnesty list": one count mistyped (two neighbouring digits swapped, one counted thing), changed
    whatever verb each report gives it. One digit changed (2,187 / 2,188), or another thing counted
    (2,178 soldiers), may be another count."""
    old = (
        "Amnesty Announced\n\nHANOI — The president signed an amnesty on Friday.\n\n"
        "She is among 2,187 prisoners granted amnesty for the holiday, officials said."
    )
    new = (
        "Holiday Amnesty\n\nHANOI — An amnesty was signed on Friday, state media said.\n\n"
        "The former minister is one of 2,178 prisoners on the holiday amnesty list."
    )
    assert ("changed", "2,187", "2,178") in _claim_findings(old, new)
    assert ("changed", "2,187", "2,188") not in _claim_findings(old, new.replace("2,178", "2,188"))
    assert ("changed", "2,187", "2,178") not in _claim_findings(old, new.replace("2,178 prisoners", "2,178 soldiers"))


def test_a_place_is_no_rival_of_the_person_held_there():
    """"Lars Holm had been held for nearly three years" / "detained on a Tehran street ..., and had
    spent more than three years in Iranian custody": one person's time held, the other report naming
    only where: one time, changed. Two people named ("Lars Holm" / "Ana Ruiz") are two times."""
    old = (
        "Swap Frees Dane\n\nOSLO — A Danish engineer was freed in a swap on Friday.\n\n"
        "Lars Holm, 58, was arrested in Tehran in May 2021 and sentenced to 10 years. He had been held for nearly three years."
    )
    new = (
        "Dane Home After Swap\n\nOSLO — The engineer landed in Copenhagen on Friday night, his family said.\n\n"
        "Lars Holm was detained on May 4, 2021, on a Tehran street moments after meeting a contact, and had spent "
        "more than three years in Iranian custody."
    )
    assert ("changed", "nearly three years", "more than three years") in _claim_findings(old, new)
    other = new.replace(
        "Lars Holm was detained on May 4, 2021, on a Tehran street moments after meeting a contact, and had spent",
        "His colleague Ana Ruiz, detained on May 4, 2021, had spent",
    )
    assert ("changed", "nearly three years", "more than three years") not in _claim_findings(old, other)


def test_a_verb_after_a_name_in_a_headline_and_bail_after_a_time_say_time_held():
    """"Mayor Okafor Walks Out Of Jail After 210 Days" (a verb in -s after a name no lexicon holds)
    and "Court Grants Bail To Mayor Okafor After 190 Days" both tell how long he was held: the one
    figure of each headline, changed."""
    assert predicate_of("Mayor Okafor Walks Out Of Jail After 210 Days", "210 Days") == "hold"
    assert predicate_of("Court Grants Bail To Mayor Okafor After 190 Days", "190 Days") == "hold"
    old = "Court Grants Bail To Mayor Okafor After 190 Days\n\nLAGOS — A court granted bail to the mayor on Friday."
    new = "Mayor Okafor Walks Out Of Jail After 210 Days\n\nLAGOS — The mayor left prison on Saturday, aides said."
    assert ("changed", "190 Days", "210 Days") in _claim_findings(old, new)


def test_a_time_put_first_in_a_clause_whose_subject_is_she_is_hers():
    """"Amal Idris was convicted of blasphemy, because her posts were judged an insult under the
    Penal Code, and on March 3 she was sentenced to death" / "Idris had been sentenced on March 8":
    the clause's subject is she, not the names before it: one sentencing date, changed."""
    old = (
        "Sudan Frees Blogger\n\nKHARTOUM — Amal Idris was freed on Monday.\n\n"
        "Amal Idris was convicted of blasphemy, because her posts were judged an insult under the Penal Code, and "
        "on March 3 she was sentenced to death."
    )
    new = (
        "Blogger Freed In Sudan\n\nKHARTOUM — The blogger walked free on Monday, her lawyer said.\n\n"
        "About 30 police officers escorted her to the airport. Idris, 29, had been sentenced on March 8 to death."
    )
    assert ("changed", "March 3", "March 8") in _claim_findings(old, new)


def test_ages_in_months_are_ages_and_an_age_range_is_read_without_failing():
    """"their 20-month-old son, Yusuf" / "her son Yusuf, 22 months old": an age in months (not a
    time held), changed; "between 14 and 25 years old" is a range of ages, which the pairing reads
    without the plugin failing (it once multiplied the range's missing value)."""
    from docdelta_claims import text_claims

    baby = next(iter(text_claims("The 3-week-old baby was unhurt.")))
    assert (baby.category, baby.value, baby.unit) == ("age", 3, "weeks old")
    old = (
        "Mother Freed\n\nKHARTOUM — A court freed Hiba Osman on Monday.\n\n"
        "Their 20-month-old son, Yusuf, had been held with her in a prison in Omdurman."
    )
    new = (
        "Mother Freed\n\nKHARTOUM — Hiba Osman walked free on Monday.\n\n"
        "Her son Yusuf, 22 months old, had been with her in jail since February. Most of the inmates were between "
        "18 and 30 years old."
    )
    report = SESSION.compare(old, new)
    assert not report.warnings
    assert ("changed", "20-month-old", "22 months old") in _claim_findings(old, new)


def test_staging_a_strike_is_striking_and_one_month_meets_its_equal():
    """"The union struck for 20 hours in March" / "has already staged a 20-hour warning strike in March
    and a three-day strike in May": staging a strike is striking (the noun up to five words after the
    verb), so March meets March, and May is no change of it."""
    assert predicate_of("The union has already staged a 20-hour warning strike in March.", "March") == "strike"
    old = "Rail Strike\n\nBERLIN — Drivers walked out on Monday.\n\nThe union struck for 20 hours in March and for three days last week."
    new = (
        "Rail Strike\n\nBERLIN — Drivers stopped work on Monday.\n\n"
        "The union has already staged a 20-hour warning strike in March and a three-day strike in May."
    )
    found = _claim_findings(old, new)
    assert ("same", "March", "March") in found
    assert not [a for s, a, b in found if s == "changed"]


def test_what_happened_to_people_named_by_a_role_is_the_verb_past_a_listed_part():
    """"at least 320 protesters, among them 41 children, were killed" are dead, not marchers (the
    verb past the listed part); the one toll of executions beside it ("executed at least 700
    people this year") is then no change of the crackdown's dead ("about 300 protesters were
    killed")."""
    assert predicate_of("At least 320 protesters, among them 41 children, were killed by police.", "At least 320") == "die"
    assert predicate_of("About 3,000 protesters gathered in the square.", "About 3,000") == "march"
    old = "Rapper Freed\n\nDUBAI — A rapper was freed on Monday.\n\nRights groups say about 300 protesters were killed in the crackdown."
    new = (
        "Rapper Freed\n\nDUBAI — The rapper left prison on Monday.\n\n"
        "According to rights groups, at least 320 protesters, among them 41 children, were killed by police.\n\n"
        "The country executed at least 700 people this year, a rights group said."
    )
    found = _claim_findings(old, new)
    assert ("changed", "about 300", "at least 700") not in found


def test_a_first_sentence_and_a_later_one_are_two_acts():
    """"A lower court had sentenced him in 2020 ..., after an earlier sentence of life was thrown
    out" / "having first been sentenced to life without parole in March 2018": the later sentence
    and the first, two acts, never one date changed. A retrial told after the time ("sentenced him
    in 2016 to 20 years, a term cut at a retrial in 2020") leaves that time the one sentence."""
    old = (
        "Novelist Freed\n\nISTANBUL — A court freed the novelist Kemal Aras on Wednesday.\n\n"
        "A lower court had sentenced him in 2020 to 10 years in prison, after an earlier sentence of life was thrown out."
    )
    new = (
        "Novelist Freed\n\nISTANBUL — Kemal Aras walked free on Wednesday.\n\n"
        "In the retrial he was given 10 years, having first been sentenced to life without parole in March 2018."
    )
    assert not [a for s, a, b in _claim_findings(old, new) if s == "changed"]
    once = "Novelist Freed\n\nISTANBUL — A court freed Kemal Aras.\n\nA court sentenced him in 2016 to 20 years, a term cut at a retrial in 2020."
    told = "Novelist Freed\n\nISTANBUL — Kemal Aras walked free.\n\nA life sentence handed down in 2015 was cut to 12 years in 2020."
    assert ("changed", "2016", "2015") in _claim_findings(once, told)


def test_among_lengths_alike_in_their_frames_the_near_one_is_the_partner():
    """"Cuba Frees American After 5 Years" and "a source who had been held for nearly 20 years" /
    "a man who had been in prison for more than 20 years": both old lengths are times held in Cuba,
    but the one near the new figure is its partner (nearly 20 / more than 20, changed), never the
    headline's 5 years of another man."""
    old = (
        "Cuba Frees American Aid Worker After 5 Years\n\nHAVANA — Cuba freed Paul Hart on Wednesday.\n\n"
        "Havana also let go of a source who had worked for Washington and had been held for nearly 20 years."
    )
    new = (
        "Aid Worker Home\n\nHAVANA — An American aid worker flew home on Wednesday.\n\n"
        "Cuba also released a man who had spied for Washington and had been in prison for more than 20 years."
    )
    found = _claim_findings(old, new)
    assert ("changed", "nearly 20 years", "more than 20 years") in found
    assert ("changed", "5 Years", "more than 20 years") not in found


def test_a_population_set_off_by_a_comma_is_a_population():
    """"who ruled Africa's second most populous country, of about 85 million people, for 21 years"
    / "the country of some 91 million": one population, changed."""
    sentence = "Meles ruled Africa's second most populous country, of about 85 million people, for 21 years."
    assert frame_of(sentence, "about 85 million").thing == "population"
    old = "Journalists Pardoned\n\nADDIS ABABA — Two reporters were pardoned.\n\n" + sentence
    new = "Journalists Pardoned\n\nADDIS ABABA — Two reporters were freed.\n\nMeles had led the country of some 91 million since 1991."
    assert ("changed", "about 85 million", "some 91 million") in _claim_findings(old, new)


def test_a_place_with_its_people_is_a_population_and_two_places_stay_apart():
    """"Peru, with about 31 million people" and "the Andean country with some 34 million people" are
    one population, changed; "with 12 people aboard" or "with 9 people missing" count no one living
    there; "a town of about 4,000" and "Chile, with 19 million people" are two places; "a country of
    7 million people" / "with nearly 7 million people" is one round figure, compatible; with no place
    named, "a city of some 250,000" and "a city with about 2 million" are two cities, but "3.4
    million" / "34 million" is one figure's point moved."""
    assert frame_of("Peru, with about 31 million people, has had six presidents since 2016.", "about 31 million").thing == "population"
    andean = "The Andean country with some 34 million people has had six presidents since 2016."
    assert frame_of(andean, "some 34 million").thing == "population"
    assert frame_of("Lima, with 12 people aboard, was the last boat in.", "12").thing != "population"
    assert frame_of("The toll rose to 40 on Sunday, with 9 people missing.", "9").thing != "population"
    head = "Reporter Freed\n\nLIMA — A reporter held since March was freed on Sunday.\n\n"
    old = head + "Peru, with about 31 million people, has had six presidents since 2016."
    assert ("changed", "about 31 million", "some 34 million") in _claim_findings(old, head + andean)
    town = head + "She lives in Tacna, a town of about 4,000 near the Chilean border."
    chile = head + "Chile, with 19 million people, took in her family."
    assert not [f for f in _claim_findings(town, chile) if f[0] == "changed"]
    round_figure = _claim_findings(
        head + "Paraguay, a country of 7 million people, protested.", head + "Paraguay, with nearly 7 million people, protested."
    )
    assert ("compatible", "7 million", "nearly 7 million") in round_figure
    cities = _claim_findings(
        head + "She was held in a city of some 250,000 people near the coast.",
        head + "She flew home to the capital, a city with about 2 million people.",
    )
    assert not [f for f in cities if f[0] == "changed"]
    moved = _claim_findings(
        head + "She was held in a country of 3.4 million people.", head + "She was held in a country of 34 million people."
    )
    assert ("changed", "3.4 million", "34 million") in moved


def test_a_correction_notice_restates_figures_but_pairs_with_no_figure_of_the_story():
    """A later version corrects a day and an age and says so at its foot ("This story has been
    corrected to give the day as Friday, not Tuesday"): the story's own figures change; the
    notice's repeat the new and the old value and pair with nothing of the story (else "Tuesday"
    meets the notice's "Tuesday" as same, and the old day changes into the notice's "Friday")."""
    old = (
        "Activist Freed\n\nQUITO — The activist Rosa Mena, 44, was freed from a prison near Quito on Tuesday, her lawyer said.\n\n"
        "She had been held since her arrest in March 2021."
    )
    new = (
        "Activist Freed\n\nQUITO — The activist Rosa Mena, 45, was freed from a prison near Quito on Friday, her lawyer said.\n\n"
        "She had been held since her arrest in March 2021.\n\n"
        "This story has been corrected to give Mena's age as 45, not 44, and the day of her release as Friday, not Tuesday."
    )
    found = _claim_findings(old, new)
    assert ("changed", "Tuesday", "Friday") in found
    assert ("changed", "44", "45") in found
    assert [f for f in found if f[0] == "changed"] == [("changed", "44", "45"), ("changed", "Tuesday", "Friday")]
    assert ("added", None, "Tuesday") in found and ("added", None, "44") in found


def test_a_figure_the_sentence_retracts_is_no_statement_of_the_story():
    """An update corrects a count in its own sentence ("40 of them, not 14 as reported earlier"):
    the retracted 14 is the old figure quoted, not a second statement of it, so the story's 14
    changes into 40 (else it meets the quoted 14 as same, and the correction goes unseen)."""
    from docdelta_claims import match, text_claims

    old = (
        "Court Jails Miners\n\nLIMA — A court on Monday sentenced 52 illegal miners, 14 of them to eight years, "
        "the prosecutor's office said."
    )
    new = (
        "Court Jails Miners\n\nLIMA — A court on Monday sentenced 52 illegal miners, 40 of them to eight years, "
        "not 14 as reported earlier, the prosecutor's office said."
    )
    found = _claim_findings(old, new)
    assert ("changed", "14", "40") in found
    assert ("same", "14", "14") not in found
    # the figure it stands for in words, the retracted one in digits or words alike
    assert match._retracted(text_claims("The toll is 25, four of them children, not six as first reported.")[-1])
    assert match._retracted(text_claims("The toll is 25, 4 of them children, not 6 as first reported.")[-1])
    # a plain "not" between two figures retracts nothing: "52, not counting 14 minors"
    assert not match._retracted(text_claims("A court sentenced 52 miners, not 14 minors held with them.")[1])


@pytest.mark.parametrize(
    "opening",
    [
        "Correction, Dec. 15, 2025: An earlier version of this article misstated the number taken to Lithuania.",
        "Correction: The number taken to Lithuania was misstated.",
        "Editor's note (Dec. 15): We misstated the number taken to Lithuania.",
    ],
)
def test_x_not_y_in_a_correction_paragraph_retracts_y(opening):
    """A correction paragraph that gives the right figure and the wrong one in a sentence of its own
    ("It was 14, not 24."): the 24 is the earlier version's figure quoted, so the story's 24 changes
    into 14 (else it meets the quoted 24 as same, and the correction goes unseen). A notice may open
    with its date ("Correction, Dec. 15, 2025:") or be an editor's note."""
    old = (
        "Belarus Frees 31\n\nBelarus freed 31 prisoners on Saturday, a rights group said.\n\n"
        "Of those freed, 24 were taken to Lithuania, the group said."
    )
    new = (
        "Belarus Frees 31\n\nBelarus freed 31 prisoners on Saturday, a rights group said.\n\n"
        "Of those freed, 14 were taken to Lithuania, the group said.\n\n" + opening + " It was 14, not 24."
    )
    found = _claim_findings(old, new)
    assert [f for f in found if f[0] == "changed"] == [("changed", "24", "14")]
    assert ("same", "24", "24") not in found and ("added", None, "24") in found


def test_a_wires_bracketed_note_on_a_version_is_a_correction_notice():
    """"(Corrects number still held to four from three in third paragraph)": a wire's note on its
    version, whose figures pair only with another notice's, never with the story's own three."""
    old = (
        "Sudan Frees Detainees\n\nJUBA — The remaining three will stand trial for treason, the justice minister said."
    )
    new = (
        "Sudan Frees Detainees\n\nJUBA — The remaining four will stand trial for treason, the justice minister said.\n\n"
        "(Corrects number still held to four from three in third paragraph)"
    )
    found = _claim_findings(old, new)
    assert ("changed", "three", "four") in found
    assert [f for f in found if f[0] == "changed"] == [("changed", "three", "four")]


def test_the_figure_an_update_says_it_replaced_is_no_statement_of_the_story():
    """An update tells the new count beside the one it replaces ("rose to four, up from three
    reported earlier"; "raising an earlier count of 18"): the first version's "three" changes into
    "four" (else it meets the quoted "three" as same, and the update goes unseen). "Up from" a
    level of another time ("up from 4.8% in May") is no replaced figure."""
    from docdelta_claims import match, text_claims

    old = (
        "Police Fire On Strikers\n\nPHNOM PENH — Police opened fire on striking workers on Friday, killing three "
        "people, a rights group said.\n\nThe union said it would march again next week."
    )
    new = (
        "Police Fire On Strikers\n\nPHNOM PENH — The number of people killed when police fired on striking workers "
        "on Friday rose to four, up from three reported earlier, a rights group said on Saturday.\n\n"
        "The union said it would march again next week."
    )
    found = _claim_findings(old, new)
    assert ("changed", "three", "four") in found
    assert ("same", "three", "three") not in found
    for sentence, figure in (
        ("Arrests rose to 600, up from about 200 given on Tuesday.", "about 200"),
        ("Some 30,000 were waiting, up from about 23,000 a day earlier.", "about 23,000"),
        ("The ministry put the toll at 23, raising an earlier count of 18.", "18"),
    ):
        assert match._superseded(next(c for c in text_claims(sentence) if c.text == figure)), sentence
    assert not match._superseded(text_claims("Unemployment rose to 5%, up from 4.8% in May.")[1])


def test_a_toll_from_last_weeks_storm_is_not_dated_by_the_storm_and_drowning_is_dying():
    """"The toll from last week's storm has risen to 118": the possessive time dates the storm, not
    the toll told, so a toll "rose to 41 on Sunday" is the same count updated ("before Sunday's
    vote" still dates its clause); those who "drowned" died."""
    frame = frame_of("The toll from last week's storm in Mindanao has risen to 118, officials said.", "118")
    assert frame.times == () and frame.predicate == "die"
    assert frame_of("The party had won 41 seats before Sunday's vote.", "41").times == ("weekday:sunday",)
    assert frame_of("Nine fishermen drowned off Samar on Friday.", "Nine").predicate == "die"
    old = (
        "Storm Toll Rises\n\nMANILA — The toll from a tropical storm in the southern Philippines rose to 41 on Sunday, "
        "officials said, as rescuers searched flooded villages in Mindanao.\n\nNine fishermen died off Samar on Friday."
    )
    new = (
        "Storm Dead Reach 118\n\nMANILA — The toll from last week's storm in the southern Philippines has risen to 118, "
        "officials said on Tuesday, as rescuers reached villages in Mindanao cut off by landslides.\n\n"
        "Among the dead were 11 fishermen who drowned off Samar when their boats capsized."
    )
    found = _claim_findings(old, new)
    assert ("changed", "41", "118") in found
    assert ("changed", "Nine", "11") in found


def test_lengths_told_apart_and_many_times_over_are_two_lengths():
    """"held dozens of diplomats for 61 days" / "Deported ... After 12 Years In Prison": told in
    other sentences, a length is not another many times its size (both were held, in one country);
    "more than six years" / "2,150 days" (about 5.9 years) stay one length, changed."""
    old = (
        "Activist Deported\n\nBOGOTA — Colombia deported the activist Ana Ruiz to Spain on Friday.\n\n"
        "Guerrillas seized the Dominican embassy in Bogota in February 1980 and held dozens of diplomats for 61 days, "
        "demanding the release of about 300 jailed comrades."
    )
    new = (
        "Ana Ruiz Flies To Madrid, Deported From Colombia After 12 Years In Prison\n\n"
        "BOGOTA — Colombia deported the activist Ana Ruiz to Spain on Friday."
    )
    found = _claim_findings(old, new)
    assert ("removed", "61 days", None) in found and ("added", None, "12 Years") in found
    old_held = "Activist Freed\n\nBOGOTA — Ana Ruiz, who spent more than six years in prison, was freed on Friday."
    new_held = "Ana Ruiz Walks Free\n\nThe activist had been held for 2,150 days when a judge ordered her release."
    assert ("changed", "more than six years", "2,150 days") in _claim_findings(old_held, new_held)


def test_a_time_held_dated_by_when_it_began_meets_the_same_time_in_other_units():
    """"behind bars for more than five years" / "2,067 days in custody since police arrested her ...
    in March 2019": one time held (five years are 1,826 days, near 2,067: the open bound is not far
    once both are in one unit), and March 2019 is when it began, no other moment of it."""
    old = (
        "Reporter Freed\n\nTUNIS — The reporter Leila Saidi was freed on Monday.\n\n"
        "In all she has been behind bars for more than five years."
    )
    new = (
        "Leila Saidi Walks Free\n\nTUNIS — The reporter was freed on Monday.\n\n"
        "Saidi had spent 2,067 days in custody since police arrested her at a cafe in Sfax in March 2019."
    )
    assert ("compatible", "more than five years", "2,067 days") in _claim_findings(old, new)
    assert frame_of(new.split("\n\n")[-1], "2,067 days").times == ()  # when it began dates no other moment
    since = frame_of("More than 40 miners have died since a fire broke out at the pit in May 2010.", "More than 40")
    assert since.times == ("since:may 2010",)  # a toll summed from then on: the time a clause "since" opens
    ban = frame_of("She must remain under a two-year travel ban.", "two-year")
    assert (ban.thing, ban.predicate) == ("ban", "")  # the length of a ban, no time held


def test_one_length_converted_to_another_unit_is_compatible():
    """"The 20-meter boat" / "The 66-foot boat" (20.1 m): one length converted, each figure good to
    half a unit of its last digit; "30 meters" / "66 feet" are two lengths."""
    from docdelta_claims.extract import text_claims
    from docdelta_claims.match import relation

    twenty, sixty_six, thirty, feet = text_claims("a 20-meter boat, a 66-foot boat, 30 meters long, 66 feet long")
    assert relation(twenty, sixty_six) == "compatible"
    assert relation(thirty, feet) == "changed"


def test_an_events_time_is_the_events_and_two_of_its_kind_years_apart_are_two():
    """"struck by the floods of June 1988" / "compared the damage with the floods of May 1988": the
    time dates the floods, whatever the clause's verb, so one event dated twice (changed); so is
    "a general election due on Jan. 7" / "a general election on Jan. 9", and "the Jan. 7 election"
    is the election's day. "the January 2015 election" / "the June 2012 election", years apart in
    sentences rewritten, are two elections."""
    head = "Activist Freed\n\nDHAKA — The activist was freed on bail on Tuesday.\n\n"
    floods = _claim_findings(
        head + "Many towns were also struck by the floods of June 1988, which killed 2,000 people.",
        head + "Older residents compared the damage with the floods of May 1988.",
    )
    assert ("changed", "June 1988", "May 1988") in floods
    election = _claim_findings(
        head + "Critics called the arrest part of a crackdown before a general election due on Jan. 7.",
        head + "Bangladesh votes in a general election on Jan. 9, and rights groups say the case was meant to scare critics.",
    )
    assert ("changed", "Jan. 7", "Jan. 9") in election
    day = frame_of("The ruling party won 220 seats in the Jan. 7 election.", "Jan. 7")
    assert (day.thing, day.predicate) == ("election", "win")  # the day someone won it ("was re-elected on Jan. 7")
    assert frame_of("She went on trial in May on sedition charges.", "May").predicate == "try"
    two = "Leaders Jailed\n\nATHENS — A court jailed the party's leaders on Wednesday.\n\n"
    elections = _claim_findings(
        two + "The party entered parliament in 2012 with 7 percent of the vote and was the third-largest party "
        "after the January 2015 election, but won only 2.9 percent last year.",
        two + "The party held 18 seats in the 300-member parliament after the June 2012 election, and stayed the "
        "third-largest party until July 2019.",
    )
    assert not [f for f in elections if f[0] == "changed"]


def test_a_day_is_dated_to_the_verb_or_the_event_noun_it_belongs_to():
    """"Gunmen raided the Islamic school in the village of Mahuta before dawn on March 3 and killed a
    guard": "before dawn" opens no clause, and the verb a dozen words back is the day's, not the
    "killed" after it; "since her arrest on May 9, 2019" dates the arrest, not the spending of the
    days ("moved to house arrest on July 25" is no arrest). Two reports giving other days for
    these acts: changed."""
    raid = frame_of(
        "Gunmen raided the Islamic school in the village of Mahuta before dawn on March 3 and killed a guard.", "March 3"
    )
    assert raid.predicate == "raid"
    arrest = frame_of("The 40-year-old had spent 540 days in detention since her arrest on May 9, 2019.", "May 9, 2019")
    assert arrest.predicate == "arrest"
    assert frame_of("He was moved to house arrest on July 25 on health grounds.", "July 25").predicate != "arrest"
    head = "Reporter Freed\n\nBAKU — The reporter Leyla Aliyeva was freed on Wednesday.\n\n"
    old = head + "Aliyeva, 39, was detained on May 8, 2019, and convicted in March 2020 of tax evasion."
    new = head + "The 40-year-old had spent 540 days in detention since her arrest on May 9, 2019."
    assert ("changed", "May 8, 2019", "May 9, 2019") in _claim_findings(old, new)


def test_a_peoples_noun_is_its_adjective_counted():
    """"Some 40,000 British nationals" / "About 60,000 Britons" count one people (a people's noun
    that is not its adjective: Britons, Frenchmen, Kurds), so they are one figure, changed."""
    head = "Tourist Freed\n\nNICOSIA — A British tourist was freed on Friday.\n\n"
    found = _claim_findings(
        head + "Some 40,000 British nationals live in Cyprus, many of them retired.",
        head + "About 60,000 Britons live on the island, officials say.",
    )
    assert ("changed", "Some 40,000", "About 60,000") in found
    assert frame_of("About 300 Frenchmen were evacuated.", "About 300").thing == "french"
    assert frame_of("Some 12 Kurds were held.", "Some 12").thing == "kurdish"


def test_countries_and_governments_are_one_kind_and_a_disappearance_is_someone_missing():
    """"recognized by about 50 countries" / "whom some 60 governments recognize": one count of states
    (changed); "700 enforced disappearances" counts people missing, as "600 were forcibly disappeared"."""
    head = "Opponent Freed\n\nCARACAS — An opposition politician was freed on Monday.\n\n"
    found = _claim_findings(
        head + "The opposition leader, recognized as interim president by about 50 countries, called the release a trap.",
        head + "The opposition chief, whom some 60 governments recognize as the rightful leader, urged calm.",
    )
    assert ("changed", "about 50", "some 60") in found
    missing = frame_of("Rights groups count more than 700 enforced disappearances.", "more than 700")
    assert (missing.thing, missing.predicate) == ("person", "miss")


def test_a_dated_act_whose_figures_are_told_in_another_sentence_is_not_the_other_act():
    """"Taliban fighters freed 11 Nepali hostages on Monday" / "released the last five ... on Tuesday"
    and, further down, "Eleven of the road workers were handed to Red Cross staff on Monday": the old
    act's figure (11) is told in that other sentence, so Monday is not the first release's day
    changed into Tuesday's."""
    old = (
        "Hostages Freed\n\nKANDAHAR, Afghanistan (AP) — Taliban fighters freed 11 Nepali hostages on Monday, handing them "
        "to Red Cross officials in two groups on a road in Kandahar province, a day after Kathmandu agreed to pay for their return."
    )
    new = (
        "Hostages Freed\n\nKANDAHAR, Afghanistan (AP) — Taliban fighters released the last five Nepali hostages on Tuesday, "
        "bringing to 16 the number freed this week and ending a month-long crisis.\n\n"
        "Eleven of the road workers were handed to Red Cross staff on Monday in two groups, and the final five were set free a day later."
    )
    found = _claim_findings(old, new)
    assert ("same", "11", "Eleven") in found
    assert not [f for f in found if f[0] == "changed"]


def test_leaving_prison_is_being_freed_and_a_deal_reached_is_dated_apart():
    """"was freed from prison on Wednesday" / "left prison on Thursday": one release of one person,
    its day told otherwise (changed); "free them all by June 18 under a deal reached in March":
    March dates the deal's reaching, no release."""
    assert frame_of("Gloria Abad left prison on Thursday after 20 months behind bars.", "Thursday").predicate == "free"
    assert frame_of("She left Quito's Inca prison on Wednesday.", "Wednesday").predicate == "free"
    assert frame_of("She was allowed to leave Ecuador on Wednesday.", "Wednesday").predicate == "transfer"
    deal = frame_of("The government has promised to free them all by June 18 under a deal reached in March.", "March")
    assert (deal.thing, deal.predicate) == ("deal", "reach")
    old = (
        "Governor Freed\n\nQUITO (AP) — Former Governor Gloria Abad, the first woman to run the province, was freed "
        "from prison on Wednesday after serving 20 months of a two-year sentence for graft."
    )
    new = (
        "Governor Freed\n\nQUITO (AP) — Former Governor Gloria Abad left prison on Thursday after 20 months behind bars "
        "and asked supporters to stay calm."
    )
    assert ("changed", "Wednesday", "Thursday") in _claim_findings(old, new)


def test_those_treated_in_hospital_are_the_injured():
    """"About 80 people were being treated in hospitals" / "more than 120 were hospitalized": the
    injured, counted twice (changed), as "injured" and "hurt" are."""
    assert frame_of("About 80 people were being treated in hospitals.", "About 80").predicate == "injure"
    assert frame_of("More than 120 were hospitalized, some in critical condition.", "More than 120").predicate == "injure"
    head = "Stadium Crush\n\nMALANG — A crush at a football stadium killed 131 people on Saturday.\n\n"
    found = _claim_findings(
        head + "About 80 people were being treated in hospitals.",
        head + "The governor said more than 120 were hospitalized, some of them in critical condition.",
    )
    assert ("changed", "About 80", "more than 120") in found


def test_a_crowd_of_some_size_is_the_crowd_counted():
    """"appeared before a crowd of about 30,000 people" / "greeted a crowd of more than 80,000 that
    filled the square": the one crowd, sized twice (changed)."""
    assert frame_of("He greeted a crowd of more than 80,000 that filled the square.", "more than 80,000").thing == "crowd"
    head = "Patriarch Enthroned\n\nMOSCOW — The new patriarch was enthroned on Sunday.\n\n"
    found = _claim_findings(
        head + "He appeared on the steps of the cathedral before a crowd of about 30,000 people and spoke briefly.",
        head + "Kirill, 62, greeted a crowd of more than 80,000 that filled the square and the streets around it.",
    )
    assert ("changed", "about 30,000", "more than 80,000") in found


def test_those_moved_to_shelters_fled_their_homes():
    """"more than 9,000 people had been moved to shelters" / "more than 40,000 people had fled to
    shelters": the displaced, counted twice (changed); "moved to Istanbul" stays a transfer."""
    assert frame_of("More than 9,000 people had been moved to shelters.", "More than 9,000").predicate == "evacuate"
    assert frame_of("The 12 men were moved to Istanbul on Friday.", "12").predicate == "transfer"
    head = "Quake Toll Rises\n\nCIANJUR — The toll from the quake rose on Tuesday.\n\n"
    found = _claim_findings(
        head + "The governor said more than 9,000 people had been moved to shelters and 1,200 houses were damaged.",
        head + "The agency said more than 40,000 people had fled to shelters and 13,000 houses were damaged.",
    )
    assert ("changed", "more than 9,000", "more than 40,000") in found


def test_a_peoples_word_before_a_village_names_no_one():
    """"danced in the streets of this Druze village ... as Nabil Haddad came home" / "The 51-year-old
    was freed": "Druze" is no one the next sentence's "51-year-old" can be; Haddad is, and his
    age is changed against "Nabil Haddad, 52,"."""
    old = (
        "Engineer Freed\n\nCAIRO (AP) — Egypt freed an Israeli engineer on Sunday.\n\n"
        "Nabil Haddad, 52, a technician from the Galilee village of Peki'in, was arrested in Cairo in 1998 and jailed for spying."
    )
    new = (
        "Engineer Freed\n\nPEKI'IN, Israel (Reuters) — Hundreds of villagers danced in the streets of this Druze village "
        "on Sunday as Nabil Haddad came home after seven years in an Egyptian prison.\n\n"
        "The 51-year-old was freed under a deal in which Israel handed back six Egyptians."
    )
    assert ("changed", "52", "51-year-old") in _claim_findings(old, new)


def test_a_total_told_with_its_start_on_one_side_is_one_total():
    """"police have since searched more than 900 homes" / "have searched more than 1,200 homes since
    2017": one running total, its start told on one side only (no other event's: a toll "since 2006"
    beside an event's toll stays apart), changed; "since December, when 344 boys were seized": the
    clause after "when" happened in December, no total from then on."""
    old = (
        "Norwegian Believer Freed\n\nMOSCOW (AP) — A Norwegian carpenter jailed for his faith was released from a penal "
        "colony on Monday, his church said.\n\nThe church says at least 40 of its members are now behind bars in Russia.\n\n"
        "The ban of April 2017 left about 90,000 believers at risk of prosecution, and police have since searched more than "
        "900 homes, the church says. Norway's foreign ministry said he would be flown home within days."
    )
    new = (
        "Norwegian Believer Leaves Russian Colony\n\nMOSCOW (AP) — A Norwegian carpenter jailed for his faith was released "
        "from a penal colony on Monday, his church said.\n\nThe church, which says it had about 90,000 members in Russia "
        "before the ban, says at least 45 of its members are now in prison and that police have searched more than 1,200 "
        "homes since 2017."
    )
    found = _claim_findings(old, new)
    assert ("changed", "more than 900", "more than 1,200") in found
    # two figures of aligned paragraphs that agree only by a far bound ("at least 40 of its members" /
    # "about 90,000 members") are no pair, so the members behind bars meet each other
    assert ("changed", "at least 40", "at least 45") in found
    seized = frame_of("More than 600 students have been kidnapped since December, when 344 boys were seized.", "344")
    assert seized.times == ("month:12",)


def test_a_figure_hung_on_a_dated_act_with_with_takes_its_time():
    """"carried out their largest exchange since the war on Thursday, with 24 people freed": the
    figure's clause hangs on the act before it, and on its day (the weekday after "largest ...
    since the war" is the day it happened, no total from then on), so "Twenty-six people were
    released on Thursday" in another report is the one count, changed. A total from a day on
    stays one ("have died since the strike on Monday")."""
    assert frame_of("Rescuers searched the rubble on Friday, with at least 40 people still missing.", "at least 40").times == ("weekday:friday",)
    assert frame_of("More than 100 people have died since the strike on Monday, officials said.", "More than 100").times == ("since:monday",)
    old = (
        "Swap Completed\n\nANKARA (Reuters) — Two rival governments carried out their largest prisoner exchange since "
        "the war on Thursday, with 24 people freed in a deal brokered by Turkey.\n\nSixteen of them were flown west."
    )
    new = "Prisoners Traded\n\nANKARA (AP) — Twenty-six people were released on Thursday in a swap involving seven countries, officials said."
    assert ("changed", "24", "Twenty-six") in _claim_findings(old, new)


def test_an_act_against_a_total_since_a_time_is_no_total_told_twice():
    """"The president pardons 30 prisoners" / "Since April 2022, more than 1,000 detainees have been
    released": a pardon and a total so far, told in a perfect tense on one side only, no figure
    changed (two totals, "have searched ... since 2017" / "have since searched", are one: see
    above). "to mark 70 years since independence on Sept. 2, 1945": the day of what is marked, no
    total from then on."""
    old = (
        "President Pardons 30 Prisoners\n\nCAIRO (Reuters) — The president pardoned a group of prisoners on Tuesday, "
        "including a well-known blogger, a lawyer said.\n\nThe blogger, 37, had been in jail since December 2013."
    )
    new = (
        "President Pardons Blogger\n\nCAIRO (Reuters) — The president pardoned a well-known blogger on Saturday, his "
        "lawyer said.\n\nRights groups say tens of thousands are held. Since April 2022, more than 1,000 detainees have "
        "been released under a presidential pardon committee."
    )
    assert not [f for f in _claim_findings(old, new) if f[0] == "changed" and f[1] == "30"]
    marked = frame_of("It would release 38 foreign nationals to mark 70 years since independence on Sept. 2, 1945.", "38")
    assert not [time for time in marked.times if time.startswith("since:")]


def test_a_whole_split_in_two_in_the_other_report_is_no_figure_changed():
    """"brought back 11 bodies" / "recovered two bodies from the morgue and nine from graves": the
    other report splits the one whole, no count changed (a split that does not add up to it, "two
    ... and eight", is left to the other rules)."""
    old = (
        "Soldier Rescued\n\nBASRA, April 2 - Special forces raided a hospital late Tuesday and carried out a wounded "
        "private.\n\nThe team also brought back 11 bodies from the hospital grounds for identification."
    )
    new = (
        "Commandos Free Private\n\nWASHINGTON, April 2 - Commandos freed a wounded private from a hospital, the Pentagon "
        "said.\n\nThey recovered two bodies from the hospital morgue and nine from graves dug in its grounds."
    )
    assert not [f for f in _claim_findings(old, new) if f[0] == "changed"]


def test_a_lone_day_of_an_aircraft_lost_is_not_the_day_of_an_ambush():
    """"captured when their convoy was ambushed on March 23" / "whose helicopter went down near the
    town on March 24": a day apart, the one day left on each side, but two acts (an aircraft
    lost is no ambush), so no date changed."""
    assert frame_of("Two pilots, whose helicopter went down near the town on March 24, were found alive.", "March 24").predicate == "crash"
    assert frame_of("Their aircraft was brought down near the town on March 24.", "March 24").predicate == "crash"
    assert frame_of("They were shot down near the town on March 23.", "March 23").predicate == "crash"
    old_pilots = "Pilots Found\n\nKUWAIT, April 13 - The other two are pilots whose aircraft was brought down near the town on March 24."
    new_pilots = "Pilots Safe\n\nKUWAIT, April 14 - The two pilots, both in their thirties, were shot down near the town on March 23."
    assert ("changed", "March 24", "March 23") in _claim_findings(old_pilots, new_pilots)
    old = (
        "Families Celebrate\n\nEL PASO, Texas, April 13 - Relatives of five soldiers wept on Sunday.\n\nThe soldiers, "
        "captured when their convoy was ambushed on March 23, were among seven Americans recovered by Marines."
    )
    new = (
        "Base Cheers Pilots\n\nFORT HOOD, Texas, April 14 - Families greeted the news that two pilots, whose helicopter "
        "went down near the town on March 24, had been found alive with five other Americans."
    )
    assert ("changed", "March 23", "March 24") not in _claim_findings(old, new)


def test_a_release_asked_for_is_no_release_nor_dated_by_a_jailing():
    """"threatened to kill them unless 21 prisoners jailed for the sieges were freed" asks for a
    release; "to free 20 prisoners imprisoned after the attacks of 1975": the year dates their
    jailing (the participle's act), not the release; "detained after the 2020 election were freed"
    is freed, the election's year no release's either."""
    assert frame_of("The gunmen threatened to kill them unless 21 prisoners were freed.", "21").predicate == "demand"
    wanted = frame_of("The hijackers had wanted the government to free 20 prisoners imprisoned after the attacks of 1975.", "20")
    assert (wanted.predicate, wanted.times) == ("free", ())
    detained = frame_of("Some 150 protesters detained after the 2020 election were freed.", "Some 150")
    assert (detained.predicate, detained.times) == ("free", ())
    arrested = frame_of("Police arrested 150 protesters after the 2020 election.", "150")
    assert arrested.times == ("year:2020",)


def test_the_month_sanctions_were_imposed_is_one_month_however_they_are_named():
    """"imposed an arms embargo and a visa ban on the republic in November 2005" / "which imposed
    sanctions in October 2005": an embargo and a ban are sanctions (the head of "a visa ban" is the
    ban, not the visa), so the month changed."""
    assert frame_of("The bloc imposed an arms embargo and a visa ban on the republic in November 2005.", "November 2005").thing == "visa sanction"
    old = (
        "Bloc Keeps Embargo\n\nBRUSSELS (Reuters) - The European Union imposed an arms embargo and a visa ban on the "
        "republic in November 2005 and will decide in October whether to keep them."
    )
    new = (
        "Bloc Reviews Sanctions\n\nBRUSSELS (AP) - The European Union, which imposed sanctions in October 2005, eased "
        "its visa ban last autumn."
    )
    assert ("changed", "November 2005", "October 2005") in _claim_findings(old, new)


def test_a_datelines_day_is_no_lone_day_of_an_act():
    """"MARGILAN, Uzbekistan, June 3 - ... was released on Monday" / "was set free on June 2": the
    dateline's day is when the report was filed, no release's day, so no date changed; with it out
    of the way, the one day of an act left on each side still meets ("after his countercoup of
    December 13 collapsed" / "after a failed countercoup on December 12")."""
    old = (
        "Defender Freed\n\nMARGILAN, Uzbekistan, June 3 - The rights defender was released from prison on Monday and "
        "driven to her home."
    )
    new = "Defender Back Home\n\nMARGILAN, Uzbekistan - The campaigner was set free on June 2 and brought back to her family."
    assert not [f for f in _claim_findings(old, new) if f[0] == "changed"]
    old = (
        "King Stays Abroad\n\nROME, Dec. 20 - The exiled king will not return soon, aides said.\n\nThe king fled to "
        "Italy after his countercoup of December 13 collapsed."
    )
    new = (
        "King In Exile\n\nROME, Dec. 21 - The exiled monarch will stay abroad, aides said.\n\nThe monarch has lived at "
        "the embassy since fleeing after a failed countercoup on December 12."
    )
    assert ("changed", "December 13", "December 12") in _claim_findings(old, new)


def test_time_alone_in_a_cell_is_part_of_the_time_held():
    """"had spent 700 days alone in a cell" / "spent 900 days in what she called a torture island
    prison": solitary confinement is a part of the time held, another length, no length changed;
    "kept in solitary confinement since March 1994" still dates custody's start."""
    assert frame_of("She said she had spent 700 days alone in a cell.", "700 days").thing == "solitary confinement"
    assert frame_of("He was held in solitary confinement for 700 days.", "700 days").thing == "solitary confinement"
    assert frame_of("He has been kept in solitary confinement since March 1994.", "March 1994").predicate == "hold"
    old = "Defender Freed\n\nMARGILAN (Reuters) - She said she had spent 700 days alone in a cell and survived only because of support abroad."
    new = "Defender Home\n\nMARGILAN (AP) - She said she spent 900 days in what she called a torture island prison, much of it on her own."
    assert not [f for f in _claim_findings(old, new) if f[0] == "changed"]


def test_a_date_after_a_description_is_the_verbs_before_it():
    """"The man who shot Luis Ortega, a 29-year-old singer, on March 3, 2015, received a life term":
    the date is the shooting's (the verb before the description), not the sentence's; told as
    "was shot ... on March 4, 2015" elsewhere, it changed."""
    shot = frame_of("The man who shot Luis Ortega, a 29-year-old singer, on March 3, 2015, received a life term.", "March 3, 2015")
    assert shot.predicate == "shoot"
    head = "Killer Jailed\n\nLIMA — A court jailed a former police officer for life on Friday.\n\n"
    old = head + "He was jailed for the murder of the singer Luis Ortega, 29, who was shot in the Lima suburb of Callao on March 4, 2015."
    new = head + "The man who shot Luis Ortega, a 29-year-old singer, on March 3, 2015, received a life term and 12 more years."
    assert ("changed", "March 4, 2015", "March 3, 2015") in _claim_findings(old, new)


def test_an_age_given_to_a_title_is_the_age_of_the_one_who_holds_it():
    """"the 76-year-old president's bid" / "The 77-year-old Touré", where a report writes "President
    Amadou Touré": the title is his, and the one man's age changed (other ages beside them or not)."""
    old = (
        "Junta Frees Prisoners\n\nBAMAKO (AP) — Mali's new military rulers freed 60 political detainees on Tuesday, two days "
        "after soldiers seized President Amadou Touré.\n\nRelatives cheered as the prisoners, many of them opponents of the "
        "76-year-old president's bid for a fourth term, walked out of the central prison."
    )
    new = (
        "Junta Releases Detainees\n\nBAMAKO (Reuters) — Mali's junta released about 60 political prisoners late on Tuesday, "
        "after it toppled President Amadou Touré on Sunday.\n\nThe 77-year-old Touré remains in military custody.\n\n"
        "A 23-year-old student was shot dead at a checkpoint on Monday."
    )
    assert ("changed", "76-year-old", "77-year-old") in _claim_findings(old, new)


def test_one_persons_name_spelled_two_ways_is_one_person():
    """"Ashraf al-Hajouj, 38," / "Ashraf al-Hajuj, 37,": one man whose name two outlets transliterate
    apart (the core's spelling rules, :mod:`docdelta.spelling`): one age, changed, beside another
    medic's age told alike. Two names one consonant apart and short ("Iran" / "Iraq") stay two."""
    from docdelta.spelling import is_variant

    assert is_variant("Hajouj", "Hajuj") and not is_variant("Iran", "Iraq")
    old = (
        "Medics Freed\n\nSOFIA — Six medics landed in Sofia on Tuesday.\n\n"
        "Ashraf al-Hajouj, 38, was given Bulgarian citizenship in June. Kristiana Valcheva, 48, was the eldest."
    )
    new = (
        "Medics Home\n\nSOFIA — The medics flew home on Tuesday, officials said.\n\n"
        "Kristiana Valcheva, 48, led them off the plane. Ashraf al-Hajuj, 37, had been granted Bulgarian citizenship."
    )
    assert ("changed", "38", "37") in _claim_findings(old, new)


def test_over_a_time_after_a_span_noun_is_during_it():
    """"200 millimetres of rain over two days" spans the two days (no bound): the same rain "in two
    days" is the same figure; "spent over two years in jail" is more than two years."""
    from docdelta_claims import text_claims

    def duration(text: str):
        return next(c for c in text_claims(text) if c.category == "duration")

    assert duration("The hills had 200 millimetres of rain over two days.").qualifier is None
    assert duration("He spent over two years in jail.").qualifier == "over"
    # after a figure or an increase, the time spans the figure: "a 38% pay rise over four years",
    # "9% over three years", "about 670 million euros over five years", "1,000 people over three days"
    for spanned in (
        "The union accepted a 38% pay rise over four years.",
        "The government offered 9% over three years.",
        "It will cost about 670 million euros over five years.",
        "Each side returned 1,000 people over three days.",
        # after a place the act went to or on in: "flown to Florida over two days"
        "The men were flown to Havana over two days.",
    ):
        assert duration(spanned).qualifier is None, spanned
    assert duration("She has spent just over three years in Evin prison.").qualifier == "over"
    assert duration("He was held in Iran for over 500 days.").qualifier == "over"
    old = "Floods\n\nPRAGUE — Rivers rose on Sunday.\n\nThe hills had 200 millimetres of rain in two days."
    new = "Floods\n\nPRAGUE — Rivers rose on Sunday.\n\nThe hills had 200 millimetres of rain over two days."
    assert not [a for s, a, b in _claim_findings(old, new) if s == "changed"]


def test_a_person_described_at_length_then_a_past_verb_and_the_n_year_old_with_a_comma():
    """"Noor, 41, a researcher at a British university, vanished on May 6, 2022" (a past verb after
    the description, as "was" would be) / "The 41-year-old, a researcher in politics, was seized on
    May 2, 2022" ("The 41-year-old," opens a sentence about the person named before): vanishing
    and being seized date one person's going into captivity: changed."""
    from docdelta_claims import frame as frames
    from docdelta_claims import text_claims

    seized = next(c for c in text_claims("The 41-year-old, a researcher in politics, was seized on May 2, 2022.") if c.category == "date")
    assert frames.refers_back(seized)
    old = (
        "Researcher Freed\n\nBAGHDAD — Sara Noor was freed on Tuesday.\n\n"
        "Noor, 41, a researcher at a British university, vanished on May 6, 2022, after leaving a cafe."
    )
    new = (
        "Researcher Freed\n\nWASHINGTON — Sara Noor, a researcher abducted in Baghdad, has been freed, officials said.\n\n"
        "The 41-year-old, a researcher in politics at a British university, was seized on May 2, 2022, as she left a cafe."
    )
    assert ("changed", "May 6, 2022", "May 2, 2022") in _claim_findings(old, new)


def test_a_length_inside_a_description_and_a_time_held_are_not_other_lengths():
    """"The 52-year-old, the first Christian governor of the city in more than 50 years, was sentenced
    to two years": the 50 years are of the description, never the sentence; and "sentenced Ruiz,
    50, to three years" / "The 50-year-old had run a church for more than two decades", sentences
    linked by the age, do not make the church's decades a change of the term."""
    sentence = "The 52-year-old, the first Christian governor of the city in more than 50 years, was sentenced to two years."
    assert predicate_of(sentence, "more than 50 years") != "sentence"
    old = "Pastor Freed\n\nIZMIR — A court freed the pastor.\n\nThe court sentenced Ruiz, 50, to three years and two months in prison."
    new = "Pastor Freed\n\nIZMIR — The pastor walked free.\n\nThe 50-year-old, from Ohio, had run a church in Izmir for more than two decades."
    assert not [a for s, a, b in _claim_findings(old, new) if s == "changed"]


def test_a_time_later_than_the_act_before_it_is_counted_from_that_act():
    """"freed on bail in May but detained again 12 days later, after posting a video" / "Freed on
    bail in May, he was arrested again 10 days later over a song": "later" than the release before
    it, whatever follows (the video, the song): one figure, changed."""
    assert predicate_of("He was freed in May but detained again 12 days later after posting a video.", "12 days") == ""
    old = (
        "Rapper Freed\n\nTEHRAN — A rapper was freed on Monday.\n\n"
        "Karimi, 33, was freed on bail in May but detained again 12 days later after posting a video."
    )
    new = (
        "Rapper Freed\n\nTEHRAN — The rapper walked out of prison on Monday.\n\n"
        "Freed on bail in May, the 33-year-old was arrested again 10 days later over a song."
    )
    assert ("changed", "12 days", "10 days") in _claim_findings(old, new)


def test_granting_a_pardon_is_pardoning():
    """"granted royal pardons to 2,000 prisoners" / "pardoned 2,100 prisoners": granting a pardon (bail,
    amnesty) says what happened through its noun, as "won their release" does; one count, changed."""
    assert predicate_of("She is among 2,000 people granted royal pardons for the new year.", "2,000") == "pardon"
    old = "Pardons\n\nRABAT — The king acted on Friday.\n\nHe granted royal pardons to 2,000 prisoners for the holiday."
    new = "Pardons\n\nRABAT — The king acted on Friday.\n\nThe king pardoned 2,100 prisoners for the holiday, officials said."
    assert ("changed", "2,000", "2,100") in _claim_findings(old, new)


def test_rounding_up_is_arresting_and_banishing_is_sending_away():
    """"Police rounded up 300 protesters" arrests them; "banished 52 dissidents to Lithuania" sends
    them away (a transfer, never the count freed)."""
    assert predicate_of("Police rounded up 300 protesters on Sunday.", "300") == "arrest"
    assert predicate_of("The government banished 52 dissidents to Lithuania.", "52") == "transfer"


def test_a_time_after_for_is_a_length_even_before_before():
    """"held the post for 37 days before the revolution" is how long he held it; "freed two years
    after his trial" is when (an offset)."""
    assert not frame_of("He held the post for 37 days before the revolution.", "37 days").thing.startswith("offset")
    assert frame_of("He was freed two years after his trial.", "two years").thing.startswith("offset")


def test_time_served_of_a_term_is_time_held_and_holding_an_office_holds_no_one():
    """"had served 16 years of a life sentence" is time held, as "has spent more than 18 years in a
    French prison" is: one time, changed; "who held the post for 37 days" holds no one captive, so it
    never meets either; "served eight years as mayor" is no time held."""
    assert predicate_of("Rad, who had served 16 years of a life sentence, was freed.", "16 years") == "hold"
    assert predicate_of("He served eight years as mayor.", "eight years") != "hold"
    assert predicate_of("Bakhtiar, who held the post for 37 days, was killed in 1991.", "37 days") != "hold"
    old = (
        "Assassin Freed\n\nPARIS — France freed an Iranian on Tuesday.\n\n"
        "Iranians expected the release of Ali Rad, who has spent more than 18 years in a French prison.\n\n"
        "Bakhtiar, who held the post for 37 days before the revolution, was killed in 1991."
    )
    new = (
        "Assassin Freed\n\nPARIS — France freed an Iranian on Tuesday.\n\n"
        "Rad, who had served 16 years of a life sentence for the killing, was released on parole."
    )
    found = _claim_findings(old, new)
    assert ("changed", "more than 18 years", "16 years") in found
    assert ("changed", "37 days", "16 years") not in found


def test_serving_a_time_and_jailed_for_a_time_are_a_term():
    """"Petrov, a former officer serving 18 years" / "Petrov, who was jailed in 2004 for 16 years":
    one man's term (serving, was jailed for), the year told on one side only: changed. "had been
    jailed for 16 years" is time held, not a term."""
    assert predicate_of("Oleg Petrov, a former officer serving 18 years, was freed.", "18 years") == "sentence"
    assert predicate_of("Oleg Petrov, who was jailed in 2004 for 16 years, was freed.", "16 years") == "sentence"
    assert predicate_of("He had been jailed for 16 years.", "16 years") == "hold"
    old = "Spy Swap\n\nVIENNA — Four men were swapped on Friday.\n\nOleg Petrov, a former officer serving 18 years, was among them."
    new = "Spy Swap\n\nVIENNA — Four men were exchanged on Friday.\n\nAlso freed was Oleg Petrov, who was jailed in 2004 for 16 years."
    assert ("changed", "18 years", "16 years") in _claim_findings(old, new)


def test_a_surname_a_city_also_bears_is_a_person_where_the_report_writes_the_full_name():
    """"Gao Yan, a lawyer, ..." then "Gao was convicted in 2011. He vanished into custody in May
    2014": "He" is Gao (a city of Mali bears the name, but the report writes it before "Yan", a
    person's name), so the other report's "Gao Yan went missing in April 2014" dates one
    disappearance: changed."""
    old = (
        "Lawyer Freed\n\nBEIJING — Gao Yan, a rights lawyer, was freed on Thursday, his wife said.\n\n"
        "Wu Lan, his wife, lives in Ohio with their son. She said he was thin.\n\n"
        "Gao was convicted of subversion in 2011. He vanished into police custody in May 2014."
    )
    new = (
        "Lawyer Freed\n\nBEIJING — The lawyer Gao Yan walked free on Thursday.\n\n"
        "Gao Yan went missing in April 2014 and surfaced a year later, his family said."
    )
    assert ("changed", "May 2014", "April 2014") in _claim_findings(old, new)


def test_a_peoples_number_where_it_lives_is_one_figure_in_two_spellings():
    """"About 180,000 Kalmyks, a Buddhist Mongol people, live in the republic" / "the republic, where
    some 160,000 Kalmiks live": the people (one name, two transliterations, folded alike) and what
    they do (live, past an apposition or in a relative clause) agree: changed. "carried out"
    attacks is no carrying of people. A sentence ends after "the 1990s." (no initial)."""
    from docdelta_claims.extract import sentences

    assert frame_of("About 2 million Rohingyas, a stateless Muslim minority, live in camps.", "About 2 million").predicate == "live"
    assert predicate_of("Officials say some 250,000 Crimean Tatars live on the peninsula.", "some 250,000") == "live"
    assert predicate_of("Rebels carried out 200 attacks in the decade.", "200") != "transfer"
    text = "Hundreds were jailed in the 1990s. Kadeer, a mother of 11, was freed."
    assert [text[a:b] for a, b in sentences(text)] == ["Hundreds were jailed in the 1990s.", "Kadeer, a mother of 11, was freed."]
    old = (
        "Monk Freed\n\nELISTA — A Kalmyk monk was freed on Monday, his lawyer said.\n\n"
        "About 180,000 Kalmyks, a Buddhist Mongol people, live in the republic, where dozens have been jailed since 2014."
    )
    new = (
        "Monk Freed\n\nELISTA — A Kalmik monk walked free on Monday.\n\n"
        "Moscow says militants in the republic, where some 160,000 Kalmiks live, carried out 12 attacks in 2016."
    )
    assert ("changed", "About 180,000", "some 160,000") in _claim_findings(old, new)


def test_the_day_a_plan_was_told_is_no_day_of_what_it_plans():
    """"the king said on Sunday he would pardon 1,530 prisoners" / "The king will pardon 1,553
    prisoners": Sunday dates the telling of a plan, not the pardon: one figure, changed. A day told
    of what was done stays its day ("said on Monday it had freed 40 detainees" is Monday's release,
    not the "1,200 detainees" freed over a reign)."""
    from docdelta_claims import text_claims
    from docdelta_claims.frame import planned

    assert frame_of("RABAT — The king said on Sunday he would pardon 1,530 prisoners.", "1,530").times == ()
    assert frame_of("RABAT — The ministry said on Monday it had freed 40 detainees.", "40").times == ("weekday:monday",)
    assert planned(next(c for c in text_claims("He said they would free 12 men.") if c.text == "12"))
    old = "Royal Pardon\n\nRABAT — The king will pardon 1,553 prisoners, including 20 women, the palace announced in a statement.\n\nHe has ruled since 1999."
    new = "Royal Pardon\n\nRABAT — The king said on Sunday he would pardon 1,530 prisoners, including 20 women.\n\nHe has ruled since 1999."
    assert ("changed", "1,553", "1,530") in _claim_findings(old, new)


def test_the_one_weight_each_report_gives_of_one_act_is_one_figure():
    """"had lost more than 40 pounds in jail" / "lost about 30 pounds breaking stones": pounds after
    a verb of weight weigh (no money), the verb before a measure is its act (not "breaking"), and
    the one weight lost each report gives is one figure: changed. A fine of "100 pounds" stays money."""
    from docdelta_claims import text_claims

    lost = next(c for c in text_claims("His sister said he had lost more than 40 pounds in jail.") if c.text == "more than 40 pounds")
    assert (lost.category, lost.unit) == ("measure", "lb")
    assert next(c for c in text_claims("He was fined 100 pounds.") if c.text == "100 pounds").category == "money"
    assert predicate_of("He lost about 30 pounds breaking stones at the camp.", "about 30 pounds") == "lose"
    old = (
        "Monk Freed\n\nYANGON — A monk was freed on Monday after four years in prison.\n\n"
        "His sister said he had lost more than 40 pounds and two teeth.\n\nHe is 61."
    )
    new = (
        "Monk Walks Free\n\nYANGON (Reuters) — The 61-year-old monk, who had lost about 30 pounds breaking stones at a labour camp, "
        "walked free on Monday."
    )
    assert ("changed", "more than 40 pounds", "about 30 pounds") in _claim_findings(old, new)


def test_a_state_in_force_since_a_year_began_that_year():
    """"the arms embargo, in force since 1994," / "the embargo imposed in 1996": the year an
    embargo (sanctions) began, told twice: changed. "in place since 2021" places nothing on a list."""
    assert predicate_of("Lifting the arms embargo, in force since 1994, needs a vote.", "1994") == "sanction"
    assert predicate_of("The sanctions, in place since 2021, were eased.", "2021") == "sanction"
    old = "Embargo Vote\n\nBRUSSELS — Ministers met on Monday.\n\nThey discussed lifting the arms embargo imposed in 1996 on the country of 5 million people."
    new = "Embargo Vote\n\nBRUSSELS (Reuters) — Ministers met on Monday.\n\nLifting the arms embargo, in force since 1994, needs a unanimous vote, diplomats said."
    assert ("changed", "1996", "1994") in _claim_findings(old, new)


def test_a_listed_part_of_the_others_own_kind_and_co_defendants():
    """"Several other foreigners remain in its jails, among them at least three Canadians" / "urged
    it to free at least four Canadians it holds": the part listed is of the other figure's own kind,
    so it is that kind counted: changed. "Five co-defendants were released" are "four other
    defendants released": one figure, changed."""
    assert frame_of("Five co-defendants were also released.", "Five").thing == "other defendant"
    old = (
        "Engineer Freed\n\nTEHRAN — Iran freed a Lebanese engineer on Tuesday.\n\n"
        "Several other foreigners remain in Iranian jails, among them at least three Canadians.\n\n"
        "The court also released four other defendants, while 13 remain in custody."
    )
    new = (
        "Engineer Freed\n\nBEIRUT (Reuters) — The Lebanese engineer landed in Beirut on Tuesday.\n\n"
        "Ottawa urged Iran to free at least four Canadians it holds.\n\n"
        "Five co-defendants were also released, and 13 others remain behind bars."
    )
    found = _claim_findings(old, new)
    assert ("changed", "at least three", "at least four") in found
    assert ("changed", "four", "Five") in found


def test_stepping_down_is_resigning_and_a_headlines_common_words_name_no_one():
    """"He resigned on March 3, 2015" / "The 61-year-old, who ruled until he stepped down on March 4,
    2015": one resignation (stepping down is resigning), of the man the headline names ("Oduya
    Leaves Prison For Surgery Abroad": Oduya, not "Leaves", "Prison" or "Surgery"): changed."""
    from docdelta_claims.frame import opening_names

    assert predicate_of("He stepped down on March 4, 2015.", "March 4, 2015") == "resign"
    assert opening_names("Oduya Leaves Prison For Surgery Abroad") == ("oduya",)
    old = "Oduya Freed For Surgery\n\nNAIROBI — Former president James Oduya left prison on Monday.\n\nHe resigned on March 3, 2015, after weeks of protests."
    new = (
        "Oduya Leaves Prison For Surgery Abroad\n\n"
        "NAIROBI (Reuters) — The 61-year-old, who ruled from 2009 until he stepped down on March 4, 2015, was granted 30 days' leave."
    )
    assert ("changed", "March 3, 2015", "March 4, 2015") in _claim_findings(old, new)


def test_a_count_of_the_dead_by_place_is_a_part_of_the_toll():
    """"38 of the dead were in the capital" / "the capital accounted for 52 of the dead": two parts
    of one kind, changed; neither is the toll ("Quake Kills At Least 90" / "Toll Climbs To 140"),
    which the part must never meet."""
    from docdelta_claims import text_claims
    from docdelta_claims.frame import listed_part

    assert listed_part(next(c for c in text_claims("The mayor said 38 of the dead were in the capital.") if c.text == "38"))
    assert listed_part(next(c for c in text_claims("Of the dead, 12 were children.") if c.text == "12"))
    old = (
        "Quake Kills At Least 90 In The Highlands\n\nQUITO — A strong earthquake killed at least 90 people on Tuesday.\n\n"
        "The mayor said 38 of the dead were in the capital, where 20 buildings fell."
    )
    new = (
        "Quake Toll Climbs To 140 As Rescuers Dig\n\nQUITO (AP) — The toll from Tuesday's earthquake rose to 140 on Wednesday.\n\n"
        "The capital accounted for 52 of the dead, the province for 60."
    )
    found = _claim_findings(old, new)
    assert ("changed", "38", "52") in found
    assert not any(status == "changed" and {a, b} & {"38", "52"} and {a, b} & {"At Least 90", "at least 90", "140"} for status, a, b in found)


def test_seats_taken_are_seats_won_a_rally_is_its_own_verb_and_forced_out_is_evicted():
    """"taking 112 seats" / "won 118 of the 200 seats": seats got, however the verb puts it;
    "30,000 people rallied outside the court when the ruling was read": rallied is their verb, not
    the subordinate clause's "read"; "forced out" families are "evicted" ones. Each pair: changed."""
    assert predicate_of("The party won a majority, taking 112 seats.", "112") == predicate_of("The party won 118 of the 200 seats.", "118")
    assert predicate_of("About 30,000 people rallied outside the court when the ruling was read on May 2.", "About 30,000") == "march"
    assert predicate_of("Some 2,000 families were forced out after the land was sold.", "Some 2,000") == "evict"
    old = (
        "Verdict\n\nLIMA — A court convicted the former mayor on May 2.\n\n"
        "About 30,000 people rallied outside the court when the ruling was read on May 2.\n\n"
        "Some 2,000 families were forced out after the land was sold in 2009.\n\nHis party won a majority in 2016, taking 112 seats."
    )
    new = (
        "Verdict\n\nLIMA (AP) — The former mayor was convicted on May 2.\n\n"
        "Some 25,000 people protested outside the court on May 2, when the verdict was read.\n\n"
        "Since the land was sold in 2009, about 1,500 families have been evicted.\n\nIn 2016 his party won 118 of the 200 seats."
    )
    found = _claim_findings(old, new)
    assert ("changed", "About 30,000", "Some 25,000") in found
    assert ("changed", "Some 2,000", "about 1,500") in found
    assert ("changed", "112", "118") in found


def test_an_age_a_year_off_is_taken_before_another_of_the_name_further_off():
    """"Okafor, 61, was sentenced in 2016 for undermining state security" / "Okafor, 62, had been
    held since 2011 ... Daniel Okafor, 70, has been on trial in The Hague since 2016": the wife's
    age a year off meets hers, not her husband's, though his sentence shares more words."""
    old = (
        "Former First Lady Freed\n\nLAGOS — The former first lady Grace Okafor was granted an amnesty on Monday.\n\n"
        "Okafor, 61, was sentenced in 2016 for undermining state security.\n\n"
        "Her husband, the former President Daniel Okafor, has been on trial in The Hague since January 2016."
    )
    new = (
        "Grace Okafor Walks Free\n\nLAGOS (Reuters) — The former first lady Grace Okafor left a military camp on Wednesday.\n\n"
        "Okafor, 62, had been held since April 2011, when troops captured her and her husband.\n\n"
        "Daniel Okafor, 70, has been on trial in The Hague since January 2016 for undermining state security."
    )
    found = _claim_findings(old, new)
    assert ("changed", "61", "62") in found
    assert ("changed", "61", "70") not in found


def test_a_time_opening_the_sentence_without_a_comma_dates_its_verb():
    """"In 2008 the collapse of a school, also in the town, killed 51": the year dates the killing
    (an earlier disaster), so its toll is never this week's "killing at least 90" changed."""
    assert frame_of("In 2008 the collapse of a school, also in the town, killed 51.", "51").times == ("year:2008",)
    old = "School Collapse Kills At Least 90\n\nPETIONVILLE — A school collapsed on Friday, killing at least 90 pupils and teachers, officials said."
    new = (
        "School Collapse Kills At Least 90\n\nPETIONVILLE — A school collapsed on Friday, killing at least 90 pupils and teachers, officials said.\n\n"
        "In 2008 the collapse of another school, also in the town, killed 51."
    )
    assert not [f for f in _claim_findings(old, new) if f[0] == "changed"]


def test_a_time_after_a_release_is_time_held_whatever_words_follow():
    """"Activist Walks Free After Nearly 3 Years Under Alternative Sentencing": time held before the
    release, never the term ("a five-year sentence") changed."""
    assert predicate_of("Activist Walks Free After Nearly 3 Years Under Alternative Sentencing", "Nearly 3 Years") == "hold"
    old = "Activist Freed\n\nMANAMA — The activist was released on Tuesday and will serve the rest of a five-year sentence at home, his family said."
    new = "Activist Walks Free After Nearly 3 Years Under Alternative Sentencing\n\nMANAMA (Reuters) — The activist was released on Tuesday, his family said."
    assert ("changed", "five-year", "Nearly 3 Years") not in _claim_findings(old, new)


def test_an_age_after_a_name_ends_a_headline():
    """"Nigeria To Free Jailed Former Governor Ade Bello, 71" / "Bello, 72, has been in hospital":
    a headline ends without a stop; its last figure after a name and a comma is that person's
    age, told a year off: changed."""
    from docdelta_claims import text_claims

    assert [c.category for c in text_claims("Nigeria To Free Jailed Former Governor Ade Bello, 71")] == ["age"]
    old = "Nigeria To Free Jailed Former Governor Ade Bello, 71\n\nABUJA — The president will free the former governor, officials said."
    new = "Nigeria Frees Former Governor\n\nABUJA (AP) — The former governor Ade Bello will be freed.\n\nBello, 72, has been in hospital since May."
    assert ("changed", "71", "72") in _claim_findings(old, new)


def test_a_time_after_a_described_event_is_an_offset():
    """"His term ends in May, 6 years after a short war" is when, counted from the war (an
    offset), never the length of "a three-day war" in the same story, even in one edited sentence."""
    assert frame_of("His term ends in May, 6 years after a short war with its neighbour.", "6 years").thing.startswith("offset")
    old = "Term Ends\n\nYEREVAN — The president, whose term ends in May, fought a three-day war with Azerbaijan in April 2016."
    new = "Term Ends\n\nYEREVAN — His term ends in May, 6 years after a short war with Azerbaijan."
    assert ("changed", "three-day", "6 years") not in _claim_findings(old, new)


def test_the_base_a_rate_is_counted_per_is_no_count():
    """"more than 400 inmates for every 100,000 people" counts per 100,000: that base is no
    population and no count of people, so it never meets "a nation of about 3.7 million"."""
    assert frame_of("It jails more than 400 inmates for every 100,000 people.", "100,000").thing == "rate base"
    assert frame_of("The rate is 12 deaths per 100,000 residents.", "100,000").thing == "rate base"
    old = "Amnesty\n\nCHISINAU — Moldova, a nation of about 3.7 million, jails more than 400 inmates for every 100,000 people."
    new = "Amnesty\n\nCHISINAU (AP) — Moldova, a nation of about 3.7 million, has freed 500 inmates under an amnesty."
    found = _claim_findings(old, new)
    assert not [f for f in found if f[0] == "changed" and "100,000" in f]


def test_a_month_before_when_dates_its_clause_and_a_part_of_a_figure_takes_the_verb_before():
    """"since March, when 276 girls were seized" dates the seizure (March), so it never meets this
    week's undated count; "Gunmen Free 21 Of 25 Abducted": the 21 were freed (the participle after
    the whole is the whole's). A weekday before ", when" is the story's own day, not taken."""
    assert frame_of("Hundreds have been kidnapped since March, when 276 girls were seized in the north.", "276").times == ("month:03",)
    assert frame_of("Gunmen free 21 of 25 abducted from a school", "21").predicate == "free"
    assert frame_of("The swap ended on Friday, when planes carrying 10 agents left.", "10").times == ()
    old = "Gunmen Free 21 Of 25 Abducted From School\n\nKADUNA — Gunmen freed 21 of the 25 people they seized, the governor said."
    new = (
        "All 25 Freed In School Kidnapping\n\nKADUNA — All 25 people seized from a school have been freed, the governor said.\n\n"
        "Hundreds have been kidnapped from schools since March, when 276 girls were seized in the north."
    )
    assert not [f for f in _claim_findings(old, new) if f[0] == "changed" and "276" in f]


def test_all_before_a_count_is_part_of_the_claim_and_exact():
    """"All 25 Freed" states exactly 25, qualifier and all: "Gunmen free 21" then "All 25 freed" is
    one count updated, changed, and the finding names "All 25" as written."""
    from docdelta_claims import text_claims

    (claim,) = text_claims("All 25 Freed In School Kidnapping")
    assert (claim.text, claim.qualifier, claim.low, claim.high) == ("All 25", "all", 25, 25)
    old = "Gunmen Free 21 In School Kidnapping\n\nKADUNA — Gunmen have freed 21 people seized from a school, the governor said on Saturday."
    new = "All 25 Freed In School Kidnapping\n\nKADUNA — All 25 people seized from a school have been freed, the governor said on Saturday."
    assert ("changed", "21", "All 25") in _claim_findings(old, new)


def test_an_age_corrected_beside_a_day_leaves_the_day_changed():
    """"Nasir, 71, ... was arrested on March 4" / "Nasir, 70, ... was arrested on March 3": the age
    is no figure counted at a moment, so the day beside it is no moment of counting: both changed
    (a toll beside a day still makes the day its moment: "rose to 67 on Friday" / "80 on Saturday")."""
    old = "Ex-Leader Bailed\n\nMALE — Nasir, 71, who ruled for 20 years, was arrested on March 4 during a state of emergency."
    new = "Ex-Leader Bailed\n\nMALE — Nasir, 70, who ruled for 20 years, was arrested on March 3 during a state of emergency."
    found = _claim_findings(old, new)
    assert ("changed", "71", "70") in found and ("changed", "March 4", "March 3") in found
    toll = ("Flood\n\nLIMA — The toll rose to 67 on Friday, officials said.", "Flood\n\nLIMA — The toll rose to 80 on Saturday, officials said.")
    assert ("differs", "Friday", "Saturday") in _claim_findings(*toll)


def test_a_group_named_by_two_members_is_one_group_whichever_name_stands_nearest():
    # Each report names both members; the name nearest the date differs, the group does not.
    old = (
        "Tajik Court Acquits 22 Activists Held Over Reservoir Handed To Kazakhstan\n\n"
        "DUSHANBE (Reuters) — A court in Dushanbe on Friday acquitted all 22 politicians and activists "
        "charged with plotting riots over a border deal that gave Kazakhstan control of the Sarez reservoir, "
        "their lawyers said.\n\n"
        "The defendants, among them the former prosecutor general Daniyar Omurov and the activist Saule "
        "Bekova, were detained in March 2021 after forming a committee to oppose the deal. Some spent more "
        "than a year in pretrial detention before being moved to house arrest.\n\n"
        "Prosecutors had asked for terms of up to 20 years. The agreement, signed in April 2021, handed over "
        "4,485 hectares around the reservoir in exchange for 19,699 hectares elsewhere.\n\n"
        "Omurov, 67, told reporters outside the court that the case had taken 20 months of their lives. Five "
        "other people detained with the group had been released before the trial began.\n\n"
        "Tajikistan and Kazakhstan share a border of about 1,300 km, roughly 300 km of which was in dispute "
        "until the deal."
    )
    new = (
        "Tajikistan Clears Opponents Of Border Treaty After Nearly 600 Days\n\n"
        "DUSHANBE (AFP) — Twenty-two critics of Tajikistan's border treaty with Kazakhstan were found not "
        "guilty on Friday of preparing mass unrest, a verdict that surprised even their supporters.\n\n"
        "The group, which includes Daniyar Omurov, a 68-year-old former prosecutor general, and the civic "
        "activist Saule Bekova, was rounded up in April 2021 after campaigning against the transfer of the "
        "Sarez reservoir.\n\n"
        "The treaty signed that month gave Kazakhstan 4,485 hectares of land under the reservoir, and "
        "Tajikistan received 19,699 hectares in return. Prosecutors had sought up to 20 years in prison.\n\n"
        "Some defendants were held for more than 12 months before a judge allowed them home under house "
        "arrest. Four others arrested at the same time were freed before the trial.\n\n"
        "The treaty settled most of the two countries' 1,300-kilometre frontier, about a quarter of which had"
        " been disputed since 1993."
    )
    assert ("changed", "March 2021", "April 2021") in _claim_findings(old, new)


def test_the_one_length_each_report_gives_of_one_place_changed_though_no_verb_measures_it():
    old = (
        "Six Fishermen Freed After 11 Days\n\n"
        "OSLO (AP) — Six fishermen seized by a coast guard cutter in the Barents Sea were freed on Monday and "
        "flew home on Tuesday, ending an 11-day dispute.\n\n"
        "Norway said the trawler was 2.3 nautical miles inside Kuwaiti waters; Russia said it had strayed.\n\n"
        "The trawler, with a crew of about 30, was fishing for cod."
    )
    new = (
        "Norway Welcomes Home Trawler Crew\n\n"
        "MOSCOW (Reuters) — Russia released the six Norwegian fishermen it had held for 11 days, and they "
        "landed in Tromso on Tuesday.\n\n"
        "Oslo said the boat was 3.1 nautical miles inside Kuwait's territorial waters.\n\n"
        "Their vessel carries some 25 crew."
    )
    assert ("changed", "2.3 nautical miles", "3.1 nautical miles") in _claim_findings(old, new)


def test_the_day_a_figure_was_reported_is_no_fact_changed():
    # a later version of a story, its lede rewritten, tells a later day of reporting: never changed
    old = (
        "Tower Collapse Kills 14\n\n"
        "LAGOS (AP) — At least 14 people were killed when a 21-storey tower under construction collapsed in the "
        "city's business district on Monday afternoon, emergency officials said on Tuesday."
    )
    new = (
        "Tower Collapse Toll Rises To 22\n\n"
        "LAGOS (AP) — Rescuers have recovered 22 bodies from the ruins of a 21-storey tower that collapsed on "
        "Monday in the city's business district, emergency officials said on Wednesday."
    )
    found = _claim_findings(old, new)
    assert not [f for f in found if f[0] == "changed" and f[1:] == ("Tuesday", "Wednesday")]
    assert ("same", "Monday", "Monday") in found


def test_a_corrected_day_of_telling_in_a_sentence_otherwise_kept_is_changed():
    # a correction: the sentence keeps its figures and words and only the day it was said on moves
    old = (
        "Port Strike Ends\n\n"
        "Dock workers in Valparaiso ended a nine-day strike after winning a 6% raise, "
        "the port authority said on Monday.\n\nShips queued for a week."
    )
    new = (
        "Port Strike Ends\n\n"
        "(Corrects day of the announcement)\n\n"
        "Dock workers in Valparaiso ended a nine-day strike after winning a 6% raise, "
        "the port authority said on Tuesday.\n\nShips queued for a week."
    )
    assert ("changed", "Monday", "Tuesday") in _claim_findings(old, new)
    # where a figure of the sentence moved with the day, the day is the moment of an update: uncertain
    updated = new.replace("a 6% raise", "a 7% raise")
    assert ("differs", "Monday", "Tuesday") in _claim_findings(old, updated)


def _two_reports_ending_with(old_sentence: str, new_sentence: str) -> list[tuple[str, str | None, str | None]]:
    old = (
        "Reporter Freed After 40 Days\n\n"
        "CAIRO (AP) — Gunmen freed the reporter Anna Berg on Monday after 40 days in captivity, her editor said.\n\n"
        + old_sentence
    )
    new = (
        "Abducted Journalist Released\n\n"
        "CAIRO (Reuters) — The journalist Anna Berg was released on Monday, 40 days after she was seized.\n\n"
        + new_sentence
    )
    return _claim_findings(old, new)


@pytest.mark.parametrize(
    ("old_sentence", "new_sentence", "changed"),
    [
        pytest.param(
            "She had been based in Benghazi since April 2019 and was the only foreign reporter there.",
            "Berg moved to Benghazi in March 2019 and stayed on after other media left.",
            ("April 2019", "March 2019"),
            id="the one month of a year each report leaves, a month apart",
        ),
        pytest.param(
            "Her abduction near Derna, on May 20, was the third this year.",
            "Berg was abducted near Derna on May 21 while driving to the coast.",
            ("May 20", "May 21"),
            id="the one day of a month each report leaves, a day apart",
        ),
        pytest.param(  # "the month of an earlier release": June in one report, July in the other
            "In July, the government released 12 reporters and flew them to Rome under a similar deal.",
            "It was the second such transfer: in June, 12 jailed journalists were sent to Rome under an earlier deal.",
            ("July", "June"),
            id="the one month of no year each report leaves, a month apart",
        ),
        pytest.param(
            "Another foreigner, a 44-year-old missionary, is serving a 15-year sentence in the same prison.",
            "The group still holds a 45-year-old missionary, sentenced to 15 years of hard labour.",
            ("44-year-old", "45-year-old"),
            id="an age describing someone, whatever the clause does to them",
        ),
        pytest.param(
            "She had been held since February 2019, accused of spying for a foreign power.",
            "Her ordeal began with her arrest in March 2019 on spying charges.",
            ("February 2019", "March 2019"),
            id="held since a month and arrested in the next: one act of custody",
        ),
        pytest.param(
            "Egypt, a country of about 104 million people, is the region's most populous state.",
            "Cairo, whose 109 million people face rising prices, has asked the IMF for help.",
            ("about 104 million", "109 million"),
            id="a state named by its capital, the figures near",
        ),
    ],
)
def test_one_moment_or_figure_told_twice_in_the_story_is_changed(old_sentence, new_sentence, changed):
    assert ("changed", *changed) in _two_reports_ending_with(old_sentence, new_sentence)


@pytest.mark.parametrize(
    ("old_sentence", "new_sentence"),
    [
        # months further apart: as often two acts of one year
        (
            "She had been based in Benghazi since April 2019 and was the only foreign reporter there.",
            "Berg moved to Benghazi in July 2019 and stayed on after other media left.",
        ),
        # two verbs of classes that differ: two acts
        (
            "She was arrested in April 2019 during a protest.",
            "Berg was freed in March 2019 after a first detention.",
        ),
        # an end of a span told with both ends is its edge, no act's month
        (
            "The court said she had spent 700 days in custody from May 2019 to April 2021.",
            "Berg was convicted in April 2019 of spreading false news.",
        ),
    ],
)
def test_lone_months_of_two_acts_are_not_paired(old_sentence, new_sentence):
    assert not [f for f in _two_reports_ending_with(old_sentence, new_sentence) if f[0] == "changed" and "2019" in f[1]]


@pytest.mark.parametrize(
    ("old_sentence", "new_sentence", "old_text"),
    [
        pytest.param(  # the cabinet approved on one day, the truce took effect the next: not one day told twice
            "A local truce took effect at dawn on Nov. 27, after the council approved it the night before.",
            "The town council voted on Nov. 26 to approve the local truce, which began the next morning.",
            "Nov. 27",
            id="two days of two verbs are two steps of one story",
        ),
        pytest.param(
            "Her parents met the foreign minister in March to press for her release.",
            "The gunmen still hold a teacher, abducted in February.",
            "March",
            id="a month of no year and another sharing nothing are two acts",
        ),
        pytest.param(
            "Egypt, a country of about 104 million people, is the region's most populous state.",
            "Cairo, a city of about 22 million people, was calm.",
            "about 104 million",
            id="a capital's own people, far from the state's, are the city's",
        ),
        pytest.param(  # a month and a calendar day of two acts of one kind: not one date told twice
            "Police say hundreds of activists were detained in August, and many remain held.",
            "On Feb. 6 she was placed under a detention order.",
            "August",
            id="the one date of an act each side gives pairs only at one grain",
        ),
    ],
)
def test_two_acts_or_two_places_are_not_one_figure_changed(old_sentence, new_sentence, old_text):
    found = _two_reports_ending_with(old_sentence, new_sentence)
    assert not [f for f in found if f[0] == "changed" and f[1] == old_text]


@pytest.mark.parametrize(
    ("sentence", "reported"),
    [
        ("Her mother said she had been told of the release only on Saturday.", True),
        ("The minister told reporters on Monday that the talks went well.", True),
        ("Emergency officials said on Wednesday that the search went on.", True),
        ("She was freed on Monday.", False),
    ],
)
def test_the_day_a_report_was_told_is_read_as_such(sentence, reported):
    from docdelta_claims import frame as frames
    from docdelta_claims import text_claims

    (day,) = [c for c in text_claims(sentence) if c.category == "date"]
    assert frames.reported_on(day) is reported


def test_the_day_someone_was_told_of_an_act_is_no_day_of_the_act():
    # "his mother had been told of the release only on Saturday": the day she was told, not the
    # day of the release ("was released on Sunday")
    old = (
        "American Writer Held 22 Months In Syria Freed To UN Peacekeepers\n\n"
        "NEW YORK (AP) — John Tom Lindqvist, an American writer held by al-Qaeda's branch in Syria since October "
        "2012, was handed to United Nations peacekeepers in the Golan Heights on Sunday and was in good "
        "health, his family said.\n\n"
        "Lindqvist, 45, had crossed into Syria from Turkey to report on the civil war and was seized within days. "
        "He spent about 22 months in captivity, part of it in a cell with another American who escaped in "
        "2013.\n\n"
        "His release came five days after militants of a rival group posted a video of the killing of a U.S. "
        "journalist. Oman helped negotiate, and no ransom was paid, officials said.\n\n"
        "His mother, Ann Lindqvist, said she had been told of the release only on Saturday. She thanked some two "
        "dozen governments that helped.\n\n"
        "The UN force on the Golan, set up in 1974, has about 1,200 troops. More than 190,000 people have "
        "been killed in Syria's war."
    )
    new = (
        "Denver Writer Freed After Almost Two Years As Hostage In Syria\n\n"
        "DENVER (Reuters) — Tom Lindqvist, a U.S. freelance writer kidnapped in Syria in November 2012, was "
        "released on Sunday and handed over to UN troops on the Golan, ending nearly two years as a captive "
        "of an al-Qaeda affiliate.\n\n"
        "The 46-year-old, who speaks Arabic, French and German, had published books under another name. He "
        "was taken shortly after entering the country from Turkey.\n\n"
        "The release, brokered with help from Oman, came six days after the killing of another American "
        "reporter was shown online. The State Department said on Sunday that it had not paid ransom.\n\n"
        "Lindqvist was checked by a doctor and reunited with his family on Tuesday. His mother said she had "
        "learned of the release a day before it happened.\n\n"
        "Officials in Washington believe fewer than 10 Americans remain held in Syria. The UN says the war "
        "has killed more than 190,000 people."
    )
    assert not [f for f in _claim_findings(old, new) if f[0] == "changed" and f[1] == "Saturday"]


def test_a_day_of_another_act_beside_an_updated_figure_is_a_correction():
    """The figure keeps its own moment ("on Sunday"); the approval's day beside it was corrected:
    changed. A day that is the moment of the figure ("rose to 67 on Friday" / "to 80 on
    Saturday") still only differs."""
    found = _claim_findings(
        "Officials spoke.\n\nThe government freed 173 prisoners on Sunday under an amnesty approved by Congress on Thursday, a spokesman said.",
        "Officials spoke.\n\nThe government freed 193 prisoners on Sunday under an amnesty approved by Congress on Friday, a spokesman said.",
    )
    assert ("changed", "Thursday", "Friday") in found
    assert ("changed", "173", "193") in found
    moment = _claim_findings(
        "Officials spoke.\n\nThe death toll rose to 67 on Friday, officials said.",
        "Officials spoke.\n\nThe death toll rose to 80 on Saturday, officials said.",
    )
    assert ("differs", "Friday", "Saturday") in moment


@pytest.mark.parametrize(
    ("old_sentence", "new_sentence", "days"),
    [
        (
            "The king signed a decree on Tuesday pardoning 1,500 prisoners ahead of the new year, the ministry said.",
            "The king signed a decree on Wednesday pardoning 1,632 prisoners ahead of the new year, the ministry said.",
            ("Tuesday", "Wednesday"),
        ),
        (
            "Seven aid workers who were seized on May 3 have been freed, the ministry said on Friday.",
            "Eight aid workers who were seized on May 4 have been freed, the ministry said on Friday.",
            ("May 3", "May 4"),
        ),
        (  # a time in custody grows with the day, but the day is the release's, no moment of counting
            "Three engineers kidnapped at a dam were freed on Monday after 412 days in captivity, the army said.",
            "Three engineers kidnapped at a dam were freed on Tuesday after 413 days in captivity, the army said.",
            ("Monday", "Tuesday"),
        ),
    ],
)
def test_the_day_of_one_act_beside_a_figure_that_is_no_running_count_is_corrected(old_sentence, new_sentence, days):
    """A decree signed on Tuesday, then on Wednesday, beside a count of those it pardons that also
    changed: the signing's day was corrected (changed), not the moment a figure was counted, as a
    toll's day is."""
    found = _claim_findings(f"Officials spoke.\n\n{old_sentence}", f"Officials spoke.\n\n{new_sentence}")
    assert ("changed", *days) in found


@pytest.mark.parametrize(
    ("old_sentence", "new_sentence", "days"),
    [
        (
            "By Saturday night 101 students had walked out of prisons around the country, the ministry said.",
            "By Sunday night 148 students had walked out of prisons around the country, the ministry said.",
            ("Saturday", "Sunday"),
        ),
        (
            "The government will free 13,915 prisoners this month, officials said on Friday.",
            "The government will free 14,020 prisoners this month, officials said on Monday.",
            ("Friday", "Monday"),
        ),
    ],
)
def test_the_moment_a_figure_was_counted_or_told_still_only_differs(old_sentence, new_sentence, days):
    found = _claim_findings(f"Officials spoke.\n\n{old_sentence}", f"Officials spoke.\n\n{new_sentence}")
    assert ("changed", *days) not in found


def test_a_population_told_after_a_pronoun_is_the_places_not_the_persons():
    found = _claim_findings(
        "Officials spoke.\n\nPresident Osei spoke on Tuesday. He has promised to fight graft in a nation of some 15 million people.",
        "Officials spoke.\n\nGhana, a country of about 14 million, has had one party since 1969.",
    )
    assert ("changed", "some 15 million", "about 14 million") in found


def test_others_arrested_with_someone_in_one_year_are_one_group_however_called():
    """"arrested in 1966 with 36 other Namibians" / "detained in 1966 along with 31 of his
    countrymen": one act, one year, one person: one group, its size changed. Remainders with less
    in common ("four other Americans" / "two other Americans") stay apart."""
    found = _claim_findings(
        "Officials spoke.\n\nToivo was arrested in 1966 with 36 other Namibians after the first clash.",
        "Officials spoke.\n\nToivo was detained in 1966 along with 31 of his countrymen and convicted later.",
    )
    assert ("changed", "36", "31") in found


def test_a_paired_figure_of_another_act_does_not_make_an_equal_one_a_restatement():
    """New "six were injured" equals the "six miners" trapped that both versions tell: no restatement
    of them, so the one injured count of each side is one count, updated."""
    found = _claim_findings(
        "Two Rescuers Killed In Utah Mine Where Six Are Trapped\n\n"
        "HUNTINGTON, Utah (AP) — Two rescue workers were killed and seven were injured on Thursday evening when a wall"
        " of coal burst into a tunnel of the mine, where six miners have been trapped for 10 days, officials said.",
        "Utah Mine Rescue Toll Rises To 3; Search Halted\n\n"
        "HUNTINGTON, Utah (AP) — Officials halted the search for six miners trapped for 11 days.\n\n"
        "Three rescuers are now dead, among them an inspector, and six were injured when the wall gave way.",
    )
    assert ("changed", "seven", "six") in found


def test_a_kind_counted_among_those_freed_is_a_part_not_the_count_freed():
    found = _claim_findings(
        "President Pardons 83 Prisoners On New Year's Day\n\nThe pardons came on Sunday.",
        "New Year Amnesty Frees Prisoners\n\nThe pardons came on Sunday.\n\nA monitoring group counted 58 political prisoners among those freed.",
    )
    assert ("changed", "83", "58") not in found


def test_a_length_to_the_day_a_report_tells_of_moves_with_that_day():
    """"on Sunday, two days after the storm made landfall on Friday" / "on Monday, four days after
    the storm made landfall on Thursday": each length is true of its day; the landfall's day was
    corrected (those days differ), the lengths do not say two figures of one quantity."""
    found = _claim_findings(
        "Officials spoke.\n\nPolice raised the toll on Sunday, two days after the storm made landfall on Friday with winds of 195 kph.",
        "Officials spoke.\n\nPolice raised the toll on Monday, four days after the storm made landfall on Thursday with winds of 195 kph.",
    )
    assert ("changed", "two days", "four days") not in found
    assert ("differs", "two days", "four days") in found


def test_thousands_set_apart_by_a_no_break_space_are_the_figure_written_with_a_comma():
    """'1,200' and '1\u00a0200' (a no-break space, as many outlets print thousands) are one figure,
    and '1\u00a0300' is that figure changed: not '1' and '200' against '1,200'."""
    old = "About 1,200 people remain in jail, the group said on Monday."
    assert [status for status, _, _ in claims(old, old.replace("1,200", "1\u00a0200"))] == ["same"]
    changed = old.replace("1,200", "1\u00a0300")
    assert claims(old, changed) == [("changed", (span_of(old, "About 1,200"),), (span_of(changed, "About 1\u00a0300"),))]


def test_two_depths_of_one_quake_meet_not_the_wave_beside_them():
    found = _claim_findings(
        "Officials spoke.\n\nThe quake hit near the town at a depth of 10 kilometers, the survey said.",
        "Officials spoke.\n\nIt hit near the town at a depth of 15 kilometers and pushed a wave of about 2 meters onto the coast.",
    )
    assert ("changed", "10 kilometers", "15 kilometers") in found


@pytest.mark.parametrize(
    ("old_sentence", "new_sentence", "status"),
    [
        ("Thousands protested in several cities that weekend.", "About 12,000 marched in several cities that weekend.", "differs"),
        ("Thousands protested in several cities that weekend.", "Tens of thousands protested in several cities that weekend.", "changed"),
        ("Rights groups say thousands of people remain jailed.", "Rights groups say more than 10,000 people remain jailed.", "differs"),
        ("Officials said hundreds of prisoners were freed on Monday.", "Officials said 52 prisoners were freed on Monday.", "changed"),
    ],
)
def test_a_vague_plural_near_another_figure_only_differs(old_sentence, new_sentence, status):
    """A vague word's span has no hard edge ("thousands" may be 12,000 said loosely): within a
    factor of two of it, a figure differs; further ("hundreds" / "52", an order of magnitude up),
    the two disagree."""
    found = _claim_findings(f"Officials spoke.\n\n{old_sentence}", f"Officials spoke.\n\n{new_sentence}")
    assert [s for s, _, _ in found if s in ("changed", "differs")] == [status]


def test_a_count_of_two_peoples_is_not_a_count_of_the_first():
    """"6,670 North Korean and Chinese prisoners" counts both peoples: told again beside the part
    that were North Koreans ("6,670 prisoners and internees: 5,194 North Koreans"), it is the same
    figure, and the part is no figure of it changed."""
    found = _claim_findings(
        "Officials spoke.\n\nThe command handed over 6,670 North Korean and Chinese prisoners, 1,030 of them Chinese, at the exchange point.",
        "Officials spoke.\n\nThe command handed over 6,670 prisoners and internees: 5,194 North Koreans and 1,030 Chinese, at the exchange point.",
    )
    assert ("same", "6,670", "6,670") in found
    assert not [f for f in found if f[0] == "changed"]


def test_a_part_of_the_released_is_read_with_the_release_as_a_part_of_them_is():
    """"Of those freed, 87 were flown to Mexico" / "79 of the released prisoners were taken to
    Mexico": both parts of the release told just before (its Friday is theirs), one quantity."""
    found = _claim_findings(
        "Caracas freed 135 political prisoners on Friday in a deal with Washington. Of those freed, 87 were flown to Mexico, officials said.",
        "Venezuela released 135 detainees on Friday under an agreement with the United States. Officials said 79 of the released prisoners were taken to Mexico.",
    )
    assert ("changed", "87", "79") in found


@pytest.mark.parametrize(
    ("old_figure", "new_figure", "status"),
    [("about 10,000", "about 9,000", "changed"), ("Some 60,000", "About 55,000", "changed"), ("about 10,000", "9,800", "compatible")],
)
def test_an_estimate_revised_in_a_sentence_kept_otherwise_is_changed(old_figure, new_figure, status):
    """Two estimates that overlap are two values where the sentence around them was kept: the
    newsroom revised its figure. An exact figure inside the estimate still agrees with it."""
    sentence = "The ministry said {} men had been convicted of draft offences and 2,393 were under indictment."
    found = _claim_findings(f"Officials spoke.\n\n{sentence.format(old_figure)}", f"Officials spoke.\n\n{sentence.format(new_figure)}")
    assert (status, old_figure, new_figure) in found


def test_the_rest_of_a_list_is_no_whole_of_its_kind():
    """"Twelve military officers and three other prisoners were also freed" / "Fifteen other
    prisoners were freed with them, 12 of them army officers": the twelve link the sentences, but
    the three are the rest beside the officers, not the fifteen told otherwise."""
    found = _claim_findings(
        "Officials spoke.\n\nTwelve military officers and three other prisoners were also freed.",
        "Officials spoke.\n\nFifteen other prisoners were freed with them, 12 of them army officers.",
    )
    assert not [f for f in found if f[0] in ("changed", "differs") and f[1] == "three"]


@pytest.mark.parametrize(
    ("sentence", "figure", "remainder"),
    [
        ("Twelve military officers and three other prisoners were also freed.", "three", True),
        ("Fifteen other prisoners were freed with them.", "Fifteen", False),
        ("He was freed with three other prisoners.", "three", False),
    ],
)
def test_a_count_of_others_after_a_listed_count_is_the_rest_of_a_list(sentence, figure, remainder):
    from docdelta_claims import text_claims
    from docdelta_claims.frame import listed_remainder

    (claim,) = [c for c in text_claims(sentence) if c.text == figure]
    assert listed_remainder(claim) is remainder


def test_two_ceilings_of_one_term_in_two_units_differ():
    """"faces as long as a decade in prison" / "could face up to 15 years in prison": two upper
    bounds of one kind, ten years and fifteen: two figures, as "up to 10 years" / "up to 15 years"
    are (and "up to three months" / "up to 90 days" one, told in two units)."""
    found = _claim_findings(
        "Officials spoke.\n\nHe denies the charges and faces as long as a decade in prison if convicted.",
        "Officials spoke.\n\nHe denies the charges and could face up to 15 years in prison if convicted.",
    )
    assert ("changed", "as long as a decade", "up to 15 years") in found
    same = _claim_findings(
        "Officials spoke.\n\nHe faces up to three months in jail if convicted.",
        "Officials spoke.\n\nHe faces up to 90 days in jail if convicted.",
    )
    assert not [f for f in same if f[0] == "changed"]


def test_a_day_moved_back_beside_a_figure_is_a_correction_not_a_later_count():
    """A later version cannot count at an earlier moment: "detained on Oct. 5 along with 9" /
    "on Oct. 4 along with 8" corrects the day (changed), where a day moved forward beside a
    figure that rose is the moment it was counted (differs)."""
    found = _claim_findings(
        "Officials spoke.\n\nThe two were detained on Oct. 5 along with 9 local drivers accused of smuggling fuel.",
        "Officials spoke.\n\nThe two were detained on Oct. 4 along with 8 local drivers accused of smuggling fuel.",
    )
    assert ("changed", "Oct. 5", "Oct. 4") in found
    forward = _claim_findings(
        "Officials spoke.\n\nThe toll from the floods rose to 41 on Oct. 4, officials said.",
        "Officials spoke.\n\nThe toll from the floods rose to 57 on Oct. 5, officials said.",
    )
    assert ("differs", "Oct. 4", "Oct. 5") in forward


def test_a_noun_after_a_preposition_and_a_noun_is_no_verb_of_the_clause():
    """ "freed on medical grounds on March 9": "grounds" is a noun, the day is the release's (and
    meets "let out on March 8" as one release's day told two ways)."""
    found = _claim_findings(
        "A nurse in the group was let out on March 8. The others were freed on March 20.",
        "One of them, a nurse, had been freed on medical grounds on March 9. The others walked free on March 20.",
    )
    assert ("changed", "March 8", "March 9") in found


def test_the_one_weekday_of_one_act_each_report_leaves_alone_a_day_apart_is_changed():
    """Two outlets date one release a day apart ("freed on Tuesday" / "released ... on Wednesday"):
    the one weekday each leaves alone, of one act in someone's story, is one moment told two ways.
    A weekday of an act of no one's story (a meeting, a vote) is one of seven: not paired."""
    release = _claim_findings(
        "The journalist was freed on Tuesday and flown to Doha, his editor said.",
        "Rebels released the reporter on Wednesday, ending eight months in captivity, the ministry said.",
    )
    assert ("changed", "Tuesday", "Wednesday") in release
    meetings = _claim_findings(
        "The council met on Tuesday to discuss the budget.",
        "Parliament voted on Wednesday to approve the budget.",
    )
    assert not [f for f in meetings if f[0] == "changed"]


def test_a_part_of_those_freed_with_no_act_of_its_own_is_no_whole():
    """ "Some 160 of the freed hostages were on his plane" counts a part of a release, not the
    release ("agreed to let 230 hostages go"): never changed with it. A part with an act of its own
    counts those that act befell ("six of them were flown to Europe" / "Eight men were expelled
    to Europe"), and meets that act's count."""
    part = _claim_findings(
        "Officials spoke.\n\nThe government agreed during the envoy's talks to let 230 hostages from several countries go.",
        "Officials spoke.\n\nThe envoy came back on Friday.\n\nSome 160 of the freed hostages were on his plane.",
    )
    assert not [f for f in part if f[0] == "changed"]
    acted = _claim_findings(
        "Officials spoke.\n\nThe amnesty freed 164 people this week. Eight men were expelled to Europe instead.",
        "Officials spoke.\n\nThe amnesty freed 164 people this week. Six of them were flown to Europe instead.",
    )
    assert [f[0] for f in acted if f[1:] == ("Eight", "Six")] in (["changed"], ["differs"])


def test_a_month_of_that_year_meets_the_same_month_told_with_its_year():
    """ "She was first put under house arrest in August 2018" / "Five activists were arrested in June
    2018; she was picked up in August of that year": her month is the same; June is the others'."""
    found = _claim_findings(
        "She was first put under house arrest in August 2018.",
        "Five activists were arrested in June 2018; the lawyer was picked up in August of that year.",
    )
    assert not [f for f in found if f[0] == "changed"]
    assert ("same", "August 2018", "August") in found


def test_the_one_amount_each_report_gives_of_one_cost_is_one_quantity():
    """ "legal fees of about 12,000 euros" / "legal bills of roughly 15,000 euros": the one amount
    in that currency each report leaves alone, of one kind of cost, near the other: changed. A
    ransom demanded and a sum agreed six times smaller are not one amount."""
    found = _claim_findings(
        "Officials spoke.\n\nThe two climbers each face legal fees of about 12,000 euros, their families said.",
        "Officials spoke.\n\nRelatives said each climber had run up legal bills of roughly 15,000 euros.",
    )
    assert ("changed", "about 12,000 euros", "roughly 15,000 euros") in found
    apart = _claim_findings(
        "Officials spoke.\n\nThe kidnappers had demanded a ransom of 300 million pesos.",
        "Officials spoke.\n\nThe owner had earlier agreed to pay 50 million pesos.",
    )
    assert not [f for f in apart if f[0] == "changed"]


def test_an_age_told_as_a_person_of_a_number_is_the_one_described():
    """ "a 58-year-old Danish woman" / "a Danish woman of 59": one woman's age, changed; "a boy of
    eight" among the dead is not the minister's age ("Salvini, 45")."""
    woman = _claim_findings(
        "Officials spoke.\n\nOne of those freed was a 58-year-old Danish woman with diabetes.",
        "Officials spoke.\n\nAmong them was a Danish woman of 59 who has diabetes.",
    )
    assert ("changed", "58-year-old", "59") in woman
    boy = _claim_findings(
        "Officials spoke.\n\nInterior Minister Ana Lopes, 45, blamed the operator.",
        "Officials spoke.\n\nThe collapse killed 38 people, including a boy of eight.",
    )
    assert not [f for f in boy if f[0] == "changed"]


def test_a_vague_plural_far_from_a_figure_is_another_quantity_across_reports():
    """ "The group has about 5,000 fighters" / "dozens of armed fighters took the passengers": a
    vague plural more than ten times short of the figure is some of them, not the same count told
    otherwise; "hundreds were freed" / "52 were freed" still disagree."""
    far = _claim_findings(
        "Officials spoke.\n\nThe rebel army has about 5,000 fighters in the hills.",
        "Officials spoke.\n\nAt the airstrip, dozens of armed fighters led the passengers to boats.",
    )
    assert not [f for f in far if f[0] == "changed"]
    near = _claim_findings(
        "Officials spoke.\n\nHundreds of prisoners were freed on Monday.",
        "Officials spoke.\n\nOnly 52 prisoners were freed on Monday.",
    )
    assert ("changed", "Hundreds", "52") in near


def test_counts_across_reports_more_than_three_times_apart_only_differ():
    """ "The authorities freed 300 detainees" / "About 90 detainees were freed": two figures of one
    frame, across reports, that far apart are as often two groups as one told otherwise, so
    ``differs``, not ``changed`` (``_APART``); nearer ones stay ``changed``, as do a crowd counted by
    police and by organisers and a toll grown as it is counted."""
    camp = "The authorities freed 300 detainees from the camp on the border, police said."
    said = ", according to a lawyer who represents several of the families and spoke to reporters by telephone."
    cases = [
        (camp, "About 90 detainees were freed" + said, ("differs", "300", "About 90")),
        (camp, "About 190 detainees were freed" + said, ("changed", "300", "About 190")),
        (
            "The ministry counted 45,000 protesters in the capital.",
            "Organisers said more than 400,000 people marched through the city, singing and waving flags.",
            ("changed", "45,000", "more than 400,000"),
        ),
        (
            "The flood killed at least 40 people in the valley, police said.",
            "At least 230 people have been killed by the floods, according to the disaster agency.",
            ("changed", "at least 40", "At least 230"),
        ),
    ]
    for old, new, expected in cases:
        assert expected in _claim_findings("Officials spoke.\n\n" + old, "Officials spoke.\n\n" + new), expected
    far = SESSION.compare("Officials spoke.\n\n" + camp, "Officials spoke.\n\nAbout 90 detainees were freed" + said)
    assert [f.data["evidence"]["uncertain"] for f in far.findings if f.kind == "claim" and f.data["status"] == "differs"] == ["far apart"]


def test_the_age_one_is_now_and_an_age_one_was_at_an_act_are_two_figures():
    """ "Hussain, who is 36" / "was 18 when he flew to Pakistan": the age he is and one he was, two
    figures; two ages at one act ("was 19 when he travelled") are one, told otherwise."""
    flew = "Officials spoke.\n\nHussain, who grew up in England, was 18 when he flew to Pakistan to visit relatives."
    now = _claim_findings(flew, "Officials spoke.\n\nIt was not clear when Hussain, who is 36, would be released.")
    assert ("removed", "18", None) in now and ("added", None, "36") in now
    then = _claim_findings(flew, "Officials spoke.\n\nHussain was 19 when he travelled to Pakistan, his brother said.")
    assert ("changed", "18", "19") in then


def test_an_age_in_apposition_or_turned_is_now_and_no_age_at_an_act():
    """ "Luke Symons, 30, was detained ..." / "was 25 when he was detained": an age in apposition is
    the one a report gives someone now, as "Erkel turned 34 on March 9" is; an age at the act is
    another figure. Where the sentence tells a death, the apposition is the age at death and meets
    the age "when they were killed"."""
    then = "Officials spoke.\n\nThe Briton, Luke Symons, was 25 when he was detained."
    found = _claim_findings(then, "Officials spoke.\n\nLuke Symons, 30, was detained by the rebels along with his wife on suspicion of spying.")
    assert not [f for f in found if f[0] == "changed"]
    found = _claim_findings("Officials spoke.\n\nErkel was 32 when he was taken.", "Officials spoke.\n\nErkel turned 34 on March 9, his second birthday in captivity.")
    assert not [f for f in found if f[0] == "changed"]
    dead = _claim_findings(
        "Officials spoke.\n\nColer was 28 and Williams was 27 when they were killed.",
        "Officials spoke.\n\nAgents Jack Coler, 28, and Ronald Williams, 26, were shot dead on the reservation in July 1975.",
    )
    assert ("changed", "27", "26") in dead


def test_a_stay_up_to_now_and_an_earlier_stay_are_two_figures():
    """ "Truyen has spent more than six years in prison" / "He had been jailed once before, for three
    and a half years": the stay that runs to the story's day and an earlier one, two figures; "had
    served 16 years of a life sentence" with no such mark is the same stay told otherwise."""
    now = "Officials spoke.\n\nTruyen has spent more than six years in prison since he was seized in the south of the country."
    found = _claim_findings(now, "Officials spoke.\n\nTruyen had been jailed once before, for three and a half years, after an arrest in 2006.")
    assert not [f for f in found if f[0] == "changed"]
    found = _claim_findings(now, "Officials spoke.\n\nTruyen, who had served four years of his term, was flown to Germany.")
    assert ("changed", "more than six years", "four years") in found


def test_the_end_of_a_tallys_span_between_two_months_is_no_day_of_an_act():
    """ "killed 85 people between August and November" / "after the death of his chosen successor in
    July": November closes the span of a tally, no month of one death; a month a tally runs to is
    still a month of its kind ("between August and November" / "between August and December")."""
    old = (
        "Talks\n\nThe crisis began in August, when the president, 78, said he would stand again after the death of his "
        "chosen successor in July. About 85 people were killed in the months that followed, the government says."
    )
    span = "Violence linked to the election killed 85 people between August and November, according to the government, and about 500 others were wounded."
    new = "Talks\n\nThe opposition leader was arrested on November 7 in the east of the country.\n\n" + span
    assert not [f for f in _claim_findings(old, new) if f[0] == "changed"]
    assert ("changed", "December", "November") in _claim_findings("Talks\n\n" + span.replace("and November", "and December"), "Talks\n\n" + span)


def test_a_bound_of_a_time_is_no_day_of_an_act_across_reports():
    """ "could be released by March next year" / "The king's first pardon, in December 2016, freed
    about 30,000 people": a bound of a time to come is no month of an act."""
    found = _claim_findings(
        "Officials spoke.\n\nThe newsreader, who was sentenced to eight years in prison, could be released by March next year, a prison source said.",
        "Officials spoke.\n\nThe king's first pardon, in December 2016, freed about 30,000 people.",
    )
    assert not [f for f in found if f[0] == "changed"]


def test_a_figure_the_other_report_also_states_as_another_claim_only_differs():
    """ "freed 240 on Thursday ... 130 more in June" / "freed 130 detainees": the first report tells
    the 240 and the 130 apart, so the second's 130 may be either; ``differs``, not ``changed``
    (``_crossed_figures_differ``). With no such second figure, the pair stays ``changed``; small
    figures and years, which meet by chance, are not read so."""
    said = ", according to a lawyer who represents several of the families and spoke by telephone."
    crossed = _claim_findings(
        "Officials spoke.\n\nThe authorities freed 240 detainees from the border camp, police said. Another 130 had been let go in the spring.",
        "Officials spoke.\n\nSome 130 detainees were freed" + said,
    )
    assert not [f for f in crossed if f[0] == "changed"]
    report = SESSION.compare(
        "Officials spoke.\n\nThe authorities freed 240 detainees from the border camp, police said. Another 130 had been let go in the spring.",
        "Officials spoke.\n\nSome 130 detainees were freed" + said,
    )
    differs = next(f for f in report.findings if f.kind == "claim" and f.data["status"] == "differs")
    assert differs.data["evidence"]["uncertain"] == "130 stated apart"
    alone = _claim_findings(
        "Officials spoke.\n\nThe authorities freed 240 detainees from the border camp, police said.",
        "Officials spoke.\n\nSome 210 detainees were freed" + said,
    )
    assert ("changed", "240", "Some 210") in alone


def test_a_part_of_them_takes_no_time_of_its_own_from_the_whole():
    """ "Of them, 114 were transferred to Lithuania" takes "on Saturday" from the release it is part
    of; "Some 104 political prisoners were sent to Lithuania" gives no time: one quantity, changed
    (the time was the whole's, not one the part's sentence sets apart)."""
    found = _claim_findings(
        "Officials spoke.\n\nValdoria freed 123 prisoners on Saturday. Of them, 114 were transferred to Lithuania.",
        "Officials spoke.\n\nValdoria freed 123 prisoners on Saturday. Some 104 political prisoners were sent to Lithuania, the rest stayed home.",
    )
    assert ("changed", "114", "Some 104") in found


def test_the_one_length_of_a_hunger_strike_each_report_gives_across_outlets_is_one_figure():
    """Two outlets, the sentences told apart: "a four-week hunger strike followed" / "refused food for
    three weeks". Each report gives one length of a hunger strike: one figure, changed; with a
    second hunger strike told on one side, which is which is not known, and nothing is changed."""
    old = (
        "The two engineers were freed on Sunday after 60 days in a cell in Tripoli, their employer said.\n\n"
        "Both men say they were beaten during questioning. A four-week hunger strike followed, begun in March.\n\n"
        "Their company thanked the Maltese government for its help."
    )
    new = (
        "Two foreign engineers held in Libya were released on Sunday, the firm that employs them said.\n\n"
        "The firm said it had paid no money. In a cramped cell with 20 other detainees, the men refused food for "
        "three weeks to protest against being held without charge."
    )
    assert ("changed", "four-week", "three weeks") in _claim_findings(old, new)
    second = new.replace("The firm said it had paid no money.", "A colleague held with them fasted for 10 days.")
    assert not any(status == "changed" for status, *_ in _claim_findings(old, second))


@pytest.mark.parametrize(
    ("sentence", "time"),
    [
        ("The three sailors were back in Manila on Friday, Nov. 8.", "Nov. 8"),
        ("The freed men had reached Nairobi on Aug. 25.", "Aug. 25"),
        ("The trawler is expected to reach its home port on Tuesday.", "Tuesday"),
    ],
)
def test_back_in_a_place_and_reaching_a_place_are_arrivals(sentence, time):
    """"were back in Manila", "had reached Nairobi", "reach its home port": someone arrived, as with
    "arrived in"; a level reached ("The toll reached 23 on Monday") or a deal reached is none."""
    assert predicate_of(sentence, time) == predicate_of("They arrived in Manila on Friday.", "Friday") == "transfer"


@pytest.mark.parametrize("sentence", ["The toll reached 23 on Monday.", "The two sides reached a deal on Monday.", "The court pushed its ruling back on Monday."])
def test_a_level_or_a_deal_reached_and_back_without_be_are_no_arrivals(sentence):
    assert predicate_of(sentence, "Monday") != "transfer"


def test_the_day_two_outlets_say_the_freed_arrived_home_is_one_day_however_told():
    """"arrived in Lisbon on Wednesday, June 4" / "were back in Portugal on Friday, June 6": the one
    day each report gives for the arrival, changed."""
    old = (
        " date 2014-06-04 Two Portuguese aid workers held for a month in South Sudan arrived in Lisbon on "
        "Wednesday, June 4, their charity said.\n\nThey had been detained near Juba while delivering medicine."
    )
    new = (
        "The aid workers Rui Matos and Ana Leal were back in Portugal on Friday, June 6, after five weeks in "
        "detention in South Sudan.\n\nThe charity said they were tired but well."
    )
    assert ("changed", "June 4", "June 6") in _claim_findings(old, new)


@pytest.mark.parametrize(
    "notice",
    [
        "(An earlier version of this story gave the freed lawyer's age as 58.)",
        "(This story has been corrected to show that the lawyer freed on Monday is 59, not 58.)",
    ],
)
def test_a_correction_notice_in_brackets_pairs_with_no_figure_of_the_story(notice):
    """A version's foot note in brackets ("(An earlier version of this story gave the lawyer's age as
    58.)"): its 58 is the old value quoted, so the story's 58 changes into 59 (else it meets the
    notice's 58 as same, and the corrected age goes unseen)."""
    old = "The lawyer was freed on Monday.\n\nThe freed lawyer, 58, has spent 14 of the past 20 years in detention."
    new = "The lawyer was freed on Monday.\n\nThe freed lawyer, 59, has spent 14 of the past 20 years in detention.\n\n" + notice
    found = _claim_findings(old, new)
    assert ("changed", "58", "59") in found
    assert [f for f in found if f[0] == "changed"] == [("changed", "58", "59")]


def test_floors_of_one_count_of_freed_confirmed_on_a_later_day_are_one_count_updated():
    """A lede rewritten as a rights group confirms more names: "At least 40 political prisoners were
    among the inmates freed on Friday" / "said on Monday it had now confirmed that at least 65
    political detainees were freed": floors of one count told on two days, changed; exact counts
    freed on two days are two releases."""
    old = (
        "At least 40 political prisoners were among the 3,000 inmates freed by the government on Friday, a "
        "monitoring group said on Saturday.\n\nThe group said many more remain in jail."
    )
    new = (
        "A monitoring group said on Monday it had now confirmed that at least 65 political detainees were freed "
        "in the amnesty of 3,000 inmates, calling it too little.\n\nThe group said many more remain in jail."
    )
    assert ("changed", "At least 40", "at least 65") in _claim_findings(old, new)
    exact = new.replace("at least 65", "65").replace("it had now confirmed that ", "").replace(
        "were freed in the amnesty", "were freed on Monday in a second amnesty"
    )
    assert not any(status == "changed" and b == "65" for status, _, b in _claim_findings(old, exact))


@pytest.mark.parametrize(
    "sentence",
    [
        "The group said this week that the number of political prisoners had more than doubled to over 1,400.",
        "The number of political prisoners rose to 1,400.",
    ],
)
def test_the_number_of_a_thing_risen_to_a_level_counts_that_thing(sentence):
    """"the number of political prisoners had more than doubled to over 1,400": the level counts
    political prisoners, whatever the clause opens with ("doubled" a rise)."""
    figure = "over 1,400" if "over" in sentence else "1,400"
    assert frame_of(sentence, figure).thing == "political prisoner"


def test_every_sentence_of_a_correction_paragraph_restates_and_the_storys_figure_changes():
    """"Correction: An earlier version of this story gave the wrong year for the law and the wrong
    age for the minister. The law dates from 1977, and Okafor is 61.": the paragraph's second
    sentence restates the corrected figures; the story's own 1976 and 62 change into the story's
    1977 and 61, not into the note's (which would leave the story's corrected figures added)."""
    old = (
        "The detainees were held under the Public Order Act, a 1976 law, said the minister, Ade Okafor, 62.\n\n"
        "About 300 were freed on Monday."
    )
    new = (
        "The detainees were held under the Public Order Act, a 1977 law, said the minister, Ade Okafor, 61.\n\n"
        "About 300 were freed on Monday.\n\n"
        "Correction: An earlier version of this story gave the wrong year for the law and the wrong age for the "
        "minister. The law dates from 1977, and Okafor is 61."
    )
    found = _claim_findings(old, new)
    changed = [f for f in found if f[0] == "changed"]
    assert changed == [("changed", "1976", "1977"), ("changed", "62", "61")]


def test_a_figure_a_version_states_only_in_its_note_changes_the_storys():
    """A version drops the story's sentence and gives the day only in its note ("Correction: An
    earlier version of this story said the accord was signed on March 3. It was signed on March 4."):
    the story's March 3 changes into the note's statement, March 4, never meeting the March 3 the
    note quotes."""
    old = "The accord was signed on March 3.\n\nBoth sides freed about 50 prisoners on Friday."
    new = (
        "Both sides freed about 50 prisoners on Friday.\n\n"
        "Correction: An earlier version of this story said the accord was signed on March 3. It was signed on March 4."
    )
    found = _claim_findings(old, new)
    assert ("changed", "March 3", "March 4") in found
    assert ("same", "March 3", "March 3") not in found


def test_one_named_and_others_is_the_total_told_two_ways():
    """"a curfew in Kabul and five other cities" / "a curfew in six cities": one total, compatible;
    seven cities would be another figure."""
    old = "The government imposed a curfew in Kabul and five other cities on Monday, officials said.\n\nSchools were shut."
    new = "The government imposed a curfew in six cities on Monday, officials said.\n\nSchools were shut."
    found = _claim_findings(old, new)
    assert ("compatible", "five", "six") in found
    assert ("changed", "five", "seven") in _claim_findings(old, new.replace("six cities", "seven cities"))


def test_one_named_and_others_meets_a_total_that_is_others_too():
    """"the files of 683 other defendants" / "the files of Mohamed Badie, the general guide, and 682
    other defendants": 683 others of the story's, one of them named in the update; where both
    sides name one and count others, the others are what changed (57 and 12 / 58 and 13)."""
    old = "A court sentenced 529 people on Monday.\n\nThe same judge referred the files of 683 other defendants to the Mufti on the same day."
    new = "A court sentenced 529 people on Monday.\n\nThe same judge referred the files of Mohamed Badie, the general guide of the movement, and 682 other defendants to the Mufti on the same day."
    assert ("compatible", "683", "682") in _claim_findings(old, new)
    old = "Talks ended.\n\nThe decree pardoned Sergei Mokhnatkin, 57, and 12 other convicts, citing humanity."
    new = "Talks ended.\n\nThe decree pardoned Sergei Mokhnatkin, 58, and 13 other convicts on humanitarian grounds."
    assert ("changed", "12", "13") in _claim_findings(old, new)


def test_one_year_two_outlets_state_in_unlike_sentences_is_the_same():
    """"has had no working government since 1991" / "Hijackings have fallen ... after 1991": one
    year stated alike is the same year whatever else each sentence says, not a year removed and a
    year added; two years are still two."""
    old = (
        "Somalia, a country of about 9 million people, has had no working central government since 1991.\n\n"
        "The pirates freed the crew on Friday."
    )
    new = (
        "The crew was freed on Friday.\n\n"
        "The Horn of Africa nation has lacked an effective administration since the dictator fell in 1991, "
        "and its coast became a haven for gangs."
    )
    assert ("same", "1991", "1991") in _claim_findings(old, new)
    assert ("same", "1991", "1992") not in _claim_findings(old, new.replace("1991", "1992"))


def test_a_count_in_apposition_with_of_them_counts_the_noun_before_it():
    """"the foreigners, 95 of them according to a prison guard, were being released": all the
    foreigners, not a part of them; against another outlet's "including 120 foreigners", changed.
    "300 soldiers, 40 of them officers" is still a part."""
    assert frame_of("He said the foreigners, 95 of them according to a prison guard, were being released.", "95").thing == "foreign"
    from docdelta_claims import frame as frames
    from docdelta_claims import text_claims

    part = next(c for c in text_claims("The freed included 300 soldiers, 40 of them officers.") if c.text == "40")
    assert frames.anaphoric(part)
    old = (
        "The government freed about 5,000 prisoners on Friday under an amnesty.\n\n"
        "A spokesman said the foreigners, 95 of them according to a prison guard, were being released as a "
        "gesture of goodwill."
    )
    new = (
        "About 5,000 prisoners walked free on Friday, including 120 foreigners, in the country's largest amnesty.\n\n"
        "Relatives waited outside the main prison."
    )
    assert ("changed", "95", "120") in _claim_findings(old, new)


def test_a_figure_after_the_last_event_of_the_storys_kind_named_at_length_is_that_events():
    """"At the last big summit protest in Canada, in Quebec City in 2001, police arrested 463
    people": the earlier event's count, however many words name it and its place; not the story's
    "more than 900" arrested told otherwise."""
    from docdelta_claims import text_claims
    from docdelta_claims.frame import of_an_earlier_one

    sentence = "At the last big summit protest in Canada, in Quebec City in 2001, police arrested 463 people."
    assert of_an_earlier_one(next(c for c in text_claims(sentence) if c.text == "2001"), superlative=False)
    old = "Police arrested more than 900 people in Toronto over the weekend, police said.\n\nMany were released."
    new = "Police said on Monday that many of the detained had been released.\n\n" + sentence
    assert not any(status == "changed" for status, *_ in _claim_findings(old, new))


@pytest.mark.parametrize(
    ("headline", "figure", "predicate"),
    [
        ("Army Frees Hostages As 14 Die In Crossfire", "14", "die"),
        ("Amnesty Takes Effect As 300 Return Home From Exile", "300", "transfer"),
        ("Storm Passes But 63 Remain Missing", "63", "miss"),
        # a verb of no class of its own, with what follows it: "go free", "walk free", "head home"
        ("Nearly 3,000 Walk Free Under Holiday Pardon", "Nearly 3,000", "free"),
        ("About 600 go free as the amnesty takes effect.", "About 600", "free"),
        ("Some 80 Head Home After Prisoner Swap", "Some 80", "transfer"),
    ],
)
def test_a_singular_verb_after_a_count_of_many_in_a_headline_is_what_they_did(headline, figure, predicate):
    """"As 14 Die In Crossfire": no plural counts them, so "Die" is their verb, not a thing
    counted (and not the "Frees" before it); after an article ("a 38% rise") it stays a noun."""
    found = frame_of(headline, figure)
    assert (found.thing, found.predicate) == ("", predicate)
    # ("300 head of cattle": a noun, counted)
    assert frame_of("The drought killed 300 head of cattle.", "300").thing == "head"
    old = "The airline said its offer would raise pay by 38% over four years.\n\nThe union rejected it."
    new = "The airline's offer amounted to a 38% rise over three years, the union said.\n\nThe union rejected it."
    assert ("changed", "four years", "three years") in _claim_findings(old, new)  # "a 38% rise": a noun


def test_the_one_hunger_strike_each_outlet_gives_is_one_figure_dated_on_one_side_or_not():
    """"In May the two held a 20-day hunger strike" / "answered with an 18-day hunger strike": the
    one hunger strike each report tells, changed though one side dates it (a strike of workers
    may come again: dated on one side, it stays uncertain)."""
    old = (
        "The activists were freed on Monday after two years in prison.\n\n"
        "In May the two held a 20-day hunger strike to protest against their conditions."
    )
    new = (
        "Two activists walked free on Monday after two years behind bars.\n\n"
        "Guards had beaten them, and they answered with an 18-day hunger strike."
    )
    assert ("changed", "20-day", "18-day") in _claim_findings(old, new)
    workers = _claim_findings(old.replace("hunger strike", "strike at the port"), new.replace("hunger strike", "strike at the port"))
    assert ("changed", "20-day", "18-day") not in workers


def test_a_count_far_from_a_toll_is_no_toll_unless_both_are():
    """"Suicide bombings killed 45 people" / "part of a community of several hundred thousand people
    of Moroccan origin": a toll on one side does not make a count thousands of times larger on the
    other the same toll grown; no pair (two tolls far apart still may be one: "Kills 11" / "Toll
    Rises To 310")."""
    old = "The king pardoned 190 detainees.\n\nSuicide bombings in the port city killed 45 people, the police said."
    new = (
        "The king pardoned 190 detainees.\n\nFamilies in Brussels and Antwerp, part of a community of several hundred "
        "thousand people of Moroccan origin in Belgium, followed the news."
    )
    assert not any(status in ("changed", "differs") for status, *_ in _claim_findings(old, new))
    toll = "Floods In The Valley Kill 11\n\nFloods in the valley killed 11 people on Monday, officials said."
    grown = "Valley Flood Toll Rises To 310\n\nThe toll from floods in the valley rose to 310 on Thursday, officials said."
    assert any(status == "changed" for status, *_ in _claim_findings(toll, grown))


@pytest.mark.parametrize(("old_name", "new_name"), [("Zaire", "Congo"), ("Ceylon", "Sri Lanka"), ("Dahomey", "Benin")])
def test_a_renamed_states_older_name_is_that_state(old_name, new_name):
    """Older reports name states since renamed ("Zaire's 28 million people"): a place, whose
    population it is, and the same country as its new name."""
    from docdelta_claims import frame as frames

    found = frame_of(f"The general has ruled {old_name}'s 28 million people for 13 years.", "28 million")
    assert found.thing == "population"
    older = frames._whole_countries({w.lower() for w in old_name.split()})
    assert older and older <= frames._whole_countries({w.lower() for w in new_name.split()} | {"democratic", "republic"})


def test_the_length_of_a_ban_told_as_banned_for_the_past_years_is_the_bans():
    """"lifted a 30-year ban on political parties" / "legalize political parties, banned for the
    past 29 years": the one ban's length, changed."""
    assert frame_of("The king agreed to legalize parties, banned for the past 29 years.", "29 years").thing == "ban"
    old = "The king lifted a 30-year ban on political parties after weeks of protests.\n\nCrowds danced in the streets."
    new = "The king agreed to legalize political parties, banned for the past 29 years.\n\nCrowds danced in the streets."
    assert ("changed", "30-year", "29 years") in _claim_findings(old, new)


@pytest.mark.parametrize(
    ("old_figure", "new_figure"),
    [
        ("between 400 and 750", "between 460 and 750"),
        ("three to 15 years", "three to 20 years"),
        ("from 2007 to 2015", "from 2006 to 2015"),
        ("$12.5 billion to $13.5 billion", "$12.5 billion to $13.8 billion"),
    ],
)
def test_a_range_with_one_end_revised_in_a_sentence_otherwise_kept_is_changed(old_figure, new_figure):
    """Two ranges may overlap, as two estimates may ("between 400 and 750" / "between 460 and
    750"), but a version that revises one end of a range in the same sentence revises the figure."""
    sentence = "Officials said {} was the figure given on Monday for the ferry that sank off the coast."
    old, new = sentence.format(old_figure), sentence.format(new_figure)
    assert [status for status, *_ in _claim_findings(old, new) if status != "same"] == ["changed"]
    # the same ranges in sentences that say otherwise are no figure revised
    other = "Officials said {} was the estimate of an older report on another ferry, in another sea."
    assert "changed" not in [status for status, *_ in _claim_findings(old, other.format(new_figure))]


@pytest.mark.parametrize(
    ("old_figure", "new_figure"),
    [("magnitude 6.0", "magnitude 6.3"), ("44.40 percent", "44.43 percent"), ("7.5 years", "7.8 years")],
)
def test_a_figure_is_told_to_the_decimals_written(old_figure, new_figure):
    """"6.0" is told to a tenth, as "6.3" is: not "6" rounded (which "6.3" may be); "44.40" to a
    hundredth; "7.5 years" to a tenth of a year, not within half a year as "seven years" is."""
    sentence = "The report gave {} for the event on Monday, the agency said."
    assert "changed" in [status for status, *_ in _claim_findings(sentence.format(old_figure), sentence.format(new_figure))]
    rounded = {"magnitude 6.0": "magnitude 6", "44.40 percent": "44.4 percent", "7.5 years": "seven and a half years"}
    assert {status for status, *_ in _claim_findings(sentence.format(old_figure), sentence.format(rounded[old_figure]))} <= {"same", "compatible"}


def test_the_place_right_after_a_count_in_a_list_of_places_is_its_own_however_many_words():
    """"Fifteen ... to the Gaza Strip and 11 to the West Bank" / "Fourteen ... into Gaza and 12 to
    the West Bank": 11 went to the West Bank, not to Gaza; so 11 / 12 changed, and 11 is no
    count of Gaza's to meet "Fourteen"."""
    assert set(frame_of("Fifteen were to be taken to the Gaza Strip and 11 to the West Bank.", "11").places) == {"west", "bank"}
    old = "Fifteen of the men were to be taken to the Gaza Strip and 11 to the West Bank, where relatives waited."
    new = "Fourteen were driven into Gaza and 12 to the West Bank, where the president embraced them after midnight."
    found = _claim_findings(old, new)
    assert ("changed", "11", "12") in found
    assert ("changed", "11", "Fourteen") not in found


def test_a_date_before_a_protest_or_an_event_noun_is_that_events_day():
    """"convicted the group within days of the July 19 demonstrations" / "convicted on July 22": the
    demonstrations' day, not the conviction's; no pair."""
    assert frame_of("A court convicted the group within days of the July 19 demonstrations.", "July 19").predicate == "march"
    assert frame_of("Guards had freed 40 men since the Dec. 13 release of the first group.", "Dec. 13").predicate == "free"
    old = "A court in Abu Dhabi convicted the group within days of the July 19 demonstrations, sentencing three to life."
    new = "The men were tried in an expedited hearing in Abu Dhabi and convicted on July 22 of inciting unrest."
    assert not any(status == "changed" for status, *_ in _claim_findings(old, new))


def test_lives_claimed_or_lost_are_a_toll_and_a_life_sentence_is_not():
    """"has claimed about 40,000 lives" counts the dead, as "killed 30,000 people" does; "sentenced
    to life in 2009" dates a sentence, no death."""
    toll = frame_of("The insurgency has claimed about 40,000 lives since it began.", "about 40,000")
    assert (toll.thing, toll.predicate) == ("person", "die")
    assert frame_of("A New York court sentenced him to life in 2009 for conspiring to smuggle heroin.", "2009").predicate == "sentence"
    old = "The United Nations says 219 people died in the uprising.\n\nThe new government took office."
    new = "The uprising cost about 300 lives, the United Nations now says.\n\nThe new government took office."
    assert ("changed", "219", "about 300") in _claim_findings(old, new)


def test_a_currency_joined_to_a_number_before_a_sums_noun_is_money():
    """"a 500-pound fine" is money, as "a fine of 5,000 pounds" is (the two changed); "a 500-pound
    bomb" weighs, it costs nothing."""
    from docdelta_claims import text_claims

    (fine,) = [c for c in text_claims("The court gave him four years and a 500-pound fine.") if c.text == "500-pound"]
    assert (fine.category, fine.unit) == ("money", "GBP")
    assert [c.category for c in text_claims("The plane dropped a 500-pound bomb.")] != ["money"]
    old = "The court gave Mones four years in prison and a fine of 5,000 pounds for spreading false news."
    new = "The court convicted Mones of spreading false news, sentencing him to four years and a 500-pound fine."
    assert ("changed", "5,000 pounds", "500-pound") in _claim_findings(old, new)


def test_the_part_of_a_month_is_written_with_it():
    """"early August", "late July", "mid-June": the claim as written, its part of the month with it."""
    from docdelta_claims import text_claims

    texts = [c.text for c in text_claims("Held since late July, he was tried in mid-June and freed in early August.")]
    assert texts == ["late July", "mid-June", "early August"]
    old = "Ramos, the mayor, was arrested in early August and sentenced to 15 months."
    new = "Ramos, the mayor, was arrested in late July and sentenced to 15 months."
    assert ("changed", "early August", "late July") in _claim_findings(old, new)


def test_an_apposition_before_took_place_leaves_the_subject_its_event():
    """"Its last release of this kind, of 398 prisoners, took place in May 2005": the release's
    time (``free``), not "place" read as a verb."""
    found = frame_of("Its last release of this kind, of 398 prisoners, took place in May 2005.", "May 2005")
    assert found.predicate == "free"


def test_a_sentence_moved_with_who_said_it_added_is_one_sentence_edited():
    """A writethru moves a sentence to the top and ends it with who said it ("The gang at first
    wanted $15 million for the crew." / "The gang at first wanted $20 million for the crew,
    officials said on Sunday."): one sentence, its figure edited, though no frame says what the
    sum is."""
    rest = "Pirates freed the crew of the tanker after a ransom was paid, the owners said."
    old = f"{rest}\n\nThe ship was held off the coast. The gang at first wanted $15 million for the crew.\n\nRelatives waited."
    new = (
        "The gang at first wanted $20 million for the crew, officials said on Sunday.\n\n"
        f"{rest}\n\nThe ship was held off the coast.\n\nRelatives waited."
    )
    assert ("changed", "$15 million", "$20 million") in _claim_findings(old, new)


def test_the_currencies_the_euro_replaced_are_money_and_a_mark_passed_is_not():
    """Older reports give sums in marks, pesetas, guilders ("Bonn would pay about 40 million marks" /
    "some 60 million marks": changed); "passed the 1,000 mark" is a threshold, no sum."""
    from docdelta_claims import text_claims

    (marks,) = text_claims("Bonn would pay about 40 million marks.")
    assert (marks.category, marks.unit, marks.text) == ("money", "DEM", "about 40 million marks")
    assert [c.unit for c in text_claims("He was fined 500,000 pesetas and 20,000 guilders.")] == ["ESP", "NLG"]
    assert [c.category for c in text_claims("The toll passed the 1,000 mark on Sunday.")][0] == "count"
    old = "Newspapers said Bonn would pay about 40 million marks for the release of the prisoners."
    new = "Bonn is said to be paying some 60 million marks for the release of the prisoners."
    assert ("changed", "about 40 million marks", "some 60 million marks") in _claim_findings(old, new)


def test_the_time_of_the_last_event_of_a_kind_each_side_tells_is_one_moment():
    """"In the previous swap, in May, each side handed over 75 prisoners" / "The last exchange, in
    April, saw 75 captives go each way": the story's last swap before this, one moment; an
    earlier one that is not the last ("an earlier swap, in April") may be any, no pair."""
    from docdelta_claims import frame as frames
    from docdelta_claims import text_claims

    (may, _) = text_claims("In the previous swap, in May, each side handed over 75 prisoners.")
    assert frames.last_one(may) == "free"
    (april, _) = text_claims("In an earlier swap, in April, each side handed over 75 prisoners.")
    assert frames.last_one(april) == ""
    rest = "\n\nRussia and Ukraine exchanged 90 prisoners each on Tuesday, officials said."
    old = "In the previous swap, in May, each side handed over 75 prisoners." + rest
    new = "The last exchange, in April, saw 75 captives go each way, while in February the two sides traded 100 each." + rest
    assert ("changed", "May", "April") in _claim_findings(old, new)


def test_a_population_told_of_a_time_before_and_a_count_that_reached_a_place():
    """"the enclave, whose population before the war was some 120,000": a population, as "home to
    about 150,000 people" (changed); "some 115,000 Cubans reached Florida": arrived there, as
    "arrived in Florida" (a toll that "reached 23" stays a level)."""
    assert frame_of("They left the enclave, whose population before the war was some 120,000.", "some 120,000").thing == "population"
    assert frame_of("In the exodus some 115,000 Cubans reached Florida between April and September.", "some 115,000").predicate == "transfer"
    assert frame_of("The toll reached 23 on Friday.", "23").predicate != "transfer"
    old = "Nagorno-Karabakh, home to about 150,000 people, lies inside Azerbaijan.\n\nThe two sides swapped prisoners."
    new = "Armenian forces gave up areas around the enclave, whose population before the war was some 120,000.\n\nThe two sides swapped prisoners."
    assert ("changed", "about 150,000", "some 120,000") in _claim_findings(old, new)


def test_a_tally_of_people_reads_what_befell_them_in_the_clause_after():
    """"The league counts about 90 people who vanished after arrest": the tally verb says only that
    someone counted them; "who vanished" says what happened (as "some 120 people disappeared after
    being detained": changed). Without the tally verb nothing changes ("counts 1,100 political
    prisoners" stays held)."""
    assert predicate_of("The league counts about 90 people who vanished after arrest.", "about 90") == "miss"
    assert predicate_of("A monitor listed 35 people who were killed in the raids.", "35") == "die"
    assert predicate_of("The monitor counts 1,100 political prisoners.", "1,100") == "hold"
    rest = "\n\nThe amnesty law was published on Friday."
    old = "The league counts about 90 people who vanished after arrest." + rest
    new = "The league says some 120 people disappeared after being detained." + rest
    assert ("changed", "about 90", "some 120") in _claim_findings(old, new)


def test_a_participle_between_commas_dates_its_own_act_not_the_clause_after():
    """"The league, set up in 1979, counts about 90 people who vanished": 1979 is when the league
    was set up, not a time of the 90 (a year on one side only would keep them from "some 120
    people vanished": changed); a time fronted without a participle still dates its clause."""
    assert frame_of("The league, formed in 1979, counts about 90 people who vanished.", "about 90").times == ()
    assert frame_of("In 1979, the league counted about 90 people who vanished.", "about 90").times == ("year:1979",)
    rest = "\n\nThe amnesty law was published on Friday."
    old = "The league, formed in 1979, counts about 90 people who vanished after arrest." + rest
    new = "The league says some 120 people vanished after being detained." + rest
    assert ("changed", "about 90", "some 120") in _claim_findings(old, new)


def test_a_participle_after_a_number_qualifies_its_noun_and_people_is_a_plural():
    """"with 31 abstentions and two spoiled ballots": "spoiled" qualifies the ballots, no verb the
    abstentions share (as "lost" is in "500 homes and businesses lost power"); "more than 4,000
    people hurt": "hurt" after "people" is their verb, as after any plural ("injured")."""
    assert predicate_of("The chamber voted 210 to 9, with 31 abstentions and two spoiled ballots.", "31") == "vote"
    assert predicate_of("The toll rose to 88, with more than 4,000 people hurt.", "more than 4,000") == "injure"
    rest = "\n\nThe opposition walked out before the vote."
    old = "The chamber voted 210 to 9 in favour of the bill, with 31 abstentions." + rest
    new = "On Monday deputies backed it as 210 voted for the bill and 9 voted against, with 29 abstentions and two spoiled ballots." + rest
    assert ("changed", "31", "29") in _claim_findings(old, new)


def test_shares_of_two_things_in_sentences_a_figure_links_are_no_pair():
    """"Ruritania, a country of 12 million people, spends more than a third of its budget on the
    army" / "where a quarter of its 11 million people are poor": the populations link the two
    sentences, but the shares are of other things (no thing, no verb in common): no pair."""
    rest = "\n\nThe protests began on Tuesday."
    old = "Ruritania, a country of 12 million people, spends more than a third of its budget on the army." + rest
    new = "The tax would have raised 90 billion crowns, about $4bn, in a country where a quarter of its 11 million people live in poverty." + rest
    found = _claim_findings(old, new)
    assert ("changed", "12 million", "11 million") in found
    assert not [f for f in found if f[0] == "changed" and f[1] == "more than a third"]


def test_a_population_told_as_a_neighbour_of_or_a_country_somewhere_with():
    """"dwarfs its neighbour of 3 million" and "The youngest state in Europe, with about 2 million
    people," give a population, as "a country of about 2.5 million people" does (changed)."""
    assert frame_of("Serbia, with about 7 million people, dwarfs its neighbour of 3 million.", "3 million").thing == "population"
    assert frame_of("The youngest state in Europe, with about 2 million people, depends on aid.", "about 2 million").thing == "population"
    rest = "\n\nThe two governments signed the deal on Monday."
    old = "Montenegro, a country of about 2.5 million people, broke away in 2006." + rest
    new = "Serbia, with about 7 million people, dwarfs its neighbour of 3 million, which broke away in 2006." + rest
    assert ("changed", "about 2.5 million", "3 million") in _claim_findings(old, new)


def test_people_who_crossed_a_border_were_moved_and_a_release_denied_is_custody():
    """"A first group of 600 internees had crossed on 4 May" / "600 others had been sent across
    the border on 2 May": one transfer, its day changed. "has yet to free about 900 soldiers",
    "some 300 have not been released": still held, no count freed."""
    assert predicate_of("A first group of 600 internees had crossed on 4 May.", "600") == "transfer"
    assert predicate_of("The army has yet to free its remaining captives, about 900 soldiers.", "about 900") == "hold"
    assert predicate_of("Some 300 prisoners have not been released.", "Some 300") == "hold"
    assert predicate_of("The government freed 52 prisoners but did not release 30 others.", "52") == "free"
    assert predicate_of("... about 900 soldiers along with about 200 interned civilians.", "about 900") != "intern"
    old = "A first group of 600 internees had crossed on 4 May, a day before the accord.\n\nThe agency flew 300 home on Friday."
    new = "The agency flew 300 home on Friday, a month after 600 others had been sent across the border on 2 May."
    assert ("changed", "4 May", "2 May") in _claim_findings(old, new)
    old = "The army is believed to hold about 1,300 soldiers of the other side.\n\nThe agency flew 300 home on Friday."
    new = "The army has yet to free its remaining captives, about 900 soldiers along with about 200 interned civilians.\n\nThe agency flew 300 home on Friday."
    assert ("changed", "about 1,300", "about 900") in _claim_findings(old, new)


def test_those_driven_from_their_homes_or_who_fled_them_are_the_displaced():
    """"The clashes drove about 6,000 people from their homes" / "Some 9,000 people fled the
    fighting": one count of the displaced (changed); "fled to shelters" stays evacuated, as "moved
    to shelters". Travelling in buses is being moved, as being driven in them."""
    assert predicate_of("The clashes drove about 6,000 people from their homes.", "about 6,000") == "displace"
    assert predicate_of("Some 9,000 people fled the fighting.", "Some 9,000") == "displace"
    assert predicate_of("More than 4,000 people fled to shelters.", "More than 4,000") == "evacuate"
    assert predicate_of("The captives travelled for two days in 14 buses.", "14") == "transfer"
    rest = "\n\nThe two armies agreed a ceasefire on Tuesday."
    old = "The clashes drove about 6,000 people from their homes on both sides of the border." + rest
    new = "Some 9,000 people fled the fighting, relief agencies said." + rest
    assert ("changed", "about 6,000", "Some 9,000") in _claim_findings(old, new)
    old = "Aid workers drove the captives to the border in a convoy of 14 buses." + rest
    new = "The captives travelled for two days in 12 buses before crossing on foot." + rest
    assert ("changed", "14", "12") in _claim_findings(old, new)


def test_an_amnesty_covering_people_and_the_start_of_a_term_of_office():
    """"It covered 180 foreigners" / "including 230 foreigners": covering says only that the act
    reached them (a neutral verb, as "included"); "in office since March 2012", "took office in
    May", "became president in June" date a term of office, not the clause's act ("has pardoned
    only once before, in June 2013": no pair with the pardon)."""
    assert predicate_of("The president, in office since March 2012, has pardoned only once.", "March 2012") == "office"
    assert predicate_of("His choice soon after Ortiz took office in May drew protests.", "May") == "office"
    assert predicate_of("His choice shortly after Ortiz became president in June drew protests.", "June") == "office"
    assert predicate_of("The floods covered 40 percent of the province.", "40 percent") != "cover"
    old = "The only earlier pardon of her term, in June 2013, covered 4,100 people.\n\nThe pardon was signed on Friday."
    new = "The president, in office since March 2012, has pardoned only once before, in June 2013, when 4,100 people were freed.\n\nThe pardon was signed on Friday."
    assert not [f for f in _claim_findings(old, new) if f[0] == "changed"]
    old = "His choice soon after Ortiz took office in May drew protests.\n\nThe pardon was signed on Friday."
    new = "His choice shortly after Ortiz became president in June set off protests.\n\nThe pardon was signed on Friday."
    assert ("changed", "May", "June") in _claim_findings(old, new)
    rest = "\n\nThe amnesty was announced on Friday."
    old = "Officials said the amnesty covered 180 foreigners, among them 120 loggers." + rest
    new = "The government has released almost 6,000 detainees, including 230 foreigners and a group of loggers." + rest
    assert ("changed", "180", "230") in _claim_findings(old, new)


def test_the_one_sum_each_side_says_was_paid_is_that_payment_and_a_sum_not_paid_is_none():
    """"Families sold property to pay a ransom of 15 million naira" / "The parents paid 40 million
    naira before the kidnappers let the pupils go": the one payment each side tells, however far
    apart the sums (changed); "when a ransom of 200 million pesos was not paid" tells no payment."""
    assert predicate_of("A hostage died when a ransom of 200 million pesos was not paid.", "200 million pesos") != "pay"
    rest = "\n\nThe pupils were freed on Thursday."
    old = "Families had sold property to pay a ransom of 15 million naira, residents said." + rest
    new = "The parents paid 40 million naira and handed over two motorbikes before the kidnappers let the pupils go." + rest
    assert ("changed", "15 million naira", "40 million naira") in _claim_findings(old, new)
    old = "A hostage died in April when a ransom of 200 million pesos was not paid." + rest
    new = "The owner had agreed to pay 30 million pesos for the crew." + rest
    assert not [f for f in _claim_findings(old, new) if f[0] == "changed"]


def test_who_said_a_share_is_no_subject_of_it():
    """"Officials said power had been restored to about 21% of customers" is a share of customers,
    as the same sentence ending ", officials said" is (changed); "Officials said turnout was
    61.3%": a share of the turnout."""
    assert frame_of("Officials said by Sunday power had been restored to about 21% of customers.", "about 21%").thing == "customer"
    assert frame_of("Officials said turnout was 61.3%.", "61.3%").thing == "turnout"
    rest = "\n\nThe grid collapsed on Friday."
    old = "By Sunday power had been restored to about 16% of customers in the capital, officials said." + rest
    new = "Officials said by Sunday power had been restored to about 21% of customers in the capital." + rest
    assert ("changed", "about 16%", "about 21%") in _claim_findings(old, new)


def test_a_time_since_which_ending_a_sentence_keeps_no_full_stop():
    """"... detained since the protests began in mid-March." ends with a full stop that is no
    abbreviation's ("Sept."): the start is March either way, and the counts since then meet."""
    assert frame_of("At least 18 reporters have been detained since the protests began in mid-March.", "At least 18").times == ("since:march",)
    rest = "\n\nThe reporter was freed on Monday."
    old = "At least 18 other reporters have been detained since the protests began in mid-March, a rights group said." + rest
    new = "A rights group said at least 23 other reporters have been detained since the protests began in mid-March." + rest
    assert ("changed", "At least 18", "at least 23") in _claim_findings(old, new)


def test_a_figure_restyled_in_digits_keeps_its_retraction():
    """One house spells small numbers, another writes digits ("four of them children, not six as
    first reported" / "4 of them children, not 6 ..."): both retract the figure, so the two meet
    as the same figure, not one removed and one added."""
    old = "Floods Kill 25\n\nThe governor said 25 people had died, four of them children, not six as first reported."
    new = "Floods Kill 25\n\nThe governor said 25 people had died, 4 of them children, not 6 as first reported."
    found = _claim_findings(old, new)
    assert ("same", "six", "6") in found and ("same", "four", "4") in found
    assert not [item for item in found if item[0] != "same"]


def test_a_term_of_office_and_a_time_in_custody_are_two_moments():
    """"in jail since January 2013" / "in office since February 2013": the day custody began and
    the day a term of office began, a month apart, are two acts, never one moment told two ways."""
    old = "Pardon Expected\n\nThe tycoon has been in jail since January 2013, serving a four-year term."
    new = "Pardon Expected\n\nThe president, in office since February 2013, has pardoned only once before."
    found = _claim_findings(old, new)
    assert ("removed", "January 2013", None) in found and ("added", None, "February 2013") in found


def test_a_count_of_last_week_is_the_storys_own_not_an_earlier_period():
    """"pardoned last week" in a report a few days on tells the story's own act, as "on Friday"
    does ("last year" would be an earlier period): "29 of those pardoned were still being held" /
    "leaving 34 others who were pardoned last week behind bars" are one count, changed."""
    old = "Pardons Delayed\n\nThe pardon was signed last week. Opposition activists said 29 of those pardoned were still being held."
    new = (
        "Pardons Delayed\n\nRuritania freed 90 political prisoners on Sunday, then said it had met its obligation, "
        "leaving 34 others who were pardoned last week behind bars, monitors said on Monday."
    )
    assert ("changed", "29", "34") in _claim_findings(old, new)


def test_a_dates_day_before_of_is_no_part_of_a_whole():
    """"the release on March 12 of 75 detainees": the 75 were freed; "12 of 75" is no part ("240 of
    the 543 seats" is)."""
    assert frame_of("Talks resumed after the release on March 12 of 75 detainees.", "75").predicate == "free"
    assert frame_of("Some 240 of the 543 seats went to the ruling party.", "543").predicate == "total"
    old = "Talks Resume\n\nTalks resumed after the release on March 12 of 75 detainees."
    new = "Talks Resume\n\nTalks resumed after the rebels freed 78 detainees on March 12."
    assert ("changed", "75", "78") in _claim_findings(old, new)


def test_a_war_that_broke_out_began_then():
    """"The insurgency, which began in 1996" / "The revolt broke out in 1997": one start, two years
    ("broke out of jail" is an escape)."""
    assert frame_of("The revolt broke out in 1997 in the western hills.", "1997").predicate == "begin"
    assert frame_of("Four inmates broke out of the jail in 1997.", "Four").predicate == "escape"
    old = "Rebels Free Soldiers\n\nThe insurgency, which began in 1996, has killed more than 13,000 people."
    new = "Rebels Free Soldiers\n\nThe revolt broke out in 1997 and has cost about 13,000 lives."
    assert ("changed", "1996", "1997") in _claim_findings(old, new)


def test_those_still_held_are_held_whatever_release_is_asked_for():
    """"urged the release of the 40 activists still in detention": a count of the held, the release
    only asked for; of "six of the nine defendants still in custody were freed", the part is freed."""
    assert frame_of("Lawyers urged the release of the 40 activists still in detention.", "40").predicate == "hold"
    assert frame_of("Six of the nine defendants still in custody were freed on Monday.", "Six").predicate == "free"
    old = "Activists Freed\n\nLawyers welcomed the ruling but urged the release of the 40 activists still in detention."
    new = "Activists Freed\n\nLawyers say about 60 activists remain behind bars, and urged the courts to act."
    assert ("changed", "40", "about 60") in _claim_findings(old, new)


def test_taken_from_a_prison_to_a_place_is_moved_not_jailed():
    """"were taken from a prison outside Kigali to the airport": moved out of custody (as "flew 78
    former inmates out of Kigali"), not jailed."""
    assert frame_of("Guards said 75 inmates were taken from a prison outside Kigali to the airport.", "75").predicate == "transfer"
    assert frame_of("The 12 men were brought from prison to the court on Monday.", "12").predicate == "transfer"
    old = "Swap Completed\n\nGuards said 75 inmates were taken from a prison outside Kigali to the airport on Friday. Relatives waited at the gates."
    new = "Swap Completed\n\nRelatives waited for hours. A chartered plane flew 78 former inmates out of Kigali on Friday, officials said."
    assert ("changed", "75", "78") in _claim_findings(old, new)


def test_time_spent_in_a_prison_told_in_a_where_clause_is_time_held():
    """"the prison where she had spent the past three years" is time held, as "had served two years
    of a 10-year term" is; "the village where she had spent 20 years" is not."""
    held = frame_of("Crowds freed her from the prison where she had spent the past three years.", "three years")
    assert (held.thing, held.predicate, "custody" in held.places) == ("", "hold", True)
    assert frame_of("She returned to the village where she had spent 20 years.", "20 years").predicate != "hold"
    old = "Activist Freed\n\nThe 41-year-old lawyer had served two years of a 10-year term for organising protests."
    new = "Activist Freed\n\nCrowds broke the gates of the prison where she had spent the past three years."
    assert ("changed", "two years", "three years") in _claim_findings(old, new)


def test_pressing_for_an_act_is_asking_for_it():
    """"Hanoi had pressed for their return since 2004" / "first asked for their return in 2002": one
    demand, begun in two years."""
    assert frame_of("Hanoi had pressed for their return since 2004.", "2004").predicate == "demand"
    old = "Fishermen Return\n\nHanoi had pressed for their return since 2004, raising it at every summit."
    new = "Fishermen Return\n\nVietnam, which calls them victims, first asked for their return in 2002."
    assert ("changed", "2004", "2002") in _claim_findings(old, new)


def test_those_a_release_is_urged_for_are_still_held():
    """"urged the junta to free some 200 other detainees" counts the held, as "more than 250
    detainees remain in custody" does ("agreed to free 40" is a release, to come)."""
    assert frame_of("Monitors urged the junta to free some 200 other detainees.", "some 200").predicate == "hold"
    assert frame_of("The junta agreed to free 40 detainees.", "40").predicate == "free"
    old = "Detainees Freed\n\nMonitors welcomed the step and urged the junta to free some 200 other detainees."
    new = "Detainees Freed\n\nMonitors say more than 250 detainees remain in custody across the country."
    assert ("changed", "some 200", "more than 250") in _claim_findings(old, new)


def test_which_of_a_run_of_acts_it_is_counts_them():
    """"the republic's ninth amnesty" / "the 11th amnesty since 1991": one figure, the acts so far;
    "the third day of talks" is no act counted."""
    assert frame_of("It was the republic's ninth amnesty.", "ninth").thing == "amnesty"
    assert frame_of("It was the third day of talks.", "third").thing == "day"
    old = "Amnesty Declared\n\nThe decree was signed on Sunday. It is the republic's ninth amnesty."
    new = "Amnesty Declared\n\nOfficials called the decree the 11th amnesty since 1991."
    assert ("changed", "ninth", "11th") in _claim_findings(old, new)


def test_the_day_a_hunger_strike_began_is_told_by_its_noun_or_its_act():
    """"began a hunger strike on April 4" / "had refused food since April 2" / "stopped eating on
    April 3": the day the strike began; "ended her hunger strike on May 9" is the day it ended."""
    for sentence, day in [
        ("The inmates began a hunger strike on April 4 to demand a retrial.", "April 4"),
        ("The inmates had refused food since April 2, lawyers said.", "April 2"),
        ("The inmates stopped eating on April 3.", "April 3"),
    ]:
        found = frame_of(sentence, day)
        assert (found.thing, found.predicate) == ("hunger strike", "begin")
    assert frame_of("She ended her hunger strike on May 9.", "May 9").predicate == "end"
    old = "Strike Ends\n\nThe inmates began a hunger strike on April 4 to demand a retrial, lawyers said."
    new = "Strike Ends\n\nLawyers said the inmates, who had refused food since April 2, were taken to hospital."
    assert ("changed", "April 4", "April 2") in _claim_findings(old, new)


def test_a_long_description_before_a_verb_led_clause_is_no_one_acting():
    """"Mira Osei, a Ghanaian reporter held without charge in Accra, walked free on Friday after
    waiting in a cell since March 3": who waited is the name before the description, not the
    people it names."""
    sentence = "Mira Osei, a Ghanaian reporter held without charge in Accra, walked free on Friday after waiting in a cell since March 3."
    assert "osei" in frame_of(sentence, "March 3").names


def test_years_of_war_are_the_length_of_the_war():
    """"the accord that ended 22 years of civil war" / "signed after 21 years of war": how long the
    war lasted, whatever the clause's verb (ended, signed)."""
    assert frame_of("The accord ended 22 years of civil war.", "22 years").thing == "war"
    assert frame_of("The deal was signed after 21 years of war.", "21 years").thing == "war"
    old = "Peace Signed\n\nThe rebels freed 30 soldiers on Monday, a week after the accord that ended 22 years of civil war."
    new = "Peace Signed\n\nThe accord, signed in Nairobi after 21 years of war, set a deadline for the release of prisoners."
    assert ("changed", "22 years", "21 years") in _claim_findings(old, new)


def test_a_pair_allowed_only_for_a_time_one_side_leaves_out_yields_to_one_the_frames_vouch_for():
    """"Forty of the prisoners were flown from Israel to Vienna" meets "Of those freed, 44 were
    brought to Vienna", not "In 1985, Israel had flown 50 Syrian prisoners to Vienna" (an earlier
    swap, dated where the first is not), though that one shares more words."""
    old = "Prisoners Swapped\n\nForty of the prisoners were flown from Israel to Vienna on a chartered plane, and 12 others were let go near the border."
    new = "Prisoners Swapped\n\nOf those freed, 44 were brought to Vienna on an Israeli charter. In 1985, Israel had flown 50 Syrian prisoners to Vienna in a similar swap."
    found = _claim_findings(old, new)
    assert ("changed", "Forty", "44") in found
    assert ("added", None, "50") in found


def test_people_delivered_to_someone_are_handed_over():
    """"delivered 30 detainees to Kenyan officials" hands them over, as "handed over 30" does;
    "could deliver results" hands no one."""
    assert frame_of("Somalia delivered 30 detainees to Kenyan officials on May 2.", "30").predicate == "transfer"
    assert frame_of("The talks could deliver results by March.", "March").predicate != "transfer"
    old = "Detainees Returned\n\nSomalia handed over 30 detainees to Kenya at the border on Tuesday, officials said."
    new = "Detainees Returned\n\nOn Tuesday, Somalia delivered 33 detainees to Kenyan officials, the ministry said."
    assert ("changed", "30", "33") in _claim_findings(old, new)


def test_those_who_benefit_from_an_amnesty_are_freed_by_it():
    """"with 17 benefiting from a presidential amnesty" counts the freed, as "16 of them under a
    presidential amnesty" does."""
    assert frame_of("Most were pardoned, with 17 benefiting from a presidential amnesty.", "17").predicate == "free"
    assert frame_of("About 3,000 inmates will benefit from the amnesty.", "About 3,000").predicate == "free"


def test_a_sentence_passed_in_a_year_dates_the_sentence_not_the_law():
    """"a life sentence passed in 2004 under a law adopted in 2001" / "sentenced him to life on May 3,
    2004, under a law passed in 2001": the sentence's year and the law's, two figures, neither
    changed (2004 is no other value of the law's year)."""
    assert frame_of("He was serving a life sentence passed in 2004 under a security law adopted in 2001.", "2004").predicate == "sentence"
    old = "Dissident Freed\n\nHe was serving a life sentence passed in 2004 under a security law adopted in 2001."
    new = "Dissident Freed\n\nA court sentenced him to life on May 3, 2004, under a security law passed in 2001, two years after his arrest."
    assert not [f for f in _claim_findings(old, new) if f[0] == "changed"]


def test_a_toll_since_a_day_holds_the_toll_of_that_day():
    """"41 people were killed when troops cleared the square on May 8" / later "47 people have
    now been killed since troops cleared the square on May 8": one toll updated (not two times)."""
    old = "Protest Crushed\n\nMedics say 41 people were killed when troops cleared the square on May 8, and that dozens are missing."
    new = "Protest Crushed\n\nMedics say 47 people have now been killed since troops cleared the square on May 8, and that dozens are missing."
    assert ("changed", "41", "47") in _claim_findings(old, new)


def test_a_rebel_offensive_is_an_event_its_year_dates():
    """"captured after a rebel offensive in 2016" / "arrested after a rebel offensive in 2017 that
    sought to topple the president": the offensive's year, whatever verb follows it."""
    assert frame_of("They were captured after a rebel offensive in 2016.", "2016").predicate == "offensive"
    old = "Amnesty Declared\n\nThe amnesty covers 120 fighters who were captured and tried after a rebel offensive in 2016."
    new = "Amnesty Declared\n\nThe amnesty covers 120 fighters arrested after a rebel offensive in 2017 that sought to topple the president."
    assert ("changed", "2016", "2017") in _claim_findings(old, new)


def test_pointing_out_a_figure_is_no_act_done_to_it():
    """"Lawmakers point out that some 5,000 former fighters were disarmed" / "Some 6,000 former
    fighters were disarmed": one figure, whoever points it out."""
    sentence = "Lawmakers point out that some 5,000 former fighters of the Liberation Front were disarmed and freed after the war ended."
    assert frame_of(sentence, "some 5,000").predicate != "point"
    old = "Fighters Freed\n\n" + sentence
    new = "Fighters Freed\n\nSome 6,000 former rebel fighters were disarmed and released after the war ended, lawmakers say."
    assert ("changed", "some 5,000", "Some 6,000") in _claim_findings(old, new)


def test_a_participle_clause_takes_no_time_of_a_source_or_of_another_figure():
    """"..., bringing to 205 the number of protesters pardoned so far, according to a decree published
    on Friday" / "..., raising the total pardoned to 215, after 150 in June and 45 in July": one
    running total; Friday is the decree's day, June the 150's."""
    old = "More Freed\n\nNiger's president pardoned 20 more people, bringing to 205 the number of protesters pardoned so far, according to a decree published on Friday."
    new = "More Freed\n\nA further 20 people in Niger have been pardoned by decree, raising the total pardoned to 215, after 150 in June and 45 in July."
    assert ("changed", "205", "215") in _claim_findings(old, new)


def test_two_estimates_a_full_tenth_apart_are_two_figures():
    """"Some 90,000 refugees live in the camps" / "Some 100,000 refugees live in the camps": two
    estimates a full tenth apart, not one figure rounded twice."""
    old = "Camps Swell\n\nSome 90,000 refugees who fled the fighting in the 1990s live in seven camps run by the agency."
    new = "Camps Swell\n\nThe agency says some 100,000 refugees who left or were driven out in the 1990s now live in its camps and in towns nearby."
    assert ("changed", "Some 90,000", "some 100,000") in _claim_findings(old, new)


def test_people_freed_and_prisoners_freed_are_one_count_when_nothing_else_parts_them():
    """"The decree frees 1,200 people" / "about 1,500 prisoners walk free under the decree": one
    act on each side, counting people on one and prisoners on the other; prisoners are the people
    an act of custody counts. A time on one side only still says it may be another release."""
    old = (
        "Kazakh President Signs Holiday Decree\n\n"
        "ASTANA — The decree signed by the president will free 1,200 people, the justice ministry said."
    )
    new = (
        "Kazakhstan Marks Holiday With Amnesty\n\n"
        "ASTANA — About 1,500 prisoners will be freed under the decree, officials said."
    )
    assert ("changed", "1,200", "About 1,500") in _claim_findings(old, new)
    dated = new.replace("About 1,500 prisoners will be freed", "In March about 1,500 prisoners were freed")
    assert not any(status == "changed" for status, *_ in _claim_findings(old, dated))
    # people against another kind of people ("soldiers") stay apart
    soldiers = new.replace("About 1,500 prisoners will be freed", "About 1,500 soldiers will be freed")
    assert not any(status == "changed" for status, *_ in _claim_findings(old, soldiers))


DOCKS_OLD = """The port of Gdansk was shut for a second day on Wednesday as the dock strike spread to two more terminals.

Police detained the union leader Tomas Varga and four other striking dockworkers outside the port gates, a police \
spokesman said. The union said the men were let go without charge.

Shipping lines have diverted at least 14 vessels to Gdynia."""
DOCKS_NEW = """Shipping lines have diverted at least 14 vessels to Gdynia, port officials said, as a dock strike shut the port \
of Gdansk for a second day.

The stoppage spread to two more terminals on Wednesday. Police held the union leader Tomas Varga and seven other \
strikers outside the port gates, a police spokesman said."""


def test_the_one_figure_in_one_place_of_two_sentences_worded_alike_is_one_figure_changed():
    """Two versions word one sentence alike, in paragraphs the diff does not pair: "four other striking
    dockworkers" / "seven other strikers", the words around them the same. The frames alone would not
    say the dockworkers are the strikers; the sentences do."""
    report = SESSION.compare(DOCKS_OLD, DOCKS_NEW)
    (found,) = [f for f in report.findings if f.kind == "claim" and f.data["status"] == "changed"]
    assert (found.data["old"]["text"], found.data["new"]["text"]) == ("four", "seven")
    assert found.data["new"]["sentence"].startswith("Police held the union leader Tomas Varga")
    assert 0.35 <= found.data["evidence"]["worded_alike"] < 1


def _twins(old_sentence: str, new_sentence: str) -> list[tuple[str, str | None, str | None]]:
    """The claims of two sentences set in paragraphs the diff does not pair (other text before one)."""
    old = "Talks resumed in Geneva after a pause of a week.\n\n" + old_sentence
    new = new_sentence + "\n\nDiplomats said talks would resume in Geneva after a pause."
    return _claim_findings(old, new)


@pytest.mark.parametrize(
    ("old_sentence", "new_sentence", "pair"),
    [
        pytest.param(
            "Shares in the carmaker fell 3.7% in early trading in Frankfurt, dealers said.",
            "Shares in the carmaker rose 1.5% in early trading in Frankfurt, dealers said.",
            ("3.7%", "1.5%"),
            id="a fall and a rise are two moves",
        ),
        pytest.param(
            "The committee met the striking miners' leaders at the regional office on Tuesday.",
            "The committee met the striking miners' leaders at the regional office in March.",
            ("Tuesday", "March"),
            id="a weekday and a month are two times",
        ),
        pytest.param(
            "Rescuers pulled 12 survivors from the rubble of the collapsed school overnight, officials said.",
            "Rescuers pulled the bodies of the 30 children who died from the rubble of the collapsed school overnight, officials said.",
            ("12", "30"),
            id="a figure among many words replaced is in no one place",
        ),
        pytest.param(
            "An appeal court later cut the prison term of the blogger to five years.",
            "An appeal court later cut the prison term of the blogger by three years.",
            ("five years", "three years"),
            id="a change's level and its size are two figures",
        ),
        pytest.param(
            "Exports of rice climbed from 8 million tonnes in the year to June, the ministry said.",
            "Exports of rice climbed to 12 million tonnes in the year to June, the ministry said.",
            ("8 million tonnes", "12 million tonnes"),
            id="the level a change left and the level it reached are two figures",
        ),
    ],
)
def test_figures_of_two_sentences_worded_alike_that_are_not_one_figure_changed(old_sentence, new_sentence, pair):
    assert ("changed", *pair) not in _twins(old_sentence, new_sentence)


def test_a_headline_in_title_case_is_no_twin_of_a_sentence():
    """A headline's few words match many sentences: it meets the lede by the rules of headlines only."""
    old = "Talks resumed in Geneva after a pause.\n\nPolice Hold Union Leader Varga And Four Other Strikers Outside Port Gates"
    new = "Police held union leader Varga and seven other dockworkers outside the port gates.\n\nTalks resumed in Geneva."
    assert ("changed", "Four", "seven") not in _claim_findings(old, new)


@pytest.mark.parametrize(
    ("old_sentence", "new_sentence", "pair"),
    [
        pytest.param(
            "The deal covers tenants with more than two years left on their leases.",
            "The deal covers tenants with more than three years left on their leases.",
            ("more than two years", "more than three years"),
            id="a figure changed",
        ),
        pytest.param(
            "The deal covers tenants with more than two years left on their leases.",
            "The deal covers tenants with less than two years left on their leases.",
            None,
            id="one limit told from its two sides: no figure changed",
        ),
    ],
)
def test_a_place_of_two_sentences_worded_alike_holds_one_figure_only_where_it_changed(old_sentence, new_sentence, pair):
    from docdelta_claims import text_claims
    from docdelta_claims.match import _one_place_each

    old, new = text_claims(old_sentence), text_claims(new_sentence)
    found = [(old[i].text, new[j].text) for i, j in _one_place_each(old, new, range(len(old)), range(len(new)), {}, set())]
    assert found == ([pair] if pair else [])


def test_a_headline_is_no_twin_of_another_headline():
    """Two headlines share their few words with anything: "Three Weeks Before Leaving Office" / "12 Days
    Before He Was To Be Tried" date two things."""
    old = "Mayor Pardons Aide Three Weeks Before Leaving Office\n\nThe mayor signed the pardon at city hall."
    new = "Mayor Pardons Aide 12 Days Before He Was To Be Tried\n\nThe mayor signed the pardon at city hall."
    assert ("changed", "Three Weeks", "12 Days") not in _claim_findings(old, new)


def test_a_figure_of_two_sentences_worded_alike_told_at_other_times_is_another_figure():
    """"freed 21 ... on Thursday" / "In May, ... freed 16": the words around the counts are alike, the
    times of the acts are not: two releases."""
    old = "Chad freed 21 Sudanese fighters on Thursday and the Red Cross drove them to the border, a gesture before the summit."
    new = "In May, Sudan freed 16 Chadian fighters, who were also driven to the border by the Red Cross."
    assert ("changed", "21", "16") not in _claim_findings(old, new)



@pytest.mark.parametrize(
    ("old_frame", "new_frame", "one"),
    [
        (("other soldier", "miss", ()), ("soldier", "", ()), True),  # "two other soldiers are still missing" / "three soldiers"
        (("other academic", "", ("custody",)), ("academic", "", ("custody",)), True),  # "others" of one thing, in custody
        (("other briton", "free", ()), ("briton", "free", ()), False),  # "freed three other Britons" / "freed five Britons in all"
        (("other briton", "hold", ()), ("briton", "hold", ()), True),  # those still held, each all of them
        (("combined population", "", ()), ("population", "", ()), False),  # a thing of no act, another thing
        (("other opposition activist", "free", ()), ("other opponent", "free", ()), True),
    ],
)
def test_what_the_frames_of_one_place_of_twin_sentences_allow(old_frame, new_frame, one):
    from docdelta_claims import frame as frames
    from docdelta_claims.match import _one_figure_told_twice

    a = frames.Frame(old_frame[0], old_frame[1], places=old_frame[2])
    b = frames.Frame(new_frame[0], new_frame[1], places=new_frame[2])
    assert _one_figure_told_twice(frames.agreement(a, b), a, b, time=False) is one


def _changed_between(old: str, new: str, figure: str) -> list[tuple[str, str]]:
    """The sentence openings each ``changed`` finding of ``figure`` (an old claim's text) pairs."""
    report = SESSION.compare(old, new)
    return sorted(
        (f.data["old"]["sentence"][:12], f.data["new"]["sentence"][:12])
        for f in report.findings
        if f.kind == "claim" and f.data["status"] == "changed" and f.data["old"]["text"] == figure
    )


def test_two_changes_crossed_between_headlines_and_ledes_are_told_headline_against_headline():
    """Each report states its figure twice, headline and lede; the frames pair each headline with the
    other report's lede ("Foreign Engineers Died" / "foreign engineers ... died"), crossed: the same
    two figures are told headline against headline and lede against lede."""
    old = (
        "Mali Says 17 Foreign Engineers Died In Mine Raid\n\n"
        "BAMAKO (AP) — Mali's defence minister said on Tuesday that 17 foreigners from five countries were killed during the "
        "two-day raid on the gold mine near Kayes, which ended on Sunday.\n\nEleven gunmen were killed and two were taken alive, he said."
    )
    new = (
        "Mali Raises Toll Of Foreign Engineers Killed At Mine To 19\n\n"
        "DAKAR (Reuters) — Mali said 19 foreign engineers from six countries died in the two-day raid on the gold mine near "
        "Kayes, which ended on Sunday.\n\nOf the gunmen, 11 were killed and two captured."
    )
    assert _changed_between(old, new, "17") == [("BAMAKO (AP) ", "DAKAR (Reute"), ("Mali Says 17", "Mali Raises ")]


def test_a_lede_restating_its_headline_is_not_changed_again_against_the_other_headline():
    """Headlines "Grants Amnesty To 2,318" / "To Free 2,341" tell the change; the new lede's "will free
    2,341" restates its headline and is no second disagreement with the old headline (the old lede
    gives no figure)."""
    old = (
        "Laos Grants Amnesty To 2,318 Prisoners Before National Day\n\n"
        "VIENTIANE (AP) — The president of Laos has signed an amnesty to mark the national day on Friday, officials said, "
        "though no one jailed for crimes against the state will benefit."
    )
    new = (
        "Laos To Free 2,341 Inmates, None Of Them Jailed For Crimes Against The State\n\n"
        "VIENTIANE (AFP) — Laos will free 2,341 prisoners to mark the national day on Friday, officials said, but no one "
        "convicted of crimes against the state is among them."
    )
    assert _changed_between(old, new, "2,318") == [("Laos Grants ", "Laos To Free")]


def _statuses_of(old: str, new: str, figure: str) -> list[tuple[str, str | None]]:
    """Each claim finding of ``figure`` (an old claim's text): its status and the new claim's text."""
    return [(status, new_text) for status, old_text, new_text in _claim_findings(old, new) if old_text == figure]


def test_a_part_of_a_group_a_country_received_is_the_part_flown_to_it():
    """"Spain received 67 of the released prisoners" tells what "61 were flown to Spain" tells:
    a part of the freed handed over to a place. One side of a swap ("received 29 police officers
    from the rebels", no part of a group told before) is no such move."""
    old = "Managua freed 222 political prisoners on Thursday.\n\nOf those freed, 61 were flown to Madrid, officials said."
    new = "Managua freed 222 political prisoners on Thursday.\n\nSpain received 67 of the released prisoners on a chartered flight."
    assert _changed_between(old, new, "61") == [("Of those fre", "Spain receiv")]
    old = (
        "Colombia's government freed 11 jailed guerrillas on Saturday and received 29 ill police officers from the rebels.\n\n"
        "The exchange was the first of its kind in the war."
    )
    new = "The rebels handed over the last of 42 ill police officers on Sunday.\n\nThe government has freed 14 imprisoned guerrillas."
    assert _statuses_of(old, new, "29") == [("removed", None)]


def test_how_many_a_story_named_is_no_count_told_of_one_thing():
    """"The two" and "the three" count the people each story named just before, two groups: no
    figure changed, though each is the one such count on its side."""
    old = (
        "The poets Ana Ruiz and Marta Gil were freed on Monday.\n\n"
        "The two were arrested on the same day as their editor, Luis Pardo."
    )
    new = (
        "Ana Ruiz, Marta Gil and Luis Pardo are free.\n\n"
        "A song the three recorded before their arrest is to be released in Madrid."
    )
    assert _statuses_of(old, new, "two") == [("removed", None)]


def test_a_date_of_someone_the_other_side_names_as_another_is_not_the_one_date_of_both():
    """Each side gives one date of an arrest; the new one is the editor's, whom the old sentence
    names only as the one the two were arrested after: two arrests, no date changed."""
    old = (
        "Two poets, Ana Ruiz and Marta Gil, were freed on Monday after ten months in jail.\n\n"
        "The poets were arrested on May 12, three days after their editor, Luis Pardo."
    )
    new = (
        "Ana Ruiz and Marta Gil walked free on Monday, the group said.\n\n"
        "Their magazine's founder, Luis Pardo, who was arrested on May 9, is still in a cell in the capital."
    )
    assert _statuses_of(old, new, "May 12") == [("removed", None)]


def test_a_figure_told_inside_a_vague_headline_figure_disagrees_with_the_other_reports():
    """"Hundreds" in a headline meets the other report's "610" (compatible); the old lede tells the
    hundreds as 612, freed by the same act: the figure changed, 612 / 610. A part freed counted
    inside a vague figure is no such statement against a pardon's whole count."""
    old = (
        "Hundreds Of Political Prisoners Freed Across The Border\n\n"
        "VIENNA, May 4 - Hungary has freed 612 political prisoners this year, officials said on Tuesday."
    )
    new = (
        "Inside The Deal That Buys Prisoners Out\n\n"
        "VIENNA, May 4 - By the Hungarian count, 610 prisoners have been freed under the deal this year."
    )
    assert _changed_between(old, new, "612") == [("VIENNA, May ", "VIENNA, May ")]
    old = "Junta Pardons 91 Prisoners On Independence Day\n\nThe junta pardoned 91 prisoners on Sunday."
    new = "Dozens Of Political Prisoners Freed\n\nDozens of political prisoners were freed on Sunday.\n\nA rights group counted 64 political prisoners among those freed."
    assert _changed_between(old, new, "91") == []


def test_a_price_per_head_told_after_the_sum_or_before_it_is_one_figure():
    """"for each prisoner freed" after the sum and "the price per prisoner" before it tell one
    price per head, the one each report gives: changed. The sum paid in all is another figure."""
    old = (
        "Bonn Pays For Prisoners In Goods\n\n"
        "Bonn has paid some 30 million marks in goods this year, officials said.\n\n"
        "That comes to about 35,000 marks for each prisoner freed."
    )
    new = (
        "How The Prisoner Trade Works\n\n"
        "The average price per prisoner is put at around 42,000 marks, a refugee group said.\n\n"
        "Bonn's payments this year come to roughly 30 million marks."
    )
    assert _changed_between(old, new, "about 35,000 marks") == [("That comes t", "The average ")]
    assert _changed_between(old, new, "some 30 million marks") == []


def test_one_month_of_two_peoples_arrests_leaves_each_persons_own_arrest_to_meet():
    """The old report dates Ortiz's arrest to March 1981; the new one dates it to February 1981, and
    Vidal's to March 1981. The two Marches are two people's arrests: Ortiz's month changed."""
    old = (
        "The Exchange Began With One Man\n\n"
        "It began with the case of Pablo Ortiz, a student arrested in the north in March 1981 for "
        "helping people cross the border, officials said."
    )
    new = (
        "How The Trade In Prisoners Started\n\n"
        "The first name on the list was Pablo Ortiz, a student picked up by the police in February 1981.\n\n"
        "A second, the teacher Rosa Vidal, had been arrested in March 1981."
    )
    assert _statuses_of(old, new, "March 1981") == [("changed", "February 1981")]


def test_an_act_and_the_participle_that_enacts_it_date_the_act():
    """"the amnesty, decreed on May 2" dates the amnesty as "decreed an amnesty on May 3" does: one
    act's day told otherwise."""
    old = "Aid groups said on Friday that the amnesty, decreed on May 2, had freed fewer people than promised."
    new = "The treaty was signed on Thursday, three weeks after the State Council decreed a broad amnesty on May 3."
    assert _statuses_of(old, new, "May 2") == [("changed", "May 3")]


def test_a_count_set_against_another_counts_what_that_one_counts():
    """"against 1,210 last year" and "compared with 1,201 last year" count what the figure before
    them counts (prisoners bought free), at their own time: one count changed. A count against
    another group names its own ("against 1,348 Russians")."""
    old = "Bonn bought the freedom of 640 political prisoners this year, for goods worth some 50 million marks, the group said, against 1,210 last year."
    new = "Outside the amnesty, Bonn has bought free more than 600 prisoners this year, paying some 50 million marks in goods, compared with 1,201 last year."
    assert _statuses_of(old, new, "1,210") == [("changed", "1,201")]


def test_verbs_that_only_say_a_share_is_one_of_a_whole_are_one_act():
    """"provides about 70 percent" / "accounts for more than 85 percent": two verbs of no class,
    each saying only that the share is one of the whole: one share changed."""
    old = (
        "Rebels Free Four Engineers\n\nThe four men were freed on Monday after a week in captivity.\n\n"
        "Copper provides about 70 percent of Zambia's export earnings."
    )
    new = (
        "Engineers Freed By Rebels\n\nThe engineers, held for a week, walked free on Monday.\n\n"
        "Copper accounts for more than 85 percent of the export earnings of Zambia, a country of 17 million."
    )
    assert _statuses_of(old, new, "about 70 percent") == [("changed", "more than 85 percent")]


def test_the_year_a_ruler_took_power_told_as_rule_or_as_power_is_one_year():
    """"who has ruled Cameroon since 1982" and "who has been in power since 1983" date one term of
    office (the country ruled is where, not who); a court that "ruled" decides, and holds no office."""
    old = "Cameroon Frees Journalist\n\nBiya, who has ruled Cameroon since 1982, is one of Africa's longest-serving leaders."
    new = "Journalist Walks Free In Cameroon\n\nThe pardon was signed by Paul Biya, who has been in power since 1983."
    assert _statuses_of(old, new, "1982") == [("changed", "1983")]
    from docdelta_claims.frame import claim_frame
    from docdelta_claims.extract import text_claims

    (year,) = [c for c in text_claims("The court ruled in 1999 that the two be freed.") if c.text == "1999"]
    assert claim_frame(year).predicate != "office"


def test_the_year_a_sanction_or_a_law_came_is_one_moment_however_it_is_told():
    """The year a sanction was imposed, or a law passed, told by a verb of its own ("barred new
    investment in 2006" / "imposed its investment ban in 2007") or by a year before the noun ("under a
    2009 law" / "a law passed in 2010"): changed, the issue's kind."""
    old = (
        "Ottawa freed its envoy's driver on Monday.\n\n"
        "Canada barred new investment in the country in 2006, and the driver was held under a 2009 law on public order."
    )
    new = (
        "Ottawa freed its envoy's driver on Monday.\n\n"
        "Canada imposed its investment ban in 2007. The driver was charged under a law passed in 2010 that punishes any rally."
    )
    assert ("changed", "2007") in _statuses_of(old, new, "2006")
    assert ("changed", "2010") in _statuses_of(old, new, "2009")


def test_an_act_of_one_size_dated_on_one_side_only_by_a_time_past_a_comma_has_its_moment_told_twice():
    """"his government released 41, on March 9" / "an earlier pardon, in February, had released 41":
    the one act of 41, its own frame dated on one side only, and the one time each sentence leaves
    alone, a day against another month: the act's moment told twice (the month of an earlier
    release, the issue's kind)."""
    old = "The junta pardoned 30 more on Friday.\n\nTen days after the talks, the government released 41, on March 9."
    new = "The junta pardoned 30 more on Friday.\n\nDiplomats recalled that an earlier pardon, in February, had released 41."
    assert ("changed", "February") in _statuses_of(old, new, "March 9")
    # the same month on both sides is the same moment, no change
    new = new.replace("in February", "in March")
    assert not [s for s in _statuses_of(old, new, "March 9") if s[0] == "changed"]


def test_a_promise_told_by_its_noun_and_by_its_verb_is_one_moment():
    """"promised on a visit to Paris in May" / "The pledge was made in Paris in April": the month of
    one promise told twice, changed (the pledge's own noun says what was made)."""
    old = (
        "The junta freed 40 detainees on Tuesday. Elections are due in October.\n\n"
        "The general promised on a visit to Paris in May that all would be freed."
    )
    new = "The junta freed 40 detainees on Tuesday.\n\nThe pledge was made in Paris in April, when he met the French president."
    assert ("changed", "April") in _statuses_of(old, new, "May")


def test_counts_tried_and_counts_in_prison_meet_however_the_verb_or_the_copula_stands():
    """"Twelve officers faced a court-martial" / "among 14 officers tried by a military court";
    "Among them are six women in Evin prison" / "Seven of them are in Evin prison": one count each,
    told two ways, changed."""
    old = "Twelve officers faced a court-martial.\n\nAmong them are six women in Evin prison, lawyers said."
    new = "They were among 14 officers tried by a military court.\n\nSeven of them are in Evin prison, lawyers said."
    assert ("changed", "14") in _statuses_of(old, new, "Twelve")
    assert ("changed", "Seven") in _statuses_of(old, new, "six")


def test_the_year_of_a_sentence_told_as_a_condemnation_is_one_moment():
    """"was sentenced in 2009 for spying" / "was condemned in 2010 for espionage": the year of one
    sentence told twice, changed; "spent six years in prison" / "served six years before his
    release": one time held, the same."""
    old = "The reporter, 41, was sentenced in 2009 for spying.\n\nHe spent six years in prison."
    new = "The reporter, 41, was condemned in 2010 for espionage.\n\nHe served six years before his release."
    assert ("changed", "2010") in _statuses_of(old, new, "2009")
    assert ("same", "six years") in _statuses_of(old, new, "six years")


def test_the_month_of_an_earlier_decree_is_one_moment_however_its_sentence_goes_on():
    """"a royal decree in April had widened the pardon" / "A decree in May had already cut
    sentences": the month of one decree told twice, changed."""
    old = "The king freed 14 dissidents on Monday.\n\nLawyers recalled that a royal decree in April had widened the pardon."
    new = "The king freed 14 dissidents on Monday.\n\nA decree in May had already cut sentences and freed most prisoners."
    assert ("changed", "May") in _statuses_of(old, new, "April")


def test_a_release_years_after_an_arrest_meets_the_days_spent_in_prison():
    """"freed on Friday, more than five years after his arrest" / "had spent 1,808 days in prison":
    one time held, in two units, that cannot both be true (the issue's kind)."""
    old = "The junta freed the monk on Friday, more than five years after his arrest."
    new = "The junta freed the monk on Friday. He had spent 1,808 days in prison."
    assert ("changed", "1,808 days") in _statuses_of(old, new, "more than five years")


def test_places_and_their_people_are_a_population():
    """"the two northern provinces and their 3.1 million people" / "home to about 2.7 million
    people": one population, differing (the issue's kind); "two parties and their 2 million
    members" are no population."""
    assert frame_of("In the two northern provinces and their 3.1 million people, the vote was calm.", "3.1 million").thing == "population"
    assert frame_of("The two parties and their 2 million members voted.", "2 million").thing != "population"
    old = "The army freed 40 rebels on Monday.\n\nThe two northern provinces, home to about 2.7 million people, welcomed the release."
    new = "The army freed 40 rebels on Monday.\n\nIn the two northern provinces and their 3.1 million people, the release was met with relief."
    assert ("changed", "3.1 million") in _statuses_of(old, new, "about 2.7 million")


def test_a_distance_with_its_bearing_on_one_side_only_is_one_distance():
    """"15 miles southeast of Guayaquil" / "some 20 miles from Guayaquil": how far one base lies
    from one city, told with its bearing once, changed; two bearings are two places."""
    old = "Two guards died in the attack at the base, 15 miles southeast of Guayaquil."
    new = "Two guards were killed at the base, which lies some 20 miles from Guayaquil."
    assert ("changed", "some 20 miles") in _statuses_of(old, new, "15 miles")
    new = "Two guards were killed at the base, which lies some 20 miles north of Guayaquil."
    assert ("changed", "some 20 miles") not in _statuses_of(old, new, "15 miles")


def test_the_one_span_of_ages_each_side_gives_is_one_groups_ages():
    """"conscripts aged 20 to 22" / "the conscripts, aged 21 to 23": the ends of a span of ages are
    told exactly, so two spans that only overlap disagree; one man's age is no group's span."""
    old = "The eight soldiers were freed on Sunday.\n\nThe men, conscripts aged 20 to 22, were in good health after 14 days in captivity."
    new = "The eight soldiers were freed on Sunday.\n\nThe conscripts, aged 21 to 23, had been treated humanely during their 13 days in rebel hands."
    assert ("changed", "21 to 23") in _statuses_of(old, new, "20 to 22")
    old = "Myanmar Frees Win Tin, 78, Among 9,000 Prisoners"
    new = "Four former members of parliament aged 57 to 72 were also freed on Friday."
    assert _statuses_of(old, new, "78") == [("removed", None)]


def test_the_day_a_statement_was_told_is_no_day_of_the_act_it_tells():
    """"were arrested on Sunday" / "Bahrain said on Monday it had detained four Americans": the
    sentences share their figure, but Monday dates the telling, no arrest. A day with a telling
    near it may be the telling's own ("in announcing the amnesty on Wednesday"): that one meets."""
    old = "Reporters Held\n\nFour American journalists were arrested in Bahrain on Sunday while covering protests on the anniversary of the uprising."
    new = "Reporters Held\n\nBahrain said on Monday it had detained four Americans, at least one of them a journalist."
    assert "changed" not in [status for status, _, _ in _claim_findings(old, new)]
    assert ("added", None, "Monday") in _claim_findings(old, new)
    announced = "Reporters Held\n\nBahrain said in announcing their arrest on Sunday that it had detained four Americans."
    assert ("changed", "Sunday", "Monday") in _claim_findings(announced, new)


def test_the_rest_of_a_group_is_not_the_people_a_story_names():
    """"The rest had been jailed since 1999" / "Laghzal and Khaya had been jailed since their trial
    in 2001": two parts of the freed, two times; the same sentence of named people meets."""
    old = (
        "Morocco Frees 56\n\nMorocco freed 56 prisoners on Wednesday under a royal pardon, officials said.\n\n"
        "The rest had been jailed in several trials since 1999 after protests that police broke up."
    )
    new = (
        "Morocco Frees 56\n\nMorocco freed 56 prisoners on Wednesday under a royal pardon, officials said.\n\n"
        "Brahim Laghzal and Cheikh Khaya had been jailed since their trial in 2001 for alleged ties to a rebel front."
    )
    assert ("changed", "1999", "2001") not in _claim_findings(old, new)
    named = old.replace("The rest had", "Brahim Laghzal and Cheikh Khaya had")
    assert ("changed", "1999", "2001") in _claim_findings(named, new)


def test_one_figure_of_one_verb_in_linked_sentences_is_uncertain():
    """Sentences linked by a figure told alike (2,304 inmates) each leave one figure of one verb:
    as often two figures of that verb ("74 of them political prisoners" / "Hwang and 73 other
    political prisoners", 74 in all) as one told twice, so the pair is ``differs``, not
    ``changed``; a toll's verb counts one running figure ("injuring 2,500" / "3,600 were injured")."""
    old = (
        "Amnesty In Seoul\n\nThe justice ministry said 2,304 inmates would be freed from prison in the afternoon, "
        "74 of them political prisoners."
    )
    new = (
        "Amnesty In Seoul\n\nThe novelist Hwang Sok-yong and 73 other political prisoners were among 2,304 inmates "
        "freed from prison on Friday under an amnesty."
    )
    found = _claim_findings(old, new)
    assert ("same", "2,304", "2,304") in found
    assert ("differs", "74", "73") in found
    differs = next(f for f in SESSION.compare(old, new).findings if f.kind == "claim" and f.data["status"] == "differs")
    assert differs.data["evidence"]["paired_by"] == "in_linked_sentences"
    assert differs.data["evidence"]["linked_by"] == [["2,304", "2,304"]]


def test_a_part_listed_after_a_dated_whole_was_counted_when_the_whole_was():
    """"In a similar decree in December 2014, 87 prisoners were pardoned, including four journalists"
    dates the four as it dates the 87: no part of this week's decree."""
    old = "In a similar decree in December 2014, 87 prisoners were pardoned, including four journalists."
    new = "In a decree signed on Thursday, the president freed 184 convicts, including a dozen or so journalists."
    assert not [f for f in _claim_findings(old, new) if f[0] == "changed"]


def test_kinds_listed_with_and_make_a_whole_the_other_report_tells_as_one_figure():
    """"Seven civilians and two soldiers were killed" / "nine people, two of them soldiers, were
    killed": the seven are a part of the nine, not the nine told otherwise; nor, the other way round,
    is "nine people died" the seven changed. Kinds listed against kinds listed still pair ("three
    police officers and one soldier" / "two soldiers and three police officers": the soldiers
    changed), as a whole that is not their sum does."""
    for old, new in (
        (
            "Soldiers fired on the crowd near the stadium.\n\nSeven civilians and two soldiers were killed.",
            "Troops detained about 200 people in the week after the clashes near the stadium, in which nine people, two of "
            "them soldiers, were killed.",
        ),
        (
            "Most of those still held were detained after the clashes near the stadium, in which nine people died.",
            "The group also demands the release of everyone detained over the clashes near the stadium, in which seven "
            "civilians and two soldiers were killed when troops cleared the square.",
        ),
    ):
        assert not [f for f in _claim_findings(old, new) if f[0] in ("changed", "differs")], (old, new)
    listed = _claim_findings(
        "Officials said the dead included three police officers and one soldier.",
        "The attack killed 40 people in all, officials said: the students, two soldiers and three police officers.",
    )
    assert ("changed", "one", "two") in listed
    other_whole = _claim_findings(
        "Soldiers fired on the crowd near the stadium.\n\nSeven civilians and two soldiers were killed.",
        "Troops detained about 200 people in the week after the clashes near the stadium, in which ten people, two of "
        "them soldiers, were killed.",
    )
    assert ("changed", "Seven", "ten") in other_whole


def test_times_far_apart_that_share_only_their_verb_differ():
    """"More than a dozen other former prisoners arrived in Madrid in March" / "a poet who arrived
    last August": one verb is told of many acts of a story, and months far apart with nothing else
    in common are as likely two arrivals as one: ``differs``, saying why. A month or two off (July /
    August), or one month of two years in a row (a slip of the year), stays ``changed``."""
    exiles = "Exiles\n\nMore than a dozen other former prisoners arrived in Madrid in {} without any announcement, the news agency reported."
    poet = "Madrid has taken in 40 of the dissidents, according to one of them, a poet who arrived last August."
    report = SESSION.compare(exiles.format("March"), poet)
    (far,) = [f for f in report.findings if f.kind == "claim" and f.data["status"] in ("changed", "differs")]
    assert (far.data["status"], far.data["old"]["text"], far.data["new"]["text"]) == ("differs", "March", "August")
    assert far.data["evidence"]["uncertain"] == "times far apart"
    assert ("changed", "July", "August") in _claim_findings(exiles.format("July"), poet)
    slip = _claim_findings(
        "She was sentenced in 2014.\n\nA court of appeal cut the term to six years in May 2016, and the supreme court upheld it in March 2017.",
        "She was released on Friday.\n\nIn May 2017 the appeal court reduced the sentence to six years, and she was due to be freed in 2020.",
    )
    assert ("changed", "May 2016", "May 2017") in slip


def test_ages_far_apart_with_no_name_in_common_differ():
    """"Karim Haddad, the movement's founder, who is 68" / "her 21-year-old son": the one age each
    report gives, but nothing says whose it is on one side, and a person's age is told a year or
    two off, not 47: ``differs``, saying why. One person's age a year off stays ``changed``."""
    report = SESSION.compare(
        "Trial\n\nThe same court will try 300 more people next week, among them Karim Haddad, the movement's founder, who is 68.",
        "Trial\n\nOne woman said her 21-year-old son had been arrested at home a week after the riots.",
    )
    (far,) = [f for f in report.findings if f.kind == "claim" and f.data["status"] in ("changed", "differs")]
    assert (far.data["status"], far.data["old"]["text"], far.data["new"]["text"]) == ("differs", "68", "21-year-old")
    assert far.data["evidence"]["uncertain"] == "ages far apart"
    near = _claim_findings(
        "Hostages Freed\n\nFor nine days the family of Maya Levin waited for news that the 16-year-old and her mother were alive.",
        "Hostages Freed\n\nMaya Levin, 17, who had gone with her mother to visit relatives, spent nine days as a hostage before she was freed.",
    )
    assert ("changed", "16-year-old", "17") in near


def _corpus_pair(folder: str, pair_id: str) -> tuple[str, str]:
    import tomllib
    from pathlib import Path

    with open(Path(__file__).parent / folder / "pairs.toml", "rb") as handle:
        (pair,) = [p for p in tomllib.load(handle)["pair"] if p["id"] == pair_id]
    return pair["old"].strip(), pair["new"].strip()


@pytest.mark.parametrize(
    ("folder", "pair_id", "old", "new"),
    [
        # the twin-sentence pass pairs "$6 million" / "$7 million"; the sentences are then linked,
        # and "$4 million" / "$3 million" left alone in them is the other part of one sum
        ("facts_heldout_fg", "fg-canada-milgaard-settlement-1999", "$4 million", "$3 million"),
        # the lone-moment pass pairs "Monday" / "Tuesday" (one act's day told otherwise); the count
        # of inmates leaving one prison, alone in those sentences, is that act's
        ("facts_heldout_al", "tajikistan-30th-independence-amnesty-releases-2021", "About 400", "605"),
    ],
)
def test_sentences_that_a_later_pass_links_pair_the_claims_left_alone_in_them(folder, pair_id, old, new):
    """Pairs made after the linked-sentence pass (twin sentences, lone moments) link their sentences
    too: that pass runs once more before the last, so what they vouch for pairs."""
    assert ("changed", old, new) in _claim_findings(*_corpus_pair(folder, pair_id))


def test_figures_shifted_in_a_sentence_edited_in_place_pair_by_what_they_count():
    """"four villages, three of them cut off" / "five villages, four of them cut off": the villages
    went from four to five and those cut off from three to four; the new "four" (of them) is not
    the old "four" (villages), though the value is equal."""
    lead = "Floods swept the valley on Tuesday, officials said."
    old = lead + "\n\nRescuers reached four villages by nightfall, three of them cut off since the bridge fell.\n\nMore rain is expected."
    new = lead + "\n\nRescuers reached five villages by nightfall, four of them cut off since the bridge fell.\n\nMore rain is expected."
    found = _claim_findings(old, new)
    assert ("changed", "four", "five") in found
    assert ("changed", "three", "four") in found
    assert ("same", "four", "four") not in found


def test_an_update_that_tells_the_earlier_report_s_figure_pairs_the_lead_figures():
    """An update gives the new count in its lead and tells the first one as the earlier report's
    ("It had said on Tuesday night that nine miners were rescued"; "An earlier report put the
    number rescued at nine"): that echo is the old figure told as past, so the lead's "nine" meets
    the update's "eleven"."""
    old = (
        "Nine miners trapped in a flooded pit were rescued on Tuesday, the mine's owner said.\n\n"
        "Rescue teams pumped water from the shaft through the night."
    )
    for echo in (
        "The owner had said on Tuesday night that nine miners were out.",
        "An earlier report, based on a first count at the pithead, put the number rescued at nine.",
    ):
        new = (
            "Eleven miners trapped in a flooded pit were rescued on Tuesday, the mine's owner said.\n\n"
            f"Rescue teams pumped water from the shaft through the night. {echo}"
        )
        assert ("changed", "Nine", "Eleven") in _claim_findings(old, new), echo


def test_casualties_are_the_dead_and_the_wounded_not_the_dead_alone():
    """"3,438 civilians killed" / "10,453 civilian casualties, counting the dead and the wounded":
    two tallies of one agency, neither a revision of the other; two casualty counts of one year are
    one quantity. (Mutant: ``casualty`` read as a death, as ``fatality`` is.)"""
    killed = "The United Nations counted 3,438 civilians killed in the conflict last year."
    casualties = "The United Nations recorded 10,453 civilian casualties last year, counting the dead and the wounded."
    assert "changed" not in [status for status, _, _ in claims(killed, casualties)]
    revised = "The United Nations recorded 11,418 civilian casualties last year, counting the dead and the wounded."
    assert [status for status, _, _ in claims(revised, casualties)] == ["changed"]


def test_a_figure_whose_own_clause_is_kept_word_for_word_is_revised_whatever_the_next_clause_says():
    """A later version rewrites the second half of a sentence and the figure in its first ("Another
    10 have been tentatively identified, and the remainder will need DNA" / "Another nine have been
    tentatively identified, and one body remains unidentified"): the likeness of the whole sentences
    is low, but the figure's clause is kept word for word: one figure revised. A clause reworded
    is not enough."""
    old = (
        "Warehouse Fire\n\nOAKLAND — Of the dead, 22 have been positively identified, the sheriff's office said. "
        "Another 10 have been tentatively identified, and the remainder will need dental records or DNA."
    )
    new = (
        "Warehouse Fire\n\nOAKLAND — Of the dead, 26 have been positively identified, a deputy said. "
        "Another nine have been tentatively identified, and one body remains unidentified."
    )
    assert ("changed", "10", "nine") in _claim_findings(old, new)
    reworded = new.replace("Another nine have been tentatively identified", "Nine more were named on a first check")
    assert ("changed", "10", "Nine") not in _claim_findings(old, reworded)


def test_a_currency_named_with_its_country_and_without_is_one_currency():
    """"a ransom of 2 billion Ugandan shillings" / "a ransom of 1.5 billion shillings": one currency,
    so one sum, changed; a neighbour's shillings are another currency."""
    from docdelta_claims import text_claims
    from docdelta_claims.match import comparable

    old = "Kidnap\n\nKAMPALA — The gang demanded a ransom of 2 billion Ugandan shillings, police said."
    new = "Kidnap\n\nKAMPALA — The kidnappers asked for a ransom of 1.5 billion shillings, police said."
    assert ("changed", "2 billion Ugandan shillings", "1.5 billion shillings") in _claim_findings(old, new)
    (kenyan,) = text_claims("It cost 500 Kenyan shillings.")
    (ugandan,) = text_claims("It cost 500 Ugandan shillings.")
    assert not comparable(kenyan, ugandan)


def test_a_hijacking_is_a_seizure():
    """"seized at gunpoint on April 2" / "the gunmen who hijacked the safari vehicle on April 4": one
    act told with two verbs, so one day told twice, changed. (Mutant: ``hijack`` out of the class
    of ``abduct``.)"""
    assert predicate_of("Gunmen hijacked the safari vehicle on April 4.", "April 4") == predicate_of(
        "The tourist was seized at gunpoint on April 2.", "April 2"
    )
    old = "Tourist Freed\n\nKAMPALA — The American tourist and her guide were seized at gunpoint on April 2 in the park."
    new = "Tourist Freed\n\nKAMPALA — Police said the suspects were among the gunmen who hijacked the safari vehicle on April 4."
    assert ("changed", "April 2", "April 4") in _claim_findings(old, new)


def test_earlier_attacks_dated_past_an_insertion_are_not_one_toll():
    """Two reports recall earlier attacks: "In April a truck bomb at a market, in the far north,
    killed 31 people" / "the worst since gunmen killed 80 people, most of them pilgrims, at a shrine
    in October 2019". The month opening the sentence, no comma after it, and the month past the
    apposition date two other attacks: never one toll changed."""
    old = (
        "A car bomb killed nine people at a checkpoint on Sunday, police said.\n\n"
        "In April a truck bomb at a market, in the far north, killed 31 people during the morning rush."
    )
    new = (
        "Nine people died when a car bomb went off at a checkpoint on Sunday.\n\n"
        "The province has seen worse: the deadliest attack came when gunmen killed 80 people, most of them pilgrims, "
        "at a shrine in October 2019."
    )
    found = _claim_findings(old, new)
    assert not [f for f in found if f[0] == "changed"], found
    assert frame_of(new, "80").times == ("month:10", "year:2019")


def test_he_after_a_quote_of_the_speaker_himself_is_the_speaker():
    """'"I never gave up hope," Father Novak told reporters. ... He was arrested in May 1950': one
    who speaks of himself is whom the next "He" is about, not the student named in the sentence
    before the quote; another man's arrest and term are never his changed."""
    old = (
        "Two men jailed in the east came home on Friday after a trade of prisoners.\n\n"
        "Beside the priest was Peter Lenz, 24, a student from Leeds who was freed with him. Mr. Lenz's parents were waiting at the gate.\n\n"
        '"I never gave up hope," Father Novak told reporters at the airport. He said he had not known he was going home until the last day.\n\n'
        "He was arrested in May 1950, tried in 1951 and sentenced to 20 years."
    )
    new = (
        "A priest and a student held in the east landed on Friday, freed in a trade of prisoners.\n\n"
        "Mr. Lenz, who was arrested in 1961 while on a walking tour, said he had served two years of an eight-year term."
    )
    found = _claim_findings(old, new)
    assert not [f for f in found if f[0] == "changed"], found
    assert frames.opening_names('"I never gave up hope," Father Novak told reporters at the airport.') == ("father", "novak")
    # one who speaks of "him" is not whom the story is about
    assert frames.opening_names('"They let him out at last," Mary Lenz said.') == ()


def test_common_prisoners_are_never_the_political_ones():
    """An amnesty counts two groups apart: "Some 90 prisoners held for ordinary crimes have also
    been freed" / "140 political prisoners ... had been freed". Common prisoners (held for common
    crimes, or called common criminals) and political prisoners are two counts, never one changed;
    two counts of political prisoners, or of prisoners, still meet."""
    new = "The lawyer said 140 political prisoners, many of them members of a banned party, had been freed over the past week."
    common = "Some 90 prisoners held for ordinary crimes have also been freed over the past week, the lawyer said."
    assert not [f for f in _claim_findings(common, new) if f[0] in ("changed", "differs")]
    assert frame_of(common, "Some 90").thing == "common prisoner"
    common = "Some 90 common criminals have also been freed over the past week, the lawyer said."
    assert not [f for f in _claim_findings(common, new) if f[0] in ("changed", "differs")]
    for old in ("Some 120 political prisoners have been freed over the past week, the lawyer said.",
                "Some 120 prisoners have been freed over the past week, the lawyer said."):
        assert ("changed", "Some 120", "140") in _claim_findings(old, new)


def test_those_an_event_included_are_what_it_did_not_what_befell_them_before():
    """"The pardons ... so far included 80 soldiers and 40 students who had been arrested during the
    riots": those a release took in were freed, whatever the relative clause after them says befell
    them before; never one changed with the "hundreds of students" the police detained."""
    old = "Riots spread to three more towns that week, and the police detained hundreds of students, many of whom are still in custody."
    new = (
        "The pardons took effect on Monday, a lawyer said, and so far included 80 soldiers and 40 students "
        "who had been arrested during the riots in May."
    )
    assert not [f for f in _claim_findings(old, new) if f[0] in ("changed", "differs")]
    assert frame_of(new, "40").predicate == frame_of(new, "80").predicate == "pardon"


def test_a_rank_among_such_ones_is_no_rank_from_the_first():
    """"her second such measure" ranks among the like acts of a stretch: never one figure with "her
    first months in office", nor with "the 59th anniversary"; a rank past "straight" is of the noun
    after it ("a third straight title" / "a fourth straight title": changed)."""
    old = "It is her second such measure, after the release of some 400 political prisoners in May 2019, a few months after she took office."
    new = "The president, who took office in 2019, freed some 400 political detainees in her first months in office."
    assert not [f for f in _claim_findings(old, new) if f[0] in ("changed", "differs")]
    assert frame_of(old, "second").thing == "such measure"
    assert frame_of("It was the second such anniversary since she took office.", "second").thing == "such anniversary"
    assert frame_of("The club won its third straight title on Sunday.", "third").thing == "title"
    old = "The club won its third straight title on Sunday, beating the champions 2-0."
    new = "Sunday's 2-0 win over the champions gave the club a fourth straight title, its coach said."
    assert ("changed", "third", "fourth") in _claim_findings(old, new)


def test_years_served_before_a_release_are_no_term():
    """"walked out of prison on Monday after serving six years" / "sentenced in May 2009 to five
    years": the time served is no term given, never the term changed; "is serving 12 years" still
    is a term."""
    old = "Lin Tao, a well-known blogger, walked out of prison on Monday after serving six years for his role in a sit-in, his brother said."
    new = "Lin, who began blogging in 2004, was arrested in 2008 and sentenced in May 2009 to five years for fraud."
    assert not [f for f in _claim_findings(old, new) if f[0] in ("changed", "differs")]
    assert frame_of(old, "six years").predicate == "serve"
    assert frame_of("He is serving 12 years for subversion.", "12 years").predicate == "sentence"


def test_members_of_a_legislature_are_lawmakers():
    """"six members of the U.S. Congress wrote to the president" / "seven U.S. lawmakers urged the
    president": one count of lawmakers, told two ways (changed); members of a family are not."""
    old = "A U.N. panel found his detention arbitrary, and six members of the U.S. Congress wrote to the president the following July to urge his release."
    new = "In July 2016 seven U.S. lawmakers urged the president to free him."
    assert ("changed", "six", "seven") in _claim_findings(old, new)
    assert frame_of("Thirty members of the European Parliament wrote.", "Thirty").thing == "lawmaker"
    assert frame_of("Twelve MPs voted against.", "Twelve").thing == "lawmaker"
    assert frame_of("Four members of the family died.", "Four").thing == "member"



def test_the_age_of_a_thing_is_no_ones_age():
    """"the pressures of the 52-year-old trade embargo" / "a 61-year-old American who was working for
    an aid agency": how long an embargo has lasted is no one's age, never his changed; "a 34-year-old
    party activist" and "an 86-year-old veteran of the war" are people's ages still."""
    old = "He cited the pressures of the 52-year-old American trade embargo as a reason for moving slowly."
    new = "Not included, officials said, is a 61-year-old American who was working for an aid agency when he was detained."
    assert not [f for f in _claim_findings(old, new) if f[0] in ("changed", "differs")]
    assert frame_of(old, "52-year-old").thing == "age of embargo"
    assert frame_of("The 13-year-old civil war has killed 500,000 people.", "13-year-old").thing == "age of war"
    assert frame_of("A 34-year-old party activist was freed.", "34-year-old").thing == "age"
    assert frame_of("Bouregaa, an 86-year-old veteran of the war of independence, was freed.", "86-year-old").thing == "age"


def test_the_whole_one_of_a_few_is_taken_from_is_no_part():
    """"sailed back on the smaller of their two boats" / "They sailed back on one boat": two boats
    is the whole one of them is taken from, never one count changed."""
    old = "The crew sailed back on the smaller of their two boats after the coast guard kept the larger one and its catch."
    new = "They sailed back on one boat; the other was seized."
    assert not [f for f in _claim_findings(old, new) if f[0] in ("changed", "differs")]
    assert frame_of(old, "two").predicate == "total"


def test_the_one_rank_in_a_series_left_on_each_side_is_one_events_place():
    """"the 36th swap since the invasion of February 2022" / "the 37th exchange of the war": one
    event's place in its series told two ways, changed, with the pass named in the evidence (the
    year the series counts from dates no event). Ranks far apart are two series; a rank dated to
    another year is another event's."""
    old = (
        "Swap Brings Home 90 Soldiers\n\nKYIV — Ninety soldiers came home on Friday, officials said. "
        "Officials in Kyiv called it the 36th swap since the invasion of February 2022, brokered by Qatar."
    )
    new = (
        "Ninety Soldiers Freed\n\nKYIV — The mediators said the deal, the 37th exchange of the war, "
        "had taken weeks of talks. Families waited at the border."
    )
    found = _paired(old, new)
    assert found[("changed", "36th", "37th")]["evidence"]["paired_by"] == "ranks_in_a_series"
    far = new.replace("the 37th exchange of the war", "the third such exchange this year")
    assert ("changed", "36th", "third") not in _claim_findings(old, far)
    another = new.replace("the deal, the 37th exchange of the war,", "the deal, like the 37th exchange of the war in 2023,")
    assert ("changed", "36th", "37th") not in _claim_findings(old, another)


def test_the_one_age_left_on_each_side_a_year_apart_is_one_persons():
    """"A 22-year-old college student from Windom" / "Alan Van Norman, 23, of Windom" (set ja's
    texts): the one age each report leaves alone, a year apart, is one person's told two ways
    (changed, the pass named), where the frames do not pair them. Not an age at another moment
    ("who turns 23 next week") nor two named people's."""
    old = (
        "A 22-year-old college student from Windom who spent nine months in an East German prison for trying "
        "to smuggle a family to the West was free last night after being traded in Berlin.\n\n"
        "The third part of the deal was completed eight days earlier, when Mozambique freed Miron Marcus, 24, "
        "an Israeli who had been held there for 19 months."
    )
    new = (
        "In exchange, East Germany freed Alan Van Norman, 23, of Windom, who was arrested on August 2, 1977, "
        "while trying to drive a chemist, his wife and son to the West in the trunk of his car.\n\n"
        "Miron Marcus, 24, an Israeli pilot, was released earlier in the month by Mozambique, which had held "
        "him since September 1976."
    )
    found = _paired(old, new)
    assert found[("changed", "22-year-old", "23")]["evidence"]["paired_by"] == "lone_ages"
    turns = new.replace("Alan Van Norman, 23,", "Alan Van Norman, who turns 23 next week,")
    assert ("changed", "22-year-old", "23") not in _claim_findings(old, turns)
    named = old.replace("A 22-year-old college student from Windom", "Eva Lind, 22, a student from Windom,")
    assert ("changed", "22", "23") not in _claim_findings(named, new)


def test_the_one_term_in_office_left_on_each_side_is_one_rulers():
    """"Her predecessor governed the island for 22 years" / "a predecessor who ruled for 21 years":
    the one length of office each side leaves alone, near the other, is one ruler's term told
    twice (changed), as the one time held or the one penalty is."""
    old = "Her predecessor governed the island for 22 years. Rights groups say more than 40 political prisoners remain in jail."
    new = (
        "Island Leader Frees Over 300 Prisoners, Including 2 Opposition Figures\n\n"
        "PORT LOUIS (Reuters) — The president pardoned two prominent political prisoners and more than 300 others on "
        "Friday, a gesture meant to mark a break with a predecessor who ruled for 21 years and jailed many critics."
    )
    assert ("changed", "22 years", "21 years") in _claim_findings(old, new)


def test_the_one_term_given_left_on_each_side_is_one_term_unless_a_court_changed_it():
    """"sentenced the editor to 12 years" / "received an 11-year term": the one term given each side
    leaves alone, near the other, is one term told twice (changed). A term a court cut to its level
    ("cut the blogger's prison term to five years" / "was sentenced in 2012 to seven years") is
    another stage of the term, never the first one changed."""
    old = "A court in Baku sentenced the editor to 12 years in prison on Tuesday. Rights groups say more than 30 journalists remain in jail."
    new = (
        "Editor Jailed For Smuggling\n\nBAKU — The editor, who ran a news site critical of the government, received "
        "an 11-year term for smuggling, his lawyer said, and will appeal."
    )
    assert ("changed", "12 years", "11-year") in _claim_findings(old, new)
    cut = (
        "Blogger Freed\n\nHANOI — An appeal court later cut the blogger's prison term to five years, his lawyer said. "
        "Rights groups say more than 100 activists remain in jail."
    )
    given = "Blogger Freed\n\nHANOI — The blogger, who studied in France, was sentenced in 2012 to seven years for attempting to overthrow the state."
    assert ("changed", "five years", "seven years") not in _claim_findings(cut, given)


def test_the_one_length_a_thing_lasted_left_on_each_side_is_one_length():
    """"the meeting lasted four hours" / "The meeting, which lasted about five hours": the one length
    of what lasted each side leaves alone, near the other, is one length told twice (changed), as
    the one term or time held is."""
    old = "Talks ended after the meeting lasted four hours, officials said. Police said more than 40 people were detained."
    new = "Talks Collapse\n\nGENEVA — The meeting, which lasted about five hours, ended without a deal on Friday, diplomats said."
    assert ("changed", "four hours", "about five hours") in _claim_findings(old, new)


def test_a_time_of_day_dated_on_one_side_only_is_still_the_days():
    """"left the prison in Cilacap at 6 am" / "walked out of the prison in Cilacap at 5.30 am on
    Friday": one act's time of day, the day told on one side only; a time of day is of the story's
    day, so the weekday beside it sets no other event apart: changed, not only differs."""
    old = "The preacher left the prison in Cilacap at 6 am and was driven towards his school, a prison spokeswoman said."
    new = (
        "Preacher Freed\n\nJAKARTA (Reuters) — The preacher, 71, walked out of the prison in Cilacap at 5.30 am on "
        "Friday, wearing a white robe, and set off for his school."
    )
    assert ("changed", "6 am", "5.30 am") in _claim_findings(old, new)


def test_a_part_set_beside_a_count_is_a_part_of_that_count_not_of_the_sentence_before():
    """"2,082 people, four of them foreigners": "them" is the 2,082 beside it, not the count of the
    sentence before in the paragraph; the whole and the other report's figure for it meet."""
    old = (
        "Rights groups said 16 young men had been held since May. "
        "Last December, 2,082 people, four of them foreigners, were amnestied for the national holiday."
    )
    new = "Rights groups said 16 young men had been held since May. In December, 2,028 were pardoned for the national holiday."
    found = _claim_findings(old, new)
    assert ("changed", "2,082", "2,028") in found
    assert not any(status == "changed" and old_text == "four" for status, old_text, _ in found)


def test_a_span_of_days_holds_each_day_in_it():
    """"from March 2 to 6" is one span claim; "from March 2 to March 6" two days in it: neither is
    a day changed, and a day outside the span is."""
    old = "The electoral board approved the 120 requests filed from March 2 to 6, its chairman said."
    new = "The electoral board approved 120 requests, all filed from March 2 to March 6, its chairman said."
    assert not [found for found in _claim_findings(old, new) if found[0] == "changed"]
    later = "The electoral board approved 120 requests, all filed on March 9, its chairman said."
    assert ("changed", "March 2 to 6", "March 9") in _claim_findings(old, later)
