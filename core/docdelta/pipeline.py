"""The comparison pipeline, top to bottom: parse, normalize, diff, check, classify, summarise.

Everything here is a function of its arguments: the plugin host, the options and
the two sources. No module state.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from attrs import evolve

from docdelta.classify import SUBSTANTIVE, change_runs, classify
from docdelta.collector import collector_paused
from docdelta.engine import diff_documents
from docdelta.errors import InputError, UsageError
from docdelta.model import (
    CHANGE_CLASSES,
    SEVERITIES,
    Comparison,
    Document,
    Edit,
    Finding,
    Report,
    Source,
    Span,
    Summary,
    class_rank,
)
from docdelta.plugins import NormalizerFailed, PluginHost
from docdelta.timelimit import NormalizerProgress
from docdelta.tokens import word_count

__all__ = ["compare_sources", "compare_documents", "parse_source", "normalization_key", "filter_classes", "summarize"]


def compare_sources(host: PluginHost, options: Mapping[str, Any], old: Source, new: Source) -> Report:
    """Compare two sources with the plugins of ``host``. The heart of docdelta."""
    with collector_paused():
        return compare_documents(host, options, parse_source(host, old, options), parse_source(host, new, options))


def compare_documents(
    host: PluginHost, options: Mapping[str, Any], old_document: Document, new_document: Document
) -> Report:
    """Compare two parsed documents: normalize, diff, check, classify, summarise."""
    with collector_paused():
        return _compare(host, options, old_document, new_document)


def _compare(host: PluginHost, options: Mapping[str, Any], old_document: Document, new_document: Document) -> Report:
    warnings: list[str] = []
    failed: list[str] = []
    while True:  # ends: each round leaves out one more failed normalizer, and only included ones can fail
        progress = NormalizerProgress()
        try:
            with host.normalizers_timed(progress):
                result = diff_documents(
                    old_document,
                    new_document,
                    normalization_key(host, options, exclude=failed, progress=progress),
                    include_ignored=options["include-ignored"],
                    work_budget=options["work-budget"],
                    granularity=options["granularity"],
                )
            break
        except NormalizerFailed as failure:  # already reported by the host
            failed.append(failure.name)
    warnings.extend(result.warnings)

    comparison = Comparison(old_document, new_document, result.edits, result.pairs, result.moves, options)
    findings = host.run_checks(comparison)

    edits = classify(result.edits, old_document.text, new_document.text, findings)
    edits = filter_classes(edits, options)
    warnings[:0] = [*host.warnings, *old_document.warnings, *new_document.warnings]
    return Report(
        old=old_document,
        new=new_document,
        edits=edits,
        pairs=result.pairs,
        moves=result.moves,
        findings=findings,
        summary=summarize(edits, old_document.text, new_document.text, findings, result.similarity),
        options=options,
        plugins=host.active,
        warnings=_unique(warnings),
    )


def parse_source(host: PluginHost, source: Source, options: Mapping[str, Any]) -> Document:
    """The first plugin's document for ``source``, or the core's plain-UTF-8 fallback."""
    document = host.parse(source, options)
    document = _fallback_document(source) if document is None else document
    if document.text and not document.text.isspace():  # (no copy of a long text to find a word)
        return document
    # An empty file is a document (a story not yet written), but more often the wrong file named.
    return evolve(document, warnings=(*document.warnings, f"{source.name}: holds no text; is it the file you meant?"))


def _fallback_document(source: Source) -> Document:
    if b"\x00" in source.data and not source.is_text:  # a str given to the API is text, NULs and all
        raise InputError(f"{source.name}: looks like a binary file (it holds NUL bytes), not a text document")
    if source.is_text:  # a str is kept exactly as given (a leading U+FEFF too): report spans index it
        return Document.from_text(source.data.decode("utf-8", "surrogatepass"), name=source.name)
    try:
        text = source.data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{source.name}: is not valid UTF-8 (byte {exc.start}); convert it to UTF-8 "
            "or enable a plugin that reads its encoding"
        ) from None
    return Document.from_text(text, name=source.name)


def normalization_key(
    host: PluginHost,
    options: Mapping[str, Any],
    *,
    exclude: Sequence[str] = (),
    progress: NormalizerProgress | None = None,
) -> Callable[[str], str]:
    """The key function made of the normalizers the options switch on, in registration order.

    :param exclude: normalizers left out (those that failed in this comparison).
    :param progress: where the key notes its normalizer calls, for the time limit
        (:meth:`PluginHost.normalizers_timed`).
    """
    known = host.normalizers
    switched_on = set(options["normalizer"])
    switched_off = set(options["no-normalizer"])
    for name in sorted(switched_on | (switched_off - {"all"})):
        if name not in known:
            listing = ", ".join(known) or "none"
            raise UsageError(f"unknown normalizer '{name}' (normalizers: {listing})")
    enabled = [
        name
        for name, normalizer in known.items()
        if (normalizer.default or name in switched_on)
        and name not in switched_off
        and "all" not in switched_off
        and name not in exclude
    ]
    return host.normalization_key(enabled, progress)


def filter_classes(edits: Sequence[Edit], options: Mapping[str, Any]) -> tuple[Edit, ...]:
    """Changes below ``min-class`` or in ``ignore-class`` become unchanged text (still tiling both sides)."""
    minimum = class_rank(options["min-class"])
    ignored = set(options["ignore-class"])
    for name in sorted(ignored):
        if name not in CHANGE_CLASSES:
            raise UsageError(f"unknown change class '{name}' (classes: {', '.join(CHANGE_CLASSES)})")
    if minimum == 0 and not ignored:
        return tuple(edits)
    result: list[Edit] = []
    position = 0
    for run in change_runs(edits):
        result.extend(edits[position : run.start])
        run_edits = [edits[i] for i in run]
        change_class = run_edits[0].change_class or SUBSTANTIVE
        if class_rank(change_class) >= minimum and change_class not in ignored:
            result.extend(run_edits)
        else:
            old = Span(min(e.old.start for e in run_edits), max(e.old.end for e in run_edits))
            new = Span(min(e.new.start for e in run_edits), max(e.new.end for e in run_edits))
            result.append(Edit("equal", old, new, move=run_edits[0].move))
        position = run.stop
    result.extend(edits[position:])
    return tuple(result)


def summarize(
    edits: Sequence[Edit], old_text: str, new_text: str, findings: Sequence[Finding], similarity: float
) -> Summary:
    """Headline figures of a report."""
    added = sum(word_count(e.new.slice(new_text)) for e in edits if e.op == "insert")
    removed = sum(word_count(e.old.slice(old_text)) for e in edits if e.op == "delete")
    moved = sum(word_count(e.new.slice(new_text)) for e in edits if e.op == "equal" and e.move is not None)
    classes = Counter(edits[run.start].change_class for run in change_runs(edits))
    severities = Counter(finding.severity for finding in findings)
    return Summary(
        similarity=similarity,
        words_added=added,
        words_removed=removed,
        words_moved=moved,
        changes_by_class={name: classes.get(name, 0) for name in CHANGE_CLASSES},
        findings_by_severity={name: severities.get(name, 0) for name in SEVERITIES},
    )


def _unique(items: Sequence[str]) -> list[str]:
    return list(dict.fromkeys(items))

