/**
 * What helps a visitor find and follow up a promise: show all, links that
 * open the right promise, find-in-page, charts, status, remembered state.
 */
import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import '../../src/define.js';
import type {MedborgarLoften} from '../../src/medborgar-loften.js';
import {EXEMPELBY, isClosed, mount, panelOf, root, STROMSUND, toggleNamed, toggles, until} from '../helpers/element.js';

function showAllButtons(el: MedborgarLoften): HTMLButtonElement[] {
  return [...root(el).querySelectorAll<HTMLButtonElement>('button.show-all')];
}

function periodSection(el: MedborgarLoften, id: string): HTMLElement {
  return root(el).getElementById(`medborgarloften-${id}`)!;
}

describe('show all / hide all', () => {
  it('one control per period opens and closes all its promises, its text and aria-expanded following', async () => {
    const el = await mount(html`<medborgar-loften src=${STROMSUND}></medborgar-loften>`);
    expect(showAllButtons(el)).to.have.length(2);
    const period = periodSection(el, '2021-2022');
    const showAll = period.querySelector<HTMLButtonElement>('button.show-all')!;
    const periodToggles = toggles(el).filter((button) => period.contains(button));
    expect(showAll.textContent!.trim()).to.equal('Visa alla löften');
    expect(showAll.getAttribute('aria-expanded')).to.equal('false');
    for (const id of showAll.getAttribute('aria-controls')!.split(' ')) expect(root(el).getElementById(id)).to.exist;

    showAll.click();
    await el.updateComplete;
    expect(periodToggles.every((button) => button.getAttribute('aria-expanded') === 'true')).to.equal(true);
    expect(showAll.textContent!.trim()).to.equal('Dölj alla löften');
    expect(showAll.getAttribute('aria-expanded')).to.equal('true');
    const other = toggleNamed(el, 'Trafiksäkerhet');
    expect(other.getAttribute('aria-expanded'), 'the other period is untouched').to.equal('false');

    showAll.click();
    await el.updateComplete;
    expect(periodToggles.every((button) => button.getAttribute('aria-expanded') === 'false')).to.equal(true);
    expect(showAll.textContent!.trim()).to.equal('Visa alla löften');
  });

  it('follows sections toggled one by one', async () => {
    const el = await mount(html`<medborgar-loften src=${STROMSUND}></medborgar-loften>`);
    const period = periodSection(el, '2019-2021');
    const showAll = period.querySelector<HTMLButtonElement>('button.show-all')!;
    const periodToggles = toggles(el).filter((button) => period.contains(button));
    for (const button of periodToggles) button.click();
    await el.updateComplete;
    expect(showAll.getAttribute('aria-expanded')).to.equal('true');
    expect(showAll.textContent!.trim()).to.equal('Dölj alla löften');
    periodToggles[1]!.click();
    await el.updateComplete;
    expect(showAll.getAttribute('aria-expanded')).to.equal('false');
    expect(showAll.textContent!.trim()).to.equal('Visa alla löften');
  });

  it('sends a toggle event for each section it changes', async () => {
    const el = await mount(html`<medborgar-loften src=${STROMSUND}></medborgar-loften>`);
    const events: string[] = [];
    el.addEventListener('medborgar-loften-toggle', (event) => events.push(`${event.detail.promiseId}:${event.detail.open}`));
    toggleNamed(el, 'Trafik').click();
    await el.updateComplete;
    periodSection(el, '2021-2022').querySelector<HTMLButtonElement>('button.show-all')!.click();
    expect(events).to.deep.equal(['trafik:true', 'narkotika:true', 'integration-och-segregation:true', 'bedragerier:true']);
  });

  it('is in English in an English widget', async () => {
    const el = await mount(html`<medborgar-loften lang="en" src=${STROMSUND}></medborgar-loften>`);
    expect(showAllButtons(el)[0]!.textContent!.trim()).to.equal('Show all promises');
  });
});

