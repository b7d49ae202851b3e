"""Claims in one text: every number it states, typed, with its qualifier, interval and subject.

A claim is read in this order, each step taking its text out of the later ones' reach:

1. things that look like numbers but state none: a ``date YYYY-MM-DD`` header field,
   phone numbers, clock times, ``No. 10``/``#10``, street addresses;
2. dates (``Dec. 13``, ``December 13, 2025``, ``13 December``, ``2025-12-13``, ``December 2025``);
3. the remaining numbers (:func:`~docdelta_claims.numbers.atoms`), each typed by what
   surrounds it: a range (``between 5 and 10``, ``5-10``, ``5 to 10``), money (``$5bn``,
   ``300 euros``), a percentage, a duration (``two days``), a measure (``12 km``), a year
   (``in 2021``), an ordinal (``second``, ``3rd``) or else a count; a qualifier before it
   (``over``, ``at least``, ``about``...) turns it into an interval (see :data:`TOLERANCE`).

Numbers glued to a name (``COVID-19``, ``F-16``), numbers after a capitalised name
(``Article 5``, ``Flight 752``) and the pronoun ``one`` (``one of the``) are not claims.
"""

from __future__ import annotations

import math
import re
import zlib
from collections.abc import Iterator, Sequence
from typing import Any

from attrs import define, evolve, field, validators

from docdelta import Document, Span
from docdelta_claims.numbers import (
    CURRENCY_AFTER,
    CURRENCY_BEFORE,
    SHORT_SCALES,
    UNITS,
    Atom,
    Unit,
    atoms,
    may_hold_number,
    plain,
)

__all__ = [
    "LONGEST_SENTENCE",
    "TOLERANCE",
    "Claim",
    "SentenceCache",
    "document_claims",
    "sentences",
    "subject_key",
    "text_claims",
]

#: Relative tolerance of an approximate qualifier: ``about 100`` means 90 to 110; ``nearly 100``
#: and ``almost 100`` mean 90 up to (not including) 100.
TOLERANCE = 0.10

#: A sentence longer than this (a run-on line of scraped text, a table flattened into one line)
#: is read in pieces of at most this many characters (see :func:`_pieces`): reading stays linear
#: in the text, and each claim's ``sentence`` is its piece.
LONGEST_SENTENCE = 1_000
# Where a piece may end: whitespace between a word of letters and the next word of letters.
_CUT = re.compile(r"([^\W\d_]{3,})\s+(?=[^\W\d_])")
_LAST_SPACE = re.compile(r".*\s", re.DOTALL)

CATEGORIES = ("count", "percent", "money", "year", "date", "duration", "ordinal", "measure")


