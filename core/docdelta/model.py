"""The data model: small immutable records that flow through the pipeline.

Every class here is a frozen attrs class. Offsets are Python string indices
(Unicode code points) into a document's original ``text``, half-open
``[start, end)``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Any, Callable, Literal

from attrs import define, field, validators

__all__ = [
    "CHANGE_CLASSES",
    "SEVERITIES",
    "Block",
    "BlockPair",
    "Check",
    "Comparison",
    "Document",
    "Edit",
    "Finding",
    "Move",
    "Normalizer",
    "Renderer",
    "Report",
    "Source",
    "Span",
    "Summary",
    "class_rank",
]

#: Change classes, from the least to the most important. ``--min-class`` uses this order.
CHANGE_CLASSES: tuple[str, ...] = ("format", "typo", "wording", "substantive", "factual")

#: Finding severities, from the least to the most important.
SEVERITIES: tuple[str, ...] = ("info", "low", "medium", "high")

EditOp = Literal["equal", "insert", "delete", "ignore"]


def class_rank(name: str) -> int:
    """The position of a change class in :data:`CHANGE_CLASSES` (``ValueError`` if unknown)."""
    return CHANGE_CLASSES.index(name)


#: One read-only empty mapping shared by every empty field: a million blocks without attrs
#: would otherwise hold a million empty dicts and proxies (some 110 bytes each).
_EMPTY: Mapping[str, Any] = MappingProxyType({})


def _frozen_mapping(value: Mapping[str, Any] | None) -> Mapping[str, Any]:
    return MappingProxyType(dict(value)) if value else _EMPTY


def as_tuple(items: Iterable[Any]) -> tuple[Any, ...]:
    """``tuple``, as the converter of the core's sequence fields. attrs reads each converter's
    signature when it builds a class, and reading a builtin's (from its text signature) cost
    0.4 ms a field: 15 ms of every start."""
    return tuple(items)


@define(frozen=True, order=True)
class Span:
    """A half-open range ``[start, end)`` of code points in one document's text."""

    start: int = field(validator=validators.ge(0))
    end: int = field()

    @end.validator
    def _check_end(self, _attribute: Any, value: int) -> None:
        if value < self.start:
            raise ValueError(f"Span end {value} is before its start {self.start}")

    @property
    def length(self) -> int:
        return self.end - self.start

    def slice(self, text: str) -> str:
        """The text this span covers."""
        return text[self.start : self.end]

    def overlaps(self, other: Span) -> bool:
        """True when the spans share a code point, or an empty one lies within the other."""
        if self.start == self.end:
            return other.start <= self.start <= other.end
        if other.start == other.end:
            return self.start <= other.start <= self.end
        return self.start < other.end and other.start < self.end


@define(frozen=True)
class Source:
    """Raw input before parsing.

    Attributes:
        name: what the user called it (a path, ``-`` for stdin, or a label given by the embedding code).
        data: the raw bytes.
        path: the file it was read from, if any.
        is_text: ``data`` is the UTF-8 of a ``str`` given to the API (:meth:`from_text`): text by
            contract, so parsers never refuse it as binary, whatever it holds (NUL characters too).
    """

    name: str
    data: bytes = field(repr=lambda d: f"<{len(d)} bytes>")
    path: str | None = None
    is_text: bool = field(default=False, validator=validators.instance_of(bool), kw_only=True)

    @classmethod
    def from_text(cls, text: str, name: str = "<text>") -> Source:
        """A source for ``text``, a ``str`` given to the API (lone surrogates kept as their UTF-8 bytes)."""
        return cls(name, text.encode("utf-8", "surrogatepass"), is_text=True)


@define(frozen=True)
class Block:
    """A structural unit of a document: a paragraph, a standfirst, a caption...

    Attributes:
        kind: what the block is (``paragraph``, ``standfirst``, ``quote``, ``caption``,
            ``related-link``, ``feed-footer``, ``boilerplate``, ``header``, ...).
        span: where it stands in the document's text.
        ignored: left out of the comparison (shown in reports as "ignored").
        attrs: extra facts a parser recorded (e.g. a caption's ``credit``).
    """

    kind: str
    span: Span
    ignored: bool = False
    attrs: Mapping[str, Any] = field(factory=dict, converter=_frozen_mapping, eq=False)


