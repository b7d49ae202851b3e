"""The command line loads the plugins once, parses once, builds one Session and reads only the
environment ``main()`` is handed."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from docdelta import cli, plugins, session
from docdelta.cli import main

ROOT = Path(__file__).resolve().parent.parent
OLD = ROOT / "seeds" / "001_561bb7da592d2a00.txt"
NEW = ROOT / "seeds" / "000_ff12f16f314725a3.txt"


def _counting(monkeypatch, owner, name):
    calls = []
    original = getattr(owner, name)

    def counted(*args, **kwargs):
        calls.append(name)
        return original(*args, **kwargs)

    monkeypatch.setattr(owner, name, counted)
    return calls


def test_one_plugin_load_one_parse_one_session_one_resolution(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "docdelta.toml").write_text('min-class = "wording"\n', encoding="utf-8")
    hosts = _counting(monkeypatch, plugins.PluginHost, "__init__")
    sessions = _counting(monkeypatch, session.Session, "__init__")
    resolutions = _counting(monkeypatch, session, "resolve_options")
    parses = _counting(monkeypatch, cli._Parser, "parse_args")
    output = tmp_path / "report.json"
    status = main(["compare", "--plugins", "json", "--granularity", "char", "-o", str(output), str(OLD), str(NEW)], environ={})
    assert status == 1
    assert (len(hosts), len(sessions), len(resolutions), len(parses)) == (1, 1, 1, 1)
    report = output.read_text(encoding="utf-8")
    assert '"min-class": "wording"' in report and '"granularity": "char"' in report


def test_a_wrong_option_in_the_config_file_is_named_with_the_file(monkeypatch, tmp_path, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "docdelta.toml").write_text('granularity = "page"\n', encoding="utf-8")
    assert main(["compare", "--plugins", "json", str(OLD), str(NEW)], environ={}) == 2
    error = capsys.readouterr().err
    assert error.startswith("docdelta: error: ") and "docdelta.toml" in error and "granularity" in error


class _Terminal(io.TextIOWrapper):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize("environ, coloured", [({}, True), ({"NO_COLOR": "1"}, False)], ids=["plain", "no-color"])
def test_main_reads_the_environment_it_is_handed_not_the_process(monkeypatch, environ, coloured):
    monkeypatch.setenv("NO_COLOR", "1")  # the process's environment says no colour: main must not look
    monkeypatch.setenv("DOCDELTA_PLUGINS", "no-such-plugin")
    terminal = _Terminal(io.BytesIO(), encoding="utf-8")
    monkeypatch.setattr(sys, "stdout", terminal)
    assert main(["compare", "--plugins", "text", str(OLD), str(NEW)], environ=environ) == 1
    terminal.flush()
    assert (b"\x1b[" in terminal.buffer.getvalue()) is coloured
