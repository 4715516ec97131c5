// Launches Debian's Chromium (CHROMIUM, else /usr/bin/chromium) headless with puppeteer-core, in a fresh profile,
// with every request that is not file: or data: refused and recorded, and console errors recorded.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const puppeteer = require('puppeteer-core');

async function launch() {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'senescope-chromium-'));
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--user-data-dir=' + profile],
  });
  const page = await browser.newPage();
  await page.setViewport({ width: 1400, height: 900 });
  const outside = [];
  const errors = [];
  await page.setRequestInterception(true);
  page.on('request', r => {
    const url = r.url();
    if (url.startsWith('file:') || url.startsWith('data:')) {
      r.continue();
    } else {
      outside.push(url);
      r.abort();
    }
  });
  page.on('console', m => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', e => errors.push(String(e)));
  const close = browser.close.bind(browser);
  browser.close = async () => { await close(); fs.rmSync(profile, { recursive: true, force: true }); };
  return { browser, page, outside, errors };
}

module.exports = { launch };
