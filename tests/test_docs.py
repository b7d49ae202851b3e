"""The docs match the code: every hook spec is in the hook reference, the CLI reference is the current
``--help``, and the docs build with Sphinx, warnings as errors.

When a command's help changes, regenerate the CLI reference with ``python tests/test_docs.py``.
"""

from __future__ import annotations

import inspect
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import docdelta
from docdelta import hookspecs

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
#: The CLI reference's help texts: file under docs/cli/ -> the command's arguments.
HELP_FILES = {
    "docdelta-help.txt": ["--help"],
    "compare-help.txt": ["compare", "--help"],
    "plugins-help.txt": ["plugins", "--help"],
}


def hook_specs() -> list[str]:
    return [name for name, value in inspect.getmembers(hookspecs, inspect.isfunction) if name.startswith("docdelta_")]


def documented_hooks() -> list[str]:
    return re.findall(r"^\.\. autofunction:: docdelta\.hookspecs\.(\w+)$", (DOCS / "hooks.rst").read_text(), re.M)


def current_help(args: list[str], cwd: Path) -> str:
    """The help as the bundled plugins make it: no third-party plugins, no config file, 100 columns."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("DOCDELTA_")}
    env |= {"COLUMNS": "100", "DOCDELTA_DISABLE_PLUGIN_AUTOLOAD": "1"}
    result = subprocess.run(
        [sys.executable, "-m", "docdelta", *args], capture_output=True, text=True, env=env, cwd=cwd, check=True
    )
    return result.stdout


def test_every_hook_spec_is_in_the_hook_reference_once() -> None:
    specs = hook_specs()
    assert len(specs) >= 5
    assert sorted(documented_hooks()) == sorted(specs)


def test_every_hook_spec_is_in_the_contract_module_overview_and_has_an_example() -> None:
    overview = hookspecs.__doc__ or ""
    for name in hook_specs():
        assert f":func:`{name}`" in overview, name
        assert "@hookimpl" in (getattr(hookspecs, name).__doc__ or ""), f"{name} has no example"


def help_outline(text: str) -> tuple[list[str], list[str]]:
    """The flags and the section headings of a help text: what the reference must not get wrong.

    Compared instead of the exact text because argparse lays help out differently from one Python
    version to the next (3.13 writes ``-o, --output FILE`` for ``-o FILE, --output FILE``).
    """
    flags = sorted(set(re.findall(r"(?<![\w$-])--?[a-z][\w-]*", text)))
    headings = [line for line in text.splitlines() if re.fullmatch(r"[a-z][\w ()-]*:", line)]
    return flags, headings


@pytest.mark.parametrize("filename", sorted(HELP_FILES))
def test_cli_reference_is_the_current_help(filename: str, tmp_path: Path) -> None:
    documented = help_outline((DOCS / "cli" / filename).read_text(encoding="utf-8"))
    current = help_outline(current_help(HELP_FILES[filename], tmp_path))
    assert documented == current, f"docs/cli/{filename} is out of date: run python tests/test_docs.py"
    assert len(current[0]) >= 3


def test_cli_reference_includes_every_help_file() -> None:
    included = re.findall(r"^\.\. literalinclude:: cli/(\S+)$", (DOCS / "cli.rst").read_text(), re.M)
    assert included == list(HELP_FILES)


def test_docs_build_with_sphinx_warnings_as_errors(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "sphinx", "-W", "--keep-going", "-q", "-b", "html", "-d", tmp_path / "doctrees",
         DOCS, tmp_path / "html"],
        capture_output=True, text=True,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    hooks_page = (tmp_path / "html" / "hooks.html").read_text(encoding="utf-8")
    for name in hook_specs():
        assert f'id="docdelta.hookspecs.{name}"' in hooks_page, name
    assert "quotes-min-words" in (tmp_path / "html" / "example-plugin.html").read_text(encoding="utf-8")


def test_embedding_guide_plugin_object_example_runs(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, DOCS / "examples" / "house_style.py"], capture_output=True, text=True, cwd=tmp_path, check=True
    )
    assert result.stdout == "['write % for per cent']\n"
    assert "literalinclude:: examples/house_style.py" in (DOCS / "embedding.rst").read_text(encoding="utf-8")


def test_embedding_guide_config_round_trip_through_json() -> None:
    session = docdelta.Session(["news", "claims", "json"], options={"min_class": "wording"})
    rebuilt = docdelta.Session.from_config(json.loads(json.dumps(session.config.to_dict())))
    assert rebuilt.options == session.options
    assert rebuilt.options["min-class"] == "wording"
    assert [p.name for p in rebuilt.plugins if p.status == "active"] == [
        p.name for p in session.plugins if p.status == "active"
    ]


if __name__ == "__main__":
    for filename, args in HELP_FILES.items():
        (DOCS / "cli" / filename).write_text(current_help(args, Path("/")), encoding="utf-8")
        print(f"wrote docs/cli/{filename}")


def test_every_test_the_guarantees_page_names_exists():
    """docs/guarantees.rst names the test that holds each promise: a renamed or removed test
    must take its promise off the page (or the page must name the new test)."""
    page = (DOCS / "guarantees.rst").read_text(encoding="utf-8")
    named = re.findall(r"``(test_\w+\.py)::(\w+)``", page)
    assert len(named) > 30
    for filename, test in named:
        assert f"def {test}(" in (ROOT / "tests" / filename).read_text(encoding="utf-8"), (filename, test)
