"""Words that only changed letter case: a typo, refined to the letters, the sentence still paired."""

from __future__ import annotations

import docdelta
from docdelta import Session


def compare(old: str, new: str, **options) -> docdelta.Report:
    report = Session(["news", "json"], options=options).compare(old, new)
    docdelta.check_tiling(report.edits, old, new)
    return report


def changed(report: docdelta.Report) -> list[tuple[str, str, str]]:
    """``(op, text, class)`` of every insert and delete."""
    return [
        (e.op, e.old.slice(report.old.text) if e.op == "delete" else e.new.slice(report.new.text), e.change_class)
        for e in report.edits
        if e.is_change
    ]


def test_a_word_capitalised_inside_a_sentence_is_a_typo_of_one_letter():
    report = compare("The envoy arrived.\n", "The Envoy arrived.\n")
    assert changed(report) == [("delete", "e", "typo"), ("insert", "E", "typo")]
    assert report.summary.changes_by_class["factual"] == 0
    assert report.summary.similarity == round(36 / 38, 4)


def test_a_sentence_that_only_changed_case_is_paired_not_replaced():
    report = compare("The Envoy arrived.\n", "the envoy arrived.\n")
    assert changed(report) == [
        ("delete", "T", "typo"), ("insert", "t", "typo"), ("delete", "E", "typo"), ("insert", "e", "typo"),
    ]  # fmt: skip
    assert report.summary.similarity == round(34 / 38, 4)
    assert report.summary.changes_by_class["substantive"] == report.summary.changes_by_class["factual"] == 0


def test_a_paragraph_in_other_case_among_others_is_paired_with_its_old_self():
    old = "Talks began in Vilnius.\n\nTHE ENVOY ARRIVED ON TIME.\n\nNo statement was made.\n"
    new = "Talks began in Vilnius.\n\nThe envoy arrived on time.\n\nNo statement was made.\n"
    report = compare(old, new)
    assert {cls for _, _, cls in changed(report)} == {"typo"}
    assert not report.moves
    deleted = [text for op, text, _ in changed(report) if op == "delete"]
    inserted = [text for op, text, _ in changed(report) if op == "insert"]
    assert [text.casefold() for text in deleted] == [text.casefold() for text in inserted]
    assert "".join(deleted) == "HEENVOYARRIVEDONTIME"  # every capital but the first T, which stays


def test_a_case_change_in_a_quotation_or_a_name_is_a_typo_but_a_new_spelling_is_still_factual():
    quoted = compare('He said: "we will not stop." Then he left.\n', 'He said: "We will not stop." Then he left.\n')
    assert {cls for _, _, cls in changed(quoted)} == {"typo"}
    respelled = compare("The envoy met Kalesnikova in Minsk.\n", "The envoy met Kalesnikava in Minsk.\n")
    assert {cls for _, _, cls in changed(respelled)} == {"factual"}


def test_sentence_granularity_still_replaces_the_sentence_whole_but_calls_it_a_typo():
    report = compare("The Envoy arrived.\n", "the envoy arrived.\n", granularity="sentence")
    assert [(op, cls) for op, _, cls in changed(report)] == [("delete", "typo"), ("insert", "typo")]
