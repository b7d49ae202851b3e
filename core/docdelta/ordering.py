"""The order of a series read from a folder: by date, the undated versions first, and a note saying so.

A feed's copy of a story often carries no date while the site's updates do; it is usually
the first version. Putting undated versions last would run the timeline backwards without
a word, so they come first, in the order of their names, and each says it had no date.
"""

from __future__ import annotations

from collections.abc import Sequence

from attrs import evolve

from docdelta.model import Document

__all__ = ["order_by_date"]


def order_by_date(documents: Sequence[Document]) -> list[Document]:
    """``documents`` undated first (by name), then by date and name; each undated one carries a warning."""
    undated = sorted((d for d in documents if not d.metadata.get("date")), key=lambda d: d.name)
    dated = sorted((d for d in documents if d.metadata.get("date")), key=lambda d: (str(d.metadata["date"]), d.name))
    if not dated:
        how = "no version has a date: the series is in the order of the file names"
    else:
        how = "it comes first in the series, before the dated versions (undated ones in the order of their names)"
    return [evolve(d, warnings=(*d.warnings, f"{d.name}: no date found; {how}")) for d in undated] + dated
