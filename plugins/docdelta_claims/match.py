"""Claims of two documents, paired by value, subject and frame, each pair given a status.

Statuses: ``same`` (equal values or intervals), ``compatible`` (the intervals overlap:
``over 100`` and ``123``; a date without a year and the same day with one; a round length of time
and the same told in a finer unit: ``three years`` is half a year either side, and whole years gone
by are cut down as often as rounded, so ``four years`` meets ``1,644 days``; in one unit two lengths
as written that differ are two figures: ``seven years`` / ``seven and a half years``), ``changed``
(the same quantity with values that cannot both be true, or two bounds of one kind that
differ: ``at least 632`` dead, later ``at least 2,012``; or two estimates in a sentence otherwise
kept: ``about 10,000`` revised to ``about 9,000``), ``differs`` (values that differ
for what may be the same quantity: the frames agree in part; and a vague plural within a factor
of two of the other figure, ``thousands`` / ``more than 10,000``), ``removed`` (OLD only) and
``added`` (NEW only).

Pairing is greedy and one-to-one, in tiers from the safest to the boldest; within a
tier the candidates are taken best first (subject agreement, then the closer status,
then the overlap of the sentences' words, then text order):

1. equal values in aligned blocks (blocks the diff paired, moved ones included);
2. equal values anywhere, for the same subject (or the same context when a side has none); equal
   dates anywhere (a date has no subject: ``January 1, 2024`` is one day wherever it is written),
   and a particular figure each side states once (``204`` lawmakers in favour / voted ``204`` to
   85: not round, not small, :func:`_distinctive`);
3. any values in aligned blocks, for the same subject (or, without one, a similar context);
4. compatible values anywhere, for the same subject (dates, which have none: the same day
   written with and without its year), unless their frames say two quantities;
5. what is left, by frames (:mod:`docdelta_claims.frame`): claims that share a counted thing,
   a predicate or a subject's head, whose frames conflict nowhere (no other explicit time, no
   other predicate, no other names) and agree in the thing or the predicate: ``changed`` with a
   second slot in common and no explicit time on one side only (a day on one side of a running
   count is no such time), else ``differs``; a thing of one kind of people against people in
   general (``894 election workers`` / ``eight people``) is at most ``differs``; the only count
   of a running kind left on each side (``injuring 732`` / ``3,408 people were injured``) is
   ``changed``, as is the one count of those held, near in size (``leaves 15 detainees`` / ``now
   holds 14 men``); so is the one figure each side gives for a counted thing (not people in general),
   with no time on one side only (``All 171 passengers`` / ``carrying 174 passengers``); a
   population, or two ages of one person, differing is ``changed``, as is the one measure of a
   dimension and an act left on each side (``lost more than 100 pounds`` / ``lost about 70 pounds``);
   equal values first. A count beside those already counted (``four other Americans``, ``12 more
   bodies``) pairs by frames only inside one edited sentence.

Then counts still alone in two sentences that other pairs of figures link (the quakes and the
dead of one report meet those of another) pair where one predicate each has there says what they
count (:func:`_pair_in_linked_sentences`; the evidence names the linking pairs, ``linked_by``;
the pass runs again before the last, where the pairs the passes after it made link more sentences).
Where only the verb vouches for them, not a toll's nor a level's verb nor a moment the link told
otherwise, such a pair is ``differs``: two figures of one verb are as often two as one told twice.
Claims still alone in two sentences worded alike meet where each is the one figure of a few words
replaced by the other, the words around them the same (``released Rosales and five other opposition
activists before dawn`` / ``freed Rosales and six other opponents of the government before dawn``:
:func:`_pair_in_twin_sentences`; the evidence gives the sentences' likeness, ``worded_alike``).
An act of one size told with another month (``In March, 80 prisoners were freed`` / ``one in
April, when 80 people were released``: equal values, one predicate, not a running count) is one
act, and the one time left alone in each of its sentences is its moment told twice
(:func:`_pair_moments_of_one_act`: March / April, ``changed``, ``linked_by`` the figures). The
one date each side gives one person's act of a kind (taken into custody, judged, freed) is that
act dated twice (:func:`_pair_dates_of_one_person`: ``detained in October 2022`` / ``in custody
since September 2022``, the evidence naming the ``person``); a date of one of several acts of its
kind (``first sentenced him in 2013``) meets only one marked alike (:func:`_one_of_several`). The
one month of a year (of no year; the one day of a month) each side leaves alone, a month (a day)
apart, is one moment told twice where the frames say no two acts, as is the one time of day, hours
apart at most (:func:`_pair_lone_moments`: ``based in Gaza since April 2004`` / ``moved to Gaza in
March 2004``; ``struck at 7:49 a.m.`` / ``hit at 7:39 a.m.``). A
measure (or sum) left alone one slip from the other side's, the one such pair among the few of its
unit and length (``6,825-ton`` / ``6,852-ton``), is one figure mistyped, as is such a count of one
thing, or a length, with two neighbouring digits swapped (``3,094 people`` / ``3,049 people``;
``1,548 days`` / ``1,458 days``) (:func:`_pair_slips`). The one rank in a series each side
leaves alone, near the other's (``the 49th exchange since the invasion`` / ``the 50th exchange of
the war``), is one event's place told twice (:func:`_pair_ranks_in_a_series`); so is the one age
each side leaves alone, a year or two from the other's, one person's (:func:`_pair_lone_ages`). These later passes
share one :class:`_Ledger` of what is paired so far, and run in the order of :data:`_LATER_PASSES`;
a ``changed`` or ``differs`` pair's evidence names the pass that met it (``paired_by``: ``tiers``
for the tiers, else the pass's name without ``_pair_``), so that the precision of each is measured
(``benchmarks/facts.py --by-pass``). In
aligned blocks, rival partners are put by their frames first (:func:`_rivals_by_frames`); a Title
Case headline the diff aligns with a paragraph is no edit of it. Two figures of two roles of a
change, its size and a level (``cut the term by three years`` / ``to five years``), or the level it
left and the one it reached (``from 8`` / ``to 12``), are no pair (:func:`_roles_of_a_change`). Two claims that agree only
through an open bound far from the other's figure (``at least 1,444`` / ``more than 3,700``) are
no pair (:func:`_far_bounds`); two counts across reports more than three times apart, of no toll,
crowd or population, are at most ``differs`` (:data:`_APART`), more than ten times apart no pair;
so is a pair across reports of which one figure also stands, told alike, in the other report as
another claim (:func:`_crossed_figures_differ`). Among
frames alike in as many slots, a pair they vouch for is taken before one they only allow, and
one whose frames both name someone (or both no one) before a named part beside an unnamed total.
Last, a figure each side states twice (a headline and its lede) is paired in text order, first
with first (:func:`_in_text_order`), where the tiers left it crossed or half paired; and a figure
left alone that restates, in its own report, a figure paired as ``changed`` is changed against the
same partner (:func:`_restated_changes`: a headline's ``238`` and its lede's ``238`` both against
``252``; the evidence names the restated figure, ``restates``; not a paragraph restating its
headline where the headlines tell the change): the one pairing that shares a claim;
where both reports restate the pair, the two restatements pair with each other; a pair that only
overlaps (``After 2 Years`` / ``After 735 Days``) is changed against a restatement of one side
that its partner cannot be (``nearly two years``).

A pair whose values differ is ``changed`` in tier 3 where the alignment vouches for it (one
sentence, edited: its time and names may move with the figure, not its predicate: ``fell`` /
``rose``); elsewhere only on its frames. Values are never taken as "changed" across unrelated
sentences on the strength of the number alone. Frames are read only for claims left unpaired
by value (a comparison whose claims all pair by value reads none). Candidates come from aligned
blocks, equal values, shared head nouns and shared frame slots only, and a large group (or a
large pair of aligned blocks) is searched within a window of ranks (:data:`WINDOW`), so the work
grows linearly with the text.

A correction notice (``This story has been corrected to give her age as 51, not 47``), and every
sentence of a paragraph it opens, restates a figure and the value it replaced; its claims pair only
with another notice's, never with the story's (:data:`_NOTICE`), but for a figure the story no
longer states, which may meet the one a note's own sentence states in its stead.
"""

from __future__ import annotations

import bisect
import difflib
import itertools
import math
import re
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from types import ModuleType
from typing import TYPE_CHECKING, Any

from attrs import define, evolve

from docdelta.spelling import fold
from docdelta_claims.extract import _WEEKDAYS, SPAN_OPENER, Claim, sentences, title_case
from docdelta_claims.numbers import _NUMBER_WORDS, CAPITAL, GROUPING_SPACES, SCALES, SHORT_SCALES, lazy_pattern

if TYPE_CHECKING:
    from docdelta import Document
    from docdelta_claims.frame import Agreement, Frame

__all__ = [
    "ALL_PAIRS",
    "CONTEXT_THRESHOLD",
    "EDITED_THRESHOLD",
    "FrameCache",
    "STATUSES",
    "WINDOW",
    "Pairing",
    "comparable",
    "pair_claims",
    "relation",
]

#: Statuses, the most important first (the order findings are emitted in).
STATUSES = ("changed", "removed", "added", "differs", "compatible", "same")

#: Word overlap (Jaccard) of two sentences' contexts that stands in for a missing subject.
CONTEXT_THRESHOLD = 0.3

#: Word overlap of two claims' contexts in aligned blocks above which they stand in one sentence,
#: edited: the alignment pairs them even where the edit moved their time ("rose to 67 on Friday"
#: / "rose to 80 on Saturday").
EDITED_THRESHOLD = 0.5
#: How alike two sentences in paragraphs the diff did not align must be to be one sentence edited
#: and moved (its figures then pair as in aligned blocks).
_MOVED = 0.7


@define(frozen=True)
class Pairing:
    """A claim of OLD, of NEW, or of both, and its status.

    ``evidence``, for a ``changed`` or ``differs`` pair: what says the two claims state one
    quantity (see :func:`evidence`); ``None`` otherwise.
    """

    old: Claim | None
    new: Claim | None
    status: str
    evidence: dict[str, object] | None = None


def comparable(a: Claim, b: Claim) -> bool:
    """Same category and a unit of the same dimension (days and hours, not days and km); or a year
    and a date with a year (``in 2020`` / ``in May 2019``). A weekday and a calendar date are two
    kinds of time: ``on Wednesday`` is no other value of ``in May 2022``."""
    if a.category == b.category:
        if a.category == "date" and _weekday(a) != _weekday(b):
            return False
        return a.dimension == b.dimension or (a.category == "money" and _one_currency(a.dimension, b.dimension))
    return {a.category, b.category} == {"date", "year"} and _year_parts(a) is not None and _year_parts(b) is not None


def _weekday(claim: Claim) -> bool:
    """A weekday's value is its name; a calendar date's is ISO (digits and dashes)."""
    return str(claim.value).isalpha()


_STEPS = frozenset("day days night nights week weeks".split())


def _step(claim: Claim) -> bool:
    """Whether a claim ranks a day or a week of a story ("the second day of the exchange")."""
    if claim.category != "ordinal":
        return False
    following = claim.sentence[claim.position + len(claim.text) :].split(None, 1)
    return bool(following) and following[0].strip(",.;:").lower() in _STEPS


#: A year, or a word of an earlier time, right before an anniversary: "and in 2012, for the 51st
#: anniversary", "last year's 50th anniversary": an earlier one's.
_EARLIER_BEFORE = re.compile(r"\b(?:1[89]\d\d|20\d\d|last\s+year|previous|earlier|former)\b", re.IGNORECASE)


def _anniversary(claim: Claim) -> bool:
    """Whether a claim ranks an anniversary ("the 33rd anniversary of"), not an earlier one's."""
    return (
        claim.category == "ordinal"
        and claim.sentence[claim.position + len(claim.text) :].lstrip().lower().startswith("anniversary")
        and not _EARLIER_BEFORE.search(claim.sentence, max(0, claim.position - 40), claim.position)
    )


def _kind(claim: Claim) -> str:
    """What a claim states: a moment (a year or a date), else its category."""
    return "time" if claim.category in ("date", "year") else claim.category


def _year_parts(claim: Claim) -> tuple[str | None, ...] | None:
    """A year or a date as (year, month, day), ``None`` for a decade or a date without a year."""
    if claim.category == "year":
        return (str(claim.value), None, None) if isinstance(claim.value, int) else None
    if _weekday(claim):
        return None  # "on Tuesday" is in no year
    parts = _date_parts(str(claim.value))
    return parts if parts[0] else None


def _date_parts(value: str) -> tuple[str | None, ...]:
    year, _, rest = value.partition("-")
    if value.startswith("--"):
        year, rest = "", value[2:]
    parts = rest.split("-")
    return (year or None, parts[0] if parts else None, parts[1] if len(parts) > 1 else None)


def _days_meet(a: str, b: str) -> bool:
    """Whether two days of a month meet, one of them a span that holds the other ("January 4 to 7",
    ``04/07``, holds "January 4"; "January 4 to January 7" is read as two days)."""
    if "/" not in a + b or not (a + b).replace("/", "").isdigit():
        return False
    (first_a, last_a), (first_b, last_b) = (_day_span(day) for day in (a, b))
    return first_a <= last_b and first_b <= last_a


def _day_span(day: str) -> tuple[int, int]:
    """The first and last day of a day or a span of days (``04`` is 4 to 4, ``04/07`` 4 to 7)."""
    first, _, last = day.partition("/")
    return int(first), int(last or first)


#: How far (in characters) a count of many may stand from the time its tally runs from.
_TALLY_REACH = 80
#: Acts a date of someone's custody may be told with (held, detained, seized on that day).
_TAKEN_INTO_CUSTODY = frozenset({"hold", "arrest", "abduct"})
#: The words before a date that open a span ("from Dec. 4") or close it ("running to Jan. 3").
_SPAN_START = re.compile(r"\b(?:from|since|starting|beginning|between)\s+(?:on\s+)?$", re.IGNORECASE)
# ("between August and November": the second end of a span told with "between")
_SPAN_END = re.compile(
    r"\b(?:to|until|till|through|ending|ends|expires|expiring|between\s+[\w.,’' -]{1,30}?\s+and)\s+(?:on\s+)?$", re.IGNORECASE
)
#: The words before the second end of a span told with both: "from December 2015 to", "between March and".
_SPAN_OPENED = lazy_pattern(r"\b(?:from|between)\s+[\w.,’' -]{1,30}?\s+(?:to|until|till|through|and)\s+$", re.IGNORECASE)
#: What follows the first end of such a span: "December 2015 to".
_TO_NEXT = lazy_pattern(r",?\s+(?:to|until|till|through|and)\s", re.IGNORECASE)
#: A count with no noun of its own, placed: "and nine from graves", "and 14 in the capital".
_PLACED_AFTER = re.compile(r"\s+(?:from|in|at|inside|near)\s")
#: What joins two counts with nouns of their own as kinds of one whole: "civilians and", "soldiers,".
_KINDS_JOINED = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*(?:,?\s+and|,)\s+")
#: A perfect tense near a figure ("have since searched 1,500 homes", "1,000 have been freed"): a total so far.
#: (An auxiliary of the perfect, then up to three words, right before a figure.)
_AUXILIARY_BEFORE = r"\b(?:{})\b(?:\s+[\w-]+){{0,3}}\s+$"
_PERFECT_BEFORE = re.compile(_AUXILIARY_BEFORE.format("has|have|had"), re.IGNORECASE)
_PERFECT_AFTER = re.compile(r"(?:\s+[\w-]+){0,3}?\s+(?:has|have|had)\b", re.IGNORECASE)


def _kinds_listed(first: Claim, second: Claim) -> bool:
    """Whether two claims, in text order, stand in one list of kinds ("three soldiers and two police
    officers"), the second no part of the first ("ten people, two of them police officers")."""
    between = first.sentence[first.position + len(first.text) : second.position]
    return first.sentence == second.sentence and _KINDS_JOINED.fullmatch(between) is not None and not _frames().anaphoric(second)


def _named_apart(old_claim: Claim, old_frame: Frame, new_claim: Claim, new_frame: Frame) -> bool:
    """Whether the one side's time is of someone its own sentence names as another: the other
    side dates that person's act, and this side names them too, but not as whose act its time
    dates ("The two were arrested on Nov. 21, two days after their friend, the writer Juergen
    Fuchs" / "Fuchs, who was arrested on Nov. 19": Fuchs's arrest and the two's)."""
    return any(
        other.names and not frame.names and set(other.names) <= _frames().sentence_words(claim.sentence)
        for claim, frame, other in ((old_claim, old_frame, new_frame), (new_claim, new_frame, old_frame))
    )


def _told_on(claim: Claim) -> bool:
    """Whether a time is the day a report or a statement was told: a dateline's, or "said on Friday"."""
    return _frames().in_dateline(claim) or _frames().reported_on(claim)


def _an_act_against_a_telling(a: Claim, b: Claim) -> bool:
    """Whether one time dates a statement ("Bahrain said on Monday it had detained four
    Americans") and the other an act, no telling near it ("were arrested in Bahrain on Sunday"):
    two moments, however alike their frames."""
    frames = _frames()
    return any(frames.reported_on(x) and not frames.reported_on(y) and not frames.told_near(y) for x, y in ((a, b), (b, a)))


def _perfect(claim: Claim) -> bool:
    """Whether a figure is told in a perfect tense, as a total so far ("police have searched more
    than 1,800 homes", "more than 1,000 detainees have been released")."""
    end = claim.position + len(claim.text)
    return bool(_PERFECT_BEFORE.search(claim.sentence, max(0, claim.position - 40), claim.position) or _PERFECT_AFTER.match(claim.sentence, end))


#: The words before a date that make it a bound of a time ("not before Thursday, January 26",
#: "by March 3", "no later than May 1"), not the day of an act.
_BOUND_BEFORE = re.compile(
    rf"\b(?:before|by|no\s+later\s+than|no\s+earlier\s+than)\s+(?:(?:{'|'.join(_WEEKDAYS)}),?\s+)?$"
)


def _bound(claim: Claim) -> bool:
    """Whether a date is a bound of a time (see :data:`_BOUND_BEFORE`)."""
    return _BOUND_BEFORE.search(claim.sentence, max(0, claim.position - 32), claim.position) is not None


def _date_role(claim: Claim) -> str:
    """``start`` for a date that opens a span ("from Dec. 4", "since March"), ``end`` for one that
    closes it ("running to Jan. 3", "until Friday"), else ""."""
    before = claim.sentence[max(0, claim.position - 20) : claim.position]
    return "start" if _SPAN_START.search(before) else "end" if _SPAN_END.search(before) else ""


#: What ends a clause around a figure: a comma, a semicolon or colon, a bracket, a dash, or "and" / "but" / "while" / "whereas".
_CLAUSE_EDGE = re.compile(r"[,;:()\u2013\u2014]|\s(?:and|but|while|whereas)\s|\s-\s")
#: How many words besides its figure a clause needs for its being kept to say it is one statement.
CLAUSE_KEPT_WORDS = 4


def _clause_kept(a: Claim, b: Claim) -> bool:
    """Whether two figures stand in one clause told word for word but for the figure (the words
    between the clause edges around each, :data:`_CLAUSE_EDGE`), of :data:`CLAUSE_KEPT_WORDS` words
    or more."""
    clauses = []
    for claim in (a, b):
        sentence, start, end = claim.sentence, claim.position, claim.position + len(claim.text)
        edges = list(_CLAUSE_EDGE.finditer(sentence))
        left = max((m.end() for m in edges if m.end() <= start), default=0)
        right = min((m.start() for m in edges if m.start() >= end), default=len(sentence))
        clauses.append((sentence[left:start] + " # " + sentence[end:right]).lower().split())
    return clauses[0] == clauses[1] and len(clauses[0]) > CLAUSE_KEPT_WORDS


def _one_currency(a: str, b: str) -> bool:
    """Whether two currencies written as words are one, the one with its country and the one
    without ("1.9 billion Ugandan shillings" / "1.8 billion shillings"): a report names the
    currency of its story's country once, if at all."""
    return a.endswith(" " + b) or b.endswith(" " + a)


def _span_end(claim: Claim) -> bool:
    """Whether a date is one end of a span told with both ("from December 2015 to August 2020",
    "between March and May"): the span's edge, no act's moment (one end alone often is one: "not
    released until September 2003", "a verdict from July")."""
    before = claim.sentence[max(0, claim.position - 40) : claim.position]
    after = claim.sentence[claim.position + len(claim.text) : claim.position + len(claim.text) + 12]
    return _SPAN_OPENED().search(before) is not None or (SPAN_OPENER().search(before) is not None and _TO_NEXT().match(after) is not None)


def _years_apart(a: Claim, b: Claim) -> int:
    """How many years two dates that both give their year lie apart (0 where one gives none)."""
    years = [_date_parts(str(c.value))[0] for c in (a, b)]
    if not all(year and year.isdigit() for year in years):
        return 0
    return abs(int(years[0]) - int(years[1]))  # type: ignore[arg-type]


#: A figure written with decimals: "44.40", "6.0".
_DECIMALS = re.compile(r"\d\.(\d+)")


def _places(claim: Claim) -> int:
    """How many decimals a figure is told to: as written ("44.40" two, "6.0" one: a written zero
    is a digit of the figure), else as its value has them ("three and a half": one)."""
    written = _DECIMALS.search(claim.text)
    return len(written.group(1)) if written else _value_places(claim.value)  # type: ignore[arg-type]


def _value_places(value: float) -> int:
    """How many decimals a value has (3.5: one; 20.0: none)."""
    return len(repr(float(value)).partition(".")[2].rstrip("0"))


#: Units a length of time is rounded to: "three years" is about three years, not 1,095 days to the day.
_ROUND_UNITS = frozenset({"week", "month", "year", "decade"})

#: Units whose whole numbers may be cut down, not rounded, against a finer unit (as ages are).
_CUT_DOWN_UNITS = frozenset({"year", "decade"})


def _bounds(claim: Claim, against: Claim | None = None) -> tuple[float, float, bool, bool]:
    """A claim's interval in its dimension's base unit: low, high, and whether each end is open.
    ``against``: the claim it is weighed against; told in a finer unit, it lets whole years be cut down."""
    low = float("-inf") if claim.low is None else claim.low * claim.factor
    high = float("inf") if claim.high is None else claim.high * claim.factor
    if claim.category == "duration" and claim.unit in _ROUND_UNITS and claim.qualifier is None and low == high:
        # Half a unit either side: "three years" meets "more than 1,100 days", not "four years";
        # half of the last decimal where it has one ("7.5 years", "three and a half years" are
        # told to a tenth of a year: not "7.8 years").
        places = _places(claim)
        half = claim.factor / 2 * 10.0**-places
        if places == 0 and claim.unit in _CUT_DOWN_UNITS and against is not None and against.factor < claim.factor:
            # Years gone by are told in whole years cut down as often as rounded: "four years in
            # jail" for 1,644 days (four and a half) is not a second figure; "20 months" is still
            # not "two years", nor "three years" "four years" (both in whole years).
            return low - half, high + claim.factor, True, True
        return low - half, high + half, True, True
    return low, high, claim.low_open, claim.high_open


def _bound_kind(claim: Claim) -> tuple[bool, ...] | None:
    """The shape of a qualified number's interval (``over``, ``at least``, ``about``, ``nearly``...),
    ``None`` for an exact number or a range."""
    if claim.qualifier is None or not isinstance(claim.value, (int, float)) or claim.low == claim.high:
        return None
    return (claim.low is None, claim.high is None, claim.low_open, claim.high_open, claim.low == claim.value)


#: How many minutes a time told as a whole hour ("9 a.m.") may round away: within them, another
#: report's minute ("9:02 a.m.") tells the same moment more closely.
_HOUR_ROUNDS = 5


def _hour_rounding(a: Claim, b: Claim) -> bool:
    """Whether one of two exact times of day is a whole hour the other, told to the minute, lies
    within :data:`_HOUR_ROUNDS` of."""
    minutes = [int(c.low or 0) for c in (a, b)]
    return [m % 60 == 0 for m in minutes].count(True) == 1 and abs(minutes[0] - minutes[1]) <= _HOUR_ROUNDS


def relation(old: Claim, new: Claim) -> str:
    """``same``, ``compatible`` or ``changed`` for two comparable claims."""
    if old.category == "clock":
        if (old.low, old.high) == (new.low, new.high):  # (a time's span is closed: see extract._clock_interval)
            return "same"
        if old.qualifier is None is new.qualifier and _hour_rounding(old, new):
            return "compatible"  # "left the station at 9 a.m." / "at 9:02 a.m.": the hour, rounded
        if old.qualifier == new.qualifier:
            # two times told alike but for the figure ("at about 1:45 p.m." / "at about 1:40
            # p.m.", "by 5 a.m." / "by 8 a.m."): two moments, though their spans meet, as two
            # bounds of one kind are two figures
            return "changed"
        return "compatible" if _overlap(_bounds(old), _bounds(new)) else "changed"
    if "date" in (old.category, new.category):
        if old.value == new.value:
            return "same"
        if old.category != new.category:
            pairs = zip(_year_parts(old) or (), _year_parts(new) or (), strict=True)
        else:
            pairs = zip(_date_parts(str(old.value)), _date_parts(str(new.value)), strict=True)
        return "compatible" if all(a is None or b is None or a == b or _days_meet(a, b) for a, b in pairs) else "changed"
    a, b = _bounds(old, new), _bounds(new, old)
    kinds = _bound_kind(old), _bound_kind(new)
    if kinds[0] is not None and kinds[0] == kinds[1] and a != b and (old.unit == new.unit or _apart_by_a_tenth(old, new)) and not _coarser_covers(old, new):
        # "at least 632" dead, later "at least 2,012": two figures, not one interval; in two units
        # ("about three months" / "about 90 days") one figure told otherwise, as its interval says.
        return "changed"
    # (open the same way and bounded at their own values: only whether the bound is included differs)
    one_way = kinds[0] is not None and kinds[1] is not None and kinds[0][:2] == kinds[1][:2] and kinds[0][-1] == kinds[1][-1]
    if one_way and old.unit == new.unit and _apart_by_a_tenth(old, new):
        # Two floors, one open and one not, far apart: "At Least 436" dead, later "Passes 650", is
        # a toll updated ("more than 220" / "at least 227" may be one figure).
        return "changed"
    same_value = (old.value is None and new.value is None) or (
        isinstance(old.value, (int, float))
        and isinstance(new.value, (int, float))
        and old.value * old.factor == new.value * new.factor
    )
    exact = old.qualifier is None and new.qualifier is None and old.low == old.high and new.low == new.high
    if same_value and (a == b or (exact and old.value is not None)):
        return "same"  # ("a week" and "seven days": one length, though a week alone is read as about a week)
    if exact and old.category == new.category == "duration" and old.unit == new.unit and old.value != new.value:
        # "seven years" / "seven and a half years": two figures in one unit; a length is rounded
        # only to be weighed against another unit ("three years" / "more than 1,100 days")
        return "changed"
    overlap = _overlap(a, b)
    converted = exact and old.unit != new.unit and _converts_to(old, new)
    return "compatible" if overlap or converted or (exact and _rounds_to(old, new)) else "changed"


def _overlap(a: tuple[float, float, bool, bool], b: tuple[float, float, bool, bool]) -> bool:
    """Whether two intervals (:func:`_bounds`) share a value."""
    touching_open = (a[0] == b[1] and (a[2] or b[3])) or (b[0] == a[1] and (b[2] or a[3]))
    return a[0] <= b[1] and b[0] <= a[1] and not touching_open


def _overlapping_shapes(a: Claim, b: Claim) -> bool:
    """Whether two bounds of two shapes overlap ("more than 12,000" / "at least 316"): their
    relation may be ``changed`` (far floors) though both can be true."""
    return _bound_kind(a) != _bound_kind(b) and _overlap(_bounds(a), _bounds(b))


def _in_headline(claim: Claim) -> bool:
    """Whether a claim stands in a document's Title Case headline (its first block)."""
    return claim.block == 0 and title_case(claim.sentence)


def _apart_by_a_tenth(a: Claim, b: Claim) -> bool:
    """Whether two figures differ by more than a tenth of the larger ("436" / "650"; not "220" / "227")."""
    values = sorted(abs(c.value * c.factor) for c in (a, b) if isinstance(c.value, (int, float)))
    return len(values) == 2 and values[1] - values[0] > values[1] / 10


def _converts_to(a: Claim, b: Claim) -> bool:
    """Whether two exact figures in two units of one measure are one figure converted ("20-meter" /
    "66-foot"): each stands for half a unit of its last written digit either side, and they meet."""
    if a.category != "measure" or not all(isinstance(c.value, (int, float)) for c in (a, b)):
        return False

    def span(claim: Claim) -> tuple[float, float]:
        step = 10.0 ** -_value_places(claim.value)  # type: ignore[arg-type]
        return (claim.value - step / 2) * claim.factor, (claim.value + step / 2) * claim.factor

    (low_a, high_a), (low_b, high_b) = span(a), span(b)
    return low_a <= high_b and low_b <= high_a


