"""Spellings of one name: the rules that tell two spellings of a name from two names.

Transliterated names drift between versions of a story, between outlets and inside one report
(``Kalesnikova``/``Kalesnikava``, ``Zelensky``/``Zelenskyy``, ``Babaryka``/``Babariko``,
``Cole``/``Coale``, ``al-Hajouj``/``al-Hajuj``). Two words are spellings of one name
(:func:`is_variant`) when

- both have at least :data:`SHORTEST` letters and differ in more than letter case (a name of
  one letter fewer only with a vowel added beside another: ``Nur``/``Nour``);
- the edit is not an ending that makes another word of a name (``Russia``/``Russian``,
  ``Ukrainian``/``Ukrainians``: :data:`INFLECTIONS`);
- their transliteration-folded forms (:func:`fold`: accents dropped, ``y``/``j``/``i``,
  ``kh``/``h``, ``ks``/``x``, ``w``/``v``, ``ph``/``f``, ``dj``/``đ``/``d``, a letter with a stroke
  without it (``Łukasz``/``Lukasz``) and doubled letters made one; and the
  letters Belarusian and Ukrainian names are written with where Russian ones have others:
  ``h``/``g``, ``ts``/``t``, ``dz``/``d``, ``u`` after a vowel for ``v``) start with the same
  letter, and
- the folded forms are equal (``Zelenskyy``/``Zelensky``, ``Dmitriy``/``Dmitry``), or are with
  German umlauts written out (``Göldi``/``Goeldi``); or, for
  names of :data:`MIN_LENGTH` letters or more, the spellings are one edit apart (a letter
  replaced, added or removed, or two neighbours swapped); or, for names whose folded forms
  have :data:`FOLDED_LENGTH` letters or more, the folded forms are one edit apart
  (``Babaryka``/``Babariko``: ``y``/``i`` folded, then ``a``/``o``); or the folded forms' consonants
  are the same, :data:`SKELETON_LENGTH` of them or more, with as many runs of vowels and the same
  kind of last letter (``Kalesnikava``/``Kolesnikova``, ``Aliaksandr``/``Aleksandr``: vowels drift
  most between transliterations; not ``Chechen``/``Chechnya``, a people and a place, nor
  ``Vladimir``/``Volodymyr``, in the news mostly Putin and Zelensky); a name shorter than
  :data:`MIN_LENGTH` letters only with one vowel added or removed (``Cole``/``Coale``), so
  that short words one consonant apart (``Iran``/``Iraq``) stay apart (and ``Kyiv``/``Kiev``: read
  folded, a four-letter name one vowel from another joined ``Julia``/``July`` and ``Abiy``/``Abay``).

Plugins use these rules rather than their own, so that every check agrees on what is one name: a
check of name variants reports the spellings; a check of facts reads a figure told of "Hajouj" and
of "Hajuj" as told of one person.
"""

from __future__ import annotations

import functools
import re
import unicodedata

__all__ = ["FOLDED_LENGTH", "INFLECTIONS", "MIN_LENGTH", "SHORTEST", "SKELETON_LENGTH", "fold", "is_variant", "one_name", "skeleton", "unaccented"]

#: The shortest name read: shorter words (``Xi``, ``Kim``) are too often another name one letter away.
SHORTEST = 4
#: The shortest names whose spellings may be any one edit apart; shorter ones only a vowel apart.
MIN_LENGTH = 5
#: The shortest folded names whose folded forms may be one edit apart.
FOLDED_LENGTH = 6
#: The fewest consonants two folded names must share, in order and nothing else, for their vowels to differ freely.
SKELETON_LENGTH = 5
#: Endings that turn a name into another word of it (demonyms, plurals, feminine surnames).
INFLECTIONS = frozenset({"s", "es", "n", "an", "ian", "ns", "ans", "ians", "ese", "ic", "ish", "i", "a"})

#: Spellings one transliteration gives and another does not, and what both are folded to.
_DIGRAPHS = (("kh", "h"), ("ks", "x"), ("ph", "f"), ("ts", "t"), ("dz", "d"), ("dj", "d"))
#: ...and letters with a stroke, which have no accent to drop ("Đilas" / "Djilas", "Łukasz" / "Lukasz").
_LETTERS = str.maketrans({"y": "i", "w": "v", "g": "h", "đ": "d", "ł": "l", "ø": "o", "ı": "i", "ħ": "h"})
#: Belarusian "ў" after a vowel, written "u" where Russian has "v" ("Tsikhanouskaya" / "Tikhanovskaya").
_SHORT_U = re.compile(r"(?<=[aeo])u(?![aeiou])")
_VOWEL_RUN = re.compile(r"[aeiou]+")
_DOUBLED = re.compile(r"(.)\1+")
_VOWELS = frozenset("aeiou")
#: German umlauts as written without them ("Göldi" / "Goeldi", "Müller" / "Mueller").
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue"})


@functools.lru_cache(maxsize=8192)  # a text's names and heads come back many times over
def fold(name: str) -> str:
    """``name`` as its transliterations have it in common: case folded, accents dropped,
    ``kh``→``h``, ``ks``→``x``, ``ph``→``f``, ``ts``→``t``, ``dz``→``d``, ``dj``→``d``, ``u`` after a
    vowel→``v``, ``y``→``i``, ``w``→``v``, ``g``→``h``, letters with a stroke without it (``đ``→``d``,
    ``ł``→``l``, ``ø``→``o``), doubled letters made one."""
    folded = unaccented(name.casefold())
    for digraph, letter in _DIGRAPHS:
        folded = folded.replace(digraph, letter)
    return _DOUBLED.sub(r"\1", _SHORT_U.sub("v", folded).translate(_LETTERS))


