import docdelta_hedges
from docdelta.testing import findings, run_compare


def test_a_new_reportedly_is_found():
    report = run_compare("The talks could resume.", "The talks reportedly could resume.", extra_plugins=[docdelta_hedges])
    (finding,) = findings(report, check="hedges")
    assert finding.data == {"word": "reportedly", "old": 0, "new": 1}
