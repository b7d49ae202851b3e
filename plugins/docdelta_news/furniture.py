"""A web page's furniture, copied with a story's text: lines that say nothing of the story.

The news parser (:mod:`docdelta_news.structure`) gives such a paragraph the ignored kind
``furniture``: two copies of one page taken hours apart differ there ("Updated 2 hours ago" /
"Updated 5 hours ago", "3 min read" / "4 min read") and nowhere in the story. Furniture is one line
of two words or more, at most :data:`FURNITURE_MAX_LENGTH` characters, made of pieces joined by
``|``, ``·`` or ``•`` (or one piece), each

- a byline: ``By Jane Roe in Vilnius and Tom Doe, Reuters`` (names only after "By");
- a wire's credits: ``(Reporting by Jane Roe; Additional reporting by Tom Doe; Editing by Ann Smith)``;
- a page's counter: ``3 min read``, ``Reading time: 5 minutes``, ``Listen to this article · 4:32
  min`` (or ``, 4 min``), ``Image 2 of 5``, ``12 comments``, ``1.2K shares``, ``Views: 1,245``;
- a time stamp, words of dates, clock times, time zones and "updated"/"published" only, one of them
  more than a number: ``December 13, 2025 10:43 AM GMT+3 Updated 2 hours ago``, ``Published 35
  minutes ago``, ``Last Updated: Dec 13, 2025, 13:20 IST``.

Prose is told apart first, and cheaply: a line with a word in lower case that no furniture holds
(:data:`FURNITURE_WORDS`: "freed", "showed") is prose, so "By Saturday, 31 prisoners had been freed."
and "Reporting by the BBC showed 40 people died." are not furniture. The patterns are compiled when a
line first passes that test.
"""

from __future__ import annotations

import functools
import re

__all__ = ["FURNITURE_MAX_LENGTH", "FURNITURE_WORDS", "is_furniture"]


#: Furniture is one line of two words or more, and no more than this many characters.
FURNITURE_MAX_LENGTH = 160
#: The words in lower case that furniture may hold: a paragraph with another is prose.
FURNITURE_WORDS = frozenset(
    "by and in de da del van von al bin la le min mins minute minutes read listen to this the article story "
    "time reading listening reporting writing editing edited written compiled research graphics additional "
    "updated published posted modified last first on at ago sec secs second seconds hr hrs hour hours day days "
    "week weeks month months just now today yesterday a an one two three four five six seven eight nine ten "
    "am pm s m h d w p k st nd rd th of image images photo photos picture slide comment comments share shares "
    "like likes view views reaction reactions".split()
)
_LETTERS = re.compile(r"[^\W\d_]+")
#: What joins the names of a byline or a credit: "Jane Roe in Vilnius and Tom Doe, Reuters".
_NAME_GLUE = re.compile(r"\s*(?:[,&|·•–—-]|\band\b|\bin\b)\s*")
_NAME = (
    r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The)\b)"
    r"[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|de|da|del|van|von|al|bin|la|le)){0,4}"
)
_CREDIT = r"\s*(?i:(?:additional\s+)?(?:reporting|writing|editing|edited|written|compiled|research|graphics))\s+by\s+(.+?)\s*"
#: A reading or listening time, a gallery's counter, a count of comments, shares, likes or views.
_PAGE_COUNTER = (
    r"(?i:(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)[-\s]?(?:min|mins|minutes?)\s+(?:read|listen)"
    r"|(?:reading|listening)\s+time\s*:?\s*\d+\s*(?:min|mins|minutes?)\.?"
    r"|listen\s+to\s+(?:this|the)\s+(?:article|story)(?:\s*[,·•:|–—-]?\s*\d+(?::\d{2})?\s*(?:min|mins|minutes?)?)?"
    r"|(?:images?|photos?|picture|slide)\s+\d+\s*(?:of|/)\s*\d+"
    r"|\d+(?:[.,]\d+)?[km]?\s+(?:comments?|shares?|likes?|views?|reactions?)"
    r"|(?:comments?|shares?|likes?|views?|reactions?)\s*:?\s*\d+(?:[.,]\d+)*[km]?)"
)
#: The words that one of them needs (a quick test).
_COUNTER_WORDS = frozenset(
    "min mins minute minutes listen image images photo photos picture slide comment comments share shares like likes "
    "view views reaction reactions".split()
)
#: The lower-case words of a time stamp, besides months, weekdays and time zones (see _STAMP_WORD).
_STAMP_WORDS = frozenset(
    "updated published posted modified last first on at ago sec secs second seconds min mins minute minutes hr hrs "
    "hour hours day days week weeks month months just now today yesterday a an one am pm s m h d w p st nd rd th t z "
    "jan january feb february mar march apr april may jun june jul july aug august sep sept september oct october "
    "nov november dec december monday tuesday wednesday thursday friday saturday sunday "
    "gmt utc est edt cst cdt mst mdt pst pdt cet cest bst msk eet eest jst aest aedt et pt ist ast hkt sgt kst wib "
    "cat eat wat sast".split()
)
#: The words a time stamp is made of (a line of nothing else is one; see _stamp).
_STAMP_WORD = r"""(?ix)
      (?P<keyword>(?:last\s+|first\s+)?(?:updated|published|posted|modified))\b(?:\s+(?:on|at)\b)?
    | (?P<ago>(?:(?:\d+|an?|one)\s+(?:sec(?:ond)?s?|min(?:ute)?s?|h(?:ou)?rs?|hours?|days?|weeks?|months?)
               |\d+\s?(?:[smhdw]|mins?|hrs?))\s+ago\b|just\s+now\b)
    | (?P<clock>\d{1,2}[:.]\d{2}(?:\s*[ap]\.?\s?m\b\.?)?|\d{1,2}\s*[ap]\.?\s?m\b\.?)
    | (?P<zone>(?-i:GMT|UTC|[ECMP][SD]T|CES?T|BST|MSK|EES?T|JST|AES[DT]|ET|PT|IST|AST|HKT|SGT|KST|WIB|[CEW]AT|SAST)
               (?:\s*[+−-]\s*\d{1,2}(?::?\d{2})?)?)\b
    | (?P<month>(?=[A-Z])(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?
                           |sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?)
    | (?=[A-Z])(?:mon|tues|wednes|thurs|fri|satur|sun)day\b | today\b | yesterday\b
    | \d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)? | \d{1,2}/\d{1,2}/\d{2,4} | \d{1,4}(?:(?:st|nd|rd|th)\b)?
    | [,|·•:()–—-]+ | at\b | on\b
    """


