"""End to end through the real command line: exit statuses, formats, output files, stdin, config."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
OLD = SEEDS / "001_561bb7da592d2a00.txt"
NEW = SEEDS / "000_ff12f16f314725a3.txt"


def run(*args: str, cwd: Path | None = None, stdin: bytes | None = None, env: dict | None = None):
    environment = {k: v for k, v in os.environ.items() if not k.startswith("DOCDELTA_")}
    environment.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "docdelta", *args],
        cwd=cwd,
        input=stdin,
        capture_output=True,
        env=environment,
    )


def test_file_compared_with_itself_exits_0():
    result = run("compare", str(OLD), str(OLD))
    assert result.returncode == 0, result.stderr
    assert b"Traceback" not in result.stderr


def test_the_two_seeds_differ_exit_1_with_a_word_diff():
    result = run("compare", str(OLD), str(NEW), "--color", "never")
    assert result.returncode == 1, result.stderr
    out = result.stdout.decode()
    assert str(OLD) in out and str(NEW) in out
    assert "{+" in out and "[-" in out  # word-level insertions and deletions, git --word-diff style


def test_missing_file_exits_2_with_one_line_error():
    result = run("compare", str(SEEDS / "no-such-file.txt"), str(NEW))
    assert result.returncode == 2
    lines = result.stderr.decode().strip().splitlines()
    assert len(lines) == 1
    assert "no-such-file.txt" in lines[0] and "no such file" in lines[0]
    assert result.stdout == b""


def test_console_script_and_module_both_work():
    script = Path(sys.executable).with_name("docdelta")
    by_script = subprocess.run([str(script), "--version"], capture_output=True)
    by_module = run("--version")
    assert by_script.returncode == by_module.returncode == 0
    assert by_script.stdout == by_module.stdout
    assert by_module.stdout.decode().startswith("docdelta ")


def test_output_format_inferred_from_extension(tmp_path):
    target = tmp_path / "report.json"
    result = run("compare", str(OLD), str(NEW), "-o", str(target))
    assert result.returncode == 1, result.stderr
    report = json.loads(target.read_text(encoding="utf-8"))
    assert report["schema"] == "docdelta.report/1"
    assert result.stdout == b""


def test_unknown_extension_without_format_is_an_error(tmp_path):
    target = tmp_path / "report.xyz"
    result = run("compare", str(OLD), str(NEW), "-o", str(target))
    assert result.returncode == 2
    assert "report.xyz" in result.stderr.decode() and "--format" in result.stderr.decode()
    assert not target.exists()


def test_stdin_as_one_side():
    result = run("compare", "-", str(NEW), "--format", "json", stdin=OLD.read_bytes())
    assert result.returncode == 1, result.stderr
    report = json.loads(result.stdout)
    assert report["documents"]["old"]["name"] == "-"
    assert report["documents"]["old"]["length"] == len(OLD.read_text(encoding="utf-8"))


def test_unknown_format_lists_the_known_ones():
    result = run("compare", str(OLD), str(NEW), "--format", "pdf")
    assert result.returncode == 2
    message = result.stderr.decode()
    assert "unknown format 'pdf'" in message and "json" in message and "text" in message


def test_config_file_sets_defaults_and_flags_override(tmp_path):
    (tmp_path / "docdelta.toml").write_text('format = "json"\nmin-class = "substantive"\n', encoding="utf-8")
    from_file = run("compare", str(OLD), str(NEW), cwd=tmp_path)
    report = json.loads(from_file.stdout)
    assert report["options"]["min-class"] == "substantive"
    classes = {edit.get("class") for edit in report["edits"] if edit["op"] in ("insert", "delete")}
    assert classes <= {"substantive", "factual"}

    overridden = run("compare", str(OLD), str(NEW), "--min-class", "format", cwd=tmp_path)
    assert json.loads(overridden.stdout)["options"]["min-class"] == "format"


def test_pyproject_tool_table_is_read(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.docdelta]\nformat = "json"\n', encoding="utf-8")
    result = run("compare", str(OLD), str(NEW), cwd=tmp_path)
    assert json.loads(result.stdout)["schema"] == "docdelta.report/1"


def test_bad_config_value_names_the_file(tmp_path):
    (tmp_path / "docdelta.toml").write_text('min-class = "huge"\n', encoding="utf-8")
    result = run("compare", str(OLD), str(NEW), cwd=tmp_path)
    assert result.returncode == 2
    message = result.stderr.decode()
    assert "docdelta.toml" in message and "min-class" in message


@pytest.mark.parametrize("flag", [["--plugins", "text,nonexistent"], ["-p", "no:nonexistent"]])
def test_unknown_plugin_name_lists_installed_ones(flag):
    result = run("compare", str(OLD), str(NEW), *flag)
    assert result.returncode == 2
    message = result.stderr.decode()
    assert "unknown plugin 'nonexistent'" in message and "json" in message


def test_plugins_flag_restricts_formats():
    result = run("compare", str(OLD), str(NEW), "--plugins", "json", "--format", "text")
    assert result.returncode == 2
    assert "unknown format 'text' (formats: json)" in result.stderr.decode()


def test_environment_sets_the_plugins_default():
    result = run("plugins", "--json", env={"DOCDELTA_PLUGINS": "json"})
    status = {p["name"]: p["status"] for p in json.loads(result.stdout)}
    assert status["json"] == "active"
    assert status["text"] == "disabled"


def test_help_explains_selection_and_exit_status():
    result = run("compare", "--help")
    text = result.stdout.decode()
    assert result.returncode == 0
    for needle in ("-p no:NAME", "--plugins", "DOCDELTA_PLUGINS", "exit status", "--include-ignored", "--format"):
        assert needle in text


def test_compare_does_not_load_the_batch_machinery(tmp_path):
    """``batch``'s module (process pools, hashing, the index page) is imported for ``batch`` and
    for help only; ``compare`` starts without it."""
    script = (
        "import sys; from docdelta.cli import main; "
        f"status = main(['compare', '-f', 'json', '-o', {str(tmp_path / 'r.json')!r}, *sys.argv[1:]]); "
        "print(status, 'docdelta_batch.run' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", script, str(OLD), str(NEW)], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["1", "False"]
    help_text = subprocess.run([sys.executable, "-m", "docdelta", "batch", "--help"], capture_output=True, text=True)
    assert help_text.returncode == 0 and "--pairs DIR" in help_text.stdout
