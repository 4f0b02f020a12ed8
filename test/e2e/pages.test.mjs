/**
 * End-to-end tests of the demo pages that show the widget on hostile hosts:
 * strict CSP, hostile global CSS, light-DOM and data- mounts, reflow, text
 * spacing, forced colours, reduced motion, print and the embed generator.
 *
 *   npm run build && npm run test:e2e      (node --test test/e2e/)
 *
 * Each test opens the page as a visitor would, from a small static server
 * over the repository that adds the strict CSP header exactly as
 * `npm start` does (scripts/csp.mjs), in the project's Chromium.
 */
import assert from 'node:assert/strict';
import {readdir, readFile} from 'node:fs/promises';
import {after, describe, test} from 'node:test';
import {STRICT_CSP} from '../../scripts/csp.mjs';
import {CSP_PROBE, expectEmulation, openPage, serveAndLaunch, violationsBefore, waitForWidgets, widgetsSettled} from './harness.mjs';

const contexts = [];

const e2e = serveAndLaunch();

/** Opens a demo page (path under /demo/) and returns the page with its records. */
async function visit(path, options = {}) {
  const {viewport, media, ...contextOptions} = options;
  const opened = await openPage(e2e.browser, {viewport: viewport ?? {width: 1280, height: 800}, ...contextOptions});
  contexts.push(opened.context);
  if (media) await opened.page.emulateMedia(media);
  opened.response = await opened.page.goto(`${e2e.server.origin}/demo/${path}`);
  await expectEmulation(opened.page, {viewport, media});
  return opened;
}
after(() => Promise.all(contexts.map((context) => context.close().catch(() => {}))));

/** The Strömsund feed's areas in Swedish, as the widget shows them: periods newest first, promises in feed order. */
const STROMSUND_AREAS = await (async () => {
  const json = JSON.parse(await readFile(new URL('../../demo/feeds/stromsund.json', import.meta.url), 'utf8'));
  return [...json.periods].sort((a, b) => String(b.from).localeCompare(String(a.from))).flatMap((period) => period.promises.map((promise) => promise.area.sv ?? promise.area));
})();

/** Console lines that CSP or Trusted Types enforcement writes. */
const cspConsole = (lines) => lines.filter(({text}) => /Content Security Policy|Trusted ?Type|TrustedHTML|TrustedScript/i.test(text));

/** Replaces the CSP header of one page's response, to try other policies. */
async function withPolicy(page, url, policy, rewriteBody = (body) => body) {
  await page.route(url, async (route) => {
    const response = await route.fetch();
    const body = rewriteBody(await response.text());
    await route.fulfill({response, body, headers: {...response.headers(), 'content-security-policy': policy}});
  });
}

/**
 * Measures clipping inside every widget on the page: for each toggle and each
 * element that holds text, whether its content overflows its box. Returns
 * the offenders, described for a readable failure.
 */
function clippedText() {
  const offenders = [];
  const selector = '[part~="toggle"], p, li, h1, h2, h3, h4, h5, h6, dt, dd, th, td, a, button, figcaption, [part~="status"]';
  for (const widget of window.__e2e.widgets()) {
    for (const element of window.__e2e.root(widget).querySelectorAll(selector)) {
      if (!element.checkVisibility()) continue;
      const style = getComputedStyle(element);
      if (style.display === 'inline' || style.display === 'contents') continue;
      const tooTall = element.scrollHeight > element.clientHeight + 1;
      const tooWide = element.scrollWidth > element.clientWidth + 1;
      if (tooTall || tooWide) {
        offenders.push(
          `${element.localName}.${element.className} "${element.textContent.trim().slice(0, 40)}": ` +
            `scroll ${element.scrollWidth}×${element.scrollHeight} > client ${element.clientWidth}×${element.clientHeight}`
        );
      }
    }
  }
  return offenders;
}

/** How far the page scrolls sideways. */
const horizontalOverflow = (page) =>
  page.evaluate(() => ({scrollWidth: document.documentElement.scrollWidth, width: document.documentElement.clientWidth}));

