"""Faulty third-party plugins do not take the tool down.

Each case is a plugin that breaks in one place — its import, one hook, a check,
a normalizer, a renderer, or a wrong return type — installed as a real
distribution (``*.dist-info`` with an entry point, on ``PYTHONPATH``) and run
through the real CLI. A failure is named in a warning (which plugin, which hook,
the exception) and the report from the others is still produced; ``--strict``
makes it an error (exit 2, one line). A renderer that fails leaves nothing to
show, so it is always an error.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from test_core_plugins import make_distribution

ROOT = Path(__file__).resolve().parent.parent
OLD = ROOT / "seeds" / "001_561bb7da592d2a00.txt"
NEW = ROOT / "seeds" / "000_ff12f16f314725a3.txt"

HEADER = "from docdelta import Check, Finding, Normalizer, Renderer, hookimpl\n"

#: (case id, plugin source, where the warning says it failed, what it says about the exception)
WARNING_CASES = [
    ("import", "raise RuntimeError('half-installed')\n", "import", "RuntimeError: half-installed"),
    ("import-exits", "import sys\nsys.exit(0)\n", "import", "SystemExit: 0"),
    (
        "addoption",
        "@hookimpl\ndef docdelta_addoption(parser):\n    raise KeyError('no-such-thing')\n",
        "docdelta_addoption",
        "KeyError: 'no-such-thing'",
    ),
    (
        "option-named-like-a-flag",
        "@hookimpl\ndef docdelta_addoption(parser):\n    parser.add_option('format', default='x', help='Clash.')\n",
        "docdelta_addoption",
        "conflicting option string: --format",
    ),
    (
        "option-named-like-a-core-option",
        "@hookimpl\ndef docdelta_addoption(parser):\n    parser.add_option('include-ignored', default=True, help='Clash.')\n",
        "docdelta_addoption",
        "option 'include-ignored' is declared twice (by core and faulty)",
    ),
    (
        "parse-raises",
        "@hookimpl\ndef docdelta_parse(source):\n    raise ValueError('cannot cope')\n",
        "docdelta_parse",
        "ValueError: cannot cope",
    ),
    (
        "parse-wrong-type",
        "@hookimpl\ndef docdelta_parse(source):\n    return source.data.decode()\n",
        "docdelta_parse",
        "returned str, not a Document (plugin bug)",
    ),
    (
        "parse-bytes-for-text",
        "from docdelta import Document\n"
        "@hookimpl\ndef docdelta_parse(source):\n    return Document(name=source.name, text=source.data)\n",
        "docdelta_parse",
        "returned a Document whose text is bytes, not str (plugin bug)",
    ),
    (
        # The Markdown renderer escapes header fields as text: an int crashed it.
        "parse-metadata-not-text",
        "from docdelta import Document\n"
        "@hookimpl\ndef docdelta_parse(source):\n"
        "    return Document.from_text(source.data.decode(), name=source.name, metadata={'date': 2024})\n",
        "docdelta_parse",
        "returned a Document whose metadata 'date' is int, not str",
    ),
    (
        "register-checks-raises",
        "@hookimpl\ndef docdelta_register_checks(register):\n    raise OSError('no config')\n",
        "docdelta_register_checks",
        "OSError: no config",
    ),
    (
        "register-wrong-type",
        "@hookimpl\ndef docdelta_register_checks(register):\n    register(lambda comparison: [])\n",
        "docdelta_register_checks",
        "must register Check objects, not function",
    ),
    (
        "register-normalizers-raises",
        "@hookimpl\ndef docdelta_register_normalizers(register):\n    1 / 0\n",
        "docdelta_register_normalizers",
        "ZeroDivisionError",
    ),
    (
        "check-raises",
        "def boom(comparison):\n    raise IndexError('out of range')\n"
        "@hookimpl\ndef docdelta_register_checks(register):\n    register(Check('boom', boom, 'Fails.'))\n",
        "check 'boom'",
        "IndexError: out of range",
    ),
    (
        "check-exits",
        "import sys\n"
        "def give_up(comparison):\n    sys.exit(0)\n"
        "@hookimpl\ndef docdelta_register_checks(register):\n    register(Check('quitter', give_up, 'Exits.'))\n",
        "check 'quitter'",
        "SystemExit: 0",
    ),
    (
        # What a native extension raises when its code panics (pyo3's PanicException): a BaseException.
        "check-panics",
        "class PanicException(BaseException):\n    pass\n"
        "def native(comparison):\n    raise PanicException('called unwrap() on an Err value')\n"
        "@hookimpl\ndef docdelta_register_checks(register):\n    register(Check('native', native, 'Panics.'))\n",
        "check 'native'",
        "PanicException: called unwrap() on an Err value",
    ),
    (
        "check-wrong-type",
        "def strings(comparison):\n    return ['not a finding']\n"
        "@hookimpl\ndef docdelta_register_checks(register):\n    register(Check('strings', strings, 'Wrong type.'))\n",
        "check 'strings'",
        "returned str, not Finding (plugin bug)",
    ),
    (
        "check-not-iterable",
        "def number(comparison):\n    return 42\n"
        "@hookimpl\ndef docdelta_register_checks(register):\n    register(Check('number', number, 'Not iterable.'))\n",
        "check 'number'",
        "TypeError",
    ),
    (
        "normalizer-raises",
        "def picky(token):\n    if token == 'Minsk':\n        raise LookupError('no Minsk')\n    return token\n"
        "@hookimpl\ndef docdelta_register_normalizers(register):\n"
        "    register(Normalizer('picky', picky, 'Fails on one word.'))\n",
        "normalizer 'picky'",
        "LookupError: no Minsk",
    ),
    (
        "normalizer-wrong-type",
        "def nothing(token):\n    return None\n"
        "@hookimpl\ndef docdelta_register_normalizers(register):\n"
        "    register(Normalizer('nothing', nothing, 'Returns None.'))\n",
        "normalizer 'nothing'",
        "returned NoneType, not str (plugin bug)",
    ),
    (
        "bad-signature",
        "@hookimpl\ndef docdelta_register_checks(register, colour):\n    pass\n",
        "register",
        "colour",
    ),
]

#: Renderers that fail: the chosen format cannot be produced, so these are errors even without --strict.
RENDERER_CASES = [
    ("renderer-raises", "def render(report, context):\n    raise MemoryError('oops')\n", "MemoryError: oops"),
    ("renderer-wrong-type", "def render(report, context):\n    return {'a': 1}\n", "returned dict, not str or bytes"),
]


@pytest.fixture
def site(tmp_path):
    """A directory of fake installed distributions, and a CLI runner that sees them."""
    directory = tmp_path / "site"
    directory.mkdir()

    def run(*args: str) -> subprocess.CompletedProcess:
        environment = {k: v for k, v in os.environ.items() if not k.startswith("DOCDELTA_")}
        environment["PYTHONPATH"] = str(directory)
        command = [sys.executable, "-m", "docdelta", *args]
        return subprocess.run(command, capture_output=True, env=environment, text=True, cwd=tmp_path)

    run.directory = directory
    return run


def install(site, source: str) -> None:
    make_distribution(site.directory, "docdelta-faulty", "faulty", HEADER + source)


@pytest.mark.parametrize("source, stage, detail", [case[1:] for case in WARNING_CASES], ids=[c[0] for c in WARNING_CASES])
def test_a_faulty_plugin_is_named_and_the_report_still_comes(site, source, stage, detail):
    install(site, source)
    result = site("compare", "--plugins", "json,faulty", str(OLD), str(NEW))
    assert result.returncode == 1, result.stderr
    report = json.loads(result.stdout)
    assert report["summary"]["words_added"] > 0
    warnings = [line for line in result.stderr.splitlines() if line.startswith("docdelta: warning: plugin 'faulty'")]
    assert len(warnings) == 1, result.stderr
    assert f"failed in {stage}" in warnings[0] and detail in warnings[0]
    assert any("plugin 'faulty'" in w and detail in w for w in report["warnings"])
    assert "Traceback" not in result.stderr

    strict = site("compare", "--plugins", "json,faulty", "--strict", str(OLD), str(NEW))
    assert strict.returncode == 2
    assert strict.stdout == ""
    assert strict.stderr.count("\n") == 1
    assert strict.stderr.startswith("docdelta: error: plugin 'faulty' failed in ") and detail in strict.stderr


@pytest.mark.parametrize("source, detail", [case[1:] for case in RENDERER_CASES], ids=[c[0] for c in RENDERER_CASES])
def test_a_faulty_renderer_is_an_error_and_writes_nothing(site, tmp_path, source, detail):
    install(site, source + "@hookimpl\ndef docdelta_register_renderers(register):\n"
                           "    register(Renderer('broken', render, 'Fails.', ('.broken',)))\n")
    output = tmp_path / "report.broken"
    result = site("compare", "--plugins", "json,faulty", str(OLD), str(NEW), "-o", str(output))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1, result.stderr
    assert "plugin 'faulty' failed in renderer 'broken'" in result.stderr or "renderer 'broken' returned" in result.stderr
    assert detail in result.stderr
    assert not output.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".report")] == []

    other_format = site("compare", "--plugins", "json,faulty", str(OLD), str(NEW), "--format", "json")
    assert other_format.returncode == 1 and json.loads(other_format.stdout)["schema"] == "docdelta.report/1"


def test_a_plugin_listing_shows_the_failed_plugin_and_the_others(site):
    install(site, "import no_such_module_here\n")
    listing = {p["name"]: p for p in json.loads(site("plugins", "--json").stdout)}
    assert listing["faulty"]["status"] == "failed"
    assert "no_such_module_here" in listing["faulty"]["error"]
    assert listing["json"]["status"] == "active"


def test_ctrl_c_inside_a_plugin_still_stops_the_run():
    """Only the user's interrupt passes through the plugin guards: it is no plugin's failure."""
    import docdelta
    from docdelta import Check, hookimpl

    class Interrupted:
        @hookimpl
        def docdelta_register_checks(self, register):
            register(Check("slow", self.slow, "Interrupted by the user."))

        @staticmethod
        def slow(comparison):
            raise KeyboardInterrupt

    session = docdelta.Session(plugins=[], extra_plugins=[Interrupted()])
    with pytest.raises(KeyboardInterrupt):
        session.compare("one", "two")
