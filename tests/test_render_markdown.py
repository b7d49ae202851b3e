"""Markdown reports, rendered the way GitHub renders them (cmark-gfm, through cmarkgfm), and the way
renderers that drop raw HTML do (cmark-gfm's safe default)."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import cmarkgfm
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from cmarkgfm.cmark import Options

import docdelta
from conftest import SEED_NEW, SEED_OLD
from docdelta import Check, Finding, hookimpl

#: Elements a report may produce once GitHub has rendered it; anything else came from a document.
REPORT_ELEMENTS = {
    "h1", "h2", "h3", "h4", "p", "ul", "li", "table", "thead", "tbody", "tr", "th", "td",
    "strong", "em", "del", "br", "span", "blockquote",
}  # fmt: skip


class Rendered(HTMLParser):
    """The elements and the text of GitHub-flavoured Markdown rendered to HTML (raw HTML kept, as GitHub
    does before it sanitizes)."""

    def __init__(self, markdown: str, safe: bool = False) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict]] = []
        self.text: list[str] = []
        self.marked: list[tuple[str, str]] = []  # (del or strong, its text)
        self.open: list[str] = []
        options = 0 if safe else Options.CMARK_OPT_UNSAFE
        self.html = cmarkgfm.github_flavored_markdown_to_html(markdown, options=options)
        self.feed(self.html)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))
        if tag in ("del", "strong"):
            self.open.append(tag)
            self.marked.append((tag, ""))

    def handle_endtag(self, tag):
        if tag in ("del", "strong"):
            self.open.pop()

    def handle_data(self, data):
        self.text.append(data)
        if self.open:
            self.marked[-1] = (self.marked[-1][0], self.marked[-1][1] + data)

    def count(self, tag: str) -> int:
        return sum(1 for t, _ in self.elements if t == tag)

    @property
    def tags(self) -> set[str]:
        return {t for t, _ in self.elements}


def markdown(report: docdelta.Report) -> str:
    return docdelta.render(report, "markdown", plugins=["markdown", "claims"])


def marked_lines(report: docdelta.Report, op: str) -> list[str]:
    """The text of each ``op`` edit, line by line (each line is marked on its own), blank ones left out."""
    side = "new" if op == "insert" else "old"
    text = getattr(report, side).text
    runs: list[list[int]] = []  # edits of one kind that touch are drawn as one run
    previous = None
    for edit in report.edits:
        if edit.op != op:
            previous = edit.op
            continue
        span = getattr(edit, side)
        # (an insert drawn between two deletes parts them: "~~␌~~**:00**~~0~~", found by the property below)
        if runs and runs[-1][1] == span.start and previous == op:
            runs[-1][1] = span.end
        else:
            runs.append([span.start, span.end])
        previous = op
    lines = [
        docdelta.visible_controls(line).strip()
        for start, end in runs
        for line in re.split(r"\r\n|\r|\n", text[start:end])
    ]
    return [line for line in lines if line]


@pytest.mark.parametrize("safe", [False, True])
def test_seeds_redline_has_an_element_per_changed_line_even_without_raw_html(seeds_report, safe):
    source = markdown(seeds_report)
    redline = source[source.index("## Redline") :]
    page = Rendered(redline, safe=safe)
    assert page.tags <= REPORT_ELEMENTS
    assert "raw HTML omitted" not in page.html
    for op, tag in (("insert", "strong"), ("delete", "del")):
        # The legend comes first, then every changed line's words, struck or strong.
        assert [text for t, text in page.marked if t == tag][1:] == marked_lines(seeds_report, op), tag


def test_seeds_report_loses_nothing_where_raw_html_is_dropped(seeds_report):
    source = markdown(seeds_report)
    assert Rendered(source, safe=True).text == Rendered(source).text


def test_no_backslash_noise(seeds_report):
    source = markdown(seeds_report)
    assert "\\(" not in source and "\\)" not in source and "\\:" not in source
    assert "(count)" in source and "(move 1)" in source and "Dec. 13" in source


def test_critic_and_html_marks_on_request():
    styles = (("critic", "{-- is lifting--}", "{++ lifted++}"), ("html", "<del> is lifting</del>", "<ins> lifted</ins>"))
    for style, deleted, inserted in styles:
        session = docdelta.Session(options={"markdown-marks": style})
        report = session.compare(SEED_OLD, SEED_NEW)
        source = session.render(report, "markdown")
        assert deleted in source and inserted in source, style


#: Insertions and deletions that start or end with punctuation next to a word: emphasis only
#: works there with a zero-width space between the word and the mark.
PUNCTUATED = [
    ("The talks ended.", "The talks ended, officials said."),
    ("Sanctions (on potash) were lifted.", "Sanctions were lifted."),
    ("He left.Then he came back.", "He left.\"Then\" he came back."),
    ("Prices rose 5%today.", "Prices rose 5%, today."),
    ("It was a.b here.", "It was a\"b\" here."),
    ("It was lifted. here", "It was lifting here"),
]


@pytest.mark.parametrize(("old", "new"), PUNCTUATED)
def test_changes_next_to_punctuation_are_still_marked_without_raw_html(old, new):
    report = docdelta.Session(["markdown"]).compare(old, new)
    page = Rendered(markdown(report).split("## Redline")[1], safe=True)
    for op, tag in (("insert", "strong"), ("delete", "del")):
        assert [text for t, text in page.marked if t == tag][1:] == marked_lines(report, op), (op, page.html)


def test_summary_and_findings_tables(report_with_findings):
    source = markdown(report_with_findings)
    page = Rendered(source)
    assert page.count("table") == 3  # documents, claims that differ, claims the same (folded)
    tables = [part for part in source.split("\n\n") if part.startswith("| Status | Claim |")]
    statuses = [[row.split(" | ")[0].split("**")[1].split()[1] for row in table.splitlines()[2:]] for table in tables]
    assert statuses == [["changed", "removed", "added", "compatible"], ["same"]]
    assert "*1 claim the same in both:*\n\n| Status" in source
    assert "| **≠ changed** | Ukrainians freed (count) | five Ukrainians | five Ukrainian nationals |" in source
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
    assert "| **political prisoners (count)** | 123 | 123 | **≠ changed** **130** |" in source
    steps = [line for line in source.splitlines() if line.startswith("## Step ")]
    assert steps == ["## Step 1: version 1 → version 2", "## Step 2: version 2 → version 3"]
    second = source[source.index(steps[1]) :]
    redline = Rendered(second[second.index("### Redline") :], safe=True)
    inserted = [text for tag, text in redline.marked if tag == "strong"][1:]  # the first is the legend's
    assert inserted == marked_lines(series.steps[1], "insert") == ["130"]


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
@example(old="", new="\n\n\n\n")  # a warning naming "\n\n\n\n" opens its list item with blanks: no code block
@settings(max_examples=80, deadline=None)
def test_any_text_makes_no_markup(old, new):
    report = docdelta.Session(["markdown"]).compare(old, new, old_name=old[:20], new_name=new[:20])
    page = Rendered(markdown(report))
    assert page.tags <= REPORT_ELEMENTS
    assert not any(attrs for _, attrs in page.elements)
    # (a text with no words is compared with a warning, which has a heading of its own)
    assert page.count("h1") == 1 and page.count("h2") == 3 and page.count("h3") == bool(report.warnings)


@given(old=TEXTS, new=TEXTS)
@settings(max_examples=150, deadline=None)
def test_any_change_is_marked_where_raw_html_is_dropped(old, new):
    report = docdelta.Session(["markdown"]).compare(old, new)
    page = Rendered(markdown(report).split("\n## Redline\n")[1], safe=True)
    for op, tag in (("insert", "strong"), ("delete", "del")):
        shown = [text for t, text in page.marked if t == tag][1:]
        assert shown == marked_lines(report, op), (op, page.html)


@pytest.mark.parametrize("new", ["\u2028*", "\x85\u2028", "\n\x0c\n", "a\n\x0b\nb"])
def test_line_separators_and_a_line_of_a_form_feed_are_marked_like_any_insert(new):
    """Found by the property above: U+2028 beside emphasis is whitespace to Python but not to
    Markdown, so "**" around it stayed literal; a line holding only a form feed was read as a blank
    line and its insert vanished from the redline. Both are now shown (``<U+2028>``, ``␌``) and marked."""
    report = docdelta.Session(["markdown"]).compare("", new)
    page = Rendered(markdown(report).split("\n## Redline\n")[1], safe=True)
    shown = [text for t, text in page.marked if t == "strong"][1:]
    assert shown == marked_lines(report, "insert") != []


def test_two_deletes_an_insert_parts_are_two_marks():
    """Found by the property above: old "0\\r\\f0", new "0:00" deletes "\\r\\f", inserts ":00", then
    deletes "0": the deletes touch in the old text but the insert drawn between them parts them,
    so the redline strikes "␌" and "0" apart, each marked."""
    report = docdelta.Session(["markdown"]).compare("0\r\x0c0", "0:00")
    page = Rendered(markdown(report).split("\n## Redline\n")[1], safe=True)
    assert [text for t, text in page.marked if t == "del"][1:] == marked_lines(report, "delete") == ["␌", "0"]
