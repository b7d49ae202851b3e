"""Errors docdelta raises on purpose. The CLI prints their message on one line and exits 2."""

from __future__ import annotations

__all__ = ["DocdeltaError", "InputError", "OutputError", "PluginError", "UsageError"]


class DocdeltaError(Exception):
    """Base class: something the user can fix; the message says what and how."""


class UsageError(DocdeltaError):
    """A wrong option, plugin name or combination of arguments."""


class InputError(DocdeltaError):
    """An input that cannot be read or parsed. The message names the input."""


class OutputError(DocdeltaError):
    """An output that cannot be written. Nothing was written."""


class PluginError(DocdeltaError):
    """A plugin failed to load or broke its contract (raised in ``strict`` mode, else a warning)."""