def _coarser_covers(a: Claim, b: Claim) -> bool:
    """Whether two estimates ("about 100 km" / "some 105 km") are one figure rounded twice: the
    rounder one is the other rounded to its own last non-zero digit, within a tenth of it; "about
    15 million" / "about 16 million", rounded alike, are two."""
    approximate = all(c.qualifier and c.low is not None and c.high is not None and isinstance(c.value, int) and c.value > 0 for c in (a, b))
    if not approximate:
        return False  # ("more than 100" / "more than 120": two floors, not one figure rounded)
    values = sorted((int(a.value * a.factor), int(b.value * b.factor)), key=lambda v: len(str(v)) - len(str(v).rstrip("0")))
    fine, coarse = values
    step = 10 ** (len(str(coarse)) - len(str(coarse).rstrip("0")))
    # (within a tenth: "About 30,000 evacuees" / "About 26,000" is a count updated, not rounded)
    return step > 1 and fine % step != 0 and round(fine / step) * step == coarse and abs(fine - coarse) < coarse / 10


def _rounded_alike(a: Claim, b: Claim) -> bool:
    """Whether a round figure in millions and the same figure approached ("6 million" / "nearly 6
    million") say one figure: the round one is rounded itself, so "nearly" says no other value."""
    values = [c.value * c.factor for c in (a, b) if isinstance(c.value, (int, float))]
    qualifiers = sorted((a.qualifier or "", b.qualifier or ""))
    return len(values) == 2 and values[0] == values[1] >= 1_000_000 and qualifiers[0] == "" and qualifiers[1] in ("almost", "nearly")


#: A figure written in digits and a scale word the extractor reads (:data:`SCALES`, :data:`SHORT_SCALES`):
#: "$17.3 million", "2.5bn".
_SCALED = re.compile(
    rf"(\d+(?:\.\d+)?)\s*-?(?:{'|'.join(sorted({*SCALES, *SHORT_SCALES}, key=len, reverse=True))})\b", re.IGNORECASE
)

#: How far apart a figure in millions (billions) and another rounded to it may be: "$17 million"
#: for "$17.3 million" is that sum rounded; "$1 million" for "$1.2 million" is another sum.
_SCALED_ROUNDING = 0.05


def _scale(claim: Claim) -> float:
    """What a figure's written digits are counted in: 1,000,000 for "$17.3 million", else 1."""
    written = _SCALED.search(claim.text)
    if written is None or not isinstance(claim.value, (int, float)) or not float(written.group(1)) or not claim.value:
        return 1.0
    # (a power of ten: 2,300,000 / 2.3 is 1,000,000.0000000001 in floating point)
    return 10.0 ** round(math.log10(abs(claim.value / float(written.group(1)))))


def _rounds_to(a: Claim, b: Claim) -> bool:
    """Whether one exact figure is the other rounded to fewer decimals (58.59% and 58.6%, in one
    unit; not "6.0" and "6.3", both told to a tenth); in millions or billions, decimals of the
    millions, within :data:`_SCALED_ROUNDING` of each other ("$17 million" / "$17.3 million")."""
    if a.factor != b.factor or not all(isinstance(c.value, float) or isinstance(c.value, int) for c in (a, b)):
        return False
    scales = _scale(a), _scale(b)
    if scales[0] != scales[1]:
        return False
    places = [_places(c) for c in (a, b)]
    if places[0] == places[1]:
        return False
    coarse, fine = (a, b) if places[0] < places[1] else (b, a)
    scale = scales[0]
    if scale > 1 and abs(fine.value - coarse.value) > _SCALED_ROUNDING * abs(fine.value):
        return False
    return round(float(fine.value) / scale, min(places)) == float(coarse.value) / scale


#: Days in a month on average: a month told in days may be a day longer or shorter.
_MEAN_MONTH_DAYS = 30.44


def _two_terms(a: Claim, b: Claim) -> bool:
    """Whether two plain lengths (no "about", no "more than") differ: read as a round unit each is
    half a unit either way ("three years" / "three and a half years" meet), but a term a court
    gives is told exactly."""
    plain = all(c.category == "duration" and c.qualifier is None and isinstance(c.value, (int, float)) for c in (a, b))
    if not plain:
        return False
    lengths = sorted(c.value * c.factor for c in (a, b))  # type: ignore[operator]
    if a.unit == b.unit:
        return lengths[0] != lengths[1]
    # Told in two units ("two and a half months" / "two months and 15 days"), one term converted:
    # months are not all of one length, so the two meet within a day a month (and half the finer unit).
    return lengths[1] - lengths[0] > min(a.factor, b.factor) / 2 + lengths[1] / _MEAN_MONTH_DAYS


#: A name and "and" right before a count of others: "Tehran and 11 other cities".
_NAMED_AND = re.compile(r"\b[A-Z][\w'’-]*(?:,\s+[^,;]{1,60},)?\s+and\s+$")  # ("Mohamed Badie, the general guide, and 682 other defendants")


def _confirmed_as_it_grows(a: Claim, b: Claim, found: Agreement, frame_a: Frame, frame_b: Frame) -> bool:
    """Whether two counts are floors of one count of one act told on two days ("At least 87
    political prisoners were among those freed on Friday" / "said on Tuesday it had now confirmed
    that at least 127 were freed"): a count confirmed as it grows, as a toll is."""
    floors = a.category == b.category == "count" and all(c.high is None and c.low is not None for c in (a, b))
    return floors and found.time_moved and "predicate" in found.matched and _dated_by_day(frame_a, frame_b)


def _two_estimates(a: Claim, b: Claim) -> bool:
    """Whether two approximate figures ("about 15 million", "some 16 million") give two values:
    their intervals may overlap, but each says what the figure is near, and they say it otherwise
    (an exact figure inside an estimate agrees with it: "roughly 40 million" / "38 million")."""
    if not all(isinstance(c.value, (int, float)) and c.low is not None and c.high is not None and c.low < c.value < c.high for c in (a, b)):
        return False
    return float(a.value) * a.factor != float(b.value) * b.factor  # type: ignore[arg-type]


#: A country's population, not a place's within it: "the country", "the nation" in the sentence,
#: and no smaller place ("the capital, home to 2 million of the country's 9 million").
_THE_COUNTRY = re.compile(r"\b(?:country|nation)(?:'s|’s)?\b", re.IGNORECASE)
_SMALLER_PLACE = re.compile(r"\b(?:city|cities|town|village|region|province|state|district|island|capital|county|municipality)\b", re.IGNORECASE)


def _of_the_country(claim: Claim) -> bool:
    """Whether a population is told of "the country" (or "the nation") and of no smaller place."""
    return _THE_COUNTRY.search(claim.sentence) is not None and _SMALLER_PLACE.search(claim.sentence) is None


def _two_ranges(a: Claim, b: Claim) -> bool:
    """Whether two ranges ("between 400 and 750", "three to 15 years") are two: they may overlap,
    but each gives its own ends, and an end revised ("between 460 and 750") is a figure revised."""
    ends = [(c.low * c.factor, c.high * c.factor) for c in (a, b) if c.value is None and c.low is not None and c.high is not None]
    return len(ends) == 2 and ends[0] != ends[1]


def _per_head(claim: Claim) -> bool:
    """Whether a sum is told per person ("$330,000 bail each", "price per prisoner"), or a count per
    one of several ("five members from each side", "24 seats each"), not in all."""
    if claim.category == "count":
        return _frames().counted_for_each(claim)
    return claim.category == "money" and bool(_frames().paid_for_each(claim))


#: :func:`_subject_agreement` of two claims counting one subject.
SUBJECT_AGREES = 2


def _subject_agreement(a: Claim, b: Claim) -> int:
    """2 for the same subject, 1 for the same head noun (or two of one class: "dissidents" /
    "political prisoners"), 0 for none, -1 for different subjects."""
    if not a.key or not b.key:
        return 0
    if a.key == b.key:
        return SUBJECT_AGREES
    return 1 if _frames().one_class(a.key.split()[-1], b.key.split()[-1]) else -1


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
    #: Equal values each side states once, too particular to meet by chance (:func:`_distinctive`).
    distinctive: bool = False
    #: Compatible only as two bounds open the same way, far apart (:func:`_far_bounds`).
    loose: bool = False
    #: So far apart that not even one paragraph rewritten holds them as one figure: ten times.
    remote: bool = False

    @property
    def related(self) -> bool:
        return _related(self.agreement, self.similarity)

    def order(self) -> tuple[int, int, float, int, int]:
        return (-self.agreement, -STATUSES.index(self.status), -self.similarity, self.old, self.new)


_TIERS: tuple[Callable[[_Candidate], bool], ...] = (
    lambda c: c.aligned and c.status == "same" and c.agreement >= 0,
    lambda c: c.status == "same" and (c.related or c.date or c.distinctive),
    # (not "at least 40 of its members" / "about 90,000 members"; "More than a million" / "3.5 million" may be one)
    lambda c: c.aligned and c.related and not c.remote,
    lambda c: c.status == "compatible" and (c.agreement > 0 or c.date) and not c.loose,
)

#: How far apart two figures found by their place alone may be and still be one figure told
#: again or updated (a ratio): "21 Months" / "22 Months", not "two years" / "15 years".
_NEAR_UPDATE = 1.5
#: How far apart two reckonings of those still held may be and still count them (a ratio, a little
#: over two: "at least 1,500" / "750 or more").
_HELD_ESTIMATES = 2.05


#: Before an age someone is about to be: "who turns 38 on Thursday", "will turn 60", "turning 50 next week".
_TURNING = re.compile(r"\b(?:turns|will\s+turn|is\s+to\s+turn|turning)\s+$")


def _turning_next(a: Claim, b: Claim) -> bool:
    """Whether one age is the one someone is about to be and the other a year less (:data:`_TURNING`)."""
    if not (isinstance(a.value, (int, float)) and isinstance(b.value, (int, float))):
        return False
    return any(
        older.value == younger.value + 1 and _TURNING.search(older.sentence, max(0, older.position - 12), older.position) is not None
        for younger, older in ((a, b), (b, a))
    )


#: An age told as the one someone is now ("Hussain, who is 36", "is now 36", ", now 36,").
_AGE_NOW = lazy_pattern(r"(?:\b(?:is|are)\s+(?:now\s+)?|\bnow\s+|\bturned\s+)$")
#: An age in apposition after a name ("Luke Symons, 30, was detained"): the age a report gives
#: someone now, unless its sentence tells a death (then it is the age at death: "Agents Jack Coler,
#: 28, and Ronald Williams, 26, were shot dead").
_APPOSED_AFTER_A_NAME = lazy_pattern(r"\b[A-Z][\w'’-]+,\s+$")
_A_DEATH = lazy_pattern(r"\b(?:killed|died|dead|shot|executed|murdered|death)\b")
#: An age told as the one someone had at an act ("was 18 when he flew", "were 20 when they were seized").
_AGE_THEN = lazy_pattern(r"\b(?:was|were)\s+(?:aged\s+|only\s+|just\s+)?$")


#: A present perfect right before a length of time: a stay that runs to the story's day ("has spent
#: more than six years in prison", "have been held for 14 months").
_UP_TO_NOW = lazy_pattern(_AUXILIARY_BEFORE.format("has|have"), re.IGNORECASE)  # (not "had": an earlier stay's)
#: Words that tell a stay in custody as an earlier one ("had been jailed once before, for three and a
#: half years", "was first imprisoned in 2001", "had already served a three-year sentence").
_EARLIER_STAY = lazy_pattern(
    r"\b(?:once\s+before|previously|already\s+served|first\s+(?:imprisoned|jailed|arrested|detained|sentenced|convicted))\b", re.IGNORECASE
)


def _two_stays(a: Claim, frame_a: Frame, b: Claim, frame_b: Frame) -> bool:
    """Whether two lengths of custody are two stays: one told in the present perfect, running to the
    story's day ("Labwani, who has spent six years in prison"), the other told as an earlier one
    ("was first imprisoned in 2001 ... and served three years", "jailed once before, for three and a
    half years"): two figures, not one told otherwise."""
    if not (a.category == b.category == "duration" and frame_a.predicate == frame_b.predicate == "hold"):
        return False

    def up_to_now(claim: Claim) -> bool:
        return _UP_TO_NOW().search(claim.sentence, max(0, claim.position - 40), claim.position) is not None

    # (a year in the other's clause is no mark of an earlier stay: "had served 16 years of a life
    # sentence for the 1991 killing" is the stay "has spent more than 18 years" tells otherwise)
    return any(up_to_now(x) and not up_to_now(y) and _EARLIER_STAY().search(y.sentence) is not None for x, y in ((a, b), (b, a)))


def _now_and_then(a: Claim, b: Claim) -> bool:
    """Whether one age is told as someone's now and the other as one's age when something happened
    ("Hussain, who is 36" / "was 18 when he flew to Pakistan"; "Luke Symons, 30, was detained" /
    "was 25 when he was detained"; "Erkel turned 34 on March 9" / "was 32 when he was taken"): two
    moments, two figures. (An age in apposition in a sentence that tells a death, "Williams, 26,
    were shot dead", is either: it meets both.)"""
    def told(claim: Claim, pattern: Callable[[], re.Pattern[str]]) -> bool:
        return pattern().search(claim.sentence, max(0, claim.position - 12), claim.position) is not None

    def then(claim: Claim) -> bool:
        return told(claim, _AGE_THEN) and claim.sentence.startswith(" when", claim.position + len(claim.text))

    def now(claim: Claim) -> bool:
        apposed = told(claim, _APPOSED_AFTER_A_NAME) and claim.sentence.startswith(",", claim.position + len(claim.text))
        return told(claim, _AGE_NOW) or (apposed and not _A_DEATH().search(claim.sentence))

    return any(now(a_now) and then(past) for a_now, past in ((a, b), (b, a)))


def _ages_near(a: Claim, b: Claim) -> bool:
    """Whether two ages lie at most two years apart: one person's, told a year or two off."""
    years = [c.value * c.factor for c in (a, b) if isinstance(c.value, (int, float))]
    return len(years) == 2 and abs(years[0] - years[1]) <= 2


def _near_update(a: Claim, b: Claim, ratio: float = _NEAR_UPDATE) -> bool:
    """Whether two figures lie within ``ratio`` (:data:`_NEAR_UPDATE`) of each other."""
    values = [c.value * c.factor for c in (a, b) if isinstance(c.value, (int, float))]
    if len(values) != 2 or min(values) <= 0:
        return False
    return max(values) <= ratio * min(values)


def _shifted(a: Claim, b: Claim) -> bool:
    """Whether two figures have the same digits, a power of ten apart ("3.7 million" / "37 million")."""
    values = [c.value * c.factor for c in (a, b) if isinstance(c.value, (int, float))]
    digits = {re.sub(r"\D", "", f"{v:.6e}".partition("e")[0]).rstrip("0") for v in values}
    return len(values) == 2 and values[0] != values[1] and len(digits) == 1


def _names_told_across(frame: Frame, other: Claim) -> bool:
    """Whether every name of a claim's frame stands in another claim's sentence too."""
    words = set(re.findall(r"[\w'’-]+", other.sentence.lower()))
    return bool(frame.names) and all(name in words for name in frame.names)


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


def _pair_unchanged(
    old: Sequence[Claim],
    new: Sequence[Claim],
    equal_runs: Sequence[tuple[int, int, int]],
    old_taken: _Taken,
    new_taken: set[int],
) -> None:
    """Claims in text the diff found equal, paired with the claim at the same place in the other
    text when it reads the same (its text, value and unit; a subject that is not another one, as
    in tier 1): ``same``. One walk over the claims and the runs, both in text order."""
    new_at = {claim.span.start: j for j, claim in enumerate(new)}
    runs = sorted(equal_runs)
    run = 0
    for i, claim in enumerate(old):
        while run < len(runs) and runs[run][0] + runs[run][2] <= claim.span.start:
            run += 1
        if run == len(runs):
            break
        old_start, new_start, length = runs[run]
        if not (old_start <= claim.span.start and claim.span.end <= old_start + length):
            continue
        j = new_at.get(new_start + claim.span.start - old_start)
        if j is None or j in new_taken:
            continue
        other = new[j]
        if other.text == claim.text and comparable(claim, other) and _subject_agreement(claim, other) >= 0:
            if relation(claim, other) == "same":
                old_taken[i] = (j, "same", None)
                new_taken.add(j)


def _aligned_pairs(
    old: Sequence[Claim],
    new: Sequence[Claim],
    aligned_blocks: Collection[tuple[int, int]],
    old_taken: Collection[int] = (),
    new_taken: Collection[int] = (),
) -> set[tuple[int, int]]:
    """Index pairs of claims in aligned blocks (those not taken yet): every pair of two small
    blocks; for a large pair of blocks (a table, a run-on line), each OLD claim with the NEW
    claims near its rank in the block and near its rank among equal values, so the work stays linear."""
    old_by_block: dict[int, list[int]] = {}
    new_by_block: dict[int, list[int]] = {}
    for by_block, claims, taken in ((old_by_block, old, old_taken), (new_by_block, new, new_taken)):
        for index, claim in enumerate(claims):
            if index not in taken:
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
    stated: tuple[Counter[object], Counter[object]] | None = None
    for i, j in indexes:
        a, b = old[i], new[j]
        if not comparable(a, b):
            continue
        aligned = (a.block, b.block) in aligned_blocks
        status = relation(a, b)
        agreement = _subject_agreement(a, b)
        # A time, paired as dates are: a date, or one year stated alike, whatever else each sentence
        # says ("has had no central government since 1991" / "has lacked one since 1991"): one year.
        date = a.category == b.category == "date" or (a.category == b.category == "year" and status == "same")
        distinctive = False
        if status == "same" and _distinctive(a) and _distinctive(b):  # stated particularly on both sides
            if stated is None:
                stated = Counter(map(_value_group, old)), Counter(map(_value_group, new))
            distinctive = stated[0][_value_group(a)] == stated[1][_value_group(b)] == 1
        if distinctive:
            candidates.append(_Candidate(i, j, aligned, status, agreement, 0.0, date=date, distinctive=True))
            continue
        if not aligned and not _may_pair_elsewhere(status, agreement, date):
            continue
        context_a = old_sets.get(i)
        if context_a is None:
            context_a = old_sets[i] = frozenset(a.context)
        context_b = new_sets.get(j)
        if context_b is None:
            context_b = new_sets[j] = frozenset(b.context)
        similarity = _likeness(context_a, context_b)
        if not aligned and not _may_pair_elsewhere(status, agreement, date, similarity):
            continue
        loose = status == "compatible" and _far_bounds(a, b)
        remote = loose and _far_bounds(a, b, 10)
        candidates.append(_Candidate(i, j, aligned, status, agreement, similarity, date=date, loose=loose, remote=remote))
    return candidates


def _far_bounds(a: Claim, b: Claim, ratio: float = 1.5) -> bool:
    """Whether two compatible claims agree only through an open bound, far from the other's
    figure ("at least 1,444" / "more than 3,700"; "more than 1,400" / "2,379"): both may be true of
    one quantity, which says nothing of whether it is one (where "at least 1,444" / "more than
    1,400" may well be one figure told twice)."""
    if a.high is None or b.high is None:
        ends = (a.low, b.low)  # from below: "more than", "at least"
    elif a.low is None or b.low is None:
        ends = (a.high, b.high)  # from above: "fewer than", "up to"
    else:
        return False
    if ends[0] is None or ends[1] is None or min(ends) <= 0:
        return False
    # in one unit: "more than five years" is 1,826 days, near "2,067 days"
    low, high = sorted((ends[0] * a.factor, ends[1] * b.factor))
    return high > ratio * low


def _distinctive(claim: Claim) -> bool:
    """Whether a figure is too particular for two reports to give it for two quantities by chance
    (``204`` lawmakers in favour / voted ``204`` to 85; ``$51.80``; ``£9,100``): not small, not a
    year or a date (which have rules of their own), and not round: round is a multiple of ten
    whose significant digits are one, or two ending in 5 (``5,000``, ``250``)."""
    value = claim.value
    if claim.category in ("year", "date", "ordinal", "age") or not isinstance(value, (int, float)):
        return False
    if value != int(value):
        return True
    # Its significant digits: "9,100" (91) and "1,126" are particular; "5,000", "250" and "40" are round.
    digits = str(int(value)).rstrip("0")
    return value > 10 and (len(digits) >= 3 or (len(digits) == 2 and digits[-1] not in "05") or value % 10 != 0)


def _likeness(a: frozenset[str], b: frozenset[str]) -> float:
    """How alike two sentences' content words are: the share of words in common (Jaccard), and
    at least :data:`EDITED_THRESHOLD` where one sentence's words (three or more) all stand in the
    other: a clause cut or added ("had confirmed in May that he was alive, and it thanked Moroccan
    authorities" / "had confirmed in June that he was alive") leaves one sentence, edited."""
    shared = len(a & b)
    union = len(a) + len(b) - shared
    likeness = shared / union if union else 0.0
    return max(likeness, EDITED_THRESHOLD) if shared == min(len(a), len(b)) >= 3 else likeness


def _related(agreement: int, similarity: float) -> bool:
    """Same subject, or no subject on a side and a similar context."""
    return agreement > 0 or (agreement == 0 and similarity >= CONTEXT_THRESHOLD)


def _may_pair_elsewhere(status: str, agreement: int, date: bool, similarity: float = 1.0) -> bool:
    """Whether tier 2 or 4 could take a pair outside aligned blocks (tiers 1 and 3 take aligned
    pairs only); with no ``similarity``, whether it could were its contexts alike. A test holds
    this to :data:`_TIERS`."""
    return (status == "same" and (date or _related(agreement, similarity))) or (
        status == "compatible" and (agreement > 0 or date)
    )


#: Kinds of time that name a moment of a running count, not which event it was.
_DAYS = frozenset({"weekday", "day", "relative"})


def _people_and_prisoners(a: Frame, b: Frame) -> bool:
    """Whether one frame counts people, and the other prisoners of some kind (detainees, inmates)."""
    things = {a.thing, b.thing} - {""}
    other = things - {"person"}
    return len(things) == 2 and len(other) == 1 and _frames().one_class(_frames().head(*other), "prisoner")


def _dated_by_day(a: Frame, b: Frame) -> bool:
    """Whether every time two frames name is a moment of a running count (a day, a weekday)."""
    return {t.partition(":")[0] for t in a.times + b.times} <= _DAYS

#: How many claims back the claim an anaphoric one is part of is looked for (reading stays linear).
ANTECEDENT_REACH = 8
#: "..., and the 54-year-old", "; the 54-year-old": an age given to the subject of a clause of its own.
_CLAUSE_OF_ITS_OWN = re.compile(r"(?:[,;]\s*(?:and|but|while)|;)\s+the\s+$", re.IGNORECASE)


def _frames() -> ModuleType:
    # Imported on the first frame, not with this module: most comparisons pair every claim by
    # value and never need one (the seeds do not), and reading frames' patterns costs start-up.
    from docdelta_claims import frame

    return frame


#: Claim frames by the claim's id, as hashing a claim hashes all its fields; each entry keeps its
#: claim, so that the id of a claim asked about once and dropped is never reused for another's
#: stale frame.
FrameCache = dict[int, tuple[Claim, "Frame"]]


#: Kinds of lengths (predicates) a story tells one of, so that the one left on each side is one
#: figure: time held, a charge's penalty, a term asked for, in office, given or served, and how long
#: something lasted (see :meth:`_Judge.count_sole`). Strikes, windows of days and time spent
#: somewhere come again: over the facts sets they paired five flag items for three false ones.
_ONE_A_STORY_LENGTHS = ("hold", "penalty", "demand", "office", "sentence", "serve", "last")


#: The words between a count and a part set beside it: its noun, a comma ("2,082 people, four of
#: them foreigners"; "killed 19 people, nine of them in Westmoreland").
_SET_BESIDE = re.compile(r"(?:\s+[\w'’-]+){0,3}\s*,\s*")


