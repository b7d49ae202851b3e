"""Plugins contribute what reports show: a third-party plugin, installed as a real distribution
with a ``docdelta`` entry point, adds a check and a section of its findings through
``docdelta_report_sections``; the text, Markdown and HTML renderers all show it."""

from __future__ import annotations

import html
import re
import json
from pathlib import Path

import pytest
from test_core_plugins import make_distribution, site  # noqa: F401 (site: the installed-distributions fixture)

import docdelta
from docdelta import Section, hookimpl

ROOT = Path(__file__).resolve().parent.parent
OLD = ROOT / "seeds" / "001_561bb7da592d2a00.txt"
NEW = ROOT / "seeds" / "000_ff12f16f314725a3.txt"

TALLY_PLUGIN = '''
from docdelta import Check, Finding, Section, hookimpl

WORDS = ("potash", "sanctions")


def tally(comparison):
    for word in WORDS:
        old, new = comparison.old.text.count(word), comparison.new.text.count(word)
        yield Finding(check="tally", kind="count", severity="info", message=f"{word}: {old} -> {new}",
                      data={"word": word, "old": old, "new": new})


@hookimpl
def docdelta_register_checks(register):
    register(Check("tally", tally, "Counts a few words."))


@hookimpl
def docdelta_report_sections(report):
    rows = [(f.data["word"], str(f.data["old"]), str(f.data["new"])) for f in report.findings if f.check == "tally"]
    return [Section("Word tally <both>", ("word", "old", "new"), rows, note="Counted in each text.")] if rows else None
'''


def _counts(word: str) -> tuple[int, int]:
    return OLD.read_text(encoding="utf-8").count(word), NEW.read_text(encoding="utf-8").count(word)


@pytest.mark.parametrize("format", ["text", "markdown", "html"])
def test_an_installed_plugins_section_shows_in_every_renderer_for_people(site, format):
    make_distribution(site.directory, "docdelta-tally", "docdelta_tally", TALLY_PLUGIN, entry="tally")
    result = site("compare", "--plugins", f"tally,{format}", "--format", format, "--color", "never", str(OLD), str(NEW))
    assert result.returncode == 1, result.stderr
    page = result.stdout if format == "text" else html.unescape(result.stdout.replace("\\", ""))  # Markdown escapes
    page = re.sub(r"<td [^>]*>", "<td>", page)  # each HTML cell is labelled by its column (for narrow screens)
    assert "Word tally <both>" in page and "Counted in each text." in page
    for word in ("potash", "sanctions"):
        old, new = _counts(word)
        assert {"text": f"{word} | {old} | {new}", "markdown": f"| {word} | {old} | {new} |",
                "html": f"<td>{word}</td><td>{old}</td><td>{new}</td>"}[format] in page  # fmt: skip
    if format == "html":
        assert "<td>Word tally" not in result.stdout and "&lt;both&gt;" in result.stdout  # escaped


def test_json_keeps_the_findings_not_the_section(site):
    make_distribution(site.directory, "docdelta-tally", "docdelta_tally", TALLY_PLUGIN, entry="tally")
    result = site("compare", "--plugins", "tally,json", str(OLD), str(NEW))
    report = json.loads(result.stdout)
    assert [f["data"]["word"] for f in report["findings"]] == ["potash", "sanctions"]
    assert "Word tally" not in result.stdout


class WrongSections:
    docdelta_name = "wrong-sections"

    @hookimpl
    def docdelta_report_sections(self, report):
        return ["not a section"]


def test_a_plugin_returning_something_else_is_named_and_the_report_still_renders():
    session = docdelta.Session(["text"], extra_plugins=[WrongSections()])
    output = session.render(session.compare("One.", "Two."), "text")
    assert "One" in output or "Two" in output
    (warning,) = session.warnings
    assert warning == "plugin 'wrong-sections' failed in docdelta_report_sections: TypeError: returned str, not Section (plugin bug)"


def test_sections_come_in_plugin_order():
    class First:
        docdelta_name = "first"

        @hookimpl
        def docdelta_report_sections(self):
            return [Section("A", ("x",), [("1",)])]

    class Second:
        docdelta_name = "second"

        @hookimpl
        def docdelta_report_sections(self):
            return [Section("B", ("x",), [("2",)]), Section("C", ("x",), [("3",)])]

    session = docdelta.Session(["markdown"], extra_plugins=[First(), Second()])
    output = session.render(session.compare("One.", "Two."), "markdown")
    assert output.index("## A") < output.index("## B") < output.index("## C") < output.index("## Redline")


class Reportedly:
    """Contributes an N-document table: how often each version says 'potash'."""

    docdelta_name = "potash-count"

    @hookimpl
    def docdelta_series_sections(self, series):
        columns = ("word", *(f"v{i + 1}" for i in range(len(series.documents))))
        counts = [str(document.text.count("potash")) for document in series.documents]
        return [Section("Potash in each version", columns, [("potash", *counts)])]


@pytest.mark.parametrize("format", ["text", "markdown", "html"])
def test_a_series_section_shows_once_in_every_series_renderer_for_people(format):
    session = docdelta.Session([format], extra_plugins=[Reportedly()])
    series = session.compare_series([OLD, NEW, OLD])
    output = re.sub(r"<td [^>]*>", "<td>", session.render(series, format))
    old, new = _counts("potash")
    row = {"text": f"potash | {old} | {new} | {old}", "markdown": f"| potash | {old} | {new} | {old} |",
           "html": f"<td>potash</td><td>{old}</td><td>{new}</td><td>{old}</td>"}[format]  # fmt: skip
    assert output.count("Potash in each version") == (3 if format == "html" else 1)  # HTML: heading, contents, caption
    assert output.count(row) == 1
    single = session.render(session.compare(OLD, NEW), format)
    assert "Potash in each version" not in single  # a series section is not a report's
