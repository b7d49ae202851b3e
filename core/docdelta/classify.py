"""Change classes: what kind of change each run of inserted and deleted text is.

A *change* is a maximal run of consecutive ``insert``/``delete`` edits. The classes are
declared in :data:`docdelta.model.CHANGE_CLASS_DECLARATIONS`; this module decides which
one a change is, the first that fits, from the most important:

- **factual**: touches a span that a check flagged with ``factual=True`` (claims),
  or, inside a sentence, changes a number, a date word (``Monday``, ``Dec``), a
  name (a capitalised word that does not start its sentence) or the words of a
  quotation (a whole sentence added or removed is substantive unless a check says
  otherwise);
- **format**: the words are the same, only whitespace, punctuation or symbols differ;
- **typo**: each replaced word is close to its replacement (a small in-word edit,
  a change of case), one to three words; a change of case only is a typo however
  many words it touches, even in a name or a quotation (the name is still there);
- **substantive**: a whole sentence or block is added or removed, or a sentence
  loses or gains at least half of its words (rewritten);
- **wording**: anything else: rephrasing inside a sentence that is otherwise kept.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Sequence
from operator import attrgetter

from attrs import evolve

from docdelta.model import Edit, Finding, Span, declared_class
from docdelta.tokens import case_only, has_words, is_word, sentence_bounds, tokenize, words

__all__ = ["classify", "change_runs", "PRODUCED_CLASSES"]

FORMAT, TYPO, WORDING, SUBSTANTIVE, FACTUAL = PRODUCED_CLASSES = tuple(
    declared_class(name) for name in ("format", "typo", "wording", "substantive", "factual")
)

_DIGIT = re.compile(r"\d")
_DATE_WORD = re.compile(
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|"
    r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|Mon(?:day)?|Tue(?:s|sday)?|Wed(?:nesday)?|Thu(?:rs|rsday)?|"
    r"Fri(?:day)?|Sat(?:urday)?|Sun(?:day)?|yesterday|today|tomorrow)",
    re.IGNORECASE,
)
_QUOTED = re.compile(r"“[^”\n]*”|\"[^\"\n]*\"")
_SENTENCE_START_BEFORE = frozenset(".!?…:\"“‘'(")
#: What a word's bare form drops: all but letters, digits and combining marks (an accent
#: written as a mark after its letter is as much a letter change as a precomposed one).
_NOT_ALNUM = re.compile(r"[^\w\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+|_+")
#: A run replacing at most this many words, each by a close one, is a typo.
_TYPO_WORDS = 3


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


def _edit_distance(a: str, b: str, limit: int) -> int:
    """Edits (insert, delete, replace, swap two neighbours) turning ``a`` into ``b``; ``limit + 1`` past ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    before: list[int] = []
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i]
        for j in range(1, len(b) + 1):
            cost = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] != b[j - 1]))
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cost = min(cost, before[j - 2] + 1)
            current.append(cost)
        if min(current) > limit:
            return limit + 1
        before, previous = previous, current
    return previous[-1]


