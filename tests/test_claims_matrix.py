"""The claim matrix over N reports: one row per quantity, the majority value, real dissent only."""

from __future__ import annotations

from docdelta_claims import text_claims
from docdelta_claims.match import pair_claims
from docdelta_claims.matrix import _row, claim_matrix

# Five short reports of one event (the January 2024 Noto Peninsula earthquake), written for this test.
REPORTS = [
    "A magnitude 7.5 earthquake struck the Noto Peninsula on January 1, 2024. "
    "At least 62 people were killed, officials said. About 32,000 residents stayed in evacuation shelters.",
    "The quake, of magnitude 7.5, hit central Japan on January 1, 2024. "
    "The death toll reached 62 on Wednesday. Roughly 32,000 residents stayed in evacuation shelters.",
    "Japan's meteorological agency put the magnitude at 7.6 for the quake of January 1, 2024. "
    "62 people were killed. Some 30,000 residents stayed in evacuation shelters.",
    "A 7.5-magnitude earthquake on January 1, 2024 killed 48 people in Ishikawa prefecture. "
    "Nearly 33,000 residents stayed in evacuation shelters.",
    "The earthquake on January 1, 2024 had a magnitude of 7.5. Officials said 62 people were killed "
    "and 1,000 buildings collapsed.",
]


def _matrix():
    return claim_matrix([text_claims(text) for text in REPORTS])


def test_each_report_states_a_quantity_once_per_row():
    for row in _matrix().rows:
        stated = [claim for claim in row.claims if claim is not None]
        assert len(stated) >= 2
        assert len(row.claims) == len(REPORTS)


def test_the_shared_date_is_one_row_agreed_by_all_and_listed_after_the_dissent():
    rows = _matrix().rows
    dates = [row for row in rows if row.category == "date"]
    assert len(dates) == 1
    assert dates[0].support == (0, 1, 2, 3, 4) and dates[0].dissenters == ()
    assert rows.index(dates[0]) > max(i for i, row in enumerate(rows) if row.dissenters)


def test_a_lone_figure_against_the_majority_is_dissent():
    rows = _matrix().rows
    killed = [row for row in rows if row.majority.text == "62"]
    assert len(killed) == 1
    assert killed[0].dissenters == (3,)  # 48 people
    assert killed[0].claims[3] is not None and killed[0].claims[3].text == "48"
    names = [f"report-{i}.txt" for i in range(len(REPORTS))]
    assert killed[0].message(names).endswith("48 in report-3.txt")


def test_compatible_values_support_the_majority_as_in_a_two_document_comparison():
    rows = _matrix().rows
    # "At least 62" can be true together with 62: it supports the row, it is no dissent.
    killed = next(row for row in rows if row.majority.text == "62")
    assert 0 in killed.support


def test_claims_no_other_report_states_are_counted_not_listed():
    matrix = _matrix()
    listed = {id(claim) for row in matrix.rows for claim in row.claims if claim is not None}
    reports = [text_claims(text) for text in REPORTS]
    assert matrix.single[4] >= 1  # "1,000 buildings" is stated by report 4 alone
    assert all(single <= len(claims) for single, claims in zip(matrix.single, reports))
    assert len(listed) + sum(matrix.single) == sum(len(claims) for claims in reports)


# Four reports of one prisoner release, each restating its figures (headline and body), as real
# reports do; two of them recall an earlier release with another figure.
RESTATING = [
    "Minsk Frees Five Lithuanians\n\nBelarus freed five Lithuanians on Friday, officials said. "
    "The deal also moved $2 million to a fund. The $2 million came from a bank.",
    "Belarus Frees Five Lithuanians In Swap\n\nFive Lithuanians were freed by Belarus on Friday. "
    "In 2019, Belarus freed three Lithuanians in a similar deal. Officials moved $2 million. "
    "The $2 million was frozen before.",
    "Five Lithuanians Freed\n\nBelarus released five Lithuanians on Friday, officials said. "
    "In 2019, Belarus released three Lithuanians. A fund got $2 million, and the $2 million was audited.",
    "Belarus freed five Lithuanians on Friday. In 2019, Belarus freed three Lithuanians, the ministry said. "
    "The $2 million moved on Friday; the $2 million had been held for years.",
]


