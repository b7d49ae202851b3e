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
4. compatible values anywhere, for the same subject (dates, which have none: the same day
   written with and without its year);
5. what is left: one claim on each side with the same subject is the same claim, changed.

Values are never taken as "changed" across unrelated sentences on the strength of the
number alone: a pair needs a subject or a context in common. Candidates come from aligned
blocks, equal values and shared head nouns only, and a large group (or a large pair of aligned
blocks) is searched within a window of ranks (:data:`WINDOW`), so the work grows linearly with
the text.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator, Sequence

from attrs import define

from docdelta_claims.extract import Claim

__all__ = ["ALL_PAIRS", "CONTEXT_THRESHOLD", "STATUSES", "WINDOW", "Pairing", "comparable", "pair_claims", "relation"]

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


def comparable(a: Claim, b: Claim) -> bool:
    """Same category and a unit of the same dimension (days and hours, not days and km)."""
    return a.category == b.category and a.dimension == b.dimension


def _date_parts(value: str) -> tuple[str | None, ...]:
    year, _, rest = value.partition("-")
    if value.startswith("--"):
        year, rest = "", value[2:]
    parts = rest.split("-")
    return (year or None, parts[0] if parts else None, parts[1] if len(parts) > 1 else None)


def _bounds(claim: Claim) -> tuple[float, float, bool, bool]:
    low = float("-inf") if claim.low is None else claim.low * claim.factor
    high = float("inf") if claim.high is None else claim.high * claim.factor
    return low, high, claim.low_open, claim.high_open


def relation(old: Claim, new: Claim) -> str:
    """``same``, ``compatible`` or ``changed`` for two comparable claims."""
    if old.category == "date":
        if old.value == new.value:
            return "same"
        pairs = zip(_date_parts(str(old.value)), _date_parts(str(new.value)), strict=True)
        return "compatible" if all(a is None or b is None or a == b for a, b in pairs) else "changed"
    a, b = _bounds(old), _bounds(new)
    same_value = (old.value is None and new.value is None) or (
        isinstance(old.value, (int, float))
        and isinstance(new.value, (int, float))
        and old.value * old.factor == new.value * new.factor
    )
    if a == b and same_value:
        return "same"
    touching_open = (a[0] == b[1] and (a[2] or b[3])) or (b[0] == a[1] and (b[2] or a[3]))
    overlap = a[0] <= b[1] and b[0] <= a[1] and not touching_open
    return "compatible" if overlap else "changed"


def _subject_agreement(a: Claim, b: Claim) -> int:
    """2 for the same subject, 1 for the same head noun, 0 for none, -1 for different subjects."""
    if not a.key or not b.key:
        return 0
    if a.key == b.key:
        return 2
    return 1 if a.key.split()[-1] == b.key.split()[-1] else -1


@define(frozen=True)
class _Candidate:
    """A possible pair: indexes into OLD's and NEW's claims and what speaks for it."""

    old: int
    new: int
    aligned: bool
    status: str
    agreement: int
    similarity: float
    date: bool = False

    @property
    def related(self) -> bool:
        return _related(self.agreement, self.similarity)

    def order(self) -> tuple[int, int, float, int, int]:
        return (-self.agreement, -STATUSES.index(self.status), -self.similarity, self.old, self.new)


_TIERS: tuple[Callable[[_Candidate], bool], ...] = (
    lambda c: c.aligned and c.status == "same" and c.agreement >= 0,
    lambda c: c.status == "same" and c.related,
    lambda c: c.aligned and c.related,
    lambda c: c.status == "compatible" and (c.agreement > 0 or c.date),
)

#: Within a group of claims sharing a value or a subject, a claim is weighed against this many
#: claims of the group on each side of its own rank, so pairing stays linear on long texts.
WINDOW = 12


def _value_group(claim: Claim) -> tuple[object, ...]:
    if claim.category == "date":  # by month and day, so "Dec. 13" meets "Dec. 13, 2025"
        return (claim.category, _date_parts(str(claim.value))[1:])
    return (claim.category, claim.dimension, _bounds(claim))


def _head_group(claim: Claim) -> tuple[object, ...] | None:
    return (claim.category, claim.dimension, claim.key.split()[-1]) if claim.key else None


def _neighbours(
    old: Sequence[Claim],
    new: Sequence[Claim],
    old_left: Sequence[int],
    new_left: Sequence[int],
    group: Callable[[Claim], tuple[object, ...] | None],
) -> Iterator[tuple[int, int]]:
    """Index pairs of unpaired claims in one group, each OLD claim with the NEW claims near its rank."""
    olds: dict[tuple[object, ...], list[int]] = {}
    news: dict[tuple[object, ...], list[int]] = {}
    for side, claims, indexes in ((olds, old, old_left), (news, new, new_left)):
        for index in indexes:
            name = group(claims[index])
            if name is not None:
                side.setdefault(name, []).append(index)
    for name, members in olds.items():
        yield from _near_ranks(members, news.get(name, []))


#: Two aligned blocks with at most this many pairs of claims between them are searched
#: exhaustively (a news paragraph holds a handful); larger ones within windows of ranks.
ALL_PAIRS = (2 * WINDOW + 1) ** 2


