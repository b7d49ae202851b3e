"""The quotes plugin's own tests, written with docdelta.testing: only this plugin is active."""

from __future__ import annotations

from pathlib import Path

import docdelta_quotes
from docdelta import Document
from docdelta.testing import findings, run_compare

SEEDS = Path(__file__).resolve().parents[4] / "seeds"


def quotes_report(old: str, new: str, **options):
    return run_compare(old, new, extra_plugins=[docdelta_quotes], options=options)


def test_speakers_after_before_inverted_and_continued() -> None:
    text = (
        '"We will lift the sanctions on potash," U.S. envoy to Minsk John Cole said on Friday.\n\n'
        'Khomich told reporters: "We knew about it for a long time." "It was a surprise every time."\n\n'
        '"A good step for the country," said Maria Kalesnikova.\n\n'
        "“Nobody expected it this week,” she said."
    )
    quotes = docdelta_quotes.find_quotes(Document.from_text(text))
    assert [(q.text, q.speaker) for q in quotes] == [
        ("We will lift the sanctions on potash,", "John Cole"),
        ("We knew about it for a long time.", "Khomich"),
        ("It was a surprise every time.", "Khomich"),
        ("A good step for the country,", "Maria Kalesnikova"),
        ("Nobody expected it this week,", "Maria Kalesnikova"),
    ]
    assert all(q.span.slice(text) == q.text for q in quotes)


def test_short_quotations_are_scare_quotes_unless_the_option_says_otherwise() -> None:
    text = 'Khomich added that it was a "fair price."'
    assert findings(quotes_report("", text), check="quotes") == []
    (added,) = findings(quotes_report("", text, quotes_min_words=2), kind="quote-added")
    assert added.data["new"] == {"text": "fair price.", "speaker": None}


def test_added_removed_reworded_reattributed_kept() -> None:
    old = (
        '"The talks went well in Minsk," Cole said.\n\n'
        '"We expect more releases soon enough," Cole said.\n\n'
        '"This was a fair price for freedom," Khomich said.\n\n'
        '"Nothing was agreed on potash today," Smith said.'
    )
    new = (
        '"The talks went very well in Minsk," Cole said.\n\n'
        '"We expect more releases soon enough," Lukashenko said.\n\n'
        "“This was a fair price for freedom,” Tatsiana Khomich said.\n\n"
        '"Our families are waiting for them," Bialiatski said.'
    )
    report = quotes_report(old, new)
    assert [(f.kind, f.severity, f.factual) for f in findings(report, check="quotes")] == [
        ("quote-reworded", "high", True),
        ("quote-reattributed", "high", True),
        ("quote-kept", "info", False),
        ("quote-removed", "medium", False),
        ("quote-added", "medium", False),
    ]
    (moved,) = findings(report, kind="quote-reattributed")
    assert (moved.data["old"]["speaker"], moved.data["new"]["speaker"]) == ("Cole", "Lukashenko")
    assert moved.new_spans[0].slice(new) == "We expect more releases soon enough,"


def test_seeds_cole_in_both_khomich_only_in_the_site_version() -> None:
    report = quotes_report(SEEDS / "001_561bb7da592d2a00.txt", SEEDS / "000_ff12f16f314725a3.txt")
    kept = findings(report, check="quotes", kind="quote-kept")
    added = findings(report, check="quotes", kind="quote-added")
    assert [f.data["new"]["speaker"].split()[-1] for f in kept] == ["Cole", "Cole"]
    assert [f.data["new"]["speaker"] for f in added] == ["Khomich", "Khomich"]
    assert findings(report, kind="quote-removed") == findings(report, kind="quote-reworded") == []
