"""The rules of claim frames one by one: which verb says what happened to a count, and when two
frames' times may be one moment. (``test_claims_frame.py`` holds the frames of whole stories.)"""

from __future__ import annotations

import pytest

import docdelta
from docdelta_claims.extract import text_claims
from docdelta_claims.frame import agreement, claim_frame, planned


def frame_of(sentence: str, text: str):
    (found,) = [c for c in text_claims(sentence) if c.text == text]
    return claim_frame(found)


@pytest.mark.parametrize(
    ("sentence", "text", "predicate"),
    [
        # the participle says which climbers; "flew home" is what happened to them
        ("Nine climbers stranded on the ridge flew home to Nepal.", "Nine", "transfer"),
        # "a frozen runway": a participle after an article is part of a noun phrase, not the clause's verb
        ("Sixty passengers delayed by a frozen runway were flown to Oslo.", "Sixty", "transfer"),
    ],
)
def test_after_a_participle_that_says_which_ones_the_clauses_own_verb_says_what_happened(sentence, text, predicate):
    assert frame_of(sentence, text).predicate == predicate


@pytest.mark.parametrize(
    ("sentence", "text", "predicate"),
    [
        # "flooded" in the phrase that says where they came from is not what happened to them
        ("Officials said 30 people from flooded villages were evacuated.", "30", "evacuate"),
        # a capitalised "The" inside a name is still an article, not a name that ends the phrase
        ("About 200 residents of The Hague were evacuated.", "About 200", "evacuate"),
        # "US" right after the counted phrase is the country (as "us" is a pronoun), not a name that ends it
        ("Caracas said 40 fishermen US forces detained on Friday.", "40", "arrest"),
    ],
)
def test_the_verb_after_a_phrase_that_says_which_ones_is_what_happened(sentence, text, predicate):
    assert frame_of(sentence, text).predicate == predicate


def test_a_weekday_and_a_date_without_a_year_may_be_one_day_whichever_report_has_which():
    thursday = frame_of("Storms cut power to 9,000 homes on Thursday.", "9,000")
    a_date = frame_of("Storms cut power to 9,400 homes on Oct. 16.", "9,400")
    assert (thursday.times, a_date.times) == (("weekday:thursday",), ("day:10-16",))
    assert "time" not in agreement(thursday, a_date).conflicts
    assert "time" not in agreement(a_date, thursday).conflicts


def test_a_span_from_a_day_to_a_later_month_overlaps_the_month_of_that_day():
    """"from June 2 to mid-July" and "in June" share June: maybe one period, no conflict of times."""
    span = frame_of("Wolves killed 340 sheep from June 2 to mid-July.", "340")
    june = frame_of("Wolves killed 300 sheep in June.", "300")
    assert (span.times, june.times) == (("day:06-02", "month:07"), ("month:06",))
    assert "time" not in agreement(span, june).conflicts
    assert "time" not in agreement(june, span).conflicts


def test_a_length_before_a_noun_counts_that_noun_whoever_did_it():
    """"the 146-day walkout by dockworkers": the length of a walkout, as "the 150-day walkout" is;
    who made a thing is kept for a year's report ("a 2021 report by Amnesty"), not for a length."""
    by_dockers = frame_of("The 146-day walkout by dockworkers ended on Friday.", "146-day")
    alone = frame_of("The 150-day walkout ended on Friday.", "150-day")
    assert by_dockers.thing and by_dockers.thing == alone.thing
    assert "thing" in agreement(by_dockers, alone).matched


@pytest.mark.parametrize(("text"), ["2019", "30"])
def test_those_named_after_including_took_part_in_the_event_a_fronted_time_dates(text):
    """"In 2019, Chile freed 30 miners, including Mario Sepulveda": the year and the count are of
    the release Sepulveda was part of (the count's, as one of those it counts: a member)."""
    found = frame_of("In 2019, Chile freed 30 miners, including Mario Sepulveda.", text)
    assert {"mario", "sepulveda"} <= set(found.names if text == "2019" else found.members)


def test_a_plural_the_lexicon_knows_counts_the_same_thing_as_its_singular():
    """"14 wolves" and "one wolf" are wolves both: the lexicon's lemma, not a cut -s ("wolve")."""
    wolves = frame_of("Rangers counted 14 wolves in the park.", "14")
    wolf = frame_of("Rangers tracked one wolf in the park.", "one")
    assert wolves.thing == wolf.thing == "wolf"
    assert "thing" in agreement(wolves, wolf).matched


@pytest.mark.parametrize("text", ["five years", "six months"])
def test_each_part_of_a_term_received_is_a_sentence(text):
    """"received five years and six months for fraud": both parts are of the prison term."""
    assert frame_of("The banker received five years and six months for fraud.", text).predicate == "sentence"


def test_a_preposition_after_the_counted_people_is_no_verb_of_theirs():
    """"Police arrested 12 fishermen near the reef": they were arrested, as "one fisherman" is."""
    assert frame_of("Police arrested 12 fishermen near the reef.", "12").predicate == "arrest"


def test_a_promise_in_the_clause_before_does_not_make_a_count_planned():
    """"The ministry will publish the list; 40 prisoners were freed": the list is to come, the 40
    were freed already (the clause of the count starts at the count)."""
    (claim,) = [c for c in text_claims("The ministry will publish the list; 40 prisoners were freed on Monday.") if c.text == "40"]
    assert not planned(claim)


def test_a_verb_past_a_description_is_the_counted_ones_unless_a_clause_of_its_own_opens_there():
    """"About 8 million Uighurs, a Turkic people, live in the west": the verb is past the
    description; "with two other tourists, an elderly couple, when the gunmen stopped the vehicle":
    the stopping is the "when" clause's, nothing that befell the tourists."""
    assert frame_of("About 8 million Uighurs, a Turkic people, live in the west.", "About 8 million").predicate == "live"
    when = "They were on a game drive with two other tourists, an elderly couple, when the gunmen stopped the vehicle."
    assert frame_of(when, "two").predicate == ""


def test_a_people_named_in_the_plural_after_a_preposition_is_no_place():
    """"in a swap for Emiratis": people of the Emirates, not a place the sailors were freed in."""
    assert frame_of("Tehran freed 12 sailors in a swap for Emiratis.", "12").places == ()


def test_a_level_verb_with_to_after_an_apposition_is_the_level_of_what_the_sentence_opens_with():
    """"The number of people killed by the flood in Mokwa, in Niger State, has risen to 151": 151
    people killed, as when the toll "has reached at least 151"."""
    opening = "The number of people killed by the flood in Mokwa, in Niger State, "
    risen = frame_of(opening + "has risen to 151.", "151")
    assert (risen.thing, risen.predicate) == ("person", "die")


@pytest.mark.parametrize(
    ("sentence", "time", "thing", "predicate"),
    [
        # "release" is an event noun: a time right after it, past "in", dates the release, of the
        # prisoners its clause counts (as "freed 40 prisoners in July" is read)
        ("Police confirmed an earlier release in July of 40 prisoners.", "July", "prisoner", "free"),
        ("An earlier release of 40 prisoners took place in July.", "July", "prisoner", "free"),
        ("The last release was in July.", "July", "free", "free"),
        # "transfer" is a verb's lemma that is also a noun: "a transfer on Friday" dates the transfer
        # (a day is left alone: the story's days are many acts' at once)
        ("A second transfer on Friday moved 30 inmates.", "Friday", "transfer", "transfer"),
    ],
)
def test_a_time_right_after_an_event_noun_and_a_preposition_dates_that_event(sentence, time, thing, predicate):
    frame = frame_of(sentence, time)
    assert (frame.thing, frame.predicate) == (thing, predicate)


