"""Which format a report is written in, and the line that says where it went.

The format is, first to last: ``--format``; the extension of ``-o FILE`` (``r.txt`` is text
even when the config file's ``format`` says html); the config file's ``format``; text.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import PurePath
from typing import Any, TextIO

from docdelta.errors import UsageError
from docdelta import Report, SeriesReport
from docdelta.session import Session

__all__ = ["choose_format", "say_written"]


def choose_format(session: Session, *, given: str | None, output: str | None, file_config: Mapping[str, Any]) -> str:
    """The format to render in; :class:`UsageError` naming the file or the format when there is none."""
    name = given
    if name is None and output is not None:
        name = session.format_for_path(output)
        suffix = PurePath(output).suffix
        # A name with no extension takes the config file's format; one with an extension no
        # active format writes is an error, not a file of another format under that name.
        if name is None and (suffix or file_config.get("format") is None):
            raise UsageError(f"{output}: {_no_format_for(session, suffix, file_config)}")
    if name is None:
        name = file_config.get("format")
    if name is None:
        name = "text" if "text" in session.formats else next(iter(session.formats), "text")
    if name not in session.formats:
        listing = ", ".join(session.formats) or "none (no renderer plugin is active)"
        raise UsageError(f"unknown format '{name}' (formats: {listing}){_inactive_hint(session, name, file_config)}")
    return name


def _no_format_for(session: Session, suffix: str, file_config: Mapping[str, Any]) -> str:
    extensions = " ".join(sorted(ext for renderer in session.host.renderers.values() for ext in renderer.extensions))
    what = f"no active format writes '{suffix}' files" if suffix else "cannot tell the format without an extension"
    limited = _limited_by(file_config)
    return (
        f"{what}; name it with one of {extensions or '(none)'}, or add --format NAME "
        f"({', '.join(session.formats) or 'no renderer plugin is active'})"
        + (f"; {limited} chooses the plugins" if limited else "")
    )


def _limited_by(file_config: Mapping[str, Any]) -> Any:
    """The config file's path when it chooses the plugins (``plugins`` or ``disable``), else ``None``."""
    path = getattr(file_config, "path", None)
    return path if path is not None and ("plugins" in file_config or "disable" in file_config) else None


def _inactive_hint(session: Session, name: str, file_config: Mapping[str, Any]) -> str:
    """Why a bundled format's plugin (named like the format) is missing, when it is installed but not active."""
    if not any(info.name == name and info.status == "disabled" for info in session.plugins):
        return ""
    limited = _limited_by(file_config)
    if limited:
        return f"; plugin '{name}' is installed but {limited} leaves it out: add it there, or -p {name} for one run"
    return f"; plugin '{name}' is installed but not active: -p {name} activates it"


def say_written(path: str, report: Report | SeriesReport, stream: TextIO) -> None:
    """One line on ``stream``: where the report went and how many findings it holds."""
    if isinstance(report, SeriesReport):
        findings = sum(len(step.findings) for step in report.steps)
        what = f"{len(report.documents)} documents, {findings} finding{'s' if findings != 1 else ''}"
    else:
        findings = len(report.findings)
        what = f"{findings} finding{'s' if findings != 1 else ''}"
    print(f"wrote {path} ({what})", file=stream)
