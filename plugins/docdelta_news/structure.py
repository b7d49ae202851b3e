"""The structure of a plain-text news file: header fields, then paragraphs of the kinds a newsroom names.

A file may open with header lines, ``key: value`` or ``key value`` for the keys in
:data:`HEADER_KEYS` (the colon-less form only with the key in lower case, as feeds
write it, so that a sentence opening with "Source" is not taken for a header). A
date field may share its line with the text: `` date 2025-12-13 The U.S. lifted…``
is the date, then the story's first words.

The rest is cut into paragraphs at blank lines (lines wrapped inside a paragraph
stay one paragraph; the ``whitespace`` normalizer compares a wrapped line's break as
a space). Each paragraph gets the first kind whose rule it meets:

=================  ===========================================================
``related-link``   opens with "Read also:", "Read more:", "See also:", "Related:"…; or is a
                   heading alone over links to other stories ("Related coverage", "Most
                   read", "More from Reuters"), or one of those links: a headline-like line
                   (no full stop at its end) after such a heading or another such link
``feed-footer``    "From … via this RSS feed", or "The post … appeared first on …"
``boilerplate``    a short paragraph asking to subscribe or follow, or a copyright line
``furniture``      one line of a web page's furniture: a byline (``By Jane Roe``), a time
                   stamp (``December 13, 2025 10:43 AM GMT+3 Updated 2 hours ago``), a
                   reading or listening time (``3 min read``), a gallery's counter (``Image 2
                   of 5``), a count of comments, shares or likes, a wire's credits
                   (``Reporting by Jane Roe; Editing by Ann Smith``); or several joined by
                   ``|``, ``·`` or ``•``
``caption``        one short line ending, after its sentence, with a credit in
                   parentheses: ``… on Dec. 13, 2025. (Ukraine's military intelligence service)``
``quote``          opens with a quotation mark
``standfirst``     the first paragraph of the story, when none of the above
``paragraph``      any other
=================  ===========================================================

Header lines, related links, feed footers, boilerplate and furniture are ignored blocks: they say
nothing of the story, and what changes in them from one copy of a page to the next ("Updated 2
hours ago", "4 min read") is no fact that changed.
Block spans leave out the whitespace around a paragraph; the text is never changed.
"""

from __future__ import annotations

import datetime
import functools
import re
from collections.abc import Iterator
from itertools import chain

from attrs import define

from docdelta import Block, Blocks, Span

__all__ = ["HEADER_KEYS", "IGNORED_KINDS", "Structure", "parse_date", "structure"]

HEADER_KEYS = ("date", "title", "author", "source", "url", "updated", "published")
DATE_KEYS = frozenset({"date", "updated", "published"})
IGNORED_KINDS = frozenset({"header", "related-link", "feed-footer", "boilerplate", "furniture"})

_LINE_END = re.compile(r"\r\n|\r|\n")
_KEYS = "|".join(HEADER_KEYS)
_HEADER_COLON = re.compile(rf"(?i:({_KEYS}))[ \t]*:[ \t]*(\S.*?)\s*$")
_HEADER_BARE = re.compile(rf"({_KEYS})[ \t]+(\S.*?)\s*$")

