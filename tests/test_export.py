"""The files GIS users open: GeoJSON, GeoPackage, CSV, KML and FollowTheMoney, checked with the
tools that read them (GDAL through pyogrio, the followthemoney package)."""

from __future__ import annotations

import csv
import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pyogrio
import pytest

from routes import export, geometry
from routes.model import Citation, Leg, Place
from routes.pipeline import build

from conftest import GAZETTEER, SEEDS

SHANGHAI = Place("cn-shanghai", "Shanghai", "city", "CN", 31.22222, 121.45806, "test")
LOS_ANGELES = Place("us-los-angeles", "Los Angeles", "city", "US", 34.05223, -118.24368, "test")
TOKYO = Place("jp-tokyo", "Tokyo", "city", "JP", 35.6895, 139.69171, "test")
ANCHORAGE = Place("us-anchorage", "Anchorage", "city", "US", 61.21806, -149.90028, "test")
KML = "{http://www.opengis.net/kml/2.2}"


def citation(doc_id: str, quote: str, url: str | None = None) -> Citation:
    return Citation(doc_id, f"Report {doc_id}", "Pacific Monitor", url, "2021-03-06", quote, 0, len(quote))


@pytest.fixture(scope="module")
def pacific(tmp_path_factory: pytest.TempPathFactory, reader) -> tuple[Path, list[Leg]]:
    """Two legs across the antimeridian, written as a build writes them."""
    ship = Leg(SHANGHAI, LOS_ANGELES, mode="sea", date="2021-03-01/2021-03-04", carrier="MV Ever Pacific",
               cargo=("ammunition",), confidence=0.7,
               citations=(citation("ship", "The MV Ever Pacific sailed from Shanghai to Los Angeles.",
                                   "https://example.org/ship"),))
    flight = Leg(TOKYO, ANCHORAGE, mode="air", carrier="Boeing 747-8F", cargo=("drones",), route_id="route-test",
                 citations=(citation("flight", "A Boeing 747-8F flew <script>alert(1)</script> drones from "
                                     "Tokyo to Anchorage.", "javascript:alert(1)"),))
    legs = [ship, flight]
    paths = {leg.id: geometry.path(leg, reader.gazetteer) for leg in legs}
    out = tmp_path_factory.mktemp("pacific")
    with export.Output(out) as output:
        export.write_all(output, legs, paths, export.summarise_places([], legs))
        output.commit()
    return out, legs


def positions(geometry_json: dict) -> list[list[float]]:
    lines = geometry_json["coordinates"] if geometry_json["type"] == "MultiLineString" else \
        [geometry_json["coordinates"]]
    return [position for line in lines for position in line]


def test_pacific_legs_are_rfc7946_within_180(pacific):
    out, legs = pacific
    text = (out / "legs.geojson").read_text(encoding="utf-8")
    collection = json.loads(text)
    assert collection["type"] == "FeatureCollection" and '"crs"' not in text
    assert not re.search(r"\d\.\d{8,}", text)  # 6 decimals, about 10 cm
    by_id = {f["properties"]["leg_id"]: f for f in collection["features"]}
    for leg in legs:
        feature = by_id[leg.id]
        assert feature["geometry"]["type"] == "MultiLineString"
        assert all(len(line) >= 2 for line in feature["geometry"]["coordinates"])
        points = positions(feature["geometry"])
        assert all(-180 <= lon <= 180 and -90 <= lat <= 90 for lon, lat in points)
        assert points[0] == [leg.origin.lon, leg.origin.lat] and points[-1] == [leg.destination.lon,
                                                                                 leg.destination.lat]
    assert len(pyogrio.read_dataframe(out / "legs.geojson")) == 2  # GDAL's GeoJSON driver reads it


def test_geopackage_has_three_layers_with_typed_columns(pacific):
    out, legs = pacific
    target = out / "routes.gpkg"
    assert [name for name, _ in pyogrio.list_layers(target)] == ["legs", "places", "citations"]
    info = pyogrio.read_info(target, layer="legs")
    types = dict(zip(info["fields"], info["ogr_types"]))
    assert info["geometry_type"] == "MultiLineString" and info["crs"] == "EPSG:4326"
    assert types["date_start"] == types["date_end"] == "OFTDate"
    assert types["confidence"] == "OFTReal" and types["sources"] == "OFTInteger64"
    assert all(types[name] == "OFTString" for name in ("leg_id", "via", "cargo", "route_id", "doc_ids"))
    frame = pyogrio.read_dataframe(target, layer="legs").set_index("leg_id")
    ship = frame.loc[legs[0].id]
    assert str(ship.date_start.date()) == "2021-03-01" and str(ship.date_end.date()) == "2021-03-04"
    assert ship.date_precision == "range" and json.loads(ship.cargo) == ["ammunition"]
    assert frame.loc[legs[1].id].route_id == "route-test"
    citations = pyogrio.read_info(target, layer="citations")
    assert dict(zip(citations["fields"], citations["ogr_types"]))["published"] == "OFTDate"
    assert pyogrio.read_info(target, layer="places")["geometry_type"] == "Point"


