"""The change-class agreement test: every place that names the change classes agrees with their one
declaration (``docdelta.CHANGE_CLASS_DECLARATIONS``): the classifier, ``--min-class``, the JSON schema,
the HTML report's CSS, the concepts page and the CLI reference."""

from __future__ import annotations

import json
import re
from pathlib import Path

import docdelta
from docdelta import CHANGE_CLASS_DECLARATIONS, CHANGE_CLASSES, coreplugin
from docdelta.classify import PRODUCED_CLASSES
from docdelta.plugins import PluginHost

ROOT = Path(__file__).resolve().parent.parent
DECLARED = {declared.name: declared for declared in CHANGE_CLASS_DECLARATIONS}


def test_the_declaration_is_well_formed():
    assert len(DECLARED) == len(CHANGE_CLASS_DECLARATIONS) >= 2
    assert CHANGE_CLASSES == tuple(DECLARED)
    for declared in CHANGE_CLASS_DECLARATIONS:
        assert re.fullmatch(r"[a-z]+", declared.name) and re.fullmatch(r"[a-z-]+", declared.colour)
        assert declared.meaning and "\n" not in declared.meaning


def test_the_classifier_produces_exactly_the_declared_classes():
    assert sorted(PRODUCED_CLASSES) == sorted(CHANGE_CLASSES)


def test_min_class_offers_the_classes_in_rank_order():
    specs = PluginHost(select=[], core_plugin=coreplugin).option_specs
    assert specs["min-class"].choices == CHANGE_CLASSES
    assert specs["min-class"].default == CHANGE_CLASSES[0]
    assert " < ".join(CHANGE_CLASSES) in specs["min-class"].help
    session = docdelta.Session([], options={"min-class": CHANGE_CLASSES[-1]})
    report = session.compare("The vote was on Monday, said Anna.", "The vote was on Tuesday, said  Anna.")
    assert {edit.change_class for edit in report.edits if edit.is_change} == {CHANGE_CLASSES[-1]}


def test_the_json_schema_enumerates_the_classes():
    schema = json.loads((ROOT / "docs" / "report.schema.json").read_text(encoding="utf-8"))
    assert schema["$defs"]["change_class"]["enum"] == list(CHANGE_CLASSES)


def test_the_html_css_draws_each_class_in_its_colour():
    css = (ROOT / "plugins" / "docdelta_html" / "templates" / "report.css").read_text(encoding="utf-8")
    colours: dict[str, str] = {}
    for selectors, body in re.findall(r"([^{}]+)\{([^{}]*)\}", css):
        colour = re.search(r"(?:^|;)\s*color:\s*var\(--([\w-]+)\)", body)
        for selector in selectors.split(","):
            badge = re.fullmatch(r"\s*\.badge\.class-([\w-]+)\s*", selector)
            if badge and colour:
                colours[badge.group(1)] = colour.group(1)
    assert colours == {name: declared.colour for name, declared in DECLARED.items()}
    root = css[css.index(":root {") : css.index("}", css.index(":root {"))]
    for declared in CHANGE_CLASS_DECLARATIONS:
        assert f"--{declared.colour}:" in root


def test_the_concepts_page_lists_each_class_with_its_meaning_in_rank_order():
    text = (ROOT / "docs" / "concepts.rst").read_text(encoding="utf-8")
    section = text[text.index("Change classes\n---") :]
    listed = re.findall(r"^``([a-z]+)``\n    (.+)$", section, re.M)
    assert listed == [(declared.name, declared.meaning) for declared in CHANGE_CLASS_DECLARATIONS]


def test_the_cli_reference_shows_the_rank_order():
    help_text = " ".join((ROOT / "docs" / "cli" / "compare-help.txt").read_text(encoding="utf-8").split())
    assert f"({' < '.join(CHANGE_CLASSES)})" in help_text
