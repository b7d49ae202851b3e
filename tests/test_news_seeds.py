"""The news plugin on the seeds, through the public API and the CLI (issue 3's "Must show")."""

from __future__ import annotations

import codecs
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

import docdelta

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
OLD = SEEDS / "001_561bb7da592d2a00.txt"  # the RSS version
NEW = SEEDS / "000_ff12f16f314725a3.txt"  # the site version, after updates


@pytest.fixture(scope="module")
def session() -> docdelta.Session:
    return docdelta.Session(["news"], strict=True)


@pytest.fixture(scope="module")
def report(session) -> docdelta.Report:
    return session.compare(OLD, NEW)


def blocks_of(document: docdelta.Document, kind: str) -> list[docdelta.Block]:
    return [block for block in document.blocks if block.kind == kind]


def test_the_site_version_has_its_date_as_metadata_and_the_rest_of_the_line_as_standfirst(session):
    document = session.parse(NEW)
    assert document.parser == "news"
    assert document.metadata["date"] == "2025-12-13"
    (header,) = blocks_of(document, "header")
    assert document.block_text(header) == "date 2025-12-13" and header.ignored
    (standfirst,) = blocks_of(document, "standfirst")
    assert document.block_text(standfirst).startswith("The U.S. lifted sanctions")
    assert document.block_text(standfirst).endswith("transferred to Ukraine.")
    assert document.blocks[:2] == (header, standfirst)


def test_the_site_version_has_the_caption_with_its_credit(session):
    document = session.parse(NEW)
    (caption,) = blocks_of(document, "caption")
    text = document.block_text(caption)
    assert text.startswith("Belarusian opposition figure Maria Kalesnikova after being released")
    assert text.endswith("(Ukraine's military intelligence service)")
    assert caption.attrs["credit"] == "Ukraine's military intelligence service"
    assert not caption.ignored


def test_the_site_version_quotes_are_quote_blocks(session):
    document = session.parse(NEW)
    quotes = [document.block_text(block)[:19] for block in blocks_of(document, "quote")]
    assert quotes == ['"Per the instructio', '"This is a very goo', '"We knew about the ']


def test_the_rss_version_related_link_and_feed_footer_are_ignored(session):
    document = session.parse(OLD)
    kinds = [(block.kind, block.ignored) for block in document.blocks]
    assert kinds[-2:] == [("related-link", True), ("feed-footer", True)]
    assert document.block_text(document.blocks[-2]) == "Read also: Don’t get fooled by Lukashenko"
    assert document.block_text(document.blocks[-1]) == (
        "From The Kyiv Independent - News from Ukraine, Eastern Europe via this RSS feed"
    )
    assert all(not block.ignored for block in document.blocks[:-2])


def test_ignored_blocks_are_not_deletions_unless_included(session, report):
    deleted = "".join(edit.old.slice(report.old.text) for edit in report.edits if edit.op == "delete")
    assert "Read also" not in deleted and "via this RSS feed" not in deleted
    ignored = [edit.old.slice(report.old.text) for edit in report.edits if edit.op == "ignore" and edit.old.length]
    assert any("Read also: Don’t get fooled" in text and "via this RSS feed" in text for text in ignored)

    included = docdelta.Session(["news"], options={"include-ignored": True}, strict=True).compare(OLD, NEW)
    deleted = "".join(edit.old.slice(included.old.text) for edit in included.edits if edit.op == "delete")
    assert "Read also" in deleted and "via this RSS feed" in deleted


def is_quote_only(old: str, new: str) -> bool:
    straight = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})
    return old != new and old.translate(straight) == new.translate(straight)


def test_no_change_is_only_quotes_or_apostrophes(report):
    """The RSS text's ’ and “ ” against the site's ' and ": equal, but quoted as written."""
    changes = [edit for edit in report.edits if edit.is_change]
    for index, edit in enumerate(changes[:-1]):
        following = changes[index + 1]
        assert not is_quote_only(edit.old.slice(report.old.text), following.new.slice(report.new.text))
    equal_old = "".join(edit.old.slice(report.old.text) for edit in report.edits if edit.op == "equal")
    assert "Belarus’s flag carrier" in equal_old and "“This is a very good step" in equal_old
    deleted = "".join(edit.old.slice(report.old.text) for edit in changes)
    assert not any(mark in deleted for mark in "’“”")


@pytest.mark.parametrize("quotes", [True, False])
def test_switching_off_quotes_makes_apostrophes_changes(quotes):
    options = {"granularity": "sentence", "no-normalizer": () if quotes else ("quotes",)}
    report = docdelta.Session(["news"], options=options, strict=True).compare(OLD, NEW)
    deleted = "".join(edit.old.slice(report.old.text) for edit in report.edits if edit.op == "delete")
    assert ("Belarus’s flag carrier" in deleted) is not quotes


def test_the_name_variant_finding(report):
    (finding,) = [finding for finding in report.findings if finding.check == "name-variants"]
    assert finding.kind == "name-variant" and finding.factual and finding.severity == "medium"
    assert finding.data["spellings"] == ["Kalesnikava", "Kalesnikova"]
    variants = finding.data["variants"]
    assert {spelling: {side: len(spans) for side, spans in sides.items()} for spelling, sides in variants.items()} == {
        "Kalesnikava": {"old": 0, "new": 2},
        "Kalesnikova": {"old": 1, "new": 2},
    }
    for spelling, sides in variants.items():
        for side, text in (("old", report.old.text), ("new", report.new.text)):
            assert [text[start:end] for start, end in sides[side]] == [spelling] * len(sides[side])
    assert len(finding.new_spans) == 4 and len(finding.old_spans) == 1


