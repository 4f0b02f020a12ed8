/**
 * The editor file's cost: its size (raw, gzip, brotli, as a server would
 * send it) and its time to interactive, opened from disk (file://) in
 * headless Chromium, as a person double-clicks it: from navigation to the
 * first form field usable.
 *
 *   npm run build && npm run bench:editor        (EDITOR_RUNS=30 by default)
 *
 * Three moments (performance.now() in the page, whose time origin is the
 * navigation), measured in a fresh browser context per run (no cache, no
 * drafts):
 *   - start page: the paste box of the start page exists, is enabled and
 *     takes focus (what a person sees first);
 *   - new feed: from the click on "Skapa ett nytt flöde" until the form's
 *     first field takes focus;
 *   - restored draft: a tab with a draft in storage (a reload), until the
 *     restored form's first field takes focus.
 * The page checks for each on every animation frame, so a figure is exact
 * to within a frame (about 16 ms).
 */
import {chromium} from 'playwright-core';
import {readFileSync} from 'node:fs';
import {resolve} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {brotliCompressSync, constants, gzipSync} from 'node:zlib';
import {browserArgs, findBrowser} from '../scripts/browser.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const FILE = resolve(ROOT, 'dist/editor.html');
const URL_ = pathToFileURL(FILE).href;
const RUNS = Math.max(1, Number(process.env.EDITOR_RUNS ?? 30) || 30);

/** Installed before the page's own script: records when each moment first holds. */
function watch() {
  const found = {};
  window.__editorTimes = found;
  const deep = (root, selector) => {
    const match = root.querySelector(selector);
    if (match) return match;
    for (const element of root.querySelectorAll('*')) {
      if (element.shadowRoot) {
        const inner = deep(element.shadowRoot, selector);
        if (inner) return inner;
      }
    }
    return null;
  };
  const usable = (element) => {
    if (!element || element.disabled) return false;
    element.focus();
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active === element;
  };
  document.addEventListener('click', () => (found.clicked ??= performance.now()), true);
  const tick = () => {
    if (found.start === undefined && usable(deep(document, '#paste'))) found.start = performance.now();
    if (found.form === undefined && usable(deep(document, '[data-edit]'))) found.form = performance.now();
    if (found.start === undefined || found.form === undefined) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const spread = (values) => `${Math.round(Math.min(...values))}–${Math.round(Math.max(...values))}`;

const bytes = readFileSync(FILE);
const gzip = gzipSync(bytes, {level: 9}).length;
const brotli = brotliCompressSync(bytes, {params: {[constants.BROTLI_PARAM_QUALITY]: 11}}).length;

const browser = await chromium.launch({executablePath: findBrowser(), headless: true, args: browserArgs()});
const samples = {start: [], newFeed: [], restored: []};
try {
  for (let run = 0; run < RUNS; run++) {
    // The start page, then a new feed.
    let context = await browser.newContext();
    let page = await context.newPage();
    await page.addInitScript(watch);
    await page.goto(URL_);
    await page.waitForFunction(() => window.__editorTimes.start !== undefined);
    await page.getByRole('button', {name: 'Skapa ett nytt flöde'}).click();
    await page.waitForFunction(() => window.__editorTimes.form !== undefined);
    const times = await page.evaluate(() => window.__editorTimes);
    samples.start.push(times.start);
    samples.newFeed.push(times.form - times.clicked);
    // A reload of the same tab: the draft comes back.
    await page.getByRole('textbox', {name: 'Överskrift Svenska', exact: true}).fill('Medborgarlöften');
    await page.locator('.autosave[data-status="saved"]').waitFor();
    await page.reload();
    await page.waitForFunction(() => window.__editorTimes.form !== undefined);
    samples.restored.push(await page.evaluate(() => window.__editorTimes.form));
    await context.close();
  }
} finally {
  await browser.close();
}

const kb = (n) => `${n.toLocaleString('sv-SE')} B (${(n / 1024).toFixed(1)} KB)`;
console.log(`dist/editor.html: ${kb(bytes.length)} raw, ${kb(gzip)} gzip, ${kb(brotli)} brotli`);
console.log(`time to interactive, ${RUNS} runs, median (spread) in ms, from navigation:`);
console.log(`  start page, paste box usable:         ${Math.round(median(samples.start))} (${spread(samples.start)})`);
console.log(`  new feed, click → first field usable:  ${Math.round(median(samples.newFeed))} (${spread(samples.newFeed)})`);
console.log(`  restored draft, first field usable:   ${Math.round(median(samples.restored))} (${spread(samples.restored)})`);
