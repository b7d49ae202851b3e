"""Where an item is compared: the function a worker runs, and the engines that run it.

An engine takes (position, arguments) tasks and yields (position, result) as items finish:
inline (``-j 1``), a local pool of spawned processes, or a Dask cluster. At most a few items per
worker are in flight, so memory stays bounded whatever the corpus size.

A local worker dies with the batch that started it: it ignores Ctrl-C (the main process decides
what it means, and shuts the pool down) and asks the kernel for SIGKILL when its parent dies, so a batch killed outright (``kill -9``) leaves no worker running, and no
multiprocessing resource tracker either (it ends when the last process holding its pipe does).
"""

from __future__ import annotations

import functools
import json
import os
import pickle
import shutil
import signal
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from docdelta import DocdeltaError, Report, Session, Source, UsageError

__all__ = [
    "CLAIM_STATUSES", "Engine", "Task", "compare_item", "dask_engine", "inline_engine", "process_engine",
    "spooled_compare_item",
]

#: The statuses of the claims check, in the order summary rows list them.
CLAIM_STATUSES = ("same", "compatible", "differs", "changed", "removed", "added")
#: Items in flight per worker: enough to keep every worker busy, few enough to bound memory.
IN_FLIGHT_PER_WORKER = 4
#: A summary row keeps the messages of this many factual findings (their number is kept too).
FACTUAL_MESSAGES = 10


@functools.lru_cache(maxsize=4)
def _worker_session(config_json: str) -> Session:
    # One session per configuration and process: loading plugins costs more than a comparison.
    return Session.from_config(json.loads(config_json))


def _init_worker(config_json: str, parent: int) -> None:
    # Ctrl-C reaches the whole process group: the main process alone decides what to do with it.
    # SIGTERM keeps its default: the pool ends the workers it gives up on with it.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _die_with(parent)
    _worker_session(config_json)


#: prctl(2)'s option that sends a signal to this process when its parent dies (Linux).
_PR_SET_PDEATHSIG = 1


def _die_with(parent: int) -> None:
    """End this worker when process ``parent`` ends, however it ends (even ``kill -9``)."""
    if sys.platform.startswith("linux"):
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        if libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_SET_PDEATHSIG) failed")
    else:  # pragma: no cover - no such request elsewhere: watch the parent instead
        import threading
        import time

        def watch() -> None:
            while os.getppid() == parent:
                time.sleep(1)
            os._exit(1)

        threading.Thread(target=watch, name="docdelta-batch-parent-watch", daemon=True).start()
    if os.getppid() != parent:  # it died before the request was made
        os._exit(1)


def compare_item(config_json: str, old: Source, new: Source, formats: tuple[str, ...]) -> dict[str, Any]:
    """Compare one item and render its reports: a pure function of its arguments.

    Returns ``{"row": figures, "outputs": {format: text}}`` or ``{"error": message}``.
    """
    session = _worker_session(config_json)
    try:
        report = session.compare(old, new)
        outputs = {name: session.render(report, name) for name in formats}
    except DocdeltaError as exc:
        return {"error": str(exc)}
    except Exception as exc:  # a bug must fail this item, not the batch
        return {"error": f"internal error: {type(exc).__name__}: {exc}"}
    return {"row": report_figures(report), "outputs": outputs}


def report_figures(report: Report) -> dict[str, Any]:
    """The summary-row figures of one report, and the messages of its factual findings (whatever
    check made them: a changed figure, a name spelled two ways...) for the index."""
    summary = report.summary
    claims: dict[str, int] = {status: 0 for status in CLAIM_STATUSES}
    for finding in report.findings:
        if finding.check == "numeric-claims" and finding.kind == "claim":  # not its work-budget notice
            status = str(finding.data.get("status"))
            claims[status] = claims.get(status, 0) + 1
    factual = [finding.message for finding in report.findings if finding.factual]
    return {
        "has_changes": report.has_changes,
        "similarity": summary.similarity,
        "words_added": summary.words_added,
        "words_removed": summary.words_removed,
        "words_moved": summary.words_moved,
        "changes_by_class": dict(summary.changes_by_class),
        "claims_by_status": claims,
        "findings_by_severity": dict(summary.findings_by_severity),
        "factual_findings": len(factual),
        "factual_messages": factual[:FACTUAL_MESSAGES],
    }


# --- Engines: where compare_item runs ---------------------------------------------------------

#: A task: (position in the manifest, the arguments of compare_item after the config).
Task = tuple[int, tuple[Source, Source, tuple[str, ...]]]
Engine = Callable[[Iterator[Task]], Iterator[tuple[int, dict[str, Any]]]]


def inline_engine(config_json: str) -> Engine:
    def run(tasks: Iterator[Task]) -> Iterator[tuple[int, dict[str, Any]]]:
        for position, arguments in tasks:
            yield position, compare_item(config_json, *arguments)

    return run