def _close(a: str, b: str) -> bool:
    """A small in-word edit: a change of case, or about one character in four."""
    limit = max(1, min(len(a), len(b)) // 4)
    return a.casefold() == b.casefold() or _edit_distance(a, b, limit) <= limit


class _Context:
    """What a change touches in one text: whole sentences, quotations, names."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.quotes = [match.span() for match in _QUOTED.finditer(text)]
        self.quote_starts = [start for start, _ in self.quotes]
        # Where each sentence's text starts and ends, whitespace left out: two arrays of machine
        # integers, not a tuple of two ints a sentence (a million one-word paragraphs: 170 MB).
        self.starts = array("q")
        self.ends = array("q")
        for block_start, block_end in _paragraphs(text):
            for start, end in sentence_bounds(text, block_start, block_end):
                piece = text[start:end]
                if piece.strip():
                    self.starts.append(start + len(piece) - len(piece.lstrip()))
                    self.ends.append(start + len(piece.rstrip()))
        # Words per sentence, counted when first asked: a long sentence with many changes
        # is counted once, not once per change.
        self._sentence_words: dict[int, int] = {}

    def covers_whole(self, spans: list[Span]) -> bool:
        """True when ``spans`` (changed text) contain a whole sentence, or at least half of one's words."""
        for span in spans:
            first = max(0, bisect_right(self.starts, span.start) - 1)
            last = bisect_left(self.starts, span.end)
            for index in range(first, last):
                start, end = self.starts[index], self.ends[index]
                if span.start <= start and end <= span.end:
                    return True
                # Words counted at whitespace: a cheap measure, enough to tell "half of it".
                overlap = self.text[max(start, span.start) : min(end, span.end)]
                if 2 * len(overlap.split()) >= self._words_of(index) >= 4:
                    return True
        return False

    def _words_of(self, index: int) -> int:
        count = self._sentence_words.get(index)
        if count is None:
            count = self._sentence_words[index] = len(self.text[self.starts[index] : self.ends[index]].split())
        return count


    def in_quote(self, spans: list[Span]) -> bool:
        """True when a span lies inside a quotation (between its quotation marks)."""
        for span in spans:
            k = bisect_right(self.quote_starts, span.start) - 1
            if k >= 0 and span.start > self.quotes[k][0] and span.end < self.quotes[k][1]:
                return True
        return False

    def names_a_name(self, spans: list[Span]) -> bool:
        """True when a span holds a capitalised word that does not start its sentence (a name)."""
        for span in spans:
            for start, end in tokenize(self.text, span.start, span.end):
                if self.text[start].isupper() and is_word(self.text[start:end]) and not self._starts_sentence(start):
                    return True
        return False

    def _starts_sentence(self, position: int) -> bool:
        before = self.text[max(0, position - 40) : position]
        stripped = before.rstrip()
        return not stripped or "\n" in before[len(stripped) :] or stripped[-1] in _SENTENCE_START_BEFORE


def _paragraphs(text: str) -> Iterator[tuple[int, int]]:
    """Blank-line separated stretches, tiling ``text``."""
    start = 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        yield start, match.end()
        start = match.end()
    yield start, len(text)


_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")


def _class_of(removed: str, added: str, whole_sentence: bool) -> str:
    if whole_sentence and not (removed and added):  # sentences deleted or inserted whole: no word list needed
        return SUBSTANTIVE if has_words(removed or added) else FORMAT
    removed_words = words(removed)
    added_words = words(added)
    if not whole_sentence and any(_DIGIT.search(word) or _DATE_WORD.fullmatch(word) for word in (*removed_words, *added_words)):
        return FACTUAL
    if len(removed_words) != len(added_words):  # neither the same words nor one typo per word
        return SUBSTANTIVE if whole_sentence else WORDING
    bare_removed = [_NOT_ALNUM.sub("", unicodedata.normalize("NFC", word)) for word in removed_words]
    bare_added = [_NOT_ALNUM.sub("", unicodedata.normalize("NFC", word)) for word in added_words]
    if bare_removed == bare_added:
        return FORMAT
    if (
        0 < len(removed_words) == len(added_words) <= _TYPO_WORDS
        and all(_close(a, b) for a, b in zip(bare_removed, bare_added))
    ):
        return TYPO
    return SUBSTANTIVE if whole_sentence else WORDING


def classify(
    edits: Sequence[Edit],
    old_text: str,
    new_text: str,
    findings: Iterable[Finding] = (),
) -> tuple[Edit, ...]:
    """The edits with ``change_class`` set on every insert and delete."""
    findings = list(findings)
    factual_old = _SpanIndex(span for f in findings if f.factual for span in f.old_spans)
    factual_new = _SpanIndex(span for f in findings if f.factual for span in f.new_spans)
    old_context = new_context = None
    result = list(edits)
    for run in change_runs(edits):
        run_edits = [edits[i] for i in run]
        deleted = [e.old for e in run_edits if e.op == "delete"]
        inserted = [e.new for e in run_edits if e.op == "insert"]
        removed = "".join(span.slice(old_text) for span in deleted)
        added = "".join(span.slice(new_text) for span in inserted)
        if old_context is None or new_context is None:
            old_context, new_context = _Context(old_text), _Context(new_text)
        if case_only(removed, added):
            change_class = TYPO  # the same words: a name in another case is still the name
        else:
            whole = old_context.covers_whole(deleted) or new_context.covers_whole(inserted)
            change_class = _class_of(removed, added, whole)
            if change_class in (TYPO, WORDING) and (
                old_context.in_quote(deleted)
                or new_context.in_quote(inserted)
                or old_context.names_a_name(deleted)
                or new_context.names_a_name(inserted)
            ):
                change_class = FACTUAL
        if _touches(run_edits, factual_old, factual_new):
            change_class = FACTUAL
        for i in run:
            result[i] = evolve(edits[i], change_class=change_class)
    return tuple(result)


_START_END = attrgetter("start", "end")


class _SpanIndex:
    """Spans sorted by start, with the running maximum of their ends: "does anything overlap
    this span?" in logarithmic time instead of a scan over every factual finding."""

    def __init__(self, spans: Iterable[Span]) -> None:
        self.spans = sorted(spans, key=_START_END)  # Span's order, without attrs' generic comparison
        self.starts = [span.start for span in self.spans]
        self.max_ends: list[int] = []
        for span in self.spans:
            self.max_ends.append(max(span.end, self.max_ends[-1] if self.max_ends else span.end))

    def overlaps(self, query: Span) -> bool:
        index = bisect_right(self.starts, query.end)
        if index == 0 or self.max_ends[index - 1] < query.start:
            return False
        for position in range(index - 1, -1, -1):
            if self.max_ends[position] < query.start:
                return False  # every span from here back ends before the query starts
            if self.spans[position].overlaps(query):
                return True
        return False


def _touches(run: list[Edit], old_spans: _SpanIndex, new_spans: _SpanIndex) -> bool:
    for edit in run:
        side, spans = (edit.old, old_spans) if edit.op == "delete" else (edit.new, new_spans)
        if spans.overlaps(side):
            return True
    return False