describe('strict-CSP page (demo/strict-csp.html)', () => {
  test('is served with the documented policy, and shows it', async () => {
    const {page, response} = await visit('strict-csp.html');
    assert.equal(response.headers()['content-security-policy'], STRICT_CSP);
    const shown = await page.locator('#csp-policy').textContent();
    assert.equal(shown.trim(), `Content-Security-Policy: ${STRICT_CSP}`, 'the page shows the policy it is served with');
  });

  test('renders the widget in both modes with zero securitypolicyviolation events', async () => {
    const {page, console, errors} = await visit('strict-csp.html');
    await waitForWidgets(page, 2);
    const modes = await page.evaluate(() =>
      ['shadow', 'light'].map((id) => {
        const widget = document.getElementById(id);
        return {id, shadowRoot: widget.shadowRoot !== null, toggles: window.__e2e.toggles(widget).length};
      })
    );
    assert.deepEqual(modes, [
      {id: 'shadow', shadowRoot: true, toggles: 8},
      {id: 'light', shadowRoot: false, toggles: 10},
    ]);
    // Open and close every section: re-renders go through Lit's templates too.
    await page.evaluate(() => window.__e2e.openAll());
    await page.evaluate(() => window.__e2e.openAll());
    assert.deepEqual(await violationsBefore(page), []);
    // The page lists what it sees: the probe's violation only.
    const listed = await page.locator('#csp-violation-list li').allTextContents();
    assert.equal(listed.length, 1, listed.join('\n'));
    assert.ok(listed[0].startsWith(`img-src: ${CSP_PROBE}`), listed[0]);
    assert.deepEqual(cspConsole(console).filter(({text}) => !text.includes(CSP_PROBE)), []);
    assert.deepEqual(errors, []);
  });

  test('every demo page runs under the same policy (no inline script or style anywhere)', async () => {
    const pages = (await readdir(new URL('../../demo/', import.meta.url))).filter((name) => name.endsWith('.html'));
    assert.ok(pages.length >= 9);
    const found = {};
    for (const name of pages) {
      const {page, context, console} = await openPage(e2e.browser);
      contexts.push(context);
      const url = `${e2e.server.origin}/demo/${name}`;
      await withPolicy(page, url, STRICT_CSP);
      await page.goto(url);
      const widgets = await page.evaluate(() => document.querySelectorAll('medborgar-loften, [data-medborgar-loften]').length);
      if (widgets > 0) await waitForWidgets(page, 1);
      // The pages' own scripts: add a mount, build a preview.
      if (name === 'data-mount.html') await page.getByRole('button', {name: 'Lägg till en widget till'}).click();
      if (name === 'embed.html') await page.getByRole('button', {name: 'Förhandsgranska'}).click();
      if (widgets > 0 || name === 'embed.html') await widgetsSettled(page);
      const violations = await violationsBefore(page);
      const problems = [...violations, ...cspConsole(console).map(({text}) => text).filter((text) => !text.includes(CSP_PROBE))];
      if (problems.length) found[name] = problems;
    }
    assert.deepEqual(found, {});
  });

  test("the trusted-types list is the narrowest: without 'lit-html' the widget cannot render", async () => {
    const {page} = await openPage(e2e.browser);
    contexts.push(page.context());
    const url = `${e2e.server.origin}/demo/strict-csp.html`;
    await withPolicy(page, url, STRICT_CSP.replace('trusted-types lit-html', "trusted-types 'none'"));
    await page.goto(url);
    await page.waitForFunction(() => Number(document.getElementById('csp-violations').textContent) > 0);
    // The refused createPolicy('lit-html') stops the bundle as it loads: the element is never defined.
    await page.waitForFunction(() => document.readyState === 'complete');
    const state = await page.evaluate(() => ({
      defined: customElements.get('medborgar-loften') !== undefined,
      rendered: window.__e2e.widgets().map((w) => window.__e2e.toggles(w).length),
    }));
    assert.deepEqual(state, {defined: false, rendered: [0, 0]}, 'no promise renders when Lit may not create its policy');
  });

  test("a second copy of Lit on the page needs 'allow-duplicates' (a documented limit)", async () => {
    // Two copies of the bundle under different URLs (a cache-busting query, two
    // versions, another Lit-based component) each create a 'lit-html' policy.
    const addSecondCopy = (body) =>
      body.replace(
        '<script type="module" src="./demo.js"></script>',
        '<script type="module" src="../dist/medborgar-loften.js?copy=2"></script>\n<script type="module" src="./demo.js"></script>'
      );
    const url = `${e2e.server.origin}/demo/strict-csp.html`;
    const results = {};
    for (const [name, policy] of [
      ['lit-html', STRICT_CSP],
      ["lit-html 'allow-duplicates'", STRICT_CSP.replace('trusted-types lit-html', "trusted-types lit-html 'allow-duplicates'")],
    ]) {
      const {page} = await openPage(e2e.browser);
      contexts.push(page.context());
      await withPolicy(page, url, policy, addSecondCopy);
      await page.goto(url);
      await waitForWidgets(page, 2);
      results[name] = (await violationsBefore(page)).length;
    }
    assert.ok(results['lit-html'] > 0, 'the second createPolicy("lit-html") is a violation without allow-duplicates');
    assert.equal(results["lit-html 'allow-duplicates'"], 0);
  });
});

