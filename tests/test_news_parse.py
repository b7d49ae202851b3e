"""The news parser on constructed inputs: encodings, refusals, line ends, header fields, block kinds."""

from __future__ import annotations

import codecs
import re
import string
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import docdelta
from docdelta import InputError, Source
from docdelta_news.decode import _refuse_binary
from docdelta_news.furniture import _PAGE_COUNTER, _credits, _names, _pattern, _stamp
from docdelta_news.structure import (
    _BOILERPLATE, _CAPTION, _FEED_FOOTER, _QUOTE_OPENERS, _RELATED, _RELATED_HEADING, _classify, _paragraphs,
)  # fmt: skip

SESSION = docdelta.Session(["news"], strict=True)


def parse(data: bytes | str, name: str = "story.txt") -> docdelta.Document:
    return SESSION.parse(Source(name, data.encode("utf-8") if isinstance(data, str) else data))


def kinds(document: docdelta.Document) -> list[tuple[str, str]]:
    return [(block.kind, document.block_text(block)) for block in document.blocks]


STORY = "Lede sentence here.\n\nSecond paragraph, “quoted” and café.\n\nThird one."


@pytest.mark.parametrize(
    ("data", "encoding", "warned"),
    [
        (STORY.encode("utf-8"), "utf-8", False),
        (codecs.BOM_UTF8 + STORY.encode("utf-8"), "utf-8-sig", False),
        (STORY.encode("utf-16"), "utf-16", False),
        (codecs.BOM_UTF16_BE + STORY.encode("utf-16-be"), "utf-16", False),
        (STORY.encode("cp1252"), "cp1252", True),
    ],
)
def test_encodings_give_the_same_text(data, encoding, warned):
    document = parse(data)
    assert document.text == STORY
    assert document.encoding == encoding
    assert bool(document.warnings) is warned
    assert [kind for kind, _ in kinds(document)] == ["standfirst", "paragraph", "paragraph"]


def test_bytes_cp1252_leaves_undefined_become_controls_not_errors():
    document = parse(b"Caf\xe9 \x81 and \x9d.")
    assert document.text == "Café \x81 and \x9d."
    assert document.encoding == "cp1252"


def test_one_windows_1252_line_in_a_utf_8_file_is_read_alone_as_windows_1252():
    """A cp1252 line pasted into a UTF-8 file: that line is read as cp1252, every other line as
    UTF-8 (not the whole file as cp1252, which made 'é' of every UTF-8 line 'Ã©'), and the
    warning names the line."""
    lines = ["Café opened on Monday.\n", "\n", "A naïve “pasted” line.\r\n", "\n", "Crème brûlée.\n"]
    data = b"".join(line.encode("cp1252" if number == 3 else "utf-8") for number, line in enumerate(lines, 1))
    document = parse(data)
    assert document.text == "".join(lines)
    assert document.encoding == "utf-8+cp1252"
    assert len(document.warnings) == 1
    assert "line(s) 3 " in document.warnings[0] and "Windows-1252" in document.warnings[0]


def test_many_windows_1252_lines_are_counted_past_the_first_five():
    data = b"".join(f"Caf\u00e9 {k}\n".encode("cp1252" if k % 2 else "utf-8") for k in range(1, 21))
    document = parse(data)
    assert document.text == "".join(f"Caf\u00e9 {k}\n" for k in range(1, 21))
    assert "line(s) 1, 3, 5, 7, 9 and 5 more" in document.warnings[0]


@pytest.mark.parametrize(
    ("data", "says"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a PNG image"),
        (b"%PDF-1.7\n%\xe2\xe3", "a PDF file"),
        (b"PK\x03\x04\x14\x00", "a ZIP archive"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "a JPEG image"),
        (b"Some text\x00with a NUL", "NUL bytes"),
        ("UTF-32 text".encode("utf-32"), "NUL bytes"),
        (bytes(range(1, 32)) * 4 + b"abc", "control characters"),
        (codecs.BOM_UTF16_LE + b"\x00\xd8", "not valid utf-16"),
    ],
)
def test_binary_input_is_refused_in_one_line_naming_the_input(data, says):
    with pytest.raises(InputError) as raised:
        parse(data, name="upload.txt")
    message = str(raised.value)
    assert message.startswith("upload.txt: ") and says in message and "\n" not in message


@pytest.mark.parametrize("line_end", ["\n", "\r\n", "\r"])
@pytest.mark.parametrize("final", [True, False])
def test_line_ends_and_a_missing_final_newline(line_end, final):
    lines = ["title: A story", "", "First words", "wrapped here.", "", "Next one."]
    text = line_end.join(lines) + (line_end if final else "")
    document = parse(text)
    assert document.text == text
    assert document.metadata == {"title": "A story"}
    assert [(kind, body.replace(line_end, "\n")) for kind, body in kinds(document)] == [
        ("header", "title: A story"),
        ("standfirst", "First words\nwrapped here."),
        ("paragraph", "Next one."),
    ]


