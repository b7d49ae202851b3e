"""Corpus mode: ``docdelta batch`` on a manifest of pairs built from the seeds and variants derived here."""

from __future__ import annotations

import hashlib
import html
import io
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from docdelta import Session, UsageError
from docdelta_batch.manifest import Item, file_stem, read_manifest
from docdelta_batch.run import run_batch
from docdelta.cli import main

from conftest import SEED_NEW, SEED_OLD

OK_IDS = ["seeds", "same", "number", "dropped", "s:1-2", "s:2-3"]


def _corpus(root: Path) -> Path:
    """Documents and a JSONL manifest: the seed pair, derived variants, a series, two broken items."""
    docs = root / "docs"
    docs.mkdir(parents=True)
    old, new = SEED_OLD.read_text(encoding="utf-8"), SEED_NEW.read_text(encoding="utf-8")
    paragraphs = new.split("\n\n")
    files = {
        "old.txt": old,
        "new.txt": new,
        "number.txt": new.replace("release of 123 political", "release of 173 political"),
        "dropped.txt": "\n\n".join(paragraphs[:1] + paragraphs[2:]),
    }
    for name, text in files.items():
        (docs / name).write_text(text, encoding="utf-8")
    (docs / "binary.txt").write_bytes(b"\x00\x01\x02\x03" * 64)
    entries = [
        {"id": "seeds", "old": "docs/old.txt", "new": "docs/new.txt"},
        {"id": "same", "old": "docs/new.txt", "new": "docs/new.txt"},
        {"id": "number", "old": "docs/new.txt", "new": "docs/number.txt"},
        {"id": "missing", "old": "docs/old.txt", "new": "docs/gone.txt"},
        {"id": "dropped", "old": "docs/new.txt", "new": "docs/dropped.txt"},
        {"id": "binary", "old": "docs/binary.txt", "new": "docs/new.txt"},
        {"id": "s", "versions": ["docs/old.txt", "docs/new.txt", "docs/number.txt"]},
    ]
    manifest = root / "manifest.jsonl"
    manifest.write_text("".join(json.dumps(entry) + "\n" for entry in entries), encoding="utf-8")
    return manifest


def _rows(out: Path) -> list[dict]:
    return [json.loads(line) for line in (out / "summary.jsonl").read_text(encoding="utf-8").splitlines()]


def _items(manifest: Path):
    return lambda: read_manifest(manifest)


@pytest.fixture
def manifest(tmp_path: Path) -> Path:
    return _corpus(tmp_path / "corpus")


