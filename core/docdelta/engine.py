"""The diff engine: align blocks, then sentences inside changed blocks, then words.

Diffing whole documents character by character is slow (minutes on two reports of
one event) and, with diff-match-patch's wall-clock timeout, not reproducible. So:

1. Each document is cut into *units*: one per block, each running to the next
   block's start, so that units tile the text. Ignored blocks become ``ignore`` edits.
2. Units are aligned (:mod:`docdelta.align`): by their raw text first, then, inside
   the changed stretches, by their normalized tokens. Equal units are never diffed,
   and a block alone between two equal ones that kept half its sentences is paired
   without being tokenized whole.
3. The units left over are paired (:mod:`docdelta.moves`): edited units where they
   stand, and moves (a unit found, possibly edited, in another place). Sentences of
   deleted blocks found again in inserted blocks are moves too.
4. Inside a changed pair, sentences are aligned the same way (so an edit stays in its
   sentence and a one-paragraph document still reads well), and inside a changed
   pair of sentences, tokens (words, punctuation, whitespace runs) are diffed, with
   diff-match-patch's semantic cleanup. ``granularity`` stops at sentences or goes
   down to characters.
5. When one text is a truncated form of the other (:mod:`docdelta.truncation`), what
   lies past the cut is marked ``beyond``.

Work is counted in steps, never in seconds. Linear passes are always done; exact
diffs of stretches and nested alignment are paid from the work budget, and past it
stretches are aligned on repeated items or deleted and inserted whole: still a
correct, lossless diff, and the report says so.
"""

from __future__ import annotations

from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import chain

from attrs import define, evolve, field

from docdelta.align import Budget, diff_ops, matching_runs
from docdelta.collector import collector_paused
from docdelta.model import BlockPair, Document, Edit, Move, Span, as_tuple
from docdelta.moves import Step, pair_regions
from docdelta.tokens import case_only
from docdelta.truncation import mark_beyond
from docdelta.units import BlockUnits, Lexicon, Tokens, Unit, block_units, sentence_units

__all__ = ["DEFAULT_WORK_BUDGET", "GRANULARITIES", "DiffResult", "diff_documents", "check_tiling"]

#: Steps of work allowed per comparison before stretches are compared coarsely.
DEFAULT_WORK_BUDGET = 20_000_000
#: The smallest unit of change in the redline, from the coarsest.
GRANULARITIES = ("sentence", "word", "char")
#: Replaced words longer than this are not refined to characters.
_CHAR_REFINE_LIMIT = 64


@define(frozen=True)
class DiffResult:
    """What the engine returns: the edits, aligned pairs, moves and figures."""

    edits: tuple[Edit, ...] = field(converter=as_tuple)
    pairs: tuple[BlockPair, ...] = field(converter=as_tuple)
    moves: tuple[Move, ...] = field(converter=as_tuple)
    similarity: float
    steps: int
    warnings: tuple[str, ...] = field(converter=as_tuple, default=())


@define(frozen=True)
class EqualBlocks:
    """A step of ``count`` blocks equal in both texts: the ``old``-th compared block of the old
    text on, paired with the ``new``-th of the new text on (see :class:`~docdelta.units.BlockUnits`)."""

    old: int
    new: int
    count: int


