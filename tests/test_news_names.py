"""The name-variants check: a table of pairs that are and are not one name, and findings on texts."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import docdelta
from docdelta_news.names import _candidate_pairs, is_variant

VARIANTS = [
    ("Kalesnikova", "Kalesnikava"),
    ("Zelensky", "Zelenskyy"),
    ("Tsikhanouskaya", "Tsikhanovskaya"),
    ("Lukashenko", "Lukashenka"),
    ("Bialiatski", "Byaliatski"),
    ("Khomich", "Khomych"),
    ("Tikhanovskaya", "Tikhanovksaya"),  # two letters swapped
    ("Dmitry", "Dmitriy"),
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
@given(st.lists(st.text("aAbBoOyYsnv", min_size=4, max_size=8).map(str.capitalize), max_size=25, unique=True))
def test_the_indexed_search_finds_every_pair_a_full_comparison_finds(spellings):
    spellings.sort()
    every_pair = {(one, other) for one in spellings for other in spellings if one < other and is_variant(one, other)}
    assert {pair for pair in _candidate_pairs(spellings) if is_variant(*pair)} == every_pair
