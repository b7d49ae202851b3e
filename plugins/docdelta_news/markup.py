"""Telling a saved web page from a text: until docdelta has an HTML page parser, the news
parser reads a page as plain text, and the reader must know the comparison is of its markup."""

from __future__ import annotations

__all__ = ["html_page_warning"]

#: How much of a text is looked at: a page's opening lies in its first lines.
_LOOK_AT = 4096
#: What may come before a page's ``<!DOCTYPE html`` or ``<html``: an XML declaration, comments (opening: closing).
_PREAMBLES = {"<?xml": "?>", "<!--": "-->"}


def _is_page(text: str) -> bool:
    """True when ``text`` opens as a web page does (case aside): ``<!DOCTYPE html``, or the ``<html`` element."""
    head = text[:_LOOK_AT].lstrip().lstrip("\ufeff").lstrip().lower()
    while True:
        opening = next((opening for opening in _PREAMBLES if head.startswith(opening)), None)
        if opening is None:
            break
        end = head.find(_PREAMBLES[opening])
        if end < 0:
            return False
        head = head[end + len(_PREAMBLES[opening]) :].lstrip()
    return head.startswith("<!doctype html") or head.startswith("<html") and head[5:6] in ("", " ", "\t", "\r", "\n", ">")


def html_page_warning(name: str, text: str) -> str | None:
    """A warning when ``text`` (the input called ``name``) is an HTML page, else ``None``."""
    if not _is_page(text):
        return None
    return (
        f"{name}: an HTML page, compared as its markup (tags, scripts, entities): docdelta has no "
        "HTML page parser yet; save the article as plain text to compare only its text"
    )
