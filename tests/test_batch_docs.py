"""docs/batch.rst's examples are what a real batch on the seeds gives (issue 20).

The manifest shown in the docs is run on the repository's seeds, twice; the summary row and the
two closing lines shown must be what that run writes. After a change that moves the figures,
``python tests/test_batch_docs.py`` rewrites the two examples from a real run.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import shutil
import sys
import tempfile
from pathlib import Path

from docdelta.cli import main

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "batch.rst"
_BLOCK = re.compile(r"^\.\. code-block:: (\w+)\n\n((?:    .*\n|\n)+)", re.M)
#: Stands for the row's key, which depends on the versions of docdelta and its plugins.
KEY = "…"


def _blocks(text: str) -> list[tuple[str, re.Match[str]]]:
    return [(match.group(1), match) for match in _BLOCK.finditer(text)]


def _content(match: re.Match[str]) -> str:
    return "\n".join(line[4:] for line in match.group(2).rstrip("\n").split("\n"))


def _example(text: str, language: str, marker: str) -> re.Match[str]:
    found = [match for lang, match in _blocks(text) if lang == language and marker in match.group(2)]
    assert len(found) == 1, f"docs/batch.rst: one {language} block with {marker!r} expected, found {len(found)}"
    return found[0]


def _manifest_lines(text: str) -> str:
    return _content(_example(text, "text", '"id": "belarus-release"')) + "\n"


def real_run(workdir: Path, manifest: str) -> tuple[dict, list[str]]:
    """Run the docs' manifest on the seeds twice in ``workdir``: the first row and the two closing lines."""
    shutil.copytree(ROOT / "seeds", workdir / "seeds")
    (workdir / "manifest.jsonl").write_text(manifest, encoding="utf-8")
    closing = []
    before = Path.cwd()
    os.chdir(workdir)
    try:
        for _ in range(2):
            stderr = io.StringIO()
            with contextlib.redirect_stderr(stderr):
                main(["batch", "manifest.jsonl", "-o", "out/", "-j", "1"])
            closing.append(stderr.getvalue().splitlines()[-1])
    finally:
        os.chdir(before)
    row = json.loads((workdir / "out" / "summary.jsonl").read_text(encoding="utf-8").splitlines()[0])
    return row, closing


def row_block(row: dict) -> str:
    """The row as the docs show it: one key a line, the key left out."""
    shown = {**row, "key": KEY}
    return "{" + ",\n ".join(f"{json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}" for k, v in shown.items()) + "}"


def test_the_summary_row_and_closing_lines_are_a_real_run_on_the_seeds(tmp_path: Path) -> None:
    text = DOC.read_text(encoding="utf-8")
    row, closing = real_run(tmp_path, _manifest_lines(text))
    assert re.fullmatch(r"[0-9a-f]{64}", row["key"])
    documented = json.loads(_content(_example(text, "json", '"id": "belarus-release"')))
    assert documented == {**row, "key": KEY}, "docs/batch.rst is out of date: run python tests/test_batch_docs.py"
    assert _content(_example(text, "text", "docdelta batch done:")).splitlines() == closing


def _indented(block: str) -> str:
    return "".join(f"    {line}\n" if line else "\n" for line in block.split("\n"))


def rewrite() -> None:
    text = DOC.read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory() as workdir:
        row, closing = real_run(Path(workdir), _manifest_lines(text))
    for placeholder, block in (("@@ROW@@", row_block(row)), ("@@CLOSING@@", "\n".join(closing))):
        text = text.replace(placeholder + "\n", _indented(block))
    row_match = _example(text, "json", '"id": "belarus-release"')
    text = text[: row_match.start(2)] + _indented(row_block(row)) + "\n" + text[row_match.end(2) :]
    closing_match = _example(text, "text", "docdelta batch done:")
    text = text[: closing_match.start(2)] + _indented("\n".join(closing)) + "\n" + text[closing_match.end(2) :]
    DOC.write_text(text, encoding="utf-8")
    print("wrote docs/batch.rst's examples", file=sys.stderr)


if __name__ == "__main__":
    rewrite()
