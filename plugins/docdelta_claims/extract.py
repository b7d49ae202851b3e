"""Claims in one text: every number it states, typed, with its qualifier, interval, subject and direction.

A claim is read in this order, each step taking its text out of the later ones' reach:

1. things that look like numbers but state none: a ``date YYYY-MM-DD`` header field,
   phone numbers, clock figures and offsets from UTC (``GMT+3``), ``No. 10``/``#10``,
   street addresses, ``24/7``, web and e-mail addresses and file names, a page's reading time
   (``5 min read``); of the clock figures, times of day that a word sets as times (``at about 4
   p.m.``, ``shortly after noon``, ``0900 GMT``) are then read as ``clock`` claims;
2. dates (``Dec. 13``, ``December 13, 2025``, ``13 December``, ``2025-12-13``, ``December 2025``,
   ``Sept. 20-24``, ``12-13 December``), then months named after a time word (``in June``, ``July
   last year``) and weekdays (``on Monday``, ``Sunday's election``);
3. vague plurals (``hundreds of``, ``dozens``) as intervals, a duration after an article where a
   qualifier or ``for`` counts it (``for more than a year``, ``over a decade``, ``within a fortnight``) or a word after it
   makes it a span between two moments (``a day after``, ``a year ago``), a unit of time made an
   adjective with ``-long`` (``an hour-long visit``, ``a week-long truce``: one unit), and ``twice``
   / ``thrice``;
4. the remaining numbers (:func:`~docdelta_claims.numbers.atoms`), each typed by what
   surrounds it: a range (``between 5% and 6%``, ``5-10``, ``four to five thousand``), money
   (``$5bn``, ``300 euros``), a percentage, a duration (``two days``), an age (``Bialiatski, 63,``,
   ``a 43-year-old``), a measure (``12 km``), a year (``in 2021``), an ordinal (``second``,
   ``3rd``) or else a count; a qualifier before or after it (``over``, ``at least``, ``about``,
   ``or more``...) turns it into an interval (see :data:`TOLERANCE`), two bounds joined become one
   (``at most 100 and at least 20``), and a change keeps its direction (``rose 19 cents``: up).

Numbers glued to a name (``COVID-19``, ``F-16``), numbers after a capitalised name
(``Article 5``, ``Flight 752``; not in a title-case headline) and the pronoun ``one``
(``one of the``, ``the largest one``, ``the earlier one``, ``follows one in July``) are not claims.
"""

from __future__ import annotations

import math
import re
import zlib
from collections.abc import Iterator, Sequence
from typing import Any

from attrs import define, evolve, field, validators

from docdelta import Document, Span
from docdelta_claims import lexicon
from docdelta_claims.numbers import (
    CAPITAL,
    CURRENCY_AFTER,
    COUNTRY_DOLLARS,
    CURRENCY_BEFORE,
    CURRENCY_CODES,
    CURRENCY_SIGNS,
    DURATIONS,
    LOCAL_CURRENCY,
    LOCAL_CURRENCY_BEFORE,
    LOCAL_CURRENCY_LEAST,
    SCALES,
    SHORT_SCALES,
    UNITS,
    Atom,
    Unit,
    and_a_part,
    atoms,
    cardinal,
    is_fraction,
    lazy_pattern,
    may_hold_number,
    plain,
)

__all__ = [
    "DURATION_NEARLY",
    "LONGEST_SENTENCE",
    "SHOWN_SENTENCE",
    "STEPS_PER_CLAIM",
    "TOLERANCE",
    "Claim",
    "SentenceCache",
    "document_claims",
    "joined_terms",
    "sentences",
    "subject_key",
    "text_claims",
    "title_case",
]

#: Relative tolerance of an approximate qualifier, at most: ``about 100`` means 90 to 110 (``about
#: 84`` 83 to 85: one unit of its last written digit, where that is less); ``nearly 100`` and
#: ``almost 100`` mean 90 up to (not including) 100.
TOLERANCE = 0.10

#: How far below a duration of one to three units "nearly" and "almost" reach: ``nearly a week``
#: is 5.25 to 7 days, ``almost two years`` 18 to 24 months.
DURATION_NEARLY = 0.25

#: A sentence longer than this (a run-on line of scraped text, a table flattened into one line)
#: is read in pieces of at most this many characters (see :func:`_pieces`): reading stays linear
#: in the text, and each claim's ``sentence`` is its piece.
LONGEST_SENTENCE = 1_000
# Where a piece may end: whitespace between a word of letters and the next word of letters.
_CUT = re.compile(r"([^\W\d_]{3,})\s+(?=[^\W\d_])")
_LAST_SPACE = re.compile(r".*\s", re.DOTALL)

CATEGORIES = ("count", "percent", "money", "year", "date", "clock", "duration", "ordinal", "measure", "age")
#: How a report names a category that reads otherwise in prose (the others are named as they are).
CATEGORY_LABELS = {"clock": "time of day"}


def category_label(category: str) -> str:
    """A category as reports name it: ``clock`` is "time of day"."""
    return CATEGORY_LABELS.get(category, category)


#: The direction of a change a claim states: ``rose 19 cents`` is ``up``, ``fell from 208 to 193`` ``down``.
DIRECTIONS = ("up", "down")


@define(frozen=True)
class Claim:
    """One number a text states.

    Attributes:
        category: one of ``count``, ``percent``, ``money``, ``year``, ``date``, ``clock`` (a time of
            day: ``at about 4 p.m.``, ``0900 GMT``), ``duration``, ``ordinal``, ``measure``, ``age``
            (``Bialiatski, 63,``, ``a 43-year-old``).
        text: the claim as written, qualifier and unit included (``over 100``, ``$5bn``, ``Dec. 13``).
        span: where ``text`` stands in the document.
        value: the number (``int`` when whole); an ISO 8601 string for a date (``2025-12-13``,
            ``--12-13``, ``2024-07``, ``--06``, ``--09-20/24``) or a weekday's name (``Monday``);
            for a time of day, ``hh:mm`` on a 24-hour clock (``16:00``); ``None`` for a range.
        low: the lower end of the interval the claim allows, in ``unit`` (a time of day's in
            minutes after midnight); ``None`` when open.
        high: the upper end; ``None`` when open (``over 100``).
        low_open: the lower bound itself is excluded (``over 100``).
        high_open: the upper bound itself is excluded (``under 100``).
        qualifier: the qualifier as written, lower-case (``more than``), or ``None``.
        unit: ``%``, ``pp``, a currency code, a duration or measure unit, ``years old`` (``months old``, ``weeks old``),
            a time of day's zone (``local`` where none is written, ``GMT``, ``EST``), or ``None``.
        dimension: what the unit measures (``duration`` for ``hour``).
        factor: the unit's size in its dimension's base unit (3600 for ``hour``), so ``two days``
            and ``48 hours`` compare equal.
        subject: what is counted, lower-case, as written (``political prisoners``), or ``""``.
        key: the subject normalized for matching (``political prisoner``; ``ukrainian`` for
            both ``Ukrainians`` and ``Ukrainian nationals``).
        sentence: the sentence the claim stands in.
        context: content words of the sentence around the claim, sorted.
        block: index of its block in the document (``-1`` for a bare text).
        direction: the change the claim states, ``up`` or ``down`` (``rose 19 cents``,
            ``fell from $2,415 to $2,315``: both figures ``down``), else ``None``.
        position: where ``text`` starts in ``sentence`` (what the claim is about is read around
            it: :mod:`docdelta_claims.frame`).
    """

    category: str = field(validator=validators.in_(CATEGORIES))
    text: str
    span: Span
    value: int | float | str | None
    low: int | float | None = None
    high: int | float | None = None
    low_open: bool = False
    high_open: bool = False
    qualifier: str | None = None
    unit: str | None = None
    dimension: str = ""
    factor: float = 1.0
    subject: str = ""
    key: str = ""
    sentence: str = ""
    context: tuple[str, ...] = field(converter=tuple, default=())
    block: int = -1
    direction: str | None = field(default=None, validator=validators.optional(validators.in_(DIRECTIONS)))
    position: int = 0

    def record(self) -> dict[str, Any]:
        """The claim as the findings' JSON data carries it."""
        return {
            "text": self.text,
            "value": self.value,
            "low": self.low,
            "high": self.high,
            "low_open": self.low_open,
            "high_open": self.high_open,
            "qualifier": self.qualifier,
            "unit": self.unit,
            "sentence": _shown(self.sentence, self.position, len(self.text)),
            "direction": self.direction,
        }


#: A claim's record shows its sentence whole up to this many characters; a longer one (a piece of
#: a run-on line, a table flattened into one line) as this many characters around the claim: a
#: report on a text dense with numbers stays proportional to its claims, not to claims × sentence.
SHOWN_SENTENCE = 300