_RELATED = re.compile(r"(?i:read also|read more|also read|see also|related|more on this)\s*:\s*\S")
#: A heading alone on its line over a list of links to other stories: "Related coverage", "Most read".
_RELATED_HEADING = re.compile(
    r"""(?ix)
    (?:related(?:\ (?:coverage|stories|articles|news|content|reading|links))?
    | read\ (?:more|also|next) | also\ read | see\ also | further\ reading | what\ to\ read\ next
    | more\ (?:on\ this(?:\ story)?|stories|news|from\ [\w.&'’ -]{1,40})
    | most\ (?:read|popular|viewed) | popular\ (?:now|stories) | trending(?:\ now)? | top\ stories
    | recommended(?:\ (?:stories|reading|for\ you))? | latest\ (?:news|stories|headlines) | you\ may\ also\ like)
    \s*:?"""
)
#: A link under such a heading: a headline, one line of at most this many words, not ending as a sentence does.
_LINK_MAX_WORDS = 20
_FEED_FOOTER = re.compile(r"(?i:^From\b.*\bvia this RSS feed\W*$|^The post\b.+\bappeared first on\b)", re.DOTALL)
_BOILERPLATE = re.compile(
    r"""(?ix)
    ^\s*(?:©|\(c\)\s|copyright\b)            # copyright lines
    | \ball\ rights\ reserved\b
    | \b(?:subscribe|sign\ up)\b.*\b(?:newsletter|updates|our|today|now)\b
    | \bfollow\ us\ on\b
    | ^\s*(?:support|become\ a\ member\ of)\ (?:our|independent)\ journalism\b
    """
)
_BOILERPLATE_MAX_WORDS = 40
#: Furniture is one line of two words or more, and no more than this many characters.
_FURNITURE_MAX_LENGTH = 160
#: The words in lower case that furniture may hold: a paragraph with another is prose.
_FURNITURE_WORDS = frozenset(
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
_NAME = r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The)\b)[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|de|da|del|van|von|al|bin|la|le)){0,4}"
_CREDIT = r"\s*(?i:(?:additional\s+)?(?:reporting|writing|editing|edited|written|compiled|research|graphics))\s+by\s+(.+?)\s*"
#: A reading or listening time, a gallery's counter, a count of comments, shares, likes or views.
_PAGE_COUNTER = (
    r"(?i:(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)[-\s]?(?:min|mins|minutes?)\s+(?:read|listen)"
    r"|(?:reading|listening)\s+time\s*:?\s*\d+\s*(?:min|mins|minutes?)\.?"
    r"|listen\s+to\s+(?:this|the)\s+(?:article|story)(?:\s*[·•:|–—-]?\s*\d+(?::\d{2})?\s*(?:min|mins|minutes?)?)?"
    r"|(?:images?|photos?|picture|slide)\s+\d+\s*(?:of|/)\s*\d+"
    r"|\d+(?:[.,]\d+)?[km]?\s+(?:comments?|shares?|likes?|views?|reactions?))"
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


def _furniture(paragraph: str) -> bool:
    """Whether ``paragraph`` is one line of a page's furniture (see the module's table), maybe several
    pieces of it joined by ``|``, ``·`` or ``•`` ("By Jane Roe | Updated 2 hours ago"). Quick tests
    first: most paragraphs are prose, and fail at their first word in lower case."""
    if " " not in paragraph or len(paragraph) > _FURNITURE_MAX_LENGTH or _LINE_END.search(paragraph) is not None:
        return False  # (furniture is words: a lone word or number, a list's item, is not)
    letters = _LETTERS.findall(paragraph)
    if any(word[:1].islower() and _fold(word) not in _FURNITURE_WORDS for word in letters):
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


_CAPTION = re.compile(r"""[.!?…]["'”’]?[ \t]+\(([^()\r\n]{2,120})\)\s*$""")
_CAPTION_MAX_WORDS = 60
_QUOTE_OPENERS = ('"', "“", "„", "«", "‘", "‚")


def _paragraph_pattern(line_end: str, line_end_chars: str) -> re.Pattern[str]:
    """A paragraph, from its first non-space character to its last, over lines none of which is blank."""
    line_rest = rf"(?:[^{line_end_chars}]*\S)?"  # the rest of a line, to its last non-space character
    next_line = rf"[^\S{line_end_chars}]*{line_end}[^\S{line_end_chars}]*\S{line_rest}"
    return re.compile(rf"\S{line_rest}(?:{next_line})*")


_PARAGRAPH = _paragraph_pattern(r"(?:\r\n|\r|\n)", r"\r\n")
#: The same for a text whose lines all end with "\n" alone, as nearly all do: the regular expression
#: engine runs it several times faster (``[^\n]`` is one comparison a character, ``[^\r\n]`` a set look-up).
_PARAGRAPH_LF = _paragraph_pattern(r"\n", r"\n")

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
            ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
            ("october", "oct"), ("november", "nov"), ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?\b")
_MONTH_FIRST = re.compile(r"([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})\b")
_DAY_FIRST = re.compile(r"(\d{1,2})\s+([A-Za-z]+)\.?,?\s+(\d{4})\b")


@define(frozen=True)
class Structure:
    """What :func:`structure` found.

    Attributes:
        blocks: the blocks, in text order.
        metadata: header fields (dates as ISO ``YYYY-MM-DD``).
        warnings: header values that could not be read.
    """

    blocks: Blocks
    metadata: dict[str, str]
    warnings: tuple[str, ...] = ()


def parse_date(value: str) -> tuple[str, int] | None:
    """The ISO date at the start of ``value`` and where it ends, or ``None``.

    Reads ``2025-12-13`` (with an optional ISO time), ``Dec. 13, 2025``,
    ``December 13, 2025`` and ``13 December 2025``.
    """
    match = _ISO_DATE.match(value)
    if match:
        parts = (int(match.group(1)), int(match.group(2)), int(match.group(3)))
    elif match := _MONTH_FIRST.match(value):
        parts = (int(match.group(3)), _MONTHS.get(match.group(1).lower(), 0), int(match.group(2)))
    elif match := _DAY_FIRST.match(value):
        parts = (int(match.group(3)), _MONTHS.get(match.group(2).lower(), 0), int(match.group(1)))
    else:
        return None
    try:
        return datetime.date(*parts).isoformat(), match.end()
    except ValueError:
        return None


def structure(text: str, name: str) -> Structure:
    """Header fields and classified paragraph blocks of ``text`` (the input called ``name``)."""
    header, metadata, warnings, body_start = _header(text, name)
    return Structure(Blocks(chain(header, _body(text, body_start))), metadata, tuple(warnings))


def _body(text: str, start: int) -> Iterator[Block]:
    """The paragraph blocks from ``start``, each made as it is kept (:class:`~docdelta.Blocks`)."""
    links = False  # under a heading of related links, until a paragraph that is no link
    for index, paragraph in enumerate(_paragraphs(text, start)):
        words = paragraph.group()
        if links and _a_link(words):
            kind, attrs = "related-link", {}
        else:
            kind, attrs = _classify(words, first=index == 0)
            links = kind == "related-link" and _RELATED_HEADING.fullmatch(words) is not None
        yield Block(kind, Span(*paragraph.span()), ignored=kind in IGNORED_KINDS, attrs=attrs)


def _a_link(paragraph: str) -> bool:
    """Whether a paragraph under a heading of related links is one of them: a headline, not a sentence."""
    return (
        _LINE_END.search(paragraph) is None
        and not paragraph.rstrip().endswith((".", "!", ":", ";", '"', "”", "’", ")"))
        and not paragraph.startswith(_QUOTE_OPENERS)
        and len(paragraph.split()) <= _LINK_MAX_WORDS
    )


def _lines(text: str, start: int) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each line from ``start``, line ends left out."""
    position = start
    for match in _LINE_END.finditer(text, start):
        yield position, match.start()
        position = match.end()
    if position < len(text):
        yield position, len(text)


def _header(text: str, name: str) -> tuple[list[Block], dict[str, str], list[str], int]:
    """Header blocks, metadata, warnings, and where the body starts."""
    blocks: list[Block] = []
    metadata: dict[str, str] = {}
    warnings: list[str] = []
    body_start = 0
    for line_start, line_end in _lines(text, 0):
        line = text[line_start:line_end]
        if not line.strip():
            continue
        field_start = line_start + len(line) - len(line.lstrip())
        field = _header_field(text[field_start:line_end])
        if field is None:
            break
        key, value, field_length = field
        if key in DATE_KEYS:
            date = parse_date(value)
            if date is None:
                warnings.append(f"{name}: header field '{key}' holds '{value}', not a date I can read; kept as written")
            else:
                value = date[0]
        metadata.setdefault(key, value)
        blocks.append(Block("header", Span(field_start, field_start + field_length), ignored=True, attrs={"key": key}))
        if field_start + field_length < line_end:  # the line goes on with the story's first words
            return blocks, metadata, warnings, field_start + field_length
        body_start = line_end
    return blocks, metadata, warnings, body_start


def _header_field(line: str) -> tuple[str, str, int] | None:
    """``(key, value, length of the field)`` when ``line`` (stripped at the left) is a header field.

    A colon-less date field ends with its date; the line may go on with other text.
    """
    match = _HEADER_COLON.match(line)
    if match:
        return match.group(1).lower(), match.group(2), match.end(2)
    match = _HEADER_BARE.match(line)
    if match is None:
        return None
    key, value = match.group(1), match.group(2)
    if key not in DATE_KEYS:
        return key, value, match.end(2)
    date = parse_date(value)
    if date is None:
        return None
    return key, value[: date[1]], match.start(2) + date[1]


def _paragraphs(text: str, start: int) -> Iterator[re.Match[str]]:
    """The blank-line separated paragraphs from ``start``, surrounding whitespace left out."""
    return (_PARAGRAPH if "\r" in text else _PARAGRAPH_LF).finditer(text, start)


def _classify(paragraph: str, *, first: bool) -> tuple[str, dict[str, str]]:
    """The kind of a paragraph (see the module's table) and its attributes."""
    if _RELATED.match(paragraph) or _RELATED_HEADING.fullmatch(paragraph):
        return "related-link", {}
    if _FEED_FOOTER.search(paragraph):
        return "feed-footer", {}
    # The quick tests first: splitting the paragraph into words costs more than any other test here.
    if _may_be_boilerplate(paragraph) and len(paragraph.split()) <= _BOILERPLATE_MAX_WORDS:
        if _BOILERPLATE.search(paragraph):
            return "boilerplate", {}
    if _furniture(paragraph):
        return "furniture", {}
    # A caption ends with the ")" of its credit.
    if paragraph.rstrip().endswith(")") and _LINE_END.search(paragraph) is None:
        caption = _CAPTION.search(paragraph)
        if caption and len(paragraph.split()) <= _CAPTION_MAX_WORDS:
            return "caption", {"credit": caption.group(1).strip()}
    if paragraph.startswith(_QUOTE_OPENERS):
        return "quote", {}
    return ("standfirst" if first else "paragraph"), {}


def _may_be_boilerplate(paragraph: str) -> bool:
    """False when ``_BOILERPLATE`` cannot match ``paragraph``; many times quicker than its search.

    Each branch of the pattern needs one of these words (the first five where the paragraph starts),
    in some letter case, and lower-casing gives their letters back; but the pattern also reads "ı"
    and "İ" as "i" and "ſ" as "s".
    """
    lowered = paragraph.lower()
    return (
        lowered.lstrip().startswith(("©", "(c)", "copyright", "support", "become"))
        or "rights reserved" in lowered
        or "subscribe" in lowered
        or "sign up" in lowered
        or "follow us on" in lowered
        or (not paragraph.isascii() and ("ı" in paragraph or "İ" in paragraph or "ſ" in paragraph))
    )
