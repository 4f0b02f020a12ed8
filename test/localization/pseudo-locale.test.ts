/**
 * Every word the widget shows goes through msg(): a pseudo-locale.
 *
 * The English templates that src/localization.ts loads are replaced, for
 * this page only, by pseudo-translations made from locales/en.xlf at test
 * time: each target wrapped as "⟦…⟧", placeholders kept. The widget then
 * renders both demo feeds in English with every promise open, and each
 * loading and error state. Every visible text (and every accessible-name
 * attribute) in its shadow root must then be made only of
 *
 *   - ⟦…⟧ spans (a message, translated through the XLIFF),
 *   - strings from the feed itself (any language: fallback text is allowed),
 *   - what Intl writes between feed strings (list words such as "and",
 *     month names), numbers, punctuation and symbols.
 *
 * A Swedish word typed into a template, or an English one that skipped the
 * XLIFF, is left over and fails the test with the text it stood in.
 */
import {expect, fixture, html} from '@open-wc/testing';
import {str} from '@lit/localize';
import '../../src/define.js';
import {parseRichText, type Inline} from '../../src/feed/index.js';
import type {MedborgarLoften} from '../../src/medborgar-loften.js';
import {templates} from '../../src/generated/locales/en.js';
import {readableUrl} from '../../src/templates/contacts.js';
import {EXEMPELBY, STROMSUND, mountInline, settled, toggles} from '../helpers/element.js';

const OPEN = '⟦';
const CLOSE = '⟧';

/** A target of the XLIFF as a pseudo-translation: a string, or a str template with its placeholder indexes. */
function pseudo(target: Element): unknown {
  const strings: string[] = [''];
  const values: number[] = [];
  for (const child of target.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) strings[strings.length - 1] += child.textContent ?? '';
    else if ((child as Element).tagName === 'x') {
      values.push(Number((child as Element).getAttribute('id')));
      strings.push('');
    }
  }
  strings[0] = OPEN + strings[0];
  strings[strings.length - 1] += CLOSE;
  if (values.length === 0) return strings[0];
  return str(Object.assign([...strings], {raw: [...strings]}) as unknown as TemplateStringsArray, ...values);
}

const table = templates as unknown as Record<string, unknown>;
const original = {...table};

