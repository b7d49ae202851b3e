"""What the command line refuses to read or write, and how it writes to terminals, through the real CLI.

An output that is an input (by device and inode: through ``-``, ``/dev/stdin``, a link) and
a read-only output are refused before any work, exit 2, one line, the file untouched; one
stream is never read as two documents; JSON on standard output is UTF-8 whatever the
terminal's encoding; file names holding control or bidirectional characters reach
standard error escaped and JSON escaped.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
OLD_TEXT = (ROOT / "seeds" / "001_561bb7da592d2a00.txt").read_bytes()
NEW_TEXT = (ROOT / "seeds" / "000_ff12f16f314725a3.txt").read_bytes()


def run(directory: Path, *args: str, stdin=None, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("DOCDELTA_")}
    environment.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "docdelta", "compare", *args],
        stdin=stdin if stdin is not None else subprocess.DEVNULL,
        capture_output=True,
        cwd=directory,
        env=environment,
    )


def one_line_error(result: subprocess.CompletedProcess) -> str:
    stderr = result.stderr.decode("utf-8")
    assert result.returncode == 2, stderr
    assert result.stdout == b""
    assert stderr.count("\n") == 1 and stderr.startswith("docdelta: error: "), stderr
    return stderr


@pytest.fixture
def files(tmp_path: Path) -> Path:
    (tmp_path / "old.txt").write_bytes(OLD_TEXT)
    (tmp_path / "new.txt").write_bytes(NEW_TEXT)
    return tmp_path


@pytest.mark.parametrize(
    "args, expected",
    [
        (["old.txt", "-", "-o", "new.txt", "--format", "json"], "new.txt: is one of the inputs (standard input)"),
        (["old.txt", "/dev/stdin", "-o", "new.txt", "--format", "json"], "new.txt: is one of the inputs (/dev/stdin)"),
        (["old.txt", "-", "-o", "/dev/stdin", "--format", "json"], "/dev/stdin: is one of the inputs (standard input)"),
        (["old.txt", "-", "-o", "link.json"], "link.json: is one of the inputs (standard input)"),
    ],
    ids=["stdin is the output", "/dev/stdin is the output", "output through /dev/stdin", "output through a link"],
)
def test_an_output_that_is_an_input_read_from_standard_input_is_refused(files, args, expected):
    (files / "link.json").symlink_to("new.txt")
    with open(files / "new.txt", "rb") as stdin:
        result = run(files, *args, stdin=stdin)
    assert expected in one_line_error(result)
    assert (files / "new.txt").read_bytes() == NEW_TEXT
    assert sorted(path.name for path in files.iterdir()) == ["link.json", "new.txt", "old.txt"]


def test_a_read_only_output_is_replaced_only_with_force(files):
    report = files / "report.json"
    report.write_text("the previous report", encoding="utf-8")
    report.chmod(0o444)
    refused = run(files, "old.txt", "new.txt", "-o", "report.json")
    assert "report.json: is read-only" in one_line_error(refused) and "--force" in refused.stderr.decode()
    assert report.read_text(encoding="utf-8") == "the previous report"

    forced = run(files, "old.txt", "new.txt", "-o", "report.json", "--force")
    assert forced.returncode == 1, forced.stderr
    assert json.loads(report.read_text(encoding="utf-8"))["summary"]["changed"] is True


def test_a_writable_output_is_replaced_without_force(files):
    (files / "report.json").write_text("the previous report", encoding="utf-8")
    assert run(files, "old.txt", "new.txt", "-o", "report.json").returncode == 1
    assert json.loads((files / "report.json").read_text(encoding="utf-8"))["schema"] == "docdelta.report/1"


def test_one_stream_is_never_read_as_both_documents(files):
    """``cat new | docdelta compare - /dev/stdin``: the second side would read nothing and report
    every word removed; it is refused instead."""
    reader = subprocess.Popen(["cat", str(files / "new.txt")], stdout=subprocess.PIPE)
    try:
        result = run(files, "-", "/dev/stdin", stdin=reader.stdout)
    finally:
        reader.stdout.close()
        reader.wait()
    stderr = one_line_error(result)
    assert "standard input and /dev/stdin are the same stream" in stderr and "save it to a file" in stderr


def test_a_regular_file_on_standard_input_and_by_name_is_read_twice_alike(files):
    with open(files / "new.txt", "rb") as stdin:
        result = run(files, "-", "new.txt", "--format", "json", stdin=stdin)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["summary"]["changed"] is False


@pytest.mark.parametrize(
    "env",
    [{"PYTHONIOENCODING": "ascii"}, {"LC_ALL": "C", "LANG": "C", "PYTHONUTF8": "0", "PYTHONIOENCODING": ""}],
    ids=["ascii", "C locale"],
)
def test_json_on_standard_output_is_utf_8_whatever_the_terminal_encoding(files, env):
    (files / "a.txt").write_text("She smiled 😀 and said café.\n", encoding="utf-8")
    (files / "b.txt").write_text("She smiled 😀 and said cafe.\n", encoding="utf-8")
    result = run(files, "a.txt", "b.txt", "--format", "json", env=env)
    assert result.returncode == 1, result.stderr
    report = json.loads(result.stdout.decode("utf-8"))  # raises on \U0001f600, which is not JSON
    assert report["documents"]["old"]["length"] == len("She smiled 😀 and said café.\n")
    assert "😀".encode("utf-8") in result.stdout


#: Characters a terminal acts on: ESC (colours, OSC title), BEL, newline, CSI and OSC as
#: C1 code points, and the right-to-left override.
HOSTILE = "x\x1b]0;pwned\x07\x1b[31m\u009b\u009d\u202etxt.exe\nsecond line.txt"


def test_a_file_name_with_control_characters_is_escaped_in_errors(files):
    stderr = one_line_error(run(files, "old.txt", HOSTILE))
    assert not any(character in stderr[:-1] for character in "\x1b\x07\n\u009b\u009d\u202e")
    assert "x\\x1b]0;pwned\\x07\\x1b[31m\\x9b\\x9d\\u202etxt.exe\\nsecond line.txt: no such file" in stderr


def test_a_file_name_with_control_characters_is_escaped_in_warnings_and_json(files):
    (files / HOSTILE).write_bytes("Caf\u00e9 opened.\n".encode("cp1252"))  # read with a warning naming it
    result = run(files, HOSTILE, "old.txt", "--format", "json")
    assert result.returncode == 1, result.stderr
    stderr = result.stderr.decode("utf-8")
    assert stderr.startswith("docdelta: warning: x\\x1b]0;pwned") and stderr.count("\n") == 1
    assert not any(character in stderr[:-1] for character in "\x1b\x07\u009b\u009d\u202e")
    for character in "\x1b\x07\u009b\u009d\u202e":  # JSON's own line ends aside, newlines are escaped too
        assert character.encode("utf-8") not in result.stdout
    assert json.loads(result.stdout)["documents"]["old"]["name"] == HOSTILE
