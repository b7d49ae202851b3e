"""compare --series DIR: the undated version (a feed's copy) first, by name, with a note saying how it was ordered."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from conftest import SEED_NEW, SEED_OLD


def series(folder: Path) -> tuple[list[str], list[str]]:
    """The document names of ``compare --series folder`` in order, and its warning lines."""
    run = subprocess.run(
        [sys.executable, "-m", "docdelta", "compare", "--series", str(folder), "--format", "json"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert run.returncode == 1, run.stderr
    names = [Path(document["name"]).name for document in json.loads(run.stdout)["documents"]]
    return names, [line for line in run.stderr.splitlines() if line.startswith("docdelta: warning: ")]


def test_the_undated_feed_copy_comes_first_and_says_why(tmp_path):
    site = SEED_NEW.read_text(encoding="utf-8")
    assert "date 2025-12-13" in site and "date" not in SEED_OLD.read_text(encoding="utf-8")[:200]
    (tmp_path / "zz-feed.txt").write_text(SEED_OLD.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "a-site.txt").write_text(site, encoding="utf-8")
    (tmp_path / "b-update.txt").write_text(
        site.replace("date 2025-12-13", "date 2025-12-14").replace("over 100", "over 120"), encoding="utf-8"
    )
    names, warnings = series(tmp_path)
    assert names == ["zz-feed.txt", "a-site.txt", "b-update.txt"]
    assert warnings == [
        f"docdelta: warning: {tmp_path / 'zz-feed.txt'}: no date found; it comes first in the series, "
        "before the dated versions (undated ones in the order of their names)"
    ]


def test_with_no_dates_at_all_the_series_is_in_name_order_and_says_so(tmp_path):
    for name, count in (("v2.txt", 130), ("v1.txt", 123), ("v3.txt", 140)):
        (tmp_path / name).write_text(f"The count stood at {count} prisoners.\n", encoding="utf-8")
    names, warnings = series(tmp_path)
    assert names == ["v1.txt", "v2.txt", "v3.txt"]
    assert len(warnings) == 3 and all("no version has a date: the series is in the order of the file names" in w for w in warnings)
