/**
 * No feed content can inject markup or script, or produce a script link:
 * every hostile string goes into every text, rich-text and URL field.
 */
import {expect, fixture, html} from '@open-wc/testing';
import '../../src/define.js';
import type {MedborgarLoften} from '../../src/medborgar-loften.js';
import {HOSTILE_STRINGS} from '../fixtures/hostile-strings.js';
import {feed, mountInline, root, settled, toggles, until} from '../helpers/element.js';

declare global {
  interface Window {
    __canary: () => void;
    __canaryCount: number;
  }
}

/**
 * What the templates make is learnt from a harmless rendering of the same
 * feed (see `learnTemplates`), so that the check follows the templates as
 * they grow (a chart, a copy button). These are never the templates' own.
 */
const NEVER_TAGS = new Set([
  'script', 'iframe', 'frame', 'object', 'embed', 'img', 'image', 'form', 'input', 'textarea', 'select', 'meta',
  'base', 'link', 'template', 'math', 'video', 'audio', 'source', 'noscript', 'foreignobject', 'animate', 'set',
  'use', 'b', 'i',
]);
const NEVER_ATTRIBUTES = new Set(['style', 'src', 'srcdoc', 'formaction', 'action', 'data', 'xlink:href', 'autofocus']);

/** Tags and attribute names of the harmless rendering, lower case. */
const templateTags = new Set<string>();
const templateAttributes = new Set<string>();

type FieldKind = 'Text' | 'RichText' | 'URL' | 'string';

/**
 * Every Text, RichText and URL field of format 1 (and the plain strings that
 * the templates turn into text or links), as a path into the feed and how
 * the value goes in: a plain string, or the same in both languages.
 */
const FIELDS: readonly {path: string; kind: FieldKind; translated?: boolean}[] = [
  {path: 'title', kind: 'Text'},
  {path: 'intro', kind: 'RichText'},
  {path: 'url', kind: 'URL'},
  {path: 'links.0.text', kind: 'Text', translated: true},
  {path: 'links.0.url', kind: 'URL'},
  {path: 'parties.0.name', kind: 'Text'},
  {path: 'parties.0.url', kind: 'URL'},
  {path: 'periods.0.title', kind: 'Text', translated: true},
  {path: 'periods.0.intro', kind: 'RichText'},
  {path: 'periods.0.links.0.text', kind: 'Text'},
  {path: 'periods.0.links.0.url', kind: 'URL'},
  {path: 'periods.0.signatories.0.name', kind: 'string'},
  {path: 'periods.0.signatories.0.role', kind: 'Text', translated: true},
  {path: 'periods.0.outcome.summary', kind: 'RichText', translated: true},
  {path: 'periods.0.outcome.done.0', kind: 'RichText'},
  {path: 'periods.0.outcome.done.1.text', kind: 'RichText', translated: true},
  {path: 'periods.0.outcome.notDone.0.text', kind: 'RichText', translated: true},
  {path: 'periods.0.promises.0.area', kind: 'Text'},
  {path: 'periods.0.promises.0.promise', kind: 'RichText'},
  {path: 'periods.0.promises.0.places.0', kind: 'Text'},
  {path: 'periods.0.promises.0.places.1', kind: 'Text', translated: true},
  {path: 'periods.0.promises.0.background', kind: 'RichText', translated: true},
  {path: 'periods.0.promises.0.followUp', kind: 'RichText'},
  {path: 'periods.0.promises.0.activities.0.text', kind: 'RichText'},
  {path: 'periods.0.promises.0.activities.0.result', kind: 'RichText'},
  {path: 'periods.0.promises.0.activities.0.targets.0.label', kind: 'Text', translated: true},
  {path: 'periods.0.promises.0.activities.0.targets.0.unit', kind: 'Text', translated: true},
  {path: 'periods.0.promises.0.targets.0.label', kind: 'Text', translated: true},
  {path: 'periods.0.promises.0.targets.0.unit', kind: 'Text', translated: true},
  {path: 'periods.0.promises.0.outcome.summary', kind: 'RichText', translated: true},
  {path: 'periods.0.promises.0.outcome.done.0', kind: 'RichText'},
  {path: 'periods.0.promises.0.outcome.done.1.text', kind: 'RichText', translated: true},
  {path: 'periods.0.promises.0.outcome.notDone.0.text', kind: 'RichText', translated: true},
  {path: 'contacts.0.organization', kind: 'Text', translated: true},
  {path: 'contacts.0.name', kind: 'string'},
  {path: 'contacts.0.role', kind: 'Text'},
  {path: 'contacts.0.phone', kind: 'string'},
  {path: 'contacts.0.email', kind: 'string'},
  {path: 'contacts.0.url', kind: 'URL'},
  {path: 'contacts.0.address.0', kind: 'string'},
];

