"""Change classes: what kind of change each run of inserted and deleted text is.

A *change* is a maximal run of consecutive ``insert``/``delete`` edits. Its class:

- **format**: only whitespace and punctuation differ;
- **typo**: one word replaced by a word within a small edit distance;
- **wording**: an edit inside a sentence that is otherwise kept;
- **substantive**: a whole block (or most of one) added, removed or rewritten;
- **factual**: touches a span that a check flagged with ``factual=True`` (numbers, names, quotes).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from attrs import evolve

from docdelta.model import Edit, Finding, Span
from docdelta.tokens import is_word, tokenize

__all__ = ["classify", "change_runs"]


def change_runs(edits: Sequence[Edit]) -> list[range]:
    """Index ranges of the maximal runs of consecutive changes (insert/delete) in ``edits``."""
    runs = []
    start = None
    for index, edit in enumerate(edits):
        if edit.is_change:
            if start is None:
                start = index
        elif start is not None:
            runs.append(range(start, index))
            start = None
    if start is not None:
        runs.append(range(start, len(edits)))
    return runs


def _words(text: str) -> list[str]:
    return [text[s:e] for s, e in tokenize(text) if is_word(text[s:e])]


def _edit_distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance, giving up (returning ``limit + 1``) once it must exceed ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i]
        for j, char_b in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char_a != char_b)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


def _class_of(removed: str, added: str, block_sized: bool) -> str:
    removed_words = _words(removed)
    added_words = _words(added)
    if not removed_words and not added_words:
        return "format"
    if len(removed_words) == 1 and len(added_words) == 1:
        a, b = removed_words[0], added_words[0]
        if a.casefold() == b.casefold() or _edit_distance(a, b, max(1, min(len(a), len(b)) // 4)) <= max(
            1, min(len(a), len(b)) // 4
        ):
            return "typo"
    return "substantive" if block_sized else "wording"


def classify(
    edits: Sequence[Edit],
    old_text: str,
    new_text: str,
    findings: Iterable[Finding] = (),
) -> tuple[Edit, ...]:
    """The edits with ``change_class`` set on every insert and delete."""
    factual_old = [span for f in findings if f.factual for span in f.old_spans]
    factual_new = [span for f in findings if f.factual for span in f.new_spans]
    result = list(edits)
    for run in change_runs(edits):
        run_edits = [edits[i] for i in run]
        removed = "".join(e.old.slice(old_text) for e in run_edits if e.op == "delete")
        added = "".join(e.new.slice(new_text) for e in run_edits if e.op == "insert")
        neighbours_equal = any(
            0 <= i < len(edits) and edits[i].op == "equal" and edits[i].move == run_edits[0].move
            for i in (run.start - 1, run.stop)
        )
        change_class = _class_of(removed, added, block_sized=not neighbours_equal)
        if _touches(run_edits, factual_old, factual_new):
            change_class = "factual"
        for i in run:
            result[i] = evolve(edits[i], change_class=change_class)
    return tuple(result)


def _touches(run: list[Edit], old_spans: list[Span], new_spans: list[Span]) -> bool:
    for edit in run:
        side, spans = (edit.old, old_spans) if edit.op == "delete" else (edit.new, new_spans)
        if any(side.overlaps(span) for span in spans):
            return True
    return False
