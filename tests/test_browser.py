"""The maps as a person opens them: headless Debian chromium, driven by Playwright.

Every request to anything but file:// is refused and recorded, and each test asserts that
none was attempted. Without chromium these tests are skipped, except under CI (CI=true),
where a missing browser is a failure.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from routes import dates
from routes.maps import page_name
from routes.pipeline import Reader, build

from conftest import GAZETTEER, ROOT

pytestmark = pytest.mark.browser

CHROMIUM = shutil.which("chromium") or shutil.which("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"]
ARTIFACTS = ROOT / "tests" / "artifacts"


class Browser:
    """One chromium for the module, refusing and recording every request but file://."""

    def __init__(self, context: Any) -> None:
        self.context = context
        self.refused: list[str] = []
        context.route("**/*", self._guard)

    def _guard(self, route: Any) -> None:
        if route.request.url.startswith("file://"):
            route.continue_()
        else:
            self.refused.append(route.request.url)
            route.abort()

    def open(self, path: Path) -> Page:
        page = self.context.new_page()
        opened = Page(page)
        page.goto(path.resolve().as_uri())
        page.wait_for_function("window.routesMap !== undefined")
        return opened


class Page:
    """A page with its console errors and dialogs recorded from the start."""

    def __init__(self, page: Any) -> None:
        self.page = page
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        page.on("console", lambda message: message.type == "error" and self.errors.append(message.text))
        page.on("pageerror", lambda error: self.errors.append(str(error)))
        page.on("dialog", self._dialog)

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def drawn(self) -> list[str]:
        return self.page.evaluate("window.routesMap.drawnLegIds()")


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Browser]:
    if CHROMIUM is None:
        if os.environ.get("CI") == "true":
            pytest.fail("chromium is missing, and under CI the browser tests must run (apt-get install chromium)")
        pytest.skip("chromium is not installed (apt-get install chromium): browser tests skipped")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        if os.environ.get("CI") == "true":
            raise
        pytest.skip("playwright is not installed (pip install -e '.[test]'): browser tests skipped")
    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(tmp_path_factory.mktemp("profile")), executable_path=CHROMIUM, headless=True, args=ARGS,
            viewport={"width": 1280, "height": 800})
        opened = Browser(context)
        yield opened
        context.close()
    assert not opened.refused, f"pages requested {opened.refused}"


def read_json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def seed_legs(out: Path) -> list[dict]:
    return [f["properties"] for f in read_json(out / "legs.geojson")["features"]]


def test_every_map_draws_all_its_legs_and_places(browser: Browser, seeds_build: Path):
    legs = seed_legs(seeds_build)
    places = {f["properties"]["place_id"] for f in read_json(seeds_build / "places.geojson")["features"]}
    doc_ids = sorted({c["doc_id"] for leg in legs for c in leg["citations"]})
    pages = {"index.html": {leg["leg_id"] for leg in legs}}
    for doc_id in doc_ids:
        pages[page_name(doc_id)] = {leg["leg_id"] for leg in legs if any(c["doc_id"] == doc_id for c in leg["citations"])}
    for name, expected in pages.items():
        page = browser.open(seeds_build / name)
        drawn = page.drawn()
        assert sorted(drawn) == sorted(expected), name
        # Every corridor is projected onto the canvas and has pixels to draw.
        assert page.page.evaluate(
            "window.routesMap.corridors.every(line => line._map && line._parts.length + line._rings.length > 0)")
        markers = page.page.evaluate("window.routesMap.places.getLayers().map(m => m._map ? 1 : 0)")
        assert markers and all(markers), name
        assert page.page.evaluate("window.routesMap.land._map !== null"), name
        for control in (".leaflet-control-scale", ".routes-legend", ".routes-layers", ".routes-panel", ".routes-fullscreen"):
            assert page.page.locator(control).count() == 1, (name, control)
        assert not page.errors, (name, page.errors)
        page.page.close()
    assert not browser.refused