describe('hostile-CSS page (demo/hostile-css.html)', () => {
  for (const width of [1280, 320]) {
    test(`toggles are at least 44px tall and hold their text, no sideways scrolling (${width}px wide)`, async () => {
      const {page} = await visit('hostile-css.html', {viewport: {width, height: 800}});
      await waitForWidgets(page, 2);
      await page.evaluate(() => window.__e2e.openAll());
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      const problems = await page.evaluate(() => {
        const found = [];
        for (const widget of window.__e2e.widgets()) {
          for (const toggle of window.__e2e.toggles(widget)) {
            const box = toggle.getBoundingClientRect();
            const range = document.createRange();
            range.selectNodeContents(toggle);
            const text = range.getBoundingClientRect();
            const name = `${widget.id}: "${toggle.textContent.trim()}"`;
            if (box.height < 44) found.push(`${name} is ${box.height}px tall`);
            if (toggle.scrollWidth > toggle.clientWidth + 1 || toggle.scrollHeight > toggle.clientHeight + 1) {
              found.push(`${name} overflows: scroll ${toggle.scrollWidth}×${toggle.scrollHeight}, client ${toggle.clientWidth}×${toggle.clientHeight}`);
            }
            if (text.left < box.left - 1 || text.right > box.right + 1 || text.top < box.top - 1 || text.bottom > box.bottom + 1) {
              found.push(`${name}: its text (${Math.round(text.width)}×${Math.round(text.height)}) leaves the button (${Math.round(box.width)}×${Math.round(box.height)})`);
            }
          }
        }
        const {scrollWidth, clientWidth} = document.documentElement;
        if (scrollWidth > clientWidth) found.push(`the page scrolls sideways: ${scrollWidth} > ${clientWidth}`);
        return found;
      });
      assert.deepEqual(problems, []);
    });
  }

  test('light-dom toggles keep the layout they have in shadow mode (same box, colour, display)', async () => {
    // Both widgets show the same feed in the same column, so a hardened
    // light-DOM stylesheet gives its toggles the shadow-mode boxes.
    const {page} = await visit('hostile-css.html');
    await waitForWidgets(page, 2);
    const looks = await page.evaluate(() =>
      ['shadow', 'light'].map((id) =>
        window.__e2e.toggles(document.getElementById(id)).map((toggle) => {
          const box = toggle.getBoundingClientRect();
          const style = getComputedStyle(toggle);
          return {
            text: toggle.textContent.trim(),
            width: Math.round(box.width),
            height: Math.round(box.height),
            display: style.display,
            color: style.color,
            minHeight: style.minHeight,
          };
        })
      )
    );
    const [shadow, light] = looks;
    assert.equal(light.length, shadow.length);
    // Sub-pixel rounding of the host's inherited metrics may differ by a pixel.
    const withoutBox = (list) => list.map(({width, height, ...rest}) => rest);
    assert.deepEqual(withoutBox(light), withoutBox(shadow));
    light.forEach((toggle, index) => {
      assert.ok(Math.abs(toggle.width - shadow[index].width) <= 2, `${toggle.text}: width ${toggle.width} vs ${shadow[index].width}`);
      assert.ok(Math.abs(toggle.height - shadow[index].height) <= 2, `${toggle.text}: height ${toggle.height} vs ${shadow[index].height}`);
    });
  });

  test('headings in the shadow-mode widget keep their own size and case', async () => {
    const {page} = await visit('hostile-css.html');
    await waitForWidgets(page, 2);
    await page.evaluate(() => window.__e2e.openAll());
    const headings = await page.evaluate(() => {
      const widget = document.getElementById('shadow');
      const hostSize = parseFloat(getComputedStyle(widget).fontSize);
      return [...widget.shadowRoot.querySelectorAll('h1, h2, h3, h4, h5, h6')]
        .filter((h) => h.checkVisibility())
        .map((h) => {
          const style = getComputedStyle(h);
          return {text: h.textContent.trim(), ratio: parseFloat(style.fontSize) / hostSize, size: style.fontSize, transform: style.textTransform};
        });
    });
    assert.ok(headings.length > 5, 'the widget renders headings');
    for (const heading of headings) {
      assert.ok(!['40px', '32px', '28px'].includes(heading.size), `"${heading.text}" took the host's size ${heading.size}`);
      assert.ok(heading.ratio >= 1 && heading.ratio <= 2, `"${heading.text}" is ${heading.ratio}em of the widget's text`);
      assert.equal(heading.transform, 'none', `"${heading.text}" took the host's text-transform`);
    }
  });
});

