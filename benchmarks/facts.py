"""Precision and recall of ``changed`` claims on a corpus of pairs: ``python benchmarks/facts.py [-v] [--by-pass] [--corpus DIR ...]``.

The corpus (``tests/facts_corpus/*.toml``, described in its README) holds pairs of short news
texts with an answer key: ``flag`` items, claims giving different figures for one quantity,
which docdelta must report as one ``changed`` pair, and ``keep`` items, which must not be one.
Each pair is compared through the public API (``docdelta.Session(plugins=["news", "claims"])``)
and its ``numeric-claims`` findings scored:

* recall: flag items reported ``changed`` / flag items;
* precision: ``changed`` findings that are flag items / all ``changed`` findings (a ``changed``
  pair the key does not list counts as false: the key lists every discrepancy of its texts);
* false ``changed`` findings per pair, as the issue's target is put (at most 1 over 37 pairs), and
  the mean length of the texts in words: the false ones per pair grow with the length;
* keep items reported ``changed`` (each is a false ``changed``), and how many findings are
  ``differs`` (the lower-severity status for a plausible but uncertain pair);
* per kind of pair (two outlets' reports, or two versions of one story): flag items caught and
  false ``changed`` findings over its pairs;
* for information, how many false ``changed`` findings pair the two figures a flag item names
  through other statements of them (one report's headline against the other's lede, where the key
  pairs headline with headline and lede with lede): a true disagreement the key does not name.
  They stay false in the precision above, so that figures compare across sessions.

``-v`` prints every miss and every false ``changed``, each with both sentences and what docdelta
reported for each side. ``--corpus DIR`` scores another folder of pairs in the same format (the
held-out corpus: ``--corpus tests/facts_heldout``); given again, it scores several folders as one.
``--by-pass`` adds, for each pass of the pairing that met a pair (its evidence's ``paired_by``),
its ``changed`` findings right and false and its ``differs`` findings on flag items. Writes
nothing; exits 0 (2 for a folder with no pairs).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
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
    failed = [warning for warning in report.warnings if warning.startswith("plugin ")]
    if failed:
        # A plugin that failed gives no findings: scored, that would read as misses, not as the bug it is.
        raise RuntimeError(f"{pair['id']}: {failed[0]}")
    return [f for f in report.findings if f.check == "numeric-claims"]


def written_in(text: str, number: str) -> bool:
    """Whether ``number`` (a number as written: ``"114"``, ``"more than 1,200"``) stands in ``text``
    as a number of its own, not inside a longer one (``14`` is not in ``114`` nor in ``14.5``)."""
    return re.search(rf"(?<![\w.,]){re.escape(number)}(?![\w]|[.,]\d)", text, re.IGNORECASE) is not None


def _names(record: Mapping[str, Any] | None, number: str | None, sentence: str | None) -> bool:
    """Whether a claim record is the claim a key item names (its number, and a piece of its sentence)."""
    if number is None:
        return True
    if record is None:
        return False
    return written_in(record["text"], number) and (sentence is None or sentence in record["sentence"])


def names(finding: docdelta.Finding, item: Mapping[str, str]) -> bool:
    """Whether ``finding`` pairs the claims a key item names (a one-sided item: has that claim)."""
    return _names(finding.data["old"], item.get("old"), item.get("old_in")) and _names(
        finding.data["new"], item.get("new"), item.get("new_in")
    )


def restates_flag(finding: docdelta.Finding, item: Mapping[str, str]) -> bool:
    """Whether ``finding`` pairs the two numbers a flag item names, as written, whichever sentences
    they stand in (another statement of the same two figures)."""
    old, new = finding.data["old"], finding.data["new"]
    return old is not None and new is not None and written_in(old["text"], item["old"]) and written_in(new["text"], item["new"])


def statuses(findings: Sequence[docdelta.Finding], item: Mapping[str, str]) -> list[str]:
    """The statuses of the findings that pair what a key item names."""
    return [f.data["status"] for f in findings if names(f, item)]


Scored = tuple[Mapping[str, Any], list[docdelta.Finding], str, Mapping[str, str] | docdelta.Finding, bool]


def score(corpus: Path = CORPUS) -> Iterator[Scored]:
    """``(pair, its findings, kind, item or finding, right)`` for every key item (kind ``flag`` or
    ``keep``) and every ``changed`` or ``differs`` finding (a ``differs`` one is right when it is no
    flag item)."""
    return score_pairs(pairs(corpus))


def score_pairs(read: Iterable[Mapping[str, Any]]) -> Iterator[Scored]:
    """:func:`score` over pairs already read (several corpora's, read once)."""
    for pair in read:
        findings = claim_findings(pair)
        for item in pair.get("flag", []):
            yield pair, findings, "flag", item, "changed" in statuses(findings, item)
        for item in pair.get("keep", []):
            yield pair, findings, "keep", item, "changed" not in statuses(findings, item)
        for finding in findings:
            status = finding.data["status"]
            if status in ("changed", "differs"):
                flag = any(names(finding, item) for item in pair.get("flag", []))
                yield pair, findings, status, finding, flag == (status == "changed")


#: Words whose full stop ends no sentence (``Oct. 31``, ``Mr. Smith``).
ABBREVIATIONS = re.compile(r"(?:\b(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|St|No|Gen|Sen|Gov)|\b[A-Z])\.$")


def sentences(text: str) -> list[str]:
    """The sentences and lines of ``text``: a plain reading of the text itself, independent of the
    claims reader, so a claim the reader missed still shows where it stands."""
    found: list[str] = []
    for line in text.splitlines():
        pieces: list[str] = []
        for piece in re.split(r"(?:(?<=[.!?])|(?<=[.!?][\"”]))\s+(?=[\"“(A-Z0-9])", line.strip()):
            if pieces and ABBREVIATIONS.search(pieces[-1]):
                pieces[-1] += " " + piece
            elif piece:
                pieces.append(piece)
        found += pieces
    return found


def sentence_of(text: str, number: str, piece: str | None) -> str:
    """The first sentence of ``text`` where ``number`` stands (in the one holding ``piece``, if given)."""
    for sentence in sentences(text):
        if written_in(sentence, number) and (piece is None or piece in sentence):
            return sentence
    return "(not found)"


def _on_side(findings: Sequence[docdelta.Finding], side: str, number: str, piece: str | None) -> list[docdelta.Finding]:
    """The findings that hold, on one side, the claim a key item names there."""
    return [f for f in findings if f.data[side] is not None and _names(f.data[side], number, piece)]


def _fate(findings: Sequence[docdelta.Finding], side: str, number: str, piece: str | None) -> str:
    """What docdelta reported for the claim a key item names on one side: each finding's status and partner."""
    other = "new" if side == "old" else "old"
    fates = [
        f"{f.data['status']}" + (f" with {f.data[other]['text']!r}" if f.data[other] else "")
        for f in _on_side(findings, side, number, piece)
    ]
    return "; ".join(fates) or "no finding"


#: What became of a flag item the check missed, in the order :func:`miss_kind` tells them.
MISS_KINDS = ("never paired", "no claim", "only differs", "paired otherwise")


def miss_kind(findings: Sequence[docdelta.Finding], item: Mapping[str, str]) -> str:
    """What became of a missed flag item: ``no claim`` where a side's number is no claim (a clock
    time), ``only differs`` where its two claims were paired as ``differs``, ``never paired``
    where each was left alone (one ``removed``, one ``added``), else ``paired otherwise`` (with
    another figure, or as agreeing)."""
    old, new = ({f.data["status"] for f in _on_side(findings, side, item[side], item.get(f"{side}_in"))} for side in ("old", "new"))
    if not old or not new:
        return "no claim"
    if "differs" in statuses(findings, item):
        return "only differs"
    if old == {"removed"} and new == {"added"}:
        return "never paired"
    return "paired otherwise"


def _matched(finding: docdelta.Finding) -> str:
    return ", ".join((finding.data.get("evidence") or {}).get("matched", [])) or "-"


def explain(
    pair: Mapping[str, Any], findings: Sequence[docdelta.Finding], what: Mapping[str, str] | docdelta.Finding
) -> list[str]:
    """The lines ``-v`` prints under a wrong item or finding: both sentences, and what docdelta made of them."""
    if isinstance(what, docdelta.Finding):
        return [
            f"old: {(what.data['old'] or {}).get('sentence', '')}",
            f"new: {(what.data['new'] or {}).get('sentence', '')}",
            f"matched: {_matched(what)}",
        ]
    lines = []
    for side in ("old", "new"):
        if side in what:
            number, piece = what[side], what.get(f"{side}_in")
            lines.append(f"{side}: {sentence_of(pair[side], number, piece)}")
            lines.append(f"  {number!r}: {_fate(findings, side, number, piece)}")
    for finding in findings:
        if finding.data["status"] == "changed" and names(finding, what):
            lines.append(f"changed: {finding.message}; matched: {_matched(finding)}")
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="print every miss and false changed")
    parser.add_argument(
        "--corpus",
        type=Path,
        action="append",
        metavar="DIR",
        help="a folder of *.toml pairs (default: the development corpus); give it again to score several as one",
    )
    parser.add_argument(
        "--by-pass", action="store_true", help="also print, per pass of the pairing (evidence paired_by), its changed findings right and false and its differs on flag items"
    )
    options = parser.parse_args(argv)
    corpora = options.corpus or [CORPUS]
    for corpus in corpora:
        if not corpus.is_dir() or not any(corpus.glob("*.toml")):
            print(f"facts.py: {corpus}: no *.toml pairs there", file=sys.stderr)
            return 2
    read = [pair for corpus in corpora for pair in pairs(corpus)]
    counts: Counter[tuple[str, bool]] = Counter()
    by_pass: Counter[tuple[str, str, bool]] = Counter()
    by_kind: Counter[tuple[str, str, bool]] = Counter()  # (outlets or versions, flag or changed, right)
    restating = 0
    misses: Counter[str] = Counter()
    for pair, findings, kind, what, right in score_pairs(read):
        counts[kind, right] += 1
        if kind == "flag" and not right and not isinstance(what, docdelta.Finding):
            misses[miss_kind(findings, what)] += 1
        by_kind[pair["kind"], kind, right] += 1
        if kind in ("changed", "differs") and isinstance(what, docdelta.Finding):
            by_pass[(what.data.get("evidence") or {}).get("paired_by", "(restated)"), kind, right] += 1
        if kind == "changed" and not right and isinstance(what, docdelta.Finding):
            restating += any(restates_flag(what, item) for item in pair.get("flag", []))
        if options.verbose and not right:
            if isinstance(what, docdelta.Finding):
                print(f"  {'false changed' if kind == 'changed' else 'only differs'}  {pair['id']}: {what.message}")
            else:
                print(f"  {'missed' if kind == 'flag' else 'flagged'}  {pair['id']}: {dict(what)}")
            for line in explain(pair, findings, what):
                print(f"      {line}")
    flagged, missed = counts["flag", True], counts["flag", False]
    true_changed, false_changed = counts["changed", True], counts["changed", False]
    kept, broken = counts["keep", True], counts["keep", False]
    recall = flagged / (flagged + missed) if flagged + missed else 1.0
    precision = true_changed / (true_changed + false_changed) if true_changed + false_changed else 1.0
    pair_count = len(read)
    words = [len(pair[side].split()) for pair in read for side in ("old", "new")]
    print(f"pairs {pair_count}")
    print(f"mean words per text   {sum(words) / len(words):.0f}")
    print(f"recall of changed     {recall:.2f}  ({flagged} of {flagged + missed} flag items)")
    print(f"precision of changed  {precision:.2f}  ({true_changed} of {true_changed + false_changed} changed findings)")
    # Per pair, as the target is put (at most 1 false over 37 pairs); it grows with the
    # length of the texts, as more figures of one frame stand in each (docs/claims.rst).
    print(f"false changed per pair {false_changed / pair_count:.3f}  ({false_changed} over {pair_count} pairs)")
    # Where the misses stand: a pair never made calls for another reading of the two sentences; a
    # pair made "differs" for more evidence; a number that is no claim for extraction.
    print(f"missed flag items     {missed}: " + ", ".join(f"{misses[kind]} {kind}" for kind in MISS_KINDS))
    print(f"keep items held       {kept} of {kept + broken}")
    print(f"differs findings      {counts['differs', True] + counts['differs', False]}"
          f"  ({counts['differs', False]} of them flag items)")
    print(f"false changed pairing a flag item's figures in other statements  {restating}")
    stories = Counter(pair["kind"] for pair in read)
    for story in ("outlets", "versions"):
        told = stories[story]
        if told:
            caught, flags = by_kind[story, "flag", True], by_kind[story, "flag", True] + by_kind[story, "flag", False]
            print(f"  {story:9} {caught} of {flags} flag items, {by_kind[story, 'changed', False]} false changed over {told} pairs")
    if options.by_pass:
        print("by pass               changed right  false   differs on a flag item")
        found: Counter[str] = Counter()
        for (step, _, _), n in by_pass.items():
            found[step] += n
        for step, _ in found.most_common():
            right, wrong, unsure = by_pass[step, "changed", True], by_pass[step, "changed", False], by_pass[step, "differs", False]
            print(f"  {step:22} {right:10}  {wrong:5}   {unsure:7}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