def test_a_report_restating_a_figure_makes_no_second_row_and_no_false_dissent():
    found = claim_matrix([text_claims(text) for text in RESTATING])
    assert not [row for row in found.rows if row.dissenters], [row.message("abcd") for row in found.rows]
    money = [row for row in found.rows if row.category == "money"]
    assert len(money) == 1 and len(money[0].support) >= 3
    earlier = [row for row in found.rows if row.majority.value == 3]
    assert len(earlier) == 1 and len(earlier[0].support) == 3


def test_a_figure_only_two_restating_reports_recall_is_still_a_row_of_those_two():
    """As above, with the fourth report recalling no earlier release: the 2019 figure (three
    Lithuanians) is stated by reports 1 and 2 alone, and stays a row they both support."""
    reports = [*RESTATING[:3], "Belarus freed five Lithuanians on Friday, the ministry said. "
               "The $2 million moved on Friday; the $2 million had been held for years."]  # fmt: skip
    earlier = [row for row in claim_matrix([text_claims(text) for text in reports]).rows if row.majority.value == 3]
    assert [(tuple(row.support), tuple(row.dissenters)) for row in earlier] == [((1, 2), ())]



def test_the_matrix_section_lists_each_quantity_two_reports_state_and_counts_the_rest():
    """Three reports of 40 protesters detained, one of them dating it: one row, agreed by all three,
    and the day, stated once, counted in the note (singular: "1 claim ... is")."""
    import docdelta
    from docdelta_claims.sections import matrix_section

    reports = ["Police detained 40 protesters.", "Police detained 40 protesters.", "Police detained 40 protesters on Monday."]
    section = matrix_section(docdelta.compare_series(reports, mode="matrix"))
    assert [[cell.text for cell in row] for row in section.rows] == [
        ["protesters (count)", "40 (3 of 3 reports)", "none", "3 of 3"]
    ]
    assert section.note.endswith(" 1 claim stated by one report only is not listed.")


def test_an_exclusive_cluster_never_holds_two_claims_of_one_report():
    """Nodes are (report, place in it): with ``exclusive``, a link that would put a report's second claim
    into a cluster holding its first is left out, and only such a link."""
    from docdelta_claims.matrix import Clusters

    clusters = Clusters(exclusive=True)
    clusters.link((0, 5), (1, 7))
    clusters.link((0, 9), (1, 7))  # report 0 is in that cluster already: no link
    clusters.link((2, 1), (1, 3))  # reports 2 and 1 share no cluster: linked
    assert clusters.find((0, 5)) == clusters.find((1, 7)) != clusters.find((0, 9))
    assert clusters.find((2, 1)) == clusters.find((1, 3))
    shared = Clusters(exclusive=False)
    shared.link((0, 5), (1, 7))
    shared.link((0, 9), (1, 7))
    assert shared.find((0, 5)) == shared.find((0, 9))


def test_a_figure_each_report_states_twice_of_one_kind_of_thing_is_one_row():
    """Each report gives "five Americans" in its headline and again in its body: one quantity,
    stated twice by each, is one row of five (and the Monday of the swap another), not a second
    row of the same five Americans."""
    reports = [
        "Iran frees five Americans. Iran freed five Americans on Monday in a prisoner swap.",
        "Five Americans freed by Iran. Tehran released five Americans on Monday in exchange for prisoners.",
        "Iran releases five Americans. The five Americans were freed on Monday, officials said.",
    ]
    rows = claim_matrix([text_claims(text) for text in reports]).rows
    assert [(row.category, row.majority.value, row.support) for row in rows] == [
        ("count", 5, (0, 1, 2)),
        ("date", "Monday", (0, 1, 2)),
    ]


def test_a_row_is_labelled_by_the_thing_most_reports_count_or_by_its_kind_when_none_counts_one():
    """Two reports count 40 protesters, one 40 people: the row is of protesters. The date of the
    Noto earthquake counts no thing: its row is labelled by its kind."""
    reports = ["Police detained 40 protesters in Minsk.", "Police detained 40 people in Minsk.",
               "Police in Minsk detained 40 protesters."]  # fmt: skip
    (row,) = claim_matrix([text_claims(text) for text in reports]).rows
    assert row.message("abc") == "protesters: 40 in 3 reports"
    (date,) = [row for row in _matrix().rows if row.category == "date"]
    assert date.message([f"report-{i}.txt" for i in range(len(REPORTS))]) == "date: January 1, 2024 in 5 reports"