class _Assembler:
    """Turns aligned units into edits, tracking positions for empty spans.

    Consecutive steps of one kind are merged into one edit before it is built, so that
    long runs of equal blocks cost one edit, not one per block.
    """

    def __init__(self) -> None:
        self._edits: list[Edit] = []
        self._pending: list | None = None  # [op, old start, old end, new start, new end, move]
        self.old_pos = 0
        self.new_pos = 0
        self.equal_chars = 0  # old plus new code points in equal edits so far

    def add(self, op: str, old_start: int, old_end: int, new_start: int, new_end: int, move: int | None = None) -> None:
        if old_start == old_end and new_start == new_end:
            return
        if op == "equal":
            self.equal_chars += old_end - old_start + new_end - new_start
        pending = self._pending
        if pending is not None and pending[0] == op and pending[5] == move and pending[2] == old_start and pending[4] == new_start:
            pending[2] = old_end
            pending[4] = new_end
            return
        self._flush()
        self._pending = [op, old_start, old_end, new_start, new_end, move]

    def _flush(self) -> None:
        if self._pending is not None:
            op, old_start, old_end, new_start, new_end, move = self._pending
            self._edits.append(Edit(op, Span(old_start, old_end), Span(new_start, new_end), move=move))
            self._pending = None

    def shorten_deletion(self, end: int) -> None:
        """Cut the deletion just added back to end at ``end`` (the rest is about to be refined)."""
        pending = self._pending
        assert pending is not None and pending[0] == "delete"
        pending[2] = end
        if pending[1] == end:
            self._pending = None

    def edits(self) -> list[Edit]:
        self._flush()
        return self._edits

    def whole(self, op: str, unit: Unit, old_side: bool, move: int | None = None) -> None:
        if old_side:
            self.add(op, unit.start, unit.end, self.new_pos, self.new_pos, move)
            self.old_pos = unit.end
        else:
            self.add(op, self.old_pos, self.old_pos, unit.start, unit.end, move)
            self.new_pos = unit.end