def test_index_links_to_every_document_map_and_each_links_back(browser: Browser, seeds_build: Path):
    page = browser.open(seeds_build / "index.html")
    links = page.page.eval_on_selector_all(".routes-panel .routes-documents a", "links => links.map(a => a.getAttribute('href'))")
    documents = sorted(p.name for p in seeds_build.glob("*.html") if p.name != "index.html")
    assert sorted(links) == documents
    page.page.click(f".routes-panel a[href='{documents[0]}']")
    page.page.wait_for_function("window.routesMap !== undefined")
    assert page.page.url.endswith(documents[0])
    page.page.click(".routes-panel a[href='index.html']")
    page.page.wait_for_function("window.routesMap !== undefined")
    assert page.page.url.endswith("index.html")
    assert not page.errors
    page.page.close()


def test_full_screen_and_back(browser: Browser, seeds_build: Path):
    page = browser.open(seeds_build / "index.html")
    page.page.click(".routes-fullscreen a")
    page.page.wait_for_function("document.fullscreenElement === window.routesMap.map.getContainer()")
    page.page.click(".routes-fullscreen a")
    page.page.wait_for_function("document.fullscreenElement === null")
    assert not page.errors
    page.page.close()


def test_a_leg_popup_shows_its_citations(browser: Browser, seeds_build: Path):
    legs = {leg["leg_id"]: leg for leg in seed_legs(seeds_build)}
    page = browser.open(seeds_build / "index.html")
    # Click, as a person would, on a stretch of a corridor that no marker covers, the best-sourced first.
    point = page.page.evaluate("""() => {
        const map = window.routesMap.map;
        const box = map.getContainer().getBoundingClientRect();
        const sources = line => line.shown.reduce((sum, leg) => sum + leg.sources, 0);
        const markers = window.routesMap.places.getLayers().map(m => map.latLngToContainerPoint(m.getLatLng()));
        const free = p => markers.every(m => m.distanceTo(p) > 16) && p.x > 360 && p.x < box.width - 280;
        for (const line of window.routesMap.corridors.slice().sort((a, b) => sources(b) - sources(a))) {
            const points = line.getLatLngs().flat(Infinity).map(ll => map.latLngToContainerPoint(ll));
            for (let i = 1; i < points.length; i++) {
                const p = points[i - 1].add(points[i].subtract(points[i - 1]).multiplyBy(0.5));
                if (free(p)) return {x: box.left + p.x, y: box.top + p.y};
            }
        }
        return null;
    }""")
    assert point, "no free stretch to click"
    page.page.mouse.click(point["x"], point["y"])
    popup = page.page.wait_for_selector(".leaflet-popup-content .routes-popup")
    sections = popup.query_selector_all("[data-leg]")
    assert sections
    for section in sections:
        leg, text = legs[section.get_attribute("data-leg")], section.inner_text()
        assert f"{leg['origin']} \u2192 {leg['destination']}" in text
        assert leg["status"] in text and leg["mode"] in text
        for citation in leg["citations"]:
            assert citation["quote"] in text
    text = popup.inner_text()
    assert "Confidence" in text and "Sources" in text
    assert not page.errors
    page.page.close()


def test_a_place_popup_shows_its_mentions(browser: Browser, seeds_build: Path):
    places = {f["properties"]["name"]: f["properties"] for f in read_json(seeds_build / "places.geojson")["features"]}
    page = browser.open(seeds_build / "index.html")
    # Click the most mentioned place in view, clear of the panels.
    point = page.page.evaluate("""() => {
        const map = window.routesMap.map;
        const box = map.getContainer().getBoundingClientRect();
        const seen = window.routesMap.places.getLayers()
            .map(m => ({m: m, p: map.latLngToContainerPoint(m.getLatLng())}))
            .filter(({p}) => p.x > 360 && p.x < box.width - 300 && p.y > 20 && p.y < box.height - 20)
            .sort((a, b) => b.m.getRadius() - a.m.getRadius());
        return seen.length ? {x: box.left + seen[0].p.x, y: box.top + seen[0].p.y} : null;
    }""")
    page.page.mouse.click(point["x"], point["y"])
    popup = page.page.wait_for_selector(".leaflet-popup-content .routes-popup")
    place = places[popup.query_selector("h3").inner_text()]
    text = popup.inner_text()
    assert f"Mentions\t{place['mentions']}" in text and "Named in" in text
    assert len(popup.query_selector_all(".routes-documents a")) == len(place["doc_ids"])
    assert not page.errors
    page.page.close()


