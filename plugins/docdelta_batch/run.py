"""Corpus mode: compare many pairs of documents, in parallel, resumably (``docdelta batch``).

The ``batch`` command's machinery, imported when it runs (see :mod:`docdelta_batch`).

The main process streams the manifest (:mod:`.manifest`), reads each item's inputs and
hashes them; an item whose inputs and options are unchanged since a previous run into the
same output folder is skipped. Everything else is shipped, as bytes plus the session's
plain-data :class:`~docdelta.Config`, to a worker (:mod:`.workers`): inline (``-j 1``), a
local process pool, or a Dask distributed cluster. Workers need no access to the files and
return the rendered reports, which the main process writes as they arrive.

Output folder (one batch at a time: :mod:`.outdir` locks it)::

    OUTDIR/reports/<ID>.json (.html, .md)   each item's report
    OUTDIR/items/<ID>.json                  each item's summary row and key (what resuming reads)
    OUTDIR/summary.partial.jsonl            rows in the order they finished (while running)
    OUTDIR/summary.jsonl                    rows in manifest order (at the end, also when interrupted)
    OUTDIR/index.html                       items with the most factual changes first, linking to
                                            their most readable reports (when the html renderer is active)

``<ID>`` is the item's id when it is a safe file name, else a safe form of it plus a
hash of the id (:func:`~docdelta_batch.manifest.file_stem`).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, TextIO

from attrs import define, field

from docdelta import (
    InputError,
    OutputError,
    Session,
    Source,
    UsageError,
    __version__,
    read_source,
    write_atomic,
)
from docdelta_batch.index import index_sections
from docdelta_batch.manifest import (
    Item,
    check_manifest_path,
    check_pairs_folder,
    file_stem,
    pair_folder_items,
    read_manifest,
)
from docdelta_batch.outdir import SPOOL_NAME, locked, remove_stale_temporaries
from docdelta_batch.workers import Engine, Task, dask_engine, inline_engine, process_engine

__all__ = ["BatchResult", "closing_line", "run_batch"]

#: What the summary rows hold; a new layout makes a resumed batch recompute rows of the old one.
ROW_LAYOUT = 2
#: The formats index.html can link to, the most readable first, and how it names them.
LINKED_FORMATS = {"html": "HTML", "markdown": "Markdown", "json": "JSON"}


@define(frozen=True)
class BatchResult:
    """What a batch did.

    Attributes:
        total: items in the manifest.
        computed / skipped / failed: items compared now, unchanged since a previous run, failed.
        changed: items (compared or skipped) whose documents differ.
        interrupted: stopped by Ctrl-C, SIGTERM or SIGHUP (from the CLI); the summary lists the items
            that finished.
    """

    total: int
    computed: int
    skipped: int
    failed: int
    changed: int
    interrupted: bool = False

    @property
    def identical(self) -> int:
        """Items (compared or skipped) whose documents compare equal."""
        return self.computed + self.skipped - self.changed


# --- The batch --------------------------------------------------------------------------------


def session_fingerprint(session: Session, formats: Sequence[str]) -> str:
    """What, besides the inputs, determines an item's results: version, plugins, options."""
    active = [(info.name, info.version) for info in session.plugins if info.status == "active"]
    data = {
        "docdelta": __version__, "rows": ROW_LAYOUT, "plugins": active,
        "options": dict(session.options), "formats": sorted(formats),
    }
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
    :param formats: report formats; ``json`` is always written. index.html (written when the
        html renderer is active) links each item to its most readable report: HTML, else
        Markdown, else JSON.
    :param jobs: local worker processes (1: in this process).
    :param engine: ``local`` or ``dask`` (with ``scheduler``, a Dask scheduler's address).
    :param progress: where to draw the progress bar, if it is a terminal.
    :raises UsageError: another batch is writing into ``outdir``, or a setting is wrong.
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
    config_json = json.dumps(session.config.to_dict(), sort_keys=True)
    out = Path(outdir)
    if engine == "dask":
        if not scheduler:
            raise UsageError("--engine dask needs --scheduler ADDRESS (a Dask scheduler, e.g. tcp://host:8786)")
        run_engine = dask_engine(config_json, scheduler)
    elif engine == "local":
        run_engine = inline_engine(config_json) if jobs <= 1 else process_engine(config_json, jobs, out / SPOOL_NAME)
    else:
        raise UsageError(f"unknown engine '{engine}' (engines: local, dask)")
    try:
        (out / "reports").mkdir(parents=True, exist_ok=True)
        (out / "items").mkdir(exist_ok=True)
    except OSError as exc:
        raise OutputError(f"{out}: cannot create the output folder ({exc.strerror or exc})") from None
    with locked(out):
        remove_stale_temporaries(out)
        ledger = _Ledger(out, session, formats, extensions, session_fingerprint(session, formats))
        interrupted = _compare_all(ledger, items, run_engine, progress)
        changed = _write_summary(items, ledger, session)
        if not interrupted:
            ledger.partial_path.unlink()
    counts = ledger.counts
    return BatchResult(
        total=sum(counts.values()), computed=counts["computed"], skipped=counts["skipped"],
        failed=counts["failed"], changed=changed, interrupted=interrupted,
    )


@define
class _Ledger:
    """One run's bookkeeping (mutable: it fills as items finish).

    Attributes:
        out / session / formats / extensions / fingerprint: the run's settings.
        finished: id -> its row is in items/ (True) or it failed without one (False); duplicates are
            caught here.
        made: made file name -> the id it was made for (only ids that are not their own file name
            can collide).
        counts: items computed, skipped and failed so far.
        pending: position -> the item sent to a worker and its key.
    """

    out: Path
    session: Session
    formats: tuple[str, ...]
    extensions: dict[str, str]
    fingerprint: str
    finished: dict[str, bool] = field(factory=dict)
    made: dict[str, str] = field(factory=dict)
    counts: dict[str, int] = field(factory=lambda: {"computed": 0, "skipped": 0, "failed": 0})
    pending: dict[int, tuple[Item, str]] = field(factory=dict)

    @property
    def partial_path(self) -> Path:
        return self.out / "summary.partial.jsonl"


def _clash(ledger: _Ledger, item: Item) -> str | None:
    """The id of an earlier item whose file name is this item's, if any."""
    owner = ledger.made.get(item.slug, item.id)  # an id used as its own file name is never a made one
    return None if owner == item.id else owner


def _compare_all(
    ledger: _Ledger, items: Callable[[], Iterator[Item]], run_engine: Engine, progress: TextIO | None
) -> bool:
    """Compare or skip every item, writing what finishes; returns whether it was interrupted."""
    total = sum(1 for _ in items()) if progress is not None and progress.isatty() else 0
    bar = _progress_bar(progress, total)
    # backslashreplace: a lone surrogate (an id or path written "\udc80" in JSON, a file name that is
    # not UTF-8) becomes the JSON escape it came from, not a crash of the whole batch.
    with ledger.partial_path.open("a", encoding="utf-8", errors="backslashreplace") as partial:

        def record(item: Item, row: dict[str, Any], counted: str, *, keep: bool = True) -> None:
            if keep:
                write_atomic(ledger.out / "items" / f"{item.slug}.json", _dumps(row) + "\n")
            partial.write(_dumps(row) + "\n")
            partial.flush()
            if keep:
                ledger.finished[item.id] = True
            else:  # a duplicate leaves its first use's entry as it is
                ledger.finished.setdefault(item.id, False)
            ledger.counts[counted] += 1
            bar.update()

        def tasks() -> Iterator[Task]:
            for position, item in enumerate(items()):
                if item.id in ledger.finished:  # the summary reports it; its first use keeps the files
                    record(item, _duplicate_row(item), "failed", keep=False)
                    continue
                if item.slug != item.id:
                    ledger.made.setdefault(item.slug, item.id)
                clash = _clash(ledger, item)
                if clash is not None:
                    record(item, _clash_row(item, clash), "failed", keep=False)
                    continue
                ledger.finished[item.id] = False
                prepared = _prepare(item, ledger.session, ledger.fingerprint, ledger.out, ledger.extensions)
                if isinstance(prepared, dict):
                    record(item, prepared, "skipped" if prepared.get("error") is None else "failed")
                    continue
                old, new, key = prepared
                ledger.pending[position] = (item, key)
                yield position, (old, new, ledger.formats)

        try:
            for position, result in run_engine(tasks()):
                item, key = ledger.pending.pop(position)
                if "error" in result:
                    record(item, _error_row(item, key, result["error"]), "failed")
                    continue
                paths = report_paths(item.slug, ledger.extensions)
                for name, output in result["outputs"].items():
                    write_atomic(ledger.out / paths[name], output)
                row = {**_row_head(item, key), "report": paths["json"], **result["row"], "error": None}
                record(item, row, "computed")
        except KeyboardInterrupt:
            return True
        finally:
            bar.close()
    return False


def _dumps(row: Mapping[str, Any]) -> str:
    return json.dumps(row, ensure_ascii=False)


def _row_head(item: Item, key: str | None) -> dict[str, Any]:
    return {"id": item.id, "old": item.paths[0] if item.paths else None,
            "new": item.paths[1] if len(item.paths) > 1 else None, "key": key}


def _error_row(item: Item, key: str | None, error: str) -> dict[str, Any]:
    return {**_row_head(item, key), "report": None, "error": error}


def _duplicate_row(item: Item) -> dict[str, Any]:
    return _error_row(item, None, f"duplicate id '{item.id}' in the manifest")


def _clash_row(item: Item, owner: str) -> dict[str, Any]:
    return _error_row(item, None, f"its file name {item.slug} is that of item '{owner}' too; change one of the ids")


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


def _write_summary(items: Callable[[], Iterator[Item]], ledger: _Ledger, session: Session) -> int:
    """Write summary.jsonl in manifest order and index.html; returns how many items differ."""
    out = ledger.out
    changed = 0
    written: set[str] = set()
    summary = out / "summary.jsonl"
    temporary = out / ".summary.jsonl.tmp"
    try:
        with temporary.open("w", encoding="utf-8", errors="backslashreplace") as stream:
            for item in items():
                if item.id in written:
                    stream.write(_dumps(_duplicate_row(item)) + "\n")
                    continue
                if item.id not in ledger.finished:  # not reached (interrupted)
                    continue
                clash = _clash(ledger, item)
                if clash is not None:
                    row: dict[str, Any] | None = _clash_row(item, clash)
                else:
                    row = _read_row(out / "items" / f"{item.slug}.json") if ledger.finished[item.id] else None
                if row is None:
                    continue
                written.add(item.id)
                changed += bool(row.get("has_changes"))
                stream.write(_dumps(row) + "\n")
        os.replace(temporary, summary)
    except BaseException as exc:  # also Ctrl-C and kill: no half-written summary stays behind
        with contextlib.suppress(OSError):
            temporary.unlink()
        if isinstance(exc, OSError):
            raise OutputError(f"{summary}: cannot be written ({exc.strerror or exc})") from None
        raise
    if "html" in session.formats:
        linked = next(name for name in LINKED_FORMATS if name in ledger.extensions)
        extension = {linked: ledger.extensions[linked]}

        def report_link(item_id: str) -> str:
            return report_paths(file_stem(item_id), extension)[linked]

        with summary.open(encoding="utf-8") as rows:
            sections = index_sections((json.loads(line) for line in rows), report_link, LINKED_FORMATS[linked])
        write_atomic(out / "index.html", session.render_page("docdelta batch", sections))
    return changed


def default_jobs() -> int:
    """The default for ``-j``: the CPUs this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1


def closing_line(result: BatchResult, out: Path) -> str:
    """What the batch did, in words that tell what differs from what was skipped."""
    state = "interrupted" if result.interrupted else "done"
    index = f", {out / 'index.html'}" if (out / "index.html").is_file() else ""
    return (
        f"docdelta batch {state}: {result.total} item{'' if result.total == 1 else 's'}: {result.changed} differ, {result.identical} identical, "
        f"{result.failed} failed; {result.computed} compared in this run, {result.skipped} skipped "
        f"(done before, unchanged); {out / 'summary.jsonl'}{index}"
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
        "-f", "--format", metavar="NAME,NAME",
        help="report formats besides json, comma-separated (default: html, which index.html links to, when "
        "the html plugin is active; 'json' alone is quicker, and index.html then links the JSON reports)",
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
        check_manifest_path(manifest)

        def items() -> Iterator[Item]:
            return read_manifest(manifest)
    else:
        folder = args.pairs
        check_pairs_folder(folder)

        def items() -> Iterator[Item]:
            return pair_folder_items(folder)

    if args.format is None:
        formats: tuple[str, ...] = ("html",) if "html" in session.formats else ()
    else:
        formats = tuple(name.strip() for name in args.format.split(",") if name.strip())
    out = Path(args.output)
    result = run_batch(
        items, out, session, formats=formats, jobs=args.jobs or default_jobs(),
        engine=args.engine, scheduler=args.scheduler, progress=sys.stderr,
    )
    print(closing_line(result, out), file=sys.stderr)
    if result.interrupted:
        return 130
    if result.failed:
        return 2
    return 1 if result.changed else 0
