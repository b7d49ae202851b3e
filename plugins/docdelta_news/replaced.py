"""The name-replaced check: one person, place or organisation named where another was.

``Lukashenko met the envoy`` → ``Putin met the envoy``; ``in Minsk`` → ``in Vilnius``;
``the UN`` → ``the EU``. The check reads the redline, not the whole texts: each run of
changes between kept text (a *hunk*, kept letters inside a word joining its pieces) that lies
in two aligned blocks, or inside a paragraph that moved (between its two places); and text cut
from one hunk and pasted, edited, into another (an envoy's clause worked into the lede), when the
two are :data:`PASTE_MATCH` alike and :data:`PASTE_MIN_WORDS` words long. The hunk's words on each
side are lined up on their case-folded forms (the words both sides share are anchors), and a gap
between anchors is a replacement when each side of it holds one name, and the two line up word for
word: as many other words before the names on both sides, and as many after (``said Lukashenko`` →
``added Putin``; not ``Lukashenko`` → ``the Belarusian leader``). Articles and titles before a name (``the UN``,
``President Trump``, ``Mr. Putin``: :data:`TITLES`, never part of a name) are not counted.

A word is a name word when

- it starts with a capital (``Minsk``), is an acronym (``UN``, ``U.S.``) or an initial
  (``F.`` in ``John F. Kennedy``);
- it is not a calendar word (months, weekdays, their abbreviations, time zones:
  :data:`CALENDAR`) nor a number in words (``Twenty-seven``): changed dates and figures are the
  claims plugin's;
- it stands in the middle of an ordinary sentence. A sentence's first word, or a word of a
  sentence written in title case (``Belarus Frees 52 Prisoners``: no lower-case word of four
  letters or more), is a name only when the texts also hold it capitalised in the middle of
  an ordinary sentence; or, where the other version holds a name in its place, when it is written
  nowhere in lower case and is no word a sentence often opens with (:data:`SENTENCE_OPENERS`) nor
  ends in ``s`` as plural nouns do (``Lukashenko freed`` → ``Putin freed``, Lukashenko named
  elsewhere; not ``Lukashenko freed`` → ``Officials freed``).

Name words in a row, with :data:`JOINERS` between them (``Bank of America``, ``Ursula von der
Leyen``), are one name (``Tatsiana Khomich``); a name of initials alone is none. A gap is not
a replacement when the two names share a word, a spelling variant of one or an inflection
(``Cole``/``Coale`` is the name-variants check's; ``Russia``/``Russian`` is wording: see
:func:`docdelta.spelling.one_name`), when one is the other's capital, standing for its state
(``the U.S.`` → ``Washington``, ``Belarus`` → ``Minsk``: ``capitals.tsv``, from GeoNames, written by
:mod:`docdelta_news.make_capitals`), when one is the other's initials (``United Nations`` →
``U.N.``), when either name also stands in the other version's
sentence (the sentence was reordered), or when one side holds no name (a name added,
removed, or put for a common noun). A change of case alone is no gap at all.

Each replacement is one ``factual`` finding of severity ``high``::

    Finding(check="name-replaced", kind="name-replaced", severity="high",
            message="Lukashenko → Putin",
            old_spans=[the old name], new_spans=[the new name], factual=True,
            data={"old": "Lukashenko", "new": "Putin",
                  "old_sentence": "<the sentence in OLD>", "new_sentence": "<the sentence in NEW>"})

Work is bounded to keep the check linear in the texts' size: a hunk of more than
:data:`MAX_HUNK` characters a side is a rewrite and is not lined up, and a sentence is looked
for within :data:`SENTENCE_REACH` characters around its hunk.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterator, Sequence
from difflib import SequenceMatcher
from pathlib import Path

from attrs import define

from docdelta import Comparison, Document, Edit, Finding, Span
from docdelta.spelling import one_name

_CAPITALS = Path(__file__).with_name("capitals.tsv")

__all__ = [
    "CALENDAR", "JOINERS", "MAX_HUNK", "PASTE_MATCH", "PASTE_MIN_WORDS", "SENTENCE_OPENERS", "SENTENCE_REACH", "TITLES",
    "find_replaced_names", "title_case",
]

#: Months, weekdays, their abbreviations, time zones, AM/PM and eras: capitalised, yet dates and times, not names.
CALENDAR = frozenset(
    """january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
    gmt utc bst cet cest eet eest est edt cst cdt mst mdt pst pdt msk am pm a.m p.m bc ad bce ce""".split()
)
#: Titles and ranks: they stand beside a name (``President Trump``, ``Mr. Putin``) and are no part of it.
TITLES = frozenset(
    """mr mrs ms miss dr prof sir dame lord lady madam president vice prime minister deputy chancellor
    secretary general gen lt col maj capt sgt adm sen senator rep representative gov governor mayor
    king queen prince princess pope cardinal bishop rev st saint judge justice ambassador envoy
    foreign defence defense interior finance spokesman spokeswoman spokesperson chairman chairwoman
    chief leader speaker commissioner sheikh emir""".split()
)
#: Words a sentence often opens with that name nobody: a first word in a name's place is no name if it is one.
SENTENCE_OPENERS = frozenset(
    """he she it they we i you this that these those there here his her its their our my your but and or so
    yet also meanwhile however still now then later earlier both each many most some several few all another
    other one no nobody everyone police officials authorities""".split()
)
#: Lower-case words that may join the words of one name.
JOINERS = frozenset("of de del der den di da das do dos du la le van von bin ibn al el".split())
_ARTICLES = frozenset(("the", "a", "an"))
#: Numbers in words: a figure opening a sentence ("Twenty-seven miners"), the claims plugin's, no name.
_NUMBER_WORDS = frozenset(
    """zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
    sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred
    thousand million billion dozen dozens hundreds thousands millions""".split()
)
#: Abbreviations a period does not end a sentence after (besides single letters: initials, ``U.S.``).
_NO_BREAK = TITLES | CALENDAR | frozenset(("no", "vs", "jr", "sr", "st"))

MAX_HUNK = 600
SENTENCE_REACH = 300
#: Words cut from one place and pasted into another are one text edited when this alike...
PASTE_MATCH = 0.6
#: ...and at least this many words long (a short phrase recurs in a story by chance).
PASTE_MIN_WORDS = 6
_PASTE_LOOKUPS = 12  # rarest words of a pasted range looked up in the index of cut ones
_PASTE_CANDIDATES = 4  # cut ranges sharing the most of them, weighed whole
_SEARCHES = 16  # spellings looked for one by one before every capitalised word is read instead

# A word: a dotted acronym or an initial (U.S., F.), or letters and digits joined by apostrophes and hyphens.
_WORD = re.compile(r"(?:[^\W\d_]\.)+(?![^\W\d_])|\w+(?:['’\-]\w+)*")
# A word that may be capitalised (an ASCII capital, or any other letter: str.isupper tells), read whole.
_CAPITALISED = re.compile(r"(?<![\w'’\-.])(?=[^\W\d_a-z])(?:(?:[^\W\d_]\.)+(?![^\W\d_])|\w+(?:['’\-]\w+)*)")
# A word of four letters or more in lower case: a sentence holding one is not in title case.
_ORDINARY = re.compile(r"(?<![\w'’\-])[a-zß-öø-ÿ][^\W\d_]{3}")
_SEPARATOR = re.compile(r"[^\w'’\-]")
# Kept text that may join the changes around it: a word's end, spaces, the next word's start.
_JOINING = re.compile(r"([\w'’\-]*)([ \t]*)([\w'’\-]*)")
_CAPITAL_LETTER = re.compile(r"[^\W\d_a-z]")  # an ASCII capital, or another letter that may be one
_OUTSIDE_WORD = re.compile(r"[^\w'’\-.]")  # a word read around a change may hold periods (U.S.)
_POSSESSIVE = re.compile(r"['’]s?$")
_BREAK = re.compile(r"""[.!?…]+["'”’)\]]*\s+""")
_OPENERS = " \t\r\n\"'“‘([«"
_CLOSERS = "\"'”’)]»"
_MARKS = frozenset(".!?…:;" + _OPENERS + _CLOSERS)
_STARTS = 24  # characters looked back over to tell whether a word starts a sentence


