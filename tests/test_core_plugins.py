"""Third-party plugins found through a real ``docdelta`` entry point, as installed distributions are.

Each test writes a distribution to disk (a ``*.dist-info`` with ``entry_points.txt`` next
to the plugin module), puts it on ``PYTHONPATH`` and runs the real CLI in a subprocess.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
#: Seconds after which a CLI run under test is taken to hang.
GIVE_UP = 120
OLD = ROOT / "seeds" / "001_561bb7da592d2a00.txt"
NEW = ROOT / "seeds" / "000_ff12f16f314725a3.txt"

GOOD_PLUGIN = '''
from docdelta import Check, Finding, Normalizer, hookimpl

@hookimpl
def docdelta_addoption(parser):
    parser.add_option("shout-word", default="potash", help="The word the shout check looks for.")

@hookimpl
def docdelta_parse(source, options):
    return None  # let the bundled parsers handle everything

def shout(comparison):
    word = comparison.options["shout-word"]
    where = comparison.new.text.find(word)
    if where >= 0:
        from docdelta import Span
        yield Finding(check="shout", kind="word", severity="info",
                      message=f"found {word!r}", new_spans=[Span(where, where + len(word))])

@hookimpl
def docdelta_register_checks(register):
    register(Check("shout", shout, "Reports where a word stands."))

@hookimpl
def docdelta_register_normalizers(register):
    register(Normalizer("shout-upper", str.upper, "Compare in upper case.", default=False))
'''


def make_distribution(root: Path, dist: str, module: str, source: str, entry: str | None = None) -> None:
    """A minimal installed distribution: module + dist-info with an entry point in group ``docdelta``."""
    (root / f"{module}.py").write_text(textwrap.dedent(source), encoding="utf-8")
    info = root / f"{dist.replace('-', '_')}-1.2.3.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {dist}\nVersion: 1.2.3\n", encoding="utf-8")
    (info / "entry_points.txt").write_text(f"[docdelta]\n{entry or module} = {module}\n", encoding="utf-8")


@pytest.fixture
def site(tmp_path):
    """A directory of fake installed distributions and a runner that sees them."""
    directory = tmp_path / "site"
    directory.mkdir()

    def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
        environment = {k: v for k, v in os.environ.items() if not k.startswith("DOCDELTA_")}
        environment["PYTHONPATH"] = str(directory)
        environment.update(env or {})
        command = [sys.executable, "-m", "docdelta", *args]
        # A plugin that hangs must fail its test, not stall the run: far above any run's time, and the plugin time limit's.
        return subprocess.run(command, capture_output=True, env=environment, text=True, timeout=GIVE_UP)

    run.directory = directory
    return run


def test_third_party_plugin_is_listed_with_its_distribution(site):
    make_distribution(site.directory, "docdelta-shout", "shout", GOOD_PLUGIN)
    result = site("plugins", "--json")
    assert result.returncode == 0, result.stderr
    plugins = {p["name"]: p for p in json.loads(result.stdout)}
    shout = plugins["shout"]
    assert shout["origin"] == "third-party"
    assert (shout["distribution"], shout["version"]) == ("docdelta-shout", "1.2.3")
    assert shout["status"] == "active"
    assert shout["hooks"] == [
        "docdelta_addoption",
        "docdelta_parse",
        "docdelta_register_checks",
        "docdelta_register_normalizers",
    ]
    assert shout["provides"] == {"checks": ["shout"], "normalizers": ["shout-upper"], "options": ["shout-word"]}
    assert plugins["json"]["origin"] == "bundled"

    human = site("plugins")
    assert "shout  [active]  docdelta-shout 1.2.3" in human.stdout


def test_third_party_hooks_run_during_compare_and_its_option_works(site):
    make_distribution(site.directory, "docdelta-shout", "shout", GOOD_PLUGIN)
    result = site("compare", str(OLD), str(NEW), "--format", "json", "--shout-word", "Khomich")
    report = json.loads(result.stdout)
    findings = [f for f in report["findings"] if f["check"] == "shout"]
    assert [f["message"] for f in findings] == ["found 'Khomich'"]
    start, end = findings[0]["new_spans"][0]
    assert NEW.read_text(encoding="utf-8")[start:end] == "Khomich"

    help_text = site("compare", "--help").stdout
    assert "options from plugin 'shout'" in help_text and "--shout-word" in help_text


def test_disabling_a_third_party_plugin(site):
    make_distribution(site.directory, "docdelta-shout", "shout", GOOD_PLUGIN)
    result = site("compare", str(OLD), str(NEW), "--format", "json", "-p", "no:shout")
    assert result.returncode == 1, result.stderr
    assert not [f for f in json.loads(result.stdout)["findings"] if f["check"] == "shout"]
    listing = {p["name"]: p["status"] for p in json.loads(site("plugins", "--json", "-p", "no:shout").stdout)}
    assert listing["shout"] == "disabled"


def test_autoload_can_be_switched_off(site):
    make_distribution(site.directory, "docdelta-shout", "shout", GOOD_PLUGIN)
    result = site("plugins", "--json", env={"DOCDELTA_DISABLE_PLUGIN_AUTOLOAD": "1"})
    names = [p["name"] for p in json.loads(result.stdout)]
    assert "shout" not in names and "json" in names


def test_plugin_that_fails_to_import_is_reported_and_the_rest_works(site):
    make_distribution(site.directory, "docdelta-broken", "broken", "import does_not_exist_anywhere\n")
    listing = site("plugins", "--json")
    broken = {p["name"]: p for p in json.loads(listing.stdout)}["broken"]
    assert broken["status"] == "failed"
    assert "ModuleNotFoundError" in broken["error"] and "does_not_exist_anywhere" in broken["error"]

    result = site("compare", str(OLD), str(NEW), "--format", "json")
    assert result.returncode == 1
    assert json.loads(result.stdout)["schema"] == "docdelta.report/1"
    assert "plugin 'broken' failed in import" in result.stderr

    strict = site("compare", str(OLD), str(NEW), "--format", "json", "--strict")
    assert strict.returncode == 2
    assert strict.stdout == ""
    assert "plugin 'broken' failed in import" in strict.stderr


def test_plugin_with_a_misspelt_hook_fails_at_start_up(site):
    make_distribution(
        site.directory,
        "docdelta-typo",
        "typo",
        "from docdelta import hookimpl\n\n@hookimpl\ndef docdelta_regster_checks(register):\n    pass\n",
    )
    info = {p["name"]: p for p in json.loads(site("plugins", "--json").stdout)}["typo"]
    assert info["status"] == "failed"
    assert "docdelta_regster_checks" in info["error"]
