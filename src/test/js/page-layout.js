// The page's drawing as Chromium renders it, measured from the Cytoscape.js instance at the initial layout: edges
// that cross a node that is not one of their ends, labels that neither fit inside their node nor sit cleanly beside
// it, and whether the legend lies within the window (its footer scrolled to the end).
'use strict';

/** Runs in the page; returns what layoutChecks reports. */
function measure() {
  const { cy } = window.senescope;
  const r = cy.renderer();
  // Boxes shrunk by a pixel: a line that only touches a border (or its antialiasing) does not pass through.
  const shrink = (b, by) => ({ x1: b.x1 + by, y1: b.y1 + by, x2: b.x2 - by, y2: b.y2 - by });
  const nodes = cy.nodes().map(n => ({ id: n.id(), below: n.data('below') >= 0,
    body: shrink(n.boundingBox({ includeLabels: false, includeOverlays: false }), 1),
    label: n.boundingBox({ includeNodes: false, includeLabels: true, includeOverlays: false }) }));
  const overlaps = (a, b) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
  /** Whether the segment p-q enters box b (Liang-Barsky clipping). */
  const crosses = (p, q, b) => {
    let t0 = 0; let t1 = 1; const dx = q.x - p.x; const dy = q.y - p.y;
    for (const [pp, qq] of [[-dx, p.x - b.x1], [dx, b.x2 - p.x], [-dy, p.y - b.y1], [dy, b.y2 - p.y]]) {
      if (pp === 0) { if (qq < 0) return false; continue; }
      const t = qq / pp;
      if (pp < 0) { if (t > t1) return false; if (t > t0) t0 = t; } else { if (t < t0) return false; if (t < t1) t1 = t; }
    }
    return t0 < t1;
  };
  const crossings = [];
  let routed = 0;
  cy.edges().forEach(e => {
    if (e.source().same(e.target())) return;
    const bends = e.segmentPoints() || [];
    if (bends.length) routed++;
    const points = [e.sourceEndpoint()].concat(bends, [e.targetEndpoint()]);
    for (const n of nodes) {
      if (n.id === e.source().id() || n.id === e.target().id()) continue;
      for (let i = 0; i + 1 < points.length; i++) {
        const hit = crosses(points[i], points[i + 1], n.body) ? 'node' : crosses(points[i], points[i + 1], n.label) ? 'label' : '';
        if (hit) { crossings.push(e.id() + ' crosses the ' + hit + ' of ' + n.id); break; }
      }
    }
  });
  // A label inside its node: each corner of its box inside the node's shape. Beside it: below the node's box,
  // clear of it. Either way clear of every other node and its label.
  const labels = [];
  cy.nodes().forEach(n => {
    const l = n.boundingBox({ includeNodes: false, includeLabels: true, includeOverlays: false });
    const body = n.boundingBox({ includeLabels: false, includeOverlays: false });
    const p = n.position(); const w = n.width(); const h = n.height();
    const shape = r.nodeShapes[r.getNodeShape(n)];
    if (n.data('below') >= 0) {
      if (l.y1 < p.y + h / 2 - 0.5 || l.x1 > p.x || l.x2 < p.x) labels.push(n.id() + ': label not below its icon');
    } else {
      const corners = [[l.x1, l.y1], [l.x2, l.y1], [l.x1, l.y2], [l.x2, l.y2]];
      if (!corners.every(([x, y]) => shape.checkPoint(x, y, 0, w, h, p.x, p.y, 'auto'))) {
        labels.push(n.id() + ': label ' + JSON.stringify(l) + ' not inside its ' + r.getNodeShape(n) + ' ' + JSON.stringify(body));
      }
    }
    for (const o of nodes) {
      if (o.id !== n.id() && (overlaps(l, o.body) || overlaps(l, o.label))) labels.push(n.id() + ': label overlaps ' + o.id);
    }
  });
  // The legend: inside the window, and its last entry reachable by scrolling the footer that holds it.
  const footer = document.getElementById('footer');
  footer.scrollTop = footer.scrollHeight;
  const inWindow = b => b.top >= 0 && b.left >= 0 && b.bottom <= window.innerHeight + 0.5 && b.right <= window.innerWidth + 0.5;
  const legendBox = document.getElementById('legend').getBoundingClientRect();
  const entries = [...document.querySelectorAll('#legend .block div')].filter(d => d.offsetParent !== null);
  const last = entries[entries.length - 1].getBoundingClientRect();
  const footerBox = footer.getBoundingClientRect();
  const legend = { footerInWindow: inWindow(footerBox), lastEntryShown: inWindow(last) && last.top >= footerBox.top - 0.5
    && last.bottom <= footerBox.bottom + 0.5, legendTop: Math.round(legendBox.top), windowHeight: window.innerHeight,
    pageScrolls: document.documentElement.scrollHeight > window.innerHeight,
    // The drawing's canvas ends where its box ends, above the footer: nothing of the network is drawn under the legend.
    networkAboveFooter: Math.abs(cy.height() - cy.container().clientHeight) < 1
      && cy.container().getBoundingClientRect().bottom <= footerBox.top + 0.5 };
  footer.scrollTop = 0;
  return { edges: cy.edges().length, routed, crossings, labels, legend };
}

/** The checks above, at the initial layout (the whole network fitted, nothing selected). */
async function layoutChecks(page) {
  return page.evaluate(measure);
}

module.exports = { layoutChecks };
