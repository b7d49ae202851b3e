"""Where a report goes: the format from -o's extension (over the config file's), clear errors, one line saying so."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import SEED_NEW, SEED_OLD

CONFIG = 'plugins = ["news", "claims", "html"]\nformat = "html"\n'


def run(cwd: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "docdelta", "compare", str(SEED_OLD), str(SEED_NEW), *args],
        cwd=cwd, capture_output=True, text=True, check=False,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("name", "starts"),
    [("r.txt", "--- "), ("r.markdown", "# docdelta: "), ("r.md", "# docdelta: "), ("r.json", "{"), ("r.html", "<!DOCTYPE html>")],
)
def test_the_extension_chooses_the_format_and_one_line_says_where_it_went(tmp_path, name, starts):
    result = run(tmp_path, "-o", name)
    assert result.returncode == 1
    assert (tmp_path / name).read_text(encoding="utf-8").startswith(starts)
    findings = len(json.loads(run(tmp_path, "--format", "json").stdout)["findings"])  # the same report, as data
    assert findings > 10
    assert result.stderr == f"wrote {name} ({findings} findings)\n"
    quiet = run(tmp_path, "-o", name, "-q")
    assert quiet.returncode == 1 and quiet.stderr == ""


def test_a_series_says_how_many_documents_and_findings(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "docdelta", "compare", str(SEED_OLD), str(SEED_NEW), str(SEED_NEW), "-o", "s.html"],
        cwd=tmp_path, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 1
    assert result.stderr.startswith("wrote s.html (3 documents, ") and result.stderr.endswith(" findings)\n")


def test_a_name_without_a_known_extension_is_an_error_listing_the_extensions(tmp_path):
    for name in ("report", "report.pdf"):
        result = run(tmp_path, "-o", name)
        assert result.returncode == 2 and not (tmp_path / name).exists()
        assert result.stderr.startswith(f"docdelta: error: {name}: ")
        for extension in (".html", ".md", ".markdown", ".json", ".txt"):
            assert extension in result.stderr
        assert "--format NAME" in result.stderr and len(result.stderr.splitlines()) == 1


def test_the_extension_beats_the_config_files_format(tmp_path):
    (tmp_path / "docdelta.toml").write_text('format = "html"\n', encoding="utf-8")
    assert run(tmp_path, "-o", "r.txt").returncode == 1
    assert (tmp_path / "r.txt").read_text(encoding="utf-8").startswith("--- ")
    assert run(tmp_path, "-o", "report").returncode == 1  # no extension: the config file's format
    assert (tmp_path / "report").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_a_config_that_leaves_the_text_plugin_out_is_named_in_the_errors(tmp_path):
    (tmp_path / "docdelta.toml").write_text(CONFIG, encoding="utf-8")
    text = run(tmp_path, "--format", "text")
    assert text.returncode == 2
    assert text.stderr == (
        "docdelta: error: unknown format 'text' (formats: html); plugin 'text' is installed but "
        f"{tmp_path / 'docdelta.toml'} leaves it out: add it there, or -p text for one run\n"
    )
    txt = run(tmp_path, "-o", "r.txt")
    assert txt.returncode == 2 and not (tmp_path / "r.txt").exists()
    assert "no active format writes '.txt' files" in txt.stderr and "docdelta.toml chooses the plugins" in txt.stderr
    assert run(tmp_path, "-o", "r.txt", "-p", "text").returncode == 1
    assert (tmp_path / "r.txt").read_text(encoding="utf-8").startswith("--- ")


def test_an_inactive_format_without_a_config_file_says_how_to_activate_it(tmp_path):
    result = run(tmp_path, "-p", "no:markdown", "--format", "markdown")
    assert result.returncode == 2
    assert result.stderr.endswith("; plugin 'markdown' is installed but not active: -p markdown activates it\n")
