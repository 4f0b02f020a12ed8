/**
 * No feed content can inject markup or script, or produce a script link:
 * every hostile string goes into every text, rich-text and URL field.
 */
import {expect} from '@open-wc/testing';
import '../../src/define.js';
import type {MedborgarLoften} from '../../src/medborgar-loften.js';
import {HOSTILE_STRINGS} from '../fixtures/hostile-strings.js';
import {mountInline, root, toggles} from '../helpers/element.js';

declare global {
  interface Window {
    __canary: () => void;
    __canaryCount: number;
  }
}

/** Tags the templates make; anything else in the rendering came from a feed. */
const TEMPLATE_TAGS = new Set([
  'DIV', 'P', 'UL', 'LI', 'A', 'EM', 'STRONG', 'BR', 'SPAN', 'SECTION', 'BUTTON', 'SLOT',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
]);

/** A feed with `value` in every Text, RichText and URL field of format 1. */
function feedWith(value: string): Record<string, unknown> {
  const text = {sv: value, en: value};
  const target = {label: text, unit: text, baseline: {year: 2020, value: 1}, goal: {value: 2}, actual: {value: 3}};
  const item = {text, by: ['polisen']};
  const outcome = {status: 'ongoing', summary: text, done: [value, item], notDone: [item]};
  return {
    format: 'medborgar-loften/1',
    title: value,
    intro: value,
    url: value,
    parties: [{id: 'polisen', name: value, url: value}],
    periods: [
      {
        id: 'p',
        title: text,
        from: '2024',
        intro: value,
        promises: [
          {
            id: 'a',
            area: value,
            promise: value,
            places: [value, text],
            background: text,
            followUp: value,
            activities: [{text: value, targets: [target], result: value, status: 'fulfilled'}],
            targets: [target],
            outcome,
          },
        ],
        outcome,
        signatories: [{name: value, role: text, party: 'polisen'}],
        links: [{text: value, url: value}],
      },
    ],
    contacts: [{organization: text, name: value, role: value, phone: value, email: value, url: value, address: [value]}],
    links: [{text: text, url: value}],
  };
}

function assertInert(el: MedborgarLoften): void {
  for (const node of root(el).querySelectorAll('*')) {
    if (node.tagName === 'STYLE') continue;
    expect(TEMPLATE_TAGS.has(node.tagName), `unexpected <${node.tagName.toLowerCase()}>`).to.equal(true);
    for (const attribute of node.getAttributeNames()) {
      expect(attribute.startsWith('on'), `event handler attribute ${attribute}`).to.equal(false);
    }
  }
  for (const link of root(el).querySelectorAll('a')) {
    const href = link.getAttribute('href') ?? '';
    const resolved = link.protocol;
    expect(['https:', 'http:', 'mailto:', 'tel:'], `href ${JSON.stringify(href)}`).to.include(resolved);
    expect(href.replace(/[\s\u0000-\u001f]/g, '').toLowerCase()).to.not.match(/^(javascript|data|vbscript):/);
  }
}

describe('feed content cannot inject markup or script', () => {
  beforeEach(() => {
    window.__canaryCount = 0;
    window.__canary = () => window.__canaryCount++;
  });

  for (const value of HOSTILE_STRINGS) {
    it(`in every field: ${JSON.stringify(value).slice(0, 60)}`, async () => {
      const el = await mountInline(feedWith(value));
      expect(el.status, 'the feed renders (as text)').to.equal('loaded');
      for (const button of toggles(el)) button.click();
      await el.updateComplete;
      // Give any injected handler (onerror, onload) a chance to run.
      await new Promise((done) => setTimeout(done, 20));
      assertInert(el);
      expect(window.__canaryCount, 'script ran').to.equal(0);
    });
  }

  it('shows markup from a feed as the literal text it is', async () => {
    const el = await mountInline(feedWith('<b>fet</b> & <i>kursiv</i>'));
    toggles(el)[0]!.click();
    await el.updateComplete;
    expect(root(el).querySelector('.panel')!.textContent).to.contain('<b>fet</b> & <i>kursiv</i>');
    expect(root(el).querySelector('b, i')).to.equal(null);
  });
});
