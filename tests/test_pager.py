"""The report on a terminal: through a pager as git does, wrapped to the terminal; piped, neither."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from docdelta.pager import pager_command
from test_render_text import run_on_a_terminal  # exits 1 (the seeds differ), returns what reached the terminal

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ["seeds/001_561bb7da592d2a00.txt", "seeds/000_ff12f16f314725a3.txt"]
#: Polls (0.1 s apart) of a tmux pane for the pager's prompt before giving up.
PANE_POLLS = 200


def base_env(**extra: str) -> dict[str, str]:
    return {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "COLUMNS": "80", "NO_COLOR": "1", **extra}


def test_pager_command_prefers_docdelta_pager_then_pager_then_less():
    assert pager_command({}) == "less"
    assert pager_command({"PAGER": "more"}) == "more"
    assert pager_command({"PAGER": "more", "DOCDELTA_PAGER": "most -s"}) == "most -s"
    assert pager_command({"DOCDELTA_PAGER": ""}) is None
    assert pager_command({"PAGER": "cat"}) is None


def test_on_a_terminal_the_report_goes_through_docdelta_pager_with_less_options(tmp_path):
    paged, less = tmp_path / "paged", tmp_path / "less"
    pager = f"cat > {paged}; printf %s \"$LESS\" > {less}"
    assert run_on_a_terminal("compare", *SEEDS, env=base_env(DOCDELTA_PAGER=pager, PAGER="false")) == ""
    report = paged.read_text(encoding="utf-8")
    assert report.startswith(f"--- {SEEDS[0]}\n+++ {SEEDS[1]}")
    assert less.read_text() == "FRX"
    assert max(len(line) for line in report.splitlines()) <= 80  # wrapped to the terminal's COLUMNS


def test_pager_falls_back_to_pager_and_keeps_a_set_less(tmp_path):
    paged, less = tmp_path / "paged", tmp_path / "less"
    pager = f"cat > {paged}; printf %s \"$LESS\" > {less}"
    assert run_on_a_terminal("compare", *SEEDS, env=base_env(PAGER=pager, LESS="-S")) == ""
    assert paged.read_text(encoding="utf-8").startswith(f"--- {SEEDS[0]}")
    assert less.read_text() == "-S"


def test_no_pager_writes_to_the_terminal_directly(tmp_path):
    paged = tmp_path / "paged"
    shown = run_on_a_terminal("compare", "--no-pager", *SEEDS, env=base_env(DOCDELTA_PAGER=f"cat > {paged}"))
    assert shown.startswith(f"--- {SEEDS[0]}")
    assert not paged.exists()


def test_a_pager_that_is_not_installed_is_skipped():
    shown = run_on_a_terminal("compare", *SEEDS, env=base_env(DOCDELTA_PAGER="/nonexistent/pager"))
    assert f"--- {SEEDS[0]}" in shown


def test_piped_there_is_no_pager_and_no_wrapping(tmp_path):
    paged = tmp_path / "paged"
    long_line = " ".join(f"word{number}" for number in range(40))  # 309 characters
    (tmp_path / "old.txt").write_text(f"{long_line}\n\nIt ended on Monday.\n", encoding="utf-8")
    (tmp_path / "new.txt").write_text(f"{long_line}\n\nIt ended on Tuesday.\n", encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "docdelta", "compare", "old.txt", "new.txt"], cwd=tmp_path, capture_output=True,
        text=True, check=False, env=base_env(DOCDELTA_PAGER=f"cat > {paged}"),
    )  # fmt: skip
    assert run.returncode == 1 and not paged.exists()
    assert long_line in run.stdout.splitlines()


@pytest.mark.skipif(shutil.which("tmux") is None or shutil.which("less") is None, reason="needs tmux and less")
def test_in_an_80_by_40_terminal_less_shows_the_first_screen_wrapped_to_80(tmp_path):
    socket = f"docdelta-test-{os.getpid()}"
    status_file = tmp_path / "status"
    command = (
        f"cd {ROOT} && env -u DOCDELTA_PAGER -u PAGER -u LESS {sys.executable} -m docdelta compare {' '.join(SEEDS)};"
        f" echo $? > {status_file}"
    )
    tmux = ["tmux", "-L", socket, "-f", "/dev/null"]
    subprocess.run([*tmux, "new-session", "-d", "-x", "80", "-y", "40", command], check=True)
    try:
        screen = ""
        for _ in range(PANE_POLLS):
            # -J joins the lines tmux itself wrapped: a line over 80 would be docdelta's, unwrapped.
            screen = subprocess.run([*tmux, "capture-pane", "-p", "-J"], capture_output=True, text=True).stdout
            if screen.rstrip().endswith(":"):  # less's prompt: the first screen is shown, the rest waits
                break
            time.sleep(0.1)
        lines = screen.rstrip("\n").split("\n")
        assert lines[0] == f"--- {SEEDS[0]}" and lines[-1] == ":", screen
        assert len(lines) == 40 and not status_file.exists()
        assert max(len(line) for line in lines) <= 80 and sum(len(line) > 70 for line in lines) > 10
        subprocess.run([*tmux, "send-keys", "q"], check=True)
        for _ in range(PANE_POLLS):
            if status_file.exists() and status_file.read_text().strip():
                break
            time.sleep(0.1)
        assert status_file.read_text().strip() == "1"
    finally:
        subprocess.run([*tmux, "kill-server"], check=False, capture_output=True)
