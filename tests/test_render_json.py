"""JSON reports: valid against docs/report.schema.json, lossless, deterministic, valid JSON whatever the text."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

import docdelta
from docdelta import Finding, hookimpl
from docdelta import Check

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = json.loads((ROOT / "docs" / "report.schema.json").read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)


def as_json(report: docdelta.Report) -> dict:
    return json.loads(docdelta.render(report, "json", plugins=["json"]))


def test_schema_is_a_valid_draft_2020_12_schema():
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


def test_seeds_report_with_every_plugin_is_valid(seeds_report):
    data = as_json(seeds_report)
    VALIDATOR.validate(data)
    assert data["schema"] == "docdelta.report/1"
    assert len(data["edits"]) == len(seeds_report.edits)
    assert len(data["findings"]) == len(seeds_report.findings)


def test_claims_and_other_findings_are_valid_and_keep_their_data(report_with_findings):
    data = as_json(report_with_findings)
    VALIDATOR.validate(data)
    claims = [f for f in data["findings"] if f["kind"] == "claim"]
    assert sorted(f["data"]["status"] for f in claims) == ["added", "changed", "compatible", "removed", "same"]
    changed = next(f for f in claims if f["data"]["status"] == "changed")
    assert changed["data"]["old"]["text"] == "five Ukrainians"
    assert changed["data"]["new"]["value"] == 5
    assert changed["severity"] == "high" and changed["factual"] is True
    old_text = report_with_findings.old.text
    start, end = changed["old_spans"][0]
    assert old_text[start:end] == "five Ukrainians"


def test_schema_rejects_a_malformed_claim(report_with_findings):
    data = as_json(report_with_findings)
    claim = next(f for f in data["findings"] if f["kind"] == "claim")
    claim["data"]["status"] = "different"
    with pytest.raises(jsonschema.ValidationError):
        VALIDATOR.validate(data)


def rebuild(data: dict, side: str) -> str:
    """One document's text from the edits alone."""
    parts = []
    for edit in sorted(data["edits"], key=lambda e: e[side][0]):
        start, end = edit[side]
        if start == end:
            continue
        parts.append(edit.get("old_text", edit["text"]) if side == "old" else edit["text"])
    return "".join(parts)


def test_edits_rebuild_both_texts(seeds_report, report_with_findings):
    for report in (seeds_report, report_with_findings):
        data = as_json(report)
        assert rebuild(data, "old") == report.old.text
        assert rebuild(data, "new") == report.new.text
        assert data["documents"]["old"]["length"] == len(report.old.text)


CONTROL = "".join(chr(c) for c in range(1, 32)) + "\x7f\x9b\u2028\u2029\u202e \"quotes\" \\ back\\slash"


class OddData:
    """A check whose finding data holds what JSON has no type for."""

    @hookimpl
    def docdelta_register_checks(self, register):
        def find(comparison):
            return [
                Finding(
                    check="odd", kind="odd", severity="low", message=CONTROL,
                    data={"nan": float("nan"), "inf": float("inf"), "set": {"b", "a"}, "path": Path("x/y"), 3: (1, 2)},
                )
            ]  # fmt: skip

        register(Check("odd", find, "Odd data."))


def test_control_characters_and_odd_finding_data_still_give_valid_json():
    old = "Plain text.\n\n" + CONTROL
    new = CONTROL + "\n\nPlain text, edited."
    report = docdelta.Session(["json"], extra_plugins=[OddData()]).compare(old, new)
    output = docdelta.render(report, "json", plugins=["json"])
    data = json.loads(output)
    VALIDATOR.validate(data)
    assert data["findings"][0]["message"] == CONTROL
    assert data["findings"][0]["data"] == {"nan": None, "inf": None, "set": ["a", "b"], "path": "x/y", "3": [1, 2]}
    assert rebuild(data, "old") == old and rebuild(data, "new") == new


def test_output_is_byte_identical_in_fresh_processes_with_other_hash_seeds(tmp_path):
    command = [
        sys.executable, "-m", "docdelta", "compare",
        str(ROOT / "seeds" / "001_561bb7da592d2a00.txt"), str(ROOT / "seeds" / "000_ff12f16f314725a3.txt"),
    ]  # fmt: skip
    outputs = {}
    for seed in ("1", "2"):
        for format in ("json", "html", "markdown", "text"):
            result = subprocess.run(
                [*command, "--format", format, "--color", "never"],
                capture_output=True, env={"PYTHONHASHSEED": seed, "PATH": "/usr/bin:/bin"}, cwd=ROOT,
            )  # fmt: skip
            assert result.returncode == 1, result.stderr
            outputs.setdefault(format, set()).add(result.stdout)
    assert {format: len(texts) for format, texts in outputs.items()} == {"json": 1, "html": 1, "markdown": 1, "text": 1}


