"""The text renderer's code, imported when a report is first rendered in this format
(``docdelta_text`` registers the renderer; see its docstring for what the report shows)."""

from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Iterable, Sequence

from docdelta import CHANGE_CLASSES, SEVERITIES, Cell, RenderContext, Report, Section, visible_controls

from docdelta.view import finding_groups, ignored_where, loose_sections, redline, word_count

__all__ = ["render_text", "visible"]

# Deletions struck through and insertions underlined as well as red and green: told apart
# without telling the colours apart.
_STYLES = {
    "delete": "\033[31;9m",
    "insert": "\033[32;4m",
    "red": "\033[31m",
    "green": "\033[32m",
    "move": "\033[36m",
    "note": "\033[2m",
    "heading": "\033[1m",
    "high": "\033[1;31m",
    "medium": "\033[33m",
    "low": "\033[36m",
}
_RESET = "\033[0m"
_PLAIN_MARKS = {"delete": ("[-", "-]"), "insert": ("{+", "+}")}
_MIN_WIDTH = 20
_TAB_WIDTH = 8

_LINE_BREAK = re.compile(r"\r\n?")  # Windows and old Mac line ends, shown as line breaks


def visible(text: str) -> str:
    """``text`` safe for a terminal: line ends made newlines (a carriage return would overwrite the
    line), control characters replaced by visible symbols (:func:`docdelta.visible_controls`)."""
    return visible_controls(_LINE_BREAK.sub("\n", text))


def _cell_width(text: str) -> int:
    if text.isascii() and text.isprintable():
        return len(text)
    width = 0
    for char in text:
        if char == "\t":
            width += _TAB_WIDTH
        elif unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me", "Cf"):
            continue
        else:
            width += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return width


Segment = tuple[str | None, str]  # (style, text)


def _logical_lines(segments: Iterable[Segment]) -> list[list[Segment]]:
    """``segments`` cut at line breaks, control characters made visible."""
    lines: list[list[Segment]] = [[]]
    for style, text in segments:
        for index, part in enumerate(visible(text).split("\n")):
            if index:
                lines.append([])
            if part:
                lines[-1].append((style, part))
    return lines


def _around_changes(lines: list[list[Segment]], context: int) -> list[list[Segment]]:
    """Only the lines with a change and ``context`` lines either side, like ``git diff -U``.

    Each stretch left out becomes one line saying how many lines of text it held; a
    stretch of blank lines only is kept as it is.
    """
    changed = [i for i, line in enumerate(lines) if any(style is not None for style, _ in line)]
    keep = {j for i in changed for j in range(i - context, i + context + 1)}
    shown: list[list[Segment]] = []
    skipped: list[list[Segment]] = []

    def flush() -> None:
        text_lines = sum(1 for line in skipped if any(part.strip() for _, part in line))
        if text_lines:
            shown.append([("note", f"@@ {text_lines} unchanged line{'s' if text_lines > 1 else ''} @@")])
        else:
            shown.extend(skipped)
        skipped.clear()

    for index, line in enumerate(lines):
        if index in keep:
            flush()
            shown.append(line)
        else:
            skipped.append(line)
    flush()
    return shown


class Writer:
    """Styled segments into lines wrapped at ``width`` cells (0: not wrapped), styled with ANSI codes or plain marks."""

    def __init__(self, width: int, color: bool) -> None:
        # Width 0: not a terminal (a pipe, a file), where lines are left as long as they are.
        self.width = max(width, _MIN_WIDTH) if width > 0 else sys.maxsize
        self.color = color
        self.lines: list[str] = []

    def paint(self, style: str | None, text: str) -> str:
        if self.color and style in _STYLES and text:
            return f"{_STYLES[style]}{text}{_RESET}"
        return text

    def write(self, segments: Iterable[Segment], indent: str = "", hang: str = "") -> None:
        """Lay out ``segments``; a newline in a segment's text starts a new line.

        Lines start with ``indent``; the lines a long one wraps onto, with ``indent + hang``.
        """
        for line in _logical_lines(segments):
            self._wrap(line, indent, hang)

    def _wrap(self, line: list[Segment], indent: str, hang: str) -> None:
        words: list[Segment] = []
        for style, part in line:
            if not self.color and style in _PLAIN_MARKS:
                opening, closing = _PLAIN_MARKS[style]
                part = opening + part + closing
            words.extend((style, word) for word in re.findall(r"\s+|\S+", part))
        start = _cell_width(indent)
        out: list[Segment] = []
        used = start
        for style, word in words:
            size = _cell_width(word)
            if word.isspace():  # kept where it fits; at a line break it goes
                if used + size <= self.width:
                    out.append((style, word))
                    used += size
                continue
            if used + size > self.width and used > start:
                self._emit(out, indent)
                indent = indent + hang
                hang = ""
                out, start = [], _cell_width(indent)
                used = start
            while size > self.width - used:  # longer than a whole line: cut it
                cut = _fit(word, self.width - used)
                self._emit([*out, (style, word[:cut])], indent)
                indent = indent + hang
                hang = ""
                out, start = [], _cell_width(indent)
                used = start
                word = word[cut:]
                size = _cell_width(word)
            out.append((style, word))
            used += size
        self._emit(out, indent)

    def _emit(self, segments: list[Segment], indent: str) -> None:
        while segments and segments[-1][1].isspace():
            segments = segments[:-1]
        merged: list[Segment] = []
        for style, text in segments:
            if merged and merged[-1][0] == style:
                merged[-1] = (style, merged[-1][1] + text)
            else:
                merged.append((style, text))
        self.lines.append(indent + "".join(self.paint(style, text) for style, text in merged))


