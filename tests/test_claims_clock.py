"""Times of day as claims: read with their qualifier and zone, and ``changed`` only where a sentence
kept nearly whole or one act named alike on both sides vouches for one moment."""

from __future__ import annotations

import docdelta

SESSION = docdelta.Session(plugins=["news", "claims"])


def _clock_findings(old: str, new: str) -> list[tuple[str, str | None, str | None, str | None]]:
    report = SESSION.compare(old, new)
    return sorted(
        (
            f.data["status"],
            f.data["old"] and f.data["old"]["text"],
            f.data["new"] and f.data["new"]["text"],
            (f.data.get("evidence") or {}).get("uncertain"),
        )
        for f in report.findings
        if f.kind == "claim" and f.data["category"] == "clock"
    )


STORY = (
    "Two Italians freed in Venezuela landed in Rome on Tuesday.\n\n"
    "The government plane from Caracas touched down at {time} local time, and both men were taken "
    "to a military hospital for checks.\n\n"
    "Their families had waited at the airport since dawn."
)


def test_a_time_of_day_revised_in_a_kept_sentence_is_changed():
    found = _clock_findings(STORY.format(time="8:10 a.m."), STORY.format(time="7:40 a.m."))
    assert found == [("changed", "8:10 a.m. local time", "7:40 a.m. local time", None)]


def test_a_time_of_day_told_alike_is_no_finding_of_change():
    session = docdelta.Session(plugins=["news", "claims"], options={"include-ignored": True})
    report = session.compare(STORY.format(time="8:10 a.m."), STORY.format(time="8:10 a.m."))
    found = [(f.data["status"], f.data["old"]["text"]) for f in report.findings if f.kind == "claim" and f.data["category"] == "clock"]
    assert found == [("same", "8:10 a.m. local time")]


def test_two_outlets_times_of_one_act_named_alike_are_changed():
    old = "A magnitude 6.4 earthquake struck the coast at 2:44 a.m. on Tuesday, officials said."
    new = "The quake, of magnitude 6.4, struck the coast at 3:04 a.m. on Tuesday, killing at least 21 people."
    assert ("changed", "2:44 a.m.", "3:04 a.m.", None) in _clock_findings(old, new)


def test_times_of_two_acts_in_a_rewritten_sentence_only_differ():
    """A sentence rewritten with another act ("driven to the ministry" / "took off"): two moments
    of the story's day, not one time revised."""
    old = (
        "The two journalists were driven from prison to the foreign ministry at about 2:30 p.m. "
        "and handed over to the British high commissioner."
    )
    new = (
        "The two journalists took off at 8:50 p.m., some six hours after they were brought from "
        "prison to the foreign ministry and handed over to the British high commissioner."
    )
    found = _clock_findings(old, new)
    assert {text for _, *texts, _ in found for text in texts} >= {"about 2:30 p.m.", "8:50 p.m."}
    assert all(status != "changed" for status, *_ in found)


def test_a_planned_time_against_the_time_it_happened_only_differs():
    old = "A chartered plane is expected to land in Kochi at 7 a.m. on Saturday with the 46 nurses on board."
    new = "A chartered plane carrying the 46 nurses landed in Kochi at 11:57 a.m. on Saturday, hours later than planned."
    found = _clock_findings(old, new)
    assert all(status != "changed" for status, *_ in found)
    assert ("differs", "7 a.m.", "11:57 a.m.", "times of day of two acts") in found


def test_the_one_time_each_outlet_gives_for_one_act_is_changed():
    """Two outlets, their sentences worded apart: the one landing time each gives ("landed at about
    11 a.m." / "touched down just after noon") is one moment told two ways, paired by its act;
    the seizure's times, told of two verbs ("seized" / "stopped his car"), are then the one time
    each report leaves alone, an hour apart, and meet as one moment too."""
    old = (
        "The freed engineer arrived home on Friday after three weeks in captivity.\n\n"
        "His plane landed in the capital at about 11 a.m., and relatives waited at the gate with flowers.\n\n"
        "The kidnappers had seized him at a checkpoint on the coast road at about 4 a.m. on March 2."
    )
    new = (
        "A kidnapped engineer returned home on Friday, three weeks after he was taken.\n\n"
        "Gunmen had stopped his car at a checkpoint shortly before 5 a.m. on March 2.\n\n"
        "The flight bringing him back touched down just after noon, and he was driven to his mother's house."
    )
    found = _clock_findings(old, new)
    assert ("changed", "about 11 a.m.", "just after noon", None) in found
    assert ("changed", "about 4 a.m.", "shortly before 5 a.m.", None) in found


