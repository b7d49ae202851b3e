"""Fuzz every installed parser and normalizer, and the whole pipeline, on random input (hypothesis).

Generic over what is installed: the parsers are the plugins that implement
``docdelta_parse`` (plus the core's plain-text fallback), the normalizers are
whatever ``Session().host.normalizers`` registers, so plugins are covered as they
land. Sessions are strict: a plugin that raises is a :class:`~docdelta.PluginError`
here, not a warning, so it fails the test. The only exception allowed is
:class:`~docdelta.InputError`, the deliberate "cannot read this" answer.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import docdelta
from docdelta import Document, InputError

ROOT = Path(__file__).resolve().parent.parent
SEED = (ROOT / "seeds" / "000_ff12f16f314725a3.txt").read_bytes()
EVERYTHING = docdelta.Session(strict=True)
PARSERS = [info.name for info in EVERYTHING.plugins if "docdelta_parse" in info.hooks]
NORMALIZERS = sorted(EVERYTHING.host.normalizers)

#: Fragments that steer random bytes towards what parsers look for.
FRAGMENTS = [
    b"<html><head><title>T</title></head><body><p>", b"</p>", b"<p", b"<!--", b"<![CDATA[", b"&amp;", b"&#x",
    b"<?xml version='1.0'?><rss><channel><item><description>", b"{\"a\": [1, ", b"}", b"---\ntitle: x\n---\n",
    b"# Heading\n", b"> quote\n", b"* item\n", b"[link](http://x)", b"\r\n", b"\n\n", b"\xef\xbb\xbf", b"\xff\xfe",
    b"\xe2\x80\x9c", b"\x00", b"\x1b[2J", b"Dec. 13, 2025", b"Updated: ", b"123 political prisoners", b"\xc3",
]
NAMES = ["doc.txt", "doc.html", "doc.htm", "doc.md", "doc.json", "doc.xml", "feed.rss", "doc", "-", "<text>"]
raw = st.one_of(
    st.binary(max_size=600),
    st.lists(st.sampled_from(FRAGMENTS) | st.binary(max_size=8), max_size=40).map(b"".join),
    st.tuples(st.integers(0, len(SEED)), st.integers(0, 200), st.binary(max_size=30)).map(
        lambda cut: SEED[: cut[0]] + cut[2] + SEED[cut[0] + cut[1] :]
    ),
)
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def session_for(parser: str) -> docdelta.Session:
    """A strict session with just this parser (``core``: no plugin, the plain-text fallback)."""
    return docdelta.Session([] if parser == "core" else [parser], strict=True)


@pytest.mark.parametrize("parser", sorted({"core", *PARSERS}))
def test_a_parser_on_random_bytes_returns_a_document_or_an_input_error(parser):
    session = session_for(parser)

    @FUZZ
    @given(data=raw, name=st.sampled_from(NAMES))
    def fuzz(data, name):
        try:
            document = session.parse(docdelta.Source(name, data))
        except InputError as error:
            assert str(error).startswith(name), error
            return
        assert isinstance(document, Document) and isinstance(document.text, str)
        for block in document.blocks:
            assert 0 <= block.span.start <= block.span.end <= len(document.text)
        assert all(isinstance(key, str) and isinstance(value, str) for key, value in document.metadata.items())

    fuzz()
    assert session.warnings == ()


@FUZZ
@given(text=st.text(max_size=40) | st.binary(max_size=40).map(lambda b: b.decode("utf-8", "surrogateescape")))
def test_every_normalizer_maps_any_token_to_a_string(text):
    for name in NORMALIZERS:  # none installed yet is a pass: the loop covers them as they land
        normalize = EVERYTHING.host.normalizers[name].function
        for start, end in [*docdelta.tokenize(text), (0, len(text))]:
            assert isinstance(normalize(text[start:end]), str), name


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(old=raw, new=raw, name=st.sampled_from(NAMES))
def test_the_whole_pipeline_on_random_bytes(old, new, name):
    refused = [data for data in (old, new) if _refused(data, name)]
    try:
        report = EVERYTHING.compare(old, new, old_name=name, new_name=name)
    except InputError as error:
        # A comparison refuses only an input that its parser refuses on its own, and says which.
        assert refused, error
        assert str(error).startswith(name), error
        return
    assert not refused
    docdelta.check_tiling(report.edits, report.old.text, report.new.text)
    for format_name in EVERYTHING.formats:
        output = EVERYTHING.render(report, format_name)
        assert isinstance(output, (str, bytes)) and output
    json.loads(EVERYTHING.render(report, "json"))


def _refused(data: bytes, name: str) -> bool:
    try:
        EVERYTHING.parse(docdelta.Source(name, data))
    except InputError:
        return True
    return False