def _shown(sentence: str, position: int, length: int) -> str:
    if len(sentence) <= SHOWN_SENTENCE:
        return sentence
    start = max(0, min(position - (SHOWN_SENTENCE - length) // 2, len(sentence) - SHOWN_SENTENCE))
    end = start + SHOWN_SENTENCE
    return ("…" if start else "") + sentence[start:end] + ("…" if end < len(sentence) else "")


#: Sentence text -> (the offset it was read at, its claims there), shared by the two
#: documents of a comparison: see :func:`text_claims`.
SentenceCache = dict[str, tuple[int, list[Claim]]]


# --- sentences -----------------------------------------------------------------------------

_ABBREVIATIONS = frozenset(
    "u.s u.k u.n e.u mr mrs ms dr st no nos jan feb mar apr jun jul aug sep sept oct nov dec gen col lt "
    "sgt gov sen rep prof jr sr inc co corp ltd vs approx a.m p.m fig vol dept est".split()
)
_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*\s+(?=[\"“‘'(\[]?[A-Z0-9])")
_WORD_BEFORE = re.compile(r"(?<!\d)([A-Za-z](?:[A-Za-z.]*[A-Za-z])?)\.?$")  # ("the 1990s." ends a sentence: no initial)

#: Initials before a name ("a.n.r" of "A.N.R. Robinson"), as ``_WORD_BEFORE`` reads them.
_INITIALS_OF_A_NAME = re.compile(r"[a-z](?:\.[a-z])+")

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")


def sentences(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each sentence of ``text``; a period after an abbreviation ends none, a
    blank line always ends one (a headline has no full stop: "Quake Kills 144\n\nA magnitude...")."""
    paragraph = 0
    for blank in _PARAGRAPH_BREAK.finditer(text):
        yield from _sentences(text, paragraph, blank.start())
        paragraph = blank.end()
    yield from _sentences(text, paragraph, len(text))


def _sentences(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    for match in _SENTENCE_END.finditer(text, start, end):
        if text[match.start()] == ".":
            before = _WORD_BEFORE.search(text, max(start, match.start() - 12), match.start() + 1)
            word = before.group(1).lower() if before else ""
            if word in _ABBREVIATIONS or len(word) == 1 or _INITIALS_OF_A_NAME.fullmatch(word):
                continue  # ("Prime Minister A.N.R. Robinson", "F.W. de Klerk": initials before a name)
        yield start, match.start() + 1
        start = match.end()
    if text[start:end].strip():
        yield start, len(text[:end].rstrip())


# --- what is not a claim ---------------------------------------------------------------------

_HEADER_DATE = re.compile(r"\s*date:?\s+\d{4}-\d{2}-\d{2}\b\s*", re.IGNORECASE)
_PHONE = re.compile(
    r"(?<![\w,.])(?!\d{4}-\d{2}-\d{2}\b)(?:\+\d{1,3}[ .-]?|\(\d{1,4}\)[ .-]?)*\d{2,4}(?:[ .-]\d{2,4})+(?![\w]|[.,]\d)"
)
_PHONE_SEPARATOR = re.compile(r"[ .-]")
_DIGITS = re.compile(r"\d")
# Each of these patterns runs over every sentence holding a number. Python's re tries every
# branch at every position: a lookahead of the characters a match can start with, put first,
# skips the other positions at the cost of one test (4x faster on prose; the same matches).
_NOT_CLAIMS = re.compile(
    r"(?=[\dN#])"
    r"(?:\b\d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]\.?m\.?)?"  # clock times
    r"|\b\d{1,2}\s?[ap]\.m\.|\b\d{1,2}\s?[ap]m\b"
    r"|(?:\bNos?\.|\bNo(?=\s\d)|\bNumber(?=\s\d)|#)\s?\d+\w*"  # No. 10, #10
    # a street address, not a name that holds one ("3 Wall Street Journal reporters" are three)
    r"|\b\d+\s+(?:[A-Z][a-z]+\s+)+(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Boulevard|Lane|Square|Drive)(?!\s+[A-Z])"
    r"|\b\d+/\d+\b"  # 24/7, 9/11
    # a clock's offset from UTC and a time of day in four digits: "10 a.m. GMT+3", "UTC-05:00", "0900 GMT"
    r"|(?<=GMT[+−-])\d{1,2}(?::?\d{2})?\b|(?<=UTC[+−-])\d{1,2}(?::?\d{2})?\b"
    r"|\b(?:[01]\d|2[0-3])[0-5]\d\s?(?:GMT|UTC)\b"
    # a page's reading time beside its byline or in a feed's footer: "5 min read", "a 3-minute read"
    r"|\b\d+[\s-]?(?:min|mins|minute|minutes)\.?\s+read\b)"
)


# What marks a web or e-mail address or a file name: the whole run of non-space characters around
# it is one (its digits are no claims). A C substring test first: most sentences hold none.
_ADDRESS_MARK = re.compile(
    r"(?=[:@wW.])(?:://|@\w|\bwww\.|(?<=\w)\.(?:pdf|docx?|xlsx?|pptx?|csv|txt|json|xml|zip|jpe?g|png|gif|mp[34]"
    r"|html?|php|aspx?|com|org|net|gov|edu|int|io|info)\b)",
    re.IGNORECASE,
)
_NOT_SPACE = re.compile(r"\S*")
_TRAILING = ".,;:!?)]}\"'”’"


def _addresses(sentence: str) -> list[tuple[int, int]]:
    """Spans of URLs, e-mail addresses and file names (``report-2024.pdf``), each the run of
    non-space characters around its mark, less trailing punctuation."""
    spans: list[tuple[int, int]] = []
    done = 0
    for mark in _ADDRESS_MARK.finditer(sentence):
        if mark.start() < done:
            continue
        start = max(done, sentence.rfind(" ", done, mark.start()) + 1, sentence.rfind("\n", done, mark.start()) + 1)
        end = _NOT_SPACE.match(sentence, mark.end()).end()
        while end > mark.end() and sentence[end - 1] in _TRAILING:
            end -= 1
        spans.append((start, end))
        done = end
    return spans


def _digit_fraction(text: str) -> bool:
    numerator, slash, denominator = text.partition("/")
    return (
        bool(slash) and numerator.isdigit() and denominator.isdigit() and is_fraction(int(numerator), int(denominator))
    )


# A number that labels a part of a text ("Corrects age in paragraph 2", "page 5", "section 3(b)",
# "Article 5" in lower case): a place in a document, as "No. 10" is a name, never a quantity.
_LABEL = lazy_pattern(
    r"\b(?:paragraphs?|paras?|pages?|sections?|chapters?|clauses?|articles?)\s+\d+[a-z]?"
    r"(?:\s*(?:,|and|-|–)\s*\d+[a-z]?)*\b",  # (not "to": "in paragraph 2 to 45 from 44")
    re.IGNORECASE,
)
_LABEL_WORDS = ("aragraph", "para ", "paras ", "page ", "pages ", "Page ", "Pages ", "ection ", "ections ", "hapter", "lause", "rticle")


#: A goal's name, no quantity: "the goal of reaching net zero", "net-zero emissions".
_NET_ZERO = re.compile(r"\bnet[\s-]zero\b", re.IGNORECASE)


def _not_claims(sentence: str) -> list[tuple[int, int]]:
    """Spans of phone numbers (seven digits or more in groups), times, ``No. 10``, labels of a text's
    parts (``paragraph 2``), street and web addresses, e-mail addresses and file names, and ``net zero``."""
    spans = [m.span() for m in _NOT_CLAIMS.finditer(sentence) if not _digit_fraction(m.group())]
    if "zero" in sentence or "Zero" in sentence:  # C substring tests first
        spans += [m.span() for m in _NET_ZERO.finditer(sentence)]
    if any(word in sentence for word in _LABEL_WORDS):  # C substring tests first
        spans += [m.span() for m in _LABEL().finditer(sentence)]
    spans += _addresses(sentence)
    if len(_DIGITS.findall(sentence)) < 7:  # a phone number's digits are all \d: most sentences have fewer
        return spans
    phones = [
        m.span()
        for m in _PHONE.finditer(sentence)
        if sum(c.isdigit() for c in m.group()) >= 7
        and (m.group()[0] in "+(" or len(_PHONE_SEPARATOR.findall(m.group())) >= 2)
    ]
    return phones + spans


# --- dates -----------------------------------------------------------------------------------

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
#: After "in" and a month, a number its verb follows is a count, not a day ("in June 14 were
#: released", "In March 80 have died", "in May 12 remain"); "on May 16 were the first talks" and
#: "held since October 7 were released" are days.
_COUNTED_BY_VERB = (
    r"(?:\s+(?:remain|remained)\b|\s+(?:were|are|have|had)\s+(?:(?:also|still|all|later|then|now|since)\s+)?"
    r"(?:[a-z]+(?:ed|en|wn)|held|kept|left|sent|shot|put|hit|found|brought|caught|been)\b)"
)
_NO_DAY = rf"(?:(?<![Ii]n\s)|(?![A-Z][a-z]*\.?\s+\d{{1,2}}\b{_COUNTED_BY_VERB}))"
_SPAN_OPENS = r"(?:(?<=\b[Ff]rom\s)|(?<=\b[Bb]etween\s))"
_SPAN_JOIN = r"\s+(?:to|and|until|till)\s+"
_DATE = re.compile(  # a digit or a month's capital first (see _NOT_CLAIMS)
    r"(?=[\dJFMASOND])"
    # days of one date written out after "from" or "between" ("from December 18 to 21", "between
    # 18 and 22 December"); without them "on March 3 to 21" may be a toll raised to 21
    rf"(?:{_SPAN_OPENS}(?P<m5>{_MONTH})\.?\s+(?P<d5>\d{{1,2}})(?:st|nd|rd|th)?{_SPAN_JOIN}(?P<e5>\d{{1,2}})(?:st|nd|rd|th)?\b(?![-–:.,]?\d)"
    rf"(?:,?\s+(?P<y5>\d{{4}})\b)?"
    rf"|{_SPAN_OPENS}(?P<d6>\d{{1,2}})(?:st|nd|rd|th)?{_SPAN_JOIN}(?P<e6>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m6>{_MONTH})\b"
    rf"(?:,?\s+(?P<y6>\d{{4}})\b)?"
    rf"|\b{_NO_DAY}(?P<m1>{_MONTH})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\b(?!:\d)"
    r"(?:\s?[-–]\s?(?P<e1>\d{1,2})\b(?![-–:]))?"  # Sept. 20-24: the days of one date
    rf"(?:,?\s+(?P<y1>\d{{4}})\b)?"
    rf"|\b(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?(?:\s?[-–]\s?(?P<e2>\d{{1,2}})(?:st|nd|rd|th)?)?"  # 12-13 December
    rf"\s+(?:of\s+)?(?P<m2>{_MONTH})\b(?:,?\s+(?P<y2>\d{{4}})\b)?"
    rf"|\b(?P<m3>{_MONTH})\.?,?\s+(?P<y3>\d{{4}})\b"
    r"|\b(?P<y4>\d{4})-(?P<n4>\d{2})-(?P<d4>\d{2})\b)"
)


def _date_value(match: re.Match[str]) -> str | None:
    """The ISO value of a date match (``--12-13`` without a year, ``2025-12`` without a day)."""
    # One alternative of _DATE matched: its month (m), day (d), year (y) and last day (e), each
    # numbered by its alternative, are the only ones set.
    found = {name[0]: text for name, text in match.groupdict().items() if text}
    month_name, day_text, year_text, last_day = found.get("m"), found.get("d"), found.get("y"), found.get("e")
    month = _MONTHS[month_name[:3].lower()] if month_name else int(found["n"])
    if not 1 <= month <= 12 or (day_text and not 1 <= int(day_text) <= 31):
        return None
    if day_text is None:
        return f"{year_text}-{month:02d}"
    first = f"{year_text or '-'}-{month:02d}-{int(day_text):02d}"
    if last_day is not None:  # an ISO 8601 interval with its end abbreviated: --09-20/24
        return f"{first}/{int(last_day):02d}" if int(day_text) < int(last_day) <= 31 else None
    return first


# A month named alone is a date when a time word leads to it ("in June", "since July", "early
# March") or a relative year follows ("July last year"); a weekday always is ("on Monday",
# "Sunday's election"), not a weekday in the plural ("on Mondays": every one).
# Capitalised only: "may", "march" and "sun" are words.
_MONTH_NAME = (
    r"January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\."
)
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_NAMED_DAY = re.compile(
    rf"(?=[JFMASONDTW])\b(?:(?P<month>{_MONTH_NAME})(?!\w)|(?P<weekday>{'|'.join(_WEEKDAYS)})\b(?!s\b))"
)
_MONTH_CUE = frozenset(
    "in since until till by from of during before after through to and or last next this that early late mid "
    "end between around until".split()
)
_RELATIVE_YEAR = re.compile(r",?\s+(?:last|this|next)\s+year\b")
#: The part of a month named before it: "early August", "late July", "mid-June".
_PART_OF_MONTH = re.compile(r"(?<![\w-])(?:early|late|mid)(?:\s+|-)$", re.IGNORECASE)


def _named_days(sentence: str, taken: list[tuple[int, int]]) -> Iterator[_Reading]:
    """Bare months (``in June`` → ``--06``) and weekdays (``on Monday`` → ``Monday``) as dates."""
    for match in _NAMED_DAY.finditer(sentence):
        if any(s < match.end() and match.start() < e for s, e in taken):
            continue
        if match.group("weekday"):
            yield _Reading("date", match.start(), match.end(), match.group("weekday"), None, None)
            continue
        previous = _PREVIOUS_WORD.search(sentence, max(0, match.start() - 20), match.start())
        cue = previous is not None and previous.group(1).lower().split("-")[-1] in _MONTH_CUE
        relative = _RELATIVE_YEAR.match(sentence, match.end())
        if cue or relative:
            value = f"--{_MONTHS[match.group('month')[:3].lower()]:02d}"
            # "early August", "mid-June": the part of the month is written with it, as a qualifier
            part = _PART_OF_MONTH.search(sentence, max(0, match.start() - 8), match.start())
            yield _Reading("date", part.start() if part else match.start(), match.end(), value, None, None)


# --- times of day ----------------------------------------------------------------------------

# A time of day: "4 p.m.", "8:10 a.m.", "7.20pm", "10pm", "05:00 GMT", "0900 GMT", "noon", "at
# 16:45", each with the qualifier written before it ("at about 4 p.m.", "shortly after noon", "just
# before 11 p.m.") and a zone after it ("local time", "GMT", "EST"). A bare "16:45" or "noon" is
# read only after a word that sets a time ("at", "by", "until", "shortly after"...) or before a zone:
# "a 3:1 ratio", "John 3:16" and "the noon news" tell none.
_CLOCK_QUALIFIERS = {
    "about": "~", "around": "~", "approximately": "~", "roughly": "~", "some": "~",
    "nearly": "~<", "almost": "~<",
    "shortly after": ">+", "just after": ">+", "soon after": ">+", "right after": ">+", "a little after": ">+",
    "shortly before": "<-", "just before": "<-", "right before": "<-", "a little before": "<-",
    "after": ">", "before": "<", "by": "<=",
}  # fmt: skip
_CLOCK_QUALIFIER = "|".join(sorted((q.replace(" ", r"\s+") for q in _CLOCK_QUALIFIERS), key=len, reverse=True))
_CLOCK = lazy_pattern(
    r"(?=[\dnNmM])(?<![\w.:/-])"
    r"(?:(?P<hour>1[0-2]|0?[1-9])(?:[:.](?P<minute>[0-5]\d))?\s?(?P<half>[ap])(?:\.\s?m\b\.?|m\b)"  # 4 p.m., 7.20pm (its full stop the sentence's)
    r"|(?P<hour24>[01]?\d|2[0-3]):(?P<minute24>[0-5]\d)(?![\d:])"  # 16:45, 05:00
    r"|(?P<hour4>[01]\d|2[0-3])(?P<minute4>[0-5]\d)(?=\s?(?:GMT|UTC)\b)"  # 0900 GMT
    r"|(?P<word>noon|midday|midnight)\b)"
    r"(?:\s?(?P<zone>(?:GMT|UTC)(?:[+−-]\d{1,2}(?::?\d{2})?)?|local\s+time|(?-i:[A-Z]{1,3}T)|(?-i:[A-Z][a-z]+)\s+time)\b)?",
    re.IGNORECASE,
)
_CLOCK_QUALIFIER_BEFORE = lazy_pattern(rf"(?<![\w-])({_CLOCK_QUALIFIER})\s+$", re.IGNORECASE)
# A word that sets a time before a bare "16:45" or "noon" ("at", "until", "from"), or joins it
# to one that did ("between 10:30 and 11:00").
_CLOCK_CUE = lazy_pattern(r"\b(?:at|by|from|until|till|to|before|after|around|about|since|and|or|between|,)\s+$", re.IGNORECASE)
_ZONES = {"utc": "GMT", "gmt": "GMT", "local time": "local"}
_OFFSET = re.compile(r"(?:GMT|UTC)([+−-])(\d{1,2}):?(\d{2})?", re.IGNORECASE)


def _zone(written: str) -> str:
    """A time's zone as one name however it is written: "UTC" and "GMT" are "GMT", an offset is
    "GMT+03:00" ("GMT+3", "UTC+03:00", "UTC+0300"), "local time" is "local"."""
    offset = _OFFSET.fullmatch(written)
    if offset:
        sign = "-" if offset.group(1) in "−-" else "+"
        return f"GMT{sign}{int(offset.group(2)):02d}:{offset.group(3) or '00'}"
    return _ZONES.get(" ".join(written.lower().split()), written)


#: The span a qualifier of a time of day allows, in minutes ("about 4 p.m.": a quarter-hour either
#: side; "shortly after noon": within half an hour after).
CLOCK_NEAR = 15
CLOCK_SHORTLY = 30


def _clock_times(sentence: str, taken: list[tuple[int, int]]) -> Iterator[_Reading]:
    """Times of day (see :data:`_CLOCK`), as minutes after midnight in their zone; a clock-like
    figure that tells no time stays in ``taken``, no claim. A span told with both ends, the later
    second ("between 5 p.m. and 7 p.m.", "from 9:30 to 11 a.m."), is one claim: its two ends are
    one moment's bounds, as a range of figures is (a span past midnight, "from 6 p.m. to 6 a.m.",
    stays two times)."""
    readings = list(_clock_readings(sentence, taken))
    index = 0
    while index < len(readings):
        first = readings[index]
        second = readings[index + 1] if index + 1 < len(readings) else None
        opener = SPAN_OPENER().search(sentence, max(0, first.start - 10), first.start) if second else None
        if (
            second is not None and opener is not None and first.qualifier is None and second.qualifier is None
            and _CLOCK_SPAN_JOINS[opener.group(1).lower()].fullmatch(sentence, first.end, second.start) is not None
            and first.unit == second.unit and first.low is not None and second.high is not None and first.low < second.high
        ):
            value = f"{first.value}-{second.value}"
            yield _Reading("clock", opener.start(), second.end, value, first.low, second.high, first.unit, "between")
            index += 2
            continue
        yield first
        index += 1


#: "between" or "from" right before the first end of a span told with both ends ("between 5 p.m.
#: and 7 p.m.", "from December 2015 to August 2020").
SPAN_OPENER = lazy_pattern(r"\b(between|from)\s+$", re.IGNORECASE)
# What joins the two ends after each opener: "between ... and", "from ... to (until)".
_CLOCK_SPAN_JOINS = {
    "between": re.compile(r"\s+and\s+", re.IGNORECASE),
    "from": re.compile(r"\s*(?:\s(?:to|until|till)\s|-|–)\s*", re.IGNORECASE),
}


def _clock_readings(sentence: str, taken: list[tuple[int, int]]) -> Iterator[_Reading]:
    """Each time of day of ``sentence`` alone, in text order (see :func:`_clock_times`)."""
    for match in _CLOCK().finditer(sentence):
        start, end = match.span()
        # (a clock figure in a web address is the address's; the figure itself is in taken already)
        if any(s < end and start < e and not (start <= s and e <= end) for s, e in taken):
            continue
        taken.append((start, end))
        before = _CLOCK_QUALIFIER_BEFORE().search(sentence, max(0, start - 18), start)
        qualifier = " ".join(before.group(1).lower().split()) if before else None
        start = before.start() if before else start
        bare = match.group("hour24") is not None or match.group("word") is not None
        if bare and not match.group("zone") and qualifier is None and not _CLOCK_CUE().search(sentence, max(0, start - 16), start):
            continue
        word = (match.group("word") or "").lower()
        if match.group("hour"):
            hour = int(match.group("hour")) % 12 + (12 if match.group("half").lower() == "p" else 0)
            minute = int(match.group("minute") or 0)
        elif match.group("hour24"):
            hour, minute = int(match.group("hour24")), int(match.group("minute24"))
        elif match.group("hour4"):
            hour, minute = int(match.group("hour4")), int(match.group("minute4"))
        else:
            hour, minute = (0, 0) if word == "midnight" else (12, 0)
        value = hour * 60 + minute
        if word == "midnight" and _CLOCK_QUALIFIERS.get(qualifier or "") in ("<", "<=", "<-"):
            value = 24 * 60  # the midnight a day runs up to ("by midnight", "just before midnight")
        zone = _zone(match.group("zone") or "local")
        low, high = _clock_interval(value, qualifier)
        yield _Reading("clock", start, end, f"{value // 60:02d}:{value % 60:02d}", low, high, Unit(zone, f"clock {zone}"), qualifier)


def _clock_interval(value: int, qualifier: str | None) -> tuple[int | None, int | None]:
    """The minutes a time of day and its qualifier allow, both ends in ("shortly after noon" meets
    "noon": a reporter's rounding)."""
    kind = _CLOCK_QUALIFIERS.get(qualifier or "")
    if kind == "~":
        return value - CLOCK_NEAR, value + CLOCK_NEAR
    if kind == "~<":
        return value - CLOCK_NEAR, value
    if kind == ">+":
        return value, value + CLOCK_SHORTLY
    if kind == "<-":
        return value - CLOCK_SHORTLY, value
    if kind == ">":
        return value, None
    if kind in ("<", "<="):
        return None, value
    return value, value


# --- around a number -----------------------------------------------------------------------

# A toll or a total that "passes", "tops" or "exceeds" a figure is above it (not before a tally:
# "The Senate passed 52 to 48").
_PASSING = frozenset({"passes", "passed", "tops", "topped", "exceeds", "exceeded", "surpasses", "surpassed"})
_TALLY = re.compile(r"\s*(?:-|–|to\s)\s*\d")
# "rain over three days", "talks over two days": "over" after a noun spans the time ("spent over three
# years", "for over a decade" and "after over 600 days" are more than it).
# So does "over" after a figure or an increase: "a 38% rise over four years", "9% over three years",
# "€670 million over five years", "1,000 people over three days"; and after a place the act went
# to or on in: "flown to Florida over two days".
_OVER_A_SPAN = re.compile(
    r"(?:\b(?i:rain|rainfall|snow|talks|meetings|visit|tour|festival|period|span|course|rise|raise|increase|hike"
    r"|compensation|people|hours|euros|dollars|pounds)|\d%|\d\s*(?i:percent|million|billion|bn|m)"
    r"|\b(?i:to|in|across|into)\s+[A-Z][a-z]+)\s+$",
)
# "handed over 303 prisoners", "turned over 12 bodies": "over" is the verb's particle.
_HANDED = re.compile(r"\b(?:hand|hands|handed|handing|turn|turns|turned|turning)\s+$", re.IGNORECASE)
#: Comparatives that are qualifiers of a figure ("higher than 5%"), not of a time ago.
_COMPARING = {"greater than": ">", "larger than": ">", "higher than": ">", "bigger than": ">", "smaller than": "<", "lower than": "<"}
_QUALIFIERS = {
    "more than": ">", "over": ">", "above": ">", "in excess of": ">", "upwards of": ">", "exceeding": ">",
    **dict.fromkeys(_PASSING, ">"),
    "at least": ">=", "no fewer than": ">=", "no less than": ">=", "a minimum of": ">=",
    "fewer than": "<", "less than": "<", "under": "<", "below": "<",
    "up to": "<=", "at most": "<=", "no more than": "<=", "a maximum of": "<=", "as much as": "<=", "as many as": "<=",
    "as long as": "<=", "as high as": "<=", "as low as": ">=",  # "as long as a decade in prison", "as high as 40%"
    "about": "~", "around": "~", "roughly": "~", "approximately": "~", "some": "~", "an estimated": "~",
    "estimated": "~", "close to": "~", "nearly": "~<", "almost": "~<", "between": "range",
    **_COMPARING,
    "less than or equal to": "<=", "fewer than or equal to": "<=", "smaller or equal than": "<=",
    "lower or equal than": "<=", "less or equal than": "<=", "equal to or less than": "<=",
    "equal to or fewer than": "<=",
    "greater than or equal to": ">=", "more than or equal to": ">=", "higher or equal than": ">=",
    "bigger or equal than": ">=", "greater or equal than": ">=", "larger or equal than": ">=",
    "at least or equal to": ">=", "equal to or more than": ">=", "equal to or greater than": ">=",
    "equal to": "=", "equals": "=", "equaling to": "=", "equalling": "=", "all": "=",  # "All 42 freed": exactly 42
    "<": "<", ">": ">", "<=": "<=", ">=": ">=", "< =": "<=", "> =": ">=", "≤": "<=", "≥": ">=",
}  # fmt: skip
_QUALIFIER = re.compile(
    r"(?:(?<![\w-])("
    + "|".join(sorted((re.escape(q) for q in _QUALIFIERS if q[0].isalpha()), key=len, reverse=True))
    + r")\s+|(?<![<>=])("
    + "|".join(sorted((re.escape(q) for q in _QUALIFIERS if not q[0].isalpha()), key=len, reverse=True))
    + r")\s*)$",
    re.IGNORECASE,
)
# A word that says how far past a bound a figure is ("just over", "a little more than", "well
# under"): part of the claim as written; the bound is the same.
_INTENSIFIED = frozenset({"more than", "over", "above", "fewer than", "less than", "under", "below", "in excess of"})
_INTENSIFIER_BEFORE = re.compile(r"(?<![\w-])(?:just|a\s+little|slightly|well|far|a\s+bit|comfortably|marginally)\s+$", re.IGNORECASE)
# A qualifier after the number: "50 or more", "18 or over", "5000 or less", "200 or greater".
_POST_QUALIFIER = re.compile(
    r"\s+(?:or|and)\s+(more|greater|higher|above|over|upwards|less|fewer|lower|below|under)\b(?!\s+than\s+\d)",
    re.IGNORECASE,
)
_OR_EQUAL = re.compile(r"\s+or\s+equal(?:\s+to)?\b", re.IGNORECASE)
# "500 or so": about 500.
_OR_SO = re.compile(r"\s+or\s+so\b(?!\s+(?:that|as)\b)", re.IGNORECASE)
_POST_KIND = {"more": ">=", "greater": ">=", "higher": ">=", "above": ">=", "over": ">=", "upwards": ">=",
              "less": "<=", "fewer": "<=", "lower": "<=", "below": "<=", "under": "<="}  # fmt: skip
_QUALIFIER_WORDS = frozenset(word for qualifier in _QUALIFIERS for word in qualifier.split() if word[0].isalpha())
#: The letters that name a country's dollars ("US", "HK": "HK$11.42"), the longest first.
_DOLLAR_LETTERS = "|".join(sorted((letters.upper() for letters in COUNTRY_DOLLARS), key=len, reverse=True))
_CURRENCY_BEFORE = re.compile(
    rf"(\b(?:{_DOLLAR_LETTERS})\$|[{re.escape(CURRENCY_SIGNS)}]|\bRs\.?\s?|\b(?:" + "|".join(CURRENCY_CODES) + r")\s?)$"
)
_LOCAL_CURRENCY_BEFORE = re.compile(LOCAL_CURRENCY)
_SHORT_SCALE = re.compile(r"\s?(bn|mn|tn|[mbkMBKT])\b")
_PERCENT = re.compile(
    r"[\s-]?(%|percent\b|per[\s-]?cent\b|percentage[\s-]points?\b|basis[\s-]points?\b|(?-i:bps?)\b)|(?<=\d)(pc)\b"
    r"|(?:(?<=half)|(?<=quarter)|(?<=quarters)|(?<=\sa))[\s-](points?)\b",
    re.IGNORECASE,
)  # "11.5pc", "4bp" ("BP" is a company); "a quarter point", "half a point": of a percentage (the
# words numbers._PART_OF_A_POINT ends its number with come before "point")
_CURRENCY_AFTER = re.compile(
    r"\s(" + "|".join(CURRENCY_AFTER) + r")\b|\s?([€£$])(?!\w)|(?<=\d)(p)\b(?!\.m\.)", re.IGNORECASE  # "142.7p": pence
)
#: A currency's name joined to a number before a sum's noun: "a 500-pound fine".
_CURRENCY_COMPOUND = re.compile(
    r"-(" + "|".join(CURRENCY_AFTER) + r")\s+(?:fine|bail|ransom|payment|bill|reward|fee|bribe|grant|loan|salary|bond|penalty|deal)s?\b",
    re.IGNORECASE,
)
_UNIT = re.compile(r"(?:\s|-)?([A-Za-z]+)\b")
#: A currency's name after a people's word: "2 million Egyptian pounds", "40,000 Belarusian rubles",
#: "500 US dollars", "20 Swiss francs"
#: (another currency than the name alone says: the pound is not the Egyptian pound), or after
#: the few places whose currency is named by the place: "3 million Hong Kong dollars".
_NATIONAL_CURRENCY = lazy_pattern(
    r"\s([A-Z][a-z]+(?:an|ian|ese|ish|i|ic)|Swiss|US|U\.S\.|Hong Kong|New Zealand|Singapore|Taiwan)\s((?i:" + "|".join(CURRENCY_AFTER) + r"))\b"
)
#: A people's currency that is the one its name alone stands for.
_CURRENCY_OF_PEOPLE = {
    "american dollar": "USD", "us dollar": "USD", "u.s. dollar": "USD", "australian dollar": "AUD", "canadian dollar": "CAD", "british pound": "GBP",
    "russian ruble": "RUB", "russian rouble": "RUB", "ukrainian hryvnia": "UAH", "japanese yen": "JPY", "chinese yuan": "CNY",
    "turkish lira": "TRY", "indian rupee": "INR", "swiss franc": "CHF", "polish zloty": "PLN", "hungarian forint": "HUF",
    "hong kong dollar": "HKD", "new zealand dollar": "NZD", "singapore dollar": "SGD", "taiwan dollar": "TWD",
}  # fmt: skip


#: A game's score after a number, and the verb of a game before it: "beat the Celtics 114-105", "drew
#: with Lyon 2-2" (not "a Boeing 747-400": no one is beaten).
_SCORE_AFTER = re.compile(r"-\d{1,3}\b(?!-)")
_BEATEN_BEFORE = lazy_pattern(
    r"\b(?:beat|beats|beaten|defeated|defeats|edged|routed|thrashed|crushed|downed|drew\s+with|lost\s+to|fell\s+to|tied|tied\s+with)\b[^.;]*$",
    re.IGNORECASE,
)


def _length_of_time_after(sentence: str, end: int) -> bool:
    """Whether a unit of time follows a number ("10 days", "15-month"): a length, never a name's number."""
    unit = _UNIT.match(sentence, end)
    found = UNITS.get(unit.group(1).lower()) if unit else None
    return found is not None and found.dimension == "duration"


#: Units of two words: "1.7 nautical miles" (not 1.7 of something nautical), "1,200 square kilometres".
_COMPOUND_UNITS = {
    "nautical mile": Unit("nmi", "length", 1852),
    "square kilometre": Unit("km²", "area", 1e6), "square kilometer": Unit("km²", "area", 1e6),
    "square km": Unit("km²", "area", 1e6), "square mile": Unit("sq mi", "area", 2_589_988.11),
    "square metre": Unit("m²", "area", 1), "square meter": Unit("m²", "area", 1),
}  # fmt: skip
_COMPOUND_UNIT = re.compile(
    r"[\s-](nautical|square|sq\b\.?)[\s-](miles?|mi\b|kilomet(?:re|er)s?|km|met(?:re|er)s?|m\b)\b", re.IGNORECASE
)
#: Short forms of the words of a compound unit ("12 sq km", "5 sq mi", "90 sq m").
_COMPOUND_SHORT = {"sq": "square", "sq.": "square", "mi": "mile", "m": "metre"}


def _compound_unit(compound: re.Match[str]) -> Unit | None:
    """The unit two words name, or ``None`` for two that name none ("nautical km")."""
    words = (_COMPOUND_SHORT.get(word.lower(), word.lower()) for word in compound.group(1, 2))
    return _COMPOUND_UNITS.get(" ".join(words).rstrip("s"))
# "87-Year-Old" in a title-case headline; "a 20-month-old son", "21 months old" (ages in years)
_AGE = re.compile(r"[- ](?P<unit>year|month|week)s?[- ]old\b", re.IGNORECASE)
# A capital C or F glued to a number is a temperature ("40C", "104F"); a small one is not ("5c").
_DEGREES = re.compile(r"\s?°\s?([CF])\b|\s+degrees?\s+(Celsius|Fahrenheit|C|F)\b|(?-i:([CF]))\b", re.IGNORECASE)
_PER = re.compile(r"\s*(?:/|\s+per\s+|\s+an?\s+)([A-Za-z]+)\b")
_DECADE = re.compile(r"(?:'?s)\b")
_COMPOUND = re.compile(r"-[a-z]+\b(?!-)")
#: A count's open end written after it: "300-plus", "300+", "30-odd", "50-something".
_OPEN_ENDED = re.compile(r"-(plus|odd|something)\b(?!-)|\+(?![\d+])", re.IGNORECASE)

_AGE_UNIT = Unit("years old", "age")
_AGE_UNITS = {"year": _AGE_UNIT, "month": Unit("months old", "age", 1 / 12), "week": Unit("weeks old", "age", 7 / 365.25)}
_SHARE = Unit("%", "%")
_COINS = {name: Unit(name, name) for name in ("cent", "penny", "dime")}
#: How far before a number its qualifier, currency or label is looked for, in characters.
_LOOK_BACK = 40
_PERCENT_UNITS = {"%": "%", "percent": "%", "per cent": "%", "pc": "%", "percentage point": "pp", "percentage points": "pp", "point": "pp", "points": "pp",
                  "basis point": "bp", "basis points": "bp", "bp": "bp", "bps": "bp"}  # fmt: skip
# Words before a 4-digit number that make it a year even before a plural ("the 2022 elections").
_YEAR_CUES = frozenset("in since by until till from of before after during the a early late mid to and or its their his her our whose".split())
#: Words before a year older than 1800 ("since records began in 1782"), where a number of that size is
#: more often a count ("to 1500", "a 1500-strong").
_OLD_YEAR_CUES = frozenset("in since until till before after during early late mid".split())

_STOP = frozenset(
    """a an the of in on at to for from by with and or but nor as than that which who whom whose were was are
    is be been being have has had will would could should may might must can do did does not no this these
    those it its they them their he she his her we our you your i there here also each per after before
    during since until into over under about between among across against including while when where if so
    said says say told according ago earlier later now then last next every all both only just still yet
    again already out up down off more most some such other own same very higher lower less fewer greater
    larger smaller bigger another""".split()
)
#: Prepositions the stop words leave out (they stay in a claim's context): never a counted noun.
_NO_NOUN = frozenset("within without through throughout toward towards onto upon via amid despite beyond".split())
_FILLERS = frozenset("additional more other new further extra total".split())
#: Initials that qualify a noun ("five U.S. citizens", "two U.S.-chartered planes"), read as one word.
_INITIALS = re.compile(r"(?:[A-Z]\.){2,}(?:-[^\W\d_]+)*")
#: Initials opening a compound, written with stops or without ("U.S.-backed" / "US-backed").
_INITIALS_COMPOUND = re.compile(r"\b((?:[a-z]\.){2,})-")
#: A people written two ways no ending relates: "U.S. citizens" are Americans.
_SAME_PEOPLE = {"us": "american", "u.s.": "american", "uk": "british", "u.k.": "british"}
# A people's noun that is not its adjective ("120,000 British nationals" / "100,000 Britons").
_SAME_PEOPLE.update(
    {noun: adjective for adjective, nouns in (
        ("british", "briton britons"), ("french", "frenchman frenchmen"), ("dutch", "dutchman dutchmen"),
        ("english", "englishman englishmen"), ("irish", "irishman irishmen"), ("welsh", "welshman welshmen"),
        ("scottish", "scot scots"), ("spanish", "spaniard spaniards"), ("swedish", "swede swedes"),
        ("danish", "dane danes"), ("finnish", "finn finns"), ("turkish", "turk turks"), ("kurdish", "kurd kurds"),
    ) for noun in nouns.split()}
)
_GENERIC_HEADS = frozenset("national citizen person people resident individual member".split())
_IRREGULAR = {"people": "person", "men": "man", "women": "woman", "children": "child", "buses": "bus"}
_PLURALS = frozenset(_IRREGULAR) | frozenset("aircraft personnel staff police troops".split())
# Endings of words that usually qualify a noun rather than name it ("political", "Ukrainian", "additional").
_ADJECTIVE_ENDINGS = ("al", "ian", "ese", "ish", "ic", "ive", "ary", "ous", "ful", "ern", "ed", "less", "ent", "ant")
_ADJECTIVES = frozenset("new old main key major big small large young former senior foreign top extra".split())
_AND_ADJECTIVE = re.compile(r"\s+(?:and|or)(?=\s+([a-z][\w-]*)\s+[a-z])")
#: A people's adjective joined to another before their noun: "North Korean and Chinese prisoners".
_AND_PEOPLE = re.compile(r"\s+(?:and|or)(?=\s+([A-Z][a-z]+)\s+[a-z])")
_PEOPLE_ENDINGS = ("an", "ese", "ish", "ch", "i", "ek")
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_ASCII_WORD = re.compile(_WORD.pattern, re.ASCII)  # the same words in ASCII text, found faster
_NP_GAP = re.compile(r"[ \u00a0]+")
_AUXILIARY = re.compile(
    r"(?:\s+of\s+(?:them|those|these|whom|which))?,?\s+(?:were|was|are|is|have\s+been|has\s+been|had\s+been|will\s+be)\s+",
    re.IGNORECASE,
)
_OF = re.compile(r"\s+of\s+(?:the\s+|their\s+|its\s+|all\s+)?", re.IGNORECASE)
_DETERMINER = re.compile(r"\s+(?:of\s+)?(?:the\s+|their\s+|its\s+|his\s+|her\s+|our\s+|all\s+)?", re.IGNORECASE)
_IN = re.compile(r"\s+(?:of|in)\s+(?:the\s+|their\s+|its\s+|all\s+)?", re.IGNORECASE)
_ONE_PRONOUN = re.compile(r"\s+(?:of|another)\b", re.IGNORECASE)
#: Idioms of "one" that count nothing: "one by one", "one after another", "at one point".
_ONE_IDIOM = re.compile(
    r"\bat\s+one\s+(?:point|time|stage|moment)\b|\bone\s+by\s+one\b|\bone\s+after\s+(?:another|the\s+other)\b",
    re.IGNORECASE,
)
# "one" dated after a word that compares or orders events: another of what was just named ("the
# release follows one in July", "the largest since one in 2011"), not one person or one thing
# ("freed one in 2023 and two in 2024" counts).
_ONE_LIKE_ANOTHER = re.compile(
    r"\b(?:follow(?:s|ed|ing)|mirror(?:s|ed|ing)|recall(?:s|ed)|resemble[sd]|repeat(?:s|ed)|echoing|after|before|than|like|unlike|since)\s+$",
    re.IGNORECASE,
)
_ONE_DATED = re.compile(
    rf"\s+(?:(?:in|on)\s+(?:(?:early|late|mid-?)\s*)?(?:{_MONTH_NAME}|{'|'.join(_WEEKDAYS)}|(?:19|20)\d\d)(?!\w)"
    r"|(?:last|earlier\s+this|earlier\s+in\s+the)\s+(?:year|month|week|spring|summer|autumn|fall|winter)\b)"
)


def _singular(word: str) -> str:
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("sses", "ches", "shes", "xes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def subject_key(subject: str) -> str:
    """A subject normalized for matching: lower-case, singular, without fillers (``additional``)
    and without a generic head after a qualifying word (``Ukrainian nationals`` → ``ukrainian``)."""
    words = [_singular(w) for w in subject.lower().replace("’", "'").split() if w not in _STOP and not w.endswith("'s")]
    words = [w for w in words if w not in _FILLERS] or words
    words = [_SAME_PEOPLE.get(w, _INITIALS_COMPOUND.sub(lambda m: m.group(1).replace(".", "") + "-", w)) for w in words]
    if len(words) > 1 and words[-1] in _GENERIC_HEADS:
        words = words[:-1]
    return " ".join(words)


def _plural(word: str) -> bool:
    return word in _PLURALS or (word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 2)


_COMPOUND_BEFORE = re.compile(r"\d-[a-z]+\s*$")


#: Words plural in form that qualify a noun after them ("34 rights groups", "12 news outlets").
_PLURAL_MODIFIERS = frozenset("rights arms sales savings goods news sports customs".split())


def _noun_phrase(text: str, position: int, limit: int = 4, *, many: bool = False) -> tuple[str, int]:
    """The words from ``position`` that can name what a number counts, and where they end.

    Without a parser, the phrase ends at its head noun: the first plural word, or the first
    word that does not look like an adjective (``political prisoners``, ``second release``).
    Counting ``many``, a singular noun before a plural one qualifies it (``81 construction
    workers``): a count above one agrees with a plural head, and the -s word is no verb.
    """
    words: list[re.Match[str]] = []
    cursor = position
    while len(words) < limit:
        gap = _NP_GAP.match(text, cursor)
        if not gap and words:
            break
        at = gap.end() if gap else cursor
        match = (_INITIALS.match(text, at) if text[at + 1 : at + 2] == "." else None) or _WORD.match(text, at)
        lower = match.group().lower() if match else ""
        # ("earlier" is an adjective before a plural: "five earlier attempts")
        stop = lower in _STOP and not (lower == "earlier" and not words and _plural_follows(text, match.end()))
        if not match or stop or lower in _NO_NOUN or match.group() == "us":
            break  # ("of us": no "US"; "the other 550 within two months": no "within")
        if words and _only_a_verb(lower):
            break  # "some 200 Lebanese remain in jail": the phrase ended on its people's word
        if not words and "VERB" in lexicon.lemmas(lower) and _LET_BEFORE.search(text, max(0, position - 24), position):
            break  # "let 306 go": what they were let do, no noun
        words.append(match)
        cursor = match.end()
        word = lower
        if word.endswith(("'s", "’s")):
            continue  # a possessive leads to the noun: "Ukraine's needs"
        # ("Six United Nations special rapporteurs": a plural inside a name qualifies the noun after it)
        in_a_name = match.group()[:1].isupper() and len(words) > 1 and words[-2].group()[:1].isupper() and (
            _plural_follows(text, cursor) or _compound_follows(text, cursor)
        )
        if _plural(word) and not (word in _PLURAL_MODIFIERS and _plural_follows(text, cursor)) and not in_a_name:
            break
        qualifies = word.endswith(_ADJECTIVE_ENDINGS) or word in _ADJECTIVES or word in _SAME_PEOPLE
        # A compound of words before another word is an adjective ("best-known", "long-serving",
        # "pro-democracy"); a count ends on its noun, which this is not.
        qualifies = qualifies or ("-" in word and (match.group().islower() or match.group()[1:2] == ".") and bool(_NP_GAP.match(text, cursor)))
        if not qualifies and match.group()[:1].isupper() and not title_case(text, match.start()):
            # "8,000 South Korean trainee doctors", "12 Red Cross workers": capitalised words that run
            # on into the phrase are one name qualifying its noun.
            following = _NP_GAP.match(text, cursor)
            next_capital = bool(following) and text[following.end() : following.end() + 1].isupper()
            run_on = len(words) > 1 and words[-2].group()[:1].isupper() and bool(following)
            # ("24 UN peacekeepers", "the released US citizens": an initialism before a plural noun)
            initials = len(word) > 1 and match.group().isupper() and (_plural_follows(text, cursor) or _compound_follows(text, cursor))
            qualifies = next_capital or run_on or initials
        joined = _AND_PEOPLE.match(text, cursor) if match.group()[:1].isupper() and word.endswith(_PEOPLE_ENDINGS) else None
        if joined and joined.group(1).lower().endswith(_PEOPLE_ENDINGS):
            cursor = joined.end()  # "6,670 North Korean and Chinese prisoners": two peoples of one noun
            continue
        if not (qualifies or (many and match.group().islower() and (_plural_follows(text, cursor) or _compound_follows(text, cursor)))):
            break
        joined = _AND_ADJECTIVE.match(text, cursor) if qualifies and match.group().islower() else None
        if joined and (joined.group(1).endswith(_ADJECTIVE_ENDINGS) or joined.group(1) in _ADJECTIVES):
            cursor = joined.end()  # "30 religious and political prisoners": two adjectives of one noun
    # A participle qualifies a noun only when a lower-case word follows it ("detained journalists");
    # otherwise it is a verb ("over 40 injured in the attack").
    # After a compound of a number ("a 92-page ruling") the word is the noun, whatever its ending.
    compound = _COMPOUND_BEFORE.search(text, max(0, position - 20), position) is not None
    for index, match in enumerate(words):
        if not match.group().lower().endswith(("ed", "ing")) or (compound and index == 0):
            continue
        if match.group()[:1].isupper() and not title_case(text, match.start()):
            continue  # a name, no participle: "20 Red Crescent workers"
        following = words[index + 1].group() if index + 1 < len(words) else ""
        # A capitalised noun after it is qualified too: a people's plural ("seven imprisoned
        # Americans"), a name before the noun ("24 released US citizens"), or any word of a Title
        # Case headline ("333 Kidnapped Schoolboys Freed").
        named = following[:1].isupper() and index + 2 < len(words)
        if not following or not (following[0].islower() or _plural(following.lower()) or named or title_case(text, match.start())):
            words = words[:index]
            break
    if not words:
        return "", position
    return " ".join(m.group() for m in words).lower().replace("’", "'"), words[-1].end()


#: "let" right before a number ("let 306 go", "letting 40 leave"): the word after it is a verb.
_LET_BEFORE = re.compile(r"\blet(?:s|ting)?\s+(?:about\s+|some\s+)?[\d,]+\s*$", re.IGNORECASE)


def _only_a_verb(word: str) -> bool:
    """Whether the lexicon knows a lower-case word only as a verb in its base form ("remain",
    "flee"): no noun of a phrase (a participle, "detained", may qualify one)."""
    classes = lexicon.lemmas(word)
    return bool(classes) and set(classes) <= {"VERB", "AUX"} and not word.endswith(("ed", "ing", "en", "s"))


def _plural_follows(text: str, position: int) -> bool:
    gap = _NP_GAP.match(text, position)
    following = _WORD.match(text, gap.end()) if gap else None
    return following is not None and following.group().islower() and _plural(following.group())


def _compound_follows(text: str, position: int) -> bool:
    """Whether a lower-case singular noun and then a plural follow ``position``: the noun before them
    is a compound's first word ("58 air force commandos", "30 task force soldiers")."""
    gap = _NP_GAP.match(text, position)
    following = _WORD.match(text, gap.end()) if gap else None
    if following is None or not following.group().islower() or _plural(following.group()):
        return False
    word = following.group()
    return word not in _STOP and word not in _NO_NOUN and "NOUN" in lexicon.lemmas(word) and _plural_follows(text, following.end())


# "were transferred to": a participle after an auxiliary says what a bare count counts.
_PARTICIPLE = re.compile(r"[^\W\d_]+(?:\s+(?:to|in|from|into|by)\s+[^\W\d_]+)?")
#: A people's name alone after "were" or "are", ending its clause: what a bare count counts.
_PEOPLE_COMPLEMENT = lazy_pattern(r"([A-Z][a-z]+(?:s|ese|ian|ean|ani|ini|i|o|an))(?=\s*(?:[,.;]|and\b|$))")


#: The first figure of a tally and its noun, right before the second: "282 votes to ", "15 seats against ".
_TALLY_BEFORE = lazy_pattern(r"\d[\d,]*\s+(?P<noun>votes|seats|points|goals|ballots)\s+(?:to|against|versus|vs\.?)\s+$", re.IGNORECASE)


#: Words that qualify a number after "of the" ("27,000 of the roughly 50,000"): no noun counted.
_QUALIFYING_WORDS = frozenset("roughly nearly about some around almost approximately over under more fewer less at".split())


def _subject(text: str, start: int, end: int, category: str, unit: Unit | None, *, many: bool) -> str:
    """What the number at ``text[start:end]`` counts (``many``: a count above one), read from the
    words after it, or for the second figure of a tally from the first's noun before it."""
    if category in ("year", "date", "clock"):
        return ""
    if category in ("duration", "measure") and not (unit and unit.dimension == "age"):
        of = _OF.match(text, end)
        phrase = _noun_phrase(text, of.end())[0] if of else ""
        if category == "measure" or not (unit and phrase):
            return phrase
        return f"{unit.name}s of {phrase}"
    phrase, _ = _noun_phrase(text, end, many=many)
    if phrase:
        return phrase
    of = (_IN if category == "money" else _DETERMINER if category == "percent" else _OF).match(text, end)
    if of:
        # ("Six of the opposition figures": a part of many counts the whole's head, "figures")
        phrase, _ = _noun_phrase(text, of.end(), many=many)
        if phrase and phrase.split()[0] not in _QUALIFYING_WORDS:  # ("of them", "of those": stop words, no phrase)
            return phrase  # (not "of the roughly 50,000 Asians": a whole counted, whose claim says what)
    auxiliary = _AUXILIARY.match(text, end)
    if auxiliary and category == "count":
        words = _PARTICIPLE.match(text, auxiliary.end())
        if words and (words.group().lower().endswith(("ed", "en")) or " " in words.group()):
            return words.group().lower()  # "114 of them were transferred to Ukraine"
        people = _PEOPLE_COMPLEMENT().match(text, auxiliary.end()) if text[auxiliary.end() : auxiliary.end() + 1].isupper() else None
        if people:
            return people.group(1).lower()  # "Manila said 18 of them were Filipino": Filipinos
    tally = _TALLY_BEFORE().search(text, max(0, start - 40), start) if category == "count" else None
    return tally.group("noun").lower() if tally else ""  # "by 282 votes to 58": votes


def _context(sentence: str, claim_start: int, claim_end: int) -> tuple[str, ...]:
    rest = sentence[:claim_start] + " " + sentence[claim_end:]
    if rest.isascii():  # lowering ASCII first changes no word's length or bounds: one call, not one a word
        words = {w for w in _ASCII_WORD.findall(rest.lower()) if len(w) > 2}
        return tuple(sorted(words.difference(_STOP)))
    # (a curly apostrophe is a straight one: the site's "city's" is the feed's "city’s")
    return tuple(sorted({w.lower().replace("’", "'") for w in _WORD.findall(rest) if len(w) > 2 and w.lower() not in _STOP}))


# --- typing a number -----------------------------------------------------------------------


@define(frozen=True)
class _Reading:
    """A number as read in its sentence, before it becomes a Claim (offsets in the sentence)."""

    category: str
    start: int
    end: int
    value: int | float | str | None
    low: int | float | None
    high: int | float | None
    unit: Unit | None = None
    qualifier: str | None = None  # a time of day's, read with it ("shortly after noon")


_SPACES = re.compile(r"\s+")


def _tail_unit(sentence: str, end: int, allow_bare: bool) -> tuple[str, Unit | None, int]:
    """The category and unit the words right after a number give it, and where they end.

    ``allow_bare``: a unit may follow without a space (``12km``), as after a numeral."""
    percent = _PERCENT.match(sentence, end)
    if percent:
        name = _PERCENT_UNITS[_SPACES.sub(" ", (percent.group(1) or percent.group(2) or percent.group(3)).lower().replace("-", " "))]
        return "percent", Unit(name, name), percent.end()
    national = _NATIONAL_CURRENCY().match(sentence, end)
    if national and CURRENCY_AFTER[national.group(2).lower()] not in _COINS:
        word = national.group(2).lower()
        singular = word[:-1] if word.endswith("s") and CURRENCY_AFTER.get(word[:-1]) == CURRENCY_AFTER[word] else word
        name = f"{national.group(1).lower()} {singular}"
        code = _CURRENCY_OF_PEOPLE.get(name, name)
        return "money", Unit(code, code), national.end()
    sum_of = _CURRENCY_COMPOUND.match(sentence, end)
    if sum_of:  # "a 500-pound fine", "a 10,000-dollar bail", "a 50-cent fee": money (a "500-pound bomb" weighs)
        code = CURRENCY_AFTER[sum_of.group(1).lower()]
        return "money", _COINS.get(code) or Unit(code, code), sum_of.end(1)
    currency = _CURRENCY_AFTER.match(sentence, end)
    if currency and currency.group(3):
        return "money", _COINS["penny"], currency.end()
    if currency and currency.group(1) and CURRENCY_AFTER[currency.group(1).lower()] in _COINS:
        return "money", _COINS[CURRENCY_AFTER[currency.group(1).lower()]], currency.end()
    if currency and (currency.group(1) or "").lower() in ("pound", "pounds") and _WEIGHED.search(sentence, max(0, end - 60), end):
        return "measure", UNITS["lb"], currency.end()  # "had lost more than 100 pounds": a weight, not money
    if currency:
        code = CURRENCY_AFTER[currency.group(1).lower()] if currency.group(1) else CURRENCY_BEFORE[currency.group(2)]
        return "money", Unit(code, code), currency.end()
    age = _AGE.match(sentence, end)
    if age:
        return "age", _AGE_UNITS[age.group("unit").lower()], age.end()
    degrees = _DEGREES.match(sentence, end)
    if degrees:
        return "measure", UNITS["°" + (degrees.group(1) or degrees.group(2) or degrees.group(3))[0].lower()], degrees.end()
    compound = _COMPOUND_UNIT.match(sentence, end)
    if compound and (area_or_length := _compound_unit(compound)):
        return "measure", area_or_length, compound.end()
    more = _MORE_OF_A_TIME.match(sentence, end) or _FULL_TIME.match(sentence, end)
    if more:
        # "seven more years", "two further months": a length of time, the word between says it adds
        # on; "two full weeks", "three long years": a length of time all the same
        found = UNITS[more.group(1).lower()]
        return "duration", found, more.end()
    unit = _UNIT.match(sentence, end)
    if unit and unit.group(1).lower() in UNITS and (allow_bare or unit.group(0)[:1] in " -"):
        found = UNITS[unit.group(1).lower()]
        category = "duration" if found.dimension == "duration" else "measure"
        per = _PER.match(sentence, unit.end())
        if per and per.group(1).lower() in UNITS and category == "measure" and not _SPAN_AFTER.match(sentence, per.end()):
            # a rate: "200 km per hour" (not "4.5 million tonnes a year earlier": a time)
            divisor = UNITS[per.group(1).lower()]
            found = Unit(
                f"{found.name}/{divisor.name}", f"{found.dimension}/{divisor.dimension}", found.factor / divisor.factor
            )
            return category, found, per.end()
        return category, found, unit.end()
    return "", None, end


#: A time unit after "more", "further", "additional" or "extra": "seven more years" is seven years
#: (and, in a claim's text, a length beside time already told: see frame).
_TIME_UNIT_AFTER = r"\s+(?:{})\s+(years?|months?|weeks?|days?|hours?)\b"
_MORE_OF_A_TIME = re.compile(_TIME_UNIT_AFTER.format("more|further|additional|extra"), re.IGNORECASE)
#: A time unit after a word that says the length was whole or felt long: "two full weeks", "three long years".
_FULL_TIME = re.compile(_TIME_UNIT_AFTER.format("full|long|whole|entire"), re.IGNORECASE)
#: A verb of weight before a number (and its qualifier): "pounds" after them weigh, not pay.
_WEIGHED = re.compile(r"\b(?:los[et]|losing|gain(?:ed|ing|s)?|weigh(?:ed|ing|s)?|shed(?:ding|s)?)\s+(?:[a-z]+\s+){0,3}[\d.,]+$")

# What the text right before (or after) a number says of it.
_LETTER_BEFORE = re.compile(r"[^\W\d_][-‑]?$")  # part of a name: COVID-19, F-16
_TIME_PART_BEFORE = re.compile(r"\b(?:mid|early|late)[-‑]$", re.IGNORECASE)  # a part of a year: mid-2021
_NAME_BEFORE = re.compile(rf"([{CAPITAL}][\w-]*)\s+$")  # Article 5
# A currency sign between a word and its number ("from $5", "to €6").
_MONEY_SIGN = rf"(?:(?:{_DOLLAR_LETTERS})\$|[$€£¥])?"
#: "from" opening a range or a change, and where what follows it starts (named ``from``): the verb of
#: a change may stand before its object ("raised the minimum wage from $7.25 to $15").
_FROM_BEFORE = re.compile(rf"\bfrom\s+(?P<from>)(?:about\s+|around\s+)?{_MONEY_SIGN}$", re.IGNORECASE)
_SIGN_BEFORE = re.compile(rf"{_MONEY_SIGN}$")
_MINUS_BEFORE = re.compile(r"(?:^|(?<=[\s(]))[-−]$")
_BETWEEN_BEFORE = re.compile(rf"\bbetween\s+(?:the\s+)?{_MONEY_SIGN}$", re.IGNORECASE)
_PREVIOUS_WORD = re.compile(r"([\w’']+)\W*$")
#: After a four-digit number, the counted noun that makes it a count: "2000 people", "drew 1959 men".
_PLURAL_NEXT = re.compile(r"\s+(?:[a-z]+s|people|men|women|children|police|personnel|staff)\b")
#: After a four-digit number with a qualifier of a quantity, what else makes it a count: a count's
#: verb or partitive ("about 2000 were freed", "some 2000 of them"), a plural after a word or two
#: ("about 1900 Palestinian prisoners"), a plural in a title-case headline ("About 1800 Prisoners";
#: not after "Over": "Expel 18 Diplomats Over 2014 Arms Depot Blast").
_COUNT_NEXT = re.compile(
    r"\s+(?:were|are|have|had|remain|remained|of|will|would|could|may|might|[A-Z][a-z]+s"
    r"|(?:(?!(?:the|a|an|its|their|his|her)\s)[\w-]+\s+){0,2}(?:[a-z]+s|people|men|women|children))\b"
)
#: Qualifiers that are also prepositions of another sense ("over 2014 unrest", "under 1990 rules").
_AMBIGUOUS_QUALIFIERS = frozenset("over under above below".split())
#: Before a qualifier, what makes the number after it a time ("in about 2010"), not a count ("one of nearly 2000").
_TIME_PREPOSITIONS = frozenset("in since by until till before after during from around".split())


def _word_before_in(before: str, words: frozenset[str]) -> bool:
    previous = _PREVIOUS_WORD.search(before)
    return previous is not None and previous.group(1).lower() in words


def _counted_after(sentence: str, before: str, end: int) -> bool:
    """Whether what stands around a four-digit number ending at ``end`` makes it a count, not a year:
    a plural after it (:data:`_PLURAL_NEXT`); or, after a qualifier of a quantity that no time word
    stands before, a count's verb, partitive or plural (:data:`_COUNT_NEXT`)."""
    if _PLURAL_NEXT.match(sentence, end):
        return True
    qualifier = _QUALIFIER.search(before)
    return (
        qualifier is not None
        and (qualifier.group(1) or "").lower() not in _AMBIGUOUS_QUALIFIERS
        and not _word_before_in(before[: qualifier.start()], _TIME_PREPOSITIONS)  # "in about 2010 the firms merged"
        and _COUNT_NEXT.match(sentence, end) is not None
    )


_FOUR_DIGITS = re.compile(r"\d{4}")
# What joins the two ends of a range; the first end may repeat the unit ("5% to 6%", "$5 to $6").
_RANGE_LINK = re.compile(
    r"(?P<unit>\s?%|\s(?:per\s?cent|percent)|[\s-]?[A-Za-z]+)?"
    rf"(?:\s?[-–—~]\s?|-?\s+(?:to|through|and)\s+(?:the\s+)?){_MONEY_SIGN}",
    re.IGNORECASE,
)
_BY_BEFORE = re.compile(
    rf"\bby\s+(?:(?:about|some|around|nearly|almost|roughly|a|an|combined|average|total|of)\s+){{0,3}}{_MONEY_SIGN}$", re.IGNORECASE
)
# "9.83 ± 0.01", "5% +/- 2": a value and its margin.
_PLUS_MINUS = re.compile(r"%?\s*(?:±|\+/-|\+-)\s*")
_SCALED = re.compile(r"(?:thousand|million|billion|trillion|[kmbKMB]|bn|mn|tn)$")
_SCALE_VALUES = {**SCALES, **SHORT_SCALES}
# "Bialiatski, 63," "Bialiatski (63)", "the driver, 41," "the Danish nurse, 41," "Ghergut, now 48,"
# "Okafor and Mensah, both 27," and, ending a sentence, "Bialiatski, 61.": an age after a name or a
# person described; "Burch, 63 at the time of his kidnapping,": the age then.
_NAME_COMMA = re.compile(
    rf"(?:[{CAPITAL}][\w'’-]+|\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\w-]+\s+)?[a-z]+)(?:,\s*(?:now\s+|both\s+)?|\s+\()$"
)
# "The majority, 104, were bused", "The rest, 19, stayed": how many a part of a group is, no one's age.
_A_GROUP_COMMA = re.compile(r"\b(?:majority|minority|rest|remainder|bulk|group|total|number|figure|toll|others)\s*,\s*$", re.IGNORECASE)
_AGE_AFTER = re.compile(r"\s*(?:[,);]|\.(?:\s|$)|$|\s+at\s+the\s+time\b)")  # (a headline ends without a stop: "Park Geun-hye, 69")
_AGED = re.compile(r"\b(?:aged|age(?:\s+of)?)\s+$", re.IGNORECASE)  # ("at the age of 18")
# "joined the army at 18", "was captured at 20 and", "died at 85.": how old a person was when it
# befell them, no noun after ("arrested at 10 sites" counts places; "left at 10" may be a clock's
# time, so only acts no clock tells).
_BEFELL_AT = re.compile(
    r"\b(?:joined|married|enlisted|emigrated|orphaned|widowed|drafted|conscripted|captured|arrested|jailed|imprisoned|"
    r"detained|kidnapped|abducted|died|recruited|ordained|executed|deported|exiled|retired)\b(?:\s+[\w'’-]+){0,3}?\s+at\s+$",
    re.IGNORECASE,
)
# "At 19, he was drafted", "Now 27, a bricklayer's son from Kassel, he ...": an age opening the
# sentence before the person ("At 10, the police arrived" is a clock's time).
_OPENING_AGE = re.compile(r"\s*[\"“‘(]?(At|Now)\s+$")
_PERSON_AFTER_AGE = {"At": re.compile(r",?\s+(?:he|she|I|they|we)\b"), "Now": re.compile(r",\s+(?:a|an|he|she)\b")}
# "an Egyptian man of 67 who", "a woman of 80,": a person of an age (no noun after: "the men of 22 ships");
# the people's word before the noun, if any, says who (the claims' frame reads it).
_PERSON_OF_AN_AGE = re.compile(
    r"\b(?:(?P<people>[A-Z][a-z]+)\s+)?(?P<noun>(?i:man|woman|boy|girl|grandmother|grandfather|widow|widower|pensioner))\s+(?i:of)\s+$"
)
# "who turned 78 on Thursday", "turns 100 this week": an age where no noun follows ("turned 300
# people away" is a count).
_TURNED = re.compile(r"\b(?:turned|turns|turning)\s+$", re.IGNORECASE)
_NO_NOUN_AFTER = re.compile(r"\s*(?:[,.;:)]|$|\s(?:on|in|this|last|next|at|earlier|later|today|yesterday|and|while|when|before|after|then|who|was|is|has|had|behind)\b)")
# "Coler was 28 and Williams 27 when they were killed", "He was 19.", "The student, who was 18
# then,": a person's name (or he, she, who) and "was" before a number no noun follows ("The toll
# was 28 on Monday" names no one); the name may close an apposition ("One of them, Yuri
# Soloshenko, is 73 and"), and "now" or "still" stand before the number ("He is now 73."); the
# name may carry the age it has now ("Ward, now 43, was 25 when she was arrested").
_NAME_WAS = re.compile(
    r"(?:\b(?:[Hh]e|[Ss]he|who)|\b(?P<name>[A-Z][a-z'’-]+)(?P<aged>,\s+(?:now\s+)?\d{1,3})?,?)\s+(?:was|is)\s+(?:now\s+|still\s+|only\s+|just\s+)?"
    r"(?:about\s+|around\s+|nearly\s+|almost\s+|roughly\s+)?$"
)


def _opening_word(sentence: str, start: int, word: str) -> bool:
    """Whether ``word`` at ``start`` opens the sentence and is no noun ("Aged 62, he ...", "Released
    62 days later, ...", "Exactly 62"): capitalised as any first word is, not as a name a number
    belongs to ("Article 5", "Flight 752": nouns; a word the lexicon lacks may be a name)."""
    if sentence[:start].strip(" \"'“‘(["):
        return False
    found = lexicon.lemmas(word)
    return bool(found) and "NOUN" not in found


#: "The oldest of the group was 88", "the youngest is 12", "The oldest of those to be freed is 85":
#: the age of one of a group.
_ELDEST_WAS = re.compile(r"\b(?:oldest|youngest)\b(?:\s+[\w'’-]+){0,6}?\s+(?:was|is)\s+$", re.IGNORECASE)


def _a_person_was(before: str) -> bool:
    """Whether ``before`` ends "Coler was", "She was" or "The oldest of them was": a common noun
    opening the sentence ("Turnout was 61 in 2019") names no one."""
    if _ELDEST_WAS.search(before):
        return True
    found = _NAME_WAS.search(before)
    if not found or not found.group("name"):
        return bool(found)
    # (a word given an age is someone's name, whatever else the lexicon knows it as: "Ward, now 43, was")
    return bool(before[: found.start()].strip() or found.group("aged")) or "NOUN" not in lexicon.lemmas(found.group("name"))


# Two people's ages told together: "aged 80 and 75", "a British couple, 80 and 75, held for months".
_AGES_PAIRED = re.compile(r"\s+and\s+\d{1,3}\s*[,);]", re.IGNORECASE)
_AGED_PAIR_BEFORE = re.compile(r"\b(?:aged|ages)\s+\d{1,3}\s+and\s+$", re.IGNORECASE)
_NAMED_PAIR_BEFORE = re.compile(r"[A-Za-z][\w'’-]*,\s*\d{1,3}\s+and\s+$", re.IGNORECASE)
# A word before "one" that makes it a pronoun: "the largest one", "a new one", "this one", "the earlier one".
_ONE_ADJECTIVES = frozenset(
    "big bigger small smaller new old other last next right wrong little similar good bad same different "
    "latest another first second third fourth fifth sixth seventh eighth ninth tenth".split()
)
# Words that make "one" a pronoun only after a determiner: "the earlier one", "a previous one" (not
# "Earlier one soldier was wounded", "and later one more").
_ONE_ADJECTIVES_DETERMINED = frozenset("earlier later previous prior recent final original current larger older newer".split())
_DETERMINERS = frozenset("the a an this that which each every any no such another".split())
_LINE_BREAK = re.compile(r"\n")
# "first" before a participle, with no determiner before it, is an adverb ("was first detained",
# "A court first sentenced him"), where "the first released prisoner" is an ordinal.
_ADVERB_FIRST = re.compile(
    r"(?:first|firstly)\s+(?:[a-z]+(?:ed|en)|did|made|took|came|went|met|won|got|saw|gave|became|began|ran|told|said|found|left|fled|hit)\b",
    re.IGNORECASE,
)
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|his|her|their|our|this|that|whose)\s+$", re.IGNORECASE)
# "first" after a modal, before the verb it puts first ("would first see doctors", "must first be
# approved"), or ending a clause after a verb's object ("wanted to see doctors first", "harsh at
# first"): when, not which one. (After a verb of ranking it ranks: "she finished first", "who came
# first"; so it does after a participle, ordering an act: "should have been released first".)
_MODAL_BEFORE = re.compile(r"\b(?:would|will|could|should|must|may|might|can|to)\s+$", re.IGNORECASE)
_CLAUSE_END_AFTER = re.compile(r"\s*(?:[,.;:!?)\"”]|$|\s+(?:and|but|before|then|so)\b)", re.IGNORECASE)
_RANKING_BEFORE = re.compile(
    r"\b(?:came|come|comes|coming|finished|finish|finishes|ranked|ranks|placed|was|is|were|are|be|been|being|go|goes|went|put|puts|the|a|an|its|his|her|their)\s+$",
    re.IGNORECASE,
)
#: "a third country", "third parties", "the Third World": another one, no rank.
_THIRD_OF_ANOTHER = re.compile(r"\s+(?:countr(?:y|ies)|part(?:y|ies)|world)\b", re.IGNORECASE)
_TITLE_WORD = re.compile(r"[^\W\d_]{4,}")


def _ranks_nothing(sentence: str, atom: Atom, before: str) -> bool:
    """Whether an ordinal ranks nothing: "first" saying when, before a participle ("A court first
    sentenced him in 2013", "was first detained"), after a modal ("would first see"), or ending a
    clause after a word that ranks nothing ("see doctors first"); or "third" of another one ("a third
    country")."""
    if atom.value == 3:
        return _THIRD_OF_ANOTHER.match(sentence, atom.end) is not None
    if _ADVERB_FIRST.match(sentence, atom.start) and not _DETERMINER_BEFORE.search(before):
        return True
    if sentence[atom.start : atom.end].lower() != "first":
        return False
    if _MODAL_BEFORE.search(before[-12:]):
        return True
    words = before.split()
    previous = words[-1].lower() if words else ""
    # (after a participle it orders the act: "should have been released first" ranks a release)
    participle = previous.endswith(("ed", "en")) and previous not in ("then", "when", "men", "women", "children")
    return bool(previous) and not participle and bool(_CLAUSE_END_AFTER.match(sentence, atom.end)) and not _RANKING_BEFORE.search(before[-12:])


def title_case(sentence: str, position: int = 0) -> bool:
    """Whether the line holding ``position`` is written in title case ("Belarus Frees 52
    Prisoners"): its long words all start with a capital, so a capital says nothing of a name."""
    start = sentence.rfind("\n", 0, position) + 1
    end = sentence.find("\n", position)
    words = _TITLE_WORD.findall(sentence, start, len(sentence) if end < 0 else end)
    return len(words) >= 3 and all(word[0].isupper() for word in words)


# "one" ending its phrase after a determiner and a word stands for a noun told before it ("a
# suspended one."), unless the word makes it one more ("a further one", "an extra one").
_ENDS_A_PHRASE = re.compile(r"\s*(?:[,.;:)]|$)")
_ONE_MORE = frozenset("further additional extra more single lone sole other".split())
_POSSESSIVES_AND_DETERMINERS = frozenset("a an the this that his her its their our".split())


def _word_ending(text: str, end: int) -> tuple[str, int]:
    """The word of ``text`` right before ``end``, in lower case, and where it starts; ``("", end)``
    where none stands there or something other than spaces comes between."""
    found = _PREVIOUS_WORD.search(text, 0, end)
    if found is None or text[found.end(1) : end].strip():
        return "", end
    return found.group(1).lower(), found.start(1)


def _pronoun_one(sentence: str, atom: Atom, before: str) -> bool:
    """``one`` as a pronoun or partitive, not a count: ``one of``, ``the largest one``."""
    if sentence[atom.start : atom.end].lower() != "one" or sentence[atom.end : atom.end + 1] in ("-", "‑"):
        return False  # (not "a one-day trial": one day)
    if _ONE_PRONOUN.match(sentence, atom.end):
        return True
    if any(idiom.start() <= atom.start < idiom.end() for idiom in _ONE_IDIOM.finditer(sentence, max(0, atom.start - 7), atom.end + 20)):
        return True  # "at one point", "one by one", "one after another": no count
    if _length_of_time_after(sentence, atom.end):
        return False  # "deducted the one year and seven months he had served": a length
    if _ONE_DATED.match(sentence, atom.end) and _ONE_LIKE_ANOTHER.search(before):
        return True
    word, start = _word_ending(before, len(before))
    determiner = _word_ending(before, start)[0] if word else ""
    if _ENDS_A_PHRASE.match(sentence, atom.end) and word.isalpha() and word.islower() and word not in _ONE_MORE and determiner in _POSSESSIVES_AND_DETERMINERS:
        return True  # "replaced it with a suspended one.", "the main one, officials said": a thing named before
    if word in _ONE_ADJECTIVES_DETERMINED:
        return determiner in _DETERMINERS
    return word in _ONE_ADJECTIVES or word in _DETERMINERS or (len(word) > 4 and word.endswith("est"))


def _range_end(sentence: str, found: Sequence[Atom], index: int, before: str) -> tuple[Any, Any, int] | None:
    """``(low, high, end)`` when ``found[index]`` opens a range with the next number."""
    atom = found[index]
    if index + 1 >= len(found):
        return None
    following = found[index + 1]
    if _PLUS_MINUS.fullmatch(sentence, atom.end, following.start) and following.value > 0:  # 45% ± 3
        return plain(atom.value - following.value), plain(atom.value + following.value), following.end
    link = _RANGE_LINK.fullmatch(sentence, atom.end, following.start)
    if link is None or following.ordinal != atom.ordinal or following.fraction != atom.fraction:
        return None
    from_word = _FROM_BEFORE.search(before)
    if from_word and (
        following.value <= atom.value or _change_verb(sentence, atom.start - len(before) + from_word.start("from"))
    ):
        return None  # "rose from 208 to 230", "from 208 to 193": a change, two claims
    joined = link.group().strip().lower()
    if "and" in joined.split() and not _BETWEEN_BEFORE.search(before):
        return None  # "5 and 6": two numbers
    sign = _SIGN_BEFORE.search(before)
    if "to" in joined.split() and following.value > 3 * atom.value > 0 and _change_verb(sentence, atom.start - len(sign.group())):
        return None  # "rose $1.42 to $83.10": the change, then the level it reached (not "rose 10 to 15%")
    by = _BY_BEFORE.search(before) if "to" in joined.split() else None
    # (a unit after the second figure alone is the range's: "rose by 5 to 10 percent")
    if by and (
        link.group("unit")
        or (_tail_unit(sentence, following.end, allow_bare=not following.word)[1] is None and _change_verb(sentence, atom.start - len(before) + by.start()))
    ):
        # "raised the price by 50 rupees to 853 rupees", "shrank by about 40,000 to 118,000", "rose
        # by a combined £12m to £49.6m": the change, then the level it reached
        return None
    if link.group("unit"):  # "5% to 6%", "44 mg to 50 mg": the same unit after the second
        first_unit = _tail_unit(sentence, atom.end, allow_bare=not atom.word)[1]
        second_unit = _tail_unit(sentence, following.end, allow_bare=not following.word)[1]
        if first_unit is None or first_unit != second_unit:
            return None
    low: Any = atom.value
    second: Any = following.value
    if (
        "-" in joined
        and _FOUR_DIGITS.fullmatch(sentence, atom.start, atom.end)
        and following.end - following.start == 2
    ):
        second = atom.value // 100 * 100 + following.value  # 2021-22
    scale = _SCALED.search(sentence, following.start, following.end)
    if scale and not _SCALED.search(sentence, atom.start, atom.end):
        factor = _SCALE_VALUES[scale.group().lower()]
        if low * factor <= second:
            low = plain(low * factor)  # "four to five thousand": 4,000 to 5,000
    if second <= low:
        return None
    return low, second, following.end


#: Verbs that give a span of figures, never a change: "losses ranged from €2m to €19m".
_SPANNING = frozenset("range ranges ranged ranging vary varies varied varying".split())
# Verbs of change without a direction of their own: "went from 10 to 20", "was revised from 208 to 193".
_CHANGES = frozenset("went changed revised moved updated upgraded downgraded corrected adjusted".split())


def _change_verb(sentence: str, start: int) -> str | None:
    """The verb of change right before ``start``, past words like ``by``/``to``/``from`` ("rose by",
    "was revised from"), lower-case; ``None`` if there is none. ``up`` and ``down`` are one after a
    form of *be* or at a clause's start, not as a particle ("shot down 25")."""
    words = _LAST_WORDS.search(sentence, max(0, start - _LOOK_BACK), start)
    found = words.group().lower().split() if words else []
    if words and found in (["to"], ["by"]) and sentence[: words.start()].endswith(", "):
        # a level or an amount after a comma, the verb in the clause before it ("dropped for a
        # third month, to 61,200")
        clause = _LAST_WORDS.search(sentence[max(0, words.start() - 2 - _LOOK_BACK) : words.start() - 2] + " ")
        found = (clause.group().lower().split() if clause else []) + found
    # after "by" or "to", up to five words of the verb's object: "cut its key rate by 25", "cut the
    # price it pays growers to 410 euros", "raised the pole vault world record by 1cm"
    objects = 0
    by = False
    if len(found) > 1 and found[-1] == "of" and found[-2] in _CHANGE_NOUNS and found[-2] not in _AMOUNT_NOUNS:
        return _CHANGE_NOUNS[found[-2]]  # "growth of 0.5%", "forecasts for a gain of 25,000"
    if len(found) > 2 and found[-1] == "of" and found[-2] in ("low", "high", "peak", "average", "total"):
        found = found[:-2]  # "dropped to a record low of 0.72": the level it reached; "by an average of 2.5%"
    for index in range(len(found) - 1, -1, -1):
        word = found[index]
        if word == "up" and found[index + 1 : index + 2] == ["to"] and not (index and found[index - 1] in _PARTICLE_VERBS):
            objects -= 1  # "sentences of up to five years": a bound, no change ("edged up to 6.84%" is one)
            continue
        previous = found[index - 1] if index else ""
        after_be = previous in _BE or (previous in _BE_ADVERBS and index > 1 and found[index - 2] in _BE)
        if word in _PARTICLES and index > 0 and not after_be:
            # after a noun, the change ("shipments down by 105 million", "pushing egg prices up by 37 cents")
            lemmas = lexicon.lemmas(previous)
            noun = "VERB" not in lemmas or (previous.endswith("s") and "NOUN" in lemmas)
            if previous in _PARTICLE_VERBS or noun:
                return word  # "edged up 0.1%"
            return None
        if word == "off" and previous in _LAYING:
            return "fell"  # "will lay off about 4,000 workers": jobs cut
        if word in _SPANNING:
            return None  # "losses ranging from €2m to €19m": a span of figures, no change
        if word in _UP or word in _DOWN or word in _CHANGES:
            if found[index + 1 : index + 2] == ["short"]:
                return None  # "fell short of the target by 9%": a gap, no change
            return word if by or word not in _BY_ONLY else None
        if word in ("by", "to", "from") and not by:
            by, objects = True, 5
        elif word not in _CHANGE_GAP:
            if objects == 0:
                return None
            if word in _CHANGE_NOUNS:
                return _CHANGE_NOUNS[word]  # "taking its gain this year to about 19%", "bringing its losses to $2bn"
            objects -= 1
    return None


#: "lay off", "laid off": the jobs cut that the figure after it counts.
_LAYING = frozenset("lay lays laid laying".split())
#: Nouns of a change that also name an amount on its own: "a net loss of $312 million" is no change.
_AMOUNT_NOUNS = frozenset({"loss", "losses"})
#: Nouns of a change, in the object before "to" or "by" or right before "of", as the verb of that change.
_CHANGE_NOUNS = {
    **dict.fromkeys("gain gains rise rises increase increases growth jump surge rally advance".split(), "rose"),
    **dict.fromkeys("loss losses decline declines drop drops fall falls slump slide cut cuts decrease".split(), "fell"),
}


#: An amount told to the cent ("17.85"): money after a currency's letter, however small.
_CENTS = re.compile(r"\d+\.\d\d")


def _local_currency(sentence: str, before: str, atom: Atom) -> re.Match[str] | None:
    """The letters of a local currency right before ``atom`` (``before``: the text before it,
    :data:`LOCAL_CURRENCY`), if they make it money."""
    found = _LOCAL_CURRENCY_BEFORE.search(before)
    if not found or atom.word:
        return None
    if abs(atom.value) < LOCAL_CURRENCY_LEAST and not _CENTS.fullmatch(sentence, atom.start, atom.end):
        return None  # "the R2 road", "N1": small figures after letters are codes, unless told to the cent ("R17.85")
    if found.group(2) and sentence[atom.start : atom.end].isdigit():
        return None  # one letter before bare digits is a code ("N1234"): an amount has a comma or a scale
    return found


def _currency_code(currency: re.Match[str]) -> str:
    """The unit of the currency that ``currency`` (a match before a number) names."""
    if currency.re is _LOCAL_CURRENCY_BEFORE:
        return LOCAL_CURRENCY_BEFORE[currency.group(1) or currency.group(2)]
    return CURRENCY_BEFORE[currency.group(1).strip().lower()]


def _read(sentence: str, found: Sequence[Atom], index: int) -> tuple[_Reading | None, int]:
    """Type the number ``found[index]``; return the reading (or ``None``) and how many atoms it used."""
    atom = found[index]
    # The words that type a number stand right before it: a short window keeps reading linear.
    window = max(0, atom.start - _LOOK_BACK)
    before = sentence[window : atom.start]
    after_char = sentence[atom.end : atom.end + 1]
    currency = _CURRENCY_BEFORE.search(before) or _local_currency(sentence, before, atom)
    if not atom.word and not atom.ordinal and not currency:
        if _LETTER_BEFORE.search(before) and not _TIME_PART_BEFORE.search(before):
            return None, 1  # COVID-19, F-16, MH17 (not "mid-2021")
        if after_char.isalpha() and not _UNIT.match(sentence, atom.end) and not _SHORT_SCALE.match(sentence, atom.end):
            if not _DECADE.match(sentence, atom.end):
                return None, 1
    if atom.word and atom.value == 1 and _pronoun_one(sentence, atom, before):
        return None, 1  # "one of the", "the largest one"
    name_before = _NAME_BEFORE.search(before)  # not a possessive: "Ukraine's 2025 budget"
    # A number that is part of a name is written as the name is: in digits or capitalised ("Formula
    # One"); a number word in lower case after a name is a count ("Nigel Farage's Reform UK four").
    lower_word = atom.word and sentence[atom.start].islower()
    if (
        name_before
        and not lower_word
        and not _QUALIFIER.search(before)
        and not title_case(sentence, atom.start)
        and not _PERCENT.match(sentence, atom.end)  # "and the Greens 11.6%": a share, no label
        # "to pay Altan 16,000 euros": an amount after a name (no name's number has a thousands
        # comma or a currency after it)
        and "," not in sentence[atom.start : atom.end]
        and not _CURRENCY_AFTER.match(sentence, atom.end)
        and currency is None  # "CHF 11.9 billion": a currency's code, no name
        and not _length_of_time_after(sentence, atom.end)  # "in north-central Nigeria 10 days ago"
        and not (_SCORE_AFTER.match(sentence, atom.end) and _BEATEN_BEFORE().search(before))  # "beat the Celtics 114-105"
    ):
        word = name_before.group(1).lower()
        weekday = word.capitalize() in _WEEKDAYS  # "On Friday 52 prisoners were freed": a day, no label
        if word not in _STOP and word not in _YEAR_CUES and word[:3] not in _MONTHS and not weekday and not _opening_word(sentence, window + name_before.start(), word):
            return None, 1  # Article 5, Flight 752, Euro 2024

    low: Any = atom.value
    high: Any = atom.value
    end = atom.end
    used = 1
    ranged = _range_end(sentence, found, index, before)
    if ranged is not None:
        low, high, end = ranged
        used = 2
        if _PLUS_MINUS.match(sentence, atom.end):  # the stated value stays, with its margin
            return _margin(sentence, atom, low, high, end), used

    if atom.ordinal:
        if _ranks_nothing(sentence, atom, before):
            return None, 1
        return _Reading("ordinal", atom.start, end, atom.value if used == 1 else None, low, high), used
    if atom.fraction and atom.value <= 1 and not _tail_unit(sentence, end, allow_bare=False)[0]:
        # "a third" is 33.3 %: its interval spans the whole percents around it
        share = plain(float(f"{atom.value * 100:.3g}"))  # three digits: 33.3, 4.76
        bounds = (math.floor(share), math.ceil(share)) if used == 1 else (plain(low * 100), plain(high * 100))
        return _Reading("percent", atom.start, end, share if used == 1 else None, *bounds, _SHARE), used
    start = window + currency.start() if currency else atom.start
    category, unit, end = _tail_unit(sentence, end, allow_bare=not atom.word)
    part = and_a_part(sentence, end) if category in ("duration", "measure") and used == 1 else None
    if part:  # "two days and a half" is 2.5 days; the "a half" read as a share of its own is part of it
        low = high = plain(low + part[0])
        end = part[1]
        while index + used < len(found) and found[index + used].start < end:
            used += 1
    if currency:
        code = _currency_code(currency)
        scale = _SHORT_SCALE.match(sentence, end)
        if scale:
            factor = SHORT_SCALES[scale.group(1).lower()]
            low, high, end = plain(low * factor), plain(high * factor), scale.end()
        category, unit = "money", Unit(code, code)
        if _MINUS_BEFORE.search(sentence, max(0, start - 2), start) and low == high and low > 0:
            low = high = -low  # "a net result of -€42.1 million", as "-9.2" is negative
            start -= 1
    if category:
        return _Reading(category, start, end, low if low == high else None, low, high, unit), used
    if (
        isinstance(low, int)
        and 0 < low < 120
        # ("conscripts aged 20 to 22": a span of ages after "aged" is ages too)
        and (low == high or (isinstance(high, int) and low < high < 120 and _AGED.search(before) is not None))
        and (
            _AGED.search(before)
            or ((_TURNED.search(before) or _a_person_was(before) or _PERSON_OF_AN_AGE.search(before) or _BEFELL_AT.search(before)) and _NO_NOUN_AFTER.match(sentence, end))
            or ((opening := _OPENING_AGE.fullmatch(before)) is not None and _PERSON_AFTER_AGE[opening.group(1)].match(sentence, end) is not None)
            or (
                _NAME_COMMA.search(before)
                and not _A_GROUP_COMMA.search(before)
                and (_AGE_AFTER.match(sentence, end) or _AGES_PAIRED.match(sentence, end))
            )
            or _AGED_PAIR_BEFORE.search(before)
            or (_NAMED_PAIR_BEFORE.search(before) and _AGE_AFTER.match(sentence, end))
        )
    ):
        return _Reading("age", start, end, low if low == high else None, low, high, _AGE_UNIT), used

    numeral = sentence[atom.start : atom.end]
    if not atom.word and _FOUR_DIGITS.fullmatch(numeral):
        decade = _DECADE.match(sentence, end)
        if decade and numeral.endswith("0") and decade.group():
            return _Reading("year", start, decade.end(), None, low, low + 9), used
        if 1800 <= atom.value <= 2099:
            if _word_before_in(before, _YEAR_CUES) or not _counted_after(sentence, before, end):
                return _Reading("year", start, end, low if low == high else None, low, high), used
        elif 1000 <= atom.value < 1800 and _word_before_in(before, _OLD_YEAR_CUES) and not _counted_after(sentence, before, end):
            return _Reading("year", start, end, low if low == high else None, low, high), used  # "since records began in 1782"
    if after_char.isalpha() and not atom.word:
        return None, used
    open_ended = _OPEN_ENDED.match(sentence, end) if low == high and isinstance(low, (int, float)) else None
    if open_ended:
        # "300-plus", "300+": that many or more; "30-odd", "50-something": more, short of the next ten
        more = open_ended.group(1) is not None and open_ended.group(1).lower() in ("odd", "something")
        high = plain(low + _step_of(low)) if more else None
        return _Reading("count", start, open_ended.end(), low, low, high), used
    compound = _COMPOUND.match(sentence, end)  # "a 28-point plan": the count is of points
    end = compound.end() if compound else end
    return _Reading("count", start, end, low if low == high else None, low, high), used


def _step_of(value: float) -> float:
    """The unit of a round count's last non-zero digit, not halved at a 5: 10 for 30, 100 for 300."""
    step = 1
    while value and value % (step * 10) == 0:
        step *= 10
    return step


def _margin(sentence: str, atom: Atom, low: Any, high: Any, end: int) -> _Reading:
    """``45% ± 3``, ``9.83 +/- 0.01 km``: the value with the interval its margin allows."""
    category, unit, _ = _tail_unit(sentence, atom.end, allow_bare=True)
    if not category:
        category, unit, end = _tail_unit(sentence, end, allow_bare=True)
    return _Reading(category or "count", atom.start, end, atom.value, low, high, unit)


def _interval(reading: _Reading, qualifier: str | None) -> tuple[Any, Any, bool, bool]:
    """Low, high and their openness for a reading and its qualifier (see :data:`TOLERANCE`)."""
    low, high = reading.low, reading.high
    if qualifier is None or reading.value is None or reading.category in _TIMES:
        return low, high, False, False
    value = reading.value
    kind = _QUALIFIERS.get(qualifier) or _POST_KIND.get(qualifier)
    if kind is None:  # "more than 5000 or equal to"
        kind = _QUALIFIERS[qualifier.removesuffix(" or equal")] + "="
    if kind in ("range", "="):
        return low, high, False, False
    if kind == ">":
        return value, None, True, False
    if kind == ">=":
        return value, None, False, False
    if kind == "<":
        return None, value, False, True
    if kind == "<=":
        return None, value, False, False
    if kind == "~<":
        # "nearly a week" is six days, "nearly two months" 47 days: of a few large units, "nearly"
        # reaches down a quarter, where "nearly 100" stops at 90.
        near = DURATION_NEARLY if reading.category == "duration" and value <= 3 else TOLERANCE
        return plain(value * (1 - near)), value, False, True
    # "about 84%" is 83 to 85, not 75.6 to 92.4: a figure written to a unit is about it within
    # that unit ("about 350": 340 to 360), never wider than the tolerance ("about 100": 90 to 110).
    # A fraction's share is no figure written to a decimal: "about two-thirds" (66.7) is about it
    # within the span "two-thirds" alone allows (66 to 67), not within a tenth of a point.
    written = max(_last_digit_unit(value), high - low) if low is not None and high is not None else _last_digit_unit(value)
    spread = min(written, abs(value) * TOLERANCE)
    return plain(value - spread), plain(value + spread), False, False


def _last_digit_unit(value: float) -> float:
    """What a figure is rounded to, read from its last non-zero digit: 1 for 84, 0.1 for 1.8
    (million), 10 for 320; a last digit 5 is a rounding to fives (50 for 350 and 1,050)."""
    if value != int(value):
        decimals = repr(float(value)).partition(".")[2]
        return 10.0 ** -len(decimals) * (5 if decimals.endswith("5") else 1)  # 1.8: 0.1; 22.65: 0.05
    number, unit = int(abs(value)), 1.0
    while number and number % 10 == 0:
        number, unit = number // 10, unit * 10
    return unit * (5 if number % 10 == 5 else 1)


# Vague amounts: "hundreds of prisoners", "dozens", "tens of thousands". Each is an interval from
# two of its units up to the next order of magnitude.
_VAGUE = re.compile(
    r"(?=[dhtmbDHTMB])\b(?:(?P<outer>tens|hundreds|dozens)\s+of\s+)?"
    r"(?P<unit>dozens|hundreds|thousands|millions|billions)\b",
    re.IGNORECASE,
)
_VAGUE_STEMS = ("ozens", "undreds", "ousands", "illions")
_VAGUE_UNITS = {"dozens": 12, "tens": 10, "hundreds": 100, "thousands": 1000, "millions": 10**6, "billions": 10**9}
_COUNT_BEFORE = re.compile(
    r"(?:\d|\b(?:several|few|many|two|three|four|five|six|seven|eight|nine|ten))\s+$", re.IGNORECASE
)


def _vague(sentence: str, taken: list[tuple[int, int]]) -> Iterator[_Reading]:
    if not any(stem in sentence for stem in _VAGUE_STEMS):  # C substring tests: most sentences have none
        return
    for match in _VAGUE.finditer(sentence):
        if _COUNT_BEFORE.search(sentence, max(0, match.start() - 12), match.start()):
            continue  # "three dozens", "several hundreds": read elsewhere, or no claim
        if any(s < match.end() and match.start() < e for s, e in taken):
            continue
        unit = _VAGUE_UNITS[match.group("unit").lower()]
        outer = _VAGUE_UNITS[match.group("outer").lower()] if match.group("outer") else 1
        low = 2 * unit * outer
        high = (12 if unit == 12 else 10) * unit * outer - 1  # dozens: up to twelve dozen
        yield _Reading("count", match.start(), match.end(), None, low, high)


# "several hundred", "a few thousand", "several hundred thousand", "several dozen": a vague count of a scale's units,
# from the least that the word allows ("several": three; "a few": two) up to the next order of
# magnitude; a count of things, not a length ("several hundred years").
_VAGUE_SCALE = re.compile(
    r"(?=[sSaA])\b(?P<some>several|a\s+few)\s+(?P<unit>dozen|hundred|thousand|million|billion)"
    r"(?:\s+(?P<outer>thousand|million|billion))?\b(?!\s+and\b)",
    re.IGNORECASE,
)
_VAGUE_SCALE_LEAST = {"several": 3, "a few": 2}
_WORD_AFTER = re.compile(r"\s+([A-Za-z]+)")


def _vague_scaled(sentence: str, taken: list[tuple[int, int]]) -> Iterator[_Reading]:
    lowered = sentence.lower()
    if "several" not in lowered and "few" not in lowered:  # C substring tests: most sentences have none
        return
    for match in _VAGUE_SCALE.finditer(sentence):
        if any(s < match.end() and match.start() < e for s, e in taken):
            continue
        word = _WORD_AFTER.match(sentence, match.end())
        if word and word.group(1).lower() in UNITS:
            continue  # "several hundred years", "a few hundred meters": no length the words give
        unit = _VAGUE_UNITS[match.group("unit").lower() + "s"]
        unit *= _VAGUE_UNITS[match.group("outer").lower() + "s"] if match.group("outer") else 1
        least = _VAGUE_SCALE_LEAST[" ".join(match.group("some").lower().split())]
        # ("several dozen": from three dozen up to twelve dozen, as "dozens" reads)
        yield _Reading("count", match.start(), match.end(), None, least * unit, (12 if unit == 12 else 10) * unit - 1)


# "for more than a year", "over a decade": a duration unit after an article, when a qualifier or
# "for" says it is an amount of time, or a word after it that it is a span between two moments ("a
# day after the ruling", "a year ago", as "two days after" is); not "twice a day"; "a day and a half"
# is one by itself.
#: The singular names of the units of a length of time ("year", "hr"), as one alternation.
_ONE_TIME_UNIT = "|".join(sorted(n for n, u in UNITS.items() if u.dimension == "duration" and not n.endswith("s")))
_A_DURATION = re.compile(rf"(?=[aA])\b(?:an?)\s+({_ONE_TIME_UNIT})\b", re.IGNORECASE)
_DURATION_STEMS = tuple(DURATIONS) + tuple(name.capitalize() for name in DURATIONS)  # a title-case headline: "After A Decade"
_DURATION_CUE = re.compile(r"\b(?:for|after|within|lasting|lasted|lasts|spent|spend|spends|spending|served|serving)\s+$", re.IGNORECASE)
_SPAN_AFTER = re.compile(r"\s+(?:earlier|later|ago|after|before)\b", re.IGNORECASE)
#: A word that "a second" qualifies ("a second small bag", "a second time"), not one after a length.
_SECOND_OF_A_KIND = re.compile(
    r"\s+(?!(?:or|and|to|for|of|in|on|at|before|after|later|earlier|ago|longer|more|less|than|too|each|every|per|"
    r"or\s+two|as|while|when|then|the|a|an|he|she|it|they|we|i|you)\b)[a-z]"
)


def _article_durations(sentence: str, taken: list[tuple[int, int]]) -> Iterator[_Reading]:
    if not any(stem in sentence for stem in _DURATION_STEMS):  # C substring tests first
        return
    for match in _A_DURATION.finditer(sentence):
        before = sentence[max(0, match.start() - _LOOK_BACK) : match.start()]
        part = and_a_part(sentence, match.end())
        if not (part or _QUALIFIER.search(before) or _DURATION_CUE.search(before) or _SPAN_AFTER.match(sentence, match.end())):
            continue
        if match.group(1).lower() == "second" and _SECOND_OF_A_KIND.match(sentence, match.end()):
            continue  # "for a second small bag", "for a second time": another one, no length
        end = part[1] if part else match.end()
        if any(s < end and match.start() < e for s, e in taken):
            continue
        unit = UNITS[match.group(1).lower()]
        value = plain(1 + part[0]) if part else 1
        yield _Reading("duration", match.start(), end, value, value, value, unit)


# "an hour-long meeting", "a week-long truce", "the year-long inquiry": one unit of time, the length of
# what the word describes. (Plural units, "hours-long", "years-long", give no figure.)
_UNIT_LONG = re.compile(rf"(?<![\w-])({_ONE_TIME_UNIT})-long\b", re.IGNORECASE)


def _unit_long(sentence: str, taken: list[tuple[int, int]]) -> Iterator[_Reading]:
    if "-long" not in sentence and "-Long" not in sentence:  # C substring tests first
        return
    for match in _UNIT_LONG.finditer(sentence):
        if not any(s < match.end() and match.start() < e for s, e in taken):
            yield _Reading("duration", match.start(), match.end(), 1, 1, 1, UNITS[match.group(1).lower()])


# "twice", "thrice": two (three) times, as "three times" is read.
_TIMES_IN_ONE_WORD = re.compile(r"(?=[tT])\b(?:(?P<two>twice)|thrice)\b", re.IGNORECASE)


def _times_in_one_word(sentence: str, taken: list[tuple[int, int]]) -> Iterator[_Reading]:
    if "wice" not in sentence and "hrice" not in sentence:  # C substring tests first
        return
    for match in _TIMES_IN_ONE_WORD.finditer(sentence):
        if not any(s < match.end() and match.start() < e for s, e in taken):
            value = 2 if match.group("two") else 3
            yield _Reading("measure", match.start(), match.end(), value, value, value, UNITS["times"])


# "one in four", "1 in 10", "one in every seven", "two in five": a share, in percent (25, 10, 14.3, 40).
_ONE_IN = lazy_pattern(
    r"\b(?P<k>one|two|three|four|five|six|seven|eight|nine|[1-9])\s+in\s+(?:every\s+)?(?P<n>\d{1,3}(?:,\d{3})*(?![\d,])|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|twenty|fifty|hundred|a hundred|thousand|a thousand)\b",
    re.IGNORECASE,
)


def _one_in(sentence: str, taken: list[tuple[int, int]]) -> Iterator[_Reading]:
    if " in " not in sentence:  # C substring tests first
        return
    for match in _ONE_IN().finditer(sentence):
        n, k = match.group("n").lower(), match.group("k").lower()
        base = int(n.replace(",", "")) if n[0].isdigit() else cardinal(n.split())
        part = int(k) if k.isdigit() else cardinal([k])
        if base < 2 or part >= base or any(s < match.end() and match.start() < e for s, e in taken):
            continue
        share = plain(float(f"{100 * part / base:.3g}"))
        yield _Reading("percent", match.start(), match.end(), share, math.floor(share), math.ceil(share), _SHARE)


# A change and its direction: a verb before the claim ("rose 19 cents", "fell to 300", "up 5%"),
# or a noun after it ("a 5% rise").
_UP = frozenset(
    "rose rise rises rising risen increased increases increasing climbed climbs grew grows grown jumped jumps "
    "soared surged gained gains up higher raised raises lifted boosted hiked added adds advanced advances rallied "
    "rallies rebounded rebounds spiked leapt leaped widened expanded expands doubled tripled quadrupled "
    "improved improves improving widening strengthened firmed gaining climbing jumping soaring surging "
    "recovered recovers recovering "
    # the base forms, after "will", "could", "to": "will increase by 6.7%", "helped lift sales by 7%"
    "increase climb grow jump soar surge gain advance rally rebound widen expand improve lift boost strengthen raise "
    "lengthened lengthens lengthen lifts lifting adding swelled swollen swell swells ballooned balloons balloon".split()
)
_DOWN = frozenset(
    "fell fall falls falling fallen dropped drops decreased decreases decreasing declined declines slipped slid "
    "plunged tumbled down lower shrank shrunk sank eased cut cuts reduced reduces slumped dipped lowered slashed "
    "trimmed lost loses losing shed sheds halved contracted contracts narrowed plummeted plummets crashed "
    "retreated retreats dived weakened sagged skidded tanked collapsed collapses "
    "dropping slipping sliding declining plunging tumbling shrinking sinking narrowing weakening slowed slows slowing "
    "axed axes easing shortened shortens wiped wiping wipes erased erasing erases "
    "drop decrease decline slip plunge tumble shrink sink ease reduce slump dip lose contract narrow plummet weaken slow "
    "sunk sinks trim trims trimming slashes slashing lowers lowering cutting".split()
)
# Verbs whose particle is the direction ("edged up 0.1%", "ticked down to 3.9%").
_PARTICLE_VERBS = frozenset(
    "edged edges inched inches ticked ticks crept moved moves went go goes going gone "
    "closed closes closing ended ends finished finishes opened opens traded trades trading".split()  # "closed up 47.3 points"
)
_PARTICLE_VERB_BEFORE = lazy_pattern(rf"\b(?:{'|'.join(sorted(_PARTICLE_VERBS))})\s+$", re.IGNORECASE)
# Verbs that state a change only with "by" or "to" ("raised prices by 10%"; "raised $5 million" is money collected;
# "recovered to 18.45 per dollar", not "recovered 12 bodies").
_BY_ONLY = frozenset("raised raises raising lifted lifts lifting boosted hiked lift boost raise recovered recovers recovering".split())
# "up" and "down" say a change after a form of "be" or at a clause's start ("were up 4%", ", down 3%"),
# not as a verb's particle ("shot down 25 drones", "set up 5 camps").
_PARTICLES = frozenset({"up", "down"})
_BE = frozenset("is was were are be been being 's".split())
#: Adverbs between a form of *be* and "up" or "down": "The pound was last up 0.3%", "were still down 4%".
_BE_ADVERBS = frozenset("last still now already slightly sharply briefly marginally little".split())
# Words between a change verb and its figure: "rose by", "fell to", "up a further".
_CHANGE_GAP = frozenset(
    "by to from another a further an additional just only some record new fresh about around roughly nearly almost "
    "annual annualised annualized back below above combined".split()
)  # "to a record", "by about $2 trillion", "eased back below 5.2%", "rose by a combined £12m"
_LAST_WORDS = re.compile(r"(?:[^\W\d_]+(?:[-'’][^\W\d_]+)*\s+){1,7}$")  # "cut the chairman's pay by"
_NOUN_AFTER = re.compile(
    r"(?:\s+(?!(?:of|in|on|at|to|for|from|and|or|but|than|the|a|an|its|their|his|her)\b)[a-z]+){0,2}"  # "a 3.5% property tax increase"
    r"\s+(?:(?P<up>rise|increase|gain|jump|hike|surge|climb|growth|expansion|rally|rebound|advance|improvement)"
    r"|(?P<down>fall|drop|decline|decrease|cut|loss|slump|dip|reduction|contraction|slide|plunge|tumble|retreat|selloff|sell-off))\b",
    re.IGNORECASE,
)
# A comparative after a figure says which way it moved ("11 per cent higher than a year ago", "a
# quarter fewer"), not a comparison with a forecast or a norm ("40% below normal": no change).
_COMPARATIVES = ("higher", "dearer", "lower", "fewer", "cheaper")
_COMPARED_AFTER = lazy_pattern(
    r",?\s+(?:(?P<up>higher|dearer)|(?P<down>lower|fewer|cheaper))\b"
    r"(?!\s+than\s+(?:the\s+)?(?:expected|forecasts?|estimated|estimates?|planned|targets?|targeted|normal|average|usual))",
    re.IGNORECASE,
)
# After a percent, "more" or "less" says which way a quantity moved ("allowing fleets 5% more
# herring", "20% less water"), not a comparison with a forecast ("5% more than expected").
# A "than" after it compares with another time ("20% more than a year earlier", "than the previous
# crop": a change) or with anything else ("7.7% less an hour than men", "5% more than expected": none).
_SHARE_MORE = lazy_pattern(
    r"\s+(?:(?P<up>more)|(?P<down>less))\b"
    r"(?!(?:\s+[\w-]+){0,3}?\s+than\s+(?!(?:a|one|two|three|the|its|their)?\s*(?:(?:previous|prior|same)\s+)?"
    r"(?:years?|months?|weeks?|days?|decades?|period|quarter)\b(?:\s+(?:ago|earlier|before))?|last\b|in\s+\d{4}|before\b"
    r"|(?:the\s+|its\s+|their\s+)?(?:previous|prior|earlier|year-earlier|year-ago)\b))",
    re.IGNORECASE,
)
_TO_AFTER = re.compile(rf"(?:\s+[a-z]+){{0,3}}\s+to\s+{_MONEY_SIGN}$")  # "from 12 seats to 27", "from 81F in the afternoon to 63F"
# The same change told the other way round, its level first: "cut its forecast to 1.1% from 1.6%",
# "eased to 2.7% in May from 3.1%" (a time between is read as "then"). At most one word between, or
# a rate's "a share", "per tonne"; a plural after the second figure that is not that word is another
# thing ("flew to 12 cities from three hubs": no change, see :func:`_other_noun_after`).
_TO_BEFORE = re.compile(rf"\bto\s+(?:about\s+|around\s+)?{_MONEY_SIGN}$", re.IGNORECASE)
_FROM_AFTER = re.compile(rf"(?:\s+(?:a|an|per)\s+[a-z]+|\s+[a-z]+)?(?:\s+then)?,?\s+from\s+(?:about\s+|around\s+)?{_MONEY_SIGN}\+?$")


# A difference from an earlier time, after any figure: "3 million more than a year ago", "about $140
# less than last year", "9,000 fewer than the week before" (not "5 more than expected", nor "£200 less
# than last year's model": no earlier time).
_THAN_BEFORE = lazy_pattern(
    r"\s+(?:(?P<up>more|higher)|(?P<down>less|fewer|lower))\s+than\s+(?:in\s+)?(?:(?:a|one|the|its|their)\s+)?"
    r"(?:(?:same|previous|prior|preceding)\s+)?(?:(?:year|month|week|day|quarter|period|season)s?\b(?:\s+(?:ago|earlier|before))?"
    r"|last\s+(?:year|month|week|season|quarter)\b|(?:a\s+)?(?:year|month|week)\s+(?:ago|earlier|before)\b"
    rf"|(?:on\s+)?(?:{_MONTH_NAME}|{'|'.join(_WEEKDAYS)})\b)(?!['’]s)",
    re.IGNORECASE,
)


#: After a figure, a gap to a goal ("fell 8,000 short of the target"): no change.
_SHORT_OF = re.compile(r"\s+short\s+of\b", re.IGNORECASE)


def _direction(sentence: str, start: int, end: int, *, share: bool = False) -> str | None:
    """The change a figure states (``up``, ``down``), read from the verb before it or the words after
    it; with ``share`` (a percentage), "more" or "less" right after it too ("5% more herring")."""
    if _SHORT_OF.match(sentence, end):
        return None  # "fell 8,000 short of the target": a gap to a goal, no change
    verb = _change_verb(sentence, start)
    if verb in _UP:
        return "up"
    if verb in _DOWN:
        return "down"
    noun = _NOUN_AFTER.match(sentence, end)
    if noun is None and any(word in sentence[end : end + 20] for word in _COMPARATIVES):  # C substring tests first
        noun = _COMPARED_AFTER().match(sentence, end)
    if noun is None and share:
        noun = _SHARE_MORE().match(sentence, end)  # "5% more herring": a share more, a change
    if noun is None and " than " in sentence[end : end + 20]:
        noun = _THAN_BEFORE().match(sentence, end)
    if noun is None:
        return None
    return "up" if noun.group("up") else "down"


#: A month dated by a year told before it: "in August of that year", "in March the following year".
_OF_A_YEAR_TOLD = re.compile(r"\s+(?:of\s+)?(?:that|the\s+same|the\s+following|the\s+next|the\s+previous)\s+year\b", re.IGNORECASE)


def _months_of_a_year_told(sentence: str, readings: list[_Reading]) -> list[_Reading]:
    """Readings in order, a month of no year that a year before it in the sentence dates ("arrested
    in June 2018; she was picked up in August of that year": August 2018; "in 2019 and freed in
    March of the following year": March 2020) given that year."""
    year: int | None = None
    dated = []
    for reading in readings:
        value = str(reading.value)
        told = _OF_A_YEAR_TOLD.match(sentence, reading.end) if reading.category == "date" and value.startswith("--") and len(value) == 4 else None
        if told and year is not None:
            step = {"following": 1, "next": 1, "previous": -1}.get(told.group().split()[-2].lower(), 0)
            reading = evolve(reading, value=f"{year + step}-{value[2:]}")
        elif reading.category == "year" and isinstance(reading.value, int):
            year = reading.value
        elif reading.category == "date" and value[:4].isdigit():
            year = int(value[:4])
        dated.append(reading)
    return dated


def _sentence_claims(sentence: str, offset: int, block: int) -> list[Claim]:
    stripped = sentence.strip()
    indent = len(sentence) - len(sentence.lstrip())
    taken = _not_claims(sentence)
    readings: list[_Reading] = list(_clock_times(sentence, taken))
    for match in _DATE.finditer(sentence):
        if any(s < match.end() and match.start() < e for s, e in taken):
            continue
        value = _date_value(match)
        if value is not None:
            readings.append(_Reading("date", match.start(), match.end(), value, None, None))
            taken.append(match.span())
    for extra in (_named_days, _vague, _vague_scaled, _article_durations, _unit_long, _times_in_one_word, _one_in):
        for reading in extra(sentence, taken):
            readings.append(reading)
            taken.append((reading.start, reading.end))
    found = [a for a in atoms(sentence) if not any(s < a.end and a.start < e for s, e in taken)]
    index = 0
    while index < len(found):
        reading, used = _read(sentence, found, index)
        index += used
        if reading is not None:
            readings.append(reading)
    readings = _months_of_a_year_told(sentence, sorted(readings, key=lambda r: r.start))
    claims: list[Claim] = []
    for reading in readings:
        end = reading.end
        qualifier_match = _QUALIFIER.search(sentence, max(0, reading.start - _LOOK_BACK), reading.start)
        qualifier = reading.qualifier
        if qualifier_match and reading.category not in ("year", "date", "clock"):
            qualifier = (qualifier_match.group(1) or qualifier_match.group(2)).lower()
            if qualifier in _PASSING and _TALLY.match(sentence, end):
                qualifier = None  # "The Senate passed 52 to 48": a vote's tally, not a bound
            elif qualifier == "over" and reading.category == "duration" and _OVER_A_SPAN.search(
                sentence, max(0, qualifier_match.start() - _LOOK_BACK), qualifier_match.start()
            ):
                qualifier = None  # "300 millimeters of rain over three days": during them, not more than
            elif qualifier == "over" and _HANDED.search(sentence, max(0, qualifier_match.start() - 12), qualifier_match.start()):
                qualifier = None  # "Russia handed over 303 prisoners": the verb's particle, not more than 303
            elif qualifier in _COMPARING and reading.category == "duration" and _SPAN_AFTER.match(sentence, end):
                qualifier = None  # "11 per cent higher than a year ago": what is compared, not how long ago
            elif qualifier == "up to" and _PARTICLE_VERB_BEFORE().search(sentence, max(0, qualifier_match.start() - 12), qualifier_match.start()):
                qualifier = None  # "edged up to 6.84%": the verb's particle and the level, not at most 6.84%
        start = qualifier_match.start() if qualifier and reading.category != "clock" else reading.start
        if qualifier in _INTENSIFIED:
            intensifier = _INTENSIFIER_BEFORE.search(sentence, max(0, start - 14), start)
            start = intensifier.start() if intensifier else start  # "just over 100 days", "a little more than two months"
        kind = _QUALIFIERS.get(qualifier) if qualifier else None
        post = _POST_QUALIFIER.match(sentence, end) if reading.value is not None and kind in (None, "~", "=") else None
        if post and reading.category not in _TIMES:  # "(about) 500 or more"
            qualifier, end = post.group(1).lower(), post.end()
        elif kind in (">", "<") and _OR_EQUAL.match(sentence, end):  # "more than 5000 or equal to"
            qualifier, end = f"{qualifier} or equal", _OR_EQUAL.match(sentence, end).end()
        elif kind in (None, "~") and reading.value is not None and reading.category not in _TIMES and (
            or_so := _OR_SO.match(sentence, end)
        ):
            qualifier, end = qualifier or "about", or_so.end()  # "the 500 or so political prisoners"
        low, high, low_open, high_open = _interval(reading, qualifier)
        many = reading.category == "count" and isinstance(reading.value, (int, float)) and reading.value > 1
        subject = _subject(sentence, start, end, reading.category, reading.unit, many=many)
        # A duration is matched by what lasted ("days of talks" by "talks").
        key = subject_key(subject.partition(" of ")[2] if reading.category == "duration" else subject)
        claims.append(
            Claim(
                category=reading.category,
                text=sentence[start:end],
                span=Span(offset + start, offset + end),
                value=reading.value,
                low=low,
                high=high,
                low_open=low_open,
                high_open=high_open,
                qualifier=qualifier,
                unit=reading.unit.name if reading.unit else None,
                dimension=reading.unit.dimension if reading.unit else "",
                factor=reading.unit.factor if reading.unit else 1.0,
                subject=subject,
                key=key,
                sentence=stripped,
                context=_context(sentence, start, end),
                block=block,
                direction=None
                if reading.category in _TIMES
                else _direction(sentence, start, end, share=reading.unit is not None and reading.unit.name == "%"),
                position=start - indent,
            )
        )
    return _joined(sentence, offset, claims)


# Two one-sided bounds joined ("at most 100 and at least 20", "above 1000 and below 1500") are one interval.
_BOUNDS_LINK = re.compile(r"\s*(?:,\s*(?:and\s+|but\s+)?|and\s+|but\s+)")


def _joined(sentence: str, offset: int, claims: list[Claim]) -> list[Claim]:
    """Claims with bounds joined into intervals, and the two figures of ``from X to Y`` given
    the direction of the change."""
    result: list[Claim] = []
    for claim in claims:
        last = result[-1] if result else None
        if last is not None and _bounds_pair(sentence, offset, last, claim):
            lower, upper = (last, claim) if last.high is None else (claim, last)
            result[-1] = evolve(
                last,
                text=sentence[last.span.start - offset : claim.span.end - offset],
                span=Span(last.span.start, claim.span.end),
                value=None,
                low=lower.low,
                low_open=lower.low_open,
                high=upper.high,
                high_open=upper.high_open,
                qualifier=f"{last.qualifier} and {claim.qualifier}",
                subject=last.subject or claim.subject,
                key=last.key or claim.key,
            )
            continue
        # The figure before, past a time that says when ("rose 8.1% in November to $312.3 billion",
        # "from about 7 percent in 1990 to 16 percent"): the words between, the time left out.
        k = next((k for k in range(len(result) - 1, -1, -1) if result[k].category not in _TIMES and not _a_period(sentence, offset, result[k])), None)
        before = result[k] if k is not None and claim.category not in _TIMES else None
        gap = _gap_without_times(sentence, offset, before, claim, result[k + 1 :]) if before is not None else ""
        if (
            before is not None
            and before.category == "duration"
            and claim.category == "count"
            and claim.unit is None
            and _PART_OF_THEM.match(sentence, claim.span.end - offset)
        ):
            # "spent 25 years in prison, 13 of them in solitary confinement": a part of the length
            # before, in its unit
            claim = evolve(claim, category="duration", unit=before.unit, dimension=before.dimension, factor=before.factor)
        if before is not None and _FROM_BEFORE.search(sentence, max(0, before.span.start - offset - 8), before.span.start - offset) and _TO_AFTER.fullmatch(gap):
            before = result[k] = _scaled_like(before, claim)  # "from $5 to $6 billion"
            direction = _moved(before, claim)  # "from 4 hours to 90 minutes": down
            if direction and not _per_currency(sentence, offset, claim):
                result[k] = evolve(before, direction=direction)
                claim = evolve(claim, direction=direction)
        elif (
            before is not None
            and before.category == claim.category
            and before.unit == claim.unit
            and _TO_BEFORE.search(sentence, max(0, before.span.start - offset - 12), before.span.start - offset)
            and _FROM_AFTER.fullmatch(gap)
            and not _other_noun_after(sentence, offset, gap, claim)
            and not _per_currency(sentence, offset, before)
            and (moved := _moved(claim, before))
        ):
            # the figures say which way, whatever word the verb seemed to be ("cut its growth
            # forecast to 1.1% from 1.6%": down, though "growth" stands nearer than "cut")
            result[k] = evolve(before, direction=moved)
            claim = evolve(claim, direction=moved)
        elif before is not None and (before.direction or claim.direction) and not (before.direction and claim.direction):
            if before.direction and (_SAME_CHANGE.fullmatch(gap) or _CONVERTED.fullmatch(gap)) and not _a_time_back(sentence, offset, claim):  # "fell $2.15, or 2.6%, to $80.12"
                claim = evolve(claim, direction=before.direction)  # ("climbed to 44.6C (112F)": one level in two units)
            elif before.direction and claim.unit == before.unit and _AND_OVER_A_PERIOD.fullmatch(gap) and _OVER_A_PERIOD.match(sentence, claim.span.end - offset):
                claim = evolve(claim, direction=before.direction)  # "rose 0.4% month-on-month and 3.2% year-on-year"
            elif claim.direction and _OR_BETWEEN.fullmatch(gap):
                result[k] = evolve(before, direction=claim.direction)  # "settled 54 cents, or 0.7%, higher"
            elif claim.direction and _LEVEL_THEN_DIFFERENCE.fullmatch(gap) and (
                (_THAN_BEFORE().match(sentence, claim.span.end - offset) and claim.unit in (before.unit, "%"))
                or _CHANGE_NOUN_AFTER.match(sentence, claim.span.end - offset)
            ):
                # a level, then how far it moved since an earlier time: "11.5 million customers, 3
                # million more than a year ago", "1.52 million people out of work, 93,000 more than
                # in the previous quarter", "6.7 million crimes in the 12 months to June, a 3% fall"
                result[k] = evolve(before, direction=claim.direction)
            elif claim.direction and _PREVIOUS_LEVEL.fullmatch(gap):  # "61.2%, down from 67%"
                if k > 0 and _PART_OF.fullmatch(sentence, result[k - 1].span.end - offset, before.span.start - offset):
                    k -= 1  # "44 of the 120 seats, up from 34": the part moved, not the whole
                elif k > 0 and _moved_past(sentence, offset, result[k - 1], before, claim):
                    k -= 1  # "6.72% for a 30-year loan, down from 6.85%": the rate moved, not the loan's term
                result[k] = evolve(result[k], direction=claim.direction)
        result.append(claim)
    return result


def _other_noun_after(sentence: str, offset: int, gap: str, claim: Claim) -> bool:
    """Whether ``claim`` counts another thing than the word before "from" in ``gap`` ("flew to 12
    cities from three hubs": two things, no change; "to 27 seats from 12": one)."""
    after = _PLURAL_NEXT.match(sentence, claim.span.end - offset)
    return after is not None and after.group().strip().lower() not in gap.lower().split()


#: A length that names the period a figure covers, not a figure of its own: "in the four weeks to
#: November", "over the 12 months through June".
_PERIOD_BEFORE = re.compile(r"\b(?:in|over|during|for)\s+the\s+(?:(?:past|last|latest)\s+)?$", re.IGNORECASE)
_PERIOD_AFTER = re.compile(r"\s+(?:to|through|ending|ended)\b", re.IGNORECASE)


def _a_period(sentence: str, offset: int, claim: Claim) -> bool:
    """Whether a length of time names the period a figure around it covers ("eased to 2.1% in the
    four weeks to November, from 2.6%": the 2.6% is the level before the 2.1%, not a figure of the
    four weeks)."""
    start, end = claim.span.start - offset, claim.span.end - offset
    return (
        claim.category == "duration"
        and _PERIOD_BEFORE.search(sentence, max(0, start - 24), start) is not None
        and _PERIOD_AFTER.match(sentence, end) is not None
    )


#: A currency's rate told as its price of another ("R17.85 per dollar", "152 yen to the dollar"):
#: its figure falls as the currency firms, so the figures say nothing of which way it moved.
_PER_CURRENCY = re.compile(r"\s*(?:per|a|to\s+the|against\s+the)\s+(?:us\s+)?(?:dollar|euro|pound|yen|yuan)\b", re.IGNORECASE)


def _per_currency(sentence: str, offset: int, claim: Claim) -> bool:
    """Whether ``claim`` is a currency's rate against another (:data:`_PER_CURRENCY`)."""
    return _PER_CURRENCY.match(sentence, claim.span.end - offset) is not None


def _moved(start: Claim, end: Claim) -> str | None:
    """Which way a quantity moved from ``start`` to ``end`` (in one dimension: factors count), or
    ``None`` if either is no single value or they are equal."""
    if not (isinstance(start.value, (int, float)) and isinstance(end.value, (int, float))):
        return None
    before, after = start.value * start.factor, end.value * end.factor
    return None if before == after else "up" if after > before else "down"


def _a_time_back(sentence: str, offset: int, claim: Claim) -> bool:
    """Whether a length of time is counted back from a moment ("5% from a year earlier", "two days
    ago"): it says when, and takes no change's direction."""
    return claim.category == "duration" and _SPAN_AFTER.match(sentence, claim.span.end - offset) is not None


def _moved_past(sentence: str, offset: int, level: Claim, between: Claim, previous: Claim) -> bool:
    """Whether ``level``, not the figure ``between`` it and the level it moved from, is what moved:
    ``between`` has another unit than ``previous`` and ``level`` the same, and the words around
    ``between`` are a level's ("6.72% for a 30-year loan, down from 6.85%")."""
    if previous.unit is None or level.unit != previous.unit or between.unit == previous.unit:
        return False
    # (the figure between read as a word of the level's noun phrase: "for a term loan, down from")
    words = sentence[level.span.end - offset : between.span.start - offset] + "term" + sentence[between.span.end - offset : previous.span.start - offset]
    return _PREVIOUS_LEVEL.fullmatch(words) is not None


def _gap_without_times(sentence: str, offset: int, before: Claim, claim: Claim, times: Sequence[Claim]) -> str:
    """The text between two figures, each time claim between them read as the word "then"."""
    pieces, at = [], before.span.end - offset
    for time in times:
        pieces += [sentence[at : time.span.start - offset], "then"]
        at = time.span.end - offset
    return "".join(pieces) + sentence[at : claim.span.start - offset]


#: Between a change and the same change in another unit, the way told after both ("54 cents, or 0.7%, higher").
_OR_BETWEEN = re.compile(r",?\s+or\s+(?:about\s+|some\s+|nearly\s+|roughly\s+)?")
#: Between a level and how far it moved since an earlier time: "11.5 million customers, 3 million more than".
_LEVEL_THEN_DIFFERENCE = re.compile(
    r"(?:\s+(?!(?:and|but|while|after|as|when|with|which|who|that|than)\b)[^\W\d_]+(?:'s)?){0,6},\s+(?:an?\s+)?", re.IGNORECASE
)
#: A noun of change right after a figure: "a 3% fall", "a 4% rise".
_CHANGE_NOUN_AFTER = re.compile(r"\s+(?:rise|fall|increase|decrease|drop|jump|decline|gain|cut)\b", re.IGNORECASE)
#: The period a change is measured over, after its figure: "month-on-month", "on the year", "from a year earlier".
_PERIOD = r"(?:\s+(?:month|year|quarter|week)[\s-](?:on|over)[\s-](?:month|year|quarter|week)|\s+on\s+(?:the|a)\s+(?:month|year|quarter|week))"
_OVER_A_PERIOD = re.compile(_PERIOD + r"|\s+(?:from|than)\s+a\s+(?:year|month|quarter)\s+(?:earlier|ago|before)\b", re.IGNORECASE)
#: Between two changes of one verb over two periods: "0.4% month-on-month and 3.2% year-on-year".
_AND_OVER_A_PERIOD = re.compile(_PERIOD + r",?\s+and\s+", re.IGNORECASE)
#: A figure in brackets right after another: the same one in another unit ("44.6C (112F)").
_CONVERTED = re.compile(r"\s*\(\s*")

#: Between a part and its whole: "44 of the 120".
_PART_OF = re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+)?")

#: "of them" after a number: a part of what the figure before counts or measures.
_PART_OF_THEM = re.compile(r"\s+of\s+(?:them|those|which)\b")

#: Claims that say when, never a change's figure.
_TIMES = ("year", "date", "clock", "ordinal")


# Between two figures of one change: "$2.15, or 2.6%", "2.6%, to $80.12", past words of when or where
# it moved ("8.1% year on year in November to $312.3 billion", "to 2.4% in September from 2.7%").
_SAME_CHANGE = re.compile(
    rf",?(?:\s+(?!(?:and|but|while|after|as|when|with|which|who|that)\b)[^\W\d_]+(?:-[^\W\d_]+)*(?:'s)?,?){{0,5}}?\s+(?:or|to|from|at)"
    rf"(?:\s+(?:just|only|about|around|some|a|an|the|record|new|revised|average|estimated|of|high|low|peak|level"
    rf"|range|rate|annual|annualised|annualized|seasonally|adjusted|reach|stand|total)){{0,6}}\s+{_MONEY_SIGN}",
    re.IGNORECASE,
)
# Between a level and the change after it: "61.2%, down from 67%", "38.2% of the power last year, up
# from 33.5%", "24.5m tonnes, down", "384,122, up".
_PREVIOUS_LEVEL = re.compile(
    rf"(?:\s+(?!(?:and|but|while|after|as|when|with|which|who|that)\b)[^\W\d_]+(?:'s)?){{0,8}},\s+(?:up|down)(?:\s+(?:from|by))?\s+{_MONEY_SIGN}",
    re.IGNORECASE,
)


def _scaled_like(first: Claim, second: Claim) -> Claim:
    """``from $5 to $6 billion``: the first figure takes the second's scale word when it has none."""
    scale = _SCALED.search(second.text)
    if scale is None or _SCALED.search(first.text) or not isinstance(first.value, (int, float)):
        return first
    if not isinstance(second.value, (int, float)) or first.category != second.category:
        return first
    factor = _SCALE_VALUES[scale.group().lower()]
    if first.value * factor > second.value * 10 or first.value >= second.value:
        return first

    def scaled(value: Any) -> Any:
        return None if value is None else plain(value * factor)

    return evolve(first, value=scaled(first.value), low=scaled(first.low), high=scaled(first.high))


def _bounds_pair(sentence: str, offset: int, first: Claim, second: Claim) -> bool:
    one_sided = (first.low is None) != (first.high is None) and (second.low is None) != (second.high is None)
    if not one_sided or (first.low is None) == (second.low is None) or first.category != second.category:
        return False
    lower, upper = (first, second) if first.high is None else (second, first)
    if lower.low > upper.high:  # type: ignore[operator]
        return False
    return _BOUNDS_LINK.fullmatch(sentence, first.span.end - offset, second.span.start - offset) is not None


def text_claims(
    text: str, offset: int = 0, block: int = -1, cache: SentenceCache | None = None, limit: int | None = None
) -> list[Claim]:
    """The claims of one text (a block or a bare string), in text order; spans are offset by ``offset``.

    This is the reader the ``numeric-claims`` check uses, public for plugins and embedders: the text
    is cut into sentences (a run-on line into pieces of :data:`LONGEST_SENTENCE` characters), and
    each sentence's numbers become :class:`Claim` objects.

    :param offset: added to every span (the block's start in its document).
    :param block: the block index each claim records (``-1`` for a bare text).
    :param cache: claims by sentence text, shared between calls (the two versions of a
        document share most of their sentences, and a sentence's claims depend on it alone),
        with the offset they were read at (:data:`SentenceCache`).
    :param limit: stop reading once this many claims are read (the sentence that reaches it is
        read whole): the caller's bound on the work and memory claims cost.
    """
    header = _HEADER_DATE.match(text)
    skip = header.end() if header else 0
    claims: list[Claim] = []
    for sentence_start, sentence_end in sentences(text[skip:]):
        if limit is not None and len(claims) >= limit:
            break
        for start, end in _pieces(text, skip + sentence_start, skip + sentence_end):
            if limit is not None and len(claims) >= limit:
                break
            sentence = text[start:end]
            if not may_hold_number(sentence):
                continue
            cached = cache.get(sentence) if cache is not None else None
            if cached is None:  # read in place: most sentences are read once, and moving a claim costs
                found = list(_sentence_claims(sentence, offset + start, block))
                if cache is not None:
                    # One shared entry for every sentence without a claim (a million "p1", "p2"...).
                    cache[sentence] = (offset + start, found) if found else _NONE_FOUND
                claims.extend(found)
            else:
                read_at, found = cached
                claims.extend(_placed(claim, offset + start - read_at, block) for claim in found)
    return claims


_NONE_FOUND: tuple[int, list[Claim]] = (0, [])  # never extended: read only where the cache is hit


def _pieces(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """``text[start:end]`` in pieces of :data:`LONGEST_SENTENCE` characters at most.

    A piece ends between two words, never after a number or a qualifier (``about | 53``), and
    where the text itself says: after the word of lowest CRC-32 in the second half of the
    piece (winnowing), so that an edit moves the cuts near it only and the two versions of a
    long line are cut alike.
    """
    while end - start > LONGEST_SENTENCE:
        best: tuple[int, int] | None = None
        for match in _CUT.finditer(text, start + LONGEST_SENTENCE // 2, start + LONGEST_SENTENCE):
            word = match.group(1).lower()
            if word in _QUALIFIER_WORDS or may_hold_number(word):
                continue
            rank = zlib.crc32(word.encode("utf-8", "surrogatepass"))
            if best is None or rank < best[0]:
                best = rank, match.end()
        if best is not None:
            cut = best[1]
        else:
            space = _LAST_SPACE.match(text, start + LONGEST_SENTENCE // 2, start + LONGEST_SENTENCE)
            cut = space.end() if space else start + LONGEST_SENTENCE
        yield start, cut
        start = cut
    yield start, end


def _placed(claim: Claim, shift: int, block: int) -> Claim:
    if shift == 0 and block == claim.block:
        return claim
    return evolve(claim, span=Span(claim.span.start + shift, claim.span.end + shift), block=block)


def document_claims(document: Document, cache: SentenceCache | None = None, limit: int | None = None) -> list[Claim]:
    """The claims of a document's compared (not ignored) blocks, in text order (``cache``: see
    :func:`text_claims`); with ``limit``, at most that many, the first in text order."""
    claims: list[Claim] = []
    for index, block in enumerate(document.blocks):
        if limit is not None and len(claims) >= limit:
            return claims[:limit]
        if block.ignored:
            continue
        text = document.block_text(block)
        if may_hold_number(text):
            left = None if limit is None else limit - len(claims)
            claims.extend(text_claims(text, block.span.start, index, cache, left))
    return claims if limit is None else claims[:limit]


_TERM_JOIN = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+", re.IGNORECASE)  # ("13 Years And 5 Months")


def joined_terms(claims: Sequence[Claim]) -> list[Claim]:
    """``claims`` with each duration written in parts, largest unit first, joined into one in its
    smallest unit: "four years and eight months" is 56 months, "1 year, 2 months and 5 days" 431
    days (mean month and year lengths). The reader gives the parts (as other extractors do); a comparison compares the term
    whole, or "four years" of one term would meet "two months" of another."""
    joined: list[Claim] = []
    for claim in claims:
        last = joined[-1] if joined else None
        if last is not None and _parts_of_one_term(last, claim):
            ratio = 12 if (last.unit, claim.unit) == ("year", "month") else last.factor / claim.factor
            total = last.value * ratio + claim.value  # type: ignore[operator]
            # whole parts make a whole term (a month is 30.44 days on average: 1 year, 2 months and 5 days is 431)
            parts_whole = all(isinstance(c.value, int) for c in (last, claim))
            total = round(total) if parts_whole else int(total) if float(total).is_integer() else round(total, 2)
            joined[-1] = evolve(
                last,
                text=last.sentence[last.position : claim.position + len(claim.text)],
                span=Span(last.span.start, claim.span.end),
                value=total,
                low=None if last.low is None else total,
                high=None if last.high is None else total,
                unit=claim.unit,
                factor=claim.factor,
            )
        else:
            joined.append(claim)
    return joined


def _parts_of_one_term(first: Claim, second: Claim) -> bool:
    """Whether two durations of one sentence are parts of one term: units largest first, joined by
    "and" or a comma, the second part exact (a qualifier before the first qualifies the term)."""
    durations = all(
        c.category == "duration" and c.unit is not None and isinstance(c.value, (int, float)) for c in (first, second)
    )
    return (
        durations
        and second.low == second.high == second.value
        and second.qualifier is None
        and first.sentence == second.sentence
        and first.block == second.block
        and first.factor > second.factor
        and _TERM_JOIN.fullmatch(first.sentence, first.position + len(first.text), second.position) is not None
    )


#: Steps of the work budget (``--work-budget``) one claim costs the claims check: reading it,
#: weighing its partners within windows of ranks, reading its frame, its finding and its share of
#: the rendered report (a few kilobytes). The check reads at most ``work budget //
#: STEPS_PER_CLAIM`` claims of a document: 2,000 with the default budget, where a long news report
#: states a few hundred. A text denser in numbers (a table flattened into a line) is read in part,
#: and the report says so: its memory stays some 40 times its size, not hundreds.
STEPS_PER_CLAIM = 10_000