/** The feed's shape, every field above present with a harmless value. */
function skeleton(): Record<string, unknown> {
  const target = () => ({label: 'Mål', unit: 'st', baseline: {year: 2020, value: 1}, goal: {value: 2}, actual: {value: 3}});
  const outcome = () => ({status: 'ongoing', summary: 's', done: ['d', {text: 't', by: ['polisen']}], notDone: [{text: 'n', by: ['polisen']}]});
  return {
    format: 'medborgar-loften/1',
    title: 't',
    intro: 'i',
    url: '/u',
    parties: [{id: 'polisen', name: 'Polisen', url: '/p'}],
    periods: [
      {
        id: 'p',
        title: 't',
        from: '2024',
        intro: 'i',
        promises: [
          {
            id: 'a',
            area: 'a',
            promise: 'p',
            places: ['x', 'y'],
            background: 'b',
            followUp: 'f',
            activities: [{text: 'a', targets: [target()], result: 'r', status: 'fulfilled'}],
            targets: [target()],
            outcome: outcome(),
          },
        ],
        outcome: outcome(),
        signatories: [{name: 'n', role: 'r', party: 'polisen'}],
        links: [{text: 't', url: '/l'}],
      },
    ],
    contacts: [{organization: 'o', name: 'n', role: 'r', phone: '1', email: 'a@b.se', url: '/c', address: ['a']}],
    links: [{text: 't', url: '/l'}],
  };
}

function setAt(object: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let node = object as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[keys[keys.length - 1]!] = value;
}

/** A feed with `value` in every Text, RichText and URL field of format 1. */
function feedWith(value: string): Record<string, unknown> {
  const json = skeleton();
  for (const field of FIELDS) setAt(json, field.path, field.translated ? {sv: value, en: value} : value);
  return json;
}

/** Elements with attributes that load or navigate, in the page and in every shadow root. */
function urlAttributes(node: Document | ShadowRoot): string[] {
  const values: string[] = [];
  for (const element of node.querySelectorAll('*')) {
    for (const name of ['href', 'src', 'action', 'formaction', 'data', 'xlink:href', 'srcdoc']) {
      const value = element.getAttribute(name);
      if (value !== null) values.push(value);
    }
    if (element.shadowRoot) values.push(...urlAttributes(element.shadowRoot));
  }
  return values;
}

/** What the widget rendered: its shadow root, or in `light-dom` mode its `.base` child (not the feed script or the fallback). */
function rendering(el: MedborgarLoften): ShadowRoot | Element {
  return el.shadowRoot ?? el.querySelector(':scope > .base')!;
}

function toggleButtons(el: MedborgarLoften): HTMLButtonElement[] {
  return [...rendering(el).querySelectorAll<HTMLButtonElement>('button[aria-expanded]')];
}

function assertInert(el: MedborgarLoften): void {
  for (const node of rendering(el).querySelectorAll('*')) {
    const tag = node.tagName.toLowerCase();
    if (tag === 'style') continue;
    expect(NEVER_TAGS.has(tag), `forbidden <${tag}>`).to.equal(false);
    expect(templateTags.has(tag), `<${tag}>, which the templates do not make`).to.equal(true);
    for (const attribute of node.getAttributeNames()) {
      expect(attribute.startsWith('on'), `event handler attribute ${attribute}`).to.equal(false);
      expect(NEVER_ATTRIBUTES.has(attribute), `attribute ${attribute} on <${tag}>`).to.equal(false);
      expect(
        templateAttributes.has(attribute) || attribute.startsWith('aria-'),
        `attribute ${attribute} on <${tag}>, which the templates do not set`
      ).to.equal(true);
    }
  }
  for (const link of rendering(el).querySelectorAll('a')) {
    const href = link.getAttribute('href') ?? '';
    const resolved = link.protocol;
    expect(['https:', 'http:', 'mailto:', 'tel:'], `href ${JSON.stringify(href)}`).to.include(resolved);
    expect(href.replace(/[\s\u0000-\u001f]/g, '').toLowerCase()).to.not.match(/^(javascript|data|vbscript):/);
  }
  // Nowhere on the page (the widget's root, the fallback, the test page) a script URL.
  for (const value of urlAttributes(document)) {
    const squeezed = value.replace(/[\s\u0000-\u0020\u007f-\u009f\u00ad\u200b-\u200f\u2028\u2029\u2060\ufeff]/g, '');
    expect(squeezed.toLowerCase(), `URL attribute ${JSON.stringify(value)}`).to.not.match(/^(javascript|data|vbscript):/);
  }
}

/** Shadow DOM (the default) and light DOM: the same templates into another root. */
// show-title: the feed's title is one of the fields under test.
const MODES: readonly Record<string, string>[] = [{'show-title': ''}, {'light-dom': '', 'show-title': ''}];

/**
 * Every state the payload tests put a widget in: rendered, every promise
 * opened, then in English. Whether injected markup could run anything is
 * decided by `check` (assertInert: no element, attribute or URL that the
 * templates do not make), not by waiting for a handler that might fire.
 */
async function exercise(el: MedborgarLoften, check: () => void): Promise<void> {
  for (const button of toggleButtons(el)) button.click();
  await el.updateComplete;
  check();
  el.setAttribute('lang', 'en');
  await el.updateComplete;
  check();
}

