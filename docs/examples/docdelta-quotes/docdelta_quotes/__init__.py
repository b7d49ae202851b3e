"""Direct quotations and who said them: added, removed, reworded or re-attributed.

A quotation is text between double quotes (straight ``"…"`` or curly ``“…”``) of at
least ``quotes-min-words`` words; shorter ones ("fair price") are scare quotes. Its
speaker comes from the attribution after it (``"…," Cole said``, ``"…," said Cole``,
``"…," Khomich told reporters``), else before it (``Cole said: "…"``), else from the
quotation it continues in the same paragraph. A pronoun (``he said``) stands for the
last speaker named before it. Speakers are compared by surname, so ``John Cole`` and
``Cole`` are one person.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Mapping
from difflib import SequenceMatcher
from typing import Any

from attrs import define

from docdelta import Check, Comparison, Document, Finding, OptionParser, Span, hookimpl

__all__ = ["Quote", "find_quotes", "compare_quotes"]

_QUOTATION = re.compile(r"“(?P<curly>[^”\n]+)”|\"(?P<straight>[^\"\n]+)\"")
_VERB = r"(?:said|says|told|added|asked|wrote|stated|explained|noted|replied)"
#: A given name and a surname at most: in "envoy to Minsk John Cole" the place is not part of the name.
_NAME = r"(?:[A-Z][\w’'.-]*\s+)?[A-Z][\w’'-]*"
_PRONOUN = r"(?:he|she|they|He|She|They)"
#: An attribution is short and holds no other quotation; it may hold abbreviations (``U.S. envoy John Cole``).
_AFTER = re.compile(rf"^[\s,]*(?:(?P<who>[^\"“”!?]{{0,80}}?)\s+{_VERB}\b|{_VERB}\s+(?P<inverted>{_NAME}))")
_BEFORE = re.compile(rf"(?P<who>[^\"“”!?]{{0,80}}?)\s+{_VERB}(?:\s+\w+)?\s*[:,]\s*$")
_TRAILING_NAME = re.compile(rf"(?:{_NAME}|{_PRONOUN})$")
_WORD = re.compile(r"\w+")
#: Two quotations are the same one reworded from this share of common words.
REWORDED_AT = 0.6


@define(frozen=True)
class Quote:
    """One quotation in a document.

    Attributes:
        text: the words between the quote marks, as written.
        span: where those words stand in the document's text.
        speaker: the name as written (``John Cole``), or ``None`` when unattributed.
    """

    text: str
    span: Span
    speaker: str | None

    @property
    def surname(self) -> str | None:
        return self.speaker.split()[-1] if self.speaker else None


def _words(text: str) -> list[str]:
    return _WORD.findall(unicodedata.normalize("NFKC", text).casefold())


def _speaker_in(phrase: str) -> str | None:
    """The name (or pronoun) that ends an attribution phrase: ``U.S. envoy John Cole`` gives ``John Cole``."""
    match = _TRAILING_NAME.search(phrase.strip())
    return match.group(0) if match else None


def find_quotes(document: Document, min_words: int = 3) -> list[Quote]:
    """The quotations in ``document``, in text order, with their speakers resolved."""
    quotes: list[Quote] = []
    last_named: str | None = None
    for block in document.blocks:
        if block.ignored:
            continue
        text = document.block_text(block)
        previous: Quote | None = None
        for match in _QUOTATION.finditer(text):
            words = match.group("curly") or match.group("straight")
            start = block.span.start + match.start() + 1
            if len(_words(words)) < min_words:
                continue
            after = _AFTER.match(text[match.end() :])
            before = _BEFORE.search(text[: match.start()])
            if after and after.group("inverted"):
                speaker = after.group("inverted")
            elif after:
                speaker = _speaker_in(after.group("who"))
            elif before:
                speaker = _speaker_in(before.group("who"))
            else:
                speaker = previous.speaker if previous else None
            if speaker is not None and re.fullmatch(_PRONOUN, speaker):
                speaker = last_named
            elif speaker is not None:
                last_named = speaker
            previous = Quote(words, Span(start, start + len(words)), speaker)
            quotes.append(previous)
    return quotes


def _similarity(old: Quote, new: Quote) -> float:
    return SequenceMatcher(None, _words(old.text), _words(new.text), autojunk=False).ratio()


def _record(quote: Quote) -> dict[str, Any]:
    return {"text": quote.text, "speaker": quote.speaker}


def _finding(kind: str, severity: str, message: str, old: Quote | None, new: Quote | None) -> Finding:
    return Finding(
        check="quotes",
        kind=kind,
        severity=severity,
        message=message,
        old_spans=[old.span] if old else [],
        new_spans=[new.span] if new else [],
        data={"old": _record(old) if old else None, "new": _record(new) if new else None},
        factual=kind in ("quote-reworded", "quote-reattributed"),
    )


def _short(quote: Quote) -> str:
    words = quote.text.rstrip(",.;:").split()
    return " ".join(words[:8]) + (" …" if len(words) > 8 else "")


def _who(quote: Quote) -> str:
    return quote.speaker or "unattributed"


def compare_quotes(old: list[Quote], new: list[Quote]) -> Iterator[Finding]:
    """Pair each old quotation with the most similar new one, then say what became of it."""
    unmatched = dict(enumerate(new))
    for before in old:
        scored = [(_similarity(before, after), -index) for index, after in unmatched.items()]
        best = max(scored, default=(0.0, 0))
        if best[0] < REWORDED_AT:
            yield _finding("quote-removed", "medium", f"quote removed ({_who(before)}): “{_short(before)}”", before, None)
            continue
        after = unmatched.pop(-best[1])
        if before.surname != after.surname:
            yield _finding(
                "quote-reattributed", "high",
                f"quote re-attributed from {_who(before)} to {_who(after)}: “{_short(after)}”", before, after,
            )  # fmt: skip
        elif _words(before.text) != _words(after.text):
            yield _finding("quote-reworded", "high", f"quote reworded ({_who(after)}): “{_short(after)}”", before, after)
        else:
            yield _finding("quote-kept", "info", f"quote kept ({_who(after)}): “{_short(after)}”", before, after)
    for after in unmatched.values():
        yield _finding("quote-added", "medium", f"quote added ({_who(after)}): “{_short(after)}”", None, after)


def check_quotes(comparison: Comparison) -> Iterator[Finding]:
    min_words = _min_words(comparison.options)
    yield from compare_quotes(find_quotes(comparison.old, min_words), find_quotes(comparison.new, min_words))


def _min_words(options: Mapping[str, Any]) -> int:
    return int(options.get("quotes-min-words", 3))


@hookimpl
def docdelta_addoption(parser: OptionParser) -> None:
    parser.add_option("quotes-min-words", default=3, help="shortest quotation to report, in words (shorter ones are scare quotes)")


@hookimpl
def docdelta_register_checks(register) -> None:
    register(Check("quotes", check_quotes, "Direct quotations added, removed, reworded or re-attributed."))
