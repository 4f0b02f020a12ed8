/**
 * Which language the widget speaks: its own `lang`, the page's around it, the
 * feed's, and Swedish UI for languages without UI strings; switching without
 * refetching; two languages side by side; numbers and dates in the locale.
 */
import {expect, fixture, html} from '@open-wc/testing';
import '../../src/define.js';
import type {MedborgarLoften} from '../../src/medborgar-loften.js';
import {EXEMPELBY, feed, feedScript, headings, mount, panelOf, root, settled, STROMSUND, toggleNamed, toggles, visibleText} from '../helpers/element.js';



/** Opens the promise with this area (a click only if it is closed) and returns its button. */
async function openPromise(el: MedborgarLoften, area: string): Promise<HTMLButtonElement> {
  const button = toggleNamed(el, area);
  if (button.getAttribute('aria-expanded') !== 'true') {
    button.click();
    await el.updateComplete;
  }
  expect(button.getAttribute('aria-expanded'), `${area} is open`).to.equal('true');
  return button;
}

function fold(value: string | null | undefined): string {
  return (value ?? '').replace(/\s+/g, ' ').trim();
}

function toggleNames(el: MedborgarLoften): string[] {
  return toggles(el).map((b) => fold(b.textContent));
}

function phases(el: MedborgarLoften): string[] {
  return [...root(el).querySelectorAll('[part~="phase"]')].map((p) => fold(p.textContent));
}

function baseLang(el: MedborgarLoften): string | null {
  return root(el).querySelector('[part~="base"]')!.getAttribute('lang');
}

/**
 * Lets the page's MutationObserver on `lang` run (its callback is a
 * microtask, queued by the change before this await), then waits for the
 * widget to render.
 */
async function afterLangChange(...els: MedborgarLoften[]): Promise<void> {
  await Promise.resolve();
  for (const el of els) await el.updateComplete;
  // Closed panels are emptied and filled again in the new language just after the switch.
  for (const el of els) await el.contentComplete;
}

/** The element carrying the language of the first text node that contains `needle`. */
function languageElementOf(el: MedborgarLoften, needle: string): Element | null {
  const walker = document.createTreeWalker(root(el), NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.textContent!.includes(needle)) return node.parentElement!.closest('[lang]');
  }
  throw new Error(`No text "${needle}" in the rendering`);
}

/** A widget with an inline feed, not yet in the page. */
function inlineWidget(json: unknown, attributes: Record<string, string> = {}): MedborgarLoften {
  const el = document.createElement('medborgar-loften');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = feedScript(json);
  el.append(script);
  return el;
}

/** The Strömsund widget's Swedish and English look, as a visitor sees it (today fixed so both periods have ended). */
function expectSwedish(el: MedborgarLoften): void {
  expect(baseLang(el)).to.equal('sv');
  expect(toggleNames(el).slice(0, 4)).to.deep.equal(['Narkotika', 'Trafik', 'Integration och segregation', 'Bedrägerier']);
  expect(phases(el)).to.deep.equal(['Avslutad', 'Avslutad']);
  expect(headings(el)).to.include('H2 Kontakt');
  expect(headings(el)).to.include('H2 Medborgarlöften 2021–2022');
  expect(visibleText(el)).to.not.contain('Contact');
}

function expectEnglish(el: MedborgarLoften): void {
  expect(baseLang(el)).to.equal('en');
  expect(toggleNames(el).slice(0, 4)).to.deep.equal(['Drugs', 'Traffic', 'Integration and segregation', 'Fraud']);
  expect(phases(el)).to.deep.equal(['Ended', 'Ended']);
  expect(headings(el)).to.include('H2 Contact');
  expect(headings(el)).to.include('H2 Citizen promises 2021–2022');
  expect(visibleText(el)).to.not.contain('Kontakt');
}

const PAST = '2023-03-01';

