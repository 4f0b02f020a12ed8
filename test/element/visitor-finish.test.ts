/**
 * What visitors see and hear, finished (issue 11): plural units, honest
 * goals, the per-period tally, tags that read without colour and pass
 * contrast, interface text kept out of site search, every part in its
 * language, unique ids with two light-DOM widgets, contacts said once.
 */
import {expect, fixture, html} from '@open-wc/testing';
import '../../src/define.js';
import type {MedborgarLoften} from '../../src/medborgar-loften.js';
import {feed, mountInline, panelOf, root, toggleNamed, toggles} from '../helpers/element.js';

const fold = (value: string | null | undefined) => (value ?? '').replace(/[\s\u00a0]+/g, ' ').trim();

/** A feed with one promise whose one activity has a target with these figures and unit. */
function targetFeed(unit: unknown, actual: number, lang = 'sv') {
  return feed({
    language: lang,
    periods: [
      {
        id: 'p',
        from: '2024',
        to: '2025',
        promises: [
          {
            id: 'vandringar',
            area: {sv: 'Trygghetsvandringar', en: 'Safety walks', se: 'Oadjebasvázzimat'},
            promise: {sv: 'Vi går trygghetsvandringar.', en: 'We go on safety walks.', se: 'Mii vázzit.'},
            targets: [{label: {sv: 'Vandringar', en: 'Walks', se: 'Vázzimat'}, unit, goal: {value: 2, atLeast: true}, actual: {value: actual}}],
          },
        ],
      },
    ],
  });
}

async function figureWords(el: MedborgarLoften): Promise<string[]> {
  const button = toggles(el)[0]!;
  button.click();
  await el.updateComplete;
  return [...panelOf(el, button).querySelectorAll('.figure')].map((figure) => fold(figure.textContent));
}

/** Relative luminance and contrast, as WCAG 2.1 defines them. */
function luminance(color: string): number {
  const [r, g, b] = color.match(/[\d.]+/g)!.slice(0, 3).map(Number).map((channel) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}
/** The colour behind an element: the nearest ancestor (through shadow roots) with an opaque background, else white. */
function backgroundOf(element: Element): string {
  for (let node: Element | null = element; node; node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host ?? null)) {
    const color = getComputedStyle(node).backgroundColor;
    if (color !== 'rgba(0, 0, 0, 0)' && color !== 'transparent') return color;
  }
  return 'rgb(255, 255, 255)';
}

const UNIT = {one: {sv: 'vandring per år', en: 'walk per year'}, other: {sv: 'vandringar per år', en: 'walks per year'}};

describe('plural units', () => {
  it('says "1 vandring per år" and "minst 2 vandringar per år" in Swedish', async () => {
    const el = await mountInline(targetFeed(UNIT, 1), {lang: 'sv'});
    expect(await figureWords(el)).to.deep.equal(['Mål: minst 2 vandringar per år', 'Senaste utfall: 1 vandring per år']);
  });

  it('says "1 walk per year" in English, and the plural for 1.5', async () => {
    const one = await mountInline(targetFeed(UNIT, 1), {lang: 'en'});
    expect((await figureWords(one))[1]).to.equal('Latest figure: 1 walk per year');
    const decimal = await mountInline(targetFeed(UNIT, 1.5), {lang: 'en'});
    expect((await figureWords(decimal))[1]).to.equal('Latest figure: 1.5 walks per year');
  });

  it('uses the dual of a language that has one (Northern Sami), through the same code', async () => {
    const sami = {one: {se: 'vázzin'}, two: {se: 'vázzima'}, other: {se: 'vázzimat'}};
    const two = await mountInline(targetFeed(sami, 2, 'se'), {lang: 'se'});
    // The UI is Swedish (no Sami UI yet); the unit is Sami, chosen by Sami's rules, and marked so.
    const words = await figureWords(two);
    expect(words).to.deep.equal(['Mål: minst 2 vázzima', 'Senaste utfall: 2 vázzima']);
    const unit = [...root(two).querySelectorAll('.figure-value [lang]')].map((span) => `${span.getAttribute('lang')} ${span.textContent}`);
    expect(unit).to.deep.equal(['se vázzima', 'se vázzima']);
    const five = await mountInline(targetFeed(sami, 5, 'se'), {lang: 'se'});
    expect((await figureWords(five))[1]).to.equal('Senaste utfall: 5 vázzimat');
  });

  it('falls back to "other" for a category without a form, and a form falls back in language like any text', async () => {
    const onlyOther = await mountInline(targetFeed({other: {sv: 'gånger'}}, 1), {lang: 'sv'});
    expect((await figureWords(onlyOther))[1]).to.equal('Senaste utfall: 1 gånger');
    const swedishOnly = await mountInline(targetFeed({one: {sv: 'vandring'}, other: {sv: 'vandringar'}}, 1), {lang: 'en'});
    expect((await figureWords(swedishOnly))[1]).to.equal('Latest figure: 1 vandring');
    expect(root(swedishOnly).querySelector('.figure-actual [lang="sv"]')?.textContent).to.equal('vandring');
  });
});

