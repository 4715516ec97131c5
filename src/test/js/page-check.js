// Drives Debian's Chromium (puppeteer-core, no browser download) over Senescope's interactive page for the seed
// network and checks what a reader does with it: search, hover, neighbourhood, node and edge panels, the evidence
// filter, the table and the exports; the drawing's layout (page-layout.js); that no request leaves the file and that the console stays free of errors.
// Usage: node page-check.js PAGE.html SHOT_DIR [FIGURE_DIR]. Prints a JSON summary; exits 1 with the failed check.
'use strict';
const fs = require('fs');
const path = require('path');
const { launch } = require('./chromium.js');
const { layoutChecks } = require('./page-layout.js');

const [pagePath, shotDir, figureDir] = process.argv.slice(2);

function check(condition, message) {
  if (!condition) throw new Error(message);
}

async function shot(page, name, toFigures) {
  const file = path.join(shotDir, 'page-' + name + '.png');
  await page.screenshot({ path: file });
  if (toFigures && figureDir) fs.copyFileSync(file, path.join(figureDir, 'page-' + name + '.png'));
}

/** The page coordinates of an element's rendered position (node centre or edge midpoint). */
async function at(page, id) {
  return page.evaluate((id) => {
    const { cy } = window.senescope;
    const e = cy.getElementById(id);
    const box = cy.container().getBoundingClientRect();
    const p = e.isNode() ? e.renderedPosition() : e.renderedMidpoint();
    return { x: box.left + p.x, y: box.top + p.y, cx: box.left + cy.width() / 2, cy: box.top + cy.height() / 2 };
  }, id);
}

// A point on an edge's drawn line, on screen, outside every node, at least 3 px from every other edge's line, where
// the renderer's own hit test finds this edge, so that a click there can only mean it (the midpoint may lie where
// another edge crosses it).
async function edgeClickPoint(page, id) {
  return page.evaluate((id) => {
    const { cy } = window.senescope;
    const box = cy.container().getBoundingClientRect();
    // renderedSegmentPoints() throws for an edge drawn without bends.
    const bends = e => { try { return e.renderedSegmentPoints() || []; } catch (err) { return []; } };
    const line = e => [e.renderedSourceEndpoint(), ...bends(e), e.renderedTargetEndpoint()];
    const dist = (p, a, b) => {
      const dx = b.x - a.x, dy = b.y - a.y, len = dx * dx + dy * dy;
      const t = len === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / len));
      return Math.hypot(p.x - a.x - t * dx, p.y - a.y - t * dy);
    };
    const near = (p, pts) => pts.slice(1).reduce((m, b, i) => Math.min(m, dist(p, pts[i], b)), Infinity);
    const e = cy.getElementById(id);
    const pts = line(e);
    const lengths = pts.slice(1).map((b, i) => Math.hypot(b.x - pts[i].x, b.y - pts[i].y));
    const total = lengths.reduce((a, b) => a + b, 0);
    const others = cy.edges().filter(o => o.id() !== id && o.visible()).map(line);
    for (const f of [0.5, 0.4, 0.6, 0.3, 0.7, 0.25, 0.75, 0.2, 0.8]) {
      let left = f * total, i = 0;
      while (i < lengths.length - 1 && left > lengths[i]) { left -= lengths[i]; i++; }
      const t = lengths[i] === 0 ? 0 : left / lengths[i];
      const p = { x: pts[i].x + t * (pts[i + 1].x - pts[i].x), y: pts[i].y + t * (pts[i + 1].y - pts[i].y) };
      const inNode = cy.nodes().some(n => { const b = n.renderedBoundingBox(); return p.x >= b.x1 && p.x <= b.x2 && p.y >= b.y1 && p.y <= b.y2; });
      // The renderer's own hit test, where it answers, has the last word: the edge a click there selects.
      const pan = cy.pan(), zoom = cy.zoom();
      const hit = cy.renderer().findNearestElement ? cy.renderer().findNearestElement((p.x - pan.x) / zoom,
        (p.y - pan.y) / zoom, true, false) : e;
      if (!inNode && hit && hit.id() === id && others.every(o => near(p, o) >= 3)) {
        return { x: box.left + p.x, y: box.top + p.y };
      }
    }
    throw new Error('no point on ' + id + ' clear of other edges and nodes: ' + JSON.stringify(pts));
  }, id);
}

