"""Value F1 and value-and-direction F1 of the claims extractor over keyed news sentences.

The measure of the issue's news-quantity benchmark (years and dates left out), on keys written in
our own words (``tests/quantity_corpus``, see its README). Each sentence is read with the public
:func:`docdelta_claims.text_claims`; claims that are years, dates, times of day, ordinals or relative dates ("a
year earlier") are left out.

    python benchmarks/quantities.py                 # every key in tests/quantity_corpus
    python benchmarks/quantities.py -v KEY.toml     # and each quantity missed, misread or false
"""

from __future__ import annotations

import math
import re
import sys
import tomllib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import attrs

sys.path.insert(0, str(Path(__file__).resolve().parent))

from extraction import key_arguments, locate  # noqa: E402

from docdelta_claims import Claim, text_claims  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
KEYS = ROOT / "tests" / "quantity_corpus"
#: Categories the measure leaves out, as the public benchmark does; and a length of time that dates
#: something ("a year earlier", "two days after the vote"), a relative date as a date is one.
LEFT_OUT = ("year", "date", "clock", "ordinal")
_RELATIVE_DATE = re.compile(r"\s+(?:ago|earlier|later|before|after)\b", re.IGNORECASE)


def left_out(claim: Claim, text: str) -> bool:
    """Whether the measure leaves a claim out: a year, a date, a time of day, an ordinal or a relative date."""
    return claim.category in LEFT_OUT or (claim.category == "duration" and _RELATIVE_DATE.match(text, claim.span.end) is not None)


@attrs.define(frozen=True)
class Scored:
    """One sentence: how many quantities it keys, how many claims it reads, how many are right."""

    text: str
    keyed: int
    read: int
    value_right: int
    both_right: int
    notes: tuple[str, ...]  # what went wrong, for -v


def _close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=0.005, abs_tol=1e-9)


def value_right(claim: Claim, quantity: dict[str, Any]) -> bool:
    """Whether a claim states the value a keyed quantity has (any value for a vague plural)."""
    expected = quantity.get("value")
    if expected is None:
        return True
    if isinstance(expected, list):
        return claim.low is not None and claim.high is not None and _close(claim.low, expected[0]) and _close(claim.high, expected[1])
    return isinstance(claim.value, (int, float)) and _close(claim.value, expected)


def score_sentence(sentence: dict[str, Any], where: str) -> Scored:
    text = sentence["text"]
    quantities = sentence.get("quantities", [])
    spans = locate(text, [q["text"] for q in quantities], where)
    claims = [c for c in text_claims(text) if not left_out(c, text)]
    used: set[int] = set()
    values = both = 0
    notes = []
    for quantity, (start, end, _) in zip(quantities, spans):
        match = next((k for k, c in enumerate(claims) if k not in used and c.span.start < end and start < c.span.end), None)
        if match is None:
            notes.append(f"missed  {quantity['text']!r}")
            continue
        used.add(match)
        claim = claims[match]
        if not value_right(claim, quantity):
            notes.append(f"value   {quantity['text']!r}: read {claim.text!r} as {claim.value} [{claim.low}, {claim.high}], key {quantity.get('value')}")
            continue
        values += 1
        if claim.direction == quantity.get("direction"):
            both += 1
        else:
            notes.append(f"dir     {quantity['text']!r}: read {claim.direction}, key {quantity.get('direction')}")
    notes += [f"false   {claims[k].text!r} ({claims[k].category})" for k in range(len(claims)) if k not in used]
    return Scored(text, len(quantities), len(claims), values, both, tuple(notes))


def score(keys: Sequence[Path]) -> list[Scored]:
    found = []
    for key in keys:
        with key.open("rb") as handle:
            for number, sentence in enumerate(tomllib.load(handle)["sentence"], 1):
                found.append(score_sentence(sentence, f"{key.name} sentence {number}"))
    return found


def f1(right: int, keyed: int, read: int) -> tuple[float, float, float]:
    """(precision, recall, F1) of ``right`` among ``read`` and ``keyed``."""
    precision = right / read if read else 1.0
    recall = right / keyed if keyed else 1.0
    return precision, recall, (2 * precision * recall / (precision + recall) if precision + recall else 0.0)


def main(argv: Sequence[str] | None = None) -> int:
    keys, verbose = key_arguments(argv, __doc__.splitlines()[0], KEYS, "print each quantity missed, misread or false")
    scored = score(keys)
    if verbose:
        for s in scored:
            if s.notes:
                print(f"  {s.text}\n" + "".join(f"      {note}\n" for note in s.notes), end="")
    keyed, read = sum(s.keyed for s in scored), sum(s.read for s in scored)
    print(f"sentences {len(scored)}, keyed quantities {keyed}, claims read {read} (years, dates, times of day and ordinals left out)")
    for label, right in (("value", sum(s.value_right for s in scored)), ("value+direction", sum(s.both_right for s in scored))):
        precision, recall, score_f1 = f1(right, keyed, read)
        print(f"{label:16s} F1 {score_f1:.2f}  (precision {precision:.2f}, recall {recall:.2f}: {right} right)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