describe('example themes (demo/theme-*.html)', () => {
  test('use only the documented custom properties and parts (custom-elements.json)', async () => {
    const manifest = JSON.parse(await readFile(new URL('../../custom-elements.json', import.meta.url), 'utf8'));
    const declaration = manifest.modules
      .flatMap((module) => module.declarations ?? [])
      .find((candidate) => candidate.tagName === 'medborgar-loften' || candidate.name === 'MedborgarLoften');
    const properties = new Set((declaration.cssProperties ?? []).map((property) => property.name));
    const parts = new Set((declaration.cssParts ?? []).map((part) => part.name));
    for (const file of ['theme-polis.css', 'theme-kommun.css']) {
      const css = await readFile(new URL(`../../demo/${file}`, import.meta.url), 'utf8');
      const usedProperties = [...css.matchAll(/(--medborgar-loften-[a-z-]+)/g)].map((match) => match[1]);
      const usedParts = [...css.matchAll(/::part\(([^)]+)\)/g)].flatMap((match) => match[1].trim().split(/\s+/));
      assert.ok(usedProperties.length > 0 && usedParts.length > 0, `${file} themes the widget`);
      for (const name of usedProperties) assert.ok(properties.has(name), `${file}: ${name} is not documented`);
      for (const name of usedParts) assert.ok(parts.has(name), `${file}: ::part(${name}) is not documented`);
    }
  });

  for (const path of ['index.html', 'theme-polis.html', 'theme-kommun.html']) {
    test(`${path}: a closed promise shows only its toggle (its panel takes no space)`, async () => {
      const {page} = await visit(path);
      await waitForWidgets(page, 1);
      const visibleClosedPanels = await page.evaluate(() =>
        window.__e2e.widgets().flatMap((widget) => {
          const root = window.__e2e.root(widget);
          const scope = root instanceof ShadowRoot ? root : document;
          return window.__e2e
            .toggles(widget)
            .filter((toggle) => toggle.getAttribute('aria-expanded') === 'false')
            .map((toggle) => ({toggle, panel: scope.getElementById(toggle.getAttribute('aria-controls'))}))
            .map(({toggle, panel}) => ({area: toggle.textContent.trim(), height: Math.round(panel.getBoundingClientRect().height)}))
            .filter(({height}) => height > 0);
        })
      );
      assert.deepEqual(visibleClosedPanels, []);
    });
  }
});

describe('data-mount page (demo/data-mount.html)', () => {
  test('the data-medborgar-loften mount renders, with its data- settings', async () => {
    const {page} = await visit('data-mount.html');
    await waitForWidgets(page, 1);
    const first = await page.evaluate(() => {
      const [widget] = window.__e2e.widgets();
      const root = window.__e2e.root(widget);
      return {
        inMount: widget.closest('#first-mount') !== null || widget.id === 'first-mount',
        toggles: window.__e2e.toggles(widget).map((t) => t.textContent.trim()),
        firstHeading: root.querySelector('h1, h2, h3, h4, h5, h6')?.localName,
      };
    });
    assert.ok(first.inMount, 'the widget is rendered where the mount is');
    assert.deepEqual(first.toggles, ['Narkotika', 'Trafik', 'Integration och segregation', 'Bedrägerier', ...STROMSUND_AREAS.slice(4)]);
    assert.equal(first.firstHeading, 'h2', 'data-heading-level="2"');
  });

  test('a mount added later renders too', async () => {
    const {page} = await visit('data-mount.html');
    await waitForWidgets(page, 1);
    await page.getByRole('button', {name: 'Lägg till en widget till'}).click();
    await waitForWidgets(page, 2);
    const later = await page.evaluate(() => {
      const widget = window.__e2e.widgets().find((w) => w.closest('.later-mount'));
      if (!widget) return undefined;
      return {
        toggles: window.__e2e.toggles(widget).map((t) => t.textContent.trim()),
        firstHeading: window.__e2e.root(widget).querySelector('h1, h2, h3, h4, h5, h6')?.localName,
      };
    });
    assert.deepEqual(later, {
      // data-lang="en", data-period="2025-2026", data-heading-level="4"
      toggles: ['Safety in the town centre', 'Speeding in Norrvik', 'Drugs among young people', 'Domestic violence', 'Vandalism at schools'],
      firstHeading: 'h4',
    });
    assert.match(await page.locator('#add-mount-status').textContent(), /Widget 1 har lagts till/);
  });
});

