"""``python -m docdelta``: the same as the ``docdelta`` command."""

from docdelta.cli import main

raise SystemExit(main())