def test_summary_in_manifest_order_with_figures_and_errors(manifest: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    status = main(["batch", str(manifest), "-o", str(out), "-j", "1", "--format", "html,markdown"])
    assert status == 2  # two items failed
    rows = _rows(out)
    assert [row["id"] for row in rows] == ["seeds", "same", "number", "missing", "dropped", "binary", "s:1-2", "s:2-3"]
    by_id = {row["id"]: row for row in rows}
    assert "docs/gone.txt: no such file" in by_id["missing"]["error"]
    assert "docs/binary.txt" in by_id["binary"]["error"] and "binary" in by_id["binary"]["error"]
    for item_id in OK_IDS:
        row = by_id[item_id]
        assert row["error"] is None
        report = json.loads((out / row["report"]).read_text(encoding="utf-8"))
        assert report["summary"]["similarity"] == row["similarity"]
        stem = file_stem(item_id)
        page = (out / "reports" / f"{stem}.html").read_text(encoding="utf-8")
        assert page.lstrip().lower().startswith("<!doctype html")
        assert (out / "reports" / f"{stem}.md").is_file()
    assert by_id["same"]["similarity"] == 1.0 and by_id["same"]["has_changes"] is False
    assert by_id["seeds"]["changes_by_class"]["factual"] > 0
    assert by_id["number"]["claims_by_status"]["changed"] >= 1
    assert by_id["dropped"]["words_removed"] > 0 and by_id["dropped"]["words_added"] == 0
    assert by_id["s:2-3"]["new"] == "docs/number.txt"
    assert not (out / "summary.partial.jsonl").exists()


def test_local_processes_and_dask_give_byte_identical_results(manifest: Path, tmp_path: Path) -> None:
    import distributed  # in the test extra; imported here because docdelta itself never needs it
    session = Session()
    local, dask = tmp_path / "local", tmp_path / "dask"
    run_batch(_items(manifest), local, session, jobs=2)
    with distributed.LocalCluster(n_workers=2, processes=False, dashboard_address=":0") as cluster:
        result = run_batch(_items(manifest), dask, session, engine="dask", scheduler=cluster.scheduler_address)
    assert (result.computed, result.failed) == (6, 2)
    assert (local / "summary.jsonl").read_bytes() == (dask / "summary.jsonl").read_bytes()
    assert (local / "index.html").read_bytes() == (dask / "index.html").read_bytes()
    for report in sorted((local / "reports").iterdir()):
        assert report.read_bytes() == (dask / "reports" / report.name).read_bytes()
    inline = tmp_path / "inline"
    run_batch(_items(manifest), inline, session, jobs=1)
    assert (inline / "summary.jsonl").read_bytes() == (local / "summary.jsonl").read_bytes()


def test_rerun_skips_unchanged_items_and_recomputes_changed_ones(manifest: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    session = Session()
    first = run_batch(_items(manifest), out, session)
    assert (first.computed, first.skipped, first.failed) == (6, 0, 2)
    summary = (out / "summary.jsonl").read_bytes()
    stamps = {path.name: path.stat().st_mtime_ns for path in (out / "reports").iterdir()}

    again = run_batch(_items(manifest), out, session)
    assert (again.computed, again.skipped, again.failed) == (0, 6, 2)  # failed items are tried again
    assert (out / "summary.jsonl").read_bytes() == summary
    assert {path.name: path.stat().st_mtime_ns for path in (out / "reports").iterdir()} == stamps

    number = manifest.parent / "docs" / "number.txt"
    number.write_text(number.read_text(encoding="utf-8") + "\n\nA new paragraph of 12 words.\n", encoding="utf-8")
    edited = run_batch(_items(manifest), out, session)
    assert (edited.computed, edited.skipped) == (2, 4)  # "number" and the series step that ends with it

    other_options = run_batch(_items(manifest), out, session.with_options({"include-ignored": True}))
    assert (other_options.computed, other_options.skipped) == (6, 0)


def test_an_item_that_fails_never_stops_the_others(tmp_path: Path) -> None:
    def items() -> Iterator[Item]:
        yield Item(id="bad", paths=("nope.txt", str(SEED_NEW)), base=str(tmp_path))
        yield Item(id="good", paths=(str(SEED_OLD), str(SEED_NEW)), base=str(tmp_path))

    result = run_batch(items, tmp_path / "out", Session(), jobs=2)
    assert (result.computed, result.failed) == (1, 1)
    rows = _rows(tmp_path / "out")
    assert [(row["id"], row["error"] is None) for row in rows] == [("bad", False), ("good", True)]


def test_exit_status_0_when_nothing_differs_1_when_something_does(tmp_path: Path) -> None:
    (tmp_path / "m.csv").write_text(f"id,old,new\nsame,{SEED_OLD},{SEED_OLD}\n", encoding="utf-8")
    assert main(["batch", str(tmp_path / "m.csv"), "-o", str(tmp_path / "a"), "-j", "1"]) == 0
    rows = f"id,old,new\nsame,{SEED_OLD},{SEED_OLD}\nseeds,{SEED_OLD},{SEED_NEW}\n"
    (tmp_path / "m.csv").write_text(rows, encoding="utf-8")
    assert main(["batch", str(tmp_path / "m.csv"), "-o", str(tmp_path / "b"), "-j", "1"]) == 1


def test_csv_series_and_malformed_entries(tmp_path: Path) -> None:
    manifest = tmp_path / "m.csv"
    manifest.write_text(
        f"id,v1,v2,v3\nstory,{SEED_OLD},{SEED_NEW},{SEED_OLD}\nlonely,{SEED_OLD},,\n,{SEED_OLD},{SEED_NEW},\n"
    )
    items = list(read_manifest(manifest))
    assert [item.id for item in items] == ["story:1-2", "story:2-3", "lonely", "<line 4>"]
    assert items[1].paths == (str(SEED_NEW), str(SEED_OLD))
    assert items[2].error == "manifest line 3: needs two documents (old and new), got 1"
    assert items[3].error == "manifest line 4: has no id"

    jsonl = tmp_path / "m.jsonl"
    jsonl.write_text('{"id": "a", "old": "x", "new": "y"}\n\n[1]\n{"id": 5, "versions": "x"}\n')
    items = list(read_manifest(jsonl))
    assert [(item.id, item.paths, item.error) for item in items] == [
        ("a", ("x", "y"), None),
        ("<line 3>", (), "manifest line 3: not a JSON object"),
        ("5", (), "manifest line 4: versions must be a list of paths"),
    ]


def test_pairs_folder_convention(tmp_path: Path) -> None:
    pairs = tmp_path / "pairs"
    for name, old, new in (("b-story", SEED_OLD, SEED_NEW), ("a-story", SEED_OLD, SEED_OLD)):
        (pairs / name).mkdir(parents=True)
        (pairs / name / "old.txt").write_bytes(old.read_bytes())
        (pairs / name / "new.txt").write_bytes(new.read_bytes())
    (pairs / "c-incomplete").mkdir()
    (pairs / "c-incomplete" / "old.txt").write_text("only one side")
    out = tmp_path / "out"
    assert main(["batch", "--pairs", str(pairs), "-o", str(out), "-j", "1"]) == 2
    rows = _rows(out)
    assert [row["id"] for row in rows] == ["a-story", "b-story", "c-incomplete"]
    assert rows[0]["old"] == "a-story/old.txt" and rows[1]["has_changes"] is True
    assert "needs one old.* and one new.* file, has 0 new.* files" in rows[2]["error"]


def test_index_lists_most_factual_changes_first_and_escapes_ids(tmp_path: Path) -> None:
    manifest = tmp_path / "m.jsonl"
    entries = [
        {"id": "quiet", "old": str(SEED_OLD), "new": str(SEED_OLD)},
        {"id": "<b>loud</b>", "old": str(SEED_OLD), "new": str(SEED_NEW)},
        {"id": "broken", "old": "missing.txt", "new": str(SEED_NEW)},
    ]
    manifest.write_text("".join(json.dumps(entry) + "\n" for entry in entries))
    out = tmp_path / "out"
    run_batch(_items(manifest), out, Session(), formats=("html",))
    index = (out / "index.html").read_text(encoding="utf-8")
    assert "<b>loud</b>" not in index and "&lt;b&gt;loud&lt;/b&gt;" in index
    assert index.index("broken") < index.index("&lt;b&gt;loud") < index.index("quiet")
    assert f'href="reports/{file_stem("<b>loud</b>")}.html"' in index
    assert "http" not in index  # nothing is fetched from elsewhere


def test_duplicate_ids_are_failures_and_the_first_keeps_its_report(tmp_path: Path) -> None:
    manifest = tmp_path / "m.jsonl"
    entries = [
        {"id": "x", "old": str(SEED_OLD), "new": str(SEED_NEW)},
        {"id": "x", "old": str(SEED_OLD), "new": str(SEED_OLD)},
    ]
    manifest.write_text("".join(json.dumps(entry) + "\n" for entry in entries))
    result = run_batch(_items(manifest), tmp_path / "out", Session())
    assert (result.computed, result.failed) == (1, 1)
    rows = _rows(tmp_path / "out")
    assert rows[0]["has_changes"] is True and rows[1]["error"] == "duplicate id 'x' in the manifest"


def test_ctrl_c_keeps_what_finished(manifest: Path, tmp_path: Path) -> None:
    def interrupted_after_three() -> Iterator[Item]:
        for count, item in enumerate(read_manifest(manifest)):
            if count == 3:
                raise KeyboardInterrupt
            yield item

    out = tmp_path / "out"
    calls = iter([interrupted_after_three, lambda: read_manifest(manifest)])
    result = run_batch(lambda: next(calls)(), out, Session())
    assert result.interrupted and result.computed == 3
    assert [row["id"] for row in _rows(out)] == ["seeds", "same", "number"]
    assert len((out / "summary.partial.jsonl").read_text().splitlines()) == 3
    resumed = run_batch(_items(manifest), out, Session())
    assert (resumed.computed, resumed.skipped, resumed.failed) == (3, 3, 2)
    assert not (out / "summary.partial.jsonl").exists()


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_on_a_terminal_only(manifest: Path, tmp_path: Path) -> None:
    terminal, pipe = _Terminal(), io.StringIO()
    run_batch(_items(manifest), tmp_path / "a", Session(), progress=terminal)
    run_batch(_items(manifest), tmp_path / "b", Session(), progress=pipe)
    assert "8/8" in terminal.getvalue() and "items/s" in terminal.getvalue() and "ETA" in terminal.getvalue()
    assert pipe.getvalue() == ""


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["batch", "-o", "OUT"], "batch needs a MANIFEST or --pairs DIR"),
        (["batch", "nope.jsonl", "-o", "OUT"], "nope.jsonl: no such manifest file"),
        (["batch", "CORPUS", "-o", "OUT"], "corpus: is a folder, not a manifest; to compare the pairs in it"),
        (["batch", "MANIFEST", "-o", "OUT", "--engine", "dask"], "--engine dask needs --scheduler ADDRESS"),
        (["batch", "MANIFEST", "-o", "OUT", "--format", "pdf"], "unknown format 'pdf'"),
        (["batch", "MANIFEST", "-o", "OUT", "-j", "0"], "-j must be at least 1"),
    ],
)
def test_usage_errors_are_one_line(argv: list[str], message: str, manifest: Path, tmp_path: Path, capsys) -> None:
    names = {"MANIFEST": str(manifest), "OUT": str(tmp_path / "out"), "CORPUS": str(manifest.parent)}
    argv = [names.get(arg, arg) for arg in argv]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1 and "Traceback" not in err