describe('copy link', () => {
  let copied: string[] = [];
  const original = navigator.clipboard?.writeText;
  beforeEach(() => {
    copied = [];
    // The clipboard needs a user gesture and permission in a headless browser; record instead.
    navigator.clipboard.writeText = async (text: string) => {
      copied.push(text);
    };
  });
  afterEach(() => {
    if (original) navigator.clipboard.writeText = original;
  });

  it('copies the page URL with the section’s fragment and says so politely', async () => {
    const el = await mount(html`<medborgar-loften src=${STROMSUND}></medborgar-loften>`);
    const button = toggleNamed(el, 'Bedrägerier');
    button.click();
    await el.updateComplete;
    const panel = panelOf(el, button);
    const copy = panel.querySelector<HTMLButtonElement>('button.copy-link')!;
    expect(copy.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Kopiera länk till Bedrägerier');
    const status = panel.querySelector('[role="status"]')!;
    expect(status.textContent!.trim()).to.equal('');
    copy.click();
    expect(await until(() => status.textContent!.trim() === 'Länken är kopierad'), 'the confirmation').to.equal(true);
    expect(copied).to.deep.equal([`${location.href.split('#')[0]}#medborgarloften-2021-2022/bedragerier`]);
  });

  it('the copied link, opened, opens that promise even after the feed was reordered', async () => {
    const el = await mount(html`<medborgar-loften src=${STROMSUND}></medborgar-loften>`);
    toggleNamed(el, 'Trygghet').click();
    await el.updateComplete;
    panelOf(el, toggleNamed(el, 'Trygghet')).querySelector<HTMLButtonElement>('button.copy-link')!.click();
    expect(await until(() => copied.length > 0), 'the link was copied').to.equal(true);
    const fragment = new URL(copied[0]!).hash;
    history.replaceState(null, '', fragment);
    const feed = await (await fetch(STROMSUND)).json();
    feed.periods.reverse();
    feed.periods[0].promises.reverse();
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(feed);
    const other = document.createElement('medborgar-loften');
    other.setAttribute('remember', 'off');
    other.append(script);
    const loaded = oneEvent(other, 'medborgar-loften-load');
    (await fixture(html`<div></div>`)).append(other);
    await loaded;
    await other.updateComplete;
    expect(toggleNamed(other, 'Trygghet').getAttribute('aria-expanded')).to.equal('true');
    history.replaceState(null, '', location.pathname + location.search);
  });
});

describe('find in page', () => {
  it('closed panels are hidden="until-found", so the browser’s find reaches them', async () => {
    const el = await mount(html`<medborgar-loften src=${STROMSUND}></medborgar-loften>`);
    for (const button of toggles(el)) expect(panelOf(el, button).getAttribute('hidden')).to.equal('until-found');
  });

  it('beforematch opens the section', async () => {
    const el = await mount(html`<medborgar-loften src=${STROMSUND}></medborgar-loften>`);
    const button = toggleNamed(el, 'Integration och segregation');
    const panel = panelOf(el, button);
    const toggled = oneEvent(el, 'medborgar-loften-toggle');
    // What the browser dispatches when find-in-page or a text-fragment link matches text inside the panel.
    panel.dispatchEvent(new Event('beforematch', {bubbles: true}));
    expect((await toggled).detail.open).to.equal(true);
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(isClosed(panel)).to.equal(false);
  });
  // What each engine's own search (text-fragment links) does with closed promises: text-fragment.test.ts.
});

describe('follow-up people can see', () => {
  it('targets as a chart: an image with a name saying what the text line says', async () => {
    const el = await mount(html`<medborgar-loften src=${STROMSUND}></medborgar-loften>`);
    toggleNamed(el, 'Bedrägerier').click();
    await el.updateComplete;
    const target = panelOf(el, toggleNamed(el, 'Bedrägerier')).querySelector('.target')!;
    const chart = target.querySelector('svg[role="img"]')!;
    expect(chart).to.exist;
    const name = chart.getAttribute('aria-label')!.replace(/\s+/g, ' ');
    const line = target.querySelector('.target-text')!.textContent!.replace(/\s+/g, ' ').replace(/ → /g, '').trim();
    expect(name).to.equal(line);
    expect(name).to.match(/^Bedrägeribrott: Utgångsläge: 163 \(2019\), Mål: minska med 10 % till 2022$/);
    expect([...chart.querySelectorAll('text')].map((t) => t.textContent!.trim())).to.deep.equal([
      'Utgångsläge 163',
      'Mål 146,7',
    ]);
  });

  it('a target with a single value gets no chart, only its text', async () => {
    const el = await mount(html`<medborgar-loften src=${STROMSUND}></medborgar-loften>`);
    toggleNamed(el, 'Bedrägerier').click();
    await el.updateComplete;
    const targets = panelOf(el, toggleNamed(el, 'Bedrägerier')).querySelectorAll('.target');
    expect(targets[1]!.querySelector('svg')).to.equal(null);
    expect(targets[1]!.textContent).to.match(/minska med 15\s%\still 2022/);
  });

  it('status in words with an icon hidden from screen readers', async () => {
    const el = await mount(html`<medborgar-loften src=${EXEMPELBY} lang="en"></medborgar-loften>`);
    for (const button of toggles(el)) button.click();
    await el.updateComplete;
    const statuses = [...root(el).querySelectorAll('.status')];
    const words = new Set(statuses.map((status) => status.textContent!.replace(/\s+/g, ' ').trim().slice(2)));
    expect([...words]).to.include.members(['Fulfilled', 'Partly fulfilled', 'Not fulfilled', 'Ongoing']);
    for (const status of statuses) expect(status.querySelector('[aria-hidden="true"]')!.textContent).to.match(/^[✓◐✗↻]$/);
  });

  const phases = [
    {today: '2026-11-27', expected: {'2027-2028': 'upcoming', '2025-2026': 'current', '2023-2024': 'ended'}},
    {today: '2024-01-15', expected: {'2027-2028': 'upcoming', '2025-2026': 'upcoming', '2023-2024': 'current'}},
    {today: '2029-01-01', expected: {'2027-2028': 'ended', '2025-2026': 'ended', '2023-2024': 'ended'}},
  ];
  for (const row of phases) {
    it(`marks periods current, ended or upcoming on ${row.today}`, async () => {
      const el = await mount(html`<medborgar-loften src=${EXEMPELBY} today=${row.today}></medborgar-loften>`);
      for (const [id, phase] of Object.entries(row.expected)) {
        const line = periodSection(el, id).querySelector('.phase')!.textContent!.trim();
        const word = {upcoming: /^Kommande/, current: /^Aktuell/, ended: /^Avslutad/}[phase]!;
        expect(line, id).to.match(word);
      }
    });
  }
});

describe('remembered state', () => {
  async function reloadLike(src: string, remember?: string): Promise<MedborgarLoften> {
    return mount(html`<medborgar-loften src=${src} remember=${remember ?? ''}></medborgar-loften>`);
  }

  it('open sections survive a reload during the visit', async () => {
    const first = await reloadLike(STROMSUND);
    toggleNamed(first, 'Trafik').click();
    toggleNamed(first, 'Trygghet').click();
    await first.updateComplete;
    first.remove();
    const second = await reloadLike(STROMSUND);
    expect(toggles(second).filter((b) => b.getAttribute('aria-expanded') === 'true').map((b) => b.textContent!.trim())).to.deep.equal([
      'Trafik',
      'Trygghet',
    ]);
  });

  it('is keyed by feed: another feed starts closed', async () => {
    const first = await reloadLike(STROMSUND);
    toggles(first)[0]!.click();
    await first.updateComplete;
    const other = await reloadLike(EXEMPELBY);
    expect(root(other).querySelectorAll('[aria-expanded="true"]')).to.have.length(0);
  });

  it('remember="off" neither stores nor restores', async () => {
    const first = await reloadLike(STROMSUND, 'off');
    toggleNamed(first, 'Trafik').click();
    await first.updateComplete;
    expect(sessionStorage.length).to.equal(0);
    const second = await reloadLike(STROMSUND, 'off');
    expect(toggleNamed(second, 'Trafik').getAttribute('aria-expanded')).to.equal('false');
  });
});
