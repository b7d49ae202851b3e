"""docdelta batch: compare many pairs of documents (a manifest or a folder) in parallel, resumably.

A bundled plugin: the ``batch`` command comes through ``docdelta_register_commands`` as any
plugin's would. This module only registers it; :mod:`docdelta_batch.run` (process pools,
hashing, manifests) is imported when ``docdelta batch`` runs or its help is shown.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from docdelta import Command, Session, hookimpl

__all__ = ["docdelta_register_commands"]

EPILOG = """\
manifest: JSONL, one {"id": ..., "old": PATH, "new": PATH} (or "versions": [PATH, ...]) a line,
  or CSV with the header id,old,new (or id and the versions), UTF-8 (a BOM is allowed); paths
  are relative to the manifest's folder; a series of N versions becomes N-1 items ID:1-2, ...;
  a line that cannot be read fails as an item naming its line number, the others go on.
--pairs DIR: one folder per item, DIR/ID/old.EXT and DIR/ID/new.EXT.
resuming: run again with the same -o; items whose inputs and options are unchanged are skipped.
  One batch at a time writes into an OUTDIR; a second one is refused.

exit status: 0 every item compared and none differs, 1 every item compared and some differ,
  2 some item failed (see the error column of summary.jsonl) or trouble,
  130 interrupted (Ctrl-C, SIGTERM, SIGHUP: the summary lists what finished).
"""


def add_arguments(parser: Any) -> None:
    from docdelta_batch.run import add_batch_arguments

    add_batch_arguments(parser)


def batch(session: Session, args: Any) -> int:
    from docdelta_batch.run import batch_command

    return batch_command(session, args)


@hookimpl
def docdelta_register_commands(register: Callable[[Command], None]) -> None:
    register(
        Command(
            "batch",
            batch,
            "compare many pairs of documents (a manifest or a folder) in parallel, resumably",
            add_arguments,
            epilog=EPILOG,
        )
    )
