"""Config files: ``docdelta.toml``, or ``[tool.docdelta]`` in ``pyproject.toml``, in the current directory.

Keys ``plugins``, ``disable``, ``strict``, ``plugin-timeout`` and ``format`` choose plugins and the
output; every other key is an option (``include-ignored = true``). Command-line
flags override the file. ``docdelta.toml`` wins when both files exist.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from docdelta.errors import UsageError

__all__ = ["FileConfig", "load_file_config"]

SELECTION_KEYS = ("plugins", "disable", "strict", "plugin-timeout", "format")


class FileConfig(dict):
    """The settings of a config file, plus where they came from (``path``, ``None`` if none)."""

    path: Path | None = None


def load_file_config(directory: Path | None = None) -> FileConfig:
    """Read the config file in ``directory`` (default: the current directory)."""
    directory = directory or Path.cwd()
    for name, table_path in (("docdelta.toml", ()), ("pyproject.toml", ("tool", "docdelta"))):
        path = directory / name
        if not path.is_file():
            continue
        tomllib = _toml()
        try:
            data: Mapping[str, Any] = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise UsageError(f"{path}: cannot be read as TOML ({exc})") from None
        for key in table_path:
            data = data.get(key, {})
            if not isinstance(data, Mapping):
                raise UsageError(f"{path}: [{'.'.join(table_path)}] must be a table")
        if not data and table_path:
            continue
        config = FileConfig(data)
        config.path = path
        for key in ("plugins", "disable"):
            value = config.get(key)
            if value is not None and not (isinstance(value, list) and all(isinstance(v, str) for v in value)):
                raise UsageError(f"{path}: '{key}' must be a list of plugin names")
        return config
    return FileConfig()


def _toml() -> Any:
    # Imported when a config file is there to read: most runs have none.
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - exercised on Python 3.10 only
        import tomli as tomllib
    return tomllib