class _Engine:
    def __init__(
        self, old_text: str, new_text: str, lexicon: Lexicon, budget: Budget, granularity: str
    ) -> None:
        self.old_text = old_text
        self.new_text = new_text
        self.lexicon = lexicon
        self.budget = budget
        self.granularity = granularity
        self.out = _Assembler()
        self.moves: list[Move] = []
        # Blocks on one side only that lost or gained a moved sentence: id(block) -> sentence steps.
        self.split_blocks: dict[int, list[Step]] = {}

    def old_tokens(self, unit: Unit) -> Tokens:
        if unit.tokens is None:
            unit.tokens = self._tokens_of(unit, self.old_text)
        return unit.tokens

    def new_tokens(self, unit: Unit) -> Tokens:
        if unit.tokens is None:
            unit.tokens = self._tokens_of(unit, self.new_text)
        return unit.tokens

    def _tokens_of(self, unit: Unit, text: str) -> Tokens:
        parent = unit.parent
        if parent is not None and parent.tokens is not None:  # a sentence of a tokenized block: its slice
            return self.lexicon.part(parent.tokens, text, parent.start, unit.start, unit.end)
        return self.lexicon.tokens(text[unit.start : unit.end])

    def align(self, olds: list[Unit], news: list[Unit], allow_moves: bool) -> list[Step]:
        """Steps pairing ``olds`` with ``news`` (the sentences of two blocks), in document order."""
        raw_old, raw_new = _text_ids(_bounds(olds), self.old_text, _bounds(news), self.new_text)
        return self._steps(_segments(olds, news, matching_runs(raw_old, raw_new, self.budget)), allow_moves, blocks=False)

    def align_blocks(self, olds: BlockUnits, news: BlockUnits) -> list[Step | EqualBlocks]:
        """Steps pairing the blocks of both documents, in document order; a stretch of blocks
        equal on both sides is one :class:`EqualBlocks`, its units never made."""
        old_bounds, new_bounds = zip(olds.starts, olds.ends), zip(news.starts, news.ends)
        raw_old, raw_new = _text_ids(old_bounds, self.old_text, new_bounds, self.new_text)
        stretches = _stretches(len(olds), len(news), matching_runs(raw_old, raw_new, self.budget))
        del raw_old, raw_new
        return self._steps(
            [
                EqualBlocks(i, j, i_end - i)
                if equal
                else (False, [olds.unit(k) for k in range(i, i_end)], [news.unit(k) for k in range(j, j_end)])
                for equal, i, i_end, j, j_end in stretches
            ],
            allow_moves=True,
            blocks=True,
        )

    def _steps(
        self, stretches: list[tuple[bool, list[Unit], list[Unit]] | EqualBlocks], allow_moves: bool, blocks: bool
    ) -> list[Step | EqualBlocks]:
        """Steps for stretches of units equal or not by their raw text: the others are aligned by
        their normalized tokens, then what is left is paired (:func:`pair_regions`)."""
        segments: list[Step | EqualBlocks | list[list[Unit]]] = []
        for stretch in stretches:
            if isinstance(stretch, EqualBlocks):
                segments.append(stretch)
                continue
            equal, region_olds, region_news = stretch
            if equal or not region_olds or not region_news:
                segments.extend(_region_or_pairs(equal, region_olds, region_news))
                continue
            if blocks and len(region_olds) == len(region_news) == 1 and self._shares_sentences(region_olds[0], region_news[0]):
                segments.append((region_olds[0], region_news[0], False))
                continue
            signatures_old = [self.old_tokens(u).signature for u in region_olds]
            signatures_new = [self.new_tokens(u).signature for u in region_news]
            runs = matching_runs(signatures_old, signatures_new, self.budget)
            for sub_equal, sub_olds, sub_news in _segments(region_olds, region_news, runs):
                segments.extend(_region_or_pairs(sub_equal, sub_olds, sub_news))
        regions = [segment for segment in segments if isinstance(segment, list)]
        paired = iter(
            pair_regions(
                [(olds_, news_) for olds_, news_ in regions],
                self.old_tokens,
                self.new_tokens,
                self.lexicon,
                self.budget,
                allow_moves,
            )
        )
        steps: list[Step | EqualBlocks] = []
        for segment in segments:
            if isinstance(segment, list):
                steps.extend(next(paired))
            else:
                steps.append(segment)
        return steps

    def find_sentence_moves(self, steps: list[Step | EqualBlocks]) -> None:
        """Sentences of deleted blocks found again in inserted blocks become moves.

        Each such block is then emitted sentence by sentence (see :attr:`split_blocks`).
        """
        changed = [step for step in steps if not isinstance(step, EqualBlocks)]
        deleted = [old for old, new, _ in changed if new is None and old is not None]
        inserted = [new for old, new, _ in changed if old is None and new is not None]
        deleted, inserted = _related(deleted, self.old_text, inserted, self.new_text, self.budget)
        if not deleted or not inserted:
            return
        regions = [(self._sentences_of(unit, self.old_text), []) for unit in deleted]
        regions += [([], self._sentences_of(unit, self.new_text)) for unit in inserted]
        paired = pair_regions(regions, self.old_tokens, self.new_tokens, self.lexicon, self.budget, allow_moves=True)
        for unit, region_steps in zip([*deleted, *inserted], paired):
            if any(moved for _, _, moved in region_steps) or len(region_steps) < len(unit.sentences or ()):
                self.split_blocks[id(unit)] = region_steps

    @staticmethod
    def _sentences_of(unit: Unit, text: str) -> list[Unit]:
        if unit.sentences is None:
            unit.sentences = sentence_units(text, unit)
        return unit.sentences

    def emit(self, step: Step, move: int | None = None, sentences: bool = True) -> tuple[float, int | None]:
        """Edits for one step: its similarity (0 for a unit on one side only) and its move id.

        ``move`` is the move of the block a sentence step belongs to; ``sentences`` is
        true for blocks, whose changed pairs are aligned by sentence first.
        """
        old, new, moved = step
        out = self.out
        if old is None or new is None:
            unit = old if new is None else new
            assert unit is not None
            for sentence_step in self.split_blocks.get(id(unit), ()):
                self.emit(sentence_step, sentences=False)
            if id(unit) not in self.split_blocks:
                out.whole("delete" if new is None else "insert", unit, old_side=new is None, move=move)
            return 0.0, move
        if moved:  # no move is found inside a moved unit (its sentences are aligned in place)
            move = len(self.moves) + 1
        before = out.equal_chars
        resume_at = out.old_pos
        out.old_pos = old.start
        if self.old_text[old.start : old.end] == self.new_text[new.start : new.end]:
            out.add("equal", old.start, old.end, new.start, new.end, move)
        elif sentences:
            self._sentence_pair(old, new, move)
        else:
            self._token_pair(old, new, move)
        out.old_pos = resume_at if moved else old.end
        out.new_pos = new.end
        similarity = _ratio(out.equal_chars - before, old.end - old.start + new.end - new.start)
        if moved:
            self.moves.append(Move(move, Span(old.start, old.end), Span(new.start, new.end), similarity))
        return similarity, move

    def _sentences(self, old: Unit, new: Unit) -> tuple[list[Unit], list[Unit]]:
        return self._sentences_of(old, self.old_text), self._sentences_of(new, self.new_text)

    def _shares_sentences(self, old: Unit, new: Unit) -> bool:
        """True when a block kept at least half of its sentences word for word (an edited block, surely).

        Such a block, alone between two equal ones, is paired without tokenizing it whole.
        """
        old_sentences, new_sentences = self._sentences(old, new)
        kept = Counter(self.old_text[u.start : u.end].rstrip() for u in old_sentences)
        kept &= Counter(self.new_text[u.start : u.end].rstrip() for u in new_sentences)
        return 2 * kept.total() >= max(len(old_sentences), len(new_sentences)) > 1

    def _sentence_pair(self, old: Unit, new: Unit, move: int | None) -> None:
        old_sentences, new_sentences = self._sentences(old, new)
        if len(old_sentences) == 1 and len(new_sentences) == 1:
            self._token_pair(old, new, move)
            return
        for step in self.align(old_sentences, new_sentences, allow_moves=move is None):
            self.emit(step, move, sentences=False)

    def _token_pair(self, old: Unit, new: Unit, move: int | None) -> None:
        out = self.out
        old_tokens, new_tokens = self.old_tokens(old), self.new_tokens(new)
        if self.granularity == "sentence":
            if old_tokens.keys == new_tokens.keys:
                out.add("equal", old.start, old.end, new.start, new.end, move)
            else:
                out.add("delete", old.start, old.end, new.start, new.start, move)
                out.add("insert", old.end, old.end, new.start, new.end, move)
            return
        ops = diff_ops(old_tokens.keys, new_tokens.keys, self.budget, semantic=True)
        old_ends, new_ends = old_tokens.ends, new_tokens.ends
        i = j = 0
        old_at, new_at = old.start, new.start
        pending_delete: Span | None = None
        for op, count in ops:
            if op == 0:
                old_end = old.start + old_ends[i + count - 1]
                new_end = new.start + new_ends[j + count - 1]
                out.add("equal", old_at, old_end, new_at, new_end, move)
                i += count
                j += count
                pending_delete = None
            elif op == -1:
                old_end = old.start + old_ends[i + count - 1]
                pending_delete = Span(old_at, old_end)
                out.add("delete", old_at, old_end, new_at, new_at, move)
                i += count
            else:
                new_end = new.start + new_ends[j + count - 1]
                inserted = Span(new_at, new_end)
                # Words that only changed case are refined to the letters that did, so the rest
                # of each word counts as equal (``envoy`` → ``Envoy``: one letter, not one word).
                # Equal lengths first: no text is sliced for the many replacements of other words.
                if pending_delete is not None and (
                    self.granularity == "char"
                    or pending_delete.length == inserted.length
                    and case_only(pending_delete.slice(self.old_text), inserted.slice(self.new_text))
                ):
                    self._refine_chars(pending_delete, inserted, move)
                else:
                    out.add("insert", old_at, old_at, new_at, new_end, move)
                j += count
                pending_delete = None
            old_at = old.start + old_ends[i - 1] if i else old.start
            new_at = new.start + new_ends[j - 1] if j else new.start
        # Units whose every token was normalized away hold text past their last token.
        if old_at < old.end and new_at < new.end and not old_ends and not new_ends:
            out.add("equal", old_at, old.end, new_at, new.end, move)
        else:
            if old_at < old.end:
                out.add("delete", old_at, old.end, new_at, new_at, move)
            if new_at < new.end:
                out.add("insert", old.end, old.end, new_at, new.end, move)

    def _refine_chars(self, deleted: Span, inserted: Span, move: int | None) -> None:
        """Replace the last delete + this insert by a character diff of the two texts."""
        out = self.out
        old_chars, new_chars = deleted.slice(self.old_text), inserted.slice(self.new_text)
        if max(len(old_chars), len(new_chars)) > _CHAR_REFINE_LIMIT:
            out.add("insert", deleted.end, deleted.end, inserted.start, inserted.end, move)
            return
        out.shorten_deletion(deleted.start)
        old_at, new_at = deleted.start, inserted.start
        for op, count in diff_ops(old_chars, new_chars, self.budget, semantic=False):
            if op == 0:
                out.add("equal", old_at, old_at + count, new_at, new_at + count, move)
                old_at += count
                new_at += count
            elif op == -1:
                out.add("delete", old_at, old_at + count, new_at, new_at, move)
                old_at += count
            else:
                out.add("insert", old_at, old_at, new_at, new_at + count, move)
                new_at += count


