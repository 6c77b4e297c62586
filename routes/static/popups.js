// Popups for legs, corridors and places. Every string that came from a document is set
// with textContent or as an attribute through the DOM, never parsed as HTML.

function el(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = String(text);
  if (className) node.className = className;
  return node;
}

function link(text, href, external) {
  const a = el("a", text);
  a.setAttribute("href", href);
  if (external) {
    a.setAttribute("target", "_blank");
    a.setAttribute("rel", "noopener noreferrer");
  }
  return a;
}

function row(table, label, value) {
  if (value === undefined || value === null || value === "" || (Array.isArray(value) && !value.length)) return;
  const tr = table.appendChild(el("tr"));
  tr.appendChild(el("th", label));
  tr.appendChild(el("td", Array.isArray(value) ? value.join(", ") : value));
}

function legTitle(leg) {
  const via = leg.via.length ? " (via " + leg.via.join(", ") + ")" : "";
  return leg.origin + " \u2192 " + leg.destination + via;
}

// How the line was drawn, and where it starts or ends when the text named a whole country.
function drawing(leg) {
  const notes = [leg.path];
  if (leg.origin_point !== "place") notes.push("starts at " + leg.origin + "'s " + leg.origin_point);
  if (leg.destination_point !== "place") notes.push("ends at " + leg.destination + "'s " + leg.destination_point);
  return notes.join("; ");
}

function citationItem(c) {
  const item = el("li");
  item.appendChild(el("blockquote", c.quote));
  const source = item.appendChild(el("div", null, "routes-source"));
  source.appendChild(el("span", [c.outlet, c.published].filter(Boolean).join(", ") || "outlet and date not stated"));
  if (c.page) {
    source.appendChild(document.createTextNode(" \u00b7 "));
    source.appendChild(link(c.title || c.doc_id, c.page));
  }
  if (c.url) {
    source.appendChild(document.createTextNode(" \u00b7 "));
    source.appendChild(link("original \u2197", c.url, true));
  }
  return item;
}

function legDetails(leg, heading) {
  const box = el("section", null, "routes-leg");
  box.dataset.leg = leg.leg_id;
  box.appendChild(el(heading, legTitle(leg)));
  const table = box.appendChild(el("table"));
  row(table, "Date", leg.date || "not stated");
  row(table, "Mode", leg.mode);
  row(table, "Carrier", leg.carrier);
  row(table, "Cargo", leg.cargo);
  row(table, "Status", leg.status);
  row(table, "Confidence", Math.round(leg.confidence * 100) + "%");
  row(table, "Sources", leg.sources === 1 ? "1 document" : leg.sources + " documents");
  row(table, "Line", drawing(leg));
  const list = box.appendChild(el("ol", null, "routes-citations"));
  leg.citations.forEach(function (c) { list.appendChild(citationItem(c)); });
  return box;
}

// The popup of a corridor: its one leg, or every leg it carries under the filters.
function corridorPopup(legs) {
  const box = el("div", null, "routes-popup");
  if (legs.length === 1) {
    box.appendChild(legDetails(legs[0], "h3"));
    return box;
  }
  box.appendChild(el("h3", legs[0].origin + " \u2192 " + legs[0].destination + ": " + legs.length + " legs"));
  legs.forEach(function (leg) { box.appendChild(legDetails(leg, "h4")); });
  return box;
}

function placePopup(place, documents, legCounts) {
  const box = el("div", null, "routes-popup");
  box.appendChild(el("h3", place.name));
  const table = box.appendChild(el("table"));
  row(table, "Type", place.type);
  row(table, "Country", place.country);
  row(table, "Mentions", place.mentions);
  row(table, "Legs from here", legCounts.from);
  row(table, "Legs to here", legCounts.to);
  if (place.doc_ids.length) {
    box.appendChild(el("div", "Named in", "routes-subhead"));
    const list = box.appendChild(el("ul", null, "routes-documents"));
    place.doc_ids.forEach(function (id) {
      const doc = documents[id];
      const item = list.appendChild(el("li"));
      if (doc) item.appendChild(link(doc.title || id, doc.page));
      else item.textContent = id;
    });
  }
  return box;
}
