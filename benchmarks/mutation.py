"""Mutation testing of the engine and the claims plugin with mutmut: ``tox -e mutation``.

Slow (each mutant reruns the tests that reach the function it changes), so not in CI.
mutmut 3 finds code only in a ``src/`` layout and names each mutant after its file's path,
so it runs in a staging tree, ``.mutation/``: ``src/docdelta`` (from ``core/``) and
``src/docdelta_claims`` (from ``plugins/``), with copies of what the tests read. The other
bundled plugins come from the installed project.

    python benchmarks/mutation.py                          # every mutant of both
    python benchmarks/mutation.py 'docdelta.engine.*'      # arguments go to ``mutmut run``

    python benchmarks/mutation.py 'docdelta.engine.x_check_tiling__mutmut_24'   # one mutant again
    python benchmarks/mutation.py --report                 # the table of the results so far, no run

    python benchmarks/mutation.py --sample 300 --seed 1 'docdelta_claims.*'   # 300 of them, drawn at random
    python benchmarks/mutation.py --report --sample 300 --seed 1 'docdelta_claims.*'   # the sample's table
    python benchmarks/mutation.py --jobs 2 ...             # two mutants at once (mutmut's --max-children)

A sample is drawn from the names of every mutant mutmut makes of the staged sources that match
the patterns, sorted, with ``random.Random(seed).sample``: the same seed and sources draw the same
mutants, and ``--report`` with the same arguments (which stages nothing) reads back their verdicts.
Its scores estimate the whole's, each with a 95% Wilson interval; they hold for the sample as
first judged, before tests written against its survivors (which it then overrates).

mutmut keeps its verdicts in ``.mutation/mutants/`` and judges only mutants without one, or
those named (a sample names only its mutants without one). A change of :data:`TESTS` or
:data:`DESELECT` is a change of its test selection, which throws every verdict away: a new test
goes into a listed file, and the survivors are named again to be judged with it.

Prints a table per module: mutants killed, survived, claimed equivalent, not reached by any
test, not run yet, and two scores: raw, killed / (killed + survived + equivalent + timeout +
suspicious), and over the non-equivalent mutants, the equivalent ones left out of that
denominator (mutants no test reaches, those of code run at import among them, are counted apart,
in neither). An equivalent mutant
changes no observable behaviour (a weakened assertion of an invariant, a flag whose two values
give the same result); each is named, with why, in ``benchmarks/mutation_equivalent.txt``.
A mutant claimed there but killed, or not found at all, is reported (the claim is stale).
``mutmut results`` and ``mutmut show NAME`` in ``.mutation/`` name and show the survivors.
"""

from __future__ import annotations

import argparse
import fnmatch
import json
import math
import random
import re
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STAGE = ROOT / ".mutation"
EQUIVALENT = ROOT / "benchmarks" / "mutation_equivalent.txt"

#: The tests that exercise the engine and the claims plugin.
TESTS = [
    "tests/test_engine.py", "tests/test_engine_pins.py", "tests/test_engine_structure.py", "tests/test_moves.py", "tests/test_pathological.py",
    "tests/test_properties.py", "tests/test_claims_extract.py", "tests/test_claims_match.py",
    "tests/test_claims_numbers.py", "tests/test_claims_linear.py", "tests/test_claims_lookahead.py",
    "tests/test_claims_seeds.py", "tests/test_claims_pairing.py", "tests/test_claims_frame.py",
    "tests/test_claims_matrix.py", "tests/test_claims_matrix_outlets.py", "tests/test_claims_lexicon.py",
    "tests/test_case_changes.py", "tests/test_change_classes.py", "tests/test_claims_places.py",
    "tests/test_facts_corpus.py", "tests/test_claims_heldout_floors.py", "tests/test_peer_specs.py",
    "tests/test_claims_frame_rules.py", "tests/test_claims_sections_rules.py",
]
#: Tests that cannot run in the staging tree: a subprocess in a folder of its own, where mutated code
#: cannot find its configuration; a file of another plugin, which the tree does not copy.
DESELECT = [
    "tests/test_moves.py::test_a_pure_reorder_is_a_difference_under_the_default_plugins",
    "tests/test_change_classes.py::test_the_html_css_draws_each_class_in_its_colour",
]

