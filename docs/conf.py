"""Sphinx configuration: ``tox -e docs`` builds the docs with warnings as errors."""

import docdelta

project = "docdelta"
author = "docdelta contributors"
copyright = "2026, docdelta contributors"
release = docdelta.__version__
version = release

# napoleon reads the "Attributes:" sections of the data classes' docstrings.
extensions = ["sphinx.ext.autodoc", "sphinx.ext.napoleon"]
napoleon_use_ivar = True
autodoc_member_order = "bysource"
autodoc_typehints = "signature"
exclude_patterns = ["_build", "examples", "tutorial", "cli"]
html_theme = "alabaster"
