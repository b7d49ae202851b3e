"""Terminal reports: ``--format text``, a word diff in the style of ``git diff --word-diff``."""

from __future__ import annotations

from docdelta import Renderer, RenderContext, Report, hookimpl

_RED, _GREEN, _CYAN, _DIM, _RESET = "\033[31m", "\033[32m", "\033[36m", "\033[2m", "\033[0m"


def render_text(report: Report, context: RenderContext) -> str:
    lines = [f"--- {report.old.name}", f"+++ {report.new.name}"]
    summary = report.summary
    lines.append(
        f"similarity {summary.similarity:.2f}; words +{summary.words_added} -{summary.words_removed} "
        f"moved {summary.words_moved}"
    )
    for finding in report.findings:
        lines.append(f"[{finding.severity}] {finding.check}: {finding.message}")
    lines.append("")
    out = []
    for edit in report.edits:
        if edit.op == "equal":
            text = edit.new.slice(report.new.text)
            out.append(f"{_CYAN}{text}{_RESET}" if context.color and edit.move else text)
        elif edit.op == "delete":
            text = edit.old.slice(report.old.text)
            out.append(f"{_RED}{text}{_RESET}" if context.color else f"[-{text}-]")
        elif edit.op == "insert":
            text = edit.new.slice(report.new.text)
            out.append(f"{_GREEN}{text}{_RESET}" if context.color else f"{{+{text}+}}")
    lines.append("".join(out))
    return "\n".join(lines) + "\n"


@hookimpl
def docdelta_register_renderers(register):
    register(Renderer("text", render_text, "Word diff for the terminal.", (".txt",)))
