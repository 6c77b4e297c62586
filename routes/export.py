"""Write the build's GIS files: legs.geojson, places.geojson, routes.gpkg and legs.csv.

Files are written into a staging folder and moved into place only when every one of them
is complete, so a failed build leaves the previous outputs as they were. The same input
gives byte-identical files.
"""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

from routes import dates
from routes.errors import OutputError
from routes.geometry import Path as LegPath
from routes.model import Citation, Document, Leg, Mention, Place

DECIMALS = 6
MANIFEST = ".routes-build.json"
# Fixed timestamp for GeoPackage metadata, so two builds of one corpus are identical.
GPKG_TIMESTAMP = "2000-01-01T00:00:00.000Z"


class Output:
    """The files of one build: staged, then moved into the output folder together."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        try:
            folder.mkdir(parents=True, exist_ok=True)
            self.staging = Path(_mkdtemp(folder))
        except OSError as error:
            raise OutputError(str(folder), f"cannot write output folder ({error.strerror or error})") from None
        self.names: list[str] = []

    def path(self, name: str) -> Path:
        """Where to write a file of this build before it is committed."""
        if name not in self.names:
            self.names.append(name)
        return self.staging / name

    def write_text(self, name: str, text: str) -> None:
        self.path(name).write_text(text, encoding="utf-8", newline="\n")

    def commit(self) -> list[Path]:
        """Move every staged file into place, and remove files an earlier build wrote that this one did not."""
        previous = self._manifest()
        for name in self.names:
            os.replace(self.staging / name, self.folder / name)
        for name in set(previous) - set(self.names):
            stale = self.folder / name
            if stale.is_file() and stale.parent == self.folder:
                stale.unlink()
        (self.folder / MANIFEST).write_text(json.dumps(sorted(self.names), indent=1) + "\n", encoding="utf-8")
        shutil.rmtree(self.staging, ignore_errors=True)
        return [self.folder / name for name in self.names]

    def abort(self) -> None:
        shutil.rmtree(self.staging, ignore_errors=True)

    def _manifest(self) -> list[str]:
        try:
            names = json.loads((self.folder / MANIFEST).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return []
        return [n for n in names if isinstance(n, str) and "/" not in n and not n.startswith(".")]

    def __enter__(self) -> Output:
        return self

    def __exit__(self, kind: type | None, *_: Any) -> None:
        if kind is not None:
            self.abort()


def _mkdtemp(folder: Path) -> str:
    import tempfile

    return tempfile.mkdtemp(prefix=".staging-", dir=folder)


# -- features ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PlaceSummary:
    """A place with the mentions of it across the corpus."""

    place: Place
    mentions: int
    doc_ids: tuple[str, ...]


def summarise_places(mentions: Iterable[Mention], legs: Iterable[Leg]) -> list[PlaceSummary]:
    """Every place mentioned or used as a leg's endpoint, with its mention count and documents."""
    counts: dict[str, int] = {}
    docs: dict[str, set[str]] = {}
    places: dict[str, Place] = {}
    for m in mentions:
        places[m.place.id] = m.place
        counts[m.place.id] = counts.get(m.place.id, 0) + 1
        docs.setdefault(m.place.id, set()).add(m.doc_id)
    for leg in legs:
        for place in (leg.origin, leg.destination, *leg.via):
            places.setdefault(place.id, place)
            docs.setdefault(place.id, set()).update(c.doc_id for c in leg.citations)
    return [PlaceSummary(places[i], counts.get(i, 0), tuple(sorted(docs.get(i, ())))) for i in sorted(places)]


def citation_properties(citation: Citation) -> dict[str, Any]:
    return {
        "doc_id": citation.doc_id, "title": citation.title, "outlet": citation.outlet, "url": citation.url,
        "published": citation.published, "quote": citation.quote, "start": citation.start, "end": citation.end,
    }


def leg_properties(leg: Leg, path: LegPath) -> dict[str, Any]:
    """The properties of a leg, as the output contract in DESIGN.md names them."""
    return {
        "leg_id": leg.id,
        "origin": leg.origin.name,
        "origin_id": leg.origin.id,
        "origin_country": leg.origin.country,
        "destination": leg.destination.name,
        "destination_id": leg.destination.id,
        "destination_country": leg.destination.country,
        "via": [p.name for p in leg.via],
        "mode": leg.mode,
        "date": leg.date,
        "carrier": leg.carrier,
        "cargo": list(leg.cargo),
        "status": leg.status,
        "confidence": leg.confidence,
        "sources": leg.sources,
        "route_id": leg.route_id,
        "origin_point": path.origin.basis,
        "destination_point": path.destination.basis,
        "path": path.method,
        "citations": [citation_properties(c) for c in leg.citations],
    }


def _position(lon: float, lat: float) -> list[float]:
    return [round(lon, DECIMALS), round(lat, DECIMALS)]


def geometry_json(geometry: Any) -> dict[str, Any]:
    """RFC 7946 geometry for a shapely line, longitude first, rounded."""
    if geometry.geom_type == "LineString":
        return {"type": "LineString", "coordinates": [_position(x, y) for x, y in geometry.coords]}
    return {
        "type": "MultiLineString",
        "coordinates": [[_position(x, y) for x, y in part.coords] for part in geometry.geoms],
    }