def test_among_six_reports_a_figure_two_give_alike_is_counted_not_listed():
    """Six reports of one strike: every one gives the 3,000 strikers; two alone give the 12 depots,
    alike; two others give the strikers arrested, and disagree. The depots are counted in the note,
    not a row; the arrests, in dispute, are a row. Among five reports, two alike are still a row."""
    import docdelta
    from docdelta_claims.sections import matrix_section

    plain = "About 3,000 dock workers went on strike."
    reports = [
        plain + " The strike closed 12 depots.",
        plain + " It shut 12 depots.",
        plain + " Police arrested 40 strikers.",
        plain + " Police arrested 45 strikers.",
        plain,
        plain,
    ]
    found = claim_matrix([text_claims(text) for text in reports])
    assert sorted(row.majority.value for row in found.rows) == [40, 3000] and found.alike_in_two == 1
    # one report against one other: a dispute, with no majority and no dissenter
    assert [(row.disputed, row.dissenters) for row in found.rows if row.majority.value == 40] == [(True, ())]
    assert 12 in [row.majority.value for row in claim_matrix([text_claims(text) for text in reports[:5]]).rows]
    section = matrix_section(docdelta.compare_series(reports, mode="matrix"))
    assert section.note.endswith(", nor 1 figure only two reports give alike.")
    (disputed,) = [cells for cells in section.rows if cells[1].text.startswith("none")]
    assert disputed[1].text == "none: the reports disagree"
    assert "40 in" in disputed[2].text and "45 in" in disputed[2].text and disputed[2].badge == "≠ disputed"


def test_a_dispute_of_two_reports_is_no_dissent_and_a_majority_of_two_is():
    """"45" in one report, "44" in another, nobody else: neither is the outlier (which would be an
    arbitrary pick: the first report's); with a third report agreeing with one of them, the other
    dissents."""
    reports = ["Wynne, 45, was freed on Wednesday.", "Wynne, 44, was freed on Wednesday.", "The swap took place at dawn."]
    found = claim_matrix([text_claims(text) for text in reports])
    (row,) = [row for row in found.rows if row.category == "age"]
    assert row.disputed and row.dissenters == ()
    assert row.message(["a.txt", "b.txt", "c.txt"]) == "age: 45 in a.txt, 44 in b.txt (no majority)"
    found = claim_matrix([text_claims(text) for text in [*reports, "Wynne, 44, flew home."]])
    (row,) = [row for row in found.rows if row.category == "age"]
    assert not row.disputed and row.dissenters == (0,) and row.majority.text == "44"


def test_a_finer_time_most_reports_agree_on_shows_the_one_that_gives_another_year():
    """"October" in six reports hides one "October 2012" among the "October 2011" of those that give
    a year: the row is October 2011, and the report that dates the earlier swap a year later
    dissents (which claims share a row is the clustering's, tested above; this is the row's value)."""
    texts = [
        "The last such swap, in October 2011, freed 1,027 prisoners.",
        "A swap in October 2011 freed 1,027 prisoners.",
        "The last swap, in October, freed 1,027 prisoners.",
        "In October, a swap freed 1,027 prisoners.",
        "A swap in October freed 1,027 prisoners.",
        "The last swap, in October 2012, freed 1,027 prisoners.",
    ]
    reports = [text_claims(text) for text in texts]
    nodes = [(i, next(k for k, c in enumerate(claims) if c.category == "date")) for i, claims in enumerate(reports)]
    row = _row(reports, nodes)
    assert row.majority.value == "2011-10"
    assert row.dissenters == (5,)
    # one year against one other is no majority of the finer kind: the coarse row stands, no dissent
    row = _row(reports[1:], [(i - 1, k) for i, k in nodes[1:]])
    assert row.dissenters == ()


def _dissent(texts: list[str]) -> list[tuple[str, str]]:
    found = claim_matrix([text_claims(text) for text in texts])
    return [(row.majority.text, row.claims[i].text) for row in found.rows for i in row.dissenters]


