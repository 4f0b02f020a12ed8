/**
 * What the first render holds, and what follows just after it (issue 6):
 * headings first, closed panels filled after the first paint, a large
 * feed's later promises after that; nothing shifts under the visitor while
 * it happens, and `contentComplete` tells a script when it is all there.
 */
import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import '../../src/define.js';
import type {MedborgarLoften} from '../../src/medborgar-loften.js';
import {feed, feedScript, heldFeed, isClosed, panelOf, root, STROMSUND, toggles, until} from '../helpers/element.js';

/** A feed of `count` promises in two periods. */
function largeFeed(count: number): Record<string, unknown> {
  const promises = (from: number, to: number) =>
    Array.from({length: to - from}, (_, index) => ({
      id: `p${from + index}`,
      area: `Område ${from + index}`,
      promise: `Vi lovar sak nummer ${from + index}.`,
    }));
  const half = Math.floor(count / 2);
  return feed({
    periods: [
      {id: 'ny', from: '2025', to: '2026', promises: promises(0, half)},
      {id: 'gammal', from: '2023', to: '2024', promises: promises(half, count)},
    ],
  });
}

/** Mounts an inline-feed widget and returns it at its load event, before the fill. */
async function atLoad(json: unknown): Promise<MedborgarLoften> {
  const el = document.createElement('medborgar-loften');
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = feedScript(json);
  el.append(script);
  const loaded = oneEvent(el, 'medborgar-loften-load');
  (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
  await loaded;
  await el.updateComplete;
  return el;
}

describe('first render', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('paints headings first and fills closed panels just after, then resolves contentComplete', async () => {
    const el = await fixture<MedborgarLoften>(html`<medborgar-loften src=${STROMSUND}></medborgar-loften>`);
    await oneEvent(el, 'medborgar-loften-load');
    await el.updateComplete;
    const panels = toggles(el).map((button) => panelOf(el, button));
    expect(panels.length).to.be.greaterThan(1);
    // The first render: every heading and button, no closed panel's content yet.
    expect(panels.every((panel) => isClosed(panel) && panel.childElementCount === 0)).to.equal(true);
    await el.contentComplete;
    expect(panels.every((panel) => panel.childElementCount > 0), 'every panel filled').to.equal(true);
    // Already complete: resolves at once, and again for a second caller.
    await el.contentComplete;
  });

  it('resolves contentComplete only once the feed has loaded and every panel is filled, when asked before the load', async () => {
    const el = document.createElement('medborgar-loften');
    const held = heldFeed();
    el.src = held.src;
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
    await el.updateComplete;
    expect(el.status).to.equal('loading');
    const complete = el.contentComplete;
    await held.release();
    await complete;
    expect(el.status).to.equal('loaded');
    const panels = toggles(el).map((button) => panelOf(el, button));
    expect(panels.length).to.be.greaterThan(1);
    expect(panels.every((panel) => panel.childElementCount > 0)).to.equal(true);
  });

  it('fills every panel at once when the page is printed', async () => {
    const el = await fixture<MedborgarLoften>(html`<medborgar-loften src=${STROMSUND}></medborgar-loften>`);
    await oneEvent(el, 'medborgar-loften-load');
    await el.updateComplete;
    window.dispatchEvent(new Event('beforeprint'));
    const panels = toggles(el).map((button) => panelOf(el, button));
    expect(panels.every((panel) => panel.childElementCount > 0)).to.equal(true);
  });

  it('resolves contentComplete when the feed fails: nothing is left to fill', async () => {
    const el = await fixture<MedborgarLoften>(html`<medborgar-loften src="/no/such/feed.json"></medborgar-loften>`);
    await oneEvent(el, 'medborgar-loften-error');
    await el.contentComplete;
    expect(el.status).to.equal('error');
  });

  it('renders a large feed’s first 40 promises at once and the rest just after, in feed order', async () => {
    const el = await atLoad(largeFeed(300));
    expect(toggles(el)).to.have.length(40);
    // Every period heading is there from the start.
    expect(root(el).querySelectorAll('section.period')).to.have.length(2);
    await el.contentComplete;
    const names = toggles(el).map((button) => button.textContent!.trim());
    expect(names).to.have.length(300);
    expect(names.slice(0, 3)).to.deep.equal(['Område 0', 'Område 1', 'Område 2']);
    expect(names.at(-1)).to.equal('Område 299');
    expect(toggles(el).every((button) => panelOf(el, button).childElementCount > 0)).to.equal(true);
  });

  it('renders a deep-linked promise past the first 40 in the first render, open, and keeps it when the rest arrive', async () => {
    history.replaceState(null, '', '#medborgarloften-gammal/p250');
    const el = await atLoad(largeFeed(300));
    const target = root(el).getElementById('medborgarloften-gammal/p250')!;
    expect(target, 'the linked promise is rendered at once').to.exist;
    const button = target.querySelector<HTMLButtonElement>('button[aria-expanded]')!;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(panelOf(el, button).textContent).to.contain('Vi lovar sak nummer 250.');
    await el.contentComplete;
    expect(root(el).getElementById('medborgarloften-gammal/p250'), 'the same element, not a new one').to.equal(target);
  });

  it('keeps the focused button and its place while later promises are filled in before it', async () => {
    history.replaceState(null, '', '#medborgarloften-gammal/p200');
    const el = await atLoad(largeFeed(300));
    const button = root(el).getElementById('medborgarloften-gammal/p200')!.querySelector<HTMLButtonElement>('button')!;
    button.focus();
    expect(root(el).activeElement).to.equal(button);
    await el.contentComplete;
    expect(root(el).activeElement, 'focus stays on the same button').to.equal(button);
    expect(button.textContent!.trim()).to.equal('Område 200');
    const order = toggles(el).indexOf(button);
    expect(order, 'in its place in feed order').to.equal(200);
  });

  it('switches language in one frame: headings and open panels at once, closed panels updated in place just after', async () => {
    const el = await fixture<MedborgarLoften>(html`<medborgar-loften lang="sv" src=${STROMSUND}></medborgar-loften>`);
    await oneEvent(el, 'medborgar-loften-load');
    await el.contentComplete;
    const [first, second] = toggles(el);
    first!.click();
    await el.updateComplete;
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect(first!.getAttribute('aria-expanded')).to.equal('true');
    const openPanel = panelOf(el, first!);
    expect(openPanel.textContent, 'the open panel is in English at once').to.contain('Copy link');
    // A closed panel keeps its (hidden) Swedish content until the fill reaches it…
    const closedPanel = panelOf(el, second!);
    expect(isClosed(closedPanel)).to.equal(true);
    const copyButton = closedPanel.querySelector('.copy-link');
    expect(copyButton!.textContent, 'still the previous language, hidden').to.contain('Kopiera länk');
    // …and is then updated in place: the same elements, in English.
    await el.contentComplete;
    expect(closedPanel.textContent).to.contain('Copy link');
    expect(closedPanel.textContent).not.to.contain('Kopiera länk');
    expect(closedPanel.querySelector('.copy-link'), 'updated, not rebuilt').to.equal(copyButton);
  });

  it('is accessible in its first render, before the fill: every aria-controls names an element that is there', async () => {
    const el = await atLoad(largeFeed(300));
    const check = () => {
      for (const node of root(el).querySelectorAll('[aria-controls]')) {
        const ids = node.getAttribute('aria-controls')!.split(/\s+/);
        for (const id of ids) expect(root(el).getElementById(id), `aria-controls="${id}"`).to.exist;
      }
    };
    check();
    await expect(el).to.be.accessible();
    await el.contentComplete;
    check();
    expect(root(el).querySelector('.show-all')!.getAttribute('aria-controls')!.split(' ')).to.have.length(150);
  });

  it('ends with every panel in the last language and the last feed, whatever comes during the fill', async () => {
    const el = await atLoad(largeFeed(200));
    await el.contentComplete;
    // A language switch and back while the refill runs…
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    // (once the refill has brought a first closed panel into English)
    expect(await until(() => toggles(el).some((button) => panelOf(el, button).textContent!.includes('Copy link')))).to.equal(true);
    el.setAttribute('lang', 'sv');
    await el.updateComplete;
    // …then another language, and another feed, before the fill is over.
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    const next = largeFeed(120) as {periods: {promises: {promise: string}[]}[]};
    for (const period of next.periods) for (const promise of period.promises) promise.promise = `Nytt löfte: ${promise.promise}`;
    el.data = next;
    await el.updateComplete;
    // Never the old feed's content, not even hidden, while the new one is filled in.
    for (const button of toggles(el)) {
      const panel = panelOf(el, button);
      if (panel.childElementCount) expect(panel.textContent, 'no panel keeps the old feed').to.contain('Nytt löfte:');
    }
    await el.contentComplete;
    const panels = toggles(el).map((button) => panelOf(el, button));
    expect(panels).to.have.length(120);
    for (const panel of panels) {
      expect(panel.textContent, 'the new feed').to.contain('Nytt löfte:');
      expect(panel.textContent, 'the last language').to.contain('Copy link');
      expect(panel.textContent).not.to.contain('Kopiera länk');
    }
  });
});
