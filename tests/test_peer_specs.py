"""Other extractors' test cases (vendored under tests/peer_specs/, MIT) hold a floor per file.

The floors are the pass rates reached (``python benchmarks/peer_specs.py``); they only move up.
How a case passes is the benchmark's docstring; the scoring itself is checked below on cases
written here, so that a floor cannot be met by a lenient scorer.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("docdelta_bench_peer_specs", ROOT / "benchmarks" / "peer_specs.py")
assert _spec is not None and _spec.loader is not None
peer_specs = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(peer_specs)

#: Cases passed per file, of (cases in the file). Raise a floor when the extractor passes more.
FLOORS = {
    "recognizers-text/NumberModel.json": (106, 124),
    "recognizers-text/NumberRangeModel.json": (47, 53),
    "recognizers-text/PercentModel.json": (17, 17),
    "recognizers-text/OrdinalModel.json": (16, 17),
    "quantulum3/quantities.json": (72, 99),
}


@pytest.fixture(scope="module")
def rates() -> dict[str, tuple[int, int]]:
    return peer_specs.rates()


@pytest.mark.parametrize("name", FLOORS)
def test_each_file_passes_at_least_its_floor(rates, name):
    floor, cases = FLOORS[name]
    passed, total = rates[name]
    assert total == cases  # the vendored file is whole
    assert passed >= floor, f"{name}: {passed}/{total}, floor {floor}"


def test_the_specs_are_vendored_with_their_licences():
    for folder in ("recognizers-text", "quantulum3"):
        assert "MIT License" in (ROOT / "tests" / "peer_specs" / folder / "LICENSE").read_text(encoding="utf-8")


NUMBER = "recognizers-text/NumberModel.json"
RANGE = "recognizers-text/NumberRangeModel.json"


@pytest.mark.parametrize(
    ("name", "text", "expected", "verdict"),
    [
        (NUMBER, "sixteen", [{"text": "sixteen", "value": 16.0}], True),
        (NUMBER, "sixteen", [{"text": "sixteen", "value": 17.0}], False),  # wrong value
        (NUMBER, "sixteen and 5", [{"text": "sixteen", "value": 16.0}], False),  # a claim too many
        (NUMBER, "sixteen", [], False),  # nothing may be extracted
        (NUMBER, "the cat", [], True),
        (NUMBER, "nine sixteen", [{"text": "nine", "value": 16.0}], False),  # the span of another number
        (NUMBER, "two thirds", [{"text": "two thirds", "value": 2 / 3}], True),  # a share read as a fraction
        (RANGE, "over 30 people", [{"text": "over 30", "interval": (30.0, None, True, True)}], True),
        (RANGE, "at least 30 people", [{"text": "at least 30", "interval": (30.0, None, True, True)}], False),
        (
            RANGE,
            "at most 100 and at least 20",
            [{"text": "at most 100 and at least 20", "interval": (20.0, 100.0, False, False)}],
            True,
        ),
    ],
)
def test_the_scoring_accepts_only_the_expected_claims(name, text, expected, verdict):
    assert peer_specs.passes(name, text, expected) is verdict
