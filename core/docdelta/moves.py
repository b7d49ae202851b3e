"""Pairing the units left over by exact alignment: edited units in place, and moves.

After exact alignment, each changed *region* (the stretch between two equal units)
holds old units and new units. Pairs are chosen over all regions at once, the most
similar first (ties broken by position, so the result is deterministic):

- two units of one region at least :data:`NEAR_MATCH` alike are an edited unit;
- two units of different regions, at least :data:`MOVE_MATCH` alike and
  :data:`MOVE_MIN_WORDS` words long, are a move (possibly with inner edits).

Inside a region, the heaviest chain of pairs in document order stays in place (the
most units, then the most words); the other pairs are moves when they qualify as
one, and a deletion plus an insertion otherwise.

Candidates come from an index of each old unit's rarer words, never from all pairs,
so the work grows with the size of the changed part, not with its square.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from itertools import chain
from operator import itemgetter

from docdelta.align import Budget, heaviest_chain
from docdelta.units import Lexicon, Tokens, Unit

__all__ = ["NEAR_MATCH", "MOVE_MATCH", "MOVE_MIN_WORDS", "Step", "pair_regions", "similarity"]

#: Two units of one changed region at least this similar are an edited unit.
NEAR_MATCH = 0.5
#: Units in different places at least this similar are a move...
MOVE_MATCH = 0.6
#: ...when the old one is at least this many words long.
MOVE_MIN_WORDS = 4
#: An old unit's words held by more unmatched old units than this say little about where it went.
_COMMON_WORD = 16
#: Words of each new unit looked up in the index (its rarest).
_LOOKUPS = 12
#: Candidates scored per new unit (those sharing the most looked-up words).
_CANDIDATES = 4
#: Up to this many pairs, every old unit is scored against every new one.
_ALL_PAIRS = 16

#: ``(old, new, moved)``: a unit pair, or one unit with ``None`` on the other side.
Step = tuple[Unit | None, Unit | None, bool]


def similarity(a: Counter[int], size_a: int, b: Counter[int], size_b: int) -> float:
    """How alike two word multisets are: the mean of their Dice coefficient and overlap.

    ``size_a`` and ``size_b`` are their sizes, which their units' :attr:`Tokens.words` already
    hold. The overlap term keeps a paragraph that grew a clause (``"he said"`` → ``"an envoy
    said on Dec. 13"``) closer to its old self than to a neighbour sharing a phrase.
    """
    if not size_a or not size_b:
        return 1.0 if size_a == size_b else 0.0
    common = a.keys() & b.keys()
    shared = sum(map(min, map(a.__getitem__, common), map(b.__getitem__, common)))  # C loops, no generator
    return (2 * shared / (size_a + size_b) + shared / min(size_a, size_b)) / 2


def pair_regions(
    regions: Sequence[tuple[list[Unit], list[Unit]]],
    old_tokens: Callable[[Unit], Tokens],
    new_tokens: Callable[[Unit], Tokens],
    lexicon: Lexicon,
    budget: Budget,
    allow_moves: bool,
) -> list[list[Step]]:
    """Steps for each region, in document order; moved units appear where they now stand."""
    region_of_old = {id(u): r for r, (olds, _) in enumerate(regions) for u in olds}
    region_of_new = {id(u): r for r, (_, news) in enumerate(regions) for u in news}

    chosen: dict[int, tuple[Unit, float]] = {}  # id(new unit) -> (old unit, score)
    used: set[int] = set()
    for score, _, _, old, new in sorted(
        _candidates(regions, old_tokens, new_tokens, lexicon, budget), key=lambda c: (-c[0], c[1], c[2])
    ):
        if id(new) in chosen or id(old) in used:
            continue
        if region_of_old[id(old)] != region_of_new[id(new)] and not (allow_moves and _is_move(score, old_tokens(old))):
            continue
        chosen[id(new)] = (old, score)
        used.add(id(old))

    in_place: dict[int, Unit] = {}  # id(new unit) -> old unit, aligned where they stand
    moved_in: dict[int, Unit] = {}  # id(new unit) -> old unit, moved here
    for r, (_, news) in enumerate(regions):
        local = []
        for new in news:
            old, score = chosen.get(id(new), (None, 0.0))
            if old is None:
                continue
            if region_of_old[id(old)] == r:
                local.append((old, new, score))
            else:
                moved_in[id(new)] = old
        chain = set(heaviest_chain([(old.index, new.index, (1, old_tokens(old).words)) for old, new, _ in local]))
        for k, (old, new, score) in enumerate(local):
            if k in chain:
                in_place[id(new)] = old
            elif allow_moves and _is_move(score, old_tokens(old)):
                moved_in[id(new)] = old
    moved_away = {id(old) for old in moved_in.values()}

    steps_by_region = []
    for olds, news in regions:
        steps: list[Step] = []
        staying = [old for old in olds if id(old) not in moved_away]
        next_old = 0  # staying[next_old:] are not emitted yet
        for new in news:
            partner = in_place.get(id(new))
            if partner is not None:
                while staying[next_old] is not partner:
                    steps.append((staying[next_old], None, False))
                    next_old += 1
                next_old += 1
                steps.append((partner, new, False))
            elif id(new) in moved_in:
                steps.append((moved_in[id(new)], new, True))
            else:
                steps.append((None, new, False))
        steps.extend((old, None, False) for old in staying[next_old:])
        steps_by_region.append(_deletions_first(steps))
    return steps_by_region


def _deletions_first(steps: list[Step]) -> list[Step]:
    """Within each stretch between pairs in place, deletions before insertions (as a redline reads)."""
    ordered: list[Step] = []
    deleted: list[Step] = []
    other: list[Step] = []
    for step in steps:
        old, new, moved = step
        if old is not None and new is not None and not moved:
            ordered.extend(deleted)
            ordered.extend(other)
            deleted, other = [], []
            ordered.append(step)
        elif new is None:
            deleted.append(step)
        else:
            other.append(step)
    ordered.extend(deleted)
    ordered.extend(other)
    return ordered


def _is_move(score: float, tokens: Tokens) -> bool:
    return score >= MOVE_MATCH and tokens.words >= MOVE_MIN_WORDS


def _candidates(
    regions: Sequence[tuple[list[Unit], list[Unit]]],
    old_tokens: Callable[[Unit], Tokens],
    new_tokens: Callable[[Unit], Tokens],
    lexicon: Lexicon,
    budget: Budget,
) -> list[tuple[float, int, int, Unit, Unit]]:
    """Scored ``(score, old index, new index, old, new)`` pairs at least :data:`NEAR_MATCH` alike."""
    olds = [u for olds, _ in regions for u in olds]
    news = [u for _, news in regions for u in news]
    if len(olds) * len(news) <= _ALL_PAIRS:
        return _all_pairs(olds, news, old_tokens, new_tokens, lexicon, budget)
    old_words = []  # (word multiset, its size) of each old unit
    by_signature: dict[int, list[int]] = {}
    frequency: Counter[int] = Counter()
    for k, old in enumerate(olds):
        tokens = old_tokens(old)
        by_signature.setdefault(tokens.signature, []).append(k)
        words = lexicon.words(tokens)
        old_words.append((words, tokens.words))
        frequency.update(words.keys())
        budget.spend(len(tokens.keys))
    # The words worth looking up, with how many old units hold each: set operations on its
    # keys find a new unit's rarer words in C, with no Python loop over its words.
    rare_frequency = {word: count for word, count in frequency.items() if count <= _COMMON_WORD}
    index: dict[int, list[int]] = {}
    for k, (words, _) in enumerate(old_words):
        for word in words.keys() & rare_frequency.keys():
            index.setdefault(word, []).append(k)

    found = []
    first_old = 0
    for region_olds, news in regions:
        for position, new in enumerate(news):
            tokens = new_tokens(new)
            words = lexicon.words(tokens)
            looked_up = words.keys() & rare_frequency.keys()
            rare = sorted(zip(map(rare_frequency.__getitem__, looked_up), looked_up))[:_LOOKUPS]
            shared: Counter[int] = Counter()
            for k in by_signature.get(tokens.signature, ())[:_CANDIDATES]:
                shared[k] += _LOOKUPS + 1  # equal under normalization: always worth scoring
            shared.update(chain.from_iterable(map(index.__getitem__, map(itemgetter(1), rare))))
            budget.spend(len(tokens.keys) + sum(map(itemgetter(0), rare)))
            enough = max(1, len(rare) // 3)
            # sorted(..., reverse=True)[:n] is most_common(n) (nlargest is documented as it), in C
            ranked = sorted(shared.items(), key=itemgetter(1), reverse=True)[:_CANDIDATES]
            picked = [k for k, count in ranked if count >= enough]
            if region_olds and len(rare) < 3:  # too few rarer words to look up: try the unit in the same place
                neighbour = first_old + min(position, len(region_olds) - 1)
                if neighbour not in picked:
                    picked.append(neighbour)
            for k in picked:
                old_multiset, old_size = old_words[k]
                score = similarity(old_multiset, old_size, words, tokens.words)
                budget.spend(len(words))
                if score >= NEAR_MATCH:
                    found.append((score, olds[k].index, new.index, olds[k], new))
        first_old += len(region_olds)
    return found


def _all_pairs(
    olds: list[Unit],
    news: list[Unit],
    old_tokens: Callable[[Unit], Tokens],
    new_tokens: Callable[[Unit], Tokens],
    lexicon: Lexicon,
    budget: Budget,
) -> list[tuple[float, int, int, Unit, Unit]]:
    """Every pair scored: cheaper than an index for the few units of a changed paragraph."""
    old_words = [(lexicon.words(tokens), tokens.words) for tokens in map(old_tokens, olds)]
    found = []
    for new in news:
        tokens = new_tokens(new)
        words = lexicon.words(tokens)
        for old, (candidate, size) in zip(olds, old_words):
            score = similarity(candidate, size, words, tokens.words)
            budget.spend(len(words))
            if score >= NEAR_MATCH:
                found.append((score, old.index, new.index, old, new))
    return found
