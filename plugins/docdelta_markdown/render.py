"""The markdown renderer's code, imported when a report is first rendered in this format
(``docdelta_markdown`` registers the renderer; see its docstring for what the report shows)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from docdelta import (
    CHANGE_CLASSES,
    SEVERITIES,
    Cell,
    RenderContext,
    Report,
    Section,
    SeriesReport,
    visible_controls,
)

from docdelta_markdown.marks import LEGENDS, STYLES, Part, mark_line
from docdelta.view import (
    Piece,
    Run,
    excerpt,
    finding_groups,
    ignored_where,
    loose_sections,
    redline,
    verdict,
    word_count,
)

__all__ = ["escape", "render_markdown", "render_series_markdown"]

# Marks that make markup anywhere in a line: backslash escapes (every ASCII punctuation
# mark may take one in CommonMark). `&`, `<` and `>` become entities.
_INLINE = re.compile(r"[\\`*_\[\]|~]")
_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
# GitHub's autolinks: by scheme (`https://`, `mailto:`), by `www.`, and e-mail addresses. A
# backslash stops the first two (only there: a colon elsewhere needs none); an address's `@`
# needs an element around it.
_SCHEME_COLON = re.compile(r"(?<=[A-Za-z]):(?=//)|(?i:(?<=mailto)|(?<=xmpp)):")
_WWW = re.compile(r"(?i)(www)\.")  # GitHub links www. after `_`, `*`, `~` or `(` too
_EMAIL_AT = re.compile(r"(?<=[\w.+-])@(?=[\w-])")
_PARAGRAPH_BREAK = re.compile(r"[ \t]*(?:\r\n|\r|\n)(?:[ \t]*(?:\r\n|\r|\n))+[ \t]*")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def escape(text: str) -> str:
    """``text`` as literal Markdown inline text, on one line (line breaks become spaces, as a
    renderer shows them), control characters shown as symbols."""
    escaped = _INLINE.sub(lambda m: "\\" + m.group(), visible_controls(text))
    escaped = re.sub(r"[&<>]", lambda m: _ENTITIES[m.group()], escaped)
    escaped = _SCHEME_COLON.sub(r"\\:", escaped)
    escaped = _WWW.sub(r"\1\\.", escaped)
    escaped = _EMAIL_AT.sub("<span>@</span>", escaped)
    return " ".join(_LINE_BREAK.split(escaped))


def _line_start(line: str) -> str:
    """A paragraph's line made safe at its start: blanks become character references (never
    an indented code block), a leading heading, list or underline mark is escaped."""
    stripped = line.lstrip(" \t")
    if stripped != line:
        return "".join("&#9;" if c == "\t" else "&#32;" for c in line[: len(line) - len(stripped)]) + stripped
    digits = re.match(r"\d+(?=[.)])", line)
    if digits:
        return line[: digits.end()] + "\\" + line[digits.end() :]
    return "\\" + line if line[:1] in ("#", "=", "+", "-") else line


class _Paragraphs:
    """Collects redline text into Markdown paragraphs; a line break inside one is a hard break."""

    def __init__(self, style: str) -> None:
        self.style = style
        self.done: list[str] = []
        self.lines: list[list[Part]] = [[]]

    def add(self, piece: Piece) -> None:
        op = piece.op if piece.op in ("delete", "insert") else None
        for index, part in enumerate(_PARAGRAPH_BREAK.split(piece.text)):
            if index:
                self.flush()
            for number, line in enumerate(_LINE_BREAK.split(part)):
                if number:
                    self.lines.append([])
                if line:
                    self.lines[-1].append((op, escape(line)))

    def inline(self, markup: str) -> None:
        self.lines[-1].append((None, markup))

    def block(self, markup: str) -> None:
        self.flush()
        self.done.append(markup)

    def flush(self) -> None:
        lines = [_line_start(mark_line(parts, self.style)) for parts in self.lines]
        lines = [line for line in lines if line.strip()]
        if lines:
            self.done.append("\\\n".join(lines))  # a backslash at a line's end: a hard line break
        self.lines = [[]]


def _quoted(text: str) -> str:
    """``text`` as a block quote, paragraph by paragraph."""
    paragraphs = [p for p in _PARAGRAPH_BREAK.split(text) if p.strip()]
    return "\n>\n".join(
        "\\\n".join(f"> {_line_start(escape(line))}" for line in _LINE_BREAK.split(p) if line.strip()) for p in paragraphs
    )


def _redline(runs: Sequence[Run], style: str) -> list[str]:
    out = _Paragraphs(style)
    for run in runs:
        if run.kind == "moved":
            out.inline(f"⇄ *{escape(run.label)} (move {run.move})*: ")
        elif run.kind == "moved-away":
            out.block(f"⇄ *(move {run.move}) {escape(run.label)}*")
            continue
        elif run.kind == "beyond":
            out.block(f"*↧ {escape(run.label)}*")  # not strong: strong marks inserted text
            continue
        elif run.kind == "ignored":
            text = run.pieces[0].text
            out.block(f"⊘ *ignored {escape(run.label)} ({ignored_where(run)}, {word_count(text)} words):*")
            out.block(_quoted(text))
            continue
        for piece in run.pieces:
            out.add(piece)
    out.flush()
    return out.done


def _table(header: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines.extend("| " + " | ".join(cell or " " for cell in row) + " |" for row in rows)
    return "\n".join(lines)


def _documents(report: Report) -> str:
    keys = list(dict.fromkeys([*report.old.metadata, *report.new.metadata]))
    rows = [["name", escape(report.old.name), escape(report.new.name)]]
    rows += [
        [escape(key), escape(str(report.old.metadata.get(key, ""))), escape(str(report.new.metadata.get(key, "")))]
        for key in keys
    ]
    rows.append(["words", str(word_count(report.old.text)), str(word_count(report.new.text))])
    return _table(["", "old", "new"], rows)


def _summary(report: Report, level: int = 2) -> list[str]:
    summary = report.summary
    severities = " · ".join(f"{name} {summary.findings_by_severity.get(name, 0)}" for name in reversed(SEVERITIES))
    classes = " · ".join(f"{name} {summary.changes_by_class.get(name, 0)}" for name in reversed(CHANGE_CLASSES))
    return [
        "#" * level + " Summary",
        "\n".join(
            [
                f"- **{verdict(report)}**",
                f"- Similarity: {summary.similarity * 100:.1f}%",
                f"- Words: +{summary.words_added} added, −{summary.words_removed} removed, {summary.words_moved} moved",
                f"- Findings by severity: {severities}",
                f"- Changes by class: {classes}",
            ]
        ),
        *(["#" * (level + 1) + " Warnings", "\n".join(f"- {_line_start(escape(w))}" for w in report.warnings)] if report.warnings else []),
    ]


def _findings(report: Report, sections: Sequence[Section], level: int = 2) -> list[str]:
    blocks = ["#" * level + " Findings"]
    groups = finding_groups(report, sections)
    if not groups:
        blocks.append("No findings.")
    for group in groups:
        blocks.append("#" * (level + 1) + f" {escape(group.check)} ({group.count})")
        for section in group.sections:
            blocks.extend(_section_body(section))
        items = []
        for finding in group.findings:
            items.append(f"- **{finding.severity}** {escape(finding.kind)}: {escape(finding.message)}")
            for side, text, spans in (("old", report.old.text, finding.old_spans), ("new", report.new.text, finding.new_spans)):
                items.extend(f"  - {side}: “{escape(quote)}”" for quote in excerpt(text, spans))
        if items:
            blocks.append("\n".join(items))
    return blocks


def _style(context: RenderContext) -> str:
    return context.options.get("markdown-marks", STYLES[0])


def _markdown_cell(cell: Cell) -> str:
    """The badge in bold before the text; the text in bold when its tone is ``high``."""
    text = escape(cell.text)
    if cell.link and not cell.link.startswith("#"):  # a place in the redline: Markdown has no anchors
        text = f"[{text}](<{cell.link}>)"
    if text and cell.tone == "high":
        text = f"**{text}**"
    return " ".join(part for part in (f"**{escape(cell.badge)}**" if cell.badge else "", text) if part)


def _section_table(section: Section, rows: Sequence[Sequence[Cell]]) -> str:
    padded = [[_markdown_cell(cell) for cell in row] + [""] * (len(section.columns) - len(row)) for row in rows]
    return _table([escape(column) for column in section.columns], padded)


def _section_body(section: Section) -> list[str]:
    """A section's note, its table and its collapsed rows (a second table, under their note)."""
    blocks = [escape(section.note)] if section.note else []
    if section.rows:
        blocks.append(_section_table(section, section.rows))
    if section.collapsed:
        blocks.append(f"*{escape(section.collapsed_note)}:*")
        blocks.append(_section_table(section, section.collapsed))
    return blocks


