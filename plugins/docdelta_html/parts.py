"""A marked piece of the redline cut into the parts a highlight covers.

An ``<ins>`` or ``<del>`` (or a moved stretch) is a padded, coloured inline box. Over a
paragraph break it would colour the empty lines between paragraphs as slivers of padding,
and at a line's end a leading or trailing space shows as a sliver too. So each paragraph of
the piece gets its own element, and the whitespace at its ends stays outside, unmarked.
Text that is nothing but whitespace stays whole: it is the change itself (an inserted
paragraph break), and the page shows it with a visible mark.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from attrs import define

__all__ = ["Part", "marked_parts"]

_WHITESPACE = re.compile(r"\s+")


@define(frozen=True)
class Part:
    """Unmarked whitespace (``marked`` false), or a stretch to mark with its anchors
    (``(offset, id)``, offsets into ``text``); ``first`` for the piece's first marked part."""

    text: str
    marked: bool
    anchors: tuple[tuple[int, str], ...] = ()
    first: bool = False


def marked_parts(text: str, anchors: Sequence[tuple[int, str]] = ()) -> list[Part]:
    """``text`` as :class:`Part` objects: marked stretches between paragraph breaks, the whitespace at their ends apart."""
    if not text.strip():
        return [Part(text, True, tuple(anchors), True)]
    # Cut at the ends and at whitespace holding a blank line (two line ends): maximal runs, found once.
    cuts = [
        (match.start(), match.end())
        for match in _WHITESPACE.finditer(text)
        if match.start() == 0 or match.end() == len(text) or match.group().count("\n") >= 2
    ]
    spans, at = [], 0
    for start, end in cuts:
        if start > at:
            spans.append((at, start))
        at = end
    if at < len(text):
        spans.append((at, len(text)))
    placed: list[list[tuple[int, str]]] = [[] for _ in spans]
    ends = [end for _, end in spans]
    for offset, anchor in anchors:  # an anchor in unmarked whitespace goes to the next stretch's start
        index = min(bisect_left(ends, offset), len(spans) - 1)
        start, end = spans[index]
        placed[index].append((min(max(offset - start, 0), end - start), anchor))
    parts: list[Part] = []
    at = 0
    for index, (start, end) in enumerate(spans):
        if start > at:
            parts.append(Part(text[at:start], False))
        parts.append(Part(text[start:end], True, tuple(placed[index]), index == 0))
        at = end
    if at < len(text):
        parts.append(Part(text[at:], False))
    return parts
