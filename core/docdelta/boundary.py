"""What the plugin host checks in what plugin code hands back, and in what it hands plugin code.

Findings: :class:`~docdelta.Finding`'s validators check each field's type when a plugin makes
one; the host checks them again on receipt (a plugin can get round them with
``object.__setattr__``) and checks that every span lies inside its document, which only the
host knows. Shared data: the documents, the comparison and the report are frozen, but
``object.__setattr__`` still changes them; the host notes which object each of their fields
holds before plugin code gets them and compares after (identities only: a handful of
``getattr`` per call, whatever the size of the documents), so a change is named and undone,
not carried silently into the rest of the report. Objects nested deeper (an ``Edit``, a
``Span``) are not watched: comparing them all after each call would cost a pass over the diff.
"""

from __future__ import annotations

from typing import Any

import attrs

from docdelta.model import Document, Finding, Span

__all__ = ["FrozenState", "changed_fields", "finding_problem", "frozen_state", "restore"]


def finding_problem(finding: Finding, old_text: str, new_text: str) -> str | None:
    """What is wrong with ``finding`` as a finding about these two texts, if anything."""
    try:
        attrs.validate(finding)
    except (TypeError, ValueError) as exc:
        return str(exc.args[0]) if exc.args else type(exc).__name__
    for side, spans, text in (("old", finding.old_spans, old_text), ("new", finding.new_spans, new_text)):
        for span in spans:
            problem = _span_problem(span, len(text))
            if problem is not None:
                return f"{side} span {problem} of the {side} document ({len(text)} characters)"
    return None


def _span_problem(span: Span, length: int) -> str | None:
    start, end = span.start, span.end
    if type(start) is not int or type(end) is not int:
        return f"[{start!r}, {end!r}) is not a pair of whole numbers"
    if not 0 <= start <= end <= length:
        return f"[{start}, {end}) lies outside the text"
    return None


#: (object, field name, the object the field held), for each watched field.
FrozenState = tuple[tuple[Any, str, Any], ...]


def frozen_state(root: Any) -> FrozenState:
    """What each field of ``root`` (an attrs instance) and of the documents among its fields holds."""
    own = _fields(root)
    return own + tuple(entry for _, _, value in own if isinstance(value, Document) for entry in _fields(value))


def _fields(owner: Any) -> FrozenState:
    return tuple((owner, field.name, getattr(owner, field.name)) for field in attrs.fields(type(owner)))


def changed_fields(state: FrozenState) -> list[str]:
    """The fields (``Comparison.edits``, ``Document.text``) that hold another object than when ``state`` was taken."""
    return [f"{type(owner).__name__}.{name}" for owner, name, value in state if getattr(owner, name) is not value]


def restore(state: FrozenState) -> None:
    """Put back what each field held when ``state`` was taken (the classes are frozen: through ``object.__setattr__``)."""
    for owner, name, value in state:
        if getattr(owner, name) is not value:
            object.__setattr__(owner, name, value)