describe('light-DOM page (demo/light-dom.html)', () => {
  test('document.body.innerText contains the promise areas (what read-aloud tools read)', async () => {
    const {page} = await visit('light-dom.html');
    await waitForWidgets(page, 1);
    const text = await page.evaluate(() => document.body.innerText);
    for (const area of STROMSUND_AREAS) assert.ok(text.includes(area), `innerText lacks "${area}"`);
  });

  test('in shadow mode (index.html) document.body.innerText does not contain them', async () => {
    const {page} = await visit('index.html');
    await waitForWidgets(page, 1);
    const text = await page.evaluate(() => document.body.innerText);
    assert.ok(!text.includes('Integration och segregation'), 'shadow content is invisible to innerText');
  });
});

describe('reflow at 320 CSS px (WCAG 1.4.10)', () => {
  for (const path of ['index.html', 'exempelby.html', 'light-dom.html', 'theme-polis.html', 'theme-kommun.html', 'embed.html', 'data-mount.html', 'strict-csp.html']) {
    test(`${path}: no horizontal scrolling with every section open`, async () => {
      const {page} = await visit(path, {viewport: {width: 320, height: 640}});
      const widgets = await page.evaluate(() => document.querySelectorAll('medborgar-loften, [data-medborgar-loften]').length);
      if (widgets > 0) await waitForWidgets(page, 1);
      await page.evaluate(() => window.__e2e.openAll());
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      const {scrollWidth} = await horizontalOverflow(page);
      assert.ok(scrollWidth <= 320, `document.documentElement.scrollWidth is ${scrollWidth}`);
    });
  }
});

describe('text spacing (WCAG 1.4.12)', () => {
  const SPACING =
    '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important } ' +
    'p { margin-bottom: 2em !important }';

  test('light-DOM mode: the override on the page clips no text', async () => {
    const {page} = await visit('light-dom.html');
    await waitForWidgets(page, 1);
    await page.addStyleTag({content: SPACING});
    await page.evaluate(() => window.__e2e.openAll());
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    assert.deepEqual(await page.evaluate(clippedText), []);
  });

  test('shadow mode: the override (added to the page and, since page CSS does not pierce shadow roots, to the shadow root) clips no text', async () => {
    // A user style sheet or bookmarklet reaches the document only; inside a
    // shadow root its rules apply just through inheritance. The test adds the
    // same rules inside the shadow root, to test the strict reading.
    const {page} = await visit('exempelby.html');
    await waitForWidgets(page, 1);
    await page.addStyleTag({content: SPACING});
    await page.evaluate((css) => {
      for (const widget of window.__e2e.widgets()) {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(css);
        widget.shadowRoot.adoptedStyleSheets = [...widget.shadowRoot.adoptedStyleSheets, sheet];
      }
    }, SPACING);
    await page.evaluate(() => window.__e2e.openAll());
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    assert.deepEqual(await page.evaluate(clippedText), []);
  });
});