# Six short reports of one ferry rescue, written for these tests.
FERRY = [
    "The coast guard rescued 42 passengers from the burning ferry on Sunday. The ferry had left port at dawn.",
    "Rescuers pulled 42 passengers from the ferry on Sunday. Its 24 crew members were also brought ashore.",
    "Navy boats rescued 42 passengers from the ferry after the fire broke out on Sunday.",
    "In all, 42 passengers were rescued from the ferry on Sunday, the coast guard said.",
    "The coast guard rescued 24 passengers from the burning ferry on Sunday.",
]


def test_a_figure_another_report_gives_for_another_thing_does_not_hide_the_outlier():
    """The outlier's 24 passengers equal the 24 crew members of another report: equal figures of
    things the frames tell apart, with nothing else alike, are a coincidence, not a row, so the 24
    passengers still join the passengers' row as its dissent."""
    assert ("42", "24") in _dissent(FERRY)


def test_a_name_alike_does_not_make_equal_counts_of_two_things_one_row():
    """"16 others were rescued by Algerian troops" and "16 were German" of the tourists seized in
    Algeria: the people's name and the place alike are the story's, not the count's; two things
    told apart and no verb in common are a coincidence, so the outlier's 16 still dissents from
    the 17 most reports give."""
    texts = [
        "They were the last of 32 Europeans seized in the Sahara; 17 others were rescued in May when Algerian soldiers raided a hideout.",
        "Algerian troops rescued 17 hostages in May in a raid on a desert camp.",
        "In May, Algerian commandos stormed a camp and freed 17 hostages.",
        "They had been among 32 Europeans kidnapped in the Sahara; 16 others were rescued by Algerian troops in May.",
        "Of the 32 tourists seized in Algeria, 16 were German and 10 Austrian.",
        "Sixteen of the 32 tourists seized in Algeria were German.",
    ]
    assert ("17", "16") in _dissent(texts)


def test_the_day_of_a_plan_and_the_day_of_the_act_are_two_moments():
    """"agreed to fly 55 prisoners out of its jails on Saturday" / "freed 54 prisoners on Sunday": the
    day the plan was made and the day it was done link no row (the counts still may: see the
    pia-hijack set in tests/test_claims_heldout_floors.py, where the plan's day was a false dissent)."""
    from docdelta_claims.matrix import _planned_apart

    plan = text_claims("Pakistan agreed to fly 55 prisoners out of its jails on Saturday.")[1]
    done, also_done = text_claims("Pakistan freed 54 prisoners on Sunday."), text_claims("They were freed on Monday.")
    assert plan.text == "Saturday" and _planned_apart(plan, done[1])
    assert not _planned_apart(done[1], also_done[0])
    assert not _planned_apart(text_claims("Pakistan agreed to free 55 prisoners.")[0], done[0])  # counts: maybe a dissent


def test_an_earlier_event_dated_on_one_side_is_no_dissent():
    texts = [
        "In the exchange, 706 prisoners held by the government went home.",
        "Some 706 prisoners held by the government went home in the exchange.",
        "The government side let 706 prisoners go home, the Red Cross said.",
        "The last exchange of this size took place in October 2020, when 1,056 prisoners went home.",
        "In the exchange, 706 prisoners held by the government went home.",
    ]
    assert _dissent(texts) == []


def test_the_day_of_a_story_is_no_figure_of_it():
    """"the first day of an exchange" / "the second day of an operation": which step of the story
    each report tells, as a weekday is, not two values of one quantity."""
    first = (
        "The former defence minister was the best-known of 318 prisoners flown on four flights between "
        "Aden and Sanaa on the first day of an exchange that will free 887 people by Sunday."
    )
    second = (
        "Saudi Arabia flew Houthi prisoners home from the southern city of Abha on Saturday, the second "
        "day of a Red Cross operation to free close to 900 detainees from Yemen's war."
    )
    statuses = {(p.old.text, p.new.text): p.status for p in pair_claims(text_claims(first), text_claims(second), ()) if p.old and p.new}
    assert ("first", "second") not in statuses
    texts = [
        first,
        "The Red Cross flew 318 detainees between the two cities on the first day of the exchange.",
        "Planes carried 318 detainees on the first day of a three-day exchange.",
        second,
        "On the first day of the exchange, 318 detainees were flown home.",
    ]
    assert _dissent(texts) == []


