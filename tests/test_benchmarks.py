"""The benchmark suite's own machinery: the corpus is deterministic, and ``bench.py --quick`` runs end to end.

No timings are asserted here: speed is measured by ``benchmarks/bench.py`` itself.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("docdelta_bench_corpus", ROOT / "benchmarks" / "corpus.py")
assert _spec is not None and _spec.loader is not None
corpus = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(corpus)


def test_similar_pair_is_the_same_for_the_same_seed_and_edits_about_one_percent():
    sources = corpus.prose_sources()
    first = corpus.similar_pair(30_000, 7, sources)
    assert first == corpus.similar_pair(30_000, 7, sources)
    assert corpus.similar_pair(30_000, 8, sources).new != first.new

    old_paragraphs, new_paragraphs = first.old.split("\n\n"), first.new.split("\n\n")
    words = len(first.old.split())
    assert first.word_edits + first.number_edits == words // 100
    assert first.number_edits > 0 and first.moves == 3
    assert len(first.old) >= 30_000
    assert len(old_paragraphs) == len(new_paragraphs)
    kept = set(old_paragraphs) & set(new_paragraphs)
    assert 0.5 * len(old_paragraphs) < len(kept) < len(old_paragraphs)
    assert [p for p in old_paragraphs if p in kept] != [p for p in new_paragraphs if p in kept]  # moved


def test_unrelated_pair_has_two_different_texts():
    pair = corpus.unrelated_pair(20_000, corpus.prose_sources())
    assert len(pair.old) >= 20_000 and len(pair.new) >= 20_000
    assert not set(pair.old.split("\n\n")) & set(pair.new.split("\n\n"))


def test_build_writes_the_same_files_twice_and_reuses_its_cache(tmp_path):
    first = corpus.build(tmp_path / "a", ["similar-100k"], install=False)
    second = corpus.build(tmp_path / "b", ["similar-100k"], install=False)
    assert first == second
    entry = first["cases"]["similar-100k"]
    old = tmp_path / "a" / entry["old"]
    assert corpus.sha256(old.read_bytes()) == entry["old_sha256"] and entry["old_bytes"] >= 100_000

    old.write_text("damaged", encoding="utf-8")
    corpus.build(tmp_path / "a", ["similar-100k"], install=False)
    assert corpus.sha256(old.read_bytes()) == entry["old_sha256"]  # a damaged cached file is rebuilt


def test_bench_quick_runs_every_tool_on_the_seeds_and_prints_the_tables(tmp_path):
    results = tmp_path / "latest.json"
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "bench.py"),
            "--quick",
            "--cases",
            "seeds",
            "--no-install",
            "--corpus-dir",
            str(tmp_path / "corpus"),
            "--results",
            str(results),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    header = next(line for line in done.stdout.splitlines() if line.startswith("case "))
    assert header.split()[:4] == ["case", "tool", "runs", "wall"]
    target = next(line for line in done.stdout.splitlines() if "CLI wall / difflib-only process wall" in line)
    assert target.split()[-1] in ("PASS", "MISS")

    data = json.loads(results.read_text(encoding="utf-8"))
    measured = {m["tool"]: m for m in data["measurements"]}
    assert {"docdelta CLI", "docdelta Session", "difflib words", "dmp chars", "required imports"} <= set(measured)
    for measurement in measured.values():
        assert measurement["case"] == "seeds" and len(measurement["runs"]) == 1
        assert measurement["runs"][0]["status"] in (0, 1) and measurement["wall_median"] > 0
        assert measurement["max_rss_bytes"] > 0
    cli = measured["docdelta CLI"]
    assert len(cli["result_sha256"]) == 1
    assert measured["docdelta Session"]["result_sha256"] == cli["result_sha256"]  # the same pipeline, two ways
    assert measured["docdelta Session"]["work_median"] > 0 and measured["difflib words"]["work_median"] > 0
    seeds_target = next(t for t in data["targets"] if t["case"] == "seeds")
    assert seeds_target["value"] == cli["wall_median"] / measured["difflib words"]["wall_median"]


def _bench_module():
    sys.path.insert(0, str(ROOT / "benchmarks"))  # bench.py imports its sibling modules by name
    spec = importlib.util.spec_from_file_location("docdelta_bench", ROOT / "benchmarks" / "bench.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_tools_of_a_case_run_in_rounds_and_a_slow_one_runs_once(tmp_path, monkeypatch):
    """The rounds and the slow rule, on runs whose times are given (not measured: a loaded
    machine must not decide the test): a and b take 0.01 s, slow 5 s, against --slow 0.2."""
    bench = _bench_module()
    order = []
    walls = {"a": 0.01, "b": 0.01, "slow": 5.0}

    def run_once(tool, old, new, scratch, cap):
        order.append(tool.name)
        return bench.Run(walls[tool.name], None, 1, 0, None)

    monkeypatch.setattr(bench, "run_once", run_once)
    tools = tuple(bench.Tool(name, lambda old, new, out: [sys.executable, "-c", "pass"]) for name in walls)
    case = bench.Case("fake", lambda manifest: None, tools=tools)
    old = tmp_path / "old"
    old.write_text("x", encoding="utf-8")
    measured = bench.measure_case(case, old, old, repeat=3, slow=0.2, cap=30, scratch=tmp_path)
    assert order == ["a", "b", "slow", "a", "b", "a", "b"]
    assert [len(m.runs) for m in measured] == [3, 3, 1]
    assert measured[2].note.startswith("run once")
