"""Deleted and inserted text marked in Markdown so that the marks survive where raw HTML does not.

Many renderers drop raw HTML (cmark-gfm's safe default, chat tools): ``<del>`` and ``<ins>``
would vanish there, and the deleted words would read as if they were still in the text. So
by default a deletion is ``~~struck~~`` and an insertion ``**strong**``, GitHub-flavoured
Markdown's own syntax. ``critic`` writes CriticMarkup (``{--deleted--}``, ``{++inserted++}``),
which reads as it is in any renderer; ``html`` writes ``<del>`` and ``<ins>``.

Emphasis delimiters only work where CommonMark's flanking rules let them open and close: not
next to whitespace inside, and not between a letter outside and a punctuation mark inside
(``word**, more**``). Whitespace at a change's ends is moved outside its marks, and where a
letter meets a punctuation mark a zero-width space (``&#8203;``) is put between them: a
punctuation character in the source (``;``) that the reader never sees.
"""

from __future__ import annotations

import string
import unicodedata
from collections.abc import Sequence

__all__ = ["STYLES", "LEGENDS", "mark_line"]

_MARKS = {
    "gfm": {"delete": ("~~", "~~"), "insert": ("**", "**")},
    "critic": {"delete": ("{--", "--}"), "insert": ("{++", "++}")},
    "html": {"delete": ("<del>", "</del>"), "insert": ("<ins>", "</ins>")},
}
#: The styles of ``--markdown-marks``, the default first.
STYLES = tuple(_MARKS)
#: The redline's legend in each style.
LEGENDS = {
    style: f"*Legend:* {marks['delete'][0]}deleted{marks['delete'][1]} · {marks['insert'][0]}inserted{marks['insert'][1]}"
    " · ⇄ moved · ⊘ ignored"
    for style, marks in _MARKS.items()
}
_ZERO_WIDTH_SPACE = "&#8203;"
_LETTER = "a"

#: ``(op, markdown)``: ``op`` is ``delete`` or ``insert`` for marked text, else ``None``.
Part = tuple[str | None, str]


def _is_punctuation(char: str) -> bool:
    # As cmark-gfm (GitHub) has it: ASCII punctuation and Unicode's P* categories. CommonMark 0.31
    # counts symbols (S*) too; for a parser that does, the zero-width space a symbol leads to here
    # is one it did not need, and harmless.
    return char in string.punctuation or unicodedata.category(char)[0] == "P"


def _is_blank(char: str | None) -> bool:
    return char is None or char.isspace()


def mark_line(parts: Sequence[Part], style: str) -> str:
    """One physical line of the redline: ``parts`` in order, the marked ones wrapped in ``style``'s marks."""
    merged: list[list] = []
    for op, text in parts:
        if merged and merged[-1][0] == op:
            merged[-1][1] += text
        elif text:
            merged.append([op, text])
    if style != "gfm":
        return "".join(
            text if op not in ("delete", "insert") else _MARKS[style][op][0] + text + _MARKS[style][op][1]
            for op, text in merged
        )
    # Each item: plain text (None, text) or a marked core (op, text) whose ends are not blank.
    items: list[Part] = []
    for op, text in merged:
        core = text.strip()
        if op not in ("delete", "insert") or not core:
            items.append((None, text))
            continue
        start = text.index(core)
        items += [(None, text[:start]), (op, core), (None, text[start + len(core) :])]
    items = [(op, text) for op, text in items if text]
    out: list[str] = []
    for index, (op, text) in enumerate(items):
        if op is None:
            out.append(text)
            continue
        opening, closing = _MARKS["gfm"][op]
        # Another mark's delimiter next to this one counts as a letter: cmark-gfm does not
        # treat `~` as punctuation next to `**`, so `~~a~~**"b"**` would not open.
        before = None if index == 0 else _LETTER if items[index - 1][0] else items[index - 1][1][-1]
        if _is_punctuation(text[0]) and not _is_blank(before) and not _is_punctuation(before):
            out.append(_ZERO_WIDTH_SPACE)
        out += [opening, text, closing]
        after = None if index + 1 == len(items) else _LETTER if items[index + 1][0] else items[index + 1][1][0]
        if _is_punctuation(text[-1]) and not _is_blank(after) and not _is_punctuation(after):
            out.append(_ZERO_WIDTH_SPACE)
    return "".join(out)
