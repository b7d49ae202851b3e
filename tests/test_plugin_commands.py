"""Commands come from plugins: a third-party plugin, installed as a real distribution with a
``docdelta`` entry point, adds ``docdelta words`` through ``docdelta_register_commands``."""

from __future__ import annotations

import json
from pathlib import Path

from test_core_plugins import make_distribution, site  # noqa: F401 (site: the installed-distributions fixture)

ROOT = Path(__file__).resolve().parent.parent
OLD = ROOT / "seeds" / "001_561bb7da592d2a00.txt"
NEW = ROOT / "seeds" / "000_ff12f16f314725a3.txt"

WORDS_PLUGIN = '''
from pathlib import Path

from docdelta import Command, hookimpl


def add_arguments(parser):
    parser.add_argument("documents", nargs="+", metavar="DOCUMENT")
    parser.add_argument("--longest", action="store_true", help="also print the longest word")


def count_words(session, args):
    for path in args.documents:
        words = session.parse(Path(path)).text.split()
        line = f"{path}: {len(words)} words"
        if args.longest:
            line += f", longest {max(words, key=len)}"
        print(line)
    print("include-ignored", session.options["include-ignored"])
    return 0


@hookimpl
def docdelta_register_commands(register):
    register(Command("words", count_words, "Count each document's words.", add_arguments))
'''


def test_an_installed_plugin_adds_a_command(site):
    make_distribution(site.directory, "docdelta-words", "docdelta_words", WORDS_PLUGIN, entry="words")
    result = site("words", "--longest", "--include-ignored", str(OLD), str(NEW))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    old_words = OLD.read_text(encoding="utf-8").split()
    assert lines[0] == f"{OLD}: {len(old_words)} words, longest {max(old_words, key=len)}"
    assert lines[1].startswith(f"{NEW}: ")
    assert lines[2] == "include-ignored True"  # the command's session has the options from the flags

    listing = site("--help").stdout
    assert "words" in listing and "Count each document's words." in listing
    command_help = site("words", "--help").stdout
    assert "--longest" in command_help and "--plugins NAME,NAME" in command_help and "--include-ignored" in command_help

    plugins = {p["name"]: p for p in json.loads(site("plugins", "--json").stdout)}
    assert plugins["words"]["provides"]["commands"] == ["words"]
    assert plugins["words"]["distribution"] == "docdelta-words"
    assert plugins["batch"]["provides"]["commands"] == ["batch"]


def test_a_disabled_plugins_command_is_gone(site):
    make_distribution(site.directory, "docdelta-words", "docdelta_words", WORDS_PLUGIN, entry="words")
    result = site("words", "-p", "no:words", str(OLD))
    assert result.returncode == 2
    assert "invalid choice: 'words'" in result.stderr and result.stderr.count("\n") == 1


def test_a_failing_command_is_one_line_naming_the_plugin(site):
    make_distribution(
        site.directory, "docdelta-words", "docdelta_words",
        WORDS_PLUGIN.replace("    for path in args.documents:", "    raise ValueError('no words today')\n    for path in args.documents:"),
        entry="words",
    )  # fmt: skip
    result = site("words", str(OLD))
    assert result.returncode == 2
    assert result.stderr == "docdelta: error: plugin 'words' failed in command 'words': ValueError: no words today\n"


def test_a_plugin_cannot_take_a_command_of_docdelta(site):
    make_distribution(site.directory, "docdelta-words", "docdelta_words", WORDS_PLUGIN.replace('Command("words"', 'Command("compare"'), entry="words")
    result = site("compare", "-f", "json", str(OLD), str(NEW))
    assert result.returncode == 1
    assert json.loads(result.stdout)["summary"]["words_added"] > 0
    assert "docdelta: warning: plugin 'words' failed in docdelta_register_commands: ValueError: command 'compare' is docdelta's own" in result.stderr
