"""The HTML report's markup, without a browser (tests/test_browser.py opens it in Chromium)."""

from __future__ import annotations

import base64
import hashlib
import html
import re
from html.parser import HTMLParser
from pathlib import Path

from attrs import evolve
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import docdelta
from docdelta_claims.sections import claim_tracks
from docdelta import Block, Document, Normalizer, hookimpl

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


class Elements(HTMLParser):
    """Every start tag with its attributes, and the text, of an HTML page."""

    def __init__(self, page: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.style = ""
        self._in_style = False
        self.feed(page)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_style = tag == "style"

    def handle_endtag(self, tag):
        self._in_style = False

    def handle_data(self, data):
        if self._in_style:
            self.style += data
        else:
            self.text.append(data)

    def attribute_values(self, name: str) -> list[str]:
        return [attrs[name] or "" for _, attrs in self.tags if name in attrs]


def render(report: docdelta.Report) -> str:
    return docdelta.render(report, "html", plugins=["html", "claims"])


def test_page_is_self_contained_and_its_only_style_is_allowed_by_hash(report_with_findings):
    page = Elements(render(report_with_findings))
    policy = next(a["content"] for t, a in page.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy")
    digest = base64.b64encode(hashlib.sha256(page.style.encode("utf-8")).digest()).decode()
    assert policy.startswith("default-src 'none'; ")
    assert f"style-src 'sha256-{digest}'" in policy
    assert "script" not in {tag for tag, _ in page.tags}
    assert all(href.startswith("#") for href in page.attribute_values("href"))
    assert page.attribute_values("src") == []
    assert not any(name.startswith("on") for _, attrs in page.tags for name in attrs)


def test_landmarks_and_headings(report_with_findings):
    tags = [tag for tag, _ in Elements(render(report_with_findings)).tags]
    for landmark in ("header", "nav", "main", "footer"):
        assert tags.count(landmark) == 1, landmark
    assert tags.count("h1") == 1
    assert tags.index("h1") < tags.index("h2") < tags.index("h3")


#: A row of a section's table and its first cell's badge: ``(row, status)``.
BADGED_ROW = re.compile(r'<tr class="tone-\w+"><td data-label="Status"[^>]*><span class="badge sev-\w+">\S+ (\w+)</span>.*?</tr>')


def test_claims_table_lists_changed_claims_first(report_with_findings):
    page = render(report_with_findings)
    rows = [(match.group(0), match.group(1)) for match in BADGED_ROW.finditer(page)]
    assert [status for _, status in rows] == ["changed", "removed", "added", "compatible", "same"]
    first_row = rows[0][0]
    assert "five Ukrainians" in first_row and "five Ukrainian nationals" in first_row
    assert '<span class="badge sev-high">≠ changed</span>' in first_row  # a symbol and a word, not colour alone
    assert "<q>Ukrainian President Volodymyr Zelensky said <mark>five Ukrainians</mark> were among" in first_row
    same = page[page.index('<details class="collapsed"><summary>1 claim the same in both</summary>') :]
    assert same.index(rows[4][0]) < same.index("</details>")  # the claim the same in both, folded


def test_other_findings_render_generically_by_check(report_with_findings):
    page = Elements(render(report_with_findings))
    headings = [t for t in page.text if t.strip() in ("numeric-claims", "name-variants", "third-party")]
    assert [h.strip() for h in headings] == ["numeric-claims", "name-variants", "third-party"]
    text = "".join(page.text)
    assert "Kalesnikova is also spelled Kalesnikava" in text
    assert "A check nobody here wrote." in text


def test_summary_figures(report_with_findings):
    text = " ".join("".join(Elements(render(report_with_findings)).text).split())
    summary = report_with_findings.summary
    assert f"{summary.similarity * 100:.1f}% similar" in text
    assert f"+{summary.words_added} words added" in text
    assert f"−{summary.words_removed} words removed" in text
    assert f"⇄{summary.words_moved} words moved" in text
    assert "high 1 medium 3 low 1 info 2" in text  # the stand-in findings
    assert f"factual {summary.changes_by_class['factual']} substantive" in text


class FooterParser:
    """Marks a feed's footer (the last paragraph of the old seed) as an ignored block."""

    @hookimpl
    def docdelta_parse(self, source):
        document = Document.from_text(source.data.decode("utf-8"), name=source.name)
        blocks = list(document.blocks)
        if document.text[blocks[-1].span.start :].startswith("From The Kyiv Independent"):
            blocks[-1] = Block("feed-footer", blocks[-1].span, ignored=True)
        return evolve(document, blocks=blocks)


def test_ignored_blocks_are_collapsed():
    report = docdelta.Session(["html"], extra_plugins=[FooterParser()]).compare(SEEDS / "001_561bb7da592d2a00.txt", SEEDS / "000_ff12f16f314725a3.txt")
    assert [e.op for e in report.edits].count("ignore") == 1
    page = render(report)
    redline = page[page.index('<div class="redline">') : page.index('<section id="side-by-side"')]
    assert redline.count('<details class="ignored">') == 1
    assert "ignored feed-footer" in redline and "(old text only, 13 words)" in redline
    assert "<details class=\"ignored\" open" not in page
    assert page.count('<li class="row row-ignored">') == 1


def changes_marked(html: str, tag: str) -> int:
    """``<tag>`` elements that start a change: a paragraph a change continues into has class ``more``."""
    count = 0
    for attributes in re.findall(rf"<{tag} ([^>]*)>", html):
        classes = re.search(r'(?<![\w-])class="([^"]*)"', attributes)
        count += classes is None or "more" not in classes.group(1).split()
    return count


def test_text_beyond_the_shorter_one_is_labelled(report_with_findings):
    report = report_with_findings
    tail = len(report.edits) - 3
    report = evolve(report, edits=[evolve(e, beyond=i >= tail) for i, e in enumerate(report.edits)])
    page = render(report)
    assert page.count("beyond the end of the shorter text") == 1
    redline = page[page.index('<div class="redline">') : page.index('<section id="side-by-side"')]
    after = redline[redline.index("beyond the end of the shorter text") :]
    marked = re.compile(r'class="(?:[^"]* )?beyond[ "]')
    # One element per edit; a paragraph it continues into is another element, of class "more".
    firsts = [c for c in re.findall(r'class="([^"]*)"', after) if "beyond" in c.split() and "more" not in c.split()]
    assert len(firsts) == 3
    assert not marked.findall(redline[: redline.index("beyond the end of the shorter text")])


class Casefold:
    @hookimpl
    def docdelta_register_normalizers(self, register):
        register(Normalizer("casefold", str.casefold, "Compare without regard to case."))


def test_identical_empty_normalized_and_filtered_documents():
    cases = [
        ("", "", {}, "The texts are identical."),
        ("Same text.", "Same text.", {}, "The texts are identical."),
        ("Same Text.", "same text.", {}, "No differences (after normalization)."),
        ("A cat sat.", "A cat sat!", {"min-class": "wording"}, "No changes left after filtering by class."),
        ("A cat sat.", "A dog sat.", {}, "The texts differ."),
    ]
    for old, new, options, verdict in cases:
        report = docdelta.Session(["html"], extra_plugins=[Casefold()], options=options).compare(old, new)
        page = render(report)
        assert f'<p class="verdict">{html.escape(verdict)}</p>' in page, (old, new)
        assert ("<ins" in page.split('<section id="redline"')[1]) == (verdict == "The texts differ.")


def test_output_is_deterministic(report_with_findings):
    assert render(report_with_findings) == render(report_with_findings)


def test_a_moved_paragraph_shows_once_where_it_stands_and_marks_where_it_left():
    from docdelta.view import redline

    old = "Alpha one two three four.\n\nBravo one two three four.\n\nCharlie five six seven eight.\n\nDelta nine ten."
    new = "Charlie five six seven eight.\n\nAlpha one two three four.\n\nBravo one two three four.\n\nDelta nine ten."
    runs = redline(docdelta.Session(["html"]).compare(old, new))
    assert [(run.kind, run.label) for run in runs] == [
        ("moved", "moved here from further down"),
        ("text", ""),
        ("moved-away", "text moved further up"),
        ("text", ""),
    ]
    assert "".join(p.text for p in runs[1].pieces).endswith("Bravo one two three four.\n\n")
    assert runs[0].move == runs[2].move == 1
    page = render(docdelta.Session(["html"]).compare(old, new))
    assert '<span class="move" id="move-1"><a class="move-link" href="#moved-away-1">' in page
    assert '<a class="moved-away" id="moved-away-1" href="#move-1">' in page


def series_versions() -> list[str]:
    """The feed text, the site text plus a paragraph, then an update with one number changed."""
    site = (SEEDS / "000_ff12f16f314725a3.txt").read_text(encoding="utf-8")
    extra = "\n\nBorder guards said 40 trucks crossed into Lithuania on Saturday."
    update = site.replace("release of 123 political prisoners", "release of 130 political prisoners")
    return [(SEEDS / "001_561bb7da592d2a00.txt").read_text(encoding="utf-8"), site + extra, update]


def test_every_id_on_a_page_is_unique(report_with_findings):
    for page in (render(report_with_findings), docdelta.render(docdelta.compare_series(series_versions()), "html")):
        ids = Elements(page).attribute_values("id")
        assert len(ids) == len(set(ids)) > 20
        hrefs = Elements(page).attribute_values("href")
        assert {href[1:] for href in hrefs} <= set(ids)  # every link lands


def test_series_page_shows_claims_over_the_versions_and_each_step():
    series = docdelta.compare_series(series_versions())
    page = docdelta.render(series, "html")
    elements = Elements(page)
    assert [t for t, a in elements.tags if a.get("class") == "step"] == ["section"] * len(series.steps) == ["section"] * 2
    tracks = claim_tracks(series)
    changed = [track for track in tracks if track.changed_at]
    timeline = page[page.index("<caption") : page.index("</table>")]
    assert timeline.count('<tr class="tone-high">') == len(changed) > 0
    prisoners = timeline[timeline.index("political prisoners (count)") :]
    prisoners = prisoners[: prisoners.index("</tr>")]
    assert re.findall(r'<td data-label="\d"[^>]*>(?:<span[^>]*>[^<]*</span> )?([^<]*)</td>', prisoners) == ["123", "123", "130"]
    assert '<span class="badge sev-high">≠ changed</span> 130' in prisoners
    for index, step in enumerate(series.steps):
        redline = page[page.index(f'id="step-{index + 1}-redline"') :]
        redline = redline[: redline.index("</details>\n</section>")]
        assert changes_marked(redline, "ins") == sum(e.op == "insert" for e in step.edits)
        assert changes_marked(redline, "del") == sum(e.op == "delete" for e in step.edits)


def test_series_page_escapes_names_and_text():
    hostile = "<script>alert(1)</script>"
    series = docdelta.Session(["html"]).compare_series([f"One {hostile} two.", f"One {hostile} three.", "Four."])
    page = docdelta.render(series, "html", plugins=["html"])
    assert "<script" not in page.replace("&lt;script", "")
    assert page.count("&lt;script&gt;alert(1)&lt;/script&gt;") >= 2


#: Arbitrary Unicode (no NUL: the core refuses it as binary) mixed with markup and paragraph breaks.
TEXTS = st.lists(
    st.one_of(
        st.text(st.characters(exclude_characters="\x00", exclude_categories=("Cs",)), max_size=8),
        st.sampled_from(["<", ">", "&", '"', "</div>", "<script>", "&amp;", "\n\n", "\r\n", "{{ x }}", "{%", " word "]),
    ),
    max_size=20,
).map("".join)


@given(old=TEXTS, new=TEXTS)
@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_any_text_shows_literally_in_the_redline(old, new):
    report = docdelta.Session(["html"]).compare(old, new)
    page = render(report)
    assert "<script" not in page
    redline = page[page.index('<div class="redline">') + len('<div class="redline">') : page.index("</div>\n</section>")]
    redline = re.sub(r'<a class="(?:move-link|moved-away)"[^>]*>.*?</a>|<span class="beyond-mark"[^>]*>[^<]*</span>', "", redline)
    shown = html.unescape(re.sub(r"<[^>]*>", "", redline))
    expected = "".join(
        (e.old.slice(old) if e.op == "delete" else e.new.slice(new)) for e in report.edits
    )
    assert shown == docdelta.visible_controls(expected)  # control characters shown as symbols


def test_findings_link_to_their_place_in_the_redline(report_with_findings):
    page = render(report_with_findings)
    rows = {match.group(1): match.group(0) for match in BADGED_ROW.finditer(page)}
    for status, starts_with in (("changed", "five Ukrainian nationals"), ("removed", "two days")):
        row = rows[status]
        anchor = re.search(r'<a class="to-text" href="#([\w-]+)">in the text', row).group(1)
        after = page[page.index(f'<span class="anchor" id="{anchor}"></span>') :]
        assert html.unescape(re.sub(r"<[^>]*>", "", after)).startswith(starts_with), status
    redline = page[page.index('<div class="redline">') : page.index('<section id="side-by-side"')]
    assert redline.count('<span class="anchor"') == len(report_with_findings.findings) - 1  # one has no spans