def _key(word: str) -> str:
    """What a word is lined up as: case folded, a possessive ending dropped."""
    folded = word.casefold()
    if folded[-1] not in "s'’":
        return folded
    if folded.endswith(("'s", "’s")):
        return folded[:-2]
    return folded.rstrip("'’")


@define(frozen=True)
class _Word:
    text: str
    start: int

    @property
    def key(self) -> str:
        return _key(self.text)

    @property
    def end(self) -> int:
        return self.start + len(self.text)


@define(frozen=True)
class _Side:
    """One side of a hunk: its document, its block and its changed range."""

    document: Document
    block: Span
    start: int
    end: int

    def words(self, start: int, end: int) -> list[_Word]:
        return [_Word(m.group(), m.start()) for m in _WORD.finditer(self.document.text, start, end)]

    def widened(self) -> tuple[int, int]:
        """The changed range widened to whole words (a change inside a word reads all of it)."""
        text, start, end = self.document.text, self.start, self.end
        while start > self.block.start and not _OUTSIDE_WORD.match(text, start - 1) and self.start - start < MAX_HUNK:
            start -= 1
        while end < self.block.end and not _OUTSIDE_WORD.match(text, end) and end - self.end < MAX_HUNK:
            end += 1
        return start, end

    def may_hold_name(self) -> bool:
        """False when the words the change touches hold no capital letter (told in one search, in C)."""
        return _CAPITAL_LETTER.search(self.document.text, *self.widened()) is not None

    def changed_words(self) -> list[_Word]:
        """The words the changed range touches; an insertion between two words touches none."""
        words = self.words(*self.widened())
        if self.start == self.end:
            return [word for word in words if word.start < self.start < word.end]
        return [word for word in words if word.start < self.end and self.start < word.end]

    def sentence(self) -> Span:
        """The sentence around the changed range (within :data:`SENTENCE_REACH` characters of it)."""
        text = self.document.text
        start = max(self.block.start, self.start - SENTENCE_REACH)
        for match in _BREAK.finditer(text, start, self.start):
            if not _abbreviation_before(text, match.start()):
                start = match.end()
        end = min(self.block.end, self.end + SENTENCE_REACH)
        for match in _BREAK.finditer(text, self.end, end):
            if not _abbreviation_before(text, match.start()):
                end = match.end()
                break
        return Span(start, start + len(text[start:end].rstrip()))


