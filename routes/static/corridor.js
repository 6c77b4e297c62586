// A corridor: one drawn line for the legs that share a path, with an arrowhead at the
// destination and, when it carries more than one leg, their count at its middle.
// Drawn on Leaflet's canvas renderer, so ten thousand of them stay fast; the arrowhead
// and the count are painted right after the line, in the same pass.

const ARROW_MARGIN = 32;  // pixels the arrowhead and the count may reach beyond the line
const ARROW_INSET = 5;  // pixels between the arrowhead's tip and the destination

const CorridorLine = L.Polyline.extend({
  options: { count: 1 },

  // Canvas redraws only the pixels a layer's bounds cover: widen them to hold the arrowhead.
  _updateBounds: function () {
    L.Polyline.prototype._updateBounds.call(this);
    if (this._pxBounds) {
      const margin = L.point(ARROW_MARGIN, ARROW_MARGIN);
      this._pxBounds = L.bounds(this._pxBounds.min.subtract(margin), this._pxBounds.max.add(margin));
    }
  },

  _updatePath: function () {
    L.Polyline.prototype._updatePath.call(this);
    const renderer = this._renderer;
    if (!renderer._drawing || !this._rings.length) return;
    const ctx = renderer._ctx;
    ctx.save();
    ctx.setLineDash([]);
    ctx.globalAlpha = 1;
    drawArrowhead(ctx, this._rings[this._rings.length - 1], this.options);
    if (this.options.count > 1) drawCount(ctx, this._rings, this.options.count);
    ctx.restore();
  }
});

// A filled triangle pointing along the line's last stretch, its tip a few pixels short
// of the destination so that the place's marker does not hide it.
function drawArrowhead(ctx, ring, options) {
  const tip = alongFromEnd(ring, ARROW_INSET);
  if (!tip) return;
  const length = 9 + 1.8 * options.weight;
  const angle = tip.angle;
  const spread = 0.4;  // half the angle at the tip, in radians
  ctx.beginPath();
  ctx.moveTo(tip.x, tip.y);
  ctx.lineTo(tip.x - length * Math.cos(angle - spread), tip.y - length * Math.sin(angle - spread));
  ctx.lineTo(tip.x - length * Math.cos(angle + spread), tip.y - length * Math.sin(angle + spread));
  ctx.closePath();
  ctx.fillStyle = options.color;
  ctx.strokeStyle = "#ffffff";
  ctx.lineWidth = 1;
  ctx.fill();
  ctx.stroke();
}

// The point `distance` pixels back from the end of a ring, and the heading of the line there.
function alongFromEnd(ring, distance) {
  let left = distance;
  for (let i = ring.length - 1; i > 0; i--) {
    const a = ring[i - 1], b = ring[i];
    const step = a.distanceTo(b);
    if (step >= left && step > 0) {
      const t = left / step;
      return { x: b.x + t * (a.x - b.x), y: b.y + t * (a.y - b.y), angle: Math.atan2(b.y - a.y, b.x - a.x) };
    }
    left -= step;
  }
  return null;
}

// The number of legs in the corridor, written halfway along it.
function drawCount(ctx, rings, count) {
  const middle = halfway(rings);
  if (!middle) return;
  ctx.font = "bold 11px system-ui, sans-serif";
  ctx.textAlign = "center";
  ctx.textBaseline = "middle";
  ctx.lineWidth = 3;
  ctx.strokeStyle = "#ffffff";
  ctx.fillStyle = "#1b1b1b";
  const label = "\u00d7" + count;
  ctx.strokeText(label, middle.x, middle.y);
  ctx.fillText(label, middle.x, middle.y);
}

function halfway(rings) {
  let total = 0;
  rings.forEach(function (ring) {
    for (let i = 1; i < ring.length; i++) total += ring[i].distanceTo(ring[i - 1]);
  });
  let left = total / 2;
  for (const ring of rings) {
    for (let i = 1; i < ring.length; i++) {
      const step = ring[i].distanceTo(ring[i - 1]);
      if (step >= left && step > 0) {
        const t = left / step;
        return L.point(ring[i - 1].x + t * (ring[i].x - ring[i - 1].x), ring[i - 1].y + t * (ring[i].y - ring[i - 1].y));
      }
      left -= step;
    }
  }
  return null;
}
