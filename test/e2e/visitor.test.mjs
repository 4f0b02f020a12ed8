/**
 * What a visitor sees, page by page, at a phone's and a desktop's width,
 * in Swedish and English, collapsed and expanded, in the default look and
 * both demo themes: screenshots for review (test-output/screenshots/) and
 * the rules behind them, asserted in the page —
 *
 *   - every text renders at 12 CSS px or more (SVG text included);
 *   - no two labels overlap: a target's figures, the tags of a line;
 *   - tags pass contrast: words 4.5:1 on their own background, shapes 3:1;
 *   - nothing scrolls sideways at 320 px;
 *   - axe finds no WCAG 2.1 A/AA violation.
 *
 * And what a screen reader is offered: Chromium's accessibility tree (not
 * the DOM) has one region landmark per period, named, collapsed and
 * expanded, in both render modes.
 *
 *   npm run build && node --test test/e2e/visitor.test.mjs
 */
import assert from 'node:assert/strict';
import {mkdirSync} from 'node:fs';
import {resolve} from 'node:path';
import {before, describe, test} from 'node:test';
import {ROOT, openPage, serveAndLaunch, waitForWidgets} from './harness.mjs';

const SHOTS = resolve(ROOT, 'test-output/screenshots');


const e2e = serveAndLaunch();
before(async () => {
  mkdirSync(SHOTS, {recursive: true});
});

const PAGES = [
  {name: 'stromsund', path: 'index.html'},
  {name: 'exempelby', path: 'exempelby.html'},
  {name: 'theme-polis', path: 'theme-polis.html'},
  {name: 'theme-kommun', path: 'theme-kommun.html'},
];

/** Opens a demo page at `width`, every widget in `lang`, collapsed or expanded, fully filled. */
async function show(path, {width, lang, expanded}) {
  const opened = await openPage(e2e.browser, {viewport: {width, height: 900}});
  await opened.page.goto(`${e2e.server.origin}/demo/${path}`);
  await waitForWidgets(opened.page, 1);
  await opened.page.evaluate(
    async ({lang, expanded}) => {
      for (const widget of window.__e2e.widgets()) {
        widget.setAttribute('lang', lang);
        await widget.updateComplete;
        await widget.contentComplete;
      }
      if (expanded) window.__e2e.openAll();
      for (const widget of window.__e2e.widgets()) await widget.updateComplete;
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    },
    {lang, expanded}
  );
  return opened;
}