class _Judge:
    """Whether two claims whose values differ state one quantity, from their frames.

    Frames are read once per claim, and only for such pairs: a comparison whose claims all
    pair by value reads none (and never loads the lemmatizer).
    """

    def __init__(
        self,
        old: Sequence[Claim],
        new: Sequence[Claim],
        documents: tuple[Document | None, Document | None] = (None, None),
        frames: FrameCache | None = None,
    ) -> None:
        self.old, self.new = old, new
        self._documents = documents
        self._sentences: dict[int, tuple[list[int], list[str]]] = {}  # by side (0 old, 1 new): sentence ends, texts
        self._frames: FrameCache = {} if frames is None else frames
        self._own_frames: dict[int, Frame] = {}  # an anaphoric claim's frame without its whole's (see own_frame)
        self._kin: dict[tuple[int, str], tuple[str, ...]] = {}  # by side (0 old, 1 new) and kin word
        self._agreements: dict[tuple[int, int], Agreement] = {}
        self._places: dict[int, tuple[Sequence[Claim], int]] | None = None
        #: Running-count predicates that one count alone has on both sides (see :meth:`status`).
        self.sole: frozenset[str] = frozenset()
        #: (Category, kind of thing) that one count or share alone gives on each side (not people in general).
        self.sole_things: frozenset[tuple[str, str]] = frozenset()
        #: (Predicate, which of several: see _one_of_several) of the events (convicted, arrested,
        #: imposed) that one year or date alone has on each side.
        self.sole_times: frozenset[tuple[str, str]] = frozenset()
        #: (Predicate, zone) of the acts (landed, stormed) that one time of day alone has on each side.
        self.sole_clocks: frozenset[tuple[str, str | None]] = frozenset()
        #: Kinds of lengths (time held, a charge's penalty) that one length alone has on each side.
        self.sole_lengths: frozenset[str] = frozenset()
        #: Whether each side leaves alone one age (told once or more).
        self.sole_ages = False
        #: (Dimension, predicate) that one measure (or amount of money) alone has on each side ("had
        #: lost about 20 kilograms" / "lost more than 25 kilograms").
        self.sole_measures: frozenset[tuple[str, str]] = frozenset()

    def count_sole(self, old_left: Sequence[int], new_left: Sequence[int]) -> None:
        """Note the running-count predicates (died, injured, missing...) that exactly one count
        left unpaired has on each side, and the kinds of things one figure alone counts there."""
        frames = _frames()
        predicates, things, lengths, ages, measures = [], [], [], [], []
        for claims, left in ((self.old, old_left), (self.new, new_left)):
            # A figure the side states twice ("241 Killed" in the headline, 241 in the lede, paired)
            # is a restatement: the count it is left over from is not known to be the only one.
            # Both statements left alone ("Toll Rises To 117 ..., 116 Still Missing" and "116 were
            # still missing") are one figure.
            left_set = set(left)
            # A part listed beside its whole ("killing 12 people, including two children") is no count of its own.
            counts = [i for i in left if claims[i].category == "count" and not frames.listed_part(claims[i])]
            # (a paired figure of another act is no restatement: "six miners trapped" beside "six were
            # injured"; only paired figures of a value left alone are read)
            left_values = {claims[i].value for i in counts}
            stated: dict[object, set[str]] = {}
            for i, c in enumerate(claims):
                if c.category == "count" and i not in left_set and c.value in left_values:
                    stated.setdefault(c.value, set()).add(self.frame(c).predicate)
            values: dict[str, set[object]] = {}
            for i in counts:
                frame = self.frame(claims[i])
                if frame.predicate == "hold" and any(t.startswith("since:") for t in frame.times):
                    continue  # "has held nearly 780 people since it opened": all it has held, not those it holds
                values.setdefault(frame.predicate, set()).add(claims[i].value)
            restated = {
                self.frame(claims[i]).predicate
                for i in counts
                if claims[i].value in stated and stated[claims[i].value] & {self.frame(claims[i]).predicate, ""}
            }
            predicates.append({p for p, found in values.items() if len(found) == 1 and (frames.running_predicate(p) or p == "hold") and p not in restated})
            # A thing counted (or shared out) by one figure (a headline restating it counts once),
            # none of the side's paired figures of that kind: "135 political prisoners" / "153
            # former prisoners"; "Turnout was 61.3%" / "Turnout reached 71%".
            kinds: dict[tuple[str, str], set[object]] = {}
            for i in left:
                thing = self.frame(claims[i]).thing
                if not (claims[i].category in ("count", "percent") or (claims[i].category == "duration" and frames.is_activity(thing)) or _per_head(claims[i])):
                    thing = ""
                if thing and thing not in ("person", "named group"):
                    # ("The two were arrested" / "the three recorded": how many the story named, each
                    # its own group, no figure told of one thing)
                    kinds.setdefault((claims[i].category, frames.kind(thing)), set()).add(claims[i].value)
            paired = {(c.category, c.key.split()[-1]) for i, c in enumerate(claims) if c.key and i not in left_set}
            things.append({k for k, found in kinds.items() if len(found) == 1 and k not in paired})
            # The one time held a side leaves alone ("Most had been held for more than three and a
            # half years" / "Walk Free After Nearly 3 Years In Jail"): of the one captivity the story
            # tells; and its one age (told in a headline and a lede, one figure: "Gao Zhisheng, 49,
            # ..." / "The 49-year-old").
            # Likewise the one penalty a charge carries ("carries up to 10 years" / "which carry up to seven years"),
            # the one term asked for ("prosecutors had asked for 10 years" / "had sought a 20-year term"),
            # the one term in office ("governed the country for 18 years" / "who ruled for 17 years"),
            # the one term given ("sentenced the editor to 12 years" / "received an 11-year term"), the
            # one time served, and the one length something lasted ("the hearing lasted about three
            # hours" / "lasted two hours").
            lengths.append(Counter(self.frame(claims[i]).predicate for i in left if claims[i].category == "duration"))
            ages.append(len({(claims[i].value, claims[i].unit) for i in left if claims[i].category == "age"}))
            # The one weight (length...) of an act a side leaves alone: "lost more than 100 pounds".
            measured = Counter((claims[i].dimension, self.frame(claims[i]).predicate) for i in left if claims[i].category in ("measure", "money"))
            measures.append({key for key, n in measured.items() if n == 1})
        self.sole = frozenset(predicates[0] & predicates[1])
        self.sole_things = frozenset(things[0] & things[1])
        self.sole_lengths = frozenset(p for p in _ONE_A_STORY_LENGTHS if lengths[0][p] == lengths[1][p] == 1)
        self.sole_ages = ages == [1, 1]
        self.sole_measures = frozenset(measures[0] & measures[1])

    def _sole_on_both_sides(
        self, old_left: Sequence[int], new_left: Sequence[int], counts: Callable[[Claim], bool], second: Callable[[Claim], Any]
    ) -> frozenset[tuple[str, Any]]:
        """The keys (a claim's predicate, ``second`` of it) that exactly one claim left unpaired
        and ``counts`` has on each side: the one such claim each side gives for one act."""
        sides = []
        for claims, left in ((self.old, old_left), (self.new, new_left)):
            counted = Counter((self.frame(claims[i]).predicate, second(claims[i])) for i in left if counts(claims[i]))
            sides.append({key for key, n in counted.items() if n == 1 and key[0]})
        return frozenset(sides[0] & sides[1])

    def count_sole_times(self, old_left: Sequence[int], new_left: Sequence[int]) -> None:
        """Note the predicates that exactly one year or date (not a weekday, a moment of the report)
        left unpaired has on each side: when the one event each side dates is the same kind of event.
        ("A court first sentenced him in 2013" is the first of several sentences, not the one.)"""
        self.sole_times = self._sole_on_both_sides(old_left, new_left, lambda c: _kind(c) == "time" and not _weekday(c), _one_of_several)

    def count_sole_clocks(self, old_left: Sequence[int], new_left: Sequence[int]) -> None:
        """Note the acts (predicate, zone) that exactly one time of day left unpaired has on each
        side: the one moment each side gives for one act ("landed at about 11 a.m." / "touched
        down just after noon")."""
        self.sole_clocks = self._sole_on_both_sides(old_left, new_left, lambda c: c.category == "clock", lambda c: c.unit)

    def frame(self, claim: Claim) -> Frame:
        cached = self._frames.get(id(claim))
        if cached is None:
            frames = _frames()
            if frames.anaphoric(claim):
                antecedent = self._antecedent(claim)
            else:
                # "731 political prisoners this year, against 1,375 last year": what the count set against counts
                antecedent = self._count_before_in_sentence(claim) if frames.compared(claim) else None
            person = self._person(claim) if frames.refers_back(claim) else ()
            found = frames.claim_frame(claim, self.frame(antecedent) if antecedent else None, person)
            whole = self._count_before_in_sentence(claim) if not found.times and claim.category == "count" and frames.listed_part(claim) else None
            whole_times = self.frame(whole).times if whole is not None else ()
            if any(t.startswith("year:") for t in whole_times):
                # "In a similar decree in December 2014, 87 prisoners were pardoned, including four
                # journalists": the part was freed in the year the whole was, another act than the
                # story's (the story's own day, "freed 5,000 on Friday, including 120 foreigners",
                # leaves the part as told, to meet "the foreigners, 95 of them")
                found = evolve(found, times=whole_times)
            if not found.times and frames.then_opening(claim.sentence):
                # "In October 1953 ... At the time Moscow said it was keeping about 13,000 Germans":
                # the time the sentence before told
                found = evolve(found, times=self._time_before(claim))
            kin = frames.kin_reference(claim)
            if kin and (not frames.people(found.names) or set(found.names) <= set(person)):
                # "She had been watched since 2012, when her husband was serving a term ..., handed
                # down on Dec. 25, 2009": his date, not hers, where the report says who her husband
                # is ("the widow of Liu Xiaobo").
                found = evolve(found, names=self._kin_named(claim, kin) or found.names)
            self._frames[id(claim)] = claim, found
            return found
        return cached[1]

    def persons(self, claim: Claim, names: Sequence[str]) -> frozenset[str]:
        """The names among ``names`` that are a person's in the report ``claim`` is from: a word no
        lexicon or table of places holds, or one a place's name also holds that the report writes
        before another name of a person ("Gao", a city of Mali, in "Gao Zhan")."""
        found = _frames().people(names)
        side = self._side(claim)
        document = self._documents[side] if side is not None else None
        if document is None:
            return found
        return found | {name for name in names if name not in found and _frames().full_name_in(document.text, (name,))}

    def _kin_named(self, claim: Claim, kin: str) -> tuple[str, ...]:
        """Who ``kin`` ("husband") is in the report ``claim`` is from (see :func:`frame.kin_named`),
        read once per report and kin word."""
        which = self._side(claim)
        document = self._documents[which] if which is not None else None
        if which is None or document is None:
            return ()
        if (which, kin) not in self._kin:
            self._kin[which, kin] = _frames().kin_named(document.text, kin)
        return self._kin[which, kin]

    def _side(self, claim: Claim) -> int | None:
        """0 for a claim of the old report, 1 for one of the new, ``None`` for neither."""
        found = self._where(claim)
        return None if found is None else 0 if found[0] is self.old else 1

    def _where(self, claim: Claim) -> tuple[Sequence[Claim], int] | None:
        """The side a claim is on, and its index there."""
        if self._places is None:
            self._places = {id(c): (side, i) for side in (self.old, self.new) for i, c in enumerate(side)}
        return self._places.get(id(claim))

    def split_whole(self, old_claim: Claim, new_claim: Claim) -> bool:
        """Whether one claim is the whole the other's sentence splits in two (see :meth:`split_total`)."""
        # (a whole is told as one figure: "three soldiers and two police officers" holds no whole of
        # "two police officers and one soldier")
        return any(
            total is not None and total == whole.value and not self._listed(whole)
            for total, whole in ((self.split_total(old_claim), new_claim), (self.split_total(new_claim), old_claim))
        )

    def split_total(self, claim: Claim) -> float | None:
        """The sum of a count and the ones "and" (or a list's commas) join to it in its sentence, told
        of one act: each with no noun of its own and placed apart ("two bodies from the morgue and
        nine from graves": 11), or each with a noun of its own, kinds of one whole ("Eight civilians
        and two policemen were killed": 10); ``None`` where the count is not so split."""
        where = self._where(claim)
        if where is None or claim.category != "count" or not isinstance(claim.value, (int, float)):
            return None
        side, index = where
        # (the counts joined to it stand next to it among the side's claims, in text order: only its
        # neighbours are read, not the whole side for every pair weighed)
        total, joined = claim.value, 0
        for step in (-1, 1):
            first, at = claim, index + step
            while 0 <= at < len(side) and self._joined(*((side[at], first) if step < 0 else (first, side[at]))):
                first = side[at]
                total += first.value  # type: ignore[operator]  # (_joined holds it numeric)
                joined, at = joined + 1, at + step
        return total if joined else None

    def _listed(self, claim: Claim) -> bool:
        """Whether a count stands in a list of counts of its sentence ("three soldiers and two police
        officers"), whatever its frame reads."""
        where = self._where(claim)
        if where is None:
            return False
        side, index = where
        pairs = zip(side[max(0, index - 1) : index + 1], side[index : index + 2])
        return any(a is not b and _kinds_listed(a, b) for a, b in pairs)

    def _joined(self, first: Claim, second: Claim) -> bool:
        """Whether two counts of one sentence, in text order, are parts of one whole joined by "and"
        or a list's comma (see :meth:`split_total`)."""
        counts = all(c.category == "count" and isinstance(c.value, (int, float)) for c in (first, second))
        if first.sentence != second.sentence or not counts:
            return False
        between = first.sentence[first.position + len(first.text) : second.position]
        placed_apart = len(between) <= 60 and between.split()[-1:] == ["and"] and not any(ch.isdigit() for ch in between)
        if placed_apart and _PLACED_AFTER.match(first.sentence, second.position + len(second.text)):
            return True
        if not _kinds_listed(first, second):
            return False
        frames = self.frame(first), self.frame(second)
        # two kinds of those one act befell ("civilians" / "policemen"), not two acts ("10 killed and
        # 20 wounded") nor one kind twice
        return all(f.thing and f.predicate for f in frames) and frames[0].thing != frames[1].thing and frames[0].predicate == frames[1].predicate

    def part_of_a_whole(self, claim: Claim) -> bool:
        """Whether a claim counts a part of a whole told before it, as a part: listed ("among them
        six civilians", "55 of the dead"), or "of them" with no act beyond the whole's or the one
        its phrase names ("Some 160 of the freed hostages were on his plane", "killed 19 people,
        nine of them in Westmoreland"). A part with an act of its own counts those that act befell
        ("six of them were marched to an aircraft" is the count expelled)."""
        if _frames().listed_part(claim):
            return True
        if not _frames().anaphoric(claim):
            return False
        whole = self._whole_told_before(claim)
        own = self.own_frame(claim).predicate
        return own in ("", _frames().part_act(claim), self.frame(whole).predicate if whole else "")

    def own_frame(self, claim: Claim) -> Frame:
        """The frame a claim's own sentence gives it, without the slots an anaphoric claim takes
        from its whole (:meth:`frame` for any other claim), read once."""
        if not _frames().anaphoric(claim):
            return self.frame(claim)
        found = self._own_frames.get(id(claim))
        if found is None:
            found = self._own_frames[id(claim)] = _frames().claim_frame(claim)
        return found

    def _count_before_in_sentence(self, claim: Claim) -> Claim | None:
        """The nearest count before ``claim`` in its own sentence ("killed 19 people, nine of them")."""
        found = self._where(claim)
        if found is None:
            return None
        side, index = found
        return next((c for c in reversed(side[max(0, index - ANTECEDENT_REACH) : index]) if c.sentence == claim.sentence and c.category == "count"), None)

    def _antecedent(self, claim: Claim) -> Claim | None:
        """The nearest count before ``claim`` in its block, in an earlier sentence: what "them" is
        (the whole, where parts of it follow it: :func:`_breakdown`)."""
        found = self._where(claim)
        if found is None:
            return None
        side, index = found
        for k in range(index - 1, max(-1, index - ANTECEDENT_REACH - 1), -1):
            earlier = side[k]
            if earlier.block != claim.block:
                break
            if earlier.sentence != claim.sentence and earlier.category == "count" and not _frames().anaphoric(earlier):
                # "the 477 prisoners freed on Tuesday, 450 men and 27 women, ... 41 of them": of the whole
                run = side[max(0, k - ANTECEDENT_REACH) : k + 1]
                counts = [c for c in run if c.sentence == earlier.sentence and c.category == "count"]
                while len(counts) > 1 and _breakdown(counts[-2], counts[-1]):
                    counts.pop()
                return counts[-1]
        return None

    def _person(self, claim: Claim) -> tuple[str, ...]:
        """Who a sentence opening with "He" or "She" (or an age given to "the 35-year-old") is
        about: the names opening the nearest earlier sentence that names someone, across
        paragraphs ("Karelina, 33, landed on Thursday." / "She had been detained in February
        2024"). With the document at hand every sentence is looked at, one without a figure
        included ("Salma al-Shehab, a student at Leeds, has been released." / "The 35-year-old
        was arrested in 2021"); else the sentences of the claims before it."""
        found = self._where(claim)
        if found is None:
            return ()
        side, index = found
        frames = _frames()
        if frames.pronoun_clause(claim) and not frames.pronoun_led(claim.sentence):
            names = frames.opening_names(claim.sentence)  # "Badawi ... has been set free, his wife said, adding that he ..."
            if frames.names_someone(names):
                return names
        if claim.category == "age" and _CLAUSE_OF_ITS_OWN.search(claim.sentence, max(0, claim.position - 20), claim.position):
            # "dropped the charges against Hakainde Hichilema, and the 54-year-old left prison": the
            # one person named before it in its own sentence, where it opens a clause of its own (not
            # "Judge Manglona sentenced the 52-year-old": whom she acted on)
            named_before = frames.sole_person_named(claim.sentence[: claim.position])
            if named_before:
                return named_before
        earlier_sentences = self._earlier_sentences(claim, side, index)
        document = self._documents[0 if side is self.old else 1]
        text = document.text if document is not None else ""
        named = (
            names
            for sentence in reversed(earlier_sentences)
            if sentence != claim.sentence and not frames.pronoun_led(sentence) and not frames.kin_of_other_sex(sentence, claim.sentence)
            for names in [frames.opening_names(sentence)]
            if frames.names_someone(names) or frames.full_name_in(text, names)
        )
        if frames.acts_on_someone(claim) and not frames.pronoun_led(claim.sentence):
            # "Biden's commutation ... did not pardon him. The Parole Commission had denied him parole
            # in July 2024": whom a body acted on is the person the story names most (the nearest of
            # equals), not whoever opened the last sentence.
            every = list(named)
            people = [frames.people(names) for names in every]
            mentions = [sum(1 for other in people if other & someone) for someone in people]
            return every[mentions.index(max(mentions))] if every else ()
        first = next(named, ())
        if first or not earlier_sentences:
            return first
        # No sentence before opens with someone: the one person the nearest one names, wherever
        # ("Left-wing guerrillas freed the West German ambassador, Ehrenfried von Holleben." /
        # "The 61-year-old diplomat was dropped from a car").
        return frames.sole_person_named(earlier_sentences[-1]) if earlier_sentences[-1] != claim.sentence else ()

    def _time_before(self, claim: Claim) -> tuple[str, ...]:
        """The times of the nearest earlier sentence that tells one (see :func:`frame.then_opening`)."""
        found = self._where(claim)
        if found is None:
            return ()
        times = (_frames().times_in(sentence) for sentence in reversed(self._earlier_sentences(claim, *found)) if sentence != claim.sentence)
        return next((t for t in times if t), ())

    def _earlier_sentences(self, claim: Claim, side: Sequence[Claim], index: int) -> list[str]:
        """The :data:`ANTECEDENT_REACH` sentences before ``claim``'s: with the document at hand every
        sentence, one without a figure included; else the sentences of the claims before it."""
        which = 0 if side is self.old else 1
        document = self._documents[which]
        if document is None:
            return [c.sentence for c in side[max(0, index - ANTECEDENT_REACH) : index]]
        return self._sentences_before(which, document, claim.span.start - claim.position)

    def _sentences_before(self, side: int, document: Document, start: int) -> list[str]:
        """The :data:`ANTECEDENT_REACH` sentences of ``document``'s compared blocks that end by ``start``."""
        found = self._sentences.get(side)
        if found is None:
            ends: list[int] = []
            texts: list[str] = []
            for block in document.blocks:
                if not block.ignored:
                    text = document.block_text(block)
                    for begin, end in sentences(text):
                        ends.append(block.span.start + end)
                        texts.append(text[begin:end].strip())
            found = self._sentences[side] = (ends, texts)
        before = bisect.bisect_right(found[0], start)  # (a search: many "He ..." sentences stay linear)
        return found[1][max(0, before - ANTECEDENT_REACH) : before]

    def agreement(self, candidate: _Candidate) -> Agreement:
        key = candidate.old, candidate.new
        found = self._agreements.get(key)
        if found is None:
            old_claim, new_claim = self.old[key[0]], self.new[key[1]]
            old_frame, new_frame = self.frame(old_claim), self.frame(new_claim)
            found = _frames().agreement(old_frame, new_frame)
            custody = {old_frame.predicate, new_frame.predicate} <= _TAKEN_INTO_CUSTODY
            if "predicate" in found.conflicts and custody and _kind(old_claim) == "time" == _kind(new_claim):
                # The day someone was held, detained or seized is one act's day: "was held on March
                # 28 after flying in" / "was detained on March 27 when he arrived".
                conflicts = tuple(slot for slot in found.conflicts if slot != "predicate")
                found = evolve(found, matched=(*found.matched, "predicate"), conflicts=conflicts)
            self._agreements[key] = found
        return found

    def state_ends_apart(self, a: Claim, b: Claim) -> bool:
        """Whether one time ends a state no act is told of and the other dates an act ("was a
        visiting fellow ... until June 2023" / "was detained on July 23, 2023", "held since July
        2023"): where a state ends is no act's day."""
        roles = _date_role(a), _date_role(b)
        if roles.count("end") != 1:
            return False
        ending, other = (a, b) if roles[0] == "end" else (b, a)
        return not self.frame(ending).predicate and bool(self.frame(other).predicate)

    def tally_bound(self, claim: Claim) -> bool:
        """Whether a time opens or closes the span of a tally of many acts told before it in its
        sentence ("more than 700 disappearances since 2009", "has killed 11,000 people since 1996",
        "killed 85 people between August and November")."""
        found = self._where(claim)
        if found is None or not _date_role(claim):
            return False
        side, index = found
        for other in side[max(0, index - 2) : index]:
            many = other.category == "count" and (other.high or other.value or 0) > 1
            if not many or other.sentence != claim.sentence or claim.position - other.position > _TALLY_REACH:
                continue
            frame = self.frame(other)
            # (not "a country of 39 million", nor those held since then: "The two men had been in
            # custody since March 10" is the day their custody began)
            if frame.thing not in _frames().ONE_PER_PLACE and frame.predicate != "hold" and "custody" not in frame.places:
                return True
        return False

    def one_act_to_come(self, old_claim: Claim, new_claim: Claim, found: Agreement) -> bool:
        """Whether two claims tell one act still to come, their verbs agreeing and nothing in
        conflict ("is due to be heard on Monday" / "will be heard on Friday")."""
        return "predicate" in found.matched and not found.conflicts and all(map(_frames().planned, (old_claim, new_claim)))

    def one_named_and_others(self, old_claim: Claim, new_claim: Claim) -> bool:
        """Whether one count is the other's others and one named beside them ("martial law in
        Tehran and 11 other cities" / "in 12 cities"): one total told two ways."""
        for named, total in ((old_claim, new_claim), (new_claim, old_claim)):
            if not (named.category == total.category == "count" and all(c.low is not None and c.low == c.high for c in (named, total))):
                continue
            others, thing = self.frame(named).thing, self.frame(total).thing.removeprefix("other ")
            # (the total may itself be others of the story's: "683 other defendants" / "Badie and 682 other defendants")
            if (
                total.value == named.value + 1
                and others == f"other {thing}"
                and _NAMED_AND.search(named.sentence, 0, named.position)
                and not _NAMED_AND.search(total.sentence, 0, total.position)  # (not "Mokhnatkin, 57, and 12 other convicts" / "..., 58, and 13 other")
            ):
                return True
        return False

    def sole_measure(self, old_claim: Claim, new_claim: Claim, found: Agreement) -> bool:
        """Whether two measures (or amounts of money in one currency) are the one weight (length,
        amount...) each side gives of one act, nothing in conflict; with no act, of one place or
        thing ("1.7 nautical miles inside Iraqi waters" / "1.5 nautical miles inside Iraq's
        territorial waters")."""
        predicate = self.frame(old_claim).predicate
        return (
            old_claim.category == new_claim.category
            and old_claim.category in ("measure", "money")
            and not found.conflicts
            and self.frame(new_claim).predicate == predicate
            and (old_claim.dimension, predicate) in self.sole_measures
            and bool(predicate or found.matched)
            # (the one amount each side gives, near the other: "legal bills of about 25,000 pounds" /
            # "legal costs of roughly 30,000 pounds", not a ransom demanded and one paid six times less;
            # the one sum each side says was paid is that payment, however far apart: "a ransom of
            # about $600,000 had been paid" / "Relatives paid more than $1 million")
            and (old_claim.category == "measure" or predicate == "pay" or _near_update(old_claim, new_claim))
        )

    def others_kept(self, old_claim: Claim, new_claim: Claim) -> bool:
        """Whether the other claims of the two claims' sentences are the same, as written."""
        others = sorted(c.text for c in self.old if c.sentence == old_claim.sentence and c is not old_claim)
        return others == sorted(c.text for c in self.new if c.sentence == new_claim.sentence and c is not new_claim)

    def sole_anniversaries(self) -> bool:
        """Whether each side ranks one anniversary only (told once or more, by one figure)."""
        return all(len({c.value for c in claims if _anniversary(c)}) == 1 for claims in (self.old, self.new))

    def rest_against_named(self, a: Claim, b: Claim) -> bool:
        """Whether one claim is of the rest of a group ("The rest had been jailed since 1999") and
        the other of people the story names: two parts of the group, not one told twice."""
        frames = _frames()
        return any(
            frames.of_the_rest(x) and not frames.of_the_rest(y) and frames.names_someone(self.frame(y).names)
            for x, y in ((a, b), (b, a))
        )

    def status(self, candidate: _Candidate) -> str | None:
        """``changed`` where the frames agree, ``differs`` where they may, ``None`` for two quantities
        (a pair whose values agree keeps its status where the frames agree in its thing or predicate).

        Frames conflict when both fill a slot and differ: other times, another predicate (freed /
        still held), other names. A claim edited in its own sentence (aligned blocks, contexts
        alike) keeps its pair when its names or its day moved with it (``on Friday`` / ``on
        Saturday``: the toll was updated), not when its predicate did (``fell`` / ``rose``) nor
        its kind of time (``on Thursday`` / ``in June``: another event).
        """
        found = self.agreement(candidate)
        edited = candidate.aligned and candidate.similarity >= EDITED_THRESHOLD
        old_claim, new_claim = self.old[candidate.old], self.new[candidate.new]
        one_event = {"thing", "name"} <= set(found.matched) and candidate.status != "same"
        if candidate.status == "changed" and self.one_named_and_others(old_claim, new_claim):
            return "compatible"
        if candidate.status != "same" and _roles_of_a_change(old_claim, new_claim):
            return None  # "cut the term to five years" / "cut the term by three years": a level and a size
        spans = [c.value is None for c in (old_claim, new_claim)] if old_claim.category == new_claim.category == "age" else []
        if spans and spans[0] != spans[1]:
            return None  # "Win Tin, 78" / "Four former members of parliament aged 57 to 72": one man's age is no group's
        ages = candidate.status == "compatible" and bool(spans) and self.sole_ages
        if ages and _two_ranges(old_claim, new_claim) and not found.conflicts:
            # "conscripts aged 20 to 22" / "the conscripts, aged 21 to 23": the one span of ages each
            # side gives, its ends told exactly: one group's ages, revised
            return "changed"
        if candidate.status != "same" and not edited and self.rest_against_named(old_claim, new_claim):
            return None  # "The rest had been jailed since 1999" / "Laghzal ... jailed since their trial in 2001"
        if candidate.status != "same" and _kind(old_claim) != "time" and self.earlier_event_on_one_side(candidate):
            # "In an earlier release in September, 52 were freed" / "The deal freed 37", even in one
            # sentence edited: the figure of an earlier act, not the story's told otherwise.
            return None
        if candidate.status == "changed" and _anniversary(old_claim) and _anniversary(new_claim) and self.sole_anniversaries():
            # "for the 32nd anniversary of the armed forces" / "the 33rd anniversary of the Bahrain
            # Defence Force": the one anniversary each text marks is the occasion of its story
            return "changed"
        if _weekday(old_claim) and _weekday(new_claim) and any(map(_frames().reported_on, (old_claim, new_claim))):
            # "emergency officials said on Wednesday" / "... said on Thursday": the days two reports
            # were told, not a day of what happened; in one sentence edited, shown as uncertain.
            # Where the sentence, closely kept, keeps every other figure, the day alone was
            # corrected ("(Corrects day of announcement to Thursday)"): changed.
            if candidate.status == "same":
                return "same"
            if candidate.aligned and candidate.similarity >= _CLOSELY_EDITED and self.others_kept(old_claim, new_claim):
                return "changed"
            return "differs" if edited else None
        if _kind(old_claim) == "time" == _kind(new_claim) and _told_on(old_claim) != _told_on(new_claim):
            # "The court told his lawyers on March 8 that he would be freed" / "Massera, freed on
            # March 4": the day something was told is no day of what it tells; nor is a dateline's
            # ("MARGILAN, Uzbekistan, June 3 - ... was released on Monday" / "was set free on June 2").
            return candidate.status if candidate.status == "same" else None
        if _weekday(old_claim) and _weekday(new_claim) and not edited and not one_event and not self.one_act_to_come(old_claim, new_claim, found):
            # "freed 390 on Friday" / "exchanged 303 more on Sunday": a weekday says which day of the
            # story's week; outside one edited sentence, another day is another step of the story,
            # unless both date one event of one person ("Yunus raised the case with Sheikh Mohamed in
            # a phone call on Sunday" / "had asked Sheikh Mohamed ... in a phone call on Saturday"), or
            # both tell one act still to come ("is due to be heard on Monday" / "will be heard on Friday").
            return candidate.status if candidate.status == "same" else None
        if candidate.status != "same" and not edited and _kind(old_claim) == "time" == _kind(new_claim) and _bound(old_claim) != _bound(new_claim):
            return None  # "could be released by March next year" / "The king's first, in December 2016, freed about 30,000"
        if candidate.status != "same" and not edited and _two_stays(old_claim, self.frame(old_claim), new_claim, self.frame(new_claim)):
            return None  # "has spent six years in prison" / "served three years before his release in September 2004"
        if old_claim.category == new_claim.category == "age" and (_turning_next(old_claim, new_claim) or _now_and_then(old_claim, new_claim)):
            # "the theater director Freya Klier, 37" / "Klier, who turns 38 on Thursday": the age she
            # is about to be, one more than the age she is; "who is 36" / "was 18 when he flew": the
            # age she is and one she was
            return None
        if _per_head(old_claim) != _per_head(new_claim) and not edited:
            # "$330,000 Bail Each" / "Nearly $5 Million Bail": what each paid is no sum of all
            return candidate.status if candidate.status == "same" else None
        if _step(old_claim) and _step(new_claim) and not edited:
            # "on the first day of a three-day exchange" / "on Saturday, the second day of the operation":
            # as a weekday, the day's rank says which step of the story, not a figure of it.
            return candidate.status if candidate.status == "same" else None
        if _kind(old_claim) == "time" == _kind(new_claim) and _frames().of_an_earlier_one(old_claim) != _frames().of_an_earlier_one(new_claim):
            # "The last such amnesty, in June 2011, freed about 3,500" / "The king called for the
            # amnesty in December": the earlier event's time is no time of this one
            return None
        roles = _date_role(old_claim), _date_role(new_claim)
        if old_claim.category == "date" == new_claim.category and set(roles) == {"start", "end"}:
            # "a 30-day emergency running to Jan. 3" / "for 30 days from Dec. 4": a span's two ends
            return None
        if candidate.status != "same" and _kind(old_claim) == "time" == _kind(new_claim) and self.tally_bound(old_claim) != self.tally_bound(new_claim):
            # "more than 700 enforced disappearances since 2009" / "two men who vanished in 2016":
            # the time a tally of many runs from is no day of one of its acts
            return None
        if candidate.status != "same" and self.state_ends_apart(old_claim, new_claim):
            return None
        if old_claim.category == "date" == new_claim.category and not edited and _years_apart(old_claim, new_claim) >= 2:
            # "the January 2015 election" / "the June 2012 election": outside one edited sentence,
            # dates years apart are two events of a kind, not one dated twice.
            return None
        if old_claim.category == "duration" == new_claim.category and not candidate.aligned and not _near_update(old_claim, new_claim, 3):
            # "held dozens of hostages for 126 days" / "Expelled After 15 Years In Prison": told apart,
            # one length is not the other's several times over (a length told twice is near itself:
            # "more than five years" / "1,808 days").
            return candidate.status if candidate.status == "same" else None
        old_frame, new_frame = self.frame(old_claim), self.frame(new_claim)
        things = old_frame.thing, new_frame.thing
        one_act = {"predicate", "time", "name"} <= set(found.matched)  # ("arrested in 1966 with 36 other Namibians" / "detained in 1966 along with 31 of his countrymen")
        # Two remainders of one thing that one act befell, nothing in conflict ("also pardoned over
        # 550 other prisoners" / "pardoned more than 600 other prisoners"): one remainder.
        one_remainder = all(t.startswith("other") for t in things) and {"thing", "predicate"} <= set(found.matched) and not found.conflicts
        if old_claim.category == "duration" and things[0].startswith("other") != things[1].startswith("other") and not edited:
            return None  # "stayed in jail for almost 20 more months" / "freed after more than five years": a part, no whole
        if any(t.startswith("other") for t in things) and not edited and not one_act and not one_remainder and not _frames().still_held(old_frame, new_frame):
            # "four other Americans" / "two other Americans": each is counted beside what its own
            # sentence counts (Shargi; Namazi, Tahbaz and Shargi); outside one edited sentence, two
            # such remainders are not known to be one quantity.
            return None
        if candidate.aligned and (candidate.related or candidate.similarity >= EDITED_THRESHOLD):
            # The alignment pairs them: only predicates that never count one quantity part them,
            # and, in a sentence rewritten rather than edited, another time or another thing.
            predicates = frozenset((old_frame.predicate, new_frame.predicate))
            # A whole ("6,415 of the roughly 13,000 interns") is no count of what some of it did.
            whole_and_act = "total" in predicates and len(predicates) == 2 and "" not in predicates
            conflicts = {"predicate"} if predicates in _frames().DISTINCT or whole_and_act else set()
            # Another counted thing is another quantity even in an edited sentence ("40 tanks" / "40 soldiers"),
            # not the same thing with "other" dropped ("about 25 other people" / "at least 40 people").
            other_dropped = edited and old_frame.thing.removeprefix("other ") == new_frame.thing.removeprefix("other ")
            if not other_dropped:
                conflicts |= {"thing"} & set(found.conflicts)
            if (
                "date" == old_claim.category == new_claim.category
                and "predicate" in found.conflicts
                and (_frames().tells_act(new_claim.sentence, old_frame.predicate) or _frames().tells_act(old_claim.sentence, new_frame.predicate))
            ):
                # "the president on Wednesday ordered an end to their prosecution" / "walked free on
                # Thursday, hours after the president ordered an end to it": one act told in both
                # sentences, each day dating another act.
                conflicts.add("predicate")
            if candidate.similarity < EDITED_THRESHOLD:
                # Rewritten, not edited: another verb says another quantity ("eight people were injured"
                # / "two of the six people detained"), as another time does, unless a count confirmed
                # as it grows (:func:`_confirmed_as_it_grows`).
                conflicts |= {"time", "predicate"} & set(found.conflicts)
                if _confirmed_as_it_grows(old_claim, new_claim, found, old_frame, new_frame):
                    conflicts.discard("time")
            else:
                if candidate.status == "compatible" or _overlapping_shapes(old_claim, new_claim):
                    # Values that only overlap vouch for nothing: another verb is another quantity
                    # ("more than 12,000 people were detained" / "at least 316 people were killed").
                    conflicts |= {"predicate"} & set(found.conflicts)
                if "time" in found.conflicts and not found.time_moved:
                    conflicts.add("time")  # "freed 52 on Thursday" / "freed 14 in June": another release
        else:
            conflicts = set(found.conflicts)
            one_act = candidate.status == "same" and "predicate" in found.matched
            if conflicts == {"time"} and one_act and self.months_apart(candidate):
                # "In March, 80 prisoners were freed" / "one in April, when 80 people were released": one
                # act told with another month (its months then pair as changed), not two acts of equal size.
                conflicts.discard("time")
            if found.time_moved and "predicate" in found.matched:
                if _frames().running(old_frame, old_claim.category):
                    conflicts.discard("time")  # a toll told on another day: one count, updated
                elif _confirmed_as_it_grows(old_claim, new_claim, found, old_frame, new_frame):
                    conflicts.discard("time")
            elif old_claim.category == "duration" and {"predicate", "name"} <= set(found.matched):
                if _frames().running(old_frame, old_claim.category):
                    # One person's time in custody, told as of two moments ("In June, ... Tsikhanouski,
                    # who had spent more than five years in prison" / "freed in July after 1,808 days").
                    conflicts.discard("time")
        if "name" in conflicts and _names_told_across(old_frame, new_claim) and _names_told_across(new_frame, old_claim):
            # "the defendants, among them Beknazarov and Karasartova, were detained" / "The group,
            # which includes Beknazarov ... and Karasartova, was rounded up": each sentence names the
            # other's nearest name too; one group, not two.
            conflicts.discard("name")
        population = old_frame.thing == new_frame.thing == "population"
        if conflicts == {"name"} and population and _near_update(old_claim, new_claim) and _frames().one_state(old_frame.names, new_frame.names):
            # A state named by its capital: figures near each other are its people, not the city's
            # ("Port Vila, a city of about 50,000" is no "nation of about 330,000").
            conflicts.discard("name")
        people = [_frames().people(frame.names) for frame in (old_frame, new_frame)] if conflicts == {"name"} else []
        if people and old_claim.category == "duration" and old_frame.predicate == new_frame.predicate == "hold":
            # One person's time held, the other side naming only where ("Frode Berg ... had been held
            # for nearly two years" / "detained ... on a Moscow street, and had spent more than two
            # years in Russian custody"): a place is no rival of the person held there.
            if sum(map(bool, people)) == 1:
                conflicts.discard("name")
        elif people and self.sole_ages and candidate.status == "changed" and old_claim.category == new_claim.category == "age":
            # The one age each side leaves alone, a year or two apart, one side naming no one (a
            # description, a place: "her husband, 50" / "The 49-year-old"; "Steudtner, 46," / "The
            # 45-year-old and the Swedish consultant"): the one person's age told twice.
            if not all(people) and _ages_near(old_claim, new_claim):
                return "changed"
        if people and not all(people) and any(people) and old_claim.category == new_claim.category == "age":
            # "the 83-year-old president's bid" / "The 84-year-old Condé", where a report writes
            # "President Alpha Condé": the description is his title, and the one man's age changed
            described, named = (new_frame.names, people[0]) if people[0] else (old_frame.names, people[1])
            if candidate.status == "changed" and _ages_near(old_claim, new_claim) and self.titled(described, named):
                return "changed"
        if conflicts:
            return None
        if not edited and self.split_whole(old_claim, new_claim):
            return None  # "brought back 11 bodies" / "two bodies from the morgue and nine from graves": the whole, split
        # (the same words: "58 political prisoners among those freed" is a kind inside "83 prisoners")
        own_kind = "thing" in found.matched and old_frame.thing not in ("", "person") and old_frame.thing == new_frame.thing
        if not edited and _frames().listed_remainder(old_claim) != _frames().listed_remainder(new_claim):
            return None  # "Twelve military officers and three other prisoners" / "Fifteen other prisoners"
        parts = [self.part_of_a_whole(c) for c in (old_claim, new_claim)]
        if not edited and parts[0] != parts[1] and not own_kind:
            # "55 Armenians, among them six civilians" / "at least 23 were still held"; "more than 8,000 are
            # held" / "at least 8,000 remain, among them 2,000 civilians"; "let 192 hostages go" / "Some
            # 160 of the freed hostages were on his plane": a part is no whole ("nine of them in
            # Westmoreland" / "Eight of the Jamaican dead were in Westmoreland" are two parts). A part
            # of the other's own kind is that kind counted ("other foreigners, among them at least
            # four Americans" / "at least five Americans it holds").
            return None
        core = {"thing", "predicate"} & set(found.matched)
        if candidate.status == "compatible" and not edited and found.one_sided_time:
            if _frames().running(old_frame, old_claim.category) and not _dated_by_day(old_frame, new_frame):
                return None  # "at least 46 have died" / "an earthquake in 2010 killed about 500": another event's toll
        if candidate.status == "compatible" and old_frame.thing == new_frame.thing == "population" and _two_estimates(old_claim, new_claim):
            return "changed"  # "about 15 million" / "about 16 million": one place's population estimated twice
        closely = edited and candidate.similarity >= _CLOSELY_EDITED
        if candidate.status == "compatible" and ((closely and _two_estimates(old_claim, new_claim)) or (edited and _two_ranges(old_claim, new_claim))):
            # "about 10,000 men had been convicted" / "about 9,000 men ...", the rest of the sentence
            # kept: the estimate was revised, as two floors that differ are two figures; "three to
            # 15 years" / "three to 20 years", one end kept, in a sentence edited (even one joined
            # to the next by a writethru): the range was revised
            return "changed"
        court_terms = candidate.status == "compatible" and old_frame.predicate == new_frame.predicate == "sentence"
        if court_terms and _two_terms(old_claim, new_claim) and not any(map(_in_headline, (old_claim, new_claim))):
            # "sentenced her to three and a half years" / "gave her three years in prison": a court's
            # term is exact (a title rounds: "13-Year Term")
            return "changed"
        if candidate.status != "changed":
            return candidate.status
        if old_frame.thing == new_frame.thing == "population":
            if _rounded_alike(old_claim, new_claim):
                return "compatible"  # "a country of 6 million people" / "with nearly 6 million people": one round figure
            if (
                not edited and not (old_frame.names or new_frame.names) and not _near_update(old_claim, new_claim, 2)
                and not _shifted(old_claim, new_claim) and not (_of_the_country(old_claim) and _of_the_country(new_claim))
            ):
                # "this city of some 180,000" / "Greece's second city with about 1 million": with no place
                # named, figures that far apart are two places', unless one is the other's digits with
                # the point moved ("3.7 million" / "37 million") or both are the country's, the one a
                # story is about ("The country of 9.5 million" / "the nation of 91.5 million").
                return None
        # One person's length of one thing ("Hana Shalabi ended a 43-day hunger strike last week" /
        # "after refusing food for 47 days"), or one person's term ("Zaporozhsky, ... serving 18 years" /
        # "who was jailed in 2003 for 16 years"): a time beside it says when, not which.
        term = old_frame.predicate == new_frame.predicate == "sentence"
        persons = old_claim.category == "duration" and "name" in found.matched and ("thing" in found.matched or term)
        if candidate.aligned and candidate.related:
            vouched = candidate.similarity >= EDITED_THRESHOLD or core or candidate.agreement > 0
            if vouched and not edited and found.one_sided_time and not core - {"thing"} and not persons:
                # A sentence rewritten, not edited, that dates its figure on one side only, with no verb
                # in common ("nearly 13,000 people were in shelters" / "On Wednesday about 25,000 had
                # crowded into shelters"): maybe the figure of another day.
                return "differs"
            if not edited and found.matched == ("thing",) and old_frame.thing == "person":
                # Only "people" in common, in a sentence rewritten ("lifted 404 people to safety" /
                # "listed 37 people as unaccounted for"): any two counts of a story share that much.
                return "differs"
            return "changed" if vouched else "differs"
        if found.one_sided_time and not persons and self.earlier_period_on_one_side(candidate):
            # "Last year's amnesty freed 3,765 people" / "Vietnam frees 14,020 prisoners": the figure
            # of an earlier act, not the story's told otherwise.
            return None
        # Which of several acts each time dates ("first", "again", ""), read once for the rules below.
        marks = (_one_of_several(old_claim), _one_of_several(new_claim)) if _kind(old_claim) == "time" else ("", "")
        if _kind(old_claim) == "time" and self.another_of_several(old_claim, new_claim, marks):
            return None  # "A court first sentenced him in 2013, a term raised in 2014" / "sentenced in 2014"
        if core and len(found.matched) >= 2:
            # Another time beside a year or a date says when something else happened, not which moment it
            # is; a day beside a time of day says which day, and a time of day is the story's day's ("left
            # the prison at 6 am" / "walked out at 5.30 am on Friday").
            # (The one weight each side gives of one act is that act's, dated or not: "had lost 15
            # pounds" / "told reporters on Friday he had lost about 10 kilograms".)
            one_sided = found.one_sided_time and _kind(old_claim) not in ("time", "clock") and not persons and not self.sole_measure(old_claim, new_claim, found)
            if one_sided and any(map(_frames().anaphoric, (old_claim, new_claim))):
                # "Of them, 114 were transferred" takes its time from the release it is part of ("freed
                # 123 on Saturday"): no time of its own, none to set it apart from "104 were sent"
                one_sided = bool(self.own_frame(old_claim).times) != bool(self.own_frame(new_claim).times)
            toll = _frames().running(old_frame, old_claim.category)
            since = [t for t in old_frame.times + new_frame.times if t.startswith("since:")]
            if one_sided and not toll and since and len(since) == len(old_frame.times + new_frame.times) and _perfect(old_claim) == _perfect(new_claim):
                # "police have searched more than 1,800 homes since 2017" / "have since searched more than
                # 1,500 homes", "the ninth amnesty" / "the 11th amnesty since 1991": a total from a time
                # on, told with its start on one side only, is no other event's (a toll since a year is:
                # see below). A total so far (a perfect tense) on one side only is not: "pardons 30
                # prisoners" / "more than 1,000 detainees have been released since April 2022" are an
                # act and the total of many.
                one_sided = False
            if one_sided and since and toll:
                # "More than 100 miners have died at its mines since 2006" / "Mine Fire Kills 21
                # Miners": a toll summed from a year on is no toll of the story's event. Two totals
                # so far ("have fled their homes since mid-December" / "The conflict has forced
                # almost 800,000 people to flee") are one, its start told on one side only.
                if not (_perfect(old_claim) and _perfect(new_claim)):
                    return None
                one_sided = False
            if one_sided and toll and old_claim.category == "duration":
                # One person's time held, dated on one side only ("had been in prison for more than six
                # years" / "had spent about 1,900 days in prison before his release in May"): the one
                # captivity, a name in common; or dated by the day it ended ("held in Iran for 513 days
                # was freed on Friday"), as a toll is by the day it was told. (When a length began is
                # no time of it: see claim_frame.)
                one_sided = "name" not in found.matched and not _dated_by_day(old_frame, new_frame)
            elif one_sided and toll:
                # A toll dated to a day on one side only ("killed 24 on Friday" / "29 dead"): the
                # count, told at some moment; a year or a month would say which event it was. A
                # figure yet to happen is no moment of it ("28 bodies are to be returned" / "handed
                # over four bodies on Monday").
                one_sided = not _dated_by_day(old_frame, new_frame) or any(
                    map(_frames().planned, (old_claim, new_claim))
                )
            # People against a kind of people ("eight people" / "894 election workers"): maybe some of them.
            things = old_frame.thing, new_frame.thing
            unlike = all(things) and "thing" not in found.matched
            if unlike and "person" in things and "name" in found.matched and _near_update(old_claim, new_claim):
                # "more than 200 people from the peninsula are held by Russia" / "about 180 Crimeans are
                # jailed by Russia": held by one named side, near in size: the one group, told two ways.
                unlike = False
            # What happened said on one side only, where what happened tells counts apart (freed /
            # held): "freed 80 political prisoners" / "counted more than 800 political prisoners in
            # the country" may be the freed and all those held.
            predicates = {old_frame.predicate, new_frame.predicate} - {""}
            one_side_only = len(predicates) == 1 and not (old_frame.predicate and new_frame.predicate)
            unsaid = one_side_only and any(predicates & pair for pair in _frames().DISTINCT)
            # A share placed on one side only ("took 14.58%" / "won 45% in his home province"): of
            # another base, maybe.
            unbased = old_claim.category == "percent" and bool(
                set(old_frame.places) - {"custody"}
            ) != bool(set(new_frame.places) - {"custody"})
            return "differs" if one_sided or unlike or unsaid or unbased else "changed"
        thing = old_frame.thing
        if "thing" in found.matched and thing == new_frame.thing and _frames().single(thing):
            # One figure of its kind (a place's population, the year of one author's report): with
            # nothing in conflict, two figures for it disagree.
            return "changed"
        if found.matched == ("predicate",) and old_frame.predicate in self.sole:
            # The only count of the injured (missing, dead...) left on each side, nothing in conflict:
            # one toll, told twice ("injuring 732" / "3,408 people were injured"); a year or a month
            # on one side only says it may be another event's ("35,000 detained in 2020").
            unlike = all((old_frame.thing, new_frame.thing)) and old_frame.thing != new_frame.thing
            one_sided = found.one_sided_time and not _dated_by_day(old_frame, new_frame)
            if old_frame.predicate == "hold":
                # The one count of those held left on each side ("The transfer leaves 15 detainees
                # at the facility" / "The prison now holds 14 men"), within twice each other: those
                # still held, told twice, as sources reckon them ("at least 1,500 political prisoners
                # remain" / "put the number held for their beliefs at 750 or more"); no toll, so
                # farther apart they are two places' or two kinds'.
                # (Things that do not conflict, "15 detainees" / "14 men", may be one kind of people.)
                return "changed" if _near_update(old_claim, new_claim, _HELD_ESTIMATES) and not one_sided else None
            return "differs" if unlike or one_sided else "changed"
        if (
            _kind(old_claim) == "time" and "predicate" in found.matched and (old_frame.predicate, marks[0]) in self.sole_times
            and marks[0] == marks[1] and _day(old_claim) == _day(new_claim) and not _named_apart(old_claim, old_frame, new_claim, new_frame)
        ):
            # The one date each side gives for one kind of event, nothing in conflict, told at one
            # grain: "convicted in November" / "a jury found him guilty in October" (not "detained
            # in August" / "placed under the act on Feb. 6").
            return "changed"
        if old_claim.category == "clock" and "predicate" in found.matched and not found.conflicts and (old_frame.predicate, old_claim.unit) in self.sole_clocks:
            # The one time of day each side gives for one act, nothing in conflict: "His plane landed
            # at about 11 a.m." / "The flight bringing him back touched down just after noon".
            return "changed"
        if self.sole_measure(old_claim, new_claim, found):
            return "changed"
        length = old_frame.predicate if old_claim.category == "duration" and old_frame.predicate == new_frame.predicate else ""
        if length in self.sole_lengths and (length == "demand" or _near_update(old_claim, new_claim)):
            # the one time held (penalty, term asked for) left on each side, nothing in conflict; a term
            # asked for is no count that grows: "asked for 10 years" / "sought a 20-year term" disagree.
            # A term given is one only where neither is the level a court changed it to ("cut the
            # prison term to five years" / "was sentenced in 2010 to seven years": two stages of it).
            if length != "sentence" or not any(map(_term_changed_to, (old_claim, new_claim))):
                return "changed"
        sole_thing = (old_claim.category, _frames().kind(old_frame.thing)) if old_frame.thing else None
        if "thing" in found.matched and sole_thing in self.sole_things:
            # The one figure each side gives for a thing, nothing in conflict: one quantity told
            # twice ("All 171 passengers" / "carrying 174 passengers"). A time on one side only,
            # even a day, says it may be another event's ("freed 52 prisoners on Thursday" /
            # "the camp holds 14 prisoners"; "released 52 in September" / "over 100").
            # (The one length of a hunger strike each side gives is that hunger strike's, dated or not:
            # "In April the couple held a 17-day hunger strike" / "answered with a 15-day hunger
            # strike"; strikes, bans, curfews come again.)
            fast = old_claim.category == "duration" and thing == "hunger strike"
            return "differs" if found.one_sided_time and not fast else "changed"
        if core and self.headline_figures(old_claim, new_claim):
            # "... Under Amnesty After 21 Months" / "... Freed Under Amnesty After 22 Months": the one
            # figure of its kind in each headline of one story, told of one act or thing.
            return "changed"
        if "predicate" in found.matched and not found.conflicts and self.parts_of_one_whole(old_claim, new_claim):
            # "Of those pardoned, 96 were released" / "Of the 120 pardoned, 86 were freed": parts of
            # wholes told alike (120 each), by one act: one part told twice.
            return "changed"
        if found.matched == ("predicate",) and _people_and_prisoners(old_frame, new_frame) and not found.one_sided_time:
            # One act, nothing else in conflict, befalling "people" on one side and prisoners on
            # the other ("almost 4,000 people are due to be freed" / "More than 4,000 prisoners of
            # war ... are to be freed"): prisoners are the people an act of custody counts.
            return "changed"
        if candidate.aligned and candidate.status == "changed" and not found.conflicts and _clause_kept(old_claim, new_claim):
            # "Another 10 have been tentatively identified, and the remainder will need DNA" /
            # "Another nine have been tentatively identified, and one body remains unidentified":
            # the figure's own clause kept word for word in a paragraph the diff aligned, whatever
            # the sentence's other clauses now say: one figure revised.
            return "changed"
        # One slot alone: a counted thing in common may be one quantity; a verb alone says little.
        return "differs" if "thing" in found.matched and candidate.agreement > 0 else None

    def parts_of_one_whole(self, old_claim: Claim, new_claim: Claim) -> bool:
        """Whether two counts are each a part of a whole ("of them", "Of the 120 pardoned,") and the
        two wholes are one figure."""
        wholes = [self._whole(claim) for claim in (old_claim, new_claim)]
        return wholes[0] is not None and wholes[1] is not None and relation(wholes[0], wholes[1]) == "same"

    def _whole(self, claim: Claim) -> Claim | None:
        if claim.category != "count":
            return None
        if _frames().anaphoric(claim):
            return self._whole_told_before(claim)
        return self._count_before_in_sentence(claim) if _OF_THE_WHOLE.search(claim.sentence, 0, claim.position) else None

    def _whole_told_before(self, claim: Claim) -> Claim | None:
        """What an anaphoric claim ("114 of them") is a part of: the count its "them" points back
        to, or the one before it in its own sentence; that one first where the part is set beside
        it ("2,082 people, four of them foreigners, were amnestied": not a count of the sentence
        before)."""
        in_sentence = self._count_before_in_sentence(claim)
        if in_sentence and _SET_BESIDE.fullmatch(claim.sentence, in_sentence.position + len(in_sentence.text), claim.position):
            return in_sentence
        return self._antecedent(claim) or in_sentence

    def titled(self, described: Sequence[str], named: Collection[str]) -> bool:
        """Whether either report writes a description word as a title before one of ``named``
        ("President Alpha Condé": "president" before "condé"; a kin, "his partner Andrea
        Kloiber"), or after it, in an apposition ("Gheorghe Calciu-Dumitreasa, the Orthodox priest
        whose sermons ...": "priest")."""
        texts = [document.text for document in self._documents if document is not None]
        return any(
            re.search(rf"(?:\b{re.escape(word.capitalize())}|\b(?:his|her|their)\s+{re.escape(word)}),?\s+(?:[{CAPITAL}][\w'’.-]*\s+){{0,2}}(?i:{re.escape(name)})\b", text)
            or re.search(rf"\b(?i:{re.escape(name)}),\s+(?:the|an?)\s+(?:[\w-]+\s+){{0,3}}?{re.escape(word)}\b", text)
            for word in described
            if word.isalpha()
            for name in named
            for text in texts
        )

    def headline_figures(self, old_claim: Claim, new_claim: Claim) -> bool:
        """Whether two claims are each the one claim of their category in their report's headline,
        near each other (an update, not another figure: "Drug Lord Held 17 Years" / "After 962 Days")."""
        if old_claim.block != 0 or new_claim.block != 0 or not _near_update(old_claim, new_claim):
            return False
        return all(
            sum(1 for c in side if c.block == 0 and c.category == claim.category) == 1
            for side, claim in ((self.old, old_claim), (self.new, new_claim))
        )

    def another_of_several(self, old_claim: Claim, new_claim: Claim, marks: tuple[str, str]) -> bool:
        """Whether two times date other acts of several (``marks``: their :func:`_one_of_several`):
        one "again", the other not; or one "first" whose sentence goes on to date a later step ("A
        court first sentenced him in 2013 to seven years, a term raised on appeal in 2014") and the
        other unmarked. A "first" told alone ("first imposed sanctions on it in 2021") is the act the
        other report dates ("imposed sanctions ... in December 2019")."""
        if marks[0] == marks[1]:
            return False
        if "again" in marks:
            return True
        first = old_claim if marks[0] else new_claim
        found = self._where(first)
        if found is None:
            return False
        side, index = found
        later = itertools.takewhile(lambda claim: claim.sentence == first.sentence, side[index + 1 :])
        return any(_kind(claim) == "time" for claim in later)

    def earlier_period_on_one_side(self, candidate: _Candidate) -> bool:
        """Whether the one side's times are all of an earlier period ("last year", "the previous
        month"), of an act that is not a running count."""
        old_frame, new_frame = self.frame(self.old[candidate.old]), self.frame(self.new[candidate.new])
        times = old_frame.times or new_frame.times
        # ("took place last week": the story's own days, told by a later report; not "last year")
        earlier = all(
            t.startswith(("relative:last", "relative:previous", "relative:past")) and not t.endswith(("week", "night", "weekend"))
            for t in times
        )
        return bool(times) and earlier and not _frames().running(old_frame, self.old[candidate.old].category)

    def earlier_event_on_one_side(self, candidate: _Candidate) -> bool:
        """Whether one figure's sentence, and not the other's, dates an earlier event of the story's
        kind before it (:func:`frame.of_an_earlier_one`: "In an earlier release in June, 14 were freed")."""
        return self._after_an_earlier_one(self.old[candidate.old]) != self._after_an_earlier_one(self.new[candidate.new])

    def _after_an_earlier_one(self, claim: Claim) -> bool:
        found = self._where(claim)
        if found is None:
            return False
        side, index = found
        # (the claims before it in its own sentence: the side's claims run in text order)
        before = itertools.takewhile(lambda other: (other.block, other.sentence) == (claim.block, claim.sentence), reversed(side[:index]))
        return any(_kind(other) == "time" and _frames().of_an_earlier_one(other, superlative=False) for other in before)

    def months_apart(self, candidate: _Candidate) -> bool:
        """Whether two frames are dated by a month alone each (not a day: another day is another
        step of a story), of an act that is not a running count."""
        old_frame, new_frame = self.frame(self.old[candidate.old]), self.frame(self.new[candidate.new])
        kinds = {time.partition(":")[0] for time in old_frame.times + new_frame.times}
        return kinds == {"month"} and not _frames().running(old_frame, self.old[candidate.old].category)

    def evidence(self, candidate: _Candidate) -> dict[str, object]:
        """Why a pair is ``changed`` or ``differs``: the frame slots that matched, the frames, the alignment."""
        found = self.agreement(candidate)
        return {
            "matched": list(found.matched),
            "aligned": candidate.aligned,
            "edited": candidate.aligned and candidate.similarity >= EDITED_THRESHOLD,
            "old_frame": self.frame(self.old[candidate.old]).record(),
            "new_frame": self.frame(self.new[candidate.new]).record(),
        }


