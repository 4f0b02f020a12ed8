/**
 * The documented limits (docs/feed-format.md, "Limits"): a feed too large is
 * a clear fatal error, a text too long or a list too long a clear warning,
 * and a big feed keeps the page responsive: its first render holds a few
 * promises, the rest are filled in steps with frames between them, and
 * input is handled meanwhile. How long each step takes is measured by
 * `npm run bench`, not here.
 */
import {expect, fixture, html} from '@open-wc/testing';
import '../../src/define.js';
import {MAX_FEED_CHARACTERS, MAX_ITEMS, MAX_TEXT_CHARACTERS, parseFeed} from '../../src/feed/index.js';
import type {MedborgarLoften} from '../../src/medborgar-loften.js';
import {feed, panelOf, root, toggles} from '../helpers/element.js';
import {flush, stubFetch} from './fetch-stub.js';
import {FALLBACK_HTML, expectNotBlank, fallbackShown, stromsund} from './support.js';

/** A large feed's first render holds its first 40 promises (README, `contentComplete`). */
const FIRST_RENDER_PROMISES = 40;

/** A widget with `json` as its inline feed (and the fallback, if asked), not yet on the page. */
function inlineWidget(json: string, {fallback = false} = {}): MedborgarLoften {
  const el = document.createElement('medborgar-loften');
  if (fallback) el.innerHTML = FALLBACK_HTML;
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = json;
  el.append(script);
  return el;
}

/**
 * Mounts `json` inline and follows the fill frame by frame: how many
 * promises the first render held, and how many were rendered at each frame
 * until `contentComplete`.
 */
async function mountAndFollow(json: string): Promise<{el: MedborgarLoften; first: number; frames: number[]}> {
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  const el = inlineWidget(json, {fallback: true});
  const loaded = new Promise((done) => el.addEventListener('medborgar-loften-load', done, {once: true}));
  container.append(el);
  await loaded;
  await el.updateComplete;
  const first = toggles(el).length;
  let complete = false;
  void el.contentComplete.then(() => (complete = true));
  const frames: number[] = [];
  while (!complete) {
    await new Promise((done) => requestAnimationFrame(done));
    frames.push(toggles(el).length);
  }
  return {el, first, frames};
}

function errorKind(el: MedborgarLoften): Promise<{kind: string; message: string}> {
  return new Promise((done) =>
    el.addEventListener('medborgar-loften-error', (event) => done(event.detail.error), {once: true})
  );
}

/** `count` promises, each a copy of one of `models` with a unique id. */
function manyPromises(models: readonly Record<string, unknown>[], count: number): Record<string, unknown>[] {
  return Array.from({length: count}, (_, index) => ({...models[index % models.length], id: `lofte-${index}`}));
}

describe('limits: size', () => {
  it(`parser: a feed over MAX_FEED_CHARACTERS (${MAX_FEED_CHARACTERS}) is fatal "too-large"; at the limit it is read`, () => {
    const json = JSON.stringify(feed());
    const padded = (length: number) => json.slice(0, -1) + ',"$schema":"' + 'x'.repeat(length - json.length - 13) + '"}';
    const atLimit = padded(MAX_FEED_CHARACTERS);
    expect(atLimit.length).to.equal(MAX_FEED_CHARACTERS);
    expect(parseFeed(atLimit).ok, 'at the limit').to.equal(true);
    const over = parseFeed(padded(MAX_FEED_CHARACTERS + 1));
    expect(over.ok).to.equal(false);
    if (over.ok) return;
    expect(over.error.kind).to.equal('too-large');
    expect(over.error.message).to.contain(String(MAX_FEED_CHARACTERS));
  });

  it('element, inline feed over the limit: the error state, a clear reason in the event, the fallback shown', async () => {
    const json = JSON.stringify(feed({intro: 'x'.repeat(MAX_FEED_CHARACTERS)}));
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = inlineWidget(json, {fallback: true});
    const failed = errorKind(el);
    container.append(el);
    const error = await failed;
    await el.updateComplete;
    expect(error.kind).to.equal('too-large');
    expect(error.message).to.match(/limit is 5000000/);
    expect(el.status).to.equal('error');
    expect(root(el).querySelector('[role="alert"]')!.textContent).to.match(/innehåller fel och kan inte visas/);
    expect(fallbackShown(el), 'fallback shown').to.equal(true);
    expectNotBlank(el);
  });

  describe('element, fetched feed', () => {
    it('over the limit: "too-large"', async () => {
      const stub = stubFetch();
      try {
        const container = await fixture<HTMLDivElement>(html`<div></div>`);
        const el = document.createElement('medborgar-loften');
        el.src = '/feeds/big.json';
        const failed = errorKind(el);
        container.append(el);
        await flush();
        stub.open()[0]!.respond(JSON.stringify(feed({intro: 'x'.repeat(MAX_FEED_CHARACTERS)})));
        expect((await failed).kind).to.equal('too-large');
      } finally {
        stub.restore();
      }
    });

    it('reads a response in pieces as response.text() would: a byte order mark dropped, characters split across chunks kept', async () => {
      const stub = stubFetch();
      try {
        const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(JSON.stringify(feed({title: 'Strömsund 😀'})))]);
        const body = new ReadableStream<Uint8Array>({
          start(controller) {
            // One byte at a time: every multi-byte character arrives split.
            for (const byte of bytes) controller.enqueue(new Uint8Array([byte]));
            controller.close();
          },
        });
        const container = await fixture<HTMLDivElement>(html`<div></div>`);
        const el = document.createElement('medborgar-loften');
        el.src = '/feeds/bom.json';
        el.showTitle = true;
        container.append(el);
        await flush();
        stub.open()[0]!.respond(body, {status: 200});
        await flush(el);
        await flush(el);
        expect(el.status).to.equal('loaded');
        expect(root(el).querySelector('.title')!.textContent).to.equal('Strömsund 😀');
      } finally {
        stub.restore();
      }
    });

    it('a response far over the limit (a runaway server) is not read past the limit', async function () {
      this.timeout(60_000);
      const stub = stubFetch();
      const chunk = new TextEncoder().encode('x'.repeat(1 << 20));
      let pulled = 0;
      let cancelled = false;
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          // 64 MiB, then the end: enough to tell reading it all from stopping at the limit.
          if (pulled >= 64 * chunk.length) controller.close();
          else {
            pulled += chunk.length;
            controller.enqueue(chunk);
          }
        },
        cancel() {
          cancelled = true;
        },
      });
      try {
        const container = await fixture<HTMLDivElement>(html`<div></div>`);
        const el = document.createElement('medborgar-loften');
        el.src = '/feeds/endless.json';
        const failed = errorKind(el);
        container.append(el);
        await flush();
        stub.open()[0]!.respond(body, {status: 200, headers: {'Content-Type': 'application/json'}});
        expect((await failed).kind).to.equal('too-large');
        // The limit is in characters; UTF-8 takes one to three bytes for each.
        expect(pulled, 'bytes read').to.be.at.most(3 * MAX_FEED_CHARACTERS + 2 * chunk.length);
        expect(cancelled, 'the rest of the response cancelled').to.equal(true);
      } finally {
        stub.restore();
      }
    });
  });
});

