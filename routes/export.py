"""Write the build's GIS files: legs.geojson, places.geojson, routes.gpkg, legs.csv, routes.kml
and entities.ftm.json.

Files are written into a staging folder and moved into place only when every one of them
is complete, so a failed build leaves the previous outputs as they were. The same input
gives byte-identical files.
"""

from __future__ import annotations

import csv
import hashlib
import html
import io
import json
import operator
import os
import shutil
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

from shapely.geometry import LineString, MultiLineString, Point

from routes import dates
from routes.documents import web_url
from routes.errors import OutputError
from routes.geometry import Path as LegPath
from routes.model import Citation, Leg, Mention, Place

DECIMALS = 6
MANIFEST = ".routes-build.json"
# Fixed timestamp for GeoPackage metadata, so two builds of one corpus are identical.
GPKG_TIMESTAMP = "2000-01-01T00:00:00.000Z"


class Output:
    """The files of one build: every one written in full in a staging folder, then moved
    into the output folder, so that no file is ever seen half-written and a failed build
    replaces nothing."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        if folder.exists() and not folder.is_dir():
            raise OutputError(str(folder), "not a folder")
        try:
            folder.mkdir(parents=True, exist_ok=True)
            self.staging = Path(_mkdtemp(folder))
        except OSError as error:
            raise OutputError(str(folder), f"cannot write output folder ({error.strerror or error})") from None
        self.names: list[str] = []

    def path(self, name: str) -> Path:
        """Where to write a file of this build before it is committed; each name once."""
        if name in self.names:
            raise OutputError(str(self.folder / name), "two outputs of this build have the same file name")
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
        manifest = self.staging / MANIFEST
        manifest.write_text(json.dumps(sorted(self.names), indent=1) + "\n", encoding="utf-8")
        os.replace(manifest, self.folder / MANIFEST)
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
    output.write_text("routes.kml", legs_kml(legs, paths, places))
    output.write_text("entities.ftm.json", "".join(json.dumps(e, ensure_ascii=False, sort_keys=True) + "\n"
                                                   for e in ftm_entities(legs)))
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
        row["doc_ids"] = "; ".join(_doc_ids(leg))
        writer.writerow({k: row.get(k) for k in CSV_COLUMNS})
    return buffer.getvalue()


def _doc_ids(leg: Leg) -> list[str]:
    return list(dict.fromkeys(c.doc_id for c in leg.citations))


def date_columns(value: str | None) -> tuple[str | None, str | None, str | None]:
    """First day, last day and precision ('day', 'month', 'year' or 'range') of a leg's date."""
    if not value:
        return None, None, None
    first, last = dates.bounds(value)
    if "/" in value:
        kind = "range"
    else:
        kind = {1: "year", 2: "month", 3: "day"}[len(value.split("-"))]
    return first.isoformat(), last.isoformat(), kind


# -- GeoPackage -------------------------------------------------------------------------------

# Column types of the GeoPackage layers. Every column has one type whatever the data, so a
# layer's schema does not change from one corpus to the next; lists are JSON text.
TEXT, INTEGER, REAL, DATE = "text", "integer", "real", "date"
LEG_COLUMNS = {
    "leg_id": TEXT, "origin": TEXT, "origin_id": TEXT, "origin_country": TEXT, "destination": TEXT,
    "destination_id": TEXT, "destination_country": TEXT, "via": TEXT, "mode": TEXT, "date": TEXT,
    "date_start": DATE, "date_end": DATE, "date_precision": TEXT, "carrier": TEXT, "cargo": TEXT,
    "status": TEXT, "confidence": REAL, "sources": INTEGER, "route_id": TEXT, "origin_point": TEXT,
    "destination_point": TEXT, "path": TEXT, "doc_ids": TEXT,
}
PLACE_COLUMNS = {
    "place_id": TEXT, "name": TEXT, "type": TEXT, "country": TEXT, "mentions": INTEGER, "doc_ids": TEXT,
    "source": TEXT,
}
CITATION_COLUMNS = {
    "leg_id": TEXT, "doc_id": TEXT, "title": TEXT, "outlet": TEXT, "url": TEXT, "published": DATE,
    "quote": TEXT, "start": INTEGER, "end": INTEGER,
}
_NUMPY_TYPES = {TEXT: "object", INTEGER: "int64", REAL: "float64", DATE: "datetime64[D]"}


