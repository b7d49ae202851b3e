"""The data model: small immutable records that flow through the pipeline.

Every class here is a frozen attrs class. Offsets are Python string indices
(Unicode code points) into a document's original ``text``, half-open
``[start, end)``.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Iterator, Mapping, Sequence
from types import MappingProxyType
from typing import Any, Callable, Literal, overload

from attrs import define, field, validators

__all__ = [
    "CHANGE_CLASSES",
    "CHANGE_CLASS_DECLARATIONS",
    "ChangeClass",
    "SEVERITIES",
    "TONES",
    "Block",
    "BlockPair",
    "Blocks",
    "Cell",
    "Check",
    "Command",
    "Comparison",
    "Document",
    "Edit",
    "Finding",
    "Move",
    "Normalizer",
    "Renderer",
    "Report",
    "Section",
    "Source",
    "Span",
    "Summary",
    "class_rank",
    "declared_class",
]


@define(frozen=True)
class ChangeClass:
    """One class of change, as every part of docdelta names and shows it.

    Attributes:
        name: what reports, ``--min-class``, ``--ignore-class`` and the JSON schema call it.
        meaning: one line for people.
        colour: the colour token reports draw it in: the HTML report's CSS custom property of that
            name (``high`` is ``var(--high)``).

    Its rank is its position in :data:`CHANGE_CLASS_DECLARATIONS` (:func:`class_rank`).
    """

    name: str
    meaning: str
    colour: str


#: The change classes, from the least to the most important: the one declaration of them. The
#: classifier, ``--min-class`` and the renderers read it; tests/test_change_classes.py checks the
#: JSON schema, the HTML report's CSS, the concepts page and the CLI reference against it.
CHANGE_CLASS_DECLARATIONS: tuple[ChangeClass, ...] = (
    ChangeClass("format", "only whitespace, punctuation or symbols differ; the words are the same", "muted"),
    ChangeClass("typo", "one to three words, each close to its replacement (a small in-word edit, a change of case)", "muted"),
    ChangeClass("wording", "rephrasing inside a sentence that is otherwise kept", "muted"),
    ChangeClass("substantive", "a whole sentence or block added or removed, or a sentence rewritten", "medium"),
    ChangeClass("factual", "a number, date, name or quotation changed, or text a check marked factual", "high"),
)

#: The change classes' names, from the least to the most important. ``--min-class`` uses this order.
CHANGE_CLASSES: tuple[str, ...] = tuple(declared.name for declared in CHANGE_CLASS_DECLARATIONS)

#: Finding severities, from the least to the most important.
SEVERITIES: tuple[str, ...] = ("info", "low", "medium", "high")

EditOp = Literal["equal", "insert", "delete", "ignore"]


def class_rank(name: str) -> int:
    """The position of a change class in :data:`CHANGE_CLASSES` (``ValueError`` if unknown)."""
    return CHANGE_CLASSES.index(name)


def declared_class(name: str) -> str:
    """``name``, once it is checked to be a declared change class (``ValueError`` if it is not):
    code that names a class spells it through this, so an undeclared name fails on import."""
    class_rank(name)
    return name


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


class Blocks(Sequence[Block]):
    """A document's blocks: a read-only sequence of :class:`Block` (index, iterate, slice, ``len``)
    that keeps them as arrays of offsets and flags, and past :data:`_KEPT_BLOCKS` blocks makes each
    :class:`Block` only when it is asked for (a million one-line paragraphs stay a few arrays). It
    compares equal to any sequence of the same blocks, and adds to one as a tuple does.

    Attributes:
        starts / ends: each block's span, as two arrays of integers (read them to find a block by
            offset without making every block).
    """

    __slots__ = ("_kinds", "_kind_ids", "starts", "ends", "_ignored", "_attrs", "_kept")

    def __init__(self, blocks: Iterable[Block] = ()) -> None:
        kinds: dict[str, int] = {}
        self._kind_ids = array("H")
        self.starts = array("q")
        self.ends = array("q")
        self._ignored = bytearray()
        self._attrs: dict[int, Mapping[str, Any]] = {}
        # The blocks themselves, while there are few: a document of a few hundred blocks is read
        # as often as before without making any block twice.
        kept: list[Block] | None = []
        for index, block in enumerate(blocks):
            if not isinstance(block, Block):
                raise TypeError(f"a document's blocks are Block objects, not {type(block).__name__}")
            if kept is not None:
                kept.append(block)
                if len(kept) > _KEPT_BLOCKS:
                    kept = None
            self._kind_ids.append(kinds.setdefault(block.kind, len(kinds)))
            self.starts.append(block.span.start)
            self.ends.append(block.span.end)
            self._ignored.append(block.ignored)
            if block.attrs:
                self._attrs[index] = block.attrs
        self._kinds = tuple(kinds)
        self._kept = None if kept is None else tuple(kept)

    def __len__(self) -> int:
        return len(self.starts)

    @overload
    def __getitem__(self, index: int) -> Block: ...

    @overload
    def __getitem__(self, index: slice) -> tuple[Block, ...]: ...

    def __getitem__(self, index: int | slice) -> Block | tuple[Block, ...]:
        if self._kept is not None:
            return self._kept[index]
        if isinstance(index, slice):
            return tuple(map(self._block, range(*index.indices(len(self)))))
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError("block index out of range")
        return self._block(index)

    def __iter__(self) -> Iterator[Block]:
        return iter(self._kept) if self._kept is not None else map(self._block, range(len(self)))

    def _block(self, index: int) -> Block:
        # The blocks were validated when they were made: the fields are set without doing it again.
        span = object.__new__(Span)
        object.__setattr__(span, "start", self.starts[index])
        object.__setattr__(span, "end", self.ends[index])
        block = object.__new__(Block)
        object.__setattr__(block, "kind", self._kinds[self._kind_ids[index]])
        object.__setattr__(block, "span", span)
        object.__setattr__(block, "ignored", bool(self._ignored[index]))
        object.__setattr__(block, "attrs", self._attrs.get(index, _EMPTY))
        return block

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Blocks):
            return (
                self.starts == other.starts
                and self.ends == other.ends
                and self._ignored == other._ignored
                and [self._kinds[k] for k in self._kind_ids] == [other._kinds[k] for k in other._kind_ids]
            )
        if isinstance(other, Sequence) and not isinstance(other, (str, bytes)):
            return len(self) == len(other) and all(mine == theirs for mine, theirs in zip(self, other))
        return NotImplemented

    def __add__(self, other: Iterable[Block]) -> tuple[Block, ...]:
        return (*self, *other)

    def __radd__(self, other: Iterable[Block]) -> tuple[Block, ...]:
        return (*other, *self)

    def __hash__(self) -> int:
        return hash(tuple(self))

    def __repr__(self) -> str:
        return repr(tuple(self))


#: A document with at most this many blocks keeps them as objects too (some 200 KB at most).
_KEPT_BLOCKS = 1024


def _as_blocks(blocks: Iterable[Block]) -> Blocks:
    return blocks if isinstance(blocks, Blocks) else Blocks(blocks)


@define(frozen=True)
class Document:
    """A parsed document: its original text, its blocks and its metadata.

    Attributes:
        name: the source's name.
        text: the decoded original text, exactly as written (reports quote it).
        blocks: blocks in text order; they do not overlap. Text between blocks is separator. Any
            iterable of :class:`Block` is taken and kept as :class:`Blocks`.
        metadata: header fields such as ``date`` (ISO), ``title``, ``author``.
        encoding: how the bytes were decoded.
        parser: the plugin that parsed it.
        warnings: things a reader should know about the input (e.g. a fallback decoding).
    """

    name: str
    text: str
    blocks: Blocks = field(converter=_as_blocks, factory=Blocks)
    metadata: Mapping[str, str] = field(factory=dict, converter=_frozen_mapping, eq=False)
    encoding: str = "utf-8"
    parser: str = "core"
    warnings: tuple[str, ...] = field(converter=as_tuple, default=())

    @blocks.validator
    def _check_blocks(self, _attribute: Any, blocks: Blocks) -> None:
        position = 0
        for index, (start, end) in enumerate(zip(blocks.starts, blocks.ends)):
            if start < position or end > len(self.text):
                block = blocks[index]
                raise ValueError(
                    f"{self.name}: block {block.kind} {block.span} overlaps another block or "
                    f"lies outside the text (length {len(self.text)})"
                )
            position = end

    @classmethod
    def from_text(cls, text: str, name: str = "<text>", **kwargs: Any) -> Document:
        """A document whose blocks are its blank-line separated paragraphs."""
        return cls(name=name, text=text, blocks=paragraph_blocks(text), **kwargs)

    def block_text(self, block: Block) -> str:
        return block.span.slice(self.text)


def paragraph_blocks(text: str, kind: str = "paragraph") -> Blocks:
    """Blocks for the blank-line separated paragraphs of ``text`` (any line ending)."""
    return Blocks(_paragraphs(text, kind))


def _paragraphs(text: str, kind: str) -> Iterator[Block]:
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
            yield Block(kind, Span(start, last_content_end))
            start = None
        line_start = line_end
    if start is not None:
        yield Block(kind, Span(start, last_content_end))


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


#: A finding's spans: renderers and the JSON schema take nothing else.
_spans = validators.deep_iterable(validators.instance_of(Span))


@define(frozen=True)
class Finding:
    """Something a check found. The fields' types are checked when it is made, and its spans
    against the documents when the check hands it over (a finding that fails is left out, with
    a warning naming its plugin).

    Attributes:
        check: the registered check that produced it.
        kind: a short machine name (``claim``, ``name-variant``...).
        severity: one of :data:`SEVERITIES`.
        message: one line for people.
        old_spans / new_spans: where it stands in each original text.
        data: structured facts for machines (JSON-serialisable values only).
        factual: the changes overlapping its spans are raised to class ``factual``.
    """

    check: str = field(validator=validators.instance_of(str))
    kind: str = field(validator=validators.instance_of(str))
    severity: str = field(validator=validators.in_(SEVERITIES))
    message: str = field(validator=validators.instance_of(str))
    old_spans: tuple[Span, ...] = field(converter=as_tuple, default=(), validator=_spans)
    new_spans: tuple[Span, ...] = field(converter=as_tuple, default=(), validator=_spans)
    data: Mapping[str, Any] = field(factory=dict, converter=_frozen_mapping, eq=False)
    factual: bool = field(default=False, validator=validators.instance_of(bool))


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
        page: ``page(title, sections, context) -> str``: a standalone page of :class:`Section`
            tables (``docdelta batch`` writes its ``index.html`` so); ``None`` if it cannot.
        report_sections: it shows the sections plugins contribute to a report
            (``docdelta_report_sections``); ``False`` spares collecting them (a format for
            machines, whose findings carry the data). A series' sections are always collected.
        stream: ``stream(report, context) -> Iterable[str]``: the text ``function`` returns, in
            pieces made as they are asked for, so that a large report is written to its file
            without being held whole (:meth:`docdelta.Session.render_to`); ``None`` if it cannot.
    """

    name: str
    function: Callable[..., str | bytes]
    description: str
    extensions: tuple[str, ...] = field(converter=as_tuple, default=())
    series: Callable[..., str | bytes] | None = None
    page: Callable[..., str] | None = None
    report_sections: bool = True
    stream: Callable[..., Iterable[str]] | None = None


