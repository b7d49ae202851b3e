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
        # two number words side by side that make no one number are two: a set score "six four"
        ("She took the set six four.", [("six", 6, True, False), ("four", 4, True, False)]),
        # a fraction in one hyphenated word, its denominator 2 too
        ("one-half", [("one-half", 0.5, True, False)]),
        # beyond text2num's scales: the words after a trillion are its ones
        ("two trillion three hundred", [("two trillion three hundred", 2_000_000_000_300, True, False)]),
        # a plural "dozens" after a number word
        ("three dozens", [("three dozens", 36, True, False)]),
        # "over" between a number word and a numeral: a ratio written (partly) in words
        ("three over 4", [("three over 4", 0.75, True, False)]),
        # the trillion text2num cannot read is still a number in words, as "a million" is
        ("a trillion", [("a trillion", 10**12, True, False)]),
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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # signs and every digit written; not a hyphen in a name or a range
        ("-9.2321312", [("-9.2321312", -9.2321312)]),
        ("(−4)", [("−4", -4)]),
        ("COVID-19", [("19", 19)]),  # the extractor drops it: a letter stands before
        ("2021-22", [("2021", 2021), ("22", 22)]),
        # exponents, powers, leading-dot decimals
        ("1e10", [("1e10", 10**10)]),
        ("-12e-1", [("-12e-1", -1.2)]),
        ("2.48×10−5", [("2.48×10−5", 2.48e-05)]),
        ("2.5^-1", [("2.5^-1", 0.4)]),
        (".08", [(".08", 0.08)]),
        # scale letters and words
        ("10k", [("10k", 10000)]),
        ("1.2b", [("1.2b", 1200000000)]),
        ("$13.6M", [("13.6M", 13600000)]),
        ("12.3m tonnes", [("12.3m", 12300000)]),
        ("a 100m sprint", [("100", 100)]),
        # "m" before a people, a currency or after what has a population is millions, as before a plural
        ("About 25m Poles", [("25m", 25000000)]),
        ("1.5m Syrian refugees", [("1.5m", 1500000)]),
        ("a bail of 100m naira", [("100m", 100000000)]),
        ("a population of 10m", [("10m", 10000000)]),
        ("put its population at 38m", [("38m", 38000000)]),
        ("a depth of 10m", [("10", 10)]),
        ("the 200m Games", [("200", 200)]),
        ("221B Baker Street", [("221", 221)]),
        ("322 hundred", [("322 hundred", 32200)]),
        ("3 dozens", [("3 dozens", 36)]),
        ("one trillion", [("one trillion", 10**12)]),
        ("twenty-one trillion and three hundred", [("twenty-one trillion and three hundred", 21000000000300)]),
        ("two hundred point seventy-one", [("two hundred point seventy-one", 200.71)]),
        ("minus one", [("minus one", -1)]),
        # fractions: a value below one is a share (typed as a percent by the extractor)
        ("two thirds", [("two thirds", 0.666666666667)]),
        ("five eighths", [("five eighths", 0.625)]),
        ("a fifth of", [("a fifth", 0.2)]),
        ("a fifth term", [("fifth", 5)]),  # a rank
        # "one" leads a fraction of one as "a" does: one eighth is an eighth, not a one and a rank
        ("They won one eighth of the seats.", [("one eighth", 0.125)]),
        ("one hundred thirty-fifths", [("one hundred thirty-fifths", 2.85714285714)]),
        ("twenty and three fifths", [("twenty and three fifths", 20.6)]),
        ("one and a fourth", [("one and a fourth", 1.25)]),
        # a title-case headline's "And A Half" is a half more, as "and a half" is
        ("Man Freed After Three And A Half Years", [("Three And A Half", 3.5)]),
        ("3/4", [("3/4", 0.75)]),
        ("2 1/4", [("2 1/4", 2.25)]),
        ("3-1/2", [("3-1/2", 3.5)]),  # a wire style's mixed number ("given 3-1/2 years")
        ("24/7", [("24", 24), ("7", 7)]),  # no fraction: the extractor drops both as a name
        ("2½ years", [("2½", 2.5)]),
        ("one over three", [("one over three", 0.333333333333)]),
        # the numerals inside a fraction are its own; a numeral after it is read
        ("3/4 of 20 voters", [("3/4", 0.75), ("20", 20)]),
        # a fraction after a hyphenated one is read too, and its run of words stops there
        ("one-half and two thirds", [("one-half", 0.5), ("two thirds", 0.666666666667)]),
        # only "and" joins a whole number and a fraction ("2 and a half"); a comma parts them
        ("Of the five, one-half left.", [("five", 5), ("one-half", 0.5)]),
        # "halves" is a plural denominator like "fifths": three halves are 1.5
        ("half a dozen eggs", [("half a dozen", 6)]),
        ("three halves", [("three halves", 1.5)]),
        ("five halves of the pie", [("five halves", 2.5)]),
        # a numerator is the run of number words right before its denominator: an earlier
        # number across other words ("Five voters got") is a number of its own
        ("Five voters got three fifths of the seats.", [("Five", 5), ("three fifths", 0.6)]),
    ],
)
def test_numbers_as_peers_write_them(text, expected):
    assert [(text[a.start : a.end], a.value) for a in atoms(text)] == expected


def test_tens_before_a_plural_denominator_are_the_denominators_tens():
    """``three thirty fifths`` is three 35ths (as ``one hundred thirty-fifths`` is 100/35), not 330/5."""
    text = "three thirty fifths"
    [(read, value)] = [(text[a.start : a.end], a.value) for a in atoms(text)]
    assert read == text and value == pytest.approx(3 / 35)


@pytest.mark.parametrize("text", ["two trillion twenty and three fifths", "two trillion and twenty and three fifths"])
def test_the_whole_part_of_a_mixed_fraction_keeps_what_follows_its_trillions(text):
    """``two trillion twenty and three fifths`` is 2,000,000,000,020.6 (kept to 12 significant digits);
    an "and" after the trillions, as British English writes it, joins them to what follows."""
    [(read, value)] = [(text[a.start : a.end], a.value) for a in atoms(text)]
    assert read == text and value == pytest.approx(2_000_000_000_020.6, rel=1e-12)


def test_a_trillion_with_the_article_is_a_number_as_a_billion_is():
    text = "The program will cost a trillion dollars."
    assert [(text[a.start : a.end], a.value) for a in atoms(text)] == [("a trillion", 10**12)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("one and a half million people", 1_500_000),
        ("2 1/2 million people", 2_500_000),
        ("a dozen and a half eggs", 18),
        ("three and a quarter billion dollars", 3_250_000_000),
        ("4½ thousand tonnes", 4_500),
        ("one and a half dozen eggs", 18),
        ("two point five million viewers", 2_500_000),
        ("a million and a half refugees", 1_500_000),
        # at the end of a sentence "a half" is a share of its own first, then joined as a part of the dozens
        ("They sold two dozen and a half.", 30),
        ("The city had a million and a half.", 1_500_000),
        # no scale word: the part is of one
        ("two and a quarter miles", 2.25),
    ],
)
def test_a_mixed_number_before_or_after_a_scale_word_is_that_many_of_the_scale(text, value):
    """"one and a half million" is 1.5 millions; "a dozen and a half" is 1.5 dozens."""
    assert [a.value for a in atoms(text)] == [value]
