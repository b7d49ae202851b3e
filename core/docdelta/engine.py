"""The diff engine: align blocks first, then diff words inside aligned pairs.

Diffing whole documents character by character is slow (minutes on two reports of
one event) and, with diff-match-patch's wall-clock timeout, not reproducible. So:

1. Each document is cut into *units*: one per block, each running to the next
   block's start, so that units tile the text. Ignored blocks become ``ignore`` edits.
2. Units are aligned: exact matches first (diff-match-patch over one character per
   distinct unit), then near matches inside each changed region, then moves
   (a unit deleted in one place and inserted, possibly edited, in another).
3. Inside each aligned pair, tokens (words, punctuation, whitespace runs) are
   diffed with diff-match-patch over one character per distinct token, followed by
   its semantic cleanup.

Work is bounded by a budget counted in steps (token comparisons), never in seconds:
past the budget a pair is reported coarsely, as a deletion and an insertion, which
is still a correct, lossless diff, and the report says so.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence

from attrs import define, field
from diff_match_patch import diff_match_patch

from docdelta.model import BlockPair, Document, Edit, Move, Span
from docdelta.tokens import is_word, tokenize

__all__ = ["DEFAULT_WORK_BUDGET", "DiffResult", "diff_documents", "diff_tokens", "check_tiling"]

#: Token comparisons allowed per comparison before pairs are diffed coarsely.
DEFAULT_WORK_BUDGET = 50_000_000
#: Two units at least this similar (Dice coefficient over word tokens) are a near match.
NEAR_MATCH = 0.5
#: A unit deleted in one place and inserted in another is a move when this similar...
MOVE_MATCH = 0.6
#: ...and at least this many words long.
MOVE_MIN_WORDS = 4
#: Above this many candidate pairs in one changed region, near matches are looked for
#: only between units at nearby positions.
_PAIRING_WINDOW = 8

_DMP = diff_match_patch()
_DMP.Diff_Timeout = 0  # exact: work is bounded by our own step budget instead


@define(frozen=True)
class DiffResult:
    """What the engine returns: the edits, aligned pairs, moves and figures."""

    edits: tuple[Edit, ...] = field(converter=tuple)
    pairs: tuple[BlockPair, ...] = field(converter=tuple)
    moves: tuple[Move, ...] = field(converter=tuple)
    similarity: float
    steps: int
    warnings: tuple[str, ...] = field(converter=tuple, default=())


@define
class _Unit:
    index: int  # position among the document's units
    block: int | None
    start: int
    end: int
    ignored: bool
    spans: list[tuple[int, int]]  # tokens with a non-empty key, stretched over invisible ones
    keys: list[str]
    signature: tuple[str, ...]  # keys without whitespace, for matching units
    words: Counter[str]


class _Budget:
    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.used = 0
        self.coarse = 0

    def take(self, steps: int) -> bool:
        if self.used + steps > self.limit:
            self.coarse += 1
            return False
        self.used += steps
        return True


def _units(document: Document, key: Callable[[str], str], include_ignored: bool) -> list[_Unit]:
    text = document.text
    blocks = document.blocks
    if blocks:
        bounds = [(0 if i == 0 else b.span.start) for i, b in enumerate(blocks)] + [len(text)]
        layout = [(i, bounds[i], bounds[i + 1], blocks[i].ignored and not include_ignored) for i in range(len(blocks))]
    else:
        layout = [(None, 0, len(text), False)]
    units = []
    for index, (block, start, end, ignored) in enumerate(layout):
        spans: list[tuple[int, int]] = []
        keys: list[str] = []
        for token_start, token_end in tokenize(text, start, end):
            token_key = key(text[token_start:token_end])
            if token_key:
                spans.append((token_start, token_end))
                keys.append(token_key)
            elif spans:
                spans[-1] = (spans[-1][0], token_end)
            else:  # invisible tokens at the start of a unit: carried by the first visible one
                spans.append((token_start, token_end))
                keys.append("")
        if len(keys) > 1 and keys[0] == "":
            spans[1] = (spans[0][0], spans[1][1])
            del spans[0], keys[0]
        signature = tuple(k for k in keys if k.strip())
        units.append(_Unit(index, block, start, end, ignored, spans, keys, signature, Counter(k for k in signature if is_word(k))))
    return units


def _dice(a: Counter[str], b: Counter[str]) -> float:
    total = sum(a.values()) + sum(b.values())
    if total == 0:
        return 1.0
    return 2 * sum((a & b).values()) / total


def _encode(sequences: Sequence[Sequence[object]]) -> list[str]:
    """One character per distinct item, so diff-match-patch can diff sequences of anything."""
    codes: dict[object, str] = {}
    encoded = []
    for sequence in sequences:
        chars = []
        for item in sequence:
            char = codes.get(item)
            if char is None:
                char = codes[item] = chr(0x100 + len(codes))
            chars.append(char)
        encoded.append("".join(chars))
    return encoded


def _common_affixes(a: Sequence[object], b: Sequence[object]) -> tuple[int, int]:
    limit = min(len(a), len(b))
    prefix = 0
    while prefix < limit and a[prefix] == b[prefix]:
        prefix += 1
    suffix = 0
    while suffix < limit - prefix and a[-1 - suffix] == b[-1 - suffix]:
        suffix += 1
    return prefix, suffix


def diff_tokens(a: Sequence[str], b: Sequence[str], budget: _Budget) -> list[tuple[int, int]]:
    """diff-match-patch over token keys: a list of ``(op, count)`` with op -1, 0 or 1.

    The cost charged is the size of the edit graph between the common prefix and
    suffix; when the budget cannot pay it, the middle is one deletion and one insertion.
    """
    prefix, suffix = _common_affixes(a, b)
    middle_a = a[prefix : len(a) - suffix]
    middle_b = b[prefix : len(b) - suffix]
    ops: list[tuple[int, int]] = [(0, prefix)] if prefix else []
    if middle_a and middle_b and budget.take(len(middle_a) * len(middle_b)):
        encoded_a, encoded_b = _encode([middle_a, middle_b])
        diffs = _DMP.diff_main(encoded_a, encoded_b, False)
        _DMP.diff_cleanupSemantic(diffs)
        ops.extend((op, len(chars)) for op, chars in diffs)
    else:
        if middle_a:
            ops.append((-1, len(middle_a)))
        if middle_b:
            ops.append((1, len(middle_b)))
    if suffix:
        ops.append((0, suffix))
    return ops


class _Assembler:
    """Turns aligned units into edits, tracking positions for empty spans."""

    def __init__(self) -> None:
        self.edits: list[Edit] = []
        self.old_pos = 0
        self.new_pos = 0

    def add(self, op: str, old: Span, new: Span, move: int | None = None) -> None:
        if old.start == old.end and new.start == new.end:
            return
        last = self.edits[-1] if self.edits else None
        if (
            last is not None
            and last.op == op
            and last.move == move
            and last.old.end == old.start
            and last.new.end == new.start
        ):
            self.edits[-1] = Edit(op, Span(last.old.start, old.end), Span(last.new.start, new.end), move=move)
        else:
            self.edits.append(Edit(op, old, new, move=move))

    def whole(self, op: str, unit: _Unit, old_side: bool) -> None:
        if old_side:
            self.add(op, Span(unit.start, unit.end), Span(self.new_pos, self.new_pos))
            self.old_pos = unit.end
        else:
            self.add(op, Span(self.old_pos, self.old_pos), Span(unit.start, unit.end))
            self.new_pos = unit.end

    def pair(self, old: _Unit, new: _Unit, budget: _Budget, move: int | None = None) -> tuple[int, int]:
        """Word edits inside an aligned pair; returns (matched words, compared words)."""
        ops = diff_tokens(old.keys, new.keys, budget)
        i = j = 0
        matched = 0
        old_at = old.start
        new_at = new.start
        for op, count in ops:
            if op == 0:
                old_end = old.spans[i + count - 1][1]
                new_end = new.spans[j + count - 1][1]
                matched += sum(1 for k in old.keys[i : i + count] if k.strip())
                self.add("equal", Span(old_at, old_end), Span(new_at, new_end), move)
                i += count
                j += count
            elif op == -1:
                old_end = old.spans[i + count - 1][1]
                self.add("delete", Span(old_at, old_end), Span(new_at, new_at), move)
                i += count
            else:
                new_end = new.spans[j + count - 1][1]
                self.add("insert", Span(old_at, old_at), Span(new_at, new_end), move)
                j += count
            old_at = old.spans[i - 1][1] if i else old.start
            new_at = new.spans[j - 1][1] if j else new.start
        # Text a unit holds beyond its last token (none today) and empty units.
        if old_at < old.end:
            self.add("delete", Span(old_at, old.end), Span(new_at, new_at), move)
        if new_at < new.end:
            self.add("insert", Span(old.end, old.end), Span(new_at, new.end), move)
        if move is None:
            self.old_pos = old.end
        self.new_pos = new.end
        return matched, len(old.signature) + len(new.signature)


def _align_units(old: list[_Unit], new: list[_Unit], budget: _Budget) -> list[tuple[str, list[_Unit], list[_Unit]]]:
    """Regions in document order: ("equal", olds, news) or ("change", olds, news)."""
    ops = diff_tokens([u.signature for u in old], [u.signature for u in new], budget)
    regions: list[tuple[str, list[_Unit], list[_Unit]]] = []
    i = j = 0
    for op, count in ops:
        if op == 0:
            regions.append(("equal", old[i : i + count], new[j : j + count]))
            i += count
            j += count
            continue
        if not regions or regions[-1][0] != "change":
            regions.append(("change", [], []))
        if op == -1:
            regions[-1][1].extend(old[i : i + count])
            i += count
        else:
            regions[-1][2].extend(new[j : j + count])
            j += count
    return regions


def _pair_region(olds: list[_Unit], news: list[_Unit]) -> list[tuple[_Unit | None, _Unit | None]]:
    """Near matches inside a changed region, in order; unmatched units stand alone."""
    steps: list[tuple[_Unit | None, _Unit | None]] = []
    j = 0
    for unit in olds:
        best, best_score = None, NEAR_MATCH
        window = news[j : j + _PAIRING_WINDOW]
        for offset, candidate in enumerate(window):
            score = _dice(unit.words, candidate.words)
            if score >= best_score and (best is None or score > best_score):
                best, best_score = j + offset, score
        if best is None:
            steps.append((unit, None))
            continue
        steps.extend((None, news[k]) for k in range(j, best))
        steps.append((unit, news[best]))
        j = best + 1
    steps.extend((None, news[k]) for k in range(j, len(news)))
    return steps


def _find_moves(deleted: list[_Unit], inserted: list[_Unit]) -> dict[int, tuple[_Unit, float]]:
    """Deleted units that reappear among the inserted ones: new unit index -> (old unit, similarity)."""
    moves: dict[int, tuple[_Unit, float]] = {}
    by_signature: dict[tuple[str, ...], list[_Unit]] = {}
    for unit in deleted:
        if sum(unit.words.values()) >= MOVE_MIN_WORDS:
            by_signature.setdefault(unit.signature, []).append(unit)
    taken: set[int] = set()
    for unit in inserted:
        candidates = by_signature.get(unit.signature)
        if candidates:
            old = candidates.pop(0)
            moves[unit.index] = (old, 1.0)
            taken.add(old.index)
    # Near moves: index word -> deleted units, so candidates share at least one word.
    index: dict[str, list[_Unit]] = {}
    for unit in deleted:
        if unit.index in taken or sum(unit.words.values()) < MOVE_MIN_WORDS:
            continue
        for word in unit.words:
            index.setdefault(word, []).append(unit)
    for unit in inserted:
        if unit.index in moves or sum(unit.words.values()) < MOVE_MIN_WORDS:
            continue
        seen: dict[int, _Unit] = {}
        for word in unit.words:
            postings = index.get(word, ())
            if len(postings) > 50:  # a common word says little about where a unit moved
                continue
            for candidate in postings:
                if candidate.index not in taken:
                    seen.setdefault(candidate.index, candidate)
        best, best_score = None, MOVE_MATCH
        for candidate in seen.values():
            score = _dice(unit.words, candidate.words)
            if score > best_score or (score == best_score and best is None):
                best, best_score = candidate, score
        if best is not None:
            moves[unit.index] = (best, best_score)
            taken.add(best.index)
    return moves


def diff_documents(
    old: Document,
    new: Document,
    key: Callable[[str], str],
    *,
    include_ignored: bool = False,
    work_budget: int = DEFAULT_WORK_BUDGET,
) -> DiffResult:
    """Diff two documents. The edits tile both texts (see :class:`~docdelta.Edit`)."""
    budget = _Budget(work_budget)
    old_units = _units(old, key, include_ignored)
    new_units = _units(new, key, include_ignored)
    old_live = [u for u in old_units if not u.ignored]
    new_live = [u for u in new_units if not u.ignored]

    steps: list[tuple[_Unit | None, _Unit | None, bool]] = []  # (old, new, exact)
    for kind, olds, news in _align_units(old_live, new_live, budget):
        if kind == "equal":
            steps.extend((o, n, True) for o, n in zip(olds, news))
        else:
            steps.extend((o, n, False) for o, n in _pair_region(olds, news))

    moves_by_new = _find_moves([o for o, n, _ in steps if n is None], [n for o, n, _ in steps if o is None])
    moved_old = {old_unit.index for old_unit, _ in moves_by_new.values()}

    out = _Assembler()
    pairs: list[BlockPair] = []
    moves: list[Move] = []
    matched = compared = 0
    old_ignored = iter(u for u in old_units if u.ignored)
    new_ignored = iter(u for u in new_units if u.ignored)
    pending_old = next(old_ignored, None)
    pending_new = next(new_ignored, None)

    def flush_ignored(old_before: int, new_before: int) -> None:
        nonlocal pending_old, pending_new
        while pending_old is not None and pending_old.index < old_before:
            out.whole("ignore", pending_old, old_side=True)
            pairs.append(BlockPair(pending_old.block, None, 0.0))
            pending_old = next(old_ignored, None)
        while pending_new is not None and pending_new.index < new_before:
            out.whole("ignore", pending_new, old_side=False)
            pairs.append(BlockPair(None, pending_new.block, 0.0))
            pending_new = next(new_ignored, None)

    for old_unit, new_unit, exact in steps:
        if old_unit is not None and old_unit.index in moved_old:
            continue  # shown where it moved to
        flush_ignored(
            old_unit.index if old_unit is not None else _first_unit_at(old_units, out.old_pos),
            new_unit.index if new_unit is not None else _first_unit_at(new_units, out.new_pos),
        )
        if old_unit is not None and new_unit is not None:
            m, c = out.pair(old_unit, new_unit, budget)
            matched += m
            compared += c
            pairs.append(BlockPair(old_unit.block, new_unit.block, 1.0 if exact else _ratio(m, c)))
        elif old_unit is not None:
            out.whole("delete", old_unit, old_side=True)
            compared += len(old_unit.signature)
            pairs.append(BlockPair(old_unit.block, None, 0.0))
        else:
            assert new_unit is not None
            moved = moves_by_new.get(new_unit.index)
            if moved is None:
                out.whole("insert", new_unit, old_side=False)
                compared += len(new_unit.signature)
                pairs.append(BlockPair(None, new_unit.block, 0.0))
                continue
            source, similarity = moved
            move_id = len(moves) + 1
            moves.append(Move(move_id, Span(source.start, source.end), Span(new_unit.start, new_unit.end), similarity))
            m, c = out.pair(source, new_unit, budget, move=move_id)
            matched += m
            compared += c
            pairs.append(BlockPair(source.block, new_unit.block, _ratio(m, c), move=move_id))
    flush_ignored(len(old_units), len(new_units))

    warnings = []
    if budget.coarse:
        warnings.append(
            f"work budget of {budget.limit:,} steps exceeded: {budget.coarse} part(s) compared coarsely "
            "(whole blocks deleted and inserted); raise --work-budget for a finer diff"
        )
    return DiffResult(
        edits=out.edits,
        pairs=pairs,
        moves=moves,
        similarity=_ratio(matched, compared),
        steps=budget.used,
        warnings=warnings,
    )


def _first_unit_at(units: list[_Unit], position: int) -> int:
    """Index of the first unit at or after ``position`` (ignored units before it get flushed)."""
    for unit in units:
        if unit.start >= position:
            return unit.index
    return len(units)


def _ratio(matched: int, compared: int) -> float:
    return 1.0 if compared == 0 else round(2 * matched / compared, 4)


def check_tiling(edits: Sequence[Edit], old_text: str, new_text: str) -> None:
    """Raise ``AssertionError`` unless the edits tile both texts exactly."""
    for side, text in (("old", old_text), ("new", new_text)):
        position = 0
        for edit in sorted(edits, key=lambda e: getattr(e, side).start):
            span = getattr(edit, side)
            if span.start == span.end:
                continue
            if span.start != position:
                raise AssertionError(f"{side} spans leave a gap or overlap at {position} (next span {span})")
            position = span.end
        if position != len(text):
            raise AssertionError(f"{side} spans end at {position}, text has {len(text)} code points")