@define(frozen=True)
class Claim:
    """One number a text states.

    Attributes:
        category: one of ``count``, ``percent``, ``money``, ``year``, ``date``, ``duration``,
            ``ordinal``, ``measure``.
        text: the claim as written, qualifier and unit included (``over 100``, ``$5bn``, ``Dec. 13``).
        span: where ``text`` stands in the document.
        value: the number (``int`` when whole); an ISO string for a date; ``None`` for a range.
        low / high: the interval the claim allows, in ``unit``; ``None`` for an open end.
        low_open / high_open: the bound itself is excluded (``over 100``: ``low_open``).
        qualifier: the qualifier as written, lower-case (``more than``), or ``None``.
        unit: ``%``, ``pp``, a currency code, a duration or measure unit, or ``None``.
        dimension / factor: what the unit measures and its size in that dimension's base unit
            (``hour``: ``duration``, 3600), so ``two days`` and ``48 hours`` compare equal.
        subject: what is counted, lower-case, as written (``political prisoners``), or ``""``.
        key: the subject normalized for matching (``political prisoner``; ``ukrainian`` for
            both ``Ukrainians`` and ``Ukrainian nationals``).
        sentence: the sentence the claim stands in.
        context: content words of the sentence around the claim, sorted.
        block: index of its block in the document (``-1`` for a bare text).
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
            "sentence": self.sentence,
        }


#: Sentence text -> (the offset it was read at, its claims there), shared by the two
#: documents of a comparison: see :func:`text_claims`.
SentenceCache = dict[str, tuple[int, list[Claim]]]


# --- sentences -----------------------------------------------------------------------------

_ABBREVIATIONS = frozenset(
    "u.s u.k u.n e.u mr mrs ms dr st no nos jan feb mar apr jun jul aug sep sept oct nov dec gen col lt "
    "sgt gov sen rep prof jr sr inc co corp ltd vs approx a.m p.m fig vol dept est".split()
)
_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*\s+(?=[\"“‘'(\[]?[A-Z0-9])")
_WORD_BEFORE = re.compile(r"([A-Za-z](?:[A-Za-z.]*[A-Za-z])?)\.?$")


def sentences(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each sentence of ``text``; a period after an abbreviation ends none."""
    start = 0
    for match in _SENTENCE_END.finditer(text):
        if text[match.start()] == ".":
            before = _WORD_BEFORE.search(text, max(start, match.start() - 12), match.start() + 1)
            word = before.group(1).lower() if before else ""
            if word in _ABBREVIATIONS or len(word) == 1:
                continue
        yield start, match.start() + 1
        start = match.end()
    if text[start:].strip():
        yield start, len(text.rstrip())


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
    r"|\b\d+\s+(?:[A-Z][a-z]+\s+)+(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Boulevard|Lane|Square|Drive)"
    r"|\b\d+/\d+\b)"  # 24/7, 9/11
)


def _not_claims(sentence: str) -> list[tuple[int, int]]:
    """Spans of phone numbers (seven digits or more in groups), times, ``No. 10``, addresses."""
    spans = [m.span() for m in _NOT_CLAIMS.finditer(sentence)]
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
_DATE = re.compile(  # a digit or a month's capital first (see _NOT_CLAIMS)
    r"(?=[\dJFMASOND])"
    rf"(?:\b(?P<m1>{_MONTH})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\b(?!:)(?:,?\s+(?P<y1>\d{{4}})\b)?"
    rf"|\b(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{_MONTH})\b(?:,?\s+(?P<y2>\d{{4}})\b)?"
    rf"|\b(?P<m3>{_MONTH})\.?,?\s+(?P<y3>\d{{4}})\b"
    r"|\b(?P<y4>\d{4})-(?P<n4>\d{2})-(?P<d4>\d{2})\b)"
)


def _date_value(match: re.Match[str]) -> str | None:
    """The ISO value of a date match (``--12-13`` without a year, ``2025-12`` without a day)."""
    groups = match.groupdict()
    month_name = groups["m1"] or groups["m2"] or groups["m3"]
    month = _MONTHS[month_name[:3].lower()] if month_name else int(groups["n4"])
    day_text = groups["d1"] or groups["d2"] or groups["d4"]
    year_text = groups["y1"] or groups["y2"] or groups["y3"] or groups["y4"]
    if not 1 <= month <= 12 or (day_text and not 1 <= int(day_text) <= 31):
        return None
    if day_text is None:
        return f"{year_text}-{month:02d}"
    return f"{year_text or '-'}-{month:02d}-{int(day_text):02d}"


# --- around a number -----------------------------------------------------------------------

