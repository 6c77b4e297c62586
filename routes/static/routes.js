// Draws a routes map from its data: land, corridors of legs, places, and the controls
// that filter them. The data comes from routes.maps.map_data; see that function for its shape.

const OSM_TILES = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";

// Coordinates arrive as [x0, y0, dx1, dy1, ...] integers; Leaflet wants [lat, lon] pairs.
function decode(flat, scale) {
  const points = [];
  let x = 0, y = 0;
  for (let i = 0; i + 1 < flat.length; i += 2) {
    x += flat[i];
    y += flat[i + 1];
    points.push([y / scale, x / scale]);
  }
  return points;
}

function corridorWeight(sources) {
  return Math.min(11, 2 + 1.6 * Math.log2(1 + sources));
}

function routesDraw(map, data) {
  const legs = data.legs;
  legs.forEach(function (leg) {
    leg.startDay = leg.start ? dayNumber(leg.start) : null;
    leg.endDay = leg.end ? dayNumber(leg.end) : null;
  });

  map.createPane("land").style.zIndex = 150;  // under the tile pane (200): online tiles cover it
  const land = L.polygon(data.land.rings.map(function (ring) { return decode(ring, data.land.scale); }), {
    renderer: L.canvas({ pane: "land", padding: 0.5 }), interactive: false,
    color: "#a99f8f", weight: 0.7, fillColor: "#f3f0e8", fillOpacity: 1
  }).addTo(map);
  map.attributionControl.addAttribution(data.land.attribution);
  const tiles = L.tileLayer(OSM_TILES, {
    maxZoom: 19, attribution: "\u00a9 OpenStreetMap contributors"
  });

  // Corridors: the legs that share a path are drawn once, with their count. Corridors and
  // places share one canvas: a second canvas above it would take every click for itself.
  const renderer = L.canvas({ padding: 0.3, tolerance: 4 });
  let pinned = false;  // a clicked corridor keeps its route lit while its popup is open
  let lit = new Set();
  const legLayer = L.featureGroup().addTo(map);
  const byRoute = {};
  const corridors = data.corridors.map(function (c, index) {
    const style = data.styles[legs[c.legs[0]].mode] || data.styles.unknown;
    const line = new CorridorLine(c.lines.map(function (part) { return decode(part, data.scale); }), {
      renderer: renderer, color: style.color, dashArray: style.dashArray, opacity: 0.9,
      lineCap: "butt", smoothFactor: 1.5
    });
    line.legs = c.legs.map(function (i) { legs[i].corridor = index; return legs[i]; });
    line.shown = line.legs;
    line.bindPopup(function () { return corridorPopup(line.shown); }, { maxWidth: 460, maxHeight: 440, minWidth: 280 });
    line.legs.forEach(function (leg) {
      if (leg.route_id) (byRoute[leg.route_id] = byRoute[leg.route_id] || new Set()).add(line);
    });
    line.on("mouseover", function () { if (!pinned) highlight(line); });
    line.on("mouseout", function () { if (!pinned) highlight(null); });
    line.on("popupopen", function () { pinned = true; highlight(line); });
    line.on("popupclose", function () { pinned = false; highlight(null); });
    return line;
  });

  // A route is every corridor that carries one of its legs: highlighted as a whole.
  function routeOf(line) {
    const members = new Set([line]);
    line.shown.forEach(function (leg) {
      if (leg.route_id) byRoute[leg.route_id].forEach(function (other) { members.add(other); });
    });
    return members;
  }
  function highlight(line) {
    const next = line ? routeOf(line) : new Set();
    lit.forEach(function (other) { if (!next.has(other)) styleCorridor(other, false); });
    next.forEach(function (other) {
      if (legLayer.hasLayer(other)) {
        styleCorridor(other, true);
        other.bringToFront();
      }
    });
    if (next.size) placesOnTop();
    lit = next;
  }
  function styleCorridor(line, on) {
    const sources = line.shown.reduce(function (sum, leg) { return sum + leg.sources; }, 0);
    const weight = corridorWeight(sources);
    line.setStyle({ weight: on ? weight + 3 : weight, opacity: on ? 1 : 0.9, count: line.shown.length });
  }

  // Places, sized by how often the documents name them.
  const documents = data.documents;
  const legCounts = {};
  legs.forEach(function (leg) {
    (legCounts[leg.origin_id] = legCounts[leg.origin_id] || { from: 0, to: 0 }).from += 1;
    (legCounts[leg.destination_id] = legCounts[leg.destination_id] || { from: 0, to: 0 }).to += 1;
  });
  const places = L.featureGroup(data.places.map(function (p) {
    return L.circleMarker([p.lat, p.lon], {
      renderer: renderer, radius: 3 + Math.min(7, Math.sqrt(p.mentions) * 1.5),
      color: "#2b2b2b", weight: 1, fillColor: "#f2b705", fillOpacity: 0.95
    }).bindPopup(function () { return placePopup(p, documents, legCounts[p.place_id] || { from: 0, to: 0 }); },
      { maxWidth: 360 })
      .bindTooltip(el("span", p.name), { direction: "top", offset: [0, -4] });
  })).addTo(map);
  function placesOnTop() {
    if (map.hasLayer(places)) places.eachLayer(function (marker) { marker.bringToFront(); });
  }

  // Filters: mode, status and dates; a corridor shows the legs that pass all three.
  const filter = { mode: new Set(data.modes), status: new Set(data.statuses), from: -Infinity, to: Infinity, undated: true };
  function passes(leg) {
    if (!filter.mode.has(leg.mode) || !filter.status.has(leg.status)) return false;
    if (leg.startDay === null) return filter.undated;
    return leg.endDay >= filter.from && leg.startDay <= filter.to;
  }
  const panel = sidePanel(data, pick);
  function refresh() {
    let added = false;
    corridors.forEach(function (line) {
      line.shown = line.legs.filter(passes);
      if (!line.shown.length) {
        legLayer.removeLayer(line);
      } else {
        styleCorridor(line, lit.has(line));
        added = added || !legLayer.hasLayer(line);
        legLayer.addLayer(line);
      }
    });
    if (added) placesOnTop();
    panel.show(legs.filter(passes));
  }
  let pending = false;
  function refreshSoon() {
    if (pending) return;
    pending = true;
    L.Util.requestAnimFrame(function () { pending = false; refresh(); });
  }

  // Zoom to one leg from the panel, show its own popup and light its route.
  function pick(leg) {
    const line = corridors[leg.corridor];
    map.fitBounds(line.getBounds(), { paddingTopLeft: [panelWidth(), 40], paddingBottomRight: [40, 40], maxZoom: 8 });
    const popup = L.popup({ maxWidth: 460, maxHeight: 440, minWidth: 280 })
      .setLatLng(line.getCenter()).setContent(corridorPopup([leg]));
    popup.on("remove", function () { pinned = false; highlight(null); });
    popup.openOn(map);
    pinned = true;
    highlight(line);
  }
  function panelWidth() {
    const box = map.getContainer().querySelector(".routes-panel");
    return box ? box.offsetWidth + 30 : 30;
  }

  const counts = { mode: {}, status: {} };
  legs.forEach(function (leg) {
    counts.mode[leg.mode] = (counts.mode[leg.mode] || 0) + 1;
    counts.status[leg.status] = (counts.status[leg.status] || 0) + 1;
  });
  map.setMinZoom(2);
  L.control.scale({ position: "bottomright" }).addTo(map);
  fullscreenControl(map).addTo(map);
  panel.addTo(map);
  layersControl(data, counts, {
    "Places": places,
    "Land and borders (offline)": land,
    "OpenStreetMap tiles (online)": tiles
  }, function (kind, value, on) {
    if (on) filter[kind].add(value); else filter[kind].delete(value);
    refreshSoon();
  }).addTo(map);
  legendControl(data).addTo(map);
  const dated = legs.filter(function (leg) { return leg.startDay !== null; });
  if (dated.length) {
    const first = dated.reduce(function (day, leg) { return Math.min(day, leg.startDay); }, Infinity);
    const last = dated.reduce(function (day, leg) { return Math.max(day, leg.endDay); }, -Infinity);
    timeControl(first, last, legs.length - dated.length, function (from, to, undated) {
      filter.from = from;
      filter.to = to;
      filter.undated = undated;
      refreshSoon();
    }).addTo(map);
  }
  refresh();

  // Frame the legs, the claims the page is about; a page without legs frames its places.
  const frame = legLayer.getLayers().length ? legLayer.getBounds() : places.getBounds();
  if (frame.isValid()) {
    map.fitBounds(frame, { paddingTopLeft: [panelWidth(), 30], paddingBottomRight: [260, 30], maxZoom: 7, animate: false });
  }

  // For tests and the console: what is drawn, and the leg ids it carries.
  window.routesMap = {
    map: map, legs: legs, corridors: corridors, places: places, land: land, tiles: tiles,
    drawnLegIds: function () {
      const ids = [];
      legLayer.eachLayer(function (line) { line.shown.forEach(function (leg) { ids.push(leg.leg_id); }); });
      return ids;
    }
  };
}
