"""The claims check stays linear: its shortcuts find exactly what the full reading finds.

- ``may_hold_number`` lets sentences without a digit or number word skip the reading: it must
  never say "no number" where ``atoms`` finds one (checked against text2num itself);
- a sentence longer than ``LONGEST_SENTENCE`` (a run-on line) is read in pieces, so one
  20,000-word line is read in linear time, every number in it still found;
- claims are read once per distinct sentence (a cache shared by the two documents);
- two aligned blocks with thousands of claims each are paired within windows of ranks.

Time is never asserted here (benchmarks/pathological.py measures it); what the shortcuts
must not change is.
"""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

import docdelta
from docdelta import Block, Document, Span
from docdelta_claims.extract import (
    LONGEST_SENTENCE,
    _pieces,
    _sentence_claims,
    document_claims,
    sentences,
    text_claims,
)
from docdelta_claims.match import ALL_PAIRS, pair_claims
from docdelta_claims.numbers import atoms, may_hold_number

UNITS = "zero one two three four five six seven eight nine".split()
TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
ORDINALS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
    "twentieth thirtieth fortieth fiftieth ninetieth hundredth thousandth millionth billionth"
).split()


def spelled() -> list[str]:
    """English number words as news text writes them: 0-99 (hyphenated), scales, ordinals, compounds."""
    words = UNITS + TEENS + TENS + [f"{ten}-{unit}" for ten in TENS for unit in UNITS[1:]]
    words += ["hundred", "thousand", "million", "billion", "nought", "o", "fourty"] + ORDINALS
    words += [f"{ten}-{ordinal}" for ten in TENS for ordinal in ORDINALS[:9]]
    words += ["one hundred and five", "a hundred", "a dozen", "half of", "two thirds of", "a quarter of"]
    return [form for word in words for form in (word, word.title(), word.upper())]


def test_every_number_word_text2num_reads_passes_the_prefilter():
    found = [word for word in spelled() if atoms(f"They saw {word} of them.")]
    assert len(found) > 400  # text2num does read them: the check below is not vacuous
    assert [word for word in found if not may_hold_number(f"They saw {word} of them.")] == []


def test_the_prefilter_says_no_for_text_without_numbers():
    assert not may_hold_number("The minister said the talks would go on, and nobody knows when.")
    assert not may_hold_number("Someone, anyone: often, tonight, seconded, firstly, oneness.")
    assert may_hold_number("const_one is set")  # text2num's tokens end at underscores too
    assert may_hold_number("It cost 5 dollars.")


WORDS = ["the", "one", "Two", "o", "_", "-", "and", "a", "hundred", "people", "first", "half", "of", "dozen",
         "said", "km", "5", "1,200", "twenty-one", "THIRD", "seconds", "x1", "ones", "Oct.", "13", "under", "é"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=14), st.sampled_from([" ", "", "_", "-", ", "]))
def test_the_prefilter_never_hides_a_number(words, glue):
    text = glue.join(words)
    if atoms(text):
        assert may_hold_number(text)
    # and the claims read through the prefilter are those of reading every sentence
    full = [claim for start, end in sentences(text) for claim in _sentence_claims(text[start:end], start, -1)]
    assert text_claims(text) == full


def run_on_line(count: int, seed: int = 7) -> tuple[str, list[int]]:
    """One line without a sentence end: ``count`` numbers of people among filler words."""
    rng = random.Random(seed)
    values = [rng.randint(10, 99_999) for _ in range(count)]
    filler = ["officials", "said", "that", "about", "there", "were", "in", "the", "region", "and"]
    parts = []
    for value in values:
        parts.extend(rng.sample(filler, 3))
        parts.append(f"{value} people")
    return " ".join(parts), values


def test_a_run_on_line_is_read_in_pieces_and_every_number_is_found():
    text, values = run_on_line(5_000)
    assert len(text) > 20 * LONGEST_SENTENCE and len(list(sentences(text))) == 1
    claims = text_claims(text)
    assert [claim.value for claim in claims] == values
    for claim in claims:
        assert text[claim.span.start : claim.span.end] == claim.text
        assert len(claim.sentence) <= LONGEST_SENTENCE
        assert claim.sentence in text


def test_an_edit_moves_the_cuts_near_it_only():
    """Cuts are chosen by the words around them, not by offsets: both versions are cut alike."""
    text, _ = run_on_line(3_000)
    edited = "Officials said 7 more people came. " + text
    old_pieces = [text[start:end] for start, end in _pieces(text, 0, len(text))]
    new_pieces = [edited[start:end] for start, end in _pieces(edited, 0, len(edited))]
    assert len(old_pieces) > 50
    assert len(set(old_pieces) - set(new_pieces)) <= 2


def test_a_sentence_of_normal_length_is_read_whole():
    text = "Officials said " + ", ".join(f"{n} people" for n in range(10, 90)) + " were there."
    assert len(text) < LONGEST_SENTENCE
    claims = text_claims(text)
    assert {claim.sentence for claim in claims} == {text}


def document(text: str) -> Document:
    return Document(name="doc", text=text, blocks=[Block(kind="paragraph", span=Span(0, len(text)))])


