"""Corpus mode: compare many pairs of documents, in parallel, resumably (``docdelta batch``).

The ``batch`` command's machinery, imported when it runs (see :mod:`docdelta_batch`).

The main process streams the manifest, reads each item's inputs and hashes them; an
item whose inputs and options are unchanged since a previous run into the same
output folder is skipped. Everything else is shipped, as bytes plus the session's
plain-data :class:`~docdelta.Config`, to a worker: inline (``-j 1``), a local process
pool, or a Dask distributed cluster. Workers need no access to the files and return
the rendered reports, which the main process writes as they arrive. At most a few
items per worker are in flight, so memory stays bounded whatever the corpus size.

Output folder::

    OUTDIR/reports/<ID>.json (.html, .md)   each item's report
    OUTDIR/items/<ID>.json                  each item's summary row and key (what resuming reads)
    OUTDIR/summary.partial.jsonl            rows in the order they finished (while running)
    OUTDIR/summary.jsonl                    rows in manifest order (at the end, also after Ctrl-C)
    OUTDIR/index.html                       items with the most factual changes first (drawn by
                                            the html renderer's page, when it is active)

``<ID>`` is the item's id when it is a safe file name, else a safe form of it plus a
hash of the id.
"""

from __future__ import annotations

import csv
import functools
import hashlib
import heapq
import json
import os
import re
import signal
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, TextIO

from attrs import define, field

from docdelta import (
    Cell,
    DocdeltaError,
    InputError,
    OutputError,
    Report,
    Section,
    Session,
    Source,
    UsageError,
    __version__,
    read_source,
    write_atomic,
)

__all__ = ["BatchResult", "Item", "read_manifest", "pair_folder_items", "run_batch"]

#: The statuses of the claims check, in the order summary rows list them.
CLAIM_STATUSES = ("same", "compatible", "differs", "changed", "removed", "added")
#: Items in flight per worker: enough to keep every worker busy, few enough to bound memory.
IN_FLIGHT_PER_WORKER = 4
#: index.html lists at most this many items (the rest are in summary.jsonl).
INDEX_LIMIT = 5000

_SAFE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,99}")


@define(frozen=True)
class Item:
    """One comparison of a batch.

    Attributes:
        id: unique within the batch; names the item's files.
        paths: the old and the new document as the manifest gives them (relative to its folder).
        base: the folder relative paths start from.
        error: why the manifest entry cannot be compared (set instead of paths).
    """

    id: str
    paths: tuple[str, ...] = field(converter=tuple, default=())
    base: str = "."
    error: str | None = None

    @property
    def slug(self) -> str:
        return file_stem(self.id)


@define(frozen=True)
class BatchResult:
    """What a batch did.

    Attributes:
        total: items in the manifest.
        computed / skipped / failed: items compared now, unchanged since a previous run, failed.
        changed: items (compared or skipped) whose documents differ.
        interrupted: stopped by Ctrl-C; the summary lists the items that finished.
    """

    total: int
    computed: int
    skipped: int
    failed: int
    changed: int
    interrupted: bool = False


def file_stem(item_id: str) -> str:
    """A file name for an item: the id itself when it is safe, else a safe form plus a hash."""
    if _SAFE_ID.fullmatch(item_id) and item_id not in (".", ".."):
        return item_id
    readable = re.sub(r"[^A-Za-z0-9._-]+", "_", item_id).strip("._")[:60] or "item"
    return f"{readable}-{hashlib.sha256(item_id.encode('utf-8', 'surrogatepass')).hexdigest()[:10]}"


# --- Reading the work list -------------------------------------------------------------------