describe('forced colours, reduced motion, print', () => {
  test('forced-colors: a focused toggle has a visible outline, and the expanded state shows', async () => {
    const {page} = await visit('index.html', {media: {forcedColors: 'active'}});
    await waitForWidgets(page, 1);
    let focused = false;
    for (let i = 0; i < 40 && !focused; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => window.__e2e.deepActive()?.matches('[part~="toggle"]') ?? false);
    }
    assert.ok(focused, 'Tab reaches a toggle');
    const outline = await page.evaluate(() => {
      const style = getComputedStyle(window.__e2e.deepActive());
      return {style: style.outlineStyle, width: parseFloat(style.outlineWidth)};
    });
    assert.notEqual(outline.style, 'none', 'the focused toggle has an outline');
    assert.ok(outline.width >= 2, `outline is ${outline.width}px`);

    const toggle = page.locator('[part~="toggle"]').first();
    const look = () =>
      page.evaluate(() => {
        const active = window.__e2e.deepActive();
        const chevron = active.querySelector('.chevron, [aria-hidden="true"]');
        return {
          expanded: active.getAttribute('aria-expanded'),
          text: active.innerText.trim(),
          chevron: chevron ? getComputedStyle(chevron).transform + ' ' + getComputedStyle(chevron).borderRightColor : '',
        };
      });
    const before = {...(await look()), image: await toggle.screenshot()};
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.__e2e.deepActive()?.getAttribute('aria-expanded') === 'true');
    // Past the chevron's transition, if any.
    await page.evaluate(() => Promise.all(window.__e2e.deepActive().getAnimations({subtree: true}).map((animation) => animation.finished)));
    const after = {...(await look()), image: await toggle.screenshot()};
    assert.equal(before.expanded, 'false');
    assert.equal(after.expanded, 'true');
    assert.ok(before.chevron !== after.chevron || before.text !== after.text, 'the chevron or the text differs between the states');
    assert.ok(!before.image.equals(after.image), 'the toggle looks different once expanded');
  });

  test('prefers-reduced-motion: the chevron does not animate', async () => {
    const {page} = await visit('index.html', {media: {reducedMotion: 'reduce'}});
    await waitForWidgets(page, 1);
    const durations = await page.evaluate(() =>
      [...window.__e2e.root(window.__e2e.widgets()[0]).querySelectorAll('.chevron')].map((c) => getComputedStyle(c).transitionDuration)
    );
    assert.ok(durations.length > 0, 'the toggles have chevrons');
    for (const duration of durations) assert.match(duration, /^0s(, 0s)*$/);
  });

  test('print: every panel is shown, with the period, the updated date and the source URL', async () => {
    const {page} = await visit('exempelby.html', {media: {media: 'print'}});
    await waitForWidgets(page, 1);
    const printed = await page.evaluate(() => {
      const widget = window.__e2e.widgets()[0];
      const root = window.__e2e.root(widget);
      const panels = [...root.querySelectorAll('[part~="panel"]')];
      return {
        panels: panels.length,
        hiddenPanels: panels.filter((panel) => getComputedStyle(panel).display === 'none' || !panel.checkVisibility()).map((p) => p.id),
        text: root.querySelector('[part~="base"]').innerText.replace(/\s+/g, ' '),
      };
    });
    assert.equal(printed.panels, 10);
    assert.deepEqual(printed.hiddenPanels, [], 'panels hidden in print');
    assert.match(printed.text, /Medborgarlöften 2025–2026/, 'the period');
    assert.match(printed.text, /Senast ändrad:? 12 oktober 2026/, 'the updated date');
    assert.match(printed.text, /https:\/\/example\.org\/medborgarloften/, 'the source URL');
  });
});

