"""Truncated versions: a feed item or summary that is the first part of the article.

When one document ends in a truncation marker (``…``, ``...``, ``Read more``,
``Continue reading``) or stops in the middle of a sentence that the other one
finishes, the changes past the last text both share are not hundreds of deleted
words but text "beyond the shorter text": they keep their op and get ``beyond=True``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from attrs import evolve

from docdelta.model import Document, Edit

__all__ = ["mark_beyond", "is_truncated"]

_MARKER = re.compile(
    r"(?:…|\.{3}|\[(?:…|\.{3})\]|read more|continue reading|read the (?:full|whole) (?:story|article)|full story)"
    r"[\W_]*\Z",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?…:;\"'”’)\]]\s*\Z")


def _live_end(document: Document) -> int:
    """Where the compared text ends: after the last block not ignored (or the whole text)."""
    if not document.blocks:
        return len(document.text.rstrip())
    last_live = next((block for block in reversed(document.blocks) if not block.ignored), None)
    return 0 if last_live is None else last_live.span.end


def is_truncated(document: Document) -> bool:
    """True when the compared text ends in a truncation marker or without ending its sentence."""
    text = document.text[: _live_end(document)].rstrip()
    return bool(text) and (_MARKER.search(text[-40:]) is not None or _SENTENCE_END.search(text) is None)


def mark_beyond(edits: Sequence[Edit], old: Document, new: Document) -> list[Edit]:
    """``edits`` with ``beyond=True`` on the changes past the cut, when one side is truncated."""
    old_end, new_end = _live_end(old), _live_end(new)
    if old_end < new_end and is_truncated(old):
        short_side = "old"
    elif new_end < old_end and is_truncated(new):
        short_side = "new"
    else:
        return list(edits)
    equal = [edit for edit in edits if edit.op == "equal" and edit.move is None]
    if not equal:
        return list(edits)
    cut_old = max(edit.old.end for edit in equal)
    cut_new = max(edit.new.end for edit in equal)
    short_tail = (old.text[cut_old:old_end] if short_side == "old" else new.text[cut_new:new_end]).strip()
    # Past the shared text, the shorter one may hold its marker and one cut word ("warming of rel…").
    if len(_MARKER.sub("", short_tail).split()) > 1:
        return list(edits)  # the shorter text goes on past what it shares: not a cut
    return [
        evolve(edit, beyond=True)
        if (edit.op == "delete" and edit.old.start >= cut_old) or (edit.op == "insert" and edit.new.start >= cut_new)
        else edit
        for edit in edits
    ]
