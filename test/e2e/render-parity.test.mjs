/**
 * One renderer: `medborgar-loften render` (the widget's templates rendered
 * in Node) says what the widget says. For every fixture feed, in Swedish and
 * English, the static HTML and the widget with every promise open are read
 * the same way in Chromium — headings with their levels, the text a reader
 * gets, and every `lang` marking — and must agree. Only the widget's own
 * controls and time-dependent lines (which the static page leaves out) are
 * set aside.
 *
 *   npm run build && node --test test/e2e/render-parity.test.mjs
 */
import assert from 'node:assert/strict';
import {readdir, readFile} from 'node:fs/promises';
import {describe, test} from 'node:test';
import {parseFeed} from '../../lib/feed/index.js';
import {renderFeedHtml} from '../../lib/cli/render.js';
import {ROOT, openPage, serveAndLaunch} from './harness.mjs';


const e2e = serveAndLaunch();

const FIXTURES = [
  ...(await readdir(new URL('../../demo/feeds/', import.meta.url))).map((name) => `demo/feeds/${name}`),
  ...(await readdir(new URL('../fixtures/feeds/', import.meta.url))).map((name) => `test/fixtures/feeds/${name}`),
].filter((path) => path.endsWith('.json'));

/**
 * Runs in the page: what a reader gets from a rendering. Controls
 * (buttons' rows), the phase tag, the printed source line and the bars are
 * the widget's alone; the rest must match.
 */
function readRendering(root) {
  const copy = root.cloneNode(true);
  for (const element of copy.querySelectorAll('.show-all-row, .copy-link-row, .period-tags, .print-only, svg.bar, .chevron, slot')) {
    element.remove();
  }
  // Adjacent text nodes as the HTML parser would merge them (Lit keeps comment markers between them).
  const comments = document.createTreeWalker(copy, NodeFilter.SHOW_COMMENT);
  const markers = [];
  while (comments.nextNode()) markers.push(comments.currentNode);
  for (const marker of markers) marker.remove();
  copy.normalize();
  const fold = (text) => text.replace(/[ \t\r\n]+/g, ' ').trim();
  // Text node by text node: how a template spaces its tags is not what a reader gets.
  const texts = (node) =>
    [...node.childNodes].flatMap((child) => (child.nodeType === Node.TEXT_NODE ? [fold(child.data)] : texts(child))).filter(Boolean);
  return {
    headings: [...copy.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => `${h.localName} ${texts(h).join(' ')}`),
    text: texts(copy),
    marked: [...copy.querySelectorAll('[lang]')].map((element) => `${element.getAttribute('lang')}: ${texts(element).join(' ').slice(0, 60)}`),
  };
}

describe('render: the static HTML says what the widget says', () => {
  for (const fixture of FIXTURES) {
    for (const lang of ['sv', 'en', 'fi']) {
      test(`${fixture}, ${lang}`, async () => {
        const json = await readFile(new URL(fixture, `file://${ROOT}`), 'utf8');
        const parsed = parseFeed(json);
        assert.equal(parsed.ok, true);
        const staticHtml = renderFeedHtml(parsed.feed, {lang, headingLevel: 2});
        const {page, context} = await openPage(e2e.browser);
        try {
          await page.addInitScript(`window.readRendering = ${readRendering}`);
          await page.goto(`${e2e.server.origin}/test/e2e/blank.html`);
          await page.waitForFunction(() => customElements.get('medborgar-loften'));
          const [widget, fallback] = await page.evaluate(
            async ({json, lang, staticHtml}) => {
              const element = document.createElement('medborgar-loften');
              element.setAttribute('lang', lang);
              element.setAttribute('remember', 'off');
              element.data = json;
              document.body.append(element);
              await element.contentComplete;
              for (const button of element.shadowRoot.querySelectorAll('[part~="toggle"][aria-expanded="false"]')) button.click();
              await element.updateComplete;
              const holder = document.createElement('div');
              holder.innerHTML = staticHtml;
              const base = element.shadowRoot.querySelector('.base');
              return [
                {lang: base.lang, ...window.readRendering(base)},
                {lang: holder.firstElementChild.lang, ...window.readRendering(holder.firstElementChild)},
              ];
            },
            {json, lang, staticHtml}
          );
          assert.equal(fallback.lang, widget.lang);
          assert.deepEqual(fallback.headings, widget.headings);
          assert.deepEqual(fallback.text, widget.text);
          assert.deepEqual(fallback.marked, widget.marked);
        } finally {
          await context.close();
        }
      });
    }
  }
});
