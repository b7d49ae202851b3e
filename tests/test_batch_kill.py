"""A batch killed or run twice at once: no worker outlives it, no temporary file outlives the
resume, a second batch into the same folder is refused (issue 19 items 9 and 10).

Each test runs a real ``docdelta batch`` process on many seed-sized items, so that it is still
working when it is killed; what is waited for is bounded by counted polls, and nothing is timed.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from docdelta import Session
from docdelta.cli import main
from docdelta_batch.manifest import read_manifest
from docdelta_batch.run import run_batch

from conftest import SEED_NEW, SEED_OLD

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc to find the workers")

#: Polls of 0.1 s before giving up on something that should happen (a bound, not a timing).
POLLS = 300
ITEMS = 3000
#: Items of a batch that must go on after a worker is killed: at about 80 a second with two
#: workers, seconds of work left when the kill comes, and only seconds for the new pool to finish.
SHORT = 600


def _manifest(root: Path, count: int = ITEMS) -> Path:
    manifest = root / "m.jsonl"
    lines = (json.dumps({"id": f"i{n:04}", "old": str(SEED_OLD), "new": str(SEED_NEW)}) for n in range(count))
    manifest.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return manifest


def _start(manifest: Path, out: Path, *options: str) -> subprocess.Popen:
    command = [sys.executable, "-m", "docdelta", "batch", str(manifest), "-o", str(out), "-j", "2", *options]
    return subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def _finish(batch: subprocess.Popen) -> str:
    """Wait for the batch to end (a bound against a hang, not a timing) and return its stderr."""
    try:
        return batch.communicate(timeout=POLLS)[1]
    except subprocess.TimeoutExpired:
        batch.kill()
        batch.communicate()
        raise AssertionError("the batch hung") from None


def _poll(condition) -> bool:
    for _ in range(POLLS):
        if condition():
            return True
        time.sleep(0.1)
    return False


def _state(pid: int) -> str:
    """The process's state letter (R running, S asleep, Z zombie...); X once it is gone."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return "X"


def _alive(pid: int) -> bool:
    return _state(pid) not in ("Z", "X")  # a zombie has ended; only its parent's wait is missing


def _descendants(pid: int) -> set[int]:
    """The processes whose parent is ``pid``: the pool's workers and multiprocessing's resource tracker."""
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parent = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (FileNotFoundError, ProcessLookupError, IndexError):
                continue
            if parent == pid:
                found.add(int(entry.name))
    return found


def _running_batch(tmp_path: Path) -> tuple[subprocess.Popen, Path, Path, set[int]]:
    manifest, out = _manifest(tmp_path), tmp_path / "out"
    batch = _start(manifest, out)
    # Working: items are being written, and the two workers and the resource tracker are up.
    assert _poll(lambda: len(list((out / "items").glob("*.json"))) >= 4 and len(_descendants(batch.pid)) >= 3)
    children = _descendants(batch.pid)
    assert batch.poll() is None, "the batch ended before it could be killed: give it more items"
    return batch, manifest, out, children


@pytest.mark.parametrize("signum", [signal.SIGKILL, signal.SIGTERM, signal.SIGHUP])
def test_a_killed_batch_leaves_no_process_behind(signum: int, tmp_path: Path) -> None:
    batch, manifest, out, children = _running_batch(tmp_path)
    batch.send_signal(signum)
    err = _finish(batch)
    status = batch.returncode
    assert _poll(lambda: not any(_alive(pid) for pid in children)), [pid for pid in children if _alive(pid)]
    if signum == signal.SIGKILL:
        assert status == -signal.SIGKILL
        return
    # SIGTERM and SIGHUP end it as Ctrl-C does: the summary of what finished, no temporary file.
    assert status == 130, err
    assert "docdelta batch interrupted" in err
    rows = (out / "summary.jsonl").read_text(encoding="utf-8").splitlines()
    assert 4 <= len(rows) < ITEMS
    assert not [path.name for path in out.rglob("*.tmp")]


def test_resume_after_kill_9_removes_the_temporary_files_and_loses_nothing(tmp_path: Path) -> None:
    batch, manifest, out, _ = _running_batch(tmp_path)
    batch.kill()
    batch.communicate()
    # What a kill in the middle of a write leaves (where the kill falls is chance, so it is made here).
    stale = [out / "items" / ".i0001.json.k3x9a_1.tmp", out / "reports" / ".i0002.json.q8v2b_7.tmp",
             out / ".summary.jsonl.tmp", out / ".index.html.z1z2z3.tmp"]
    for path in stale:
        path.write_text("half a row", encoding="utf-8")
    (out / ".spool").mkdir(exist_ok=True)  # results handed over by workers, never collected
    stale.append(out / ".spool" / "tmpab12cd.pickle")
    keep = out / "notes.tmp"  # not the batch's: stays
    keep.write_text("mine", encoding="utf-8")
    done_before = len(list((out / "items").glob("*.json")))

    short = tmp_path / "short.jsonl"  # the same first items, so that the resume is quick
    short.write_text("".join(manifest.read_text(encoding="utf-8").splitlines(True)[: done_before + 3]))
    result = run_batch(lambda: read_manifest(short), out, Session(), formats=("html",))  # as the CLI by default
    assert (result.skipped, result.computed, result.failed) == (done_before, 3, 0)
    assert not [path for path in stale if path.exists()]
    assert not (out / ".spool").exists()
    assert keep.read_text(encoding="utf-8") == "mine"
    assert not [path.name for path in out.rglob(".*.tmp")]


