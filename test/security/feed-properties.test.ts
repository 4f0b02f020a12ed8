/**
 * Property-based tests of the feed module and of the element rendering what
 * it returns: random JSON, feed-shaped random JSON, and random mutations of
 * the demo feeds (fields removed, retyped, duplicated, renamed, made hostile,
 * prototype keys added). Seeded and bounded here; `npm run fuzz` runs the
 * same properties far longer (FUZZ_RUNS, FUZZ_SEED).
 */
import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/define.js';
import {parseFeed, safeUrl, type Block, type Feed, type Inline} from '../../src/feed/index.js';
import {mountInline} from '../helpers/element.js';
import {
  FALLBACK_HTML,
  LONG_RUN,
  expectNoPollution,
  expectNotBlank,
  expectSoundResult,
  fcOptions,
  feedLikeValue,
  grammarFeed,
  mutatedText,
  mutations,
  snapshotPrototypes,
  stromsund,
  withoutUncaughtErrors,
} from './support.js';

const EXEMPELBY_URL = '/demo/feeds/exempelby.json';
const SLUG = /^[a-z0-9-]+$/;

/** Parses `text` and checks the result against the JSON it came from. */
function parseAndCheck(text: string): void {
  const result = parseFeed(text);
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    expect(result.ok).to.equal(false);
    return;
  }
  expectSoundResult(json, result);
}

function inlineHrefs(nodes: readonly Inline[], out: (string | null)[]): void {
  for (const node of nodes) {
    if (node.type === 'link') out.push(node.href);
    if (node.type === 'em' || node.type === 'strong' || node.type === 'link') inlineHrefs(node.children, out);
  }
}

/** Every URL and rich-text link in a normalized feed, found by walking it. */
function urlsOf(feed: Feed): (string | null)[] {
  const out: (string | null)[] = [];
  const walk = (value: unknown, key: string | undefined): void => {
    if (Array.isArray(value)) {
      // Rich text: an array of blocks.
      if (value.every((b) => b && typeof b === 'object' && (b.type === 'paragraph' || b.type === 'list'))) {
        for (const block of value as Block[]) {
          if (block.type === 'paragraph') inlineHrefs(block.children, out);
          else block.items.forEach((item) => inlineHrefs(item, out));
        }
      }
      value.forEach((item) => walk(item, undefined));
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) walk(v, k);
    } else if (key === 'url' && typeof value === 'string') {
      out.push(value);
    }
  };
  walk(feed, undefined);
  return out;
}

/** What a normalized feed promises the templates (src/feed/types.ts). */
function expectSafeFeed(feed: Feed): void {
  for (const href of urlsOf(feed)) {
    if (href !== null) expect(safeUrl(href), `URL ${JSON.stringify(href)} passes the allowlist`).to.equal(href);
  }
  const periodIds = feed.periods.map((period) => period.id);
  expect(new Set(periodIds).size, 'period ids unique').to.equal(periodIds.length);
  for (const period of feed.periods) {
    expect(period.id).to.match(SLUG);
    expect(period.promises.length).to.be.greaterThan(0);
    const promiseIds = period.promises.map((promise) => promise.id);
    expect(new Set(promiseIds).size, 'promise ids unique').to.equal(promiseIds.length);
    for (const id of promiseIds) expect(id).to.match(SLUG);
  }
  const partyIds = feed.parties.map((party) => party.id);
  expect(new Set(partyIds).size, 'party ids unique').to.equal(partyIds.length);
}

/** A JSON value: fc.anything() without what JSON cannot hold. */
const jsonAnything = fc
  .anything({
    key: fc.oneof(fc.string(), fc.constantFrom('format', 'periods', '__proto__', 'constructor', 'prototype')),
    maxDepth: 4,
  })
  .filter((value) => {
    try {
      const text = JSON.stringify(value);
      return text !== undefined && JSON.stringify(JSON.parse(text)) === text;
    } catch {
      return false;
    }
  });

