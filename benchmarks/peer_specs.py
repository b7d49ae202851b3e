"""Other extractors' test cases run through docdelta's claims extractor: the pass rate per file.

The cases are vendored verbatim under ``tests/peer_specs/`` (Microsoft Recognizers-Text's English
NumberModel, NumberRangeModel, PercentModel and OrdinalModel specs; quantulum3's
``quantities.json``; both MIT, their LICENSE files beside them). Each case's input is read by
:func:`docdelta_claims.text_claims` alone, and the case **passes** when:

1. the extractor gives exactly as many claims as the case expects results (``"Results": []``
   or ``"res": []``: no claim at all), and
2. taken in text order, each claim meets the expected result of the same rank:

   - **span**: the expected text, located in the input (the first occurrence after the previous
     expected result), and the claim's span are the same, or one contains the other: a claim keeps
     its unit and qualifier (``more than thirty years old`` for ``more than thirty``, ``10 percent``),
     but a claim for one part of a longer number (``two thirds`` of ``one hundred and three and
     two thirds``) gets its value wrong;
   - **value**: equal within a relative 10⁻⁶; a share, which a claim keeps to three significant
     digits (``one sixth`` is 16.7 %), within a relative 0.5 %.
     NumberModel's and quantulum3's fractions are plain numbers (``two thirds`` = 0.667, ``1/4``
     = 0.25), a claim reads them as a share in percent (66.7): there, a ``percent`` claim written
     without ``%`` or ``percent`` is compared as its value / 100. PercentModel compares the
     percent (``100%`` = 100). A share's interval is compared likewise (``More than 1/2`` is ``(0.5,)``).
     **NumberRangeModel** compares the interval: ``(20,35]`` needs the claim's ``low`` 20 and
     ``high`` 35 (``None`` for an open end); for a one-sided interval the openness of its bound
     too (``over 30`` is ``(30,)``, ``at least 30`` is ``[30,)``). The openness of the two bounds
     of a two-sided interval is not compared: Recognizers-Text reads ``between 20 and 30`` as
     ``(20,30)`` and ``20 through 100`` as ``[20,100)``, where news text means both ends.
     **quantulum3** gives a range as its midpoint (``8- to 16-meter`` = 12): a claim with no
     single value is compared by ``(low + high) / 2``;
   - **unit** (quantulum3 only, loosely): a currency on one side (``dollar``, ``euro``,
     ``pound sterling``, ``cent``…) is a ``money`` claim on the other; other units are not
     compared (quantulum3's unit model is its own: ``1979`` is ``dimensionless``, ``1cds`` a
     candela second).

quantulum3 reads quantities and has no ranks and no times of day: ``ordinal`` claims (``the second
Lagrangian point``, ``21st-century``) and ``clock`` claims (its cases ``At 2 pm everybody will be
gone.`` and ``I arrived at 2.13 am.`` expect no quantity) are left out before its cases are
compared. Recognizers-Text's NumberModel counts ordinals (``Book a first class seat`` expects
nothing).

Recognizers-Text's ``NotSupported`` flags (platforms where upstream fails) are not a reason to
skip a case: every case counts.

    python benchmarks/peer_specs.py [--failures]
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from collections.abc import Iterator
from pathlib import Path

from docdelta_claims import Claim, text_claims

SPECS = Path(__file__).resolve().parent.parent / "tests" / "peer_specs"
FILES = (
    "recognizers-text/NumberModel.json",
    "recognizers-text/NumberRangeModel.json",
    "recognizers-text/PercentModel.json",
    "recognizers-text/OrdinalModel.json",
    "quantulum3/quantities.json",
)
CURRENCIES = frozenset("dollar euro pound sterling yen cent penny dime yuan ruble rouble".split())
_INTERVAL = re.compile(r"([\[(])([^,]*),([^\])]*)([\])])")
_PERCENT_WRITTEN = re.compile(r"%|per\s?cent", re.IGNORECASE)
RELATIVE = 1e-6
SHARE_RELATIVE = 5e-3


def cases(name: str) -> Iterator[tuple[str, list[dict]]]:
    """``(input, expected results)`` of every case in one spec file, results as
    ``{"text", "value" | "interval", "currency"}``."""
    for case in json.loads((SPECS / name).read_text(encoding="utf-8-sig")):
        if "Input" in case:
            results = [_recognizers(name, result) for result in case["Results"]]
            yield case["Input"], results
        else:
            results = [
                {"text": r["surface"], "value": float(r["value"]), "currency": _currency(r["unit"])}
                for r in case["res"]
            ]
            yield case["req"], results


def _recognizers(name: str, result: dict) -> dict:
    value = result["Resolution"]["value"]
    if name.endswith("NumberRangeModel.json"):
        low_bracket, low, high, high_bracket = _INTERVAL.fullmatch(value).groups()
        return {
            "text": result["Text"],
            "interval": (
                float(low) if low else None,
                float(high) if high else None,
                low_bracket == "(",
                high_bracket == ")",
            ),
        }
    return {"text": result["Text"], "value": float(value.rstrip("%"))}


def _currency(unit: str) -> bool:
    return bool(CURRENCIES.intersection(unit.lower().split()))


def passes(name: str, text: str, expected: list[dict]) -> bool:
    """Whether the claims of ``text`` are the expected results (see the module's docstring)."""
    claims = text_claims(text)
    if name.startswith("quantulum3"):
        claims = [claim for claim in claims if claim.category not in ("ordinal", "clock")]
    if len(claims) != len(expected):
        return False
    cursor = 0
    for claim, result in zip(claims, expected):
        start = text.find(result["text"], cursor)
        if start < 0:
            start = text.find(result["text"])
        end = start + len(result["text"])
        cursor = start + 1
        inside = claim.span.start <= start and end <= claim.span.end
        around = start <= claim.span.start and claim.span.end <= end
        if not (inside or around) or not _value_agrees(name, claim, result):
            return False
    return True


def _close(a: float | None, b: float | None, relative: float = RELATIVE) -> bool:
    if a is None or b is None:
        return a is b
    return math.isclose(a, b, rel_tol=relative, abs_tol=1e-12)


def _value_agrees(name: str, claim: Claim, result: dict) -> bool:
    share = claim.category == "percent" and not _PERCENT_WRITTEN.search(claim.text) and "Percent" not in name
    scale = 100 if share else 1
    if "interval" in result:
        low, high, low_open, high_open = result["interval"]
        claim_low, claim_high = _number(claim.low), _number(claim.high)
        claim_low, claim_high = (None if b is None else b / scale for b in (claim_low, claim_high))
        if not (_close(claim_low, low) and _close(claim_high, high)):
            return False
        if low is None:
            return claim.high_open == high_open
        if high is None:
            return claim.low_open == low_open
        return True
    if "currency" in result and result["currency"] != (claim.category == "money"):
        return False
    value = _number(claim.value)
    if value is None and isinstance(claim.low, (int, float)) and isinstance(claim.high, (int, float)):
        value = (claim.low + claim.high) / 2
    if value is None:
        return False
    value /= scale
    return _close(value, result["value"], SHARE_RELATIVE if share else RELATIVE)


def _number(value: object) -> float | None:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def rates(show_failures: bool = False) -> dict[str, tuple[int, int]]:
    """``{file: (passed, cases)}``; prints each failing case's input and claims when asked."""
    table: dict[str, tuple[int, int]] = {}
    for name in FILES:
        passed = total = 0
        for text, expected in cases(name):
            total += 1
            if passes(name, text, expected):
                passed += 1
            elif show_failures:
                got = [(c.text, c.value, c.low, c.high) for c in text_claims(text)]
                wanted = [(r["text"], r.get("value", r.get("interval"))) for r in expected]
                print(f"FAIL {name}: {text!r}\n     want {wanted}\n     got  {got}")
        table[name] = (passed, total)
    return table


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--failures", action="store_true", help="print every failing case")
    args = parser.parse_args(argv)
    for name, (passed, total) in rates(args.failures).items():
        print(f"{name:40} {passed:4}/{total:<4} {100 * passed / total:5.1f}%")
    return 0


if __name__ == "__main__":
    sys.exit(main())
