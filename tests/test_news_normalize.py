"""The news plugin's normalizers: each one's effect, switching each off, and never raising."""

from __future__ import annotations

import re
import subprocess
import sys
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import docdelta
from docdelta_news import normalize

SESSION = docdelta.Session(["news"], strict=True)
NORMALIZERS = {name: normalizer for name, normalizer in SESSION.host.normalizers.items()}
NAMES = ["invisible", "unicode", "spaces", "quotes", "dashes", "ellipsis", "whitespace", "casefold"]


def test_the_normalizers_and_their_defaults():
    assert [name for name in NORMALIZERS if name in NAMES] == NAMES
    assert {name: NORMALIZERS[name].default for name in NAMES} == {name: name != "casefold" for name in NAMES}
    assert all(NORMALIZERS[name].description.strip() for name in NAMES)


#: (normalizer, old, new): equal with the normalizer on, a change with it off (the others on).
CASES = [
    ("quotes", "Belarus’s flag carrier", "Belarus's flag carrier"),
    ("quotes", "“A good step,” Cole said.", '"A good step," Cole said.'),
    ("quotes", "«Merci», he said.", '"Merci", he said.'),
    ("dashes", "Minsk — and Moscow", "Minsk - and Moscow"),
    ("dashes", "Minsk -- and Moscow", "Minsk – and Moscow"),
    ("dashes", "a full‑scale invasion", "a full-scale invasion"),
    ("ellipsis", "He paused… then spoke.", "He paused... then spoke."),
    ("spaces", "Dec.\u00a013 talks", "Dec. 13 talks"),
    ("invisible", "Bela\u00adrus talks", "Belarus talks"),
    ("invisible", "Minsk\u200b talks", "Minsk talks"),
    ("unicode", "the ﬁnal deal", "the final deal"),
    ("unicode", "１２３ prisoners", "123 prisoners"),
    ("whitespace", "Cole said  it\nwas good.", "Cole said it was good."),
    ("whitespace", "Cole said it.\r\n\r\nThen left.", "Cole said it.\n\nThen left.\n"),
    ("casefold", "Belarusian Potash", "belarusian potash"),
]


#: Normalizers that also do another's work, switched off to see that one alone:
#: NFKC maps odd spaces and the ellipsis; ``whitespace`` hides every space.
OVERLAPPING = {"spaces": ("unicode", "whitespace"), "ellipsis": ("unicode",)}


def changed(old: str, new: str, options: dict) -> bool:
    return docdelta.Session(["news"], options=options, strict=True).compare(old, new).has_changes


@pytest.mark.parametrize(("name", "old", "new"), CASES)
def test_a_normalizer_makes_texts_equal_and_can_be_switched(name, old, new):
    others = OVERLAPPING.get(name, ())
    on = {"normalizer": (name,)} if name == "casefold" else {"no-normalizer": others}
    off = {} if name == "casefold" else {"no-normalizer": (*others, name)}
    assert not changed(old, new, on)
    assert changed(old, new, off)


def test_reports_quote_the_original_text():
    report = SESSION.compare("Belarus’s “deal” — done…", "Belarus's \"deal\" - done... and more")
    equal = "".join(edit.old.slice(report.old.text) for edit in report.edits if edit.op == "equal")
    assert "Belarus’s “deal” — done…" in equal
    (insert,) = [edit for edit in report.edits if edit.op == "insert"]
    assert insert.new.slice(report.new.text).strip() == "and more"


def test_the_cli_switches_normalizers(tmp_path):
    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_text("Belarus’s deal.", encoding="utf-8")
    new.write_text("Belarus's deal.", encoding="utf-8")
    base = [sys.executable, "-m", "docdelta", "compare", "--plugins", "news,text", "--color", "never"]
    same = subprocess.run([*base, str(old), str(new)], capture_output=True, text=True, encoding="utf-8")
    differs = subprocess.run(
        [*base, "--no-normalizer", "quotes", str(old), str(new)], capture_output=True, text=True, encoding="utf-8"
    )
    assert same.returncode == 0, same.stderr
    assert differs.returncode == 1, differs.stderr
    assert "’" in differs.stdout


ODD_TOKENS = ["…", "’", "“", "\u00a0", "\u200b", "\u00ad", "---", "\r\n\r\n", "ﬁ", "\ud800"]
TOKENS = st.text(max_size=30) | st.sampled_from(ODD_TOKENS)


@settings(max_examples=300, deadline=None)
@given(token=TOKENS)
def test_every_normalizer_maps_any_token_to_a_string(token):
    for name in NAMES:
        assert isinstance(NORMALIZERS[name].function(token), str)


ASCII_TOKENS = st.text(st.characters(max_codepoint=127), max_size=30)


@settings(max_examples=300, deadline=None)
@given(token=ASCII_TOKENS)
def test_the_ascii_shortcut_changes_nothing(token):
    """The normalizers that only map characters outside ASCII return an ASCII token at once
    (they run on every distinct token); their full readings agree, and only '--' runs and
    whitespace change ASCII text."""
    assert unicodedata.normalize("NFKC", token) == NORMALIZERS["unicode"].function(token) == token
    for name, pattern in [("invisible", normalize._INVISIBLE), ("spaces", normalize._ODD_SPACES)]:
        assert pattern.sub("", token) == NORMALIZERS[name].function(token) == token
    assert normalize._DOUBLE_QUOTES.sub("", normalize._SINGLE_QUOTES.sub("", token)) == token
    assert NORMALIZERS["quotes"].function(token) == token
    assert NORMALIZERS["dashes"].function(token) == re.sub("-{2,}", "-", token)


def test_a_paragraph_split_still_shows_with_whitespace_ignored():
    old = "Cole spoke first. Talks went on.\n\nThe deal was done."
    new = "Cole spoke first.\n\nTalks went on.\n\nThe deal was done."
    report = SESSION.compare(old, new)
    assert report.has_changes
    assert {edit.change_class for edit in report.edits if edit.is_change} == {"format"}


def test_text_of_one_word_a_line_keeps_a_small_diff_with_whitespace_ignored():
    """2,000 lines drawn from five words, 20 of them replaced by a word found nowhere else:
    exactly 20 words out and 20 in, with the whitespace normalizer as without it. (No word is
    unique on both sides; anchoring on the k-th occurrence of each word once gave +657/-657.)"""
    vocabulary = ["ok", "yes", "no", "maybe", "done"]
    old_lines = [vocabulary[(k * k + 3 * k) % 5] for k in range(2000)]
    new_lines = list(old_lines)
    for k in range(20):
        new_lines[50 + 97 * k] = "changed"
    old, new = "\n".join(old_lines) + "\n", "\n".join(new_lines) + "\n"
    for options in ({}, {"no-normalizer": ["whitespace"]}):
        summary = docdelta.Session(["news"], options=options, strict=True).compare(old, new).summary
        assert (summary.words_added, summary.words_removed) == (20, 20), options