def process_engine(config_json: str, jobs: int, spool: Path) -> Engine:
    """A pool of ``jobs`` spawned worker processes; a pool that loses a worker is replaced.

    Workers hand their results over in the folder ``spool`` (made, and removed at the end, by the
    engine; see :func:`spooled_compare_item`).
    """
    # Imported here: every docdelta command builds the batch parser, few run a pool.
    import concurrent.futures
    import multiprocessing
    from concurrent.futures.process import BrokenProcessPool

    def new_pool() -> concurrent.futures.ProcessPoolExecutor:
        # spawn, not fork: forking a process that runs threads (a Dask client, a caller's) can deadlock.
        context = multiprocessing.get_context("spawn")
        return concurrent.futures.ProcessPoolExecutor(
            jobs, mp_context=context, initializer=_init_worker, initargs=(config_json, os.getpid())
        )

    def run(tasks: Iterator[Task]) -> Iterator[tuple[int, dict[str, Any]]]:
        pool = new_pool()
        pending: dict[concurrent.futures.Future[dict[str, str]], int] = {}
        spool.mkdir(exist_ok=True)
        try:
            for position, arguments in tasks:
                try:
                    future = pool.submit(spooled_compare_item, str(spool), config_json, *arguments)
                except BrokenProcessPool:
                    # A worker died (killed, out of memory): its items failed; the rest go to a new pool.
                    pool.shutdown(wait=True)
                    pool = new_pool()
                    future = pool.submit(spooled_compare_item, str(spool), config_json, *arguments)
                pending[future] = position
                while len(pending) >= jobs * IN_FLIGHT_PER_WORKER:
                    yield from _collect(pending)
            while pending:
                yield from _collect(pending)
        except BaseException:
            pool.shutdown(wait=True, cancel_futures=True)
            raise
        else:
            pool.shutdown(wait=True)
        finally:
            shutil.rmtree(spool, ignore_errors=True)

    return run


def spooled_compare_item(
    spool: str, config_json: str, old: Source, new: Source, formats: tuple[str, ...]
) -> dict[str, str]:
    """:func:`compare_item` in a pool worker: the result goes into a file in ``spool``, and only
    that file's name back through the pool (``{"spooled": path}``, or ``{"error": message}``).

    Why: a pool reads each result message whole. A worker killed while it writes one larger than
    the pipe's buffer (a rendered report is tens of kilobytes) leaves half a message, and the
    pool's reader waits for the rest forever: the whole batch hangs (CPython 3.11). A file name is
    a message far below ``PIPE_BUF``, which the kernel writes in one piece or not at all.
    """
    result = compare_item(config_json, old, new, formats)
    try:
        descriptor, path = tempfile.mkstemp(dir=spool, suffix=".pickle")
        with os.fdopen(descriptor, "wb") as stream:
            pickle.dump(result, stream, protocol=pickle.HIGHEST_PROTOCOL)
    except OSError as exc:
        return {"error": f"{spool}: cannot hand the result over ({exc.strerror or exc})"}
    return {"spooled": path}


def _unspool(handed: dict[str, str]) -> dict[str, Any]:
    """The result a worker spooled (the file is removed), or the error it handed over instead."""
    if "spooled" not in handed:
        return handed
    path = handed["spooled"]
    with open(path, "rb") as stream:
        result: dict[str, Any] = pickle.load(stream)  # a file of this batch's own private folder
    os.remove(path)
    return result


#: The error of the items a worker was busy with (or had queued) when it died.
WORKER_DIED = "a worker process died while this item was in progress (killed, or out of memory?); run again to retry it"


def _collect(pending: dict[Any, int]) -> Iterator[tuple[int, dict[str, Any]]]:
    import concurrent.futures
    from concurrent.futures.process import BrokenProcessPool

    done, _ = concurrent.futures.wait(pending, return_when=concurrent.futures.FIRST_COMPLETED)
    for future in sorted(done, key=pending.__getitem__):
        position = pending.pop(future)
        try:
            result = _unspool(future.result())
        except BrokenProcessPool:
            result = {"error": WORKER_DIED}
        yield position, result


def dask_engine(config_json: str, scheduler: str) -> Engine:
    try:
        from distributed import Client, as_completed
    except ImportError:
        raise UsageError(
            "--engine dask needs Dask distributed: pip install 'docdelta[dask]' (here and on the workers)"
        ) from None

    def run(tasks: Iterator[Task]) -> Iterator[tuple[int, dict[str, Any]]]:
        try:
            client = Client(scheduler, set_as_default=False)
        except (OSError, TimeoutError, ValueError) as exc:
            raise UsageError(f"--scheduler {scheduler}: cannot connect to the Dask scheduler ({exc})") from None
        with client:
            limit = max(1, sum(client.nthreads().values())) * IN_FLIGHT_PER_WORKER
            queue = as_completed(loop=client.loop)
            positions: dict[str, int] = {}
            try:
                for position, arguments in tasks:
                    future = client.submit(compare_item, config_json, *arguments, pure=False)
                    positions[future.key] = position
                    queue.add(future)
                    while queue.count() >= limit:
                        yield _dask_result(next(queue), positions)
                for future in queue:
                    yield _dask_result(future, positions)
            except BaseException:
                client.cancel(list(queue.futures))
                raise

    return run


def _dask_result(future: Any, positions: dict[str, int]) -> tuple[int, dict[str, Any]]:
    position = positions.pop(future.key)
    try:
        return position, future.result()
    except Exception as exc:  # a worker died or could not run the task
        return position, {"error": f"dask: {type(exc).__name__}: {exc}"}
