"""Interactive Leaflet maps (folium): index.html with every leg and place, one map per document.

Text from documents is untrusted. It never enters the page as markup or code: the legs
and places travel as JSON inside a `<script type="application/json">` element (with `<`,
`>` and `&` escaped), and the page's own script builds popups from it with `textContent`.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import json
import re
from pathlib import Path
from typing import Any

import folium
from branca.element import Element, MacroElement
from jinja2 import Template

from routes.export import Output, PlaceSummary, geometry_json, leg_properties
from routes.geometry import Path as LegPath
from routes.model import Document, Leg

MODE_STYLE = {
    "sea": {"color": "#1f5fa8", "dashArray": None},
    "air": {"color": "#c0392b", "dashArray": "8 6"},
    "land": {"color": "#5d4a1f", "dashArray": "2 6"},
    "unknown": {"color": "#6c6c6c", "dashArray": "1 4"},
}
_SCRIPT_DIR = Path(__file__).with_name("static")


def page_name(doc_id: str) -> str:
    """A file name for a document's map: the id made safe, with a hash when it had to change."""
    safe = re.sub(r"[^A-Za-z0-9._-]+", "_", doc_id).strip("._") or "document"
    if safe != doc_id or len(safe) > 80:
        safe = f"{safe[:80]}-{hashlib.sha256(doc_id.encode('utf-8')).hexdigest()[:8]}"
    return f"{safe}.html"


def script_json(value: Any) -> str:
    """JSON that is safe inside a <script> element whatever strings it holds."""
    text = json.dumps(value, ensure_ascii=True, sort_keys=True)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


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
        {{ this.js }}
        routesDraw({{ this._parent.get_name() }}, JSON.parse(document.getElementById("routes-data").textContent));
        {% endmacro %}
        """
    )

    def __init__(self, data: dict[str, Any]) -> None:
        super().__init__()
        self._name = "RoutesLayer"
        self.data = script_json(data)
        self.js = (_SCRIPT_DIR / "routes.js").read_text(encoding="utf-8")
        self.css = (_SCRIPT_DIR / "routes.css").read_text(encoding="utf-8")


def map_data(title: str, legs: list[Leg], paths: dict[str, LegPath], places: list[PlaceSummary],
             documents: dict[str, Document], links: list[dict[str, str]], home: str | None) -> dict[str, Any]:
    """Everything a page shows, as plain JSON."""
    doc_pages = {doc_id: page_name(doc_id) for doc_id in documents}
    features = []
    for leg in legs:
        props = leg_properties(leg, paths[leg.id])
        for citation in props["citations"]:
            citation["page"] = doc_pages.get(citation["doc_id"])
            citation["url"] = citation["url"] if _is_web_url(citation["url"]) else None
        features.append({"type": "Feature", "geometry": geometry_json(paths[leg.id].geometry), "properties": props})
    return {
        "title": title,
        "home": home,
        "links": links,
        "styles": MODE_STYLE,
        "legs": {"type": "FeatureCollection", "features": features},
        "places": [
            {"place_id": s.place.id, "name": s.place.name, "type": s.place.type, "country": s.place.country,
             "lat": s.place.lat, "lon": s.place.lon, "mentions": s.mentions, "doc_ids": list(s.doc_ids)}
            for s in places
        ],
    }


def _is_web_url(url: str | None) -> bool:
    return bool(url) and re.match(r"https?://", url, re.IGNORECASE) is not None


class OfflineMap(folium.Map):
    """A folium map that links nothing outside the page: Leaflet is inlined from xstatic-leaflet."""

    default_js: list[tuple[str, str]] = []
    default_css: list[tuple[str, str]] = []

    def render(self, **kwargs: Any) -> None:
        header = self.get_root().header
        css, js = leaflet_assets()
        header.add_child(Element(f"<style>{css}</style>"), name="leaflet_css", index=0)
        header.add_child(Element(f"<script>{js}</script>"), name="leaflet_js", index=1)
        super().render(**kwargs)


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
    if "</script" in js.lower() or "</style" in css.lower():
        raise RuntimeError("Leaflet's assets cannot be inlined: they close their own element")
    return css, js


def build_map(data: dict[str, Any]) -> folium.Map:
    """A Leaflet map framing its legs and places."""
    points = [(p["lat"], p["lon"]) for p in data["places"]]
    for feature in data["legs"]["features"]:
        geometry = feature["geometry"]
        lines = geometry["coordinates"] if geometry["type"] == "MultiLineString" else [geometry["coordinates"]]
        points += [(lat, lon) for line in lines for lon, lat in line]
    m = OfflineMap(tiles=None, prefer_canvas=True, control_scale=True, world_copy_jump=False)
    if points:
        lats, lons = [p[0] for p in points], [p[1] for p in points]
        m.fit_bounds([[min(lats), min(lons)], [max(lats), max(lons)]], padding=(20, 20))
    m.get_root().header.add_child(Element(f"<title>{_html_text(data['title'])}</title>"))
    RoutesLayer(data).add_to(m)
    return m


def _html_text(text: str) -> str:
    from html import escape

    return escape(text, quote=True)


def write_maps(output: Output, documents: list[Document], legs: list[Leg], paths: dict[str, LegPath],
               places: list[PlaceSummary], mentions_by_doc: dict[str, set[str]]) -> None:
    """index.html with everything, and one page per document with its own legs and places."""
    by_id = {d.id: d for d in documents}
    links = [{"title": d.title, "doc_id": d.id, "page": page_name(d.id)} for d in documents]
    index = map_data("routes: all documents", legs, paths, places, by_id, links, home=None)
    build_map(index).save(str(output.path("index.html")))
    for document in documents:
        own_legs = [leg for leg in legs if any(c.doc_id == document.id for c in leg.citations)]
        endpoint_ids = {p.id for leg in own_legs for p in (leg.origin, leg.destination, *leg.via)}
        wanted = mentions_by_doc.get(document.id, set()) | endpoint_ids
        own_places = [s for s in places if s.place.id in wanted]
        data = map_data(document.title, own_legs, paths, own_places, by_id,
                        [{"title": document.title, "doc_id": document.id, "page": page_name(document.id),
                          "url": document.url if _is_web_url(document.url) else None}],
                        home="index.html")
        build_map(data).save(str(output.path(page_name(document.id))))
