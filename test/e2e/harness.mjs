/**
 * What the end-to-end tests share: a tiny static server over the repository
 * (with the demo's CSP from scripts/csp.mjs), the project's Chromium through
 * playwright-core, and helpers that look into widgets in either mode.
 *
 * The pages load the built bundle: run `npm run build` first.
 */
import {existsSync} from 'node:fs';
import {readFile, stat} from 'node:fs/promises';
import {createServer} from 'node:http';
import {extname, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {after, before} from 'node:test';
import {chromium} from 'playwright-core';
import {browserArgs, findBrowser} from '../../scripts/browser.mjs';
import {cspFor} from '../../scripts/csp.mjs';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BUNDLE = resolve(ROOT, 'dist/medborgar-loften.js');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

/** Throws a helpful error when the bundle the demo pages load is missing. */
export function requireBuild() {
  if (!existsSync(BUNDLE)) throw new Error('dist/medborgar-loften.js is missing: run `npm run build` before `npm run test:e2e`.');
}

/**
 * Serves the repository root on 127.0.0.1 (a free port). Counts requests per
 * path in `requests`, so a test can tell how often a feed was fetched.
 */
export async function startServer() {
  const requests = new Map();
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const pathname = decodeURIComponent(url.pathname);
    requests.set(pathname, (requests.get(pathname) ?? 0) + 1);
    const file = resolve(ROOT, '.' + (pathname.endsWith('/') ? pathname + 'index.html' : pathname));
    if (!file.startsWith(ROOT)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if (!(await stat(file)).isFile()) throw new Error('not a file');
      const body = await readFile(file);
      const headers = {'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store'};
      const policy = cspFor(pathname);
      if (policy) headers['Content-Security-Policy'] = policy;
      res.writeHead(200, headers).end(body);
    } catch {
      res.writeHead(404, {'Content-Type': 'text/plain'}).end('Not found');
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const {port} = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((done) => server.close(done)),
  };
}

/**
 * The server and Chromium one test file shares: started (after checking the
 * build) before its tests, closed after them. Read `.server` and `.browser`
 * inside the tests.
 */
export function serveAndLaunch() {
  const shared = {
    /** @type {Awaited<ReturnType<typeof startServer>>} */ server: undefined,
    /** @type {import('playwright-core').Browser} */ browser: undefined,
  };
  before(async () => {
    requireBuild();
    shared.server = await startServer();
    shared.browser = await launchBrowser();
  });
  after(async () => {
    await shared.browser?.close();
    await shared.server?.close();
  });
  return shared;
}

export function launchBrowser() {
  return chromium.launch({executablePath: findBrowser(), headless: true, args: browserArgs()});
}

/**
 * Page-side helpers, installed before any page script runs. They only read
 * the DOM (no HTML sinks), so they are harmless under Trusted Types.
 * `root(w)` is a widget's rendering root: its shadow root, or the element
 * itself in light-DOM mode.
 */
function pageHelpers() {
  const root = (widget) => widget.shadowRoot ?? widget;
  const widgets = () => [...document.querySelectorAll('medborgar-loften')];
  const toggles = (widget) => [...root(widget).querySelectorAll('[part~="toggle"]')];
  // Every CSP violation, recorded from the start (test/e2e: violationsBefore).
  const violations = [];
  document.addEventListener('securitypolicyviolation', (event) => violations.push(event), true);
  window.__e2e = {
    root,
    widgets,
    toggles,
    violations,
    loaded: (count = 1) => {
      const done = widgets().filter((w) => w.getAttribute('status') === 'loaded' && toggles(w).length > 0);
      return done.length >= count && widgets().every((w) => w.getAttribute('status') !== 'loading');
    },
    openAll: () => {
      for (const widget of widgets()) {
        for (const toggle of toggles(widget)) if (toggle.getAttribute('aria-expanded') !== 'true') toggle.click();
      }
    },
    /** The focused element, through shadow roots. */
    deepActive: () => {
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      return active;
    },
  };
}

/** A new page (in its own context) with the helpers and a record of errors and console messages. */
export async function openPage(browser, options = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  await page.addInitScript(pageHelpers);
  const console = [];
  const errors = [];
  page.on('console', (message) => console.push({type: message.type(), text: message.text()}));
  page.on('pageerror', (error) => errors.push(String(error)));
  return {page, context, console, errors};
}

/** The address the CSP probe asks for; no page ever loads it. */
export const CSP_PROBE = 'https://csp-probe.invalid/probe.png';

/**
 * The CSP violations reported so far, as "directive blockedURI". Makes one
 * violation of its own (an image from another origin, which
 * `default-src 'self'` refuses) and waits until it is reported: reports
 * arrive in order, so every earlier one is in by then. The probe's own
 * report is not returned.
 */
export async function violationsBefore(page) {
  return page.evaluate(async (probe) => {
    const {violations} = window.__e2e;
    const image = new Image();
    image.src = probe;
    while (!violations.some((event) => event.blockedURI === probe)) {
      await new Promise((resolve) => document.addEventListener('securitypolicyviolation', resolve, {once: true, capture: true}));
    }
    const before = violations.slice(0, violations.findIndex((event) => event.blockedURI === probe));
    return before.map((event) => `${event.effectiveDirective} ${event.blockedURI} ${event.sample}`.trim());
  }, CSP_PROBE);
}

/** Waits until every widget on the page has its content complete, then until the page is idle. */
export async function widgetsSettled(page) {
  await page.evaluate(async () => {
    await Promise.all([...document.querySelectorAll('medborgar-loften')].map((widget) => widget.contentComplete));
    await new Promise((resolve) => requestIdleCallback(resolve));
  });
}

/**
 * Checks in the page that what `visit` emulated applies: the viewport's width
 * and the media features. Throws when an emulation was dropped.
 */
export async function expectEmulation(page, {viewport, media} = {}) {
  const seen = await page.evaluate(
    ({viewport, media}) => {
      const queries = [];
      if (media?.media) queries.push(media.media);
      if (media?.forcedColors) queries.push(`(forced-colors: ${media.forcedColors})`);
      if (media?.reducedMotion) queries.push(`(prefers-reduced-motion: ${media.reducedMotion})`);
      return {
        width: window.innerWidth,
        unmatched: queries.filter((query) => !matchMedia(query).matches),
        wantedWidth: viewport?.width,
      };
    },
    {viewport, media}
  );
  if (seen.wantedWidth !== undefined && seen.width !== seen.wantedWidth) {
    throw new Error(`The viewport is ${seen.width} CSS px wide, not ${seen.wantedWidth}: the emulation did not apply.`);
  }
  if (seen.unmatched.length) throw new Error(`Media emulation did not apply: ${seen.unmatched.join(', ')} does not match.`);
}

/** Waits until at least `count` widgets have rendered a feed with promises. */
export async function waitForWidgets(page, count = 1, timeout = 10_000) {
  await page.waitForFunction((n) => window.__e2e.loaded(n), count, {timeout});
  // One more frame, so layout has caught up with the last render.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}