def find_replaced_names(comparison: Comparison) -> Iterator[Finding]:
    """One finding per name replaced by another in two aligned blocks of ``comparison``."""
    include_ignored = bool(comparison.options.get("include-ignored", False))
    located = []
    for old_start, old_end, new_start, new_end in _hunks(comparison.edits, comparison.old.text):
        if old_end - old_start > MAX_HUNK or new_end - new_start > MAX_HUNK:
            continue
        old_start, old_end = _trimmed(comparison.old.text, old_start, old_end)
        new_start, new_end = _trimmed(comparison.new.text, new_start, new_end)
        old_index = _block_at(comparison.old, comparison.old.blocks.starts, old_start, old_end)
        new_index = _block_at(comparison.new, comparison.new.blocks.starts, new_start, new_end)
        if old_index is not None and new_index is not None:
            located.append((old_index, new_index, old_start, old_end, new_start, new_end))
    # Only the pairs of blocks a change stands in are looked for: not a set of a million pairs.
    touched = {old_index for old_index, *_ in located}
    aligned = {(p.old, p.new) for p in comparison.pairs if p.old in touched and p.new is not None}
    known = _KnownNames(comparison.old, comparison.new, include_ignored)
    in_place = [
        (old_index, new_index, old_start, old_end, new_start, new_end)
        for old_index, new_index, old_start, old_end, new_start, new_end in located
        if (old_index, new_index) in aligned
    ]
    for old_index, new_index, old_start, old_end, new_start, new_end in [*in_place, *_pasted(located, comparison)]:
        old_block, new_block = comparison.old.blocks[old_index], comparison.new.blocks[new_index]
        if (old_block.ignored or new_block.ignored) and not include_ignored:
            continue
        old = _Side(comparison.old, old_block.span, old_start, old_end)
        new = _Side(comparison.new, new_block.span, new_start, new_end)
        if old.may_hold_name() and new.may_hold_name():
            yield from _replacements(old, new, known)


