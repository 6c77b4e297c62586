"""A drawn path per leg: sea legs on a maritime network, air legs on the great circle,
land legs as geodesic lines.

Every path starts exactly at the origin's point and ends exactly at the destination's,
and a path that crosses the antimeridian is split into parts within ±180° (RFC 7946 §3.1.9).
"""

from __future__ import annotations

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
    """The shortest way by sea on searoute's maritime network, joined to the exact endpoints."""
    import searoute

    if (a.lon, a.lat) == (b.lon, b.lat):
        return [(a.lon, a.lat), (b.lon, b.lat)]
    try:
        feature = searoute.searoute([a.lon, a.lat], [b.lon, b.lat])
        network = [(float(x), float(y)) for x, y in feature["geometry"]["coordinates"]]
    except Exception:  # no sea route between these points (a landlocked end): draw the geodesic
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
    """Cut a line where it crosses ±180° so that every longitude lies within ±180."""
    coords = _unwrap(coords)
    parts: list[list[tuple[float, float]]] = [[]]
    for (lon1, lat1), (lon2, lat2) in zip(coords, coords[1:]):
        if not parts[-1]:
            parts[-1].append(_wrap(lon1, lat1))
        band1, band2 = _band(lon1), _band(lon2)
        if band1 != band2:
            edge = 180 + 360 * min(band1, band2)  # the meridian crossed, in unwrapped degrees
            t = (edge - lon1) / (lon2 - lon1)
            lat = lat1 + t * (lat2 - lat1)
            east = 180.0 if lon2 > lon1 else -180.0
            parts[-1].append((east, lat))
            parts.append([(-east, lat)])
        parts[-1].append(_wrap(lon2, lat2))
    parts = [p for p in parts if len(p) >= 2]
    if len(parts) == 1:
        return LineString(parts[0])
    return MultiLineString(parts)


def _band(lon: float) -> int:
    """Which copy of the world an unwrapped longitude lies in: 0 for [-180, 180)."""
    return int((lon + 180) // 360)


def _wrap(lon: float, lat: float) -> tuple[float, float]:
    wrapped = (lon + 180) % 360 - 180
    if wrapped == -180 and lon > 0:
        wrapped = 180.0
    return wrapped, lat
