"""The benchmark corpus: built deterministically from text already on the machine, never downloaded.

Prose comes, in this order, from the reStructuredText sources of Debian's ``python3.11-doc``,
the POD files of ``perl-doc`` (``ensure_prose_packages`` installs both with apt-get when they
are missing and we are root), then whatever is on the machine anyway: the Perl modules' POD,
``/usr/share/common-licenses``, Python's own standard-library docstrings, and the seeds. Files
are read in sorted order and cut into paragraphs; markup-heavy paragraphs (code, tables) are
dropped, so what remains reads as prose.

A *similar* pair is ``size`` characters of that prose and a copy with about 1% of its words
edited (a word replaced, dropped, inserted or pluralised, and one edit in five a changed number)
and a few paragraphs moved. An *unrelated* pair is two texts of the same size from different
sources. Every random choice comes from ``random.Random(seed)``, so the same prose gives the
same files; the manifest records which sources were used and each file's SHA-256.

    python benchmarks/corpus.py [--no-install]    # build (or reuse) benchmarks/.corpus/, print the manifest
"""

from __future__ import annotations

import argparse
import ast
import hashlib
import json
import os
import random
import re
import shutil
import subprocess
import sys
import sysconfig
from collections.abc import Iterable, Iterator
from pathlib import Path

from attrs import define, field

ROOT = Path(__file__).resolve().parent.parent
CORPUS_DIR = ROOT / "benchmarks" / ".corpus"
SEEDS = (ROOT / "seeds" / "001_561bb7da592d2a00.txt", ROOT / "seeds" / "000_ff12f16f314725a3.txt")
LICENSES = Path("/usr/share/common-licenses")
PROSE_PACKAGES = ("python3.11-doc", "perl-doc")

_WORD = re.compile(r"[A-Za-z]{2,}")
_NUMBER = re.compile(r"\d+")
_MARKUP_START = re.compile(r"^\s*(\.\.|::|=[a-z]|[|+*#=-]{3}|>>>|\$ |[{}<]|#!)")


@define(frozen=True)
class ProseSource:
    """A named family of files that hold prose.

    Attributes:
        name: what the manifest calls it (a Debian package, or a description).
        root: the directory whose files (recursively, in sorted order) are read.
        suffixes: the file-name suffixes read (``""``: files without one).
        docstrings: the files are Python modules whose docstrings are the prose.
    """

    name: str
    root: Path
    suffixes: tuple[str, ...] = field(converter=tuple)
    docstrings: bool = False


@define(frozen=True)
class Pair:
    """Two texts to compare and how they were made.

    Attributes:
        old / new: the texts.
        sources: names of the prose sources the texts came from.
        word_edits / number_edits / moves: what the mutation did (all 0 for unrelated texts).
    """

    old: str
    new: str
    sources: tuple[str, ...] = field(converter=tuple)
    word_edits: int = 0
    number_edits: int = 0
    moves: int = 0


