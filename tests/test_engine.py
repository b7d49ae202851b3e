"""The comparison engine: readable word diffs, hierarchical alignment, moves, classes, truncation, budget."""

from __future__ import annotations

from pathlib import Path

import pytest

import docdelta
from docdelta import Check, Finding, Normalizer, Session, hookimpl
from docdelta.tokens import sentence_bounds, tokenize

ROOT = Path(__file__).resolve().parent.parent
OLD_SEED = (ROOT / "seeds" / "001_561bb7da592d2a00.txt").read_text(encoding="utf-8")
NEW_SEED = (ROOT / "seeds" / "000_ff12f16f314725a3.txt").read_text(encoding="utf-8")


class TypographyPlugin:
    """A tiny normalizer: curly quotes and apostrophes compare as straight ones, '…' as '...'."""

    docdelta_name = "typography-test"

    @staticmethod
    def straighten(token: str) -> str:
        return token.replace("’", "'").replace("“", '"').replace("”", '"').replace("…", "...")

    @hookimpl
    def docdelta_register_normalizers(self, register):
        register(Normalizer("typography-test", self.straighten, "Straight quotes, three dots."))


def compare(old: str, new: str, **options) -> docdelta.Report:
    report = Session(["json"], options=options).compare(old, new)
    docdelta.check_tiling(report.edits, old, new)
    return report


def changes(report: docdelta.Report) -> list[tuple[str, str]]:
    """``(op, text)`` of every insert and delete."""
    return [
        (e.op, e.old.slice(report.old.text) if e.op == "delete" else e.new.slice(report.new.text))
        for e in report.edits
        if e.is_change
    ]


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    return [(b.span.start, b.span.end) for b in docdelta.paragraph_blocks(text)]


# Tokens -----------------------------------------------------------------------------------------


def test_tokens_never_split_a_word_and_keep_dot_runs_whole():
    text = "Belarus’s full-scale 1,234.5 dinners... wait…"
    assert [text[s:e] for s, e in tokenize(text)] == [
        "Belarus’s", " ", "full-scale", " ", "1,234.5", " ", "dinners", "...", " ", "wait", "…",
    ]


def test_sentences_do_not_break_after_initials_titles_or_months():
    text = "The U.S. envoy John F. Kennedy said on Dec. 13 it was done. “Good,” Mr. Cole said! Then…"
    sentences = [text[s:e] for s, e in sentence_bounds(text)]
    assert sentences == [
        "The U.S. envoy John F. Kennedy said on Dec. 13 it was done. ",
        "“Good,” Mr. Cole said! ",
        "Then…",
    ]


# Readable word diffs ----------------------------------------------------------------------------


def test_a_changed_word_is_one_replaced_word():
    report = compare("We had dinner at eight.", "We had dinners at eight.")
    assert changes(report) == [("delete", "dinner"), ("insert", "dinners")]


def test_an_inserted_word_is_shown_alone():
    report = compare("The talks ended on Friday.", "The long talks ended on Friday.")
    assert changes(report) == [("insert", "long ")]


def test_dot_runs_compare_equal_to_an_ellipsis_under_a_normalizer():
    session = Session(["json"], extra_plugins=[TypographyPlugin()])
    report = session.compare("He paused… then left.", "He paused... then left.")
    assert not report.has_changes
    plain = compare("He paused… then left.", "He paused... then left.")
    assert changes(plain) == [("delete", "…"), ("insert", "...")]


# Hierarchical alignment -------------------------------------------------------------------------

PARAGRAPHS = [
    "Officials met in Minsk on Monday to discuss the sanctions regime and its effect on exports.",
    "The envoy said talks would continue. He expressed hope that other measures could be lifted.",
    "Prisoners released include opposition figures and a Nobel laureate, according to officials.",
]


def test_an_edit_stays_inside_its_paragraph_and_sentence():
    old = "\n\n".join(PARAGRAPHS)
    edited = PARAGRAPHS[1].replace("would continue", "will go on")
    new = "\n\n".join([PARAGRAPHS[0], edited, PARAGRAPHS[2]])
    report = compare(old, new)
    old_paragraph, new_paragraph = paragraph_spans(old)[1], paragraph_spans(new)[1]
    old_sentence_end = old.index("He expressed")
    assert changes(report) == [("delete", "would continue"), ("insert", "will go on")]
    for edit in report.edits:
        if edit.op == "delete":
            assert old_paragraph[0] <= edit.old.start and edit.old.end <= old_sentence_end
        if edit.op == "insert":
            assert new_paragraph[0] <= edit.new.start and edit.new.end <= new_paragraph[1]
    assert [(p.old, p.new) for p in report.pairs] == [(0, 0), (1, 1), (2, 2)]


