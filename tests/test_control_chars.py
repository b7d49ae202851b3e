"""Control characters in documents: shown as symbols in every report people read, kept exactly in JSON.

A document's escape sequences (ESC, the other C0 and C1 controls, DEL) and bidirectional overrides and
isolates reach the terminal, Markdown and HTML reports only as visible symbols (``␛`` for ESC,
``<U+202E>`` for RIGHT-TO-LEFT OVERRIDE), in the redline and in names, metadata, claims and findings
alike; tab and line ends stay where they belong. The JSON report keeps the text exactly. A ``str``
holding NUL is text and compares; bytes and files holding NUL are still refused as binary.
"""

from __future__ import annotations

import html
import json
import os
import re
import subprocess
import sys

import pytest

import docdelta
from docdelta_claims.sections import claims_section, series_sections
from docdelta import Check, Finding, Source, Span, hookimpl

C0 = [chr(code) for code in range(0x20)]
LAYOUT = {"\t", "\n", "\r"}  # kept: they lay the text out
C1 = [chr(code) for code in range(0x80, 0xA0)]
BIDI = [chr(code) for code in [*range(0x202A, 0x202F), *range(0x2066, 0x206A)]]
#: Every character a report must not pass on raw, NUL included (a str may hold it).
HIDDEN = [*(c for c in C0 if c not in LAYOUT), "\x7f", *C1, *BIDI]
#: What each of them looks like in a report.
SYMBOLS = {c: chr(0x2400 + ord(c)) for c in C0 if c not in LAYOUT} | {"\x7f": "␡"} | {
    c: f"<U+{ord(c):04X}>" for c in [*C1, *BIDI]
}
RAW = re.compile("[" + "".join(re.escape(c) for c in HIDDEN) + "]")
SGR = re.compile(r"\x1b\[[0-9;]*m")  # the terminal renderer's own colours
#: Clears the screen, retitles the window, reverses the text after it, opens a C1 escape.
FRAGMENT = "\x1b[2J\x1b]0;owned\x07\u202eevil\x9b"
SHOWN = "␛[2J␛]0;owned␇<U+202E>evil<U+009B>"
FORMATS = ["text", "markdown", "html"]


def story(count: int) -> str:
    """A news text with every hidden character in a kept paragraph, and some in the header, a claim and changes."""
    return "\n\n".join(
        [
            f"title: Story {FRAGMENT}\nauthor: A. Writer{FRAGMENT}",
            f"Opening {' '.join(HIDDEN)} paragraph.",
            f"Officials counted {count}{FRAGMENT} prisoners on Friday.",
            f"Version {count} adds \x1b[5mblinking\x08 words." if count % 2 else "An even version says less\x1b[8m.",
            "Tabs\tand\r\nWindows line ends stay.",
        ]
    )


def _count(text: str) -> tuple[Span, int, str]:
    """The claim's span (the count and the fragment after it), its value and its sentence."""
    match = re.search(r"counted (\d+)", text)
    sentence = text[text.index("Officials") : text.index("Friday.") + len("Friday.")]
    return Span(match.start(1), match.end(1) + len(FRAGMENT)), int(match.group(1)), sentence


def hostile_claims(comparison: docdelta.Comparison) -> list[Finding]:
    """One changed claim in the claims plugin's data contract, its subject and text full of controls."""
    old_span, old_value, old_sentence = _count(comparison.old.text)
    new_span, new_value, new_sentence = _count(comparison.new.text)
    records = [
        {"text": span.slice(text), "value": value, "sentence": sentence}
        for span, value, sentence, text in (
            (old_span, old_value, old_sentence, comparison.old.text),
            (new_span, new_value, new_sentence, comparison.new.text),
        )
    ]
    return [
        Finding(
            check="numeric-claims", kind="claim", severity="high", message=f"count changed {FRAGMENT}",
            old_spans=[old_span], new_spans=[new_span], factual=True,
            data={"status": "changed", "subject": f"prisoners{FRAGMENT}", "category": "count",
                  "old": records[0], "new": records[1]},
        )  # fmt: skip
    ]


def hostile_names(comparison: docdelta.Comparison) -> list[Finding]:
    variants = {f"Kalesnikova{FRAGMENT}": {"old": [[0, 1]]}, "Kalesnikava": {"new": [[0, 1]]}}
    message = f"name spelled two ways: Kalesnikova{FRAGMENT}"
    return [Finding("hostile-names", "name-variant", "low", message, data={"variants": variants})]


