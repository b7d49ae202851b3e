"""Fixtures shared by the renderer tests: the seeds, and a report with findings of every shape.

``report_with_findings`` does not depend on the claims plugin's check: a stand-in check
produces claim findings in the data contract the claims plugin follows, a
name-variant finding and a third-party finding, so the renderers are tested on
every status and shape. The claims table is the claims plugin's section
(:func:`docdelta_claims.sections.claims_section`), contributed by the stand-in too.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import docdelta
from docdelta import Check, Finding, Span, hookimpl
from docdelta_claims.sections import claims_section

ROOT = Path(__file__).resolve().parent.parent
SEED_OLD = ROOT / "seeds" / "001_561bb7da592d2a00.txt"
SEED_NEW = ROOT / "seeds" / "000_ff12f16f314725a3.txt"
#: Plugins for reports whose findings come from the stand-in checks only.
RENDERERS = ["text", "json", "html", "markdown"]


def _span(text: str, needle: str) -> Span:
    start = text.index(needle)
    return Span(start, start + len(needle))


def _record(text: str, needle: str, value: float, sentence_start: str) -> dict:
    start = text.index(sentence_start)
    end = text.index(".", text.index(needle)) + 1
    return {
        "text": needle, "value": value, "low": value, "high": value, "low_open": False, "high_open": False,
        "qualifier": None, "unit": None, "sentence": text[start:end],
    }  # fmt: skip


def stand_in_findings(comparison: docdelta.Comparison) -> list[Finding]:
    """Claim findings (all five statuses), in the claims plugin's data contract, for the seeds."""
    old, new = comparison.old.text, comparison.new.text

    def claim(status, severity, subject, category, old_claim, new_claim, message):
        old_record = _record(old, *old_claim) if old_claim else None
        new_record = _record(new, *new_claim) if new_claim else None
        return Finding(
            check="numeric-claims", kind="claim", severity=severity, message=message,
            old_spans=[_span(old, old_claim[0])] if old_claim else [],
            new_spans=[_span(new, new_claim[0])] if new_claim else [],
            factual=status != "same",
            data={"status": status, "subject": subject, "category": category, "old": old_record, "new": new_record},
        )  # fmt: skip

    return [
        claim("same", "info", "political prisoners", "count",
              ("123", 123, "The lifting"), ("123", 123, "The lifting"), "123 political prisoners in both"),
        claim("added", "medium", "transferred to Ukraine", "count",
              None, ("114", 114, "Of those"), "new claim: 114 transferred to Ukraine"),
        claim("removed", "medium", "days of talks", "count",
              ("two days", 2, "“This is"), None, "claim dropped: two days of talks"),
        claim("compatible", "low", "political prisoners", "count",
              ("political prisoners", 123, "The U.S. is"), ("over 100", 100, "date"), "over 100 is compatible with 123"),
        claim("changed", "high", "Ukrainians freed", "count",
              ("five Ukrainians", 5, "Ukrainian President"), ("five Ukrainian nationals", 5, "The lifting"),
              "five Ukrainians → five Ukrainian nationals"),
        Finding(
            check="name-variants", kind="name-variant", severity="medium",
            message="Kalesnikova is also spelled Kalesnikava",
            new_spans=[_span(new, "Kalesnikova"), _span(new, "Kalesnikava")],
            data={"variants": {"Kalesnikava": {"old": [], "new": [[1, 2]]}, "Kalesnikova": {"old": [], "new": [[3, 4]]}}},
        ),
        Finding(check="third-party", kind="note", severity="info", message="A check nobody here wrote."),
    ]  # fmt: skip


class StandInChecks:
    """A plugin object with the stand-in checks (registered through ``extra_plugins``), and the
    claims plugin's table of their claims."""

    @hookimpl
    def docdelta_register_checks(self, register):
        register(Check("numeric-claims", stand_in_findings, "Stand-in claims."))

    @hookimpl
    def docdelta_report_sections(self, report):
        section = claims_section(report)
        return None if section is None else [section]


@pytest.fixture(scope="session")
def report_with_findings() -> docdelta.Report:
    """The seeds compared with the renderers and the stand-in checks (no parser plugins)."""
    session = docdelta.Session(RENDERERS, extra_plugins=[StandInChecks()])
    return session.compare(SEED_OLD, SEED_NEW)


@pytest.fixture(scope="session")
def seeds_report() -> docdelta.Report:
    """The seeds compared with every installed plugin, as ``docdelta compare`` does."""
    return docdelta.compare(SEED_OLD, SEED_NEW)
