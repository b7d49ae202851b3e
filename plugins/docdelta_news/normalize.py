"""The news plugin's normalizers: differences a newsroom does not count as changes.

Each maps the text of one token (a word, a punctuation mark, a whitespace run) to
the text it is compared as; reports still quote the original. They run in the
order of :data:`NORMALIZERS`, each on what the one before returned.
"""

from __future__ import annotations

import re
import unicodedata

from docdelta import Normalizer

__all__ = ["NORMALIZERS"]

#: Soft hyphen, zero-width space, non-joiner and joiner, word joiner, zero-width no-break space, direction marks.
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff\u200e\u200f]")
#: No-break, en/em/thin/hair and other fixed-width spaces, ogham and ideographic space.
_ODD_SPACES = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_SINGLE_QUOTES = re.compile("[\u2018\u2019\u201a\u201b\u02bc\u2032]")
_DOUBLE_QUOTES = re.compile("[\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033\u301d\u301e]")
#: Hyphens, figure/en/em dashes, horizontal bar, minus sign, small and full-width hyphen-minus.
_DASHES = re.compile("[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]")
_DASH_RUN = re.compile("-{2,}")
_LINE_BREAK = re.compile("\r\n|[\n\r\v\f\x85\u2028\u2029]")


def unicode_forms(token: str) -> str:
    return unicodedata.normalize("NFKC", token)


def quotes(token: str) -> str:
    return _DOUBLE_QUOTES.sub('"', _SINGLE_QUOTES.sub("'", token))


def dashes(token: str) -> str:
    return _DASH_RUN.sub("-", _DASHES.sub("-", token))


def ellipsis(token: str) -> str:
    return token.replace("\u2026", "...")


def spaces(token: str) -> str:
    return _ODD_SPACES.sub(" ", token)


def invisible(token: str) -> str:
    return _INVISIBLE.sub("", token)


def whitespace(token: str) -> str:
    # One space rather than nothing, so that a deletion keeps the space before it in the
    # redline ("said[- following talks-]"); a blank line stays a paragraph break.
    if not token.isspace():
        return token
    return "\n\n" if len(_LINE_BREAK.findall(token)) >= 2 else " "


NORMALIZERS: tuple[Normalizer, ...] = (
    Normalizer(
        "invisible",
        invisible,
        "Ignore zero-width characters, soft hyphens and direction marks ('Bela\\u00adrus' is 'Belarus').",
    ),
    Normalizer(
        "unicode", unicode_forms, "Compare Unicode compatibility forms alike (NFKC: 'ﬁ' is 'fi', '２' is '2')."
    ),
    Normalizer("spaces", spaces, "Compare no-break, thin and other odd spaces as a plain space."),
    Normalizer("quotes", quotes, "Compare typographic quotes and apostrophes (’ ‘ “ ” « ») as ' and \"."),
    Normalizer("dashes", dashes, "Compare hyphens, en and em dashes, minus signs and '--' as '-'."),
    Normalizer("ellipsis", ellipsis, "Compare the ellipsis character '…' as '...'."),
    Normalizer(
        "whitespace",
        whitespace,
        "Compare whitespace runs as one space, or as one paragraph break when they hold a blank line "
        "(CRLF, LF and CR alike; rewrapped lines compare equal).",
    ),
    Normalizer("casefold", str.casefold, "Compare without regard to letter case.", default=False),
)
