/**
 * The documented limits (docs/feed-format.md, "Limits"): a feed too large is
 * a clear fatal error, a text too long or a list too long a clear warning,
 * and a big feed keeps the page responsive. The longest main-thread task is
 * measured with a PerformanceObserver for `longtask` entries.
 */
import {expect, fixture, html} from '@open-wc/testing';
import '../../src/define.js';
import {MAX_FEED_CHARACTERS, MAX_ITEMS, MAX_TEXT_CHARACTERS, parseFeed} from '../../src/feed/index.js';
import type {MedborgarLoften} from '../../src/medborgar-loften.js';
import {feed, mountInline, root, toggles} from '../helpers/element.js';
import {flush, stubFetch} from './fetch-stub.js';
import {FALLBACK_HTML, expectNotBlank, fallbackShown, stromsund} from './support.js';

/** Long tasks (over 50 ms) that start from now on, until `stop()`. */
function watchLongTasks(): {stop(): number[]} {
  const start = performance.now();
  const durations: number[] = [];
  const take = (entries: PerformanceEntryList) => {
    for (const entry of entries) if (entry.startTime >= start) durations.push(entry.duration);
  };
  const observer = new PerformanceObserver((list) => take(list.getEntries()));
  observer.observe({type: 'longtask', buffered: true});
  return {
    stop() {
      take(observer.takeRecords());
      observer.disconnect();
      return durations;
    },
  };
}

/** Mounts `json` inline and measures the longest task from before the mount until the page is idle again. */
async function measureMount(json: string): Promise<{el: MedborgarLoften; longest: number; total: number}> {
  const watch = watchLongTasks();
  const started = performance.now();
  const el = await mountInline(json, {}, FALLBACK_HTML);
  const total = performance.now() - started;
  // Long-task entries arrive after the task; let them.
  await new Promise((done) => setTimeout(done, 100));
  return {el, longest: Math.max(0, ...watch.stop()), total};
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
    const el = document.createElement('medborgar-loften');
    el.innerHTML = FALLBACK_HTML;
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = json;
    el.append(script);
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
      this.timeout(20_000);
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
    const el = document.createElement('medborgar-loften');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(feed({title: long}));
    el.append(script);
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
  it('a feed of 2,000 promises renders with no task over 1,500 ms, and a toggle stays quick', async function () {
    this.timeout(30_000);
    const promises = manyPromises(
      [
        {area: {sv: 'Trygghet', en: 'Safety'}, promise: {sv: 'Polisen och kommunen lovar att genomföra trygghetsvandringar.', en: 'We promise walks.'}, by: ['polisen']},
        {area: 'Trafik', promise: 'Vi lovar *fler* kontroller, se [planen](https://example.org/plan.pdf).'},
      ],
      2000
    );
    const json = JSON.stringify(feed({periods: [{id: 'stor', from: '2024', promises}]}));
    const {el, longest, total} = await measureMount(json);
    expect(el.status).to.equal('loaded');
    expect(toggles(el)).to.have.length(2000);

    const watch = watchLongTasks();
    const started = performance.now();
    toggles(el)[1000]!.click();
    await el.updateComplete;
    const toggleMs = performance.now() - started;
    await new Promise((done) => setTimeout(done, 100));
    const toggleLongest = Math.max(0, ...watch.stop());
    console.log(
      `[security] 2,000 promises (${json.length} characters): longest task ${longest.toFixed(0)} ms, ` +
        `load+render ${total.toFixed(0)} ms; one toggle ${toggleMs.toFixed(0)} ms (longest task ${toggleLongest.toFixed(0)} ms)`
    );
    // Measured 380–550 ms on a 2-core machine, 690–830 ms with the coverage
    // instrumentation `npm test` runs under: the bound leaves room for a busy
    // CI machine and still fails a multi-second freeze.
    expect(longest, 'longest task while loading and rendering (ms)').to.be.below(1500);
    expect(toggleMs, 'one toggle (ms)').to.be.below(1000);
    el.parentElement!.remove();
  });

  it('a feed of 2,000 Strömsund-sized promises renders with no task over 1,500 ms (measured: about 0.4–0.6 s)', async function () {
    this.timeout(60_000);
    const seed = JSON.parse(await stromsund());
    const models = seed.periods.flatMap((period: {promises: Record<string, unknown>[]}) => period.promises);
    const json = JSON.stringify({...seed, periods: [{...seed.periods[0], promises: manyPromises(models, 2000)}]});
    expect(json.length).to.be.below(MAX_FEED_CHARACTERS);
    const {el, longest} = await measureMount(json);
    expect(el.status).to.equal('loaded');
    console.log(`[security] 2,000 Strömsund-sized promises (${json.length} characters): longest task ${longest.toFixed(0)} ms`);
    expect(longest).to.be.below(1500);
  });

  it('a feed of markup-dense texts within the limits keeps every task under 1,500 ms (measured: about 0.5 s)', async function () {
    this.timeout(180_000);
    for (const unit of ['[a](b) ', '*a* ']) {
      const text = unit.repeat(Math.floor(MAX_TEXT_CHARACTERS / unit.length));
      const promises = manyPromises([{area: 'A', promise: text}], 240);
      const json = JSON.stringify(feed({periods: [{id: 'p', from: '2024', promises}]}));
      expect(json.length).to.be.below(MAX_FEED_CHARACTERS);
      const {el, longest} = await measureMount(json);
      console.log(`[security] 240 texts of ${JSON.stringify(unit)}: longest task ${longest.toFixed(0)} ms`);
      expect(longest, JSON.stringify(unit)).to.be.below(1500);
      el.parentElement!.remove();
    }
  });
});
