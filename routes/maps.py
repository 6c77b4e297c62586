"""Interactive Leaflet maps (folium): index.html with every leg and place, one map per document.

A page is one self-contained file that an analyst can mail or open on an air-gapped laptop:
Leaflet, our script, stylesheet and the Natural Earth land layer are inlined, and the page
requests nothing until the user turns on online tiles.

Text from documents is untrusted. It never enters the page as markup or code: the legs
and places travel as JSON inside a `<script type="application/json">` element (with `<`,
`>` and `&` escaped), the page's own script builds every popup and list from it with
`textContent`, and the `<title>` is HTML-escaped.

Legs that share a path (same mode, same drawn line) travel as one corridor that carries
their indices: ten thousand legs between a few hundred places draw as a few thousand
canvas lines, each with its count.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import html
import itertools
import json
import re
from pathlib import Path
from typing import Any, Iterable, Iterator

import folium
from branca.element import Element, MacroElement
from jinja2 import Template

from routes import basemap, dates
from routes.documents import web_url
from routes.export import Output, PlaceSummary, leg_properties
from routes.geometry import Path as LegPath
from routes.model import MODES, STATUSES, Document, Leg

MODE_STYLE = {
    "sea": {"color": "#1f5fa8", "dashArray": None},
    "air": {"color": "#c0392b", "dashArray": "9 6"},
    "land": {"color": "#8a5a00", "dashArray": "3 5"},
    "unknown": {"color": "#5f5f5f", "dashArray": "12 4 2 4"},
}
# Leg coordinates travel as integers in ten-thousandths of a degree (about 11 m).
LEG_SCALE = 10_000
_STATIC = Path(__file__).with_name("static")
# Our scripts, in the order they are inlined: each uses the ones before it.
SCRIPTS = ("popups.js", "corridor.js", "controls.js", "routes.js")


# Page names a document's map must not take: the map of all documents.
RESERVED_PAGES = frozenset({"index"})


def page_name(doc_id: str) -> str:
    """A file name for a document's map: the id made safe, with a hash when it had to change
    or would take the name of the map of all documents."""
    safe = re.sub(r"[^A-Za-z0-9._-]+", "_", doc_id).strip("._") or "document"
    if safe != doc_id or len(safe) > 80 or safe.lower() in RESERVED_PAGES:
        safe = f"{safe[:80]}-{hashlib.sha256(doc_id.encode('utf-8')).hexdigest()[:8]}"
    return f"{safe}.html"


def script_json(value: Any) -> str:
    """JSON that is safe inside a <script> element whatever strings it holds."""
    text = json.dumps(value, ensure_ascii=True, sort_keys=True, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def encode_line(coords: Iterable[tuple[float, ...]], scale: int) -> list[int]:
    """A line as [x0, y0, dx1, dy1, ...] integers: the first point, then each step from the one before.

    Steps between nearby points are short numbers, which keeps a page of ten thousand legs
    a few megabytes; repeated points are dropped.
    """
    flat: list[int] = []
    last_x = last_y = 0
    for x, y, *_ in coords:
        ix, iy = round(x * scale), round(y * scale)
        if flat and (ix, iy) == (last_x, last_y):
            continue
        flat += [ix - last_x, iy - last_y]
        last_x, last_y = ix, iy
    return flat


@functools.cache
def land_layer() -> dict[str, Any]:
    """The Natural Earth land and borders, encoded once for every page of a build."""
    rings = [encode_line(ring, basemap.SCALE) for ring in basemap.rings()]
    return {"rings": [r for r in rings if len(r) >= 6], "scale": basemap.SCALE, "attribution": basemap.ATTRIBUTION}


def date_bounds(value: str | None) -> tuple[str | None, str | None]:
    """The first and last day a leg's date may mean, for the time slider; None when undated."""
    if not value:
        return None, None
    try:
        first, last = dates.bounds(value)
    except ValueError:
        return None, None
    return first.isoformat(), last.isoformat()


def map_data(title: str, legs: list[Leg], paths: dict[str, LegPath], places: list[PlaceSummary],
             documents: list[Document], home: str | None = None, url: str | None = None) -> dict[str, Any]:
    """Everything a page shows, as plain JSON: the shape routes.js reads."""
    pages = {d.id: page_name(d.id) for d in documents}
    leg_rows = []
    corridors: dict[tuple[str, str], dict[str, Any]] = {}
    for index, leg in enumerate(legs):
        props = leg_properties(leg, paths[leg.id])
        for citation in props["citations"]:
            citation["page"] = pages.get(citation["doc_id"])
            citation["url"] = web_url(citation["url"])
        props["start"], props["end"] = date_bounds(leg.date)
        leg_rows.append(props)
        geometry = paths[leg.id].geometry
        parts = geometry.geoms if geometry.geom_type == "MultiLineString" else [geometry]
        lines = [encode_line(part.coords, LEG_SCALE) for part in parts]
        key = (leg.mode, json.dumps(lines))
        corridors.setdefault(key, {"lines": lines, "legs": []})["legs"].append(index)
    # The index lists every document; a document's map names those its legs and places cite.
    named = {c["doc_id"] for row in leg_rows for c in row["citations"]} | {i for s in places for i in s.doc_ids}
    return {
        "title": title,
        "home": home,
        "url": web_url(url),
        "documents": {d.id: {"title": d.title, "page": pages[d.id]} for d in documents
                      if home is None or d.id in named},
        "styles": MODE_STYLE,
        "modes": list(MODES),
        "statuses": list(STATUSES),
        "scale": LEG_SCALE,
        "legs": leg_rows,
        "corridors": list(corridors.values()),
        "places": [
            {"place_id": s.place.id, "name": s.place.name, "type": s.place.type, "country": s.place.country,
             "lat": s.place.lat, "lon": s.place.lon, "mentions": s.mentions, "doc_ids": list(s.doc_ids)}
            for s in places
        ],
        "land": land_layer(),
    }