class HostileChecks:
    """Claims, a name variant and messages holding control characters, as a check might write them."""

    docdelta_name = "hostile-checks"

    @hookimpl
    def docdelta_register_checks(self, register):
        register(Check("numeric-claims", hostile_claims, "A stand-in claims check."))
        register(Check("hostile-names", hostile_names, "A stand-in name-variants check."))

    @hookimpl
    def docdelta_report_sections(self, report):
        return [claims_section(report)]  # the claims plugin's table of the stand-in's claims

    @hookimpl
    def docdelta_series_sections(self, series):
        return series_sections(series)


@pytest.fixture(scope="module")
def session() -> docdelta.Session:
    return docdelta.Session(["news", "json", *FORMATS], extra_plugins=[HostileChecks()])


@pytest.fixture(scope="module")
def report(session) -> docdelta.Report:
    return session.compare(story(12), story(13), old_name=f"old{FRAGMENT}.txt", new_name=f"new{FRAGMENT}.txt")


def outputs(session: docdelta.Session, report, format_name: str) -> list[str]:
    """The report as shown: the terminal view with and without colours (colours taken out)."""
    if format_name == "text":
        return [SGR.sub("", session.render(report, "text", color=color)) for color in (False, True)]
    return [session.render(report, format_name)]


def shown_text(output: str, format_name: str) -> str:
    """What a reader sees of ``output``: HTML tags and character references, Markdown's escapes undone."""
    if format_name == "text":
        return output
    return html.unescape(re.sub(r"<[^>]*>|\\(?=[^\w\s])", "", output))


def assert_shown_as_symbols(output: str, format_name: str) -> None:
    assert not RAW.search(output), [hex(ord(c)) for c in RAW.findall(output)][:10]
    seen = shown_text(output, format_name)
    for char, symbol in SYMBOLS.items():
        assert symbol in seen, (hex(ord(char)), symbol)


def test_visible_controls_shows_each_control_as_a_symbol():
    assert docdelta.visible_controls(FRAGMENT) == SHOWN
    for char, symbol in SYMBOLS.items():
        assert docdelta.visible_controls(f"a{char}b") == f"a{symbol}b"
    kept = "Tab\tline\nend\r\nand é, ‘quotes’, \xa0 and \ufeff"
    assert docdelta.visible_controls(kept) == kept
    # A line or paragraph separator breaks a line for some readers and is whitespace for none of
    # Markdown's: shown, as a bidi mark is.
    assert docdelta.visible_controls("a\u2028b\u2029c") == "a<U+2028>b<U+2029>c"


@pytest.mark.parametrize("format_name", FORMATS)
def test_a_report_shows_control_characters_as_symbols(session, report, format_name):
    for output in outputs(session, report, format_name):
        assert_shown_as_symbols(output, format_name)
        seen = shown_text(output, format_name)
        for where in (f"old{SHOWN}.txt", f"new{SHOWN}.txt", f"prisoners{SHOWN}", f"12{SHOWN}",
                      f"name spelled two ways: Kalesnikova{SHOWN}", "blinking␈"):  # fmt: skip
            assert where in seen, (format_name, where)


@pytest.mark.parametrize("format_name", ["html", "markdown"])
def test_the_header_metadata_shows_control_characters_as_symbols(session, report, format_name):
    seen = shown_text(session.render(report, format_name), format_name)
    assert f"Story {SHOWN}" in seen and f"A. Writer{SHOWN}" in seen


def test_the_cli_writes_a_markdown_report_without_control_characters(tmp_path):
    # Files are raw data: no NUL there (that is binary), and few controls among the words.
    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_text(f"Officials counted 12{FRAGMENT} prisoners.\n\nOpening \x1b[31m red\x7f.\n", encoding="utf-8")
    new.write_text(f"Officials counted 13{FRAGMENT} prisoners.\n\nOpening \x1b[31m red\x7f.\n", encoding="utf-8")
    environment = {k: v for k, v in os.environ.items() if not k.startswith("DOCDELTA_")}
    output = tmp_path / "out.md"
    command = ["compare", "old.txt", "new.txt", "--format", "markdown", "-o", "out.md"]
    result = subprocess.run(
        [sys.executable, "-m", "docdelta", *command], capture_output=True, text=True, cwd=tmp_path, env=environment
    )
    assert result.returncode == 1, result.stderr
    written = output.read_text(encoding="utf-8")
    assert not RAW.search(written)
    seen = shown_text(written, "markdown")
    assert "prisoners" in seen and "␛[2J␛]0;owned␇<U+202E>evil<U+009B>" in seen and "␛[31m red␡" in seen


