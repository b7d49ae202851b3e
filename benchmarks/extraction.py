"""Recall and precision of the claims extractor on news text: every claim of a text, keyed by hand.

Each key in ``tests/extraction_corpus`` (see its README) lists every claim of some texts of a facts
set, as written, in text order. A keyed claim is found when a claim the check reads (through the
public API: the document the ``news`` parser makes, :func:`docdelta_claims.document_claims`)
overlaps it; a claim read that overlaps no keyed claim is false, unless it overlaps a phrase the
key calls optional. ``exact`` counts the found claims whose text is the keyed phrase itself.

    python benchmarks/extraction.py                 # every key in tests/extraction_corpus
    python benchmarks/extraction.py -v KEY.toml     # and each miss and false claim, in its sentence
"""

from __future__ import annotations

import argparse
import re
import sys
import tomllib
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import attrs

import docdelta
from docdelta_claims import Claim, document_claims

ROOT = Path(__file__).resolve().parent.parent
KEYS = ROOT / "tests" / "extraction_corpus"


@attrs.define(frozen=True)
class Scored:
    """One keyed text: what was keyed and read, and how they met."""

    name: str  # "set: pair id (side)"
    text: str
    keyed: tuple[tuple[int, int, str], ...]  # (start, end, phrase)
    found: tuple[bool, ...]  # per keyed claim: some claim read overlaps it
    exact: int  # found claims whose text is the phrase itself
    false: tuple[Claim, ...]  # claims read that overlap nothing keyed nor optional


def locate(text: str, phrases: Sequence[str], where: str) -> list[tuple[int, int, str]]:
    """Each phrase's span, searched from the end of the one before it, as a phrase of its own: not
    inside a longer word or number (the ``40`` of ``3:40 a.m.``, the ``2`` of ``2.5``)."""
    spans, at = [], 0
    for phrase in phrases:
        found = re.compile(rf"(?<![\w])(?<!\d[:.,/-]){re.escape(phrase)}(?![\w])(?![:.,/-]\d)").search(text, at)
        if found is None:
            raise ValueError(f"{where}: {phrase!r} is not in the text after position {at}")
        spans.append((found.start(), found.end(), phrase))
        at = found.end()
    return spans


def _overlaps(claim: Claim, span: tuple[int, int, str]) -> bool:
    return claim.span.start < span[1] and span[0] < claim.span.end


def facts_pairs(key: Path) -> list[dict[str, Any]]:
    """The pairs of the facts set a key file names."""
    with key.open("rb") as handle:
        data = tomllib.load(handle)
    with (ROOT / "tests" / data["set"] / "pairs.toml").open("rb") as handle:
        return list(tomllib.load(handle)["pair"])


def texts(key: Path) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(name, text, keyed entry) for each ``[[text]]`` of a key file."""
    with key.open("rb") as handle:
        data = tomllib.load(handle)
    pairs = {pair["id"]: pair for pair in facts_pairs(key)}
    for entry in data["text"]:
        yield f"{data['set']}: {entry['pair']} ({entry['side']})", pairs[entry["pair"]][entry["side"]].strip(), entry


def score_text(name: str, text: str, entry: dict[str, Any], session: docdelta.Session) -> Scored:
    keyed = locate(text, entry["claims"], name)
    optional = locate(text, entry.get("optional", []), name)
    claims = document_claims(session.parse(text))
    used: set[int] = set()
    found, exact = [], 0
    for span in keyed:
        match = next((k for k, claim in enumerate(claims) if k not in used and _overlaps(claim, span)), None)
        found.append(match is not None)
        if match is not None:
            used.add(match)
            exact += claims[match].text == span[2]
    false = tuple(
        claim for k, claim in enumerate(claims)
        if k not in used and not any(_overlaps(claim, span) for span in keyed + optional)
    )
    return Scored(name, text, tuple(keyed), tuple(found), exact, false)


def score(keys: Sequence[Path]) -> list[Scored]:
    session = docdelta.Session(plugins=["news", "claims"])
    return [score_text(name, text, entry, session) for key in keys for name, text, entry in texts(key)]


def _sentence(text: str, start: int, end: int) -> str:
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    right = min((k for k in (text.find(". ", end), text.find("\n", end)) if k >= 0), default=len(text))
    return text[left:right].strip()


def key_arguments(argv: Sequence[str] | None, description: str, folder: Path, verbose: str) -> tuple[list[Path], bool]:
    """The key files a benchmark of keys is asked to score (every ``*.toml`` of ``folder`` when none
    is named) and whether ``-v`` was given; exits with 2 when there is none."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("keys", nargs="*", type=Path, help=f"key files (default: every *.toml in {folder.relative_to(ROOT)})")
    parser.add_argument("-v", "--verbose", action="store_true", help=verbose)
    args = parser.parse_args(argv)
    keys = args.keys or sorted(folder.glob("*.toml"))
    if not keys:
        parser.exit(2, f"no key in {folder}\n")
    missing = next((key for key in keys if not key.is_file()), None)
    if missing is not None:
        parser.exit(2, f"{missing}: no such key file\n")
    return keys, args.verbose


def main(argv: Sequence[str] | None = None) -> int:
    keys, verbose = key_arguments(argv, __doc__.splitlines()[0], KEYS, "print each miss and false claim in its sentence")
    scored = score(keys)
    keyed = sum(len(s.keyed) for s in scored)
    found = sum(sum(s.found) for s in scored)
    false = sum(len(s.false) for s in scored)
    exact = sum(s.exact for s in scored)
    if verbose:
        for s in scored:
            for (start, end, phrase), hit in zip(s.keyed, s.found):
                if not hit:
                    print(f"  missed  {s.name}: {phrase!r}\n      {_sentence(s.text, start, end)}")
            for claim in s.false:
                print(f"  false   {s.name}: {claim.text!r} ({claim.category})\n      {_sentence(s.text, claim.span.start, claim.span.end)}")
    print(f"texts {len(scored)}, keyed claims {keyed}")
    print(f"recall of claims     {found / keyed if keyed else 1:.2f}  ({found} of {keyed} keyed claims read)")
    print(f"precision of claims  {found / (found + false) if found + false else 1:.2f}  ({found} of {found + false} claims read are keyed)")
    print(f"exact                {exact / found if found else 1:.2f}  ({exact} of {found} found claims read as the keyed phrase)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