#: The frames' tier takes the pairs whose frames agree in the most slots first (Egypt's toll of
#: 672 meets Egypt's 658, not Indonesia's "more than 160", though those values agree), then those
#: whose values agree: among frames alike, a claim's equal is a better partner.
_FRAME_ORDER = ("same", "compatible", "changed", "differs")

_Taken = dict[int, tuple[int, str, "dict[str, object] | None"]]


def _take(
    candidates: Sequence[_Candidate],
    rules: Sequence[Callable[[_Candidate], bool]],
    old_taken: _Taken,
    new_taken: set[int],
    judge: _Judge,
) -> None:
    """Take the candidates each rule accepts, best first; a pair whose values differ only where
    its frames say it is one quantity (:meth:`_Judge.status`)."""
    moments: dict[tuple[int, int], list[_Candidate]] = {}  # (side, index): the moments it may meet, elsewhere
    rewritten: dict[tuple[int, int], list[_Candidate]] = {}  # the same, in paragraphs rewritten
    for candidate in candidates:
        if candidate.date and not candidate.aligned and candidate.status in ("same", "compatible"):
            moments.setdefault((0, candidate.old), []).append(candidate)
            moments.setdefault((1, candidate.new), []).append(candidate)
        elif _rewritten_time(candidate):
            rewritten.setdefault((0, candidate.old), []).append(candidate)
            rewritten.setdefault((1, candidate.new), []).append(candidate)
    for rule in rules:
        for candidate in candidates:
            if candidate.old in old_taken or candidate.new in new_taken or not rule(candidate):
                continue
            status: str | None = candidate.status
            evidence = None
            if status in ("same", "compatible") and candidate.date and not candidate.aligned:
                # A month and a month of some year may be one month, not one event's: "In February,
                # Russia released Fogel" / "She was detained in February 2024". (A day written with
                # and without its year is one day: its frame is not read.)
                parts = [_date_parts(str(side[i].value)) for side, i in ((judge.old, candidate.old), (judge.new, candidate.new))]
                found = None if any(day for _, _, day in parts) else judge.agreement(candidate)  # (a day: no frame read)
                if found is not None and "predicate" in found.conflicts:
                    continue
                if found is not None and "name" in found.conflicts and _one_act_of_another(candidate, found, old_taken, new_taken, judge):
                    continue
                if found is None and _another_act_that_day(candidate, moments, old_taken, new_taken, judge):
                    continue
                if found is not None and not any(year for year, _, _ in parts) and not found.matched and not candidate.similarity:
                    # A month of no year, equal by value alone in sentences with nothing in common, is
                    # no evidence of one moment ("had confirmed in May that he was alive" / "An
                    # 88-year-old doctor was freed in May").
                    continue
            elif status == "same" and _rewritten_time(candidate) and _dates_another_act(candidate, rewritten, old_taken, new_taken, judge):
                continue
            elif (
                status == "same"
                and judge.old[candidate.old].category == "age"
                and judge.old[candidate.old].sentence != judge.new[candidate.new].sentence
                and "name" in judge.agreement(candidate).conflicts
            ):
                # Two people of one age ("Greta Ramelli, 21, and Vanessa Marzullo" / "Greta Ramelli,
                # 20, and Vanessa Marzullo, 21"): an age is one figure of the person it is given to.
                # (One sentence word for word, "He is 63.", is one person's, whoever its moved
                # paragraph now follows.)
                continue
            elif status == "compatible" and not candidate.date:
                # Overlapping values: not one quantity if the frames say otherwise ("11,300 killed" /
                # "more than 9,000 missing"; in one paragraph rewritten, "more than 19,000 were
                # arrested" / "at least 537 were killed").
                status = judge.status(candidate)
                if status is None:
                    continue
            if status == "changed":
                status = judge.status(candidate)
                if status is None:
                    continue
                evidence = judge.evidence(candidate)
            old_taken[candidate.old] = (candidate.new, status, evidence)
            new_taken.add(candidate.new)