@define(frozen=True)
class Document:
    """A parsed document: its original text, its blocks and its metadata.

    Attributes:
        name: the source's name.
        text: the decoded original text, exactly as written (reports quote it).
        blocks: blocks in text order; they do not overlap. Text between blocks is separator.
        metadata: header fields such as ``date`` (ISO), ``title``, ``author``.
        encoding: how the bytes were decoded.
        parser: the plugin that parsed it.
        warnings: things a reader should know about the input (e.g. a fallback decoding).
    """

    name: str
    text: str
    blocks: tuple[Block, ...] = field(converter=as_tuple, default=())
    metadata: Mapping[str, str] = field(factory=dict, converter=_frozen_mapping, eq=False)
    encoding: str = "utf-8"
    parser: str = "core"
    warnings: tuple[str, ...] = field(converter=as_tuple, default=())

    @blocks.validator
    def _check_blocks(self, _attribute: Any, blocks: tuple[Block, ...]) -> None:
        position = 0
        for block in blocks:
            if block.span.start < position or block.span.end > len(self.text):
                raise ValueError(
                    f"{self.name}: block {block.kind} {block.span} overlaps another block or "
                    f"lies outside the text (length {len(self.text)})"
                )
            position = block.span.end

    @classmethod
    def from_text(cls, text: str, name: str = "<text>", **kwargs: Any) -> Document:
        """A document whose blocks are its blank-line separated paragraphs."""
        return cls(name=name, text=text, blocks=paragraph_blocks(text), **kwargs)

    def block_text(self, block: Block) -> str:
        return block.span.slice(self.text)


def paragraph_blocks(text: str, kind: str = "paragraph") -> tuple[Block, ...]:
    """Blocks for the blank-line separated paragraphs of ``text`` (any line ending)."""
    blocks = []
    start = None
    line_start = 0
    last_content_end = 0
    for line in text.splitlines(keepends=True):
        line_end = line_start + len(line)
        if line.strip():
            if start is None:
                start = line_start + (len(line) - len(line.lstrip()))
            last_content_end = line_start + len(line.rstrip())
        elif start is not None:
            blocks.append(Block(kind, Span(start, last_content_end)))
            start = None
        line_start = line_end
    if start is not None:
        blocks.append(Block(kind, Span(start, last_content_end)))
    return tuple(blocks)


@define(frozen=True)
class Edit:
    """One step of the redline, with spans into both original texts.

    Edits tile both inputs: sorted by ``old.start`` (ties keep list order) the ``old``
    spans cover the old text exactly, without gaps or overlaps, and likewise the ``new``
    spans cover the new text. An ``insert`` has an empty ``old`` span at the place it
    goes; a ``delete`` has an empty ``new`` span. An ``ignore`` covers blocks left
    out of the comparison (one side's, or adjacent ignored blocks of both sides at once).

    Attributes:
        op: ``equal``, ``insert``, ``delete`` or ``ignore``.
        old: span in the old text.
        new: span in the new text.
        change_class: for a change, one of :data:`CHANGE_CLASSES`; ``None`` for equal and ignore.
        move: the id of the :class:`Move` this edit belongs to, if any.
        beyond: the change lies past the end of the shorter text (a truncated version).
    """

    op: EditOp = field(validator=validators.in_(("equal", "insert", "delete", "ignore")))
    old: Span
    new: Span
    change_class: str | None = field(default=None, validator=validators.optional(validators.in_(CHANGE_CLASSES)))
    move: int | None = None
    beyond: bool = False

    @property
    def is_change(self) -> bool:
        return self.op in ("insert", "delete")


@define(frozen=True)
class Move:
    """Text that stands in another place in the new document.

    Attributes:
        id: referenced by :attr:`Edit.move`.
        old: where it stood in the old text.
        new: where it stands in the new text.
        similarity: 1.0 for a move without inner edits.
    """

    id: int
    old: Span
    new: Span
    similarity: float


@define(frozen=True)
class BlockPair:
    """Two aligned units of the documents, for a side-by-side view.

    ``old`` or ``new`` is ``None`` for a unit present on one side only. Indexes refer
    to ``Document.blocks``.
    """

    old: int | None
    new: int | None
    similarity: float
    move: int | None = None


