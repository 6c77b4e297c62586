// Draws the legs and places of a routes map. Every string from a document is set with
// textContent or as an attribute value, never parsed as HTML.
function routesDraw(map, data) {
  "use strict";
  function el(tag, text, className) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (className) node.className = className;
    return node;
  }
  function row(table, label, value) {
    if (value === undefined || value === null || value === "" || (Array.isArray(value) && !value.length)) return;
    var tr = table.appendChild(el("tr"));
    tr.appendChild(el("th", label));
    tr.appendChild(el("td", Array.isArray(value) ? value.join(", ") : value));
  }
  function link(text, href) {
    var a = el("a", text);
    a.setAttribute("href", href);
    return a;
  }
  function legPopup(p) {
    var box = el("div", null, "routes-popup");
    box.appendChild(el("h3", p.origin + " \u2192 " + p.destination));
    var table = box.appendChild(el("table"));
    row(table, "Date", p.date);
    row(table, "Mode", p.mode);
    row(table, "Via", p.via);
    row(table, "Carrier", p.carrier);
    row(table, "Cargo", p.cargo);
    row(table, "Status", p.status);
    row(table, "Confidence", p.confidence);
    row(table, "Sources", p.sources);
    var list = box.appendChild(el("ol", null, "routes-citations"));
    p.citations.forEach(function (c) {
      var item = list.appendChild(el("li"));
      item.appendChild(el("blockquote", c.quote));
      var source = item.appendChild(el("div", null, "routes-source"));
      source.appendChild(el("span", [c.outlet, c.published].filter(Boolean).join(", ") || c.doc_id));
      if (c.page) { source.appendChild(document.createTextNode(" \u00b7 ")); source.appendChild(link(c.title || c.doc_id, c.page)); }
      if (c.url) { source.appendChild(document.createTextNode(" \u00b7 ")); source.appendChild(link("original", c.url)); }
    });
    return box;
  }
  function placePopup(p) {
    var box = el("div", null, "routes-popup");
    box.appendChild(el("h3", p.name));
    var table = box.appendChild(el("table"));
    row(table, "Type", p.type);
    row(table, "Country", p.country);
    row(table, "Mentions", p.mentions);
    row(table, "Documents", p.doc_ids);
    return box;
  }
  var legs = L.geoJSON(data.legs, {
    style: function (feature) {
      var s = data.styles[feature.properties.mode] || data.styles.unknown;
      return { color: s.color, dashArray: s.dashArray, weight: 2 + Math.min(4, feature.properties.sources), opacity: 0.85 };
    },
    onEachFeature: function (feature, layer) {
      layer.bindPopup(function () { return legPopup(feature.properties); }, { maxWidth: 420 });
    }
  }).addTo(map);
  var places = L.layerGroup(data.places.map(function (p) {
    return L.circleMarker([p.lat, p.lon], { radius: 4 + Math.min(6, p.mentions), color: "#222", weight: 1,
      fillColor: "#f3c623", fillOpacity: 0.9 }).bindPopup(function () { return placePopup(p); });
  })).addTo(map);
  var panel = L.control({ position: "topright" });
  panel.onAdd = function () {
    var box = el("div", null, "routes-panel");
    box.appendChild(el("h2", data.title));
    if (data.home) box.appendChild(link("\u2190 all documents", data.home));
    var list = box.appendChild(el("ul"));
    data.links.forEach(function (d) {
      var item = list.appendChild(el("li"));
      item.appendChild(link(d.title || d.doc_id, d.page));
      if (d.url) { item.appendChild(document.createTextNode(" \u00b7 ")); item.appendChild(link("original", d.url)); }
    });
    L.DomEvent.disableClickPropagation(box);
    L.DomEvent.disableScrollPropagation(box);
    return box;
  };
  panel.addTo(map);
  window.routesMap = { map: map, legs: legs, places: places };
}
