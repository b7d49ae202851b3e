"""Control characters shown as symbols, so that a document's text never drives the screen it is shown on.

An escape sequence can move a terminal's cursor, clear its screen or retitle its window;
a bidirectional override or isolate reorders the letters a reader sees ("Trojan Source").
Every renderer that shows document text to people passes it through :func:`visible_controls`.
"""

from __future__ import annotations

import re

__all__ = ["visible_controls"]

# C0 and C1 controls but tab, line feed and carriage return; DEL; the line and paragraph separators;
# the bidirectional overrides and isolates.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_C0_PICTURES = 0x2400  # U+2400..U+241F picture the C0 controls in order: ␀ for NUL, ␛ for ESC
_DEL_PICTURE = "␡"


def _symbol(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(_C0_PICTURES + code)
    if code == 0x7F:
        return _DEL_PICTURE
    return f"<U+{code:04X}>"  # C1 controls and bidi marks have no pictures: their code point, readable


def visible_controls(text: str) -> str:
    """``text`` with its control characters replaced by visible symbols.

    C0 controls become the Unicode control pictures (``␛`` for ESC, ``␇`` for BEL, ``␀`` for NUL),
    DEL becomes ``␡``; C1 controls, the line and paragraph separators (U+2028, U+2029: a line
    break to some readers and whitespace to none of Markdown's, so they unsettle its emphasis) and
    the bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069) become their code
    point, as in ``<U+202E>``. Tab, line feed and carriage return are kept: they lay the text out,
    and each format shows them as its own tab and line breaks.

    The result can be longer than ``text``, so offsets into ``text`` do not hold in it: cut the
    text at a report's spans first, then make each piece visible. Escape the result for the output
    format afterwards (``<U+202E>`` holds ``<`` and ``>``).
    """
    return _CONTROL.sub(_symbol, text)