def unaccented(word: str) -> str:
    """``word`` with its accents dropped (``José`` → ``Jose``, ``Łukasz`` keeps its ``Ł``: no accent)."""
    if word.isascii():
        return word
    return "".join(char for char in unicodedata.normalize("NFKD", word) if not unicodedata.combining(char))


def skeleton(folded: str) -> str:
    """A folded name's consonants, in order (vowels dropped, letters doubled by it made one)."""
    return _DOUBLED.sub(r"\1", _VOWEL_RUN.sub("", folded))


def is_variant(one: str, other: str) -> bool:
    """True when ``one`` and ``other`` look like two spellings of one name (see the module's rules)."""
    one_folded, other_folded = one.casefold(), other.casefold()
    if one_folded == other_folded or _inflected(one_folded, other_folded):
        return False
    if min(len(one), len(other)) < SHORTEST:
        # ("Nur" / "Nour": a three-letter name only with a vowel added beside another)
        return min(len(one), len(other)) == SHORTEST - 1 and _vowel_apart(one_folded, other_folded)
    one_transliterated, other_transliterated = fold(one), fold(other)
    if one_transliterated[:1] != other_transliterated[:1]:
        return False
    if one_transliterated == other_transliterated:
        return True
    if _vowels_apart(one_transliterated, other_transliterated):
        return True
    if not (one_folded + other_folded).isascii() and fold(one_folded.translate(_UMLAUTS)) == fold(other_folded.translate(_UMLAUTS)):
        return True  # ("Göldi" / "Goeldi": German umlauts written out)
    if min(len(one), len(other)) < MIN_LENGTH:
        return _vowel_apart(one_folded, other_folded)
    if _one_edit_apart(one_folded, other_folded):
        return True
    shortest = min(len(one_transliterated), len(other_transliterated))
    return shortest >= FOLDED_LENGTH and _vowel_replaced(one_transliterated, other_transliterated)


def one_name(one: str, other: str) -> bool:
    """True when two words name one thing: equal but for case, a spelling variant (:func:`is_variant`)
    or an inflection of the other (``Russia``/``Russian``: :data:`INFLECTIONS`)."""
    one_folded, other_folded = one.casefold(), other.casefold()
    return one_folded == other_folded or _inflected(one_folded, other_folded) or is_variant(one, other)


def _inflected(one: str, other: str) -> bool:
    """True when the longer of two case-folded words is the other with an ending of :data:`INFLECTIONS`."""
    shorter, longer = sorted((one, other), key=len)
    return longer.startswith(shorter) and longer[len(shorter) :] in INFLECTIONS


def _vowel_apart(one: str, other: str) -> bool:
    """True when one of the words is the other with a vowel doubled into a pair (``cole``/``coale``):
    one vowel added beside another, where a transliteration or a misspelling puts it."""
    shorter, longer = sorted((one, other), key=len)
    if len(longer) != len(shorter) + 1:
        return False
    at = next((i for i, (a, b) in enumerate(zip(shorter, longer)) if a != b), len(shorter))
    beside = longer[max(0, at - 1) : at] + longer[at + 1 : at + 2]
    added = longer[at] in _VOWELS and longer[:at] + longer[at + 1 :] == shorter
    return added and any(char in _VOWELS for char in beside)


def _vowel_replaced(one: str, other: str) -> bool:
    """True when the words differ in one letter only, a vowel for a vowel (``babarika``/``babariko``)."""
    if len(one) != len(other):
        return False
    differing = [(a, b) for a, b in zip(one, other) if a != b]
    return len(differing) == 1 and differing[0][0] in _VOWELS and differing[0][1] in _VOWELS


def _vowels_apart(one: str, other: str) -> bool:
    """True when two folded names have the same consonants, :data:`SKELETON_LENGTH` or more, as many
    runs of vowels between them, and both end in a vowel or both in a consonant: only the vowels
    differ (``kalesnikava``/``kolesnikova``). Not ``chechen``/``chechnia``, a people and a place;
    not ``vladimir``/``volodimir``, one given name's Russian and Ukrainian forms, in the news
    mostly two people."""
    consonants = skeleton(one)
    if len(consonants) < SKELETON_LENGTH or consonants != skeleton(other):
        return False
    same_end = (one[-1] in _VOWELS) == (other[-1] in _VOWELS)
    return same_end and len(_VOWEL_RUN.findall(one)) == len(_VOWEL_RUN.findall(other))


def _one_edit_apart(one: str, other: str) -> bool:
    if abs(len(one) - len(other)) > 1:
        return False
    prefix = 0
    while prefix < min(len(one), len(other)) and one[prefix] == other[prefix]:
        prefix += 1
    one_rest, other_rest = one[prefix:], other[prefix:]
    if len(one) == len(other):
        swapped = len(one_rest) >= 2 and one_rest[0] == other_rest[1] and one_rest[1] == other_rest[0]
        return one_rest[1:] == other_rest[1:] or (swapped and one_rest[2:] == other_rest[2:])
    return one_rest[1:] == other_rest if len(one) > len(other) else one_rest == other_rest[1:]