@functools.cache
def _pattern(pattern: str) -> re.Pattern[str]:
    # The furniture patterns are compiled when a paragraph first needs one: compiling them all costs
    # milliseconds, a share of a one-article comparison that most texts would pay for nothing.
    return re.compile(pattern)


def _names(text: str) -> bool:
    """Whether ``text`` is names only, joined as a byline joins them."""
    return all(_pattern(_NAME).fullmatch(part) for part in _NAME_GLUE.split(text))


def _credits(line: str) -> bool:
    """Whether ``line`` is a wire's credits: "(Reporting by Jane Roe; Editing by Ann Smith)"."""
    parts = line.strip("(). ").split(";")
    return all((credit := _pattern(_CREDIT).fullmatch(part)) and _names(credit.group(1)) for part in parts)


def _stamp(line: str) -> bool:
    """Whether ``line`` is a time stamp: words of :data:`_STAMP_WORD` only, among them a date's month,
    a clock time, a time zone, "updated"/"published" or "2 hours ago"."""
    stamp_word = _pattern(_STAMP_WORD)
    position, marked, end = 0, False, len(line)
    while True:
        while position < end and line[position].isspace():
            position += 1
        if position == end:
            return marked
        word = stamp_word.match(line, position)  # anchored: most lines fail at their first word
        if word is None or word.end() == position:
            return False
        marked = marked or word.lastgroup is not None
        position = word.end()


def _fold(word: str) -> str:
    # As the patterns' case-insensitive parts read letters: "ſ" as "s", "ı" and "İ" as "i".
    folded = word.lower()
    return folded if folded.isascii() else folded.replace("ſ", "s").replace("ı", "i").replace("i̇", "i")


def is_furniture(paragraph: str) -> bool:
    """Whether ``paragraph`` is one line of a page's furniture (see the module's doc), maybe several
    pieces of it joined by ``|``, ``·`` or ``•`` ("By Jane Roe | Updated 2 hours ago"). Quick tests
    first: most paragraphs are prose, and fail at their first word in lower case."""
    if " " not in paragraph or len(paragraph) > FURNITURE_MAX_LENGTH or "\n" in paragraph or "\r" in paragraph:
        return False  # (furniture is words: a lone word or number, a list's item, is not)
    letters = _LETTERS.findall(paragraph)
    if any(word[:1].islower() and _fold(word) not in FURNITURE_WORDS for word in letters):
        return False
    if _furniture_piece(paragraph, {_fold(word) for word in letters}):
        return True
    pieces = _PIECES.split(paragraph) if "|" in paragraph or "·" in paragraph or "•" in paragraph else ()
    return len(pieces) > 1 and all(_furniture_piece(piece, {_fold(w) for w in _LETTERS.findall(piece)}) for piece in pieces)


#: What joins pieces of furniture on one line.
_PIECES = re.compile(r"\s+[|·•]\s+")


def _furniture_piece(piece: str, words: set[str]) -> bool:
    """Whether ``piece`` is one piece of furniture; ``words``: its words, folded."""
    if piece.startswith(("By ", "BY ")) and _names(piece[3:]):
        return True
    if "by" in words and _credits(piece):
        return True
    if words & _COUNTER_WORDS and _pattern(_PAGE_COUNTER).fullmatch(piece):
        return True
    return words <= _STAMP_WORDS and _stamp(piece)
