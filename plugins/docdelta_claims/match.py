"""Claims of two documents, paired by subject and context, each pair given a status.

Statuses: ``same`` (equal values or intervals), ``compatible`` (the intervals overlap:
``over 100`` and ``123``; a date without a year and the same day with one), ``changed``
(the same claim with values that cannot both be true), ``removed`` (OLD only) and
``added`` (NEW only).

Pairing is greedy and one-to-one, in tiers from the safest to the boldest; within a
tier the candidates are taken best first (subject agreement, then the closer status,
then the overlap of the sentences' words, then text order):

1. equal values in aligned blocks (blocks the diff paired, moved ones included);
2. equal values anywhere, for the same subject (or the same context when a side has none);
3. any values in aligned blocks, for the same subject (or, without one, a similar context);
4. compatible values anywhere, for the same subject;
5. what is left: one claim on each side with the same subject is the same claim, changed.

Values are never taken as "changed" across unrelated sentences on the strength of the
number alone: a pair needs a subject or a context in common.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence

from attrs import define

from docdelta_claims.extract import Claim
from docdelta_claims.numbers import UNITS_BY_NAME

__all__ = ["Pairing", "STATUSES", "pair_claims", "relation"]

#: Statuses, the most important first (the order findings are emitted in).
STATUSES = ("changed", "removed", "added", "compatible", "same")

#: Word overlap (Jaccard) of two sentences' contexts that stands in for a missing subject.
CONTEXT_THRESHOLD = 0.3


@define(frozen=True)
class Pairing:
    """A claim of OLD, of NEW, or of both, and its status."""

    old: Claim | None
    new: Claim | None
    status: str


def _dimension(claim: Claim) -> tuple[str, float]:
    unit = UNITS_BY_NAME.get(claim.unit or "")
    if unit is None:
        return claim.unit or "", 1.0
    return unit.dimension, unit.factor


def comparable(a: Claim, b: Claim) -> bool:
    """Same category and a unit of the same dimension (days and hours, not days and km)."""
    return a.category == b.category and _dimension(a)[0] == _dimension(b)[0]


def _date_parts(value: str) -> tuple[str | None, ...]:
    year, _, rest = value.partition("-")
    if value.startswith("--"):
        year, rest = "", value[2:]
    parts = rest.split("-")
    return (year or None, parts[0] if parts else None, parts[1] if len(parts) > 1 else None)


def _bounds(claim: Claim) -> tuple[float, float, bool, bool]:
    factor = _dimension(claim)[1]
    low = float("-inf") if claim.low is None else claim.low * factor
    high = float("inf") if claim.high is None else claim.high * factor
    return low, high, claim.low_open, claim.high_open


def relation(old: Claim, new: Claim) -> str:
    """``same``, ``compatible`` or ``changed`` for two comparable claims."""
    if old.category == "date":
        if old.value == new.value:
            return "same"
        pairs = zip(_date_parts(str(old.value)), _date_parts(str(new.value)))
        return "compatible" if all(a is None or b is None or a == b for a, b in pairs) else "changed"
    a, b = _bounds(old), _bounds(new)
    factor_a, factor_b = _dimension(old)[1], _dimension(new)[1]
    same_value = (old.value is None and new.value is None) or (
        isinstance(old.value, (int, float))
        and isinstance(new.value, (int, float))
        and old.value * factor_a == new.value * factor_b
    )
    if a == b and same_value:
        return "same"
    touching_open = (a[0] == b[1] and (a[2] or b[3])) or (b[0] == a[1] and (b[2] or a[3]))
    overlap = a[0] <= b[1] and b[0] <= a[1] and not touching_open
    return "compatible" if overlap else "changed"


def _similarity(a: Claim, b: Claim) -> float:
    words_a, words_b = set(a.context), set(b.context)
    union = words_a | words_b
    return len(words_a & words_b) / len(union) if union else 0.0


def _subject_agreement(a: Claim, b: Claim) -> int:
    """2 for the same subject, 1 for the same head noun, 0 for none, -1 for different subjects."""
    if not a.key or not b.key:
        return 0
    if a.key == b.key:
        return 2
    return 1 if a.key.split()[-1] == b.key.split()[-1] else -1


Rule = Callable[[Claim, Claim, bool, str], bool]


def _tiers() -> tuple[Rule, ...]:
    def related(a: Claim, b: Claim) -> bool:
        agreement = _subject_agreement(a, b)
        return agreement > 0 or (agreement == 0 and _similarity(a, b) >= CONTEXT_THRESHOLD)

    return (
        lambda a, b, aligned, status: aligned and status == "same" and _subject_agreement(a, b) >= 0,
        lambda a, b, aligned, status: status == "same" and related(a, b),
        lambda a, b, aligned, status: aligned and related(a, b),
        lambda a, b, aligned, status: status == "compatible" and _subject_agreement(a, b) > 0,
    )


def pair_claims(
    old: Sequence[Claim], new: Sequence[Claim], aligned_blocks: Collection[tuple[int, int]]
) -> list[Pairing]:
    """Pair the claims of OLD and NEW; ``aligned_blocks`` holds (old block, new block) index pairs."""
    candidates = []
    for i, a in enumerate(old):
        for j, b in enumerate(new):
            if comparable(a, b):
                status = relation(a, b)
                order = (-_subject_agreement(a, b), -STATUSES.index(status), -_similarity(a, b), i, j)
                candidates.append((order, i, j, (a.block, b.block) in aligned_blocks, status))
    candidates.sort(key=lambda c: c[0])
    old_taken: dict[int, tuple[int, str]] = {}
    new_taken: set[int] = set()
    for rule in _tiers():
        for _order, i, j, aligned, status in candidates:
            if i not in old_taken and j not in new_taken and rule(old[i], new[j], aligned, status):
                old_taken[i] = (j, status)
                new_taken.add(j)
    _pair_last_ones(old, new, old_taken, new_taken)

    pairings = [Pairing(old[i], new[j], status) for i, (j, status) in old_taken.items()]
    pairings += [Pairing(claim, None, "removed") for i, claim in enumerate(old) if i not in old_taken]
    pairings += [Pairing(None, claim, "added") for j, claim in enumerate(new) if j not in new_taken]
    pairings.sort(key=_pairing_order)
    return pairings


def _pair_last_ones(
    old: Sequence[Claim], new: Sequence[Claim], old_taken: dict[int, tuple[int, str]], new_taken: set[int]
) -> None:
    """Tier 5: a subject left with exactly one claim on each side pairs them."""
    left_old: dict[tuple[str, str], list[int]] = {}
    left_new: dict[tuple[str, str], list[int]] = {}
    for i, claim in enumerate(old):
        if i not in old_taken and claim.key:
            left_old.setdefault((claim.category, claim.key), []).append(i)
    for j, claim in enumerate(new):
        if j not in new_taken and claim.key:
            left_new.setdefault((claim.category, claim.key), []).append(j)
    for subject, olds in left_old.items():
        news = left_new.get(subject, [])
        if len(olds) == 1 and len(news) == 1 and comparable(old[olds[0]], new[news[0]]):
            old_taken[olds[0]] = (news[0], relation(old[olds[0]], new[news[0]]))
            new_taken.add(news[0])


def _pairing_order(pairing: Pairing) -> tuple[int, int, int]:
    new_start = pairing.new.span.start if pairing.new else -1
    old_start = pairing.old.span.start if pairing.old else -1
    return STATUSES.index(pairing.status), new_start, old_start
