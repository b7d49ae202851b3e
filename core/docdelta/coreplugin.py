"""The core's own options, declared through the same hook as any plugin's."""

from __future__ import annotations

from docdelta.engine import DEFAULT_WORK_BUDGET, GRANULARITIES
from docdelta.hookspecs import hookimpl
from docdelta.model import CHANGE_CLASSES
from docdelta.options import OptionParser
from docdelta.sources import DEFAULT_MAX_SIZE


# tryfirst: the core's options are declared before any plugin's (see PluginHost).
@hookimpl(tryfirst=True)
def docdelta_addoption(parser: OptionParser) -> None:
    parser.add_option(
        "include-ignored",
        default=False,
        help="Compare blocks that parsers mark as ignored (feed footers, related links, boilerplate, a page's "
        "bylines and time stamps).",
    )
    parser.add_option(
        "normalizer",
        default=(),
        metavar="NAME",
        help="Switch on a normalizer that is off by default (repeatable, or comma-separated; "
        "the normalizers, on and off, are listed at the end).",
    )
    parser.add_option(
        "no-normalizer",
        default=(),
        metavar="NAME",
        help="Switch off a normalizer (repeatable, or comma-separated; 'all' for every one).",
    )
    parser.add_option(
        "granularity",
        default="word",
        choices=GRANULARITIES,
        help="Smallest unit of change in the redline.",
    )
    parser.add_option(
        "min-class",
        default=CHANGE_CLASSES[0],
        choices=CHANGE_CLASSES,
        help="Report only changes of this class or above (" + " < ".join(CHANGE_CLASSES) + ").",
    )
    parser.add_option(
        "ignore-class",
        default=(),
        metavar="CLASS",
        help="Leave changes of this class out of the report (repeatable, or comma-separated).",
    )
    parser.add_option(
        "work-budget",
        default=DEFAULT_WORK_BUDGET,
        metavar="STEPS",
        help="Work allowed to the diff and the claims check, in counted steps (not seconds, so results are "
        "reproducible); past it, parts are compared coarsely or read in part, and the report says so.",
    )
    parser.add_option(
        "max-size",
        default=DEFAULT_MAX_SIZE,
        metavar="BYTES",
        help="Refuse inputs larger than this many bytes.",
    )
