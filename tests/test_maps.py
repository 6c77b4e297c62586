"""The maps stage without a browser: page data, corridors, escaping, and pages that link nothing outside."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest
from shapely.geometry import LineString

from routes import basemap, maps
from routes.export import Output, PlaceSummary
from routes.geometry import Endpoint, Path as LegPath
from routes.model import Citation, Document, Leg, Place

HOSTILE = "</script><script>window.__pwned=1</script> \"><img src=x onerror=alert(1)> ');alert(1);// & <b>"

MERSIN = Place("tr-mersin-port", "Port of Mersin", "port", "TR", 36.78, 34.64, "curated")
TRIPOLI = Place("ly-tripoli-port", "Port of Tripoli", "port", "LY", 32.90, 13.19, "curated")
MISRATA = Place("ly-misrata-airport", "Misrata International Airport", "airport", "LY", 32.33, 15.06, "curated")


def document(doc_id: str = "report", title: str = "A report", url: str | None = "https://example.org/a") -> Document:
    return Document(id=doc_id, path=f"{doc_id}.txt", title=title, outlet="Outlet", url=url,
                    published=date(2019, 5, 25), text="", sha256="")


def leg(origin: Place, destination: Place, mode: str = "sea", when: str | None = "2019-05-20",
        doc: Document | None = None, quote: str = "The ship sailed.", carrier: str | None = None) -> Leg:
    doc = doc or document()
    citation = Citation(doc.id, doc.title, doc.outlet, doc.url, "2019-05-25", quote, 0, len(quote))
    return Leg(origin=origin, destination=destination, mode=mode, date=when, carrier=carrier,
               cargo=("armoured vehicles",), citations=(citation,))


def path_of(item: Leg) -> LegPath:
    a, b = item.origin, item.destination
    return LegPath(item.id, Endpoint(a, a.lon, a.lat, "place"), Endpoint(b, b.lon, b.lat, "place"),
                   LineString([(a.lon, a.lat), (20.0, 34.0), (b.lon, b.lat)]), "searoute")


def decode(flat: list[int], scale: int) -> list[tuple[float, float]]:
    points, x, y = [], 0, 0
    for dx, dy in zip(flat[0::2], flat[1::2]):
        x, y = x + dx, y + dy
        points.append((x / scale, y / scale))
    return points


def data_of(legs: list[Leg], documents: list[Document] | None = None) -> dict:
    return maps.map_data("Title", legs, {item.id: path_of(item) for item in legs},
                         [PlaceSummary(MERSIN, 2, ("report",))], documents or [document()])


# -- small pieces ----------------------------------------------------------------------------


def test_page_names_are_safe_and_distinct():
    assert maps.page_name("001_abc") == "001_abc.html"
    names = {maps.page_name(i) for i in ("field report <1>", "field report <2>", "../etc/passwd", "")}
    assert len(names) == 4
    assert all(re.fullmatch(r"[A-Za-z0-9._-]+\.html", n) and not n.startswith(".") for n in names)


def test_script_json_cannot_close_its_element_and_reads_back():
    text = maps.script_json({"quote": HOSTILE})
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text) == {"quote": HOSTILE}


def test_lines_are_delta_encoded_and_decode_back():
    coords = [(13.1913, 32.9022), (13.1913, 32.9022), (34.6415, 36.7841), (-179.5, -16.25)]
    flat = maps.encode_line(coords, 10_000)
    assert decode(flat, 10_000) == [(13.1913, 32.9022), (34.6415, 36.7841), (-179.5, -16.25)]


@pytest.mark.parametrize("value, bounds", [
    ("2019-05-20", ("2019-05-20", "2019-05-20")),
    ("2019-05", ("2019-05-01", "2019-05-31")),
    ("2019", ("2019-01-01", "2019-12-31")),
    ("2019-05-19/2019-05-20", ("2019-05-19", "2019-05-20")),
    (None, (None, None)),
    ("someday", (None, None)),
])
def test_date_bounds_for_the_time_slider(value, bounds):
    assert maps.date_bounds(value) == bounds


def test_only_web_urls_become_links():
    assert maps.web_url("https://example.org/x") and maps.web_url("HTTP://example.org")
    assert not any(maps.web_url(u) for u in ("javascript:alert(1)", "file:///etc/passwd", "data:text/html,x", "", None))


# -- page data -------------------------------------------------------------------------------


def test_parallel_legs_share_one_corridor_and_other_modes_do_not():
    legs = [leg(MERSIN, TRIPOLI, quote="First ship."), leg(MERSIN, TRIPOLI, quote="Second ship."),
            leg(MERSIN, TRIPOLI, mode="air", quote="A flight."), leg(TRIPOLI, MERSIN, quote="Back again.")]
    data = data_of(legs)
    assert sorted(sorted(c["legs"]) for c in data["corridors"]) == [[0, 1], [2], [3]]
    first = decode(data["corridors"][0]["lines"][0], data["scale"])
    assert first[0] == (MERSIN.lon, MERSIN.lat) and first[-1] == (TRIPOLI.lon, TRIPOLI.lat)


def test_legs_carry_the_contract_properties_and_their_citations_links():
    hostile_url = document("bad", url="javascript:alert(1)")
    data = data_of([leg(MERSIN, TRIPOLI), leg(MERSIN, MISRATA, mode="air", doc=hostile_url)],
                   [document(), hostile_url])
    first, second = data["legs"]
    for key in ("leg_id", "origin", "destination", "mode", "date", "carrier", "cargo", "status", "confidence",
                "sources", "route_id", "citations", "start", "end"):
        assert key in first
    assert (first["start"], first["end"]) == ("2019-05-20", "2019-05-20")
    assert first["citations"][0]["page"] == "report.html"
    assert first["citations"][0]["url"] == "https://example.org/a"
    assert second["citations"][0]["url"] is None
    assert data["documents"]["bad"] == {"title": "A report", "page": "bad.html"}
    assert data["places"][0]["mentions"] == 2


def test_the_land_layer_is_natural_earth_kept_small():
    assert basemap.source().name == "naturalearth_lowres.shp"
    land = maps.land_layer()
    assert "Natural Earth" in land["attribution"] and "public domain" in land["attribution"]
    assert len(land["rings"]) > 150
    points = [p for ring in land["rings"] for p in decode(ring, land["scale"])]
    assert all(-180 <= x <= 180 and -90 <= y <= 90 for x, y in points)
    assert len(json.dumps(land["rings"], separators=(",", ":"))) < 100_000


# -- pages -----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small build: one ordinary document and one whose every field carries script payloads."""
    plain = document("001_plain", title="Ships reach Tripoli")
    hostile = document(HOSTILE, title=HOSTILE, url="javascript:alert(1)")
    legs = [leg(MERSIN, TRIPOLI, doc=plain), leg(MERSIN, MISRATA, mode="air", doc=hostile, quote=HOSTILE,
                                                   carrier=HOSTILE)]
    out = tmp_path_factory.mktemp("maps")
    with Output(out) as output:
        maps.write_maps(output, [plain, hostile], legs, {item.id: path_of(item) for item in legs},
                        [PlaceSummary(MERSIN, 2, (plain.id, hostile.id))], {plain.id: {MERSIN.id}})
        output.commit()
    return out


