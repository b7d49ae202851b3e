"""Properties of every comparison, over arbitrary Unicode texts (hypothesis).

Texts are built from pieces that stress the engine: words that share letters,
combining marks, emoji with joiners, CRLF and lone CR line ends, blank-line
paragraph breaks, NULs, dots and quotes. Texts with NULs go to the engine directly
(the plain-text parser refuses NUL bytes as binary input, by design).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st

import docdelta
from docdelta import Document
from docdelta.engine import DEFAULT_WORK_BUDGET, diff_documents
from docdelta.pipeline import normalization_key
from docdelta.units import Lexicon, Unit, sentence_units


PIECES = [
    "the", "The", "potash", "sanctions", "Minsk", "123", "1,234.5", "Belarus’s", "full-scale",
    "e\u0301", "n\u0303o", "👩\u200d👩\u200d👧", "🇺🇦", "\u00ad", "\u200b",
    " ", "  ", "\t", "\n", "\r\n", "\r", "\n\n", "\r\n\r\n", "\x00",
    ".", "...", "…", ",", "“", "”", '"', "'", "-", "--", "!", "?",
]
texts = st.lists(st.sampled_from(PIECES) | st.text(max_size=3), max_size=40).map("".join)
SESSION = docdelta.Session(["json"])
SESSION_NEWS = docdelta.Session(["news", "json"])
SWAPPED = {"insert": "delete", "delete": "insert", "equal": "equal", "ignore": "ignore"}


def diff(old: str, new: str, budget: int = DEFAULT_WORK_BUDGET):
    """Edits and similarity through the public API, or the engine when a text holds a NUL."""
    if "\x00" in old + new:
        result = diff_documents(Document.from_text(old), Document.from_text(new), str, work_budget=budget)
        return result.edits, result.similarity
    report = SESSION.with_options({"work-budget": budget}).compare(old, new)
    return report.edits, report.summary.similarity


def reconstruct(edits, old: str, new: str) -> tuple[str, str]:
    """Both texts rebuilt from the edits' spans alone, each side in its own order."""
    old_parts = sorted((e.old.start, e.old.slice(old)) for e in edits if e.old.length)
    new_parts = sorted((e.new.start, e.new.slice(new)) for e in edits if e.new.length)
    return "".join(p for _, p in old_parts), "".join(p for _, p in new_parts)


@settings(max_examples=150, deadline=None)
@given(texts, texts)
@example("", "\ufeff")  # a str that is only a U+FEFF is text, not an empty file's signature
def test_edits_tile_and_rebuild_both_texts(old, new):
    edits, similarity = diff(old, new)
    docdelta.check_tiling(edits, old, new)
    assert reconstruct(edits, old, new) == (old, new)
    assert 0.0 <= similarity <= 1.0
    for edit in edits:
        if edit.op == "insert":
            assert edit.old.length == 0
        elif edit.op == "delete":
            assert edit.new.length == 0


@settings(max_examples=100, deadline=None)
@given(texts)
def test_a_text_compared_with_itself_has_no_change(text):
    edits, similarity = diff(text, text)
    assert not any(edit.is_change for edit in edits)
    assert similarity == 1.0


@settings(max_examples=100, deadline=None)
@given(texts, texts)
def test_b_against_a_mirrors_a_against_b(a, b):
    forward, forward_similarity = diff(a, b)
    backward, backward_similarity = diff(b, a)
    assert sorted((SWAPPED[e.op], e.new, e.old, e.move is None) for e in backward) == sorted(
        (e.op, e.old, e.new, e.move is None) for e in forward
    )
    assert backward_similarity == forward_similarity


@settings(max_examples=60, deadline=None)
@given(texts, texts)
def test_past_a_tiny_budget_the_diff_is_still_lossless(old, new):
    edits, _ = diff(old, new, budget=5)
    docdelta.check_tiling(edits, old, new)
    assert reconstruct(edits, old, new) == (old, new)