def test_a_second_batch_into_the_same_folder_is_refused(tmp_path: Path, capsys) -> None:
    batch, manifest, out, _ = _running_batch(tmp_path)
    try:
        status = main(["batch", str(manifest), "-o", str(out), "-j", "1"])
        err = capsys.readouterr().err
        assert status == 2
        assert f"{out}: another docdelta batch is writing into this folder (process {batch.pid})" in err
        assert err.count("\n") == 1 and "Traceback" not in err
        assert batch.poll() is None  # the first batch goes on
    finally:
        batch.kill()
        batch.communicate()
    # The lock went with the killed process: the folder takes a batch again.
    short = tmp_path / "short.jsonl"
    short.write_text(manifest.read_text(encoding="utf-8").splitlines(True)[0], encoding="utf-8")
    assert main(["batch", str(short), "-o", str(out), "-j", "1"]) == 1


def _write_killed_by(signum: int, tmp_path: Path) -> subprocess.CompletedProcess:
    """``docdelta compare -o`` that receives ``signum`` while the report is being written."""
    script = f"""
import os, sys
import docdelta.sources as sources
write = sources._write_chunks
def write_then_signal(stream, data):
    stream.write(b"x" * 4_000_000)  # a multi-megabyte report, half written
    stream.flush()
    os.kill(os.getpid(), {int(signum)})
    write(stream, data)
sources._write_chunks = write_then_signal
from docdelta.cli import main
sys.exit(main(["compare", {str(SEED_OLD)!r}, {str(SEED_NEW)!r}, "-o", {str(tmp_path / "report.json")!r}]))
"""
    return subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=tmp_path)


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP])
def test_a_signal_during_a_single_write_leaves_no_temporary_file(signum: int, tmp_path: Path) -> None:
    done = _write_killed_by(signum, tmp_path)
    assert done.returncode == 130, done.stderr
    assert done.stderr == "docdelta: error: interrupted\n"
    assert sorted(path.name for path in tmp_path.iterdir()) == []


def test_signal_handlers_are_restored_after_the_command(tmp_path: Path) -> None:
    before = {signum: signal.getsignal(signum) for signum in (signal.SIGTERM, signal.SIGHUP)}
    main(["compare", str(SEED_OLD), str(SEED_OLD), "-o", str(tmp_path / "r.json")])
    assert {signum: signal.getsignal(signum) for signum in before} == before


def _workers_at_work(batch: subprocess.Popen, out: Path) -> list[int]:
    """The pool's worker processes, once items are being written."""
    assert _poll(lambda: len(list((out / "items").glob("*.json"))) >= 4 and len(_descendants(batch.pid)) >= 3)
    return [pid for pid in _descendants(batch.pid) if "spawn_main" in Path(f"/proc/{pid}/cmdline").read_text()]


def _assert_far_from_done(out: Path) -> None:
    # A batch near its end has no items left to lose: the test would prove nothing (seen on a busy
    # machine, with 100 items that take a second and a half in all).
    done = len(list((out / "items").glob("*.json")))
    assert done < SHORT - 100, f"{done} of {SHORT} items were done before the kill: give the batch more items"


def test_a_worker_that_dies_fails_its_items_and_the_batch_goes_on(tmp_path: Path) -> None:
    manifest, out = _manifest(tmp_path, SHORT), tmp_path / "out"
    batch = _start(manifest, out)
    workers = _workers_at_work(batch, out)
    os.kill(workers[0], signal.SIGKILL)  # what the out-of-memory killer does
    _assert_far_from_done(out)
    err = _finish(batch)
    assert batch.returncode == 2, err  # some items failed
    rows = [json.loads(line) for line in (out / "summary.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(rows) == SHORT
    died = [row for row in rows if row["error"] is not None]
    assert died and all("a worker process died while this item was in progress" in row["error"] for row in died)
    assert len(died) < SHORT - 4  # the items after it were compared by a new pool
    assert rows[-1]["error"] is None and "internal error" not in err and "failed in command" not in err


def test_workers_killed_while_handing_results_over_do_not_hang_the_batch(tmp_path: Path) -> None:
    # The batch's main process is stopped, so nothing reads what the workers send: each finishes
    # the item it has and blocks handing it over. A worker that wrote a whole report into the pool's
    # pipe would block half-way through the message (a report is larger than the pipe's buffer);
    # killed there, it left the pool waiting forever for the rest of the message.
    manifest, out = _manifest(tmp_path, SHORT), tmp_path / "out"
    batch = _start(manifest, out, "--format", "html")
    workers = _workers_at_work(batch, out)
    os.kill(batch.pid, signal.SIGSTOP)
    try:
        _assert_far_from_done(out)
        settled = 0  # polls in a row with every worker asleep (blocked), not running
        for _ in range(POLLS):
            settled = 0 if any(_state(pid) == "R" for pid in workers) else settled + 1
            if settled >= 20:
                break
            time.sleep(0.1)
        assert settled >= 20, [_state(pid) for pid in workers]
        for pid in workers:
            os.kill(pid, signal.SIGKILL)
    finally:
        os.kill(batch.pid, signal.SIGCONT)
    err = _finish(batch)  # what this test is for: before the spool, the batch hung here
    rows = [json.loads(line) for line in (out / "summary.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(rows) == SHORT
    # The items the pool held but had not yet given to a worker fail with it. The stopped main
    # process may have had none such: the workers had taken every item submitted, handed each
    # result over and sat idle when killed, so nothing was lost (seen once in CI). Either way no
    # item may fail for another reason, and the exit status must say which it was.
    died = [row for row in rows if row["error"] is not None]
    assert all("a worker process died while this item was in progress" in row["error"] for row in died)
    assert batch.returncode == (2 if died else 1), err
    assert rows[-1]["error"] is None  # a new pool compared the rest
    assert not (out / ".spool").exists()
