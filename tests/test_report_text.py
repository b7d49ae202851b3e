"""What every report says, in every format: no template syntax left in the words."""

from __future__ import annotations

import pytest

import docdelta
from conftest import SEED_NEW, SEED_OLD

RSS = SEED_OLD.read_text(encoding="utf-8")
SITE = SEED_NEW.read_text(encoding="utf-8")
#: A third version with one number changed, so the series has a changed claim and steady ones.
LATER = SITE.replace("release of 123 political prisoners", "release of 130 political prisoners")
FORMATS = ("html", "markdown", "text")


def reports():
    yield "two documents", docdelta.compare(RSS, SITE)
    yield "same text", docdelta.compare(SITE, SITE)
    for mode in ("timeline", "against-first", "matrix"):
        yield mode, docdelta.compare_series([RSS, SITE, LATER], mode=mode)


@pytest.mark.parametrize("format_name", FORMATS)
def test_no_report_contains_template_syntax(format_name):
    assert "{{" not in RSS + SITE and "{%" not in RSS + SITE, "the inputs must not bring the syntax themselves"
    for label, report in reports():
        for color in (False, True):
            output = docdelta.render(report, format_name, color=color)
            for syntax in ("{{", "{%", "%}", "}}"):
                assert syntax not in output, f"{label}, {format_name}: {syntax!r} in the report"


def test_series_captions_name_the_versions_and_the_reports():
    timeline = docdelta.render(docdelta.compare_series([RSS, SITE, LATER]), "html")
    assert "Each claim through the versions (columns)" in timeline and "the same throughout" in timeline
    matrix = docdelta.render(docdelta.compare_series([RSS, SITE, LATER], mode="matrix"), "html")
    # One verdict on the claims of N reports: the matrix, no timeline against the first report.
    assert "Each quantity two reports or more state" in matrix and "Claims over the" not in matrix