def test_the_same_inputs_give_byte_identical_json_in_fresh_processes():
    """Hash randomisation must not reach the report: two processes, two hash seeds, one output."""
    seeds = Path(__file__).resolve().parent.parent / "seeds"
    command = [
        sys.executable, "-m", "docdelta", "compare", "--plugins", "json",
        str(seeds / "001_561bb7da592d2a00.txt"), str(seeds / "000_ff12f16f314725a3.txt"), "--format", "json",
    ]
    outputs = [
        subprocess.run(command, capture_output=True, env={**os.environ, "PYTHONHASHSEED": seed}, check=False).stdout
        for seed in ("1", "2")
    ]
    assert outputs[0] == outputs[1]
    assert b'"moves"' in outputs[0]


@settings(max_examples=400, deadline=None)
@given(texts)
def test_words_are_exactly_the_word_tokens(text):
    """``words`` (one regex pass, used by the summary and change classes) agrees with the tokenizer."""
    from docdelta.tokens import is_word, tokenize, words

    assert words(text) == [text[start:end] for start, end in tokenize(text) if is_word(text[start:end])]


ASCII_PIECES = [piece for piece in PIECES if piece.isascii()]
ASCII_PIECES += ["\x1c", "\x1f", "\x0b\x0c", "a_b", "1.2.3", "x'y", "--x"]
ascii_chars = st.text(st.characters(max_codepoint=127), max_size=3)
ascii_texts = st.lists(st.sampled_from(ASCII_PIECES) | ascii_chars, max_size=40).map("".join)


@settings(max_examples=400, deadline=None)
@given(ascii_texts)
def test_ascii_text_is_tokenized_as_by_the_unicode_patterns(text):
    """ASCII text goes through ASCII-compiled twins of the token patterns (faster); they must
    cut it exactly as the Unicode patterns do, \\x1c-\\x1f (Unicode whitespace) included."""
    from docdelta import tokens

    assert text.isascii()
    assert tokens.token_texts(text) == tokens.TOKEN_PATTERN.findall(text)
    assert tokens.tokenize(text) == [m.span() for m in tokens.TOKEN_PATTERN.finditer(text)]
    assert tokens.words(text) == tokens._WORD_TOKEN.findall(text)


@settings(max_examples=300, deadline=None)
@given(text=texts)
def test_has_words_is_a_nonzero_word_count(text):
    """``has_words`` (the change classes' shortcut for whole deleted sentences) never disagrees with counting."""
    from docdelta.tokens import has_words, word_count

    assert has_words(text) == (word_count(text) > 0)


SENTENCE_PIECES = [". ", "! ", "? ", ".\n", ". \u200b", "… ", ".” ", " The", " A", " Minsk", " 12", " “Yes", "\u00ad"]
blocks = st.lists(st.sampled_from(PIECES + SENTENCE_PIECES) | st.text(max_size=3), max_size=50).map("".join)
NEWS_KEY = normalization_key(SESSION_NEWS.host, SESSION_NEWS.options)
KEYS = {
    "none": str,
    "news": NEWS_KEY,
    "only-alphanumerics": lambda token: token if token.isalnum() else "",
    "no-capitals-or-stops": lambda token: "" if token[:1].isupper() or token in {".", "!", "?", "…"} else token,
}


@settings(max_examples=200, deadline=None)
@given(text=blocks, key=st.sampled_from(sorted(KEYS)), chunk=st.integers(1, 12))
@example(text="a b\u2003 c\n\nd", key="news", chunk=1)
def test_a_long_text_tokenized_in_pieces_is_tokenized_as_a_whole(text, key, chunk):
    """Long texts are tokenized a piece at a time (cut before a space or line end after a
    visible character): the same ends, keys, signature, word count and own end as in one go."""
    from docdelta import units

    whole = Lexicon(KEYS[key]).tokens(text)
    default, units._CHUNK = units._CHUNK, chunk
    try:
        pieces = Lexicon(KEYS[key]).tokens(text)
        cuts = list(units._chunks(text))
    finally:
        units._CHUNK = default
    assert (list(pieces.ends), list(pieces.keys), pieces.signature, pieces.words, pieces.last_end) == (
        list(whole.ends),
        list(whole.keys),
        whole.signature,
        whole.words,
        whole.last_end,
    )
    assert len(cuts) > 1 or len(text) <= chunk or not units._CUT.search(text, chunk)  # it was cut where it could be


