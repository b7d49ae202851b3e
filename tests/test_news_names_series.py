"""Spelling variants and replaced names over many documents: a timeline of versions and a matrix of outlets."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

import docdelta

# Four reports of one release. The first two agree on Babaryka and Cole; the third writes
# Babariko and Coale; the fourth goes back to Babaryka, keeps Coale and moves the talks to Vilnius.
REPORTS = [
    "Opposition figure Viktor Babaryka was freed on Saturday, officials in Minsk told reporters.\n\n"
    "U.S. envoy John Cole welcomed the release and said talks would go on.",
    "Opposition figure Viktor Babaryka was freed on Saturday, officials in Minsk told journalists.\n\n"
    "U.S. envoy John Cole welcomed the release and said talks would go on.",
    "Opposition figure Viktor Babariko was freed on Saturday, officials in Minsk told reporters.\n\n"
    "U.S. envoy John Coale welcomed the release and said talks would go on.",
    "Opposition figure Viktor Babaryka was freed on Saturday, officials in Vilnius told reporters.\n\n"
    "U.S. envoy John Coale welcomed the release and said talks would go on.",
]
#: Every document that writes each spelling (indexes from 0), whatever the mode pairs.
EXPECTED = [{"Babariko": (2,), "Babaryka": (0, 1, 3)}, {"Coale": (2, 3), "Cole": (0, 1)}]


@pytest.mark.parametrize("mode", ["timeline", "against-first", "matrix"])
def test_every_document_writing_a_spelling_is_listed_in_every_mode(mode):
    series = docdelta.compare_series(REPORTS, mode=mode, plugins=["news"])
    assert [dict(group) for group in series.name_variants] == EXPECTED


def test_the_timeline_steps_report_the_variants_and_the_replaced_place():
    series = docdelta.compare_series(REPORTS, plugins=["news"])
    by_step = [sorted((f.check, f.message) for f in step.findings) for step in series.steps]
    assert by_step == [
        [],
        [
            ("name-variants", "One name, 2 spellings: Babariko (1 new), Babaryka (1 old)"),
            ("name-variants", "One name, 2 spellings: Coale (1 new), Cole (1 old)"),
        ],
        [
            ("name-replaced", "Minsk → Vilnius"),
            ("name-variants", "One name, 2 spellings: Babariko (1 old), Babaryka (1 new)"),
        ],
    ]


def test_the_series_renderers_show_the_variants(tmp_path):
    paths = []
    for index, text in enumerate(REPORTS, 1):
        path = tmp_path / f"report{index}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    run = [sys.executable, "-m", "docdelta", "compare", "--plugins", "news,text,json,markdown"]
    timeline = subprocess.run([*run, *paths[:3], "--format", "text"], capture_output=True, text=True)
    assert timeline.returncode == 1, timeline.stderr
    assert "name spelled differently: Babariko in 3; Babaryka in 1, 2" in timeline.stdout.splitlines()
    assert "name spelled differently: Coale in 3; Cole in 1, 2" in timeline.stdout.splitlines()
    matrix = subprocess.run([*run, "--matrix", *paths, "--format", "json"], capture_output=True, text=True)
    assert matrix.returncode == 1, matrix.stderr
    report = json.loads(matrix.stdout)
    assert report["name_variants"] == [{s: list(d) for s, d in group.items()} for group in EXPECTED]
    replaced = [[f["message"] for f in step["findings"] if f["check"] == "name-replaced"] for step in report["steps"]]
    assert replaced == [[], [], ["Minsk → Vilnius"]]
    markdown = subprocess.run([*run, "--matrix", *paths, "--format", "markdown"], capture_output=True, text=True)
    assert "Name spelled differently: **Coale** in 3, 4 · **Cole** in 1, 2" in markdown.stdout
