"""The terminal report: word diff with colour and without, findings first, wrapped to the width."""

from __future__ import annotations

import os
import pty
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

from attrs import evolve
from hypothesis import given, settings
from hypothesis import strategies as st

import docdelta
from docdelta import Block, Document, hookimpl

ROOT = Path(__file__).resolve().parent.parent
SGR = re.compile(r"\x1b\[[0-9;]*m")


def text(report: docdelta.Report, color: bool, width: int = 10_000) -> str:
    return docdelta.render(report, "text", plugins=["text", "claims"], color=color, width=width)


def cells(line: str) -> int:
    """Terminal columns: wide characters take two, combining marks and format characters none."""
    return sum(
        0 if unicodedata.category(c) in ("Mn", "Me", "Cf") else 2 if unicodedata.east_asian_width(c) in ("W", "F") else 1
        for c in SGR.sub("", line)
    )


def compare(old: str, new: str) -> docdelta.Report:
    return docdelta.Session(["text"]).compare(old, new)


def test_plain_word_diff_marks_changes_like_git():
    report = compare("The cat sat on the mat.", "The dog sat on the big mat.")
    output = text(report, color=False)
    assert "\x1b" not in output
    assert output.endswith("\nThe [-cat-]{+dog+} sat on the {+big +}mat.\n")


def test_colour_word_diff_paints_deletions_red_and_insertions_green():
    report = compare("The cat sat on the mat.", "The dog sat on the big mat.")
    output = text(report, color=True)
    # Struck through and underlined as well as red and green: not told apart by colour alone.
    assert output.endswith("\nThe \x1b[31;9mcat\x1b[0m\x1b[32;4mdog\x1b[0m sat on the \x1b[32;4mbig \x1b[0mmat.\n")
    assert "[-" not in output and "{+" not in output


def test_findings_come_before_the_text(report_with_findings):
    lines = text(report_with_findings, color=False, width=100).splitlines()
    claims = lines.index("numeric-claims (5)")
    first_text = next(i for i, line in enumerate(lines) if "date 2025-12-13" in line)
    assert claims < first_text
    block = lines[claims + 1 : claims + 6]
    # The claims plugin's section: a badge (symbol and status), the claim, the old and new values.
    assert [line.split()[1] for line in block[:4]] == ["changed", "removed", "added", "compatible"]
    assert block[0] == "  ≠ changed | Ukrainians freed (count) | five Ukrainians | five Ukrainian nationals"
    assert block[4] == "  1 claim the same in both: political prisoners (count) 123"
    assert "  [medium] name-variant: Kalesnikova is also spelled Kalesnikava" in lines


def test_lines_are_wrapped_to_the_width_without_losing_a_word(seeds_report):
    for color in (False, True):
        # Words longer than a line (the seeds' paths) are cut: compare the characters, not the words.
        characters = "".join(SGR.sub("", text(seeds_report, color=color)).split())
        for width in (40, 72, 100):
            wrapped = text(seeds_report, color=color, width=width)
            assert max(cells(line) for line in wrapped.splitlines()) == width or width == 100
            assert max(cells(line) for line in wrapped.splitlines()) <= width
            assert "".join(SGR.sub("", wrapped).split()) == characters


def test_wide_characters_take_two_cells():
    report = compare("東京は晴れです。" * 30, "東京は雨です。" * 30)
    for line in text(report, color=False, width=30).splitlines():
        assert cells(line) <= 30


def test_control_characters_never_reach_the_terminal():
    hostile = "clear \x1b[2J\x1b]0;owned\x07 bell \x9b31m right-to-left \u202eevil"
    report = compare("Safe text.", "Safe text. " + hostile)
    for color in (False, True):
        output = SGR.sub("", text(report, color=color))
        assert not re.search(r"[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e]", output)
        assert "clear ␛[2J␛]0;owned␇ bell <U+009B>31m right-to-left <U+202E>evil" in output


def test_windows_line_ends_are_line_breaks():
    report = compare("First line.\r\nSecond line.\r\n\r\nThird.", "First line.\r\nSecond line!\r\n\r\nThird.")
    output = text(report, color=False)
    assert "␍" not in output and "\r" not in output
    assert output.endswith("\nFirst line.\nSecond line[-.-]{+!+}\n\nThird.\n")