class FooterParser:
    """Parses the last paragraph as an ignored feed footer."""

    @hookimpl
    def docdelta_parse(self, source):
        document = docdelta.Document.from_text(source.data.decode("utf-8"), name=source.name)
        blocks = list(document.blocks)
        blocks[-1] = docdelta.Block("feed-footer", blocks[-1].span, ignored=True)
        return docdelta.Document(name=document.name, text=document.text, blocks=blocks)


def test_ignored_blocks_on_both_sides_keep_both_texts():
    old, new = "Same first paragraph here.\n\nFrom the feed.", "Same first paragraph here.\n\nFrom the site."
    data = as_json(docdelta.Session(["json"], extra_plugins=[FooterParser()]).compare(old, new))
    VALIDATOR.validate(data)
    assert rebuild(data, "old") == old and rebuild(data, "new") == new


def test_a_report_written_in_pieces_is_the_rendered_text_in_pieces_of_bounded_size(tmp_path):
    """``render_to`` hands the JSON over as it is made (the command line writes it so): the same
    text as ``render``, escapes and all, in more than one piece, each about 64 KiB."""
    old = "\n\n".join(f"p{k} caf\u00e9 \u202e \u009b" for k in range(3000))
    new = old.replace("0 caf", "0 Caf")  # every tenth paragraph: no edit is long
    session = docdelta.Session(["json"])
    report = session.compare(old, new)
    pieces: list[str] = []
    session.render_to(report, pieces.append, "json")
    assert "".join(pieces) == session.render(report, "json")
    assert len(pieces) > 2 and max(map(len, pieces)) < 100_000  # 64 KiB, then the controls escaped
    docdelta.write_atomic(tmp_path / "report.json", lambda write: session.render_to(report, write, "json"))
    assert (tmp_path / "report.json").read_text(encoding="utf-8") == session.render(report, "json")


def test_a_write_that_fails_between_pieces_leaves_the_old_report_and_no_temporary_file(tmp_path, monkeypatch):
    """Disk full after the first piece: the error is the write's (not the renderer's), and the
    previous report stays whole."""
    import os

    target = tmp_path / "report.json"
    target.write_text("the previous report", encoding="utf-8")
    session = docdelta.Session(["json"])
    report = session.compare("\n\n".join(f"p{k}" for k in range(20_000)), "\n\n".join(f"q{k}" for k in range(20_000)))
    written = {"n": 0}
    fdopen = os.fdopen

    class FillsUp:
        def __init__(self, stream):
            self.stream = stream

        def write(self, data):
            written["n"] += 1
            if written["n"] > 1:
                raise OSError(28, "No space left on device")
            return self.stream.write(data)

        def __getattr__(self, name):
            return getattr(self.stream, name)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return self.stream.__exit__(*exc)

    monkeypatch.setattr(os, "fdopen", lambda *args, **kwargs: FillsUp(fdopen(*args, **kwargs)))
    with pytest.raises(docdelta.OutputError) as caught:
        docdelta.write_atomic(target, lambda write: session.render_to(report, write, "json"))
    assert str(caught.value).startswith(f"{target}: cannot be written (No space left on device)")
    assert written["n"] == 2 and not report.warnings
    assert target.read_text(encoding="utf-8") == "the previous report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.json"]


@pytest.mark.parametrize(
    ("pieces", "detail"),
    [(("a", RuntimeError("half way")), "half way"), (("a", b"b"), "made a piece of type bytes, not str")],
    ids=["raises", "bytes"],
)
def test_a_renderer_stream_that_fails_half_way_is_named_and_writes_nothing(tmp_path, pieces, detail):
    """A third-party renderer's ``stream`` runs inside the plugin guard: a piece that raises or is not
    text is the plugin's failure, named, and the report file is not written (not half written)."""
    from docdelta import Renderer

    def stream(report, context):
        for piece in pieces:
            if isinstance(piece, Exception):
                raise piece
            yield piece

    class Streaming:
        @hookimpl
        def docdelta_register_renderers(self, register):
            register(Renderer("streamed", lambda report, context: "ab", "Pieces.", (".streamed",), stream=stream))

    session = docdelta.Session(["json"], extra_plugins=[Streaming()])
    report = session.compare("one", "two")
    target = tmp_path / "report.streamed"
    with pytest.raises(docdelta.PluginError, match="renderer 'streamed'") as caught:
        docdelta.write_atomic(target, lambda write: session.render_to(report, write, "streamed"))
    assert detail in str(caught.value)
    assert list(tmp_path.iterdir()) == []
