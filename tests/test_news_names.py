"""The name-variants check: a table of pairs that are and are not one name, and findings on texts."""

from __future__ import annotations

import json
import re
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import docdelta
from docdelta import Block, Comparison, Document, Span
from docdelta.spelling import SHORTEST, is_variant
from docdelta_news.names import _SENTENCE_END, _candidate_pairs, _capitalised_words, _groups, find_name_variants, is_headline

VARIANTS = [
    ("Kalesnikova", "Kalesnikava"),
    ("Zelensky", "Zelenskyy"),
    ("Tsikhanouskaya", "Tsikhanovskaya"),
    ("Lukashenko", "Lukashenka"),
    ("Bialiatski", "Byaliatski"),
    ("Khomich", "Khomych"),
    ("Tikhanovskaya", "Tikhanovksaya"),  # two letters swapped
    ("Dmitry", "Dmitriy"),
    ("Babaryka", "Babariko"),  # transliterations: y/i, then a vowel for a vowel
    ("Kalesnikava", "Kalesnikova"),
    ("Cole", "Coale"),  # four letters: a vowel added beside another
    ("Zelenskyy", "Zelenskiy"),
    ("Aleksandr", "Alexandr"),
    ("Khodorkovsky", "Hodorkovsky"),
    ("Émile", "Emile"),
    ("Göldi", "Goeldi"),  # German umlauts written out
    ("Müller", "Mueller"),
    ("Nur", "Nour"),  # three letters: only a vowel added beside another
    # Belarusian or Ukrainian and Russian transliterations: vowels apart, h/g, ts/t, dz/d, u/v
    ("Kalesnikava", "Kolesnikova"),
    ("Tsikhanouskaya", "Tikhanovskaya"),
    ("Aliaksandr", "Aleksandr"),
    ("Hrodna", "Grodno"),
    ("Homel", "Gomel"),
    ("Dzmitry", "Dmitry"),
    # letters with a stroke, which have no accent to drop, written without it
    ("Đilas", "Djilas"),
    ("Đoković", "Djokovic"),
    ("Łukasz", "Lukasz"),
    ("Søren", "Soren"),
]
NOT_VARIANTS = [
    ("Belarus", "Belarusian"),
    ("Minsk", "Moscow"),
    ("Russia", "Russian"),
    ("Ukraine", "Ukrainian"),
    ("Ukrainian", "Ukrainians"),
    ("Lithuania", "Lithuanian"),
    ("Austria", "Australia"),
    ("Slovakia", "Slovenia"),
    ("Belarus", "Belavia"),
    ("Belarus", "Belaruskali"),
    ("Kalesnikov", "Kalesnikova"),
    ("Zelensky", "ZELENSKY"),
    ("Iran", "Iraq"),
    ("Washington", "Warrington"),
    ("Lukashenko", "Lukashenko's"),
    # short names one consonant or one lone vowel apart, and pairs folding would join wrongly
    ("Chen", "Cohen"),
    ("Beck", "Becky"),
    ("Poland", "Pollard"),
    ("Jincheng", "Yancheng"),
    ("Manila", "Mantilla"),
    ("Barnes", "Barnett"),
    ("Kaiser", "Kayseri"),
    ("Xi", "Xu"),
    ("Nur", "Nor"),
    ("Ali", "Alia"),
    ("Xi", "Xia"),
    # names of few consonants stay apart however their vowels go, and so do two names of one first letter
    ("Ihar", "Ihor"),
    ("Lima", "Lome"),
    ("Vilnius", "Valens"),
    ("Mikalai", "Mikhail"),
    ("Lukashenko", "Lukoshkin"),
    ("Chechen", "Chechnya"),  # a people and a place: one ends in a vowel, the other does not
    ("Vladimir", "Volodymyr"),
    ("Julia", "July"),  # four letters: one vowel apart only as written, not as folded
    ("Abiy", "Abay"),  # one given name's Russian and Ukrainian forms: in the news, Putin and Zelensky
]


@pytest.mark.parametrize(("one", "other"), VARIANTS)
def test_variant_pairs(one, other):
    assert is_variant(one, other) and is_variant(other, one)


@pytest.mark.parametrize(("one", "other"), NOT_VARIANTS)
def test_not_variant_pairs(one, other):
    assert not is_variant(one, other) and not is_variant(other, one)


