"""``tox -e docs`` builds into docs/_build/html (gitignored), says so when it is done, and the README says so too."""

from __future__ import annotations

import configparser
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BUILT = "docs/_build/html"


def docs_commands() -> list[list[str]]:
    tox = configparser.ConfigParser()
    tox.read(ROOT / "tox.ini", encoding="utf-8")
    lines = [line for line in tox["testenv:docs"]["commands"].splitlines() if line.strip()]
    return [shlex.split(line.replace("{toxinidir}", str(ROOT))) for line in lines]


def test_tox_docs_builds_into_docs_build_html_and_prints_where():
    build, announce = docs_commands()
    assert build[:1] == ["sphinx-build"] and "-W" in build
    assert Path(build[-1]) == ROOT / BUILT and build[-2] == "docs"
    assert announce[0] == "python"
    printed = subprocess.run([sys.executable, *announce[1:]], capture_output=True, text=True, check=True).stdout
    assert f"{BUILT}/index.html" in printed
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"`tox -e docs` builds it into `{BUILT}`" in readme


@pytest.mark.skipif(shutil.which("git") is None or not (ROOT / ".git").exists(), reason="needs a git checkout")
def test_the_built_site_is_gitignored():
    ignored = subprocess.run(["git", "check-ignore", "-q", f"{BUILT}/index.html"], cwd=ROOT, check=False)
    assert ignored.returncode == 0
