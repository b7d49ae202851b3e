"""compare --help lists the values an option takes, its default, and which normalizers are on by default."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUNDLED_NORMALIZERS = {
    "invisible": "on", "unicode": "on", "spaces": "on", "quotes": "on", "dashes": "on", "ellipsis": "on",
    "whitespace": "on", "casefold": "off",
}  # fmt: skip


def compare_help() -> str:
    env = {key: value for key, value in os.environ.items() if not key.startswith("DOCDELTA_")}
    env |= {"COLUMNS": "100", "DOCDELTA_DISABLE_PLUGIN_AUTOLOAD": "1"}
    return subprocess.run(
        [sys.executable, "-m", "docdelta", "compare", "--help"], capture_output=True, text=True, env=env, check=True
    ).stdout


def test_options_with_fixed_values_list_them_and_their_default():
    text = " ".join(compare_help().split())  # argparse wraps: compare the words
    assert "--granularity {sentence,word,char} Smallest unit of change in the redline. (default: word)" in text
    assert "--min-class {format,typo,wording,substantive,factual}" in text and "(default: format)" in text
    assert "--color {auto,always,never}" in text and "--markdown-marks {gfm,critic,html}" in text


def test_the_normalizers_and_their_defaults_are_listed():
    text = compare_help()
    section = text[text.index("\nnormalizers (on or off by default):\n") :].split("\n\n")[0]
    listed = dict(re.findall(r"^  (\w+) \((on|off)\) ", section, re.MULTILINE))
    assert listed == BUNDLED_NORMALIZERS
    assert "--no-normalizer NAME switches one off" in section


def test_the_cli_reference_shows_the_same_list():
    reference = (ROOT / "docs" / "cli" / "compare-help.txt").read_text(encoding="utf-8")
    section = reference[reference.index("\nnormalizers (on or off by default):\n") :].split("\n\n")[0]
    assert dict(re.findall(r"^  (\w+) \((on|off)\) ", section, re.MULTILINE)) == BUNDLED_NORMALIZERS
