"""Claim extraction throughput on about 1 MB of news text, and the claims check on two versions of it.

The text is built deterministically: the paragraphs of both seeds, then generated news
sentences with counts, money, percentages, dates, durations and ranges (seeded random
numbers), repeated until it reaches the requested size. The second version changes one
number in twenty, so the check has real pairing work to do.

    python benchmarks/claims_throughput.py [--megabytes 1] [--repeat 3]
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

import docdelta
from timing import timed  # benchmarks/ is on sys.path when a script here runs
from docdelta_claims import check_claims, document_claims

ROOT = Path(__file__).resolve().parent.parent
SEEDS = [
    (ROOT / "seeds" / name).read_text(encoding="utf-8")
    for name in ("000_ff12f16f314725a3.txt", "001_561bb7da592d2a00.txt")
]

TEMPLATES = [
    "Police said {n} protesters were detained in {city} on {month} {day}.",
    "The government pledged ${m}bn in aid, up from ${k} million in {year}.",
    "Turnout reached {p}%, about {q} percentage points higher than in {year}.",
    "More than {n} people fled after {w} days of shelling, officials said.",
    "Between {n} and {n2} soldiers were wounded, and {word} civilians died, according to the ministry.",
    "The convoy of {n} trucks travelled {km} km in {h} hours, the {ordinal} such convoy since {year}.",
    "Some {big:,} households lost power; nearly {p} percent were reconnected by {month} {day}, {year}.",
    "COVID-19 rules, the F-16 deal and Article 5 were discussed at No. 10 Downing Street.",
]
CITIES = ["Minsk", "Kyiv", "Vilnius", "Warsaw", "Lviv"]
MONTHS = ["Jan.", "March", "Aug.", "Dec.", "November"]
WORDS = ["two", "five", "twenty-three", "a dozen", "one hundred and five"]
ORDINALS = ["second", "third", "4th", "21st"]


def news_text(size: int, seed: int = 5) -> str:
    """About ``size`` characters of news paragraphs (seeds first, then generated sentences)."""
    rng = random.Random(seed)
    paragraphs = [p for text in SEEDS for p in text.split("\n\n")]
    length = sum(len(p) + 2 for p in paragraphs)
    while length < size:
        sentences = []
        for template in rng.sample(TEMPLATES, 4):
            n = rng.randrange(2, 900)
            sentences.append(
                template.format(
                    n=n,
                    n2=n + rng.randrange(1, 50),
                    m=rng.randrange(1, 20),
                    k=rng.randrange(10, 900),
                    p=rng.randrange(1, 99),
                    q=rng.randrange(1, 9),
                    w=rng.randrange(2, 30),
                    km=rng.randrange(5, 900),
                    h=rng.randrange(2, 48),
                    big=rng.randrange(1000, 900000),
                    year=rng.randrange(1990, 2026),
                    day=rng.randrange(1, 29),
                    city=rng.choice(CITIES),
                    month=rng.choice(MONTHS),
                    word=rng.choice(WORDS),
                    ordinal=rng.choice(ORDINALS),
                )
            )
        paragraph = " ".join(sentences)
        paragraphs.append(paragraph)
        length += len(paragraph) + 2
    return "\n\n".join(paragraphs)


def edited(text: str, seed: int = 6) -> str:
    """``text`` with one paragraph in twenty given a different first number."""
    rng = random.Random(seed)
    paragraphs = text.split("\n\n")
    for index in range(0, len(paragraphs), 20):
        paragraphs[index] = paragraphs[index].replace(" 1", " 7", 1) if rng.random() < 0.5 else paragraphs[index]
    return "\n\n".join(paragraphs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--megabytes", type=float, default=1.0)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    text = news_text(int(args.megabytes * 1_000_000))
    megabytes = len(text.encode("utf-8")) / 1_000_000
    document = docdelta.Document.from_text(text, name="news")
    claims = document_claims(document)
    seconds = timed(lambda: document_claims(document), args.repeat)
    by_category: dict[str, int] = {}
    for claim in claims:
        by_category[claim.category] = by_category.get(claim.category, 0) + 1
    print(f"text: {megabytes:.2f} MB, {len(document.blocks)} paragraphs, {len(claims)} claims")
    print("claims by category: " + ", ".join(f"{k} {v}" for k, v in sorted(by_category.items())))
    print(f"extraction: {seconds:.2f}s (median of {args.repeat}) = {megabytes / seconds:.2f} MB/s, "
          f"{len(claims) / seconds:,.0f} claims/s")  # fmt: skip

    new_document = docdelta.Document.from_text(edited(text), name="news, edited")
    pairs = [docdelta.BlockPair(i, i, 1.0) for i in range(len(document.blocks))]
    comparison = docdelta.Comparison(document, new_document, edits=[], pairs=pairs)
    findings: list[docdelta.Finding] = []
    check_seconds = timed(lambda: findings.extend(check_claims(comparison)) or findings.clear(), 1)
    findings = list(check_claims(comparison))
    statuses: dict[str, int] = {}
    for finding in findings:
        statuses[finding.data["status"]] = statuses.get(finding.data["status"], 0) + 1
    print(f"check (extract both, pair, findings): {check_seconds:.2f}s, "
          + ", ".join(f"{k} {v}" for k, v in sorted(statuses.items())))  # fmt: skip


if __name__ == "__main__":
    main()