async function main() {
  fs.mkdirSync(shotDir, { recursive: true });
  const { browser, page, outside, errors } = await launch();
  const summary = {};
  try {
    await browser.defaultBrowserContext().overridePermissions('file://', ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
    await page.goto('file://' + path.resolve(pagePath), { waitUntil: 'load' });
    await page.waitForFunction(() => window.senescope !== undefined);
    // The drawing at the initial layout: edges around nodes, labels in or beside their nodes, the legend in the window.
    summary.layout = await layoutChecks(page);
    await shot(page, '01-loaded', true);

    // Search: typed as a reader types; CCL2 is a hit and sits in the middle of the drawing.
    await page.click('#search');
    await page.keyboard.type('CCL2');
    const search = await page.evaluate(() => {
      const { cy } = window.senescope;
      const n = cy.getElementById('CCL2');
      return { hit: n.hasClass('hit'), hits: cy.$('.hit').map(e => e.id()), status: document.getElementById('hits').textContent,
        dx: n.renderedPosition().x - cy.width() / 2, dy: n.renderedPosition().y - cy.height() / 2 };
    });
    check(search.hit, 'CCL2 is a search hit: ' + JSON.stringify(search));
    check(Math.abs(search.dx) < 1 && Math.abs(search.dy) < 1, 'CCL2 is centred: ' + JSON.stringify(search));
    summary.search = search;
    await shot(page, '02-search-CCL2', true);

    // Hover: the mouse over CCL2 shows its summary.
    const ccl2 = await at(page, 'CCL2');
    await page.mouse.move(ccl2.x, ccl2.y);
    await page.waitForFunction(() => !document.getElementById('tip').hidden, { timeout: 3000 });
    summary.tip = await page.$eval('#tip', e => e.textContent);
    check(summary.tip.startsWith('CCL2 (gene)'), 'hover summary: ' + summary.tip);
    await shot(page, '03-hover-CCL2', false);
    await page.mouse.move(5, 5);

    // Selection by keyboard: search KLRK1, Enter selects it; its neighbourhood is highlighted, the rest dimmed.
    await page.click('#search', { clickCount: 3 });
    await page.keyboard.type('KLRK1');
    await page.keyboard.press('Enter');
    await new Promise(r => setTimeout(r, 300));
    summary.klrk1 = await page.evaluate(() => {
      const { cy } = window.senescope;
      const n = cy.getElementById('KLRK1');
      const hood = n.closedNeighborhood();
      return { selected: n.selected(), neighbours: n.neighborhood('node').map(e => e.data('label')).sort(),
        nearWrong: hood.not(n).filter(e => !e.hasClass('near') || e.hasClass('dim')).length,
        dimWrong: cy.elements().not(hood).filter(e => !e.hasClass('dim')).length,
        panel: document.querySelector('#info h2').textContent };
    });
    check(summary.klrk1.selected && summary.klrk1.neighbours.length > 0, 'KLRK1 selected: ' + JSON.stringify(summary.klrk1));
    check(summary.klrk1.nearWrong === 0 && summary.klrk1.dimWrong === 0, 'neighbourhood highlight: ' + JSON.stringify(summary.klrk1));
    await shot(page, '04-select-KLRK1', true);

    // KLRK1's panel lists its edges grouped by relation, each with its evidence level, claims and, unfolded, its quotes.
    summary.klrk1.edges = await page.evaluate(() => ({ heading: [...document.querySelectorAll('#info h3')].pop().textContent,
      groups: [...document.querySelectorAll('#info h4.relation')].map(h => ({ relation: h.textContent,
        edges: [...h.nextElementSibling.children].map(li => ({ edge: li.querySelector('button').textContent,
          evidence: li.querySelector('span').textContent, claims: [...li.querySelectorAll('details .meta')].map(m => m.textContent),
          quotes: [...li.querySelectorAll('details blockquote')].map(q => q.textContent.slice(0, 40)) })) })),
      expected: window.senescope.cy.getElementById('KLRK1').connectedEdges().map(e => e.data('evidence').length) }));
    await page.click('#info details summary');
    await shot(page, '04-panel-KLRK1-edges', false);

    // Search also by mouse symbol (Trp53 is TP53's) and by alias (p14ARF is ARF's): typed, the node is a hit.
    summary.bySymbol = {};
    for (const [typed, id] of [['Trp53', 'TP53'], ['p14ARF', 'CDKN2A_ARF']]) {
      await page.click('#search', { clickCount: 3 });
      await page.keyboard.type(typed);
      summary.bySymbol[typed] = await page.evaluate(() => window.senescope.cy.nodes('.hit').map(n => n.id()));
      check(JSON.stringify(summary.bySymbol[typed]) === JSON.stringify([id]), typed + ' finds ' + id + ': '
        + JSON.stringify(summary.bySymbol));
    }

    // Node panel of the family, opened by a mouse click: every member in its table.
    await page.click('#search', { clickCount: 3 });
    await page.keyboard.type('NKG2D ligands');
    const family = await at(page, 'NKG2D_ligands');
    await page.mouse.click(family.x, family.y);
    summary.family = await page.evaluate(() => ({
      title: document.querySelector('#info h2').textContent,
      members: [...document.querySelectorAll('#members tr')].slice(1).map(r => r.cells[0].textContent),
      humanSymbols: window.senescope.cy.getElementById('NKG2D_ligands').data('human').split(', ') }));
    check(summary.family.title === 'NKG2D ligands', 'family panel: ' + JSON.stringify(summary.family));
    check(JSON.stringify(summary.family.members) === JSON.stringify(summary.family.humanSymbols),
      'every member listed: ' + JSON.stringify(summary.family));
    await shot(page, '05-panel-NKG2D-ligands', false);

    // One CDKN2A row feeds p16INK4a and ARF: the panel marks the measurement as shared, naming the other product.
    await page.click('#search', { clickCount: 3 });
    await page.keyboard.type('p16INK4a');
    const p16 = await at(page, 'CDKN2A_p16INK4a');
    await page.mouse.click(p16.x, p16.y);
    summary.shared = await page.evaluate(() => ({ rows: [...document.querySelectorAll('#members tr')].slice(1).map(r => ({
      member: r.cells[0].textContent, marked: r.cells[0].className === 'shared', shared: r.cells[r.cells.length - 1].textContent })),
      note: (document.querySelector('#info .sharedNote') || {}).textContent }));
    check(JSON.stringify(summary.shared.rows) === JSON.stringify([{ member: 'CDKN2A', marked: true, shared: 'yes, also on ARF (CDKN2A)' }])
      && summary.shared.note === 'Black corner: one measured row (CDKN2A) for two or more products of one gene, so the same value '
      + 'is laid on each, as the figure marks it.', 'shared CDKN2A row: ' + JSON.stringify(summary.shared));
    await shot(page, '05-panel-p16INK4a-shared', false);

    // Edge panel of CCL2 -> NK-cell infiltration, opened by a click on the edge: quotes and the seed cited.
    const edgeId = 'CCL2 (required for) nk_infiltration';
    await page.click('#search', { clickCount: 3 });
    await page.keyboard.press('Escape');
    await page.evaluate((id) => window.senescope.cy.center(window.senescope.cy.getElementById(id)), edgeId);
    const mid = await edgeClickPoint(page, edgeId);
    await page.mouse.click(mid.x, mid.y);
    summary.edge = await page.evaluate((id) => {
      const d = window.senescope.cy.getElementById(id).data();
      return { title: document.querySelector('#info h2').textContent,
        quotes: [...document.querySelectorAll('#info blockquote')].map(q => q.textContent),
        expectedQuotes: d.evidence.map(ev => ev.quote),
        citations: [...document.querySelectorAll('#info .cite')].map(c => c.textContent),
        expectedTitle: d.evidence[0].title, expectedAuthors: d.evidence[0].authors, seedFile: d.evidence[0].seed,
        meta: [...document.querySelectorAll('#info .claim .meta')].map(m => m.textContent) };
    }, edgeId);
    check(summary.edge.title.startsWith('CCL2 required for NK-cell infiltration'), 'edge panel: ' + summary.edge.title);
    check(summary.edge.quotes.length === 2 && JSON.stringify(summary.edge.quotes) === JSON.stringify(summary.edge.expectedQuotes),
      'every quote: ' + JSON.stringify(summary.edge));
    for (const c of summary.edge.citations) {
      check(c === summary.edge.expectedTitle + '. ' + summary.edge.expectedAuthors + '. DOI not stated in the seed.',
        'citation as sources.tsv cites the seed: ' + c);
      check(!c.includes(summary.edge.seedFile), 'no file name as citation: ' + c);
    }
    await shot(page, '06-panel-CCL2-NK-infiltration', true);

    // Evidence filter: unticking "hypothesis" hides exactly the hypothesis edges; the legend says so.
    await page.click('#evidenceFilter input[value="hypothesis"]');
    summary.filter = await page.evaluate(() => {
      const { cy } = window.senescope;
      const hyp = cy.edges('[evidenceLevel = "hypothesis"]');
      // The computed style, as the renderer draws it (visible() may answer from a cache until the next frame).
      const shown = e => e.style('display') !== 'none';
      const legend = document.querySelector('#legend [data-level="hypothesis"]');
      return { hypothesis: hyp.length, shownHypothesis: hyp.filter(shown).length,
        hiddenOther: cy.edges('[evidenceLevel != "hypothesis"]').filter(e => !shown(e)).length,
        legendOff: legend.classList.contains('off'), legendCount: legend.querySelector('.count').textContent };
    });
    check(summary.filter.hypothesis > 0 && summary.filter.shownHypothesis === 0 && summary.filter.hiddenOther === 0,
      'evidence filter: ' + JSON.stringify(summary.filter));
    check(summary.filter.legendOff && summary.filter.legendCount === '(0 shown)', 'legend: ' + JSON.stringify(summary.filter));
    await page.evaluate(() => window.senescope.cy.fit(undefined, 20));
    await shot(page, '07-filter-no-hypothesis', false);

    // Table view, sorted by a click on a column head; exports of the current view.
    await page.click('#view');
    await page.click('#nodesTable th:nth-child(8)');
    summary.table = await page.evaluate(() => ({
      nodes: document.querySelectorAll('#nodesTable tr').length - 1, edges: document.querySelectorAll('#edgesTable tr').length - 1,
      firstDegrees: [...document.querySelectorAll('#nodesTable tr')].slice(1, 4).map(r => Number(r.cells[7].textContent)) }));
    check(summary.table.firstDegrees[0] <= summary.table.firstDegrees[2], 'sorted by edges: ' + JSON.stringify(summary.table));
    await shot(page, '08-table', false);

    // Copy: the search filters the table; the edges' copy button puts the rows shown, with the head, on the clipboard as
    // tab-separated text. Where the browser refuses the clipboard, the text is selected in a box for Ctrl+C.
    await page.click('#search', { clickCount: 3 });
    await page.keyboard.type('KLRK1');
    await page.click('#table h3:nth-of-type(2) button');
    await page.waitForFunction(() => document.querySelector('#table h3:nth-of-type(2) [role=status]').textContent !== '', { timeout: 3000 });
    summary.copy = await page.evaluate(async () => ({ heads: [...document.querySelectorAll('#table h3')].map(h => h.firstChild.textContent),
      status: document.querySelector('#table h3:nth-of-type(2) [role=status]').textContent,
      shown: [...document.querySelectorAll('#edgesTable tr')].map(r => [...r.cells].map(c => c.textContent.replace(/ [\u25b2\u25bc]$/, '')).join('\t')),
      clipboard: (await navigator.clipboard.readText()).split('\n') }));
    check(JSON.stringify(summary.copy.clipboard) === JSON.stringify(summary.copy.shown), 'copied as shown: ' + JSON.stringify(summary.copy));
    await page.evaluate(() => { navigator.clipboard.writeText = () => Promise.reject(new Error('refused')); });
    await page.click('#table h3:nth-of-type(1) button');
    await page.waitForSelector('#nodesTsv', { timeout: 3000 });
    summary.copy.refused = await page.evaluate(() => { const box = document.getElementById('nodesTsv');
      return { status: document.querySelector('#table h3:nth-of-type(1) [role=status]').textContent, focused: document.activeElement === box,
        selected: box.selectionEnd - box.selectionStart === box.value.length, lines: box.value.split('\n'),
        shown: [...document.querySelectorAll('#nodesTable tr')].map(r => [...r.cells].map(c => c.textContent.replace(/ [\u25b2\u25bc]$/, '')).join('\t')) }; });
    check(JSON.stringify(summary.copy.refused.lines) === JSON.stringify(summary.copy.refused.shown), 'offered as shown: ' + JSON.stringify(summary.copy.refused));
    await shot(page, '08-table-copy', false);
    await page.focus('#search');
    await page.keyboard.press('Escape');
    summary.copy.cleared = await page.evaluate(() => document.querySelectorAll('#edgesTable tr').length - 1);
    await page.click('#view');
    // The search in the table view centred the network on KLRK1; Fit brings every shown element back into the view.
    await page.click('#fit');
    summary.exports = await page.evaluate(() => {
      const svg = new DOMParser().parseFromString(window.senescope.svgText(), 'image/svg+xml');
      return { png: window.senescope.pngUrl().startsWith('data:image/png;base64,'), svgError: svg.querySelector('parsererror') !== null,
        svgLines: svg.querySelectorAll('polyline').length, svgNodes: svg.querySelectorAll('g').length };
    });
    check(summary.exports.png && !summary.exports.svgError && summary.exports.svgLines > 0, 'exports: ' + JSON.stringify(summary.exports));

    // The other filters, one at a time from everything shown: negative findings (unticked), one seed, one species, one
    // module. Each shows exactly the edges (and nodes) it should, and the legend counts what is shown.
    await page.click('#evidenceFilter input[value="hypothesis"]');
    const state = () => page.evaluate(() => {
      const { cy } = window.senescope;
      const shown = e => e.style('display') !== 'none';
      const seed = document.getElementById('seedFilter'); const species = document.getElementById('speciesFilter');
      const module = document.getElementById('moduleFilter');
      const boxes = [...document.querySelectorAll('#evidenceFilter input')];
      const want = e => { const d = e.data(); const n = d.evidence;
        return boxes.some(b => b.checked && b.value === d.evidenceLevel)
          && (seed.value === '' || n.some(ev => seed.value === '-' ? !ev.seed : ev.seed === seed.value))
          && (species.value === '' || n.some(ev => ev.species === species.value))
          && [e.source(), e.target()].every(v => module.value === '' || (v.data('inModules') || []).includes(module.value)); };
      return { seed: seed.selectedOptions[0].textContent, species: species.value, module: module.value,
        edges: cy.edges().filter(shown).length, nodes: cy.nodes().filter(shown).length,
        outOfView: cy.nodes().filter(shown).filter(n => { const b = n.renderedBoundingBox();
          return b.x1 < 0 || b.y1 < 0 || b.x2 > cy.width() || b.y2 > cy.height(); }).map(n => n.id()),
        wrong: cy.edges().filter(e => shown(e) !== want(e)).length,
        legend: Object.fromEntries([...document.querySelectorAll('#legend [data-level]')].map(d => [d.dataset.level
          + (d.classList.contains('off') ? ' (off)' : ''), d.querySelector('.count').textContent])) };
    });
    summary.filters = { all: await state() };
    await page.click('#evidenceFilter input[value="negative finding"]');
    summary.filters.noNegative = await state();
    await page.click('#evidenceFilter input[value="negative finding"]');
    for (const [id, key] of [['seedFilter', 'seed'], ['speciesFilter', 'species'], ['moduleFilter', 'module']]) {
      const value = await page.$eval('#' + id, s => s.options[1].value);
      await page.select('#' + id, value);
      summary.filters[key] = await state();
      if (key === 'module') await shot(page, '09-filter-module', false);
      await page.select('#' + id, '');
    }
    summary.filters.reset = await state();
    for (const [k, f] of Object.entries(summary.filters)) check(f.wrong === 0, 'filter ' + k + ': ' + JSON.stringify(f));
    check(summary.filters.module.outOfView.length === 0, 'a module\'s nodes in view: ' + JSON.stringify(summary.filters.module));

    // Keyboard: Tab from the search box reaches every control in order, each named for a screen reader; in the table
    // view also the copy buttons and the column heads (sorted by Enter).
    const tabOrder = async () => {
      await page.focus('#search');
      const seen = [];
      for (let i = 0; i < 80; i++) {
        const f = await page.evaluate(() => { const e = document.activeElement;
          if (!e || e === document.body) return null;
          return e.tagName.toLowerCase() + ': ' + (e.getAttribute('aria-label') || e.textContent.trim()); });
        if (f === null || seen.includes(f)) break;
        seen.push(f);
        await page.keyboard.press('Tab');
      }
      return seen;
    };
    summary.tab = { network: await tabOrder() };
    await page.click('#view');
    summary.tab.table = await tabOrder();
    await page.focus('#nodesTable th:nth-child(2)');
    await page.keyboard.press('Enter');
    summary.tab.sortedByEnter = await page.$eval('#nodesTable th:nth-child(2)', th => th.getAttribute('aria-sort'));
    await page.click('#view');

    // Every control has a name a screen reader can read.
    summary.unnamed = await page.evaluate(() => [...document.querySelectorAll('#tools input, #tools select, #tools button')]
      .filter(c => !c.getAttribute('aria-label')).map(c => c.outerHTML));
    check(summary.unnamed.length === 0, 'controls without a label: ' + summary.unnamed);
  } finally {
    await browser.close();
  }
  summary.outside = outside;
  summary.errors = errors;
  check(outside.length === 0, 'requests that left the file: ' + outside);
  check(errors.length === 0, 'console errors: ' + errors);
  process.stdout.write(JSON.stringify(summary, null, 1) + '\n');
}

main().catch(e => { process.stderr.write(String(e && e.stack || e) + '\n'); process.exit(1); });