def test_item_file_names_are_safe_and_distinct() -> None:
    assert file_stem("plain-id_1.v2") == "plain-id_1.v2"
    unsafe = ["a/b", "a\\b", "..", ".hidden", "a b", "a_b"]
    stems = [file_stem(item_id) for item_id in unsafe]
    assert len(set(stems)) == len(stems)
    assert all(os.sep not in stem and not stem.startswith(".") for stem in stems)
    # The name made for "a b" is a safe id of its own: that id must not take it.
    made = "a_b-" + hashlib.sha256(b"a b").hexdigest()[:10]
    assert file_stem("a b") == made and file_stem(made) != made


def test_an_id_that_looks_like_a_made_file_name_keeps_its_own_report(tmp_path: Path) -> None:
    made = "a_b-" + hashlib.sha256(b"a b").hexdigest()[:10]  # "a_b-c8687a08aa"
    manifest = tmp_path / "m.jsonl"
    entries = [{"id": "a b", "old": str(SEED_OLD), "new": str(SEED_NEW)},
               {"id": made, "old": str(SEED_OLD), "new": str(SEED_OLD)}]
    manifest.write_text("".join(json.dumps(entry) + "\n" for entry in entries))
    result = run_batch(_items(manifest), tmp_path / "out", Session())
    assert (result.computed, result.failed) == (2, 0)
    rows = {row["id"]: row for row in _rows(tmp_path / "out")}
    assert rows["a b"]["has_changes"] is True and rows[made]["has_changes"] is False
    assert rows["a b"]["report"] != rows[made]["report"]
    for item_id, new in (("a b", SEED_NEW), (made, SEED_OLD)):
        report = json.loads((tmp_path / "out" / rows[item_id]["report"]).read_text(encoding="utf-8"))
        assert report["documents"]["new"]["name"] == str(new)