def test_a_share_after_a_noun_and_of_at_the_sentence_start_is_a_share_of_that_noun():
    """"A tariff of 25%": the share is the tariff's, the sentence's first words though they are."""
    assert frame_of("A tariff of 25% hit steel imports.", "25%").thing == "tariff"


def test_a_share_after_a_plural_noun_and_of_is_a_share_of_that_noun():
    """"Tariffs of 25% hit steel imports": a tariff's share, as "A tariff of 25%" is; "hit" is the verb."""
    assert frame_of("Tariffs of 25% hit steel imports.", "25%").thing == "tariff"


def test_more_at_the_end_of_a_sentence_counts_others_beside_those_counted():
    """"officials expect dozens more.": no word after "more" says what they are; they are others."""
    assert frame_of("Divers recovered 30 bodies, and officials expect dozens more.", "dozens").thing == "other"


@pytest.mark.parametrize(
    ("sentence", "figure", "again"),
    [
        ("Belarus freed 52 prisoners in September, and it did so again with 30 in October.", "52", "30"),
        ("Troops stormed the village in 2019 and did so again in 2021.", "2019", "2021"),
    ],
)
def test_did_so_is_what_the_sentences_first_verb_did(sentence, figure, again):
    """"and it did so again with 30": Belarus freed 30 more; "did" says no more. ("a year after it
    first did so" reads no figure: "first" before a verb is an adverb.)"""
    assert frame_of(sentence, again).predicate and frame_of(sentence, again).predicate == frame_of(sentence, figure).predicate


@pytest.mark.parametrize(
    ("sentence", "share"),
    [
        ("The Greens won 11.6% of the vote.", "11.6%"),
        ("Labour came second with 20.8%.", "20.8%"),
        ("The far right polled 13.5% in the first round.", "13.5%"),
    ],
)
def test_a_share_a_party_won_came_second_with_or_polled_is_its_score(sentence, share):
    assert frame_of(sentence, share).predicate == "score"


def test_a_level_whose_subject_the_clause_cuts_at_and_is_of_the_sentences_first_word():
    """"Deaths from floods and landslides in Kalehe rose to 401": the clause is cut at "and", inside
    the subject; the deaths, the sentence's first word, are what rose to 401."""
    risen = frame_of("Deaths from floods and landslides in Kalehe rose to 401.", "401")
    assert (risen.thing, risen.predicate) == ("person", "die")


def test_a_figure_put_before_the_number_of_what_it_counts_is_of_that():
    """"The ministry put at 1,260 the number of political prisoners": 1,260 political prisoners."""
    assert frame_of("The ministry put at 1,260 the number of political prisoners.", "1,260").thing == "political prisoner"


@pytest.mark.parametrize(
    ("sentence", "text", "predicate"),
    [
        # people captured are held as those arrested are; a share, seats or a town captured are won
        ("The two border guards were captured in June after crossing the river.", "June", "arrest"),
        ("Militia fighters captured 14 soldiers near the dam.", "14", "arrest"),
        ("The opposition captured 41% of the vote.", "41%", "score"),
        ("The alliance captured 88 seats.", "88", "win"),
        # pulled (dug, brought) out alive: rescued
        ("Six miners have been pulled alive from the shaft.", "Six", "rescue"),
        ("Firefighters said 23 people had been pulled out alive.", "23", "rescue"),
        ("Divers pulled out 23 bodies.", "23", "recover"),  # bodies: recovered, not rescued
    ],
)
def test_captured_and_pulled_out_alive_say_what_happened_by_what_follows(sentence, text, predicate):
    assert frame_of(sentence, text).predicate == predicate


@pytest.mark.parametrize(
    ("sentence", "predicate"),
    [
        ("Uganda Ferry Toll Reaches 61 As Divers Search Hull", "die"),  # the toll's level, not "ferry" as a verb
        ("Navy Ferries 300 To Safety", "transfer"),
        ("Death Toll From Quarry Blasts Rises To 21", "die"),  # "Rises" a verb after a plural, "Blasts" none
    ],
)
def test_a_level_verb_after_an_event_noun_reads_the_event_not_an_earlier_verb(sentence, predicate):
    (found,) = [c for c in text_claims(sentence) if c.category == "count"]
    assert claim_frame(found).predicate == predicate


@pytest.mark.parametrize(
    ("sentence", "predicate"),
    [
        ("Gangs fought for hours, leaving 41 inmates dead, officials said.", "die"),
        ("The storm hit the coast, leaving 12 people missing.", "miss"),
        ("The transfer, leaving 15 detainees at the base, took a day.", "hold"),  # no state: those left there
    ],
)
def test_leaving_a_count_in_a_state_says_the_state(sentence, predicate):
    (found,) = [c for c in text_claims(sentence) if c.category == "count"]
    assert claim_frame(found).predicate == predicate


def test_people_trapped_are_counted_with_the_missing():
    # a mine's or a wreck's trapped are the ones not yet found: one toll with the missing
    trapped = [c for c in text_claims("About 40 miners remained trapped underground.") if c.category == "count"]
    missing = [c for c in text_claims("Some 45 miners were missing.") if c.category == "count"]
    assert claim_frame(trapped[0]).predicate == claim_frame(missing[0]).predicate == "miss"


@pytest.mark.parametrize(
    ("sentence", "text", "predicate"),
    [
        # the places left counted: those who left them are freed (not "leaving 12 in prison": held)
        ("The amnesty was signed on Friday, and 30 of them left two prisons within hours.", "30", "free"),
        ("The deal freed 40, leaving 12 in prison.", "12", "hold"),
        # "to death" after a sentence is its penalty, not a death the time dates
        ("A court had sentenced 152 men to death in November 2013.", "November 2013", "sentence"),
        # an event that "came in" a month is dated as one that "took place in" it
        ("The last large amnesty came in June 2001, when 600 men were let go.", "June 2001", "free"),
    ],
)
def test_custody_places_penalties_and_dated_events_read_as_what_they_are(sentence, text, predicate):
    assert frame_of(sentence, text).predicate == predicate


def test_a_place_of_custody_before_a_time_dates_no_event():
    # "released from jail on Friday": where they were; the time is the release's, no custody's
    found = frame_of("The men were released from jail on Friday.", "Friday")
    assert (found.thing, found.predicate) == ("", "free")


def test_a_time_in_a_clause_joined_by_and_is_not_the_next_clauses():
    """"three were bailed before this week and five are still in jail": the clause "and" joins has
    a subject and a verb of its own; the time before it is not put in front of it."""
    assert frame_of("Of the 29 charged, three were bailed before this week and five are still in jail.", "five").times == ()
    assert frame_of("In September, the president pardoned 52 prisoners.", "52").times == ("month:09",)