_QUALIFIERS = {
    "more than": ">", "over": ">", "above": ">", "in excess of": ">", "upwards of": ">", "exceeding": ">",
    "at least": ">=", "no fewer than": ">=", "no less than": ">=", "a minimum of": ">=",
    "fewer than": "<", "less than": "<", "under": "<", "below": "<",
    "up to": "<=", "at most": "<=", "no more than": "<=", "a maximum of": "<=",
    "about": "~", "around": "~", "roughly": "~", "approximately": "~", "some": "~", "an estimated": "~",
    "estimated": "~", "close to": "~", "nearly": "~<", "almost": "~<", "between": "range",
}  # fmt: skip
_QUALIFIER = re.compile(
    r"(?<![\w-])(" + "|".join(sorted(map(re.escape, _QUALIFIERS), key=len, reverse=True)) + r")\s+$", re.IGNORECASE
)
_QUALIFIER_WORDS = frozenset(word for qualifier in _QUALIFIERS for word in qualifier.split())
_CURRENCY_BEFORE = re.compile(r"(US\$|\$|€|£|¥|₴|₽|\b(?:USD|EUR|GBP|UAH|RUB)\s?)$")
_SHORT_SCALE = re.compile(r"\s?(bn|mn|tn|[mbk])\b")
_PERCENT = re.compile(r"\s?(%|percent\b|per\s?cent\b|percentage points?\b)", re.IGNORECASE)
_CURRENCY_AFTER = re.compile(r"\s(" + "|".join(CURRENCY_AFTER) + r")\b", re.IGNORECASE)
_UNIT = re.compile(r"(?:\s|-)?([A-Za-z]+)\b")
_AGE = re.compile(r"-years?-old\b")
_RANGE_DASH = re.compile(r"\s?[-–—]\s?|\s+to\s+")
_RANGE_AND = re.compile(r"\s+and\s+")
_DECADE = re.compile(r"(?:'?s)\b")
_COMPOUND = re.compile(r"-[a-z]+\b(?!-)")

_AGE_UNIT = Unit("years old", "age")
_SHARE = Unit("%", "%")
#: How far before a number its qualifier, currency or label is looked for, in characters.
_LOOK_BACK = 40
_PERCENT_UNITS = {"%": "%", "percent": "%", "per cent": "%", "percentage point": "pp", "percentage points": "pp"}
# Words before a 4-digit number that make it a year even before a plural ("the 2022 elections").
_YEAR_CUES = frozenset("in since by until till from of before after during the a early late mid to and or".split())

_STOP = frozenset(
    """a an the of in on at to for from by with and or but nor as than that which who whom whose were was are
    is be been being have has had will would could should may might must can do did does not no this these
    those it its they them their he she his her we our you your i there here also each per after before
    during since until into over under about between among across against including while when where if so
    said says say told according ago earlier later now then last next every all both only just still yet
    again already out up down off more most some such other own same very higher lower less fewer greater
    larger smaller bigger""".split()
)
_FILLERS = frozenset("additional more other new further extra total".split())
_GENERIC_HEADS = frozenset("national citizen person people resident individual".split())
_IRREGULAR = {"people": "person", "men": "man", "women": "woman", "children": "child", "buses": "bus"}
_PLURALS = frozenset(_IRREGULAR) | frozenset("aircraft personnel staff police troops".split())
# Endings of words that usually qualify a noun rather than name it ("political", "Ukrainian", "additional").
_ADJECTIVE_ENDINGS = ("al", "ian", "ese", "ish", "ic", "ive", "ary", "ous", "ful", "ern", "ed", "less", "ent", "ant")
_ADJECTIVES = frozenset("new old main key major big small large young former senior foreign top extra".split())
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
    if len(words) > 1 and words[-1] in _GENERIC_HEADS:
        words = words[:-1]
    return " ".join(words)


def _plural(word: str) -> bool:
    return word in _PLURALS or (word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 2)


def _noun_phrase(text: str, position: int, limit: int = 4) -> tuple[str, int]:
    """The words from ``position`` that can name what a number counts, and where they end.

    Without a parser, the phrase ends at its head noun: the first plural word, or the first
    word that does not look like an adjective (``political prisoners``, ``second release``).
    """
    words: list[re.Match[str]] = []
    cursor = position
    while len(words) < limit:
        gap = _NP_GAP.match(text, cursor)
        if not gap and words:
            break
        match = _WORD.match(text, gap.end() if gap else cursor)
        if not match or match.group().lower() in _STOP:
            break
        words.append(match)
        cursor = match.end()
        word = match.group().lower()
        if word.endswith(("'s", "’s")):
            continue  # a possessive leads to the noun: "Ukraine's needs"
        if _plural(word) or not (word.endswith(_ADJECTIVE_ENDINGS) or word in _ADJECTIVES):
            break
    # A participle qualifies a noun only when a lower-case word follows it ("detained journalists");
    # otherwise it is a verb ("over 40 injured in the attack").
    for index, match in enumerate(words):
        if match.group().lower().endswith(("ed", "ing")) and (
            index == len(words) - 1 or not words[index + 1].group()[0].islower()
        ):
            words = words[:index]
            break
    if not words:
        return "", position
    return " ".join(m.group() for m in words).lower().replace("’", "'"), words[-1].end()


