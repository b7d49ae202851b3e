"""``benchmarks/edits.py``: every figure of a pairing set edited alone is found ``changed``, and
nothing else moves; the one outcome by design otherwise is a weekday of saying, ``differs``."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("docdelta_bench_edits", ROOT / "benchmarks" / "edits.py")
assert _spec and _spec.loader
edits = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(edits)

#: A weekday on which something was said: a later version re-reports on a later day.
_SAID_ON = re.compile(r"\b(?:said|says|told|announced|reported|confirmed|added)\b[^.]{0,60}\bon\s+$")


def test_edits_keep_their_form():
    assert edits.edited_figure("between 400 and 750", "count") == "between 400 and 860"
    assert edits.edited_figure("2,000", "count") == "2,288"  # a count with a comma is no year
    assert edits.edited_figure("2019", "year") == "2018"
    assert edits.edited_figure("from 2007 to 2015", "year") == "from 2007 to 2016"
    assert edits.edited_figure("44.40 percent", "percent") == "44.43 percent"
    assert edits.edited_figure("Five", "count") == "Seven"
    assert edits.edited_figure("in early August", "date") == "in early October"
    assert edits.edited_figure("4-3", "count") is None and edits.edited_figure("two-thirds", "percent") is None


def test_every_figure_of_the_first_corpus_edited_alone_is_found_changed():
    results = list(edits.score([ROOT / "tests" / "facts_corpus"]))
    made = [r for r in results if r[1] != "skipped"]
    assert len(made) >= 200
    for category, outcome, pair, claim, version in made:
        if outcome == "changed":
            continue
        # the one other outcome: a weekday of saying, edited, "differs"
        at = version.find(edits.edited_figure(claim, category))
        assert (outcome, category) == ("differs", "date") and claim in edits._WEEKDAYS, (pair, claim, outcome)
        assert _SAID_ON.search(version[max(0, at - 80) : at]), (pair, claim)


def test_moved_and_added_to_the_figure_is_still_found():
    """The edited sentence moved to the top with ", officials said." added: found ``changed``
    (here all of them but the weekdays of saying)."""
    results = [r for r in edits.score([ROOT / "tests" / "facts_corpus"], "moved-said") if r[1] != "skipped"]
    changed = [r for r in results if r[1] == "changed"]
    assert len(results) >= 150 and len(changed) >= len(results) - sum(r[3] in edits._WEEKDAYS for r in results)


def test_a_time_put_in_front_of_its_sentence_keeps_the_figure_found():
    """The edited sentence reworded as another outlet often words it, its time in front ("On
    Thursday, the government freed 62 prisoners"): found ``changed`` (all but the weekdays of
    saying, in the first two sets)."""
    text = "Headline Here\n\nThe government freed 52 prisoners on Thursday, officials said. Others stayed.\n\nMore text."
    (version,) = [v for f, v in edits.versions(text, "fronted-time") if v is not None]
    assert "On Thursday, the government freed 62 prisoners, officials said." in version
    assert edits._fronted("Since 2019 it freed 5 on Monday.", 0, "Since 2019 it freed 5 on Monday.", 20, 21, "7") is None  # a sentence that opens with a phrase of its own
    results = [r for r in edits.score([ROOT / "tests" / "facts_corpus", ROOT / "tests" / "facts_heldout"], "fronted-time") if r[1] != "skipped"]
    assert len(results) >= 60
    assert all(r[1] == "changed" or (r[1] == "differs" and r[3] in edits._WEEKDAYS) for r in results), [r[:4] for r in results if r[1] != "changed"]


def test_who_said_it_put_first_keeps_the_figure_found():
    """", the foreign ministry said." put first ("The foreign ministry said the government freed 62
    prisoners"): found ``changed`` (in the first two sets, every one)."""
    text = "Headline Here\n\nThe government freed 52 prisoners on Thursday, the foreign ministry said. Others stayed.\n\nMore text."
    versions = [v for f, v in edits.versions(text, "said-first") if v is not None]
    assert "The foreign ministry said the government freed 62 prisoners on Thursday." in versions[0]
    results = [r for r in edits.score([ROOT / "tests" / "facts_corpus", ROOT / "tests" / "facts_heldout"], "said-first") if r[1] != "skipped"]
    assert len(results) >= 50
    assert all(r[1] == "changed" for r in results), [r[:4] for r in results if r[1] != "changed"]


def test_a_range_revised_in_a_sentence_joined_to_the_next_is_found():
    """A writethru joins a sentence to the one after it by ", and" and revises a range in it ("had
    asked for 40 to 50 years" / "40 to 60 years, and his lawyers argued ..."): the range is
    ``changed``, one end kept, though the sentence now reads less alike than an edit in place."""
    text = "Headline Here\n\nProsecutors had asked for 40 to 50 years. His lawyers argued for about six years.\n\nMore text."
    joined = [v for f, v in edits.versions(text, "joined") if v is not None and "40 to 60" in v]
    assert "Prosecutors had asked for 40 to 60 years, and his lawyers argued for about six years." in joined[0]
    results = [r for r in edits.score([ROOT / "tests" / "facts_heldout"], "joined") if r[1] != "skipped"]
    ranges = [r for r in results if re.search(r"\d to \d|between \d", r[3])]
    assert ranges and all(r[1] == "changed" for r in ranges), [r[:4] for r in ranges if r[1] != "changed"]


def test_a_figure_put_in_a_quote_is_still_found():
    """The edited sentence in an official's mouth ('"The government freed 62 prisoners," an
    official said.'): found ``changed`` (in the first set, all but the weekdays of saying)."""
    text = "Headline Here\n\nThe government freed 52 prisoners on Thursday. Others stayed.\n\nMore text."
    versions = [v for f, v in edits.versions(text, "quoted") if v is not None]
    assert '"The government freed 62 prisoners on Thursday," an official said.' in versions[0]
    results = [r for r in edits.score([ROOT / "tests" / "facts_corpus"], "quoted") if r[1] != "skipped"]
    assert len(results) >= 150
    assert all(r[1] == "changed" or (r[1] == "differs" and r[3] in edits._WEEKDAYS) for r in results), [r[:4] for r in results if r[1] != "changed"]


def test_a_sentence_split_in_two_keeps_the_figure_found():
    """A writethru splits "The government freed 52 prisoners on Thursday, and officials said 14
    others would follow." in two: each figure edited is found ``changed``; a second clause with no
    subject of its own ("and sentenced him") is not split."""
    text = "Headline Here\n\nThe government freed 52 prisoners on Thursday, and officials said 14 others would follow. Others stayed.\n\nMore text."
    versions = [(f, v) for f, v in edits.versions(text, "split") if v is not None]
    assert "The government freed 62 prisoners on Thursday. Officials said 14 others would follow." in versions[0][1]
    assert all(edits.outcome(text, v, f) == "changed" for f, v in versions)
    assert edits._split("x", 0, "Police held him in 2019, and sentenced him to 5 years.", 44, 45, "7") is None


def test_who_said_it_told_as_according_to_keeps_the_figure_found():
    """", the foreign ministry said." told as ", according to the foreign ministry.": found
    ``changed`` (in the first two sets, every one); a pronoun or a clause is no source to reword."""
    text = "Headline Here\n\nThe government freed 52 prisoners on Thursday, the foreign ministry said. Others stayed.\n\nMore text."
    versions = [v for f, v in edits.versions(text, "according-to") if v is not None]
    assert "The government freed 62 prisoners on Thursday, according to the foreign ministry." in versions[0]
    assert edits._according_to("x", 0, "They freed 5 people on Monday, he said.", 11, 12, "7") is None
    assert edits._according_to("x", 0, "Four of them died, not six as first reported.", 0, 4, "Six") is None
    results = [r for r in edits.score([ROOT / "tests" / "facts_corpus", ROOT / "tests" / "facts_heldout"], "according-to") if r[1] != "skipped"]
    assert len(results) >= 50
    assert all(r[1] == "changed" for r in results), [r[:4] for r in results if r[1] != "changed"]


def test_restyle_keeps_every_figure_in_another_house_style():
    assert edits.restyle("The U.S. said 45 percent of the four towns, on Dec. 13, had $5 million.") == (
        "The US said 45% of the 4 towns, on December 13, had $5m."
    )
    assert edits.restyle("It rose 4% on December 3; Reform UK four, four hundred and three, three quarters.") == (
        "It rose 4 percent on Dec. 3; Reform UK four, four hundred and three, three quarters."
    )


def _moves_nothing_and_each_edit_is_found(transform, mode: str) -> None:
    """Each text of the first set given by ``transform`` moves no figure; and with ``mode``'s edits,
    each edited figure alone is ``changed`` (a weekday of saying ``differs``, by design)."""
    for pair in edits.facts.pairs(ROOT / "tests" / "facts_corpus"):
        text = pair["old"].strip()
        moved = [
            f.message
            for f in edits.SESSION.compare(text, transform(text)).findings
            if f.check == "numeric-claims" and f.data["status"] not in ("same", "compatible")
        ]
        assert not moved, (pair["id"], moved)
    results = [r for r in edits.score([ROOT / "tests" / "facts_corpus"], mode) if r[1] != "skipped"]
    assert len(results) >= 200
    assert all(r[1] == "changed" or (r[1] == "differs" and r[3] in edits._WEEKDAYS) for r in results), [r[:4] for r in results if r[1] != "changed"]


def test_a_story_in_another_house_style_moves_no_figure_and_its_edit_is_found():
    """The same story in another outlet's or the feed's style ("45%" for "45 percent", "4" for
    "four", "$5m" for "$5 million", "Dec. 13" for "December 13") is no change of any figure; with
    one figure edited besides, that figure alone is ``changed`` (in the first set, every edit but
    the weekdays of saying)."""
    _moves_nothing_and_each_edit_is_found(edits.restyle, "restyled")


def test_a_story_as_a_feed_carries_it_moves_no_figure_and_its_edit_is_found():
    """The seeds' feed text differs from the site's by curly quotes, a "Read also:" line and a
    footer; a story given so (:func:`as_fed`) moves no figure of its own, and one figure edited
    besides is that figure alone ``changed`` (in the first set, all but the weekdays of saying)."""
    fed = edits.as_fed('Title Here\n\n"It is good," he said. It\'s done.\n\nSecond.\n\nThird.')
    assert "\u201cIt is good,\u201d he said. It\u2019s done.\n\n" + edits._RELATED + "\n\nSecond." in fed
    assert fed.endswith(edits._FOOTER)
    _moves_nothing_and_each_edit_is_found(edits.as_fed, "fed")