#: Blocks sharing at least this many of their rarer words may share a sentence.
_RELATED_WORDS = 3
#: A word in more deleted blocks than this is not "rarer".
_RELATED_COMMON = 4


def _related(
    deleted: list[Unit], old_text: str, inserted: list[Unit], new_text: str, budget: Budget
) -> tuple[list[Unit], list[Unit]]:
    """The deleted and inserted blocks that share enough rarer words to hold a moved sentence.

    A cheap filter (words split at whitespace, not tokens), so that two unrelated
    documents are not cut into sentences and compared sentence by sentence.
    """
    if not deleted or not inserted:
        return [], []
    deleted_words = [set(old_text[u.start : u.end].split()) for u in deleted]
    frequency = Counter(chain.from_iterable(deleted_words))
    rare = {word for word, count in frequency.items() if count <= _RELATED_COMMON}
    index: dict[str, list[int]] = {}
    for k, words in enumerate(deleted_words):
        for word in words & rare:
            index.setdefault(word, []).append(k)
    related_deleted: set[int] = set()
    related_inserted = []
    for unit in inserted:
        words = rare.intersection(new_text[unit.start : unit.end].split())
        shared: Counter[int] = Counter()
        shared.update(chain.from_iterable(map(index.__getitem__, words)))  # one update, not one a word
        partners = [k for k, count in shared.items() if count >= _RELATED_WORDS]
        if partners:
            related_inserted.append(unit)
            related_deleted.update(partners)
    budget.spend(sum(u.end - u.start for u in deleted) + sum(u.end - u.start for u in inserted))
    return [unit for k, unit in enumerate(deleted) if k in related_deleted], related_inserted