/** Runs in the page: the rules, as a list of what breaks them ('' = nothing). */
function checkRules() {
  const problems = [];
  const roots = window.__e2e.widgets().map((widget) => window.__e2e.root(widget));
  const all = (selector) => roots.flatMap((root) => [...root.querySelectorAll(selector)]);
  const describe = (element) => `${element.localName}.${[...element.classList].join('.')} "${element.textContent.trim().slice(0, 30)}"`;

  // Every rendered text at 12 CSS px or more; SVG text by its size on screen.
  for (const root of roots) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!node.data.trim() || !parent || !parent.checkVisibility()) continue;
      if (parent.closest('.visually-hidden, [hidden]')) continue;
      let size = parseFloat(getComputedStyle(parent).fontSize);
      if (parent instanceof SVGElement) size = parent.getBoundingClientRect().height;
      if (size < 12) problems.push(`text at ${size.toFixed(1)}px: ${describe(parent)}`);
    }
  }

  // No two labels overlap: a target's figures, and tags side by side.
  const overlap = (a, b) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
  const groups = [
    ...all('.figures').map((list) => [...list.querySelectorAll('.figure-term, .figure-value')]),
    ...all('.summary, .period-tags, .activity-result, .outcome-status').map((line) => [...line.querySelectorAll('[part~="tag"]')]),
  ];
  for (const group of groups) {
    // Line by line: a wrapped label's fragments, not the box around all its lines.
    const boxes = group.flatMap((element) => [...element.getClientRects()].filter((box) => box.width && box.height).map((box) => [element, box]));
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        if (boxes[i][0] !== boxes[j][0] && overlap(boxes[i][1], boxes[j][1])) {
          problems.push(`overlap: ${describe(boxes[i][0])} / ${describe(boxes[j][0])}`);
        }
      }
    }
  }

  // Tags: words 4.5:1 on their own background, their outline 3:1 against what is around them.
  const channel = (c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  const luminance = (color) => {
    const [r, g, b] = color.match(/[\d.]+/g).slice(0, 3).map((value) => channel(Number(value) / 255));
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const contrast = (a, b) => {
    const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (light + 0.05) / (dark + 0.05);
  };
  const behind = (element) => {
    for (let node = element; node; node = node.parentElement ?? node.getRootNode().host ?? null) {
      const color = getComputedStyle(node).backgroundColor;
      if (color !== 'rgba(0, 0, 0, 0)' && color !== 'transparent') return color;
    }
    return 'rgb(255, 255, 255)';
  };
  for (const tag of all('[part~="tag"]')) {
    const style = getComputedStyle(tag);
    const words = contrast(style.color, behind(tag));
    const shape = contrast(style.borderTopColor, behind(tag.parentElement));
    if (words < 4.5) problems.push(`tag words ${words.toFixed(2)}:1: ${describe(tag)}`);
    if (shape < 3) problems.push(`tag outline ${shape.toFixed(2)}:1: ${describe(tag)}`);
  }

  // Nothing sideways.
  if (document.documentElement.scrollWidth > innerWidth) {
    problems.push(`the page scrolls sideways: ${document.documentElement.scrollWidth} > ${innerWidth}`);
  }
  return problems;
}

async function axeViolations(page) {
  await page.addScriptTag({url: '/node_modules/axe-core/axe.min.js'});
  return page.evaluate(async () => {
    const result = await window.axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}});
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

describe('what a visitor sees: screenshots and the rules behind them', () => {
  for (const {name, path} of PAGES) {
    for (const width of [320, 1280]) {
      for (const lang of ['sv', 'en']) {
        for (const expanded of [false, true]) {
          const state = expanded ? 'expanded' : 'collapsed';
          test(`${name}, ${width} px, ${lang}, ${state}`, async () => {
            const {page, context} = await show(path, {width, lang, expanded});
            try {
              assert.equal(await page.evaluate(() => innerWidth), width, 'the viewport applied');
              await page.screenshot({path: resolve(SHOTS, `${name}-${width}-${lang}-${state}.png`), fullPage: true});
              assert.deepEqual(await page.evaluate(checkRules), []);
              assert.deepEqual(await axeViolations(page), []);
            } finally {
              await context.close();
            }
          });
        }
      }
    }
  }
});

describe('landmarks, as Chromium\'s accessibility tree has them', () => {
  /** The region landmarks in the accessibility tree (from the browser's own computation, not the DOM). */
  async function regions(page) {
    const cdp = await page.context().newCDPSession(page);
    const {nodes} = await cdp.send('Accessibility.getFullAXTree');
    return nodes
      .filter((node) => !node.ignored && node.role?.value === 'region')
      .map((node) => String(node.name?.value ?? ''));
  }

  for (const [mode, path] of [
    ['shadow DOM', 'index.html'],
    ['light DOM', 'light-dom.html'],
  ]) {
    for (const expanded of [false, true]) {
      test(`${mode}, ${expanded ? 'every promise open' : 'collapsed'}: one named region per period, none per panel`, async () => {
        const {page, context} = await show(path, {width: 1280, lang: 'sv', expanded});
        try {
          const promises = await page.evaluate(() => window.__e2e.toggles(window.__e2e.widgets()[0]).length);
          assert.ok(promises > 4, 'the page shows Strömsund');
          assert.equal(
            await page.evaluate(() => window.__e2e.toggles(window.__e2e.widgets()[0]).filter((b) => b.getAttribute('aria-expanded') === 'true').length),
            expanded ? promises : 0,
            'the state applied'
          );
          assert.deepEqual(await regions(page), ['Medborgarlöften 2021–2022', 'Så gick det med medborgarlöftena 2019–2021']);
        } finally {
          await context.close();
        }
      });
    }
  }
});
