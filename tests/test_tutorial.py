"""The plugin tutorial (docs/tutorial.rst), step by step, with the files its code blocks include.

An empty folder gets the tutorial's two files, pip installs it (offline) into a fresh
virtual environment, and the real CLI lists the plugin and shows its findings; the
tutorial's own test file passes.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

from test_example_plugin import make_venv, pip_install_offline, run_cli

ROOT = Path(__file__).resolve().parent.parent
TUTORIAL = ROOT / "docs" / "tutorial"
PLUGIN_FILES = ["docdelta_hedges.py", "docdelta_hedges_extras.py", "pyproject.toml", "test_hedges.py"]


def test_tutorial_includes_exactly_the_files_this_test_runs() -> None:
    page = (ROOT / "docs" / "tutorial.rst").read_text(encoding="utf-8")
    included = re.findall(r"^\.\. literalinclude:: tutorial/(\S+)$", page, re.M)
    assert sorted(included) == sorted([*(f"docdelta-hedges/{name}" for name in PLUGIN_FILES), "old.txt", "new.txt"])


def test_tutorial_from_an_empty_folder_to_a_report(tmp_path: Path) -> None:
    folder = tmp_path / "docdelta-hedges"
    folder.mkdir()  # step 1
    for name in PLUGIN_FILES:  # steps 2, 3, 7 and 8
        shutil.copy(TUTORIAL / "docdelta-hedges" / name, folder / name)
    python = make_venv(tmp_path / "venv")
    pip_install_offline(python, "-e", str(folder))  # step 4: "pip install -e ." in the folder

    listing = run_cli(python, "plugins", "--json", cwd=folder)  # step 5
    assert listing.returncode == 0, listing.stderr
    (hedges,) = [p for p in json.loads(listing.stdout) if p["name"] == "hedges"]
    assert (hedges["status"], hedges["distribution"], hedges["version"]) == ("active", "docdelta-hedges", "0.1.0")
    assert hedges["hooks"] == ["docdelta_register_checks"]

    for name in ("old.txt", "new.txt"):  # step 6
        shutil.copy(TUTORIAL / name, folder / name)
    text = run_cli(python, "compare", "old.txt", "new.txt", "--color", "never", cwd=folder)
    assert text.returncode == 1, text.stderr
    page = (ROOT / "docs" / "tutorial.rst").read_text(encoding="utf-8")
    for message in ("'may': 0 times before, 1 after", "'reportedly': 0 times before, 1 after"):
        assert message in text.stdout
        assert f"    {message}\n" in page, "the tutorial shows what the report says"

    report = json.loads(run_cli(python, "compare", "old.txt", "new.txt", "--format", "json", cwd=folder).stdout)
    assert [f["data"]["word"] for f in report["findings"] if f["check"] == "hedges"] == ["may", "reportedly"]
    without = json.loads(
        run_cli(python, "compare", "old.txt", "new.txt", "--format", "json", "-p", "no:hedges", cwd=folder).stdout
    )
    assert [f for f in without["findings"] if f["check"] == "hedges"] == []

    for line in ("Hedge words", "  word | before | after", "  may | 0 | 1", "  reportedly | 0 | 1"):  # step 8
        assert f"\n{line}\n" in text.stdout
        assert f"\n    {line}\n" in page, "the tutorial shows the table as the report draws it"
    markdown = run_cli(python, "compare", "old.txt", "new.txt", "--format", "markdown", cwd=folder).stdout
    assert "## Hedge words" in markdown and "| reportedly | 0 | 1 |" in markdown
    counted = run_cli(python, "hedges", "old.txt", "new.txt", cwd=folder)
    assert counted.returncode == 0, counted.stderr
    assert counted.stdout == "old.txt: could 1\nnew.txt: could 1, may 1, reportedly 1\n"
    shown = ["$ docdelta hedges old.txt new.txt", *counted.stdout.splitlines()]
    assert "".join(f"    {line}\n" for line in shown) in page, "the tutorial shows what the command prints"
    without_extras = run_cli(python, "compare", "old.txt", "new.txt", "-p", "no:hedges-extras", cwd=folder).stdout
    assert "Hedge words" not in without_extras and "'may': 0 times before, 1 after" in without_extras

    own_tests = subprocess.run(  # step 7
        [python, "-m", "pytest", "-q", "-p", "no:cacheprovider", "test_hedges.py"],
        capture_output=True, text=True, cwd=folder,
    )  # fmt: skip
    assert own_tests.returncode == 0, own_tests.stdout + own_tests.stderr
    assert "1 passed" in own_tests.stdout
