/**
 * The built file, dist/medborgar-loften.js, as pages load it, in each engine.
 * Every other browser test runs the sources; this one runs what the build
 * made of them (Lit's literal minifier, terser with its mangling of private
 * members, the light-DOM stylesheet): each controller's work once, through
 * the element's public interface, with the internal property names terser
 * shortens (rollup.config.mjs). Run `npm run build` first (`npm test` does).
 */
import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import type {MedborgarLoften, LoadEventDetail, ToggleEventDetail} from '../../src/medborgar-loften.js';
import {EXEMPELBY, heldFeed, settled, STROMSUND, until} from '../helpers/element.js';

const BUNDLE = '/dist/medborgar-loften.js';

const rootOf = (el: MedborgarLoften): ParentNode => el.shadowRoot ?? el;
const togglesOf = (el: MedborgarLoften) => [...rootOf(el).querySelectorAll<HTMLButtonElement>('.toggle')];
const panelOf = (el: MedborgarLoften, button: HTMLButtonElement) =>
  (el.shadowRoot ?? document).getElementById(button.getAttribute('aria-controls')!)!;

before(async () => {
  if (!(await fetch(BUNDLE, {method: 'HEAD'})).ok) throw new Error(`${BUNDLE} is missing: run \`npm run build\` first.`);
  await import(/* @vite-ignore */ BUNDLE);
});

afterEach(() => history.replaceState(null, '', location.pathname + location.search));