def test_an_inserted_paragraph_is_inserted_whole_and_neighbours_stay_equal():
    old = "\n\n".join(PARAGRAPHS)
    added = "A new paragraph about something else entirely, with its own facts."
    new = "\n\n".join([PARAGRAPHS[0], added, PARAGRAPHS[1], PARAGRAPHS[2]])
    report = compare(old, new)
    assert changes(report) == [("insert", added + "\n\n")]
    assert [(p.old, p.new) for p in report.pairs] == [(0, 0), (None, 1), (1, 2), (2, 3)]


def test_one_paragraph_documents_are_aligned_by_sentence():
    sentences = [
        "The first sentence sets out the matter at hand in plain words.",
        "A second sentence adds a detail that readers may find useful.",
        "The third one closes the paragraph with a short conclusion.",
    ]
    old = " ".join(sentences)
    new = " ".join([sentences[0], "An inserted sentence brings fresh news from the capital.", sentences[1], sentences[2]])
    report = compare(old, new)
    assert changes(report) == [("insert", "An inserted sentence brings fresh news from the capital. ")]
    assert report.edits[-1].op == "equal"


def test_a_sentence_moved_inside_a_paragraph_is_a_move():
    first = "Lukashenko has ruled Belarus since 1994 and is a close ally of Moscow."
    second = "The restrictions were expanded after the invasion of Ukraine began."
    third = "Sanctions on potash forced exports to be redirected via Russian ports."
    report = compare(" ".join([first, second, third]), " ".join([third, first, second]))
    assert len(report.moves) == 1
    move = report.moves[0]
    assert move.old.slice(report.old.text).strip() == third
    assert move.similarity == pytest.approx(1.0, abs=0.02)
    assert report.summary.words_removed == report.summary.words_added == 0


# Similarity ------------------------------------------------------------------------------------


def test_similarity_figures():
    same = compare(OLD_SEED, OLD_SEED)
    assert same.summary.similarity == 1.0 and not same.has_changes
    unrelated = compare("Alpha beta gamma delta.", "Completely other words here now!")
    assert unrelated.summary.similarity < 0.2
    seeds = compare(OLD_SEED, NEW_SEED)
    assert 0.4 < seeds.summary.similarity < 0.9
    edited = [p for p in seeds.pairs if p.old is not None and p.new is not None]
    assert all(0.0 < p.similarity <= 1.0 for p in edited)
    assert any(p.similarity == 1.0 for p in edited) and any(p.similarity < 1.0 for p in edited)


# Moves on the seeds -----------------------------------------------------------------------------


def _block_starting(document: docdelta.Document, prefix: str) -> int:
    return next(i for i, b in enumerate(document.blocks) if document.block_text(b).startswith(prefix))


def test_seed_paragraphs_in_another_order_are_moves_not_deletions():
    report = compare(OLD_SEED, NEW_SEED)
    pairs = {p.old: p for p in report.pairs if p.old is not None}
    reordered = ["“This is a very good step", "“Per the instructions", "The move comes amid", "Potash is one of"]
    for prefix in reordered:
        old_block = _block_starting(report.old, prefix)
        new_block = _block_starting(report.new, prefix.replace("“", '"'))
        assert pairs[old_block].new == new_block, prefix  # paired with itself, not a neighbour
    moved = {report.old.block_text(report.old.blocks[p.old])[:20] for p in report.pairs if p.move is not None}
    assert moved == {"“This is a very good", "“Per the instruction"}
    assert all(e.change_class is not None for e in report.edits if e.is_change)
    per = next(m for m in report.moves if m.old.slice(OLD_SEED).startswith("“Per"))
    inner = [e for e in report.edits if e.move == per.id]
    assert any(e.op == "equal" for e in inner) and any(e.is_change for e in inner)  # a move with inner edits


def test_seed_diff_mirrors_when_sides_swap():
    forward = compare(OLD_SEED, NEW_SEED)
    backward = compare(NEW_SEED, OLD_SEED)
    swapped = {"insert": "delete", "delete": "insert", "equal": "equal", "ignore": "ignore"}
    assert sorted((swapped[e.op], e.new, e.old, e.move is None) for e in backward.edits) == sorted(
        (e.op, e.old, e.new, e.move is None) for e in forward.edits
    )
    assert backward.summary.similarity == forward.summary.similarity
    assert len(backward.moves) == len(forward.moves)


