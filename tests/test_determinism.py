"""Same input, same bytes: every format of the seeds' report is identical across fresh processes.

Two processes with different ``PYTHONHASHSEED`` values (string hashing, so set
iteration order, differs between them) run the real CLI with every installed
plugin; a report that is evidence must come out byte for byte the same.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import docdelta

ROOT = Path(__file__).resolve().parent.parent
OLD = ROOT / "seeds" / "001_561bb7da592d2a00.txt"
NEW = ROOT / "seeds" / "000_ff12f16f314725a3.txt"


def run(tmp_path: Path, hash_seed: str, format_name: str) -> bytes:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("DOCDELTA_")}
    environment["PYTHONHASHSEED"] = hash_seed
    output = tmp_path / f"report-{hash_seed}.{format_name}"
    command = [sys.executable, "-m", "docdelta", "compare", str(OLD), str(NEW), "--format", format_name, "-o", str(output)]
    result = subprocess.run(command, capture_output=True, env=environment, cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    return output.read_bytes()


@pytest.mark.parametrize("format_name", docdelta.Session().formats)
def test_every_format_is_byte_identical_across_processes_and_hash_seeds(tmp_path, format_name):
    first = run(tmp_path, "1", format_name)
    second = run(tmp_path, "4242", format_name)
    assert first, "empty report"
    assert first == second


def test_the_json_report_is_identical_in_process_and_across_sessions():
    """Within one process too: a second session (a fresh plugin manager) gives the same JSON."""
    one = docdelta.Session(["json", "claims", "news"])
    two = docdelta.Session(["news", "json", "claims"])
    assert one.render(one.compare(OLD, NEW), "json") == two.render(two.compare(OLD, NEW), "json")