describe('embed generator (demo/embed.html)', () => {
  test('builds the snippet from the form', async () => {
    const {page} = await visit('embed.html');
    const snippet = page.getByLabel('Koden att klistra in');
    assert.equal(
      await snippet.inputValue(),
      '<script type="module" src="../dist/medborgar-loften.js"></script>\n' +
        '<medborgar-loften src="./feeds/stromsund.json" heading-level="2">\n' +
        '</medborgar-loften>\n'
    );
    await page.getByLabel('Flödets adress (JSON-filen med löftena)').fill('/filer/löften "2025".json');
    await page.getByLabel('Skriptets adress (medborgar-loften.js)').fill('/filer/medborgar-loften.js');
    await page.getByLabel('Länk till löftena som PDF eller vanlig webbsida (valfritt)').fill('/filer/loften.pdf');
    await page.getByLabel('Engelska').check();
    await page.getByLabel('Rubriknivå för perioderna').selectOption('3');
    await page.getByLabel('Visa bara en period (valfritt)').fill('2025-2026');
    await page.getByLabel('Light DOM, för uppläsning').check();
    assert.equal(
      await snippet.inputValue(),
      '<script type="module" src="/filer/medborgar-loften.js"></script>\n' +
        '<medborgar-loften src="/filer/löften &quot;2025&quot;.json" lang="en" heading-level="3" period="2025-2026" light-dom>\n' +
        // The fallback link in the widget's language, which its lang covers.
        '  <a href="/filer/loften.pdf">Read the citizen promises (PDF)</a>\n' +
        '</medborgar-loften>\n'
    );
    await page.getByLabel('En <div data-medborgar-loften>').check();
    await page.getByLabel('Lägg till ett förladdningstips för flödet').check();
    assert.equal(
      await snippet.inputValue(),
      '<link rel="preload" as="fetch" crossorigin href="/filer/löften &quot;2025&quot;.json">\n' +
        '<script type="module" src="/filer/medborgar-loften.js"></script>\n' +
        '<div data-medborgar-loften data-src="/filer/löften &quot;2025&quot;.json" data-lang="en" data-heading-level="3" data-period="2025-2026" data-light-dom>\n' +
        // A div's data-lang is no language: the link carries its own.
        '  <a href="/filer/loften.pdf" lang="en">Read the citizen promises (PDF)</a>\n' +
        '</div>\n'
    );
  });

  test('an empty feed address is reported at the field', async () => {
    const {page} = await visit('embed.html');
    const feed = page.getByLabel('Flödets adress (JSON-filen med löftena)');
    await feed.fill('');
    assert.equal(await feed.getAttribute('aria-invalid'), 'true');
    assert.ok(await page.getByText('Fyll i flödets adress.').isVisible());
  });

  test('copies with the clipboard API and says "Koden är kopierad"', async () => {
    const {page, context} = await visit('embed.html');
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {origin: e2e.server.origin});
    await page.getByRole('button', {name: 'Kopiera koden'}).click();
    await page.getByRole('status').filter({hasText: 'Koden är kopierad.'}).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(copied, await page.getByLabel('Koden att klistra in').inputValue());
  });

  test('without the clipboard API, selects the code and says how to copy it', async () => {
    const {page, context} = await openPage(e2e.browser);
    contexts.push(context);
    await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'clipboard', {get: () => undefined}));
    await page.goto(`${e2e.server.origin}/demo/embed.html`);
    await page.getByRole('button', {name: 'Kopiera koden'}).click();
    await page.getByRole('status').filter({hasText: 'Koden är markerad'}).waitFor();
    const selection = await page.evaluate(() => {
      const area = document.getElementById('snippet');
      return {focused: document.activeElement === area, start: area.selectionStart, end: area.selectionEnd, length: area.value.length};
    });
    assert.deepEqual(selection, {focused: true, start: 0, end: selection.length, length: selection.length});
  });

  test('the default snippet, pasted into a page, shows the promises and fetches the feed once', async () => {
    const {page: generator} = await visit('embed.html');
    const snippet = await generator.getByLabel('Koden att klistra in').inputValue();
    const {page} = await openPage(e2e.browser);
    contexts.push(page.context());
    const url = `${e2e.server.origin}/demo/__pasted.html`;
    await page.route(url, (route) =>
      route.fulfill({contentType: 'text/html', body: `<!doctype html><html lang="sv"><title>Pasted</title><h1>Medborgarlöften</h1>\n${snippet}`})
    );
    const feed = '/demo/feeds/stromsund.json';
    const before = e2e.server.requests.get(feed) ?? 0;
    await page.goto(url);
    await waitForWidgets(page, 1);
    assert.equal((e2e.server.requests.get(feed) ?? 0) - before, 1);
  });
  // A preload hint is not reused by the widget's credentials: 'omit' fetch
  // (docs/security-headers.md); the generator therefore leaves it off.
});

describe('axe on the new demo pages', () => {
  for (const path of ['embed.html', 'light-dom.html', 'data-mount.html', 'theme-polis.html', 'theme-kommun.html']) {
    test(`${path}: no WCAG 2.1 A/AA violations`, async () => {
      const {page} = await visit(path);
      const widgets = await page.evaluate(() => document.querySelectorAll('medborgar-loften, [data-medborgar-loften]').length);
      if (widgets > 0) await waitForWidgets(page, 1);
      if (path === 'data-mount.html') {
        await page.getByRole('button', {name: 'Lägg till en widget till'}).click();
        await waitForWidgets(page, 2);
      }
      await page.evaluate(() => window.__e2e.openAll());
      await page.addScriptTag({url: '/node_modules/axe-core/axe.min.js'});
      const violations = await page.evaluate(async () => {
        const result = await window.axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}});
        return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      });
      assert.deepEqual(violations, []);
    });
  }
});
