// Benchmark, not a test: opens a page in Debian's headless Chromium (puppeteer-core) and reports the first render
// (navigation start to the first frame drawn after the page's script ran), search times (the search call and the
// frame that shows its hits) and the time from the first key of "no effect" typed at 60 ms a key to its hits shown,
// as JSON. Usage: node page-bench.js PAGE.html [RUNS]
'use strict';
const path = require('path');
const { launch } = require('./chromium.js');

const [pagePath, runsArg] = process.argv.slice(2);
const runs = Number(runsArg || 5);
const median = xs => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function once() {
  const { browser, page, outside, errors } = await launch();
  try {
    await page.goto('file://' + path.resolve(pagePath), { waitUntil: 'load', timeout: 120000 });
    const render = await page.evaluate(() => new Promise(done =>
      requestAnimationFrame(() => requestAnimationFrame(() => done(performance.now())))));
    const searches = {};
    for (const q of ['GENE1234', 'process number 77', 'no effect']) {
      searches[q] = await page.evaluate((q) => new Promise(done => {
        const t0 = performance.now();
        const hits = window.senescope.search(q).length;
        requestAnimationFrame(() => done({ ms: performance.now() - t0, hits }));
      }), q);
    }
    // Typing: "no effect" typed at one key per 60 ms into the search box, until its 2,469 edge hits are counted.
    await page.evaluate(() => window.senescope.search(''));
    await page.click('#search', { clickCount: 3 });
    const typed0 = Date.now();
    await page.keyboard.type('no effect', { delay: 60 });
    await page.waitForFunction(() => / 2469 edges match/.test(document.getElementById('hits').textContent), { timeout: 60000 });
    const typed = Date.now() - typed0;
    const size = await page.evaluate(() => [window.senescope.cy.nodes().length, window.senescope.cy.edges().length]);
    return { render, searches, typed, size, outside, errors };
  } finally {
    await browser.close();
  }
}

(async () => {
  const all = [];
  for (let i = 0; i < runs; i++) all.push(await once());
  const out = { nodes: all[0].size[0], edges: all[0].size[1], firstRenderMs: all.map(r => Math.round(r.render)),
    medianFirstRenderMs: Math.round(median(all.map(r => r.render))), search: {} };
  for (const q of Object.keys(all[0].searches)) {
    out.search[q] = { hits: all[0].searches[q].hits, medianMs: Math.round(median(all.map(r => r.searches[q].ms)) * 10) / 10 };
  }
  out.typedNoEffectMs = all.map(r => r.typed);
  out.medianTypedNoEffectMs = median(all.map(r => r.typed));
  out.outside = all.flatMap(r => r.outside);
  out.errors = all.flatMap(r => r.errors);
  process.stdout.write(JSON.stringify(out, null, 1) + '\n');
})().catch(e => { process.stderr.write(String(e && e.stack || e) + '\n'); process.exit(1); });