def ensure_prose_packages() -> list[str]:
    """Install the Debian prose packages that are missing, when apt-get exists and we are root; return messages."""
    missing = [name for name in PROSE_PACKAGES if not _package_installed(name)]
    if not missing:
        return []
    if shutil.which("apt-get") is None or os.geteuid() != 0:
        return [f"not installing {', '.join(missing)}: needs apt-get and root; using other prose on this machine"]
    environment = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    command = ["apt-get", "install", "-y", "-qq", "--no-install-recommends", *missing]
    done = subprocess.run(command, env=environment, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        return [
            f"apt-get install {' '.join(missing)} failed ({done.stderr.strip().splitlines()[-1:]}); using other prose"
        ]
    return [f"installed {', '.join(missing)} with apt-get"]


def _package_installed(name: str) -> bool:
    if shutil.which("dpkg-query") is None:
        return False
    done = subprocess.run(["dpkg-query", "-W", "-f=${Status}", name], capture_output=True, text=True, check=False)
    return done.stdout.endswith("installed")


def prose_sources() -> list[ProseSource]:
    """The prose sources present on this machine, best first."""
    candidates = [
        ProseSource("python3.11-doc", Path("/usr/share/doc/python3.11/html/_sources"), (".txt",)),
        ProseSource("perl-doc", Path("/usr/share/perl/5.36/pod"), (".pod",)),
        ProseSource("perl modules' POD (/usr/share/perl)", Path("/usr/share/perl"), (".pm",)),
        ProseSource("/usr/share/common-licenses", LICENSES, ("",)),
        ProseSource("Python standard-library docstrings", Path(sysconfig.get_paths()["stdlib"]), (".py",), True),
        ProseSource("the seeds", SEEDS[0].parent, (".txt",)),
    ]
    return [source for source in candidates if source.root.is_dir()]


def _files(source: ProseSource) -> Iterator[Path]:
    paths = (p for p in source.root.rglob("*") if p.suffix in source.suffixes and p.is_file() and not p.is_symlink())
    yield from sorted(paths)


def paragraphs(source: ProseSource) -> Iterator[str]:
    """The prose paragraphs of ``source``, whitespace collapsed, in file order."""
    for path in _files(source):
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        chunks = _docstrings(text) if source.docstrings else [text]
        for chunk in chunks:
            for paragraph in re.split(r"\n\s*\n", chunk):
                if _is_prose(paragraph):
                    yield " ".join(paragraph.split())


def _docstrings(source_code: str) -> list[str]:
    try:
        tree = ast.parse(source_code)
    except (SyntaxError, ValueError):
        return []
    nodes = [n for n in ast.walk(tree) if isinstance(n, (ast.Module, ast.ClassDef, ast.FunctionDef))]
    return [doc for doc in (ast.get_docstring(n) for n in nodes) if doc]


def _is_prose(paragraph: str) -> bool:
    words = paragraph.split()
    if len(words) < 8 or _MARKUP_START.match(paragraph):
        return False
    return len(_WORD.findall(paragraph)) >= 0.7 * len(words)


def prose(size: int, sources: Iterable[ProseSource], *, skip: int = 0) -> tuple[list[str], list[str]]:
    """About ``size`` characters of distinct paragraphs (after the first ``skip`` characters), and the source names.

    When the sources run out, paragraphs are reused with a running number appended, so
    every paragraph stays distinct (the engine's alignment is not handed repeated blocks).
    """
    seen: set[str] = set()  # membership only; the order comes from the files
    result: list[str] = []
    used: list[str] = []
    skipped = total = 0
    for source in sources:
        for paragraph in paragraphs(source):
            if paragraph in seen:
                continue
            seen.add(paragraph)
            if skipped < skip:
                skipped += len(paragraph) + 2
                continue
            result.append(paragraph)
            if source.name not in used:
                used.append(source.name)
            total += len(paragraph) + 2
            if total >= size:
                return result, used
    if not result:
        raise RuntimeError("no prose found on this machine (not even the seeds)")
    originals = list(result)
    while total < size:
        paragraph = f"{originals[len(result) % len(originals)]} ({len(result)})"
        result.append(paragraph)
        total += len(paragraph) + 2
    return result, [*used, "reused paragraphs, numbered"]


def similar_pair(size: int, seed: int, sources: Iterable[ProseSource]) -> Pair:
    """``size`` characters of prose and a version with ~1% word edits, changed numbers and moved paragraphs."""
    rng = random.Random(seed)
    old, used = prose(size, sources)
    new = list(old)
    vocabulary = sorted({w for p in old[:200] for w in _WORD.findall(p)})
    word_count = sum(len(p.split()) for p in old)
    numbered = [k for k, p in enumerate(new) if _NUMBER.search(p)]
    edits = max(1, word_count // 100)
    number_edits = 0
    for n in range(edits):
        if n % 5 == 0 and numbered:
            k = rng.choice(numbered)
            new[k] = _change_number(new[k], rng)
            number_edits += 1
        else:
            k = rng.randrange(len(new))
            new[k] = _edit_word(new[k], rng, vocabulary)
    moves = 3 + size // 200_000
    for _ in range(moves):
        paragraph = new.pop(rng.randrange(len(new)))
        new.insert(rng.randrange(len(new) + 1), paragraph)
    return Pair("\n\n".join(old) + "\n", "\n\n".join(new) + "\n", used, edits - number_edits, number_edits, moves)


def _change_number(paragraph: str, rng: random.Random) -> str:
    numbers = list(_NUMBER.finditer(paragraph))
    if not numbers:  # an earlier word edit took the number away: add one instead
        words = paragraph.split(" ")
        words.insert(rng.randrange(len(words) + 1), str(rng.randrange(2, 2000)))
        return " ".join(words)
    match = rng.choice(numbers)
    value = int(match.group()) + rng.randrange(1, 50)
    return f"{paragraph[: match.start()]}{value}{paragraph[match.end() :]}"


def _edit_word(paragraph: str, rng: random.Random, vocabulary: list[str]) -> str:
    words = paragraph.split(" ")
    k = rng.randrange(len(words))
    kind = rng.randrange(4)
    if kind == 0:
        words[k] = rng.choice(vocabulary)
    elif kind == 1 and len(words) > 8:
        del words[k]
    elif kind == 2:
        words.insert(k, rng.choice(vocabulary))
    else:
        words[k] = words[k] + "s"
    return " ".join(words)


def unrelated_pair(size: int, sources: list[ProseSource]) -> Pair:
    """Two texts of about ``size`` characters: from the first two sources, or two stretches of one."""
    if len(sources) >= 2:
        old, old_used = prose(size, sources[:1])
        new, new_used = prose(size, sources[1:])
    else:
        old, old_used = prose(size, sources)
        new, new_used = prose(size, sources, skip=size)
    return Pair("\n\n".join(old) + "\n", "\n\n".join(new) + "\n", [*old_used, *new_used])


#: Generated cases: name -> (kind, size in characters, seed).
GENERATED = {
    "similar-100k": ("similar", 100_000, 100),
    "similar-1m": ("similar", 1_000_000, 1000),
    "similar-10m": ("similar", 10_000_000, 10000),
    "unrelated-1m": ("unrelated", 1_000_000, 0),
}


def builder_key() -> str:
    """Changes whenever this builder changes, so a cached corpus is rebuilt."""
    return hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:16]


def build(directory: Path = CORPUS_DIR, names: Iterable[str] = GENERATED, *, install: bool = True) -> dict:
    """Write the generated cases under ``directory`` (reusing what is cached) and return the manifest.

    The manifest maps each case to its files (``old``, ``new``), sizes, SHA-256s and sources;
    ``notes`` says what was installed or missing.
    """
    directory.mkdir(parents=True, exist_ok=True)
    manifest_path = directory / "manifest.json"
    manifest = _load_manifest(manifest_path)
    notes = ensure_prose_packages() if install else []
    sources = prose_sources()
    for name in names:
        if name in manifest["cases"] and _intact(directory, manifest["cases"][name]):
            continue
        kind, size, seed = GENERATED[name]
        pair = similar_pair(size, seed, sources) if kind == "similar" else unrelated_pair(size, sources)
        manifest["cases"][name] = _write_pair(directory, name, pair)
    manifest["notes"] = notes
    manifest_path.write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return manifest


def _load_manifest(path: Path) -> dict:
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        manifest = {}
    if manifest.get("builder") != builder_key():
        manifest = {"builder": builder_key(), "cases": {}}
    return manifest


def _intact(directory: Path, entry: dict) -> bool:
    return all(
        (directory / entry[side]).is_file()
        and sha256((directory / entry[side]).read_bytes()) == entry[f"{side}_sha256"]
        for side in ("old", "new")
    )


def _write_pair(directory: Path, name: str, pair: Pair) -> dict:
    entry: dict = {"sources": list(pair.sources)}
    for side, text in (("old", pair.old), ("new", pair.new)):
        data = text.encode("utf-8")
        (directory / f"{name}.{side}.txt").write_bytes(data)
        entry |= {side: f"{name}.{side}.txt", f"{side}_bytes": len(data), f"{side}_sha256": sha256(data)}
    entry |= {"word_edits": pair.word_edits, "number_edits": pair.number_edits, "moves": pair.moves}
    return entry


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-install", action="store_true", help="do not apt-get the prose packages")
    parser.add_argument("--dir", type=Path, default=CORPUS_DIR, help="where to write the corpus")
    args = parser.parse_args(argv)
    json.dump(build(args.dir, install=not args.no_install), sys.stdout, indent=2, sort_keys=True)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