def run_on_a_terminal(*args: str, env: dict[str, str]) -> str:
    """``docdelta`` with its output on a pseudo-terminal, as a person runs it."""
    leader, follower = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "docdelta", *args], stdout=follower, stderr=subprocess.DEVNULL, cwd=ROOT, env=env
    )
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the terminal closed: the program has exited
            break
        if not chunk:
            break
        chunks.append(chunk)
    assert process.wait() == 1  # the seeds differ
    os.close(leader)
    return b"".join(chunks).decode("utf-8")


def test_colour_on_a_terminal_unless_no_color_or_never():
    seeds = ["seeds/001_561bb7da592d2a00.txt", "seeds/000_ff12f16f314725a3.txt"]
    # No pager: this test reads what reaches the terminal (the pager is tested in test_pager.py).
    base = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "COLUMNS": "80", "DOCDELTA_PAGER": ""}
    coloured = run_on_a_terminal("compare", *seeds, "--format", "text", env=base)
    assert "\x1b[31;9m" in coloured and "\x1b[32;4m" in coloured
    assert max(cells(line) for line in coloured.replace("\r", "").splitlines()) <= 80
    assert "\x1b[" not in run_on_a_terminal("compare", *seeds, "--format", "text", env={**base, "NO_COLOR": "1"})
    assert "\x1b[" not in run_on_a_terminal("compare", *seeds, "--format", "text", "--color", "never", env=base)
    always = subprocess.run(
        [sys.executable, "-m", "docdelta", "compare", *seeds, "--format", "text", "--color", "always"],
        capture_output=True, cwd=ROOT, env=base,
    )  # fmt: skip
    assert b"\x1b[31;9m" in always.stdout


class LastParagraphIgnored:
    """Parses the last paragraph as an ignored feed footer."""

    @hookimpl
    def docdelta_parse(self, source):
        document = Document.from_text(source.data.decode("utf-8"), name=source.name)
        blocks = list(document.blocks)
        blocks[-1] = Block("feed-footer", blocks[-1].span, ignored=True)
        return evolve(document, blocks=blocks)


def test_moves_and_ignored_blocks_are_told_in_words():
    old = "Alpha one two three four.\n\nBravo one two three four.\n\nCharlie five six seven eight.\n\nFrom the feed."
    new = "Charlie five six seven eight.\n\nAlpha one two three four.\n\nBravo one two three four.\n\nFrom the site."
    report = docdelta.Session(["text"], extra_plugins=[LastParagraphIgnored()]).compare(old, new)
    for color in (False, True):
        output = SGR.sub("", text(report, color=color))
        assert "\n⇄[move 1: moved here from further down] Charlie five six seven eight.\n" in output
        assert "\n⇄[move 1: text moved further up][ignored feed-footer: old text only, 3 words]" in output
        assert "[ignored feed-footer: new text only, 3 words]" in output
        assert "From the feed" not in output


@given(
    old=st.text(st.characters(exclude_characters="\x00", exclude_categories=("Cs",)), max_size=80),
    new=st.text(st.characters(exclude_characters="\x00", exclude_categories=("Cs",)), max_size=80),
    width=st.integers(min_value=20, max_value=60),
    color=st.booleans(),
)
@settings(max_examples=80, deadline=None)
def test_any_text_fits_the_width_and_sends_no_control_characters(old, new, width, color):
    output = SGR.sub("", text(compare(old, new), color=color, width=width))
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]", output)  # tabs may stay
    assert all(cells(line.replace("\t", " " * 8)) <= width for line in output.splitlines())  # a tab: at most 8


def test_context_option_shows_only_the_lines_around_changes():
    old = "\n\n".join(f"Paragraph {n} stays as it was." for n in range(1, 8))
    new = old.replace("Paragraph 4 stays", "Paragraph 4 changed")
    whole = docdelta.Session(["text"]).compare(old, new)
    assert "Paragraph 1 stays" in text(whole, color=False)
    for context, before, after in ((0, 3, 3), (2, 2, 2)):
        report = docdelta.Session(["text"], options={"text-context": context}).compare(old, new)
        redline = text(report, color=False).split("\n\n", 1)[1]
        assert redline.startswith(f"@@ {before} unchanged lines @@\n"), context
        assert redline.endswith(f"@@ {after} unchanged lines @@\n"), context
        assert "Paragraph 4 [-stays-]{+changed+} as it was." in redline
    assert "Paragraph 3 stays" in text(docdelta.Session(["text"], options={"text-context": 2}).compare(old, new), color=False)