/** Harmless values, rich text with every construct: what the templates make of them is the allowlist. */
async function learnTemplates(): Promise<void> {
  const learn = (el: MedborgarLoften) => {
    for (const node of rendering(el).querySelectorAll('*')) {
      templateTags.add(node.tagName.toLowerCase());
      for (const attribute of node.getAttributeNames()) templateAttributes.add(attribute);
    }
  };
  const richSample = '**fet** *kursiv* [länk](https://example.org)\nrad två\n\n- punkt\n- [två](/x)';
  for (const json of [skeleton(), feedWith(richSample)]) {
    for (const attributes of MODES) {
      const el = await mountInline(json, attributes);
      expect(el.status).to.equal('loaded');
      learn(el);
      await exercise(el, () => learn(el));
      el.parentElement!.remove();
    }
  }
  for (const tag of ['a', 'em', 'strong', 'br', 'p', 'ul', 'li']) {
    expect(templateTags.has(tag), `the harmless rendering has <${tag}>`).to.equal(true);
  }
}

describe('feed content cannot inject markup or script', () => {
  const originalAlert = window.alert;
  before(learnTemplates);
  beforeEach(() => {
    window.__canaryCount = 0;
    window.__canary = () => window.__canaryCount++;
    window.alert = () => window.__canaryCount++;
  });
  afterEach(() => {
    window.alert = originalAlert;
  });

  it('places each payload, once, in fields of every kind: Text, RichText, URL and plain string', () => {
    expect(new Set(HOSTILE_STRINGS).size, 'payloads are distinct').to.equal(HOSTILE_STRINGS.length);
    const kinds = new Set(FIELDS.map((field) => field.kind));
    expect([...kinds].sort()).to.deep.equal(['RichText', 'Text', 'URL', 'string']);
  });

  it('the canary works: live markup with a handler does call it (a positive control)', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    container.innerHTML = `<img src="data:," onerror="window.__canary()">`;
    expect(await until(() => window.__canaryCount === 1), 'the handler ran').to.equal(true);
    container.remove();
  });

  for (const value of HOSTILE_STRINGS) {
    it(`in every field: ${JSON.stringify(value).slice(0, 60)}`, async () => {
      for (const attributes of MODES) {
        const el = await mountInline(feedWith(value), attributes);
        expect(el.status, 'the feed renders (as text)').to.equal('loaded');
        // Text fields are text: the promise's heading and the title show the payload as written.
        expect(rendering(el).querySelector('.toggle-text')!.textContent, 'area as text').to.equal(value);
        expect(rendering(el).querySelector('.title')!.textContent, 'title as text').to.equal(value);
        // Opened, then in English (the translated fields and the fallback spans).
        await exercise(el, () => assertInert(el));
        el.parentElement!.remove();
      }
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

describe('a literal </script> inside an inline feed', () => {
  beforeEach(() => {
    window.__canaryCount = 0;
    window.__canary = () => window.__canaryCount++;
  });

  /** The embed as a CMS stores it: HTML text, parsed by the browser. Resolves with the error kinds reported. */
  async function embed(feedJson: string): Promise<{el: MedborgarLoften; errors: string[]}> {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const errors: string[] = [];
    container.addEventListener('medborgar-loften-error', (event) => errors.push(event.detail.error.kind));
    container.innerHTML = `<medborgar-loften>
      <script type="application/json">${feedJson}</script>
      <p class="fallback-content">Läs medborgarlöftena som <a href="/x.pdf">PDF</a>.</p>
    </medborgar-loften>`;
    const el = await settled(container.querySelector('medborgar-loften') as MedborgarLoften);
    return {el, errors};
  }

  function fallbackShown(el: MedborgarLoften): boolean {
    const child = el.querySelector('.fallback-content') as HTMLElement | null;
    return child !== null && child.checkVisibility() && child.offsetHeight > 0;
  }

  it('ends the feed early: the error state and the fallback show, and no script runs', async () => {
    const json = JSON.stringify(feed({title: 'a</script><script>window.__canary()</script><b>b</b>'}));
    expect(json).to.contain('</script>');
    const {el, errors} = await embed(json);
    expect(el.status).to.equal('error');
    expect(errors).to.deep.equal(['not-json']);
    expect(root(el).querySelector('[role="alert"]')!.textContent).to.match(/Medborgarlöftena kan inte visas just nu/);
    expect(fallbackShown(el), 'fallback shown').to.equal(true);
    expect(root(el).querySelector('b'), 'nothing of the rest in the widget').to.equal(null);
    expect(window.__canaryCount, 'script ran').to.equal(0);
  });

  it('the documented escape (<\\/script> or \\u003c) keeps the feed whole and shows the text as written', async () => {
    const intro = 'a</script><script>window.__canary()</script>';
    for (const json of [
      JSON.stringify(feed({intro})).replace(/<\//g, '<\\/'),
      JSON.stringify(feed({intro})).replace(/</g, '\\u003c'),
    ]) {
      const {el} = await embed(json);
      expect(el.status).to.equal('loaded');
      expect(root(el).querySelector('.intro')!.textContent).to.equal(intro);
      expect(window.__canaryCount, 'script ran').to.equal(0);
    }
  });
});