def _aligned_pairs(
    old: Sequence[Claim], new: Sequence[Claim], aligned_blocks: Collection[tuple[int, int]]
) -> set[tuple[int, int]]:
    """Index pairs of claims in aligned blocks: every pair of two small blocks; for a large
    pair of blocks (a table, a run-on line), each OLD claim with the NEW claims near its
    rank in the block and near its rank among equal values, so the work stays linear."""
    old_by_block: dict[int, list[int]] = {}
    new_by_block: dict[int, list[int]] = {}
    for by_block, claims in ((old_by_block, old), (new_by_block, new)):
        for index, claim in enumerate(claims):
            by_block.setdefault(claim.block, []).append(index)
    pairs: set[tuple[int, int]] = set()
    for old_block, new_block in aligned_blocks:
        olds, news = old_by_block.get(old_block, []), new_by_block.get(new_block, [])
        if len(olds) * len(news) <= ALL_PAIRS:
            pairs.update((i, j) for i in olds for j in news)
            continue
        pairs.update(_near_ranks(olds, news))
        pairs.update(_neighbours(old, new, olds, news, _value_group))
    return pairs


def _near_ranks(olds: Sequence[int], news: Sequence[int]) -> Iterator[tuple[int, int]]:
    """Each of ``olds`` with the ``news`` within :data:`WINDOW` of its rank (scaled to their number)."""
    for rank, i in enumerate(olds):
        centre = rank * len(news) // len(olds)
        for j in news[max(0, centre - WINDOW) : centre + WINDOW + 1]:
            yield i, j


def _weigh(
    old: Sequence[Claim],
    new: Sequence[Claim],
    indexes: Collection[tuple[int, int]],
    aligned_blocks: Collection[tuple[int, int]],
) -> list[_Candidate]:
    """The comparable pairs among ``indexes`` that a tier could take, with what speaks for each.

    The others are left out: no tier would take them, so they change no pairing. Most pairs
    outside aligned blocks are such (equal values in unrelated sentences), and are left out
    before their contexts are compared, the costly part.
    """
    candidates = []
    old_sets: dict[int, frozenset[str]] = {}
    new_sets: dict[int, frozenset[str]] = {}
    for i, j in indexes:
        a, b = old[i], new[j]
        if not comparable(a, b):
            continue
        aligned = (a.block, b.block) in aligned_blocks
        status = relation(a, b)
        agreement = _subject_agreement(a, b)
        date = a.category == "date"
        if not aligned and not _may_pair_elsewhere(status, agreement, date):
            continue
        context_a = old_sets.get(i)
        if context_a is None:
            context_a = old_sets[i] = frozenset(a.context)
        context_b = new_sets.get(j)
        if context_b is None:
            context_b = new_sets[j] = frozenset(b.context)
        shared = len(context_a & context_b)
        union = len(context_a) + len(context_b) - shared
        similarity = shared / union if union else 0.0
        if not aligned and not _may_pair_elsewhere(status, agreement, date, similarity):
            continue
        candidates.append(_Candidate(i, j, aligned, status, agreement, similarity, date=date))
    return candidates


def _related(agreement: int, similarity: float) -> bool:
    """Same subject, or no subject on a side and a similar context."""
    return agreement > 0 or (agreement == 0 and similarity >= CONTEXT_THRESHOLD)


def _may_pair_elsewhere(status: str, agreement: int, date: bool, similarity: float = 1.0) -> bool:
    """Whether tier 2 or 4 could take a pair outside aligned blocks (tiers 1 and 3 take aligned
    pairs only); with no ``similarity``, whether it could were its contexts alike. A test holds
    this to :data:`_TIERS`."""
    return (status == "same" and _related(agreement, similarity)) or (
        status == "compatible" and (agreement > 0 or date)
    )


def _take(
    candidates: Sequence[_Candidate],
    rules: Sequence[Callable[[_Candidate], bool]],
    old_taken: dict[int, tuple[int, str]],
    new_taken: set[int],
) -> None:
    for rule in rules:
        for candidate in candidates:
            if candidate.old not in old_taken and candidate.new not in new_taken and rule(candidate):
                old_taken[candidate.old] = (candidate.new, candidate.status)
                new_taken.add(candidate.new)


def pair_claims(
    old: Sequence[Claim], new: Sequence[Claim], aligned_blocks: Collection[tuple[int, int]]
) -> list[Pairing]:
    """Pair the claims of OLD and NEW; ``aligned_blocks`` holds (old block, new block) index pairs.

    Tier 1 only needs the claims of aligned blocks; the global tiers then look for partners
    of what is left, by equal value and by shared head noun, so two near-identical long
    texts cost little more than reading them.
    """
    aligned_blocks = set(aligned_blocks)
    in_aligned = _aligned_pairs(old, new, aligned_blocks)
    candidates = sorted(_weigh(old, new, in_aligned, aligned_blocks), key=_Candidate.order)
    old_taken: dict[int, tuple[int, str]] = {}
    new_taken: set[int] = set()
    _take(candidates, _TIERS[:1], old_taken, new_taken)

    old_left = [i for i in range(len(old)) if i not in old_taken]
    new_left = [j for j in range(len(new)) if j not in new_taken]
    elsewhere = {
        pair
        for group in (_value_group, _head_group)
        for pair in _neighbours(old, new, old_left, new_left, group)
        if (old[pair[0]].block, new[pair[1]].block) not in aligned_blocks
    }
    candidates = sorted(candidates + _weigh(old, new, elsewhere, aligned_blocks), key=_Candidate.order)
    _take(candidates, _TIERS[1:], old_taken, new_taken)
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