def test_two_figures_each_several_reports_agree_on_join_only_where_several_reports_pair_them():
    """Five reports tell "the five men" freed, five others "the two men" sent home; one pair of
    reports whose sentences pair a five with a two does not make them one quantity with five
    dissenters (two groups told alike); two reports on each side, or three pairs of reports, do.
    (The rule at work on real reports: tests/test_claims_heldout_floors.py, the 1979 set.)"""
    from docdelta_claims.matrix import _vouched

    assert not _vouched({(0, 5)})
    assert not _vouched({(0, 5), (1, 5)})
    assert _vouched({(0, 5), (1, 6)})
    assert _vouched({(0, 5), (1, 5), (2, 5)})


def test_one_month_of_two_peoples_acts_is_no_row_and_hides_no_dissent():
    """"Ginzburg was arrested in March 1977" in one report, "Shcharansky was arrested in March 1977"
    in another: one moment of two men's arrests, a coincidence, not a link; so the first still dissents
    from the February 1977 most reports give for Ginzburg's arrest."""
    texts = [
        "Alexander Ginzburg was arrested in February 1977 and sentenced to eight years.",
        "Ginzburg, arrested in February 1977, had led a fund for political prisoners.",
        "The dissident Alexander Ginzburg was arrested in February 1977.",
        "Ginzburg was arrested in March 1977, weeks after a Helsinki group report.",
        "Ginzburg had been arrested in February 1977. Anatoly Shcharansky was arrested in March 1977.",
        "Alexander Ginzburg, who was arrested in February 1977, was among the five.",
    ]
    assert ("February 1977", "March 1977") in _dissent(texts)


def test_a_count_a_hundred_times_off_is_another_quantity_not_a_dissent():
    """"about 10 million members" / "seven members of Solidarity's national leadership": a noun in
    common, two quantities, no link of a row; a slip of the point keeps its digits and stays one
    ("9.5 million" / "95 million"). (At work on real reports: the 1986 set's floor.)"""
    from docdelta_claims.matrix import _orders_apart

    (seven,) = [c for c in text_claims("Among them were seven members of Solidarity's national leadership.") if c.text == "seven"]
    (million,) = text_claims("Solidarity had about 10 million members.")
    assert _orders_apart(seven, million) and _orders_apart(million, seven)
    (nine_and_a_half,) = text_claims("The country has 9.5 million people.")
    (ninety_five,) = text_claims("The country has 95 million people.")
    assert not _orders_apart(nine_and_a_half, ninety_five)
    (two_hundred,) = text_claims("Police detained 200 protesters.")
    (three,) = text_claims("Police detained three protesters.")
    assert _orders_apart(two_hundred, three) is False  # 67 times apart: within reach of one quantity


def test_the_n_crew_members_is_a_count_and_its_outlier_dissents():
    """"the 24 crew members", "the 24 Americans": "the" before a count with a thing after it (one a
    lexicon also holds as a verb, "to crew", or a people's name) counts that thing, as any count
    does; only "the five were freed", with no thing, names a group. So the reports that write "the
    24" join the row, and the one that gives 25 dissents."""
    texts = [
        "The 24 crew members of the surveillance plane landed in Guam on Thursday.",
        "China let the 24 Americans leave on Thursday after 11 days.",
        "Families greeted the 24 crew members at the base on Saturday.",
        "The 24 crew members spent 11 days in custody on the island.",
        "All 25 crew members of the surveillance plane have left the island.",
        "China held the 24 crew members for 11 days.",
    ]
    found = claim_matrix([text_claims(text) for text in texts])
    (row,) = [row for row in found.rows if row.majority.text == "24"]
    assert sum(claim is not None for claim in row.claims) == 6 and row.dissenters == (4,)


def test_two_officers_ages_are_two_rows_not_one_with_dissent():
    """"Lieutenant Shane Osborn, 26" / "Lieutenant Commander Wang Wei, 32": a rank names no one, so
    the two ages share no name: no pair in two reports, each its own row across several."""
    one = text_claims("Lieutenant Commander Wang Wei, 32, took off from the Lingshui air base on the morning of April 1.")
    other = text_claims("Their pilot and mission commander was Lieutenant Shane Osborn, 26.")
    assert not [p for p in pair_claims(one, other, ()) if p.old and p.new]
    texts = [
        "The pilot, Lieutenant Shane Osborn, 26, landed the plane. The Chinese pilot, Wang Wei, 32, was lost.",
        "Lieutenant Shane Osborn, 26, flew the plane. Lieutenant Commander Wang Wei, 32, ejected.",
        "Its pilot, Lieutenant Shane Osborn, 26, spoke on Saturday.",
        "Lieutenant Commander Wang Wei, 32, took off from the base that morning.",
        "Osborn, 26, was praised. Wang, 32, was never found.",
    ]
    assert _dissent(texts) == []


