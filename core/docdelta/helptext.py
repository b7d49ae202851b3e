"""Parts of ``docdelta compare --help`` made from the active plugins: the normalizers, on or off by default."""

from __future__ import annotations

import textwrap

from docdelta.plugins import PluginHost

__all__ = ["normalizers_epilog"]

#: The help's width, as argparse's own text (the terminal's width is not known when the docs are made).
WIDTH = 100


def normalizers_epilog(host: PluginHost) -> str:
    """A help section listing each normalizer of the active plugins, whether it is on by default, and what it does."""
    normalizers = host.normalizers
    if not normalizers:
        return ""
    heads = {name: f"  {name} ({'on' if normalizer.default else 'off'})" for name, normalizer in normalizers.items()}
    width = max(map(len, heads.values())) + 2
    lines = ["normalizers (on or off by default):"]
    for name, normalizer in normalizers.items():
        lines.append(
            textwrap.fill(normalizer.description, WIDTH, initial_indent=heads[name].ljust(width), subsequent_indent=" " * width)
        )
    lines.append("  --no-normalizer NAME switches one off, --normalizer NAME one that is off on.")
    return "\n".join(lines) + "\n\n"