#: The tones a :class:`Cell` may take, from the least to the most important (the severities).
TONES: tuple[str, ...] = SEVERITIES


@define(frozen=True)
class Cell:
    """One cell of a :class:`Section`'s table.

    Attributes:
        text: what it says.
        link: where it leads, if anywhere: a relative URL, or ``#id``, a place in the report's own
            redline (:func:`docdelta.view.finding_anchor`); renderers that show no redline (text,
            Markdown) leave such a link out.
        badge: a short label shown before the text, drawn as a badge (``≠ changed``); give it a
            symbol as well as a word, so it is never told by colour alone.
        tone: how much it matters, one of :data:`TONES` (``""`` for none): the badge's and the
            text's colour; a row takes the tone of its first cell.
        detail: a longer text shown on demand (the sentence a value stands in), the cell's text
            marked where it occurs in it.
    """

    text: str
    link: str | None = None
    badge: str = ""
    tone: str = field(default="", validator=validators.in_(("", *TONES)))
    detail: str = ""


def _cells(row: Iterable[Cell | str]) -> tuple[Cell, ...]:
    return tuple(cell if isinstance(cell, Cell) else Cell(str(cell)) for cell in row)


def _rows(rows: Iterable[Iterable[Cell | str]]) -> tuple[tuple[Cell, ...], ...]:
    return tuple(_cells(row) for row in rows)


