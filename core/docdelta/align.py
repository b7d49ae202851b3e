"""Aligning two sequences of hashable items (units or token keys): equal runs and changes.

A small stretch (up to :data:`_MINIMAL_LIMIT` items on one side times the other) that
is a revision (few of its items changed, :data:`_SIMILAR`) is diffed exactly by
diff-match-patch (Myers' algorithm): the fewest changed items, never more than
:mod:`difflib` finds. Any other stretch gets the alignment
``git diff --patience`` makes, which stays linear on
documents that share little: strip the common prefix and suffix, anchor on the
items that occur exactly once on each side (their longest increasing run), and
repeat between the anchors. A small stretch without such anchors is diffed
by diff-match-patch when the work budget can pay for it; a larger one (or one the
budget cannot pay for) is anchored on runs of 2, 4, ... 64 items that occur exactly
once on each side (text made of a few words repeated, such as one word a line, has
no unique word but many unique runs), and failing those on the k-th occurrences
of its items on both sides: a valid alignment, possibly coarser than the shortest diff.

Work is counted in steps, never in seconds, so that results are reproducible.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections import Counter
from collections.abc import Hashable, Sequence
from itertools import chain, compress, islice, repeat
from operator import and_, ne

from diff_match_patch import diff_match_patch

__all__ = ["Budget", "matching_runs", "runs_to_ops", "diff_ops", "heaviest_chain"]

_DMP = diff_match_patch()
_DMP.Diff_Timeout = 0  # exact: work is bounded by our own step budget instead

#: Stretches without unique anchors are diffed exactly up to this size (items on one side times the other).
_EXACT_LIMIT = 1_000_000
#: Stretches up to this size are diffed exactly before any anchor is tried (a sentence against a sentence).
_MINIMAL_LIMIT = 40_000
#: A small stretch is diffed exactly first when at most about one item in this many changes (a
#: revision; a counted probe finds out); one that changed more (unrelated sentences) is
#: anchored first: exact diffs of unrelated sentences cost 4x the CPU on unrelated texts.
_SIMILAR = 16
#: The longest run of items tried as a unique anchor (runs of 2, 4, ... up to it).
_LONGEST_RUN_ANCHOR = 64


class Budget:
    """Work allowed for one comparison, counted in steps.

    Linear passes are always done and counted (``spend``): they grow with the input,
    which ``--max-size`` bounds. Work that can grow faster (exact diffs of stretches)
    is only done while ``limit`` can pay for it (``take``); ``coarse`` counts refusals.
    """

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.used = 0  # all steps
        self.taken = 0  # steps paid from the limit
        self.coarse = 0

    def spend(self, steps: int) -> None:
        self.used += steps

    def can_pay(self, steps: int) -> bool:
        return self.taken + steps <= self.limit

    def take(self, steps: int) -> bool:
        if self.taken + steps > self.limit:
            self.coarse += 1
            return False
        self.taken += steps
        self.used += steps
        return True


def matching_runs(a: Sequence[Hashable], b: Sequence[Hashable], budget: Budget) -> list[tuple[int, int, int]]:
    """Equal runs ``(i, j, length)`` of ``a`` and ``b``, increasing in both ``i`` and ``j``."""
    runs = _Runs()
    stack = array("q", (0, len(a), 0, len(b)))  # stretches still to align, four integers each
    while stack:
        alo, ahi, blo, bhi = stack[-4:]
        del stack[-4:]
        prefix = _common_length(a, alo, b, blo, min(ahi - alo, bhi - blo), 1)
        if prefix:
            runs.append((alo, blo, prefix))
            alo += prefix
            blo += prefix
        suffix = _common_length(a, ahi - 1, b, bhi - 1, min(ahi - alo, bhi - blo), -1)
        if suffix:
            runs.append((ahi - suffix, bhi - suffix, suffix))
            ahi -= suffix
            bhi -= suffix
        budget.spend(prefix + suffix + 1)
        if alo == ahi or blo == bhi:
            continue
        # Counting a stretch is linear, but stretches nest: past the first, the limit pays.
        size = ahi - alo + bhi - blo
        if size == len(a) + len(b):
            budget.spend(size)
        elif not budget.take(size):
            continue
        product = (ahi - alo) * (bhi - blo)
        if product <= _MINIMAL_LIMIT and budget.can_pay(product):
            length = ahi - alo + bhi - blo
            distance = _distance_within(a[alo:ahi], b[blo:bhi], length // _SIMILAR + 2, budget)
            if distance is not None:
                budget.take(length * (distance + 1))
                runs.extend(_exact_runs(a, alo, ahi, b, blo, bhi))
                continue
        anchors = _unique_anchors(a, alo, ahi, b, blo, bhi, budget)
        if anchors is None:
            exact, anchors = _middle(a, alo, ahi, b, blo, bhi, budget)
            runs.extend(exact)
            if not anchors[0]:
                continue
        _between_anchors(anchors, alo, ahi, blo, bhi, stack, runs, budget)
    return runs.merged()


def _between_anchors(
    anchors: Anchors,
    alo: int,
    ahi: int,
    blo: int,
    bhi: int,
    stack: array,
    runs: _Runs,
    budget: Budget,
) -> None:
    """Add the anchors to ``runs``, adjacent ones as one run, and the stretches between them to
    ``stack``. A stretch empty on either side holds no run: it is not pushed, only its step
    counted (when every item is unique, as a million distinct paragraphs are, there is one such
    stretch per item)."""
    previous_i, previous_j = alo, blo
    run_i = run_j = length = 0
    for i, j in zip(*anchors):
        if length and i == run_i + length and j == run_j + length:
            length += 1
        else:
            if length:
                runs.append((run_i, run_j, length))
            run_i, run_j, length = i, j, 1
        if i > previous_i and j > previous_j:
            stack.extend((previous_i, i, previous_j, j))
        else:
            budget.spend(1)
        previous_i, previous_j = i + 1, j + 1
    if length:
        runs.append((run_i, run_j, length))
    stack.extend((previous_i, ahi, previous_j, bhi))


def _common_length(a: Sequence[Hashable], i: int, b: Sequence[Hashable], j: int, limit: int, step: int) -> int:
    """How many items match from ``a[i]`` and ``b[j]`` on, going forward (``step`` 1) or back (-1).

    Slices are compared whole (in C), doubling then halving the length tried.
    """
    if limit == 0 or a[i] != b[j]:
        return 0

    def equal(n: int) -> bool:
        if step == 1:
            return a[i : i + n] == b[j : j + n]
        return a[i - n + 1 : i + 1] == b[j - n + 1 : j + 1]

    known, trial = 1, 2
    while trial <= limit and equal(trial):
        known, trial = trial, trial * 2
    high = min(trial, limit + 1)  # equal(known) holds; equal(high) fails or is out of range
    while high - known > 1:
        middle = (known + high) // 2
        if equal(middle):
            known = middle
        else:
            high = middle
    return known


class _Runs:
    """Equal runs ``(i, j, length)`` as they are found, in no order: three arrays, not a tuple a
    run (a list of numbers aligns in hundreds of thousands of pieces)."""

    def __init__(self) -> None:
        self.starts_a, self.starts_b, self.lengths = array("q"), array("q"), array("q")

    def append(self, run: tuple[int, int, int]) -> None:
        self.starts_a.append(run[0])
        self.starts_b.append(run[1])
        self.lengths.append(run[2])

    def extend(self, runs: list[tuple[int, int, int]]) -> None:
        for run in runs:
            self.append(run)

    def merged(self) -> list[tuple[int, int, int]]:
        """The runs in order, each merged with the next where they touch. Runs never overlap and
        are never empty, so each has a place of its own at its start in ``a``: an array of those
        places orders them (8 bytes a place, where sorting would make two objects a run)."""
        merged: list[tuple[int, int, int]] = []
        if not self.lengths:
            return merged
        low = min(self.starts_a)
        places = array("q", [-1]) * (max(self.starts_a) - low + 1)
        for k, start in enumerate(self.starts_a):
            places[start - low] = k
        for k in compress(places, map(ne, places, repeat(-1))):
            i, j, n = self.starts_a[k], self.starts_b[k], self.lengths[k]
            if merged and merged[-1][0] + merged[-1][2] == i and merged[-1][1] + merged[-1][2] == j:
                merged[-1] = (merged[-1][0], merged[-1][1], merged[-1][2] + n)
            else:
                merged.append((i, j, n))
        return merged


#: Anchors: positions in ``a`` and the positions in ``b`` they pair with, increasing in both (two
#: arrays, not a tuple a pair: a stretch of a million unique items has a million anchors).
Anchors = tuple[array, array]
_NO_ANCHORS: Anchors = (array("q"), array("q"))  # shared: anchors are read, never changed


def _unique_anchors(
    a: Sequence[Hashable], alo: int, ahi: int, b: Sequence[Hashable], blo: int, bhi: int, budget: Budget
) -> Anchors | None:
    """The longest increasing run of items unique on both sides, or ``None`` if there is none."""
    counts_a = Counter(a[alo:ahi])
    in_b: dict[Hashable, int] = {}
    for j in range(blo, bhi):
        item = b[j]
        if counts_a.get(item) == 1:
            in_b[item] = -1 if item in in_b else j
    firsts, seconds = array("q"), array("q")
    for i in range(alo, ahi):
        j = in_b.get(a[i], -1)
        if j >= 0:  # only items once in ``a`` are in ``in_b``
            firsts.append(i)
            seconds.append(j)
    if not firsts:
        return None
    return _increasing_run(firsts, seconds)


def _increasing_run(firsts: Sequence[int], seconds: Sequence[int]) -> Anchors:
    """Longest subsequence of the pairs ``(firsts[k], seconds[k])`` (``firsts`` increasing) increasing
    in the second item too (patience sorting)."""
    tails = array("q")  # smallest second item ending a run of each length
    tail_index = array("q")
    back = array("q")
    for index, j in enumerate(seconds):
        length = bisect_left(tails, j)
        if length == len(tails):
            tails.append(j)
            tail_index.append(index)
        else:
            tails[length] = j
            tail_index[length] = index
        back.append(tail_index[length - 1] if length else -1)
    chain = array("q")
    index = tail_index[-1]
    while index >= 0:
        chain.append(index)
        index = back[index]
    chain.reverse()
    return array("q", map(firsts.__getitem__, chain)), array("q", map(seconds.__getitem__, chain))


def _middle(
    a: Sequence[Hashable], alo: int, ahi: int, b: Sequence[Hashable], blo: int, bhi: int, budget: Budget
) -> tuple[list[tuple[int, int, int]], Anchors]:
    """A stretch with no unique anchor: ``(runs, anchors)``.

    Diff-match-patch's exact runs when the stretch is small and the budget can pay for
    it; otherwise anchors to recurse between: unique runs of items
    (:func:`_unique_run_anchors`), or failing those the k-th occurrence of each item on
    one side paired with its k-th occurrence on the other, longest increasing run of those.
    """
    slice_a, slice_b = a[alo:ahi], b[blo:bhi]
    common = set(slice_a).intersection(slice_b)
    if not common:
        return [], _NO_ANCHORS
    size = len(slice_a) * len(slice_b)
    if size <= _EXACT_LIMIT:
        if budget.take(size):
            return _exact_runs(a, alo, ahi, b, blo, bhi), _NO_ANCHORS
    else:
        # Myers' exact diff takes about (n + m) * (d + 1) steps for d changed items: cheap
        # when few items changed, however long the stretch.
        length = len(slice_a) + len(slice_b)
        distance = _distance_within(slice_a, slice_b, _EXACT_LIMIT // length, budget)
        if distance is not None and budget.take(length * (distance + 1)):
            return _exact_runs(a, alo, ahi, b, blo, bhi), _NO_ANCHORS
    del slice_a, slice_b  # copies of the stretch: not kept while its runs are hashed
    anchors = _unique_run_anchors(a, alo, ahi, b, blo, bhi, budget)
    if anchors[0]:
        return [], anchors
    occurrences: dict[Hashable, list[int]] = {}
    for j in range(blo, bhi):
        if b[j] in common:
            occurrences.setdefault(b[j], []).append(j)
    seen: Counter[Hashable] = Counter()
    firsts, seconds = array("q"), array("q")
    for i in range(alo, ahi):
        places = occurrences.get(a[i])
        if places is not None and seen[a[i]] < len(places):
            firsts.append(i)
            seconds.append(places[seen[a[i]]])
            seen[a[i]] += 1
    return [], _increasing_run(firsts, seconds)  # not empty: an item of ``common`` pairs at least once


def _distance_within(a: Sequence[Hashable], b: Sequence[Hashable], cap: int, budget: Budget) -> int | None:
    """How many items a shortest diff of ``a`` and ``b`` changes, if at most ``cap``; else ``None``.

    Myers' greedy forward pass, one step per diagonal visited (counted): at most about
    ``cap ** 2`` steps. Runs of equal items are skipped by comparing slices.
    """
    n, m = len(a), len(b)
    furthest = [0] * (2 * cap + 3)  # furthest x reached on diagonal k = x - y, at index k + cap + 1
    offset = cap + 1
    for distance in range(cap + 1):
        budget.spend(distance + 1)
        for k in range(-distance, distance + 1, 2):
            if k == -distance or (k != distance and furthest[offset + k - 1] < furthest[offset + k + 1]):
                x = furthest[offset + k + 1]
            else:
                x = furthest[offset + k - 1] + 1
            y = x - k
            if x < n and y < m:
                x += _common_length(a, x, b, y, min(n - x, m - y), 1)
            furthest[offset + k] = x
            if x >= n and x - k >= m:
                return distance
    return None


def _exact_runs(
    a: Sequence[Hashable], alo: int, ahi: int, b: Sequence[Hashable], blo: int, bhi: int
) -> list[tuple[int, int, int]]:
    """The equal runs of a shortest diff of ``a[alo:ahi]`` and ``b[blo:bhi]`` (diff-match-patch)."""
    encoded_a, encoded_b = _encode(a[alo:ahi], b[blo:bhi])
    runs = []
    i, j = alo, blo
    for op, chars in _DMP.diff_main(encoded_a, encoded_b, False):
        if op == 0:
            runs.append((i, j, len(chars)))
            i += len(chars)
            j += len(chars)
        elif op == -1:
            i += len(chars)
        else:
            j += len(chars)
    return runs


def _unique_run_anchors(
    a: Sequence[Hashable], alo: int, ahi: int, b: Sequence[Hashable], blo: int, bhi: int, budget: Budget
) -> Anchors:
    """Anchors on the first items of runs of ``length`` items unique on both sides, for the
    shortest ``length`` (2, 4, ... :data:`_LONGEST_RUN_ANCHOR`) that has any; none if none does.

    Runs are told apart by their hashes; a pair is kept only if its runs are really equal, so
    a hash collision costs an anchor, never a wrong one. Each length tried costs a pass over
    the stretch (counted): at most six passes. The hashes are kept in arrays and told unique by
    sorting, not counted in dictionaries: a stretch of a million items without a unique one (a
    list of numbers) has nearly a million unique runs.
    """
    length = 2
    while length <= min(ahi - alo, bhi - blo, _LONGEST_RUN_ANCHOR):
        budget.spend((ahi - alo + bhi - blo) * length)
        hashes_a, hashes_b = _run_hashes(a, alo, ahi, length), _run_hashes(b, blo, bhi, length)
        common = _once_in_both(hashes_a, hashes_b)
        places = array("q", bytes(8 * len(common)))  # where in ``b`` each common run stands
        for j, key in enumerate(hashes_b):
            k = bisect_left(common, key)
            if k < len(common) and common[k] == key:
                places[k] = blo + j
        del hashes_b
        firsts, seconds = array("q"), array("q")
        for i, key in enumerate(hashes_a, alo):
            k = bisect_left(common, key)
            if k < len(common) and common[k] == key:
                j = places[k]
                if a[i : i + length] == b[j : j + length]:
                    firsts.append(i)
                    seconds.append(j)
        if firsts:
            return _increasing_run(firsts, seconds)
        length *= 2
    return _NO_ANCHORS


def _run_hashes(items: Sequence[Hashable], low: int, high: int, length: int) -> array:
    """The hash of the tuple of each run of ``length`` items of ``items[low:high]``, in order."""
    runs = map(items.__getitem__, map(slice, range(low, high - length + 1), range(low + length, high + 1)))
    return array("q", map(hash, map(tuple, runs)))


def _once_in_both(hashes_a: array, hashes_b: array) -> array:
    """The values found exactly once in each array, sorted."""
    once_a, once_b = _once(hashes_a), _once(hashes_b)
    common = array("q")
    i = j = 0
    while i < len(once_a) and j < len(once_b):
        if once_a[i] == once_b[j]:
            common.append(once_a[i])
            i += 1
            j += 1
        elif once_a[i] < once_b[j]:
            i += 1
        else:
            j += 1
    return common


#: Hashes are sorted an eighth of their range at a time, so that at most about an eighth of them
#: are Python integers at once (a sorted list holds each as an object of 40 bytes).
_HASH_RANGES = [range(-(1 << 63) + k * (1 << 61), -(1 << 63) + (k + 1) * (1 << 61)) for k in range(8)]


def _once(values: array) -> array:
    """The values found exactly once in ``values``, sorted."""
    once = array("q")
    for hash_range in _HASH_RANGES:
        ordered = sorted(filter(hash_range.__contains__, values))
        unlike_before = map(ne, ordered, chain((None,), ordered))
        unlike_after = map(ne, ordered, chain(islice(ordered, 1, None), (None,)))
        once.extend(compress(ordered, map(and_, unlike_before, unlike_after)))
    return once


def _encode(a: Sequence[Hashable], b: Sequence[Hashable]) -> tuple[str, str]:
    """One character per distinct item, so diff-match-patch can diff sequences of anything."""
    codes = {item: chr(0x100 + k) for k, item in enumerate(dict.fromkeys(chain(a, b)))}
    return "".join(map(codes.__getitem__, a)), "".join(map(codes.__getitem__, b))


def runs_to_ops(runs: list[tuple[int, int, int]], length_a: int, length_b: int) -> list[tuple[int, int]]:
    """``(op, count)`` steps (op -1 delete, 0 equal, 1 insert) from equal runs; deletions come first."""
    ops: list[tuple[int, int]] = []
    i = j = 0
    for run_i, run_j, n in [*runs, (length_a, length_b, 0)]:
        if run_i > i:
            ops.append((-1, run_i - i))
        if run_j > j:
            ops.append((1, run_j - j))
        if n:
            ops.append((0, n))
        i, j = run_i + n, run_j + n
    return ops


def diff_ops(a: Sequence[Hashable], b: Sequence[Hashable], budget: Budget, *, semantic: bool) -> list[tuple[int, int]]:
    """``(op, count)`` steps turning ``a`` into ``b``.

    With ``semantic``, diff-match-patch's semantic cleanup merges equalities too short
    to read into the changes around them (``a b c`` → ``x b y`` reads as one replacement).
    """
    ops = runs_to_ops(matching_runs(a, b, budget), len(a), len(b))
    if not semantic or sum(1 for op, _ in ops if op) < 2:
        return ops
    encoded_a, encoded_b = _encode(a, b)
    diffs = []
    i = j = 0
    for op, count in ops:
        if op == 1:
            diffs.append((1, encoded_b[j : j + count]))
            j += count
        else:
            diffs.append((op, encoded_a[i : i + count]))
            i += count
            j += count if op == 0 else 0
    budget.spend(len(a) + len(b))
    _DMP.diff_cleanupSemantic(diffs)
    return [(op, len(chars)) for op, chars in diffs]


def heaviest_chain(items: Sequence[tuple[int, int, tuple[int, ...]]]) -> list[int]:
    """Indexes of the heaviest chain of ``(i, j, weight)`` items increasing in both ``i`` and ``j``.

    ``i`` and ``j`` are each distinct; weights are tuples, summed and compared in order.
    A Fenwick tree over ``j`` keeps it at O(k log k).
    """
    if not items:
        return []
    ranks = {j: rank for rank, j in enumerate(sorted(j for _, j, _ in items), 1)}
    zero = tuple(0 for _ in items[0][2])
    tree: list[tuple[tuple[int, ...], int]] = [(zero, -1)] * (len(items) + 1)
    best: list[tuple[tuple[int, ...], int]] = [(zero, -1)] * len(items)
    for index in sorted(range(len(items)), key=lambda k: items[k][0]):
        _, j, weight = items[index]
        rank = ranks[j]
        previous: tuple[tuple[int, ...], int] = (zero, -1)
        position = rank - 1
        while position > 0:
            if tree[position] > previous:
                previous = tree[position]
            position -= position & -position
        total = tuple(x + y for x, y in zip(previous[0], weight))
        best[index] = (total, previous[1])
        position = rank
        while position <= len(items):
            if (total, index) > tree[position]:
                tree[position] = (total, index)
            position += position & -position
    index = max(range(len(items)), key=lambda k: (best[k][0], k))
    chain = []
    while index >= 0:
        chain.append(index)
        index = best[index][1]
    chain.reverse()
    return chain
