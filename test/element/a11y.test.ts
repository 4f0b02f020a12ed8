/**
 * Accessibility of every state the widget can be in, in Swedish and English:
 * axe on the whole rendering, plus the checks axe cannot make (that every
 * ARIA reference resolves, that a toggle is named by its promise's area, that
 * a closed panel is hidden).
 */
import {expect, fixture, html} from '@open-wc/testing';
import '../../src/define.js';
import type {MedborgarLoften} from '../../src/medborgar-loften.js';
import {EXEMPELBY, STROMSUND, feed, heldFeed, mount, mountInline, panelOf, root, toggles} from '../helpers/element.js';



const LANGS = ['sv', 'en'] as const;

const FEEDS = [
  {name: 'Strömsund', src: STROMSUND},
  {name: 'Exempelby', src: EXEMPELBY},
] as const;

const FALLBACK_TEXT = 'Läs medborgarlöftena (PDF)';

type Json = Record<string, any>;

const feedCache = new Map<string, Json>();
async function feedJson(src: string): Promise<Json> {
  if (!feedCache.has(src)) feedCache.set(src, await (await fetch(src)).json());
  return feedCache.get(src)!;
}

/** A Text value in a language, falling back to the feed's language (as the feed format says). */
function textIn(value: unknown, lang: string, feedLanguage = 'sv'): string {
  if (typeof value === 'string') return value;
  const record = value as Record<string, string>;
  return record[lang] ?? record[feedLanguage] ?? Object.values(record)[0]!;
}

/** The feed's promises, periods newest first (by `from`; equal `from` keeps feed order). */
function promisesInOrder(json: Json): Json[] {
  const periods = [...(json['periods'] as Json[])].sort((a, b) => String(b['from']).localeCompare(String(a['from'])));
  return periods.flatMap((period) => period['promises'] as Json[]);
}

/** Closed: the panel has `hidden` (plain, or until-found for find-in-page) and none of its content is rendered. */
function panelClosed(panel: HTMLElement): boolean {
  return panel.hasAttribute('hidden') && panel.children.length > 0 && [...panel.children].every((child) => !child.checkVisibility());
}

/** Open: no `hidden`, and the panel is rendered with a height. */
function panelOpen(panel: HTMLElement): boolean {
  return !panel.hasAttribute('hidden') && panel.checkVisibility() && panel.offsetHeight > 0;
}

function fold(value: string | null | undefined): string {
  return (value ?? '').replace(/\s+/g, ' ').trim();
}

function base(el: MedborgarLoften): HTMLElement {
  const found = root(el).querySelector<HTMLElement>('[part~="base"]');
  if (!found) throw new Error('no part="base" element');
  return found;
}

/** Opens every closed promise, one click each, as a visitor would. */
async function expandAll(el: MedborgarLoften): Promise<void> {
  for (const button of toggles(el)) {
    if (button.getAttribute('aria-expanded') !== 'true') {
      button.click();
      await el.updateComplete;
    }
  }
}

/** Every IDREF in `attribute` inside the shadow root resolves to an element in the same root. */
function danglingReferences(el: MedborgarLoften, attribute: string): string[] {
  const dangling: string[] = [];
  for (const element of root(el).querySelectorAll(`[${attribute}]`)) {
    const ids = element.getAttribute(attribute)!.split(/\s+/).filter(Boolean);
    if (ids.length === 0) dangling.push(`${element.tagName} has an empty ${attribute}`);
    for (const id of ids) {
      if (!root(el).getElementById(id)) dangling.push(`${element.tagName} ${attribute}="${id}"`);
    }
  }
  return dangling;
}

/** The element carrying the language of the first text node that contains `needle`. */
function languageElementOf(el: MedborgarLoften, needle: string): Element | null {
  const walker = document.createTreeWalker(root(el), NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.textContent!.includes(needle)) return node.parentElement!.closest('[lang]');
  }
  throw new Error(`No text "${needle}" in the rendering`);
}