def test_the_one_time_of_day_each_outlet_leaves_alone_is_one_moment_worded_apart():
    """No verb in common ("read its verdict" / "The ruling came"), but the one time of day each
    report gives, an hour apart: one moment told two ways. Times further apart than a few hours are
    as often two moments of the story's day."""
    old = (
        "A court in the capital read its verdict at about 3 a.m. on Saturday, after a hearing that ran through the night.\n\n"
        "The opposition leader was sentenced to ten years in prison."
    )
    new = (
        "The ruling came shortly after 4 a.m., at the end of a session that had opened the previous morning.\n\n"
        "The opposition leader was given ten years in prison."
    )
    assert ("changed", "about 3 a.m.", "shortly after 4 a.m.", None) in _clock_findings(old, new)
    later = new.replace("shortly after 4 a.m.", "shortly after 9 a.m.")
    assert all(status != "changed" for status, *_ in _clock_findings(old, later))


def test_a_whole_hour_rounds_a_time_told_to_the_minute():
    """"at 9 a.m." / "at 9:02 a.m.": the hour, rounded, not another moment; two minutes apart, both
    told to the minute ("10:59" / "10:58"), a time revised."""
    old = "The funicular left the valley station at {} with 161 skiers on board, police said."
    new = "The funicular left the valley station at {}, carrying 161 skiers, officials said."
    assert all(status != "changed" for status, *_ in _clock_findings(old.format("9 a.m."), new.format("9:02 a.m.")))
    assert ("changed", "10:59 a.m.", "10:58 a.m.", None) in _clock_findings(old.format("10:59 a.m."), new.format("10:58 a.m."))


def test_a_time_of_day_dates_the_act_before_it_not_a_state_after_it():
    """"released at about 10:30 a.m." and "the release took place at 10:47 a.m." date one act (a
    release that "took place" is the release's); "landing at about 8 p.m." and "arrived ... at about 9
    p.m. aboard a plane" date one landing, not a state of being aboard."""
    old = (
        "The farmer was released at about 10:30 a.m. in the hills near the border, the church said.\n\n"
        "He was flown to the capital on an air force plane, landing at about 8 p.m., and handed over to his family."
    )
    new = (
        "The bishops' conference said the release took place at 10:47 a.m. in a forested area of the border hills.\n\n"
        "He arrived in the capital at about 9 p.m. aboard an air force plane and was handed to his relatives."
    )
    found = _clock_findings(old, new)
    assert ("changed", "about 10:30 a.m.", "10:47 a.m.", None) in found
    assert ("changed", "about 8 p.m.", "about 9 p.m.", None) in found


def test_a_journey_s_legs_are_moments_of_their_own():
    """Driven from prison, the flight left, the plane landed: one class of act moves the people in each,
    but each leg has its own time. A departure told two ways ("left" / "took off") is one moment."""
    old = (
        "The two men were driven from their prisons shortly after 6 p.m., and the flight left at 10:40 p.m., "
        "a police official said."
    )
    new = "Their plane took off at 10:50 p.m. and landed about 10 hours later, officials said."
    found = _clock_findings(old, new)
    assert ("changed", "10:40 p.m.", "10:50 p.m.", None) in found
    assert all(status != "changed" for status, old_text, *_ in found if old_text == "shortly after 6 p.m.")


def test_leaving_a_prison_at_a_time_is_the_release_not_a_departure():
    old = "The cleric left the prison in the hills at 6 am and was driven towards his school, a spokeswoman said."
    new = "The preacher, 82, walked out of the prison in the hills at 5.30 am on Friday, wearing a white robe."
    assert ("changed", "6 am", "5.30 am", None) in _clock_findings(old, new)


def test_a_revised_time_of_day_is_named_so_in_the_report():
    report = SESSION.compare(STORY.format(time="8:10 a.m."), STORY.format(time="7:40 a.m."))
    (finding,) = [f for f in report.findings if f.kind == "claim" and f.data["category"] == "clock"]
    assert finding.message == "time of day: 8:10 a.m. local time → 7:40 a.m. local time (changed)"
    assert finding.factual and finding.severity == "high"


def test_the_report_s_claims_table_names_a_time_of_day_so():
    session = docdelta.Session(plugins=["news", "claims", "text"])
    text = session.render(session.compare(STORY.format(time="8:10 a.m."), STORY.format(time="7:40 a.m.")), "text")
    assert "changed | time of day | 8:10 a.m. local time | 7:40 a.m. local time" in text
    assert "| clock |" not in text