def _pasted(
    located: Sequence[tuple[int, int, int, int, int, int]], comparison: Comparison
) -> Iterator[tuple[int, int, int, int, int, int]]:
    """Text cut from one hunk and pasted, edited, into another: an envoy's clause taken out of one
    paragraph and worked into the lede. Each hunk's inserted words are paired with the deleted words
    of another hunk when they are :data:`PASTE_MATCH` alike and :data:`PASTE_MIN_WORDS` words long,
    and are lined up as one hunk would be.

    Candidates come from an index of the deleted words, each inserted range looking up its
    :data:`_PASTE_LOOKUPS` rarest words, so the work grows with the changes, not with their square.
    """
    def words(text: str, start: int, end: int) -> Counter[str]:
        """The range's words, case-folded; none when it holds no capital, so no name to line up."""
        if _CAPITAL_LETTER.search(text, start, end) is None:
            return Counter()
        return Counter(word.casefold() for word in _WORD.findall(text, start, end))

    cut = [words(comparison.old.text, hunk[2], hunk[3]) for hunk in located]
    holding: dict[str, list[int]] = {}
    for index, counts in enumerate(cut):
        if counts.total() >= PASTE_MIN_WORDS:
            for word in counts:
                holding.setdefault(word, []).append(index)
    for index, (_, new_index, _, _, new_start, new_end) in enumerate(located):
        pasted = words(comparison.new.text, new_start, new_end)
        if pasted.total() < PASTE_MIN_WORDS:
            continue
        rarest = sorted((word for word in pasted if word in holding), key=lambda word: len(holding[word]))
        shared = Counter(
            other for word in rarest[:_PASTE_LOOKUPS] for other in holding[word] if other != index
        )
        alike, _, best = max(
            ((_alike(cut[other], pasted), -other, other) for other, _ in shared.most_common(_PASTE_CANDIDATES)),
            default=(0.0, 0, 0),
        )
        if alike >= PASTE_MATCH:
            old_index, _, old_start, old_end, _, _ = located[best]
            yield old_index, new_index, old_start, old_end, new_start, new_end


def _alike(one: Counter[str], other: Counter[str]) -> float:
    """The Dice coefficient of two word multisets: the share of their words they hold in common."""
    return 2 * (one & other).total() / (one.total() + other.total())