describe('the per-period tally', () => {
  const withStatuses = (statuses: string[]) =>
    feed({
      periods: [
        {
          id: 'p',
          from: '2023',
          to: '2024',
          promises: statuses.map((status, index) => ({
            id: `l${index}`,
            area: `Område ${index}`,
            promise: 'Vi lovar.',
            outcome: status ? {status} : undefined,
          })),
        },
      ],
    });

  it('counts the followed-up promises by status, in a plural-safe lead', async () => {
    const el = await mountInline(withStatuses(['fulfilled', 'fulfilled', 'ongoing', 'not-fulfilled', '']), {lang: 'sv'});
    const summary = root(el).querySelector('[part~="summary"]')!;
    expect(fold(summary.textContent)).to.equal('Uppföljning av 4 löften: Genomfört: 2, Inte genomfört: 1, Pågår: 1');
    const one = await mountInline(withStatuses(['partly-fulfilled', '']), {lang: 'en'});
    expect(fold(root(one).querySelector('[part~="summary"]')!.textContent)).to.equal('Follow-up of 1 promise: Partly done: 1');
  });

  it('is absent where no promise has a status yet', async () => {
    const el = await mountInline(withStatuses(['', '']), {lang: 'sv'});
    expect(root(el).querySelector('[part~="summary"]')).to.equal(null);
  });
});

describe('tags', () => {
  it('pass contrast: words 4.5:1 against their own background, shapes 3:1 against the page', async () => {
    const json = await (await fetch('/demo/feeds/exempelby.json')).json();
    const el = await mountInline(json, {lang: 'sv', today: '2026-11-27'});
    for (const button of toggles(el)) button.click();
    await el.updateComplete;
    const tags = [...root(el).querySelectorAll<HTMLElement>('[part~="tag"]')];
    const kinds = new Set(tags.map((tag) => [...tag.classList].find((name) => name.startsWith('tag-'))));
    expect(kinds.size, 'every status and phase is on show').to.equal(7);
    for (const tag of tags) {
      const style = getComputedStyle(tag);
      const own = backgroundOf(tag);
      const text = contrast(style.color, own);
      expect(text, `${tag.className}: text ${style.color} on ${own}`).to.be.at.least(4.5);
      const border = contrast(style.borderTopColor, backgroundOf(tag.parentElement!));
      expect(border, `${tag.className}: border ${style.borderTopColor}`).to.be.at.least(3);
    }
  });
});

describe('interface text is kept out of site search (data-nosnippet), feed text never', () => {
  it('marks buttons, tags, the tally, and the loading and error messages, in both modes', async () => {
    const json = await (await fetch('/demo/feeds/exempelby.json')).json();
    for (const attributes of [{}, {'light-dom': ''}] as Record<string, string>[]) {
      const el = await mountInline(json, {lang: 'sv', today: '2026-11-27', ...attributes});
      const scope = el.shadowRoot ?? el;
      for (const button of [...scope.querySelectorAll<HTMLButtonElement>('button.toggle')]) button.click();
      await el.updateComplete;
      for (const selector of ['.show-all', '.copy-link', '.copy-status', '[part~="tag"]', '[part~="summary"]']) {
        const found = [...scope.querySelectorAll(selector)];
        expect(found.length, selector).to.be.greaterThan(0);
        for (const element of found) expect(element.closest('[data-nosnippet]'), selector).to.exist;
      }
      const areas = [...scope.querySelectorAll('.toggle-text, .rich-text, .figure-value, .target-label')];
      for (const element of areas) expect(element.closest('[data-nosnippet]'), element.textContent!).to.equal(null);
    }
  });

  it('marks the error message', async () => {
    const el = await mountInline('not json', {lang: 'sv'});
    expect(root(el).querySelector('[role="alert"]')!.hasAttribute('data-nosnippet')).to.equal(true);
  });
});

