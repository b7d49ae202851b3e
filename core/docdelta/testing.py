"""Helpers for testing docdelta plugins.

A plugin's tests compare two texts with exactly the plugins they name and look at
the findings::

    from docdelta.testing import findings, run_compare

    import docdelta_quotes

    def test_added_quote():
        report = run_compare("He left.", '"I am back," Cole said.', extra_plugins=[docdelta_quotes])
        (added,) = findings(report, check="quotes", kind="quote-added")
        assert added.data["speaker"] == "Cole"

Nothing is global: each call builds its own :class:`~docdelta.Session`, so tests
never see plugins another test registered. Failures inside a plugin are errors
(``strict=True``), so a broken hook fails the test instead of becoming a warning.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from docdelta.model import Finding, Report
from docdelta.session import Session
from docdelta.sources import Input

__all__ = ["findings", "run_compare"]


def run_compare(
    old: Input,
    new: Input,
    *,
    plugins: Sequence[str] = (),
    extra_plugins: Sequence[object] = (),
    options: Mapping[str, Any] | None = None,
) -> Report:
    """Compare ``old`` with ``new`` using only the named installed plugins and the plugin objects given.

    :param old: ``str`` (text), ``bytes``, a path or a :class:`~docdelta.Source`.
    :param new: likewise.
    :param plugins: installed plugin names to activate; none by default, so the result
        depends only on the core and ``extra_plugins``.
    :param extra_plugins: plugin objects (modules, classes' instances) under test.
    :param options: option values by name.
    :returns: the :class:`~docdelta.Report`.
    """
    session = Session(list(plugins), extra_plugins=extra_plugins, options=options, strict=True)
    return session.compare(old, new)


def findings(report: Report, check: str | None = None, kind: str | None = None) -> list[Finding]:
    """The report's findings, in report order, from ``check`` and of ``kind`` when given."""
    return [
        finding
        for finding in report.findings
        if (check is None or finding.check == check) and (kind is None or finding.kind == kind)
    ]
