"""What a batch compares: the items of a manifest (JSONL or CSV) or of a pairs folder, streamed.

A malformed manifest entry (not JSON, not UTF-8, nested too deeply, no id, one document) becomes
an item that fails with its line number; the batch goes on with the others. Only what makes
the whole manifest unreadable (no such file, a CSV header that is not one) stops it.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

from attrs import define, field

from docdelta import InputError, UsageError

__all__ = ["Item", "file_stem", "read_manifest", "pair_folder_items", "check_pairs_folder", "check_manifest_path"]

_SAFE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,99}")
#: The tail file_stem gives an id it has to make safe; a safe id ending like this is made safe too,
#: so that no id's own name can be the name made for another id ("a_b-c8687a08aa" and "a b").
_HASH_TAIL = re.compile(r"-[0-9a-f]{10}\Z")
#: What a byte that is not UTF-8 becomes when a line is decoded with surrogateescape.
_UNDECODABLE = re.compile("[\udc80-\udcff]")
_BOM = b"\xef\xbb\xbf"
SUFFIXES = (".jsonl", ".ndjson", ".csv")


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


def file_stem(item_id: str) -> str:
    """A file name for an item: the id itself when it is safe, else a safe form plus a hash of the id.

    Distinct ids get distinct names: an id used as it is never ends as a made name does
    (``-`` and ten hex digits), and made names differ by the id's hash (a batch still refuses
    the rare two ids whose names collide, see :func:`docdelta_batch.run.run_batch`).
    """
    if _SAFE_ID.fullmatch(item_id) and item_id not in (".", "..") and not _HASH_TAIL.search(item_id):
        return item_id
    readable = re.sub(r"[^A-Za-z0-9._-]+", "_", item_id).strip("._")[:60] or "item"
    return f"{readable}-{hashlib.sha256(item_id.encode('utf-8', 'surrogatepass')).hexdigest()[:10]}"


def check_manifest_path(path: str | os.PathLike[str]) -> None:
    """Refuse, in one line, a manifest path that is a folder, missing, or of an unknown kind."""
    manifest = Path(path)
    if manifest.is_dir():
        raise UsageError(
            f"{manifest}: is a folder, not a manifest; to compare the pairs in it (one folder per item "
            f"with old.* and new.*) use --pairs {manifest}"
        )
    if not manifest.is_file():
        raise InputError(f"{manifest}: no such manifest file; check the path")
    if manifest.suffix.lower() not in SUFFIXES:
        raise UsageError(f"{manifest}: a manifest must be .jsonl (or .ndjson) or .csv")


def read_manifest(path: str | os.PathLike[str]) -> Iterator[Item]:
    """Stream the items of a JSONL or CSV manifest (chosen by its extension).

    JSONL: one object a line, ``{"id": ..., "old": ..., "new": ...}`` or
    ``{"id": ..., "versions": [...]}``. CSV: a header whose first column is ``id``; the
    other columns are the versions in order (``id,old,new`` for pairs); empty cells are
    left out. A series of N versions becomes N-1 items ``ID:1-2``, ``ID:2-3``... Paths
    are relative to the manifest's folder. A UTF-8 byte order mark is allowed. A
    malformed entry, a line that is not UTF-8 included, becomes an item that fails.
    """
    manifest = Path(path)
    suffix = manifest.suffix.lower()
    if suffix not in SUFFIXES:
        raise UsageError(f"{manifest}: a manifest must be .jsonl (or .ndjson) or .csv")
    base = str(manifest.parent)
    try:
        stream = manifest.open("rb")
    except OSError as exc:
        raise InputError(f"{manifest}: cannot be read ({exc.strerror or exc})") from None
    with stream:
        lines = _decoded_lines(stream)
        entries = _jsonl_entries(lines) if suffix != ".csv" else _csv_entries(lines, manifest)
        for line, item_id, versions, error in entries:
            yield from _expand(line, item_id, versions, error, base)


Entry = tuple[int, str | None, list[str], str | None]


def _decoded_lines(stream: BinaryIO) -> Iterator[str]:
    """The manifest's lines as text, each decoded alone (a byte that is not UTF-8 is kept as a
    surrogate and refused with its line); a byte order mark before the first line is dropped."""
    for number, raw in enumerate(stream, 1):
        if number == 1 and raw.startswith(_BOM):
            raw = raw[len(_BOM) :]
        yield raw.decode("utf-8", "surrogateescape")


def _jsonl_entries(lines: Iterable[str]) -> Iterator[Entry]:
    for line, text in enumerate(lines, 1):
        if not text.strip():
            continue
        if _UNDECODABLE.search(text):
            yield line, None, [], "is not UTF-8 text"
            continue
        try:
            record = json.loads(text)
        except json.JSONDecodeError as exc:
            yield line, None, [], f"not JSON ({exc.msg})"
            continue
        except RecursionError:
            yield line, None, [], "JSON nested too deeply"
            continue
        if not isinstance(record, dict):
            yield line, None, [], "not a JSON object"
            continue
        item_id = _id_or_none(record.get("id"))
        if record.get("id") is not None and item_id is None:
            yield line, None, [], "the id must be a string or a number"
            continue
        if "versions" in record:
            versions = record["versions"]
        else:
            versions = [record[key] for key in ("old", "new") if key in record]
        if not isinstance(versions, list) or not all(isinstance(v, str) for v in versions):
            yield line, item_id, [], "versions must be a list of paths"
            continue
        yield line, item_id, versions, None


def _id_or_none(value: Any) -> str | None:
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        return None
    return str(value)


def _csv_entries(lines: Iterable[str], manifest: Path) -> Iterator[Entry]:
    reader = csv.reader(lines)
    try:
        header = next(reader, None)
    except csv.Error as exc:
        raise UsageError(f"{manifest}: line 1: the CSV header cannot be read ({exc})") from None
    if header and any(_UNDECODABLE.search(cell) for cell in header):
        raise UsageError(f"{manifest}: line {reader.line_num}: the CSV header is not UTF-8 text")
    if not header or header[0].strip().lower() != "id" or len(header) < 3:
        raise UsageError(f"{manifest}: the CSV header must be id,old,new (or id and the versions of a series)")
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield reader.line_num, None, [], f"not CSV ({exc})"
            continue
        if not any(cell.strip() for cell in row):
            continue
        if any(_UNDECODABLE.search(cell) for cell in row):
            yield reader.line_num, None, [], "is not UTF-8 text"
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


def check_pairs_folder(folder: str | os.PathLike[str]) -> None:
    """Refuse, in one line, a --pairs folder that holds no item folder, saying what it should hold."""
    root = Path(folder)
    if not root.is_dir():
        raise UsageError(f"{root}: --pairs needs a folder holding one folder per item (ID/old.EXT, ID/new.EXT)")
    entries = [entry for entry in os.listdir(root) if not entry.startswith(".")]
    if any((root / entry).is_dir() for entry in entries):
        return
    sides = sorted(entry for entry in entries if entry.split(".", 1)[0] in ("old", "new"))
    if sides:
        hint = f"it holds {', '.join(sides)} itself: give its parent folder, or use docdelta compare on the two files"
    else:
        hint = f"it holds {len(entries)} files and no folders" if entries else "it is empty"
    raise UsageError(
        f"{root}: --pairs needs one folder per item, each with one old.* and one new.* file "
        f"(DIR/ID/old.txt, DIR/ID/new.txt); {hint}"
    )


def pair_folder_items(folder: str | os.PathLike[str]) -> Iterator[Item]:
    """The items of a pairs folder: ``DIR/<ID>/old.<ext>`` and ``DIR/<ID>/new.<ext>``, by ID."""
    root = Path(folder)
    check_pairs_folder(root)
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