def read_manifest(path: str | os.PathLike[str]) -> Iterator[Item]:
    """Stream the items of a JSONL or CSV manifest (chosen by its extension).

    JSONL: one object a line, ``{"id": ..., "old": ..., "new": ...}`` or
    ``{"id": ..., "versions": [...]}``. CSV: a header whose first column is ``id``; the
    other columns are the versions in order (``id,old,new`` for pairs); empty cells are
    left out. A series of N versions becomes N-1 items ``ID:1-2``, ``ID:2-3``... Paths
    are relative to the manifest's folder. A malformed entry becomes an item that fails.
    """
    manifest = Path(path)
    suffix = manifest.suffix.lower()
    if suffix not in (".jsonl", ".ndjson", ".csv"):
        raise UsageError(f"{manifest}: a manifest must be .jsonl (or .ndjson) or .csv")
    base = str(manifest.parent)
    try:
        stream = manifest.open(encoding="utf-8", newline="")
    except OSError as exc:
        raise InputError(f"{manifest}: cannot be read ({exc.strerror or exc})") from None
    with stream:
        entries = _jsonl_entries(stream) if suffix != ".csv" else _csv_entries(stream, manifest)
        try:
            for line, item_id, versions, error in entries:
                yield from _expand(line, item_id, versions, error, base)
        except UnicodeDecodeError:
            raise InputError(f"{manifest}: is not UTF-8 text") from None


Entry = tuple[int, str | None, list[str], str | None]


def _jsonl_entries(stream: TextIO) -> Iterator[Entry]:
    for line, text in enumerate(stream, 1):
        if not text.strip():
            continue
        try:
            record = json.loads(text)
        except json.JSONDecodeError as exc:
            yield line, None, [], f"not JSON ({exc.msg})"
            continue
        if not isinstance(record, dict):
            yield line, None, [], "not a JSON object"
            continue
        item_id = record.get("id")
        if "versions" in record:
            versions = record["versions"]
        else:
            versions = [record[key] for key in ("old", "new") if key in record]
        if not isinstance(versions, list) or not all(isinstance(v, str) for v in versions):
            yield line, _string_or_none(item_id), [], "versions must be a list of paths"
            continue
        yield line, _string_or_none(item_id), versions, None


def _string_or_none(value: Any) -> str | None:
    return None if value is None else str(value)


def _csv_entries(stream: TextIO, manifest: Path) -> Iterator[Entry]:
    reader = csv.reader(stream)
    header = next(reader, None)
    if not header or header[0].strip().lower() != "id" or len(header) < 3:
        raise UsageError(f"{manifest}: the CSV header must be id,old,new (or id and the versions of a series)")
    for row in reader:
        if not any(cell.strip() for cell in row):
            continue
        yield reader.line_num, row[0].strip() or None, [cell for cell in row[1:] if cell.strip()], None


def _expand(line: int, item_id: str | None, versions: list[str], error: str | None, base: str) -> Iterator[Item]:
    if error is None and not item_id:
        error = "has no id"
    if error is None and len(versions) < 2:
        error = f"needs two documents (old and new), got {len(versions)}"
    if error is not None:
        yield Item(id=item_id or f"<line {line}>", base=base, error=f"manifest line {line}: {error}")
        return
    assert item_id is not None
    if len(versions) == 2:
        yield Item(id=item_id, paths=versions, base=base)
        return
    for step in range(1, len(versions)):
        yield Item(id=f"{item_id}:{step}-{step + 1}", paths=versions[step - 1 : step + 1], base=base)


def pair_folder_items(folder: str | os.PathLike[str]) -> Iterator[Item]:
    """The items of a pairs folder: ``DIR/<ID>/old.<ext>`` and ``DIR/<ID>/new.<ext>``, by ID."""
    root = Path(folder)
    if not root.is_dir():
        raise UsageError(f"{root}: --pairs needs a directory holding one folder per item")
    for entry in sorted(os.listdir(root)):
        item_dir = root / entry
        if entry.startswith(".") or not item_dir.is_dir():
            continue
        sides = {}
        for side in ("old", "new"):
            found = sorted(name for name in os.listdir(item_dir) if name.split(".", 1)[0] == side)
            sides[side] = found
        problems = [f"{len(found)} {side}.* files" for side, found in sides.items() if len(found) != 1]
        if problems:
            error = f"{item_dir}: needs one old.* and one new.* file, has {', '.join(problems)}"
            yield Item(id=entry, base=str(root), error=error)
        else:
            yield Item(id=entry, paths=(f"{entry}/{sides['old'][0]}", f"{entry}/{sides['new'][0]}"), base=str(root))


# --- The work of one item (runs in a worker) --------------------------------------------------