def test_an_age_after_a_name_and_a_is_that_persons():
    """"Betancur, a 58-year-old Conservative who won": what follows the age describes the one named
    before it (a party, a people), not a name of its own; "the 68-year-old Lee Joon-seok" is."""
    assert frame_of("Betancur, a 58-year-old Conservative who won the vote, made peace.", "58-year-old").names == ("betancur",)
    assert frame_of("The captain, the 68-year-old Lee Joon-seok, was arrested.", "68-year-old").names == ("joon-seok", "lee")


@pytest.mark.parametrize(
    ("sentence", "text", "predicate"),
    [
        # a time opening its sentence with no comma dates the verb after it, as with one
        ("In 1957 the army had returned 5,500 prisoners for four of its men.", "1957", "transfer"),
        # past a relative clause that says who he was, to what happened ("who had spent" is his past)
        ("In December 1976, Vladimir Bukovsky, who had spent years in camps, was freed.", "December 1976", "free"),
        # "handed back" as "handed over"; "brought to" a place as "flown to" it
        ("In 1956 it handed back 5,500 soldiers for four of its own men.", "5,500", "transfer"),
        ("Of those freed, 66 were brought to Geneva on a charter.", "66", "transfer"),
        ("The men were brought to trial in May.", "May", "try"),
        # a side that "lost" people counts its dead (not "lost 40 seats")
        ("The army lost 159 soldiers in the war.", "159", "die"),
        ("The party lost 40 seats in the election.", "40", "lose"),
        # "put the number of Lebanese still in Syrian prisons at": those held, a people in -ese
        ("A lawyer put the number of Lebanese still in Syrian prisons at more than 300.", "more than 300", "hold"),
    ],
)
def test_opening_times_handing_back_losses_and_numbers_put_at_read_their_act(sentence, text, predicate):
    assert frame_of(sentence, text).predicate == predicate


def test_a_verb_after_a_peoples_word_ends_the_counted_phrase():
    # "some 200 Lebanese remain in jail": what is counted is Lebanese; "remain" is their verb
    found = frame_of("Hezbollah says some 200 Lebanese remain in the militia's jail.", "some 200")
    assert (found.thing, found.predicate) == ("lebanese", "hold")


def test_an_age_then_beside_the_age_now_is_an_age_at_the_time():
    """"Sourour, 31, who was 17 when he was seized": 17 is his age at the seizure, not a second
    figure of his age; alone, "Harotonian, who was 34 when she was arrested" is the age the story
    gives her (another report: "was 33 when agents picked her up")."""
    assert frame_of("Youssef Sourour, 31, who was 17 when he was seized, wept.", "17").thing == "age at the time"
    assert frame_of("Youssef Sourour, 31, who was 17 when he was seized, wept.", "31").thing == "age"
    assert frame_of("Harotonian, who was 34 when she was arrested in 2008, was sentenced.", "34").thing == "age"


def test_an_event_held_is_no_one_held():
    """"The 13th round of the talks was held in Beijing in December": the talks took place, as "held
    talks" says (no one held captive, so no custody "since early November" meets its month); people
    held stay held."""
    assert frame_of("The 13th round of the talks was held in Beijing in December.", "December").predicate == ""
    assert frame_of("Elections will be held in June, officials said.", "June").predicate == ""
    assert frame_of("He had been held since early November under house arrest.", "early November").predicate == "hold"
    assert frame_of("Some 300 prisoners were held in the camp in May.", "Some 300").predicate == "hold"


def test_a_day_after_a_kins_age_is_no_name():
    # "hugged his 78-year-old mother on Saturday": whose age is the mother's, not "Saturday"'s
    assert frame_of("Boyagoda hugged his 78-year-old mother on Saturday.", "78-year-old").names == ("mother",)


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("About 1,200 inmates began an open-ended hunger strike on Tuesday.", "About 1,200"),
        ("More than 1,500 inmates launched a hunger strike.", "More than 1,500"),
        ("Some 300 inmates went on hunger strike last week.", "Some 300"),
        ("Nearly 200 inmates had refused food for days.", "Nearly 200"),
        ("Over 200 inmates stopped eating last week.", "Over 200"),
    ],
)
def test_a_hunger_strike_however_told_is_one_act(sentence, text):
    """Those who refuse food, stop eating or go on hunger strike do one thing; a count of them
    is of that act (not "begin", which any start is, nor "refuse", which any refusal is)."""
    assert frame_of(sentence, text).predicate == "fast"


def test_the_month_a_hunger_strike_began_is_one_whether_it_was_begun_or_gone_on():
    went = frame_of("The student went on hunger strike in May.", "May")
    began = frame_of("The student began a hunger strike in June.", "June")
    assert (went.thing, went.predicate) == (began.thing, began.predicate) == ("hunger strike", "begin")
    assert "predicate" in agreement(went, began).matched


@pytest.mark.parametrize(
    ("sentence", "text", "predicate"),
    [
        # the verb past a phrase of where they were is theirs: walked free, not held in the jail
        ("About 300 inmates from the Khujand jail walked free on Monday.", "About 300", "free"),
        ("Twelve miners at the Zonguldak pit died on Tuesday.", "Twelve", "die"),
        ("Some 200 detainees at the camp went home on Friday.", "Some 200", "transfer"),
        # a verb the module knows no class of is no verb of theirs here ("worked" would only set
        # two wordings of one figure apart)
        ("More than 100 rescuers from four towns worked through the night.", "More than 100", ""),
        # a count that is the object of a verb before it keeps that verb
        ("Police freed 40 prisoners in Tbilisi jailed for protests.", "40", "free"),
    ],
)
def test_a_count_that_opens_its_clause_takes_the_verb_past_a_phrase_of_place(sentence, text, predicate):
    assert frame_of(sentence, text).predicate == predicate


@pytest.mark.parametrize(
    ("sentence", "text", "predicate"),
    [
        # "taken hostage" is seized as "kidnapped" is; "taken prisoner" captured as "captured" is
        ("Fourteen tourists were taken hostage on Sunday.", "Sunday", "abduct"),
        ("The pilot was taken prisoner on Oct. 5.", "Oct. 5", "arrest"),
        ("The pilot was captured on Oct. 6.", "Oct. 6", "arrest"),
        # "shut" and "closed" close one thing
        ("Owners shut 59 plants on Wednesday.", "59", "close"),
        ("Owners closed 55 factories on Wednesday.", "55", "close"),
    ],
)
def test_taken_hostage_or_prisoner_and_shut_read_as_their_classes(sentence, text, predicate):
    assert frame_of(sentence, text).predicate == predicate


@pytest.mark.parametrize(
    "sentence",
    [
        "Courts had sentenced at least 40 activists last year to jail terms of up to 12 months.",
        "Courts sentenced at least 40 activists last year to terms of up to 18 months.",
    ],
)
def test_a_term_after_last_year_or_after_jail_is_a_sentence(sentence):
    """"last year" is a time, not the verb "to last"; "jail terms" a kind of term, not "to jail"."""
    (term,) = [c for c in text_claims(sentence) if c.category == "duration"]
    assert claim_frame(term).predicate == "sentence"