describe('accessibility', () => {
  // Open sections are remembered for the visit; every test starts from a fresh visit.
  beforeEach(() => sessionStorage.clear());
  afterEach(() => sessionStorage.clear());

  for (const lang of LANGS) {
    describe(`lang="${lang}"`, () => {
      it('is accessible while loading: busy base and a status message', async () => {
        // The server holds the feed: the widget stays in its loading state.
        const el = await fixture<MedborgarLoften>(
          html`<medborgar-loften lang=${lang} src=${heldFeed().src}
            ><a href="/medborgarloften.pdf">${FALLBACK_TEXT}</a></medborgar-loften
          >`
        );
        await el.updateComplete;
        expect(el.status).to.equal('loading');
        expect(base(el).getAttribute('aria-busy')).to.equal('true');
        const status = root(el).querySelector('[role="status"]');
        expect(status, 'a role=status message').to.exist;
        expect(fold(status!.textContent)).to.equal(
          lang === 'sv' ? 'Hämtar medborgarlöftena …' : 'Loading the citizen promises…'
        );
        await expect(el).to.be.accessible();
        // axe really saw the loading state, not the loaded one.
        expect(el.status).to.equal('loading');
      });

      for (const {name, src} of FEEDS) {
        it(`is accessible with ${name} loaded and every promise closed`, async () => {
          const el = await mount(html`<medborgar-loften lang=${lang} src=${src}></medborgar-loften>`);
          expect(el.status).to.equal('loaded');
          expect(toggles(el).length).to.be.greaterThan(0);
          // Every disclosure button, promise or "show all", says closed.
          expect(toggles(el).every((b) => b.getAttribute('aria-expanded') === 'false')).to.equal(true);
          expect(base(el).getAttribute('aria-busy')).to.equal('false');
          await expect(el).to.be.accessible();
        });

        it(`is accessible with ${name} loaded and every promise open`, async () => {
          const el = await mount(html`<medborgar-loften lang=${lang} src=${src}></medborgar-loften>`);
          await expandAll(el);
          // Every disclosure button, promise or "show all", says open.
          expect(toggles(el).every((b) => b.getAttribute('aria-expanded') === 'true')).to.equal(true);
          expect(toggles(el).every((b) => panelOpen(panelOf(el, b)))).to.equal(true);
          await expect(el).to.be.accessible();
        });

        it(`keeps every aria-controls and aria-labelledby of ${name} inside its own root`, async () => {
          const el = await mount(html`<medborgar-loften lang=${lang} src=${src}></medborgar-loften>`);
          expect(root(el).querySelectorAll('[aria-controls]').length).to.be.at.least(toggles(el).length);
          expect(danglingReferences(el, 'aria-controls')).to.deep.equal([]);
          expect(danglingReferences(el, 'aria-labelledby')).to.deep.equal([]);
          await expandAll(el);
          expect(danglingReferences(el, 'aria-controls')).to.deep.equal([]);
          expect(danglingReferences(el, 'aria-labelledby')).to.deep.equal([]);
          const ids = [...root(el).querySelectorAll('[id]')].map((element) => element.id);
          expect(new Set(ids).size, 'ids are unique').to.equal(ids.length);
        });

        it(`names each toggle of ${name} by its promise's area; panels are plain containers, not landmarks`, async () => {
          const json = await feedJson(src);
          const promises = promisesInOrder(json);
          const el = await mount(html`<medborgar-loften lang=${lang} src=${src}></medborgar-loften>`);
          const buttons = toggles(el);
          expect(buttons.map((b) => fold(b.textContent))).to.deep.equal(
            promises.map((promise) => textIn(promise['area'], lang))
          );
          buttons.forEach((button, index) => {
            const panel = panelOf(el, button);
            expect(button.id, 'the toggle has an id').to.not.equal('');
            // APG: no region role where many panels can be open at once (landmark proliferation).
            expect(panel.hasAttribute('role')).to.equal(false);
            expect(panel.hasAttribute('aria-labelledby')).to.equal(false);
            expect(panelClosed(panel), 'a closed panel is hidden').to.equal(true);
            // The panel belongs to this promise: it holds the promise's text.
            expect(fold(panel.textContent)).to.contain(fold(textIn(promises[index]!['promise'], lang)).slice(0, 40));
          });
        });

        it(`hides the panels of closed sections of ${name} and only those`, async () => {
          const el = await mount(html`<medborgar-loften lang=${lang} src=${src}></medborgar-loften>`);
          const [first, second] = toggles(el);
          first!.click();
          await el.updateComplete;
          expect(first!.getAttribute('aria-expanded')).to.equal('true');
          expect(panelOpen(panelOf(el, first!))).to.equal(true);
          expect(panelClosed(panelOf(el, first!))).to.equal(false);
          expect(second!.getAttribute('aria-expanded')).to.equal('false');
          expect(panelClosed(panelOf(el, second!))).to.equal(true);
          expect(panelOpen(panelOf(el, second!))).to.equal(false);
          first!.click();
          await el.updateComplete;
          expect(first!.getAttribute('aria-expanded')).to.equal('false');
          expect(panelClosed(panelOf(el, first!))).to.equal(true);
        });
      }

      it('is accessible in the error state, with an alert, a retry button and the fallback shown', async () => {
        const el = await mount(
          html`<medborgar-loften lang=${lang} src="/__feed/status/503"
            ><p class="fallback-content"><a href="/medborgarloften.pdf">${FALLBACK_TEXT}</a></p></medborgar-loften
          >`
        );
        expect(el.status).to.equal('error');
        const alert = root(el).querySelector('[role="alert"]');
        expect(alert, 'a role=alert message').to.exist;
        expect(fold(alert!.textContent)).to.contain(
          lang === 'sv' ? 'Medborgarlöftena kan inte visas just nu.' : 'The citizen promises cannot be shown right now.'
        );
        const buttons = [...root(el).querySelectorAll('button')];
        expect(buttons.map((b) => fold(b.textContent))).to.deep.equal([lang === 'sv' ? 'Försök igen' : 'Try again']);
        const fallback = el.querySelector<HTMLElement>('.fallback-content');
        expect(fallback, 'the fallback child is still in the element').to.exist;
        expect(fallback!.checkVisibility()).to.equal(true);
        expect(fallback!.offsetHeight).to.be.greaterThan(0);
        expect(base(el).getAttribute('aria-busy')).to.equal('false');
        await expect(el).to.be.accessible();
      });
    });
  }

  describe('content in a fallback language', () => {
    const swedishOnly = feed({
      periods: [
        {
          id: 'p2024',
          from: '2024',
          to: '2025',
          promises: [
            {
              id: 'trafik',
              area: {sv: 'Trafiksäkerhet vid skolorna'},
              promise: 'Vi lovar färre fortkörare vid skolorna.',
              background: {sv: 'Många kör för fort på Skolvägen.'},
            },
            {id: 'narkotika', area: {sv: 'Narkotika', en: 'Drugs'}, promise: {sv: 'Vi lovar att förebygga.', en: 'We promise prevention.'}},
          ],
        },
      ],
    });

    it('marks Swedish-only text lang="sv" inside an English widget, and passes axe', async () => {
      const el = await mountInline(swedishOnly, {lang: 'en'});
      expect(el.status).to.equal('loaded');
      await expandAll(el);
      expect(base(el).getAttribute('lang')).to.equal('en');
      for (const swedish of ['Trafiksäkerhet vid skolorna', 'Vi lovar färre fortkörare vid skolorna.', 'Många kör för fort på Skolvägen.']) {
        expect(languageElementOf(el, swedish)?.getAttribute('lang'), swedish).to.equal('sv');
      }
      // The English translation present is shown as English, not marked Swedish.
      expect(languageElementOf(el, 'Drugs')?.getAttribute('lang')).to.equal('en');
      expect(languageElementOf(el, 'We promise prevention.')?.getAttribute('lang')).to.equal('en');
      // The UI around it is English.
      expect(languageElementOf(el, 'Background')?.getAttribute('lang')).to.equal('en');
      await expect(el).to.be.accessible();
    });

    /** Plain strings (the feed's language, Swedish) where the format allows Text: party names, a unit, a role. */
    const plainSwedish = feed({
      parties: [
        {id: 'polisen', name: 'Polisen i Exempelby', kind: 'police'},
        {id: 'kommunen', name: 'Exempelby kommun', kind: 'municipality'},
      ],
      periods: [
        {
          id: 'p2024',
          from: '2024',
          to: '2025',
          signatories: [{name: 'Maria Ek', role: 'Kommundirektör', party: 'kommunen'}],
          promises: [
            {
              id: 'trafik',
              area: {sv: 'Trafik', en: 'Traffic'},
              promise: {sv: 'Vi lovar färre fortkörare.', en: 'We promise fewer speeders.'},
              activities: [
                {
                  text: {sv: 'Hastighetskontroller.', en: 'Speed checks.'},
                  by: ['polisen'],
                  targets: [{label: {sv: 'Kontroller', en: 'Checks'}, unit: 'kontroller per vecka', goal: {value: 4, atLeast: true}}],
                },
                {text: {sv: 'Farthinder.', en: 'Speed bumps.'}, by: ['kommunen']},
              ],
              outcome: {done: [{text: {sv: 'Tio kontroller.', en: 'Ten checks.'}, by: ['polisen']}]},
            },
          ],
        },
      ],
    });

    async function plainSwedishInEnglish(): Promise<MedborgarLoften> {
      const el = await mountInline(plainSwedish, {lang: 'en'});
      await expandAll(el);
      expect(base(el).getAttribute('lang')).to.equal('en');
      return el;
    }

    /** Every occurrence of `needle` in the rendering, each with the lang it inherits. */
    function languagesOf(el: MedborgarLoften, needle: string): (string | null)[] {
      const found: (string | null)[] = [];
      const walker = document.createTreeWalker(root(el), NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.textContent!.includes(needle)) found.push(node.parentElement!.closest('[lang]')?.getAttribute('lang') ?? null);
      }
      if (found.length === 0) throw new Error(`No text "${needle}" in the rendering`);
      return found;
    }

    it('marks Swedish party names lang="sv" in an English widget (keepers, group labels, item notes)', async () => {
      const el = await plainSwedishInEnglish();
      expect(languagesOf(el, 'Polisen i Exempelby').every((lang) => lang === 'sv'), 'Polisen i Exempelby').to.equal(true);
      expect(languagesOf(el, 'Exempelby kommun').every((lang) => lang === 'sv'), 'Exempelby kommun').to.equal(true);
    });

    it('marks a Swedish-only target unit lang="sv" in an English widget', async () => {
      const el = await plainSwedishInEnglish();
      expect(languagesOf(el, 'kontroller per vecka')).to.deep.equal(['sv']);
    });

    it('marks a Swedish-only signatory role lang="sv" in an English widget', async () => {
      const el = await plainSwedishInEnglish();
      expect(languagesOf(el, 'Kommundirektör')).to.deep.equal(['sv']);
    });

    it('is accessible to axe with plain Swedish strings in an English widget', async () => {
      const el = await plainSwedishInEnglish();
      expect(languagesOf(el, 'Speed checks.')).to.deep.equal(['en']);
      await expect(el).to.be.accessible();
    });

    it('does not mark text lang when it is in the widget’s language', async () => {
      const el = await mountInline(swedishOnly, {lang: 'sv'});
      await expandAll(el);
      expect(root(el).querySelectorAll('[lang]:not([part~="base"])').length).to.equal(0);
      expect(languageElementOf(el, 'Trafiksäkerhet vid skolorna')?.getAttribute('lang')).to.equal('sv');
      await expect(el).to.be.accessible();
    });
  });
});