def _text_ids(
    olds: Iterable[tuple[int, int]], old_text: str, news: Iterable[tuple[int, int]], new_text: str
) -> tuple[list[int], list[int]]:
    """Ids of the raw texts of the units at ``(start, end)``, equal for equal texts. The texts are
    dropped on return: kept, they would hold a copy of both documents (a million tiny paragraphs:
    a million strings)."""
    ids: dict[str, int] = {}
    raw_old = [ids.setdefault(old_text[start:end], len(ids)) for start, end in olds]
    raw_new = [ids.setdefault(new_text[start:end], len(ids)) for start, end in news]
    return raw_old, raw_new


def _bounds(units: list[Unit]) -> Iterator[tuple[int, int]]:
    return ((unit.start, unit.end) for unit in units)


def _stretches(old_count: int, new_count: int, runs: list[tuple[int, int, int]]) -> list[tuple[bool, int, int, int, int]]:
    """``(equal, i, i_end, j, j_end)`` stretches of two sequences in order, from equal runs."""
    stretches = []
    i = j = 0
    for run_i, run_j, n in [*runs, (old_count, new_count, 0)]:
        if run_i > i or run_j > j:
            stretches.append((False, i, run_i, j, run_j))
        if n:
            stretches.append((True, run_i, run_i + n, run_j, run_j + n))
        i, j = run_i + n, run_j + n
    return stretches