describe('the built file', () => {
  it('loads a feed, opens a promise and every promise of a period, with their events', async () => {
    const el = await fixture<MedborgarLoften>(html`<medborgar-loften remember="off" src=${STROMSUND}></medborgar-loften>`);
    const {detail} = (await oneEvent(el, 'medborgar-loften-load')) as CustomEvent<LoadEventDetail>;
    await settled(el);
    expect(detail.feed.periods.length, 'the feed in the event').to.be.above(0);
    expect(el.getAttribute('status')).to.equal('loaded');
    const [first] = togglesOf(el);
    const toggled = oneEvent(el, 'medborgar-loften-toggle') as Promise<CustomEvent<ToggleEventDetail>>;
    first!.click();
    const {detail: toggle} = await toggled;
    await el.updateComplete;
    expect(toggle.open).to.equal(true);
    expect(toggle.id).to.equal(`medborgarloften-${toggle.periodId}/${toggle.promiseId}`);
    expect(panelOf(el, first!).hidden).to.equal(false);
    rootOf(el).querySelector<HTMLButtonElement>('.show-all')!.click();
    await el.updateComplete;
    const period = first!.closest('section')!;
    const inPeriod = togglesOf(el).filter((button) => button.closest('section') === period);
    expect(inPeriod.map((button) => button.getAttribute('aria-expanded'))).to.deep.equal(inPeriod.map(() => 'true'));
  });

  it('follows its lang attribute and opens the promise the URL names', async () => {
    history.replaceState(null, '', '#medborgarloften-2019-2021/trygghet');
    const el = await settled(
      await fixture<MedborgarLoften>(html`<medborgar-loften remember="off" lang="en" src=${STROMSUND}></medborgar-loften>`)
    );
    expect(rootOf(el).querySelector('.show-all')!.textContent!.trim()).to.equal('Show all promises');
    const named = (el.shadowRoot ?? document).getElementById('medborgarloften-2019-2021/trygghet')!;
    expect(named.querySelector('.toggle')!.getAttribute('aria-expanded')).to.equal('true');
    el.setAttribute('lang', 'sv');
    await el.updateComplete;
    expect(rootOf(el).querySelector('.show-all')!.textContent!.trim()).to.equal('Visa alla löften');
  });

  it('renders into the light DOM with its own styles, and fills every panel for print', async () => {
    const held = heldFeed();
    const el = await fixture<MedborgarLoften>(html`<medborgar-loften light-dom remember="off" src=${held.src}></medborgar-loften>`);
    // Listen before the gate opens: the feed can arrive, and the load event fire, before release() returns.
    const loaded = oneEvent(el, 'medborgar-loften-load');
    await held.release();
    await loaded;
    await el.updateComplete;
    window.dispatchEvent(new Event('beforeprint'));
    // Printing fills every panel in the event itself, before the page is laid out for print.
    expect(togglesOf(el).every((button) => panelOf(el, button).childElementCount > 0), 'every panel filled').to.equal(true);
    const toggle = togglesOf(el)[0]!;
    expect(toggle.getBoundingClientRect().height).to.be.at.least(44);
    expect(getComputedStyle(toggle).display).to.equal('flex');
    await el.contentComplete;
  });

  it('offers a retry after a failure that a retry can help, and puts the focus on what came of it', async () => {
    const el = await settled(await fixture<MedborgarLoften>(html`<medborgar-loften src="/__feed/status/503"></medborgar-loften>`));
    expect(el.getAttribute('status')).to.equal('error');
    const retry = rootOf(el).querySelector<HTMLButtonElement>('.retry')!;
    retry.click();
    expect(await until(() => el.status === 'error' && rootOf(el).querySelector('.retry') !== retry)).to.equal(true);
    await el.updateComplete;
    expect((el.shadowRoot!.activeElement as HTMLElement | null)?.classList.contains('retry')).to.equal(true);
  });

  it('copies a promise’s link, remembers what was open for the visit, follows a new src, and writes Finnish dates', async () => {
    sessionStorage.clear();
    const copied: string[] = [];
    const original = navigator.clipboard.writeText;
    // The clipboard needs a user gesture and permission in a headless browser; record instead.
    navigator.clipboard.writeText = async (text: string) => void copied.push(text);
    try {
      const first = await settled(await fixture<MedborgarLoften>(html`<medborgar-loften src=${STROMSUND}></medborgar-loften>`));
      const [toggle] = togglesOf(first);
      toggle!.click();
      await first.updateComplete;
      const panel = panelOf(first, toggle!);
      panel.querySelector<HTMLButtonElement>('.copy-link')!.click();
      const status = panel.querySelector('[role="status"]')!;
      expect(await until(() => status.textContent!.trim() === 'Länken är kopierad'), 'the confirmation').to.equal(true);
      expect(copied.length).to.equal(1);
      const link = new URL(copied[0]!);
      expect(link.href.split('#')[0]).to.equal(location.href.split('#')[0]);
      expect(first.shadowRoot!.getElementById(decodeURIComponent(link.hash.slice(1)))!.contains(toggle!), 'the promise’s own link').to.equal(true);
      first.remove();
    } finally {
      navigator.clipboard.writeText = original;
    }

    const again = await settled(await fixture<MedborgarLoften>(html`<medborgar-loften src=${STROMSUND}></medborgar-loften>`));
    expect(togglesOf(again)[0]!.getAttribute('aria-expanded'), 'remembered open').to.equal('true');

    const loaded = oneEvent(again, 'medborgar-loften-load');
    again.src = EXEMPELBY;
    await loaded;
    again.setAttribute('lang', 'fi');
    await settled(again);
    await again.contentComplete;
    const finnishDate = /\d{1,2}\. [a-zäö]+kuuta \d{4}/;
    expect(finnishDate.test(rootOf(again).querySelector('.base')!.textContent!), 'a date in Finnish').to.equal(true);
    sessionStorage.clear();
  });

  it('mounts a data-medborgar-loften element', async () => {
    const host = await fixture<HTMLDivElement>(html`<div data-medborgar-loften data-src=${STROMSUND} data-remember="off"></div>`);
    expect(await until(() => host.querySelector('medborgar-loften') !== null)).to.equal(true);
    const el = await settled(host.querySelector<MedborgarLoften>('medborgar-loften')!);
    expect(togglesOf(el).length).to.be.above(0);
  });
});