@pytest.mark.parametrize(
    ("text", "metadata", "standfirst"),
    [
        (" date 2025-12-13 The U.S. lifted sanctions.", {"date": "2025-12-13"}, "The U.S. lifted sanctions."),
        ("date: Dec. 13, 2025\nThe story.", {"date": "2025-12-13"}, "The story."),
        ("Published: 13 December 2025\nThe story.", {"published": "2025-12-13"}, "The story."),
        ("updated 2025-12-14T09:30:00Z\n\nThe story.", {"updated": "2025-12-14"}, "The story."),
        ("Title: Potash deal\nAuthor: A. Reporter\nurl: https://example.org/x\n\nThe story.",
         {"title": "Potash deal", "author": "A. Reporter", "url": "https://example.org/x"}, "The story."),
        ("source Kyiv Independent\nThe story.", {"source": "Kyiv Independent"}, "The story."),
        ("Source said the deal was done.", {}, "Source said the deal was done."),
        ("date night is over, he said.", {}, "date night is over, he said."),
        ("The story.\ndate: 2025-12-13", {}, "The story.\ndate: 2025-12-13"),
    ],
)
def test_header_fields(text, metadata, standfirst):
    document = parse(text)
    assert dict(document.metadata) == metadata
    body = [(kind, body) for kind, body in kinds(document) if kind != "header"]
    assert body[0] == ("standfirst", standfirst)
    assert all(block.ignored for block in document.blocks if block.kind == "header")


def test_an_unreadable_date_is_kept_as_written_with_a_warning():
    document = parse("date: sometime last week\n\nThe story.")
    assert document.metadata == {"date": "sometime last week"}
    assert any("not a date" in warning for warning in document.warnings)


@pytest.mark.parametrize(
    ("paragraph", "kind"),
    [
        ("Read also: Don’t get fooled by Lukashenko", "related-link"),
        ("READ MORE: Sanctions explained", "related-link"),
        ("See also: Belarus frees prisoners", "related-link"),
        ("Related coverage", "related-link"),
        ("MOST READ", "related-link"),
        ("More from Reuters:", "related-link"),
        ("Related talks were held in Minsk.", "paragraph"),
        ("Trending upward, the count rose to 14.", "paragraph"),
        ("From The Kyiv Independent - News from Ukraine, Eastern Europe via this RSS feed", "feed-footer"),
        ("The post Belarus frees 123 appeared first on Example News.", "feed-footer"),
        ("Subscribe to our newsletter for the latest updates.", "boilerplate"),
        ("Sign up now and never miss a story.", "boilerplate"),
        ("Follow us on Twitter and Telegram.", "boilerplate"),
        ("© 2025 The Kyiv Independent. All rights reserved.", "boilerplate"),
        ("Copyright 2025 Example Media", "boilerplate"),
        ("Maria Kalesnikova after her release on Dec. 13, 2025. (Ukraine's military intelligence service)", "caption"),
        ('"This is a very good step," Cole said.', "quote"),
        ("“This is a very good step,” Cole said.", "quote"),
        # a web page's furniture, copied with the story
        ("By Jane Roe", "furniture"),
        ("By Jane Roe in Vilnius and Tom Doe in Kyiv, Reuters", "furniture"),
        ("December 13, 2025 10:43 AM GMT+3 Updated 2 hours ago", "furniture"),
        ("Updated Dec. 13, 2025 at 1:15 p.m. ET", "furniture"),
        ("Published 35 minutes ago", "furniture"),
        ("Saturday 13 December 2025 14.20 GMT", "furniture"),
        ("3 min read", "furniture"),
        ("Reading time: 5 minutes", "furniture"),
        ("Listen to this article · 4:32 min", "furniture"),
        ("Listen to this article, 4 min", "furniture"),
        ("Views: 1,245", "furniture"),
        ("Comments 38 · Shares 1.2K", "furniture"),
        ("Updated 2h ago", "furniture"),
        ("Last Updated: Dec 13, 2025, 13:20 IST", "furniture"),
        ("By Jane Roe | Updated 2 hours ago", "furniture"),
        ("Updated 13 December 2025 · 3 min read", "furniture"),
        ("Image 2 of 5", "furniture"),
        ("12 comments", "furniture"),
        ("1.2K shares", "furniture"),
        ("12 comments · 340 likes", "furniture"),
        ("Reporting by Jane Roe; Additional reporting by Tom Doe; Editing by Ann Smith", "furniture"),
        ("(Reporting by Jane Roe; Editing by Ann Smith)", "furniture"),
        # ... and what only looks like it
        ("By Saturday, 31 prisoners had been freed.", "paragraph"),
        ("By Monday", "paragraph"),
        ("By the numbers", "paragraph"),
        ("Reporting by the BBC showed 40 people died.", "paragraph"),
        ("Updated figures show 2 hours of delays.", "paragraph"),
        ("12 comments | 3 hours of debate", "paragraph"),
        ("Views: 1,245 people marched", "paragraph"),
        ("2025-12-13T10:43:00Z", "paragraph"),  # a lone word or number is no furniture
        ("Cole said it was a very good step.", "paragraph"),
        ("The move follows talks (held in Minsk) on potash.", "paragraph"),
        ("He said he would read also the reports: none.", "paragraph"),
        ("Readers can subscribe to the paper's newsletter, editors said in a long statement that went on "
         "to describe plans for the coming year, the budget, the staff and the many other changes "
         "the newsroom is making after the sale of the paper to a new owner last month.", "paragraph"),
    ],
)
def test_block_kinds(paragraph, kind):
    document = parse("The lede.\n\n" + paragraph)
    (block,) = document.blocks[1:]
    assert (block.kind, document.block_text(block)) == (kind, paragraph)
    assert block.ignored is (kind in ("related-link", "feed-footer", "boilerplate", "furniture"))