# Change classes ---------------------------------------------------------------------------------


def _classes(old: str, new: str, **options) -> list[str]:
    report = compare(old, new, **options)
    return [e.change_class for e in report.edits if e.is_change]


def test_change_classes():
    assert set(_classes("“Good,” he said.", '"Good," he said.')) == {"format"}
    assert set(_classes("They will recieve aid.", "They will receive aid.")) == {"typo"}
    assert set(_classes("The talks were very productive indeed.", "The talks were quite fruitful indeed.")) == {
        "wording"
    }
    assert set(_classes("It rained. People stayed home.", "It rained. The match was cancelled. People stayed home.")) == {
        "substantive"
    }
    assert set(_classes("Belarus freed 123 prisoners.", "Belarus freed 114 prisoners.")) == {"factual"}


def test_dates_names_and_quotations_changed_inside_a_sentence_are_factual():
    assert set(_classes("The talks began on Monday.", "The talks began on Tuesday.")) == {"factual"}
    assert set(_classes("The envoy met Kalesnikova in Minsk.", "The envoy met Kalesnikava in Minsk.")) == {"factual"}
    assert set(_classes('He said: "We will not stop." Then he left.', 'He said: "We shall never stop." Then he left.')) == {
        "factual"
    }
    assert set(_classes('He said: "We will stop." Then he left quietly.', 'He said: "We will stop." Then he left.')) == {
        "wording"
    }


def test_summary_counts_each_class_and_filters_apply():
    old = "“Good,” he said. They will recieve aid. Belarus freed 123 prisoners."
    new = '"Good," he said. They will receive aid. Belarus freed 114 prisoners.'
    report = compare(old, new)
    counts = report.summary.changes_by_class
    assert (counts["format"], counts["typo"], counts["factual"]) == (2, 1, 1)
    only_factual = compare(old, new, **{"min-class": "factual"})
    assert [c for c in only_factual.summary.changes_by_class.values() if c] == [1]


class FactualNames:
    docdelta_name = "factual-names-test"

    @staticmethod
    def names(comparison):
        at = comparison.new.text.find("Kalesnikava")
        if at >= 0:
            yield Finding(
                "names", "name-variant", "medium", "spelling of a name", new_spans=[docdelta.Span(at, at + 11)],
                factual=True,
            )

    @hookimpl
    def docdelta_register_checks(self, register):
        register(Check("names", self.names, "Flags a name's spelling."))


def test_a_factual_finding_raises_the_changes_it_touches():
    old, new = "Kalesnikova was freed.", "Kalesnikava was freed."  # a name starting its sentence: a typo
    plain = compare(old, new)
    assert {e.change_class for e in plain.edits if e.is_change} == {"typo"}
    report = Session(["json"], extra_plugins=[FactualNames()]).compare(old, new)
    assert {e.change_class for e in report.edits if e.is_change} == {"factual"}


# Granularity ------------------------------------------------------------------------------------


def test_granularity_char_word_sentence():
    old = "We had dinner at eight. It was late."
    new = "We had dinners at eight. It was late."
    assert changes(compare(old, new, granularity="char")) == [("insert", "s")]
    assert changes(compare(old, new, granularity="word")) == [("delete", "dinner"), ("insert", "dinners")]
    assert changes(compare(old, new, granularity="sentence")) == [
        ("delete", "We had dinner at eight. "),
        ("insert", "We had dinners at eight. "),
    ]


# Truncation -------------------------------------------------------------------------------------

ARTICLE = "\n\n".join(
    [
        "The U.S. is lifting sanctions on Belarusian potash, the envoy said on Saturday after a meeting.",
        "The move comes amid a warming of relations between Washington and Minsk this year.",
        "Potash is one of Belarus's key exports and its most significant mineral resource.",
        "Cole said Washington and Minsk would continue talks on sanctions in the coming weeks.",
    ]
)


