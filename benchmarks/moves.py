"""Move detection scored on seeded mutated documents: ``python benchmarks/moves.py [SAMPLES] [SEED]``.

Each sample takes consecutive paragraphs of real prose (the Perl documentation and
licence texts the OS ships, or the seeds when those are missing) and mutates them
with labels: moves, moves with inner edits, adjacent swaps, inserted and deleted
paragraphs, and word edits in about 1% of the words. The engine's moves (its block
pairs with a move id) are scored against the labels: a swap of two paragraphs is
found when either of the two is reported as moved.

Prints move recall and precision (targets: 0.9 each); ``tests/test_moves.py`` checks
a lower bar on a few samples.
"""

from __future__ import annotations

import random
import re
import sys
from collections.abc import Iterator
from pathlib import Path

from attrs import define, field

import docdelta

ROOT = Path(__file__).resolve().parent.parent
_PROSE_SOURCES = (Path("/usr/share/perl"), Path("/usr/share/common-licenses"))
_WORDS = re.compile(r"[A-Za-z]{3,}")


@define(frozen=True)
class Mutation:
    """A labelled pair of documents.

    Attributes:
        old / new: the texts (paragraphs separated by blank lines).
        moves: for each moved paragraph, its acceptable ``(old index, new index)``
            answers (two for a swap: either paragraph may be called the moved one).
    """

    old: str
    new: str
    moves: tuple[tuple[tuple[int, int], ...], ...] = field(converter=tuple)


def prose_paragraphs(limit: int = 2_000_000) -> list[str]:
    """Distinct paragraphs of prose, in a fixed order, up to about ``limit`` characters."""
    paragraphs: dict[str, None] = {}
    size = 0
    for path in _prose_files():
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        for paragraph in re.split(r"\n\s*\n", text):
            paragraph = " ".join(paragraph.split())
            words = paragraph.split()
            if len(words) < 8 or len(_WORDS.findall(paragraph)) < 0.6 * len(words) or paragraph in paragraphs:
                continue
            paragraphs[paragraph] = None
            size += len(paragraph) + 2
            if size >= limit:
                return list(paragraphs)
    return list(paragraphs)


def _prose_files() -> Iterator[Path]:
    for root in _PROSE_SOURCES:
        if root.is_dir():
            yield from sorted(p for p in root.rglob("*") if p.is_file() and p.suffix in ("", ".pod", ".pm"))
    yield from sorted((ROOT / "seeds").glob("*.txt"))


def edit_words(paragraph: str, rng: random.Random, count: int) -> str:
    """``paragraph`` with ``count`` words replaced (a number, a longer word, a dropped word)."""
    words = paragraph.split(" ")
    for _ in range(count):
        k = rng.randrange(len(words))
        kind = rng.randrange(3)
        if kind == 0:
            words[k] = str(rng.randrange(2, 2000))
        elif kind == 1:
            words[k] = words[k] + "s"
        elif len(words) > 4:
            del words[k]
    return " ".join(words)


def mutate(
    paragraphs: list[str],
    rng: random.Random,
    *,
    fresh: list[str],
    moves: int = 2,
    edited_moves: int = 1,
    swaps: int = 1,
    insertions: int = 2,
    deletions: int = 2,
    word_edit_rate: float = 0.01,
) -> Mutation:
    """Mutate ``paragraphs`` (the old document) into a new one, with the moves labelled."""
    items: list[tuple[int | None, str]] = list(enumerate(paragraphs))
    movable = [k for k, p in enumerate(paragraphs) if len(p.split()) >= 8]
    rng.shuffle(movable)
    chosen = movable[: moves + edited_moves + 2 * swaps]
    moved_ids = chosen[: moves + edited_moves]
    swapped = chosen[moves + edited_moves :]

    for n, old_index in enumerate(moved_ids):
        position = next(k for k, (i, _) in enumerate(items) if i == old_index)
        item = items.pop(position)
        if n >= moves:
            item = (item[0], edit_words(item[1], rng, max(1, len(item[1].split()) // 12)))
        targets = [k for k in range(len(items) + 1) if abs(k - position) >= 3]
        items.insert(rng.choice(targets), item)
    swap_pairs = []
    for a, b in zip(swapped[::2], swapped[1::2]):
        position = next(k for k, (i, _) in enumerate(items) if i == a)
        if position + 1 < len(items) and items[position + 1][0] not in moved_ids and items[position + 1][0] is not None:
            b = items[position + 1][0]
            items[position], items[position + 1] = items[position + 1], items[position]
            swap_pairs.append((a, b))
    protected = set(moved_ids) | {i for pair in swap_pairs for i in pair}
    for _ in range(deletions):
        candidates = [k for k, (i, _) in enumerate(items) if i not in protected]
        if candidates:
            items.pop(rng.choice(candidates))
    for _ in range(insertions):
        if fresh:
            items.insert(rng.randrange(len(items) + 1), (None, fresh.pop()))
    budget = int(word_edit_rate * sum(len(text.split()) for _, text in items))
    for _ in range(budget):
        k = rng.randrange(len(items))
        if items[k][0] not in protected:
            items[k] = (items[k][0], edit_words(items[k][1], rng, 1))

    new_index = {i: k for k, (i, _) in enumerate(items) if i is not None}
    labels = [((i, new_index[i]),) for i in moved_ids]
    labels += [((a, new_index[a]), (b, new_index[b])) for a, b in swap_pairs]
    return Mutation("\n\n".join(paragraphs), "\n\n".join(text for _, text in items), labels)


def samples(count: int, seed: int, size: int = 30) -> Iterator[Mutation]:
    """``count`` labelled mutations of consecutive ``size``-paragraph stretches of prose."""
    rng = random.Random(seed)
    corpus = prose_paragraphs(600_000)
    for _ in range(count):
        start = rng.randrange(max(1, len(corpus) - 2 * size))
        fresh = corpus[start + size : start + size + 4]
        yield mutate(corpus[start : start + size], rng, fresh=list(fresh))


def score(mutations: Iterator[Mutation], session: docdelta.Session) -> tuple[float, float, int]:
    """Move recall, precision and the number of labelled moves."""
    found = labelled = predicted = correct = 0
    for mutation in mutations:
        report = session.compare(mutation.old, mutation.new)
        reported = {(pair.old, pair.new) for pair in report.pairs if pair.move is not None}
        accepted = set()
        for answers in mutation.moves:
            labelled += 1
            hits = reported.intersection(answers)
            if hits:
                found += 1
                accepted |= hits
        predicted += len(reported)
        correct += len(accepted)
    recall = found / labelled if labelled else 1.0
    precision = correct / predicted if predicted else 1.0
    return recall, precision, labelled


def main(argv: list[str]) -> int:
    count = int(argv[0]) if argv else 60
    seed = int(argv[1]) if len(argv) > 1 else 1
    recall, precision, labelled = score(samples(count, seed), docdelta.Session(plugins=["json"]))
    print(f"{count} samples, {labelled} labelled moves (seed {seed})")
    print(f"move recall    {recall:.3f}  (target 0.9)")
    print(f"move precision {precision:.3f}  (target 0.9)")
    return 0 if recall >= 0.9 and precision >= 0.9 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