def test_index_and_one_page_per_document(pages: Path):
    names = sorted(p.name for p in pages.glob("*.html"))
    assert names == sorted(["index.html", "001_plain.html", maps.page_name(HOSTILE)])


def test_pages_reference_nothing_outside_themselves(pages: Path):
    for page in pages.glob("*.html"):
        html = page.read_text(encoding="utf-8")
        assert not re.search(r"<(script|img|iframe)[^>]*\ssrc=", html, re.IGNORECASE), page.name
        assert not re.search(r"<link\b", html, re.IGNORECASE), page.name
        assert not re.search(r"url\((?!data:|#)", html), page.name  # #default#VML is no request
        assert "@import" not in html


def test_hostile_text_never_reaches_the_page_as_markup(pages: Path):
    page = (pages / maps.page_name(HOSTILE)).read_text(encoding="utf-8")
    assert page.count("</script>") == page.count("<script")
    assert "<b>" not in page and "<img" not in page
    title = re.search(r"<title>(.*?)</title>", page, re.S).group(1)
    assert "<" not in title and "&lt;/script&gt;" in title
    data = json.loads(re.search(r'<script type="application/json" id="routes-data">(.*?)</script>', page, re.S).group(1))
    assert data["title"] == HOSTILE and data["url"] is None
    assert data["legs"][0]["carrier"] == HOSTILE and data["legs"][0]["citations"][0]["quote"] == HOSTILE


def test_document_pages_link_home_and_the_index_links_every_document(pages: Path):
    read = lambda name: json.loads(re.search(r'id="routes-data">(.*?)</script>',
                                             (pages / name).read_text(encoding="utf-8"), re.S).group(1))
    index = read("index.html")
    assert index["home"] is None
    assert sorted(d["page"] for d in index["documents"].values()) == sorted(["001_plain.html", maps.page_name(HOSTILE)])
    plain = read("001_plain.html")
    assert plain["home"] == "index.html" and plain["url"] == "https://example.org/a"
    assert [item["origin"] for item in plain["legs"]] == ["Port of Mersin"]


def test_the_charset_comes_before_the_inlined_assets(pages: Path):
    head = (pages / "index.html").read_bytes()[:1024]
    assert b"charset=UTF-8" in head and b"<title>" in head
