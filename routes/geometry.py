"""A drawn path per leg: sea legs on a maritime network, air legs on the great circle,
land legs as geodesic lines.

Every path starts exactly at the origin's point and ends exactly at the destination's,
and a path that crosses the antimeridian is split into parts within ±180° (RFC 7946 §3.1.9).
"""

from __future__ import annotations

import math
import warnings
from dataclasses import dataclass

from pyproj import Geod
from shapely.geometry import LineString, MultiLineString

from routes.gazetteer import Gazetteer
from routes.model import Leg, Place

GEOD = Geod(ellps="WGS84")
# Spacing of the points of a densified geodesic, in metres.
STEP_M = 50_000


@dataclass(frozen=True, slots=True)
class Endpoint:
    """The point a leg is drawn from or to, and why it is that point."""

    place: Place
    lon: float
    lat: float
    basis: str  # "place", or for a whole country: "main port", "main airport", "capital", "country point"


@dataclass(frozen=True, slots=True)
class Path:
    """A leg's line, the points it was drawn between and how it was drawn."""

    leg_id: str
    origin: Endpoint
    destination: Endpoint
    geometry: LineString | MultiLineString
    method: str  # searoute, great circle, geodesic


def endpoint(place: Place, mode: str, gazetteer: Gazetteer) -> Endpoint:
    """A country stands for itself through its main port, main airport or capital, by mode."""
    if not place.is_country:
        return Endpoint(place, place.lon, place.lat, "place")
    point, basis = gazetteer.representative(place, mode)
    return Endpoint(place, point.lon, point.lat, basis)


def path(leg: Leg, gazetteer: Gazetteer) -> Path:
    """The line a leg is drawn along, through its stops in order, by its mode."""
    origin = endpoint(leg.origin, leg.mode, gazetteer)
    destination = endpoint(leg.destination, leg.mode, gazetteer)
    stops = [origin, *(endpoint(v, leg.mode, gazetteer) for v in leg.via), destination]
    coords: list[tuple[float, float]] = []
    method = "searoute" if leg.mode == "sea" else "great circle" if leg.mode == "air" else "geodesic"
    for a, b in zip(stops, stops[1:]):
        part = sea_line(a, b) if leg.mode == "sea" else geodesic_line(a, b)
        coords.extend(part if not coords else part[1:])
    return Path(leg.id, origin, destination, split_antimeridian(coords), method)


def geodesic_line(a: Endpoint, b: Endpoint) -> list[tuple[float, float]]:
    """The geodesic from a to b, with a point every STEP_M metres, ends exact."""
    _, _, distance = GEOD.inv(a.lon, a.lat, b.lon, b.lat)
    count = int(distance // STEP_M)
    middle = GEOD.npts(a.lon, a.lat, b.lon, b.lat, count) if count > 0 else []
    return [(a.lon, a.lat), *middle, (b.lon, b.lat)]


def sea_line(a: Endpoint, b: Endpoint) -> list[tuple[float, float]]:
    """The shortest way by sea on searoute's maritime network, joined to the exact endpoints.

    searoute starts and ends at the network's nodes nearest the points; the exact points are
    added so that the line starts at the origin and ends at the destination.
    """
    import searoute

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # searoute warns when it finds no way, and returns no line
        feature = searoute.searoute([a.lon, a.lat], [b.lon, b.lat])
    network = [(float(x), float(y)) for x, y in feature["geometry"]["coordinates"]]
    if len(network) < 2:
        return geodesic_line(a, b)
    network = _unwrap([(a.lon, a.lat), *network])[1:]
    return [(a.lon, a.lat), *network, (b.lon, b.lat)]


def _unwrap(coords: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Longitudes made continuous (may leave ±180) so that each step is the short way round."""
    out: list[tuple[float, float]] = []
    for lon, lat in coords:
        if out:
            previous = out[-1][0]
            while lon - previous > 180:
                lon -= 360
            while lon - previous < -180:
                lon += 360
        out.append((lon, lat))
    return out


def split_antimeridian(coords: list[tuple[float, float]]) -> LineString | MultiLineString:
    """Cut a line where it crosses ±180° so that every longitude lies within ±180.

    Longitudes are first made continuous (searoute gives 183° past the date line); each
    crossing adds a point on the meridian, on both sides, at the latitude where the straight
    segment in longitude and latitude (as GeoJSON draws it) meets the meridian.
    """
    coords = _unwrap(coords)
    parts: list[list[tuple[float, float]]] = [[coords[0]]]
    for (lon1, lat1), (lon2, lat2) in zip(coords, coords[1:]):
        for edge in _meridians_crossed(lon1, lon2):
            lat = lat1 + (edge - lon1) / (lon2 - lon1) * (lat2 - lat1)
            parts[-1].append((edge, lat))
            parts.append([(edge, lat)])
        if (lon2, lat2) != parts[-1][-1]:
            parts[-1].append((lon2, lat2))
    lines = [_shift_into_range(part) for part in parts if len(part) >= 2]
    if not lines:  # a leg drawn from a point to the same point
        return _shift_into_range([coords[0], coords[0]])
    return lines[0] if len(lines) == 1 else MultiLineString(lines)


def _meridians_crossed(lon1: float, lon2: float) -> list[float]:
    """The copies of the antimeridian (180 + 360k, unwrapped) that a step reaches or passes,
    leaving its start: a line that arrives exactly on ±180 is cut there."""
    low, high = sorted((lon1, lon2))
    edges = [180.0 + 360 * k for k in range(math.floor((low - 180) / 360), math.ceil((high - 180) / 360) + 1)]
    if lon2 > lon1:
        return [e for e in edges if lon1 < e <= lon2]
    return sorted((e for e in edges if lon2 <= e < lon1), reverse=True)


def _shift_into_range(part: list[tuple[float, float]]) -> LineString:
    """Move a part that lies between two crossings by whole turns into [-180, 180].

    Rounding to 1e-9° (0.1 mm) takes away the float error of turning a point there and back,
    so that a place's longitude comes out exactly as it went in.
    """
    middle = (min(x for x, _ in part) + max(x for x, _ in part)) / 2
    turns = math.floor((middle + 180) / 360)
    return LineString([(round(x - 360 * turns, 9), y) for x, y in part])
