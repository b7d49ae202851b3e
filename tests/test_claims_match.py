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
        ("They freed under 50 prisoners.", "They freed 50 prisoners.", "changed"),
        ("They freed up to 50 prisoners.", "They freed 50 prisoners.", "compatible"),
        ("They freed nearly 100 prisoners.", "They freed 95 prisoners.", "compatible"),
        ("They freed between 5 and 10 prisoners.", "They freed 7 prisoners.", "compatible"),
        ("They freed between 5 and 10 prisoners.", "They freed 12 prisoners.", "changed"),
        ("They freed 123 prisoners.", "They freed 132 prisoners.", "changed"),
        ("The talks lasted two days.", "The talks lasted 48 hours.", "same"),
        ("The talks lasted two days.", "The talks lasted three days.", "changed"),
        ("The EU pledged $5bn.", "The EU pledged $5 billion.", "same"),
        ("Turnout was 60%.", "Turnout was 60 percent.", "same"),
        ("Half of the voters stayed home.", "50% of the voters stayed home.", "same"),
        ("A third of the voters stayed home.", "33% of the voters stayed home.", "compatible"),
        ("A third of the voters stayed home.", "40% of the voters stayed home.", "changed"),
        ("She was freed on Dec. 13.", "She was freed on Dec. 13, 2025.", "compatible"),
        ("She was freed on Dec. 13.", "She was freed on Dec. 14.", "changed"),
        ("The law took effect in January 2023.", "The law took effect on Jan. 5, 2023.", "compatible"),
        ("The war began in 2022.", "The war began in 2014.", "changed"),
    ],
)
def test_relation_of_two_claims(old, new, status):
    a, b = claim(old), claim(new)
    assert comparable(a, b)
    assert relation(a, b) == status


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
