"""Every text of the pairing corpora against itself rewritten in ways that keep every figure: no claim
may come out anything but ``same`` or ``compatible``. Its paragraphs after the headline reordered
(outlets and versions move paragraphs); its figures in other forms ("12,500" / "12500", "5 percent" /
"5%", "Dec. 13" / "December 13"). Through the installed plugins, as ``docdelta compare`` runs them."""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

import pytest

import docdelta

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
import facts  # noqa: E402

SESSION = docdelta.Session(plugins=["news", "claims"])
CORPORA = ["facts_corpus", "facts_traps", "facts_heldout", "facts_heldout_bl", "facts_heldout_bq"]
MONTHS = {"Jan.": "January", "Feb.": "February", "Aug.": "August", "Sept.": "September", "Oct.": "October",
          "Nov.": "November", "Dec.": "December"}  # fmt: skip


def other_forms(text: str) -> str:
    """The figures written otherwise: commas dropped from five- and six-digit numbers (a four-digit one
    without its comma may be a year), "percent" as "%", abbreviated months in full."""
    text = re.sub(r"(?<![\d.,])(\d{2,3}),(\d{3})(?![\d,])", r"\1\2", text)
    text = re.sub(r"\b(\d+(?:\.\d+)?) percent\b", r"\1%", text)
    for short, full in MONTHS.items():
        text = text.replace(short + " ", full + " ")
    return text


def reordered(text: str, seed: str) -> str:
    headline, *paragraphs = text.split("\n\n")
    random.Random(seed).shuffle(paragraphs)
    return "\n\n".join([headline, *paragraphs])


def not_alike(text: str, other: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (f.data["status"], (f.data["old"] or {}).get("text"), (f.data["new"] or {}).get("text"))
        for f in SESSION.compare(text, other).findings
        if f.check == "numeric-claims" and f.kind == "claim" and f.data["status"] not in ("same", "compatible")
    ]


@pytest.mark.parametrize("corpus", CORPORA)
def test_a_text_with_its_paragraphs_reordered_or_its_figures_rewritten_keeps_every_claim(corpus: str) -> None:
    rewritten = 0
    for pair in facts.pairs(ROOT / "tests" / corpus):
        for side in ("old", "new"):
            text = pair[side].strip()
            for other in (other_forms(text), reordered(text, pair["id"])):
                if other != text:
                    rewritten += 1
                    assert not_alike(text, other) == [], (pair["id"], side, other)
    assert rewritten >= 20  # the rewrites did change texts: the test compared something