def _rewritten_time(candidate: _Candidate) -> bool:
    """Whether a candidate pairs two times in a paragraph the diff aligned but that was rewritten, not edited."""
    return candidate.date and candidate.aligned and candidate.similarity < EDITED_THRESHOLD


def _dates_another_act(
    candidate: _Candidate,
    rewritten: Mapping[tuple[int, int], Sequence[_Candidate]],
    old_taken: _Taken,
    new_taken: set[int],
    judge: _Judge,
) -> bool:
    """Whether one time told alike in a paragraph rewritten dates two acts, where one of the two
    claims has another partner of its own act: "The men were sentenced in June 1975" / "Their trial
    opened in June 1975, and they were sentenced in August 1975" (the sentencing's month moved; the
    rival is told in the same form). Frames are read only for times with a rival in such a paragraph."""
    rivals = [
        c
        for c in (*rewritten.get((0, candidate.old), ()), *rewritten.get((1, candidate.new), ()))
        if c is not candidate and c.old not in old_taken and c.new not in new_taken and _told_alike(judge.old[c.old], judge.new[c.new])
    ]
    if not rivals or "predicate" not in judge.agreement(candidate).conflicts:
        return False
    return any("predicate" in judge.agreement(c).matched and _frames().classed(judge.frame(judge.old[c.old]).predicate) for c in rivals)


def _told_alike(a: Claim, b: Claim) -> bool:
    """Whether two times name the same parts (a year, a month, a day): a date corrected keeps its form
    ("June 1975" / "August 1975"), where "December 2000" / "March" are two moments told apart."""
    return [part is None for part in _date_parts(str(a.value))] == [part is None for part in _date_parts(str(b.value))]


def _another_act_that_day(
    candidate: _Candidate,
    moments: Mapping[tuple[int, int], Sequence[_Candidate]],
    old_taken: _Taken,
    new_taken: set[int],
    judge: _Judge,
) -> bool:
    """Whether one day told on both sides is the day of two acts, where one of the two claims may
    meet that day nowhere else and the other may meet it told of its own act (``moments``: the
    candidates of a moment, by side and claim). The feed's "which Lukashenko freed on Dec. 13" equals
    the site's "Cole said on Dec. 13" by value, yet the site's "released ... on Dec. 13, 2025" is that
    release (and the feed's "Cole said on Dec. 12" a day corrected). The pair's own verbs may conflict
    or be unread (the feed's lede tells the envoy's day with no verb read: "... John Cole said on Dec.
    13 following a meeting ..., in exchange for ..."): the day is set aside only where they do not
    agree. Many acts fall on a story's day, and across outlets one act is told with many verbs: only
    a rival whose verb agrees sets the pair aside. (Where each claim has another partner, no figure
    is left alone whichever pair is taken: no frame is read.)"""
    olds = [c for c in moments.get((0, candidate.old), ()) if c.new not in new_taken]
    news = [c for c in moments.get((1, candidate.new), ()) if c.old not in old_taken]
    if (len(olds) > 1) == (len(news) > 1) or "predicate" in judge.agreement(candidate).matched:
        return False
    return any("predicate" in judge.agreement(c).matched for c in olds + news if c is not candidate)


@define
class _Ledger:
    """What the later passes share and fill in: both sides' claims, the blocks the diff aligned,
    the pairs taken so far (old index: new index, status, evidence; the new indexes taken), and
    the judge that reads the claims' frames."""

    old: Sequence[Claim]
    new: Sequence[Claim]
    aligned_blocks: Collection[tuple[int, int]]
    old_taken: _Taken
    new_taken: set[int]
    judge: _Judge

    def parts(self) -> tuple[Sequence[Claim], Sequence[Claim], Collection[tuple[int, int]], _Taken, set[int], _Judge]:
        return self.old, self.new, self.aligned_blocks, self.old_taken, self.new_taken, self.judge


def pair_claims(
    old: Sequence[Claim],
    new: Sequence[Claim],
    aligned_blocks: Collection[tuple[int, int]],
    equal_runs: Sequence[tuple[int, int, int]] = (),
    documents: tuple[Document | None, Document | None] = (None, None),
    *,
    frames: FrameCache | None = None,
) -> list[Pairing]:
    """Pair the claims of OLD and NEW; ``aligned_blocks`` holds (old block, new block) index pairs,
    ``equal_runs`` the text the diff found equal, as ``(old start, new start, length)``,
    ``documents`` the two documents the claims are read from, where at hand (who "she" or "the
    35-year-old" is may be named in a sentence without a figure). ``frames`` may be shared by
    pairings of the same claim lists (the claim matrix pairs each report with every other): a
    claim's frame is read from its own text's claims only, so it is read once for all of them.

    A claim standing in equal text pairs with the claim at the same place in the other text
    first (:func:`_pair_unchanged`): one pass, whatever the number of claims. Tier 1 then only
    needs the other claims of aligned blocks; the global tiers look for partners of what is
    left, by equal value and by shared head noun, so two near-identical long texts cost little
    more than reading them. Last, claims still alone whose values differ meet where their
    frames agree (:func:`_pair_by_frames`).

    A correction notice ("This story has been corrected to give her age as 51, not 47"), and
    every sentence of a paragraph it opens ("Correction: An earlier version gave the wrong year.
    The law dates from 1961."), restates a figure and the value it replaced: its claims pair only
    with another notice's, never with the story's own figures; so does a figure a sentence of the
    story retracts ("life terms to 160 defendants, not 161 as reported earlier"). A figure the
    story no longer states may then meet a figure a note's own sentence states ("It was signed on
    May 31."), never one the note quotes.
    """
    story: tuple[list[Claim], list[Claim]] = ([], [])
    notices: tuple[list[Claim], list[Claim]] = ([], [])
    stating: set[int] = set()  # (by id) the claims of a note's own sentences, not the notice or a retraction
    for side, claims in enumerate((old, new)):
        for claim in claims:
            quoting = _NOTICE.match(claim.sentence) or _retracted(claim, documents[side]) or _superseded(claim)
            if not quoting and _in_a_notice(claim, documents[side]):
                stating.add(id(claim))
            (notices if quoting or id(claim) in stating else story)[side].append(claim)
    if not notices[0] and not notices[1]:
        return _pair_story(old, new, aligned_blocks, equal_runs, documents, frames)
    told = _pair_story(story[0], story[1], aligned_blocks, equal_runs, documents, frames)
    told += _pair_story(notices[0], notices[1], aligned_blocks, equal_runs, documents, frames)
    pairings = [p for p in told if p.old is not None and p.new is not None]
    alone = [p.old for p in told if p.new is None], [p.new for p in told if p.old is None]
    # A figure the story no longer states may meet the figure a note now states in its stead ("was
    # signed on May 30" / a version that gives the day only in its note: "Correction: An earlier
    # version said it was signed on May 30. It was signed on May 31."), never one the note quotes.
    noticed = {id(claim) for claim in notices[0] + notices[1]}
    quoted = [[claim for claim in claims if id(claim) in noticed and id(claim) not in stating] for claims in alone]
    pairings += [Pairing(claim, None, "removed") for claim in quoted[0]] + [Pairing(None, claim, "added") for claim in quoted[1]]
    left = [sorted((claim for claim in claims if id(claim) not in noticed or id(claim) in stating), key=lambda claim: claim.span.start) for claims in alone]
    for pairing in _pair_story(left[0], left[1], aligned_blocks, equal_runs, documents, frames):
        if pairing.old is None or pairing.new is None or {id(pairing.old), id(pairing.new)} & noticed:
            pairings.append(pairing)
        else:
            pairings += [Pairing(pairing.old, None, "removed"), Pairing(None, pairing.new, "added")]
    return sorted(pairings, key=_pairing_order)


#: A correction notice: "This story has been corrected to show ...", "An earlier version of this
#: article misstated ...", "Correction: ...", "Correction, Dec. 15, 2025: ...", "Editor's note (May 2):
#: ...", "(Corrects age in paragraph 2)"; any of them in brackets ("(This story has been corrected ...)").
_NOTICE = re.compile(
    r"\s*\(?\s*(?:(?:This|The|An\s+earlier\s+version\s+of\s+this|A\s+previous\s+version\s+of\s+this)\s+"
    r"(?:story|article|report|item|version)\s+(?:has\s+been|was|is)?\s*(?:corrected|updated\s+to\s+correct"
    r"|misstated|misspelled|misidentified|incorrectly|erroneously|gave|said|reported)"
    r"|(?:Correction|CORRECTION|Clarification|CLARIFICATION|Editor['’]s\s+[Nn]ote|EDITOR['’]S\s+NOTE)"
    r"(?:\s*,\s*[^:;]{1,30}?|\s*\([^()]{1,30}\))?\s*[:—–-]"
    # a wire's note on a version, in brackets or not: "(Corrects number freed to seven from eight
    # ...)", "Corrects day of release to Tuesday, not Monday."
    r"|\(\s*(?:Corrects|Updates|Adds|Recasts|Fixes|Clarifies|Changes)\b|Corrects\s+[a-z])"
)


def _in_a_notice(claim: Claim, document: Document | None) -> bool:
    """Whether a claim stands in a paragraph that opens with a correction notice ("Correction: An
    earlier version of this story gave the wrong year for the act. The law dates from 1961."): the
    notice's own sentences restate the corrected figures."""
    if document is None or not 0 <= claim.block < len(document.blocks):
        return False
    span = document.blocks[claim.block].span  # (matched in place: a block's text is not copied for each claim)
    return _NOTICE.match(document.text, span.start, span.end) is not None


#: A figure a sentence gives only to retract it: "life terms to 160 defendants, not 161 as reported
#: earlier", "killed 40 people, not 14 as previously stated", "four of them children, not six as
#: first reported" (the figure it stands for in digits or in words).
_RETRACTING = lazy_pattern(
    rf"(?:\d|\b(?:{'|'.join(sorted(_NUMBER_WORDS - {'o', 'os'}, key=len, reverse=True))})\b)[^,;.]{{0,40}},\s+not\s+$",
    re.IGNORECASE,
)
_AS_REPORTED = lazy_pattern(
    r"\s+as\s+(?:(?:was|had\s+been|we)\s+)?(?:(?:earlier|previously|initially|first|originally|wrongly|mistakenly)\s+)?"
    r"(?:reported|stated|said|given|announced|published)"
)


def _retracted(claim: Claim, document: Document | None = None) -> bool:
    """Whether a claim is a figure its sentence retracts (``not 161 as reported earlier``; in a
    paragraph that opens with a correction notice, ``It was 14, not 24.``): like a correction
    notice's, it pairs only with such figures, never with the story's own."""
    before = claim.sentence[max(0, claim.position - 50) : claim.position]
    if not before.endswith(" not ") or _RETRACTING().search(before) is None:
        return False
    if _AS_REPORTED().match(claim.sentence, claim.position + len(claim.text)) is not None:
        return True
    return _in_a_notice(claim, document)


#: A figure an update names as the one it replaces: "raising an earlier count of 18".
_EARLIER_FIGURE_OF = lazy_pattern(
    r"\b(?:an?|the)\s+(?:earlier|previous|initial|original)\s+(?:count|toll|figure|estimate|tally|number|total)\s+of\s+$",
    re.IGNORECASE,
)
#: "up from" a figure given before the update ("rose to four, up from three reported earlier",
#: "up from about 200 given on Tuesday", "up from some 23,000 a day earlier"), not from a level of
#: another time ("up from 4.8% in May"): what follows the figure says it was reported before.
_UP_FROM = lazy_pattern(r"\b(?:up|down)\s+from\s+(?:the\s+)?$", re.IGNORECASE)
_REPORTED_BEFORE = lazy_pattern(
    r"\s+(?:(?:as\s+)?(?:reported|given|announced|stated|counted|cited|released|confirmed)\s+)?"
    r"(?:earlier|previously|initially|yesterday|(?:a|one)\s+day\s+(?:earlier|before)|the\s+(?:day|night)\s+before"
    r"|the\s+previous\s+day|(?:on|late\s+on)\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b",
    re.IGNORECASE,
)


#: An earlier report's figure, told as that report's: "An earlier report, based on a first count,
#: put the number acquitted at 33", "It had reported on Wednesday night that six priests were".
_EARLIER_REPORT_PUT = lazy_pattern(
    r"(?:\b(?:an?|the|its)\s+(?:earlier|previous|initial|original|first)\s+(?:report|reports|count|statement|version|tally)\b"
    r"[^.;]{0,80}\bput\s+(?:the\s+)?[\w\s]{0,40}?\bat"
    r"|\b(?:had|initially|previously|earlier)\s+(?:reported|said|announced|stated)\b[^.;,]{0,40}\bthat)\s+$",
    re.IGNORECASE,
)


def _superseded(claim: Claim) -> bool:
    """Whether a claim is the figure an update says it replaced ("the toll rose to four, up from
    three reported earlier"; "raising an earlier count of 18"; "An earlier report put the number
    acquitted at 33"; "It had reported on Wednesday night that six priests were on the flight"):
    the earlier version's figure told again as past. Like a retracted one it pairs only with such
    figures, so that the earlier version's own "three" meets the update's "four", not its echo."""
    before = claim.sentence[max(0, claim.position - 130) : claim.position]
    if before.endswith(("at ", "that ")):
        return _EARLIER_REPORT_PUT().search(before) is not None
    if not before.endswith(("of ", "from ", "the ")):
        return False  # (every claim of every pairing is asked: most end no such phrase)
    before = before[-60:]
    if _EARLIER_FIGURE_OF().search(before):
        return True
    return _UP_FROM().search(before) is not None and _REPORTED_BEFORE().match(claim.sentence, claim.position + len(claim.text)) is not None


def _pair_story(
    old: Sequence[Claim],
    new: Sequence[Claim],
    aligned_blocks: Collection[tuple[int, int]],
    equal_runs: Sequence[tuple[int, int, int]],
    documents: tuple[Document | None, Document | None],
    frames: FrameCache | None = None,
) -> list[Pairing]:
    """:func:`pair_claims` on claims of one kind of text: the story's, or its notices'."""
    aligned_blocks = _without_headline_against_body(old, new, aligned_blocks) | _edited_apart(old, new)
    judge = _Judge(old, new, documents, frames)
    old_taken: _Taken = {}
    new_taken: set[int] = set()
    _pair_unchanged(old, new, equal_runs, old_taken, new_taken)
    in_aligned = _aligned_pairs(old, new, aligned_blocks, old_taken, new_taken)
    candidates = _edited_before_equal(old, new, sorted(_weigh(old, new, in_aligned, aligned_blocks), key=_Candidate.order))
    _take(candidates, _TIERS[:1], old_taken, new_taken, judge)

    old_left = [i for i in range(len(old)) if i not in old_taken]
    new_left = [j for j in range(len(new)) if j not in new_taken]
    elsewhere = {
        pair
        for group in (_value_group, _head_group)
        for pair in _neighbours(old, new, old_left, new_left, group)
        if (old[pair[0]].block, new[pair[1]].block) not in aligned_blocks
    }
    candidates = sorted(candidates + _weigh(old, new, elsewhere, aligned_blocks), key=_Candidate.order)
    candidates = _edited_before_particular(candidates)
    _take(_rivals_by_frames(candidates, old_taken, new_taken, judge), _TIERS[1:], old_taken, new_taken, judge)
    paired_by = dict.fromkeys(old_taken, "tiers")
    ledger = _Ledger(old, new, aligned_blocks, old_taken, new_taken, judge)
    for later_pass in _LATER_PASSES:
        later_pass(ledger)
        paired_by.update(dict.fromkeys(old_taken.keys() - paired_by.keys(), _pass_name(later_pass)))
    for i, (j, status, evidence) in old_taken.items():
        if evidence is not None:
            old_taken[i] = (j, status, {**evidence, "paired_by": paired_by[i]})
    _moments_of_updates(old, new, old_taken, judge)
    _uncertain_pairs_differ(old, new, old_taken, new_taken)
    _crossed_figures_differ(old, new, old_taken, judge)

    pairings = [Pairing(old[i], new[j], status, evidence) for i, (j, status, evidence) in old_taken.items()]
    restated = _restated_changes(old, new, old_taken, new_taken, judge) + _parts_made_whole(old, new, old_taken, new_taken, judge)
    pairings += restated
    old_restating = {id(p.old) for p in restated}
    new_restating = {id(p.new) for p in restated}
    pairings += [Pairing(c, None, "removed") for i, c in enumerate(old) if i not in old_taken and id(c) not in old_restating]
    pairings += [Pairing(None, c, "added") for j, c in enumerate(new) if j not in new_taken and id(c) not in new_restating]
    pairings.sort(key=_pairing_order)
    return pairings


#: A vague plural: "thousands", "Tens of thousands", "several hundred", "dozens" (no digit, a span).
_VAGUE_PLURAL = lazy_pattern(r"(?:(?:several|many|a\s+few|some|tens\s+of|hundreds\s+of)\s+)?(?:dozens|scores|hundreds|thousands|millions|hundred|thousand)", re.IGNORECASE)


def _vague(claim: Claim) -> bool:
    """Whether a claim is a vague plural ("thousands", "several hundred"): a span, no digit, no value."""
    return claim.value is None and claim.low is not None and claim.high is not None and _VAGUE_PLURAL().fullmatch(claim.text) is not None


def _headline_bound(claim: Claim) -> bool:
    """Whether a claim is an open bound ("More Than 18,000", "At Least 40") in a Title Case headline."""
    return claim.value is not None and (claim.low is None) != (claim.high is None) and _in_headline(claim)


def _uncertain_pairs_differ(old: Sequence[Claim], new: Sequence[Claim], old_taken: _Taken, new_taken: set[int]) -> None:
    """A ``changed`` pair of a vague plural and a figure near it (:func:`_vague_near`) differs, whichever pass made it;
    one with a figure more than ten times past its span, across reports, is two quantities ("about 5,000 fighters" /
    "dozens of armed fighters" took the passengers: a group and some of it). So are two counts across reports more
    than ten times apart (:func:`_counts_far`); more than :data:`_APART` times apart, they differ, as do two times
    far apart on a verb alone (:func:`_times_far_on_a_verb`) and two ages far apart with no name in common
    (:func:`_unnamed_ages_far`). Each such ``differs`` says why in its evidence's ``uncertain``."""
    for i, (j, status, evidence) in list(old_taken.items()):
        across = not (evidence or {}).get("aligned")
        if status == "changed" and _vague_near(old[i], new[j]):
            old_taken[i] = (j, "differs", evidence)
        elif across and (status == "changed" and _vague_far(old[i], new[j]) or status in ("changed", "differs") and _counts_far(old[i], new[j], evidence, _TWO_QUANTITIES)):
            del old_taken[i]
            new_taken.discard(j)
        elif across and status == "changed" and _counts_far(old[i], new[j], evidence, _APART):
            old_taken[i] = (j, "differs", {**(evidence or {}), "uncertain": "far apart"})
        elif status == "changed" and not (evidence or {}).get("edited") and _times_far_on_a_verb(old[i], new[j], evidence):
            old_taken[i] = (j, "differs", {**(evidence or {}), "uncertain": "times far apart"})
        elif status == "changed" and _unnamed_ages_far(old[i], new[j], evidence):
            old_taken[i] = (j, "differs", {**(evidence or {}), "uncertain": "ages far apart"})
        elif status == "changed" and _times_of_two_acts(old[i], new[j], evidence):
            old_taken[i] = (j, "differs", {**(evidence or {}), "uncertain": "times of day of two acts"})


def _times_of_two_acts(a: Claim, b: Claim, evidence: Mapping[str, Any] | None) -> bool:
    """Whether two times of day paired as ``changed`` may tell two acts' moments: a story's day
    holds many ("were driven to the ministry at about 2:30 p.m." / "took off at 8:50 p.m.", one
    sentence rewritten). Outside a sentence kept nearly whole, only one act named alike on both
    sides vouches for one moment, and one yet to come is not one that came ("expected to land
    at 7 a.m." / "landed at 11:57 a.m."). The one time each side leaves alone, hours apart at
    most, vouches for itself (:func:`_pair_lone_moments`): one act's moment, its verb worded apart
    ("The quake struck at 7:49 a.m." / "It hit at 7:39 a.m."). (Read there as yet to come, such
    times lost four flag items over the facts sets for no false ``changed`` saved: a future in a
    clause after the time, "to begin an exile that ... will be short", is no plan of its act.)"""
    if a.category != "clock" or (evidence or {}).get("paired_by") == "lone_moments":
        return False
    if (evidence or {}).get("edited") and _likeness(frozenset(a.context), frozenset(b.context)) >= _CLOSELY_EDITED:
        return False
    return "predicate" not in (evidence or {}).get("matched", ()) or _frames().planned(a) != _frames().planned(b)


def _crossed_figures_differ(old: Sequence[Claim], new: Sequence[Claim], old_taken: _Taken, judge: _Judge) -> None:
    """A ``changed`` pair across reports is ``differs`` where either figure, larger than ten, also
    stands in the other report as another claim of its kind, told alike ("freed 52 in September ...
    14 in June" / "the 14 freed"): the report that states both tells them apart, and the one that
    states one may be giving either (the evidence's ``uncertain`` names that other figure). Such
    pairs were right 15 times for 7 false over the sets read and once for one false over the sets
    not read (``docs/claims.rst``). Small figures (``five`` / ``six``), years and ages stand
    everywhere by chance: they are left as paired, but for a year the other report states as
    another act of the same verb ("sentenced to death in 1989 ... again in 1998" / "sentenced him
    to death in 1998")."""
    def key(claim: Claim) -> tuple[object, ...]:
        # the figure, and which ends it leaves open ("more than 2,000 suspects" is no "some 2,000 prisoners")
        return claim.category, claim.unit, claim.value, claim.low is None, claim.high is None

    stated = [{key(c): c for c in reversed(side)} for side in (old, new)]  # each figure's first statement
    for i, (j, status, evidence) in list(old_taken.items()):
        if status != "changed" or (evidence or {}).get("aligned"):
            continue
        a, b = old[i], new[j]
        if a.category == "year":
            # A year stated in the other report as another act of the same verb: "sentenced to death in
            # 1989 ... sentenced again in 1998" / "sentenced him to death in 1998"
            stated_as = ((stated[0].get(key(b)), b), (stated[1].get(key(a)), a))
            crossed = next((c for c, other in stated_as if c is not None and _one_verb(judge.frame(c), judge.frame(other))), None)
        elif a.category == "age" or not all(isinstance(c.value, (int, float)) and abs(c.value) > 10 for c in (a, b)):
            continue  # (years and ages lie in narrow spans, where two stories' figures meet by chance)
        else:
            crossed = stated[0].get(key(b)) or stated[1].get(key(a))
        if crossed is not None:
            old_taken[i] = (j, "differs", {**(evidence or {}), "uncertain": f"{crossed.text} stated apart"})


#: How many times apart two counts across reports, of no toll, may be and still be one quantity.
_TWO_QUANTITIES = 10
#: How many times apart two counts across reports, of no toll, may be and still be ``changed``. One
#: figure told otherwise is seldom more than three times the other; two figures of one frame often
#: are ("freed 52 on Thursday" / "14 freed in June"). Pairs further apart were 2 right and 5 false
#: over the sets read, 0 right and 4 false over the sets not read (``docs/claims.rst``).
_APART = 3


def _counts_far(a: Claim, b: Claim, evidence: Mapping[str, Any] | None, factor: float) -> bool:
    """Whether two counts paired as ``changed`` or ``differs`` across reports lie more than ``factor``
    times apart where no running count (a toll that grows as it is counted: "Kills 144" / "Toll
    Rises To 1,644") makes them one: "would free three of them" / "wants to exchange some 40
    high-profile captives" are a part and a whole, or two groups, not one figure told otherwise.
    Less than :data:`_TWO_QUANTITIES` times apart, a crowd's size (police and organisers count apart: "81,000
    protesters" / "700,000 people marched") or one place's population (its slips are read apart:
    "9.5 million" / "91.5 million") may be one figure told otherwise."""
    if a.category != "count" or b.category != "count" or None in (a.low, b.low) or 0 in (a.high, b.high):
        return False
    frames = [(evidence or {}).get(side, {}) for side in ("old_frame", "new_frame")]
    nearer = factor < _TWO_QUANTITIES
    if nearer and all(frame.get("thing") == "population" for frame in frames):
        return False
    predicates = {frame.get("predicate") for frame in frames}
    # (both a toll: "part of a community of several hundred thousand people" is no toll of 45 dead)
    one_figure = _frames().RUNNING | {"march"} if nearer else _frames().RUNNING
    # (an open upper end reaches no higher figure down: "at least 44" is more than ten times "four")
    return not predicates <= one_figure and any(low > factor * high for low, high in ((a.low, b.high), (b.low, a.high)) if high is not None)


#: Months (years, for times with no month) apart beyond which two times that share only their verb
#: are told of two acts as likely as of one: a slip between reports is a day, a month or a year or
#: two off (measured in ``docs/claims.rst``).
_MONTHS_APART = 2


#: A sentence opened by a noun after "the": "The front, made up of", "The ferry, built in".
_OPENING = re.compile(r"The\s+([\w-]+)\b")


def _times_far_on_a_verb(a: Claim, b: Claim, evidence: Mapping[str, Any] | None) -> bool:
    """Whether two times paired as ``changed`` outside one edited sentence share no slot of their
    frames but the verb (nothing at all, for a pass that pairs by the moment alone) and lie far
    apart (:func:`times_far_apart`): "arrived in Spain in March" / "one of the poets, who arrived
    last August"; "found guilty in 2010" / "Courts convicted at least 61 bloggers in 2013". One
    verb is told of many acts of one story."""
    if not set((evidence or {}).get("matched", ())) <= {"predicate"}:
        return False
    openings = [_OPENING.match(c.sentence) for c in (a, b)]
    if openings[0] and openings[1] and openings[0].group(1).lower() == openings[1].group(1).lower():
        return False  # one subject opens both ("The front ... has been fighting since 1984" / "The front, which has waged ... since 1994")
    return times_far_apart(a, b)


def times_far_apart(a: Claim, b: Claim) -> bool:
    """Whether two times lie more than :data:`_MONTHS_APART` months apart, or years where either
    gives no month: further apart than reports slip in telling one moment. One month of two years
    in a row is a slip of the year, and so is a year two off; a weekday or a decade is nowhere in
    the calendar (never far)."""
    if _kind(a) != "time" or _kind(b) != "time":
        return False
    parts = [_date_parts(str(c.value)) if c.category == "date" else (str(c.value), None, None) for c in (a, b)]
    if any(not all(x is None or x.isdigit() for x in p) for p in parts) or _weekday(a) or _weekday(b):
        return False
    (year_a, month_a, _), (year_b, month_b, _) = parts
    if month_a and month_b:
        if year_a and year_b:
            # (one month of two years in a row is a slip of the year: "cut the term in August 2012" /
            # "In August 2013 an appeal court reduced the sentence")
            slip = month_a == month_b and abs(int(year_a) - int(year_b)) == 1
            return not slip and abs((int(year_a) * 12 + int(month_a)) - (int(year_b) * 12 + int(month_b))) > _MONTHS_APART
        apart = abs(int(month_a) - int(month_b))
        return min(apart, 12 - apart) > _MONTHS_APART  # (no year on one side: the nearer way round)
    # (a year is slipped by two as by one: "sanctions imposed in 2023" / "in 2021")
    return bool(year_a and year_b) and abs(int(year_a) - int(year_b)) > _MONTHS_APART


