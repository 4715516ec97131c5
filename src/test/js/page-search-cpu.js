// Benchmark aid, not a test: opens a page once in Debian's headless Chromium (puppeteer-core), then searches each query
// REPS times (cleared between) and prints, as JSON, the main thread's task time in thread time (Performance metrics
// with timeDomain 'threadTicks', which a loaded machine does not inflate as it does wall time) from the search call to
// the end of the frame that shows its hits, beside the wall time of the same span. The same span around an empty frame
// is measured too ("idle"), the cost of the measuring itself.
// Usage: node page-search-cpu.js PAGE.html [REPS]
'use strict';
const path = require('path');
const { launch } = require('./chromium.js');

const median = xs => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

(async () => {
  const reps = Number(process.argv[3] || 7);
  const { browser, page, errors } = await launch();
  try {
    const cdp = await page.target().createCDPSession();
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const task = async () => (await cdp.send('Performance.getMetrics')).metrics.find(m => m.name === 'TaskDuration').value;
    await page.goto('file://' + path.resolve(process.argv[2]), { waitUntil: 'load', timeout: 120000 });
    const settle = () => page.evaluate(() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 300)))));
    await settle();
    // One span: the call (or nothing), the next frame, then a task after it, so that the frame's drawing is counted.
    const span = (q) => page.evaluate((q) => new Promise(done => {
      const t0 = performance.now();
      const hits = q === null ? 0 : window.senescope.search(q).length;
      requestAnimationFrame(() => setTimeout(() => done({ wall: performance.now() - t0, hits }), 0));
    }), q);
    const out = {};
    for (const q of [null, 'GENE1234', 'process number 77', 'no effect']) {
      const cpu = []; const wall = []; let hits = 0;
      for (let i = 0; i < reps; i++) {
        await page.evaluate(() => window.senescope.search(''));
        await settle();
        const before = await task();
        const r = await span(q);
        cpu.push((await task() - before) * 1000); wall.push(r.wall); hits = r.hits;
      }
      out[q === null ? 'idle' : q] = { hits, medianMainThreadMs: Math.round(median(cpu) * 10) / 10,
        mainThreadMs: cpu.map(v => Math.round(v)), medianWallMs: Math.round(median(wall) * 10) / 10 };
    }
    out.errors = errors;
    process.stdout.write(JSON.stringify(out) + '\n');
  } finally {
    await browser.close();
  }
})().catch(e => { process.stderr.write(String(e && e.stack || e) + '\n'); process.exit(1); });
