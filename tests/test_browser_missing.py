"""Without Chromium, the browser tests skip with one line saying how to enable them; under CI they fail."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run_browser_tests(tmp_path: Path, ci: str | None) -> subprocess.CompletedProcess:
    """pytest on tests/test_browser.py, and one test that passes (as in the whole suite), with a PATH
    that holds this Python and no Chromium."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "python").symlink_to(sys.executable)
    environ = {key: value for key, value in os.environ.items() if key != "CI"}
    environ["PATH"] = str(bin_dir)
    if ci is not None:
        environ["CI"] = ci
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "tests/test_browser.py", f"{__file__}::test_ci_script_sets_ci"],
        cwd=ROOT, env=environ, capture_output=True, text=True, check=False,
    )  # fmt: skip


def test_without_chromium_the_browser_tests_skip_with_one_line_saying_how_to_enable_them(tmp_path):
    run = run_browser_tests(tmp_path, ci=None)
    assert run.returncode == 0, run.stdout + run.stderr
    lines = [line for line in run.stdout.splitlines() if "apt-get install chromium" in line]
    assert len(lines) == 1 and lines[0].startswith("SKIPPED [1] tests/test_browser.py"), run.stdout
    assert "1 passed, 1 skipped" in run.stdout


def test_under_ci_a_missing_chromium_fails(tmp_path):
    run = run_browser_tests(tmp_path, ci="true")
    assert run.returncode == 1, run.stdout + run.stderr
    assert "skipped" not in run.stdout and " errors" in run.stdout
    assert "CI is set" in run.stdout and "apt-get install chromium" in run.stdout


def test_ci_script_sets_ci():
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert 'export CI="${CI:-true}"' in script