@functools.lru_cache(maxsize=4)
def _worker_session(config_json: str) -> Session:
    # One session per configuration and process: loading plugins costs more than a comparison.
    return Session.from_config(json.loads(config_json))


def _init_worker(config_json: str) -> None:
    # Ctrl-C goes to the whole process group: the main process alone decides what to do with it.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _worker_session(config_json)


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
    """The summary-row figures of one report."""
    summary = report.summary
    claims: dict[str, int] = {status: 0 for status in CLAIM_STATUSES}
    for finding in report.findings:
        if finding.check == "numeric-claims":
            status = str(finding.data.get("status"))
            claims[status] = claims.get(status, 0) + 1
    return {
        "has_changes": report.has_changes,
        "similarity": summary.similarity,
        "words_added": summary.words_added,
        "words_removed": summary.words_removed,
        "words_moved": summary.words_moved,
        "changes_by_class": dict(summary.changes_by_class),
        "claims_by_status": claims,
        "findings_by_severity": dict(summary.findings_by_severity),
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


def process_engine(config_json: str, jobs: int) -> Engine:
    # Imported here: every docdelta command builds the batch parser, few run a pool.
    import concurrent.futures
    import multiprocessing

    def run(tasks: Iterator[Task]) -> Iterator[tuple[int, dict[str, Any]]]:
        # spawn, not fork: forking a process that runs threads (a Dask client, a caller's) can deadlock.
        context = multiprocessing.get_context("spawn")
        pool = concurrent.futures.ProcessPoolExecutor(
            jobs, mp_context=context, initializer=_init_worker, initargs=(config_json,)
        )
        with pool:
            pending: dict[concurrent.futures.Future[dict[str, Any]], int] = {}
            try:
                for position, arguments in tasks:
                    pending[pool.submit(compare_item, config_json, *arguments)] = position
                    while len(pending) >= jobs * IN_FLIGHT_PER_WORKER:
                        yield from _collect(pending, concurrent.futures.FIRST_COMPLETED)
                while pending:
                    yield from _collect(pending, concurrent.futures.FIRST_COMPLETED)
            except BaseException:
                pool.shutdown(wait=True, cancel_futures=True)
                raise

    return run


def _collect(pending: dict[Any, int], when: str) -> Iterator[tuple[int, dict[str, Any]]]:
    import concurrent.futures
    done, _ = concurrent.futures.wait(pending, return_when=when)
    for future in sorted(done, key=pending.__getitem__):
        position = pending.pop(future)
        yield position, future.result()


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


# --- The batch --------------------------------------------------------------------------------


def session_fingerprint(session: Session, formats: Sequence[str]) -> str:
    """What, besides the inputs, determines an item's results: version, plugins, options."""
    active = [(info.name, info.version) for info in session.plugins if info.status == "active"]
    data = {"docdelta": __version__, "plugins": active, "options": dict(session.options), "formats": sorted(formats)}
    return hashlib.sha256(json.dumps(data, sort_keys=True, default=str).encode()).hexdigest()


def item_key(fingerprint: str, old: Source, new: Source) -> str:
    digest = hashlib.sha256(fingerprint.encode())
    for source in (old, new):
        name = source.name.encode("utf-8", "surrogatepass")
        digest.update(b"\0" + name + b"\0" + hashlib.sha256(source.data).digest())
    return digest.hexdigest()


def report_extensions(session: Session, formats: Sequence[str]) -> dict[str, str]:
    """Each format's report file extension: the first its renderer declares, else ``.<format>``."""
    return {name: next(iter(session.renderer(name).extensions), "." + name) for name in formats}


def report_paths(slug: str, extensions: Mapping[str, str]) -> dict[str, str]:
    """Each report's path relative to OUTDIR, by format."""
    return {name: f"reports/{slug}{extension}" for name, extension in extensions.items()}


def _progress_bar(stream: TextIO | None, total: int) -> Any:
    """tqdm's progress bar, with rate and ETA, drawn on ``stream`` only when it is a terminal."""
    from tqdm import tqdm  # imported when a batch runs: its import is most of a progress bar's cost

    return tqdm(
        total=total,
        file=stream,
        disable=True if stream is None else None,  # None: tqdm draws only if the stream is a terminal
        unit=" items",
        bar_format="{l_bar}{bar}| {n_fmt}/{total_fmt} {rate_fmt} ETA {remaining}",
    )


def run_batch(
    items: Callable[[], Iterator[Item]],
    outdir: str | os.PathLike[str],
    session: Session,
    *,
    formats: Sequence[str] = ("json",),
    jobs: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
    progress: TextIO | None = None,
) -> BatchResult:
    """Compare every item and write reports, ``summary.jsonl`` and ``index.html`` to ``outdir``.

    :param items: returns a fresh iterator over the items (called twice: to work, then to
        write the summary in manifest order, so the list is never held in memory).
    :param formats: report formats; ``json`` is always written.
    :param jobs: local worker processes (1: in this process).
    :param engine: ``local`` or ``dask`` (with ``scheduler``, a Dask scheduler's address).
    :param progress: where to draw the progress bar, if it is a terminal.
    """
    passed_in = [info.name for info in session.plugins if info.origin == "object" and info.status == "active"]
    if passed_in:
        # Workers rebuild the session from its Config, which names installed plugins only.
        raise UsageError(
            f"batch cannot ship plugin objects to its workers ({', '.join(passed_in)}); "
            "install them as a distribution with a 'docdelta' entry point"
        )
    formats = tuple(dict.fromkeys(("json", *formats)))
    extensions = report_extensions(session, formats)
    out = Path(outdir)
    try:
        (out / "reports").mkdir(parents=True, exist_ok=True)
        (out / "items").mkdir(exist_ok=True)
    except OSError as exc:
        raise OutputError(f"{out}: cannot create the output folder ({exc.strerror or exc})") from None
    config_json = json.dumps(session.config.to_dict(), sort_keys=True)
    if engine == "dask":
        if not scheduler:
            raise UsageError("--engine dask needs --scheduler ADDRESS (a Dask scheduler, e.g. tcp://host:8786)")
        run_engine = dask_engine(config_json, scheduler)
    elif engine == "local":
        run_engine = inline_engine(config_json) if jobs <= 1 else process_engine(config_json, jobs)
    else:
        raise UsageError(f"unknown engine '{engine}' (engines: local, dask)")
    fingerprint = session_fingerprint(session, formats)
    total = sum(1 for _ in items()) if progress is not None and progress.isatty() else 0
    bar = _progress_bar(progress, total)
    finished: dict[str, bool] = {}  # id -> finished in this run (or unchanged); duplicates are caught here
    counts = {"computed": 0, "skipped": 0, "failed": 0}
    pending: dict[int, tuple[Item, str]] = {}
    partial_path = out / "summary.partial.jsonl"
    interrupted = False

    with partial_path.open("a", encoding="utf-8") as partial:

        def record(item: Item, row: dict[str, Any], counted: str) -> None:
            write_atomic(out / "items" / f"{item.slug}.json", _dumps(row) + "\n")
            partial.write(_dumps(row) + "\n")
            partial.flush()
            finished[item.id] = True
            counts[counted] += 1
            bar.update()

        def tasks() -> Iterator[Task]:
            for position, item in enumerate(items()):
                if item.id in finished:  # the summary reports it; its first use keeps the files
                    partial.write(_dumps(_duplicate_row(item)) + "\n")
                    counts["failed"] += 1
                    bar.update()
                    continue
                finished[item.id] = False
                prepared = _prepare(item, session, fingerprint, out, extensions)
                if isinstance(prepared, dict):
                    record(item, prepared, "skipped" if prepared.get("error") is None else "failed")
                    continue
                old, new, key = prepared
                pending[position] = (item, key)
                yield position, (old, new, formats)

        try:
            for position, result in run_engine(tasks()):
                item, key = pending.pop(position)
                if "error" in result:
                    record(item, _error_row(item, key, result["error"]), "failed")
                    continue
                paths = report_paths(item.slug, extensions)
                for name, output in result["outputs"].items():
                    write_atomic(out / paths[name], output)
                row = {**_row_head(item, key), "report": paths["json"], **result["row"], "error": None}
                record(item, row, "computed")
        except KeyboardInterrupt:
            interrupted = True
        finally:
            bar.close()

    changed = _write_summary(items, out, finished, session, extensions)
    if not interrupted:
        partial_path.unlink()
    return BatchResult(
        total=sum(counts.values()), computed=counts["computed"], skipped=counts["skipped"],
        failed=counts["failed"], changed=changed, interrupted=interrupted,
    )


def _dumps(row: Mapping[str, Any]) -> str:
    return json.dumps(row, ensure_ascii=False)


def _row_head(item: Item, key: str | None) -> dict[str, Any]:
    return {"id": item.id, "old": item.paths[0] if item.paths else None,
            "new": item.paths[1] if len(item.paths) > 1 else None, "key": key}


def _error_row(item: Item, key: str | None, error: str) -> dict[str, Any]:
    return {**_row_head(item, key), "report": None, "error": error}


def _duplicate_row(item: Item) -> dict[str, Any]:
    return _error_row(item, None, f"duplicate id '{item.id}' in the manifest")


def _prepare(
    item: Item, session: Session, fingerprint: str, out: Path, extensions: Mapping[str, str]
) -> tuple[Source, Source, str] | dict[str, Any]:
    """The item's sources and key, or its row when there is nothing to compute (unchanged or failed)."""
    if item.error is not None:
        return _error_row(item, None, item.error)
    try:
        old, new = (
            read_source(Path(item.base) / path, name=path, max_size=session.options["max-size"])
            for path in item.paths
        )
    except InputError as exc:
        return _error_row(item, None, str(exc))
    key = item_key(fingerprint, old, new)
    previous = _read_row(out / "items" / f"{item.slug}.json")
    if (
        previous is not None
        and previous.get("key") == key
        and previous.get("id") == item.id
        and previous.get("error") is None
        and all((out / path).is_file() for path in report_paths(item.slug, extensions).values())
    ):
        return previous
    return old, new, key


def _read_row(path: Path) -> dict[str, Any] | None:
    try:
        row = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return row if isinstance(row, dict) else None


def _write_summary(
    items: Callable[[], Iterator[Item]],
    out: Path,
    finished: Mapping[str, bool],
    session: Session,
    extensions: Mapping[str, str],
) -> int:
    """Write summary.jsonl in manifest order and index.html; returns how many items differ."""
    changed = 0
    written: set[str] = set()
    summary = out / "summary.jsonl"
    temporary = out / ".summary.jsonl.tmp"
    try:
        with temporary.open("w", encoding="utf-8") as stream:
            for item in items():
                if item.id in written:
                    stream.write(_dumps(_duplicate_row(item)) + "\n")
                    continue
                row = _read_row(out / "items" / f"{item.slug}.json") if finished.get(item.id) else None
                if row is None:
                    continue
                written.add(item.id)
                changed += bool(row.get("has_changes"))
                stream.write(_dumps(row) + "\n")
        os.replace(temporary, summary)
    except OSError as exc:
        raise OutputError(f"{summary}: cannot be written ({exc.strerror or exc})") from None
    if "html" in session.formats:
        write_atomic(out / "index.html", session.render_page("docdelta batch", index_sections(_rows(out / "summary.jsonl"), extensions)))
    return changed


def _rows(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as stream:
        for line in stream:
            yield json.loads(line)


def factual_rank(row: Mapping[str, Any]) -> tuple[int, int, int, str]:
    """Sort key for index.html: failures first, then most factual changes, most claims changed."""
    claims = row.get("claims_by_status") or {}
    moved_claims = sum(claims.get(status, 0) for status in ("changed", "removed", "added"))
    factual = (row.get("changes_by_class") or {}).get("factual", 0)
    return (row.get("error") is None, -factual, -moved_claims, row["id"])


def index_sections(rows: Iterator[dict[str, Any]], extensions: Mapping[str, str]) -> list[Section]:
    """index.html's table: the items with the most factual changes first, each linking to its report."""
    total = 0

    def counted() -> Iterator[dict[str, Any]]:
        nonlocal total
        for row in rows:
            total += 1
            yield row

    top = heapq.nsmallest(INDEX_LIMIT, counted(), key=factual_rank)
    link_format = "html" if "html" in extensions else "json"
    table: list[list[Cell | str]] = []
    for row in top:
        if row.get("error") is not None:
            table.append([row["id"], f"error: {row['error']}"])
            continue
        target = report_paths(file_stem(row["id"]), {link_format: extensions[link_format]})[link_format]
        claims = row["claims_by_status"]
        claim_text = ", ".join(f"{count} {status}" for status, count in claims.items() if count and status != "same")
        table.append([
            Cell(row["id"], target),
            str(row["changes_by_class"].get("factual", 0)),
            claim_text or "–",
            f"{row['similarity']:.3f}",
            f"+{row['words_added']} −{row['words_removed']}",
            "yes" if row["has_changes"] else "no",
        ])
    more = f" {total - len(top)} more items in summary.jsonl." if total > len(top) else ""
    columns = ("item", "factual changes", "claims", "similarity", "words", "differs")
    note = f"Most factual changes first; failed items at the top.{more}"
    return [Section(f"docdelta batch: {total} items", columns, table, note)]


def default_jobs() -> int:
    """The default for ``-j``: the CPUs this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1


def print_result(result: BatchResult, out: Path, stream: TextIO = sys.stderr) -> None:
    state = "interrupted" if result.interrupted else "done"
    print(
        f"docdelta batch {state}: {result.total} items, {result.computed} compared, {result.skipped} unchanged, "
        f"{result.failed} failed; {out / 'summary.jsonl'}",
        file=stream,
    )


def add_batch_arguments(parser: Any) -> None:
    """The ``docdelta batch`` flags (the CLI adds plugin selection and comparison options)."""
    parser.description = (
        "Compare every item of MANIFEST (or --pairs DIR); write each report, summary.jsonl and index.html to OUTDIR."
    )
    parser.add_argument("manifest", nargs="?", metavar="MANIFEST", help="a .jsonl or .csv list of items")
    parser.add_argument("--pairs", metavar="DIR", help="compare the pairs in DIR (DIR/ID/old.EXT, DIR/ID/new.EXT)")
    parser.add_argument("-o", "--output", metavar="OUTDIR", required=True, help="folder for reports and summaries")
    parser.add_argument(
        "-f", "--format", metavar="NAME,NAME", default="json",
        help="report formats besides json, comma-separated (e.g. html,markdown)",
    )
    parser.add_argument(
        "-j", "--jobs", type=int, metavar="N", default=None,
        help=f"local worker processes (default: the number of CPUs, here {default_jobs()})",
    )
    parser.add_argument("--engine", choices=("local", "dask"), default="local", help="where to run (default: local)")
    parser.add_argument("--scheduler", metavar="ADDRESS", help="the Dask scheduler's address (with --engine dask)")


def batch_command(session: Session, args: Any) -> int:
    """Run ``docdelta batch`` from parsed arguments; returns the exit status."""
    if (args.manifest is None) == (args.pairs is None):
        raise UsageError("batch needs a MANIFEST or --pairs DIR, not both (see 'docdelta batch --help')")
    if args.jobs is not None and args.jobs < 1:
        raise UsageError(f"-j must be at least 1, got {args.jobs}")
    if args.manifest is not None:
        manifest = args.manifest
        if not Path(manifest).is_file():
            raise InputError(f"{manifest}: no such manifest file; check the path")

        def items() -> Iterator[Item]:
            return read_manifest(manifest)
    else:
        folder = args.pairs
        if not Path(folder).is_dir():
            raise UsageError(f"{folder}: --pairs needs a directory holding one folder per item")

        def items() -> Iterator[Item]:
            return pair_folder_items(folder)

    formats = tuple(name.strip() for name in args.format.split(",") if name.strip())
    out = Path(args.output)
    result = run_batch(
        items, out, session, formats=formats, jobs=args.jobs or default_jobs(),
        engine=args.engine, scheduler=args.scheduler, progress=sys.stderr,
    )
    print_result(result, out)
    if result.interrupted:
        return 130
    if result.failed:
        return 2
    return 1 if result.changed else 0
