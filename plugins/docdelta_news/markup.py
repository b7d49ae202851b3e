"""Telling a saved web page from a text: until docdelta has an HTML page parser, the news
parser reads a page as plain text, and the reader must know the comparison is of its markup."""

from __future__ import annotations

import re

__all__ = ["html_page_warning"]

#: A web page's opening, after optional whitespace, an XML declaration and comments:
#: ``<!DOCTYPE html`` or ``<html``. Only the start of the text is searched.
_PAGE_START = re.compile(
    r"\s*(?:<\?xml[^>]{0,200}>\s*)?(?:<!--.{0,2000}?-->\s*)*<(?:!doctype\s+html|html[\s>])", re.IGNORECASE | re.DOTALL
)
#: How much of a text is looked at: the opening lies in its first lines.
_LOOK_AT = 4096


def html_page_warning(name: str, text: str) -> str | None:
    """A warning when ``text`` (the input called ``name``) is an HTML page, else ``None``."""
    if _PAGE_START.match(text[:_LOOK_AT]) is None:
        return None
    return (
        f"{name}: an HTML page, compared as its markup (tags, scripts, entities): docdelta has no "
        "HTML page parser yet; save the article as plain text to compare only its text"
    )