def _fit(word: str, cells: int) -> int:
    """How many characters of ``word`` fit in ``cells`` (at least one)."""
    used = 0
    for index, char in enumerate(word):
        used += _cell_width(char)
        if used > cells:
            return max(index, 1)
    return len(word)


def _finding_lines(report: Report, sections: Sequence[Section], out: Writer) -> None:
    """Findings by check, most severe first; a check a section lays out shows its section's rows."""
    for group in finding_groups(report, sections):
        out.write([("heading", f"{group.check} ({group.count})")])
        for section in group.sections:
            _section_rows(section, out)
        for finding in group.findings:
            out.write(
                [(finding.severity, f"[{finding.severity}]"), (None, f" {finding.kind}: {finding.message}")],
                indent="  ",
                hang="    ",
            )


def _cell_segments(cell: Cell) -> list[Segment]:
    style = cell.tone or None
    badge = [(style, cell.badge), (None, " " if cell.text else "")] if cell.badge else []
    return [*badge, (None if cell.badge else style, cell.text)]


def _section_rows(section: Section, out: Writer) -> None:
    """A section's rows, cells apart (a row's empty cells at its end left out: nothing to set
    apart); its collapsed rows on one line under their note."""
    for row in section.rows:
        segments: list[Segment] = []
        shown = len(row)
        while shown > 1 and not (row[shown - 1].text or row[shown - 1].badge):
            shown -= 1
        for cell in row[:shown]:
            segments += [(None, " | ")] if segments else []
            segments += _cell_segments(cell)
        out.write(segments, indent="  ", hang="    ")
    if section.collapsed:
        listing = "; ".join(_collapsed_text(row) for row in section.collapsed)
        out.write([("note", f"{section.collapsed_note}: {listing}")], indent="  ", hang="    ")


def _collapsed_text(row: Sequence[Cell]) -> str:
    """A collapsed row's cells on one line; a cell equal to the one before it (a value the same in
    both) once."""
    texts = [cell.text for cell in row if cell.text]
    return " ".join(text for index, text in enumerate(texts) if not index or text != texts[index - 1])


def section_lines(sections: Sequence[Section], out: Writer) -> None:
    """Sections plugins contribute: the title, the note, the columns and each row, cells apart."""
    for section in sections:
        out.lines.append("")
        out.write([("heading", section.title)])
        if section.note:
            out.write([("note", section.note)], indent="  ")
        out.write([("note", " | ".join(section.columns))], indent="  ", hang="    ")
        _section_rows(section, out)


def _redline_segments(report: Report) -> list[Segment]:
    segments: list[Segment] = []
    for run in redline(report):
        if run.kind == "moved-away":
            segments.append(("move", f"⇄[move {run.move}: {run.label}]"))
        elif run.kind == "beyond":
            segments.append(("note", f"\n--- {run.label} ---\n"))
        elif run.kind == "ignored":
            words = word_count(run.pieces[0].text)
            segments.append(("note", f"[ignored {run.label}: {ignored_where(run)}, {words} words]"))
        else:
            if run.kind == "moved":
                segments.append(("move", f"⇄[move {run.move}: {run.label}] "))
            for piece in run.pieces:
                style = piece.op if piece.op in ("insert", "delete") else ("move" if piece.move is not None else None)
                segments.append((style, piece.text))
    return segments


def render_text(report: Report, context: RenderContext) -> str:
    """The report as a word diff for the terminal; one line when the texts are identical."""
    out = Writer(context.width, context.color)
    if report.old.text == report.new.text:
        words = word_count(report.new.text)
        out.write([(None, f"The texts are identical: {report.old.name} and {report.new.name} ({words} words).")])
        return "\n".join(out.lines) + "\n"
    for mark, document in (("---", report.old), ("+++", report.new)):
        date = document.metadata.get("date")
        out.write([("heading", f"{mark} {document.name}"), ("note", f"  {date}" if date else "")])
    summary = report.summary
    out.write(
        [
            (None, f"similarity {summary.similarity * 100:.1f}%; words "),
            ("green", f"+{summary.words_added}"),
            (None, " "),
            ("red", f"-{summary.words_removed}"),
            (None, f" moved {summary.words_moved}"),
        ]
    )
    severities = ", ".join(f"{summary.findings_by_severity.get(s, 0)} {s}" for s in reversed(SEVERITIES))
    classes = ", ".join(f"{summary.changes_by_class.get(c, 0)} {c}" for c in reversed(CHANGE_CLASSES))
    out.write([(None, f"findings: {severities}; changes: {classes}")])
    for warning in report.warnings:
        out.write([("medium", "warning: "), (None, warning)])
    if report.findings:
        out.lines.append("")
        _finding_lines(report, context.sections, out)
    section_lines(loose_sections(report, context.sections), out)
    out.lines.append("")
    lines = _logical_lines(_redline_segments(report))
    context_lines = context.options.get("text-context", -1)
    if context_lines >= 0:
        lines = _around_changes(lines, context_lines)
    for line in lines:
        out.write(line)
    return "\n".join(out.lines) + "\n"