@settings(max_examples=300, deadline=None)
@given(text=blocks, key=st.sampled_from(sorted(KEYS)))
@example(text="Talks began. The", key="no-capitals-or-stops")  # the block's last token is in its first sentence
@example(text="Talks began.\u200b A", key="news")
def test_a_sentence_sliced_from_its_block_is_tokenized_alike(text, key):
    """A sentence of a tokenized block takes its slice of the block's tokens (not a second
    tokenization): ends, keys, signature, word count and own end as tokenizing it gives."""
    lexicon = Lexicon(KEYS[key])
    block = Unit(0, 0, 0, len(text))
    block_tokens = lexicon.tokens(text)
    for sentence in sentence_units(text, block):
        sliced = lexicon.part(block_tokens, text, 0, sentence.start, sentence.end)
        lexicon._tokens.pop(text[sentence.start : sentence.end])
        direct = lexicon.tokens(text[sentence.start : sentence.end])
        assert (list(sliced.ends), list(sliced.keys), sliced.signature, sliced.words, sliced.last_end) == (
            list(direct.ends),
            list(direct.keys),
            direct.signature,
            direct.words,
            direct.last_end,
        )


@settings(max_examples=300, deadline=None)
@given(text=blocks, key=st.sampled_from(sorted(KEYS)))
def test_the_word_multiset_of_a_unit_holds_its_word_count(text, key):
    """Move scoring takes a unit's ``Tokens.words`` as the size of its word multiset, for
    the whole block and for each sentence sliced from it."""
    lexicon = Lexicon(KEYS[key])
    block_tokens = lexicon.tokens(text)
    assert lexicon.words(block_tokens).total() == block_tokens.words
    for sentence in sentence_units(text, Unit(0, 0, 0, len(text))):
        sliced = lexicon.part(block_tokens, text, 0, sentence.start, sentence.end)
        assert lexicon.words(sliced).total() == sliced.words


#: Few distinct items, so that most items repeat and unique anchors are rare.
few_items = st.lists(st.sampled_from("abcdU"), max_size=60)


@st.composite
def revisions(draw) -> tuple[list[str], list[str]]:
    """A sentence-sized list and a revision of it: one edit (insert, delete, replace) per 32
    items, at least one, anywhere, so that at most about one item in sixteen changes."""
    a = draw(few_items)
    b = list(a)
    for _ in range(draw(st.integers(0, max(1, len(a) // 32)))):
        position = draw(st.integers(0, len(b)))
        kind = draw(st.sampled_from(["insert", "delete", "replace"]))
        if kind == "insert" or position == len(b):
            b.insert(position, draw(st.sampled_from("abcdU")))
        elif kind == "delete":
            del b[position]
        else:
            b[position] = draw(st.sampled_from("abcdU"))
    return a, b


@settings(max_examples=300, deadline=None)
@given(pair=revisions())
@example(pair=(list("U11111"), list("11111U")))  # anchoring on the unique U alone changes 10 items, not 2
@example(pair=(list("U" + "ab" * 20), list("ab" * 20 + "U")))
def test_the_alignment_changes_no_more_items_than_difflib(pair):
    """Diffs stay minimal: a revised stretch of a sentence's size is aligned with the fewest
    changed items (before the semantic cleanup merges short equal runs for reading), so never
    more than difflib's longest-block matching changes on the same items. (Stretches that
    changed more are anchored first, which is cheaper and may change more.)"""
    import difflib

    from docdelta.align import Budget, diff_ops

    a, b = pair
    ops = diff_ops(a, b, Budget(DEFAULT_WORK_BUDGET), semantic=False)
    changed = sum(count for op, count in ops if op)
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    assert changed <= len(a) + len(b) - 2 * sum(block.size for block in matcher.get_matching_blocks())