@pytest.mark.parametrize(
    ("sentence", "text", "predicate"),
    [
        ("Five men walked free a day after a presidential pardon that covered 119 inmates.", "119", "pardon"),
        ("The amnesty applies to 3,000 prisoners.", "3,000", "free"),
        ("The pardon affects 300 inmates.", "300", "pardon"),
        # no event covers them: the verb says nothing of an act
        ("The floods affected 3,000 homes.", "3,000", ""),
    ],
)
def test_those_an_event_covers_undergo_its_act(sentence, text, predicate):
    """"a pardon that covered 119 inmates": pardoned, not held (as the noun "inmates" alone says)."""
    assert frame_of(sentence, text).predicate == predicate


def test_a_clause_joined_by_comma_and_takes_no_time_from_a_short_clause_before_it():
    """"arrested in late May and early June 2012, and many fasted for about 10 days in February":
    the fast is dated February only (the short clause "early June 2012" dates the arrests)."""
    sentence = "They were arrested in late May and early June 2012, and many went on hunger strike for about 10 days in February."
    assert frame_of(sentence, "about 10 days").times == ("month:02",)
    assert frame_of("In September, Lukashenko pardoned 52 prisoners.", "52").times == ("month:09",)


def test_last_month_may_be_the_month_another_report_names():
    """"went on hunger strike for about a week last month" / "for about 10 days in February": which
    month a report was written in is not known, as with "last year" and a year: no conflict of times."""
    last_month = frame_of("Many of the inmates went on hunger strike for about a week last month.", "about a week")
    february = frame_of("Many of the inmates went on hunger strike for about 10 days in February.", "about 10 days")
    assert (last_month.times, february.times) == (("relative:last month",), ("month:02",))
    assert "time" not in agreement(last_month, february).conflicts
    assert "time" in agreement(frame_of("Some 40 inmates fasted last week.", "Some 40"), february).conflicts


def test_a_release_denied_to_another_figure_is_not_denied_to_the_count_before_it():
    """"released 80 of the last 400 prisoners it had refused to free": the 80 were freed; the
    refusal is of the 400, the figure between them (as "300 have not been released" is held)."""
    assert frame_of("Kabul has released 80 of the last 400 Taliban prisoners it had refused to free.", "80").predicate == "free"
    assert frame_of("Some 300 have not been released.", "Some 300").predicate == "hold"


@pytest.mark.parametrize(
    ("sentence", "text", "predicate"),
    [
        # the verb before the count governs it; "serving" only says which people
        ("The emir pardoned 40 men serving life terms, the palace said.", "40", "pardon"),
        ("A pardon covered 25 women serving terms for debt.", "25", "pardon"),
        # the count opens its clause: its verb is the finite one past the participle
        ("Some 60 families living by the dam were moved to higher ground.", "Some 60", "transfer"),
        ("Four fishermen working off the atoll were rescued on Monday.", "Four", "rescue"),
    ],
)
def test_a_present_participle_after_the_count_says_which_ones_not_what_happened(sentence, text, predicate):
    """"pardoned 14 people serving prison terms": pardoned, as "people detained after the vote were
    freed" were freed; the -ing form names them as a past participle does."""
    assert frame_of(sentence, text).predicate == predicate


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("The king pardoned 90 people jailed over the riots of 2019, state radio said.", "90"),
        ("The court freed 12 men held during the strikes of March 2021.", "12"),
        ("Some 200 soldiers were decorated for the war of 1999.", "Some 200"),
    ],
)
def test_a_time_dating_what_an_act_is_about_is_no_time_of_the_act(sentence, text):
    """"pardoned 14 people over the protests of 2011": 2011 is the protests' year; the pardon is told
    with no time, so a report that dates it otherwise is no other pardon."""
    assert frame_of(sentence, text).times == ()
    assert frame_of("The king pardoned 90 people in 2019.", "90").times == ("year:2019",)


@pytest.mark.parametrize(
    ("sentence", "text", "predicate"),
    [
        # the verb of a clause joined after a comma is that clause's, not the count's
        ("About 90 detainees walked free, as the army began pulling out of the town.", "About 90", "free"),
        ("Twelve hostages walked free, but the gunmen kept the pilots.", "Twelve", "free"),
        # a participle and the finite verb after it, no comma between: the finite verb is the count's
        ("Some 40 miners trapped by the flood were rescued.", "Some 40", "rescue"),
    ],
)
def test_a_verb_past_a_joined_clause_is_no_verb_of_the_count(sentence, text, predicate):
    """"605 inmates walked free, as the country began releasing prisoners": "walked" is the count's own
    verb (it looks like a participle that says which ones, but no finite verb follows in its clause)."""
    assert frame_of(sentence, text).predicate == predicate


@pytest.mark.parametrize(
    ("sentence", "text", "predicate"),
    [
        ("The army freed a pilot and 14 other prisoners on Sunday.", "14", "free"),
        ("The first swap freed two journalists and 60 prisoners.", "60", "free"),
        ("The emir pardoned the poet Ali Hassan and about 90 other detainees.", "about 90", "pardon"),
    ],
)
def test_a_count_joined_to_the_object_of_a_verb_takes_that_verb(sentence, text, predicate):
    """"freed three hostages and 90 prisoners": the 90 were freed too, not held (as the noun
    "prisoners" with no verb of its own would say): held, they would meet "1,000 prisoners remain
    held" as one quantity."""
    assert frame_of(sentence, text).predicate == predicate
    assert frame_of("A monitor counts 90 prisoners and 40 detainees.", "90").predicate == "hold"


def test_custody_a_verb_ends_is_a_release():
    """"lifted the house arrest of 12 opposition leaders": freed, not arrested (the event noun's own act)."""
    assert frame_of("The junta lifted the house arrest of 12 opposition leaders.", "12").predicate == "free"
    assert frame_of("The government revoked the house arrest of a cleric and 30 other detainees.", "30").predicate == "free"
    assert frame_of("Police ordered the arrest of 12 activists.", "12").predicate == "arrest"


@pytest.mark.parametrize(
    ("sentence", "text", "predicate"),
    [
        # "still" is an adverb, and the verb after it is the clause's
        ("Rebels still hold about 70 aid workers, the agency said.", "about 70", "hold"),
        ("Gunmen still hold 12 engineers seized last month.", "12", "hold"),
        # "crew" is a noun, never the past of "to crow": no verb is told of the eight
        ("The rescued crew are eight Filipinos and two Ukrainians.", "eight", ""),
    ],
)
def test_words_a_lexicon_also_lists_as_verbs_that_news_uses_otherwise(sentence, text, predicate):
    assert frame_of(sentence, text).predicate == predicate


@pytest.mark.parametrize(
    ("sentence", "text", "predicate"),
    [
        ("Six members of the security forces were killed in the ambush.", "Six", "die"),
        ("About 40 officers of the border guards were detained on Monday.", "About 40", "arrest"),
    ],
)
def test_a_word_in_s_after_a_plural_count_is_a_noun_of_its_phrase(sentence, text, predicate):
    """"Four members of the security forces were killed": "forces" after the singular "security"
    could be a verb ("the army forces"), but a count of many takes no verb in -s."""
    assert frame_of(sentence, text).predicate == predicate
    assert frame_of("One soldier dies in the ambush.", "One").predicate == "die"