def variants(old: str, new: str, **options) -> list[docdelta.Finding]:
    report = docdelta.Session(["news"], options=options, strict=True).compare(old, new)
    return [finding for finding in report.findings if finding.check == "name-variants"]


def test_every_place_of_every_spelling_across_both_documents():
    old = "The lede.\n\nOpposition figure Maria Kalesnikova was freed."
    new = old + "\n\nThe sister of Kalesnikava said Kalesnikava's health was good."
    (finding,) = variants(old, new)
    assert finding.kind == "name-variant" and finding.factual and finding.severity == "medium"
    first = new.index("Kalesnikava")
    second = new.index("Kalesnikava", first + 1)
    assert finding.data["variants"] == {
        "Kalesnikava": {"old": [], "new": [[first, first + 11], [second, second + 11]]},
        "Kalesnikova": {"old": [[35, 46]], "new": [[35, 46]]},
    }
    assert [span.slice(new) for span in finding.new_spans] == ["Kalesnikova", "Kalesnikava", "Kalesnikava"]
    assert finding.message == "One name, 2 spellings: Kalesnikava (2 new), Kalesnikova (1 old, 1 new)"
    json.dumps(dict(finding.data))


def test_one_document_alone_can_hold_the_variants():
    (finding,) = variants("Zelensky spoke.", "Ukrainian leader Zelensky met Zelenskyy's aides.")
    assert finding.data["spellings"] == ["Zelensky", "Zelenskyy"]
    assert finding.data["variants"]["Zelensky"]["old"] == [[0, 8]]


def test_sentence_initial_common_words_are_not_names():
    assert variants("These were freed. Those were not.", "Those were freed. These were not.") == []


def test_a_title_case_headline_s_words_are_no_names_but_a_name_there_without_its_accents_is():
    """Every word of a title-case headline is capitalised: "Frees" and "Freed" in two versions'
    headlines are no name spelled two ways, nor "More" a spelling of "Moore". A headline's "Jose" is
    the story's "José" written without its accent."""
    old = "Iran Frees Ruben Moore After Talks\n\nIran freed the engineer José Moore on Friday, officials said."
    new = "Iran Freed Jose Moore After More Talks\n\nIran freed the engineer José Moore on Friday, officials said."
    assert [f.data["spellings"] for f in variants(old, new)] == [["Jose", "José"]]


def test_names_in_ignored_blocks_count_only_when_included():
    old = "Officials met Lukashenko on Friday."
    new = "Officials met Lukashenko on Friday.\n\nRead also: How Lukashenka kept power"
    assert variants(old, new) == []
    (finding,) = variants(old, new, **{"include-ignored": True})
    assert finding.data["spellings"] == ["Lukashenka", "Lukashenko"]


def test_the_same_input_gives_the_same_findings():
    text = "Met Kalesnikova, Zelensky, Zelenskyy, Kalesnikava and Lukashenka or Lukashenko there."
    first = variants("Nothing.", text)
    assert [f.data["spellings"] for f in first] == [
        ["Kalesnikava", "Kalesnikova"],
        ["Lukashenka", "Lukashenko"],
        ["Zelensky", "Zelenskyy"],
    ]
    assert variants("Nothing.", text) == first


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text("aAbBoOyYiIsnvwkhxpgtzdue", min_size=4, max_size=8).map(str.capitalize), max_size=25, unique=True))
def test_the_indexed_search_finds_every_pair_a_full_comparison_finds(spellings):
    spellings.sort()
    every_pair = {(one, other) for one in spellings for other in spellings if one < other and is_variant(one, other)}
    assert {pair for pair in _candidate_pairs(spellings) if is_variant(*pair)} == every_pair


# The check looks for capitalised words alone, once per distinct block text, and makes spans for its
# findings only; these check it against the simple definition: every word of every block, one by one.

#: A word as the check first defined it: letters, joined by hyphens or apostrophes.
WORD = re.compile(r"[^\W\d_][^\W\d_'’\-]*(?:[\-'’][^\W\d_]+)*")
POSSESSIVE = re.compile(r"['’]s?$")


def capitalised_words_one_by_one(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, str]]:
    found = []
    for match in WORD.finditer(text, start, len(text) if end is None else end):
        word = POSSESSIVE.sub("", match.group())
        if len(word) >= SHORTEST and word[0].isupper() and not word.isupper():
            found.append((match.start(), word))
    return found


