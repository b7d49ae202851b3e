"""The plugin host calls plugins through pluggy: firstresult, hook wrappers, ordering and tracing
work as plugin authors know them from pytest, and one guard isolates every plugin's failure."""

from __future__ import annotations


import attrs
import pytest

import docdelta
from docdelta import Document, PluginError, hookimpl
from docdelta.cli import main

from conftest import SEED_NEW as NEW, SEED_OLD as OLD


class Amender:
    """Wraps the parse hook: sees the document another plugin (news) made and amends it."""

    docdelta_name = "amender"

    def __init__(self) -> None:
        self.seen: list[str] = []

    @hookimpl(wrapper=True)
    def docdelta_parse(self, source):
        document = yield
        self.seen.append(document.parser)
        return attrs.evolve(document, metadata={**document.metadata, "amended": "yes"})


class Counter:
    """Wraps the parse hook to count the calls that reach the plugins under it (a timer's shape)."""

    docdelta_name = "counter"

    def __init__(self) -> None:
        self.calls = 0

    @hookimpl(wrapper=True)
    def docdelta_parse(self):
        self.calls += 1
        return (yield)


def test_a_wrapper_amends_another_plugins_result():
    amender = Amender()
    session = docdelta.Session(["news", "json"], extra_plugins=[amender])
    document = session.parse(OLD)
    assert amender.seen == ["news"]
    assert document.parser == "news"
    assert document.metadata["amended"] == "yes"
    assert "standfirst" in {block.kind for block in document.blocks}  # the news parser's own blocks are kept


def test_a_wrapper_sees_every_call_and_changes_nothing():
    counter = Counter()
    plain = docdelta.Session(["news", "json"])
    counted = docdelta.Session(["news", "json"], extra_plugins=[counter])
    report, expected = counted.compare(OLD, NEW), plain.compare(OLD, NEW)
    assert (report.old, report.new, report.edits, report.findings) == (expected.old, expected.new, expected.edits, expected.findings)
    assert counter.calls == 2
    assert report.plugins == ("core", "counter", "json", "news")


class FirstWord:
    """Parses every source, before the news plugin (tryfirst): firstresult makes it the only parser."""

    docdelta_name = "firstword"

    @hookimpl(tryfirst=True)
    def docdelta_parse(self, source):
        text = source.data.decode("utf-8")
        return Document.from_text(text, name=source.name, parser="firstword")


class Declines:
    docdelta_name = "declines"

    def __init__(self) -> None:
        self.asked = 0

    @hookimpl(tryfirst=True)
    def docdelta_parse(self, source):
        self.asked += 1
        return None


def test_the_first_parser_to_answer_wins_and_one_that_declines_passes_it_on():
    assert docdelta.Session(["news"], extra_plugins=[FirstWord()]).parse(OLD).parser == "firstword"
    declines = Declines()
    assert docdelta.Session(["news"], extra_plugins=[declines]).parse(OLD).parser == "news"
    assert declines.asked == 1


class BrokenBefore:
    docdelta_name = "broken-before"

    @hookimpl(wrapper=True)
    def docdelta_parse(self):
        raise RuntimeError("before the yield")
        yield  # noqa: unreachable: makes this a generator, as wrapper=True requires


class BrokenAfter:
    docdelta_name = "broken-after"

    @hookimpl(wrapper=True)
    def docdelta_parse(self):
        yield
        raise RuntimeError("after the yield")


class WrongWrapper:
    docdelta_name = "wrong-wrapper"

    @hookimpl(wrapper=True)
    def docdelta_parse(self):
        yield
        return "not a document"


@pytest.mark.parametrize(
    "plugin, detail",
    [
        (BrokenBefore(), "RuntimeError: before the yield"),
        (BrokenAfter(), "RuntimeError: after the yield"),
        (WrongWrapper(), "returned str, not a Document (plugin bug)"),
    ],
    ids=["before", "after", "wrong-type"],
)
def test_a_failing_wrapper_is_named_and_the_inner_result_stands(plugin, detail):
    session = docdelta.Session(["news"], extra_plugins=[plugin])
    document = session.parse(OLD)
    assert document.parser == "news"
    (warning,) = session.warnings
    assert warning.startswith(f"plugin '{plugin.docdelta_name}' failed in docdelta_parse: ") and detail in warning
    strict = docdelta.Session(["news"], extra_plugins=[plugin], strict=True)
    with pytest.raises(PluginError, match=f"plugin '{plugin.docdelta_name}' failed in docdelta_parse"):
        strict.parse(OLD)


def test_a_session_traces_hook_calls_through_pluggy():
    lines: list[str] = []
    session = docdelta.Session(["news", "json"], trace=lines.append)
    session.compare("One text.", "Another text.")
    trace = "".join(lines)
    for hook in ("docdelta_addoption", "docdelta_register_checks", "docdelta_register_renderers", "docdelta_parse"):
        assert f"  {hook} [hook]\n" in trace
    assert "finish docdelta_parse --> Document(" in trace
    assert trace.count("  docdelta_parse [hook]\n") == 2


@pytest.mark.parametrize(
    "flag, environ",
    [(["--trace-plugins"], {}), ([], {"DOCDELTA_TRACE_PLUGINS": "1"})],
    ids=["flag", "environment"],
)
def test_the_cli_prints_the_hook_trace_to_stderr(capsys, tmp_path, flag, environ):
    status = main(["compare", *flag, "--plugins", "json", "-o", str(tmp_path / "r.json"), str(OLD), str(NEW)], environ=environ)
    assert status == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "  docdelta_parse [hook]\n" in captured.err
    assert "finish docdelta_register_renderers --> [] [hook]" in captured.err


def test_no_trace_without_the_flag_or_the_variable(capsys, tmp_path):
    environ = {"DOCDELTA_TRACE_PLUGINS": "0"}
    assert main(["compare", "--plugins", "json", "-o", str(tmp_path / "r.json"), str(OLD), str(NEW)], environ=environ) == 1
    assert "[hook]" not in capsys.readouterr().err


class StaticParser:
    """A class plugin whose hook implementation is a staticmethod, marked outside it."""

    docdelta_name = "static"

    @hookimpl(tryfirst=True)
    @staticmethod
    def docdelta_parse(source):
        return Document.from_text(source.data.decode("utf-8"), name=source.name, parser="static")


def test_a_staticmethod_implementation_keeps_its_options():
    assert docdelta.Session(["news"], extra_plugins=[StaticParser()]).parse(OLD).parser == "static"
