"""Bad input through the real CLI: exit 2, one line naming the input and what to do, nothing written.

Every case of the table runs ``python -m docdelta`` in a subprocess, in a directory
holding the case's files, and checks the same contract: exit status 2; standard
error is one line ``docdelta: error: ...`` with the words the case expects (the
input's name and the remedy); no traceback; nothing on standard output; no new
file in the directory (no report, no temporary file); every input byte-for-byte
and mtime-for-mtime as it was.
"""

from __future__ import annotations

import io
import os
import subprocess
import stat
import sys
from pathlib import Path

import pytest

import docdelta
from docdelta import cli
from docdelta.errors import OutputError
from docdelta.sources import DEFAULT_MAX_SIZE, write_atomic

ROOT = Path(__file__).resolve().parent.parent
OLD_TEXT = (ROOT / "seeds" / "001_561bb7da592d2a00.txt").read_bytes()
NEW_TEXT = (ROOT / "seeds" / "000_ff12f16f314725a3.txt").read_bytes()
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
LATIN = "Caf\u00e9 \u201cquoted\u201d \u2013 na\u00efve\n".encode("cp1252")

#: id, files to create, arguments (after ``compare``), what stderr must say.
CASES = [
    ("missing file", {}, ["missing.txt", "old.txt"], ["missing.txt", "no such file", "check the path"]),
    ("directory", {"folder/": b""}, ["folder", "old.txt"], ["folder", "is a directory", "name a file"]),
    ("png", {"picture.png": PNG}, ["old.txt", "picture.png"], ["picture.png", "looks like a PNG image, not text"]),
    ("nul bytes", {"nul.txt": b"text\x00more text"}, ["nul.txt", "old.txt"], ["nul.txt", "binary file"]),
    (
        "invalid utf-8 without an encoding plugin",
        {"latin.txt": LATIN},
        ["--plugins", "text,json", "latin.txt", "old.txt"],
        ["latin.txt", "not valid UTF-8", "convert it to UTF-8"],
    ),
    (
        "over the size limit",
        {"big.txt": b"word " * 4000},
        ["--max-size", "10000", "big.txt", "old.txt"],
        ["big.txt", "20,000 bytes", "size limit of 10,000", "raise it with --max-size"],
    ),
    ("both sides stdin", {}, ["-", "-"], ["standard input", "only one"]),
    ("unknown format", {}, ["--format", "pdf", "old.txt", "new.txt"], ["unknown format 'pdf'", "formats: ", "json"]),
    ("unknown plugin", {}, ["--plugins", "jsno", "old.txt", "new.txt"], ["unknown plugin 'jsno'", "installed plugins: ", "json"]),
    ("unknown disabled plugin", {}, ["-p", "no:jsno", "old.txt", "new.txt"], ["unknown plugin 'jsno'", "json"]),
    (
        "output is an input",
        {},
        ["old.txt", "new.txt", "-o", "new.txt", "--format", "json"],
        ["new.txt", "is one of the inputs", "choose another -o"],
    ),
    (
        "output is an input through a link",
        {"link.txt": "->old.txt"},
        ["old.txt", "new.txt", "-o", "link.txt", "--format", "json"],
        ["link.txt", "is one of the inputs"],
    ),
    (
        "output directory missing",
        {},
        ["old.txt", "new.txt", "-o", "nowhere/report.json"],
        ["nowhere/report.json", "does not exist", "create it first"],
    ),
    ("output is a directory", {"folder/": b""}, ["old.txt", "new.txt", "-o", "folder", "--format", "json"], ["folder", "is a directory"]),
    ("output format unknown", {}, ["old.txt", "new.txt", "-o", "report.pdf"], ["report.pdf", "--format NAME"]),
    ("full disk", {}, ["old.txt", "new.txt", "-o", "/dev/full", "--format", "json"], ["/dev/full", "No space left on device"]),
    ("one document", {}, ["old.txt"], ["two documents", "--help"]),
    ("unknown option", {}, ["--colour", "red", "old.txt", "new.txt"], ["--colour", "--help"]),
    ("bad option value", {}, ["--work-budget", "lots", "old.txt", "new.txt"], ["--work-budget", "lots"]),
]


