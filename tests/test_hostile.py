"""Hostile documents: their text, metadata and file names never become markup, and JSON stays JSON.

Text-level checks on the rendered reports (the rendering issue runs the same kind
of document in a real browser): the payloads never appear unescaped in HTML or
Markdown, and a JSON report of a document full of control characters, NULs and
lone surrogates parses, and gives back the document's text exactly.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import docdelta
from docdelta import Document, hookimpl

PAYLOADS = [
    "<img src=x onerror=alert(1)>",
    "<script>alert(1)</script>",
    "</textarea><svg onload=alert(1)>",
    '" onmouseover="alert(1)',
]
HOSTILE_NAME = "<img src=x onerror=alert(1)>.txt"
ROOT = Path(__file__).resolve().parent.parent
OLD = ROOT / "seeds" / "001_561bb7da592d2a00.txt"
#: Every C0 and C1 control, DEL, the line and paragraph separators and a BOM, between words.
CONTROLS = "".join(chr(c) for c in [*range(0, 32), 0x7F, *range(0x80, 0xA0), 0x2028, 0x2029, 0xFEFF])


class HostileParser:
    """A parser that keeps every byte (NULs, and undecodable bytes as lone surrogates) and hostile metadata."""

    docdelta_name = "hostile"

    @hookimpl(tryfirst=True)
    def docdelta_parse(self, source):
        text = source.data.decode("utf-8", "surrogateescape")
        metadata = {"title": PAYLOADS[0], "author": PAYLOADS[1], PAYLOADS[2]: PAYLOADS[3], "date": "2025-12-13"}
        return Document.from_text(text, name=source.name, metadata=metadata, warnings=[f"note {PAYLOADS[1]}"])


def dangerous(format_name: str) -> list[str]:
    """The payloads that would be markup unescaped: quotes break out of HTML attributes only."""
    payloads = [*PAYLOADS, HOSTILE_NAME]
    return payloads if format_name == "html" else [p for p in payloads if "<" in p]


def hostile_text(variant: str) -> str:
    return "\n\n".join(
        [f"Paragraph {variant} says {payload} and [link](javascript:alert(1)) here." for payload in PAYLOADS]
        + [f"Controls {variant}: {CONTROLS} end."]
    )


@pytest.fixture(scope="module")
def hostile_report() -> tuple[docdelta.Session, docdelta.Report]:
    session = docdelta.Session(["json", "html", "markdown", "text"], extra_plugins=[HostileParser()])
    old = hostile_text("one").encode("utf-8") + b"\xff\xfe raw bytes"
    new = hostile_text("two").encode("utf-8") + b"\xc3\x28 raw bytes"
    return session, session.compare(old, new, old_name=HOSTILE_NAME, new_name=PAYLOADS[3])


@pytest.mark.parametrize("format_name", ["html", "markdown"])
def test_no_payload_appears_unescaped(hostile_report, format_name):
    session, report = hostile_report
    output = session.render(report, format_name)
    assert isinstance(output, str)
    for payload in dangerous(format_name):
        assert payload not in output, (format_name, payload)
    assert "img src=x onerror=alert(1)" in output  # the name is shown, escaped


def test_the_json_report_of_controls_nuls_and_surrogates_is_valid_json(hostile_report):
    session, report = hostile_report
    output = session.render(report, "json")
    output.encode("utf-8")  # no lone surrogate left raw: the file can be written as UTF-8
    data = json.loads(output)
    assert json.loads(json.dumps(data)) == data
    assert data["documents"]["old"]["name"] == HOSTILE_NAME  # JSON holds it as it is; escaping is the reader's job
    assert data["documents"]["old"]["metadata"]["title"] == PAYLOADS[0]
    for side, document in (("old", report.old), ("new", report.new)):
        pieces = sorted((edit[side][0], edit["text"]) for edit in data["edits"] if edit[side][1] > edit[side][0])
        assert "".join(text for _, text in pieces) == document.text
    assert "\x00" in report.old.text and "\udcff" in report.old.text


def test_a_control_character_document_through_the_str_api_gives_valid_json():
    text = f"Before {CONTROLS.replace(chr(0), '')} after.\n\nSecond paragraph."
    report = docdelta.compare(text, text.replace("Second", "2nd"), plugins=["json"])
    data = json.loads(docdelta.render(report, "json", plugins=["json"]))
    assert data["summary"]["words_added"] == 1


def test_a_hostile_file_name_through_the_cli(tmp_path):
    hostile = tmp_path / HOSTILE_NAME
    hostile.write_text(hostile_text("one").replace(chr(0), ""), encoding="utf-8")
    environment = {k: v for k, v in os.environ.items() if not k.startswith("DOCDELTA_")}
    for format_name in ("html", "markdown"):
        output = tmp_path / f"report.{format_name}"
        command = [sys.executable, "-m", "docdelta", "compare", HOSTILE_NAME, str(OLD), "--format", format_name, "-o", str(output)]
        result = subprocess.run(command, capture_output=True, text=True, cwd=tmp_path, env=environment)
        assert result.returncode == 1, result.stderr
        written = output.read_text(encoding="utf-8")
        assert "img src=x onerror=alert(1)" in written
        for payload in dangerous(format_name):
            assert payload not in written, (format_name, payload)
