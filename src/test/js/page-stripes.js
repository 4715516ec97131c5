// Drives Debian's Chromium over Senescope's interactive page for a network with several conditions: the drawing's
// layout (no edge through another node, labels inside or beside their nodes, the legend within the window) and the
// heat stripes next to the condition switcher (one cell per condition inside each gene node, as the figure's stripes).
// Usage: node page-stripes.js PAGE.html SHOT_DIR [FIGURE_DIR]. Prints a JSON summary; exits 1 with the failed check.
'use strict';
const fs = require('fs');
const path = require('path');
const { launch } = require('./chromium.js');
const { layoutChecks } = require('./page-layout.js');

const [pagePath, shotDir, figureDir] = process.argv.slice(2);

function check(condition, message) {
  if (!condition) throw new Error(message);
}

/** What the stripes show: per gene node measured as one value, its cells' colours against its fills per condition. */
function stripes() {
  const { cy } = window.senescope;
  const rgb = hex => 'rgb(' + [1, 3, 5].map(i => parseInt(hex.slice(i, i + 2), 16)).join(',') + ')';
  const genes = cy.nodes().filter(n => n.data('values').length > 1 && !n.data('members'));
  const wrong = genes.filter(n => n.style('background-fill') !== 'linear-gradient'
    || n.style('background-gradient-stop-colors') !== n.data('fills').flatMap(c => [rgb(c), rgb(c)]).join(' '))
    .map(n => n.id() + ': ' + n.style('background-fill') + ' ' + n.style('background-gradient-stop-colors'));
  const key = document.getElementById('stripeLegend');
  return { genes: genes.length, striped: cy.nodes('.striped').length, wrong,
    positions: genes.length ? genes[0].style('background-gradient-stop-positions') : '',
    ccl2: cy.getElementById('CCL2').data('fills'), legend: key.hidden ? '' : key.textContent,
    solidElsewhere: cy.nodes().not(genes).filter(n => n.style('background-fill') !== 'solid').length };
}

async function main() {
  fs.mkdirSync(shotDir, { recursive: true });
  const { browser, page, outside, errors } = await launch();
  const summary = {};
  try {
    await page.goto('file://' + path.resolve(pagePath), { waitUntil: 'load' });
    await page.waitForFunction(() => window.senescope !== undefined);
    summary.layout = await layoutChecks(page);
    summary.conditions = await page.$$eval('#condition option', o => o.map(e => e.textContent));
    summary.switcherShown = await page.$eval('#stripesPick', e => !e.hidden && e.getBoundingClientRect().width > 0);
    await page.click('#stripes');
    summary.on = await page.evaluate(stripes);
    check(summary.on.genes > 0 && summary.on.wrong.length === 0, 'heat stripes: ' + JSON.stringify(summary.on));
    const file = path.join(shotDir, 'page-09-heat-stripes.png');
    await page.screenshot({ path: file });
    if (figureDir) fs.copyFileSync(file, path.join(figureDir, 'page-09-heat-stripes.png'));
    await page.click('#stripes');
    summary.off = await page.evaluate(() => ({ striped: window.senescope.cy.nodes('.striped').length,
      gradients: window.senescope.cy.nodes().filter(n => n.style('background-fill') !== 'solid').length,
      legendHidden: document.getElementById('stripeLegend').hidden }));
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
