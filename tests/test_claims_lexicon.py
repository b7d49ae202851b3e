"""The shipped lemma table gives lemminflect's answers, without lemminflect at run time."""

from __future__ import annotations

import subprocess
import sys

import lemminflect
import pytest
from lemminflect.core.Lemmatizer import Lemmatizer

from docdelta_claims import lexicon, make_lexicon

# Words claim frames read in the sentences and the facts corpus.
FRAME_WORDS = """freed released transferred held remain remains killed people prisoners children died
sent pardoned handed cut cuts homes seats took killing deaths death toll protesters residents
individuals medals offers raising free hold transfer kill still political prisoner person said
according evacuated injured wounded missing displaced arrested detained jailed""".split()
# Words the table lacks, and strings that are no words: before its first line, after its
# last, inside its header, with the table's separators in them, with non-ASCII letters.
UNKNOWN = ["", "xyzzyq", "Ukrainians", "!", "#", "# lemminflect", "zzzzzz", "\x7f", "a\tb", "free\nd",
           "freed\t", "VERB:free", "free/d", "purée", "purées", "Ñandú", "ß", "İstanbul", "ǅ"]
PROPER = ["Ukraine", "China", "Derna", "Alphabet", "HUR", "WHO", "Aaron", "Aarons", "Monday", "Mr", "US"]


def _table_words() -> list[str]:
    lemmatizer = Lemmatizer()
    return sorted(set(lemmatizer._getLemmaDict()) | set(lemmatizer._getOverridesDict()))


def _sample() -> list[str]:
    # Every 20th word of the table (3,500), as written and in the other two capitalisations
    # lemminflect copies onto its lemmas.
    words = _table_words()[::20] + FRAME_WORDS + UNKNOWN + PROPER
    return sorted({variant for word in words for variant in (word, word.upper(), word.capitalize())})


def test_the_sample_holds_thousands_of_known_unknown_and_proper_words():
    sample = _sample()
    assert len(sample) > 10_000
    assert sum(bool(lemminflect.getAllLemmas(word)) for word in sample) > 5_000
    assert sum(not lemminflect.getAllLemmas(word) for word in sample) > 500
    assert sum(bool(lemminflect.getAllLemmas(word, "PROPN")) for word in sample) > 500


@pytest.mark.parametrize("upos", [None, *lexicon.UPOS])
def test_lemmas_are_lemminflects_for_every_word_class(upos):
    for word in _sample():
        expected = lemminflect.getAllLemmas(word, upos)
        # Items, not the dicts: the word classes come in lemminflect's order too.
        assert list(lexicon.lemmas(word, upos).items()) == list(expected.items()), (word, upos)


def test_the_words_frames_read():
    assert lexicon.lemmas("freed") == {"VERB": ("free",)}
    assert lexicon.lemmas("children") == {"NOUN": ("child",)}
    assert lexicon.lemmas("held") == lemminflect.getAllLemmas("held")
    assert lexicon.lemmas("people") == lemminflect.getAllLemmas("people")
    for word in FRAME_WORDS:
        assert lexicon.lemmas(word) == lemminflect.getAllLemmas(word), word


def test_proper_nouns():
    for word in PROPER + ["ukraine", "UKRAINE", "people", "Freed", "Xyzzyq"]:
        assert lexicon.lemmas(word, "PROPN") == lemminflect.getAllLemmas(word, "PROPN"), word
    assert lexicon.lemmas("Ukraine", "PROPN") == {"NOUN": ("Ukraine",)}
    assert lexicon.lemmas("ukraine") == {}


def test_every_word_of_the_table_is_found():
    """Every line, wherever it falls between the lines the lookup's coarse index samples."""
    for word in _table_words():
        upos = "PROPN" if word[:1].isupper() else None
        assert lexicon.lemmas(word, upos) == lemminflect.getAllLemmas(word, upos), word
    assert lexicon.lemmas("Aaron", "PROPN") == {"NOUN": ("Aaron",)}
    assert lexicon.lemmas("'d") == {"AUX": ("will", "have"), "VERB": ("will", "have")}  # the first line
    assert lexicon.lemmas("zygotes") == {"NOUN": ("zygote",)}  # the last


def test_an_unknown_word_class_is_refused():
    with pytest.raises(ValueError, match="'PRON'"):
        lexicon.lemmas("he", "PRON")


def test_the_shipped_table_and_licence_are_what_make_lexicon_writes_from_lemminflect():
    """The whole table, not a sample: regenerate it (python -m docdelta_claims.make_lexicon)
    when lemminflect changes."""
    assert make_lexicon.TABLE.read_text(encoding="utf-8") == make_lexicon.table()
    assert make_lexicon.LICENSE.read_text(encoding="utf-8") == make_lexicon.licence()
    assert "Copyright (C) 2019 Brad Jascob" in make_lexicon.LICENSE.read_text(encoding="utf-8")


def test_the_table_is_in_the_byte_order_of_whole_words_spaces_and_all(monkeypatch):
    """lemminflect has words with a space ("cave men"): the lookup's binary search needs each after
    the word it extends ("cave") and before a longer word (space sorts before letters), whatever
    order lemminflect lists them in."""
    given = {"cave men": {"NOUN": ("caveman",)}, "caveman": {"NOUN": ("caveman",)}, "cave": {"NOUN": ("cave",)}}
    monkeypatch.setattr(make_lexicon, "entries", lambda: given)
    header, *lines = make_lexicon.table().splitlines()
    assert header.startswith("# lemminflect")
    assert lines == ["cave\tNOUN:cave", "cave men\tNOUN:caveman", "caveman\tNOUN:caveman"]


def test_frames_never_import_lemminflect():
    """lemminflect is a test dependency: reading frames in a fresh process does not import it."""
    code = (
        "import sys; from docdelta_claims.extract import text_claims; from docdelta_claims.frame import claim_frame;"
        " (claim,) = [c for c in text_claims('Russia freed 52 political prisoners on Thursday.') if c.text == '52'];"
        " frame = claim_frame(claim); print(frame.thing, frame.predicate, 'lemminflect' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["political", "prisoner", "free", "False"]


def test_a_lemminflect_without_its_licence_file_stops_make_lexicon_naming_the_file(monkeypatch):
    """The table is not written without the licence it ships under; the message names the file
    as the distribution spells it, so that it can be looked for."""

    class NoLicence:
        def read_text(self, filename):
            return None  # what importlib.metadata gives for a file the distribution lacks

    monkeypatch.setattr(make_lexicon.importlib.metadata, "distribution", lambda name: NoLicence())
    with pytest.raises(SystemExit, match="ships no LICENSE file"):
        make_lexicon.licence()
