"""Engine time and memory on large and hostile inputs: ``python benchmarks/engine_profile.py [CASE...]``.

Times ``diff_documents`` alone, on parsed documents (the pipeline's parsing, checks
and rendering are ``benchmarks/bench.py``'s business), on deterministic inputs built from the prose of
``benchmarks/moves.py``; prints the best of three runs in seconds, the engine's
counted steps, peak traced memory of the engine as a multiple of the input size, and whether the
work budget was exceeded. ``--profile CASE`` prints a cProfile of one run instead.
"""

from __future__ import annotations

import cProfile
import pstats
import random
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from moves import edit_words, prose_paragraphs  # noqa: E402

from docdelta import Document  # noqa: E402
from docdelta.engine import check_tiling, diff_documents  # noqa: E402


def similar(size: int, seed: int = 7) -> tuple[str, str]:
    """``size`` characters of prose and a version with ~1% word edits and a few moved paragraphs."""
    rng = random.Random(seed)
    corpus = prose_paragraphs(size * 2 + 200_000)
    paragraphs, total = [], 0
    while total < size:
        paragraph = corpus[len(paragraphs) % len(corpus)]
        if len(paragraphs) >= len(corpus):  # past the corpus: vary the repeats so paragraphs stay distinct
            paragraph = f"{paragraph} ({len(paragraphs)})"
        paragraphs.append(paragraph)
        total += len(paragraph) + 2
    edited = list(paragraphs)
    words = sum(len(p.split()) for p in edited)
    for _ in range(words // 100):
        k = rng.randrange(len(edited))
        edited[k] = edit_words(edited[k], rng, 1)
    for _ in range(5):
        edited.insert(rng.randrange(len(edited)), edited.pop(rng.randrange(len(edited))))
    return "\n\n".join(paragraphs), "\n\n".join(edited)


def unrelated(size: int) -> tuple[str, str]:
    """Two texts of ``size`` characters sharing no paragraph."""
    corpus = prose_paragraphs(2 * size + 100_000)
    half = len(corpus) // 2
    return _take(corpus[:half], size), _take(corpus[half:], size)


def _take(paragraphs: list[str], size: int) -> str:
    """``size`` characters of ``paragraphs``, numbered repeats once they run out."""
    taken, total = [], 0
    while total < size:
        paragraph = paragraphs[len(taken) % len(paragraphs)]
        if len(taken) >= len(paragraphs):
            paragraph = f"{paragraph} ({len(taken)})"
        taken.append(paragraph)
        total += len(paragraph) + 2
    return "\n\n".join(taken)


def one_word_paragraphs(count: int = 100_000) -> tuple[str, str]:
    rng = random.Random(3)
    vocabulary = [w for p in prose_paragraphs(200_000) for w in p.split()][:5000]
    old = [rng.choice(vocabulary) for _ in range(count)]
    new = [rng.choice(vocabulary) if rng.random() < 0.05 else w for w in old]
    return "\n\n".join(old), "\n\n".join(new)


def repeated(count: int = 10_000) -> tuple[str, str]:
    paragraph = prose_paragraphs(10_000)[0]
    other = prose_paragraphs(10_000)[1]
    old = [paragraph] * count
    new = [paragraph if k % 3 else other for k in range(count)]
    return "\n\n".join(old), "\n\n".join(new)


def single_paragraph(size: int) -> tuple[str, str]:
    old, new = similar(size)
    return old.replace("\n\n", " "), new.replace("\n\n", " ")


def seeds() -> tuple[str, str]:
    root = Path(__file__).resolve().parent.parent / "seeds"
    return (root / "001_561bb7da592d2a00.txt").read_text(encoding="utf-8"), (
        root / "000_ff12f16f314725a3.txt"
    ).read_text(encoding="utf-8")


CASES: dict[str, Callable[[], tuple[str, str]]] = {
    "seeds": seeds,
    "similar-100k": lambda: similar(100_000),
    "similar-1m": lambda: similar(1_000_000),
    "similar-10m": lambda: similar(10_000_000),
    "unrelated-1m": lambda: unrelated(1_000_000),
    "unrelated-5m": lambda: unrelated(5_000_000),
    "one-paragraph-1m": lambda: single_paragraph(1_000_000),
    "one-word-paragraphs-100k": one_word_paragraphs,
    "repeated-10k": repeated,
}


def run(old: Document, new: Document):
    return diff_documents(old, new, str)


def measure(name: str) -> None:
    old_text, new_text = CASES[name]()
    old, new = Document.from_text(old_text, "old"), Document.from_text(new_text, "new")
    times = []
    for _ in range(3):
        start = time.perf_counter()
        result = run(old, new)
        times.append(time.perf_counter() - start)
    check_tiling(result.edits, old_text, new_text)
    tracemalloc.start()
    run(old, new)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    size = len(old_text) + len(new_text)
    print(
        f"{name:26} {size / 2e6:7.2f} MB/side  {min(times):7.3f} s  {result.steps:>11,} steps  "
        f"memory {peak / size:5.1f}x input  similarity {result.similarity:.3f}  moves {len(result.moves):4}"
        f"{'  COARSE' if result.warnings else ''}",
        flush=True,
    )


def main(argv: list[str]) -> None:
    if argv[:1] == ["--profile"]:
        old_text, new_text = CASES[argv[1]]()
        old, new = Document.from_text(old_text, "old"), Document.from_text(new_text, "new")
        cProfile.runctx("run(old, new)", globals(), locals(), "/tmp/engine.prof")
        pstats.Stats("/tmp/engine.prof").sort_stats("cumulative").print_stats(25)
        return
    for name in argv or [n for n in CASES if n != "similar-10m"]:
        measure(name)


if __name__ == "__main__":
    main(sys.argv[1:])