/** Every string of a feed as it can appear in a text node: leaves, and rich text's inline texts. */
function feedFragments(feed: unknown): string[] {
  const fragments = new Set<string>();
  const inline = (nodes: readonly Inline[]) => {
    for (const node of nodes) {
      if (node.type === 'text') fragments.add(node.text.trim());
      else if (node.type !== 'break') inline(node.children);
    }
  };
  const walk = (value: unknown) => {
    if (typeof value === 'string') {
      fragments.add(value.trim());
      // A web address is shown as its host and path.
      if (/^https?:\/\//.test(value)) fragments.add(readableUrl(value));
      for (const block of parseRichText(value).blocks) {
        if (block.type === 'paragraph') inline(block.children);
        else block.items.forEach(inline);
      }
    } else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(feed);
  // Longest first, so a name is removed before a word inside it.
  return [...fragments].filter((fragment) => fragment.length >= 2).sort((a, b) => b.length - a.length);
}

/** Words Intl writes in English between feed strings: list conjunctions and month names. */
function intlWords(): Set<string> {
  const words = new Set<string>();
  const list = new Intl.ListFormat('en', {style: 'long', type: 'conjunction'}).format(['\u0001', '\u0002', '\u0003']);
  for (const word of list.split(/[\u0001-\u0003\s,]+/)) if (word) words.add(word);
  for (let month = 0; month < 12; month++) {
    const date = new Date(Date.UTC(2021, month, 1));
    words.add(new Intl.DateTimeFormat('en', {month: 'long', timeZone: 'UTC'}).format(date));
  }
  return words;
}

const ALLOWED_ATTRIBUTES = ['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'title', 'alt', 'placeholder'];

/** What is left of a text once messages, feed strings and Intl's words are taken out; '' when nothing. */
function leftover(value: string, fragments: readonly string[], words: ReadonlySet<string>): string {
  let rest = value;
  let before: string;
  do {
    before = rest;
    rest = rest.replace(/⟦[^⟦⟧]*⟧/g, ' ');
  } while (rest !== before);
  for (const fragment of fragments) if (rest.includes(fragment)) rest = rest.split(fragment).join(' ');
  rest = rest
    .split(/\s+/)
    .filter((word) => !words.has(word.replace(/[\p{P}]/gu, '')))
    .join(' ');
  return /^[\s\p{P}\p{S}\p{N}]*$/u.test(rest) ? '' : rest.trim();
}

/** Text nodes and named attributes the visitor gets from the widget's shadow root. */
function shownTexts(el: MedborgarLoften): {where: string; text: string}[] {
  const shown: {where: string; text: string}[] = [];
  const rootNode = el.shadowRoot!;
  const walker = document.createTreeWalker(rootNode, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest('[hidden], style')) continue;
    // A line-break opportunity (<wbr>) splits a feed text in two nodes: read the words whole.
    const text = parent.querySelector(':scope > wbr') ? parent.textContent! : node.textContent!;
    if (text.trim()) shown.push({where: `<${parent.localName} class="${parent.className}">`, text});
  }
  for (const element of rootNode.querySelectorAll('*')) {
    for (const name of ALLOWED_ATTRIBUTES) {
      const value = element.getAttribute(name);
      if (value) shown.push({where: `<${element.localName}> ${name}`, text: value});
    }
  }
  return shown;
}

function untranslated(el: MedborgarLoften, fragments: readonly string[]): string[] {
  const words = intlWords();
  return shownTexts(el)
    .map(({where, text}) => ({where, text, rest: leftover(text, fragments, words)}))
    .filter(({rest}) => rest !== '')
    .map(({where, text, rest}) => `${where} "${text.trim()}": "${rest}" did not go through msg()`);
}

describe('pseudo-locale: every visible string goes through msg()', () => {
  before(async () => {
    const xml = new DOMParser().parseFromString(await (await fetch('/locales/en.xlf')).text(), 'application/xml');
    const units = [...xml.getElementsByTagName('trans-unit')];
    for (const unit of units) {
      const target = unit.getElementsByTagName('target')[0];
      if (target) table[unit.id] = pseudo(target);
    }
    // Each message the English module holds now reads as a pseudo-translation.
    const notPseudo = Object.keys(table).filter((id) => {
      const value = table[id];
      const text = typeof value === 'string' ? value : (value as {strings: string[]}).strings.join('');
      return !text.startsWith(OPEN);
    });
    expect(notPseudo, 'English messages without a trans-unit in locales/en.xlf').to.deep.equal([]);
  });

  after(() => {
    for (const id of Object.keys(table)) delete table[id];
    Object.assign(table, original);
  });

  for (const [name, url] of [
    ['Exempelby', EXEMPELBY],
    ['Strömsund', STROMSUND],
  ] as const) {
    it(`renders the ${name} feed in English with every promise open, every word from the XLIFF or the feed`, async () => {
      const json = await (await fetch(url)).json();
      // A day when one period is current, one ended and one upcoming in the Exempelby feed.
      const el = await mountInline(json, {lang: 'en', today: '2025-06-01', 'heading-level': '2'});
      expect(el.status).to.equal('loaded');
      for (const button of toggles(el)) {
        if (button.getAttribute('aria-expanded') !== 'true') button.click();
      }
      await el.updateComplete;
      expect(toggles(el).every((button) => button.getAttribute('aria-expanded') === 'true')).to.equal(true);
      const texts = shownTexts(el).map(({text}) => text).join(' ');
      expect(texts, 'the pseudo-locale is in use').to.include(OPEN);
      expect(untranslated(el, feedFragments(json))).to.deep.equal([]);
    });
  }

  it('catches a string that did not go through msg() (the check checks)', async () => {
    const json = await (await fetch(STROMSUND)).json();
    const el = await mountInline(json, {lang: 'en'});
    const leak = document.createElement('p');
    leak.textContent = 'Senast ändrad: 2024';
    el.shadowRoot!.querySelector('.base')!.append(leak);
    const button = document.createElement('button');
    button.setAttribute('aria-label', 'Close');
    el.shadowRoot!.querySelector('.base')!.append(button);
    expect(untranslated(el, feedFragments(json))).to.deep.equal([
      '<p class=""> "Senast ändrad: 2024": "Senast ändrad: 2024" did not go through msg()',
      '<button> aria-label "Close": "Close" did not go through msg()',
    ]);
  });

  it('shows the loading state through msg()', async () => {
    const el = await fixture<MedborgarLoften>(html`<medborgar-loften lang="en" src="/__feed/hang" timeout="30"></medborgar-loften>`);
    await el.updateComplete;
    expect(el.status).to.equal('loading');
    expect(shownTexts(el).some(({text}) => text.includes(OPEN))).to.equal(true);
    expect(untranslated(el, [])).to.deep.equal([]);
    el.remove();
  });

  for (const [kind, src, attributes] of [
    ['http 404', '/__feed/status/404', {}],
    ['http 500', '/__feed/status/500', {}],
    ['network', '/__feed/drop', {}],
    ['timeout', '/__feed/hang', {timeout: '0.2'}],
    ['not JSON', '/test/fixtures/not-json.txt', {}],
    ['format 2', '/test/fixtures/format-2.json', {}],
  ] as const) {
    it(`shows the ${kind} error through msg()`, async () => {
      const el = document.createElement('medborgar-loften');
      el.setAttribute('lang', 'en');
      el.setAttribute('src', src);
      for (const [attribute, value] of Object.entries(attributes)) el.setAttribute(attribute, value);
      const container = await fixture<HTMLDivElement>(html`<div></div>`);
      container.append(el);
      await settled(el);
      expect(el.status).to.equal('error');
      expect(shownTexts(el).filter(({text}) => text.includes(OPEN)).length).to.be.greaterThan(1);
      expect(untranslated(el, [])).to.deep.equal([]);
    });
  }

  it('shows the no-feed error through msg()', async () => {
    const el = await fixture<MedborgarLoften>(html`<medborgar-loften lang="en"></medborgar-loften>`);
    await settled(el);
    expect(el.status).to.equal('error');
    expect(untranslated(el, [])).to.deep.equal([]);
  });
});