def test_the_layer_control_hides_a_mode(browser: Browser, seeds_build: Path):
    legs = seed_legs(seeds_build)
    mode = max({leg["mode"] for leg in legs}, key=lambda m: sum(leg["mode"] == m for leg in legs))
    page = browser.open(seeds_build / "index.html")
    page.page.uncheck(f".routes-layers input[name=mode][value={mode}]")
    page.page.wait_for_function(f"window.routesMap.drawnLegIds().length === {sum(leg['mode'] != mode for leg in legs)}")
    assert sorted(page.drawn()) == sorted(leg["leg_id"] for leg in legs if leg["mode"] != mode)
    listed = page.page.eval_on_selector_all(".routes-leg-list button", "b => b.map(x => x.dataset.leg)")
    assert sorted(listed) == sorted(page.drawn())
    page.page.check(f".routes-layers input[name=mode][value={mode}]")
    page.page.wait_for_function(f"window.routesMap.drawnLegIds().length === {len(legs)}")
    assert not page.errors
    page.page.close()


def test_the_panel_sorts_legs_and_zooms_to_one_with_its_route_lit(browser: Browser, seeds_build: Path):
    legs = {leg["leg_id"]: leg for leg in seed_legs(seeds_build)}
    page = browser.open(seeds_build / "index.html")
    page.page.select_option(".routes-sort select", "sources")
    listed = page.page.eval_on_selector_all(".routes-leg-list button", "b => b.map(x => x.dataset.leg)")
    assert [legs[i]["sources"] for i in listed] == sorted((legs[i]["sources"] for i in listed), reverse=True)
    chained = [leg for leg in legs.values() if leg["route_id"]]
    target = chained[0] if chained else legs[listed[-1]]
    page.page.click(f".routes-leg-list button[data-leg='{target['leg_id']}']")
    popup = page.page.wait_for_selector(".leaflet-popup-content .routes-popup")
    assert [s.get_attribute("data-leg") for s in popup.query_selector_all("[data-leg]")] == [target["leg_id"]]
    assert page.page.evaluate(f"""() => {{
        const line = window.routesMap.corridors.find(c => c.legs.some(l => l.leg_id === "{target['leg_id']}"));
        return window.routesMap.map.getBounds().contains(line.getBounds());
    }}""")
    lit = set(page.page.evaluate("""window.routesMap.corridors.filter(c => c.options.opacity === 1)
        .flatMap(c => c.legs.map(l => l.leg_id))"""))
    route = {i for i, leg in legs.items() if target["route_id"] and leg["route_id"] == target["route_id"]}
    assert target["leg_id"] in lit and route <= lit
    assert not page.errors
    page.page.close()


def test_the_time_slider_filters_dated_legs(browser: Browser, seeds_build: Path):
    # a leg dated "2019-05" or "2011" starts on the first day that date may mean
    starts = {leg["leg_id"]: dates.bounds(leg["date"])[0] for leg in seed_legs(seeds_build) if leg["date"]}
    assert len(set(starts.values())) >= 2, "the seeds need two dates for this test"
    cut = min(starts.values())
    expected = sorted(leg_id for leg_id, start in starts.items() if start <= cut)
    page = browser.open(seeds_build / "index.html")
    page.page.uncheck(".routes-time input[name=undated]")
    page.page.locator(".routes-time input[name=to]").fill(str(cut.toordinal() - date(1970, 1, 1).toordinal()))
    page.page.wait_for_function(f"window.routesMap.drawnLegIds().length === {len(expected)}")
    assert sorted(page.drawn()) == expected
    assert cut.isoformat() in page.page.inner_text(".routes-time-range")
    assert not page.errors
    page.page.close()