def make_files(directory: Path, files: dict[str, bytes | str]) -> None:
    (directory / "old.txt").write_bytes(OLD_TEXT)
    (directory / "new.txt").write_bytes(NEW_TEXT)
    for name, content in files.items():
        if name.endswith("/"):
            (directory / name).mkdir()
        elif isinstance(content, str) and content.startswith("->"):
            (directory / name).symlink_to(content[2:])
        else:
            (directory / name).write_bytes(content)


def snapshot(directory: Path) -> dict[str, tuple[bytes, int] | None]:
    """Every entry of ``directory``: its bytes and mtime (None for directories)."""
    state: dict[str, tuple[bytes, int] | None] = {}
    for path in sorted(directory.iterdir()):
        if path.is_dir():
            state[path.name] = None
        else:
            state[path.name] = (path.read_bytes(), path.stat().st_mtime_ns)
    return state


def run_cli(directory: Path, *args: str, stdin: bytes = b"", env: dict[str, str] | None = None, **kwargs) -> subprocess.CompletedProcess:
    environment = {k: v for k, v in (env or os.environ).items() if not k.startswith("DOCDELTA_")}
    return subprocess.run(
        [sys.executable, "-m", "docdelta", *args], input=stdin, capture_output=True, cwd=directory, env=environment, **kwargs
    )


def assert_one_line_error(result: subprocess.CompletedProcess, expected: list[str]) -> str:
    stderr = result.stderr.decode("utf-8")
    assert result.returncode == 2, stderr
    assert result.stdout == b""
    assert "Traceback" not in stderr
    assert stderr.count("\n") == 1 and stderr.startswith("docdelta: error: "), stderr
    for words in expected:
        assert words in stderr, (words, stderr)
    return stderr


@pytest.mark.parametrize("files, args, expected", [case[1:] for case in CASES], ids=[case[0] for case in CASES])
def test_bad_input_is_one_line_exit_2_and_nothing_written(tmp_path, files, args, expected):
    make_files(tmp_path, files)
    before = snapshot(tmp_path)
    result = run_cli(tmp_path, "compare", *args, stdin=OLD_TEXT)
    assert_one_line_error(result, expected)
    assert snapshot(tmp_path) == before