def test_a_month_told_with_a_when_clause_is_the_time_of_that_clauses_event():
    """"The trouble began, many say, in May 1998, when American bombs hit China's embassy in
    Belgrade": a month with no act of its own dates what the "when" clause tells, so it joins the May
    1999 that other reports give the bombing, as its dissent."""
    texts = [
        "China freed the crew. American bombs hit China's embassy in Belgrade in May 1999.",
        "The crew flew home. Ties were strained after US bombs hit China's embassy in Belgrade in May 1999.",
        "The trouble began, many say, in May 1998, when American bombs hit China's embassy in Belgrade.",
        "The crew is home. Many in Beijing recall how American bombs hit the embassy in Belgrade in May 1999.",
        "Beijing still cites the bombing of its embassy in Belgrade in May 1999.",
    ]
    assert ("May 1999", "May 1998") in _dissent(texts)


def test_a_time_put_in_front_of_its_clause_dissents_from_the_time_others_give_the_act():
    """"It was in December 1962, weeks after the colonel vanished, that police detained the
    Englishman in Budapest" (a cleft sentence): the month is the arrest's, so it dissents from the
    November 1962 of the others."""
    texts = [
        "Wynne was arrested in Budapest in November 1962.",
        "The businessman was detained in Budapest in November 1962 and flown to Moscow.",
        "It was in December 1962, weeks after the colonel vanished, that police detained the Englishman in Budapest.",
        "He was arrested in November 1962 in Budapest.",
        "Police arrested him in Budapest in November 1962.",
    ]
    assert ("November 1962", "December 1962") in _dissent(texts)


def test_among_six_reports_two_against_one_is_a_dispute_and_among_four_a_dissent():
    """Among six reports or more a figure two give alike is no row, and two against one is no
    majority either: a dispute. Among fewer, two reports agreeing against a third are a majority."""
    plain = "About 3,000 dock workers went on strike."
    reports = [
        plain + " Police arrested 40 strikers.",
        plain + " Police arrested 40 strikers on the quay.",
        plain + " Police arrested 45 strikers.",
        plain,
        plain,
        plain,
    ]
    (row,) = [row for row in claim_matrix([text_claims(text) for text in reports]).rows if row.majority.value != 3000]
    assert row.disputed and row.dissenters == ()
    (row,) = [row for row in claim_matrix([text_claims(text) for text in reports[:4]]).rows if row.majority.value != 3000]
    assert not row.disputed and row.dissenters == (2,) and row.majority.text == "40"


def test_a_figure_told_at_the_time_an_earlier_sentence_names_is_that_times_and_no_dissent():
    reports = [
        "Moscow agreed on September 13 to free 9,626 Germans it holds as war criminals.",
        "The Soviet Union says it holds 9,626 Germans, all of them convicted.",
        "Some 9,626 Germans held by the Soviet Union are to be freed, Moscow says.",
        "In October 1953 about 500 prisoners came home. At the time Moscow said it was holding about 13,000 Germans.",
    ]
    found = claim_matrix([text_claims(text) for text in reports])
    assert not [row for row in found.rows if row.dissenters]
    assert any(row.majority.value == 9626 for row in found.rows)


def test_dissenters_as_many_as_the_majority_make_a_dispute_not_a_dissent():
    reports = [
        "One prisoner on the list died in Havana before the flight.",
        "One prisoner died shortly before the flight.",
        "One prisoner on the list, aged 71, died before he could leave.",
        "Two prisoners on the list died before the flight, exiles say.",
        "Exile groups say two prisoners died before the flight.",
        "Two prisoners died before they could leave, rights groups say.",
    ]
    rows = [row for row in claim_matrix([text_claims(text) for text in reports]).rows if row.category == "count"]
    assert rows and not any(row.dissenters for row in rows)
    assert any(row.disputed for row in rows)
    reports[3] = "One prisoner died in Havana before the flight."
    rows = [row for row in claim_matrix([text_claims(text) for text in reports]).rows if row.category == "count"]
    assert [row.dissenters for row in rows if row.dissenters] == [(4, 5)]  # four against two: a majority