def name_variants_one_by_one(comparison: Comparison) -> list[tuple]:
    places: dict[str, dict[str, list[Span]]] = {}
    names, in_headlines = set(), set()
    for side, document in (("old", comparison.old), ("new", comparison.new)):
        for block in document.blocks:
            if block.ignored and not comparison.options.get("include-ignored", False):
                continue
            headline = is_headline(block.span.slice(document.text))
            for start, word in capitalised_words_one_by_one(document.text, block.span.start, block.span.end):
                places.setdefault(word, {"old": [], "new": []})[side].append(Span(start, start + len(word)))
                before = document.text[max(block.span.start, start - 8) : start]
                at_block_start = start - block.span.start <= 8 and not before.strip("\"'“‘([ \t")
                if headline:
                    in_headlines.add(word)
                elif not at_block_start and _SENTENCE_END.search(before) is None:
                    names.add(word)

    def bare(word: str) -> str:  # the letters without their accents
        return "".join(char for char in unicodedata.normalize("NFKD", word) if not unicodedata.combining(char))

    names |= {word for word in in_headlines if bare(word) in {bare(name) for name in names}}
    return [
        (
            sorted(span for spelling in group for span in places[spelling]["old"]),
            sorted(span for spelling in group for span in places[spelling]["new"]),
            {
                spelling: {side: [[span.start, span.end] for span in spans] for side, spans in places[spelling].items()}
                for spelling in group
            },
        )
        for group in _groups(sorted(names))
    ]


#: Spellings of a few names, most of them after a word (in mid-sentence); and what may stand between them.
NAMES = [
    "met Zelensky", " and Zelenskyy", "ZELENSKY", "Kalesnikova", "of Kalesnikava's", " by Kalesnikova’s",
    "to Jean-Pierre", "Jean-Piere", " by O'Brien", " of O'Brian", "Émile", " to Émilie", "Σωκράτης",
    " of Σωκράτες", "İstanbul", " in Istanbul", "ǅemala", "Abcd's",
]  # fmt: skip
BETWEEN = ["x", "3", "_", "-", "'", "’", " ", ". ", ", ", "\n", "“", "("]
TEXTS = st.lists(st.sampled_from(NAMES) | st.sampled_from(BETWEEN), min_size=1, max_size=12).map("".join)

@settings(max_examples=500, deadline=None)
@given(TEXTS)
def test_the_capitalised_words_are_those_of_every_word_one_by_one(text):
    assert _capitalised_words(text) == capitalised_words_one_by_one(text)


@st.composite
def documents(draw, paragraphs: list[str]) -> Document:
    """Paragraphs from ``paragraphs``, some ignored, some written against the one before (adjacent blocks)."""
    text, blocks = "", []
    for paragraph in draw(st.lists(st.sampled_from(paragraphs), min_size=1, max_size=6)):
        text += draw(st.sampled_from(["", " ", "\n\n"]))
        ignored = draw(st.sampled_from([False, False, True]))
        blocks.append(Block("paragraph", Span(len(text), len(text) + len(paragraph)), ignored=ignored))
        text += paragraph
    return Document(name="story.txt", text=text, blocks=blocks)


@settings(max_examples=300, deadline=None)
@given(data=st.data(), paragraphs=st.lists(TEXTS, min_size=1, max_size=4), include_ignored=st.booleans())
def test_the_findings_are_those_of_every_word_one_by_one(data, paragraphs, include_ignored):
    old, new = data.draw(documents(paragraphs)), data.draw(documents(paragraphs))
    comparison = Comparison(old, new, edits=(), pairs=(), options={"include-ignored": include_ignored})
    findings = [(list(f.old_spans), list(f.new_spans), f.data["variants"]) for f in find_name_variants(comparison)]
    assert findings == name_variants_one_by_one(comparison)


def test_a_paragraph_both_documents_hold_is_placed_where_each_holds_it():
    paragraph = "Officials met Lukashenko, then Lukashenka."
    old = f"The lede.\n\n{paragraph}"
    new = f"A longer lede now.\n\n{paragraph}\n\n{paragraph}"
    (finding,) = variants(old, new)
    first, second = new.index(paragraph), new.rindex(paragraph)
    assert finding.data["variants"]["Lukashenka"] == {
        "old": [[old.index("Lukashenka"), old.index("Lukashenka") + 10]],
        "new": [[first + 31, first + 41], [second + 31, second + 41]],
    }
    assert [span.slice(new) for span in finding.new_spans] == ["Lukashenko", "Lukashenka"] * 2