def test_a_file_without_read_permission(tmp_path, monkeypatch, capsys):
    """chmod 000 stops everyone but root; as root, opening the file is made to fail as it would for others."""
    make_files(tmp_path, {"secret.txt": OLD_TEXT})
    secret = tmp_path / "secret.txt"
    secret.chmod(0)
    expected = ["secret.txt", "permission denied", "check the file's permissions"]
    if os.geteuid() != 0:
        before = snapshot(tmp_path)
        assert_one_line_error(run_cli(tmp_path, "compare", "secret.txt", "new.txt"), expected)
        assert snapshot(tmp_path) == before
        return
    real_open = Path.open

    def open_as_others_would(path, *args, **kwargs):
        if path.resolve() == secret and not path.stat().st_mode & (stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(Path, "open", open_as_others_would)
    monkeypatch.chdir(tmp_path)
    assert cli.main(["compare", "secret.txt", "new.txt"], environ={}) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.count("\n") == 1
    for words in expected:
        assert words in captured.err


def test_an_empty_file_is_a_document(tmp_path):
    """Compared, with a warning naming it: an empty file is more often the wrong file than a story."""
    make_files(tmp_path, {"empty.txt": b"", "empty2.txt": b"", "blank.txt": b"\n  \n"})
    against_text = run_cli(tmp_path, "compare", "empty.txt", "new.txt", "--format", "json")
    assert against_text.returncode == 1, against_text.stderr
    assert against_text.stderr.decode().splitlines() == ["docdelta: warning: empty.txt: holds no text; is it the file you meant?"]
    assert "blank.txt: holds no text" in run_cli(tmp_path, "compare", "old.txt", "blank.txt").stderr.decode()
    assert run_cli(tmp_path, "compare", "old.txt", "new.txt").stderr == b""
    report = docdelta.Session(["json"]).compare(b"", NEW_TEXT)
    assert report.summary.words_removed == 0 and report.summary.words_added > 300
    assert run_cli(tmp_path, "compare", "empty.txt", "empty2.txt").returncode == 0


def test_invalid_utf8_with_every_plugin_is_decoded_with_a_warning_or_refused(tmp_path):
    """With all plugins, a plugin that reads legacy encodings may accept cp1252 text, and must say so."""
    make_files(tmp_path, {"latin.txt": LATIN})
    result = run_cli(tmp_path, "compare", "latin.txt", "old.txt", "--format", "json")
    stderr = result.stderr.decode("utf-8")
    assert "Traceback" not in stderr
    if result.returncode == 2:
        assert_one_line_error(result, ["latin.txt", "not valid UTF-8"])
    else:
        assert result.returncode == 1
        warning = [line for line in stderr.splitlines() if line.startswith("docdelta: warning:") and "latin.txt" in line]
        assert warning and ("1252" in warning[0] or "encoding" in warning[0])
        assert "Café “quoted” – naïve" in result.stdout.decode("utf-8")


def test_a_one_megabyte_single_line(tmp_path):
    """One line, no sentence ends, 1 MB, with a few words inserted in the middle, every plugin on.

    The claims check reads such a line in pieces (``LONGEST_SENTENCE``): it once took tens
    of minutes on it.
    """
    words = [f"word{index % 997}" for index in range(180_000)]
    line = " ".join(words)[:1_000_000]
    changed = line[:500_000] + " an inserted sentence " + line[500_000:]
    (tmp_path / "a.txt").write_text(line, encoding="utf-8")
    (tmp_path / "b.txt").write_text(changed, encoding="utf-8")
    result = run_cli(tmp_path, "compare", "a.txt", "b.txt", "--format", "json", "-o", "report.json")
    assert result.returncode == 1, result.stderr
    assert b"inserted sentence" in (tmp_path / "report.json").read_bytes()


def test_a_fifty_megabyte_file_is_refused_by_the_default_limit_with_the_way_to_raise_it(tmp_path):
    """The documented default (``max-size``) refuses it before reading it; the message says how to raise it."""
    big = tmp_path / "big.txt"
    with big.open("wb") as stream:
        stream.truncate(50_000_000)  # sparse: 50 MB on paper, no disk used; refused before any byte is read
    assert DEFAULT_MAX_SIZE < 50_000_000
    result = run_cli(tmp_path.parent, "compare", str(big), str(ROOT / "seeds" / "001_561bb7da592d2a00.txt"))
    assert_one_line_error(result, ["big.txt", "50,000,000 bytes", "raise it with --max-size BYTES"])


def test_an_endless_input_is_cut_at_the_size_limit(tmp_path):
    """/dev/zero reports size 0 and never ends: the read itself is bounded."""
    make_files(tmp_path, {})
    result = run_cli(tmp_path, "compare", "--max-size", "1000", "/dev/zero", "old.txt")
    assert_one_line_error(result, ["/dev/zero", "size limit of 1,000 bytes", "--max-size"])


def test_stdin_over_the_size_limit(tmp_path):
    make_files(tmp_path, {})
    result = run_cli(tmp_path, "compare", "--max-size", "1000", "-", "old.txt", stdin=b"x" * 5000)
    assert_one_line_error(result, ["standard input", "size limit of 1,000 bytes", "--max-size"])


def test_an_internal_error_is_one_line_unless_debugging(monkeypatch, capsys):
    """A bug in docdelta prints one line and exit 2; DOCDELTA_DEBUG=1 adds the traceback."""

    def broken(*args, **kwargs):
        raise AttributeError("'NoneType' object has no attribute 'spans'")

    monkeypatch.setattr(cli.Session, "compare", broken)
    arguments = ["compare", str(ROOT / "seeds" / "001_561bb7da592d2a00.txt"), str(ROOT / "seeds" / "000_ff12f16f314725a3.txt")]
    assert cli.main(arguments, environ={}) == 2
    stderr = capsys.readouterr().err
    assert stderr.count("\n") == 1
    assert "internal error: AttributeError" in stderr and "DOCDELTA_DEBUG=1" in stderr

    assert cli.main(arguments, environ={"DOCDELTA_DEBUG": "1"}) == 2
    assert "Traceback" in capsys.readouterr().err


def test_a_terminal_that_cannot_show_a_character(tmp_path):
    """LANG=C-like standard output: characters it cannot encode become \\uXXXX, not a crash."""
    make_files(tmp_path, {})
    environment = {**os.environ, "PYTHONIOENCODING": "ascii"}
    result = run_cli(tmp_path, "compare", "old.txt", "new.txt", "--format", "text", env=environment)
    assert result.returncode == 1, result.stderr
    assert b"\\u20" in result.stdout
    io.TextIOWrapper(io.BytesIO(result.stdout), encoding="ascii").read()


@pytest.mark.parametrize(
    "stage, error",
    [("fsync", OSError(5, "Input/output error")), ("replace", OSError(28, "No space left on device")), ("fsync", KeyboardInterrupt())],
    ids=["write fails", "rename fails", "interrupted"],
)
def test_a_failed_write_leaves_the_old_report_and_no_temporary_file(tmp_path, monkeypatch, stage, error):
    target = tmp_path / "report.json"
    target.write_text("the previous report", encoding="utf-8")

    def fail(*args, **kwargs):
        raise error

    monkeypatch.setattr(os, stage, fail)
    expected = OutputError if isinstance(error, OSError) else KeyboardInterrupt
    with pytest.raises(expected) as caught:
        write_atomic(target, "a new report that must not be half-written")
    if expected is OutputError:
        assert str(caught.value).startswith(f"{target}: cannot be written") and "nothing was written" in str(caught.value)
    assert target.read_text(encoding="utf-8") == "the previous report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.json"]