# "were transferred to": a participle after an auxiliary says what a bare count counts.
_PARTICIPLE = re.compile(r"[^\W\d_]+(?:\s+(?:to|in|from|into|by)\s+[^\W\d_]+)?")


def _subject(text: str, end: int, category: str, unit: Unit | None) -> str:
    """What the number at ``text[:end]`` counts, read from the words after it."""
    if category in ("year", "date"):
        return ""
    if category in ("duration", "measure") and unit is not _AGE_UNIT:
        of = _OF.match(text, end)
        phrase = _noun_phrase(text, of.end())[0] if of else ""
        if category == "measure" or not (unit and phrase):
            return phrase
        return f"{unit.name}s of {phrase}"
    phrase, _ = _noun_phrase(text, end)
    if phrase:
        return phrase
    of = (_IN if category == "money" else _DETERMINER if category == "percent" else _OF).match(text, end)
    if of:
        phrase, _ = _noun_phrase(text, of.end())
        if phrase and phrase not in ("them", "those"):
            return phrase
    auxiliary = _AUXILIARY.match(text, end)
    if auxiliary and category == "count":
        words = _PARTICIPLE.match(text, auxiliary.end())
        if words and (words.group().lower().endswith(("ed", "en")) or " " in words.group()):
            return words.group().lower()  # "114 of them were transferred to Ukraine"
    return ""


def _context(sentence: str, claim_start: int, claim_end: int) -> tuple[str, ...]:
    rest = sentence[:claim_start] + " " + sentence[claim_end:]
    if rest.isascii():  # lowering ASCII first changes no word's length or bounds: one call, not one a word
        words = {w for w in _ASCII_WORD.findall(rest.lower()) if len(w) > 2}
        return tuple(sorted(words.difference(_STOP)))
    return tuple(sorted({w.lower() for w in _WORD.findall(rest) if len(w) > 2 and w.lower() not in _STOP}))


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


_SPACES = re.compile(r"\s+")


def _tail_unit(sentence: str, end: int, allow_bare: bool) -> tuple[str, Unit | None, int]:
    """The category and unit the words right after a number give it, and where they end.

    ``allow_bare``: a unit may follow without a space (``12km``), as after a numeral."""
    percent = _PERCENT.match(sentence, end)
    if percent:
        name = _PERCENT_UNITS[_SPACES.sub(" ", percent.group(1).lower())]
        return "percent", Unit(name, name), percent.end()
    currency = _CURRENCY_AFTER.match(sentence, end)
    if currency:
        code = CURRENCY_AFTER[currency.group(1).lower()]
        return "money", Unit(code, code), currency.end()
    age = _AGE.match(sentence, end)
    if age:
        return "measure", _AGE_UNIT, age.end()
    unit = _UNIT.match(sentence, end)
    if unit and unit.group(1).lower() in UNITS and (allow_bare or unit.group(0)[:1] in " -"):
        found = UNITS[unit.group(1).lower()]
        category = "duration" if found.dimension == "duration" else "measure"
        return category, found, unit.end()
    return "", None, end


# What the text right before (or after) a number says of it.
_LETTER_BEFORE = re.compile(r"[^\W\d_][-‑]?$")  # part of a name: COVID-19, F-16
_NAME_BEFORE = re.compile(r"([A-Z][\w-]*)\s+$")  # Article 5
_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.IGNORECASE)
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", re.IGNORECASE)
_PREVIOUS_WORD = re.compile(r"([\w’']+)\W*$")
_PLURAL_NEXT = re.compile(r"\s+[a-z]+s\b")
_FOUR_DIGITS = re.compile(r"\d{4}")


