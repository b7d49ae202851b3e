"""Mutation testing of the engine and the claims plugin with mutmut: ``tox -e mutation``.

Slow (each mutant reruns the tests that reach the function it changes), so not in CI.
mutmut 3 finds code only in a ``src/`` layout and names each mutant after its file's path,
so it runs in a staging tree, ``.mutation/``: ``src/docdelta`` (from ``core/``) and
``src/docdelta_claims`` (from ``plugins/``), with copies of what the tests read. The other
bundled plugins come from the installed project.

    python benchmarks/mutation.py                          # every mutant of both
    python benchmarks/mutation.py 'docdelta.engine.*'      # arguments go to ``mutmut run``

Prints mutmut's counts and the score: killed / (killed + survived + timeout + suspicious);
mutants no test reaches are listed apart (``mutmut results`` in ``.mutation/`` names them).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STAGE = ROOT / ".mutation"

#: The tests that exercise the engine and the claims plugin.
TESTS = [
    "tests/test_engine.py", "tests/test_engine_pins.py", "tests/test_moves.py", "tests/test_pathological.py",
    "tests/test_properties.py", "tests/test_claims_extract.py", "tests/test_claims_match.py",
    "tests/test_claims_numbers.py", "tests/test_claims_linear.py", "tests/test_claims_lookahead.py",
    "tests/test_claims_seeds.py", "tests/test_claims_pairing.py",
]
#: Tests whose subprocess runs in a folder of its own, where mutated code cannot find its configuration.
DESELECT = ["tests/test_moves.py::test_a_pure_reorder_is_a_difference_under_the_default_plugins"]

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


def main(arguments: list[str]) -> int:
    stage()
    mutmut = [sys.executable, "-m", "mutmut"]
    subprocess.run([*mutmut, "run", "--max-children", "1", *arguments], cwd=STAGE, check=False)
    subprocess.run([*mutmut, "export-cicd-stats"], cwd=STAGE, check=True)
    stats = json.loads((STAGE / "mutants" / "mutmut-cicd-stats.json").read_text(encoding="utf-8"))
    print(json.dumps(stats, indent=2))
    judged = stats["killed"] + stats["survived"] + stats["timeout"] + stats["suspicious"]
    if judged:
        print(f"mutation score: {stats['killed']}/{judged} = {stats['killed'] / judged:.1%} (no tests: {stats['no_tests']})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
