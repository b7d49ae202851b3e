"""What every engine result must hold, over documents edited at random the way news texts are.

Paragraphs moved, dropped and added, sentences dropped, added and moved to another paragraph,
words replaced, sentences shouted in capitals, words past the character-refinement limit
appended, and sentences of punctuation alone (which a normalizer keeping letters and digits
leaves with no token). Seeded, so every run checks the same 200 pairs, each in both orders and at
every granularity. None of the expected facts is read from docdelta: they follow from what a
diff, a move and a mirror are.
"""

from __future__ import annotations

import random

from docdelta import Document
from docdelta.engine import GRANULARITIES, check_tiling, diff_documents

WORDS = (
    "alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike november "
    "oscar papa quebec romeo sierra tango uniform victor whiskey xray yankee zulu"
).split()
PUNCTUATION_ONLY = ["--- ***.", "=== +++ ;", "...", "* * *"]
SWAPPED = {"insert": "delete", "delete": "insert", "equal": "equal", "ignore": "ignore"}


def letters_and_digits(token: str) -> str:
    """A normalizer that drops every token but words and numbers."""
    return token.lower() if token.isalnum() else ""


def sentence(rng: random.Random, punctuation: bool) -> str:
    if punctuation and rng.random() < 0.1:
        return rng.choice(PUNCTUATION_ONLY)
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(5, 9))).capitalize() + "."


def edited(rng: random.Random, paragraphs: list[list[str]], punctuation: bool) -> list[list[str]]:
    paragraphs = [list(p) for p in paragraphs]
    for _ in range(rng.randint(1, 4)):
        kind, k = rng.randrange(8), rng.randrange(len(paragraphs))
        chosen = paragraphs[k]
        if kind == 0 and len(paragraphs) > 2:  # a paragraph moved
            paragraphs.insert(rng.randrange(len(paragraphs)), paragraphs.pop(k))
        elif kind == 1 and len(paragraphs) > 2:
            paragraphs.pop(k)
        elif kind == 2:
            paragraphs.insert(k, [sentence(rng, punctuation)])
        elif kind == 3 and len(chosen) > 1:
            chosen.pop(rng.randrange(len(chosen)))
        elif kind == 4:
            chosen.insert(rng.randrange(len(chosen) + 1), sentence(rng, punctuation))
        elif kind == 5:
            s = rng.randrange(len(chosen))
            chosen[s] = chosen[s].upper() if rng.random() < 0.5 else chosen[s].replace(rng.choice(WORDS), rng.choice(WORDS))
        elif kind == 6 and len(paragraphs) > 1:  # a sentence moved to another paragraph
            moved = chosen.pop(rng.randrange(len(chosen)))
            target = paragraphs[rng.randrange(len(paragraphs))]
            target.insert(rng.randrange(len(target) + 1), moved)
            paragraphs = [p for p in paragraphs if p]
        elif kind == 7:  # a word around the refinement limit (64 characters)
            s = rng.randrange(len(chosen))
            chosen[s] += " " + "z" * rng.choice([63, 64, 65, 70])
    return [p for p in paragraphs if p]


def text(paragraphs: list[list[str]]) -> str:
    return "\n\n".join(" ".join(p) for p in paragraphs) + "\n"


def check(result, old: str, new: str) -> None:
    check_tiling(result.edits, old, new)
    assert [move.id for move in result.moves] == list(range(1, len(result.moves) + 1))
    assert [move.new.start for move in result.moves] == sorted(move.new.start for move in result.moves)
    for edit in result.edits:
        if edit.move is not None:  # an edit of a move lies inside it, on both sides
            move = result.moves[edit.move - 1]
            assert move.old.start <= edit.old.start <= edit.old.end <= move.old.end, edit
            assert move.new.start <= edit.new.start <= edit.new.end <= move.new.end, edit
        for move in result.moves:  # and an edit inside a move on either side is one of its edits
            inside_old = move.old.start <= edit.old.start and edit.old.end <= move.old.end and edit.old.length
            inside_new = move.new.start <= edit.new.start and edit.new.end <= move.new.end and edit.new.length
            assert not (inside_old or inside_new) or edit.move == move.id, (edit, move)


def test_edits_tile_moves_hold_their_edits_and_each_order_mirrors_the_other():
    for seed in range(200):
        rng = random.Random(seed)
        punctuation = seed % 2 == 0
        key = letters_and_digits if punctuation else str.lower
        old_paragraphs = [[sentence(rng, punctuation) for _ in range(rng.randint(1, 4))] for _ in range(rng.randint(2, 7))]
        old, new = text(old_paragraphs), text(edited(rng, old_paragraphs, punctuation))
        old_document, new_document = Document.from_text(old), Document.from_text(new)
        for granularity in GRANULARITIES:
            forward = diff_documents(old_document, new_document, key, granularity=granularity)
            backward = diff_documents(new_document, old_document, key, granularity=granularity)
            check(forward, old, new)
            check(backward, new, old)
            assert sorted((SWAPPED[e.op], e.new, e.old) for e in backward.edits) == sorted(
                (e.op, e.old, e.new) for e in forward.edits
            ), (seed, granularity)
            assert forward.steps == backward.steps > 0
            assert forward.similarity == backward.similarity