@pytest.mark.parametrize(
    ("sentence", "text", "predicate"),
    [
        ("Kuwait sent 40 prisoners home on Sunday.", "40", "transfer"),
        ("The navy brought 120 fishermen back to port.", "120", "transfer"),
        # the count opens its clause: no verb before it owns the word
        ("Twelve hostages walked free on Friday.", "Twelve", "free"),
        ("Some 40 detainees walked to freedom at dawn.", "Some 40", "free"),
    ],
)
def test_a_particle_after_a_verbs_object_is_that_verbs(sentence, text, predicate):
    """"sent 40 prisoners home": "home" is the verb's particle, not the verb "to home" (nor "back" "to
    back"), so the count takes the verb before it."""
    assert frame_of(sentence, text).predicate == predicate


@pytest.mark.parametrize(
    ("sentence", "text", "predicate"),
    [
        ("The militia released its last nine captives this evening, a mediator said.", "nine", "free"),
        ("Guards moved 40 inmates every morning to the yard.", "40", "transfer"),
    ],
)
def test_a_word_after_a_determiner_is_no_verb_of_the_count(sentence, text, predicate):
    """"released its last nine captives this evening": "evening" after "this" is a noun, not
    the verb "to even"; the count takes the verb before it."""
    assert frame_of(sentence, text).predicate == predicate


def test_a_count_of_more_counts_the_phrase_after_more():
    """"freed 35 more allied prisoners": the 35 are other allied prisoners, and "allied" is no
    verb of theirs; "20 more this week" counts nothing named ("this" is no noun)."""
    found = frame_of("The army said it had released 35 more allied soldiers.", "35")
    assert (found.thing, found.predicate) == ("other allied soldier", "free")
    assert frame_of("Seven more Americans are still held somewhere in Lebanon.", "Seven").predicate == "hold"
    assert frame_of("The rebels freed 20 more this week.", "20").thing == "other"


@pytest.mark.parametrize(
    ("sentence", "text", "predicate"),
    [
        # the participle after the joined count says which ones; the auxiliary opens the verb both share
        ("By Tuesday evening 3,210 inmates and 88 people held before trial had been released.", "3,210", "free"),
        ("By Tuesday evening 3,210 inmates and 88 people held before trial had been released.", "88", "free"),
        # no auxiliary: the next verb
        ("About 60 prisoners and nine foreigners walked free on Monday.", "About 60", "free"),
        # no verb of theirs before the comma: the prisoners are held, as with no joined count
        ("The monitor lists 1,150 political prisoners and 30 journalists.", "1,150", "hold"),
        ("The ferry carried 300 passengers, 21 crew and two cooks, when a storm capsized it.", "21", "transfer"),
    ],
)
def test_two_counts_joined_by_and_share_the_verb_after_the_second(sentence, text, predicate):
    assert frame_of(sentence, text).predicate == predicate


def test_before_a_bare_noun_is_a_preposition_not_a_clause():
    """"people held before trial had been released": "before trial" opens no clause, so the
    finite verb past it is the count's; "before the verdict was read" does."""
    assert frame_of("Some 75 people detained before trial were released on Friday.", "Some 75").predicate == "free"
    assert frame_of("About 2,000 people rallied outside the court before the verdict was read.", "About 2,000").predicate == "march"


def test_a_day_a_clause_of_telling_dates_takes_no_act_from_the_clause_before():
    """"will free 7,114 prisoners, state television announced on Thursday evening": Thursday is
    the day of the announcement, not of the release (another report's "began freeing them on
    Friday" is no changed day)."""
    assert frame_of("The junta will free 4,200 prisoners, state radio announced on Monday evening.", "Monday").predicate == ""
    assert frame_of("The junta ordered the release of 4,200 prisoners, most of them on Monday.", "Monday").predicate == "free"


def test_crossed_out_is_no_crossing():
    """"crossed out the last day on her calendar": no border crossed, so the day is no day of the
    prisoners' transfer (as "crossed the border on Saturday" is)."""
    assert frame_of("On Sunday evening she crossed out the last day on the calendar.", "Sunday").predicate != "transfer"
    assert frame_of("On Sunday the freed men crossed the border into Jordan.", "Sunday").predicate == "transfer"
    # "out of" a place is a crossing, and no deletion
    assert frame_of("By nightfall 212 soldiers had crossed out of the forest into Guinea.", "212").predicate == "transfer"


@pytest.mark.parametrize(
    ("sentence", "text", "predicate"),
    [
        ("About 3,000 miners walked out on Tuesday.", "About 3,000", "strike"),
        # out of a place: no strike; out of captivity: freed
        ("Some 30 delegates walked out of the talks on Tuesday.", "Some 30", "walk"),
        ("The 14 sailors walked out of captivity on Tuesday.", "14", "free"),
        ("The 14 sailors were held in captivity for 90 days.", "90 days", "hold"),
    ],
)
def test_walking_out_and_walking_out_of_a_place(sentence, text, predicate):
    assert frame_of(sentence, text).predicate == predicate


@pytest.mark.parametrize(
    ("sentence", "text", "predicate"),
    [
        # a count that opens its clause takes the verb past the part set beside it
        ("They were not alone: 16 of their aides, most of them army officers, were freed too.", "16", "free"),
        ("The 39 hostages, eight of them women, were flown to Frankfurt on Monday.", "39", "transfer"),
        ("More than 100 divers, most of them foreigners, were flown in for the rescue.", "More than 100", "transfer"),
        # a count after its verb keeps that verb, whatever follows the part
        ("The jails hold some 20,000 people, many of them never charged, though no one knows.", "some 20,000", "hold"),
        ("The raid left 77 people dead, nine of them Chinese, in the worst attack yet.", "77", "die"),
    ],
)
def test_a_part_set_beside_a_count_stands_between_it_and_its_verb(sentence, text, predicate):
    assert frame_of(sentence, text).predicate == predicate


@pytest.mark.parametrize(
    ("sentence", "text", "predicate"),
    [
        # a part that names someone "among them", on either side of the words
        ("Eleven inmates, the poet Karimov among them, had been released by noon.", "Eleven", "free"),
        ("Eleven inmates, among them the poet Karimov, had been released by noon.", "Eleven", "free"),
        # a part longer than a few words, naming groups joined by "or"
        (
            "Some 90 detainees, most of them members of the outlawed student union or of banned trade unions, "
            "have been released.",
            "Some 90",
            "free",
        ),
        # the count opens what a source said
        ("The ministry said 23 convicts, two of them women, were flown to Tashkent.", "23", "transfer"),
        ("Lawyers told reporters that 23 convicts, two of them women, were flown to Tashkent.", "23", "transfer"),
        # a list of parts, then the verb
        ("A group of about 400 inmates, including 30 women, 12 minors and several old men, was freed on Sunday.",
         "about 400", "free"),
    ],
)
def test_the_verb_of_a_count_past_who_is_among_them(sentence, text, predicate):
    assert frame_of(sentence, text).predicate == predicate


def test_prisoners_with_a_verb_after_their_joined_noun_are_not_held():
    """Prisoners with no verb of their own are held ("Viasna counts 1,323 political prisoners"),
    but a verb past a noun joined by "and" is theirs too."""
    assert frame_of("Around 700 prisoners and detainees were set free on Tuesday.", "Around 700").predicate == "free"
    assert frame_of("More than 900 detainees and internees are to be freed this month.", "More than 900").predicate == "free"
    assert frame_of("Around 700 prisoners and their relatives were reunited on Tuesday.", "Around 700").predicate == "reunite"
    assert frame_of("The group says it counts around 700 political prisoners.", "around 700").predicate == "hold"