#: Years apart beyond which two people's ages told with no name in common are as likely two people's
#: as one's: one person's age is told a year or two off, or a slip of its digits, which a name vouches
#: for (measured in ``docs/claims.rst``).
_AGES_APART = 5
#: Ages above this are no person's ("its 8,000-year-old rock art").
_OLDEST = 130


def _unnamed_ages_far(a: Claim, b: Claim, evidence: Mapping[str, Any] | None) -> bool:
    """Whether two people's ages paired as ``changed`` with no name in common lie more than
    :data:`_AGES_APART` years apart: "Mohamed Badie ..., who is 70" / "her 19-year-old son"; "the
    17-year-old and her mother" / "Judith Raanan, a 57-year-old artist"."""
    if a.category != "age" or b.category != "age" or "name" in (evidence or {}).get("matched", ()):
        return False
    years = [c.value * c.factor for c in (a, b) if isinstance(c.value, (int, float))]
    return len(years) == 2 and max(years) <= _OLDEST and abs(years[0] - years[1]) > _AGES_APART


def _within(a: Claim, b: Claim, factor: float) -> bool | None:
    """Whether the other figure of a pair with a vague plural lies within ``factor`` of the vague
    word's span; ``None`` where neither is a vague plural."""
    for vague, other in ((a, b), (b, a)):
        if _vague(vague):
            low, high = _bounds(other)[:2]
            return low <= vague.high * vague.factor * factor and high * factor >= vague.low * vague.factor
    return None


def _vague_far(a: Claim, b: Claim) -> bool:
    """Whether one of two figures is a vague plural and the other lies more than ten times past its span."""
    return _within(a, b, 10) is False


def _vague_near(a: Claim, b: Claim) -> bool:
    """Whether a vague plural and another figure for it are near enough to be one count told loosely:
    "Thousands protested" / "Tens of thousands marched", "thousands remain jailed" / "more than
    10,000 are held" (a vague word's span has no hard edge: within a factor of two of it), where
    "hundreds were freed" / "52 were freed" still disagree."""
    return _within(a, b, 2) is True


def _without_headline_against_body(
    old: Sequence[Claim], new: Sequence[Claim], aligned_blocks: Collection[tuple[int, int]]
) -> set[tuple[int, int]]:
    """The aligned blocks less a Title Case headline aligned with a paragraph of the story: the diff
    may pair "Eight Men Deported By U.S. Land In South Sudan" with a new lede that opens with the
    same words, but a headline is never an edit of a paragraph (a figure in it restates one,
    :func:`_restatements`), and their claims would take each other as one sentence edited."""
    headlines = [{c.block for c in side if _in_headline(c)} for side in (old, new)]
    return {(o, n) for o, n in aligned_blocks if (o in headlines[0]) == (n in headlines[1]) or o == n == 0}


def _figures_blanked(claims: Sequence[Claim]) -> dict[str, set[int]]:
    """Each sentence of ``claims`` with its figures blanked out, and the blocks it stands in."""
    by_sentence: dict[tuple[int, str], list[Claim]] = {}
    for claim in claims:
        by_sentence.setdefault((claim.block, claim.sentence), []).append(claim)
    blanked: dict[str, set[int]] = {}
    for (block, sentence), found in by_sentence.items():
        for claim in sorted(found, key=lambda c: -c.position):
            sentence = sentence[: claim.position] + "#" + sentence[claim.position + len(claim.text) :]
        if len(sentence.split()) >= _EDITED_APART_WORDS:
            blanked.setdefault(_ATTRIBUTION_AT_END().sub("", sentence.rstrip()), set()).add(block)
    return blanked


#: Who said it, at a sentence's end ("..., officials said.", "..., the ministry said on #."): a
#: version that adds or drops it has edited the sentence before it no more.
_ATTRIBUTION_AT_END = lazy_pattern(
    r"(?:,\s+(?:[\w'’.-]+\s+){0,6}?(?:said|says|reported|added|confirmed|told\s+reporters)(?:\s+on\s+#)?)?\s*[.!?][\"”’']?$"
)


#: How many words a sentence needs for its figures alone to be what was edited in it.
_EDITED_APART_WORDS = 6


def _edited_apart(old: Sequence[Claim], new: Sequence[Claim]) -> set[tuple[int, int]]:
    """Blocks that hold one sentence edited only in its figures, where the diff did not align the
    blocks (a sentence added before it: "The freed men were 12 policemen and four soldiers" / "Among
    the prisoners freed was ... The freed men were 13 policemen and three soldiers"): one sentence,
    edited in place, wherever its paragraph went. A sentence told in one block each side only."""
    old_blanked, new_blanked = _figures_blanked(old), _figures_blanked(new)
    return {
        (next(iter(old_blocks)), next(iter(new_blanked[sentence])))
        for sentence, old_blocks in old_blanked.items()
        if len(old_blocks) == 1 and len(new_blanked.get(sentence, ())) == 1
    }


#: How alike a sentence edited in place must be for a figure edited in it to come before its equal
#: in another sentence (a sentence rewritten around its figures may pair them otherwise).
_CLOSELY_EDITED = 0.75


def _edited_before_equal(old: Sequence[Claim], new: Sequence[Claim], candidates: Sequence[_Candidate]) -> list[_Candidate]:
    """The candidates less an equal value in another sentence of aligned blocks, where either claim
    stands in a sentence edited in place with another value: "went missing on Jan. 19 while
    hunting" / "went missing on Jan. 18 while hunting. The army raised the matter on Jan. 19": the
    date edited in its sentence, not the new sentence's equal date."""
    edited_old: dict[int, set[str]] = {}
    edited_new: dict[int, set[str]] = {}
    agreeing_old: dict[int, int] = {}
    agreeing_new: dict[int, int] = {}
    for c in candidates:
        if c.aligned and c.similarity >= _CLOSELY_EDITED and c.status != "same":
            edited_old.setdefault(c.old, set()).add(new[c.new].sentence)
            edited_new.setdefault(c.new, set()).add(old[c.old].sentence)
            agreeing_old[c.old] = max(agreeing_old.get(c.old, -1), c.agreement)
            agreeing_new[c.new] = max(agreeing_new.get(c.new, -1), c.agreement)

    def equal_elsewhere(c: _Candidate) -> bool:
        """An equal value loosely alike, outside the sentence its claim was edited in; or in it, of
        no subject, where the claim's edited value counts its own subject ("held in four places,
        three of them temporary" / "held in five places, four of them temporary": four places
        became five, not the four of them)."""
        if c.status == "same" and c.aligned and c.agreement == 0 and SUBJECT_AGREES <= max(agreeing_old.get(c.old, -1), agreeing_new.get(c.new, -1)):
            return True
        if c.status != "same" or not c.aligned or c.similarity >= EDITED_THRESHOLD:
            return False
        old_edited_in, new_edited_in = edited_old.get(c.old), edited_new.get(c.new)
        return bool(old_edited_in and new[c.new].sentence not in old_edited_in) or bool(new_edited_in and old[c.old].sentence not in new_edited_in)

    return [c for c in candidates if not equal_elsewhere(c)]


def _edited_before_particular(candidates: Sequence[_Candidate]) -> list[_Candidate]:
    """The candidates, a particular figure's (or a date's) equal elsewhere no longer vouched for by
    its value alone where it counts another thing and either claim stands in a sentence edited in
    place: "freed 14 prisoners on Saturday" / "freed 16 prisoners on Saturday" is the one figure
    told otherwise, not "among them 14 foreigners" three paragraphs down."""
    edited_old = {c.old for c in candidates if c.aligned and c.similarity >= EDITED_THRESHOLD}
    edited_new = {c.new for c in candidates if c.aligned and c.similarity >= EDITED_THRESHOLD}
    found = []
    for c in candidates:
        if c.old in edited_old or c.new in edited_new:
            if c.distinctive and c.agreement < 0:
                c = evolve(c, distinctive=False)
            elif c.date and not c.aligned and c.status == "same":
                # "He was to be sentenced on Dec. 16" / "... on Dec. 12" (edited in place), not the
                # other case's "Sentencing ... was set for Dec. 16" further down.
                c = evolve(c, date=False)
        found.append(c)
    return found


def _rivals_by_frames(
    candidates: Sequence[_Candidate], old_taken: _Taken, new_taken: set[int], judge: _Judge
) -> list[_Candidate]:
    """The candidates in the order the tiers take them, rivals in aligned blocks put by their frames.

    Where a claim left alone has two or more partners in aligned blocks whose values differ from
    its own, the partner whose frame is most like its own comes first: fewest slots in conflict,
    most alike, a time on one side only last ("killing eight people and forcing more than 10,000
    from their homes" / "The toll rose to 14 on Friday, and more than 36,000 people were still
    unable to return": the dead are 14, though "people" is said beside 36,000). Frames are read
    for those rivals only."""
    open_ = [
        c for c in candidates
        if c.aligned and c.status in ("changed", "compatible") and c.old not in old_taken and c.new not in new_taken
    ]
    olds, news = Counter(c.old for c in open_), Counter(c.new for c in open_)
    rivals = {id(c) for c in open_ if olds[c.old] > 1 or news[c.new] > 1}
    if not rivals:
        return list(candidates)

    def rank(candidate: _Candidate) -> tuple[int, int, bool]:
        if id(candidate) not in rivals:
            return (0, 0, False)
        found = judge.agreement(candidate)
        return (len(found.conflicts), -len(found.matched), found.one_sided_time)

    return sorted(candidates, key=rank)  # stable: the tiers' order within a rank


def _restated_changes(
    old: Sequence[Claim], new: Sequence[Claim], old_taken: _Taken, new_taken: set[int], judge: _Judge
) -> list[Pairing]:
    """A figure left alone that restates, in its own report, a figure paired as ``changed`` (a
    headline restating its lede: "Returns 238 Venezuelans" / "238 Venezuelans were flown home")
    is changed against the same partner: the one old figure told once (252) disagrees with both
    statements. Where both reports restate the pair, the restatements pair with each other. A
    restatement has the value (with or without its qualifier), and a frame that conflicts nowhere
    with it and shares its thing or predicate; the evidence names it (``restates``). A pair that
    only overlaps ("After 2 Years" / "After 735 Days"), one side told again more tightly ("had
    spent nearly two years in custody"), is changed where that restatement cannot be the other's
    figure. Where the headlines tell the change, a paragraph restating its headline is no second
    disagreement ("Grants Amnesty To 3,026" / "To Free 3,035" and the lede's "will free 3,035").
    These pairings are the only ones that share a claim with another."""
    found = []
    changed = [(i, j, evidence) for i, (j, status, evidence) in old_taken.items() if status == "changed"]
    # A pair that only overlaps ("After 2 Years" / "After 735 Days") and a restatement of one side
    # that the other's figure cannot be ("had spent nearly two years in custody"): that one changed.
    overlapping = [(i, j) for i, (j, status, _) in old_taken.items() if status == "compatible" and _kind(old[i]) != "time"]
    if not changed and not overlapping:
        return found
    told = Counter((old[i].category, old[i].value, new[j].value) for i, j, _ in changed)
    sides = []
    for mine, taken in ((old, set(old_taken)), (new, new_taken)):
        by_figure: dict[tuple[object, ...], list[int]] = {}
        for index, claim in enumerate(mine):
            if index not in taken:
                by_figure.setdefault((claim.category, claim.value, claim.unit), []).append(index)
        sides.append((mine, by_figure))

    def restatements(side: int, stated: Claim) -> list[Claim]:
        mine, by_figure = sides[side]
        found = []
        for index in by_figure.get((stated.category, stated.value, stated.unit), ()):
            again = mine[index]
            headline = 0 in (stated.block, again.block) and stated.category != "age"
            # (one number, with or without its qualifier: "Toll Rises To 62" restates "at least 62",
            # and a headline drops any: "Says 600 Arrested" restates "more than 600")
            if (headline or relation(stated, again) in ("same", "compatible")) and _restates_in_frame(
                judge.frame(stated), judge.frame(again), age=stated.category == "age", headline=headline
            ):
                found.append(again)
        return found

    def tighter(side: int, stated: Claim) -> list[Claim]:
        """The one figure left alone on ``stated``'s side that tells a vague plural ("Hundreds"), or
        a headline's open bound ("To Free More Than 18,000 Inmates"), as a number inside it ("888
        political prisoners", "would free 18,298 prisoners"), in a frame that may be the same figure's."""
        mine, by_figure = sides[side]
        if not (_vague(stated) or _headline_bound(stated)):
            return []
        found = [
            mine[index]
            for figure, indices in by_figure.items()
            if figure[0] == stated.category and figure[1] is not None
            for index in indices
            if relation(stated, mine[index]) == "compatible"
            and not _far_bounds(stated, mine[index])  # "After More Than Two Years" is not "jailed for 10 years"
            and _restates_in_frame(judge.frame(stated), judge.frame(mine[index]), age=False, headline=0 in (stated.block, mine[index].block))
        ]
        return found if len(found) == 1 else []

    for i, j, evidence in changed:
        olds, news = restatements(0, old[i]), restatements(1, new[j])
        # Both reports restating the pair (each headline its lede): the restatements are the pair
        # told again, one against the other, whatever their values say of each other ("At Least
        # 40" / "Rises To 62": compatible), not each against the other's lede. A restatement
        # against the other's partner counts only where it cannot be true with it ("At least 12"
        # / "the toll of 17" agree).
        for a, b in zip(olds, news):
            status = relation(a, b)
            found.append(Pairing(a, b, status, {**(evidence or {}), "restates": old[i].text} if status == "changed" else None))
        if told[old[i].category, old[i].value, new[j].value] > 1:
            # "Kills 127" / "Rises To 174" and "At least 127" / "At least 174": the change is already
            # told headline against headline and lede against lede; "174 had died" further down is
            # no third disagreement with a headline it never stood against.
            continue
        # A restatement disagrees with the figure told once too ("Freed After 22 Years" / "after
        # nearly 20 years"), but where the headlines (the first blocks) tell the change ("Grants
        # Amnesty To 3,026" / "To Free 3,035"), a paragraph restating its headline says it twice
        # ("will free 3,035").
        headlines = old[i].block == new[j].block == 0
        pairs = [(old[i], again, new[j]) for again in news[len(olds) :] if again.block == 0 or not headlines] + [
            (again, new[j], old[i]) for again in olds[len(news) :] if again.block == 0 or not headlines
        ]
        found += [Pairing(a, b, "changed", {**(evidence or {}), "restates": stated.text}) for a, b, stated in pairs if relation(a, b) == "changed"]
    for i, j in overlapping:
        olds, news = restatements(0, old[i]), restatements(1, new[j])
        loose = not olds and not news
        if loose:
            # "Hundreds" / "884" and the old lede's "888": a vague plural told again as one figure
            olds, news = tighter(0, old[i]), tighter(1, new[j])
        if bool(olds) == bool(news):
            continue  # each side told once, or both told again: what each restatement meets is not known
        pairs = [(old[i], again, new[j]) for again in news] + [(again, new[j], old[i]) for again in olds]
        if loose:
            # a figure told inside a vague one meets the other side's by its frame too, by one act
            # (not "pardoned 83" / "58 political prisoners among those freed": a pardon's count and a part freed)
            pairs = [(a, b, stated) for a, b, stated in pairs if _one_act(judge.frame(a), judge.frame(b))]
        evidence = judge.evidence(_candidate(old, new, i, j, ()))
        found += [Pairing(a, b, "changed", {**evidence, "restates": stated.text}) for a, b, stated in pairs if relation(a, b) == "changed"]
    return found


def _one_verb(a: Frame, b: Frame) -> bool:
    """Whether two frames tell their figures with one predicate, whatever else they say ("sentenced
    to death in 1989" / "a sharia court sentenced him to death in 1998": names apart)."""
    return bool(a.predicate) and a.predicate == b.predicate


def _one_act(a: Frame, b: Frame) -> bool:
    """Whether two frames tell one act, by one predicate, of one thing or of things that do not conflict."""
    return _one_verb(a, b) and not _frames().agreement(a, b).conflicts


def _headline_restating(claim: Claim, stated: Claim, judge: _Judge) -> bool:
    """Whether ``claim``, in a Title Case headline, states again ``stated`` (a figure of its own
    report's story), in a frame that may be the same figure's."""
    return (
        claim.block == 0
        and stated.block != 0
        and (stated.category, stated.value, stated.unit) == (claim.category, claim.value, claim.unit)
        and title_case(claim.sentence)
        and _restates_in_frame(judge.frame(stated), judge.frame(claim), age=claim.category == "age", headline=True)
    )


#: "15 of 41", "39 of the 53": a part counted before its whole (the whole's claim follows).
_PART_BEFORE_WHOLE = re.compile(r"\s+of\s+(?:the\s+)?$", re.IGNORECASE)


def _parts_made_whole(
    old: Sequence[Claim], new: Sequence[Claim], old_taken: _Taken, new_taken: set[int], judge: _Judge
) -> list[Pairing]:
    """A part left alone before its whole ("Bring Out 15 Of 41 Workers") where the other report
    says all of it ("Bring Out All 41 Workers", paired with the whole as the same figure): the
    count of the part changed, to the whole (15 / all 41). These pairings share the "all" claim
    with the whole's pair, as restatements do; either side may hold the part."""
    found = []
    for i, (j, status, _) in list(old_taken.items()):
        if status != "same" or (old[i].qualifier == "all") == (new[j].qualifier == "all"):
            continue
        if new[j].qualifier == "all":
            part = _part_before(old, old[i], old_taken)
            a, b = part, j
        else:
            part = _part_before(new, new[j], new_taken)
            a, b = i, part
        if part is not None:
            found.append(Pairing(old[a], new[b], "changed", judge.evidence(_candidate(old, new, a, b, ()))))
    return found


def _part_before(claims: Sequence[Claim], whole: Claim, taken: Collection[int]) -> int | None:
    """The index of a count left alone right before ``whole`` as its part ("15 of 41"), if any."""
    for index, claim in enumerate(claims):
        between = whole.sentence[claim.position + len(claim.text) : whole.position]
        if claim.sentence == whole.sentence and claim.category == "count" and claim.position < whole.position and _PART_BEFORE_WHOLE.fullmatch(between):
            return None if index in taken else index
    return None


def _restates_in_frame(a: Frame, b: Frame, *, age: bool, headline: bool) -> bool:
    """Whether two frames of one report may state one figure: a thing or a predicate alike (two
    equal ages of one report need none: "Couple, 80 And 75" / "Barbie Reynolds, aged 75"), none
    of thing, predicate and time told otherwise, and the names of one among the other's
    ("Dominique Pelicot, 72" is not restated by "Gisèle Pelicot, 72"; a headline may place it
    otherwise than its lede). Read without the tables of places, which cost more than the rest."""
    if age:
        return set(a.names) <= set(b.names) or set(b.names) <= set(a.names)
    alike = (a.thing and a.thing == b.thing) or (a.predicate and a.predicate == b.predicate)
    told_otherwise = (
        (a.thing and b.thing and a.thing != b.thing)
        or (a.predicate and b.predicate and a.predicate != b.predicate)
        or (a.times and b.times and not set(a.times) & set(b.times))
        # a year on one side only, below the headline: another event's ("a 7.6-magnitude quake ... in 1999")
        or (not headline and bool(a.times) != bool(b.times) and any(t.startswith("year:") for t in a.times + b.times))
    )
    names = set(a.names), set(b.names)
    # A headline names its story's people whatever its verb's subject ("King Frees Journalists Radi
    # ... In Pardon Of 2,476" / "King Mohammed VI included them in a pardon of 2,476 people").
    return bool(alike) and not told_otherwise and (headline or names[0] <= names[1] or names[1] <= names[0])


_RESTATING = re.compile(
    r"\b(?:put|puts|putting|placed|places|placing)\s+(?:the|its|their|that)\s+"
    r"(?:number|figure|total|count|tally|toll|turnout|crowd|size)\s+at\s+$",
    re.IGNORECASE,
)


def _restates(claim: Claim) -> bool:
    """Whether a claim restates an earlier figure of its sentence ("..., putting the number at 1.28 million")."""
    return _RESTATING.search(claim.sentence, max(0, claim.position - 40), claim.position) is not None


def _restatements(ledger: _Ledger) -> None:
    """A figure that restates an earlier one of its sentence more precisely ("More than a million
    marched ..., putting the number at 1.28 million") stands for it: where the vaguer figure was
    paired as compatible and the precise one left alone, the precise one takes its partner, and
    the pair is judged on its values."""
    old, new, aligned_blocks, old_taken, new_taken, judge = ledger.parts()
    new_to_old = {j: i for i, (j, _, _) in old_taken.items()}
    for sides in ((old, new, False), (new, old, True)):
        mine, theirs, flipped = sides
        taken = new_taken if flipped else set(old_taken)
        for r, claim in enumerate(mine):
            if r in taken or not _restates(claim):
                continue
            for q in range(r - 1, -1, -1):
                earlier = mine[q]
                if earlier.sentence != claim.sentence or earlier.block != claim.block:
                    break
                if not comparable(earlier, claim) or relation(earlier, claim) == "changed":
                    continue  # a restatement agrees with the figure it restates
                partner = old_taken[q][0] if not flipped and q in old_taken else new_to_old.get(q) if flipped else None
                if partner is None or not comparable(claim, theirs[partner]):
                    break
                i, j = (partner, r) if flipped else (r, partner)
                status = old_taken[partner if flipped else q][1]
                if status not in ("compatible", "same") or relation(old[i], new[j]) != "changed":
                    break
                old_taken.pop(partner if flipped else q)
                new_taken.discard(q if flipped else partner)
                old_taken[i] = (j, "changed", judge.evidence(_candidate(old, new, i, j, aligned_blocks)))
                new_taken.add(j)
                new_to_old[j] = i
                break


def _pair_in_linked_sentences(ledger: _Ledger) -> None:
    """Claims left alone in two sentences that other pairs of figures already link meet where
    what they are leaves one partner each: one claim of a predicate (of a thing, or of a category) in each.

    "A 6.0 quake struck on Sunday, killing at least 800 people and injuring 2,500" and "The toll of
    Sunday's 6.0 quake has risen to more than 2,200, and at least 3,600 people were injured": the
    quakes (6.0 / 6.0) and the dead (at least 800 / more than 2,200) were paired, so the sentences
    tell one event; the one count of the injured in each is then one quantity, as the one length
    of an offer is ("38% over four years" / "a 38% rise over three years"), and the one magnitude
    ("A magnitude 7.3 earthquake" / "An earthquake of magnitude 7.4 ... a three-storey building"). A sentence pair is
    linked by figures other than times (a year is shared by many events); the two claims' frames
    must conflict nowhere, and two counts (many in a sentence) must agree in their thing or predicate.
    A pair only its predicate vouches for, no toll's nor level's (:func:`_one_figure_of`), is
    ``differs``: two figures of one verb are as often two as one told twice."""
    old, new, aligned_blocks, old_taken, new_taken, judge = ledger.parts()
    links = _sentence_links(old, new, old_taken, moments=True)
    if not links:
        return
    old_alone = _alone_by_sentence(old, set(old_taken), times=False)
    new_alone = _alone_by_sentence(new, new_taken, times=False)

    def by_predicate(claims: Sequence[Claim], index: int) -> tuple[str, ...]:
        predicate = judge.frame(claims[index]).predicate
        return (claims[index].category, predicate) if predicate else ()

    def by_thing(claims: Sequence[Claim], index: int) -> tuple[str, ...]:
        # A figure of something that is (a magnitude, a population), not of something done: one
        # such thing in each sentence is one figure ("carrying 405 passengers" is no "licensed to
        # carry 534 passengers", though one sentence is about the same vessel).
        thing = judge.frame(claims[index]).thing
        return (claims[index].category, "thing", thing) if thing and _frames().static(thing) else ()

    def by_category(claims: Sequence[Claim], index: int) -> tuple[str, ...]:
        return () if _step(claims[index]) else (claims[index].category,)

    old_times = _alone_by_sentence(old, set(old_taken), times=True)
    new_times = _alone_by_sentence(new, new_taken, times=True)

    def by_day(claims: Sequence[Claim], index: int) -> tuple[str, ...]:
        # A weekday (a date) alone in each of two linked sentences, of one predicate: the day of
        # the act both tell ("Eight men deported ... arrived late on Friday" / "Eight men deported
        # ... landed early on Saturday").
        predicate = judge.frame(claims[index]).predicate
        return (str(_weekday(claims[index])), predicate) if predicate else ()

    for (old_sentence, new_sentence), linking in links.items():
        keys = [(key, (old_alone, new_alone)) for key in (by_predicate, by_thing, by_category)]
        days = old_times.get(old_sentence) and new_times.get(new_sentence)
        if days and any({"thing", "predicate"} <= set(judge.agreement(_candidate(old, new, a, b, aligned_blocks)).matched) for a, b in linking):
            # Days need a figure in common told alike, thing and verb: one figure may be told of two
            # steps of a story ("each freed 390 on Friday, in the first stage of an exchange of
            # 1,000" / "The number of prisoners freed reached 1,000 on Sunday").
            keys.append((by_day, (old_times, new_times)))
        for key, alone in keys:
            olds = [i for i in alone[0].get(old_sentence, []) if i not in old_taken]
            news = [j for j in alone[1].get(new_sentence, []) if j not in new_taken]
            groups: dict[tuple[str, ...], tuple[list[int], list[int]]] = {}
            for side, indexes, claims in ((0, olds, old), (1, news, new)):
                for index in indexes:
                    found = key(claims, index)
                    if found:
                        groups.setdefault(found, ([], []))[side].append(index)
            for olds_of, news_of in groups.values():
                one_each = len(olds_of) == 1 and len(news_of) == 1
                if one_each and comparable(old[olds_of[0]], new[news_of[0]]) and not _an_act_against_a_telling(old[olds_of[0]], new[news_of[0]]):
                    # (one figure of one verb in each: as often two figures of that verb as one
                    # told twice, "74 of them political prisoners" / "Hwang and 73 other political
                    # prisoners": shown as uncertain; but a toll's verb, "injuring 2,500" / "3,600
                    # people were injured", counts one running figure, and a level's, "will rise to
                    # 22%" / "rises to 21%", one level)
                    uncertain = key is by_predicate and not _one_figure_of(judge.frame(old[olds_of[0]]).predicate)
                    _take_linked(old, new, olds_of[0], news_of[0], aligned_blocks, linking, old_taken, new_taken, judge, uncertain=uncertain)


#: Two sentences whose content words are this alike (:func:`_likeness`) may tell one thing in other words...
TWIN_SENTENCES = 0.35
#: ...and a figure alone in a run of at most this many words that differ between them stands in one
#: place of it on each side (the figure, and a qualifier or the word it counts).
TWIN_SLOT = 3
_SENTENCE_WORD = re.compile(r"[\w'’]+(?:[.,-]\w+)*")
_TWIN_LOOKUPS = 16  # sentences holding a word looked at, for the likeliest twins of a sentence
_TWIN_CANDIDATES = 4  # sentences sharing the most words with one, weighed whole


def _pair_in_twin_sentences(ledger: _Ledger) -> None:
    """Claims left alone in two sentences worded alike meet where each is the one figure in one
    place of it, the words around them the same: "released Manuel Rosales and five other opposition
    activists before dawn" / "freed Manuel Rosales and six other opponents of the government before
    dawn" (five / six: changed, however the frames read "activists" and "opponents").

    Sentences are twins when their content words are :data:`TWIN_SENTENCES` alike (:func:`_likeness`:
    the share in common, or a sentence's words all standing in the other); their words
    are lined up (:class:`difflib.SequenceMatcher`), and a run of at most :data:`TWIN_SLOT` words
    replaced on each side that holds one claim left alone on each is one place told twice. A
    headline in title case is no twin (its few words match many sentences); two figures of opposite
    directions ("fell 3.7%" / "rose 1.5%") or of one value (a bound told from its two sides: "more
    than six months" / "less than six months") are not one figure changed, nor two whose frames say
    two (:func:`_one_figure_told_twice`). The evidence names the two sentences' likeness
    (``worded_alike``). What it catches and costs over the evaluation sets: ``docs/claims.rst``."""
    old, new, aligned_blocks, old_taken, new_taken, judge = ledger.parts()
    old_alone = _alone_by_sentence(old, set(old_taken), times=None)
    new_alone = _alone_by_sentence(new, new_taken, times=None)
    if not old_alone or not new_alone:
        return
    # (a claim's context is its sentence's content words: one claim of each sentence tells them)
    old_words = {sentence: frozenset(old[indexes[0]].context) for sentence, indexes in old_alone.items() if not title_case(sentence)}
    holding: dict[str, list[str]] = {}
    for sentence, words in old_words.items():
        for word in words:
            holding.setdefault(word, []).append(sentence)
    for new_sentence, news in new_alone.items():
        if title_case(new_sentence):
            continue
        words = frozenset(new[news[0]].context)
        sharing = Counter(sentence for word in words for sentence in holding.get(word, ())[:_TWIN_LOOKUPS])
        likeness, old_sentence = max(
            ((_likeness(old_words[o], words), o) for o, _ in sharing.most_common(_TWIN_CANDIDATES)),
            default=(0.0, ""),
        )
        if likeness >= TWIN_SENTENCES:
            for i, j in _one_place_each(old, new, old_alone[old_sentence], news, old_taken, new_taken):
                candidate = _candidate(old, new, i, j, aligned_blocks)
                if _one_figure_told_twice(judge.agreement(candidate), judge.frame(old[i]), judge.frame(new[j]), _kind(old[i]) == "time"):
                    evidence = {**judge.evidence(candidate), "worded_alike": round(likeness, 2)} if candidate.status == "changed" else None
                    old_taken[i] = (j, candidate.status, evidence)
                    new_taken.add(j)