describe('limits: long texts and long lists', () => {
  const long = 'a'.repeat(MAX_TEXT_CHARACTERS + 100);

  it(`a text over MAX_TEXT_CHARACTERS (${MAX_TEXT_CHARACTERS}) is cut there with a "text-too-long" warning, in every kind of field`, () => {
    const text = JSON.stringify(
      feed({
        title: long,
        intro: {sv: long, en: 'kort'},
        periods: [{id: 'p', from: '2024', promises: [{id: 'a', area: long, promise: long, places: [long]}]}],
        contacts: [{name: long, address: [long]}],
      })
    );
    const result = parseFeed(text);
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    const paths = result.problems.filter((p) => p.code === 'text-too-long').map((p) => p.path);
    expect(paths).to.have.members([
      'title',
      'intro.sv',
      'periods[0].promises[0].area',
      'periods[0].promises[0].promise',
      'periods[0].promises[0].places[0]',
      'contacts[0].name',
      'contacts[0].address[0]',
    ]);
    expect(result.feed.title!['sv']).to.have.length(MAX_TEXT_CHARACTERS);
    expect(result.feed.contacts[0]!.name).to.have.length(MAX_TEXT_CHARACTERS);
  });

  it('never cuts a character in half (an emoji across the limit)', () => {
    const text = 'a'.repeat(MAX_TEXT_CHARACTERS - 1) + '😀' + 'b';
    const result = parseFeed(JSON.stringify(feed({title: text})));
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    const title = result.feed.title!['sv']!;
    expect(title.length).to.be.at.most(MAX_TEXT_CHARACTERS);
    expect(title).to.not.match(/[\uD800-\uDBFF]$/);
  });

  it('element: the long text renders cut, and the warning is in `warnings` and the load event', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = inlineWidget(JSON.stringify(feed({title: long})));
    el.setAttribute('show-title', '');
    const loaded = new Promise<readonly {code: string}[]>((done) =>
      el.addEventListener('medborgar-loften-load', (event) => done(event.detail.warnings), {once: true})
    );
    container.append(el);
    const warnings = await loaded;
    await el.updateComplete;
    expect(warnings.map((w) => w.code)).to.include('text-too-long');
    expect(el.warnings.map((w) => w.code)).to.include('text-too-long');
    expect(root(el).querySelector('.title')!.textContent).to.have.length(MAX_TEXT_CHARACTERS);
  });

  it(`a list over MAX_ITEMS (${MAX_ITEMS}) is cut there with a "too-many-items" warning`, () => {
    const promises = manyPromises([{area: 'A', promise: 'B'}], MAX_ITEMS + 1);
    const result = parseFeed(JSON.stringify(feed({periods: [{id: 'p', from: '2024', promises}]})));
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.feed.periods[0]!.promises).to.have.length(MAX_ITEMS);
    expect(result.problems.map((p) => `${p.code} ${p.path}`)).to.include('too-many-items periods[0].promises');
  });
});