def test_a_caption_records_its_credit():
    document = parse("The lede.\n\nCole in Minsk on Dec. 13. (Photo: Reuters / John Doe)")
    assert document.blocks[1].attrs == {"credit": "Photo: Reuters / John Doe"}


def test_empty_and_blank_inputs_have_no_blocks():
    assert parse("").blocks == ()
    assert parse(" \n\r\n\t ").blocks == ()


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(max_size=400) | st.text(max_size=200).map(lambda t: t.encode("utf-8", "surrogatepass")))
def test_any_bytes_give_a_document_or_an_input_error(data):
    try:
        document = parse(data)
    except InputError as error:
        assert str(error).startswith("story.txt: ") and "\n" not in str(error)
        return
    assert isinstance(document.text, str)
    assert all(block.span.end <= len(document.text) for block in document.blocks)


# The parser finds paragraphs with one regular expression, tries the quick tests of a kind first and counts
# control characters in UTF-8; these check it against the simple definitions: line by line, each kind's
# pattern in the table's order, and a pattern for the controls.

LINE_END = re.compile(r"\r\n|\r|\n")


def paragraphs_line_by_line(text: str, start: int) -> list[tuple[int, int]]:
    """Each line from ``start`` that holds more than spaces joins a paragraph; the others end it. Stripped."""
    lines, position = [], start
    for match in LINE_END.finditer(text, start):
        lines.append((position, match.start()))
        position = match.end()
    if position < len(text):
        lines.append((position, len(text)))
    spans, first, last = [], None, 0
    for line_start, line_end in lines:
        line = text[line_start:line_end]
        if line.strip():
            first = line_start + len(line) - len(line.lstrip()) if first is None else first
            last = line_start + len(line.rstrip())
        elif first is not None:
            spans.append((first, last))
            first = None
    return spans + ([(first, last)] if first is not None else [])


#: Pieces of text: words, line ends, and spaces that end no line here (though some do for str.splitlines).
LINE_PIECES = ["a", "bc", "é", "\n", "\n", "\n\n", " \n \n", " ", "\t", "\x0b", "\x0c", "\x1c", "\x85", "\u2028"]
CR_PIECES = ["\r", "\r\n", "\r\n\r\n", "\r\r", "\n\r"]


def joined(pieces: list[str], more: list[str], max_size: int):
    """Texts joined from ``pieces``, or from ``pieces`` and ``more``: the rarer pieces are
    not drowned out, and texts without them are drawn too."""
    return st.lists(st.sampled_from(pieces), max_size=max_size).map("".join) | st.lists(
        st.sampled_from(pieces + more), max_size=max_size
    ).map("".join)


@settings(max_examples=500, deadline=None)
@given(text=joined(LINE_PIECES, CR_PIECES, 20), data=st.data())
def test_paragraphs_are_the_lines_between_blank_lines(text, data):
    start = data.draw(st.integers(0, len(text)))
    assert [match.span() for match in _paragraphs(text, start)] == paragraphs_line_by_line(text, start)


def furniture_by_its_patterns(paragraph: str) -> bool:
    """Furniture as its patterns alone read it: the quick tests of ``_furniture`` must never say otherwise."""
    if " " not in paragraph or len(paragraph) > 160 or LINE_END.search(paragraph) is not None:
        return False

    def piece_of_furniture(piece: str) -> bool:
        byline = piece.startswith(("By ", "BY ")) and _names(piece[3:])
        return byline or _credits(piece) or bool(_pattern(_PAGE_COUNTER).fullmatch(piece)) or _stamp(piece)

    pieces = re.split(r"\s+[|·•]\s+", paragraph)
    return piece_of_furniture(paragraph) or all(piece_of_furniture(piece) for piece in pieces)