def legs_collection(legs: list[Leg], paths: dict[str, LegPath]) -> dict[str, Any]:
    return {
        "type": "FeatureCollection",
        "features": [
            {"type": "Feature", "id": leg.id, "geometry": geometry_json(paths[leg.id].geometry),
             "properties": leg_properties(leg, paths[leg.id])}
            for leg in legs
        ],
    }


def places_collection(places: list[PlaceSummary]) -> dict[str, Any]:
    return {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature", "id": s.place.id,
                "geometry": {"type": "Point", "coordinates": _position(s.place.lon, s.place.lat)},
                "properties": {
                    "place_id": s.place.id, "name": s.place.name, "type": s.place.type,
                    "country": s.place.country, "mentions": s.mentions, "doc_ids": list(s.doc_ids),
                    "source": s.place.source,
                },
            }
            for s in places
        ],
    }


def to_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=1) + "\n"


# -- writers ----------------------------------------------------------------------------------


def write_all(output: Output, legs: list[Leg], paths: dict[str, LegPath], places: list[PlaceSummary]) -> None:
    """Every GIS file of the output contract, staged in `output`."""
    output.write_text("legs.geojson", to_json(legs_collection(legs, paths)))
    output.write_text("places.geojson", to_json(places_collection(places)))
    output.write_text("legs.csv", legs_csv(legs, paths))
    write_geopackage(output.path("routes.gpkg"), legs, paths, places)


CSV_COLUMNS = ["leg_id", "origin", "origin_id", "origin_country", "destination", "destination_id",
               "destination_country", "via", "mode", "date", "carrier", "cargo", "status", "confidence",
               "sources", "route_id", "doc_ids"]


def legs_csv(legs: list[Leg], paths: dict[str, LegPath]) -> str:
    """One row per leg; lists joined with '; ', the citations' document ids joined likewise."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for leg in legs:
        row = leg_properties(leg, paths[leg.id])
        row["via"] = "; ".join(row["via"])
        row["cargo"] = "; ".join(row["cargo"])
        row["doc_ids"] = "; ".join(dict.fromkeys(c.doc_id for c in leg.citations))
        writer.writerow({k: row.get(k) for k in CSV_COLUMNS})
    return buffer.getvalue()


def _date_columns(value: str | None) -> tuple[str | None, str | None, str | None]:
    """date_start, date_end and date_precision for QGIS's temporal controller."""
    if not value:
        return None, None, None
    first, last = dates.bounds(value)
    if "/" in value:
        kind = "range"
    else:
        kind = {1: "year", 2: "month", 3: "day"}[len(value.split("-"))]
    return first.isoformat(), last.isoformat(), kind


def write_geopackage(target: Path, legs: list[Leg], paths: dict[str, LegPath], places: list[PlaceSummary]) -> None:
    """Layers legs, places and citations with flat, single-typed columns (lists as JSON text)."""
    import geopandas as gpd
    import pandas as pd
    import pyogrio
    from shapely.geometry import Point

    pyogrio.set_gdal_config_options({"OGR_CURRENT_DATE": GPKG_TIMESTAMP})
    leg_rows = []
    for leg in legs:
        props = leg_properties(leg, paths[leg.id])
        start, end, kind = _date_columns(leg.date)
        props.update(
            via=json.dumps(props["via"], ensure_ascii=False),
            cargo=json.dumps(props["cargo"], ensure_ascii=False),
            doc_ids=json.dumps(list(dict.fromkeys(c.doc_id for c in leg.citations)), ensure_ascii=False),
            date_start=start, date_end=end, date_precision=kind,
            geometry=paths[leg.id].geometry,
        )
        del props["citations"]
        leg_rows.append(props)
    legs_frame = gpd.GeoDataFrame(leg_rows, geometry="geometry", crs="EPSG:4326") if leg_rows else \
        gpd.GeoDataFrame({"leg_id": pd.Series(dtype=str)}, geometry=gpd.GeoSeries([], crs="EPSG:4326"))
    for column in ("date_start", "date_end"):
        if column in legs_frame:
            legs_frame[column] = pd.to_datetime(legs_frame[column]).dt.date
    place_rows = [
        {"place_id": s.place.id, "name": s.place.name, "type": s.place.type, "country": s.place.country,
         "mentions": s.mentions, "doc_ids": json.dumps(list(s.doc_ids)), "source": s.place.source,
         "geometry": Point(s.place.lon, s.place.lat)}
        for s in places
    ]
    places_frame = gpd.GeoDataFrame(place_rows, geometry="geometry", crs="EPSG:4326") if place_rows else \
        gpd.GeoDataFrame({"place_id": pd.Series(dtype=str)}, geometry=gpd.GeoSeries([], crs="EPSG:4326"))
    citation_rows = [
        {"leg_id": leg.id, **citation_properties(c)} for leg in legs for c in leg.citations
    ]
    citations_frame = pd.DataFrame(citation_rows, columns=["leg_id", "doc_id", "title", "outlet", "url",
                                                           "published", "quote", "start", "end"])
    legs_frame.to_file(target, layer="legs", driver="GPKG", engine="pyogrio")
    places_frame.to_file(target, layer="places", driver="GPKG", engine="pyogrio", append=False)
    pyogrio.write_dataframe(citations_frame, target, layer="citations", driver="GPKG")