describe('the feed parser, property-based', () => {
  let stromsundText = '';
  let exempelbyText = '';
  before(async () => {
    stromsundText = await stromsund();
    exempelbyText = await (await fetch(EXEMPELBY_URL)).text();
  });

  it('never throws on any JSON value, given as a value or as text', () => {
    const before = snapshotPrototypes();
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expectSoundResult(value, parseFeed(value));
        parseAndCheck(JSON.stringify(value));
      }),
      fcOptions(701, 300)
    );
    expectNoPollution(before);
  });

  it('never throws on fc.anything() values that are JSON', () => {
    fc.assert(
      fc.property(jsonAnything, (value) => {
        parseAndCheck(JSON.stringify(value));
      }),
      fcOptions(702, 200)
    );
  });

  it('never throws on any string (JSON or not)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.string({unit: 'grapheme'})), (text) => {
        parseAndCheck(text);
        parseAndCheck(`\uFEFF${text}`);
      }),
      fcOptions(703, 300)
    );
  });

  it('reads feed-shaped random JSON into a sound result', () => {
    const before = snapshotPrototypes();
    fc.assert(
      fc.property(feedLikeValue(), (value) => {
        const text = JSON.stringify(value);
        parseAndCheck(text);
        const result = parseFeed(text);
        if (result.ok) expectSafeFeed(result.feed);
      }),
      fcOptions(704, 400)
    );
    expectNoPollution(before);
  });

  it('reads feeds generated from the format grammar (well-formed, hostile or retyped fields) into a sound, safe result', () => {
    const before = snapshotPrototypes();
    let loaded = 0;
    const options = fcOptions(708, 300);
    fc.assert(
      fc.property(grammarFeed(), (value) => {
        const text = JSON.stringify(value);
        parseAndCheck(text);
        const result = parseFeed(text);
        if (result.ok) {
          loaded++;
          expectSafeFeed(result.feed);
        }
      }),
      options
    );
    expectNoPollution(before);
    // The generator is only useful if many of its feeds get past the fatal checks.
    expect(loaded, 'feeds that parsed').to.be.greaterThan(options.numRuns / 4);
  });

  it('reads random mutations of the Strömsund feed into a sound, safe result', () => {
    const before = snapshotPrototypes();
    fc.assert(
      fc.property(mutations, (list) => {
        const text = mutatedText(stromsundText, list);
        parseAndCheck(text);
        const result = parseFeed(text);
        if (result.ok) expectSafeFeed(result.feed);
      }),
      fcOptions(705, 400)
    );
    expectNoPollution(before);
  });

  it('reads random mutations of the Exempelby feed (activities, signatories, documents) into a sound, safe result', () => {
    const before = snapshotPrototypes();
    fc.assert(
      fc.property(mutations, (list) => {
        const text = mutatedText(exempelbyText, list);
        parseAndCheck(text);
        const result = parseFeed(text);
        if (result.ok) expectSafeFeed(result.feed);
      }),
      fcOptions(706, 200)
    );
    expectNoPollution(before);
  });

  it('is deterministic: the same text gives the same result', () => {
    fc.assert(
      fc.property(mutations, (list) => {
        const text = mutatedText(stromsundText, list);
        expect(parseFeed(text)).to.deep.equal(parseFeed(text));
      }),
      fcOptions(707, 60)
    );
  });
});

describe('the element, rendering random feeds', () => {
  let stromsundText = '';
  before(async () => {
    stromsundText = await stromsund();
  });

  /** Mounts `json` inline, checks it in Swedish and English, and removes it. */
  async function renderAndCheck(json: string): Promise<void> {
    await withoutUncaughtErrors(async () => {
      const el = await mountInline(json, {}, FALLBACK_HTML);
      try {
        expectNotBlank(el);
        const expected = parseFeed(json);
        expect(el.status, 'status matches the parser').to.equal(expected.ok ? 'loaded' : 'error');
        for (const button of el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.toggle')) button.click();
        el.setAttribute('lang', 'en');
        await el.updateComplete;
        expectNotBlank(el);
      } finally {
        el.parentElement!.remove();
      }
    });
  }

  it('renders any mutation of the Strömsund feed, or shows the error state with the fallback', async function () {
    this.timeout(LONG_RUN ? 0 : 60_000);
    const before = snapshotPrototypes();
    await fc.assert(
      fc.asyncProperty(mutations, (list) => renderAndCheck(mutatedText(stromsundText, list))),
      fcOptions(711, 40, 0.1)
    );
    expectNoPollution(before);
  });

  it('renders random JSON and feed-shaped JSON, or shows the error state with the fallback', async function () {
    this.timeout(LONG_RUN ? 0 : 60_000);
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.jsonValue(), feedLikeValue(), grammarFeed(), grammarFeed()), (value) =>
        renderAndCheck(JSON.stringify(value) ?? 'null')
      ),
      fcOptions(712, 40, 0.1)
    );
  });
});
