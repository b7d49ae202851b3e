"""Plain-text news files: encodings, structure, normalizers and the checks on names.

This is docdelta's default parser: it reads any input as a plain-text news file (a saved
web page too, as its markup, with a warning saying so: :mod:`docdelta_news.markup`) and
is tried after every other parser (``trylast``), so a plugin for a richer
format (HTML, Markdown, a feed) gets its inputs first. It refuses only raw data
that is not text (NUL bytes, images, archives), with an :class:`~docdelta.InputError`;
a ``str`` given to the API is text, never refused.

Its checks treat names as facts (both findings are ``factual``):

- ``name-variants`` (:mod:`docdelta_news.names`): one name spelled in more than one way
  (``Kalesnikova``/``Kalesnikava``, ``Babaryka``/``Babariko``, ``Cole``/``Coale``);
- ``name-replaced`` (:mod:`docdelta_news.replaced`): a person, place or organisation named where
  another stood in aligned sentences (``Lukashenko`` → ``Putin``, ``in Minsk`` → ``in Vilnius``).
"""

from __future__ import annotations

from collections.abc import Callable

from docdelta import Check, Document, Normalizer, Source, hookimpl

from docdelta_news.decode import decode
from docdelta_news.markup import html_page_warning
from docdelta_news.names import find_name_variants
from docdelta_news.normalize import NORMALIZERS
from docdelta_news.replaced import find_replaced_names
from docdelta_news.structure import structure

__all__ = ["parse_news"]


def parse_news(source: Source) -> Document:
    """``source`` as a news :class:`~docdelta.Document` (see :mod:`docdelta_news.structure`)."""
    decoded = decode(source.name, source.data, is_text=source.is_text)
    found = structure(decoded.text, source.name)
    page = html_page_warning(source.name, decoded.text)
    return Document(
        name=source.name,
        text=decoded.text,
        blocks=found.blocks,
        metadata=found.metadata,
        encoding=decoded.encoding,
        parser="news",
        warnings=decoded.warnings + found.warnings + ((page,) if page else ()),
    )


@hookimpl(trylast=True)
def docdelta_parse(source: Source) -> Document:
    return parse_news(source)


@hookimpl
def docdelta_register_normalizers(register: Callable[[Normalizer], None]) -> None:
    for normalizer in NORMALIZERS:
        register(normalizer)


@hookimpl
def docdelta_register_checks(register: Callable[[Check], None]) -> None:
    register(
        Check(
            "name-variants",
            find_name_variants,
            "Proper names spelled in more than one way (Kalesnikova/Kalesnikava), within and across the documents.",
        )
    )
    register(
        Check(
            "name-replaced",
            find_replaced_names,
            "A person, place or organisation named where another was, in aligned sentences (Lukashenko → Putin).",
        )
    )
