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
    // Its name is one sentence that begins with its visible words.
    expect(copy.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Kopiera länk');
    const label = root(el).getElementById(copy.getAttribute('aria-labelledby')!)!;
    expect(label.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Kopiera länk till Bedrägerier');
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
    // Opened later: the page that follows the link has only the reordered feed.
    el.remove();
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
  it('targets as words, one figure a line, with bars on one scale from zero that screen readers skip', async () => {
    const el = await mount(html`<medborgar-loften src=${STROMSUND}></medborgar-loften>`);
    toggleNamed(el, 'Bedrägerier').click();
    await el.updateComplete;
    const target = panelOf(el, toggleNamed(el, 'Bedrägerier')).querySelector('.target')!;
    const figures = [...target.querySelectorAll<HTMLElement>('.figure')];
    const words = (figure: Element) => figure.textContent!.replace(/[\s\u00a0]+/g, ' ').trim();
    expect(figures.map(words)).to.deep.equal([
      'Utgångsläge 2019: 163',
      // 163 − 10 % = 146,7: a count of offences, rounded so the promise holds.
      'Mål till 2022: högst 146 (10 % lägre)',
    ]);
    const bars = figures.map((figure) => figure.querySelector('svg.bar')!);
    for (const bar of bars) {
      expect(bar.getAttribute('aria-hidden')).to.equal('true');
      expect(bar.hasAttribute('role')).to.equal(false);
    }
    // One scale from zero: the bars' lengths compare as the numbers do.
    const [baseline, goal] = bars.map((bar) => bar.querySelector('.bar-value')!.getBoundingClientRect().width);
    expect(goal! / baseline!).to.be.closeTo(146 / 163, 0.02);
    // Outlined, dashed: told apart without colour.
    expect(getComputedStyle(bars[0]!.querySelector('.bar-value')!).fill).to.equal('none');
    expect(getComputedStyle(bars[1]!.querySelector('.bar-value')!).strokeDasharray).to.not.equal('none');
  });

  it('a target with a single value gets no bar, only its words', async () => {
    const el = await mount(html`<medborgar-loften src=${STROMSUND}></medborgar-loften>`);
    toggleNamed(el, 'Bedrägerier').click();
    await el.updateComplete;
    const targets = panelOf(el, toggleNamed(el, 'Bedrägerier')).querySelectorAll('.target');
    expect(targets[1]!.querySelector('svg')).to.equal(null);
    expect(targets[1]!.textContent).to.match(/minska med 15\s%/);
  });

  it('statuses as tags: a word, an icon screen readers skip, and a shape of their own', async () => {
    const el = await mount(html`<medborgar-loften src=${EXEMPELBY} lang="en"></medborgar-loften>`);
    for (const button of toggles(el)) button.click();
    await el.updateComplete;
    const statuses = [...root(el).querySelectorAll<HTMLElement>('[part~="status"]')];
    const words = new Set(statuses.map((status) => status.textContent!.replace(/\s+/g, ' ').trim()));
    expect([...words].sort()).to.deep.equal(['Done', 'In progress', 'Not done', 'Partly done']);
    for (const status of statuses) {
      expect(status.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
      expect(status.hasAttribute('data-nosnippet'), 'interface words are not quoted by site search').to.equal(true);
    }
    // Without colour: each status differs from the others in its shape (fill and border) or its icon.
    const looks = new Map<string, string>();
    for (const status of statuses) {
      const style = getComputedStyle(status);
      const filled = style.backgroundColor !== 'rgb(255, 255, 255)';
      const look = `${filled ? 'filled' : 'outlined'} ${style.borderStyle} ${status.querySelector('svg')!.innerHTML}`;
      looks.set(status.textContent!.trim(), look);
    }
    expect(new Set(looks.values()).size).to.equal(4);
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
        const tag = periodSection(el, id).querySelector('[part~="phase"]')!;
        const word = {upcoming: 'Kommande', current: 'Gäller nu', ended: 'Avslutad'}[phase]!;
        expect(tag.textContent!.trim(), id).to.equal(word);
        expect(tag.getAttribute('part'), id).to.equal(`tag phase phase-${phase}`);
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
