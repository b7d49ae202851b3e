"""The embedding API: plugin objects passed in, independent sessions, configs sent to other processes."""

from __future__ import annotations

import gc
import json
import multiprocessing
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

import docdelta
from docdelta import Check, Finding, Normalizer, Session, hookimpl

ROOT = Path(__file__).resolve().parent.parent
OLD = ROOT / "seeds" / "001_561bb7da592d2a00.txt"
NEW = ROOT / "seeds" / "000_ff12f16f314725a3.txt"


class CountingPlugin:
    """A plugin object, never installed: it counts the words of the new document."""

    docdelta_name = "counting"

    def __init__(self) -> None:
        self.calls = 0

    def count(self, comparison):
        self.calls += 1
        words = len(comparison.new.text.split())
        yield Finding(check="count", kind="words", severity="info", message=f"{words} words")

    @hookimpl
    def docdelta_register_checks(self, register):
        register(Check("count", self.count, "Counts the new document's words."))


class UpperPlugin:
    docdelta_name = "upper"

    @hookimpl
    def docdelta_register_normalizers(self, register):
        register(Normalizer("upper", str.upper, "Ignore case.", default=True))


def test_compare_accepts_text_bytes_and_paths():
    by_path = docdelta.compare(OLD, NEW, plugins=["json"])
    by_bytes = docdelta.compare(OLD.read_bytes(), NEW.read_bytes(), plugins=["json"])
    by_text = docdelta.compare(OLD.read_text(encoding="utf-8"), NEW.read_text(encoding="utf-8"), plugins=["json"])
    assert by_path.old.name == str(OLD)
    assert by_bytes.old.name == "<bytes>" and by_text.old.name == "<text>"
    assert by_path.edits == by_bytes.edits == by_text.edits
    docdelta.check_tiling(by_path.edits, by_path.old.text, by_path.new.text)


def test_plugin_object_without_entry_point():
    plugin = CountingPlugin()
    report = docdelta.compare("a b c", "a b c d", plugins=["json"], extra_plugins=[plugin])
    assert plugin.calls == 1
    assert [f.message for f in report.findings] == ["4 words"]
    assert "counting" in report.plugins
    rendered = json.loads(docdelta.render(report, "json", plugins=["json"]))
    assert rendered["findings"][0]["message"] == "4 words"


def test_two_interleaved_sessions_do_not_interfere():
    plain = Session(["json"])
    folding = Session(["json"], extra_plugins=[UpperPlugin()])
    old, new = "The Minsk talks", "the MINSK talks"
    first_plain = plain.compare(old, new)
    first_folding = folding.compare(old, new)
    second_plain = plain.compare(old, new)
    assert first_plain.has_changes and second_plain.has_changes
    assert not first_folding.has_changes
    assert first_plain.edits == second_plain.edits
    assert "upper" not in plain.host.normalizers and "upper" in folding.host.normalizers


def test_sessions_are_safe_to_share_between_threads():
    session = Session(["json"])
    texts = [(f"line {i} of the old text", f"line {i} of the new text") for i in range(40)]
    with ThreadPoolExecutor(max_workers=4) as pool:
        reports = list(pool.map(lambda pair: session.compare(*pair), texts))
    for (old, new), report in zip(texts, reports):
        assert report.old.text == old and report.new.text == new
        assert report.edits == session.compare(old, new).edits


def test_options_are_validated_and_canonical():
    session = Session(["json"], options={"include_ignored": True})
    assert session.options["include-ignored"] is True
    with pytest.raises(docdelta.UsageError, match="unknown option 'colour'"):
        Session(["json"], options={"colour": "red"})
    with pytest.raises(docdelta.UsageError, match="min-class"):
        Session(["json"], options={"min-class": "enormous"})


def test_unknown_plugin_name_is_a_usage_error():
    with pytest.raises(docdelta.UsageError, match="unknown plugin 'nope'"):
        Session(["nope"])


def _compare_in_worker(config: dict, old: str, new: str) -> str:
    session = Session.from_config(config)
    return session.render(session.compare(old, new), "json")


