"""End to end: the seeds built into a folder, checked through the files a user opens."""

from __future__ import annotations

import json
from pathlib import Path

import pyogrio
import pytest

from routes import documents
from routes.errors import OutputError
from routes.pipeline import build

from conftest import GAZETTEER, SEEDS

DOC_001 = "001_f7a587afc17cc427"
DOC_003 = "003_1f0b582e6eaf7b57"
DOC_000 = "000_3721ac6cdbd9f31d"
DOC_004 = "004_117367800fd07705"
DOC_002 = "002_de1bce61dd082933"


def cited_in(leg: dict, doc_id: str) -> bool:
    return any(c["doc_id"] == doc_id for c in leg["citations"])


def covers(date: str | None, day: str) -> bool:
    """Whether a leg's date (a day, or a range 'start/end') includes the day."""
    if not date:
        return False
    first, _, last = date.partition("/")
    return first <= day <= (last or first)


def test_every_output_of_the_contract_is_written(seeds_build: Path):
    for name in ("legs.geojson", "places.geojson", "routes.gpkg", "legs.csv", "index.html"):
        assert (seeds_build / name).stat().st_size > 0, name
    for path in sorted(SEEDS.iterdir()):
        assert (seeds_build / f"{path.stem}.html").is_file()
    layers = {name for name, _ in pyogrio.list_layers(seeds_build / "routes.gpkg")}
    assert {"legs", "places", "citations"} <= layers


def test_legs_geojson_is_rfc7946(seeds_build: Path):
    collection = json.loads((seeds_build / "legs.geojson").read_text(encoding="utf-8"))
    assert collection["type"] == "FeatureCollection" and "crs" not in collection
    for feature in collection["features"]:
        geometry = feature["geometry"]
        assert geometry["type"] in ("LineString", "MultiLineString")
        lines = geometry["coordinates"] if geometry["type"] == "MultiLineString" else [geometry["coordinates"]]
        for line in lines:
            for lon, lat in line:
                assert -180 <= lon <= 180 and -90 <= lat <= 90


def test_samsun_to_tripoli_by_sea_with_its_moldovan_vessel(seed_legs: list[dict]):
    legs = [leg for leg in seed_legs if cited_in(leg, DOC_001) and leg["origin_id"].startswith("tr-samsun")
            and leg["destination_id"].startswith("ly-tripoli")]
    assert len(legs) == 1
    leg = legs[0]
    assert leg["mode"] == "sea"
    assert covers(leg["date"], "2019-05-20")
    assert "Moldovan-flagged" in leg["carrier"]
    assert {"armoured vehicles", "rocket launchers", "Kornet", "TOW"} <= set(leg["cargo"])


def test_ship_from_the_turkish_port_of_samsun_with_bmc_kirpi(seed_legs: list[dict]):
    legs = [leg for leg in seed_legs if cited_in(leg, DOC_003) and leg["origin_id"].startswith("tr-samsun")]
    assert len(legs) == 1
    leg = legs[0]
    assert leg["mode"] == "sea"
    assert leg["destination_country"] == "LY"
    assert covers(leg["date"], "2019-05-19")
    assert "BMC Kirpi" in leg["cargo"] and "armoured vehicles" in leg["cargo"]


def test_two_separate_flights_into_misrata_airport(seed_legs: list[dict]):
    flights = [leg for leg in seed_legs if leg["destination_id"] == "ly-misrata-airport" and leg["mode"] == "air"]
    assert len(flights) == 2
    assert all(leg["origin_id"] == "tr" for leg in flights)
    hercules = [leg for leg in flights if "C-130" in (leg["carrier"] or "")]
    antonov = [leg for leg in flights if "An-124" in (leg["carrier"] or "")]
    assert len(hercules) == 1 and len(antonov) == 1
    assert "officers" in hercules[0]["cargo"]
    assert "drones" in antonov[0]["cargo"]


def test_turkish_convoy_to_northern_hama_by_land(seed_legs: list[dict]):
    legs = [leg for leg in seed_legs if leg["destination_id"].startswith("sy-hama") and leg["origin_id"] == "tr"]
    assert len(legs) == 1
    assert legs[0]["mode"] == "land"
    assert "convoy" in legs[0]["carrier"].lower()


def test_iranian_systems_move_iran_turkey_libya(seed_legs: list[dict]):
    systems = {"Dehleyvah", "Misagh-2"}
    first = [leg for leg in seed_legs if leg["origin_id"] == "ir" and leg["destination_id"] == "tr"
             and systems <= set(leg["cargo"])]
    second = [leg for leg in seed_legs if leg["origin_id"] == "tr" and leg["destination_country"] == "LY"
              and systems <= set(leg["cargo"])]
    assert len(first) == 1 and len(second) == 1
    assert first[0]["route_id"] is not None
    assert first[0]["route_id"] == second[0]["route_id"]


def test_the_ship_amazon_turkey_to_libya_by_sea(seed_legs: list[dict]):
    legs = [leg for leg in seed_legs if "Amazon" in (leg["carrier"] or "")]
    assert len(legs) == 1
    assert (legs[0]["origin_id"], legs[0]["destination_country"], legs[0]["mode"]) == ("tr", "LY", "sea")


