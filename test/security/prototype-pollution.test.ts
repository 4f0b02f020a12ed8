/**
 * Prototype pollution: `__proto__`, `constructor` and `prototype` keys
 * anywhere in a feed (as JSON text, so that they are own keys, as a server's
 * feed would have them) change no prototype, in the parser or the element.
 */
import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/define.js';
import {parseFeed} from '../../src/feed/index.js';
import type {MedborgarLoften} from '../../src/medborgar-loften.js';
import {feed, mountInline, root, toggles} from '../helpers/element.js';
import {
  type Json,
  expectNoPollution,
  expectSoundResult,
  fcOptions,
  mutatedText,
  snapshotPrototypes,
  stromsund,
} from './support.js';

const PROTO_KEYS = ['__proto__', 'constructor', 'prototype'] as const;
const POLLUTER = {polluted: 'yes', prototype: {polluted: 'yes'}, constructor: {prototype: {polluted: 'yes'}}};

/** `json` with the three keys added to every object in it, as own keys, as JSON text. */
function pollutedEverywhere(json: Json): string {
  const walk = (value: Json): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value !== null && typeof value === 'object') {
      Object.values(value).forEach(walk);
      for (const key of PROTO_KEYS) {
        Object.defineProperty(value, key, {value: structuredClone(POLLUTER), enumerable: true, writable: true, configurable: true});
      }
    }
  };
  walk(json);
  return JSON.stringify(json);
}

/** Every object in a normalized feed is plain and has none of the three keys as its own. */
function expectCleanObjects(value: unknown, path = 'feed'): void {
  if (Array.isArray(value)) {
    expect(Object.getPrototypeOf(value), path).to.equal(Array.prototype);
    value.forEach((item, index) => expectCleanObjects(item, `${path}[${index}]`));
  } else if (value !== null && typeof value === 'object') {
    expect(Object.getPrototypeOf(value), `prototype of ${path}`).to.equal(Object.prototype);
    for (const key of PROTO_KEYS) {
      expect(Object.prototype.hasOwnProperty.call(value, key), `${path} has own "${key}"`).to.equal(false);
    }
    for (const [key, item] of Object.entries(value)) expectCleanObjects(item, `${path}.${key}`);
  }
}

describe('prototype pollution', () => {
  let prototypes: Record<string, string[]>;
  let stromsundText = '';
  before(async () => {
    prototypes = snapshotPrototypes();
    stromsundText = await stromsund();
  });
  after(() => expectNoPollution(prototypes));

  it('JSON text makes these keys own keys (the attack is real)', () => {
    const parsed = JSON.parse('{"__proto__": {"polluted": "yes"}}');
    expect(Object.prototype.hasOwnProperty.call(parsed, '__proto__')).to.equal(true);
    // Copying it the naive way would pollute; the parser must never do that.
    const naive = Object.assign({}, parsed);
    expect(Object.getPrototypeOf(naive)).to.not.equal(Object.prototype);
    expectNoPollution(prototypes);
  });

  for (const [name, json] of [
    ['the Strömsund feed', () => JSON.parse(stromsundText)],
    ['a small feed', () => feed()],
  ] as const) {
    it(`parser: the keys in every object of ${name} are reported and copied nowhere`, () => {
      const text = pollutedEverywhere(json());
      const result = parseFeed(text);
      expectNoPollution(prototypes);
      expect(result.ok, 'the feed still parses').to.equal(true);
      if (!result.ok) return;
      expectSoundResult(JSON.parse(text), result);
      expectCleanObjects(result.feed);
      const reported = result.problems.filter((p) => PROTO_KEYS.includes(p.segments[p.segments.length - 1] as never));
      expect(reported.length, 'each key reported').to.be.greaterThan(0);
      for (const problem of reported) expect(['unknown-field', 'invalid-language-tag']).to.include(problem.code);
    });
  }

  it('parser: the keys as translation tags, ids, party references and values', () => {
    const text = JSON.stringify(
      feed({
        language: '__proto__',
        title: JSON.parse('{"__proto__": "x", "constructor": "y", "sv": "Titel"}'),
        parties: [
          {id: 'constructor', name: 'Polisen'},
          {id: '__proto__', name: 'Kommunen'},
          {id: 'prototype', name: {constructor: 'x', sv: 'Annan'}},
        ],
        periods: [
          {
            id: 'constructor',
            from: '2024',
            promises: [
              {id: '__proto__', area: '__proto__', promise: 'constructor', by: ['constructor', '__proto__', 'toString', 'hasOwnProperty']},
              {id: 'constructor', area: 'prototype', promise: 'x', places: ['__proto__']},
            ],
          },
        ],
      })
    );
    const result = parseFeed(text);
    expectNoPollution(prototypes);
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expectSoundResult(JSON.parse(text), result);
    expectCleanObjects(result.feed);
    expect(result.feed.title).to.deep.equal({sv: 'Titel'});
    expect(result.feed.parties.map((p) => p.id)).to.deep.equal(['constructor', 'proto', 'prototype']);
    expect(result.feed.periods[0]!.promises[0]!.by).to.deep.equal(['constructor']);
  });

  it('parser: the keys added at random places of the Strömsund feed (property)', () => {
    const protoOnly = fc.array(
      fc.record({op: fc.constant('proto' as const), at: fc.nat(), pick: fc.nat()}),
      {minLength: 1, maxLength: 10}
    );
    fc.assert(
      fc.property(protoOnly, (list) => {
        const text = mutatedText(stromsundText, list);
        const result = parseFeed(text);
        expectSoundResult(JSON.parse(text), result);
        if (result.ok) expectCleanObjects(result.feed);
        expectNoPollution(prototypes);
      }),
      fcOptions(731, 200)
    );
  });

  async function exercise(el: MedborgarLoften): Promise<void> {
    expect(el.status).to.equal('loaded');
    for (const button of toggles(el)) button.click();
    await el.updateComplete;
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expectCleanObjects(el.feed);
    expectNoPollution(prototypes);
  }

  it('element: renders a feed with the keys in every object and pollutes nothing', async () => {
    const el = await mountInline(pollutedEverywhere(JSON.parse(stromsundText)));
    await exercise(el);
    expect(toggles(el).length).to.equal(8);
  });

  it('element: ids and party references named after the keys work as plain names', async () => {
    const el = await mountInline(
      feed({
        parties: [{id: 'constructor', name: 'Polisen'}, {id: 'prototype', name: 'Kommunen'}],
        periods: [
          {
            id: 'constructor',
            from: '2024',
            promises: [
              {id: 'constructor', area: 'A', promise: 'B', by: ['constructor']},
              {id: 'prototype', area: 'C', promise: 'D', by: ['__proto__', 'prototype']},
            ],
          },
        ],
      })
    );
    await exercise(el);
    expect(root(el).getElementById('medborgarloften-constructor/constructor')).to.exist;
    expect(root(el).textContent).to.contain('Polisen');
  });

  it('element: lang, period and the page fragment named after the keys', async () => {
    const hash = location.hash;
    try {
      for (const key of [...PROTO_KEYS, 'toString', 'hasOwnProperty']) {
        location.hash = `#${key}`;
        const el = await mountInline(feed(), {lang: key, period: key});
        expect(el.status).to.equal('loaded');
        el.setAttribute('lang', `${key}-x`);
        await el.updateComplete;
        expectNoPollution(prototypes);
        expect(toggles(el).length).to.equal(2);
      }
    } finally {
      location.hash = hash;
    }
  });
});
