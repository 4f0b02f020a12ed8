/**
 * The static fallback that `medborgar-loften render` writes (the widget's
 * templates without a view, src/templates/static.ts), pasted inside the
 * element: hidden once the feed has rendered, shown — and never removed —
 * when the feed cannot be shown. Here the same templates are rendered by
 * Lit in the browser; the command-line tests check the Node rendering.
 */
import {expect, fixture, html} from '@open-wc/testing';
import {render} from 'lit';
import '../../src/define.js';
import {parseFeed, type Feed} from '../../src/feed/index.js';
import {localeFor} from '../../src/locale.js';
import {renderInLocale} from '../../src/localization.js';
import type {MedborgarLoften} from '../../src/medborgar-loften.js';
import {renderStaticFeed} from '../../src/templates/static.js';
import {STROMSUND, feed, mountInline, settled} from '../helpers/element.js';


let stromsundHtml = '';

/** The static render as HTML text, as an editor would paste it. */
function renderFeedHtml(feed: Feed, options: {lang: string; headingLevel: number}): string {
  const locale = localeFor(options.lang);
  const container = document.createElement('div');
  renderInLocale(locale.ui, () => render(renderStaticFeed(feed, locale, {headingLevel: options.headingLevel}), container));
  return container.innerHTML.replace(/<!--[^>]*-->/g, '');
}

function fallbackOf(el: MedborgarLoften): HTMLElement {
  const fallback = el.querySelector<HTMLElement>('[data-medborgar-loften-fallback]');
  if (!fallback) throw new Error('the fallback is not in the light DOM any more');
  return fallback;
}

/** Whether a visitor sees it: laid out, not hidden by display or visibility. */
function isShown(element: HTMLElement): boolean {
  return element.checkVisibility({visibilityProperty: true}) && element.getClientRects().length > 0;
}

/** Mounts a widget with `src` and the rendered fallback inside, and waits for it to settle. */
async function mountWithSrc(src: string, fallbackHtml: string): Promise<MedborgarLoften> {
  const el = document.createElement('medborgar-loften');
  el.setAttribute('src', src);
  el.innerHTML = fallbackHtml;
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  container.append(el);
  return settled(el);
}

describe('static fallback from `medborgar-loften render`', () => {
  before(async () => {
    const result = parseFeed(await (await fetch(STROMSUND)).text());
    if (!result.ok) throw new Error(result.error.message);
    stromsundHtml = renderFeedHtml(result.feed, {lang: 'sv', headingLevel: 2});
  });

  it('is plain semantic HTML: headings from heading-level, no script, no style', () => {
    const container = document.createElement('div');
    container.innerHTML = stromsundHtml;
    const fallback = container.firstElementChild as HTMLElement;
    expect(fallback.hasAttribute('data-medborgar-loften-fallback')).to.equal(true);
    expect(fallback.lang).to.equal('sv');
    expect(container.querySelectorAll('script, style, [style], link')).to.have.length(0);
    expect([...container.querySelectorAll('*')].some((element) => [...element.attributes].some((a) => a.name.startsWith('on')))).to.equal(false);
    expect(container.querySelector('h2')!.textContent).to.equal('Medborgarlöften 2021–2022');
    expect(container.querySelector('h3')!.textContent).to.equal('Narkotika');
    expect(container.querySelectorAll('h1')).to.have.length(0);
    // The widget's own sentence (a no-break space before "%" in Swedish); no chart.
    expect(container.textContent!.replace(/\s+/g, ' ')).to.include('Bedrägeribrott Utgångsläge 2019: 163 Mål till 2022: högst 146 (10 % lägre)');
    expect(container.querySelectorAll('svg, button')).to.have.length(0);
  });

  it('is hidden once the feed has rendered, and kept in the light DOM', async () => {
    const el = await mountWithSrc(STROMSUND, stromsundHtml);
    expect(el.status).to.equal('loaded');
    const fallback = fallbackOf(el);
    expect(isShown(fallback)).to.equal(false);
    // The promises are on show once, in the widget, not twice.
    expect(el.shadowRoot!.querySelector('slot')).to.equal(null);
    expect(fallback.querySelectorAll('h3').length).to.be.greaterThan(3);
  });

  it('is hidden once an inline feed has rendered', async () => {
    const json = await (await fetch(STROMSUND)).json();
    const el = await mountInline(json, {}, stromsundHtml);
    expect(el.status).to.equal('loaded');
    expect(isShown(fallbackOf(el))).to.equal(false);
  });

  for (const [kind, src] of [
    ['a missing feed (404)', '/__feed/status/404'],
    ['a server error (500)', '/__feed/status/500'],
    ['a dead network', '/__feed/drop'],
    ['a feed that is not JSON', '/test/fixtures/not-json.txt'],
    ['a feed of another format', '/test/fixtures/format-2.json'],
  ] as const) {
    it(`is shown on ${kind}, with its headings and links`, async () => {
      const el = await mountWithSrc(src, stromsundHtml);
      expect(el.status).to.equal('error');
      const fallback = fallbackOf(el);
      expect(isShown(fallback)).to.equal(true);
      const heading = fallback.querySelector('h2')!;
      expect(isShown(heading)).to.equal(true);
      expect(heading.textContent).to.equal('Medborgarlöften 2021–2022');
      // It stands in the widget's slot, after the error message.
      expect(el.shadowRoot!.querySelector('slot')!.assignedElements()).to.include(fallback);
    });
  }

  it('is shown when the inline feed is broken, and hidden again once a good feed loads', async () => {
    const el = await mountInline('{"format": "medborgar-loften/1", "periods": [', {}, stromsundHtml);
    expect(el.status).to.equal('error');
    expect(isShown(fallbackOf(el))).to.equal(true);
    el.querySelector('script[type="application/json"]')!.textContent = JSON.stringify(feed());
    await el.reload();
    await el.updateComplete;
    expect(el.status).to.equal('loaded');
    expect(isShown(fallbackOf(el))).to.equal(false);
  });

  it('passes axe as the visible fallback of a failing widget', async () => {
    const el = await mountWithSrc('/__feed/status/404', stromsundHtml);
    expect(isShown(fallbackOf(el))).to.equal(true);
    await expect(el).to.be.accessible();
  });
});
