"""The gazetteer: its layers, `gazetteer check`, malformed files, the online geocoder, no network."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from routes import gazetteer, geocoder
from routes.cli import main
from routes.errors import GazetteerError
from routes.pipeline import Reader

from conftest import GAZETTEER, ROOT, SEEDS, write

ENTRY = """\
- id: {id}
  name: {name}
  type: {type}
  country: "{country}"
  lat: {lat}
  lon: {lon}
  source: test
"""


def entry(id: str, name: str, country: str = "LY", lat: float = 32.9, lon: float = 13.18,
          type: str = "city", extra: str = "") -> str:
    return ENTRY.format(id=id, name=name, type=type, country=country, lat=lat, lon=lon) + extra


# -- layers ----------------------------------------------------------------------------------


def test_curated_places_come_first(reader: Reader):
    places = reader.gazetteer.lookup("Tripoli")
    assert {places[0].id, places[1].id} == {"ly-tripoli", "lb-tripoli"}
    assert all(reader.gazetteer.is_curated(p) for p in places[:2])
    assert {p.country for p in places} >= {"LY", "LB"}


def test_countries_have_adjectives_and_stand_ins(reader: Reader):
    g = reader.gazetteer
    assert g.country_of_adjective("Turkish").id == "tr"
    assert g.country_of_adjective("Emirati").country == "AE"
    assert g.capital("LY").id == "ly-tripoli"
    assert g.place_of_adjective("European").id == "xx-europe"
    assert g.country_of_adjective("European") is None  # a continent, not a country


def test_airports_by_name_iata_and_icao(reader: Reader):
    g = reader.gazetteer
    assert any(p.source == "icao:EGLL" for p in g.lookup("EGLL"))
    assert any(p.type == "airport" and p.country == "GB" for p in g.lookup("London Heathrow Airport"))
    assert any(p.source == "icao:EGLL" for p in g.lookup("LHR"))


def test_curated_airports_answer_to_their_short_names(reader: Reader):
    for name in ("Aden Adde International Airport", "Aden Adde International", "Aden Adde airport"):
        assert reader.gazetteer.lookup(name)[0].id == "so-mogadishu-airport"


def test_geonames_towns_and_their_areas(reader: Reader):
    g = reader.gazetteer
    lexington = next(p for p in g.lookup("Lexington") if p.country == "US" and p.population > 200_000)
    assert g.area(lexington) == "US/Kentucky"
    assert g.area(g.get("us-kentucky")) == "US/Kentucky"


def test_a_curated_entry_that_cites_a_town_stands_for_it(reader: Reader):
    # cn-ruili cites "geonames:1280570 (GeoNames' name Mengmao)": a note after the id still cites the town
    assert [p.id for p in reader.gazetteer.lookup("Ruili")] == ["cn-ruili"]


def test_regions_from_packages_and_curated_states(reader: Reader):
    g = reader.gazetteer
    laurel = g.lookup("Laurel County")[0]
    assert (laurel.type, laurel.country) == ("region", "US") and abs(laurel.lat - 37.1) < 0.5
    assert g.lookup("Tamil Nadu")[0].country == "IN"
    assert [p.id for p in g.lookup("W.Va.")] == ["us-west-virginia"]
    assert len([p for p in g.places.values() if p.id.startswith("us-") and p.type == "region"]) == 51


def test_common_words_are_known(reader: Reader):
    assert reader.gazetteer.is_common_word("reading")
    assert not reader.gazetteer.is_common_word("misrata")


# -- check -----------------------------------------------------------------------------------


def test_check_passes_on_the_project_gazetteer():
    assert gazetteer.check(GAZETTEER) == []


def test_check_names_file_and_entry_for_each_kind_of_fault(tmp_path: Path):
    write(tmp_path, "a.yaml", "".join([
        entry("ly-tripoli", "Tripoli"),
        entry("ly-tripoli", "Tripoli again"),                                  # duplicate id
        entry("ly-tarabulus", "Tarabulus", extra="  aliases: [Tripoli]\n"),    # name shared in LY
        entry("ly-port", "Tripoli port", type="port", extra="  city: ly-nowhere\n"),  # dangling reference
        entry("ly-far", "Faraway", lat=-33.9, lon=18.4),                       # in South Africa, not Libya
        "- id: ly-bare\n  name: Bare\n  type: city\n  country: LY\n  lat: 32\n  lon: 13\n",  # no source
        entry("ly-odd", "Odd", type="castle"),                                 # unknown type
        entry("ly-wild", "Wild", lat=123),                                     # latitude out of range
        entry("ly-code", "Code", country="Libya"),                             # not an ISO code
    ]))
    problems = gazetteer.check(tmp_path)
    expected = {
        "ly-tripoli": "duplicate id", "ly-tarabulus": "name 'Tripoli' also names ly-tripoli",
        "ly-port": "city 'ly-nowhere' is not the id of any entry", "ly-far": "km from every town of LY",
        "ly-bare": "missing field 'source'", "ly-odd": "unknown type 'castle'", "ly-wild": "lat 123",
        "ly-code": "country 'Libya' is not an ISO 3166-1 alpha-2 code",
    }
    for place_id, needle in expected.items():
        assert any(p.startswith(f"a.yaml: entry {place_id}: ") and needle in p for p in problems), (place_id, problems)
    assert len(problems) == len(expected)


def test_check_command_fails_with_the_problems(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    write(tmp_path, "a.yaml", entry("ly-x", "X") + entry("ly-x", "Y"))
    assert main(["gazetteer", "check", "--gazetteer", str(tmp_path)]) == 1
    out = capsys.readouterr()
    assert "a.yaml: entry ly-x: duplicate id" in out.out and "1 problem(s)" in out.err


def test_malformed_yaml_is_one_line_with_file_and_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    write(tmp_path, "bad.yaml", entry("ly-x", "X") + "- id: ly-y\n  name: [unclosed\n  type: city\n")
    with pytest.raises(GazetteerError, match=r"bad\.yaml:\d+: malformed YAML"):
        gazetteer.load(tmp_path, offline_layers=False)
    assert main(["gazetteer", "check", "--gazetteer", str(tmp_path)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("routes: error: ") and "bad.yaml:" in err[0]


# -- the online geocoder ---------------------------------------------------------------------


class FakeLocation:
    def __init__(self, name: str) -> None:
        self.latitude, self.longitude, self.address = 31.25, -92.45, f"{name}, Louisiana, United States"
        self.raw = {"osm_type": "node", "osm_id": 42, "type": "village", "address": {"country_code": "us"}}


class FakeService:
    """Stands in for a geopy geocoder: records its queries and never touches the network."""

    queries: list[str] = []

    def __init__(self, user_agent: str) -> None:
        self.user_agent = user_agent

    def geocode(self, query: str, exactly_one: bool = True) -> FakeLocation | None:
        from geopy.exc import GeocoderTimedOut

        FakeService.queries.append(query)
        if "Timeoutville" in query:
            raise GeocoderTimedOut("the service did not answer")
        return FakeLocation(query) if "Kelleyland" in query else None


@pytest.fixture
def fake_service(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> type[FakeService]:
    import geopy.geocoders

    FakeService.queries = []
    monkeypatch.setattr(geopy.geocoders, "get_geocoder_for_service", lambda name: FakeService)
    monkeypatch.setenv("ROUTES_CACHE", str(tmp_path / "cache"))
    return FakeService


def test_online_geocoder_is_rate_limited_cached_and_only_proposes(fake_service, tmp_path: Path):
    from geopy.extra.rate_limiter import RateLimiter

    online = geocoder.OnlineGeocoder("fake", "routes-tests", cache_dir=tmp_path / "cache", min_delay_seconds=0)
    assert isinstance(online.geocode, RateLimiter)
    proposals = tmp_path / "proposed.yaml"
    assert online.propose([("Kelleyland", "a"), ("Kelleyland", "b"), ("Nowhereville", "a")], proposals) == 1
    assert fake_service.queries == ["Kelleyland", "Nowhereville"]
    again = geocoder.OnlineGeocoder("fake", "routes-tests", cache_dir=tmp_path / "cache", min_delay_seconds=0)
    again.propose([("Kelleyland", "c"), ("Nowhereville", "c")], proposals)
    assert fake_service.queries == ["Kelleyland", "Nowhereville"]  # the second time comes from disk
    import yaml

    [proposed] = yaml.safe_load(proposals.read_text())
    assert proposed["name"] == "Kelleyland" and proposed["country"] == "US" and proposed["type"] == "city"
    assert proposed["source"] == "fake:node/42" and proposed["found_in"] == ["c"]
    assert "until a person checks" in proposals.read_text()


def test_online_geocoder_needs_a_user_agent(fake_service):
    with pytest.raises(geocoder.GeocoderError, match="--user-agent"):
        geocoder.OnlineGeocoder("fake", None)


def test_places_asks_nothing_unless_told(fake_service, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                         monkeypatch: pytest.MonkeyPatch):
    report = write(tmp_path, "r.txt", "Convoy reaches Misrata\n\nThe convoy left from Kelleyland for Misrata.\n")
    monkeypatch.chdir(tmp_path)
    assert main(["places", str(report), "--gazetteer", str(GAZETTEER)]) == 0
    assert fake_service.queries == [] and not (tmp_path / "proposed_places.yaml").exists()
    assert main(["places", str(report), "--gazetteer", str(GAZETTEER), "--online-geocoder", "fake",
                 "--user-agent", "routes-tests"]) == 0
    assert fake_service.queries == ["Kelleyland"]
    assert "Kelleyland" in (tmp_path / "proposed_places.yaml").read_text()
    assert "Misrata" in capsys.readouterr().out


# -- no network ------------------------------------------------------------------------------


def test_every_command_works_with_sockets_refused(tmp_path: Path):
    """With the online geocoder off, no command opens a connection, and none needs one."""
    hook = tmp_path / "hook"
    hook.mkdir()
    marker = tmp_path / "connections"
    write(hook, "sitecustomize.py", textwrap.dedent(f"""\
        import socket

        def refuse(self, *args, **kwargs):
            with open({str(marker)!r}, "a") as log:
                log.write(repr(args) + "\\n")
            raise OSError("network refused by the test")

        socket.socket.connect = refuse
        socket.socket.connect_ex = refuse
        socket.create_connection = lambda *a, **k: refuse(None, *a)
        """))
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(hook), os.environ.get("PYTHONPATH", "")])}
    seed = str(sorted(SEEDS.glob("*.txt"))[1])
    for args in (["places", seed, "--json"], ["legs", seed], ["gazetteer", "check"],
                 ["build", "--out", str(tmp_path / "maps"), "--quiet"]):
        result = subprocess.run([sys.executable, "-m", "routes", *args], cwd=ROOT, env=env, capture_output=True,
                                text=True, timeout=300)
        assert result.returncode == 0, (args, result.stderr)
        assert result.stdout.strip(), args
    assert not marker.exists(), marker.read_text()


def test_alternate_names_that_are_english_phrases_are_left_out():
    from routes import gazetteer as gz

    g = gz.load(Path(__file__).resolve().parent.parent / "gazetteer")
    assert not any(p.name == "Casablanca" for p in g.lookup("White House"))
    assert any(p.name == "New York City" for p in g.lookup("New York"))
    assert g.place_after_place("ill").id == "us-illinois"
    assert "tyler" in g.given_names and "in" not in g.given_names


def test_a_failed_query_is_not_cached_as_not_found(fake_service, tmp_path: Path):
    online = geocoder.OnlineGeocoder("fake", "routes-tests", cache_dir=tmp_path / "cache", min_delay_seconds=0)
    assert online.answer("Timeoutville") is None
    assert "Timeoutville" not in online.cache
    online.answer("Timeoutville")
    assert fake_service.queries.count("Timeoutville") >= 2
