"""The news plugin's normalizers: differences a newsroom does not count as changes.

Each maps the text of one token (a word, a punctuation mark, a whitespace run) to
the text it is compared as; reports still quote the original. They run in the
order of :data:`NORMALIZERS`, each on what the one before returned.

They run on every distinct token of a comparison, so those that only change characters
outside ASCII return an ASCII token (most tokens of English text) at once.
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


def unicode_forms(token: str) -> str:
    return token if token.isascii() else unicodedata.normalize("NFKC", token)


def quotes(token: str) -> str:
    return token if token.isascii() else _DOUBLE_QUOTES.sub('"', _SINGLE_QUOTES.sub("'", token))


def dashes(token: str) -> str:
    if token.isascii() and "--" not in token:
        return token
    return _DASH_RUN.sub("-", _DASHES.sub("-", token))


def ellipsis(token: str) -> str:
    return token.replace("\u2026", "...")


def spaces(token: str) -> str:
    return token if token.isascii() else _ODD_SPACES.sub(" ", token)


def invisible(token: str) -> str:
    return token if token.isascii() else _INVISIBLE.sub("", token)


def whitespace(token: str) -> str:
    # Nothing rather than one space: the whitespace around a paragraph (a final line end, the
    # blank lines before an ignored feed footer) is no change; a paragraph that splits or
    # joins still shows, as blocks.
    return "" if token.isspace() else token


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
        "Ignore how words are spaced: space runs, line ends (CRLF, LF, CR), rewrapped lines "
        "and a final line end (paragraphs that split or join still show).",
    ),
    Normalizer("casefold", str.casefold, "Compare without regard to letter case.", default=False),
)