def _segments(
    olds: list[Unit], news: list[Unit], runs: list[tuple[int, int, int]]
) -> list[tuple[bool, list[Unit], list[Unit]]]:
    """``(equal, olds, news)`` stretches in order, from equal runs."""
    return [(equal, olds[i:i_end], news[j:j_end]) for equal, i, i_end, j, j_end in _stretches(len(olds), len(news), runs)]


def _region_or_pairs(equal: bool, olds: list[Unit], news: list[Unit]) -> list[Step | list[list[Unit]]]:
    """Equal stretches become pairs; a changed one stays a region, paired later with all the others."""
    if equal:
        return [(o, n, False) for o, n in zip(olds, news)]
    return [[olds, news]]


def diff_documents(
    old: Document,
    new: Document,
    key: Callable[[str], str],
    *,
    include_ignored: bool = False,
    work_budget: int = DEFAULT_WORK_BUDGET,
    granularity: str = "word",
) -> DiffResult:
    """Diff two documents. The edits tile both texts (see :class:`~docdelta.Edit`).

    The diff is computed in one orientation only (the shorter text, then the smaller, as
    the old one) and mirrored for the other, so that comparing B with A always mirrors
    comparing A with B: the same alignment, inserts and deletes swapped.
    """
    if granularity not in GRANULARITIES:
        raise ValueError(f"granularity must be one of {', '.join(GRANULARITIES)}, not {granularity!r}")
    with collector_paused():
        if (len(new.text), new.text) < (len(old.text), old.text):
            return _mirror(_diff(new, old, key, include_ignored, work_budget, granularity))
        return _diff(old, new, key, include_ignored, work_budget, granularity)


def _diff(
    old: Document, new: Document, key: Callable[[str], str], include_ignored: bool, work_budget: int, granularity: str
) -> DiffResult:
    budget = Budget(work_budget)
    engine = _Engine(old.text, new.text, Lexicon(key), budget, granularity)
    old_units, old_ignored = block_units(old, include_ignored)
    new_units, new_ignored = block_units(new, include_ignored)
    steps = engine.align_blocks(old_units, new_units)
    engine.find_sentence_moves(steps)

    out = engine.out
    pairs: list[BlockPair] = []
    old_ignored.reverse()
    new_ignored.reverse()

    def flush_ignored(old_before: int, new_before: int) -> None:
        while old_ignored and old_ignored[-1].start < old_before:
            unit = old_ignored.pop()
            out.whole("ignore", unit, old_side=True)
            pairs.append(BlockPair(unit.block, None, 0.0))
        while new_ignored and new_ignored[-1].start < new_before:
            unit = new_ignored.pop()
            out.whole("ignore", unit, old_side=False)
            pairs.append(BlockPair(None, unit.block, 0.0))

    for step in steps:
        if isinstance(step, EqualBlocks):
            for old_k, new_k in zip(range(step.old, step.old + step.count), range(step.new, step.new + step.count)):
                old_start, old_end = old_units.starts[old_k], old_units.ends[old_k]
                new_start, new_end = new_units.starts[new_k], new_units.ends[new_k]
                flush_ignored(old_start, new_start)
                out.add("equal", old_start, old_end, new_start, new_end)
                out.old_pos, out.new_pos = old_end, new_end
                pairs.append(BlockPair(old_units.blocks[old_k], new_units.blocks[new_k], 1.0))
            continue
        old_unit, new_unit, moved = step
        flush_ignored(
            old_unit.start if old_unit is not None and not moved else out.old_pos,
            new_unit.start if new_unit is not None else out.new_pos,
        )
        similarity, move = engine.emit(step)
        pairs.append(
            BlockPair(
                old_unit.block if old_unit is not None else None,
                new_unit.block if new_unit is not None else None,
                similarity,
                move=move,
            )
        )
    flush_ignored(len(old.text) + 1, len(new.text) + 1)
    budget.spend(engine.lexicon.tokenized)

    edits = mark_beyond(out.edits(), old, new)
    warnings = []
    if budget.coarse:
        warnings.append(
            f"work budget of {budget.limit:,} steps exceeded: {budget.coarse} stretch(es) compared coarsely "
            "(aligned on repeated items, or deleted and inserted whole); raise --work-budget for a finer diff"
        )
    return DiffResult(
        edits=edits,
        pairs=pairs,
        moves=engine.moves,
        similarity=_similarity(edits),
        steps=budget.used,
        warnings=warnings,
    )


