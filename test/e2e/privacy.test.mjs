/**
 * Privacy, end to end: a visitor opens the demo, opens and closes every
 * promise, presses every other button, follows a deep link and switches the
 * language, while every request, response and storage write is recorded.
 *
 *   npm run build && npm run test:e2e      (node --test test/e2e/)
 *
 * The widget may request only its feed, from the page's own origin; the
 * page itself loads its own script and CSS. No cookies are set or sent, and
 * nothing is written to localStorage, document.cookie, IndexedDB, the Cache
 * API, a service worker or a beacon. sessionStorage holds only the
 * documented remembered state (which promises are open, per tab), and
 * nothing at all with `remember="off"`.
 */
import assert from 'node:assert/strict';
import {after, describe, test} from 'node:test';
import {serveAndLaunch, widgetsSettled} from './harness.mjs';

const contexts = [];

const e2e = serveAndLaunch();
after(async () => {
  await Promise.all(contexts.map((context) => context.close().catch(() => {})));
});

/**
 * Runs in the page before its scripts: records every write to a store that
 * could track a visitor. Reads the DOM only; no HTML sinks (Trusted Types).
 */
function recordStorage() {
  const log = [];
  Object.defineProperty(window, '__privacyLog', {value: log});
  const wrap = (proto, name, label) => {
    const original = proto?.[name];
    if (typeof original !== 'function') return;
    proto[name] = function (...args) {
      log.push(`${label(this)}.${name}(${args.map((a) => String(a)).join(', ')})`);
      return original.apply(this, args);
    };
  };
  const storageName = (storage) => (storage === window.localStorage ? 'localStorage' : 'sessionStorage');
  for (const name of ['setItem', 'removeItem', 'clear']) wrap(Storage.prototype, name, storageName);
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  Object.defineProperty(Document.prototype, 'cookie', {
    configurable: true,
    get() {
      return cookie.get.call(this);
    },
    set(value) {
      log.push(`document.cookie = ${value}`);
      cookie.set.call(this, value);
    },
  });
  wrap(globalThis.IDBFactory?.prototype, 'open', () => 'indexedDB');
  wrap(globalThis.CacheStorage?.prototype, 'open', () => 'caches');
  wrap(globalThis.ServiceWorkerContainer?.prototype, 'register', () => 'navigator.serviceWorker');
  wrap(Navigator.prototype, 'sendBeacon', () => 'navigator');
}

/** Runs in the page before its scripts: every widget gets `remember="off"` as it is parsed. */
function rememberOff() {
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeName === 'MEDBORGAR-LOFTEN') node.setAttribute('remember', 'off');
      }
    }
  }).observe(document, {childList: true, subtree: true});
}

/** Opens `path` in a fresh context that records everything; `cookies` are set on the origin first. */
async function open(path, {cookies = [], remember = true} = {}) {
  const context = await e2e.browser.newContext();
  contexts.push(context);
  if (cookies.length) await context.addCookies(cookies.map((c) => ({...c, url: e2e.server.origin})));
  const page = await context.newPage();
  const requests = [];
  const responses = [];
  const sockets = [];
  context.on('request', (request) => requests.push(request));
  context.on('response', (response) => responses.push(response));
  page.on('websocket', (socket) => sockets.push(socket.url()));
  await page.addInitScript(recordStorage);
  if (!remember) await page.addInitScript(rememberOff);
  await page.goto(`${e2e.server.origin}${path}`);
  await waitLoaded(page);
  return {context, page, requests, responses, sockets};
}

function waitLoaded(page) {
  return page.waitForFunction(
    () => {
      const widgets = [...document.querySelectorAll('medborgar-loften')];
      return widgets.length > 0 && widgets.every((w) => w.getAttribute('status') === 'loaded');
    },
    undefined,
    {timeout: 10_000}
  );
}

/** Everything a visitor can do: every toggle, every other button, a deep link, the other language. */
async function exercise(page) {
  const toggles = page.locator('medborgar-loften [part~="toggle"]');
  const count = await toggles.count();
  assert.ok(count > 0, 'the widget shows promises');
  for (let i = 0; i < count; i++) await toggles.nth(i).click();
  const buttons = page.locator('medborgar-loften button:not([part~="toggle"])');
  for (let i = 0; i < (await buttons.count()); i++) {
    if (await buttons.nth(i).isVisible()) await buttons.nth(i).click();
  }
  const fragment = await page.evaluate(() => {
    const widget = document.querySelector('medborgar-loften');
    return (widget.shadowRoot ?? widget).querySelector('[part~="promise"]')?.id;
  });
  if (fragment) await page.evaluate((id) => (location.hash = `#${id}`), fragment);
  const english = page.locator('input[name="lang"][value="en"]');
  if (await english.count()) await english.check();
  else await page.evaluate(() => (document.documentElement.lang = 'en'));
  await page.waitForFunction(() => {
    const widget = document.querySelector('medborgar-loften');
    return (widget.shadowRoot ?? widget).querySelector('[part~="base"]')?.getAttribute('lang')?.startsWith('en');
  });
  for (let i = 0; i < count; i++) await toggles.nth(i).click();
  // Let anything deferred (the fill, a write after an update, an idle callback) happen before the records are read.
  await widgetsSettled(page);
  return count;
}