def write_geopackage(target: Path, legs: list[Leg], paths: dict[str, LegPath], places: list[PlaceSummary]) -> None:
    """Layers legs (MultiLineString), places (Point) and citations (a table), typed for QGIS.

    Dates are GeoPackage dates, so QGIS's Temporal Controller can use date_start and date_end.
    """
    import pyogrio

    leg_rows = []
    for leg in legs:
        props = leg_properties(leg, paths[leg.id])
        start, end, kind = date_columns(leg.date)
        props.update(via=_json_text(props["via"]), cargo=_json_text(props["cargo"]),
                     doc_ids=_json_text(_doc_ids(leg)), date_start=start, date_end=end, date_precision=kind)
        leg_rows.append(props)
    place_rows = [
        {"place_id": s.place.id, "name": s.place.name, "type": s.place.type, "country": s.place.country,
         "mentions": s.mentions, "doc_ids": _json_text(list(s.doc_ids)), "source": s.place.source}
        for s in places
    ]
    citation_rows = [{"leg_id": leg.id, **citation_properties(c)} for leg in legs for c in leg.citations]
    lines = [_multi(paths[leg.id].geometry) for leg in legs]
    points = [Point(s.place.lon, s.place.lat) for s in places]
    pyogrio.set_gdal_config_options({"OGR_CURRENT_DATE": GPKG_TIMESTAMP})
    try:
        _write_layer(target, "legs", LEG_COLUMNS, leg_rows, lines, "MultiLineString")
        _write_layer(target, "places", PLACE_COLUMNS, place_rows, points, "Point")
        _write_layer(target, "citations", CITATION_COLUMNS, citation_rows, None, None)
    finally:
        pyogrio.set_gdal_config_options({"OGR_CURRENT_DATE": None})


def _write_layer(target: Path, layer: str, columns: dict[str, str], rows: list[dict[str, Any]],
                 geometries: list[Any] | None, geometry_type: str | None) -> None:
    import numpy as np
    import shapely
    from pyogrio.raw import write

    data = [np.array([row[name] for row in rows], dtype=_NUMPY_TYPES[kind]) for name, kind in columns.items()]
    write(
        target, geometry=None if geometries is None else np.array(shapely.to_wkb(geometries), dtype=object),
        field_data=data, fields=list(columns), layer=layer, driver="GPKG", geometry_type=geometry_type,
        crs="EPSG:4326" if geometries is not None else None, append=False,
    )


def _multi(geometry: LineString | MultiLineString) -> MultiLineString:
    return geometry if isinstance(geometry, MultiLineString) else MultiLineString([geometry])


def _json_text(values: list[str]) -> str:
    return json.dumps(values, ensure_ascii=False)


# -- KML (Google Earth) -----------------------------------------------------------------------

KML_NAMESPACE = "http://www.opengis.net/kml/2.2"
# The maps' colours per mode, as KML writes them: aabbggrr.
KML_COLOURS = {"sea": "ffa85f1f", "air": "ff2b39c0", "land": "ff1f4a5d", "unknown": "ff6c6c6c"}
# A leg's properties as typed KML fields (SchemaData), which GDAL's KML and LIBKML drivers both read.
KML_FIELDS = {name: {"confidence": "double", "sources": "int"}.get(name, "string") for name in CSV_COLUMNS}