@define(frozen=True)
class Section:
    """A titled table for people, drawn the same way by every renderer that shows sections.

    Attributes:
        title: the section's heading.
        columns: the column headings.
        rows: the rows, each a sequence of :class:`Cell` (a ``str`` becomes a cell); a row
            shorter than ``columns`` stretches its last cell over the rest.
        note: a line of text under the heading.
        collapsed: more rows, shown folded under ``collapsed_note`` (what is settled: claims the
            same in both); the text renderer lists them on one line, each row's cells apart (a
            cell equal to the one before it once).
        collapsed_note: the line that stands for the collapsed rows (``3 claims the same in both``).
        check: the check whose findings the section lays out, if any: renderers draw the section
            in that check's place among the findings, instead of listing those findings one by
            one. Other sections come after the findings.
    """

    title: str
    columns: tuple[str, ...] = field(converter=as_tuple)
    rows: tuple[tuple[Cell, ...], ...] = field(converter=_rows, default=())
    note: str = ""
    collapsed: tuple[tuple[Cell, ...], ...] = field(converter=_rows, default=())
    collapsed_note: str = ""
    check: str = ""


@define(frozen=True)
class Command:
    """A ``docdelta`` command, registered through ``docdelta_register_commands``.

    Attributes:
        name: what follows ``docdelta`` on the command line.
        function: ``function(session, args) -> int``: runs the command with the session the
            command line chose (plugins, options) and the parsed arguments; returns the exit status.
        description: one line for ``docdelta --help``.
        add_arguments: ``add_arguments(parser)`` adds the command's own arguments to its
            ``argparse`` parser; called only when the command runs or help is shown, so the
            command's heavy imports can wait until then. The plugin selection flags and every
            option of the active plugins are added for it.
        epilog: text shown after the command's ``--help``.
    """

    name: str
    function: Callable[..., int]
    description: str
    add_arguments: Callable[[Any], None] | None = None
    epilog: str = ""