@define(frozen=True)
class Finding:
    """Something a check found.

    Attributes:
        check: the registered check that produced it.
        kind: a short machine name (``claim``, ``name-variant``...).
        severity: one of :data:`SEVERITIES`.
        message: one line for people.
        old_spans / new_spans: where it stands in each original text.
        data: structured facts for machines (JSON-serialisable values only).
        factual: the changes overlapping its spans are raised to class ``factual``.
    """

    check: str
    kind: str
    severity: str = field(validator=validators.in_(SEVERITIES))
    message: str
    old_spans: tuple[Span, ...] = field(converter=as_tuple, default=())
    new_spans: tuple[Span, ...] = field(converter=as_tuple, default=())
    data: Mapping[str, Any] = field(factory=dict, converter=_frozen_mapping, eq=False)
    factual: bool = False


@define(frozen=True)
class Comparison:
    """What checks receive: both documents and the diff between them.

    Attributes:
        old / new: the parsed documents.
        edits: the redline (see :class:`Edit`).
        pairs: aligned units in the order the redline shows them (deleted units where they stood).
        moves: moved text.
        options: the comparison's options, by name.
    """

    old: Document
    new: Document
    edits: tuple[Edit, ...] = field(converter=as_tuple)
    pairs: tuple[BlockPair, ...] = field(converter=as_tuple)
    moves: tuple[Move, ...] = field(converter=as_tuple, default=())
    options: Mapping[str, Any] = field(factory=dict, converter=_frozen_mapping)


@define(frozen=True)
class Summary:
    """Figures for a report's header.

    Attributes:
        similarity: 0..1, 1 for texts that compare equal.
        words_added / words_removed / words_moved: word counts.
        changes_by_class: number of changes (runs of inserted/deleted edits) per class.
        findings_by_severity: number of findings per severity.
    """

    similarity: float
    words_added: int
    words_removed: int
    words_moved: int
    changes_by_class: Mapping[str, int] = field(converter=_frozen_mapping)
    findings_by_severity: Mapping[str, int] = field(converter=_frozen_mapping)


@define(frozen=True)
class Report:
    """The result of comparing two documents.

    Attributes:
        old / new: the documents.
        edits / pairs / moves: the diff (see :class:`Comparison`).
        findings: what the checks found.
        summary: headline figures.
        options: the options the comparison ran with.
        plugins: names of the active plugins.
        warnings: things the reader should know (fallbacks taken, plugins that failed).
    """

    old: Document
    new: Document
    edits: tuple[Edit, ...] = field(converter=as_tuple)
    pairs: tuple[BlockPair, ...] = field(converter=as_tuple)
    moves: tuple[Move, ...] = field(converter=as_tuple)
    findings: tuple[Finding, ...] = field(converter=as_tuple)
    summary: Summary
    options: Mapping[str, Any] = field(factory=dict, converter=_frozen_mapping)
    plugins: tuple[str, ...] = field(converter=as_tuple, default=())
    warnings: tuple[str, ...] = field(converter=as_tuple, default=())

    @property
    def has_changes(self) -> bool:
        """True when any insert or delete is left (after class filtering), or any text moved:
        moved text is a difference, as diff(1) would say (exit 1)."""
        return bool(self.moves) or any(edit.is_change for edit in self.edits)


@define(frozen=True)
class Normalizer:
    """A named normalization, registered through ``docdelta_register_normalizers``.

    Attributes:
        name: how users switch it on and off.
        function: maps a token's text to the text it is compared as (may return ``""``).
        description: one line for ``--help`` and ``docdelta plugins``.
        default: on unless the user switches it off.
    """

    name: str
    function: Callable[[str], str]
    description: str
    default: bool = True


@define(frozen=True)
class Check:
    """A named comparison check, registered through ``docdelta_register_checks``.

    Attributes:
        name: shown in reports and in ``docdelta plugins``.
        function: ``function(comparison) -> Iterable[Finding]``.
        description: one line.
    """

    name: str
    function: Callable[[Comparison], Any]
    description: str


@define(frozen=True)
class Renderer:
    """A named output format, registered through ``docdelta_register_renderers``.

    Attributes:
        name: the ``--format`` value.
        function: ``function(report, context) -> str`` (or ``bytes``).
        description: one line.
        extensions: file extensions that select this format for ``-o``.
        series: ``series(series_report, context) -> str``, for renderers that can show a
            series of documents (``docdelta compare V1 V2 V3``); ``None`` if it cannot.
    """

    name: str
    function: Callable[..., str | bytes]
    description: str
    extensions: tuple[str, ...] = field(converter=as_tuple, default=())
    series: Callable[..., str | bytes] | None = None
