"""docdelta batch's index.html in real headless Chromium: readable reports behind every link, and
what changed in the facts on the index itself (issue 20)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from docdelta.cli import main

from conftest import SEED_NEW, SEED_OLD
from test_browser import browser  # noqa: F401 - the fixture (this module skips with it without Chromium)

pytestmark = pytest.mark.browser


def test_batch_index_links_readable_reports_and_shows_the_factual_findings(browser, tmp_path: Path) -> None:  # noqa: F811
    manifest = tmp_path / "m.jsonl"
    entries = [{"id": "seeds", "old": str(SEED_OLD), "new": str(SEED_NEW)},
               {"id": "same", "old": str(SEED_NEW), "new": str(SEED_NEW)}]
    manifest.write_text("".join(json.dumps(entry) + "\n" for entry in entries), encoding="utf-8")
    out = tmp_path / "out"
    assert main(["batch", str(manifest), "-o", str(out), "-j", "1"]) == 1  # the default --format
    index = out / "index.html"
    page = browser.page(index.as_uri())
    assert page.errors() == []
    assert page.requests() == [index.as_uri()]
    links = page.evaluate("[...document.querySelectorAll('a')].map(a => a.getAttribute('href'))")
    assert sorted(links) == ["reports/same.html", "reports/seeds.html"]

    report = json.loads((out / "reports" / "seeds.json").read_text(encoding="utf-8"))
    factual = [finding["message"] for finding in report["findings"] if finding["factual"]]
    shown = page.evaluate("document.body.innerText")
    assert factual and all(message in shown for message in factual[:5])

    # Each link, resolved by the browser, opens a redline to read (not JSON), with no error.
    for href in page.evaluate("[...document.querySelectorAll('a')].map(a => a.href)"):
        opened = browser.page(href)
        assert opened.errors() == []
        assert opened.evaluate("document.contentType") == "text/html" and opened.count(".redline") == 1
    seeds = browser.page((out / "reports" / "seeds.html").as_uri())
    assert seeds.count(".redline ins") > 0 and seeds.count(".redline del") > 0
