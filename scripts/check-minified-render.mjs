/**
 * Checks that the build's size reductions (the literal minification of
 * scripts/rollup-minify-literals.mjs, and any terser options) change bytes only,
 * never what a visitor gets: builds the bundle twice from lib/, as configured
 * and as before them (no literal minification, terser with passes: 2), and
 * renders the demo pages with each in headless Chromium, in Swedish and
 * English, closed and with every promise open, plus the error state.
 * Compares full-page screenshots pixel for pixel, the widgets' rendered text
 * (innerText) and their accessibility tree.
 *
 *   npm run build && node scripts/check-minified-render.mjs
 *
 * Exit 1 on any difference (and the screenshots are left in bench/results/).
 */
import {chromium} from 'playwright-core';
import {createServer} from 'node:http';
import {existsSync, mkdirSync, readFileSync, statSync, writeFileSync} from 'node:fs';
import {extname, join, normalize} from 'node:path';
import {fileURLToPath} from 'node:url';
import {rollup} from 'rollup';
import terser from '@rollup/plugin-terser';
import config from '../rollup.config.mjs';
import {browserArgs, findBrowser} from './browser.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TYPES = {'.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json'};

/**
 * The build as configured, or the build before the size work: no literal
 * minification and terser with its former options.
 */
async function build(asConfigured) {
  const plugins = config.plugins
    .filter((plugin) => plugin && plugin.name !== 'report-size' && (asConfigured || plugin.name !== 'minify-literals'))
    .map((plugin) =>
      asConfigured || plugin.name !== 'terser'
        ? plugin
        : terser({ecma: 2021, module: true, compress: {passes: 2}, format: {comments: false}})
    );
  const bundle = await rollup({...config, plugins});
  const {output} = await bundle.generate(config.output);
  await bundle.close();
  return Buffer.from(output[0].code);
}

/** The project folder, with /dist/medborgar-loften.js taken from memory, and one broken page. */
function serve(bundle) {
  const brokenPage = `<!doctype html><html lang="sv"><head><meta charset="utf-8"><script type="module" src="/dist/medborgar-loften.js"></script></head>
<body><medborgar-loften><script type="application/json">{"format": "medborgar-loften/1", "periods": "nope"}</script><p>Fallback</p></medborgar-loften></body></html>`;
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    if (path === '/dist/medborgar-loften.js') {
      response.writeHead(200, {'content-type': 'text/javascript'});
      return response.end(bundle);
    }
    if (path === '/broken.html') {
      response.writeHead(200, {'content-type': 'text/html; charset=utf-8'});
      return response.end(brokenPage);
    }
    const file = normalize(join(ROOT, path));
    if (!file.startsWith(ROOT) || !existsSync(file) || statSync(file).isDirectory()) {
      response.writeHead(404);
      return response.end();
    }
    response.writeHead(200, {'content-type': `${TYPES[extname(file)] ?? 'application/octet-stream'}; charset=utf-8`});
    response.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({server, origin: `http://127.0.0.1:${server.address().port}`})));
}

const PAGES = ['/demo/index.html', '/demo/exempelby.html'];

async function capture(browser, origin) {
  const shots = [];
  const states = [];
  for (const path of PAGES) {
    for (const lang of ['sv', 'en']) {
      for (const open of [false, true]) states.push({path, lang, open});
    }
  }
  states.push({path: '/broken.html', lang: 'sv', open: false});
  for (const state of states) {
    const context = await browser.newContext({viewport: {width: 1000, height: 800}, deviceScaleFactor: 1, reducedMotion: 'reduce'});
    const page = await context.newPage();
    await page.goto(origin + state.path);
    await page.waitForFunction(() => {
      const widgets = [...document.querySelectorAll('medborgar-loften')];
      return widgets.length > 0 && widgets.every((w) => w.status === 'loaded' || w.status === 'error');
    });
    await page.evaluate(async ({lang, open}) => {
      document.documentElement.lang = lang;
      const widgets = [...document.querySelectorAll('medborgar-loften')];
      await new Promise((resolve) => setTimeout(resolve, 0));
      await Promise.all(widgets.map((w) => w.contentComplete ?? w.updateComplete));
      if (open) {
        for (const w of widgets) for (const button of w.shadowRoot.querySelectorAll('button.toggle[aria-expanded="false"]')) button.click();
        await Promise.all(widgets.map((w) => w.updateComplete));
      }
      await document.fonts.ready;
    }, state);
    const name = `${state.path.replace(/\W+/g, '_')}-${state.lang}${state.open ? '-open' : ''}`;
    const screenshot = await page.screenshot({fullPage: true, animations: 'disabled'});
    const text = await page.evaluate(() => [...document.querySelectorAll('medborgar-loften')].map((w) => [...w.shadowRoot.children].map((child) => child.innerText ?? '').join('\n')).join('\n---\n'));
    const aria = await page.locator('medborgar-loften').first().ariaSnapshot();
    shots.push({name, screenshot, text, aria});
    await context.close();
  }
  return shots;
}

const plain = await build(false);
const minified = await build(true);
console.log(`Bundle as before the size work: ${plain.length} B; as configured: ${minified.length} B.`);

const browser = await chromium.launch({executablePath: findBrowser(), args: browserArgs(), headless: true});
const results = [];
try {
  for (const bundle of [plain, minified]) {
    const {server, origin} = await serve(bundle);
    try {
      results.push(await capture(browser, origin));
    } finally {
      server.close();
    }
  }
} finally {
  await browser.close();
}

const [before, after] = results;
let differences = 0;
for (let i = 0; i < before.length; i++) {
  const a = before[i];
  const b = after[i];
  const problems = [];
  if (!a.text.trim() || !a.aria.trim()) problems.push('nothing rendered');
  if (!a.screenshot.equals(b.screenshot)) problems.push('screenshot');
  if (a.text !== b.text) problems.push('text');
  if (a.aria !== b.aria) problems.push('accessibility tree');
  if (problems.length) {
    differences++;
    const dir = join(ROOT, 'bench/results');
    mkdirSync(dir, {recursive: true});
    writeFileSync(join(dir, `${a.name}-plain.png`), a.screenshot);
    writeFileSync(join(dir, `${a.name}-minified.png`), b.screenshot);
  }
  console.log(`${problems.length ? 'DIFFERENT' : 'same     '} ${a.name}${problems.length ? `: ${problems.join(', ')}` : ''} (${a.text.length} characters of text, ${a.aria.split('\n').length} lines of accessibility tree)`);
}
if (differences) {
  console.error(`\n${differences} of ${before.length} states render differently (screenshots in bench/results/).`);
  process.exit(1);
}
console.log(`\nAll ${before.length} states render identically with the bundle as configured and as before the size work.`);
