"""Numeric claims: every number each document states, paired across the two, with a status.

The check ``numeric-claims`` reads the claims of each document's compared blocks
(:mod:`docdelta_claims.extract`), pairs them by value, subject and what each is about
(:mod:`docdelta_claims.frame`, :mod:`docdelta_claims.match`) and emits **one finding per claim or pair of claims**,
whatever its status, so reports can show a full claims table. The data contract, which
the renderers and the series/matrix features rely on::

    Finding(check="numeric-claims", kind="claim", severity=..., message="<one line>",
            old_spans=[span of the claim in OLD] or [], new_spans=[span in NEW] or [],
            factual=status in ("changed", "differs", "added", "removed"),
            data={
                "status": "same" | "compatible" | "differs" | "changed" | "removed" | "added",
                "subject": "political prisoners",   # lower-case as written; "" if none
                "category": "count" | "percent" | "money" | "year" | "date" | "clock"
                            | "duration" | "ordinal" | "measure" | "age",
                "old": None | <claim record>,
                "new": None | <claim record>,
                "evidence": None | <evidence>,   # for "changed" and "differs" only
            })

Statuses: ``same`` (equal values), ``compatible`` (values that can both be true: ``over 100``
and ``123``), ``changed`` (one quantity, values that cannot both be true, or two bounds of one
kind that differ: ``at least 632`` dead, later ``at least 2,012``), ``differs`` (values that
differ for what may be one quantity: the two claims' frames agree in part and conflict
nowhere, too little to say ``changed``), ``removed`` (OLD only), ``added`` (NEW only).

A claim record is ``{"text", "value", "low", "high", "low_open", "high_open",
"qualifier", "unit", "sentence", "direction"}``:

- ``text``: the claim as written, qualifier and unit included (``over 100``, ``$5bn``, ``two days``);
- ``value``: the stated number (``int`` when whole, else ``float``); for a date an ISO string
  (``2025-12-13``, ``--12-13`` without a year, ``2025-12`` without a day, ``--06`` a month alone,
  ``--09-20/24`` a span of days) or a weekday's name (``Monday``); ``None`` for a range;
- ``low``/``high``: the interval the claim allows, in ``unit`` (``None`` for an open end); an exact
  number has ``low == high == value``; ``low_open``/``high_open``: the bound itself is excluded;
- ``qualifier``: ``over``, ``more than``, ``at least``, ``under``, ``up to``, ``about``, ``nearly``,
  ``between``... as written (lower-case), or ``None``. Approximate qualifiers (``about``, ``around``,
  ``roughly``, ``approximately``, ``some``, ``an estimated``, ``close to``) allow one unit of the
  figure's last written digit either side, at most ±10 % (:data:`~docdelta_claims.extract.TOLERANCE`):
  ``about 84%`` is 83 to 85, ``about 320`` 310 to 330, ``about 100`` 90 to 110 (a last digit 5 is
  a rounding to fives: ``about 1,050`` is 1,000 to 1,100); ``nearly``/``almost``
  allow 10 % below, up to the value excluded;
- a share written in words (``half of``, ``a third of``) is a ``percent`` claim: ``value`` 50 or
  33.3, ``low``/``high`` the whole percents around it (33 and 34);
- ``unit``: ``%``, ``pp`` (percentage points), a currency code (``USD``), a duration unit
  (``day``), a measure unit (``km``), ``years old`` (``months old``, ``weeks old`` for a baby), or ``None``;
- ``direction``: ``up`` or ``down`` for a claim that states a change (``rose 19 cents``,
  ``fell from $2,415 to $2,315``), else ``None``;
- ``sentence``: the sentence the claim stands in (a piece of it, for a sentence longer than
  :data:`~docdelta_claims.extract.LONGEST_SENTENCE` characters: a run-on line is read in pieces).

The evidence says why two claims are taken for one quantity: ``{"matched", "aligned", "edited",
"old_frame", "new_frame"}``: ``matched`` lists the frame slots both claims fill alike (``thing``,
``predicate``, ``time``, ``place``, ``name``); ``aligned`` says they stand in blocks the diff
aligned (or in two sentences nearly the same, or the same but for their figures: one sentence
edited and moved), ``edited`` that their sentences are also alike (one sentence, edited); each frame is
``{"thing", "predicate", "times", "places", "names"}`` (:class:`~docdelta_claims.frame.Frame`).
Both sentences are in the claim records. ``paired_by`` names the pass that met the two, and a
``differs`` pair that a check made uncertain says why in ``uncertain`` (``far apart``, ``times far
apart``, ``ages far apart``...: ``docs/report.schema.json``); the claims table's "Why" column
says it in words (:func:`docdelta_claims.sections.why`).

Claims are paired one-to-one, from the safest evidence to the boldest: equal values in blocks
the diff aligned, equal values for the same subject anywhere, any values for the same subject in
aligned blocks, compatible values for the same subject, and last claims left alone on both sides
whose frames agree (see :mod:`docdelta_claims.match`). Two values that differ are ``changed``
only where the alignment pairs them (one sentence, edited) or their frames agree in the counted
thing or the predicate and one more slot, with no explicit time on one side only; ``differs``
where the frames agree in part; and never where their explicit times differ, their predicates
differ (freed / still held) or they name other people or places.

What people see of it, the claims table, the claims timeline of a series and the claim matrix of
``--matrix``, the plugin contributes as sections (:mod:`docdelta_claims.sections`).

Severities: ``changed`` → ``high``; ``added``/``removed``/``differs`` → ``medium``;
``compatible`` → ``low``; ``same`` → ``info``. Findings come changed first, then removed,
added, differs, compatible and same, each group in text order. Blocks marked ``ignored`` are
not read.
"""