def test_two_ids_whose_made_file_names_collide_fail_the_second_clearly(tmp_path: Path) -> None:
    # Both read "a_b" and share the first ten hex digits of their SHA-256 (found by a birthday search).
    first, second = "a+#^)!b", "a$=$#&b"
    assert hashlib.sha256(first.encode()).hexdigest()[:10] == hashlib.sha256(second.encode()).hexdigest()[:10]
    manifest = tmp_path / "m.jsonl"
    entries = [{"id": first, "old": str(SEED_OLD), "new": str(SEED_NEW)},
               {"id": second, "old": str(SEED_OLD), "new": str(SEED_OLD)}]
    manifest.write_text("".join(json.dumps(entry) + "\n" for entry in entries))
    out = tmp_path / "out"
    result = run_batch(_items(manifest), out, Session())
    assert (result.computed, result.failed) == (1, 1)
    rows = _rows(out)
    assert [row["id"] for row in rows] == [first, second]
    assert rows[0]["has_changes"] is True and rows[0]["error"] is None  # the first keeps its files
    assert rows[1]["report"] is None and f"is that of item '{first}' too" in rows[1]["error"]
    again = run_batch(_items(manifest), out, Session())
    assert (again.skipped, again.failed) == (1, 1) and _rows(out) == rows


def test_plugin_objects_cannot_be_shipped_to_workers(tmp_path: Path) -> None:
    class Extra:
        pass

    session = Session(extra_plugins=[Extra()])
    assert any(info.origin == "object" for info in session.plugins)
    with pytest.raises(UsageError, match="cannot ship plugin objects"):
        run_batch(lambda: iter(()), tmp_path / "out", session)


def test_dask_engine_without_dask_installed_is_a_clear_error(
    manifest: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)  # what an environment without the extra sees
    with pytest.raises(UsageError, match=r"pip install 'docdelta\[dask\]'"):
        run_batch(_items(manifest), tmp_path / "out", Session(), engine="dask", scheduler="tcp://127.0.0.1:1")


