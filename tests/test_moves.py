"""Move detection on seeded, labelled mutations (``benchmarks/moves.py``), at a lower bar than the benchmark's."""

from __future__ import annotations

import importlib.util
import random
from pathlib import Path

import docdelta

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("docdelta_bench_moves", ROOT / "benchmarks" / "moves.py")
assert _spec is not None and _spec.loader is not None
moves = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(moves)


def test_move_recall_and_precision_on_seeded_mutations():
    recall, precision, labelled = moves.score(moves.samples(12, seed=5), docdelta.Session(["json"]))
    assert labelled >= 30
    assert recall >= 0.8
    assert precision >= 0.8


def test_mutations_are_labelled_and_reproducible():
    paragraphs = [f"Paragraph {k} tells of the talks in Minsk and the sanctions on potash exports." for k in range(20)]
    first = moves.mutate(paragraphs, random.Random(9), fresh=["A fresh paragraph about other matters entirely."])
    second = moves.mutate(paragraphs, random.Random(9), fresh=["A fresh paragraph about other matters entirely."])
    assert first == second
    new_paragraphs = first.new.split("\n\n")
    for answers in first.moves:
        for old_index, new_index in answers:
            assert new_paragraphs[new_index].split()[:2] == paragraphs[old_index].split()[:2]


def test_a_moved_paragraph_with_inner_edits_is_one_move():
    paragraphs = [
        f"Paragraph number {word} describes a separate part of the story, with details of its own."
        for word in ("one", "two", "three", "four", "five", "six")
    ]
    moved = moves.edit_words(paragraphs[0], random.Random(1), 1)
    new = "\n\n".join([*paragraphs[1:4], moved, *paragraphs[4:]])
    report = docdelta.Session(["json"]).compare("\n\n".join(paragraphs), new)
    assert [(p.old, p.new) for p in report.pairs if p.move is not None] == [(0, 3)]
    assert report.moves[0].similarity < 1.0
    assert any(e.is_change and e.move == report.moves[0].id for e in report.edits)


def test_a_pure_reorder_is_a_difference_under_the_default_plugins(tmp_path):
    """Paragraphs shuffled, not a word changed: exit 1, ``changed`` true and the moves listed,
    with every bundled plugin on (the news normalizers once hid the trailing-whitespace change
    that alone made such a report "changed")."""
    import json
    import os
    import subprocess
    import sys

    paragraphs = [f"Paragraph {k} says that item {k * 7} was counted on day {k}." for k in range(200)]
    shuffled = paragraphs[::2] + paragraphs[1::2]
    (tmp_path / "old.txt").write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    (tmp_path / "new.txt").write_text("\n\n".join(shuffled) + "\n", encoding="utf-8")
    environment = {k: v for k, v in os.environ.items() if not k.startswith("DOCDELTA_")}
    done = subprocess.run(
        [sys.executable, "-m", "docdelta", "compare", "old.txt", "new.txt", "--format", "json"],
        cwd=tmp_path, capture_output=True, env=environment,
    )
    assert done.returncode == 1, done.stderr
    report = json.loads(done.stdout)
    assert report["summary"]["changed"] is True
    assert (report["summary"]["words_added"], report["summary"]["words_removed"]) == (0, 0)
    assert len(report["moves"]) >= 99  # at least one half of the paragraphs moved past the other
    assert docdelta.Session(["news"]).compare(
        "\n\n".join(paragraphs) + "\n", "\n\n".join(shuffled) + "\n"
    ).has_changes