from __future__ import annotations

from collections.abc import Iterator

from docdelta import Check, Comparison, Finding, Report, Section, SeriesReport, hookimpl
from docdelta_claims.extract import (
    STEPS_PER_CLAIM,
    TOLERANCE,
    Claim,
    SentenceCache,
    category_label,
    document_claims,
    joined_terms,
    text_claims,
)
from docdelta_claims.match import Pairing, pair_claims

__all__ = ["SEVERITY", "TOLERANCE", "Claim", "check_claims", "document_claims", "joined_terms", "text_claims"]

#: The severity of a claim finding, by status (also the tone its badge is drawn in).
SEVERITY = {
    "changed": "high",
    "added": "medium",
    "removed": "medium",
    "differs": "medium",
    "compatible": "low",
    "same": "info",
}


def check_claims(comparison: Comparison) -> Iterator[Finding]:
    """One ``claim`` finding per claim of either document, paired where the two agree on what it counts."""
    cache: SentenceCache = {}
    budget = comparison.options.get("work-budget")
    limit = None if budget is None else max(1, budget // STEPS_PER_CLAIM)
    old_claims = document_claims(comparison.old, cache, None if limit is None else limit + 1)
    new_claims = document_claims(comparison.new, cache, None if limit is None else limit + 1)
    if limit is not None and max(len(old_claims), len(new_claims)) > limit:
        yield _read_in_part(budget, limit, [len(old_claims) > limit, len(new_claims) > limit])
        old_claims, new_claims = old_claims[:limit], new_claims[:limit]
    old_claims, new_claims = joined_terms(old_claims), joined_terms(new_claims)
    # Only pairs of blocks that both hold claims can pair claims: a million paragraphs without a
    # number make no set of a million pairs.
    old_blocks, new_blocks = {c.block for c in old_claims}, {c.block for c in new_claims}
    aligned = {(p.old, p.new) for p in comparison.pairs if p.old in old_blocks and p.new in new_blocks}
    equal = [(e.old.start, e.new.start, e.old.length) for e in comparison.edits if e.op == "equal" and e.old.length == e.new.length]
    for pairing in pair_claims(old_claims, new_claims, aligned, equal, (comparison.old, comparison.new)):
        yield _finding(pairing)


def _read_in_part(budget: int, limit: int, partial: list[bool]) -> Finding:
    """The notice that a document held more claims than the work budget lets the check read."""
    sides = [side for side, cut in zip(("old", "new"), partial, strict=True) if cut]
    return Finding(
        check="numeric-claims",
        kind="work-budget",
        severity="medium",
        message=f"work budget of {budget:,} steps exceeded: claims read from the first {limit:,} numbers of the "
        f"{' and '.join(sides)} text only ({STEPS_PER_CLAIM:,} steps a claim); raise --work-budget to check them all",
        factual=False,
        data={"limit": limit, "work_budget": budget, "documents": sides},
    )


def _finding(pairing: Pairing) -> Finding:
    old, new = pairing.old, pairing.new
    either = new or old
    assert either is not None
    subject = (new.subject if new else "") or (old.subject if old else "")
    return Finding(
        check="numeric-claims",
        kind="claim",
        severity=SEVERITY[pairing.status],
        message=_message(pairing.status, subject or category_label(either.category), old, new),
        old_spans=[old.span] if old else [],
        new_spans=[new.span] if new else [],
        factual=pairing.status in ("changed", "differs", "added", "removed"),
        data={
            "status": pairing.status,
            "subject": subject,
            "category": either.category,
            "old": old.record() if old else None,
            "new": new.record() if new else None,
            "evidence": pairing.evidence,
        },
    )


def _message(status: str, label: str, old: Claim | None, new: Claim | None) -> str:
    if old and new:
        values = old.text if old.text == new.text else f"{old.text} → {new.text}"
    else:
        values = (old or new).text  # type: ignore[union-attr]
    return " ".join(f"{label}: {values} ({status})".split())


@hookimpl
def docdelta_register_checks(register):
    register(Check("numeric-claims", check_claims, "Numbers each document states, paired; changed ones first."))


@hookimpl
def docdelta_report_sections(report: Report) -> list[Section] | None:
    """The claims table, in the place of the ``numeric-claims`` findings (:mod:`docdelta_claims.sections`)."""
    from docdelta_claims.sections import claims_section  # imported when a report is shown

    section = claims_section(report)
    return None if section is None else [section]


@hookimpl
def docdelta_series_sections(series: SeriesReport) -> list[Section]:
    """The claims timeline of a series, or the claim matrix of ``--matrix``."""
    from docdelta_claims.sections import series_sections

    return series_sections(series)