describe('every part in its language', () => {
  it('names the copy-link button in one sentence, the Swedish area marked lang="sv" in an English UI', async () => {
    const json = feed({periods: [{id: 'p', from: '2024', promises: [{id: 'trafik', area: 'Trafik', promise: {sv: 'Vi lovar.', en: 'We promise.'}}]}]});
    const el = await mountInline(json, {lang: 'en'});
    toggleNamed(el, 'Trafik').click();
    await el.updateComplete;
    const copy = root(el).querySelector<HTMLButtonElement>('.copy-link')!;
    const label = root(el).getElementById(copy.getAttribute('aria-labelledby')!)!;
    expect(fold(label.textContent)).to.equal('Copy link to Trafik');
    expect(label.querySelector('[lang="sv"]')?.textContent).to.equal('Trafik');
    // The name begins with the visible words (WCAG 2.5.3, label in name).
    expect(fold(label.textContent).startsWith(fold(copy.textContent))).to.equal(true);
  });
});

describe('two light-DOM widgets with the same feed', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('keep every id in the document unique, and a deep link opens the promise in the first only', async () => {
    const json = await (await fetch('/demo/feeds/stromsund.json')).json();
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    history.replaceState(null, '', '#medborgarloften-2021-2022/trafik');
    const widgets: MedborgarLoften[] = [];
    for (let index = 0; index < 2; index++) {
      const el = document.createElement('medborgar-loften');
      el.setAttribute('light-dom', '');
      el.setAttribute('remember', 'off');
      el.data = json;
      container.append(el);
      widgets.push(el);
    }
    for (const el of widgets) await el.contentComplete;
    await Promise.all(widgets.map((el) => el.updateComplete));
    const ids = [...document.querySelectorAll('[id]')].map((element) => element.id);
    expect(ids.length - new Set(ids).size, 'duplicate ids').to.equal(0);
    expect(document.getElementById('medborgarloften-2021-2022/trafik')!.closest('medborgar-loften')).to.equal(widgets[0]);
    const opened = widgets.map((el) => el.querySelector('button.toggle[data-fragment="medborgarloften-2021-2022/trafik"]')!.getAttribute('aria-expanded'));
    expect(opened).to.deep.equal(['true', 'false']);
    // The first leaves: the second now owns the plain ids.
    widgets[0]!.remove();
    await widgets[1]!.updateComplete;
    expect(document.getElementById('medborgarloften-2021-2022/trafik')!.closest('medborgar-loften')).to.equal(widgets[1]);
  });
});

describe('contacts', () => {
  it('say the organisation once, and a web address as its host and path', async () => {
    const json = feed({
      contacts: [
        {
          organization: 'Exempelby kommun',
          name: 'Anna Lindqvist',
          address: ['Exempelby kommun', 'Box 100', '123 45 Exempelby'],
          url: 'https://www.example.org/kommun/trygghet/',
        },
      ],
    });
    const el = await mountInline(json, {lang: 'sv'});
    const contact = root(el).querySelector('[part~="contact"]')!;
    expect([...contact.children].map((line) => fold(line.textContent))).to.deep.equal([
      'Exempelby kommun',
      'Anna Lindqvist',
      'Box 100',
      '123 45 Exempelby',
      'Webbplats: example.org/kommun/trygghet',
    ]);
    expect(contact.querySelector('a')!.getAttribute('href')).to.equal('https://www.example.org/kommun/trygghet/');
  });
});

describe('the feed title', () => {
  it('is left to the host page, and shown with show-title', async () => {
    const hidden = await mountInline(feed({title: 'Medborgarlöften'}), {lang: 'sv'});
    expect(root(hidden).querySelector('[part~="title"]')).to.equal(null);
    const shown = await mountInline(feed({title: 'Medborgarlöften'}), {lang: 'sv', 'show-title': ''});
    expect(root(shown).querySelector('[part~="title"]')!.textContent).to.equal('Medborgarlöften');
  });
});
