// Benchmark aid, not a test: opens a page once in Debian's headless Chromium (puppeteer-core) and prints, as JSON, the
// first render's wall time (as page-bench.js measures it) beside the CPU time Chromium counted for it: ProcessTime
// (the renderer process, every thread) and the main thread's task, script and compile durations in thread time
// (Performance metrics with timeDomain 'threadTicks'), which a loaded machine does not inflate as it does wall time.
// Usage: node page-cpu.js PAGE.html
'use strict';
const path = require('path');
const { launch } = require('./chromium.js');
(async () => {
  const { browser, page } = await launch();
  const cdp = await page.target().createCDPSession();
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const m0 = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map(m => [m.name, m.value]));
  await page.goto('file://' + path.resolve(process.argv[2]), { waitUntil: 'load', timeout: 120000 });
  const render = await page.evaluate(() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(() => done(performance.now())))));
  const m = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map(m => [m.name, m.value]));
  const keys = ['ProcessTime', 'TaskDuration', 'ScriptDuration', 'LayoutDuration', 'RecalcStyleDuration', 'TaskOtherDuration', 'V8CompileDuration'];
  console.log(JSON.stringify({ render: Math.round(render), ...Object.fromEntries(keys.filter(k => k in m).map(k => [k, Math.round((m[k] - (m0[k] || 0)) * 1000)])) }));
  await browser.close();
})();