def test_troops_from_turkey_and_mercenaries_from_syria_to_libya(seed_legs: list[dict]):
    troops = [leg for leg in seed_legs if cited_in(leg, DOC_004) and leg["origin_id"] == "tr"
              and leg["destination_country"] == "LY" and "troops" in leg["cargo"] and leg["status"] == "reported"]
    mercenaries = [leg for leg in seed_legs if cited_in(leg, DOC_004) and leg["origin_id"] == "sy"
                   and leg["destination_country"] == "LY" and "mercenaries" in leg["cargo"]]
    assert troops and mercenaries


def test_no_reported_leg_for_visits_talks_requests_or_promises(seed_legs: list[dict]):
    for leg in seed_legs:
        if leg["status"] != "reported":
            continue
        assert leg["destination_country"] not in ("RU", "CH"), leg  # Moscow talks, Geneva visit
        assert "air defence systems" not in leg["cargo"], leg  # a request
        quotes = " ".join(c["quote"] for c in leg["citations"])
        assert "ready to deploy" not in quotes and "delegation" not in quotes, leg


def test_every_citation_slices_its_document_to_its_quote(seed_legs: list[dict], reader):
    texts = {d.id: d.text for path in SEEDS.iterdir() for d in documents.load(path, reader.is_place)}
    assert seed_legs
    for leg in seed_legs:
        assert leg["citations"]
        for citation in leg["citations"]:
            assert texts[citation["doc_id"]][citation["start"]:citation["end"]] == citation["quote"]


def test_citations_carry_outlet_and_date_where_the_text_gives_them(seed_legs: list[dict]):
    from_003 = [c for leg in seed_legs for c in leg["citations"] if c["doc_id"] == DOC_003]
    assert from_003 and all(c["published"] == "2019-05-25" and c["outlet"] == "7Dnews" for c in from_003)


def test_places_geojson_has_points_for_places_mentioned(seeds_build: Path):
    collection = json.loads((seeds_build / "places.geojson").read_text(encoding="utf-8"))
    by_id = {f["properties"]["place_id"]: f for f in collection["features"]}
    tripoli = by_id["ly-tripoli"]
    assert tripoli["geometry"]["type"] == "Point"
    assert tripoli["properties"]["country"] == "LY" and tripoli["properties"]["mentions"] >= 3
    assert DOC_001 in tripoli["properties"]["doc_ids"]
    assert "lb-tripoli" not in by_id


def test_legs_csv_has_one_row_per_leg(seeds_build: Path, seed_legs: list[dict]):
    import csv

    with open(seeds_build / "legs.csv", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["leg_id"] for r in rows] == [leg["leg_id"] for leg in seed_legs]
    assert all(r["doc_ids"] for r in rows)


def test_two_builds_give_the_same_leg_ids(tmp_path: Path, seed_legs: list[dict]):
    build(SEEDS, GAZETTEER, tmp_path)
    again = json.loads((tmp_path / "legs.geojson").read_text(encoding="utf-8"))
    assert [f["properties"]["leg_id"] for f in again["features"]] == [leg["leg_id"] for leg in seed_legs]


def test_a_failed_build_leaves_the_previous_outputs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    out = tmp_path / "maps"
    build(SEEDS, GAZETTEER, out)
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}

    def broken(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr("routes.maps.write_maps", broken)
    with pytest.raises(OutputError, match="cannot write outputs .disk full."):
        build(SEEDS, GAZETTEER, out)
    after = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    assert after == before
    assert not [p for p in out.iterdir() if p.name.startswith(".staging")]


def test_document_ids_stay_as_they_are_and_page_names_are_safe(tmp_path: Path):
    seeds = tmp_path / "in"
    seeds.mkdir()
    (seeds / "field report <1>.txt").write_text(
        "Convoy crosses into Syria\n\nA Turkish military convoy crossed into Syria at Bab al-Hawa on May 3, 2019.\n",
        encoding="utf-8")
    out = tmp_path / "out"
    build(seeds, GAZETTEER, out)
    legs = json.loads((out / "legs.geojson").read_text(encoding="utf-8"))["features"]
    assert legs and legs[0]["properties"]["citations"][0]["doc_id"] == "field report <1>"
    pages = [p.name for p in out.glob("*.html") if p.name != "index.html"]
    assert len(pages) == 1
    assert all(ch.isalnum() or ch in "._-" for ch in pages[0])
    assert pages[0] in (out / "index.html").read_text(encoding="utf-8")


def test_a_document_called_index_does_not_replace_the_map_of_all(tmp_path: Path):
    seeds = tmp_path / "in"
    seeds.mkdir()
    (seeds / "index.txt").write_text("Convoy crosses into Syria\n\nA Turkish convoy crossed into Syria.\n",
                                     encoding="utf-8")
    (seeds / "other.txt").write_text("Ship reaches Libya\n\nA Turkish ship sailed to Libya.\n", encoding="utf-8")
    out = tmp_path / "out"
    build(seeds, GAZETTEER, out)
    index = (out / "index.html").read_text(encoding="utf-8")
    assert "All documents" in index and "other.html" in index
    assert len(list(out.glob("index-*.html"))) == 1


def test_outputs_inside_the_seeds_folder_are_not_read_back(tmp_path: Path):
    seeds = tmp_path / "in"
    seeds.mkdir()
    (seeds / "a.txt").write_text("Ship reaches Libya\n\nA Turkish ship sailed to Libya.\n", encoding="utf-8")
    build(seeds, GAZETTEER, seeds / "maps")
    result = build(seeds, GAZETTEER, seeds / "maps")
    assert [d.id for d in result.corpus.documents] == ["a"]