CONFIG = f"""
[tool.mutmut]
source_paths = ["src"]
only_mutate = ["src/docdelta/engine.py", "src/docdelta_claims/*"]
also_copy = ["seeds/", "benchmarks/", "docs/"]
pytest_add_cli_args = {json.dumps(["-p", "no:cacheprovider", "-x", "-q", *(f"--deselect={t}" for t in DESELECT)])}
pytest_add_cli_args_test_selection = {json.dumps(TESTS)}
"""


def stage() -> None:
    """Lay out (or refresh) the staging tree; mutmut's own results in ``mutants/`` are kept."""
    STAGE.mkdir(exist_ok=True)
    for source, target in [("core/docdelta", "src/docdelta"), ("plugins/docdelta_claims", "src/docdelta_claims")]:
        shutil.rmtree(STAGE / target, ignore_errors=True)
        shutil.copytree(ROOT / source, STAGE / target, ignore=shutil.ignore_patterns("__pycache__"))
    for folder in ("tests", "seeds", "benchmarks", "docs"):
        shutil.rmtree(STAGE / folder, ignore_errors=True)
        shutil.copytree(ROOT / folder, STAGE / folder, ignore=shutil.ignore_patterns("__pycache__", ".corpus", "results"))
    (STAGE / "pyproject.toml").write_text((ROOT / "pyproject.toml").read_text(encoding="utf-8") + CONFIG, encoding="utf-8")


def equivalents() -> dict[str, str]:
    """Mutant name -> why it is equivalent, from ``mutation_equivalent.txt`` (``name  reason`` lines)."""
    claimed = {}
    for line in EQUIVALENT.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, _, reason = line.partition(" ")
            claimed[name] = reason.strip()
    return claimed


#: mutmut's exit codes (``mutmut.stats.status_by_exit_code``) grouped for the table; others are suspicious.
STATUS = {1: "killed", 3: "killed", 37: "killed", 0: "survived", 5: "no tests", 33: "no tests", None: "not run",
          34: "not run", 2: "not run", 36: "timeout", 24: "timeout", -24: "timeout", 152: "timeout", 255: "timeout"}


#: Functions run once, at import (``UNITS = _units()``): mutmut's worker has imported their module
#: before it switches a mutant on, so no test ever runs their mutants, which always "survive".
AT_IMPORT = ("docdelta_claims.numbers.x__units__",)


def statuses() -> dict[str, str]:
    """Mutant name -> status, from mutmut's result files in the staging tree."""
    found = {}
    for meta in sorted((STAGE / "mutants").rglob("*.py.meta")):
        for name, code in json.loads(meta.read_text(encoding="utf-8"))["exit_code_by_key"].items():
            found[name] = "no tests" if name.startswith(AT_IMPORT) else STATUS.get(code, "suspicious")
    return found


def sample(patterns: list[str], size: int, seed: int) -> list[str]:
    """``size`` mutants drawn at random from those mutmut makes of the staged sources that match ``patterns``.

    The names come from mutmut's own mutation of each file it would mutate (its configuration is the
    staging tree's), so no run is needed to know them.
    """
    from mutmut.mutation.file_mutation import mutate_file_contents
    from mutmut.utils.file_utils import change_cwd, walk_mutatable_files
    from mutmut.utils.format_utils import get_mutant_name

    names = []
    with change_cwd(STAGE):
        for path in walk_mutatable_files():
            made = mutate_file_contents(str(path), path.read_text(encoding="utf-8")).mutant_names
            names += [get_mutant_name(path, name) for name in made]
    matching = sorted(name for name in names if any(fnmatch.fnmatch(name, pattern) for pattern in patterns))
    return random.Random(seed).sample(matching, min(size, len(matching)))