def lf(text: str) -> str:
    return re.sub(r"\r\n?", "\n", text)


def changes(report: docdelta.Report) -> list[tuple[str, str | None, str]]:
    """Inserted and deleted text (line ends as LF) with its class."""
    return [
        (edit.op, edit.change_class, lf(edit.old.slice(report.old.text) + edit.new.slice(report.new.text)))
        for edit in report.edits
        if edit.is_change
    ]


def signature(report: docdelta.Report) -> tuple:
    """The comparison result without offsets (CRLF moves them): changes, findings, metadata, block kinds."""
    findings = [
        (
            finding.check,
            finding.kind,
            finding.severity,
            finding.factual,
            tuple(lf(span.slice(report.old.text)) for span in finding.old_spans),
            tuple(lf(span.slice(report.new.text)) for span in finding.new_spans),
        )
        for finding in report.findings
    ]
    blocks = [(block.kind, block.ignored) for block in report.old.blocks + report.new.blocks]
    return changes(report), findings, dict(report.new.metadata), blocks


def crlf(data: bytes) -> bytes:
    return data.replace(b"\n", b"\r\n")


REENCODINGS = {
    "utf-16": lambda data: data.decode("utf-8").encode("utf-16"),
    "utf-16-be": lambda data: codecs.BOM_UTF16_BE + data.decode("utf-8").encode("utf-16-be"),
    "utf-8 with BOM": lambda data: codecs.BOM_UTF8 + data,
    "CRLF": crlf,
    "CR": lambda data: data.replace(b"\n", b"\r"),
    "cp1252": lambda data: data.decode("utf-8").encode("cp1252"),
    "cp1252 and CRLF": lambda data: crlf(data.decode("utf-8").encode("cp1252")),
    "final newline": lambda data: data + b"\n",
}


@pytest.mark.parametrize("encoding", sorted(REENCODINGS))
def test_reencoded_seeds_compare_like_the_originals(session, report, encoding):
    recode = REENCODINGS[encoding]
    old = docdelta.Source(OLD.name, recode(OLD.read_bytes()))
    new = docdelta.Source(NEW.name, recode(NEW.read_bytes()))
    again = session.compare(old, new)
    assert signature(again) == signature(report)
    assert again.old.encoding == {"utf-16": "utf-16", "utf-16-be": "utf-16", "utf-8 with BOM": "utf-8-sig"}.get(
        encoding, "cp1252" if encoding.startswith("cp1252") else "utf-8"
    )


def test_cp1252_is_read_with_a_warning(session):
    data = OLD.read_bytes().decode("utf-8").encode("cp1252")
    document = session.parse(docdelta.Source("rss.txt", data))
    assert document.encoding == "cp1252"
    assert document.text == OLD.read_text(encoding="utf-8")
    (warning,) = document.warnings
    assert warning.startswith("rss.txt: not valid UTF-8") and "Windows-1252" in warning


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "docdelta", "compare", *args], capture_output=True, text=True, encoding="utf-8"
    )


def test_cli_json_shows_the_structure_the_ignored_blocks_and_the_variant():
    result = run_cli("--plugins", "news,json", "--format", "json", str(OLD), str(NEW))
    assert result.returncode in (0, 1), result.stderr
    report = json.loads(result.stdout)
    new = report["documents"]["new"]
    assert new["metadata"] == {"date": "2025-12-13"}
    kinds = [block["kind"] for block in new["blocks"]]
    assert kinds[:2] == ["header", "standfirst"] and "caption" in kinds
    caption = next(block for block in new["blocks"] if block["kind"] == "caption")
    assert caption["attrs"] == {"credit": "Ukraine's military intelligence service"}
    old_blocks = report["documents"]["old"]["blocks"]
    assert [(b["kind"], b["ignored"]) for b in old_blocks[-2:]] == [("related-link", True), ("feed-footer", True)]
    deleted = "".join(edit["text"] for edit in report["edits"] if edit["op"] == "delete")
    assert "Read also" not in deleted and "RSS feed" not in deleted
    (variant,) = [f for f in report["findings"] if f["check"] == "name-variants"]
    assert sorted(variant["data"]["variants"]) == ["Kalesnikava", "Kalesnikova"]


def test_cli_switches_normalizers_and_brings_ignored_blocks_back():
    switches = ("--no-normalizer", "quotes", "--include-ignored")
    result = run_cli("--plugins", "news,json", "--format", "json", *switches, str(OLD), str(NEW))
    report = json.loads(result.stdout)
    deleted = [edit["text"] for edit in report["edits"] if edit["op"] == "delete"]
    assert "“" in deleted
    assert any("Read also" in text for text in deleted)


def test_cli_refuses_a_binary_file_in_one_line(tmp_path):
    image = tmp_path / "photo.txt"
    image.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    result = run_cli("--plugins", "news,text", str(image), str(NEW))
    assert result.returncode == 2
    assert result.stdout == ""
    (line,) = result.stderr.splitlines()
    assert "photo.txt" in line and "PNG image" in line and "Traceback" not in result.stderr