def _sections(sections: Sequence[Section], level: int = 2) -> list[str]:
    """Sections plugins contribute: a heading, the note, a table (a short row is padded)."""
    blocks = []
    for section in sections:
        blocks.append("#" * level + " " + escape(section.title))
        blocks.extend(_section_body(section))
    return blocks


def render_markdown(report: Report, context: RenderContext) -> str:
    """The report as GitHub-flavoured Markdown."""
    blocks = [
        f"# docdelta: {escape(report.old.name)} → {escape(report.new.name)}",
        _documents(report),
        *_summary(report),
        *_findings(report, context.sections),
        *_sections(loose_sections(report, context.sections)),
        "## Redline",
        LEGENDS[_style(context)],
        *_redline(redline(report), _style(context)),
    ]
    return "\n\n".join(blocks) + "\n"


def render_series_markdown(series: SeriesReport, context: RenderContext) -> str:
    """A series of documents as GitHub-flavoured Markdown: the documents, what plugins contribute
    (the claims over the versions, the claim matrix), then each step."""
    noun = "report" if series.mode == "matrix" else "version"
    rows = [
        [str(index + 1), escape(document.name), escape(str(document.metadata.get("date", "")))]
        for index, document in enumerate(series.documents)
    ]
    blocks = [f"# docdelta: {len(series.documents)} {noun}s ({series.mode})", _table(["", "document", "date"], rows)]
    for group in series.name_variants:
        spelled = " · ".join(f"**{escape(s)}** in {', '.join(str(d + 1) for d in docs)}" for s, docs in group.items())
        blocks.append(f"Name spelled differently: {spelled}")
    blocks.extend(_sections(context.sections))
    for index, (step, base) in enumerate(zip(series.steps, series.bases)):
        blocks.append(f"## Step {index + 1}: {noun} {base + 1} → {noun} {index + 2}")
        sections = context.step_sections[index] if index < len(context.step_sections) else ()
        blocks.extend([*_summary(step, level=3), *_findings(step, sections, level=3)])
        blocks.extend([*_sections(loose_sections(step, sections), level=3), "### Redline", LEGENDS[_style(context)]])
        blocks.extend(_redline(redline(step), _style(context)))
    return "\n\n".join(blocks) + "\n"