describe('language', () => {
  // Open sections are remembered for the visit; every test starts from a fresh visit.
  beforeEach(() => sessionStorage.clear());
  afterEach(() => sessionStorage.clear());

  const originalPageLang = document.documentElement.getAttribute('lang');
  afterEach(() => {
    if (originalPageLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', originalPageLang);
  });

  describe('switching the lang attribute', () => {
    it('re-renders UI strings and content sv → en → sv without fetching the feed again', async () => {
      const key = `language-switch-${Math.random().toString(36).slice(2)}`;
      const el = await mount(
        html`<medborgar-loften
          lang="sv"
          today=${PAST}
          src="/__feed/count/${key}?file=demo/feeds/stromsund.json"
        ></medborgar-loften>`
      );
      expect(el.status).to.equal('loaded');
      await openPromise(el, 'Narkotika');
      expectSwedish(el);
      expect(headings(el)).to.include('H4 Bakgrund');

      el.setAttribute('lang', 'en');
      await el.updateComplete;
      expectEnglish(el);
      expect(headings(el)).to.include('H4 Background');
      // Closed (hidden) panels are brought into English just after the switch.
      await el.contentComplete;
      expect(headings(el)).to.not.include('H4 Bakgrund');
      // The open section stays open across the switch.
      expect(toggleNamed(el, 'Drugs').getAttribute('aria-expanded')).to.equal('true');
      expect(fold(panelOf(el, toggleNamed(el, 'Drugs')).textContent)).to.contain('The police and the municipality promise');

      el.setAttribute('lang', 'sv');
      await el.updateComplete;
      expectSwedish(el);
      expect(headings(el)).to.include('H4 Bakgrund');

      const {count} = await (await fetch(`/__feed/counts/${key}`)).json();
      expect(count).to.equal(1);
    });

    it('switches when the lang property is set, and back when the attribute is removed', async () => {
      const el = await fixture<MedborgarLoften>(
        html`<div lang="sv"><medborgar-loften lang="en" today=${PAST} src=${STROMSUND}></medborgar-loften></div>`
      ).then((wrapper) => settled(wrapper.querySelector('medborgar-loften')!));
      expectEnglish(el);
      el.lang = 'sv';
      await el.updateComplete;
      expectSwedish(el);
      el.lang = 'en';
      await el.updateComplete;
      expectEnglish(el);
      el.removeAttribute('lang');
      await el.updateComplete;
      expectSwedish(el);
    });
  });

  describe("the page's language", () => {
    it('follows the lang of a wrapping element, and its changes', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="en"><section><medborgar-loften today=${PAST} src=${STROMSUND}></medborgar-loften></section></div>`
      );
      const el = await settled(wrapper.querySelector('medborgar-loften')!);
      expect(el.hasAttribute('lang')).to.equal(false);
      expectEnglish(el);

      wrapper.setAttribute('lang', 'sv');
      await afterLangChange(el);
      expectSwedish(el);

      wrapper.setAttribute('lang', 'en-GB');
      await afterLangChange(el);
      expect(baseLang(el)).to.equal('en-GB');
      expect(headings(el)).to.include('H2 Contact');
      expect(toggleNames(el)[0]).to.equal('Drugs');
    });

    it('follows the document’s lang', async () => {
      const el = await mount(html`<medborgar-loften today=${PAST} src=${STROMSUND}></medborgar-loften>`);
      document.documentElement.setAttribute('lang', 'sv');
      await afterLangChange(el);
      expectSwedish(el);

      document.documentElement.setAttribute('lang', 'en');
      await afterLangChange(el);
      expectEnglish(el);

      document.documentElement.setAttribute('lang', 'sv');
      await afterLangChange(el);
      expectSwedish(el);
    });

    it('lets the widget’s own lang beat the page’s', async () => {
      document.documentElement.setAttribute('lang', 'en');
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="en"><medborgar-loften lang="sv" today=${PAST} src=${STROMSUND}></medborgar-loften></div>`
      );
      const el = await settled(wrapper.querySelector('medborgar-loften')!);
      expectSwedish(el);

      wrapper.setAttribute('lang', 'en-US');
      await afterLangChange(el);
      expectSwedish(el);

      // And the other way round.
      document.documentElement.setAttribute('lang', 'sv');
      wrapper.setAttribute('lang', 'sv');
      el.setAttribute('lang', 'en');
      await afterLangChange(el);
      expectEnglish(el);
    });

    it('uses the feed’s language when the nearest lang is empty', async () => {
      const english = feed({language: 'en'});
      const el = inlineWidget(english, {today: '2027-01-01'});
      await fixture<HTMLDivElement>(html`<div lang="">${el}</div>`);
      await settled(el);
      expect(document.documentElement.getAttribute('lang')).to.equal('sv');
      expect(baseLang(el)).to.equal('en');
      expect(toggleNames(el)).to.deep.equal(['Traffic', 'Drugs']);
      expect(phases(el)).to.deep.equal(['Ended']);
    });

    it('uses the feed’s language (sv) inside lang="" on an English page', async () => {
      document.documentElement.setAttribute('lang', 'en');
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang=""><medborgar-loften today=${PAST} src=${STROMSUND}></medborgar-loften></div>`
      );
      const el = await settled(wrapper.querySelector('medborgar-loften')!);
      expectSwedish(el);
    });

    it('uses the feed’s language when there is no lang at all', async () => {
      document.documentElement.removeAttribute('lang');
      const english = feed({language: 'en'});
      const el = inlineWidget(english, {today: '2027-01-01'});
      await fixture<HTMLDivElement>(html`<div>${el}</div>`);
      await settled(el);
      expect(baseLang(el)).to.equal('en');
      expect(toggleNames(el)).to.deep.equal(['Traffic', 'Drugs']);
      expect(phases(el)).to.deep.equal(['Ended']);
    });
  });

  describe('a language without UI strings', () => {
    it('shows Swedish UI and content in the feed’s language, marked lang="sv"', async () => {
      const el = await mount(html`<medborgar-loften lang="de" today=${PAST} src=${STROMSUND}></medborgar-loften>`);
      expect(el.getAttribute('lang')).to.equal('de');
      await openPromise(el, 'Narkotika');
      expect(toggleNames(el).slice(0, 4)).to.deep.equal(['Narkotika', 'Trafik', 'Integration och segregation', 'Bedrägerier']);
      expect(phases(el)).to.deep.equal(['Avslutad', 'Avslutad']);
      expect(headings(el)).to.include('H2 Kontakt');
      expect(headings(el)).to.include('H4 Bakgrund');
      expect(headings(el)).to.include('H2 Medborgarlöften 2021–2022');
      // Content fell back to Swedish and says so.
      expect(languageElementOf(el, 'Narkotika')?.getAttribute('lang')).to.equal('sv');
      expect(languageElementOf(el, 'Enligt polisens statistik')?.getAttribute('lang')).to.equal('sv');
    });

    it('treats a regional tag of a UI language as that language (en-GB)', async () => {
      const el = await mount(html`<medborgar-loften lang="en-GB" today=${PAST} src=${STROMSUND}></medborgar-loften>`);
      expect(headings(el)).to.include('H2 Contact');
      expect(toggleNames(el)[0]).to.equal('Drugs');
      expect(languageElementOf(el, 'Drugs')?.getAttribute('lang')).to.equal('en-GB');
    });

    it('marks the Swedish UI strings lang="sv" inside a German widget', async () => {
      const el = await mount(html`<medborgar-loften lang="de" today=${PAST} src=${STROMSUND}></medborgar-loften>`);
      await openPromise(el, 'Narkotika');
      for (const ui of ['Avslutad', 'Kontakt', 'Bakgrund', 'Löftet ges av:', 'Telefon:']) {
        expect(languageElementOf(el, ui)?.getAttribute('lang'), ui).to.equal('sv');
      }
      await expect(el).to.be.accessible();
    });
  });

  describe('two widgets on one page', () => {
    it('renders one in Swedish and one in English at the same time', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <medborgar-loften class="sv" lang="sv" today=${PAST} src=${STROMSUND}></medborgar-loften>
        <medborgar-loften class="en" lang="en" today=${PAST} src=${STROMSUND}></medborgar-loften>
      </div>`);
      const sv = await settled(wrapper.querySelector<MedborgarLoften>('.sv')!);
      const en = await settled(wrapper.querySelector<MedborgarLoften>('.en')!);
      expectSwedish(sv);
      expectEnglish(en);
      expect(visibleText(sv)).to.contain('Telefon:');
      expect(visibleText(sv)).to.not.contain('Phone:');
      expect(visibleText(en)).to.contain('Phone:');
      expect(visibleText(en)).to.not.contain('Telefon:');

      // Opening a promise in one re-renders only that one, in its own language.
      await openPromise(sv, 'Trafik');
      await openPromise(en, 'Traffic');
      expect(headings(sv)).to.include('H4 Bakgrund');
      expect(headings(sv)).to.not.include('H4 Background');
      expect(headings(en)).to.include('H4 Background');
      expect(headings(en)).to.not.include('H4 Bakgrund');

      // Swapping languages keeps each one right.
      sv.setAttribute('lang', 'en');
      en.setAttribute('lang', 'sv');
      await sv.updateComplete;
      await en.updateComplete;
      expectEnglish(sv);
      expectSwedish(en);
    });
  });

  describe('numbers and dates in the widget’s locale', () => {
    it('writes a decimal percent with a decimal comma and a space in Swedish', async () => {
      const el = await mount(html`<medborgar-loften lang="sv" src=${EXEMPELBY}></medborgar-loften>`);
      const button = await openPromise(el, 'Narkotika bland unga');
      const targets = [...panelOf(el, button).querySelectorAll('[part~="target"]')].map((t) => fold(t.textContent));
      const target = targets.find((t) => t.startsWith('Elever i gymnasiets år 2'));
      expect(target, targets.join(' | ')).to.exist;
      expect(target).to.match(/Utgångsläge 2024: 12,5[\u00a0\u202f ]%/);
      expect(target).to.match(/Mål till 2026: 10[\u00a0\u202f ]%/);
      expect(target).to.not.contain('12.5');
    });

    it('writes a decimal percent with a decimal point and no space in English', async () => {
      const el = await mount(html`<medborgar-loften lang="en" src=${EXEMPELBY}></medborgar-loften>`);
      const button = await openPromise(el, 'Drugs among young people');
      const targets = [...panelOf(el, button).querySelectorAll('[part~="target"]')].map((t) => fold(t.textContent));
      const target = targets.find((t) => t.startsWith('Pupils in the second year'));
      expect(target, targets.join(' | ')).to.exist;
      expect(target).to.contain('Baseline (2024): 12.5%');
      expect(target).to.contain('Goal by 2026: 10%');
      expect(target).to.not.contain('12,5');
    });

    it('writes an actual value with decimals in the locale too (28,5 % / 28.5%)', async () => {
      const sv = await mount(html`<medborgar-loften lang="sv" src=${EXEMPELBY}></medborgar-loften>`);
      await openPromise(sv, 'Trygghet i centrum');
      expect(visibleText(sv)).to.match(/Senaste utfall 2025: 28,5[\u00a0\u202f ]%/);
      const en = await mount(html`<medborgar-loften lang="en" src=${EXEMPELBY}></medborgar-loften>`);
      await openPromise(en, 'Safety in the town centre');
      expect(visibleText(en)).to.contain('Latest figure (2025): 28.5%');
    });

    it('writes dates in Swedish', async () => {
      const sv = await mount(html`<medborgar-loften lang="sv" src=${EXEMPELBY}></medborgar-loften>`);
      expect(fold(root(sv).querySelector('[part~="updated"]')?.textContent)).to.equal('Senast ändrad: 12 oktober 2026');
      // Full dates in a period title and in a follow-up.
      expect(headings(sv)).to.include('H2 Medborgarlöften 1 juli 2023 – 30 juni 2024');
      await openPromise(sv, 'Trafik i tätorten');
      expect(visibleText(sv)).to.contain('Uppföljningen skrevs den 15 september 2024.');
    });

    it('writes dates in English, with English month names', async () => {
      const en = await mount(html`<medborgar-loften lang="en" src=${EXEMPELBY}></medborgar-loften>`);
      const updated = fold(root(en).querySelector('[part~="updated"]')?.textContent);
      expect(updated).to.match(/^Last updated: (12 October 2026|October 12, 2026)$/);
      expect(headings(en).some((h) => /^H2 Citizen promises .*July.*2023 – .*June.*2024$/.test(h)), headings(en).join(' | ')).to.equal(true);
    });

    it('writes English dates day first: "12 October 2026"', async () => {
      for (const lang of ['en', 'en-GB']) {
        const en = await mount(html`<medborgar-loften lang=${lang} src=${EXEMPELBY}></medborgar-loften>`);
        expect(fold(root(en).querySelector('[part~="updated"]')?.textContent), lang).to.equal('Last updated: 12 October 2026');
        expect(headings(en), lang).to.include('H2 Citizen promises 1 July 2023 – 30 June 2024');
      }
    });

    it('writes dates the way a region of a UI language does (en-US, through Intl)', async () => {
      const us = await mount(html`<medborgar-loften lang="en-US" src=${EXEMPELBY}></medborgar-loften>`);
      expect(fold(root(us).querySelector('[part~="updated"]')?.textContent)).to.equal('Last updated: October 12, 2026');
    });

    it('writes dates in Swedish for a language without UI strings', async () => {
      const el = await mount(html`<medborgar-loften lang="de" src=${EXEMPELBY}></medborgar-loften>`);
      expect(fold(root(el).querySelector('[part~="updated"]')?.textContent)).to.equal('Senast ändrad: 12 oktober 2026');
    });
  });
});