def test_an_organisation_named_for_an_act_tells_no_such_act():
    """"Amnesty International lists 150 prisoners of conscience": prisoners it counts, held, not
    freed by an amnesty; "The amnesty covered 150 prisoners" is one."""
    assert frame_of("Amnesty International lists 150 prisoners of conscience in the country.", "150").predicate == "hold"
    assert frame_of("Amnesty International counts more than 150 prisoners.", "more than 150").predicate == "hold"
    assert frame_of("The amnesty covered 150 prisoners.", "150").predicate == "free"


@pytest.mark.parametrize(
    ("sentence", "text", "predicate"),
    [
        # "terms" is a noun: the verb is the one before it
        ("The tribunal gave life terms to 48 defendants on Monday.", "48", "sentence"),
        # who says it is no verb ("to group"); the place of custody past a word that says whose
        ("Rights groups say at least 35 reporters are in Iranian prisons.", "at least 35", "hold"),
        ("By their count, more than 90 Britons were in Thai jails last year.", "more than 90", "hold"),
    ],
)
def test_nouns_around_a_count_that_a_lexicon_also_lists_as_verbs(sentence, text, predicate):
    assert frame_of(sentence, text).predicate == predicate



@pytest.mark.parametrize(
    ("sentence", "text", "predicate"),
    [
        ("Police locked up 300 protesters after the march.", "300", "hold"),
        # "ranging" says what the terms span, not what happened: the verb before it does
        ("The court handed down sentences ranging from two years and three months to eight years.", "eight years", "sentence"),
    ],
)
def test_locked_up_holds_and_ranging_says_nothing_of_what_happened(sentence, text, predicate):
    assert frame_of(sentence, text).predicate == predicate


@pytest.mark.parametrize(
    ("sentence", "text", "predicate"),
    [
        # "hurt" is a participle and a state as "injured" is, though it is a noun too
        ("The ministry said 41 people had died and more than 600 were hurt.", "more than 600", "injure"),
        ("Train Derails In Bihar; 12 Dead, About 70 Hurt", "About 70", "injure"),
        # a count that opens its clause, then "to" and a verb: what is to befall them
        ("King Pardons 2,100 Convicts; 640 To Walk Free", "640", "free"),
        ("Cabinet Backs Amnesty Bill; 1,200 To Be Released", "1,200", "free"),
        # (not "to" after the counted noun: "attempts to free them" did not free anyone)
        ("Police said three earlier attempts to free them had failed.", "three", "fail"),
    ],
)
def test_hurt_and_a_count_to_walk_free(sentence, text, predicate):
    assert frame_of(sentence, text).predicate == predicate


def test_the_one_person_a_headline_names_is_read_past_its_title_case():
    """A Title Case headline's common words are no one's name ("... After More Than 4 Months": no
    one called "Than"), and a name before its verb is someone's, in a headline or a sentence."""
    from docdelta_claims.frame import sole_person_named

    assert sole_person_named("Opposition Chief Freed As Graft Case Collapses After More Than 4 Months") == ()
    assert sole_person_named("Volkov Walks Free After Two Years") == ("volkov",)
    assert sole_person_named("Volkov walks free after two years") == ("volkov",)
    assert sole_person_named("The 61-year-old Booker laureate spoke.") == ()


@pytest.mark.parametrize(
    ("sentence", "text", "predicate"),
    [
        # a plane that touched down landed: those on it were flown somewhere
        ("A jet with the 24 released US citizens touched down at Andrews.", "24", "transfer"),
        # an adverb of manner between the verb and its phrase ("taken straight to") changes no act
        ("Of those freed, 114 were taken straight to their homes in the provinces.", "114", "transfer"),
        # put on a plane (a flight, aboard) to somewhere: flown there, not held, whatever the noun before
        ("Some 37 of the freed detainees were put on a plane to Tbilisi.", "Some 37", "transfer"),
        ("Some 37 of the detainees were put on a flight to Tbilisi.", "Some 37", "transfer"),
        # delivered to someone, in the passive too: handed over
        ("Lange was delivered to Malian officials in Gao on Friday.", "Friday", "transfer"),
    ],
)
def test_touching_down_and_taken_straight_to_move_people(sentence, text, predicate):
    assert frame_of(sentence, text).predicate == predicate


def test_the_freed_told_as_citizens_of_one_country_meet_across_reports():
    from docdelta_claims import pair_claims

    found = [
        (p.status, p.old.text if p.old else None, p.new.text if p.new else None)
        for p in pair_claims(
            text_claims("The plane carrying the 26 freed Americans landed at Andrews on Thursday evening."),
            text_claims("A jet with the 24 released US citizens touched down at Andrews on Thursday evening."),
            (),
        )
    ]
    assert ("changed", "26", "24") in found
    assert ("same", "Thursday", "Thursday") in found


@pytest.mark.parametrize(
    ("sentence", "text", "predicate"),
    [
        # serving a term is the term a court gave ...
        ("Those pardoned had been serving terms of up to eight years.", "up to eight years", "sentence"),
        # ... not the time served of it
        ("He had served two years of a five-year term.", "two years", "hold"),
        # remaining under investigation (arrest) is being investigated (held), as being under it is
        ("A further 9 people remain under investigation, according to lawyers.", "9", "investigate"),
        ("Lawyers said 11 others are still under investigation.", "11", "investigate"),
    ],
)
def test_serving_terms_is_the_term_and_remaining_under_investigation_is_being_investigated(sentence, text, predicate):
    assert frame_of(sentence, text).predicate == predicate


def test_an_age_given_now_names_its_person_and_the_age_at_an_act_after_it_is_read():
    """"Ward, now 43, was 25 when she was arrested": 43 is Ward's age, 25 her age at the arrest
    (the word before "was" carries an age: a name, whatever else the lexicon knows it as)."""
    sentence = "Ward, now 43, was 25 when she was arrested in February 1974."
    ages = {c.text: c.category for c in text_claims(sentence)}
    assert ages["43"] == ages["25"] == "age"
    assert frame_of(sentence, "43").names == ("ward",)
    assert frame_of(sentence, "25").thing == "age at the time"


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        # a dateline with its country and its date opens no one's name: the subject after it does
        ("STOCKPORT, England, May 11 - Judith Ward was freed on bail.", ("judith", "ward")),
        ("SÃO PAULO, Brazil, March 3, 2021 (AP) - Lula spoke to reporters.", ("lula",)),
        ("MINSK, Dec. 13 (Reuters) - Lukashenko freed 52 people.", ("lukashenko",)),
    ],
)
def test_a_dateline_with_a_country_and_a_date_is_no_opening_name(sentence, names):
    from docdelta_claims.frame import opening_names

    assert opening_names(sentence) == names


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        # a conviction quashed (cleared) after some years ends time held, as a release after them does
        ("Guildford Four Cleared After 15 Years; Three Freed At Once", "15 Years"),
        ("Six Men's Convictions Quashed After 16 Years", "16 Years"),
    ],
)
def test_a_length_after_a_conviction_quashed_is_time_held(sentence, text):
    assert frame_of(sentence, text).predicate == "hold"


