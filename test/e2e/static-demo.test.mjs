/**
 * demo/static.html: the static render pasted inside the element, with and
 * without JavaScript. Without scripts (a sandboxed frame) the visitor reads
 * the promises as plain HTML; with them, the widget shows them and hides
 * the fallback, which stays in the page.
 *
 *   npm run build && node --test test/e2e/static-demo.test.mjs
 */
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {openPage, serveAndLaunch} from './harness.mjs';

const e2e = serveAndLaunch();

test('the same promises with JavaScript (the widget) and without (the static HTML)', async () => {
  const {page, context} = await openPage(e2e.browser, {viewport: {width: 1280, height: 900}});
  try {
    await page.goto(`${e2e.server.origin}/demo/static.html`);
    const [live, still] = page.frames().slice(1);
    assert.ok(live && still, 'two frames');
    // Without scripts: no widget, the fallback's headings and text on show.
    await still.waitForLoadState();
    assert.equal(await still.evaluate(() => customElements.get('medborgar-loften') === undefined), true);
    const staticHeadings = await still.evaluate(() =>
      [...document.querySelectorAll('[data-medborgar-loften-fallback] h2, [data-medborgar-loften-fallback] h3')]
        .filter((heading) => heading.checkVisibility())
        .map((heading) => heading.textContent.trim())
    );
    assert.ok(staticHeadings.includes('Medborgarlöften 2021–2022'));
    assert.ok(staticHeadings.includes('Narkotika'));
    // With scripts: the widget, and the fallback hidden but kept.
    await live.waitForFunction(() => document.querySelector('medborgar-loften')?.getAttribute('status') === 'loaded');
    const widget = await live.evaluate(() => {
      const element = document.querySelector('medborgar-loften');
      const fallback = element.querySelector('[data-medborgar-loften-fallback]');
      return {
        toggles: [...element.shadowRoot.querySelectorAll('[part~="toggle"]')].map((button) => button.textContent.trim()),
        fallbackKept: fallback !== null,
        fallbackShown: fallback?.checkVisibility() ?? false,
      };
    });
    assert.ok(widget.toggles.includes('Narkotika'));
    assert.deepEqual([widget.fallbackKept, widget.fallbackShown], [true, false]);
  } finally {
    await context.close();
  }
});