@pytest.mark.parametrize(
    "feed",
    [
        ARTICLE[: ARTICLE.index("of relations")] + "…",
        ARTICLE[: ARTICLE.index("Potash")] + "Read more",
        ARTICLE[: ARTICLE.index("Minsk this")].rstrip(),
    ],
)
def test_text_past_a_truncation_is_beyond_the_shorter_text(feed):
    for old, new in ((feed, ARTICLE), (ARTICLE, feed)):
        report = compare(old, new)
        longer_is_new = new is ARTICLE
        beyond = [e for e in report.edits if e.beyond]
        assert beyond, "nothing marked beyond the cut"
        assert all(e.is_change for e in beyond)
        assert "Cole said Washington" in "".join(
            (e.new.slice(new) if longer_is_new else e.old.slice(old)) for e in beyond
        )
        cut = len(feed.rstrip("…").removesuffix("Read more").rstrip())
        for edit in report.edits:
            span = edit.new if longer_is_new else edit.old
            if edit.is_change and not edit.beyond and span.length:
                assert span.end <= cut + 1


def test_a_shorter_text_that_ends_its_sentences_is_not_truncated():
    shorter = ARTICLE[: ARTICLE.index("Potash")].rstrip()
    report = compare(shorter, ARTICLE)
    assert report.has_changes and not any(e.beyond for e in report.edits)


# Work budget ------------------------------------------------------------------------------------


def test_past_the_work_budget_the_diff_is_coarse_lossless_and_deterministic():
    options = {"work-budget": 10}
    first = compare(OLD_SEED, NEW_SEED, **options)
    second = compare(OLD_SEED, NEW_SEED, **options)
    assert first.edits == second.edits and first.moves == second.moves
    assert any("work budget of 10 steps exceeded" in w for w in first.warnings)
    fine = compare(OLD_SEED, NEW_SEED)
    assert not any("work budget" in w for w in fine.warnings)
    assert first.summary.words_removed >= fine.summary.words_removed


def test_pathological_inputs_stay_lossless():
    words = [f"w{k % 997}" for k in range(3000)]
    one_word_old = "\n\n".join(words)
    one_word_new = "\n\n".join(w if k % 7 else "changed" for k, w in enumerate(words))
    compare(one_word_old, one_word_new)
    paragraph = "The same paragraph, said again and again, with nothing new in it."
    repeated_old = "\n\n".join([paragraph] * 2000)
    repeated_new = "\n\n".join(paragraph if k % 3 else PARAGRAPHS[k % 3] for k in range(2000))
    report = compare(repeated_old, repeated_new)
    assert report.summary.words_added > 0
    compare(one_word_old, repeated_new, **{"work-budget": 1000})


def test_sentence_granularity_keeps_sentences_equal_under_normalization():
    session = Session(["json"], extra_plugins=[TypographyPlugin()], options={"granularity": "sentence"})
    report = session.compare("“Good,” he said. It rained all day.", '"Good," he said. It rained all night.')
    assert changes(report) == [("delete", "It rained all day."), ("insert", "It rained all night.")]


DELETED = (
    "Meanwhile farmers near Grodno reported poor harvests, flooded roads, broken bridges, late trains, "
    "closed schools, empty shops, cold winters, rising prices, fewer buses, longer queues and lower wages."
)


def test_a_sentence_moved_to_another_paragraph_is_a_move():
    kept = (
        "Officials in Minsk confirmed the release on Saturday evening after long talks behind closed doors, "
        "and said that more prisoners could follow before the end of the year."
    )
    quote = "“This is a very good step by the United States for Belarus,” the envoy said."
    old = "\n\n".join([
        PARAGRAPHS[0],
        f"{DELETED} {quote}",
        PARAGRAPHS[2],
    ])
    new = "\n\n".join([PARAGRAPHS[0], PARAGRAPHS[2], f"{kept} {quote}"])
    report = compare(old, new)
    assert len(report.moves) == 1
    move = report.moves[0]
    assert move.old.slice(old).strip() == quote and move.new.slice(new).strip() == quote
    assert ("delete", DELETED + " ") in changes(report)
    assert report.summary.words_moved == len(quote.split())


@pytest.mark.parametrize("form", ["NFC", "NFD"])
def test_an_accent_change_is_a_typo_precomposed_or_written_with_combining_marks(form):
    """'café' -> 'cafè' is a typo whether the accents are one code point or a letter and a
    combining mark (marks once fell out of the bare words compared, leaving 'format')."""
    import unicodedata

    old = unicodedata.normalize(form, "We met at the café on Monday.")
    new = unicodedata.normalize(form, "We met at the cafè on Monday.")
    report = Session(["news", "json"]).compare(old, new)
    assert {edit.change_class for edit in report.edits if edit.is_change} == {"typo"}
    assert not Session(["news", "json"], options={"min-class": "wording"}).compare(old, new).has_changes
    assert Session(["news", "json"], options={"min-class": "typo"}).compare(old, new).has_changes
