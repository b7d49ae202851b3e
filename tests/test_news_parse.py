"""The news parser on constructed inputs: encodings, refusals, line ends, header fields, block kinds."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import docdelta
from docdelta import InputError, Source

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
    assert block.ignored is (kind in ("related-link", "feed-footer", "boilerplate"))


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
