"""Precision and recall of ``changed`` claims on the development corpus: ``python benchmarks/facts.py [-v]``.

The corpus (``tests/facts_corpus/*.toml``, described in its README) holds pairs of short news
texts with an answer key: ``flag`` items, claims giving different figures for one quantity,
which docdelta must report as one ``changed`` pair, and ``keep`` items, which must not be one.
Each pair is compared through the public API (``docdelta.Session(plugins=["news", "claims"])``)
and its ``numeric-claims`` findings scored:

* recall: flag items reported ``changed`` / flag items;
* precision: ``changed`` findings that are flag items / all ``changed`` findings (a ``changed``
  pair the key does not list counts as false: the key lists every discrepancy of its texts);
* keep items reported ``changed`` (each is a false ``changed``), and how many findings are
  ``differs`` (the lower-severity status for a plausible but uncertain pair).

``-v`` prints every miss and every false ``changed``. Writes nothing; exits 0.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

import docdelta

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "facts_corpus"


def pairs(corpus: Path = CORPUS) -> list[dict[str, Any]]:
    """Every ``[[pair]]`` of the corpus, in file and then text order."""
    found: list[dict[str, Any]] = []
    for path in sorted(corpus.glob("*.toml")):
        with path.open("rb") as handle:
            found.extend(tomllib.load(handle)["pair"])
    return found


def claim_findings(pair: Mapping[str, Any]) -> list[docdelta.Finding]:
    """The ``numeric-claims`` findings of one pair, compared through the public API."""
    report = docdelta.Session(plugins=["news", "claims"]).compare(pair["old"].strip(), pair["new"].strip())
    return [f for f in report.findings if f.check == "numeric-claims"]


def _names(record: Mapping[str, Any] | None, number: str | None, sentence: str | None) -> bool:
    """Whether a claim record is the claim a key item names (its number, and a piece of its sentence)."""
    if number is None:
        return True
    if record is None:
        return False
    written = re.search(rf"(?<![\w.,]){re.escape(number)}(?![\w]|[.,]\d)", record["text"], re.IGNORECASE)
    return written is not None and (sentence is None or sentence in record["sentence"])


def names(finding: docdelta.Finding, item: Mapping[str, str]) -> bool:
    """Whether ``finding`` pairs the claims a key item names (a one-sided item: has that claim)."""
    return _names(finding.data["old"], item.get("old"), item.get("old_in")) and _names(
        finding.data["new"], item.get("new"), item.get("new_in")
    )


def statuses(findings: Sequence[docdelta.Finding], item: Mapping[str, str]) -> list[str]:
    """The statuses of the findings that pair what a key item names."""
    return [f.data["status"] for f in findings if names(f, item)]


def score(corpus: Path = CORPUS) -> Iterator[tuple[str, str, Mapping[str, str] | docdelta.Finding, bool]]:
    """``(pair id, kind, item or finding, right)`` for every key item (kind ``flag`` or ``keep``) and
    every ``changed`` or ``differs`` finding (a ``differs`` one is right when it is no flag item)."""
    for pair in pairs(corpus):
        findings = claim_findings(pair)
        for item in pair.get("flag", []):
            yield pair["id"], "flag", item, "changed" in statuses(findings, item)
        for item in pair.get("keep", []):
            yield pair["id"], "keep", item, "changed" not in statuses(findings, item)
        for finding in findings:
            status = finding.data["status"]
            if status in ("changed", "differs"):
                flag = any(names(finding, item) for item in pair.get("flag", []))
                yield pair["id"], status, finding, flag == (status == "changed")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="print every miss and false changed")
    options = parser.parse_args(argv)
    counts: dict[tuple[str, bool], int] = {}
    for pair_id, kind, what, right in score():
        counts[kind, right] = counts.get((kind, right), 0) + 1
        if options.verbose and not right:
            if isinstance(what, docdelta.Finding):
                print(f"  {'false changed' if kind == 'changed' else 'only differs'}  {pair_id}: {what.message}")
            else:
                print(f"  {'missed' if kind == 'flag' else 'flagged'}  {pair_id}: {dict(what)}")
    flagged, missed = counts.get(("flag", True), 0), counts.get(("flag", False), 0)
    true_changed, false_changed = counts.get(("changed", True), 0), counts.get(("changed", False), 0)
    kept, broken = counts.get(("keep", True), 0), counts.get(("keep", False), 0)
    recall = flagged / (flagged + missed) if flagged + missed else 1.0
    precision = true_changed / (true_changed + false_changed) if true_changed + false_changed else 1.0
    print(f"pairs {len(pairs())}")
    print(f"recall of changed     {recall:.2f}  ({flagged} of {flagged + missed} flag items)")
    print(f"precision of changed  {precision:.2f}  ({true_changed} of {true_changed + false_changed} changed findings)")
    print(f"keep items held       {kept} of {kept + broken}")
    print(f"differs findings      {counts.get(('differs', True), 0) + counts.get(('differs', False), 0)}"
          f"  ({counts.get(('differs', False), 0)} of them flag items)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