def test_a_preposition_right_before_a_time_is_the_times_not_the_verbs_particle():
    """"was taken in May 2022" is taken (abducted), not "taken in" (admitted, as refugees are); a
    count after the particle keeps the phrase ("took in 3,000 refugees")."""
    from docdelta_claims import pair_claims

    assert frame_of("Jörg Lange, an aid worker, was taken in May 2022 near the Niger border.", "May 2022").predicate == "take"
    assert frame_of("The UN took in 3,000 refugees in 2019.", "3,000").predicate == "admit"
    found = [
        (p.status, p.old.text if p.old else None, p.new.text if p.new else None)
        for p in pair_claims(
            text_claims("Jörg Lange, 61, an aid worker, was kidnapped near the border with Niger in April 2022."),
            text_claims("The 62-year-old aid worker, Jörg Lange, was taken in May 2022 near the Niger border."),
            (),
        )
    ]
    assert ("changed", "April 2022", "May 2022") in found


def test_hopefuls_and_candidates_are_one_kind_of_people():
    old = frame_of("Among them were seven former presidential hopefuls jailed ahead of the 2021 election.", "seven")
    new = frame_of("The group included six would-be candidates who were arrested before the vote.", "six")
    assert "thing" in agreement(old, new).matched


@pytest.mark.parametrize(
    "sentence",
    [
        "She spent more than five years in a penal colony.",
        "He spent more than five years in a labour camp.",
        "He spent more than five years in the state penitentiary.",
    ],
)
def test_a_penal_colony_a_labour_camp_and_a_penitentiary_are_custody(sentence):
    found = frame_of(sentence, "more than five years")
    assert (found.predicate, "custody" in found.places) == ("hold", True)


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("Nine More Dissidents Reach The West", "Nine"),  # a headline, read in lower case
        ("Nine dissidents reached the West on Friday.", "Nine"),
    ],
)
def test_reaching_the_west_is_arriving_there(sentence, text):
    """"the West" after "reached" is a place arrived at, as "reached Florida" is: the people moved
    (not prisoners held, as the noun alone would say)."""
    assert frame_of(sentence, text).predicate == "transfer"


@pytest.mark.parametrize(
    ("sentence", "text", "predicate"),
    [
        ("She was expelled from the ruling party in 1989.", "1989", "expel from party"),
        ("She was expelled from her university in 1990 for her poems.", "1990", "expel from university"),
        # from a country: moved abroad
        ("She was expelled from Cuba in 1991.", "1991", "transfer"),
    ],
)
def test_expelled_from_a_body_is_no_move_abroad_and_each_body_is_its_own_act(sentence, text, predicate):
    """Expelled from a party or a university, one is no longer a member: no one was moved, and the
    year one was expelled from the party is not the year one was expelled from university."""
    assert frame_of(sentence, text).predicate == predicate


def test_a_count_down_from_another_is_an_earlier_count_of_its_thing_and_one_against_another_group_is_that_group():
    from docdelta_claims.frame import compared

    sentence = "Turkey held 73 journalists in prison on December 1, down from 81 a year earlier."
    (earlier,) = [c for c in text_claims(sentence) if c.text == "81"]
    assert compared(earlier) == "since"
    frame = claim_frame(earlier, frame_of(sentence, "73"))
    assert (frame.thing, frame.times) == ("journalist", ("relative:earlier",))
    sentence = "Moscow said it held 6,465 Ukrainian prisoners of war, against 1,348 Russians in Ukrainian hands."
    (other,) = [c for c in text_claims(sentence) if c.text == "1,348"]
    assert compared(other) == "against"
    assert claim_frame(other, frame_of(sentence, "6,465")).thing == "russian"


def test_a_modal_after_a_year_is_no_noun_the_year_dates():
    """"in the 2019 election": the word after a year may be what it dates; "the end of 1970 will
    no longer ...": "will" is the clause's modal, no will (the document) of 1970."""
    assert frame_of("Refugees who left before the end of 1970 will no longer face prosecution.", "1970").thing != "will"
    assert frame_of("Exiles who fled before the end of 1971 will be spared, the decree says.", "1971").thing == frame_of(
        "Refugees who left before the end of 1970 will no longer face prosecution.", "1970"
    ).thing


def test_a_length_after_an_act_is_counted_from_the_clauses_own_verb_not_a_description_before_it():
    """"X, the mayor kidnapped in May, was released on Monday, 40 days after he was taken": what is
    40 days after the taking is the release, not the kidnapping that describes him: from a taking to a
    release, the time he was held."""
    sentence = "Luis Mora, the mayor kidnapped in May, was released by the rebels on Monday, 40 days after he was taken."
    assert (frame_of(sentence, "40 days").thing, frame_of(sentence, "40 days").predicate) == ("", "hold")
    sentence = "Luis Mora, the mayor kidnapped in May, was tried on Monday, 40 days after he was taken."
    assert frame_of(sentence, "40 days").thing == "offset try"


@pytest.mark.parametrize(
    "sentence",
    [
        "The wounded rebel was spirited out of the clinic by masked men on March 3.",
        "The wounded rebel was spirited away from the clinic on March 3.",
        "The wounded rebel was taken from his clinic bed on March 3.",
    ],
)
def test_spirited_out_or_away_is_taken(sentence):
    """Carried off unseen: one act with "taken from his bed", whichever words tell it."""
    assert frame_of(sentence, "March 3").predicate == "take"


def test_a_distance_by_road_from_a_place_is_that_distance():
    assert frame_of("The mine lies about 410 kilometers by road from the capital.", "about 410 kilometers").thing == "distance from capital"


def test_a_length_before_an_election_is_counted_from_the_act_its_subject_names_and_a_month_there_is_no_verb():
    """"The kidnapping came six weeks before the May 9 election": six weeks from the kidnapping to
    the election (not from a "coming", nor to a march), as "was seized two months before the May 9
    election" says."""
    first = frame_of("The kidnapping came six weeks before the May 9 election.", "six weeks")
    second = frame_of("The former minister was seized two months before the May 9 election.", "two months")
    assert (first.thing, first.predicate) == (second.thing, second.predicate) == ("offset abduct", "win")


def test_a_month_of_an_act_on_part_of_a_group_dates_that_group_and_defying_an_order_is_one_act():
    """"ignored a bail ruling for 15 of the detainees in June": the month of defying an order about
    detainees (the thing is theirs, with no word of "of the" left in it); "refused in July to carry
    out an order" is the same act."""
    june = frame_of("Police, who ignored a bail ruling for 15 of the detainees in June, may comply now.", "June")
    july = frame_of("Police had refused in July to carry out an earlier order granting bail to 15 of them.", "July")
    assert (june.thing, june.predicate, july.predicate) == ("prisoner", "defy", "defy")


@pytest.mark.parametrize("sentence", ["They were told they faced up to eight years in prison.", "They face up to eight years in prison."])
def test_a_term_one_faced_or_faces_is_the_most_a_court_may_give(sentence):
    assert frame_of(sentence, "up to eight years").predicate == "penalty"


