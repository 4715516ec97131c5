// Drives Debian's Chromium (puppeteer-core) over a page of more than 3,000 edges and checks what a search with
// thousands of edge hits shows: the count, a band in the hit colour under each hit edge on the page's own hit layer
// (aligned with the edge as Cytoscape.js draws it, also after a pan and zoom), no Cytoscape.js restyle of the edges,
// the view centred on the hits' end nodes, a filtered-out hit not marked, and nothing marked once the search is cleared.
// Usage: node page-big-search.js PAGE.html SHOT_DIR (the query is "no effect", the synthetic networks' negative quote). Prints a JSON summary; exits 1 with the failed check.
'use strict';
const fs = require('fs');
const path = require('path');
const { launch } = require('./chromium.js');

const [pagePath, shotDir] = process.argv.slice(2);
const query = 'no effect';

function check(condition, message) {
  if (!condition) throw new Error(message);
}

const frames = (page) => page.evaluate(() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done))));

/** What the hit layer shows at the hit edges' midpoints, and how many of its pixels are marked at all. */
function marks(page) {
  return page.evaluate(() => {
    const { cy } = window.senescope;
    const layer = document.getElementById('hitLayer');
    const g = layer.getContext('2d');
    const px = g.getImageData(0, 0, layer.width, layer.height).data;
    let marked = 0;
    for (let i = 3; i < px.length; i += 4) if (px[i] > 0) marked++;
    const at = (x, y) => { const i = 4 * (Math.round(y) * layer.width + Math.round(x)); return [px[i], px[i + 1], px[i + 2], px[i + 3]]; };
    const inView = (p) => p.x >= 2 && p.y >= 2 && p.x < layer.width - 2 && p.y < layer.height - 2;
    const hitEdges = window.senescope.hitEdges();
    /* Straight edges from centre to centre: the midpoint between the end nodes as drawn. */
    const mid = (e) => { const a = e.source().renderedPosition(); const b = e.target().renderedPosition(); return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 }; };
    const mids = hitEdges.map(mid).filter(inView);
    /* The hit colour #E69F00, at any coverage (the band is 3 pixels or more wide, so a midpoint is well inside it). */
    const hitColour = mids.filter(p => { const [r, gr, b, a] = at(p.x, p.y); return a >= 64 && Math.abs(r - 230) <= 4 && Math.abs(gr - 159) <= 4 && b <= 4; }).length;
    return { marked, midpointsInView: mids.length, midpointsInHitColour: hitColour, layer: [layer.width, layer.height],
      cy: [Math.round(cy.width()), Math.round(cy.height())] };
  });
}

