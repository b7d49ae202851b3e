"""Markdown reports, rendered the way GitHub renders them (cmark-gfm, through cmarkgfm)."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import cmarkgfm
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from cmarkgfm.cmark import Options

import docdelta
from docdelta import Check, Finding, hookimpl

#: Elements a report may produce once GitHub has rendered it; anything else came from a document.
REPORT_ELEMENTS = {
    "h1", "h2", "h3", "h4", "p", "ul", "li", "table", "thead", "tbody", "tr", "th", "td",
    "strong", "em", "del", "ins", "br", "details", "summary", "span",
}  # fmt: skip


class Rendered(HTMLParser):
    """The elements and the text of GitHub-flavoured Markdown rendered to HTML (raw HTML kept, as GitHub
    does before it sanitizes)."""

    def __init__(self, markdown: str) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict]] = []
        self.text: list[str] = []
        self.feed(cmarkgfm.github_flavored_markdown_to_html(markdown, options=Options.CMARK_OPT_UNSAFE))
        self.close()

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)

    def count(self, tag: str) -> int:
        return sum(1 for t, _ in self.elements if t == tag)

    @property
    def tags(self) -> set[str]:
        return {t for t, _ in self.elements}


def markdown(report: docdelta.Report) -> str:
    return docdelta.render(report, "markdown", plugins=["markdown"])


def test_seeds_redline_has_an_element_per_change(seeds_report):
    page = Rendered(markdown(seeds_report))
    assert page.tags <= REPORT_ELEMENTS
    # A change spanning paragraphs is marked once per paragraph; the legend adds one of each.
    for op, tag in (("insert", "ins"), ("delete", "del")):
        edits = [e for e in seeds_report.edits if e.op == op]
        side = "new" if op == "insert" else "old"
        text = getattr(seeds_report, side).text
        paragraphs = sum(1 + getattr(e, side).slice(text).strip().count("\n\n") for e in edits)
        assert page.count(tag) - 1 == paragraphs, tag


def test_summary_and_findings_tables(report_with_findings):
    source = markdown(report_with_findings)
    page = Rendered(source)
    assert page.count("table") == 3  # documents, claims that differ, claims the same (folded)
    tables = [part for part in source.split("\n\n") if part.startswith("| Status | Claim |")]
    statuses = [[row.split(" | ")[0].split("**")[1] for row in table.splitlines()[2:]] for table in tables]
    assert statuses == [["changed", "removed", "added", "compatible"], ["same"]]
    assert "<details><summary>1 claim the same in both</summary>\n\n| Status" in source
    assert "| ≠ **changed** | **Ukrainians freed** \\(count\\)<br>five Ukrainians → five Ukrainian nationals |" in source
    text = "".join(page.text)
    assert "Kalesnikova is also spelled Kalesnikava" in text
    assert "new: “Kalesnikava”" in text
    assert "Findings by severity: high 1 · medium 3 · low 1 · info 2" in text
    assert f"Similarity: {report_with_findings.summary.similarity * 100:.1f}%" in text


HOSTILE = [
    "# not a heading",
    "- not a list",
    "1. not a list either",
    "    not code",
    "```\nnot a fence\n```",
    "> not a quote",
    "*not emphasis* _nor this_ **nor this** ~~nor this~~",
    "[not a link](https://example.com) ![no image](x.png) <https://example.org>",
    "https://example.net www.example.com editor@example.com mailto:x@example.com _www.example.org (www.x.org)",
    "<script>alert(1)</script> <img src=x onerror=alert(1)> </textarea> <!-- comment",
    "| not | a table |\n|---|---|",
    "Not a heading either\n===",
    "back\\slash\\ and &amp; entity &lt;b&gt; and `code`",
    "<details><summary>not a disclosure</summary>",
    "trailing spaces  \nand a tab\there",
]


class HostileFinding:
    @hookimpl
    def docdelta_register_checks(self, register):
        def find(comparison):
            return [
                Finding(check="<b>check</b>", kind="*kind*", severity="high", message=HOSTILE[7], new_spans=[docdelta.Span(0, 15)]),
                Finding(
                    check="numeric-claims", kind="claim", severity="high", message="| pipe",
                    data={"status": "changed", "subject": HOSTILE[9], "category": "count",
                          "old": {"text": "[1](x)", "value": 1}, "new": {"text": "<b>2</b>", "value": 2}},
                ),
            ]  # fmt: skip

        register(Check("hostile", find, "Hostile findings."))


class HostileMetadata:
    """Parses every input with metadata that tries to make a link, a cell and a tag."""

    @hookimpl
    def docdelta_parse(self, source):
        document = docdelta.Document.from_text(source.data.decode("utf-8"), name=source.name)
        metadata = {"date": "[2025](javascript:x) | cell", "<b>key</b>": "<script>alert(3)</script>"}
        return docdelta.Document(name=document.name, text=document.text, blocks=document.blocks, metadata=metadata)


@pytest.fixture(scope="module")
def hostile_markdown() -> str:
    old = "\n\n".join(HOSTILE)
    new = "\n\n".join([*reversed(HOSTILE), "<b>new</b> [x](y)"])
    session = docdelta.Session(["markdown"], extra_plugins=[HostileFinding(), HostileMetadata()])
    report = session.compare(old, new, old_name="<img src=x onerror=alert(1)>.txt", new_name="[n](javascript:x).md")
    return markdown(report)


def test_hostile_text_makes_no_markup(hostile_markdown):
    page = Rendered(hostile_markdown)
    assert page.tags <= REPORT_ELEMENTS
    assert page.count("details") == 0 and page.count("h1") == 1 and page.count("table") == 2
    assert not any(attrs for _, attrs in page.elements)  # no href, src, on*=, style...


def test_hostile_text_shows_literally(hostile_markdown):
    text = "".join(Rendered(hostile_markdown).text)
    for line in HOSTILE:
        for part in line.replace("  \n", "\n").split("\n"):
            assert part.strip() in text, part
    assert "<img src=x onerror=alert(1)>.txt → [n](javascript:x).md" in text
    assert "<b>check</b>" in text and "*kind*" in text and "[1](x)" in text and "<b>2</b>" in text
    assert "[2025](javascript:x) | cell" in text and "<b>key</b>" in text and "<script>alert(3)</script>" in text


def test_output_is_deterministic(report_with_findings):
    assert markdown(report_with_findings) == markdown(report_with_findings)


def test_series_shows_claims_over_the_versions_then_each_step():
    seeds = Path(__file__).resolve().parent.parent / "seeds"
    site = (seeds / "000_ff12f16f314725a3.txt").read_text(encoding="utf-8")
    versions = [(seeds / "001_561bb7da592d2a00.txt").read_text(encoding="utf-8"), site, site.replace("123 political", "130 political")]
    series = docdelta.compare_series(versions)
    source = docdelta.render(series, "markdown")
    page = Rendered(source)
    assert page.tags <= REPORT_ELEMENTS
    assert "| **political prisoners** \\(count\\) | **123** | **123** | ≠ changed: **130** |" in source
    steps = [line for line in source.splitlines() if line.startswith("## Step ")]
    assert steps == ["## Step 1: version 1 → version 2", "## Step 2: version 2 → version 3"]
    second = source[source.index(steps[1]) :]
    assert second.count("<ins>") - 1 == sum(e.op == "insert" for e in series.steps[1].edits)  # one is the legend's


#: Arbitrary Unicode (no NUL: the core refuses it as binary) mixed with Markdown and HTML syntax.
TEXTS = st.lists(
    st.one_of(
        st.text(st.characters(exclude_characters="\x00", exclude_categories=("Cs",)), max_size=6),
        st.sampled_from(
            ["\n\n", "\n", "    ", "# ", "- ", "1. ", "> ", "*", "_", "`", "~~", "[", "](", ")", "!", "|", "<b>", "</del>",
             "<!--", "&amp;", "https://x.org", "www.x.org", "a@b.org", "\\", "---", "==="]
        ),
    ),
    max_size=25,
).map("".join)  # fmt: skip


@given(old=TEXTS, new=TEXTS)
@settings(max_examples=80, deadline=None)
def test_any_text_makes_no_markup(old, new):
    source = markdown(docdelta.Session(["markdown"]).compare(old, new, old_name=old[:20], new_name=new[:20]))
    page = Rendered(source)
    assert page.tags <= REPORT_ELEMENTS
    assert not any(attrs for _, attrs in page.elements)
    assert page.count("h1") == 1 and page.count("h2") == 3 and page.count("h3") == 0