def classify_rule_by_rule(paragraph: str, first: bool) -> tuple[str, dict[str, str]]:
    words = len(paragraph.split())
    if _RELATED.match(paragraph) or _RELATED_HEADING.fullmatch(paragraph):
        return "related-link", {}
    if _FEED_FOOTER.search(paragraph):
        return "feed-footer", {}
    if words <= 40 and _BOILERPLATE.search(paragraph):
        return "boilerplate", {}
    if furniture_by_its_patterns(paragraph):
        return "furniture", {}
    caption = _CAPTION.search(paragraph)
    if caption and words <= 60 and LINE_END.search(paragraph) is None:
        return "caption", {"credit": caption.group(1).strip()}
    if paragraph.startswith(_QUOTE_OPENERS):
        return "quote", {}
    return ("standfirst" if first else "paragraph"), {}


PHRASES = [
    "Read also: ", "see also :", "Related:x", "From The Post", " via this RSS feed.", "The post ",
    " appeared first on ", "subscribe to", "Sign up", " our newsletter", " now", "follow us on",
    "All rights reserved", "© 2025 ", "(c) ", "Copyright", "Support our journalism",
    "Become a member of independent journalism", " on Dec. 13. ", "(Reuters)",
    "Cole in Minsk on Dec. 13. (Photo: AP)", ".", "“", '"', "«", "word ", "w " * 15, "\n", " ", "  ", "\t",
    "By Jane Roe", " and ", "Updated ", "2 hours ago", " GMT+3", "10:43 AM", "3 min read", "Reporting by ", ";",
    " | ", " · ", "2h ago", "Image 2 of 5", "12 comments",
]  # fmt: skip
#: The phrases in other letter cases; and with the letters that case-insensitive patterns also read as i and s.
CASES = sorted({case for phrase in PHRASES for case in (phrase, phrase.upper(), phrase.lower(), phrase.swapcase())})
ODD_CASES = sorted(
    {phrase.replace("i", "ı") for phrase in PHRASES}
    | {phrase.replace("i", "İ").replace("I", "İ") for phrase in PHRASES}
    | {phrase.replace("s", "ſ").replace("S", "ſ") for phrase in PHRASES}
)


@settings(max_examples=1000, deadline=None)
@given(paragraph=joined(CASES, ODD_CASES, 10), first=st.booleans())
def test_the_kind_of_a_paragraph_is_the_first_rule_it_meets(paragraph, first):
    assert _classify(paragraph, first=first) == classify_rule_by_rule(paragraph, first)


def test_lower_casing_gives_back_every_letter_a_case_insensitive_pattern_reads_but_three():
    # The quick boilerplate test looks for its words in the lower-cased paragraph and sends paragraphs
    # holding any of these three to the pattern.
    any_case = re.compile("(?i)[a-z]")
    letters = (chr(code) for code in range(sys.maxunicode + 1))
    odd = {letter for letter in letters if any_case.fullmatch(letter) and letter.lower() not in string.ascii_lowercase}
    assert odd == {"ı", "İ", "ſ"}


def refusal(text: str) -> str | None:
    try:
        _refuse_binary("story.txt", text)
    except InputError as error:
        return str(error)
    return None


#: Control characters binary data holds, and characters it need not.
CONTROLS_AND_NOT = ["\x00", "\x01", "\x08", "\x0e", "\x1f", "\x7f", "\t", "\x0b", "\x81", "a", "é", "😀", "\udcff"]


@settings(max_examples=300, deadline=None)
@given(st.text(st.sampled_from(CONTROLS_AND_NOT), max_size=30))
def test_control_characters_are_counted_as_their_pattern_counts_them(text):
    controls = len(re.findall(r"[\x00-\x08\x0e-\x1f\x7f]", text))
    if "\x00" in text:
        assert "NUL bytes" in refusal(text)
    elif controls > 0.25 * len(text):
        assert f"({controls} control characters in {len(text)})" in refusal(text)
    else:
        assert refusal(text) is None


@pytest.mark.parametrize("plugins", [["json"], ["news", "json"]])
def test_a_str_is_kept_as_given_a_leading_u_feff_too_while_a_file_s_bom_is_dropped(plugins):
    """A byte-order mark is an encoding's signature, so bytes lose it; a ``str`` has no encoding,
    and report spans index the very string given: a text that is only U+FEFF is a one-character insert."""
    session = docdelta.Session(plugins)
    assert session.parse("\ufeffLede.").text == "\ufeffLede."
    assert session.parse(codecs.BOM_UTF8 + b"Lede.").text == "Lede."
    report = session.compare("", "\ufeff")
    assert [(e.op, e.old.length, e.new.length) for e in report.edits] == [("insert", 0, 1)]
    assert report.summary.similarity < 1.0