_MIRRORED_OP = {"insert": "delete", "delete": "insert", "equal": "equal", "ignore": "ignore"}


def _mirror(result: DiffResult) -> DiffResult:
    """``result`` seen from the other side, in the order of the (now) new text, moves renumbered."""
    edits = [
        Edit(_MIRRORED_OP[e.op], e.new, e.old, move=e.move, beyond=e.beyond) for e in result.edits
    ]
    edits.sort(key=lambda e: (e.new.start, e.new.length > 0))
    for k in range(len(edits) - 1):  # a replacement reads deletion first, as in the other orientation
        inserted, deleted = edits[k], edits[k + 1]
        if inserted.op == "insert" and deleted.op == "delete" and deleted.new.start == inserted.new.end:
            edits[k], edits[k + 1] = deleted, inserted
    renumber: dict[int, int] = {}
    for edit in edits:
        if edit.move is not None and edit.move not in renumber:
            renumber[edit.move] = len(renumber) + 1
    edits = [evolve(e, move=renumber[e.move]) if e.move is not None else e for e in edits]
    moves = sorted(
        (Move(renumber[m.id], m.new, m.old, m.similarity) for m in result.moves if m.id in renumber),
        key=lambda m: m.id,
    )
    # Pairs in new order; a block of the old text alone follows the last pair in place before it.
    # Each pair's place is one integer, (block, after it or not, position) packed: a million pairs
    # sort as a million integers, not as tuples of tuples.
    places = array("q")
    anchor = -1
    for position, pair in enumerate(result.pairs):
        if pair.old is not None and pair.new is not None and pair.move is None:
            anchor = pair.old
        after = 2 * pair.old if pair.old is not None else 2 * anchor + 1
        places.append((after + 2) << 32 | position)
    pairs = []
    for place in sorted(places):
        pair = result.pairs[place & 0xFFFFFFFF]
        pairs.append(BlockPair(pair.new, pair.old, pair.similarity, renumber.get(pair.move) if pair.move else None))
    return DiffResult(
        edits=edits,
        pairs=pairs,
        moves=moves,
        similarity=result.similarity,
        steps=result.steps,
        warnings=result.warnings,
    )


def _similarity(edits: Sequence[Edit]) -> float:
    """Share of both texts (in code points, ignored blocks left out) that compares equal."""
    equal = total = 0
    for edit in edits:
        if edit.op == "ignore":
            continue
        size = edit.old.length + edit.new.length
        total += size
        if edit.op == "equal":
            equal += size
    return _ratio(equal, total)


def _ratio(matched: int, compared: int) -> float:
    return 1.0 if compared == 0 else round(matched / compared, 4)


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
