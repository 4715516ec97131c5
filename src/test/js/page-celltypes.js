// Drives Debian's Chromium over the interactive page that sc-overlay writes: a reader clicks a gene node (CCL5) and a
// family (NKG2D ligands) and the side panel shows the per-cell-type table; the legend names the types.
// Usage: node page-celltypes.js PAGE.html SHOT_DIR [FIGURE_DIR]. Prints a JSON summary (the tables as shown, cell by
// cell, for PageBrowserIT to compare with cell-type-expression.tsv); exits 1 with the failed check.
'use strict';
const fs = require('fs');
const path = require('path');
const { launch } = require('./chromium.js');

const [pagePath, shotDir, figureDir] = process.argv.slice(2);

function check(condition, message) {
  if (!condition) throw new Error(message);
}

/** Centres node {@code id} by searching for it and clicks it with the mouse; the panel's title and tables. */
async function open(page, id, query) {
  await page.click('#search', { clickCount: 3 });
  await page.keyboard.type(query);
  const p = await page.evaluate((id) => {
    const { cy } = window.senescope;
    const box = cy.container().getBoundingClientRect();
    const r = cy.getElementById(id).renderedPosition();
    return { x: box.left + r.x, y: box.top + r.y };
  }, id);
  await page.mouse.click(p.x, p.y);
  return page.evaluate(() => ({
    title: document.querySelector('#info h2').textContent,
    head: [...document.querySelectorAll('#cellTypes tr:first-child th')].map(c => c.textContent),
    rows: [...document.querySelectorAll('#cellTypes tr')].slice(1).map(r => [...r.cells].map(c => c.textContent)),
    notes: [...document.querySelectorAll('#info p.meta')].map(p => p.textContent) }));
}

async function main() {
  fs.mkdirSync(shotDir, { recursive: true });
  const { browser, page, outside, errors } = await launch();
  const summary = {};
  try {
    await page.goto('file://' + path.resolve(pagePath), { waitUntil: 'load' });
    await page.waitForFunction(() => window.senescope !== undefined);
    summary.legend = await page.$$eval('#cellTypeLegend div', d => d.map(e => e.textContent));
    summary.ccl5 = await open(page, 'CCL5', 'CCL5');
    check(summary.ccl5.rows.length > 0, 'CCL5 panel: ' + JSON.stringify(summary.ccl5));
    const file = path.join(shotDir, 'page-10-cell-types-CCL5.png');
    await page.screenshot({ path: file });
    if (figureDir) fs.copyFileSync(file, path.join(figureDir, 'page-10-cell-types-CCL5.png'));
    summary.family = await open(page, 'NKG2D_ligands', 'NKG2D ligands');
    summary.unmeasured = await open(page, 'nk_cell', 'NK cell');
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