def _one_figure_told_twice(found: Agreement, old_frame: Frame, new_frame: Frame, time: bool) -> bool:
    """Whether two claims in one place of twin sentences are one figure by their frames: no other
    explicit time; no other act for a time (a date dates its act: "were murdered ... on May 3" /
    "were injured ... in June"); another counted thing only where something befell it ("five other
    opposition activists" / "six other opponents", freed; not "a combined population of about 27
    million" / "a country of 13 million"); and others counted beside someone against a count of the
    same act only if it is a state, not a deed ("freed three other Britons" is no "freed five Britons
    in all"; "two other soldiers ... are still missing" may be "three soldiers ... still missing")."""
    conflicts = set(found.conflicts)
    if "time" in conflicts or (time and "predicate" in conflicts):
        return False
    things = old_frame.thing.removeprefix("other "), new_frame.thing.removeprefix("other ")
    if "thing" in conflicts and things[0] != things[1] and not (old_frame.predicate or new_frame.predicate):
        return False
    if old_frame.thing.startswith("other") == new_frame.thing.startswith("other"):
        return True
    act = old_frame.predicate if old_frame.predicate == new_frame.predicate else ""
    return not act or act == "hold" or _frames().running_predicate(act)


def _overlaps(claim: Claim, start: int, end: int) -> bool:
    """Whether a claim's text overlaps ``[start, end)`` of its sentence (its qualifier may stand outside)."""
    return claim.position < end and start < claim.position + len(claim.text)


def _one_place_each(
    old: Sequence[Claim], new: Sequence[Claim], olds: Sequence[int], news: Sequence[int], old_taken: _Taken, new_taken: set[int]
) -> Iterator[tuple[int, int]]:
    """The claims of two twin sentences (``olds``, ``news``: those left alone) that are each the one
    figure of a short run of words replaced by the other (see :func:`_pair_in_twin_sentences`)."""
    old_sentence, new_sentence = old[olds[0]].sentence, new[news[0]].sentence
    old_words = list(_SENTENCE_WORD.finditer(old_sentence))
    new_words = list(_SENTENCE_WORD.finditer(new_sentence))
    matcher = difflib.SequenceMatcher(
        None, [w.group().lower() for w in old_words], [w.group().lower() for w in new_words], autojunk=False
    )
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag != "replace" or max(i2 - i1, j2 - j1) > TWIN_SLOT:
            continue
        here = [i for i in olds if i not in old_taken and _overlaps(old[i], old_words[i1].start(), old_words[i2 - 1].end())]
        there = [j for j in news if j not in new_taken and _overlaps(new[j], new_words[j1].start(), new_words[j2 - 1].end())]
        if len(here) == 1 and len(there) == 1:
            a, b = old[here[0]], new[there[0]]
            if comparable(a, b) and a.value != b.value and {a.direction, b.direction} != {"up", "down"} and not _roles_of_a_change(a, b):
                yield here[0], there[0]


#: The word that says which figure of a change a number is: its size ("cut by three years"), the
#: level it reached ("cut to five years") or the level it left ("from eight years").
_ROLE_OF_A_CHANGE = re.compile(r"\b(by|to|from)\s+$", re.IGNORECASE)  # (a qualifier is the claim's own text)


def _roles_of_a_change(a: Claim, b: Claim) -> bool:
    """Whether two figures play two roles of a change: "reduced the term by three years" / "cut the
    prison term to five years" (a size and a level), "from 8" / "to 12"."""
    roles = {role.group(1).lower() if role else None for role in (_ROLE_OF_A_CHANGE.search(c.sentence, max(0, c.position - 20), c.position) for c in (a, b))}
    return len(roles) == 2 and None not in roles


_BREAKDOWN_GAP = re.compile(r"[^.;:]{0,40}")


#: A sentence opening with its whole: "Of the 120 pardoned, 86 were freed".
_OF_THE_WHOLE = re.compile(r"^\s*Of\s+(?:the|those|these|all)\s+(?:some\s+|about\s+)?[\d,]+(?:\s+[\w-]+){0,3},\s+(?:some\s+|about\s+|around\s+|nearly\s+)?$")


def _breakdown(first: Claim, then: Claim) -> bool:
    """Whether count ``then`` is a part of (or a further part beside) count ``first``, told right
    after it in its sentence ("477 prisoners freed on Tuesday, 450 men and 27 women"): joined by a
    comma or "and", nothing but a few words between."""
    gap = first.sentence[first.position + len(first.text) : then.position]
    return ("," in gap or " and " in gap) and _BREAKDOWN_GAP.fullmatch(gap) is not None


def _alone_by_sentence(claims: Sequence[Claim], taken: Collection[int], *, times: bool | None) -> dict[str, list[int]]:
    """The claims not yet paired, by their sentence: times only, all but times, or (``None``) all."""
    alone: dict[str, list[int]] = {}
    for index, claim in enumerate(claims):
        if index not in taken and (times is None or (_kind(claim) == "time") == times):
            alone.setdefault(claim.sentence, []).append(index)
    return alone


def _pair_moments_of_one_act(ledger: _Ledger) -> None:
    """A figure paired across a time conflict (one act told with another month: see
    :meth:`_Judge.status`) vouches for its sentences' times: where each sentence holds one time
    left alone, those two are the act's moment told twice ("In March, 80 prisoners were freed" /
    "after one in April, when 80 people were released": March / April, changed)."""
    old, new, aligned_blocks, old_taken, new_taken, judge = ledger.parts()
    old_times = _alone_by_sentence(old, set(old_taken), times=True)
    new_times = _alone_by_sentence(new, new_taken, times=True)
    for i, (j, status, _) in list(old_taken.items()):
        olds = [a for a in old_times.get(old[i].sentence, ()) if a not in old_taken]
        news = [b for b in new_times.get(new[j].sentence, ()) if b not in new_taken]
        if status != "same" or _kind(old[i]) == "time" or len(olds) != 1 or len(news) != 1:
            continue  # (frames are read only where each sentence has one time left alone)
        act = _candidate(old, new, i, j, aligned_blocks)
        conflicts = judge.agreement(act).conflicts
        if not (conflicts == ("time",) and judge.months_apart(act) or not conflicts and _dated_apart(judge, act, old[olds[0]], new[news[0]])):
            continue
        if comparable(old[olds[0]], new[news[0]]):
            moment = _candidate(old, new, olds[0], news[0], aligned_blocks)
            if set(judge.agreement(moment).conflicts) <= {"time"}:  # (not "protests in January" / "cut on appeal in April")
                _take_by_link(old, new, moment, [(i, j)], old_taken, new_taken, judge)


def _dated_apart(judge: _Judge, act: _Candidate, old: Claim, new: Claim) -> bool:
    """Whether an act one frame dates and the other does not (its time past a comma: "freed 73, on
    July 23" / "in June, had freed 73") has, in its two sentences, times of two months: a day
    told against a month is then no other step of the story, as it may be where both frames date it."""
    old_frame, new_frame = judge.frame(judge.old[act.old]), judge.frame(judge.new[act.new])
    if bool(old_frame.times) == bool(new_frame.times) or _frames().running(old_frame, judge.old[act.old].category):
        return False
    months = [_date_parts(str(claim.value))[1] if claim.category == "date" and not _weekday(claim) else None for claim in (old, new)]
    return None not in months and months[0] != months[1]


_ONE_OF_SEVERAL = re.compile(
    rf"\b(?:(?P<first>first|initially|originally)(?:\s+been)?\s+[a-z]+(?:ed|en)|[a-z]+(?:ed|en)(?:\s+(?:him|her|them|it|[{CAPITAL}][\w'’-]+))?\s+again)"
    r"(?:\s+[a-z]+){0,5}\s+(?:in|on|since)\s+$"  # ("convicted her again in 2001")
)
# "A lower court had sentenced him in 2019 ..., after an earlier sentence of life was thrown out",
# "At a retrial in 2019 he was given ...": the act its sentence dates is a later one of several
# (a retrial told after the time is the later act: "sentenced in 2015, a term cut at a retrial").
_AN_EARLIER_ONE = re.compile(r"\ban earlier (?:sentence|conviction|verdict|ruling|trial)\b", re.IGNORECASE)
#: ... or after a time that opens its sentence: "On November 6, 2002, he was detained again" (not
#: "in custody since November, when he was detained again": the custody's start, told alike).
_AGAIN_AFTER = re.compile(r",\s+(?:[\w'’-]+\s+){1,3}?[a-z]+(?:ed|en)\s+again\b")
#: All a sentence may hold before a time that opens it: nothing, or "On" / "In".
_OPENING_TIME = re.compile(r"(?:(?:On|In)\s+)?")
_RETRIAL = re.compile(r"\bre-?trial\b", re.IGNORECASE)


def _one_of_several(claim: Claim) -> str:
    """Which of several acts of its kind a time dates: "first" ("A court first sentenced him in
    2013", "having first been sentenced to life without parole in February 2018"), "again" ("was
    arrested again in May", a sentence that tells of a retrial or of an earlier sentence thrown
    out), or "" (the one act the story tells)."""
    found = _ONE_OF_SEVERAL.search(claim.sentence, max(0, claim.position - 60), claim.position)
    if found is None:
        later = (
            _AN_EARLIER_ONE.search(claim.sentence)
            or _RETRIAL.search(claim.sentence, 0, claim.position)
            or (_OPENING_TIME.fullmatch(claim.sentence, 0, claim.position) and _AGAIN_AFTER.match(claim.sentence, claim.position + len(claim.text)))
        )
        return "again" if later else ""
    return "first" if found.group("first") else "again"


def _told_elsewhere(old: Sequence[Claim], new: Sequence[Claim], old_taken: _Taken, i: int, j: int) -> bool:
    """Whether the figures beside old claim ``i`` agree with figures of another new sentence than
    claim ``j``'s, and with none of ``j``'s: its act is told there ("freed 12 hostages on Wednesday"
    is "Twelve ... were handed over on Wednesday", not "released the last seven on Thursday")."""
    sentences = {
        (new[partner].block, new[partner].sentence)
        for k, (partner, status, _) in old_taken.items()
        if status in ("same", "compatible") and k != i and (old[k].block, old[k].sentence) == (old[i].block, old[i].sentence)
        and _kind(old[k]) != "time"
    }
    return bool(sentences) and (new[j].block, new[j].sentence) not in sentences


def _pair_dates_of_one_person(ledger: _Ledger) -> None:
    """A date left alone that one person's act has, and the one date the other report gives that
    person's act of the same kind, are that act told twice ("Phelan ... was detained in October
    2022" / "Bernard Phelan ... had been in custody since September 2022": changed). Each must be
    the only one on its side for that person and kind of act; the evidence names the person."""
    old, new, aligned_blocks, old_taken, new_taken, judge = ledger.parts()
    def dates(claims: Sequence[Claim], taken: Collection[int]) -> list[int]:
        return [i for i, claim in enumerate(claims) if i not in taken and _kind(claim) == "time"]

    old_dates, new_dates = dates(old, set(old_taken)), dates(new, new_taken)
    if not old_dates or not new_dates:
        return  # (frames are read only where both sides have a date left)
    frames = _frames()

    def acts(claims: Sequence[Claim], indexes: Sequence[int]) -> list[tuple[int, str, frozenset[str]]]:
        found = []
        for index in indexes:
            claim = claims[index]
            if _told_on(claim):
                continue  # (the day a report was told dates no one's act: "told of the release only on Saturday")
            frame = judge.frame(claim)
            act = frames.act_of_someone(claim, frame)
            # "first arrested in 1998" meets "first detained in June 1999", not "arrested in 2001"
            act = f"{act} {_one_of_several(claim)}".strip() if act else act
            who = judge.persons(claim, frame.names + frame.members) if act else frozenset()
            if who:
                found.append((index, act, who))
        return found

    olds = acts(old, old_dates)
    if not olds:
        return
    news = acts(new, new_dates)
    # A name in two dated acts of one kind on a side is the story's actor ("the Taliban" held one
    # man since January 2020 and seized Kabul in August 2021), not whose act it is.

    def whose(found: list[tuple[int, str, frozenset[str]]]) -> list[tuple[int, str, frozenset[str]]]:
        seen = Counter((act, name) for _, act, who in found for name in who)
        return [(index, act, frozenset(name for name in who if seen[act, name] == 1)) for index, act, who in found]

    olds, news = whose(olds), whose(news)
    new_acts = {index: (act, who) for index, act, who in news}

    def partners(act: str, who: frozenset[str], others: list[tuple[int, str, frozenset[str]]]) -> list[int]:
        # (a person's name meets only itself: people() holds no place, whose names meet its country's)
        return [index for index, other_act, other_who in others if other_act == act and who & other_who]

    for i, act, who in olds:
        found = partners(act, who, news)
        if len(found) != 1:
            continue
        j = found[0]
        new_act, new_who = new_acts[j]
        if len(partners(new_act, new_who, olds)) != 1 or not comparable(old[i], new[j]):
            continue
        candidate = _candidate(old, new, i, j, aligned_blocks)
        if candidate.status != "changed" or "time" in judge.agreement(candidate).conflicts:
            continue  # (verbs of one kind of act may differ: "held since" / "kidnapped in")
        if _told_elsewhere(old, new, old_taken, i, j):
            continue
        evidence = {**judge.evidence(candidate), "person": sorted(who & new_who)}
        old_taken[i] = (j, "changed", evidence)
        new_taken.add(j)


#: How many digits a figure needs for a slip of one of them to say it is the same figure mistyped
#: (one fewer for its decimal point slipped: "£22.6 billion" / "£226 billion").
SLIP_DIGITS = 4
#: How many figures of one unit and length a side may leave alone for one of them to stand out as a slip of another.
SLIP_NEIGHBOURS = 4
_NUMERAL = re.compile(rf"\d[\d,.{GROUPING_SPACES}]*")


def _slip_digits(claim: Claim) -> str:
    """The digits of a measure, a sum, a count or a length written in numerals ("6,825-ton": "6825"), ""
    for any other figure, or one too short or too round for a slip to mean anything."""
    if claim.category not in ("measure", "money", "count", "duration") or not _distinctive(claim):
        return ""
    found = _NUMERAL.search(claim.text)
    digits = re.sub(r"\D", "", found.group()) if found else ""
    return digits if len(digits) >= SLIP_DIGITS - 1 else ""


def _one_slip(a: str, b: str) -> bool:
    """Whether the digits of two different figures of one length differ by one slip of a hand: one
    digit changed, two neighbours swapped ("6825" / "6852"), or none (the decimal point moved:
    "22.6" / "226")."""
    if len(a) != len(b):
        return False
    if a == b:
        return True
    if len(a) < SLIP_DIGITS:
        return False
    wrong = [k for k in range(len(a)) if a[k] != b[k]]
    return len(wrong) == 1 or (len(wrong) == 2 and wrong[1] == wrong[0] + 1 and a[wrong[0]] == b[wrong[1]] and a[wrong[1]] == b[wrong[0]])


def _count_slip(digits: tuple[str, str], found: Agreement) -> bool:
    """Whether two counts whose digits differ by one slip (:func:`_one_slip`) are one mistyped: two
    neighbouring digits swapped ("3,094" / "3,049"), not one digit changed (two counts of a story
    may be near), of one counted thing; so particular a figure is not near another by chance,
    whatever verb each report gives it ("among 3,094 people granted pardons" / "one of 3,049 people
    on the pardon list")."""
    return _swapped(digits) and "thing" in found.matched and not set(found.conflicts) - {"predicate"}


def _swapped(digits: tuple[str, str]) -> bool:
    """Whether two figures' digits that differ by one slip (:func:`_one_slip`) differ by two
    neighbours swapped, not one digit changed."""
    return sum(x != y for x, y in zip(*digits)) == 2


def _pair_slips(ledger: _Ledger) -> None:
    """Two measures (or sums) of one unit left alone whose digits differ by one slip ("The 6,825-ton
    Sewol" / "The 6,852-ton ferry"): so particular a figure in one unit is not near another by
    chance, so one mistyped is the one figure changed, where they are the one pair one slip apart
    among the few figures of their unit and length the sides leave alone (:data:`SLIP_NEIGHBOURS`)
    and their frames agree in what and when. A count (many figures of a story count people, and
    two of them may well be near) only with two neighbouring digits swapped, of one counted thing
    (:func:`_count_slip`); a length in days only with two digits swapped ("1,548 days" / "1,458
    days"). Linear: grouped by unit and length, each group of a few."""
    old, new, aligned_blocks, old_taken, new_taken, judge = ledger.parts()
    groups: dict[tuple[object, int], tuple[list[int], list[int]]] = {}
    for side, claims, taken in ((0, old, set(old_taken)), (1, new, new_taken)):
        for index, claim in enumerate(claims):
            digits = _slip_digits(claim) if index not in taken else ""
            if digits:
                groups.setdefault((claim.unit, len(digits)), ([], []))[side].append(index)
    for olds, news in groups.values():
        if len(olds) > SLIP_NEIGHBOURS or len(news) > SLIP_NEIGHBOURS:
            continue  # (a table of figures: no one of them stands out)
        slips = [(i, j) for i in olds for j in news if _one_slip(_slip_digits(old[i]), _slip_digits(new[j])) and comparable(old[i], new[j])]
        if len(slips) != 1:
            continue  # (each the other's only neighbour one slip away, of its unit and length)
        ((i, j),) = slips
        digits = _slip_digits(old[i]), _slip_digits(new[j])
        candidate = _candidate(old, new, i, j, aligned_blocks)
        found = judge.agreement(candidate) if candidate.status == "changed" else None
        if found is None or {"thing", "time"} & set(found.conflicts):
            continue
        if old[i].category == "count" and not _count_slip(digits, found):
            continue
        if old[i].category == "duration" and not _swapped(digits):
            continue  # ("1,548 days" / "1,458 days" of one credit; "1,808 days" / "1,809 days" may be two counts of one stay)
        old_taken[i] = (j, "changed", judge.evidence(candidate))
        new_taken.add(j)


#: What after an ordinal makes it a rank in a series of the story's events: "the 49th exchange
#: since the invasion", "the 48th of the war", "the third such release", "for the second time",
#: "ranked 162nd out of 180", "the 47th National Day", "their 31st summit".
_SERIES_AFTER = lazy_pattern(
    r"\s+(?:such\b|times?\b|(?:out\s+)?of\s+\d"
    r"|(?:[\w-]+\s+){0,3}?(?:since|of\s+the\s+(?:war|conflict|invasion|year)|this\s+year|so\s+far)\b"
    r"|(?:[A-Z][a-z]+\s+)?(?:Day|[Aa]nniversary|[Ss]ummit|[Cc]ongress|[Ss]ession|round)\b)"
)
#: A year the series is counted from ("the 49th exchange since the invasion of February 2022"): no event's of its own.
_SINCE_YEAR = re.compile(r"\bsince\b[^.;]{0,60}?\b(\d{4})\b")
#: How far apart two ranks of one series may be told (counted from another start, one left out).
RANK_NEAR = 2


def _series_rank(claim: Claim) -> bool:
    """Whether an ordinal past "first" ranks an event in a series (see :data:`_SERIES_AFTER`)."""
    return (
        claim.category == "ordinal"
        and isinstance(claim.value, (int, float))
        and claim.value >= 2
        and _SERIES_AFTER().match(claim.sentence, claim.position + len(claim.text)) is not None
    )


def _pair_ranks_in_a_series(ledger: _Ledger) -> None:
    """The one rank in a series each side leaves alone ("the 49th exchange since the invasion" /
    "the 50th exchange of the war"; "the fourth since the government took office" / "the third
    such release"), near each other (:data:`RANK_NEAR`): one event's place in its series told two
    ways, ``changed``. Ordinals meet no frames (an ordinal says which one, not how many), so only
    this pass pairs them across reports; two ranks far apart (the third time / the 49th swap) are
    two series."""
    old, new, aligned_blocks, old_taken, new_taken, judge = ledger.parts()
    found = _one_left_on_each_side(ledger, _series_rank)
    if found is None or abs(float(old[found[0]].value) - float(new[found[1]].value)) > RANK_NEAR:
        return
    candidate = _candidate(old, new, *found, aligned_blocks)
    years = [
        {time for time in judge.frame(claim).times if time.startswith("year:")} - {"year:" + y for y in _SINCE_YEAR.findall(claim.sentence)}
        for claim in (old[found[0]], new[found[1]])
    ]
    if candidate.status == "changed" and years[0] == years[1]:
        # (different years: "in 2012, for the 51st anniversary" / "the 52nd anniversary ... on
        # Tuesday" are two years' events)
        _take_by_link(old, new, candidate, [], old_taken, new_taken, judge)


def _one_left_on_each_side(ledger: _Ledger, wanted: Callable[[Claim], bool]) -> tuple[int, int] | None:
    """The indexes of the one claim ``wanted`` each side leaves alone, where each side leaves exactly one."""
    old, new, _, old_taken, new_taken, _ = ledger.parts()
    olds = [i for i, claim in enumerate(old) if i not in old_taken and wanted(claim)]
    news = [j for j, claim in enumerate(new) if j not in new_taken and wanted(claim)] if len(olds) == 1 else []
    return (olds[0], news[0]) if len(news) == 1 else None


#: What before an age makes it one of a moment, not the person's now: "who turns 60 in two weeks",
#: "turned 34 on March 9"; or one of a list of several persons' ("aged 21 and 19").
_AGE_OF_A_MOMENT_BEFORE = re.compile(r"\b(?:turns?|turned|turning)\s+$|\d,?\s+and\s+$", re.IGNORECASE)
#: ... and after it: "was 32 when he was taken", "who was 28 at the time", "aged 21 and 19".
_AGE_OF_A_MOMENT_AFTER = re.compile(r",?\s+(?:when\b|at\s+the\s+time\b|and\s+\d)", re.IGNORECASE)


def _age_now(claim: Claim) -> bool:
    """Whether an age is its person's age now, alone (see :data:`_AGE_OF_A_MOMENT_BEFORE`)."""
    end = claim.position + len(claim.text)
    return not (
        _AGE_OF_A_MOMENT_BEFORE.search(claim.sentence, max(0, claim.position - 12), claim.position)
        or _AGE_OF_A_MOMENT_AFTER.match(claim.sentence, end)
    )


def _pair_lone_ages(ledger: _Ledger) -> None:
    """The one age each side leaves alone, a year or two from the other ("Fang Lizhi, 54" / "The
    53-year-old scientist"; "Ping, 73" / "the 74-year-old former African Union chief"): one person's
    age told two ways, ``changed``, unless both name someone and no one in common, or one is the age
    at another moment (:func:`_age_now`). With two ages left on a side, which is whose is not known."""
    old, new, aligned_blocks, old_taken, new_taken, judge = ledger.parts()
    found = _one_left_on_each_side(ledger, lambda claim: claim.category == "age")
    if found is None:
        return
    a, b = old[found[0]], new[found[1]]
    if not _ages_near(a, b) or not (_age_now(a) and _age_now(b)) or _two_persons(judge.frame(a), judge.frame(b)):
        return
    candidate = _candidate(old, new, *found, aligned_blocks)
    if candidate.status == "changed":
        _take_by_link(old, new, candidate, [], old_taken, new_taken, judge)


def _sentence_links(
    old: Sequence[Claim], new: Sequence[Claim], old_taken: _Taken, *, moments: bool = False
) -> dict[tuple[str, str], list[tuple[int, int]]]:
    """The sentence pairs that pairs of figures other than times link (a year is shared by many
    events), each with the pairs that link it; with ``moments``, an event's moment paired as told
    otherwise links its sentences too ("In June, he freed 14" / "freed 16 in July": June / July)."""
    links: dict[tuple[str, str], list[tuple[int, int]]] = {}
    for i, (j, status, _) in old_taken.items():
        if _kind(old[i]) != "time" or (moments and status == "changed"):
            links.setdefault((old[i].sentence, new[j].sentence), []).append((i, j))
    return links


def _candidate(
    old: Sequence[Claim],
    new: Sequence[Claim],
    i: int,
    j: int,
    aligned_blocks: Collection[tuple[int, int]],
    similarity: float = 0.0,
) -> _Candidate:
    """The candidate of a pair a later pass proposes (the tiers' own come from :func:`_weigh`)."""
    aligned = (old[i].block, new[j].block) in aligned_blocks
    return _Candidate(i, j, aligned, relation(old[i], new[j]), _subject_agreement(old[i], new[j]), similarity)


def _one_act_of_another(candidate: _Candidate, found: Agreement, old_taken: _Taken, new_taken: set[int], judge: _Judge) -> bool:
    """Whether two equal times of one act told of two people ("Count Hoensbroech, arrested in
    October 1963" / "Hofe, arrested in October 1963") leave one of them a time of the same act of
    the same person on the other side, told otherwise ("Hoensbroech ... arrested in September
    1963"): two people's acts, not one moment. Names read in conflict alone are no such evidence
    (who acted and who was acted on share the slot)."""
    if "predicate" not in found.matched:
        return False
    frames = _frames()
    sides = ((judge.old[candidate.old], judge.new, new_taken), (judge.new[candidate.new], judge.old, set(old_taken)))
    for mine, others, taken in sides:
        frame = judge.frame(mine)
        for index, other in enumerate(others):
            if index in taken or other is judge.old[candidate.old] or other is judge.new[candidate.new] or _kind(other) != "time":
                continue
            if other.value == mine.value:
                continue
            agreement = frames.agreement(frame, judge.frame(other))
            if not agreement.conflicts and {"predicate", "name"} <= set(agreement.matched):
                return True
    return False


def _one_figure_of(predicate: str) -> bool:
    """Whether a predicate counts one figure wherever it stands: a toll's, or a level's."""
    return _frames().running_predicate(predicate) or _frames().counts_a_level(predicate)


def _take_linked(
    old: Sequence[Claim],
    new: Sequence[Claim],
    i: int,
    j: int,
    aligned_blocks: Collection[tuple[int, int]],
    linking: Sequence[tuple[int, int]],
    old_taken: _Taken,
    new_taken: set[int],
    judge: _Judge,
    *,
    uncertain: bool = False,
) -> None:
    """Pair two claims of linked sentences whose frames allow one quantity; ``uncertain`` (only a
    verb in common vouches for them) makes a ``changed`` pair ``differs``, unless the sentences are
    linked by their moment told otherwise (one event: "In March, Cuba freed 53" / "freed 55 in April")."""
    candidate = _candidate(old, new, i, j, aligned_blocks)
    moved = any(_kind(old[a]) == "time" for a, _ in linking)  # the event's moment, told otherwise
    if _linked_pair_holds(candidate, judge, moved=moved):
        if uncertain and candidate.status == "changed" and not moved:
            candidate = evolve(candidate, status="differs")
        _take_by_link(old, new, candidate, linking, old_taken, new_taken, judge)


def _take_by_link(
    old: Sequence[Claim],
    new: Sequence[Claim],
    candidate: _Candidate,
    linking: Sequence[tuple[int, int]],
    old_taken: _Taken,
    new_taken: set[int],
    judge: _Judge,
) -> None:
    """Pair a candidate that other pairs vouch for; a ``changed`` (or ``differs``) one's evidence names them (``linked_by``)."""
    evidence = None
    if candidate.status in ("changed", "differs"):
        evidence = {**judge.evidence(candidate), "linked_by": [[old[a].text, new[b].text] for a, b in linking]}
    old_taken[candidate.old] = (candidate.new, candidate.status, evidence)
    new_taken.add(candidate.new)