def test_a_person_can_look_at_the_map(browser: Browser, seeds_build: Path):
    """A screenshot of the seeds' map, left in tests/artifacts/ (which git ignores)."""
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / ".gitignore").write_text("*\n", encoding="utf-8")
    page = browser.open(seeds_build / "index.html")
    target = ARTIFACTS / "seeds-map.png"
    page.page.screenshot(path=str(target))
    assert target.stat().st_size > 10_000
    print(f"screenshot: {target}")
    page.page.close()


PWN = "window.__pwned=1"
PAYLOADS = [f"<script>{PWN}</script>", f"<img src=x onerror={PWN}>", f"<svg onload={PWN}>",
            f"\"><script>{PWN}</script>", f"');{PWN};//", f"</script><script>{PWN}</script>", "<b>bold</b>"]


@pytest.fixture(scope="module")
def hostile_build(tmp_path_factory: pytest.TempPathFactory, reader: Reader) -> Path:
    """Documents whose title, quotes, outlet, url, id and file name all carry script payloads."""
    seeds = tmp_path_factory.mktemp("hostile")
    title = "Shipments reach Libya " + " ".join(PAYLOADS)
    (seeds / f"report \"><img src=x onerror={PWN}>.txt").write_text(
        f"{title}\nSat, 25 May 2019 23:35 GMT\n\n"
        f"The ship sailed from Mersin to Tripoli on May 20 carrying <img src=x onerror={PWN}> armoured vehicles.\n\n"
        f"A cargo plane <svg onload={PWN}> flew from Ankara to Misrata, according to ');{PWN};// sources.\n",
        encoding="utf-8")
    row = {"id": f"</script><script>{PWN}</script>", "title": title, "outlet": " ".join(PAYLOADS),
           "url": f"javascript:{PWN}", "published": "2019-05-25",
           "text": f"Weapons report.\n\nThe vessel </script><script>{PWN}</script> sailed from Mersin to Tripoli "
                   f"carrying <img src=x onerror=alert(1)> weapons on May 21.\n"}
    (seeds / "wire <b onmouseover=alert(1)>.jsonl").write_text(json.dumps(row) + "\n", encoding="utf-8")
    out = tmp_path_factory.mktemp("hostile-maps")
    with pytest.MonkeyPatch.context() as patch:  # the session's gazetteer, not a second load of it
        patch.setattr("routes.pipeline.Reader", lambda folder: reader)
        build(seeds, GAZETTEER, out)
    return out


def test_hostile_text_stays_text(browser: Browser, hostile_build: Path):
    legs = seed_legs(hostile_build)
    assert len({c["doc_id"] for leg in legs for c in leg["citations"]}) == 2, "both hostile documents make legs"
    for path in sorted(hostile_build.glob("*.html")):
        page = browser.open(path)
        opened = page.page.evaluate("""() => {
            const layers = [...window.routesMap.corridors, ...window.routesMap.places.getLayers()];
            let texts = [];
            for (const layer of layers) {
                layer.openPopup();
                texts.push(document.querySelector(".leaflet-popup-content").textContent);
                layer.closePopup();
            }
            document.querySelectorAll(".routes-leg-list button").forEach(b => b.click());
            return texts;
        }""")
        assert len(opened) >= 2
        assert page.page.evaluate("window.__pwned") is None, path.name
        assert not page.dialogs, path.name
        assert not page.errors, (path.name, page.errors)
        assert page.page.locator("b", has_text="bold").count() == 0
        if path.name != "index.html":
            assert "<script>" in page.page.title() and "onerror=" in page.page.title()
            assert any("onerror=" in text for text in opened), path.name
        page.page.close()
    assert not browser.refused