def wilson(hits: int, trials: int, z: float = 1.96) -> tuple[float, float]:
    """The 95% Wilson score interval of the proportion hits / trials (it stays inside 0..1 near the ends)."""
    if not trials:
        return 0.0, 1.0
    share, spread = hits / trials, z * z / trials
    centre = (share + spread / 2) / (1 + spread)
    half = z * math.sqrt(share * (1 - share) / trials + spread / trials / 4) / (1 + spread)
    return centre - half, centre + half


def report(only: list[str] | None = None) -> None:
    """The table of the verdicts, of every mutant or of ``only`` (a sample, then scored with intervals)."""
    found, claimed = statuses(), equivalents()
    rows: dict[str, Counter] = {}
    for name in only if only is not None else found:
        status = found.get(name, "not run")
        module = re.match(r"(.+?)\.x[ǁ_]", name)[1]  # mutmut's names: module.x_function or module.xǁClassǁmethod
        if status == "survived" and name in claimed:
            status = "equivalent"
        rows.setdefault(module, Counter())[status] += 1
    print(f"{'module':24} {'killed':>6} {'surv.':>6} {'equiv.':>6} {'no test':>7} {'timeout':>7} {'not run':>7} {'raw':>6} {'non-eq.':>7}")
    for module, count in sorted(rows.items()):
        judged = count["killed"] + count["survived"] + count["equivalent"] + count["timeout"] + count["suspicious"]
        if not judged:
            continue
        raw = count["killed"] / judged
        # A module whose judged mutants are all claimed equivalent has no non-equivalent score.
        non_equivalent = f"{count['killed'] / (judged - count['equivalent']):7.1%}" if judged > count["equivalent"] else f"{'—':>7}"
        print(f"{module:24} {count['killed']:6} {count['survived']:6} {count['equivalent']:6} {count['no tests']:7} "
              f"{count['timeout'] + count['suspicious']:7} {count['not run']:7} {raw:6.1%} {non_equivalent}")
    if only is not None:
        total = sum(rows.values(), Counter())
        judged = total["killed"] + total["survived"] + total["equivalent"] + total["timeout"] + total["suspicious"]
        print(f"sample of {len(only)}: {total['killed']} killed, {total['survived']} survived, {total['equivalent']} "
              f"equivalent, {total['timeout'] + total['suspicious']} timeout or suspicious, {total['no tests']} "
              f"reached by no test, {total['not run']} not run")
        for label, trials in [("raw", judged), ("over non-equivalent", judged - total["equivalent"])]:
            low, high = wilson(total["killed"], trials)
            score = total["killed"] / trials if trials else float("nan")
            print(f"  {label}: {total['killed']} / {trials} = {score:.1%} (95% CI {low:.1%} to {high:.1%})")
    for name in sorted(claimed):
        if name not in found:
            print(f"claimed equivalent, no such mutant (stale): {name}")
        elif found[name] not in ("survived", "not run"):
            print(f"claimed equivalent, but {found[name]}: {name}")


def main(arguments: list[str]) -> int:
    parser = argparse.ArgumentParser(description="Mutation testing with mutmut (see this file's docstring).")
    parser.add_argument("--report", action="store_true", help="print the table of the verdicts so far, run nothing")
    parser.add_argument("--sample", type=int, metavar="N", help="judge N mutants drawn at random from those named")
    parser.add_argument("--seed", type=int, default=0, help="the seed of the draw (default 0)")
    parser.add_argument("--jobs", type=int, default=1, metavar="N",
                        help="mutants judged at once (default 1: the timings mutmut's timeouts rest on stay those of an idle machine)")
    parser.add_argument("names", nargs="*", help="mutant names or patterns, for mutmut run (default: every mutant)")
    options = parser.parse_args(arguments)
    if not options.report:
        stage()
    drawn = sample(options.names or ["*"], options.sample, options.seed) if options.sample else None
    if not options.report:
        found = statuses()
        names = options.names if drawn is None else [name for name in drawn if found.get(name, "not run") == "not run"]
        if drawn is None or names:  # an empty list would have mutmut run every mutant
            subprocess.run([sys.executable, "-m", "mutmut", "run", "--max-children", str(options.jobs), *names], cwd=STAGE, check=False)
    report(drawn)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