def test_one_who_died_and_several_hundred_who_remain_are_two_rows():
    """ "One prisoner died" and "several hundred prisoners remain": another act and a vague plural
    hundreds of times the figure, two quantities, no dispute between them."""
    reports = [
        "One prisoner on the list died in Havana before the flight.",
        "One prisoner died shortly before the flight.",
        "Several hundred prisoners remain in Cuba, exiles say.",
        "Exile groups say several hundred prisoners remain in Cuban jails.",
    ]
    rows = [row for row in claim_matrix([text_claims(text) for text in reports]).rows if row.category == "count"]
    assert len(rows) == 2 and not any(row.dissenters or row.disputed for row in rows)


def test_those_still_held_and_those_held_in_the_storys_past_are_two_rows():
    """"the six Britons still held" (left, remaining) and "held 30 of the Britons" during the
    hijacking: two moments of custody, no dissent; the six told three ways are one row."""
    reports = [
        "During the hijacking, militiamen held 30 of the Britons in flats around the southern suburbs.",
        "Officials hope the talks will help the six Britons still held in Beirut.",
        "Six more Britons are still held somewhere in Lebanon, the minister said.",
        "The release leaves six Britons kidnapped in Beirut unaccounted for.",
        "A fifth report tells of the weather in Beirut.",
        "A sixth report tells of the airport.",
    ]
    rows = [row for row in claim_matrix([text_claims(text) for text in reports]).rows if row.category == "count"]
    assert len(rows) == 1 and rows[0].majority.value == 6
    assert [i for i, claim in enumerate(rows[0].claims) if claim is not None] == [1, 2, 3]
    assert not rows[0].dissenters and not rows[0].disputed


def test_a_near_count_worded_unlike_the_majority_dissents_from_a_main_row():
    reports = [
        "FRIEDLAND (AP) - The first 602 arrived at the camp on Sunday in 17 buses.",
        "FRIEDLAND (Reuters) - A convoy brought the first 602 to the camp on Sunday.",
        "FRIEDLAND - In all 602 arrived on Sunday, officials said.",
        "BONN - The 602 who reached Friedland on Sunday were the first of many.",
        "FRIEDLAND - When the last bus had stopped, 612 tired homecomers stood in the arms of their families.",
        "FRIEDLAND - About 590 relatives waited at the gate on Sunday, and 17 buses came.",
    ]
    rows = [row for row in claim_matrix([text_claims(text) for text in reports]).rows if row.majority.value == 602]
    assert len(rows) == 1
    assert rows[0].dissenters == (4,) and rows[0].claims[4].text == "612"
    assert rows[0].claims[5] is None  # relatives are no men freed: another quantity, near as it is


def test_a_near_count_that_another_rows_figure_agrees_with_is_no_dissent():
    reports = [
        "HAVANA (AP) - The 15 guerrillas flew out with 12 hostages on Sunday.",
        "HAVANA (Reuters) - The 15 guerrillas left with 12 hostages on Sunday.",
        "HAVANA - All 15 guerrillas boarded the jet with 12 hostages on Sunday.",
        "BOGOTA - The 15 guerrillas took 12 hostages with them to Cuba on Sunday.",
        "BOGOTA - The rebels flew to Cuba with 12 hostages on Sunday. Who is still held: besides the 12 on the plane, no one.",
        "BOGOTA - The 15 guerrillas flew to Havana on Sunday with 12 hostages.",
    ]
    rows = [row for row in claim_matrix([text_claims(text) for text in reports]).rows if row.majority.value == 15]
    assert len(rows) == 1 and rows[0].claims[4] is None and not rows[0].dissenters


# Reports of one storm's landfall, written for these tests: most give the day as "October 9", each
# in its own words, so that a report's other day is paired with none of them.
LANDFALL = [
    "Hurricane Ivo came ashore near Cedar Key on October 9, 2024, officials said.",
    "The storm made landfall on October 9 with winds of 120 mph.",
    "Ivo struck the coast on October 9, forcing 40,000 people from their homes.",
    "Forecasters tracked the hurricane until it hit land on October 9.",
]