describe('limits: responsiveness', () => {
  /** Two kinds of promise: one by a party, one with rich text. */
  const models = [
    {area: {sv: 'Trygghet', en: 'Safety'}, promise: {sv: 'Polisen och kommunen lovar att genomföra trygghetsvandringar.', en: 'We promise walks.'}, by: ['polisen']},
    {area: 'Trafik', promise: 'Vi lovar *fler* kontroller, se [planen](https://example.org/plan.pdf).'},
  ];

  it('a feed of 2,000 promises: the first render holds 40, the rest come in steps with frames between them; a toggle then changes its promise only', async function () {
    this.timeout(180_000);
    const json = JSON.stringify(feed({periods: [{id: 'stor', from: '2024', promises: manyPromises(models, 2000)}]}));
    const {el, first, frames} = await mountAndFollow(json);
    expect(first, 'promises in the first render').to.equal(FIRST_RENDER_PROMISES);
    const between = frames.filter((count) => count > first && count < 2000);
    expect(between.length, `frames painted while the headings were being added (${frames.join(', ')})`).to.be.at.least(2);
    expect(toggles(el)).to.have.length(2000);
    expect(el.status).to.equal('loaded');

    const button = toggles(el)[1000]!;
    const promise = button.closest('.promise')!;
    const changed: Node[] = [];
    const observer = new MutationObserver((records) => changed.push(...records.map((record) => record.target)));
    observer.observe(root(el), {subtree: true, childList: true, attributes: true, characterData: true});
    button.click();
    await el.updateComplete;
    observer.disconnect();
    expect(changed.length, 'the toggle changed the DOM').to.be.greaterThan(0);
    const outside = changed.filter((node) => !promise.contains(node));
    expect(outside.map((node) => (node as Element).outerHTML?.slice(0, 80) ?? node.textContent), 'changes outside the promise').to.deep.equal([]);
    el.parentElement!.remove();
  });

  it('a click during the fill is handled at once and survives the fill', async function () {
    this.timeout(180_000);
    const json = JSON.stringify(feed({periods: [{id: 'stor', from: '2024', promises: manyPromises(models, 2000)}]}));
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = inlineWidget(json);
    const loaded = new Promise((done) => el.addEventListener('medborgar-loften-load', done, {once: true}));
    container.append(el);
    await loaded;
    await el.updateComplete;
    const button = toggles(el)[10]!;
    button.click();
    await el.updateComplete;
    expect(toggles(el).length, 'the fill is still under way').to.be.below(2000);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(panelOf(el, button).textContent, 'the opened panel has its content').to.contain('trygghetsvandringar');
    await el.contentComplete;
    expect(button.getAttribute('aria-expanded'), 'still open once every promise is in').to.equal('true');
    container.remove();
  });

  it('a feed of 2,000 Strömsund-sized promises: 40 at first, then all of them', async function () {
    this.timeout(180_000);
    const seed = JSON.parse(await stromsund());
    const promises = seed.periods.flatMap((period: {promises: Record<string, unknown>[]}) => period.promises);
    const json = JSON.stringify({...seed, periods: [{...seed.periods[0], promises: manyPromises(promises, 2000)}]});
    expect(json.length).to.be.below(MAX_FEED_CHARACTERS);
    const {el, first} = await mountAndFollow(json);
    expect(first).to.equal(FIRST_RENDER_PROMISES);
    expect(el.status).to.equal('loaded');
    expect(toggles(el)).to.have.length(2000);
    el.parentElement!.remove();
  });

  it('markup-dense texts at the limits: links and emphasis up to MAX_RICH_TEXT_NODES, then plain text with a warning', async function () {
    this.timeout(180_000);
    for (const [unit, selector] of [
      ['[a](b) ', 'a'],
      ['*a* ', 'em'],
    ] as const) {
      const text = unit.repeat(Math.floor(MAX_TEXT_CHARACTERS / unit.length));
      const json = JSON.stringify(feed({periods: [{id: 'p', from: '2024', promises: manyPromises([{area: 'A', promise: text}], 240)}]}));
      expect(json.length).to.be.below(MAX_FEED_CHARACTERS);
      const {el} = await mountAndFollow(json);
      expect(el.status).to.equal('loaded');
      expect(toggles(el)).to.have.length(240);
      expect(el.warnings.map((warning) => warning.code), unit).to.include('too-much-markup');
      const [first, last] = [toggles(el)[0]!, toggles(el)[239]!];
      first.click();
      last.click();
      await el.updateComplete;
      const marked = (button: HTMLButtonElement) => panelOf(el, button).querySelectorAll(`.promise-text ${selector}`).length;
      expect(marked(first), `${unit}: the first promise keeps its markup`).to.equal(Math.floor(MAX_TEXT_CHARACTERS / unit.length));
      expect(marked(last), `${unit}: past the limit, plain text`).to.equal(0);
      expect(panelOf(el, last).querySelector('.promise-text')!.textContent, 'with every character').to.have.length(text.length);
      el.parentElement!.remove();
    }
  });
});
