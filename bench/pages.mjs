/**
 * What the benchmark and the profiler share: the pages (static HTML, the
 * widget with inline JSON, the widget with `src`, for the Strömsund feed and
 * the large synthetic one), the small static server that serves them, and
 * the in-page measurements.
 */
import {createServer} from 'node:http';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {generateLargeFeed} from './generate-large-feed.mjs';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const PAGE_TIMEOUT = 60_000;

// --- pages --------------------------------------------------------------------

const PAGE_CSS = 'body{font-family:system-ui,sans-serif;margin:0 auto;max-width:48em;padding:1em;line-height:1.4}';
const FALLBACK = '<p>Medborgarlöftena visas här när sidan har laddats. <a href="/feeds/stromsund.json">Läs flödet som JSON</a>.</p>';

function page({title, head = '', body}) {
  return `<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${PAGE_CSS}</style>
${head}
</head>
<body>
<main>
<h1>Medborgarlöften i Strömsunds kommun</h1>
${body}
</main>
</body>
</html>
`;
}


/** JSON inside <script>: `<` escaped so `</script>` in a text cannot end it. */
const inlineJson = (text) => `<script type="application/json">${text.replace(/</g, '\\u003c')}</script>`;

function widgetPage(title, attributes, inner = '', script = '/medborgar-loften.js') {
  const head = `<script type="module" src="${script}"></script>`;
  return page({title, head, body: `<medborgar-loften heading-level="2"${attributes}>${inner}${FALLBACK}</medborgar-loften>`});
}

/**
 * The limit: the widget's own rendering as static HTML. The DOM the element
 * renders is serialized once, with its CSS, into a declarative shadow root,
 * so the static page has the same elements, the same styles and the same
 * shadow boundary, and no script at all.
 */
function staticPage(title, snapshot) {
  const attributes = snapshot.hostAttributes.map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('');
  const body = `<medborgar-loften${attributes}><template shadowrootmode="open"><style>${snapshot.css}</style>${snapshot.html}</template>${FALLBACK}</medborgar-loften>`;
  return page({title, body});
}

const escapeAttribute = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

// --- server -------------------------------------------------------------------

export function startServer(routes) {
  const server = createServer((request, response) => {
    const path = new URL(request.url, 'http://localhost').pathname;
    const route = routes.get(path);
    if (!route) {
      response.writeHead(404, {'content-type': 'text/plain'});
      response.end('not found');
      return;
    }
    response.writeHead(200, {'content-type': route.type, 'content-length': route.body.length, 'cache-control': 'no-store'});
    response.end(route.body);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve({server, origin: `http://127.0.0.1:${server.address().port}`}));
  });
}

// --- in-page measurement ------------------------------------------------------

/**
 * Added to widget pages before any of their scripts: marks when the first
 * feed is in the DOM (`medborgar-loften-load`, then `updateComplete`), when
 * it is laid out (a forced layout right after), and the next frame (a rAF,
 * then a task posted from it, which runs after that frame's style, layout
 * and paint).
 */
export const READY_SCRIPT = `addEventListener('medborgar-loften-load', (event) => {
  const el = event.target;
  performance.mark('ml-load-event');
  el.updateComplete.then(() => {
    performance.mark('ml-rendered');
    el.getBoundingClientRect();
    performance.mark('ml-laid-out');
    requestAnimationFrame(() => {
      performance.mark('ml-frame-start');
      const channel = new MessageChannel();
      channel.port1.onmessage = () => performance.mark('ml-ready');
      channel.port2.postMessage(0);
    });
  });
}, {once: true});`;

/** Waits for a page's content: the ready mark (widget) or the load event (static), then two frames. */
export async function settle(page, widget) {
  if (widget) {
    // An observer, not polling: nothing of the harness runs while the page loads.
    await page.evaluate(
      (timeout) =>
        new Promise((resolve, reject) => {
          if (performance.getEntriesByName('ml-ready').length) return resolve();
          const observer = new PerformanceObserver((list) => {
            if (list.getEntriesByName('ml-ready').length) {
              observer.disconnect();
              resolve();
            }
          });
          observer.observe({type: 'mark'});
          setTimeout(() => reject(new Error('the widget did not render (no medborgar-loften-load)')), timeout);
        }),
      PAGE_TIMEOUT
    );
  } else {
    await page.waitForLoadState('load', {timeout: PAGE_TIMEOUT});
  }
  // LCP entries arrive when the frame is presented: give them two more frames.
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 30))))
  );
}

/** Paint and navigation figures, in ms from navigation start. */
export function readLoadFigures(page) {
  return page.evaluate(async () => {
    const lcp = await new Promise((resolve) => {
      const observer = new PerformanceObserver((list) => {
        observer.disconnect();
        resolve(list.getEntries());
      });
      observer.observe({type: 'largest-contentful-paint', buffered: true});
      setTimeout(() => resolve([]), 1000);
    });
    const last = lcp[lcp.length - 1];
    const mark = (name) => performance.getEntriesByName(name)[0]?.startTime;
    const navigation = performance.getEntriesByType('navigation')[0];
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
    return {
      lcp: last?.startTime,
      lcpSize: last?.size,
      lcpCandidates: lcp.length,
      fcp,
      domInteractive: navigation.domInteractive,
      domContentLoaded: navigation.domContentLoadedEventEnd,
      responseEnd: navigation.responseEnd,
      loadEvent: mark('ml-load-event'),
      rendered: mark('ml-rendered'),
      laidOut: mark('ml-laid-out'),
      ready: mark('ml-ready'),
    };
  });
}

/**
 * Times one interaction from the start of a frame: `action` runs inside a
 * requestAnimationFrame callback (as a click that arrives with that frame),
 * then the element's update completes (`updateComplete`), then the page is
 * laid out (`layout`), and a task posted then runs after the frame's
 * rendering (`frame`: what the visitor waits for before seeing the change).
 * Runs in the page; `kind` picks the action.
 */