def test_config_rebuilds_the_same_session_in_another_process():
    session = Session(["json", "text"], options={"min-class": "wording", "no-normalizer": ["all"]})
    config = json.loads(json.dumps(session.config.to_dict()))
    old, new = OLD.read_text(encoding="utf-8"), NEW.read_text(encoding="utf-8")
    here = session.render(session.compare(old, new), "json")
    with multiprocessing.get_context("spawn").Pool(1) as pool:
        there = pool.apply(_compare_in_worker, (config, old, new))
    assert there == here
    assert json.loads(there)["options"]["min-class"] == "wording"


def test_renderer_failure_is_a_plugin_error():
    class Broken:
        docdelta_name = "broken"

        @hookimpl
        def docdelta_register_renderers(self, register):
            register(docdelta.Renderer("boom", lambda report, context: 1 / 0, "Fails."))

    session = Session(["json"], extra_plugins=[Broken()])
    report = session.compare("a", "b")
    with pytest.raises(docdelta.PluginError, match="plugin 'broken' failed in renderer 'boom': ZeroDivisionError"):
        session.render(report, "boom")


def test_the_cyclic_collector_is_paused_while_a_report_renders():
    """Rendering a large report walks millions of objects; the collector waits, then resumes."""
    seen = []

    class Probe:
        docdelta_name = "probe"

        @hookimpl
        def docdelta_register_renderers(self, register):
            register(docdelta.Renderer("probe", lambda report, context: str(seen.append(gc.isenabled())), "Probes."))

    session = Session(["json"], extra_plugins=[Probe()])
    report = session.compare("a", "b")
    assert gc.isenabled()
    session.render(report, "probe")
    assert seen == [False] and gc.isenabled()


def test_a_report_in_one_format_loads_no_other_renderer(tmp_path):
    """Start-up stays cheap: every plugin's module is imported, but a renderer's code (and
    Jinja2, and the view model) only when a report is first rendered in its format."""
    script = """
import sys
import docdelta
session = docdelta.Session()
report = session.compare("Talks began on 13 December.", "Talks began on 14 December.")
session.render(report, "json")
heavy = ("docdelta_html.render", "docdelta_markdown.render", "docdelta_text.render", "docdelta.view", "jinja2")
print(sorted(name for name in heavy if name in sys.modules))
session.render(report, "html")
print(sorted(name for name in heavy if name in sys.modules))
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=tmp_path, check=True)
    json_only, after_html = done.stdout.splitlines()
    assert json_only == "[]"
    assert after_html == "['docdelta.view', 'docdelta_html.render', 'jinja2']"


def test_a_documents_blocks_are_a_sequence_of_blocks_kept_as_arrays():
    """``Document.blocks`` is a ``Blocks``: it reads, slices, compares and adds as the tuple of
    Blocks it was made from, and keeps its blocks' spans as arrays."""
    made = (
        docdelta.Block("header", docdelta.Span(0, 4), ignored=True, attrs={"key": "date"}),
        docdelta.Block("paragraph", docdelta.Span(6, 9)),
        docdelta.Block("quote", docdelta.Span(11, 14)),
    )
    document = docdelta.Document("d", "date\n\none\n\n'x'", blocks=list(made))
    blocks = document.blocks
    assert isinstance(blocks, docdelta.Blocks) and len(blocks) == 3
    assert blocks == made and made == blocks and tuple(blocks) == made
    assert blocks[-1] == made[-1] and blocks[1:] == made[1:] and blocks + made[:1] == (*made, made[0])
    assert blocks[0].attrs == {"key": "date"} and blocks[0].ignored and not blocks[1].attrs
    assert list(blocks.starts) == [0, 6, 11] and list(blocks.ends) == [4, 9, 14]
    assert hash(document) == hash(docdelta.Document("d", "date\n\none\n\n'x'", blocks=made))
    with pytest.raises(IndexError):
        blocks[3]
    many = tuple(docdelta.Block("paragraph", docdelta.Span(3 * k, 3 * k + 2), attrs={"n": k} if k % 7 else {}) for k in range(3000))
    kept = docdelta.Document("d", "ab\n" * 3000, blocks=iter(many)).blocks  # past a thousand: made when asked for
    assert tuple(kept) == many and kept[-1] == many[-1] and kept[10:13] == many[10:13] and kept == many
    assert [block.attrs for block in kept] == [block.attrs for block in many]
    with pytest.raises(ValueError, match="overlaps another block"):
        docdelta.Document("d", "date\n\none", blocks=[made[1], made[0]])