@pytest.mark.parametrize("skip", ["LIBKML", "KML"])
def test_kml_opens_with_gdal_kml_and_libkml_drivers(pacific, skip: str):
    out, _ = pacific
    script = ("import pyogrio, sys; info = pyogrio.read_info(sys.argv[1], layer='legs'); "
              "print(info['driver'], info['features'])")
    result = subprocess.run([sys.executable, "-c", script, str(out / "routes.kml")], capture_output=True, text=True,
                            env={"GDAL_SKIP": skip, "PATH": ""}, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [{"LIBKML": "KML", "KML": "LIBKML"}[skip], "2"]


def test_kml_has_time_spans_split_lines_and_escaped_citations(pacific):
    out, legs = pacific
    root = ET.parse(out / "routes.kml").getroot()
    placemarks = {p.get("id"): p for p in root.iter(f"{KML}Placemark")}
    ship, flight = placemarks[f"leg-{legs[0].id}"], placemarks[f"leg-{legs[1].id}"]
    assert ship.findtext(f"{KML}TimeSpan/{KML}begin") == "2021-03-01"
    assert ship.findtext(f"{KML}TimeSpan/{KML}end") == "2021-03-04"
    assert flight.find(f"{KML}TimeSpan") is None
    assert len(flight.findall(f"{KML}MultiGeometry/{KML}LineString")) == 2
    description = flight.findtext(f"{KML}description")
    assert "&lt;script&gt;" in description and "<script>" not in description
    assert "javascript:" not in description
    assert 'href="https://example.org/ship"' in ship.findtext(f"{KML}description")


def ftm_model():
    """followthemoney's model; skipped where the package could not be installed, but not under CI."""
    try:
        from followthemoney import model
    except ImportError:
        if os.environ.get("CI") == "true":
            raise
        pytest.skip("followthemoney is not installed (make test installs it where PyICU can be built)")
    return model


def check_entities(path: Path) -> list[dict]:
    """Every entity valid for its schema, with its required properties, its values as
    followthemoney would clean them, and every reference to an entity of the right schema."""
    model = ftm_model()
    entities = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    schemata = {entity["id"]: model.get(entity["schema"]) for entity in entities}
    assert len(schemata) == len(entities)
    for entity in entities:
        schema = schemata[entity["id"]]
        schema.validate(entity)
        assert all(entity["properties"].get(name) for name in schema.required), entity
        assert model.get_proxy(entity, cleaned=False).to_dict()["properties"] == entity["properties"]
        for name, values in entity["properties"].items():
            prop = schema.get(name)
            if prop.type.name == "entity":
                assert all(schemata[value].is_a(prop.range) for value in values), (entity["id"], name)
    return entities


def test_followthemoney_entities_validate(pacific):
    out, legs = pacific
    entities = check_entities(out / "entities.ftm.json")
    trips = [e for e in entities if e["schema"] == "Trip"]
    assert len(trips) == 2
    by_record = {t["properties"]["recordId"][0]: t for t in trips}
    ship = by_record[legs[0].id]["properties"]
    assert (ship["startDate"], ship["endDate"]) == (["2021-03-01"], ["2021-03-04"])
    assert ship["sourceUrl"] == ["https://example.org/ship"]
    vehicles = {e["id"]: e["schema"] for e in entities if e["schema"] in ("Vessel", "Airplane")}
    assert vehicles[ship["vehicle"][0]] == "Vessel"
    assert vehicles[by_record[legs[1].id]["properties"]["vehicle"][0]] == "Airplane"


def test_the_seeds_entities_validate(seeds_build: Path):
    entities = check_entities(seeds_build / "entities.ftm.json")
    assert {"Trip", "Address", "Article", "Vessel", "Airplane"} <= {e["schema"] for e in entities}


def test_route_ids_are_in_every_export(seeds_build: Path, seed_legs: list[dict]):
    routed = {leg["leg_id"]: leg["route_id"] for leg in seed_legs if leg["route_id"]}
    assert routed
    with open(seeds_build / "legs.csv", encoding="utf-8", newline="") as handle:
        assert {r["leg_id"]: r["route_id"] for r in csv.DictReader(handle) if r["route_id"]} == routed
    frame = pyogrio.read_dataframe(seeds_build / "routes.gpkg", layer="legs")
    assert {r.leg_id: r.route_id for r in frame.itertuples() if isinstance(r.route_id, str)} == routed
    root = ET.parse(seeds_build / "routes.kml").getroot()
    in_kml = {}
    for placemark in root.iter(f"{KML}Placemark"):
        data = {d.get("name"): d.text for d in placemark.iter(f"{KML}SimpleData")}
        if data.get("route_id"):
            in_kml[data["leg_id"]] = data["route_id"]
    assert in_kml == routed
    trips = [json.loads(line) for line in (seeds_build / "entities.ftm.json").read_text().splitlines()]
    in_ftm = {t["properties"]["recordId"][0]: t["properties"]["description"][0] for t in trips
              if t["schema"] == "Trip"}
    assert all(route in in_ftm[leg_id] for leg_id, route in routed.items())


@pytest.fixture(scope="module")
def two_builds(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    first, second = tmp_path_factory.mktemp("first"), tmp_path_factory.mktemp("second")
    build(SEEDS, GAZETTEER, first)
    build(SEEDS, GAZETTEER, second)
    return first, second


def differing(first: Path, second: Path, suffixes: tuple[str, ...]) -> list[str]:
    names = sorted(p.name for p in first.iterdir() if p.suffix in suffixes)
    assert names and names == sorted(p.name for p in second.iterdir() if p.suffix in suffixes)
    return [name for name in names if (first / name).read_bytes() != (second / name).read_bytes()]


def test_two_builds_write_byte_identical_gis_files(two_builds):
    assert differing(*two_builds, (".geojson", ".gpkg", ".csv", ".kml", ".json")) == []


def test_two_builds_write_byte_identical_maps(two_builds):
    assert differing(*two_builds, (".html",)) == []