def _row_with(reports: list[str], extra: str, *values: str):
    """The one row of the matrix of ``reports`` and ``extra`` whose majority is one of ``values``."""
    rows = [row for row in claim_matrix([text_claims(text) for text in [*reports, extra]]).rows if row.majority.value in values]
    assert len(rows) == 1
    return rows[0]


def _landfall_row(extra: str):
    return _row_with(LANDFALL, extra, "2024-10-09", "--10-09")


def test_a_day_next_to_a_main_rows_day_that_no_pairing_joined_dissents():
    row = _landfall_row("Residents fled inland hours before the storm made landfall on October 10.")
    assert row.dissenters == (4,) and row.claims[4].text == "October 10"


def test_a_day_next_to_a_main_rows_day_dissents_whatever_verb_tells_it():
    """"took control of the embassy on March 4" against "seized" / "stormed ... on March 3": one
    act's day told with another verb (the verbs' classes differ, so no pairing joined it)."""
    siege = [
        "Gunmen seized the embassy on March 3, 2021, taking 40 people hostage.",
        "The siege began when gunmen stormed the embassy on March 3.",
        "Armed men seized the compound on March 3 and held it for a week.",
        "Police said the attackers stormed the building on March 3.",
    ]
    row = _row_with(siege, "The attackers took control of the embassy on March 4 and let the women go.", "2021-03-03")
    assert row.dissenters == (4,) and row.claims[4].text == "March 4"


def test_a_day_told_as_another_acts_day_before_or_after_is_no_dissent():
    row = _landfall_row("On October 8, the day before the storm made landfall, residents fled inland.")
    assert row.claims[4] is None and not row.dissenters


def test_a_day_two_days_off_or_in_another_month_is_another_days_act():
    assert _landfall_row("Residents fled inland hours before the storm made landfall on October 11.").claims[4] is None
    assert _landfall_row("Residents fled inland hours before the storm made landfall on November 9.").claims[4] is None


def test_a_datelines_day_dates_the_report_not_the_event():
    row = _landfall_row("TAMPA, Oct 10 - Residents began to return to homes after the storm made landfall.")
    assert row.claims[4] is None and not row.dissenters


# Reports of one truce, written for these tests: most give its month as "March 2019".
TRUCE = [
    "The ceasefire between the two militias was signed in March 2019 in Addis Ababa.",
    "Both sides agreed to the truce in March 2019.",
    "Since the accord of March 2019, fighting has eased.",
    "Mediators brokered the deal in March 2019.",
]


def _truce_row(extra: str):
    return _row_with(TRUCE, extra, "2019-03")


def test_a_month_next_to_a_main_rows_month_dissents_where_both_tell_the_year():
    row = _truce_row("The truce the rivals agreed to in April 2019 has largely held.")
    assert row.dissenters == (4,) and row.claims[4].text == "April 2019"


def test_a_month_of_no_year_told_is_no_dissent_from_a_month_of_a_year():
    row = _truce_row("The truce the rivals agreed to in April has largely held.")
    assert row.claims[4] is None and not row.dissenters


def test_a_year_far_from_the_rows_is_another_events_not_a_dissent():
    """Four reports date the boatlift 1980; a fifth tells a bishop "expelled from Cuba in 1961" who
    "came to Miami in 1966": a year told with the row's verb, fourteen years off, is another event's
    year, not a slip of the row's, and dissents from nothing. A year two off ("the 1982 boatlift")
    still dissents: reports slip a year or two in telling one moment."""
    boatlift = [
        "Most of the detainees came to the United States in the boatlift of 1980 and were later jailed.",
        "The men arrived in the 1980 boatlift from the port of Mariel.",
        "They came over in the 1980 boatlift and were jailed for crimes committed here.",
        "Most arrived in the boatlift of 1980, officials said, and served their terms.",
    ]
    assert _dissent([*boatlift, "The bishop, 59, was expelled from Cuba in 1961 and came to Miami in 1966."]) == []
    assert _dissent([*boatlift, "The men arrived in the 1982 boatlift from the port of Mariel."]) == [("1980", "1982")]