def legs_kml(legs: list[Leg], paths: dict[str, LegPath], places: list[PlaceSummary]) -> str:
    """A KML document for Google Earth: a folder of legs and one of places.

    A dated leg has a TimeSpan, so Google Earth's time slider shows it on its days. Each
    description is HTML (Google Earth renders it), built from escaped text only, because the
    quotes come from untrusted documents.
    """
    root = ET.Element("kml", xmlns=KML_NAMESPACE)
    document = ET.SubElement(root, "Document")
    ET.SubElement(document, "name").text = "routes"
    schema = ET.SubElement(document, "Schema", name="leg", id="leg")
    for name, kind in KML_FIELDS.items():
        ET.SubElement(schema, "SimpleField", name=name, type=kind)
    for mode, colour in KML_COLOURS.items():
        style = ET.SubElement(document, "Style", id=f"mode-{mode}")
        line_style = ET.SubElement(style, "LineStyle")
        ET.SubElement(line_style, "color").text = colour
        ET.SubElement(line_style, "width").text = "3"
    folder = ET.SubElement(document, "Folder")
    ET.SubElement(folder, "name").text = "legs"
    for leg in legs:
        _leg_placemark(folder, leg, paths[leg.id])
    folder = ET.SubElement(document, "Folder")
    ET.SubElement(folder, "name").text = "places"
    for summary in places:
        placemark = ET.SubElement(folder, "Placemark", id=f"place-{summary.place.id}")
        ET.SubElement(placemark, "name").text = summary.place.name
        ET.SubElement(placemark, "description").text = html.escape(
            f"{summary.place.type}, {summary.place.country}: mentioned {summary.mentions} times in "
            f"{', '.join(summary.doc_ids)}")
        point = ET.SubElement(placemark, "Point")
        ET.SubElement(point, "coordinates").text = _kml_position(summary.place.lon, summary.place.lat)
    ET.indent(root, space=" ")
    return ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n"


def _leg_placemark(folder: ET.Element, leg: Leg, path: LegPath) -> None:
    placemark = ET.SubElement(folder, "Placemark", id=f"leg-{leg.id}")
    ET.SubElement(placemark, "name").text = f"{leg.origin.name} → {leg.destination.name}"
    ET.SubElement(placemark, "description").text = _leg_description(leg)
    start, end, _ = date_columns(leg.date)
    if start and end:
        span = ET.SubElement(placemark, "TimeSpan")
        ET.SubElement(span, "begin").text = start
        ET.SubElement(span, "end").text = end
    ET.SubElement(placemark, "styleUrl").text = f"#mode-{leg.mode}"
    extended = ET.SubElement(ET.SubElement(placemark, "ExtendedData"), "SchemaData", schemaUrl="#leg")
    props = leg_properties(leg, path)
    props["doc_ids"] = _doc_ids(leg)
    for name in KML_FIELDS:
        value = props[name]
        if value is None:
            continue
        ET.SubElement(extended, "SimpleData", name=name).text = _json_text(value) if isinstance(value, list) else str(value)
    lines = path.geometry.geoms if isinstance(path.geometry, MultiLineString) else [path.geometry]
    parent = ET.SubElement(placemark, "MultiGeometry") if len(lines) > 1 else placemark
    for line in lines:
        element = ET.SubElement(parent, "LineString")
        ET.SubElement(element, "tessellate").text = "1"
        ET.SubElement(element, "coordinates").text = " ".join(_kml_position(x, y) for x, y in line.coords)


def _leg_description(leg: Leg) -> str:
    """The leg's facts and every citation, as escaped HTML."""
    facts = [
        ("Mode", leg.mode), ("Date", leg.date), ("Carrier", leg.carrier), ("Cargo", ", ".join(leg.cargo)),
        ("Status", leg.status), ("Confidence", f"{leg.confidence:.2f}"), ("Sources", str(leg.sources)),
        ("Route", leg.route_id),
    ]
    parts = [f"<b>{name}:</b> {html.escape(value)}<br/>" for name, value in facts if value]
    for citation in leg.citations:
        source = ", ".join(html.escape(v) for v in (citation.outlet or citation.title, citation.published) if v)
        url = web_url(citation.url)
        if url:
            source = f'<a href="{html.escape(url)}">{source}</a>'
        parts.append(f"<blockquote>{html.escape(citation.quote)}<br/>— {source}</blockquote>")
    return "\n".join(parts)