def test_an_interrupt_just_after_the_temporary_file_exists_leaves_none(tmp_path, monkeypatch):
    """SIGTERM is raised as KeyboardInterrupt at any bytecode: also the one after the temporary
    file is created and before its name is kept (where tempfile.mkstemp would lose it)."""
    target = tmp_path / "report.html"
    real_open = os.open

    def open_then_interrupt(name, *args, **kwargs):
        descriptor = real_open(name, *args, **kwargs)
        if str(name).endswith(".tmp"):
            os.close(descriptor)
            raise KeyboardInterrupt("SIGTERM")
        return descriptor

    monkeypatch.setattr(os, "open", open_then_interrupt)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(target, "a report")
    assert list(tmp_path.iterdir()) == []


def test_output_through_a_link_and_to_a_device(tmp_path):
    real = tmp_path / "real.json"
    real.write_text("old", encoding="utf-8")
    real.chmod(0o600)
    link = tmp_path / "link.json"
    link.symlink_to(real)
    write_atomic(link, "new")
    assert link.is_symlink() and real.read_text(encoding="utf-8") == "new"
    assert stat.S_IMODE(real.stat().st_mode) == 0o600

    write_atomic("/dev/null", "discarded")
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


def test_large_inputs_are_announced_on_a_terminal(tmp_path, monkeypatch, capsys):
    """A comparison that takes seconds says so first, on a terminal only (never in a pipeline's log)."""
    big = tmp_path / "big.txt"
    big.write_bytes(b"Several words in a paragraph.\n\n" * 17_000)
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    assert cli.main(["compare", "--plugins", "json", str(big), str(big), "-o", str(tmp_path / "r.json")], environ={}) == 0
    assert "docdelta: comparing 1.1 MB of text; this can take a minute" in capsys.readouterr().err

    monkeypatch.setattr(sys.stderr, "isatty", lambda: False)
    assert cli.main(["compare", "--plugins", "json", str(big), str(big), "-o", str(tmp_path / "r.json")], environ={}) == 0
    assert capsys.readouterr().err == f"wrote {tmp_path / 'r.json'} (0 findings)\n"  # where it went, and no more


@pytest.mark.parametrize(
    "closed, args, expected",
    [(0, ["-", "old.txt"], ["standard input", "is closed", "name a file"]), (1, ["old.txt", "new.txt"], ["standard output is closed", "-o FILE"])],
    ids=["stdin", "stdout"],
)
def test_a_closed_standard_stream(tmp_path, closed, args, expected):
    make_files(tmp_path, {})
    environment = {k: v for k, v in os.environ.items() if not k.startswith("DOCDELTA_")}
    result = subprocess.run(
        [sys.executable, "-m", "docdelta", "compare", *args],
        stdout=subprocess.PIPE if closed != 1 else None,
        stderr=subprocess.PIPE,
        cwd=tmp_path,
        env=environment,
        preexec_fn=lambda: os.close(closed),
    )
    stderr = result.stderr.decode("utf-8")
    assert result.returncode == 2 and stderr.count("\n") == 1, stderr
    for words in expected:
        assert words in stderr


def test_dash_as_output_is_standard_output(tmp_path):
    make_files(tmp_path, {})
    result = run_cli(tmp_path, "compare", "old.txt", "new.txt", "-o", "-", "--format", "json")
    assert result.returncode == 1, result.stderr
    assert result.stdout.startswith(b"{")
    assert not (tmp_path / "-").exists()
