/**
 * The widget in Finnish (lang="fi"): Finnish interface words, dates,
 * numbers and plural forms; the feed's Finnish texts where it has them and
 * each other text marked with its own language; not one Swedish or English
 * interface word; axe clean, collapsed and expanded, loaded and failed.
 */
import {expect, fixture, html} from '@open-wc/testing';
import '../../src/define.js';
import type {MedborgarLoften} from '../../src/medborgar-loften.js';
import {EXEMPELBY, feed, headings, mountInline, root, settled, toggleNamed, toggles, visibleText} from '../helpers/element.js';

/** A day when the Exempelby feed has a current, an ended and an upcoming period. */
const TODAY = '2026-01-15';

const fold = (value: string | null | undefined) => (value ?? '').replace(/\s+/g, ' ').trim();

async function exempelbyInFinnish(): Promise<{el: MedborgarLoften; json: unknown}> {
  const json = await (await fetch(EXEMPELBY)).json();
  const el = await mountInline(json, {lang: 'fi', today: TODAY});
  expect(el.status).to.equal('loaded');
  return {el, json};
}

async function openAll(el: MedborgarLoften): Promise<void> {
  for (const button of toggles(el)) if (button.getAttribute('aria-expanded') !== 'true') button.click();
  await el.updateComplete;
  await el.contentComplete;
  expect(toggles(el).every((button) => button.getAttribute('aria-expanded') === 'true'), 'every promise is open').to.equal(true);
}

/**
 * The Swedish and English words of the widget's interface, from the XLIFF:
 * every stretch of a message's Swedish source and English translation
 * between its placeholders, without the words Finnish shares.
 */
async function swedishAndEnglishInterfaceWords(): Promise<string[]> {
  const read = async (url: string) => new DOMParser().parseFromString(await (await fetch(url)).text(), 'application/xml');
  const pieces = (element: Element | undefined) =>
    [...(element?.childNodes ?? [])]
      .filter((node) => node.nodeType === Node.TEXT_NODE)
      .flatMap((node) => node.textContent!.split(/[():,.…–]/))
      .map((piece) => piece.trim())
      .filter((piece) => /\p{L}{3}/u.test(piece));
  const english = await read('/locales/en.xlf');
  const finnish = await read('/locales/fi.xlf');
  const finnishWords = new Set(
    [...finnish.getElementsByTagName('target')].flatMap((target) => pieces(target))
  );
  const words = new Set<string>();
  for (const unit of english.getElementsByTagName('trans-unit')) {
    for (const piece of [...pieces(unit.getElementsByTagName('source')[0]), ...pieces(unit.getElementsByTagName('target')[0])]) {
      if (!finnishWords.has(piece)) words.add(piece);
    }
  }
  return [...words];
}

/** The texts the widget shows in its own language (not inside a `lang` of another language), and the names it gives. */
function textsInFinnish(el: MedborgarLoften): string[] {
  const texts: string[] = [];
  const walker = document.createTreeWalker(root(el), NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest('style, [hidden]:not([hidden="until-found"])')) continue;
    if (!parent.closest('[lang]')?.getAttribute('lang')?.startsWith('fi')) continue;
    if (node.textContent!.trim()) texts.push(node.textContent!.trim());
  }
  for (const element of root(el).querySelectorAll('[aria-label], [title]')) {
    texts.push(element.getAttribute('aria-label') ?? '', element.getAttribute('title') ?? '');
  }
  return texts.filter(Boolean);
}

function foreignWordsIn(texts: readonly string[], words: readonly string[]): string[] {
  const found: string[] = [];
  for (const text of texts) {
    for (const word of words) {
      const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      if (new RegExp(`(?<!\\p{L})${escaped}(?!\\p{L})`, 'u').test(text)) found.push(`"${word}" in "${text}"`);
    }
  }
  return found;
}

