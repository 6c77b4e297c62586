"""Map scale: a network of 10,000 legs between real gazetteer places, opened in headless chromium.

Run with `python -m bench maps_scale [--legs N] [--corridors N] [--runs N]`. Reports the
page's size, how long Python takes to write it, and how long chromium takes to open it
(from navigation to the first frame with every leg drawn), with every request but file://
refused. Reported legs concentrate on a few corridors, as they do in real reporting, so
the legs are spread over `--corridors` distinct (origin, destination, mode) movements
with Zipf-like weights; each movement's path is computed once, as the build does.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from bench.browser import offline_browser, url
from routes import export, gazetteer, geometry, maps
from routes.model import MODES, STATUSES, Citation, Document, Leg, Place

ROOT = Path(__file__).resolve().parent.parent
ENDPOINT_TYPES = {"sea": ("port",), "air": ("airport", "airbase"), "land": ("city", "crossing", "base"),
                  "unknown": ("city",)}
CARGO = ("small arms", "ammunition", "armoured vehicles", "drones", "rocket launchers", "fighters", "fuel")


def network(legs: int, corridors: int, seed: int = 20190520) -> tuple[list[Document], list[Leg], dict]:
    """Synthetic documents and legs, and a path per leg, between places of the curated gazetteer."""
    rng = random.Random(seed)
    gaz = gazetteer.load(ROOT / "gazetteer", offline_layers=False)
    by_type: dict[str, list[Place]] = {}
    for place in gaz.places.values():
        by_type.setdefault(place.type, []).append(place)
    movements = []
    while len(movements) < corridors:
        mode = rng.choice(MODES)
        pool = [p for t in ENDPOINT_TYPES[mode] for p in by_type.get(t, [])]
        origin, destination = rng.sample(pool, 2)
        movements.append((origin, destination, mode))
    weights = [1 / (rank + 1) for rank in range(len(movements))]
    documents = [Document(id=f"report-{n:04d}", path=f"report-{n:04d}.txt", title=f"Synthetic report {n}",
                          outlet=rng.choice(("Outlet A", "Outlet B", "Outlet C")), url=f"https://example.org/{n}",
                          published=date(2019, 1, 1) + timedelta(days=rng.randrange(700)), text="", sha256="")
                 for n in range(max(1, legs // 20))]
    made: list[Leg] = []
    paths: dict[str, geometry.Path] = {}
    path_of: dict[tuple[str, str, str], geometry.Path] = {}
    for n, (origin, destination, mode) in enumerate(rng.choices(movements, weights, k=legs)):
        document = rng.choice(documents)
        quote = f"Leg {n}: a {mode} shipment left {origin.name} for {destination.name}."
        when = document.published - timedelta(days=rng.randrange(30))
        leg = Leg(origin=origin, destination=destination, mode=mode, date=when.isoformat(),
                  carrier=f"vessel {n % 97}" if mode == "sea" else None, cargo=(rng.choice(CARGO),),
                  status=rng.choice(STATUSES), confidence=round(rng.uniform(0.3, 0.95), 2),
                  citations=(Citation(document.id, document.title, document.outlet, document.url,
                                      document.published.isoformat(), quote, 0, len(quote)),))
        key = (origin.id, destination.id, mode)
        if key not in path_of:
            path_of[key] = geometry.path(leg, gaz)
        shared = path_of[key]
        paths[leg.id] = geometry.Path(leg.id, shared.origin, shared.destination, shared.geometry, shared.method)
        made.append(leg)
    return documents, made, paths


def load_ms(page_url: str, runs: int) -> list[float]:
    """Milliseconds from navigation to the first frame painted after the map is drawn, per run."""
    times = []
    with offline_browser() as (context, refused):
        for _ in range(runs):
            page = context.new_page()
            page.goto(page_url, wait_until="load")
            page.wait_for_function("window.routesMap !== undefined")
            times.append(page.evaluate(
                "new Promise(done => requestAnimationFrame(() => requestAnimationFrame(() => done(performance.now()))))"))
            page.close()
    if refused:
        raise SystemExit(f"maps_scale: the page requested {refused[:3]}")
    return times


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench maps_scale", description=__doc__.splitlines()[0])
    parser.add_argument("--legs", type=int, default=10_000, help="legs on the map (default 10000)")
    parser.add_argument("--corridors", type=int, default=2_000, help="distinct movements (default 2000)")
    parser.add_argument("--runs", type=int, default=3, help="page loads to time (default 3)")
    options = parser.parse_args(argv)
    started = time.perf_counter()
    documents, legs, paths = network(options.legs, options.corridors)
    generated = time.perf_counter() - started
    with tempfile.TemporaryDirectory() as folder:
        page = Path(folder) / "index.html"
        started = time.perf_counter()
        data = maps.map_data("Map scale benchmark", legs, paths, export.summarise_places([], legs), documents)
        maps.build_map(data).save(str(page))
        written = time.perf_counter() - started
        size = page.stat().st_size
        times = load_ms(url(page), options.runs)
    print(f"maps_scale: {len(legs)} legs in {len(data['corridors'])} corridors, {len(data['places'])} places "
          f"(network made in {generated:.1f} s)")
    print(f"maps_scale: index.html {size / 1e6:.1f} MB, written in {written:.1f} s")
    print(f"maps_scale: opened in chromium in {statistics.median(times) / 1000:.2f} s "
          f"(median of {len(times)}: {', '.join(f'{t / 1000:.2f}' for t in times)})")


if __name__ == "__main__":
    main()
