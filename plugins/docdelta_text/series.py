"""The terminal view of a series: versions, what plugins contribute (the claims timeline), then each step's word diff."""

from __future__ import annotations

import attrs

from docdelta import RenderContext, SeriesReport

from docdelta_text.render import Writer, section_lines, visible


def render_series_text(series: SeriesReport, context: RenderContext, render_step) -> str:
    """``render_step(report, context)`` renders one pairwise report (the text renderer's own function)."""
    # Names, dates and claims are document text: shown, never obeyed by the terminal. A step's
    # report is made visible by ``render_step`` itself, and may hold its colours' escape codes.
    lines = [visible(line) for line in _overview(series)]
    contributed = Writer(context.width, context.color)
    section_lines(context.sections, contributed)
    lines += contributed.lines
    for index, step in enumerate(series.steps):
        sections = context.step_sections[index] if index < len(context.step_sections) else ()
        step_context = attrs.evolve(context, sections=sections, step_sections=())
        lines += ["", f"=== step {index + 1}: document {series.bases[index] + 1} → document {index + 2}"]
        lines.append(render_step(step, step_context).rstrip("\n"))
    return "\n".join(lines) + "\n"


def _overview(series: SeriesReport) -> list[str]:
    """The versions and the name variants, as raw text."""
    lines = [f"{len(series.documents)} documents ({series.mode})"]
    for index, document in enumerate(series.documents):
        date = document.metadata.get("date", "")
        line = f"  {index + 1}. {document.name}" + (f"  {date}" if date else "")
        if index:
            step = series.steps[index - 1]
            s = step.summary
            line += (
                f"  (vs {series.bases[index - 1] + 1}: +{s.words_added} -{s.words_removed} words, "
                f"{s.words_moved} moved, {len(step.findings)} findings)"
            )
        lines.append(line)
    for group in series.name_variants:
        spelled = "; ".join(f"{s} in {', '.join(str(d + 1) for d in docs)}" for s, docs in group.items())
        lines.append(f"name spelled differently: {spelled}")
    return lines