def _read(sentence: str, found: Sequence[Atom], index: int) -> tuple[_Reading | None, int]:
    """Type the number ``found[index]``; return the reading (or ``None``) and how many atoms it used."""
    atom = found[index]
    used = 1
    # The words that type a number stand right before it: a short window keeps reading linear.
    window = max(0, atom.start - _LOOK_BACK)
    before = sentence[window : atom.start]
    after_char = sentence[atom.end : atom.end + 1]
    if not atom.word and not atom.ordinal:
        if _LETTER_BEFORE.search(before):
            return None, 1  # COVID-19, F-16, MH17
        if after_char.isalpha() and not _UNIT.match(sentence, atom.end) and not _SHORT_SCALE.match(sentence, atom.end):
            if not _DECADE.match(sentence, atom.end):
                return None, 1
    if atom.word and atom.value == 1 and _ONE_PRONOUN.match(sentence, atom.end):
        return None, 1  # "one of the", "one another"
    name_before = _NAME_BEFORE.search(before)  # not a possessive: "Ukraine's 2025 budget"
    if name_before and not _QUALIFIER.search(before):
        word = name_before.group(1).lower()
        if word not in _STOP and word not in _YEAR_CUES and word[:3] not in _MONTHS:
            return None, 1  # Article 5, Flight 752, Euro 2024

    low: Any = atom.value
    high: Any = atom.value
    end = atom.end
    if index + 1 < len(found) and not _FROM_BEFORE.search(before):
        following = found[index + 1]
        link = _RANGE_DASH.fullmatch(sentence, atom.end, following.start)
        between = _RANGE_AND.fullmatch(sentence, atom.end, following.start) and _BETWEEN_BEFORE.search(before)
        second: Any = following.value
        if link and _FOUR_DIGITS.fullmatch(sentence, atom.start, atom.end) and following.end - following.start == 2:
            second = atom.value // 100 * 100 + following.value  # 2021-22
        if (link or between) and second > atom.value and following.ordinal == atom.ordinal:
            high, end, used = second, following.end, 2

    if atom.ordinal:
        return _Reading("ordinal", atom.start, end, atom.value, low, high), used
    if atom.fraction:  # "a third" is 33.3 %: its interval spans the whole percents around it
        share = atom.value
        return _Reading("percent", atom.start, end, share, math.floor(share), math.ceil(share), _SHARE), used
    currency = _CURRENCY_BEFORE.search(before)
    start = window + currency.start() if currency else atom.start
    category, unit, end = _tail_unit(sentence, end, allow_bare=not atom.word)
    if currency:
        code = CURRENCY_BEFORE[currency.group(1).strip().lower()]
        scale = _SHORT_SCALE.match(sentence, end)
        if scale:
            factor = SHORT_SCALES[scale.group(1).lower()]
            low, high, end = plain(low * factor), plain(high * factor), scale.end()
        category, unit = "money", Unit(code, code)
    if category:
        return _Reading(category, start, end, low if low == high else None, low, high, unit), used

    numeral = sentence[atom.start : atom.end]
    if not atom.word and _FOUR_DIGITS.fullmatch(numeral):
        decade = _DECADE.match(sentence, end)
        if decade and numeral.endswith("0") and decade.group():
            return _Reading("year", start, decade.end(), None, low, low + 9), used
        previous = _PREVIOUS_WORD.search(before)
        cue = previous is not None and previous.group(1).lower() in _YEAR_CUES
        plural_next = _PLURAL_NEXT.match(sentence, end)
        if 1800 <= atom.value <= 2099 and (cue or not plural_next):
            return _Reading("year", start, end, low if low == high else None, low, high), used
    if after_char.isalpha():
        return None, used
    compound = _COMPOUND.match(sentence, end)  # "a 28-point plan": the count is of points
    end = compound.end() if compound else end
    return _Reading("count", start, end, low if low == high else None, low, high), used


