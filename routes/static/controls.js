// The map's controls: layers and filters, legend, time slider, side panel and full screen.
// Each is a Leaflet control built from DOM nodes; untrusted text only ever enters as text.

function panelBox(className) {
  const box = el("div", null, "routes-box " + className);
  L.DomEvent.disableClickPropagation(box);
  L.DomEvent.disableScrollPropagation(box);
  return box;
}

function control(position, build) {
  const made = L.control({ position: position });
  made.onAdd = build;
  return made;
}

// An SVG element with its attributes, appended to its parent when one is given.
function svgNode(tag, attributes, parent) {
  const node = document.createElementNS("http://www.w3.org/2000/svg", tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  return parent ? parent.appendChild(node) : node;
}

// A short sample of a mode's line: its colour and dash pattern.
function swatch(style, width) {
  const svg = svgNode("svg", { width: 34, height: 12, class: "routes-swatch" });
  const line = { x1: 1, y1: 6, x2: 33, y2: 6, stroke: style.color, "stroke-width": width || 3 };
  if (style.dashArray) line["stroke-dasharray"] = style.dashArray;
  svgNode("line", line, svg);
  return svg;
}

function checkbox(list, name, value, label, checked, onChange, before) {
  const item = list.appendChild(el("label", null, "routes-check"));
  const input = item.appendChild(el("input"));
  input.type = "checkbox";
  input.name = name;
  input.value = value;
  input.checked = checked;
  input.addEventListener("change", function () { onChange(input.checked); });
  if (before) item.appendChild(before);
  item.appendChild(el("span", label));
  return input;
}

// Layers and filters: which map layers show, and which modes and statuses of legs.
function layersControl(data, counts, layers, onFilter) {
  return control("topright", function (map) {
    const box = panelBox("routes-layers");
    box.appendChild(el("h2", "Layers"));
    const list = box.appendChild(el("div", null, "routes-group"));
    Object.keys(layers).forEach(function (name) {
      const layer = layers[name];
      checkbox(list, "layer", name, name, map.hasLayer(layer), function (on) {
        if (on) layer.addTo(map);
        else layer.remove();
      });
    });
    [["Mode", "mode", data.modes], ["Status", "status", data.statuses]].forEach(function (group) {
      box.appendChild(el("h3", group[0]));
      const list = box.appendChild(el("div", null, "routes-group"));
      group[2].forEach(function (value) {
        const label = value + " (" + (counts[group[1]][value] || 0) + ")";
        const sample = group[1] === "mode" ? swatch(data.styles[value]) : null;
        checkbox(list, group[1], value, label, true, function (on) { onFilter(group[1], value, on); }, sample);
      });
    });
    return box;
  });
}

function legendControl(data) {
  return control("bottomright", function () {
    const box = panelBox("routes-legend");
    box.appendChild(el("h2", "Legend"));
    const table = box.appendChild(el("table"));
    function entry(sample, text) {
      const tr = table.appendChild(el("tr"));
      tr.appendChild(el("td")).appendChild(sample);
      tr.appendChild(el("td", text));
    }
    data.modes.forEach(function (mode) { entry(swatch(data.styles[mode]), mode); });
    [1, 3, 7].forEach(function (n) {
      entry(swatch({ color: "#444" }, corridorWeight(n)), n === 1 ? "1 source" : n + (n === 7 ? "+" : "") + " sources");
    });
    entry(el("span", "\u25b6", "routes-legend-arrow"), "arrowhead: direction of travel");
    entry(el("span", "\u00d73", "routes-legend-count"), "legs sharing one path");
    entry(el("span", null, "routes-legend-place"), "place, sized by mentions");
    entry(el("span", null, "routes-legend-route"), "a route, on hover or click");
    return box;
  });
}

function dayNumber(iso) {
  return Math.round(Date.parse(iso + "T00:00:00Z") / 86400000);
}

function dayText(day) {
  return new Date(day * 86400000).toISOString().slice(0, 10);
}

// Two sliders bound the days shown; a leg shows when its date (or range) meets them.
function timeControl(first, last, undated, onChange) {
  return control("bottomleft", function () {
    const box = panelBox("routes-time");
    box.appendChild(el("h2", "Dates"));
    const shown = box.appendChild(el("div", null, "routes-time-range"));
    const inputs = {};
    ["from", "to"].forEach(function (name) {
      const item = box.appendChild(el("label", null, "routes-time-slider"));
      item.appendChild(el("span", name));
      const input = item.appendChild(el("input"));
      input.type = "range";
      input.name = name;
      input.min = String(first);
      input.max = String(last);
      input.step = "1";
      input.value = String(name === "from" ? first : last);
      input.addEventListener("input", function () {
        const from = Number(inputs.from.value), to = Number(inputs.to.value);
        if (from > to) (name === "from" ? inputs.to : inputs.from).value = input.value;
        update();
      });
      inputs[name] = input;
    });
    const keep = checkbox(box, "undated", "undated", "undated legs (" + undated + ")", true, update);
    function update() {
      const from = Number(inputs.from.value), to = Number(inputs.to.value);
      shown.textContent = dayText(from) + " \u2013 " + dayText(to);
      onChange(from, to, keep.checked);
    }
    shown.textContent = dayText(first) + " \u2013 " + dayText(last);
    return box;
  });
}

const SORTS = {
  date: function (a, b) { return (a.start || "\uffff").localeCompare(b.start || "\uffff"); },
  sources: function (a, b) { return b.sources - a.sources; },
  mode: function (a, b) { return a.mode.localeCompare(b.mode); }
};
const PANEL_PAGE = 200;  // rows added at a time, so ten thousand legs list quickly
const DOCUMENTS_OPEN = 12;  // a longer list of documents starts folded

// The side panel: the map's title, the documents, and the legs shown, sortable.
function sidePanel(data, onPick) {
  let legs = [], sort = "date", rows = PANEL_PAGE;
  let list, heading, more;
  const made = control("topleft", function () {
    const box = panelBox("routes-panel");
    const toggle = box.appendChild(el("button", "\u2212", "routes-panel-toggle"));
    toggle.type = "button";
    toggle.title = "Hide or show this panel";
    toggle.addEventListener("click", function () {
      const hidden = box.classList.toggle("routes-collapsed");
      toggle.textContent = hidden ? "+" : "\u2212";
    });
    box.appendChild(el("h1", data.title));
    const body = box.appendChild(el("div", null, "routes-panel-body"));
    if (data.home) {
      body.appendChild(link("\u2190 all documents", data.home));
    }
    if (data.url) {
      if (data.home) body.appendChild(document.createTextNode(" \u00b7 "));
      body.appendChild(link("original article \u2197", data.url, true));
    }
    if (!data.home) {
      const ids = Object.keys(data.documents);
      const fold = body.appendChild(el("details", null, "routes-fold"));
      fold.open = ids.length <= DOCUMENTS_OPEN;
      fold.appendChild(el("summary")).appendChild(el("h2", "Documents (" + ids.length + ")"));
      const docs = fold.appendChild(el("ul", null, "routes-documents"));
      ids.forEach(function (id) {
        docs.appendChild(el("li")).appendChild(link(data.documents[id].title || id, data.documents[id].page));
      });
    }
    heading = body.appendChild(el("h2"));
    const sorter = body.appendChild(el("label", "Sort by ", "routes-sort"));
    const select = sorter.appendChild(el("select"));
    Object.keys(SORTS).forEach(function (name) { select.appendChild(el("option", name)).value = name; });
    select.addEventListener("change", function () { sort = select.value; rows = PANEL_PAGE; render(); });
    list = body.appendChild(el("ol", null, "routes-leg-list"));
    more = body.appendChild(el("button", null, "routes-more"));
    more.type = "button";
    more.addEventListener("click", function () { rows += PANEL_PAGE; render(); });
    render();
    return box;
  });
  function render() {
    const sorted = legs.slice().sort(function (a, b) { return SORTS[sort](a, b) || SORTS.date(a, b); });
    heading.textContent = "Legs (" + (legs.length === data.legs.length ? legs.length : legs.length + " of " + data.legs.length) + ")";
    list.textContent = "";
    sorted.slice(0, rows).forEach(function (leg) {
      const item = list.appendChild(el("li"));
      item.appendChild(swatch(data.styles[leg.mode] || data.styles.unknown, 3));
      const button = item.appendChild(el("button", legTitle(leg)));
      button.type = "button";
      button.dataset.leg = leg.leg_id;
      button.addEventListener("click", function () { onPick(leg); });
      item.appendChild(el("span", [leg.date || "undated", leg.mode, leg.status,
        leg.sources === 1 ? "1 source" : leg.sources + " sources"].join(" \u00b7 "), "routes-leg-meta"));
    });
    more.hidden = sorted.length <= rows;
    more.textContent = "Show " + Math.min(PANEL_PAGE, sorted.length - rows) + " more";
  }
  made.show = function (shownLegs) {
    legs = shownLegs;
    if (list) render();
  };
  return made;
}

// Full screen through the browser's own Fullscreen API.
function fullscreenControl(map) {
  return control("topleft", function () {
    const bar = el("div", null, "leaflet-bar routes-fullscreen");
    const button = bar.appendChild(el("a"));
    button.appendChild(fullscreenIcon());
    button.setAttribute("href", "#");
    button.setAttribute("role", "button");
    button.title = "Full screen";
    L.DomEvent.on(button, "click", function (event) {
      L.DomEvent.preventDefault(event);
      if (document.fullscreenElement) document.exitFullscreen();
      else map.getContainer().requestFullscreen();
    });
    L.DomEvent.disableClickPropagation(bar);
    document.addEventListener("fullscreenchange", function () {
      button.title = document.fullscreenElement ? "Leave full screen" : "Full screen";
      map.invalidateSize();
    });
    return bar;
  });
}

// Four corner brackets, drawn here so that the button needs no icon font or image.
function fullscreenIcon() {
  const svg = svgNode("svg", { width: 16, height: 16, viewBox: "0 0 16 16" });
  svgNode("path", { d: "M1 6V1h5M10 1h5v5M15 10v5h-5M6 15H1v-5", fill: "none", stroke: "#333", "stroke-width": 2 }, svg);
  return svg;
}
