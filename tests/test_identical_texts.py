"""One file compared with itself: one line saying so, exit 0; an ignored block in both texts is shown once."""

from __future__ import annotations

import subprocess
import sys

import docdelta
from conftest import ROOT, SEED_OLD

TEXT = SEED_OLD.read_text(encoding="utf-8")
#: The seed's ignored feed footer (a related link, then the feed's credit line), in both texts.
FOOTER = "Read also: Don’t get fooled by Lukashenko"


def test_compare_a_file_with_itself_prints_one_line_and_exits_0():
    seed = SEED_OLD.relative_to(ROOT).as_posix()
    run = subprocess.run(
        [sys.executable, "-m", "docdelta", "compare", seed, seed], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert run.returncode == 0
    assert run.stdout.splitlines() == [f"The texts are identical: {seed} and {seed} (386 words)."]
    assert run.stderr == ""


def test_an_ignored_block_in_both_texts_is_shown_once_as_in_both():
    assert FOOTER in TEXT
    new = TEXT.replace("released 52 political prisoners", "released 53 political prisoners")
    report = docdelta.compare(TEXT, new)
    ignored = [e for e in report.edits if e.op == "ignore"]
    assert ignored and all(e.old.length and e.new.length for e in ignored)
    for format_name in ("text", "markdown", "html"):
        output = docdelta.render(report, format_name)
        assert "text only" not in output, format_name
        assert output.count("in both texts") == len(ignored), format_name


def test_an_ignored_block_that_differs_is_still_shown_for_each_side():
    new = TEXT.replace("via this RSS feed", "via our RSS feed")
    output = docdelta.render(docdelta.compare(TEXT, new), "text")
    assert "old text only" in output and "new text only" in output and "in both texts" not in output
