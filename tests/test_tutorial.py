"""The plugin tutorial (docs/tutorial.rst), run as written: its shell commands, in order, in bash.

A stand-in checkout gets the ``.venv`` the README's first command makes (a virtual environment
with docdelta installed from this checkout, pip working offline); then the tutorial's
``code-block:: bash`` commands run one after the other in one bash session, each file it
shows with ``literalinclude`` saved where it says, when it says. The plugin is listed, its
findings are in the report, and its own test passes.
"""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

from test_example_plugin import _clean_env, make_venv, pip_install_offline, run_cli

ROOT = Path(__file__).resolve().parent.parent
PAGE = ROOT / "docs" / "tutorial.rst"
TUTORIAL = ROOT / "docs" / "tutorial"
PLUGIN_FILES = ["docdelta_hedges.py", "docdelta_hedges_extras.py", "pyproject.toml", "test_hedges.py"]
#: pip without an index (the test machine may have no network), building with the setuptools at hand.
OFFLINE_PIP = {"PIP_NO_INDEX": "1", "PIP_NO_BUILD_ISOLATION": "0", "PIP_DISABLE_PIP_VERSION_CHECK": "1"}


def test_tutorial_includes_exactly_the_files_this_test_runs() -> None:
    included = re.findall(r"^\.\. literalinclude:: tutorial/(\S+)$", PAGE.read_text(encoding="utf-8"), re.M)
    assert sorted(included) == sorted([*(f"docdelta-hedges/{name}" for name in PLUGIN_FILES), "old.txt", "new.txt"])


def tutorial_script(page: str) -> tuple[str, list[str]]:
    """The tutorial as one bash script, and its commands: each command is followed by a line
    with its exit status, each shown file is copied into the current folder."""
    lines, commands = [], []
    rows = page.splitlines()
    for index, row in enumerate(rows):
        include = re.fullmatch(r"\.\. literalinclude:: tutorial/(\S+)", row)
        if include:
            lines.append(f"cp {TUTORIAL / include.group(1)} .")
        if row == ".. code-block:: bash":
            for command in rows[index + 2 :]:
                if not command.startswith("    "):
                    break
                commands.append(command.strip())
                lines += [f"echo '@@ {command.strip()}'", command.strip(), "echo \"@@ exit $?\""]
    return "\n".join(lines) + "\n", commands


def test_the_tutorials_commands_as_written_from_a_checkout(tmp_path: Path) -> None:
    checkout = tmp_path / "docdelta"
    checkout.mkdir()
    python = make_venv(checkout / ".venv")  # the README's first command, offline
    pip_install_offline(python, "-e", str(ROOT))
    script, commands = tutorial_script(PAGE.read_text(encoding="utf-8"))
    assert commands == [
        ". .venv/bin/activate", "mkdir ../docdelta-hedges", "cd ../docdelta-hedges", "python -m pip install -e .",
        "docdelta plugins", "docdelta compare old.txt new.txt", "python -m pytest test_hedges.py",
    ]  # fmt: skip
    env = {key: value for key, value in _clean_env().items() if key not in ("VIRTUAL_ENV", "PIP_REQUIRE_VIRTUALENV")}
    run = subprocess.run(["bash"], input=script, capture_output=True, text=True, cwd=checkout, env={**env, **OFFLINE_PIP})
    ran = re.findall(r"^@@ ([^\n]+)\n(.*?)^@@ exit (\d+)$", run.stdout, re.M | re.S)
    assert [(command, int(status)) for command, _, status in ran] == [
        (command, 1 if command.startswith("docdelta compare") else 0) for command in commands  # 1: the texts differ
    ], run.stdout + run.stderr
    outputs = {command: output for command, output, _ in ran}
    assert (tmp_path / "docdelta-hedges" / "docdelta_hedges.py").is_file()
    assert re.search(r"^hedges  \[active\]  docdelta-hedges 0\.1\.0$", outputs["docdelta plugins"], re.M)
    page = PAGE.read_text(encoding="utf-8")
    for message in ("'may': 0 times before, 1 after", "'reportedly': 0 times before, 1 after"):
        assert message in outputs["docdelta compare old.txt new.txt"]
        assert f"    {message}\n" in page, "the tutorial shows what the report says"
    assert "1 passed" in outputs["python -m pytest test_hedges.py"]

    # What the tutorial says in words: the JSON report has the findings, -p no:hedges leaves them out.
    folder = tmp_path / "docdelta-hedges"
    for flags, words in (([], ["may", "reportedly"]), (["-p", "no:hedges"], [])):
        report = run_cli(python, "compare", "old.txt", "new.txt", "--format", "json", *flags, cwd=folder)
        assert [f["data"]["word"] for f in json.loads(report.stdout)["findings"] if f["check"] == "hedges"] == words

    # Step 8's module came after the compare above; the editable install sees it now.
    text = run_cli(python, "compare", "old.txt", "new.txt", "--color", "never", cwd=folder).stdout
    for line in ("Hedge words", "  word | before | after", "  may | 0 | 1", "  reportedly | 0 | 1"):  # step 8
        assert f"\n{line}\n" in text
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