def _interval(reading: _Reading, qualifier: str | None) -> tuple[Any, Any, bool, bool]:
    """Low, high and their openness for a reading and its qualifier (see :data:`TOLERANCE`)."""
    low, high = reading.low, reading.high
    if qualifier is None or reading.value is None or reading.category in ("year", "date", "ordinal"):
        return low, high, False, False
    value = reading.value
    kind = _QUALIFIERS[qualifier]
    if kind == "range":
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
        return plain(value * (1 - TOLERANCE)), value, False, True
    return plain(value * (1 - TOLERANCE)), plain(value * (1 + TOLERANCE)), False, False


def _sentence_claims(sentence: str, offset: int, block: int) -> Iterator[Claim]:
    stripped = sentence.strip()
    indent = len(sentence) - len(sentence.lstrip())
    taken = _not_claims(sentence)
    readings: list[_Reading] = []
    for match in _DATE.finditer(sentence):
        if any(s < match.end() and match.start() < e for s, e in taken):
            continue
        value = _date_value(match)
        if value is not None:
            readings.append(_Reading("date", match.start(), match.end(), value, None, None))
            taken.append(match.span())
    found = [a for a in atoms(sentence) if not any(s < a.end and a.start < e for s, e in taken)]
    index = 0
    while index < len(found):
        reading, used = _read(sentence, found, index)
        index += used
        if reading is not None:
            readings.append(reading)
    for reading in sorted(readings, key=lambda r: r.start):
        qualifier_match = _QUALIFIER.search(sentence, max(0, reading.start - _LOOK_BACK), reading.start)
        qualifier = (
            qualifier_match.group(1).lower() if qualifier_match and reading.category not in ("year", "date") else None
        )
        start = qualifier_match.start() if qualifier else reading.start
        low, high, low_open, high_open = _interval(reading, qualifier)
        subject = _subject(sentence, reading.end, reading.category, reading.unit)
        # A duration is matched by what lasted ("days of talks" by "talks").
        key = subject_key(subject.partition(" of ")[2] if reading.category == "duration" else subject)
        yield Claim(
            category=reading.category,
            text=sentence[start : reading.end],
            span=Span(offset + start, offset + reading.end),
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
            context=_context(sentence, start, reading.end),
            block=block,
            position=start - indent,
        )


def text_claims(
    text: str, offset: int = 0, block: int = -1, cache: SentenceCache | None = None
) -> list[Claim]:
    """The claims of one text (a block or a bare string); spans are offset by ``offset``.

    :param cache: claims by sentence text, shared between calls (the two versions of a
        document share most of their sentences, and a sentence's claims depend on it alone),
        with the offset they were read at (:data:`SentenceCache`).
    """
    header = _HEADER_DATE.match(text)
    skip = header.end() if header else 0
    claims: list[Claim] = []
    for sentence_start, sentence_end in sentences(text[skip:]):
        for start, end in _pieces(text, skip + sentence_start, skip + sentence_end):
            sentence = text[start:end]
            if not may_hold_number(sentence):
                continue
            cached = cache.get(sentence) if cache is not None else None
            if cached is None:  # read in place: most sentences are read once, and moving a claim costs
                found = list(_sentence_claims(sentence, offset + start, block))
                if cache is not None:
                    cache[sentence] = (offset + start, found)
                claims.extend(found)
            else:
                read_at, found = cached
                claims.extend(_placed(claim, offset + start - read_at, block) for claim in found)
    return claims


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


def document_claims(document: Document, cache: SentenceCache | None = None) -> list[Claim]:
    """The claims of a document's compared (not ignored) blocks, in text order (``cache``: see :func:`text_claims`)."""
    claims: list[Claim] = []
    for index, block in enumerate(document.blocks):
        if block.ignored:
            continue
        text = document.block_text(block)
        if may_hold_number(text):
            claims.extend(text_claims(text, block.span.start, index, cache))
    return claims