def test_a_line_that_is_not_utf8_fails_alone_with_its_number(tmp_path: Path) -> None:
    good = json.dumps({"id": "good", "old": str(SEED_OLD), "new": str(SEED_NEW)}).encode()
    bad = '{"id": "caf\u00e9", "old": "a.txt", "new": "b.txt"}'.encode("cp1252")  # é as one byte 0xE9
    jsonl = tmp_path / "m.jsonl"
    jsonl.write_bytes(good + b"\n" + bad + b"\n" + good.replace(b'"good"', b'"also"') + b"\n")
    items = list(read_manifest(jsonl))
    assert [(item.id, item.error) for item in items] == [
        ("good", None), ("<line 2>", "manifest line 2: is not UTF-8 text"), ("also", None),
    ]
    out = tmp_path / "out"
    assert main(["batch", str(jsonl), "-o", str(out), "-j", "1"]) == 2
    assert [(row["id"], row["error"]) for row in _rows(out)] == [
        ("good", None), ("<line 2>", "manifest line 2: is not UTF-8 text"), ("also", None),
    ]

    csv_manifest = tmp_path / "m.csv"
    csv_manifest.write_bytes(
        f"id,old,new\ngood,{SEED_OLD},{SEED_NEW}\n".encode() + "caf\u00e9,a.txt,b.txt\n".encode("cp1252")
    )
    assert [(item.id, item.error) for item in read_manifest(csv_manifest)] == [
        ("good", None), ("<line 3>", "manifest line 3: is not UTF-8 text"),
    ]


def test_a_csv_header_that_is_not_utf8_is_refused_with_its_line(tmp_path: Path) -> None:
    manifest = tmp_path / "m.csv"
    manifest.write_bytes("id,\u00e4lt,new\n".encode("cp1252"))
    with pytest.raises(UsageError, match=r"m\.csv: line 1: the CSV header is not UTF-8 text"):
        list(read_manifest(manifest))


def test_json_nested_too_deeply_fails_its_line_only(tmp_path: Path, capsys) -> None:
    depth = 200_000
    jsonl = tmp_path / "m.jsonl"
    lines = [
        json.dumps({"id": "good", "old": str(SEED_OLD), "new": str(SEED_OLD)}),
        "[" * depth + "]" * depth,
        '{"id": "deep", "old": ' + "[" * depth + "]" * depth + "}",
    ]
    jsonl.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["batch", str(jsonl), "-o", str(out), "-j", "1"]) == 2
    assert [(row["id"], row["error"]) for row in _rows(out)] == [
        ("good", None),
        ("<line 2>", "manifest line 2: JSON nested too deeply"),
        ("<line 3>", "manifest line 3: JSON nested too deeply"),
    ]
    assert "internal error" not in capsys.readouterr().err


def test_a_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    bom = "\ufeff"
    jsonl = tmp_path / "m.jsonl"
    jsonl.write_text(bom + json.dumps({"id": "first", "old": "a.txt", "new": "b.txt"}) + "\n", encoding="utf-8")
    assert [(item.id, item.paths, item.error) for item in read_manifest(jsonl)] == [("first", ("a.txt", "b.txt"), None)]
    csv_manifest = tmp_path / "m.csv"
    csv_manifest.write_text(bom + "id,old,new\nfirst,a.txt,b.txt\n", encoding="utf-8")
    assert [(item.id, item.paths, item.error) for item in read_manifest(csv_manifest)] == [
        ("first", ("a.txt", "b.txt"), None)
    ]


@pytest.mark.parametrize(
    ("files", "hint"),
    [
        ({"a.txt": "x", "b.txt": "y"}, "it holds 2 files and no folders"),
        ({"old.txt": "x", "new.txt": "y"}, "it holds new.txt, old.txt itself: give its parent folder"),
        ({}, "it is empty"),
    ],
)
def test_a_pairs_folder_without_item_folders_is_an_error(files: dict, hint: str, tmp_path: Path, capsys) -> None:
    pairs = tmp_path / "pairs"
    pairs.mkdir()
    for name, text in files.items():
        (pairs / name).write_text(text)
    assert main(["batch", "--pairs", str(pairs), "-o", str(tmp_path / "out"), "-j", "1"]) == 2
    err = capsys.readouterr().err
    assert f"{pairs}: --pairs needs one folder per item, each with one old.* and one new.* file" in err
    assert hint in err and err.count("\n") == 1
    assert not (tmp_path / "out").exists()