def test_claims_are_read_once_per_sentence_and_placed_in_each_document():
    old = "Intro here.\n\nPolice detained 31 journalists on the bridge. The rest went home.\n"
    new = "Police detained 31 journalists on the bridge. The rest went home.\n\nA new line with 4 cars.\n"
    old_document = docdelta.Document.from_text(old)
    new_document = docdelta.Document.from_text(new)
    cache: dict = {}
    shared = document_claims(old_document, cache), document_claims(new_document, cache)
    alone = document_claims(old_document), document_claims(new_document)
    assert shared == alone
    assert len(cache) == 2  # "Police detained 31 ..." read once; the sentences without numbers never
    (old_claim,), (new_claim, cars) = shared
    assert old[old_claim.span.start : old_claim.span.end] == "31"
    assert new[new_claim.span.start : new_claim.span.end] == "31"
    assert (old_claim.block, new_claim.block, cars.block) == (1, 0, 1)


def test_two_aligned_blocks_with_thousands_of_claims_pair_in_place():
    text, values = run_on_line(3_000, seed=11)
    changed_value = values[1_500]
    changed = text.replace(f" {changed_value} people", f" {changed_value * 3} people", 1)
    old_claims = document_claims(document(text))
    new_claims = document_claims(document(changed))
    assert len(old_claims) * len(new_claims) > 1000 * ALL_PAIRS  # the windowed path, not all pairs
    statuses = [pairing.status for pairing in pair_claims(old_claims, new_claims, {(0, 0)})]
    assert statuses.count("changed") == 1
    assert statuses.count("same") == len(values) - 1


def test_small_aligned_blocks_are_still_searched_exhaustively():
    """Within a news paragraph, a claim pairs with its partner wherever it moved in the block."""
    old = "Police detained 31 journalists, 4 lawyers and 12 students on the bridge."
    new = "On the bridge, 12 students, 4 lawyers and 31 journalists were detained by the police."
    pairings = pair_claims(document_claims(document(old)), document_claims(document(new)), {(0, 0)})
    assert [(p.old.text, p.new.text, p.status) for p in pairings] == [
        ("12", "12", "same"),
        ("4", "4", "same"),
        ("31", "31", "same"),
    ]


def test_the_check_on_a_run_on_line_through_the_api():
    text, values = run_on_line(2_000, seed=3)
    changed = text.replace(f" {values[100]} people", f" {values[100] * 3} people", 1)
    report = docdelta.Session(plugins=["claims"]).compare(text, changed)
    changed_findings = [f for f in report.findings if f.data["status"] == "changed"]
    assert [(f.data["old"]["value"], f.data["new"]["value"]) for f in changed_findings] == [
        (values[100], values[100] * 3)
    ]
    assert len(report.findings) == len(values)


def test_frames_are_read_once_per_claim_and_only_for_claims_left_unpaired(monkeypatch):
    """Two unrelated run-on lines: every claim is left unpaired by value, so the frames' tier reads
    each claim's frame, once; its candidates stay within windows of ranks."""
    from docdelta_claims import frame

    read: list[int] = []
    real = frame.claim_frame

    def counting(claim, *rest):
        read.append(id(claim))
        return real(claim, *rest)

    monkeypatch.setattr(frame, "claim_frame", counting)
    old_text, _ = run_on_line(2_000, seed=5)
    new_text, _ = run_on_line(2_000, seed=6)
    old_claims, new_claims = document_claims(document(old_text)), document_claims(document(new_text))
    pairings = pair_claims(old_claims, new_claims, set())
    assert len(read) == len(set(read)) <= len(old_claims) + len(new_claims)
    assert len(read) > len(old_claims)  # the tier did run: both sides' frames were read
    assert len(pairings) >= max(len(old_claims), len(new_claims))


def test_a_budget_too_small_for_one_sides_claims_is_reported_with_the_budget_the_limit_and_that_side():
    """Two claims' worth of work: the old text's three claims are read in part, the new text's one whole."""
    from docdelta_claims.extract import STEPS_PER_CLAIM

    session = docdelta.Session(["claims"], options={"work-budget": 2 * STEPS_PER_CLAIM})
    report = session.compare(
        "Police detained 40 protesters. The march lasted 3 hours. Officials counted 900 marchers.",
        "Police detained 40 protesters.",
    )
    (notice,) = [f for f in report.findings if f.check == "numeric-claims" and f.kind == "work-budget"]
    assert notice.data == {"limit": 2, "work_budget": 2 * STEPS_PER_CLAIM, "documents": ["old"]}


def test_a_line_of_numbers_alone_is_cut_at_spaces_into_pieces_no_longer_than_the_limit():
    """No word to cut after (every one a number): the cut is the last space within the limit."""
    text = " ".join(str(n) for n in range(5_000))
    pieces = list(_pieces(text, 0, len(text)))
    assert pieces[0][0] == 0 and pieces[-1][1] == len(text)
    assert all(end == next_start for (_, end), (next_start, _) in zip(pieces, pieces[1:]))
    assert all(0 < end - start <= LONGEST_SENTENCE for start, end in pieces)
    assert all(text[end - 1] == " " for _, end in pieces[:-1])