class RoutesLayer(MacroElement):
    """The legs and places of one map, as data, and the script that draws them."""

    _template = Template(
        """
        {% macro header(this, kwargs) %}
        <style>{{ this.css }}</style>
        {% endmacro %}
        {% macro html(this, kwargs) %}
        <script type="application/json" id="routes-data">{{ this.data }}</script>
        {% endmacro %}
        {% macro script(this, kwargs) %}
        (function (map, data) {
        "use strict";
        {{ this.js }}
        routesDraw(map, data);
        })({{ this._parent.get_name() }}, JSON.parse(document.getElementById("routes-data").textContent));
        {% endmacro %}
        """
    )

    def __init__(self, data: dict[str, Any]) -> None:
        super().__init__()
        self._name = "RoutesLayer"
        self.data = script_json(data)
        self.js, self.css = own_assets()


@functools.cache
def own_assets() -> tuple[str, str]:
    """Our script (its files joined in order) and stylesheet, from routes/static."""
    js = "\n".join((_STATIC / name).read_text(encoding="utf-8") for name in SCRIPTS)
    css = (_STATIC / "routes.css").read_text(encoding="utf-8")
    _check_inlinable(js, css)
    return js, css


@functools.cache
def leaflet_assets() -> tuple[str, str]:
    """Leaflet's stylesheet (its images as data URIs) and script, from the xstatic-leaflet package."""
    import xstatic.pkg.leaflet as leaflet

    folder = Path(leaflet.BASE_DIR)
    js = (folder / "leaflet.js").read_text(encoding="utf-8")
    css = (folder / "leaflet.css").read_text(encoding="utf-8")

    def inline(match: re.Match[str]) -> str:
        image = (folder / match.group(1)).read_bytes()
        return f"url(data:image/png;base64,{base64.b64encode(image).decode('ascii')})"

    css = re.sub(r"url\((images/[\w.-]+\.png)\)", inline, css)
    _check_inlinable(js, css)
    return css, js


def _check_inlinable(js: str, css: str) -> None:
    if "</script" in js.lower() or "</style" in css.lower():
        raise RuntimeError("a script or stylesheet cannot be inlined: it closes its own element")


class OfflineMap(folium.Map):
    """A folium map that links nothing outside the page: Leaflet is inlined from xstatic-leaflet."""

    default_js: list[tuple[str, str]] = []
    default_css: list[tuple[str, str]] = []

    def __init__(self, title: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.get_root().header.add_child(Element(f"<title>{html.escape(title, quote=True)}</title>"), name="title")

    def render(self, **kwargs: Any) -> None:
        header = self.get_root().header
        css, js = leaflet_assets()
        # After the charset and the title: browsers look for the charset in the first 1024 bytes.
        header.add_child(Element(f"<style>{css}</style>"), name="leaflet_css", index=2)
        header.add_child(Element(f"<script>{js}</script>"), name="leaflet_js", index=3)
        super().render(**kwargs)


def build_map(data: dict[str, Any]) -> folium.Map:
    """A Leaflet map of one page's data; routes.js frames its legs and places."""
    m = OfflineMap(data["title"], location=(30, 20), zoom_start=2, tiles=None, prefer_canvas=True, world_copy_jump=False)
    RoutesLayer(data).add_to(m)
    _stable_ids(m.get_root(), itertools.count())
    return m


def _stable_ids(element: Element, counter: Iterator[int]) -> None:
    """Number folium's elements in order instead of its random ids, so two builds are identical."""
    element._id = f"{next(counter):08x}"
    for child in element._children.values():
        _stable_ids(child, counter)


def write_maps(output: Output, documents: list[Document], legs: list[Leg], paths: dict[str, LegPath],
               places: list[PlaceSummary], mentions_by_doc: dict[str, set[str]]) -> None:
    """index.html with everything, and one page per document with its own legs and places."""
    index = map_data("All documents", legs, paths, places, documents)
    build_map(index).save(str(output.path("index.html")))
    for document in documents:
        own_legs = [leg for leg in legs if any(c.doc_id == document.id for c in leg.citations)]
        endpoint_ids = {p.id for leg in own_legs for p in (leg.origin, leg.destination, *leg.via)}
        wanted = mentions_by_doc.get(document.id, set()) | endpoint_ids
        own_places = [s for s in places if s.place.id in wanted]
        data = map_data(document.title, own_legs, paths, own_places, documents, home="index.html", url=document.url)
        build_map(data).save(str(output.path(page_name(document.id))))
