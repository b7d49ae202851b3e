"""Numbers as written: numerals, scale words, number words, and the units that type them.

Number words (``five``, ``twenty-three``, ``one hundred and five``, ``second``) are
read by ``text2num`` (Allo-Media's maintained parser, MIT): it finds runs of number
words in a token stream and composes them, ordinals included. What it does not
cover is kept here, small: ``a hundred`` (the article), ``a dozen``, halves and quarters
(``two and a half``, ``a dozen and a half``, ``one and a quarter million``, ``half a million``,
``half an hour``), shares (``half of``, ``a third of``, ``three quarters of``, read as
percentages), parts of a point (``a quarter point``, ``three-quarters of a percentage point``:
0.25 and 0.75 percentage points, a rate's change), and the vague plurals (``hundreds of``) it
reads as exact numbers, which are dropped.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator

from attrs import define
from text_to_num import find_numbers, text2num

__all__ = [
    "GROUPING_SPACES",
    "NUMERAL",
    "UNITS",
    "Atom",
    "Unit",
    "and_a_part",
    "atoms",
    "may_hold_number",
    "numeral_value",
    "plain",
]

#: A numeral: ``1,234``, ``1,234.5``, ``3.5``, ``52``, ``.08`` (its sign is read by :func:`atoms`); its
#: thousands may also be set apart by a no-break or a thin space, as many outlets print them
#: (``1\u00a0200``: a plain space is no separator, "in 2019 200 people" are two numbers).
#: The spaces that may set a numeral's thousands apart: no-break, narrow no-break, thin.
GROUPING_SPACES = "\u00a0\u202f\u2009"
NUMERAL = rf"\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d{{1,3}}(?:[{GROUPING_SPACES}]\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"
_GROUPING = str.maketrans("", "", "," + GROUPING_SPACES)

#: Scale words after a number, and the short forms used after money (``$5bn``, ``€3m``).
SCALES = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}
SHORT_SCALES = {"k": 10**3, "m": 10**6, "mn": 10**6, "mln": 10**6, "bn": 10**9, "b": 10**9, "bln": 10**9,
                "tn": 10**12, "t": 10**12}  # fmt: skip

# ("lakh" and "crore", a hundred thousand and ten million, as South Asian news counts; joined by a
# hyphen as some outlets write it: "a $5.6-billion package")
_SCALE_AFTER = re.compile(r"(?:[ \u00a0]+|-)(hundred|thousand|million|billion|trillion|dozens?|lakhs?|crores?)\b", re.IGNORECASE)
# A second scale after lakh, thousand or hundred: South Asian news counts large sums in crores of them.
_CRORE_AFTER = re.compile(r"[ \u00a0]+crores?\b", re.IGNORECASE)
# A scale letter glued to a numeral ("10k", "1.2b", "$13.6M", "12.3m tonnes"), or after one space
# when it cannot be a unit ("2.33 k", "5 bn"). "T" only after money: "5T" is rarely a trillion elsewhere.
_NUMERAL_SCALES = {**SCALES, "hundred": 100, "dozen": 12, "dozens": 12, "lakh": 10**5, "lakhs": 10**5, "crore": 10**7, "crores": 10**7}
_SHORT_SCALE_AFTER = re.compile(r"(?:(k|K|m|M|b|B|bn|mn|tn|bln|mln)|[ \u00a0](k|K|bn|mn|tn|bln|mln))(?![\w.]\w|\w)")


@define(frozen=True)
class Unit:
    """What a number measures: ``day``, ``km``, ``USD``, ``%``.

    Attributes:
        name: the canonical unit, as reports show it.
        dimension: values convert between units of one dimension only.
        factor: how many base units of its dimension one of this unit is.
    """

    name: str
    dimension: str
    factor: float = 1.0


# A month and a year are their mean Gregorian lengths (30.436875 and 365.2425 days): "nearly 17
# months" is up to 517 days, not 510, so "513 days" agrees with it.
_YEAR = 365.2425 * 86400
#: The units of a length of time, by their singular names, in seconds.
DURATIONS: dict[str, float] = {
    "second": 1, "minute": 60, "hour": 3600, "day": 86400, "week": 7 * 86400, "fortnight": 14 * 86400,
    "month": _YEAR / 12, "year": _YEAR, "decade": 10 * _YEAR, "century": 100 * _YEAR,
}  # fmt: skip


def _units() -> dict[str, Unit]:
    table: dict[str, Unit] = {}
    for name, seconds in DURATIONS.items():
        unit = Unit(name, "duration", seconds)
        table[name] = unit
        table["centuries" if name == "century" else name + "s"] = unit
    table["h"] = table["hr"] = table["hrs"] = table["hour"]  # "120 km/h", "a 24hr strike"
    table["min"] = table["mins"] = table["minute"]  # "2hrs 19mins", "a 45-min drive"
    measures = {
        ("km", "kilometer", "kilometers", "kilometre", "kilometres"): ("km", "length", 1000),
        ("meter", "meters", "metre", "metres"): ("m", "length", 1),
        ("mile", "miles"): ("mile", "length", 1609.344),
        ("foot", "feet"): ("ft", "length", 0.3048),
        ("yard", "yards", "yd", "yds"): ("yd", "length", 0.9144),
        ("kg", "kgs", "kilo", "kilos", "kilogram", "kilograms", "kilogramme", "kilogrammes"): ("kg", "mass", 1),
        ("ton", "tons", "tonne", "tonnes"): ("t", "mass", 1000),
        ("hectare", "hectares", "ha"): ("ha", "area", 10_000),
        ("acre", "acres"): ("acre", "area", 4046.8564224),
        ("liter", "liters", "litre", "litres"): ("l", "volume", 1),
        ("barrel", "barrels"): ("barrel", "volume", 158.987),
        ("mw", "megawatt", "megawatts"): ("MW", "power", 1),
        ("mi",): ("mile", "length", 1609.344),
        ("cm", "centimeter", "centimeters", "centimetre", "centimetres"): ("cm", "length", 0.01),
        ("mm", "millimeter", "millimeters", "millimetre", "millimetres"): ("mm", "length", 0.001),
        ("inch", "inches"): ("in", "length", 0.0254),
        ("gram", "grams", "gramme", "grammes"): ("g", "mass", 0.001),
        ("mg", "milligram", "milligrams"): ("mg", "mass", 1e-6),
        ("lb", "lbs", "pound-mass"): ("lb", "mass", 0.45359237),
        ("ml", "milliliter", "milliliters", "millilitre", "millilitres"): ("ml", "volume", 0.001),
        ("cl", "centiliter", "centiliters", "centilitre", "centilitres"): ("cl", "volume", 0.01),
        ("gallon", "gallons"): ("gallon", "volume", 3.785411784),
        ("kb", "kilobyte", "kilobytes"): ("KB", "data", 1e3),
        ("mb", "megabyte", "megabytes"): ("MB", "data", 1e6),
        ("gb", "gigabyte", "gigabytes"): ("GB", "data", 1e9),
        ("tb", "terabyte", "terabytes"): ("TB", "data", 1e12),
        ("kwh",): ("kWh", "energy", 1),
        ("l",): ("l", "volume", 1),
        ("nm", "nanometer", "nanometers", "nanometre", "nanometres"): ("nm", "length", 1e-9),
        ("byte", "bytes"): ("B", "data", 1),
        ("bit", "bits"): ("bit", "data", 0.125),
        ("pb", "petabyte", "petabytes"): ("PB", "data", 1e15),
        ("eb", "exabyte", "exabytes"): ("EB", "data", 1e18),
        ("°c", "celsius"): ("°C", "temperature", 1),
        ("°f", "fahrenheit"): ("°F", "temperature", 1),
        ("mwh",): ("MWh", "energy", 1000),
        ("ghz", "gigahertz"): ("GHz", "frequency", 1e9),
        ("hz", "hertz"): ("Hz", "frequency", 1),
        ("khz", "kilohertz"): ("kHz", "frequency", 1e3),
        ("mhz", "megahertz"): ("MHz", "frequency", 1e6),
        ("mah",): ("mAh", "charge", 3.6),
        ("w", "watt", "watts"): ("W", "power", 1e-6),
        ("kw", "kilowatt", "kilowatts"): ("kW", "power", 1e-3),
        ("gwh",): ("GWh", "energy", 1e6),
        ("twh",): ("TWh", "energy", 1e9),
        ("kbps",): ("kbit/s", "data rate", 1e3),
        ("mbps",): ("Mbit/s", "data rate", 1e6),
        ("gbps",): ("Gbit/s", "data rate", 1e9),
        ("mph",): ("mph", "speed", 0.44704),
        ("kph", "km/h"): ("km/h", "speed", 1 / 3.6),
        ("gw", "gigawatt", "gigawatts"): ("GW", "power", 1000),
        # "arrested 13 times", "convicted five times": how often, a figure of its own (not 13 of something)
        ("times",): ("times", "occurrences", 1),
    }
    for spellings, (name, dimension, factor) in measures.items():
        for spelling in spellings:
            table[spelling] = Unit(name, dimension, factor)
    return table


#: The capitals a name may open with, as the inside of a character class (``[{CAPITAL}]``): a
#: letter that is not an ASCII small one, so ``A-Z`` and the Latin letters beyond ASCII
#: ("Özakça", "Łukasz", "Šimon"; the rest of a name is matched by ``\w``, which knows them). Small
#: letters beyond ASCII get in too (no English word opens with one); a class listing the capitals
#: themselves cost 6 % more instructions on the GPL-2 -> 3 comparison, most of it compiling them.
CAPITAL = r"^\W\d_a-z"


def lazy_pattern(pattern: str, flags: int = 0) -> Callable[[], re.Pattern[str]]:
    """A pattern compiled on its first use: a process pays at start-up only for the patterns its
    texts need (compiling every pattern the reader has is a fifth of its start-up)."""
    return functools.cache(lambda: re.compile(pattern, flags))


#: Unit words, lower-case, as written after a number ("m" and "t" are left out: ``5m`` is money).
UNITS: dict[str, Unit] = _units()

_UNIT_CARDINALS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_CARDINALS = (
    frozenset(
        "zero nought ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen hundred thousand "
        "million billion trillion".split()
    )
    | frozenset(_UNIT_CARDINALS)
    | frozenset(_TENS)
)
_UNIT_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
                  "eighth": 8, "ninth": 9}  # fmt: skip
#: Ordinal words that name a fraction's denominator (``fifth``, ``hundredth``); "first" and "second"
#: only inside a compound (``twenty-first``): "a second" is a moment.
_DENOMINATOR_WORDS = {
    **{word: value for word, value in _UNIT_ORDINALS.items() if value > 2},
    "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
    "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90,
    "hundredth": 100, "thousandth": 10**3, "millionth": 10**6, "billionth": 10**9, "trillionth": 10**12,
    "half": 2, "quarter": 4,
}  # fmt: skip
# Every word _denominator reads without a hyphen, singular and plural.
_FRACTION_WORDS = frozenset(_DENOMINATOR_WORDS) | {word + "s" for word in _DENOMINATOR_WORDS} | {"halves", "firsts"}
# Words for text2num: hyphenated compounds stay one token ("twenty-three") except before a unit,
# so "two-day" (a headline's "One-Day") reads as "two" then "-day"; an apostrophe, straight or
# curly, joins a word ("O’Brien", "Thiong’o": no "o", text2num's zero).
_WORD_TOKEN = re.compile(
    r"[^\W\d_]+(?:['’][^\W\d_]+)*(?:[-‑](?!(?i:" + "|".join(sorted(UNITS, key=len, reverse=True)) + r")\b)[^\W\d_]+)*|\S"
)
# A count before a noun is read apart, so "a five-judge bench" reads "five" then "-judge", as "a
# 5-judge bench" does ("one-sided", "two-faced", "two-way", "three-fold" and "the two-state
# solution" are no counts; "two-thirds" is a fraction).
_COUNTING = _CARDINALS - {"one", "zero", "nought"}
_NO_COUNTED_NOUN = _CARDINALS | frozenset(_UNIT_ORDINALS) | _FRACTION_WORDS | {"way", "ways", "fold", "state"}
_COMPOUND_PARTS = re.compile(r"[^\W\d_]+|\S")


def _joined_count(token: str) -> bool:
    """Whether a hyphenated token is a count in words joined to the noun it counts ("nine-storey") or
    to a part of one ("three-and-a-half", "six-and-a-half-year"): read as the words it joins."""
    first, hyphen, rest = token.replace("‑", "-").partition("-")
    if not hyphen:
        return False
    if rest.lower().startswith(("and-a-half", "and-a-quarter")):
        return first.lower() in _CARDINALS
    return first.lower() in _COUNTING and rest.isalpha() and rest.lower() not in _NO_COUNTED_NOUN and not rest.endswith("ed")


def _word_tokens(text: str) -> list[re.Match[str]]:
    """The tokens text2num reads (:data:`_WORD_TOKEN`), a count joined to a noun or to a part of
    one split from it (:func:`_joined_count`)."""
    found = []
    for match in _WORD_TOKEN.finditer(text):
        if _joined_count(match.group()):
            found.extend(_COMPOUND_PARTS.finditer(text, match.start(), match.end()))
        else:
            found.append(match)
    return found


#: Currencies: symbols and codes before a number, names after it.
#: Dollars named by their country's letters before the sign ("A$6.2 billion", "HK$11.42", "C$719,000").
# (with the Brazilian real, "R$", and the dollars of Taiwan and Mexico's peso, written the same way)
COUNTRY_DOLLARS = {
    "us": "USD", "a": "AUD", "au": "AUD", "c": "CAD", "ca": "CAD", "hk": "HKD", "nz": "NZD", "s": "SGD",
    "r": "BRL", "nt": "TWD", "mx": "MXN",
}  # fmt: skip
CURRENCY_BEFORE = {
    **{f"{letters}$": code for letters, code in COUNTRY_DOLLARS.items()},
    "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₴": "UAH", "₽": "RUB", "rs": "INR", "rs.": "INR", "₹": "INR",
    "₦": "NGN", "₱": "peso", "₩": "KRW", "₺": "TRY", "₪": "ILS",
}  # fmt: skip
#: Currencies written as letters before an amount by the press of their countries ("N150 million"
#: naira, "P1.45 million" Philippine pesos, "Rp5 billion", "KSh 2.3 billion"): the unit each stands
#: for is the one its name after a number gives ("150 million naira", "1 million pesos").
LOCAL_CURRENCY_BEFORE = {
    "N": "NGN", "P": "peso", "R": "ZAR", "Rp": "IDR", "RM": "MYR", "KSh": "shilling", "Ksh": "shilling",
    "Sh": "shilling", "Tk": "BDT",
}  # fmt: skip
#: Those letters right before a number: money only before an amount of thousands or more, and one
#: letter only glued to an amount with a comma or a scale ("N150m", "P1,000"): "N95" is a mask, "P1"
#: a grid position, "N1234" a code.
LOCAL_CURRENCY = (
    r"\b(?:(" + "|".join(code for code in LOCAL_CURRENCY_BEFORE if len(code) > 1) + r")\s?"
    r"|(" + "|".join(code for code in LOCAL_CURRENCY_BEFORE if len(code) == 1) + r"))$"
)
#: The least amount a currency's letters before a number make money of (see :data:`LOCAL_CURRENCY`).
LOCAL_CURRENCY_LEAST = 1000
# ISO 4217 codes of the currencies news most often quotes, glued or spaced ("USD10m", "CHF 11.9 billion").
CURRENCY_CODES = tuple(
    "USD EUR GBP UAH RUB CHF JPY CNY INR AUD CAD NZD SEK NOK DKK PLN TRY BRL MXN ZAR KRW HKD SGD".split()
)
#: The currency signs written before a number ("$", "€", "₹"), for character classes.
CURRENCY_SIGNS = "".join(sign for sign in CURRENCY_BEFORE if len(sign) == 1)
CURRENCY_BEFORE.update({code.lower(): code for code in CURRENCY_CODES})
CURRENCY_AFTER = {"dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "pound": "GBP",
                  "pounds": "GBP", "hryvnia": "UAH", "hryvnias": "UAH", "ruble": "RUB", "rubles": "RUB",
                  "rouble": "RUB", "roubles": "RUB", "yen": "JPY", "yuan": "CNY", "cent": "cent", "cents": "cent",
                  "pence": "penny", "penny": "penny", "pennies": "penny", "dime": "dime", "dimes": "dime"}  # fmt: skip
# The other currencies news reports give fines, bail and ransoms in. A name several countries use
# ("dinars", "francs", "rupees") is its own unit, whichever country's: two figures in it compare.
CURRENCY_AFTER.update(
    {name: unit for names, unit in (
        ("cfa franc|cfa francs", "XOF"), ("franc|francs", "franc"), ("dinar|dinars", "dinar"), ("rupee|rupees", "rupee"),
        ("peso|pesos", "peso"), ("reais", "BRL"), ("rand", "ZAR"), ("naira", "NGN"), ("shilling|shillings", "shilling"),
        ("dirham|dirhams", "dirham"), ("riyal|riyals", "riyal"), ("rial|rials", "rial"), ("lira|liras|lire", "lira"),
        ("zloty|zlotys|zlotych", "PLN"), ("forint|forints", "HUF"), ("koruna|korunas|crowns", "koruna"),
        ("krona|kronor|krone|kroner", "krona"), ("lari", "GEL"), ("manat|manats", "manat"), ("tenge", "KZT"),
        ("somoni", "TJS"), ("dram|drams", "AMD"), ("baht", "THB"), ("ringgit", "MYR"), ("rupiah", "IDR"),
        ("dong", "VND"), ("taka", "BDT"), ("kyat|kyats", "MMK"), ("afghani|afghanis", "AFN"), ("birr", "ETB"),
        ("cedi|cedis", "GHS"), ("kwacha", "kwacha"), ("shekel|shekels", "ILS"), ("renminbi", "CNY"),
        ("bolivar|bolivars|bolívares", "VES"), ("soles", "PEN"), ("quetzal|quetzales", "GTQ"),
        ("kroon|kroons", "EEK"), ("leu|lei", "RON"), ("lev|leva", "BGN"), ("kuna|kunas", "HRK"),
        # Currencies the euro replaced, in older reports ("about 40 million marks"; not "mark" alone:
        # "passed the 1,000 mark" is a threshold)
        ("marks|deutschmarks|deutsche marks", "DEM"), ("peseta|pesetas", "ESP"), ("drachma|drachmas", "GRD"),
        ("guilder|guilders", "NLG"), ("escudo|escudos", "escudo"),
    ) for name in names.split("|")}
)


@define(frozen=True)
class Atom:
    """One number in a text, before it is typed.

    Attributes:
        start / end: its span (offsets into the text it was read from).
        value: the number (``int`` when whole).
        word: written in words (``five``), not digits.
        ordinal: an ordinal (``second``, ``3rd``).
        fraction: a fraction (``half of``, ``two-thirds``, ``3/4``); ``value`` is the fraction (0.5).
    """

    start: int
    end: int
    value: int | float
    word: bool = False
    ordinal: bool = False
    fraction: bool = False


def plain(value: float) -> int | float:
    """``value`` as an ``int`` when it is whole (so ``1.2 million`` is ``1200000``), else to 12
    significant digits: the digits written (``-9.2321312``) stay, float noise goes."""
    if isinstance(value, int):
        return value
    rounded = float(f"{value:.12g}")
    return int(rounded) if rounded.is_integer() and abs(rounded) < 1e18 else rounded


def numeral_value(text: str) -> int | float:
    """The value of a numeral as written (``1,234.5`` → ``1234.5``, ``1\u00a0200`` → ``1200``)."""
    digits = text.translate(_GROUPING)
    return int(digits) if digits.isdigit() else plain(float(digits))


class _Token(str):
    """A word for ``text2num.find_numbers`` (its token protocol). It calls the three methods
    for every word it reads, so each is a C function, not Python code."""

    __slots__ = ()

    text = str.__str__  # the word, as a plain str
    nt_separated = frozenset().__contains__  # nothing but text separates two words: always False
    not_a_number_part = bool  # bool() is False: any word may be part of a number


# These run over every sentence holding a number: each starts with a lookahead of the
# characters a match can start with, which lets Python's re skip the other positions fast.
_ORDINAL_NUMERAL = re.compile(r"(?=\d)\b(\d+)(st|nd|rd|th)\b")
# A sign stands right before the digits, after a space, a bracket or the start ("-9.2", "(−4)"),
# never after a word or a number ("COVID-19", "2021-22", "5 -10" are no negatives); an exponent
# ("1e10", "-12e-1") or a power ("1.1^23", "2.5^-1") belongs to the numeral.
_NUMERAL = re.compile(
    rf"(?=[\d.\-−])(?:(?<![^\s(\[$€£])(?P<sign>[-−])(?=\.?\d))?(?<![\d.,])(?P<digits>{NUMERAL})"
    r"(?:[eE](?P<exponent>[+-]?\d+)\b|\s?×\s?10\^?(?P<tens>[-−+]?\d+)\b|\s?[xX]\s?10\^(?P<tens_x>[-−+]?\d+)\b"
    r"|\^(?P<power>[+-]*\d+(?:\.\d+)?))?(?![\d]|[.,]\d)"
)
# A fraction in digits: "3/4", "-4/5", "2 1/4", "3-1/2", "1/40", "½", "2½". Only a numerator below one
# of the denominators measures use: "24/7" and "9/11" are names, "12/25" a date.
_SLASH = re.compile(
    r"(?=[\d\-−½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞])(?:(?<![^\s(\[])(?P<sign>[-−])\s?)?(?<![\w/.,])"
    r"(?:(?P<whole>\d+)(?:(?:[ \u00a0]+|-)(?=\d{1,3}/)|(?=[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞])))?"
    r"(?:(?P<numerator>\d{1,3})/(?P<denominator>\d{1,3})(?![\w/]|[.,]\d)|(?P<vulgar>[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞]))"
)
FRACTION_DENOMINATORS = frozenset({2, 3, 4, 5, 6, 8, 10, 12, 16, 20, 25, 32, 40, 50, 64, 100})
_VULGAR = {"½": 1 / 2, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 1 / 4, "¾": 3 / 4, "⅕": 1 / 5, "⅖": 2 / 5, "⅗": 3 / 5,
           "⅘": 4 / 5, "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 1 / 8, "⅜": 3 / 8, "⅝": 5 / 8, "⅞": 7 / 8}  # fmt: skip


def is_fraction(numerator: int, denominator: int) -> bool:
    """Whether ``numerator/denominator`` in digits is a fraction (``3/4``), not a name (``24/7``, ``9/11``)."""
    return 0 < numerator < denominator and denominator in FRACTION_DENOMINATORS


# After "12.3m": a plural, after a word that qualifies it or not ("1.5m Syrian refugees"), a people
# ("25m Poles"), a currency ("100m naira", "2m Egyptian pounds") or a unit says millions ("12.3m
# tonnes", "5m people", "the 6m vaccine doses"; not "the 100m final was", "the 200m Games").
_PLURAL = r"(?!(?:was|is|has|as|this|its|his|thus|plus|less|unless|across|perhaps|always|whereas|does)\b)[a-z]+s"
_MILLIONS = re.compile(
    rf"\s+(?:(?:(?!(?:high|tall|long|wide|deep|thick)\b)[A-Za-z][a-z]+\s+)?{_PLURAL}|people|[A-Z]{{3}}"
    rf"|(?!(?:Games|Olympics|Championships)\b)[A-Z][a-z]+s|(?:[A-Z][a-z]+\s+)?(?i:{'|'.join(CURRENCY_AFTER)}))\b"
)
#: Kinds of places a population figure is told of ("the nation of 37m", "a country of 9.5 million").
PEOPLED_PLACES = "city country nation republic kingdom state territory province region island archipelago enclave town village"
#: What has millions of people, right before "of" a number: "a population of 10m", "the nation of
#: 37m", "puts its population at 38m".
_PEOPLED_OF = re.compile(
    rf"\b(?:population\s+(?:of|at)|(?:{'|'.join(PEOPLED_PLACES.split())}"
    r"|people|inhabitants|residents)\s+of)\s+(?:(?:about|some|around|nearly|almost|roughly|over|under|more\s+than|fewer\s+than|less\s+than)\s+)?$",
    re.IGNORECASE,
)
_SIZE_AFTER = re.compile(r"[\s-]*(?:high|tall|long|wide|deep|thick|away|below|above|across)\b")
_MONEY_BEFORE = re.compile(rf"(?:[{re.escape(CURRENCY_SIGNS)}]|\b(?:" + "|".join(CURRENCY_CODES) + r"))\s?$|" + LOCAL_CURRENCY)
_NAME_AFTER = re.compile(r"\s+[A-Z]")
_NUMBER_BEFORE = re.compile(r"\d[\s%]*$")
_FRACTION = re.compile(
    r"(?=[aothq])\b(?:(a|one|two|three)[\s-])?(half|third|thirds|quarter|quarters)\b",
    re.IGNORECASE,
)
# What makes such a word a share: "of" or a determiner after it, a comparative ("a quarter fewer"),
# or "by" before it, a change's size ("fell by a quarter", "by almost half").
_FRACTION_AFTER = re.compile(
    r"\s+(?:of|the|their|its|his|her|our|all|fewer|less|more|higher|lower|smaller|larger|bigger)\b", re.IGNORECASE
)
_FRACTION_ENDS = lazy_pattern(
    r"\s*(?:[^\w\s-]|$)|\s+(?:during|since|to|in|on|from|over|after|before|and|but|as|while|when|than|at|this|last"
    r"|among|across|for|within|between|compared|versus)\b",
    re.IGNORECASE,
)
# "by" or a verb of change right before it ("up a fifth from last year", "fell a tenth in the
# quarter"; "rose a fifth time" is a rank: no end of a phrase follows).
_BY_BEFORE = lazy_pattern(
    r"\b(?:by|up|down|rose|rise|rises|risen|fell|fall|falls|fallen|grew|grow|grows|grown|jumped|climbed|dropped|slid|"
    r"slumped|plunged|surged|soared|gained|shrank|shrunk|declined|increased|decreased)\s+"
    r"(?:(?:more|less)\s+than\s+|almost\s+|nearly\s+|about\s+|roughly\s+|around\s+|some\s+|over\s+)?$",
    re.IGNORECASE,
)
_NOUN_HALF = re.compile(r"\b(?:the|first|second|latter|former|other|each|this|that)\s+$", re.IGNORECASE)
_DENOMINATORS = {"half": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4}
_HALF_OF = re.compile(r"(?=h)\bhalf\s+an?\s+(thousand|million|billion|trillion|dozen)\b", re.IGNORECASE)
_HALF_A = re.compile(
    r"(?=h)\bhalf\s+an?(?=\s+(?:percentage\s+point|basis\s+point|cent|penny|"
    + "|".join(sorted(UNITS, key=len, reverse=True))
    + r")\b)",
    re.IGNORECASE,  # "half a percentage point", "half a cent", "half a mile"
)
#: A part of a point, a rate's change in central-bank news: "a quarter point", "a quarter-point cut",
#: "three-quarters of a percentage point", "half a point" (not "a quarter of the votes": a share).
_PART_OF_A_POINT = re.compile(
    r"(?=[aoth])\b(?:(?:(a|one|three)[\s-])?(half|quarters?)(?:\s+of\s+a)?|(half)\s+a)(?=[\s-](?:percentage\s+)?points?\b)",
    re.IGNORECASE,
)
_AND_A_PART = re.compile(r"(?:\s+|-)and(?:\s+|-)a(?:\s+|-)(half|quarter)\b", re.IGNORECASE)  # ("three-and-a-half")
_PARTS = {"half": 0.5, "quarter": 0.25}
# A scale word ending a number: "and a half" after it is half of the scale ("a dozen and a half").
# Not "hundred": "a hundred and a half" is rare, and which it means (150 or 100.5) unclear.
_SCALE_ENDS = re.compile(r"\b(thousand|million|billion|trillion|dozen)$", re.IGNORECASE)
_DOZEN = re.compile(r"\b(?:([^\W\d_]+(?:-[^\W\d_]+)?)\s+)?dozen\b(?!s)", re.IGNORECASE)
# Any word may start a _DOZEN match: it runs only where this finds the word itself.
_DOZEN_WORD = re.compile(r"dozen", re.IGNORECASE)
_TIME_UNIT_WORDS = frozenset("year month week day hour minute".split())
# After these, "one" is a pronoun, not a number: "no one", "the one", "each one".
_NOT_BEFORE_ONE = {"no", "any", "every", "each", "the", "this", "that", "which", "someone", "anyone", "such"}


# Every word text2num reads as a number on its own (checked against it by the tests), and the
# share and dozen words read here, with their plurals: a text with none of them and no digit
# holds no number.
_NUMBER_WORDS = frozenset(
    form
    for word in (
        "o zero nought one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
        "sixteen seventeen eighteen nineteen twenty thirty forty fourty fifty sixty seventy eighty ninety hundred "
        "thousand million billion trillion first second third fourth fifth sixth seventh eighth ninth tenth eleventh "
        "twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth thirtieth "
        "fortieth fourtieth fiftieth sixtieth seventieth eightieth ninetieth hundredth thousandth millionth "
        "billionth half halves quarter dozen"
    ).split()
    for form in (word, word + "s")
)
# Words that make a claim without a number: months and weekdays (dates), times of day told in
# words ("shortly after noon"), and the time units an article counts ("for more than a year").
# "May" and "March" only as capitalised (see below): "may" and "march" are common words.
_CLAIM_WORDS = _NUMBER_WORDS | frozenset(
    "january february april june july august september october november december jan feb mar apr "
    "jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday twice thrice "
    "noon midday midnight".split()
) | frozenset(DURATIONS)
_DIGIT = re.compile(r"[\d½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞]")
# Letter runs, as text2num's tokens end at digits and underscores too ("const_one"); on ASCII
# text, the ASCII-compiled twin finds the same runs faster (no Unicode database lookups).
_LETTERS = re.compile(r"[^\W\d_]+")
_ASCII_LETTERS = re.compile(_LETTERS.pattern, re.ASCII)


def may_hold_number(text: str) -> bool:
    """False when ``text`` surely states no claim: no digit, no number word (:func:`atoms` finds
    none), no month, weekday or time unit (no date, no ``a year``).

    Two passes in C over the text (a digit; then its words against a set), so that the many
    sentences without numbers cost next to nothing.
    """
    return _DIGIT.search(text) is not None or "May" in text or "March" in text or _has_number_word(text, _CLAIM_WORDS)


def _has_number_word(text: str, words: frozenset[str] = _NUMBER_WORDS) -> bool:
    return not words.isdisjoint((_ASCII_LETTERS if text.isascii() else _LETTERS).findall(text.lower()))


def atoms(text: str) -> list[Atom]:
    """Every number in ``text``, in order: numerals (with a scale word), ordinals, number words."""
    found: list[Atom] = []
    taken: list[tuple[int, int]] = []
    for match in _PART_OF_A_POINT.finditer(text):  # (its unit, the point, follows: no share)
        part = (match.group(2) or match.group(3)).lower()
        count = 3 if (match.group(1) or "").lower() == "three" else 1
        found.append(Atom(match.start(), match.end(), plain(count / _DENOMINATORS[part]), word=True))
        taken.append(match.span())
    for match in _FRACTION.finditer(text):
        if _inside(match.start(), taken):
            continue
        if not (_FRACTION_AFTER.match(text, match.end()) or _a_change_by(text, match.start(), match.end())):
            continue  # "the third quarter", "a half-hour"
        if _NOUN_HALF.search(text, max(0, match.start() - 10), match.start()):
            continue  # "the second half of the year" is a period, not a share
        count = 1 if match.group(1) is None or match.group(1).lower() in ("a", "one") else _multiplier(match.group(1))
        share = (count or 1) / _DENOMINATORS[match.group(2).lower()]
        if share <= 1:  # "three halves of" is no share
            found.append(Atom(match.start(), match.end(), plain(share), word=True, fraction=True))
            taken.append(match.span())
    for match in _HALF_OF.finditer(text):
        scale = 12 if match.group(1).lower() == "dozen" else SCALES[match.group(1).lower()]
        found.append(Atom(match.start(), match.end(), plain(scale / 2), word=True))
        taken.append(match.span())
    for match in _HALF_A.finditer(text):  # "half an hour": the unit follows
        if _inside(match.start(), taken):
            continue
        found.append(Atom(match.start(), match.end(), 0.5, word=True))
        taken.append(match.span())
    if "/" in text or not text.isascii():  # a vulgar fraction (½) is not ASCII
        for match in _SLASH.finditer(text):
            atom = _slash(match)
            if atom is not None:
                found.append(atom)
                taken.append((atom.start, atom.end))
    for match in _ORDINAL_NUMERAL.finditer(text):
        found.append(Atom(match.start(), match.end(), int(match.group(1)), ordinal=True))
        taken.append(match.span())
    for match in _NUMERAL.finditer(text):
        if _inside(match.start(), taken):
            continue
        found.append(_numeral(text, match))
        taken.append((found[-1].start, found[-1].end))
    if _DOZEN_WORD.search(text):
        for match in _DOZEN.finditer(text):
            if _inside(match.end() - 1, taken):
                continue  # "3 dozen", "half a dozen": read above
            count = _multiplier(match.group(1))
            start = match.start() if count else match.start(0) + len(match.group(0)) - len("dozen")
            found.append(Atom(start, match.end(), 12 * (count or 1), word=True))
            taken.append((start, match.end()))
    if _has_number_word(text):  # text2num is the costly reader: most sentences have digits only
        found.extend(_number_words(text, taken))
        found.sort(key=lambda atom: atom.start)
        found = _composed(text, _signed(text, found))
    else:
        found.sort(key=lambda atom: atom.start)
        found = _signed(text, found)
    return _mixed_scaled(text, [_and_a_part(text, atom) for atom in found])


def _signed(text: str, found: list[Atom]) -> list[Atom]:
    """``minus one``, ``negative 40``, ``minus 12 degrees``: the number with its sign word, negative."""
    if "inus" not in text and "egative" not in text:  # C substring tests first
        return found
    result = []
    for atom in found:
        sign = _SIGN_WORD.search(text, max(0, atom.start - 10), atom.start) if not atom.ordinal and atom.value > 0 else None
        result.append(Atom(sign.start(), atom.end, plain(-atom.value), word=atom.word, fraction=atom.fraction) if sign else atom)
    return result


def _slash(match: re.Match[str]) -> Atom | None:
    if match.group("vulgar"):
        value = _VULGAR[match.group("vulgar")]
    elif is_fraction(int(match.group("numerator")), int(match.group("denominator"))):
        value = int(match.group("numerator")) / int(match.group("denominator"))
    else:
        return None
    whole = int(match.group("whole")) if match.group("whole") else 0
    value = (whole + value) * (-1 if match.group("sign") else 1)
    return Atom(match.start(), match.end(), plain(value), fraction=not whole)


def _numeral(text: str, match: re.Match[str]) -> Atom:
    """The atom of a numeral match: its sign, exponent or power, and the scale after it."""
    start = match.start()
    value: float = numeral_value(match.group("digits"))
    if match.group("sign") and not _NUMBER_BEFORE.search(text, max(0, start - 8), start):
        value = -value
    elif match.group("sign"):
        start = match.start("digits")  # "5 -10": the dash links a range
    tens = match.group("exponent") or match.group("tens") or match.group("tens_x")
    if tens:
        value *= 10.0 ** int(tens.replace("−", "-"))
    elif match.group("power"):
        exponent = float(match.group("power").lstrip("+-"))
        negative = (
            match.group("power")[: len(match.group("power")) - len(match.group("power").lstrip("+-"))].count("-") % 2
        )
        value = (
            value ** (-exponent if negative else exponent)
            if value >= 0
            else -((-value) ** (-exponent if negative else exponent))
        )
    end = match.end()
    scale = _SCALE_AFTER.match(text, end)
    if scale:
        value, end = value * _NUMERAL_SCALES[scale.group(1).lower()], scale.end()
        crore = _CRORE_AFTER.match(text, end) if scale.group(1).lower() in ("lakh", "lakhs", "thousand", "hundred") else None
        if crore:
            value, end = value * _NUMERAL_SCALES["crore"], crore.end()  # "₹12.1 lakh crore": 12.1 x 10^12
    else:
        short = _SHORT_SCALE_AFTER.match(text, end)
        if short and not _MONEY_BEFORE.search(text, max(0, start - 4), start):
            if (
                short.group(1) == "m"
                and not _MILLIONS.match(text, short.end())
                and ("." not in text[start:end] or _SIZE_AFTER.match(text, short.end()))
                and not _PEOPLED_OF.search(text, max(0, start - 50), start)
            ):
                short = None  # "a 100m sprint", "2.5m high": metres (with a decimal, "a rise of 1.4m", a million)
            elif _NAME_AFTER.match(text, short.end()) and not _MILLIONS.match(text, short.end()):
                short = None  # "221B Baker Street"
        if short:
            value, end = value * SHORT_SCALES[(short.group(1) or short.group(2)).lower()], short.end()
    return Atom(start, end, plain(value))


def and_a_part(text: str, end: int) -> tuple[float, int] | None:
    """``and a half`` or ``and a quarter`` right at ``end``: the part of one it adds and where it ends."""
    part = _AND_A_PART.match(text, end)
    return None if part is None else (_PARTS[part.group(1).lower()], part.end())


def _and_a_part(text: str, atom: Atom) -> Atom:
    """``two and a half`` is 2.5, ``three and a quarter`` 3.25; after a scale word the part is of the
    scale: ``a dozen and a half`` is 18, ``a million and a half`` 1,500,000."""
    part = and_a_part(text, atom.end)
    if part is None or atom.ordinal or atom.fraction:
        return atom
    return Atom(atom.start, part[1], plain(atom.value + part[0] * _ending_scale(text, atom)), word=True)


def _ending_scale(text: str, atom: Atom) -> int:
    """The scale word ``atom`` ends with (``a million`` 10**6, ``two dozen`` 12), else 1: a fraction
    after it is of that scale."""
    scale = _SCALE_ENDS.search(text, atom.start, atom.end)
    return _NUMERAL_SCALES[scale.group(1).lower()] if scale else 1


def _mixed_scaled(text: str, found: list[Atom]) -> list[Atom]:
    """A mixed number takes the scale word after it: ``one and a half million``, ``2 1/2 million``,
    ``two point five billion``, ``one and a half dozen``. A whole number or a decimal numeral took
    its scale where it was read (text2num composes ``two million``, :func:`_numeral` ``2.5
    million``); a mixed number is composed only here, after both, so its scale is still unread
    (or read as a number of its own: ``dozen`` is 12, which the scaled number now holds)."""
    result: list[Atom] = []
    scaled_to = -1
    for atom in found:
        if atom.start < scaled_to:
            continue  # the scale word just read into the number before
        mixed = not (atom.ordinal or atom.fraction or float(atom.value).is_integer())
        scale = _SCALE_AFTER.match(text, atom.end) if mixed else None
        if scale is not None:
            value = atom.value * _NUMERAL_SCALES[scale.group(1).lower()]
            atom = Atom(atom.start, scale.end(), plain(value), word=atom.word)
            scaled_to = atom.end
        result.append(atom)
    return result


def _multiplier(word: str | None) -> int | None:
    """How many dozens ``word`` says: ``a`` 1, ``three`` 3; ``None`` if it is no number."""
    if word is None:
        return None
    if word.lower() == "a":
        return 1
    try:
        return int(text2num(word.lower(), "en"))
    except ValueError:
        return None


def _inside(position: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= position < end for start, end in spans)


_BIG_SCALES = ("hundred", "thousand", "million", "billion", "trillion")
_GAP = re.compile(r"[ \u00a0]+(?:-[ \u00a0]+)?|-")  # between two words of one number


def _denominator(word: str) -> tuple[int, bool] | None:
    """``(denominator, plural)`` when ``word`` can name one: ``fifths`` (5, True), ``twenty-first`` (21, False)."""
    plural = word.endswith("s") and word != "halves"
    stem = word[:-1] if plural else ("half" if word == "halves" else word)
    plural = plural or word == "halves"
    tens, dash, unit = stem.partition("-")
    if dash:
        if tens in _TENS and unit in _UNIT_ORDINALS:
            return _TENS[tens] + _UNIT_ORDINALS[unit], plural
        return None  # "one-half", "two-thirds": see _hyphenated
    value = _DENOMINATOR_WORDS.get(stem, 1 if plural and stem == "first" else None)  # "twenty firsts"
    return None if value is None else (value, plural)


def cardinal(words: list[str]) -> int | None:
    """The value of number words (``one hundred and two``, ``twenty-one trillion three hundred``)."""
    if not words:
        return None
    if "trillion" in words:
        index = words.index("trillion")
        high = cardinal(words[:index]) if index else 1
        rest = words[index + 1 :]
        low = cardinal(rest[1:] if rest[:1] == ["and"] else rest) if rest else 0
        return None if high is None or low is None else high * 10**12 + low
    if words[0] == "a":
        words = ["one", *words[1:]]
    try:
        return int(text2num(" ".join(words), "en"))
    except ValueError:
        return None


def _fractions(
    text: str, matches: list[re.Match[str]], words: list[str], taken: list[tuple[int, int]]
) -> Iterator[tuple[int, int, Atom]]:
    """Fractions in words, as ``(first token, last token, atom)``: ``two thirds``, ``a fifth of``,
    ``one hundred thirty-fifths`` (100/35), ``twenty and three fifths`` (20.6), ``one-half``."""
    blocked = -1
    for index, word in enumerate(words):
        if word not in _FRACTION_WORDS and "-" not in word:
            continue  # most words: one set lookup
        hyphenated = _hyphenated(text, matches[index], word)
        if hyphenated is not None and not _inside(matches[index].start(), taken):
            blocked = index
            yield index, index, hyphenated
            continue
        denominator = _denominator(word)
        if denominator is None or index <= blocked or _inside(matches[index].start(), taken):
            continue
        value, plural = denominator
        if not plural:
            atom = _one_over(text, matches, words, index, value)
            if atom is not None:
                blocked = index
                yield index - 1, index, atom
            continue
        run = _number_run(text, matches, words, index, blocked)
        if not run:
            continue
        if len(run) >= 2 and words[run[-1]] in _TENS and words[run[-2]] != "and" and value < 10:
            value += _TENS[words[run[-1]]]  # "thirty fifths" is 35ths
            run = run[:-1]
        whole_words: list[str] = []
        numerator = [words[i] for i in run]
        for cut in range(len(numerator) - 1, 0, -1):
            if numerator[cut] == "and" and numerator[cut - 1] not in _BIG_SCALES:
                whole_words, numerator = numerator[:cut], numerator[cut + 1 :]
                break
        count = cardinal(numerator)
        whole = cardinal(whole_words) if whole_words else 0
        if count is None or whole is None or count > value * 1000 or value < 2:
            continue
        blocked = index
        atom = Atom(matches[run[0]].start(), matches[index].end(), plain(whole + count / value), word=True,
                    fraction=not whole_words)  # fmt: skip
        yield run[0], index, atom


def _hyphenated(text: str, match: re.Match[str], word: str) -> Atom | None:
    """``one-half``, ``two-thirds``, ``three-quarters``: a fraction in one word (never a rank, so
    whatever follows: ``a one-third stake``)."""
    count, dash, rest = word.partition("-")
    if not dash or count not in _UNIT_CARDINALS:
        return None
    denominator = _denominator(rest)
    if denominator is None or denominator[0] < 2 or (_UNIT_CARDINALS[count] > 1) != denominator[1]:
        return None  # "one-thirds", "two-third" are no fractions
    return Atom(match.start(), match.end(), plain(_UNIT_CARDINALS[count] / denominator[0]), word=True, fraction=True)


def _number_run(text: str, matches: list[re.Match[str]], words: list[str], index: int, blocked: int) -> list[int]:
    """The tokens of number words right before ``words[index]`` (``a`` may lead them: "a hundred";
    "an" leads none, so "an eight tenths majority" is a share of 0.8, not eight)."""
    run: list[int] = []
    position = index - 1
    while position > blocked:
        word = words[position]
        if not _GAP.fullmatch(text, matches[position].end(), matches[position + 1].start()):
            break
        if word == "a":
            run.append(position)
            break
        if word == "and" or word in _CARDINALS or all(part in _CARDINALS for part in word.split("-")):
            run.append(position)
            position -= 1
            continue
        if word == "-":
            position -= 1
            continue
        break
    run.reverse()
    while run and words[run[0]] == "and":
        run.pop(0)
    return run


# After a fraction of one: "of", a unit, or no word ("a fifth of the vote", "a third.", "one-half miles").
_AFTER_FRACTION = re.compile(r"\s+of\b|\s*(?:[^\w\s-]|$)|[\s-]+(?=[a-z]+\b)")


def _share_follows(text: str, end: int) -> bool:
    """Whether what follows ``text[:end]`` makes a singular fraction word a share: ``of``, a unit,
    or no word."""
    after = _AFTER_FRACTION.match(text, end)
    if after is None:
        return False
    if after.group().strip(" -") == "" and after.end() < len(text) and text[after.end()].isalpha():
        following = _WORD_TOKEN.match(text, after.end())
        return following is not None and following.group().lower() in UNITS
    return True


def _a_change_by(text: str, start: int, end: int) -> bool:
    """Whether a fraction word is the size of a change: after "by", before no noun ("fell by a
    quarter during", "by almost half to 431,000"; not "backed by a third party")."""
    return bool(_BY_BEFORE().search(text, max(0, start - 25), start)) and bool(_FRACTION_ENDS().match(text, end))


def _one_over(text: str, matches: list[re.Match[str]], words: list[str], index: int, value: int) -> Atom | None:
    """``a fifth``, ``one eighth``, ``one-half``: one over the ordinal, when it is a share, not a rank
    (``a fifth term`` is a rank)."""
    if index == 0 or words[index - 1] not in ("a", "an", "one"):
        return None
    if not _GAP.fullmatch(text, matches[index - 1].end(), matches[index].start()):
        return None
    end = matches[index].end()
    if not (_share_follows(text, end) or _a_change_by(text, matches[index - 1].start(), end)):
        return None  # "a third term": a rank; "rose by more than a fifth": a share
    following = words[index + 1] if index + 1 < len(words) else ""
    if words[index] not in ("half", "quarter") and following in UNITS and not following.endswith("s"):
        return None  # "for a third month", "a fourth week": a rank (not "a half hour", "a quarter mile")
    return Atom(matches[index - 1].start(), end, plain(1 / value), word=True, fraction=True)


_A_TRILLION = re.compile(r"\ba[ \u00a0]+trillion\b", re.IGNORECASE)
_SIGN_WORD = re.compile(r"\b(?<!plus or )(?:minus|negative)\s+$", re.IGNORECASE)  # not "plus or minus 3"
_POINT = re.compile(r"\s+point\s+$", re.IGNORECASE)


def _number_words(text: str, taken: list[tuple[int, int]]) -> list[Atom]:
    matches = _word_tokens(text)
    words = [m.group().lower() for m in matches]
    texts = map(re.Match.group, matches)
    if not text.isascii():
        # text2num panics (a BaseException) on a lone surrogate, which a str may hold: such a
        # token is no number word anyway.
        texts = (word if word.isascii() or word.isprintable() else "" for word in texts)
    tokens = list(map(_Token, texts))
    found: list[Atom] = []
    for first, last, atom in _fractions(text, matches, words, taken):
        found.append(atom)
        tokens[first : last + 1] = [_Token("|")] * (last + 1 - first)  # text2num reads them no more
    skip_to = 0
    for occurrence in find_numbers(tokens, "en", threshold=0):
        if occurrence.start < skip_to:
            continue
        first, last = matches[occurrence.start], matches[occurrence.end - 1]
        span = words[occurrence.start : occurrence.end]
        value: float = occurrence.value
        ordinal = occurrence.is_ordinal
        after = words[occurrence.end] if occurrence.end < len(words) else ""
        if span[-1].endswith("s") and span[-1] != "seconds" or _inside(first.start(), taken):
            continue  # "hundreds of", "tens of thousands": vague, not a number
        if span[0] in SCALES or span[0] == "hundred":
            before = matches[occurrence.start - 1] if occurrence.start else None
            if before is None or before.group().lower() != "a":
                continue  # "million" after a numeral is the numeral's scale word (text2num reads "one million" whole)
            first = before
        previous = words[occurrence.start - 1] if occurrence.start else ""
        # "the one-day strike": one day ("-" stands apart before a unit only); "the one year and
        # seven months he had served": a length of time
        unit_after = after in ("-", "‑") or (previous == "the" and after in _TIME_UNIT_WORDS)
        if span == ["one"] and previous in _NOT_BEFORE_ONE and after not in ("trillion", "trillionth") and not unit_after:
            continue
        end_index = occurrence.end
        if after in ("trillion", "trillionth"):  # beyond text2num's scales
            value, ordinal, end_index = value * 10**12, after == "trillionth", end_index + 1
            last = matches[end_index - 1]
        elif after in ("dozen", "dozens"):
            value, end_index = value * 12, end_index + 1
            last = matches[end_index - 1]
        found.append(Atom(first.start(), last.end(), plain(value), word=True, ordinal=ordinal))
        skip_to = end_index
    for match in _A_TRILLION.finditer(text):  # text2num reads "a billion", and no trillions
        if not _inside(match.start(), taken) and not any(a.start <= match.start() < a.end for a in found):
            found.append(Atom(match.start(), match.end(), 10**12, word=True))
    return found  # (atoms() sorts all it finds)


def _composed(text: str, found: list[Atom]) -> list[Atom]:
    """Atoms joined into one number: ``twenty-one trillion and three hundred``, ``two hundred point
    seventy-one``, ``one and a fifth`` (1.2), ``one over three`` (``minus one``: see :func:`_signed`)."""
    result: list[Atom] = []
    for atom in found:
        last = result[-1] if result else None
        joined = _join(text, last, atom) if last is not None else None
        if joined is not None:
            result[-1] = joined
        else:
            result.append(atom)
    return result


_AND = re.compile(r"\s+and\s+", re.IGNORECASE)
_WORD_AFTER = re.compile(r"[\s-]+[a-z]")
_OVER = re.compile(r"\s+over\s+", re.IGNORECASE)
_ENDS = re.compile(r"\s*(?:[^\w\s]|$)")


def _join(text: str, left: Atom, right: Atom) -> Atom | None:
    if left.ordinal:
        return None
    if (
        right.ordinal
        and left.word
        and left.value == 1
        and right.value > 2
        and _GAP.fullmatch(text, left.end, right.start)
    ):
        if _AFTER_FRACTION.match(text, right.end) and not _WORD_AFTER.match(text, right.end):
            return Atom(
                left.start, right.end, plain(1 / right.value), word=True, fraction=True
            )  # one one-hundred-fifth
    gap_and = _AND.fullmatch(text, left.end, right.start)
    if gap_and and right.word and not left.fraction:
        trillions = text[left.end - len("trillion") : left.end].lower() == "trillion"
        if trillions and left.word and right.value < 10**12:
            return Atom(left.start, right.end, plain(left.value + right.value), word=True, ordinal=right.ordinal)
        if right.fraction and 0 < right.value < 1 and abs(left.value) >= 1:  # "2 and a half", "a dozen and a half"
            return Atom(left.start, right.end, plain(left.value + right.value * _ending_scale(text, left)), word=True)
    if right.ordinal or right.fraction or left.fraction:
        return None
    if text[left.end - len("trillion") : left.end].lower() == "trillion" and left.word and right.word:
        if _GAP.fullmatch(text, left.end, right.start) and right.value < 10**12:
            return Atom(left.start, right.end, plain(left.value + right.value), word=True)
    if left.word and right.word and isinstance(right.value, int) and right.value > 0:
        if (
            _POINT.search(text, left.end, right.start)
            and _POINT.search(text, left.end, right.start).start() == left.end
        ):
            decimals = len(str(right.value))
            return Atom(left.start, right.end, plain(left.value + right.value / 10**decimals), word=True)
    if _OVER.fullmatch(text, left.end, right.start) and right.value and _ENDS.match(text, right.end):
        return Atom(left.start, right.end, plain(left.value / right.value), word=left.word or right.word)
    return None
