"""A saved web page given to compare: read as its markup, with a warning naming it as an HTML page."""

from __future__ import annotations

import subprocess
import sys

import pytest

import docdelta

PAGE = """<!DOCTYPE html>
<html lang="en"><head><title>Talks</title><script>var a = 1;</script></head>
<body><nav>Home</nav><p>The envoy met 123 prisoners&#x27; families.</p></body></html>
"""


@pytest.mark.parametrize(
    "text",
    [
        PAGE,
        "\ufeff  <html>\n<body><p>Text.</p></body></html>",
        '<?xml version="1.0"?>\n<!-- saved from url=(0042)https://example.com/ -->\n<HTML><BODY>Text.</BODY></HTML>',
    ],
)
def test_a_web_page_is_named_as_one_and_its_markup_is_what_is_compared(text):
    new = text.replace("Text.", "Text!").replace("123", "124")
    report = docdelta.Session(["news", "json"]).compare(text, new, old_name="old.html", new_name="new.html")
    warnings = [w for w in report.warnings if "an HTML page" in w]
    assert [w.split(":")[0] for w in warnings] == ["old.html", "new.html"]
    assert all("compared as its markup" in w for w in warnings)


@pytest.mark.parametrize(
    "text",
    [
        "Minsk, Dec. 13 — The envoy arrived.\n\nHe wrote <html> in his notes.",
        "<b>Breaking:</b> the envoy arrived.",
        "The <!DOCTYPE html> declaration opens every page.",
    ],
)
def test_a_text_that_mentions_markup_is_not_a_web_page(text):
    report = docdelta.compare(text, text + "\n\nMore.", plugins=["news", "json"])
    assert not any("HTML page" in warning for warning in report.warnings)


def test_the_cli_warns_for_each_html_input(tmp_path):
    old, new = tmp_path / "old.html", tmp_path / "new.html"
    old.write_text(PAGE, encoding="utf-8")
    new.write_text(PAGE.replace("123", "124"), encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "docdelta", "compare", str(old), str(new), "--format", "json"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert run.returncode == 1
    warnings = [line for line in run.stderr.splitlines() if "an HTML page" in line]
    assert [line.split(": an HTML page")[0] for line in warnings] == [
        f"docdelta: warning: {old}", f"docdelta: warning: {new}",
    ]  # fmt: skip