def _hunks(edits: Sequence[Edit], old_text: str) -> Iterator[tuple[int, int, int, int]]:
    """``(old start, old end, new start, new end)`` of each run of changes, in place or inside
    one moved piece of text (a paragraph moved and edited: its changes lie between its two places).

    Kept text inside a word (``Kalesnik`` in a letter's change) or between two words (the space
    in ``Alexander Lukashenko`` → ``Vladimir Putin`` diffed letter by letter) joins the changes
    around it. A run's deletions and insertions tile a range of each text, in any order between them.
    """
    hunk: list[int] | None = None
    changed = False
    move: int | None = None
    for edit in edits:
        joins = edit.is_change or (edit.op == "equal" and _joins(edit.old, old_text))
        if not joins or edit.move != move:
            if hunk is not None and changed:
                yield hunk[0], hunk[1], hunk[2], hunk[3]
            hunk, changed, move = None, False, edit.move
            if not joins:
                continue
        if hunk is None:
            hunk = [edit.old.start, edit.old.end, edit.new.start, edit.new.end]
        else:
            hunk = [
                min(hunk[0], edit.old.start), max(hunk[1], edit.old.end),
                min(hunk[2], edit.new.start), max(hunk[3], edit.new.end),
            ]  # fmt: skip
        changed = changed or edit.is_change
    if hunk is not None and changed:
        yield hunk[0], hunk[1], hunk[2], hunk[3]


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` without the whitespace at its ends (a sentence diffed whole keeps the break after it)."""
    piece = text[start:end]
    stripped = piece.lstrip()
    start += len(piece) - len(stripped)
    return start, start + len(stripped.rstrip())


def _joins(kept: Span, text: str) -> bool:
    """True when kept text holds no word of its own: part of a word, or the space between two
    words the changes around it touch (``r `` in ``Alexande[r ]Lukashenko`` diffed letter by letter)."""
    match = _JOINING.fullmatch(text, kept.start, kept.end)
    if match is None:
        return False
    if not match.group(2):
        return True
    ends_word = not match.group(1) or (kept.start > 0 and not _SEPARATOR.match(text, kept.start - 1))
    starts_word = not match.group(3) or (kept.end < len(text) and not _SEPARATOR.match(text, kept.end))
    return ends_word and starts_word


def _block_at(document: Document, starts: Sequence[int], start: int, end: int) -> int | None:
    """The index of the block holding ``[start, end)`` whole, or ``None``."""
    index = bisect_right(starts, start) - 1
    if index < 0 or end > document.blocks[index].span.end:
        return None
    return index


def _replacements(old: _Side, new: _Side, known: _KnownNames) -> Iterator[Finding]:
    old_words, new_words = old.changed_words(), new.changed_words()
    if not (_any_capital(old_words) and _any_capital(new_words)):
        return
    matcher = SequenceMatcher(None, [w.key for w in old_words], [w.key for w in new_words], autojunk=False)
    gaps = [
        (old_words[i1:i2], new_words[j1:j2])
        for op, i1, i2, j1, j2 in matcher.get_opcodes()
        if op == "replace" and _any_capital(old_words[i1:i2]) and _any_capital(new_words[j1:j2])
    ]
    if not gaps:
        return
    old_sentence, new_sentence = old.sentence(), new.sentence()
    old_title = title_case(old.document.text, old_sentence.start, old_sentence.end)
    new_title = title_case(new.document.text, new_sentence.start, new_sentence.end)
    for old_gap_words, new_gap_words in gaps:
        old_gap = _name(old_gap_words, old, old_title, known)
        new_gap = _name(new_gap_words, new, new_title, known)
        if old_gap is None and new_gap is not None:  # a sentence's first word, in a name's place
            old_gap = _name(old_gap_words, old, old_title, known, in_a_names_place=True)
        elif new_gap is None and old_gap is not None:
            new_gap = _name(new_gap_words, new, new_title, known, in_a_names_place=True)
        # word for word: the name for a name, each other word for another (said Lukashenko → added Putin)
        if old_gap is None or new_gap is None or (old_gap.before, old_gap.after) != (new_gap.before, new_gap.after):
            continue
        old_name, new_name = old_gap.name, new_gap.name
        if _related(old_name, new_name):
            continue
        reordered = _written_in(new.document.text, new_sentence, old_name)
        if reordered or _written_in(old.document.text, old_sentence, new_name):
            continue
        yield _finding(old, new, old_name, new_name, old_sentence, new_sentence)


def _written_in(text: str, sentence: Span, name: list[_Word]) -> bool:
    """True when a word of ``name`` stands in ``sentence`` too (in any case, but a word in capitals
    only as written: ``ROME (AP) — ...`` is the dateline's city, not ``Rome`` restated)."""
    keys = {word.key for word in name}
    spellings = {word.text for word in name}
    return any(
        _key(word) in keys and (not (word.isupper() and len(word) > 1) or word in spellings)
        for word in _WORD.findall(text, sentence.start, sentence.end)
    )


def _any_capital(words: list[_Word]) -> bool:
    return any(word.text[0].isupper() for word in words)


@define(frozen=True)
class _Gap:
    """One side of a gap read as a name: the name's words, and how many other words stand before and after it."""

    name: list[_Word]
    before: int
    after: int


def _name(
    gap: list[_Word], side: _Side, title_case: bool, known: _KnownNames, *, in_a_names_place: bool = False
) -> _Gap | None:
    """The one name ``gap`` holds, or ``None`` if it holds none or several (initials alone are none).

    Titles and articles before the name are not counted among the other words. ``in_a_names_place``:
    the other version holds a name here (see the module's rules for a sentence's first word).
    """
    kinds = [_kind(word, side, title_case, known, in_a_names_place) for word in gap]
    names = [i for i, kind in enumerate(kinds) if kind == "name"]
    if not names:
        return None
    first, last = names[0], names[-1]
    if any(kind not in ("name", "joiner") for kind in kinds[first:last]):
        return None
    name = gap[first : last + 1]
    if all(_initial(word.text) for word in name):
        return None
    before = sum(kind not in ("title", "article") for kind in kinds[:first])
    return _Gap(name, before, len(kinds) - last - 1)


def _kind(word: _Word, side: _Side, title_case: bool, known: _KnownNames, in_a_names_place: bool = False) -> str:
    key = word.key.rstrip(".")
    if key in TITLES and word.text[0].isupper():
        return "title"
    if key in _ARTICLES:
        return "article"
    if key in JOINERS and not word.text[0].isupper():
        return "joiner"
    if not _name_shaped(word.text) or key in CALENDAR or _spelled_number(key):
        return "other"
    if _initial(word.text):
        return "name"
    if not title_case and not _starts_sentence(side.document.text, word.start, side.block.start):
        return "name"
    if known.holds(word.text):
        return "name"
    if in_a_names_place and not title_case and _may_name_someone(word.text, known):
        return "name"
    return "other"


def _may_name_someone(spelling: str, known: _KnownNames) -> bool:
    """Whether a sentence's first word in a name's place may be a name: no opener, no plural, never in lower case."""
    word = _POSSESSIVE.sub("", spelling)
    folded = word.casefold()
    return folded not in SENTENCE_OPENERS and not folded.endswith("s") and not known.lower_case(folded)


def _name_shaped(text: str) -> bool:
    """A capitalised word, an acronym or an initial; not a lone capital (``I``, ``A``)."""
    return text[0].isupper() and (len(text) > 1) and not text[1:].isdigit()


def _spelled_number(key: str) -> bool:
    """A number in words (``Twenty-seven`` opening a sentence): the claims plugin's, not a name."""
    return all(part in _NUMBER_WORDS for part in key.split("-"))


def _initial(text: str) -> bool:
    return len(text) == 2 and text[1] == "."


def _related(old_name: list[_Word], new_name: list[_Word]) -> bool:
    """True when a word of one name is a word of the other, a spelling or an inflection of it,
    or the other with a hyphenated part added (``COVID``/``COVID-19``, ``Rinat``/``Rinat-Akhmetov``);
    or when one name is the capital of the state the other names (``Washington``/``U.S.``), or one
    is the other's initials (``U.N.``/``United Nations``)."""
    return any(
        _one_word(a.key, b.key) or one_name(_POSSESSIVE.sub("", a.text), _POSSESSIVE.sub("", b.text))
        for a in old_name
        for b in new_name
    ) or any(_capital_of(one, other) or _initials_of(one, other) for one, other in ((old_name, new_name), (new_name, old_name)))


def _initials_of(short: list[_Word], name: list[_Word]) -> bool:
    """Whether ``short`` is one word made of the initials of ``name``'s words, with or without those of
    its joiners (``UN``, ``U.N.``/``United Nations``; ``BoA``/``Bank of America``)."""
    if len(short) != 1 or len(name) < 2:
        return False
    letters = short[0].key.replace(".", "")
    return letters in (
        "".join(word.key[0] for word in name),
        "".join(word.key[0] for word in name if word.key not in JOINERS),
    )


def _capital_of(capital: list[_Word], state: list[_Word]) -> bool:
    names = _capitals().get(" ".join(_POSSESSIVE.sub("", word.text) for word in capital).casefold())
    return names is not None and " ".join(_POSSESSIVE.sub("", word.text) for word in state).casefold() in names


@functools.cache
def _capitals() -> dict[str, frozenset[str]]:
    """``capitals.tsv``: each capital, case-folded, with the names of its state, case-folded."""
    lines = _CAPITALS.read_text(encoding="utf-8").splitlines()[1:]  # (after its header)
    return {
        capital.casefold(): frozenset(name.casefold() for name in names.split("|"))
        for capital, names in (line.split("\t") for line in lines)
    }


def _one_word(one: str, other: str) -> bool:
    shorter, longer = sorted((one, other), key=len)
    return longer.startswith(shorter) and longer[len(shorter) : len(shorter) + 1] in ("-", "‐", "‑")


def title_case(text: str, start: int, end: int) -> bool:
    """True for text in title case: three words or more, none of four letters or more in lower case."""
    return _ORDINARY.search(text, start, end) is None and len(_WORD.findall(text, start, end)) >= 3


def _abbreviation_before(text: str, period: int) -> bool:
    """True when the period at ``period`` ends an initial or an abbreviation (``F.``, ``U.S.``, ``Mr.``, ``Dec.``)."""
    start = period
    while start > 0 and text[start - 1].isalpha() and period - start <= 6:
        start -= 1
    word = text[start:period]
    return len(word) == 1 or word.casefold() in _NO_BREAK


def _starts_sentence(text: str, start: int, block_start: int) -> bool:
    """True when the word at ``start`` opens a sentence (or its block, or a quotation after a colon)."""
    if start - 2 >= block_start and text[start - 1] == " " and text[start - 2] not in _MARKS:
        return False  # after a space and a word's last character: most words are, and are told at once
    lookback = max(block_start, start - _STARTS)
    before = text[lookback:start].rstrip(_OPENERS)
    if not before:
        return True
    before = before.rstrip(_CLOSERS)
    if before.endswith((":", ";")):
        return True
    if before.endswith(("!", "?", "…")):
        return True
    return before.endswith(".") and not _abbreviation_before(text, lookback + len(before) - 1)


class _KnownNames:
    """Names the documents write capitalised in the middle of an ordinary sentence.

    Each spelling asked about is looked for in the texts (``str.find``, one pass in C), until
    :data:`_SEARCHES` have been: then every capitalised word of the texts is read once into a
    set, so that many questions cost one reading of the texts, not one each.
    """

    def __init__(self, old: Document, new: Document, include_ignored: bool) -> None:
        self._documents = [(document, document.blocks.starts) for document in (old, new)]
        self._include_ignored = include_ignored
        self._answers: dict[str, bool] = {}
        self._every: set[str] | None = None
        self._lower: set[str] | None = None

    def holds(self, spelling: str) -> bool:
        """True when ``spelling`` (a possessive ending dropped) is written in mid-sentence somewhere."""
        spelling = _POSSESSIVE.sub("", spelling)
        if self._every is None and len(self._answers) >= _SEARCHES:
            self._every = {word for document, _ in self._documents for word in self._capitals(document)}
        if self._every is not None:
            return spelling in self._every
        if spelling not in self._answers:
            found = any(self._written(document, starts, spelling) for document, starts in self._documents)
            self._answers[spelling] = found
        return self._answers[spelling]

    def lower_case(self, word: str) -> bool:
        """True when ``word`` (in lower case) is written, as a word, anywhere in the texts (the texts'
        lower-case words are read once, at the first question: a question each would read them each)."""
        if self._lower is None:
            self._lower = {
                found for document, _ in self._documents for found in _WORD.findall(document.text) if found.islower()
            }
        return word in self._lower

    def _blocks(self, document: Document) -> Iterator[Span]:
        return (block.span for block in document.blocks if self._include_ignored or not block.ignored)

    def _capitals(self, document: Document) -> Iterator[str]:
        text = document.text
        for block in self._blocks(document):
            if not title_case(text, block.start, block.end):
                for match in _CAPITALISED.finditer(text, block.start, block.end):
                    if _name_shaped(match.group()) and not _starts_sentence(text, match.start(), block.start):
                        yield _POSSESSIVE.sub("", match.group())

    def _written(self, document: Document, starts: Sequence[int], spelling: str) -> bool:
        text = document.text
        at = text.find(spelling)
        while at >= 0:
            end = at + len(spelling)
            whole = (at == 0 or _SEPARATOR.match(text, at - 1)) and (end == len(text) or not text[end].isalnum())
            index = bisect_right(starts, at) - 1
            if whole and index >= 0:
                block = document.blocks[index]
                inside = end <= block.span.end and (self._include_ignored or not block.ignored)
                if inside and not _starts_sentence(text, at, block.span.start):
                    if not title_case(text, block.span.start, block.span.end):
                        return True
            at = text.find(spelling, end)
        return False


def _finding(
    old: _Side, new: _Side, old_name: list[_Word], new_name: list[_Word], old_sentence: Span, new_sentence: Span
) -> Finding:
    old_span, new_span = Span(old_name[0].start, old_name[-1].end), Span(new_name[0].start, new_name[-1].end)
    old_text = _POSSESSIVE.sub("", old_span.slice(old.document.text))
    new_text = _POSSESSIVE.sub("", new_span.slice(new.document.text))
    return Finding(
        check="name-replaced",
        kind="name-replaced",
        severity="high",
        message=f"{old_text} → {new_text}",
        old_spans=[Span(old_span.start, old_span.start + len(old_text))],
        new_spans=[Span(new_span.start, new_span.start + len(new_text))],
        data={
            "old": old_text,
            "new": new_text,
            "old_sentence": old_sentence.slice(old.document.text),
            "new_sentence": new_sentence.slice(new.document.text),
        },
        factual=True,
    )