def _kml_position(lon: float, lat: float) -> str:
    return f"{round(lon, DECIMALS)},{round(lat, DECIMALS)}"


# -- FollowTheMoney (Aleph) -------------------------------------------------------------------

# followthemoney itself is not needed to write entities, only to check them (the tests do, for
# every entity): it pulls in PyICU, which has no wheels and would need ICU and a C++ compiler.
FTM_NAMESPACE = "routes"
FTM_VEHICLES = {"sea": "Vessel", "air": "Airplane"}


def ftm_entities(legs: list[Leg]) -> list[dict[str, Any]]:
    """FollowTheMoney entities for Aleph: a Trip per leg, with its places as Address entities,
    its carrier as a Vessel (sea) or Airplane (air), and the reports citing it as Article proof.

    Referenced entities come before the Trips that use them; ids are hashes of what they stand for.
    """
    articles: dict[str, dict[str, Any]] = {}
    addresses: dict[str, dict[str, Any]] = {}
    vehicles: list[dict[str, Any]] = []
    trips: list[dict[str, Any]] = []
    for leg in legs:
        for c in leg.citations:
            articles.setdefault(c.doc_id, _entity("Article", c.doc_id, title=c.title, publisher=c.outlet,
                                                  publishedAt=c.published, sourceUrl=web_url(c.url)))
        for place in (leg.origin, leg.destination):
            addresses.setdefault(place.id, _entity(
                "Address", place.id, full=place.name, country=place.country.lower(),
                latitude=repr(place.lat), longitude=repr(place.lon), remarks=f"{place.type} ({place.id})"))
        first, _, last = (leg.date or "").partition("/")
        when = {"startDate": first, "endDate": last} if last else {"date": first}
        trip = _entity(
            "Trip", leg.id,
            name=f"{leg.origin.name} → {leg.destination.name}",
            startLocation=addresses[leg.origin.id]["id"], endLocation=addresses[leg.destination.id]["id"],
            **when,
            description=_ftm_description(leg), keywords=list(leg.cargo),
            country=sorted({leg.origin.country.lower(), leg.destination.country.lower()}), recordId=leg.id,
            proof=[articles[doc_id]["id"] for doc_id in _doc_ids(leg)],
            sourceUrl=list(dict.fromkeys(web_url(c.url) for c in leg.citations)),
            notes=[c.quote for c in leg.citations],
        )
        schema = FTM_VEHICLES.get(leg.mode)
        if leg.carrier and schema:
            vehicle = _entity(schema, leg.id, name=leg.carrier, proof=trip["properties"]["proof"])
            trip["properties"]["vehicle"] = [vehicle["id"]]
            vehicles.append(vehicle)
        trips.append(trip)
    by_id = operator.itemgetter("id")
    return [*sorted(articles.values(), key=by_id), *sorted(addresses.values(), key=by_id), *vehicles, *trips]


def _entity(schema: str, key: str, **values: str | list[str | None] | list[str] | None) -> dict[str, Any]:
    """One entity as FollowTheMoney writes it: id, schema, and every property a list of strings."""
    digest = hashlib.sha1("\x00".join((FTM_NAMESPACE, schema, key)).encode("utf-8")).hexdigest()
    properties: dict[str, list[str]] = {}
    for name, value in values.items():
        items = value if isinstance(value, list) else [value]
        kept = [item for item in items if item]
        if kept:
            properties[name] = kept
    return {"id": f"{FTM_NAMESPACE}-{digest}", "schema": schema, "properties": properties}


def _ftm_description(leg: Leg) -> str:
    facts = [
        leg.mode if leg.mode != "unknown" else None, leg.status, leg.carrier, ", ".join(leg.cargo) or None,
        f"confidence {leg.confidence:.2f} from {leg.sources} source(s)",
        f"part of route {leg.route_id}" if leg.route_id else None,
    ]
    return "; ".join(f for f in facts if f)