async function main() {
  fs.mkdirSync(shotDir, { recursive: true });
  const { browser, page, outside, errors } = await launch();
  const summary = {};
  try {
    await page.goto('file://' + path.resolve(pagePath), { waitUntil: 'load', timeout: 300000 });
    await page.waitForFunction(() => window.senescope !== undefined);
    await frames(page);
    summary.before = await marks(page);
    check(summary.before.marked === 0, 'nothing marked before a search: ' + JSON.stringify(summary.before));

    // Typed as a reader types; the search runs once typing pauses.
    await page.click('#search');
    await page.keyboard.type(query);
    await page.waitForFunction(() => /match/.test(document.getElementById('hits').textContent), { timeout: 30000 });
    await frames(page);
    summary.search = await page.evaluate((query) => {
      const { cy } = window.senescope;
      const q = query.toLowerCase();
      const expected = cy.edges().filter(e => e.data('evidence').some(ev => ev.quote.toLowerCase().includes(q)));
      const hits = window.senescope.hitEdges();
      const ends = hits.map(e => [e.source().position(), e.target().position()]).flat();
      const xs = ends.map(p => p.x); const ys = ends.map(p => p.y);
      const z = cy.zoom(); const pan = cy.pan();
      return { status: document.getElementById('hits').textContent, expected: expected.length,
        sameHits: hits.length === expected.length && hits.every(e => expected.contains(e)),
        edgesWithHitClass: cy.edges('.hit').length,
        centreDx: z * (Math.min(...xs) + Math.max(...xs)) / 2 + pan.x - cy.width() / 2,
        centreDy: z * (Math.min(...ys) + Math.max(...ys)) / 2 + pan.y - cy.height() / 2 };
    }, query);
    const s = summary.search;
    check(s.expected > 100 && s.sameHits, 'the hits are the edges whose quotes hold the text: ' + JSON.stringify(s));
    check(s.status === '0 nodes, ' + s.expected + ' edges match', 'the count: ' + JSON.stringify(s));
    check(s.edgesWithHitClass === 0, 'no edge restyled: ' + JSON.stringify(s));
    check(Math.abs(s.centreDx) < 1 && Math.abs(s.centreDy) < 1, 'centred on the hits: ' + JSON.stringify(s));
    summary.marked = await marks(page);
    const m = summary.marked;
    check(m.layer[0] === m.cy[0] && m.layer[1] === m.cy[1], 'the hit layer covers the drawing: ' + JSON.stringify(m));
    check(m.midpointsInView > 50 && m.midpointsInHitColour === m.midpointsInView,
      'every hit edge in view has the band under it: ' + JSON.stringify(m));
    await page.screenshot({ path: path.join(shotDir, 'page-big-search.png') });

    // Zoomed in and panned: the bands follow the edges.
    await page.evaluate(() => { const { cy } = window.senescope; cy.zoom({ level: cy.zoom() * 3, renderedPosition: { x: 300, y: 200 } }); cy.panBy({ x: 40, y: -25 }); });
    await frames(page);
    summary.zoomed = await marks(page);
    check(summary.zoomed.midpointsInView > 5 && summary.zoomed.midpointsInHitColour === summary.zoomed.midpointsInView,
      'after zoom and pan: ' + JSON.stringify(summary.zoomed));
    await page.screenshot({ path: path.join(shotDir, 'page-big-search-zoomed.png') });

    // A hit the evidence filter hides is not marked.
    const level = await page.evaluate(() => window.senescope.hitEdges()[0].data('evidenceLevel'));
    await page.click('#evidenceFilter input[value="' + level + '"]');
    await frames(page);
    summary.filtered = await page.evaluate((level) => {
      const hidden = window.senescope.hitEdges().filter(e => e.data('evidenceLevel') === level);
      return { hidden: hidden.length, allHidden: hidden.every(e => e.hasClass('hidden')) };
    }, level);
    const f = await marks(page);
    summary.filtered.midpointsInView = f.midpointsInView; summary.filtered.midpointsInHitColour = f.midpointsInHitColour;
    const shown = await page.evaluate((level) => { const { cy } = window.senescope;
      const layer = document.getElementById('hitLayer'); const g = layer.getContext('2d');
      const inView = (p) => p.x >= 2 && p.y >= 2 && p.x < layer.width - 2 && p.y < layer.height - 2;
      /* A hidden hit's midpoint that no shown hit's band covers: the layer there is clear. */
      const shownHits = window.senescope.hitEdges().filter(e => e.data('evidenceLevel') !== level);
      const near = (p) => shownHits.some(e => { const a = e.source().renderedPosition(); const b = e.target().renderedPosition();
        const dx = b.x - a.x; const dy = b.y - a.y; const t = Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy || 1)));
        return Math.hypot(a.x + t * dx - p.x, a.y + t * dy - p.y) < 12; });
      const lone = window.senescope.hitEdges().filter(e => e.data('evidenceLevel') === level).map(e => { const a = e.source().renderedPosition(); const b = e.target().renderedPosition(); return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 }; }).filter(p => inView(p) && !near(p));
      return { lone: lone.length, loneMarked: lone.filter(p => g.getImageData(Math.round(p.x), Math.round(p.y), 1, 1).data[3] > 0).length };
    }, level);
    summary.filtered.lone = shown.lone; summary.filtered.loneMarked = shown.loneMarked;
    check(summary.filtered.hidden > 0 && summary.filtered.allHidden && shown.lone > 0 && shown.loneMarked === 0,
      'a hidden hit has no band: ' + JSON.stringify(summary.filtered));
    await page.click('#evidenceFilter input[value="' + level + '"]');

    // Escape clears the search: nothing marked.
    await page.focus('#search');
    await page.keyboard.press('Escape');
    await frames(page);
    summary.cleared = await marks(page);
    check(summary.cleared.marked === 0, 'nothing marked after Escape: ' + JSON.stringify(summary.cleared));

    summary.outside = outside;
    summary.errors = errors;
  } finally {
    await browser.close();
  }
  process.stdout.write(JSON.stringify(summary) + '\n');
}

main().catch(e => { process.stderr.write(String(e && e.stack || e) + '\n'); process.exit(1); });