/** What the page wrote to storage, and what is left there. */
function storageState(page) {
  return page.evaluate(() => ({
    log: [...window.__privacyLog],
    localStorage: localStorage.length,
    sessionStorage: sessionStorage.length,
    cookie: document.cookie,
  }));
}

/** The documented remembered state: `sessionStorage["medborgar-loften:" + feed URL]` = open section ids. */
function isRememberedState(entry, origin, feeds) {
  const match = /^sessionStorage\.(setItem|removeItem)\(medborgar-loften:([^,]+?)(?:, (.*))?\)$/.exec(entry);
  if (!match || !feeds.some((feed) => match[2] === `${origin}${feed}`)) return false;
  if (match[1] === 'removeItem') return match[3] === undefined;
  const ids = JSON.parse(match[3]);
  return Array.isArray(ids) && ids.every((id) => typeof id === 'string' && /^medborgarloften-[a-z0-9-]+\/[a-z0-9-]+$/.test(id));
}

const PAGES = [
  ['/demo/index.html', ['/demo/feeds/stromsund.json']],
  ['/demo/exempelby.html', ['/demo/feeds/exempelby.json']],
  // Two widgets (shadow and light DOM), under the strict CSP.
  ['/demo/strict-csp.html', ['/demo/feeds/stromsund.json', '/demo/feeds/exempelby.json']],
];

describe('privacy over the demo pages', () => {
  for (const [path, feeds] of PAGES) {
    test(`${path}: only its own origin, one request per feed, no cookies, no storage but the remembered state`, async () => {
      const {context, page, requests, responses, sockets} = await open(path);
      const toggled = await exercise(page);

      const origin = new URL(e2e.server.origin).origin;
      const summary = requests.map((r) => `${r.resourceType()} ${new URL(r.url()).pathname}`);
      for (const request of requests) {
        assert.equal(new URL(request.url()).origin, origin, `request to another origin: ${request.url()}`);
        assert.ok(
          ['document', 'stylesheet', 'script', 'fetch'].includes(request.resourceType()) ||
            new URL(request.url()).pathname === '/favicon.ico',
          `unexpected kind of request: ${request.resourceType()} ${request.url()}`
        );
        const headers = await request.allHeaders();
        assert.equal(headers['cookie'], undefined, `Cookie header on ${request.url()}`);
      }
      const fetches = requests.filter((r) => ['fetch', 'xhr'].includes(r.resourceType()));
      assert.deepEqual(
        fetches.map((r) => new URL(r.url()).pathname).sort(),
        [...feeds].sort(),
        `the widgets fetch their feeds once each, and nothing else (after ${toggled} toggles and a language switch)`
      );
      for (const request of fetches) assert.equal(request.method(), 'GET');
      for (const response of responses) {
        const headers = await response.allHeaders();
        assert.equal(headers['set-cookie'], undefined, `Set-Cookie on ${response.url()}`);
      }
      assert.deepEqual(sockets, [], 'WebSockets');
      assert.deepEqual(await context.cookies(), [], 'cookies in the browser');
      const storage = await storageState(page);
      const other = storage.log.filter((entry) => !isRememberedState(entry, origin, feeds));
      assert.deepEqual(other, [], 'writes to localStorage, cookies, IndexedDB, caches, service workers or beacons');
      assert.equal(storage.localStorage, 0, 'localStorage entries');
      assert.ok(storage.sessionStorage <= feeds.length, 'sessionStorage: at most one entry per widget');
      assert.equal(storage.cookie, '', 'document.cookie');
      console.log(
        `# ${path}: ${requests.length} requests, all to ${origin}: ${summary.join(', ')}; ` +
          `${storage.log.length} sessionStorage writes of the remembered state`
      );
    });
  }

  test('with remember="off": nothing at all in sessionStorage', async () => {
    const {page} = await open('/demo/index.html', {remember: false});
    assert.equal(await page.locator('medborgar-loften').getAttribute('remember'), 'off');
    await exercise(page);
    const storage = await storageState(page);
    assert.deepEqual(storage.log, [], 'storage writes');
    assert.equal(storage.sessionStorage, 0, 'sessionStorage entries');
    assert.equal(storage.localStorage, 0, 'localStorage entries');
  });

  // By default the widget remembers open sections for the tab (issue 4, as
  // GOV.UK does); the test above allows exactly that: one sessionStorage
  // entry per widget, keyed "medborgar-loften:<feed URL>", holding ids.

  test("the host site's own cookie is not sent with the feed request (credentials: 'omit')", async () => {
    const {requests} = await open('/demo/index.html', {cookies: [{name: 'host-session', value: 'secret'}]});
    const documentRequest = requests.find((r) => r.resourceType() === 'document');
    assert.match((await documentRequest.allHeaders())['cookie'] ?? '', /host-session=secret/, 'the page itself sends it');
    const feed = requests.find((r) => r.url().endsWith('/demo/feeds/stromsund.json'));
    assert.ok(feed, 'the feed was requested');
    assert.equal((await feed.allHeaders())['cookie'], undefined, 'Cookie header on the feed request');
  });
});