export async function measureInteraction(page, kind, argument) {
  return page.evaluate(
    ([kind, argument]) => {
      const host = document.querySelector('medborgar-loften');
      const root = host.shadowRoot;
      const actions = {
        // The widget: a visitor's click on the first promise's toggle.
        toggle: () => {
          root.querySelector('button.toggle').click();
          return host.updateComplete;
        },
        // The widget: every closed toggle clicked in one task.
        showAll: () => {
          for (const button of root.querySelectorAll('button.toggle[aria-expanded="false"]')) button.click();
          return host.updateComplete;
        },
        // The widget: its `lang` attribute changed.
        lang: () => {
          host.setAttribute('lang', argument);
          return host.updateComplete;
        },
        // Static HTML: the least a toggle can do, the same two DOM changes by hand.
        staticToggle: () => {
          const button = root.querySelector('button.toggle');
          button.setAttribute('aria-expanded', 'true');
          root.getElementById(button.getAttribute('aria-controls')).hidden = false;
        },
        staticShowAll: () => {
          for (const button of root.querySelectorAll('button.toggle[aria-expanded="false"]')) {
            button.setAttribute('aria-expanded', 'true');
            root.getElementById(button.getAttribute('aria-controls')).hidden = false;
          }
        },
      };
      return new Promise((resolve, reject) => {
        requestAnimationFrame(async () => {
          try {
            const start = performance.now();
            await actions[kind]();
            const updated = performance.now();
            host.getBoundingClientRect();
            const laidOut = performance.now();
            const channel = new MessageChannel();
            channel.port1.onmessage = () => resolve({update: updated - start, layout: laidOut - start, frame: performance.now() - start});
            channel.port2.postMessage(0);
          } catch (error) {
            reject(error);
          }
        });
      });
    },
    [kind, argument]
  );
}

/** Two quiet frames between interactions, so one's leftovers do not land in the next. */
export const quiet = (page) =>
  page.evaluate(async () => {
    // The widget's background fill (closed panels, a large feed's later promises) is over first.
    await document.querySelector('medborgar-loften')?.contentComplete;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 20))));
  });

/**
 * Starts the server with every page but the static ones, which are the
 * widget's own output: they are added once a browser has rendered it.
 * `bundle` is the script the widget pages load (dist/ by default); with
 * `bundleB`, the same widget pages under /b/ load that one instead, for a
 * before/after comparison in one interleaved run.
 */
export async function startSite({bundle = join(ROOT, 'dist/medborgar-loften.js'), bundleB} = {}) {
  const stromsund = readFileSync(join(ROOT, 'demo/feeds/stromsund.json'), 'utf8');
  const large = JSON.stringify(generateLargeFeed());
  const routes = new Map();
  const html = (body) => ({body: Buffer.from(body), type: 'text/html; charset=utf-8'});
  const json = (body) => ({body: Buffer.from(body), type: 'application/json; charset=utf-8'});
  routes.set('/medborgar-loften.js', {body: readFileSync(bundle), type: 'text/javascript; charset=utf-8'});
  routes.set('/feeds/stromsund.json', json(stromsund));
  routes.set('/feeds/large.json', json(large));
  routes.set('/strom-inline.html', html(widgetPage('Strömsund, inline JSON', '', inlineJson(stromsund))));
  routes.set('/strom-src.html', html(widgetPage('Strömsund, src', ' src="/feeds/stromsund.json"')));
  routes.set('/large-inline.html', html(widgetPage('Large feed, inline JSON', '', inlineJson(large))));
  routes.set('/large-src.html', html(widgetPage('Large feed, src', ' src="/feeds/large.json"')));
  if (bundleB) {
    routes.set('/b/medborgar-loften.js', {body: readFileSync(bundleB), type: 'text/javascript; charset=utf-8'});
    for (const path of ['/strom-inline.html', '/strom-src.html', '/large-inline.html', '/large-src.html']) {
      routes.set(`/b${path}`, {...routes.get(path), body: Buffer.from(routes.get(path).body.toString().replace('src="/medborgar-loften.js"', 'src="/b/medborgar-loften.js"'))});
    }
  }
  const {server, origin} = await startServer(routes);
  return {
    server,
    origin,
    feeds: {stromsund, large},
    /** Renders both feeds with the widget once and serves them as static pages. */
    async addStaticPages(browser) {
      const strom = await snapshotWidget(browser, `${origin}/strom-inline.html`);
      const big = await snapshotWidget(browser, `${origin}/large-inline.html`);
      routes.set('/strom-static.html', html(staticPage('Strömsund, static HTML', strom)));
      routes.set('/large-static.html', html(staticPage('Large feed, static HTML', big)));
      return {strom, large: big};
    },
  };
}

/** The widget's rendering of a page: its shadow DOM's HTML without Lit's comment markers, and its CSS. */
async function snapshotWidget(browser, url) {
  const context = await browser.newContext();
  await context.addInitScript(READY_SCRIPT);
  const page = await context.newPage();
  await page.goto(url);
  await settle(page, true);
  const snapshot = await page.evaluate(async () => {
    const host = document.querySelector('medborgar-loften');
    // Every panel filled: the static page holds all of the content.
    await host.contentComplete;
    const root = host.shadowRoot;
    const sheets = root.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText));
    return {
      css: sheets.join('\n'),
      html: root.innerHTML.replace(/<!--[\s\S]*?-->/g, ''),
      hostAttributes: [...host.attributes].map((attribute) => [attribute.name, attribute.value]),
      promises: root.querySelectorAll('button.toggle').length,
    };
  });
  await context.close();
  return snapshot;
}