def _linked_pair_holds(candidate: _Candidate, judge: _Judge, *, moved: bool = False) -> bool:
    """Whether two claims of sentences other pairs link may be one quantity: their frames conflict
    nowhere but in the moment of a running count (or in the moment a linking pair already tells
    otherwise: ``moved``), or, with their thing in common, in names (the linked sentences tell one
    event: "struck off Efate island" / "shook Port Vila" are its places told two ways); two counts
    agree in their thing or their predicate; a listed part (the rest of a list) meets only a listed
    part (the rest of one)."""
    old, new = judge.old[candidate.old], judge.new[candidate.new]
    found = judge.agreement(candidate)
    tolerated = {"time", "name"} if "thing" in found.matched else {"time"}
    if set(found.conflicts) - tolerated or ("time" in found.conflicts and not (found.time_moved or moved)):
        return False
    if old.category == "duration" and _frames().running(judge.frame(old), "duration") != _frames().running(judge.frame(new), "duration"):
        # A time held is no other length ("sentenced to three years, one month and 15 days" / "had
        # run a church in Izmir for more than two decades"), whatever figures link the sentences.
        return False
    if old.category in ("count", "percent") and not {"thing", "predicate"} & set(found.matched):
        # Counts are many in a sentence ("11 were in critical condition" / "broke in two"); a place
        # in common says little ("a war that killed some 13,000" / "About 120,000 Serbs still live").
        # Nor are shares of other things one share ("spends more than half of its tax revenue" /
        # "where a third of its 52 million people live below the poverty line").
        return False
    if judge.split_whole(old, new):
        return False  # "Eight civilians and two policemen were killed" / "ten people, two of them police officers"
    # ("including two children" / "killing 20"; "Twelve officers and three other prisoners" / "Fifteen other prisoners")
    return _frames().listed_part(old) == _frames().listed_part(new) and _frames().listed_remainder(old) == _frames().listed_remainder(new)


def _in_text_order(ledger: _Ledger) -> None:
    """A figure each side states twice (a headline, then its lede) pairs in text order: the first
    statement with the first, the second with the second.

    Tiers take the closest statuses first, so a headline's ``151`` can take the lede's ``at least
    115`` as compatible, leaving the ledes' ``at least 115`` / ``at least 151`` (changed) apart or
    crossed with the headlines. In text order, a pair whose values agree as some pair of the two
    figures already did is vouched by it (they are the same statements of the same figures);
    any other must pass its frames, except where two changes of the two figures crossed (a
    headline against the other's lede, its lede against the other's headline: "Says 37 Foreign
    Hostages Died" / "37 foreigners ... were killed" against "Raises Toll ... To 38" / "38 foreign
    hostages ... died"), which text order tells again headline against headline and lede against
    lede. The order replaces the pairs it finds if it pairs as many."""
    old, new, aligned_blocks, old_taken, new_taken, judge = ledger.parts()
    def statements(claims: Sequence[Claim]) -> dict[tuple[object, ...], list[int]]:
        found: dict[tuple[object, ...], list[int]] = {}
        for index, claim in enumerate(claims):
            found.setdefault((claim.category, claim.value), []).append(index)
        return found

    old_statements, new_statements = statements(old), statements(new)
    linked = _sentence_links(old, new, old_taken)
    done = set()
    for i, (j, _, _) in list(old_taken.items()):
        figures = ((old[i].category, old[i].value), (new[j].category, new[j].value))
        olds, news = old_statements[figures[0]], new_statements[figures[1]]
        if figures in done or len(olds) != 2 or len(news) != 2:
            continue
        done.add(figures)
        current = {(a, old_taken[a][0]): old_taken[a][1] for a in olds if a in old_taken}
        partners = {b for _, b in current}
        if not partners <= set(news) or any(b in new_taken and b not in partners for b in news):
            continue  # a statement paired with another figure: not these two figures' to reorder
        ordered = list(zip(olds, news))
        if set(ordered) == set(current):
            if _changed_one_way(current.values()):
                for a, b in ordered:
                    if current[(a, b)] == "differs":
                        old_taken[a] = (b, "changed", judge.evidence(_candidate(old, new, a, b, aligned_blocks)))
            continue
        crossed_changes = set(current) == {(olds[0], news[1]), (olds[1], news[0])} and set(current.values()) == {"changed"}
        if not crossed_changes and not all(_one_thing_counted(judge.frame(claims[k]) for k in group) for claims, group in ((old, olds), (new, news))):
            continue
        # (Two changes crossed, a headline's against the other's lede and its lede against the other's
        # headline: the same two figures, told headline against headline and lede against lede.)
        vouched = {"changed"} if crossed_changes else {status for status in current.values() if status in ("same", "compatible")}
        found = []
        for a, b in ordered:
            similarity = _likeness(frozenset(old[a].context), frozenset(new[b].context))
            candidate = _candidate(old, new, a, b, aligned_blocks, similarity)
            status = candidate.status if candidate.status in vouched else judge.status(candidate)
            if status is None and (old[a].sentence, new[b].sentence) in linked and _linked_pair_holds(candidate, judge):
                status = candidate.status
            if status is not None:
                found.append((a, (b, status, judge.evidence(candidate) if status in ("changed", "differs") else None)))
        if len(found) < len(current):
            continue
        if _changed_one_way(status for _, (_, status, _) in found):
            found = [(a, (b, "changed", evidence)) for a, (b, _, evidence) in found]
        for a, b in current:
            del old_taken[a]
            new_taken.discard(b)
        for a, taken in found:
            old_taken[a] = taken
            new_taken.add(taken[0])


def _one_thing_counted(frames: Iterable[Frame]) -> bool:
    """Whether the statements of one figure count one thing: "103 villagers" and "103 people" may
    (people in general); "five Americans" and "five Iranians" are two figures of one value."""
    first, *others = frames
    return not any("thing" in _frames().agreement(first, other).conflicts for other in others)


def _changed_one_way(statuses: Iterable[str]) -> bool:
    """Whether the two pairs of a figure told twice each side are one ``changed`` and one
    ``differs``: "Fire Kills 21 Miners" / "Toll ... Rises To 32" (differs) restate the ledes' 21 / 32
    (changed), one figure told twice against one figure told twice, so both are changed."""
    return sorted(statuses) == ["changed", "differs"]


def _moments_of_updates(old: Sequence[Claim], new: Sequence[Claim], old_taken: _Taken, judge: _Judge) -> None:
    """A day that changed beside a figure that changed in the same pair of sentences is the moment
    the figure was counted ("rose to 67 on Friday" / "rose to 80 on Saturday"): both days are true
    of their figures, so the day's pair ``differs``, it is not ``changed``; so is a dateline's
    date, the moment a version was filed. An age corrected beside a day is no such figure
    ("Gayoom, 81, ... was arrested on Feb. 6" / "Gayoom, 80, ... on Feb. 5": both changed), nor is
    a figure whose own moment stands unchanged beside it ("freed 173 prisoners on Sunday under an
    amnesty approved by Congress on Thursday" / "freed 193 ... on Sunday ... on Friday": the
    approval's day was corrected), nor one act's day beside figures of no running count ("signed a
    decree on Tuesday pardoning 1,500" / "on Wednesday pardoning 1,632": the signing's day was
    corrected; not "by Sunday night", nor the day it was told), nor the day of an act beside a
    running count ("freed on Monday after 1,138 days" / "on Tuesday after 1,139 days": the release's
    day; "rose to 67 on Friday" is a day of counting), nor a day moved back (the new text is the
    later: it counts at no earlier moment, so "detained on Sept. 28 along with 12" / "on Sept. 27
    along with 11" corrects the day). Conversely, a length from an event to the day a report
    tells of ("on Sunday, two days after the storm" / "on Monday, four days after") only differs
    where that day moved in the same sentences."""
    updated: dict[tuple[str, str], list[int]] = {}
    for i, (j, status, _) in old_taken.items():
        # (an age is no figure counted at a moment, nor is a term given: "arrested on October 10 and
        # sentenced to six years" / "on October 12 ... to five years and two months")
        term = old[i].category == "duration" and judge.frame(old[i]).predicate == "sentence"
        if status == "changed" and _kind(old[i]) not in ("time", "age") and not term:
            updated.setdefault((old[i].sentence, new[j].sentence), []).append(i)

    def counted_then(day: int, figure: int) -> bool:
        # (a figure whose frames keep a time of theirs on both sides, beside a day of another act, has its moment)
        figure_frames = judge.frame(old[figure]), judge.frame(new[old_taken[figure][0]])
        kept = set(figure_frames[0].times) & set(figure_frames[1].times)
        return not kept or judge.frame(old[day]).predicate in ("", figure_frames[0].predicate)

    def day_of_one_act(i: int, j: int, figures: Sequence[int]) -> bool:
        # One act's day told in both, beside figures of no running count ("signed a decree on
        # Tuesday pardoning 1,500" / "on Wednesday pardoning 1,632"): the act's day, not the moment
        # a figure was counted ("by Sunday night", "officials said on Friday").
        if any(judge.frame(old[k]).thing.startswith("offset") for k in figures):
            return False  # (a length beside a day: "on Sunday, two days after the storm" / "on Monday, four days after")
        day = judge.frame(old[i]).predicate
        counting = not day or _frames().running_predicate(day) or _frames().counts_a_level(day)
        if counting and any(_frames().running(judge.frame(old[k]), old[k].category) for k in figures):
            # A running count beside a day of counting ("rose to 67 on Friday", "killed 32 on
            # Saturday"), not of an act ("freed on Monday after 1,138 days": the day of the release)
            return False
        if "predicate" not in _frames().agreement(judge.frame(old[i]), judge.frame(new[j])).matched:
            return False
        return not any(_frames().reported_on(c) or _BY_THEN().search(c.sentence, max(0, c.position - 4), c.position) for c in (old[i], new[j]))

    for i, (j, status, evidence) in list(old_taken.items()):
        figures = updated.get((old[i].sentence, new[j].sentence), ())
        if status == "changed" and _day(old[i]) and _day(new[j]) and any(counted_then(i, k) for k in figures) and not day_of_one_act(i, j, figures) and not _earlier_day(new[j], old[i]):
            if not (_date_role(old[i]) or _date_role(new[j])):  # (a span's start or end is no moment of a count: "from Feb. 5")
                old_taken[i] = (j, "differs", evidence)
        elif status == "changed" and _kind(old[i]) == "time" and _frames().in_dateline(old[i]) and _frames().in_dateline(new[j]):
            old_taken[i] = (j, "differs", evidence)  # "KYIV, Aug 24 -" / "KYIV, Aug 25 -": filed a day later
    # A length from an event to the day a report tells of ("on Sunday, two days after the storm" /
    # "on Monday, four days after"): where that day moved with it, both lengths are true of their days.
    moved = {
        (old[i].sentence, new[j].sentence)
        for i, (j, status, _) in old_taken.items()
        if status in ("changed", "differs") and _day(old[i]) and _day(new[j])
    }
    for i, (j, status, evidence) in list(old_taken.items()):
        if status == "changed" and old[i].category == "duration" and (old[i].sentence, new[j].sentence) in moved:
            if judge.frame(old[i]).thing.startswith("offset") and judge.frame(new[j]).thing.startswith("offset"):
                old_taken[i] = (j, "differs", evidence)


#: A time a figure was counted by: "by Sunday night", "by Thursday morning".
_BY_THEN = lazy_pattern(r"\bby\s+$", re.IGNORECASE)


def _earlier_day(a: Claim, b: Claim) -> bool:
    """Whether calendar day ``a`` comes before calendar day ``b`` (both with a month and a day, in one year or none)."""
    (year_a, month_a, day_a), (year_b, month_b, day_b) = _date_parts(str(a.value)), _date_parts(str(b.value))
    if None in (month_a, day_a, month_b, day_b) or (year_a and year_b and year_a != year_b):
        return False
    return (month_a, day_a) < (month_b, day_b)


def _day(claim: Claim) -> bool:
    """A weekday or a calendar day (a month or a year alone names no moment of a count)."""
    return claim.category == "date" and (_weekday(claim) or _date_parts(str(claim.value))[2] is not None)


def _pair_by_frames(ledger: _Ledger) -> None:
    """Last tier: claims left alone on both sides, paired where their frames agree (across reports,
    no aligned blocks pair them); equal values first. Candidates share a subject's head, a
    counted thing or a predicate, each searched within :data:`WINDOW` ranks: linear."""
    old, new, aligned_blocks, old_taken, new_taken, judge = ledger.parts()
    # Two headlines restating a pair their stories already pair as changed ("Toll Rises To 33" /
    # "Dead Rise To 302", restating "rose to 33" / "has risen to 302") meet each other through that
    # pair (:func:`_in_text_order`, :func:`_restated_changes`), not another figure a frame happens to
    # share ("14 Died In Zhengzhou Subway").
    old_left = [i for i in range(len(old)) if i not in old_taken]
    new_left = [j for j in range(len(new)) if j not in new_taken]
    restating: tuple[set[int], set[int]] = (set(), set())
    headlines = [[k for k in left if claims[k].block == 0] for claims, left in ((old, old_left), (new, new_left))]
    for i, (j, status, _) in old_taken.items() if headlines[0] and headlines[1] else ():
        if status == "changed":
            olds = [k for k in headlines[0] if _headline_restating(old[k], old[i], judge)]
            news = [k for k in headlines[1] if _headline_restating(new[k], new[j], judge)]
            if olds and news:
                restating[0].update(olds)
                restating[1].update(news)
    old_left = [i for i in old_left if i not in restating[0]]
    new_left = [j for j in new_left if j not in restating[1]]
    kinds = {(_kind(old[i]), old[i].dimension) for i in old_left}
    kinds &= {(_kind(new[j]), new[j].dimension) for j in new_left}
    if ("count", "") in kinds or ("percent", "%") in kinds or any(kind in ("duration", "age", "measure", "money") for kind, _ in kinds):
        judge.count_sole(old_left, new_left)
    if ("time", "") in kinds:
        judge.count_sole_times(old_left, new_left)
    if any(kind == "clock" for kind, _ in kinds):
        judge.count_sole_clocks(old_left, new_left)

    def frame_group(slot: str) -> Callable[[Claim], tuple[object, ...] | None]:
        def group(claim: Claim) -> tuple[object, ...] | None:
            if (_kind(claim), claim.dimension) not in kinds or claim.category == "ordinal":
                # No claim of its kind on the other side: its frame is never read. An ordinal
                # names which one ("the fourth argument"), not how many: another is another thing.
                return None
            frame = judge.frame(claim)
            value = fold(_frames().kind(frame.thing)) if slot == "thing" and frame.thing else frame.predicate
            if not value and slot == "predicate" and claim.category == "measure":
                value = "(none)"  # lengths (weights...) of no act meet by their dimension alone
            return (_kind(claim), claim.dimension, slot, value) if value else None

        return group

    pairs = {
        pair
        for group in (_head_group, frame_group("thing"), frame_group("predicate"))
        for pair in _neighbours(old, new, old_left, new_left, group)
    }
    # Contexts are compared only for the pairs the frames keep (and for aligned ones, whose
    # status depends on it): most pairs here are dropped on their frames.
    verdicts: dict[tuple[int, int], str] = {}
    candidates = []
    for i, j in sorted(pairs):
        a, b = old[i], new[j]
        if not comparable(a, b):
            continue
        likeness = _likeness(frozenset(a.context), frozenset(b.context))
        # A sentence nearly the same in a paragraph the diff did not align: one sentence edited and moved.
        aligned = (a.block, b.block) in aligned_blocks or likeness >= _MOVED
        similarity = likeness if aligned else 0.0
        status = relation(a, b)
        if status == "compatible" and _far_bounds(a, b):
            continue  # values that agree only by a far bound say nothing (their frames are not read)
        date = a.category == b.category == "date"
        candidate = _Candidate(i, j, aligned, status, _subject_agreement(a, b), similarity, date=date)
        verdict = judge.status(candidate)
        core = {"thing", "predicate"} & set(judge.agreement(candidate).matched) if verdict else set()
        if verdict is None or (status != "changed" and not core):
            continue  # values that agree pair here on a thing or predicate in common
        if not aligned:
            candidate = evolve(candidate, similarity=likeness)
        verdicts[i, j] = verdict
        candidates.append(candidate)
    ranked = sorted(
        candidates,
        key=lambda c: (
            # a pair the frames allow only for a time one side leaves out ("Sixty of the prisoners
            # were flown to Geneva" / "Israel freed 5,500 Egyptian prisoners in 1957") yields to one
            # they vouch for, whatever slots it matches
            verdicts[c.old, c.new] == "differs" and judge.agreement(c).one_sided_time,
            -len(judge.agreement(c).matched),
            verdicts[c.old, c.new] == "differs",  # a pair the frames only allow yields to one they vouch for
            judge.agreement(c).one_sided_name,  # then the nearer: both name someone, or neither does
            # then a length near the other before one far from it ("held for nearly 20 years" meets
            # "more than 20 years", not the headline's "After 5 Years" of another man; a toll updated
            # may grow far: "Kills 11" / "Among 52")
            old[c.old].category == "duration" and not _near_update(old[c.old], new[c.new]),
            # and an age a year or two off before one further ("Gbagbo, 68" meets "Gbagbo, 69",
            # not her husband's "Laurent Gbagbo, 73")
            old[c.old].category == "age" and not _ages_near(old[c.old], new[c.new]),
            _FRAME_ORDER.index(verdicts[c.old, c.new]),
            *c.order(),
        ),
    )
    for candidate in ranked:
        if candidate.old not in old_taken and candidate.new not in new_taken:
            status = verdicts[candidate.old, candidate.new]
            assert status is not None
            evidence = judge.evidence(candidate) if status in ("changed", "differs") else None
            old_taken[candidate.old] = (candidate.new, status, evidence)
            new_taken.add(candidate.new)


#: How far apart, in minutes, the one time of day each side leaves alone may be and still be one
#: moment told two ways. Measured over the facts sets (7 December 2026): two hours caught as many
#: flag items as three, five hours one more, with no false ``changed`` either way; three is kept, a
#: story's one moment told loosely ("shortly after noon" / "about 2 p.m.").
_CLOCK_APART = 180


def _near_moments(kind: str, apart: int) -> bool:
    """Whether two lone moments of one ``kind`` (see :func:`_lone_moments`), ``apart`` steps of it,
    are near enough to be one moment told two ways: times of day within :data:`_CLOCK_APART`
    minutes; weekdays a day apart, round the week; months or days one apart."""
    if kind == "clock":
        return apart <= _CLOCK_APART
    return (min(apart, 7 - apart) if kind == "weekday" else apart) == 1


def _pair_lone_moments(ledger: _Ledger) -> None:
    """The one month of a year (the one day of a month, the one weekday of an act in someone's
    story) each side leaves alone, a month (a day) apart, or the one time of day, hours apart at
    most (:data:`_CLOCK_APART`): one event's moment told two ways ("had lived in Gaza since April
    2004" / "moved to Gaza in March 2004"; "In October, Nicaragua released 12 priests" / "in
    September, 12 jailed priests were flown to Rome"; "seized on July 20" / "abducted on July 19";
    "freed on Tuesday" / "released on Wednesday"; "The verdict was read at about 3 a.m." / "The
    ruling came shortly after 4 a.m."), where nothing in their frames says two acts: no time,
    place or thing of their own, and no two verbs of classes that differ (an unknown verb says
    little: "was based" / "moved"). Moments further apart are as often two acts ("arrested in March
    2022", "sentenced in June")."""
    old, new, aligned_blocks, old_taken, new_taken, judge = ledger.parts()
    olds, news = _lone_moments(old, set(old_taken)), _lone_moments(new, new_taken)
    for key, (i, old_step) in olds.items():
        j, new_step = news.get(key, (-1, 0))
        if j < 0 or not _near_moments(key[0], abs(old_step - new_step)):
            continue
        if _an_act_against_a_telling(old[i], new[j]):
            continue
        candidate = _candidate(old, new, i, j, aligned_blocks)
        found = judge.agreement(candidate)
        conflicts = set(found.conflicts)
        if conflicts - {"predicate", "name"} or candidate.status != "changed" or judge.state_ends_apart(old[i], new[j]):
            continue
        if key == ("month", "") and conflicts and not found.matched:
            continue  # a month of no year, nothing in common: "met Biden in March" / "detained in February"
        if _span_end(old[i]) != _span_end(new[j]):
            continue  # "in detention from December 2015 to August 2020" / "convicted in November 2015"
        if _bound(old[i]) != _bound(new[j]):
            # "releases would not begin before Thursday, January 26" / "the uprising that began on
            # January 25": a bound of a time is no act's day.
            continue
        acts = {_frames().act_of_someone(c, judge.frame(c)) for c in (old[i], new[j])}
        if key[0] == "weekday" and (len(acts) != 1 or "" in acts or _two_persons(judge.frame(old[i]), judge.frame(new[j]))):
            continue  # a weekday is one of seven: only one act of one person's story on both sides dates it
        if len(acts) == 1 and "" not in acts:
            # "held since February 1999" / "their arrest in March 1999"; "seized" / "detained on
            # Aug. 5": one kind of act in someone's story (custody, a court's, a release)
            conflicts.discard("predicate")
        if "predicate" in conflicts and (key[0] == "day" or all(_frames().classed(judge.frame(c).predicate) for c in (old[i], new[j]))):
            # "a sentence imposed in March 2020" / "found guilty in February 2020": two acts; two
            # days of two verbs are as often two steps of one story ("approved the truce on Nov.
            # 26" / "took effect on Nov. 27").
            continue
        _take_by_link(old, new, candidate, [], old_taken, new_taken, judge)


def _pair_last_ones(ledger: _Ledger) -> None:
    """The one time each side leaves alone of the story's last event of one kind before this ("In
    the previous swap, in May, each side handed over 75" / "The last exchange, in April, saw 75
    captives go each way"): one event, one moment told two ways, ``changed`` where they cannot both
    be true (a month and its year, "May" / "May 2024", still meet)."""
    old, new, aligned_blocks, old_taken, new_taken, judge = ledger.parts()

    def lasts(claims: Sequence[Claim], taken: Collection[int]) -> dict[str, list[int]]:
        found: dict[str, list[int]] = {}
        for index, claim in enumerate(claims):
            if index not in taken and _kind(claim) == "time":
                event = _frames().last_one(claim)
                if event:
                    found.setdefault(event, []).append(index)
        return found

    olds = lasts(old, set(old_taken))
    news = lasts(new, new_taken) if olds else {}
    for event, (i, *more_old) in olds.items():
        if more_old or len(news.get(event, ())) != 1:
            continue
        candidate = _candidate(old, new, i, news[event][0], aligned_blocks)
        if candidate.status == "changed" and not set(judge.agreement(candidate).conflicts) - {"predicate", "thing"}:
            _take_by_link(old, new, candidate, [], old_taken, new_taken, judge)


#: A verb that changes a term, before the level it changed it to: "cut the prison term to", "reduced
#: his sentence on appeal to" (its object and a time may stand between: "reduced his prison sentence
#: last month to", which a claim's direction does not reach).
_CHANGED_TO_BEFORE = re.compile(
    r"\b(?:cut|cuts|reduced?|reduces|lowered|commuted|raised|increased|extended|lengthened|halved)\b[^.;]{0,50}?\bto\s+$", re.IGNORECASE
)


def _term_changed_to(claim: Claim) -> bool:
    """Whether a length is the level a term was changed to (see :data:`_CHANGED_TO_BEFORE`)."""
    return _CHANGED_TO_BEFORE.search(claim.sentence, max(0, claim.position - 70), claim.position) is not None


def _two_persons(a: Frame, b: Frame) -> bool:
    """Whether two frames each name a person and share none of them."""
    people = [_frames().people(frame.names) for frame in (a, b)]
    return all(people) and not people[0] & people[1]


def _lone_moments(claims: Sequence[Claim], taken: Collection[int]) -> dict[tuple[str, ...], tuple[int, int]]:
    """Per year, the one month-and-year date ("August 2020") left alone, and its month (months of
    no year, "in June", as one more year); per month (and year, if given), the one day ("July 20")
    left alone, and its day; the one weekday left alone, and its place in the week; per zone
    ("local", "GMT"), the one time of day left alone, and its minute of the day."""
    found: dict[tuple[str, ...], list[tuple[int, int]]] = {}
    for index, claim in enumerate(claims):
        if index in taken:
            continue
        if claim.category == "clock" and claim.low is not None:
            found.setdefault(("clock", str(claim.unit)), []).append((index, int(claim.low)))
            continue
        if claim.category == "date" and _weekday(claim):
            found.setdefault(("weekday", ""), []).append((index, _WEEKDAYS.index(str(claim.value).title())))
            continue
        year, month, day = _date_parts(str(claim.value)) if claim.category == "date" else (None, None, None)
        if not month:
            continue
        if day and _frames().in_dateline(claim):
            continue  # "MARGILAN, Uzbekistan, June 3 -": the day the report was filed, no act's
        if day and day.isdigit():
            found.setdefault(("day", year or "", month), []).append((index, int(day)))
        elif not day:
            found.setdefault(("month", year or ""), []).append((index, int(month)))
    return {key: moments[0] for key, moments in found.items() if len(moments) == 1}


def _rare_words(claims: Sequence[Claim], taken: Collection[int]) -> dict[int, frozenset[str]]:
    """The content words of each year left alone that no other sentence of ``claims`` holds
    (nothing is counted where no year is left alone, the most common case)."""
    years = [index for index, claim in enumerate(claims) if index not in taken and claim.category == "year"]
    if not years:
        return {}
    by_sentence: dict[str, frozenset[str]] = {}
    for claim in claims:
        by_sentence.setdefault(claim.sentence, frozenset(claim.context))
    counts = Counter(w for found in by_sentence.values() for w in found)
    return {index: frozenset(w for w in by_sentence[claims[index].sentence] if counts[w] == 1) for index in years}


def _pair_years_by_a_rare_word(ledger: _Ledger) -> None:
    """The year each side leaves alone, a year apart, in sentences that share one word no other
    sentence of either text holds, and not as a name ("refused an earlier offer of freedom in 1987"
    / "turned down a release offer in 1988"; "a station she co-founded in 2019" / "a station she
    helped set up in 2018"): plausibly one event's year told two ways, so ``differs``, never
    ``changed``. Measured over the facts sets as ``changed`` (4 December 2026): 15 flag items for 6
    false, below the precision a ``changed`` needs; a shared name ("Crown Prince Mohammed bin
    Salman") or several rare words were more often two events of one person's story. Each word
    is looked up, never each pair of years: linear in the claims."""
    old, new, aligned_blocks, old_taken, new_taken, judge = ledger.parts()
    old_rare = _rare_words(old, set(old_taken))
    new_rare = _rare_words(new, new_taken) if old_rare else {}
    if not new_rare:
        return
    new_by_word: dict[str, list[int]] = {}
    for j, words in new_rare.items():
        for word in words:
            new_by_word.setdefault(word, []).append(j)
    links: dict[int, list[tuple[int, str]]] = {}
    back: Counter[int] = Counter()
    for i, words in old_rare.items():
        shared: dict[int, set[str]] = {}
        for word in words:
            for j in new_by_word.get(word, ()):
                shared.setdefault(j, set()).add(word)
        for j, found in shared.items():  # (found: the rare words the two sentences share)
            if (
                len(found) == 1
                and abs(int(old[i].low or 0) - int(new[j].low or 0)) == 1
                and all(re.search(rf"\b{re.escape(w)}\b", c.sentence) for w in found for c in (old[i], new[j]))  # no name
            ):
                links.setdefault(i, []).append((j, next(iter(found))))
                back[j] += 1
    for i, found in links.items():
        (j, word), *others = found
        if others or back[j] > 1:
            continue
        candidate = _candidate(old, new, i, j, aligned_blocks)
        things = {judge.frame(c).thing for c in (old[i], new[j])}
        if set(judge.agreement(candidate).conflicts) - {"predicate", "name"} or (len(things) > 1 and "" not in things):
            continue  # (two things of one kind told apart: "a report by the audit bureau" / "by the ministry")
        old_taken[i] = (j, "differs", {**judge.evidence(candidate), "shared_word": word})
        new_taken.add(j)


#: The passes after the tiers, in order: each pairs claims the ones before it left alone.
_LATER_PASSES: tuple[Callable[[_Ledger], None], ...] = (
    _pair_by_frames,
    _pair_in_linked_sentences,
    _pair_in_twin_sentences,
    _pair_moments_of_one_act,
    _pair_dates_of_one_person,
    _pair_lone_moments,
    _pair_last_ones,
    _pair_years_by_a_rare_word,
    _pair_slips,
    _pair_ranks_in_a_series,
    _pair_lone_ages,
    _restatements,
    # once more: the pairs the passes since made (twin sentences, lone moments) link their
    # sentences too ("$6 million" / "$7 million" paired as twins vouch for "$4 million" / "$3
    # million" beside them)
    _pair_in_linked_sentences,
    _in_text_order,
)


def _pass_name(later_pass: Callable[[_Ledger], None]) -> str:
    """The name a pass's pairs give in their evidence (``paired_by``): ``_pair_by_frames`` is
    ``by_frames``; the tiers' pairs say ``tiers``."""
    return later_pass.__name__.removeprefix("_").removeprefix("pair_")


def _pairing_order(pairing: Pairing) -> tuple[int, int, int]:
    new_start = pairing.new.span.start if pairing.new else -1
    old_start = pairing.old.span.start if pairing.old else -1
    return STATUSES.index(pairing.status), new_start, old_start
