"""Bytes to text: the encodings newsrooms' files come in, and refusing what is not text.

UTF-8 (with or without a byte-order mark) and UTF-16 with a byte-order mark are read
as they are. Anything else that is not valid UTF-8 is read line by line: each line
that is valid UTF-8 as UTF-8, each other line as Windows-1252, the encoding of old
Windows word processors and CMS exports, with a warning naming the lines. So one
pasted Windows-1252 line does not turn a UTF-8 file's every accent into mojibake, and
a file wholly in Windows-1252 reads as before (its ASCII lines read alike either way).
The five bytes Windows-1252 leaves undefined become the control characters of the same
number, as browsers do (WHATWG Encoding standard), so no byte is lost or refused. A ``str``
given to the API is text by contract (``Source.is_text``): never refused, whatever it holds.
"""

from __future__ import annotations

import codecs
import re

from attrs import define

from docdelta import InputError

__all__ = ["Decoded", "decode"]

#: Signatures of binary formats people mistake for text documents, checked before decoding.
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF file"),
    (b"PK\x03\x04", "a ZIP archive (or a .docx/.odt document)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "an executable"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document"),
    (b"{\\rtf", "an RTF document"),
)
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
#: Control characters that no text document holds (tab, line ends and form feed excepted), as bytes:
#: UTF-8 writes each as that one byte, and ``bytes.translate`` counts them many times faster than a pattern.
_BINARY_CONTROLS = bytes([*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F])
#: Share of such controls above which a text is taken for binary data (hostile texts hold a few).
_MAX_CONTROL_SHARE = 0.25
_UNDECODED = re.compile(r"[\udc80-\udcff]")
#: Lines read as Windows-1252 that a warning names by number; the rest are counted.
_LINES_NAMED = 5
_WHAT_TO_DO = "give docdelta the article's text as a plain-text file"


@define(frozen=True)
class Decoded:
    """A decoded input.

    Attributes:
        text: the text, exactly as written (no line ends rewritten; a byte-order mark dropped).
        encoding: the codec it was read with (``utf-8``, ``utf-8-sig``, ``utf-16``, ``cp1252``),
            or ``utf-8+cp1252`` for UTF-8 with some lines in Windows-1252.
        warnings: what the reader should know (a fallback decoding).
    """

    text: str
    encoding: str
    warnings: tuple[str, ...] = ()


def decode(name: str, data: bytes, *, is_text: bool = False) -> Decoded:
    """Decode ``data`` (the input called ``name``); :class:`~docdelta.InputError` if it is not text.

    ``is_text``: ``data`` is the UTF-8 of a ``str`` given to the API, text by contract.
    """
    if is_text:  # a str is text as given: no signature, share of controls or leading U+FEFF changes it
        return Decoded(data.decode("utf-8", "surrogatepass"), "utf-8")
    for signature, what in _SIGNATURES:
        if data.startswith(signature):
            raise InputError(f"{name}: looks like {what}, not text; {_WHAT_TO_DO}")
    decoded = _decode_text(name, data)
    _refuse_binary(name, decoded.text)
    return decoded


def _decode_text(name: str, data: bytes) -> Decoded:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data.decode(encoding), encoding)
            except UnicodeDecodeError as exc:
                raise InputError(
                    f"{name}: starts with a {encoding} byte-order mark but is not valid {encoding} "
                    f"(byte {exc.start}); re-save it as UTF-8"
                ) from None
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    pieces = []
    legacy_lines = []  # 1-based numbers of the lines read as Windows-1252
    utf8_beyond_ascii = False
    for number, line in enumerate(data.splitlines(keepends=True), 1):
        try:
            pieces.append(line.decode("utf-8"))
            utf8_beyond_ascii = utf8_beyond_ascii or not line.isascii()
        except UnicodeDecodeError:
            pieces.append(_cp1252(line))
            legacy_lines.append(number)
    if not utf8_beyond_ascii:
        warning = (
            f"{name}: not valid UTF-8 (byte {first_bad}); read as Windows-1252 (cp1252): "
            "check accented letters and quotation marks"
        )
        return Decoded("".join(pieces), "cp1252", (warning,))
    shown = ", ".join(map(str, legacy_lines[:_LINES_NAMED]))
    more = f" and {len(legacy_lines) - _LINES_NAMED} more" if len(legacy_lines) > _LINES_NAMED else ""
    warning = (
        f"{name}: UTF-8 but for line(s) {shown}{more} (first bad byte {first_bad}); read those lines as "
        "Windows-1252 (cp1252): check their accented letters and quotation marks"
    )
    return Decoded("".join(pieces), "utf-8+cp1252", (warning,))


def _cp1252(data: bytes) -> str:
    """``data`` read as Windows-1252, its five undefined bytes as the controls of the same number."""
    return _UNDECODED.sub(lambda match: chr(ord(match.group()) - 0xDC00), data.decode("cp1252", "surrogateescape"))


def _refuse_binary(name: str, text: str) -> None:
    encoded = text.encode("utf-8", "surrogatepass")
    if b"\x00" in encoded:
        raise InputError(f"{name}: looks like a binary file (it holds NUL bytes), not text; {_WHAT_TO_DO}")
    controls = len(encoded) - len(encoded.translate(None, _BINARY_CONTROLS))
    if controls and controls > _MAX_CONTROL_SHARE * len(text):
        raise InputError(
            f"{name}: looks like a binary file ({controls} control characters in {len(text)}), not text; {_WHAT_TO_DO}"
        )