def test_the_prisoners_a_deal_covers_are_those_it_frees():
    """"The arrangement ... covers 38 prisoners": freed under it, as "agreed on the release of 41
    prisoners" says; not held, as "prisoners" alone would say."""
    sentence = "The arrangement, for which Bonn pays in hard currency, covers 38 prisoners and their relatives, officials said."
    assert frame_of(sentence, "38").predicate == "free"
    assert frame_of("Some 38 prisoners remain in the camp.", "Some 38").predicate == "hold"


@pytest.mark.parametrize(
    "sentence",
    ["The junta, in power since a coup last March, freed them on Monday.", "The country, governed by the army since last March, freed them."],
)
def test_in_power_since_a_coup_dates_a_term_of_office(sentence):
    assert frame_of(sentence, "March").predicate == "office"


@pytest.mark.parametrize(
    ("sentence", "text", "predicate"),
    [
        # "jailed for" a length in years, in the simple past or as a bare participle, dated: the term given that day
        ("The professor, jailed for a decade in the small hours of Tuesday, will appeal.", "a decade", "sentence"),
        ("The editor was jailed for five years in 2014 over a report on a weapons plant.", "five years", "sentence"),
        # undated, it may be either (and was served whole: "freed after 4 years"): left as time held
        ("The blogger jailed for four years over her reporting appeared in a video.", "four years", "hold"),
        # in a perfect tense, or in days: the time held so far
        ("The editor had been jailed for 18 months before the amnesty.", "18 months", "hold"),
        ("The editor has been jailed for three years without a trial.", "three years", "hold"),
        ("The tourist, jailed for 468 days, came home on Sunday.", "468 days", "hold"),
    ],
)
def test_jailed_for_years_is_the_term_given_not_the_time_held(sentence, text, predicate):
    assert frame_of(sentence, text).predicate == predicate


def test_a_term_told_as_jailed_for_meets_the_term_told_as_sentenced_to():
    session = docdelta.Session(plugins=["news", "claims"])
    old = (
        "The president pardoned 102 prisoners on Sunday.\n\n"
        "Among them was the editor of a weekly paper, jailed for 10 years in 2014 over a report on a weapons plant.\n\n"
        "He had been held for 236 days before his trial."
    )
    new = (
        "A presidential amnesty freed 102 inmates on Sunday.\n\n"
        "Those released include the editor of a weekly who was sentenced in 2014 to seven years for reporting on an army factory."
    )
    found = {(f.data["status"], f.data["old"]["text"], f.data["new"]["text"]) for f in session.compare(old, new).findings if f.kind == "claim" and f.data["old"] and f.data["new"]}
    assert ("changed", "10 years", "seven years") in found


@pytest.mark.parametrize("event", ["a vigil", "a protest", "a memorial service", "prayers"])
def test_an_event_held_holds_no_one(event):
    """"had held a vigil for him in June" dates the vigil: no one held captive in June, so it never
    meets "had been held since January"."""
    assert frame_of(f"Friends in his home town had held {event} for the medic in June.", "June").predicate != "hold"


def test_a_term_given_past_its_charges_is_the_term():
    """"sentenced for fraud and giving a bribe to six years": the verb of the term stands past the
    charges, which the reader takes for a clause of their own."""
    sentence = "The farmer was arrested on October 10, 2009, and sentenced for fraud and giving a bribe to six years in a penal colony."
    assert frame_of(sentence, "six years").predicate == "sentence"


def test_a_day_corrected_beside_a_term_corrected_is_changed_too():
    """A term is no figure counted at a moment: the arrest's day beside it was corrected as well."""
    session = docdelta.Session(plugins=["news", "claims"])
    old = "The farmer was arrested on October 10, 2009, and sentenced for fraud and giving a bribe to six years in a penal colony."
    new = "He was arrested on October 12, 2009, and on November 25 of that year he was sentenced to five years and two months in prison."
    found = {(f.data["status"], f.data["old"]["text"], f.data["new"]["text"]) for f in session.compare(old, new).findings if f.kind == "claim" and f.data["old"] and f.data["new"]}
    assert {("changed", "six years", "five years and two months"), ("changed", "October 10, 2009", "October 12, 2009")} <= found


@pytest.mark.parametrize(
    ("sentence", "text", "predicate"),
    [
        ("A police officer was given five years and fined 2 million CFA francs for abuse of office.", "2 million CFA francs", "fine"),
        # a fine given is fined, whatever the verb before it (here one of another clause's)
        ("A police officer prosecuted for abuse of office got five years and a fine of 3 million CFA francs.", "3 million CFA francs", "fine"),
        ("The court also imposed a fine of 50 million CFA francs on the former minister.", "50 million CFA francs", "fine"),
    ],
)
def test_a_fine_given_is_fined(sentence, text, predicate):
    assert frame_of(sentence, text).predicate == predicate


def test_a_fine_left_unpaid_tells_no_act_of_fining():
    """"leaves unpaid a fine of $350 million" (of a man the sentence does not name) is no fine given
    that day: it is not drawn into the row of another man's fine."""
    assert frame_of("The pardon leaves unpaid a fine of $350 million, close to the sum he took.", "$350 million").predicate != "fine"


def test_a_month_that_qualifies_a_noun_dates_that_noun_not_the_count():
    """"worked on her campaign or on the October primary": the primary's month, no time of the
    freeing; "jailed since the July 10 rally" still tells when the holding began."""
    primary = frame_of("The candidate said 24 had been freed, including five people who worked on the October primary.", "five")
    assert primary.times == ()
    rally = frame_of("The opposition leader and nine other men jailed since the July 10 rally were set free.", "nine")
    assert rally.times != ()


def test_two_held_in_two_countries_are_two_people_whatever_name_both_sentences_share():
    """"the cyclist held in Iran since June" / "an Iranian woman held in France since February":
    "Iran" stands in both sentences, but each is held in another country."""
    june = frame_of("Lennart Monterlos, the cyclist held in Iran since June, landed in France on Thursday.", "June")
    february = frame_of("Iran has said it hopes to swap them for an Iranian woman held in France since February.", "February")
    assert "name" in agreement(june, february).conflicts
    # one person named on both sides is one, wherever each report places him
    held = frame_of("Clinton Knox was freed on Wednesday after 18 hours as a hostage in Haiti.", "18 hours")
    also = frame_of("The kidnappers who held Clinton Knox for more than 20 hours landed in Mexico on Wednesday.", "more than 20 hours")
    assert "name" not in agreement(held, also).conflicts


def test_a_women_s_prison_is_custody():
    """"held for six months in a women's prison" / "spent eight months in a women's prison": time in
    custody on both sides (not "in the country's jails", a tally of a place's prisons)."""
    held = frame_of("The woman was held for six months in a women's prison on the coast.", "six months")
    spent = frame_of("The woman, the only female defendant, spent eight months in a women's prison.", "eight months")
    assert "custody" in held.places and "custody" in spent.places
    assert agreement(held, spent).matched == ("predicate", "place")


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("A New York-based group said 136 reporters and editors were behind bars worldwide.", "136"),
        ("Georgian officials said 101 of their civilians were still in Ossetian hands.", "101"),
        ("About 150 foreigners have been seized since 2005, and at least 20 are still in the hands of kidnappers.", "at least 20"),
    ],
)
def test_a_count_that_is_in_custody_is_held(sentence, text):
    assert frame_of(sentence, text).predicate == "hold"
