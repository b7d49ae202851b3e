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
``furniture``      one line of a web page's furniture (:mod:`docdelta_news.furniture`): a
                   byline, a time stamp (``Updated 2 hours ago``), ``3 min read``, a wire's
                   credits
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
import re
from collections.abc import Iterator
from itertools import chain

from attrs import define

from docdelta import Block, Blocks, Span
from docdelta_news.furniture import is_furniture

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
    first = True  # no paragraph of the story yet (a byline, a link before it are none)
    for paragraph in _paragraphs(text, start):
        written = paragraph.group()
        if links and _a_link(written):
            kind, attrs = "related-link", {}
        else:
            kind, attrs = _classify(written, first=first)
            links = kind == "related-link" and _RELATED_HEADING.fullmatch(written) is not None
        first = first and kind in IGNORED_KINDS
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
    if is_furniture(paragraph):
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