describe('Finnish (lang="fi")', () => {
  it('speaks Finnish: headings, phases, buttons and the tally', async () => {
    const {el} = await exempelbyInFinnish();
    expect(root(el).querySelector('[part~="base"]')!.getAttribute('lang')).to.equal('fi');
    expect(headings(el)).to.include('H2 Kansalaislupaukset 2025–2026');
    expect(headings(el)).to.include('H2 Yhteystiedot');
    expect([...root(el).querySelectorAll('[part~="phase"]')].map((tag) => fold(tag.textContent))).to.deep.equal([
      'Tuleva',
      'Voimassa nyt',
      'Päättynyt',
    ]);
    expect(fold(root(el).querySelector('[part~="show-all"]')?.textContent)).to.equal('Näytä kaikki lupaukset');
    expect(visibleText(el)).to.contain('Seurannassa 5 lupausta: Käynnissä: 5');
    await expect(el).to.be.accessible();
  });

  it('writes dates and numbers as Finnish does', async () => {
    const {el} = await exempelbyInFinnish();
    expect(fold(root(el).querySelector('[part~="updated"]')?.textContent)).to.equal('Viimeksi muutettu: 12. lokakuuta 2026');
    expect(headings(el)).to.include('H2 Kansalaislupaukset 1. heinäkuuta 2023 – 30. kesäkuuta 2024');
    toggleNamed(el, 'Turvallisuus keskustassa').click();
    await el.updateComplete;
    const text = visibleText(el);
    // visibleText folds the no-break space before "%" into a space.
    expect(text).to.match(/Viimeisin toteuma \(2025\): 28,5 %/);
    expect(text).to.contain('Seuranta kirjoitettiin 30. huhtikuuta 2026.');
  });

  it('shows the feed\'s Finnish where it has it, and marks every other text with its language', async () => {
    const {el} = await exempelbyInFinnish();
    const toggleNames = toggles(el).map((button) => fold(button.textContent));
    expect(toggleNames).to.include('Turvallisuus keskustassa');
    expect(toggleNamed(el, 'Turvallisuus keskustassa').querySelector('[lang]')).to.equal(null);
    // No Finnish for this area: Swedish, the feed's language, marked as such.
    const fallback = toggleNamed(el, 'Trafik i tätorten');
    expect(fallback.querySelector('[lang]')?.getAttribute('lang')).to.equal('sv');
  });

  it('says no Swedish or English interface word, with every promise open', async () => {
    const {el} = await exempelbyInFinnish();
    await openAll(el);
    const words = await swedishAndEnglishInterfaceWords();
    expect(words, 'the word list is read').to.include.members(['Bakgrund', 'Background']);
    const texts = textsInFinnish(el);
    expect(texts.join(' '), 'Finnish interface words are there').to.contain('Tausta');
    expect(foreignWordsIn(texts, words)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('the check finds a Swedish word among the Finnish (it can fail)', async () => {
    const {el} = await exempelbyInFinnish();
    const leak = document.createElement('p');
    leak.textContent = 'Bakgrund';
    root(el).querySelector('.base')!.append(leak);
    expect(foreignWordsIn(textsInFinnish(el), await swedishAndEnglishInterfaceWords())).to.deep.equal(['"Bakgrund" in "Bakgrund"']);
  });

  it('chooses the plural form by the number: 1 lupaus, 2 lupausta', async () => {
    const withStatuses = (count: number) =>
      feed({
        periods: [
          {
            id: 'p2024',
            from: '2024',
            promises: Array.from({length: count}, (_, index) => ({
              id: `p${index}`,
              area: {sv: `Område ${index}`, fi: `Aihe ${index}`},
              promise: {sv: 'Vi lovar.', fi: 'Lupaamme.'},
              outcome: {status: 'fulfilled'},
            })),
          },
        ],
      });
    const one = await mountInline(withStatuses(1), {lang: 'fi', today: TODAY});
    expect(visibleText(one)).to.contain('Seurannassa 1 lupaus: Toteutettu: 1');
    const two = await mountInline(withStatuses(2), {lang: 'fi', today: TODAY});
    expect(visibleText(two)).to.contain('Seurannassa 2 lupausta: Toteutettu: 2');
  });

  it('says that it loads, and why it cannot show the promises, in Finnish', async () => {
    const loading = await fixture<MedborgarLoften>(html`<medborgar-loften lang="fi" src="/__feed/hang" timeout="30"></medborgar-loften>`);
    await loading.updateComplete;
    expect(fold(root(loading).querySelector('[part~="message"]')?.textContent)).to.equal('Haetaan kansalaislupauksia…');
    loading.remove();

    const failed = await fixture<MedborgarLoften>(html`<medborgar-loften lang="fi" src="/__feed/status/404"></medborgar-loften>`);
    await settled(failed);
    expect(failed.status).to.equal('error');
    expect(fold(root(failed).querySelector('[part~="message"]')?.textContent)).to.equal(
      'Kansalaislupauksia ei voida näyttää juuri nyt. Kansalaislupausten tiedostoa ei löydy annetusta osoitteesta.'
    );
    await expect(failed).to.be.accessible();
  });
});