def test_closing_line_tells_identical_from_skipped(manifest: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "out"
    main(["batch", str(manifest), "-o", str(out), "-j", "1"])
    first = capsys.readouterr().err.splitlines()[-1]
    main(["batch", str(manifest), "-o", str(out), "-j", "1"])
    second = capsys.readouterr().err.splitlines()[-1]
    # 8 items: "same" is identical, five differ, "missing" and "binary" fail.
    assert first.startswith("docdelta batch done: 8 items: 5 differ, 1 identical, 2 failed; ")
    assert "; 6 compared in this run, 0 skipped (done before, unchanged); " in first
    assert second.startswith("docdelta batch done: 8 items: 5 differ, 1 identical, 2 failed; ")
    assert "; 0 compared in this run, 6 skipped (done before, unchanged); " in second


def test_index_by_default_links_html_reports_and_names_the_factual_changes(tmp_path: Path) -> None:
    manifest = tmp_path / "m.jsonl"
    manifest.write_text(json.dumps({"id": "seeds", "old": str(SEED_OLD), "new": str(SEED_NEW)}) + "\n")
    out = tmp_path / "out"
    assert main(["batch", str(manifest), "-o", str(out), "-j", "1"]) == 1  # no --format
    index = (out / "index.html").read_text(encoding="utf-8")
    assert 'href="reports/seeds.html"' in index and ".json" not in index
    assert "Each item links to its HTML report." in index
    assert (out / "reports" / "seeds.html").read_text(encoding="utf-8").lstrip().lower().startswith("<!doctype html")
    # What the seeds' report flags as factual, read from the JSON report the batch wrote.
    report = json.loads((out / "reports" / "seeds.json").read_text(encoding="utf-8"))
    factual = [finding["message"] for finding in report["findings"] if finding["factual"]]
    assert len(factual) >= 3
    for message in factual[:5]:
        assert html.escape(message, quote=False) in index
    row = _rows(out)[0]
    assert row["factual_findings"] == len(factual) and row["factual_messages"] == factual[:10]


@pytest.mark.parametrize(
    ("formats", "link", "kind"), [("markdown", "seeds.md", "Markdown"), ("json", "seeds.json", "JSON")]
)
def test_index_links_the_most_readable_report_written_and_says_which(
    formats: str, link: str, kind: str, tmp_path: Path
) -> None:
    manifest = tmp_path / "m.jsonl"
    manifest.write_text(json.dumps({"id": "seeds", "old": str(SEED_OLD), "new": str(SEED_NEW)}) + "\n")
    out = tmp_path / "out"
    assert main(["batch", str(manifest), "-o", str(out), "-j", "1", "--format", formats]) == 1
    index = (out / "index.html").read_text(encoding="utf-8")
    assert f'href="reports/{link}"' in index and f"Each item links to its {kind} report." in index
    assert (out / "reports" / link).is_file() and not (out / "reports" / "seeds.html").exists()


def test_ids_and_file_names_that_are_not_unicode_do_not_stop_the_batch(tmp_path: Path) -> None:
    manifest = tmp_path / "m.jsonl"
    manifest.write_text(  # JSON escapes of lone surrogates: valid JSON, not valid Unicode
        '{"id": "bad\\ud800", "old": "%s", "new": "%s"}\n{"id": "ok", "old": "%s", "new": "%s"}\n'
        % (SEED_OLD, SEED_NEW, SEED_OLD, SEED_OLD),
        encoding="utf-8",
    )
    out = tmp_path / "out"
    assert main(["batch", str(manifest), "-o", str(out), "-j", "1"]) == 1
    rows = _rows(out)
    assert [(row["id"], row["error"]) for row in rows] == [("bad\ud800", None), ("ok", None)]
    assert rows[0]["has_changes"] is True and (out / rows[0]["report"]).is_file()

    pairs = tmp_path / "pairs"
    item = pairs / os.fsdecode(b"caf\xe9")  # a folder name in Latin-1
    item.mkdir(parents=True)
    (item / "old.txt").write_bytes(SEED_OLD.read_bytes())
    (item / "new.txt").write_bytes(SEED_NEW.read_bytes())
    assert main(["batch", "--pairs", str(pairs), "-o", str(tmp_path / "pairs-out"), "-j", "1"]) == 1
    assert [row["id"] for row in _rows(tmp_path / "pairs-out")] == [os.fsdecode(b"caf\xe9")]
