"""The core names no plugin's output: the claims plugin's check name, statuses and data keys
appear nowhere in core/ (issue 17). What reports show of the claims, the plugin contributes as
sections; the core draws sections of any plugin alike."""

from __future__ import annotations

import ast
from pathlib import Path

from docdelta_claims import SEVERITY
from docdelta_claims.extract import text_claims
from docdelta_claims.match import STATUSES

import docdelta

CORE = Path(docdelta.__file__).resolve().parent

#: Words the core uses in its own meaning, which the claims plugin happens to use too: the
#: side-by-side rows' statuses (``added``, ``removed``, ``same``), the finding severities (a claim
#: record's ``low`` and ``high`` bounds), the engine's granularity ``sentence``, the two sides of a
#: comparison (``old``, ``new``), a plugin's ``status`` in ``docdelta plugins``, a document's
#: ``text`` and a unit's ``value``.
CORE_WORDS = {"added", "removed", "same", "low", "high", "sentence", "old", "new", "status", "text", "value", "unit"}


def _claims_words() -> set[str]:
    record = text_claims("At least 62 people were killed on Monday.")[0].record()
    finding_keys = {"status", "subject", "category", "old", "new", "evidence"}
    return {"numeric-claims", *STATUSES, *SEVERITY, *record, *finding_keys} - CORE_WORDS


def _string_literals(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
        and node.body and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)
    }
    return {
        node.value for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings
    }  # fmt: skip


def test_the_claims_words_are_known():
    words = _claims_words()
    assert {"numeric-claims", "changed", "compatible", "differs", "subject", "category", "qualifier"} <= words


def test_no_core_module_names_the_claims_plugin_its_statuses_or_its_data_keys():
    words = _claims_words()
    modules = sorted(CORE.rglob("*.py"))
    assert len(modules) > 20
    found = {str(path.relative_to(CORE)): sorted(_string_literals(path) & words) for path in modules}
    assert {path: names for path, names in found.items() if names} == {}


def test_no_core_file_mentions_the_claims_check():
    files = [path for path in CORE.rglob("*") if path.is_file() and path.suffix != ".pyc"]
    assert [str(path) for path in files if "numeric-claims" in path.read_text(encoding="utf-8")] == []