@pytest.fixture(scope="module", params=["timeline", "matrix"])
def series(request, session) -> docdelta.SeriesReport:
    versions = [Source.from_text(story(n), name=f"version {n}{FRAGMENT}.txt") for n in (12, 13, 14)]
    return session.compare_series(versions, mode=request.param)


def test_the_series_text_view_shows_control_characters_as_symbols(session, series):
    for output in outputs(session, series, "text"):
        assert_shown_as_symbols(output, "text")
        overview = output[: output.index("=== step 1")]
        assert f"1. version 12{SHOWN}.txt" in overview
        assert f"Kalesnikova{SHOWN} in 1" in overview
        if series.mode == "matrix":  # the claims plugin's matrix, from its own reading of the texts
            assert "Claim matrix" in overview
        else:
            row = f"prisoners{SHOWN} (count) | 12{SHOWN} | ≠ changed 13{SHOWN} | ≠ changed 14{SHOWN}"
            assert row in " ".join(overview.split())


@pytest.mark.parametrize("format_name", ["markdown", "html"])
def test_the_series_pages_show_control_characters_as_symbols(session, series, format_name):
    output = session.render(series, format_name)
    assert_shown_as_symbols(output, format_name)
    assert f"version 12{SHOWN}.txt" in shown_text(output, format_name)


def test_the_json_report_keeps_the_text_exactly_and_is_valid_json(session, report):
    old, new = story(12), story(13)
    data = json.loads(session.render(report, "json"))
    assert data["documents"]["old"]["name"] == f"old{FRAGMENT}.txt"
    assert data["documents"]["new"]["metadata"]["title"] == f"Story {FRAGMENT}"
    for side, text in (("old", old), ("new", new)):
        pieces = []
        for edit in data["edits"]:
            start, end = edit[side]
            if start < end:
                piece = edit["text"] if side == "new" or edit["op"] == "delete" else edit.get("old_text", edit["text"])
                assert text[start:end] == piece, (side, edit)
                pieces.append((start, piece))
        assert "".join(piece for _, piece in sorted(pieces)) == text


TEXT_WITH_NUL = "text\x00with NUL\n\nA second \x00 paragraph of 12 words."
OTHER = "other\x00text\n\nA second paragraph of 13 words."


@pytest.mark.parametrize("plugins", [[], None], ids=["core only", "default plugins"])
def test_a_str_with_nul_is_text_and_compares(plugins):
    report = docdelta.Session(plugins=plugins).compare(TEXT_WITH_NUL, OTHER)
    assert report.old.text == TEXT_WITH_NUL and report.new.text == OTHER
    docdelta.check_tiling(report.edits, TEXT_WITH_NUL, OTHER)
    assert report.has_changes
    assert docdelta.compare(TEXT_WITH_NUL, TEXT_WITH_NUL, plugins=plugins).has_changes is False


def test_a_str_that_looks_binary_is_still_text():
    looks_binary = "%PDF-1.4 " + "".join(C0) * 3  # a PDF signature, and mostly controls
    report = docdelta.compare(looks_binary, "A plain sentence.")
    assert report.old.text == looks_binary
    docdelta.check_tiling(report.edits, looks_binary, "A plain sentence.")


def test_a_source_made_from_text_says_so():
    assert Source.from_text("a\x00b", name="given").is_text
    assert Source.from_text("a\x00b").data == b"a\x00b"
    assert not Source("raw", b"a\x00b").is_text
    with pytest.raises(TypeError):
        Source("raw", b"", is_text="yes")


@pytest.mark.parametrize("plugins", [[], None], ids=["core only", "default plugins"])
def test_bytes_and_files_with_nul_are_still_refused_as_binary(plugins, tmp_path):
    path = tmp_path / "nul.txt"
    path.write_bytes(b"text\x00with NUL")
    session = docdelta.Session(plugins=plugins)
    for item, name in ((b"text\x00with NUL", "<bytes>"), (path, str(path)), (Source("raw", b"a\x00b"), "raw")):
        with pytest.raises(docdelta.InputError) as raised:
            session.compare(item, "other")
        message = str(raised.value)
        assert message.startswith(f"{name}: looks like a binary file (it holds NUL bytes)"), message
        assert "\n" not in message
