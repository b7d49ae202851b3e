"""The example third-party plugin, docs/examples/docdelta-quotes, installed for real.

pip installs it offline into a temporary virtual environment, and the real CLI
(``python -m docdelta``) runs there: the plugin is listed, its findings are in the
JSON report, and ``-p no:quotes`` removes them. Its own test suite passes too.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "docs" / "examples" / "docdelta-quotes"
SEED_OLD = ROOT / "seeds" / "001_561bb7da592d2a00.txt"
SEED_NEW = ROOT / "seeds" / "000_ff12f16f314725a3.txt"


def _clean_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DOCDELTA_", "PYTHON"))}
    env["PYTHONHASHSEED"] = "0"
    return env


def make_venv(where: Path) -> Path:
    """A virtual environment that sees this interpreter's packages (docdelta, pip, setuptools) and has its own
    site-packages for what gets installed into it; returns its python.

    ``--system-site-packages`` would not do: under tox this interpreter is itself a venv's, and the new venv
    would see the base Python instead. ``site.addsitedir`` also runs the ``.pth`` files there (an editable
    docdelta install is one).
    """
    venv.EnvBuilder(with_pip=False).create(where)
    python = where / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    own = subprocess.run(
        [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True, text=True, check=True,
    ).stdout.strip()  # fmt: skip
    parents = dict.fromkeys([sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]])
    lines = "".join(f"import site; site.addsitedir({path!r})\n" for path in parents)
    Path(own, "_docdelta_parent.pth").write_text(lines, encoding="utf-8")
    return python


def pip_install_offline(python: Path, *args: str) -> None:
    """``pip install ARGS`` without any index, building with the setuptools at hand."""
    subprocess.run(
        [python, "-m", "pip", "install", "--quiet", "--no-index", "--no-build-isolation", "--no-deps",
         "--disable-pip-version-check", *args],
        capture_output=True, text=True, check=True, env=_clean_env(),
    )  # fmt: skip


def run_cli(python: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [python, "-m", "docdelta", *args], capture_output=True, text=True, env=_clean_env(), cwd=cwd
    )


@pytest.fixture(scope="module")
def quotes_venv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    scratch = tmp_path_factory.mktemp("quotes-venv")
    python = make_venv(scratch / "venv")
    # A copy: building writes build/ and *.egg-info next to the sources.
    copy = scratch / EXAMPLE.name
    shutil.copytree(EXAMPLE, copy, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info", "build"))
    pip_install_offline(python, str(copy))
    return python


def test_installed_plugin_is_listed_by_docdelta_plugins(quotes_venv: Path, tmp_path: Path) -> None:
    listing = run_cli(quotes_venv, "plugins", "--json", cwd=tmp_path)
    assert listing.returncode == 0, listing.stderr
    (quotes,) = [p for p in json.loads(listing.stdout) if p["name"] == "quotes"]
    assert quotes["status"] == "active"
    assert quotes["distribution"] == "docdelta-quotes"
    assert quotes["version"] == "1.0.0"
    assert set(quotes["hooks"]) == {"docdelta_addoption", "docdelta_register_checks"}


def test_installed_plugin_reports_quotes_on_the_seeds_and_no_quotes_turns_it_off(
    quotes_venv: Path, tmp_path: Path
) -> None:
    result = run_cli(quotes_venv, "compare", str(SEED_OLD), str(SEED_NEW), "--format", "json", cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    report = json.loads(result.stdout)
    assert "quotes" in report["plugins"]
    kinds = [(f["kind"], (f["data"]["new"] or {}).get("speaker")) for f in report["findings"] if f["check"] == "quotes"]
    assert kinds == [
        ("quote-kept", "Cole"),
        ("quote-kept", "John Cole"),
        ("quote-added", "Khomich"),
        ("quote-added", "Khomich"),
    ]

    without = run_cli(
        quotes_venv, "compare", str(SEED_OLD), str(SEED_NEW), "--format", "json", "-p", "no:quotes", cwd=tmp_path
    )
    assert without.returncode == 1, without.stderr
    report = json.loads(without.stdout)
    assert "quotes" not in report["plugins"]
    assert [f for f in report["findings"] if f["check"] == "quotes"] == []
    assert report["findings"], "the other plugins' findings are still there"


def test_installed_plugin_option_is_in_compare_help(quotes_venv: Path, tmp_path: Path) -> None:
    help_text = run_cli(quotes_venv, "compare", "--help", cwd=tmp_path).stdout
    assert "--quotes-min-words" in help_text


def test_example_plugin_own_test_suite_passes() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(EXAMPLE)],
        capture_output=True, text=True, cwd=EXAMPLE, env=_clean_env(),
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    assert "4 passed" in result.stdout
