"""Numbers as written, before they are typed: numerals, scale words, and number words read by text2num."""

from __future__ import annotations

import pytest

from docdelta_claims.numbers import atoms, numeral_value, plain


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1,234", [("1,234", 1234, False, False)]),
        ("1,234.5", [("1,234.5", 1234.5, False, False)]),
        ("3.5", [("3.5", 3.5, False, False)]),
        ("1.2 million", [("1.2 million", 1200000, False, False)]),
        ("2 billion", [("2 billion", 2000000000, False, False)]),
        ("3rd", [("3rd", 3, False, True)]),
        # text2num: compound number words, "and", scale words, ordinals
        ("twenty-three", [("twenty-three", 23, True, False)]),
        ("one hundred and five", [("one hundred and five", 105, True, False)]),
        ("nine hundred thousand", [("nine hundred thousand", 900000, True, False)]),
        ("two million", [("two million", 2000000, True, False)]),
        ("second", [("second", 2, True, True)]),
        ("twenty-first", [("twenty-first", 21, True, True)]),
        # the few words text2num leaves to us: the article, "dozen"
        ("a hundred", [("a hundred", 100, True, False)]),
        ("a million", [("a million", 1000000, True, False)]),
        ("a dozen", [("a dozen", 12, True, False)]),
        ("three dozen", [("three dozen", 36, True, False)]),
        ("twenty-four dozen", [("twenty-four dozen", 288, True, False)]),
        ("the dozen eggs", [("dozen", 12, True, False)]),
        # vague plurals text2num reads as exact numbers are dropped, as is the pronoun after "no"
        ("hundreds of people", []),
        ("tens of thousands", []),
        ("no one", []),
        ("five and 5", [("five", 5, True, False), ("5", 5, False, False)]),
    ],
)
def test_atoms(text, expected):
    assert [(text[a.start : a.end], a.value, a.word, a.ordinal) for a in atoms(text)] == expected


def test_values_are_ints_when_whole():
    assert numeral_value("1,000") == 1000 and isinstance(numeral_value("1,000"), int)
    assert numeral_value("3.50") == 3.5
    assert plain(1.2 * 10**6) == 1200000 and isinstance(plain(1.2 * 10**6), int)


def test_lone_surrogates_are_no_number_words_and_do_not_crash_text2num():
    """A parser may keep undecodable bytes as lone surrogates; text2num panics on them if handed one."""
    found = atoms("five \udcff people and twenty-one cats, \ud800six")
    assert [(atom.value, atom.word) for atom in found] == [(5, True), (21, True), (6, True)]


def test_the_claims_check_reads_a_document_holding_lone_surrogates():
    import docdelta
    from docdelta import Document, hookimpl

    class KeepsBytes:
        docdelta_name = "keeps-bytes"

        @hookimpl
        def docdelta_parse(self, source):
            return Document.from_text(source.data.decode("utf-8", "surrogateescape"), name=source.name)

    session = docdelta.Session(plugins=["claims"], extra_plugins=[KeepsBytes()], strict=True)
    report = session.compare(b"Police detained five \xff journalists.", b"Police detained six \xff journalists.")
    assert [(f.data["status"], f.data["old"]["value"], f.data["new"]["value"]) for f in report.findings] == [
        ("changed", 5, 6)
    ]
