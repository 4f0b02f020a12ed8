/**
 * Bad and hostile feeds (feed format, "Bad input"): each row is a feed and
 * what must come of it — a fatal kind, or the exact problems reported and
 * proof that the rest survived. For every feed that parses, each problem's
 * path must lead into the input, and no prototype may have been touched.
 */
import {expect} from '@open-wc/testing';
import {MAX_ITEMS, MAX_TEXT_CHARACTERS, parseFeed, richTextToPlain, mailtoUrl, safeUrl, telUrl} from '../../src/feed/index.js';
import type {FatalKind, Feed, LocalizedRichText} from '../../src/feed/index.js';
import {HOSTILE_STRINGS} from '../fixtures/hostile-strings.js';
import {expectNoPollution, expectPathsExist, feedText, inlines, p, summary, t} from './feed-helpers.js';
import type {RawFeed} from './feed-helpers.js';

const BASE = feedText();
const SCRIPT = '<script>alert(1)</script>';
const IMG = '<img src=x onerror="alert(1)">';

interface BadRow {
  name: string;
  /** The feed: JSON text, or a change to the small valid feed. */
  feed: string | ((feed: RawFeed) => void);
  /** The fatal kind expected; absent: the feed must parse. */
  fatal?: FatalKind;
  /** Every problem reported, as `code path`, in any order. */
  problems?: string[];
  /** What must have survived, beyond the promise `a` of period `p1`. */
  check?: (feed: Feed) => void;
  /** The row drops promise `a` on purpose. */
  dropsBase?: boolean;
}

const promiseA = (feed: Feed) => feed.periods.find((each) => each.id === 'p1')!.promises.find((each) => each.id === 'a')!;
const raw = (f: RawFeed) => f.periods[0].promises[0];

/** Every link in some rich text, with its href. */
function hrefs(text: LocalizedRichText | undefined): (string | null)[] {
  if (!text) return [];
  return Object.values(text).flatMap((blocks) =>
    inlines(blocks).flatMap((node) => (node.type === 'link' ? [node.href] : []))
  );
}

function plainOf(text: LocalizedRichText | undefined, lang = 'sv'): string {
  return richTextToPlain(text?.[lang] ?? []);
}

/** Nested arrays `depth` deep, as JSON text. */
const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

const rows: BadRow[] = [
  // --- markup in texts ----------------------------------------------------
  {
    name: '<script> in an area stays literal text',
    feed: (f) => (raw(f).area = SCRIPT),
    problems: [],
    check: (feed) => expect(promiseA(feed).area).to.deep.equal({sv: SCRIPT}),
  },
  {
    name: '<img onerror> in rich text stays literal text, no link',
    feed: (f) => (raw(f).promise = IMG),
    problems: [],
    check: (feed) => {
      expect(promiseA(feed).promise).to.deep.equal({sv: [p(t(IMG))]});
      expect(hrefs(promiseA(feed).promise)).to.deep.equal([]);
    },
  },
  {
    name: '<svg onload> in a party name and a contact stays literal',
    feed: (f) => {
      f.parties[0].name = '<svg onload=alert(1)>';
      f.contacts = [{name: '"><svg/onload=alert(1)>', role: '<b>Chef</b>'}];
    },
    problems: [],
    check: (feed) => {
      expect(feed.parties[0]!.name).to.deep.equal({sv: '<svg onload=alert(1)>'});
      expect(feed.contacts).to.deep.equal([{name: '"><svg/onload=alert(1)>', role: {sv: '<b>Chef</b>'}}]);
    },
  },
  {
    name: 'a Markdown link in a plain Text (a link text) is not a link',
    feed: (f) => (f.links = [{text: '[klicka](javascript:alert(1))', url: 'https://x.se'}]),
    problems: [],
    check: (feed) => expect(feed.links).to.deep.equal([{text: {sv: '[klicka](javascript:alert(1))'}, url: 'https://x.se'}]),
  },
  {
    name: 'bidi overrides, zero-width and control characters are kept as they are',
    feed: (f) => (raw(f).area = 'A\u202eB\u200bC\u0007D'),
    problems: [],
    check: (feed) => expect(promiseA(feed).area).to.deep.equal({sv: 'A\u202eB\u200bC\u0007D'}),
  },
  {
    name: 'a lone surrogate is kept',
    feed: BASE.replace('"Trafik"', '"Tra\\ud800fik"'),
    problems: [],
    check: (feed) => expect(promiseA(feed).area).to.deep.equal({sv: 'Tra\ud800fik'}),
  },
  // --- script URLs in url fields --------------------------------------------
  {
    name: 'javascript: as the feed url',
    feed: (f) => (f.url = 'javascript:alert(1)'),
    problems: ['unsafe-url url'],
    check: (feed) => expect(feed).not.to.have.property('url'),
  },
  {
    name: 'JaVaScRiPt: in a link: the link is kept as text',
    feed: (f) => (f.links = [{text: 'Plan', url: 'JaVaScRiPt:alert(1)'}]),
    problems: ['unsafe-url links[0].url'],
    check: (feed) => expect(feed.links).to.deep.equal([{text: {sv: 'Plan'}}]),
  },
  {
    name: 'tab before javascript: in a contact',
    feed: (f) => (f.contacts = [{name: 'Anna', url: '\tjavascript:alert(1)'}]),
    problems: ['unsafe-url contacts[0].url'],
    check: (feed) => expect(feed.contacts).to.deep.equal([{name: 'Anna'}]),
  },
  {
    name: 'java\\nscript: in a party',
    feed: (f) => (f.parties[1].url = 'java\nscript:alert(1)'),
    problems: ['unsafe-url parties[1].url'],
    check: (feed) => expect(feed.parties[1]).to.deep.equal({id: 'kommunen', name: {sv: 'Kommunen'}}),
  },
  {
    name: '&#106;avascript: in a period link',
    feed: (f) => (f.periods[0].links = [{text: 'Rapport', url: '&#106;avascript:alert(1)'}]),
    problems: ['unsafe-url periods[0].links[0].url'],
    check: (feed) => expect(feed.periods[0]!.links).to.deep.equal([{text: {sv: 'Rapport'}}]),
  },
  {
    name: '%6Aavascript: in a contact',
    feed: (f) => (f.contacts = [{organization: 'Kommunen', url: '%6Aavascript:alert(1)'}]),
    problems: ['unsafe-url contacts[0].url'],
    check: (feed) => expect(feed.contacts).to.deep.equal([{organization: {sv: 'Kommunen'}}]),
  },
  {
    name: 'data:text/html as the feed url',
    feed: (f) => (f.url = 'data:text/html,<script>alert(1)</script>'),
    problems: ['unsafe-url url'],
    check: (feed) => expect(feed).not.to.have.property('url'),
  },
  {
    name: 'vbscript: in a link, next to a good link',
    feed: (f) => (f.links = [{text: 'A', url: 'vbscript:msgbox(1)'}, {text: 'B', url: 'https://x.se/b'}]),
    problems: ['unsafe-url links[0].url'],
    check: (feed) => expect(feed.links).to.deep.equal([{text: {sv: 'A'}}, {text: {sv: 'B'}, url: 'https://x.se/b'}]),
  },
  {
    name: 'a url that is not a string',
    feed: (f) => (f.links = [{text: 'A', url: {href: 'https://x.se'}}]),
    problems: ['wrong-type links[0].url'],
    check: (feed) => expect(feed.links).to.deep.equal([{text: {sv: 'A'}}]),
  },
  {
    name: 'script-like email and phone stay strings that make no link',
    feed: (f) => (f.contacts = [{name: 'Anna', email: 'javascript:alert(1)//@x.se', phone: SCRIPT}]),
    problems: [],
    check: (feed) => {
      const contact = feed.contacts[0]!;
      expect(contact.email).to.equal('javascript:alert(1)//@x.se');
      expect(mailtoUrl(contact.email!)).to.equal(null);
      expect(telUrl(contact.phone!)).to.equal(null);
    },
  },
  // --- script URLs in rich text ---------------------------------------------
  {
    name: '[x](javascript:alert(1)) in a promise',
    feed: (f) => (raw(f).promise = 'Se [x](javascript:alert(1))'),
    problems: ['unsafe-url periods[0].promises[0].promise'],
    check: (feed) => {
      expect(hrefs(promiseA(feed).promise)).to.deep.equal([null]);
      expect(plainOf(promiseA(feed).promise)).to.equal('Se x');
    },
  },
  {
    name: 'JAVASCRIPT: link in one translation of an activity',
    feed: (f) => (raw(f).activities = [{text: {sv: 'Vandra', en: '[Walk](JAVASCRIPT:alert(1))'}}]),
    problems: ['unsafe-url periods[0].promises[0].activities[0].text.en'],
    check: (feed) => expect(hrefs(promiseA(feed).activities![0]!.text)).to.deep.equal([null]),
  },
  {
    name: 'data: link inside strong in an outcome item, and a good link kept',
    feed: (f) => (raw(f).outcome = {done: ['**[a](data:text/html,x)** [b](https://x.se)']}),
    problems: ['unsafe-url periods[0].promises[0].outcome.done[0]'],
    check: (feed) => expect(hrefs(promiseA(feed).outcome!.done![0]!.text)).to.deep.equal([null, 'https://x.se']),
  },
  {
    name: 'every hostile link in the intro is refused and reported once',
    feed: (f) =>
      (f.intro = '[a](javascript:x) [b](&#106;avascript:x) [c](%6Aavascript:x) [d](vbscript:x) [e](data:,x)'),
    problems: ['unsafe-url intro', 'unsafe-url intro', 'unsafe-url intro', 'unsafe-url intro', 'unsafe-url intro'],
    check: (feed) => expect(hrefs(feed.intro)).to.deep.equal([null, null, null, null, null]),
  },
  // --- prototype keys -----------------------------------------------------------
  {
    name: '__proto__ at the top',
    feed: BASE.replace(/^\{/, '{"__proto__": {"polluted": 1, "format": "medborgar-loften/2"}, '),
    problems: ['unknown-field __proto__'],
  },
  {
    name: '__proto__ and constructor in a promise',
    feed: BASE.replace('{"id":"a",', '{"__proto__": {"polluted": 1}, "constructor": {"prototype": {"polluted": 1}}, "id":"a",'),
    problems: ['unknown-field periods[0].promises[0].__proto__', 'unknown-field periods[0].promises[0].constructor'],
  },
  {
    name: '__proto__ as a translation key',
    feed: feedText((f) => (f.title = {sv: 'Löften'})).replace('{"sv":"Löften"}', '{"__proto__": {"polluted": 1}, "sv": "Löften"}'),
    problems: ['invalid-language-tag title.__proto__'],
    check: (feed) => {
      expect(feed.title).to.deep.equal({sv: 'Löften'});
      expect(Object.getPrototypeOf(feed.title)).to.equal(Object.prototype);
    },
  },
  {
    name: 'prototype and constructor in a period, a party and a goal',
    feed: (f) => {
      f.periods[0].prototype = {polluted: 1};
      f.parties[0].constructor = {prototype: {polluted: 1}};
      raw(f).targets = [{label: 'X', goal: {value: 1, prototype: 2}}];
    },
    problems: [
      'unknown-field periods[0].prototype',
      'unknown-field parties[0].constructor',
      'unknown-field periods[0].promises[0].targets[0].goal.prototype',
    ],
  },
  {
    name: '__proto__ inside a contact in a list',
    feed: feedText((f) => (f.contacts = [{name: 'Anna'}])).replace('{"name":"Anna"}', '{"name":"Anna","__proto__":{"polluted":1}}'),
    problems: ['unknown-field contacts[0].__proto__'],
    check: (feed) => expect(feed.contacts).to.deep.equal([{name: 'Anna'}]),
  },
  {
    name: 'constructor as a party id; by naming Object.prototype members',
    feed: (f) => {
      f.parties.push({id: 'constructor', name: 'Konstruktör'});
      raw(f).by = ['constructor', 'toString', '__proto__', 'hasOwnProperty'];
    },
    problems: [
      'unknown-party periods[0].promises[0].by[1]',
      'unknown-party periods[0].promises[0].by[2]',
      'unknown-party periods[0].promises[0].by[3]',
    ],
    check: (feed) => expect(promiseA(feed).by).to.deep.equal(['constructor']),
  },
  {
    name: '__proto__ as an id becomes a slug',
    feed: (f) => f.periods[0].promises.push({id: '__proto__', area: 'X', promise: 'Y'}),
    problems: ['invalid-value periods[0].promises[1].id'],
    check: (feed) => expect(feed.periods[0]!.promises.map((each) => each.id)).to.deep.equal(['a', 'proto']),
  },
  // --- deep, huge and odd values ----------------------------------------------
  {
    name: 'deeply nested junk in an unknown field',
    feed: BASE.replace(/^\{/, `{"junk": ${nested(50_000)}, `),
    problems: ['unknown-field junk'],
  },
  {
    name: 'deeply nested arrays where a date, a tag, an enum and a party id are read',
    feed: BASE.replace(/^\{/, `{"updated": ${nested(100_000)}, `).replace('"language":"sv"', `"language":${nested(100_000)}`).replace(
      '"promise":"Vi lovar."',
      `"promise":"Vi lovar.","by":[${nested(100_000)}],"outcome":{"status":${nested(100_000)},"summary":"Klart"}`
    ),
    problems: [
      'invalid-date updated',
      'invalid-value language',
      'wrong-type periods[0].promises[0].by[0]',
      'invalid-value periods[0].promises[0].outcome.status',
    ],
    check: (feed) => expect(promiseA(feed).outcome).to.deep.equal({summary: {sv: [p(t('Klart'))]}}),
  },
  {
    name: 'a megabyte value gives a short message',
    feed: (f) => {
      f.updated = 'x'.repeat(1_000_000);
      raw(f).outcome = {status: 'y'.repeat(1_000_000)};
    },
    problems: ['invalid-date updated', 'invalid-value periods[0].promises[0].outcome.status'],
    check: (feed) => expect(promiseA(feed)).not.to.have.property('outcome'),
  },
  {
    name: 'a by list over MAX_ITEMS is cut there',
    feed: (f) => (raw(f).by = ['polisen', ...Array.from({length: MAX_ITEMS}, () => 'kommunen')]),
    problems: ['too-many-items periods[0].promises[0].by'],
    check: (feed) => expect(promiseA(feed).by).to.deep.equal(['polisen', 'kommunen']),
  },
  {
    name: 'deeply nested objects as a title',
    feed: BASE.replace(/^\{/, `{"title": ${'{"sv": '.repeat(1000)}"x"${'}'.repeat(1000)}, `),
    problems: ['wrong-type title.sv', 'empty-text title'],
    check: (feed) => expect(feed).not.to.have.property('title'),
  },
  {
    name: 'huge numbers',
    feed: BASE.replace('"promise":"Vi lovar."', '"promise":"Vi lovar.","targets":[{"label":"X","baseline":{"year":2019,"value":1e400},"goal":{"change":-1e999,"year":1e20},"actual":{"value":1.7e308}}]'),
    problems: [
      'wrong-type periods[0].promises[0].targets[0].baseline.value',
      'wrong-type periods[0].promises[0].targets[0].goal.change',
      'wrong-type periods[0].promises[0].targets[0].goal.year',
    ],
    check: (feed) => expect(promiseA(feed).targets).to.deep.equal([{label: {sv: 'X'}, actual: {value: 1.7e308}}]),
  },
  {
    name: 'NaN-like strings as numbers',
    feed: (f) =>
      (raw(f).targets = [{label: 'X', baseline: {value: 'NaN'}, goal: {value: 'Infinity', change: '-10'}, actual: {value: '163'}}]),
    problems: [
      'wrong-type periods[0].promises[0].targets[0].baseline.value',
      'wrong-type periods[0].promises[0].targets[0].goal.value',
      'wrong-type periods[0].promises[0].targets[0].goal.change',
      'wrong-type periods[0].promises[0].targets[0].actual.value',
    ],
    check: (feed) => expect(promiseA(feed).targets).to.deep.equal([{label: {sv: 'X'}}]),
  },
  {
    name: 'impossible dates',
    feed: (f) => {
      f.updated = 99999;
      f.periods[0].to = '2021-02-29';
      raw(f).outcome = {status: 'ongoing', updated: '0021-05-12'};
    },
    problems: ['invalid-date updated', 'invalid-date periods[0].to', 'invalid-date periods[0].promises[0].outcome.updated'],
    check: (feed) => {
      expect(feed).not.to.have.property('updated');
      expect(feed.periods[0]).not.to.have.property('to');
      expect(promiseA(feed).outcome).to.deep.equal({status: 'ongoing'});
    },
  },
  {
    name: 'ids with upper case and spaces get a slug',
    feed: (f) => {
      f.periods[0].id = 'Period 2021';
      raw(f).id = 'A';
    },
    problems: ['invalid-value periods[0].id', 'invalid-value periods[0].promises[0].id'],
    dropsBase: true,
    check: (feed) => {
      expect(feed.periods[0]!.id).to.equal('period-2021');
      expect(feed.periods[0]!.promises[0]!.id).to.equal('a');
    },
  },
  {
    name: 'empty strings everywhere',
    feed: (f) => {
      f.title = '';
      f.intro = '';
      f.url = '';
      f.updated = '';
      raw(f).background = '';
      raw(f).places = ['', 'Torget'];
      f.links = [{text: '', url: 'https://x.se'}];
      f.contacts = [{name: '', email: '', address: ['']}];
      f.periods.push({id: '', from: '2022', promises: [{id: 'b', area: 'B', promise: 'P'}]});
    },
    problems: [
      'empty-text title',
      'empty-text intro',
      'empty-text url',
      'invalid-date updated',
      'empty-text periods[0].promises[0].background',
      'empty-text periods[0].promises[0].places[0]',
      'empty-text links[0].text',
      'empty-text contacts[0].name',
      'empty-text contacts[0].email',
      'empty-text contacts[0].address[0]',
      'item-dropped contacts[0]',
      'empty-text periods[1].id',
    ],
    check: (feed) => {
      expect(promiseA(feed).places).to.deep.equal([{sv: 'Torget'}]);
      expect(feed.links).to.deep.equal([]);
      expect(feed.contacts).to.deep.equal([]);
      expect(feed.periods.map((each) => each.id)).to.deep.equal(['p1']);
    },
  },
  {
    name: 'arrays where objects are expected',
    feed: (f) => {
      raw(f).outcome = ['fulfilled'];
      raw(f).activities = [['Vandra']];
      f.parties.push(['polisen', 'Polisen']);
      f.periods.push([]);
    },
    problems: [
      'wrong-type periods[0].promises[0].outcome',
      'wrong-type periods[0].promises[0].activities[0]',
      'wrong-type parties[2]',
      'wrong-type periods[1]',
    ],
    check: (feed) => {
      expect(promiseA(feed)).not.to.have.property('outcome');
      expect(promiseA(feed)).not.to.have.property('activities');
    },
  },
  {
    name: 'objects where arrays are expected',
    feed: (f) => {
      raw(f).by = {0: 'polisen'};
      raw(f).places = {sv: 'Torget'};
      f.contacts = {name: 'Anna'};
      f.links = {text: 'Plan'};
      f.periods.push({id: 'p2', from: '2022', promises: {id: 'b', area: 'B', promise: 'P'}});
    },
    problems: [
      'wrong-type periods[0].promises[0].by',
      'wrong-type periods[0].promises[0].places',
      'wrong-type contacts',
      'wrong-type links',
      'wrong-type periods[1].promises',
    ],
    check: (feed) => {
      expect(feed.contacts).to.deep.equal([]);
      expect(feed.periods.map((each) => each.id)).to.deep.equal(['p1']);
    },
  },
  {
    name: 'null everywhere optional',
    feed: (f) => {
      Object.assign(f, {language: null, title: null, intro: null, contacts: null, links: null, updated: null, url: null});
      Object.assign(f.periods[0], {title: null, to: null, intro: null, outcome: null, signatories: null, links: null});
      Object.assign(raw(f), {by: null, places: null, background: null, followUp: null, activities: null, targets: null, outcome: null});
      Object.assign(f.parties[0], {kind: null, url: null});
    },
    problems: [
      'invalid-value language',
      'wrong-type title',
      'wrong-type intro',
      'wrong-type contacts',
      'wrong-type links',
      'invalid-date updated',
      'wrong-type url',
      'wrong-type periods[0].title',
      'invalid-date periods[0].to',
      'wrong-type periods[0].intro',
      'wrong-type periods[0].outcome',
      'wrong-type periods[0].signatories',
      'wrong-type periods[0].links',
      'wrong-type periods[0].promises[0].by',
      'wrong-type periods[0].promises[0].places',
      'wrong-type periods[0].promises[0].background',
      'wrong-type periods[0].promises[0].followUp',
      'wrong-type periods[0].promises[0].activities',
      'wrong-type periods[0].promises[0].targets',
      'wrong-type periods[0].promises[0].outcome',
      'invalid-value parties[0].kind',
      'wrong-type parties[0].url',
    ],
    check: (feed) => {
      expect(feed.language).to.equal('sv');
      expect(promiseA(feed)).to.deep.equal({id: 'a', area: {sv: 'Trafik'}, promise: {sv: [p(t('Vi lovar.'))]}});
      expect(feed.parties[0]).to.deep.equal({id: 'polisen', name: {sv: 'Polisen'}});
    },
  },
  {
    name: 'null in place of required values and items',
    feed: (f) => {
      f.periods[0].promises.push(null, {id: null, area: null, promise: null});
      f.parties.push(null);
      f.periods.push(null);
    },
    problems: [
      'wrong-type periods[0].promises[1]',
      'wrong-type periods[0].promises[2].id',
      'wrong-type periods[0].promises[2].area',
      'wrong-type periods[0].promises[2].promise',
      'wrong-type parties[2]',
      'wrong-type periods[1]',
    ],
    check: (feed) => expect(feed.periods[0]!.promises.map((each) => each.id)).to.deep.equal(['a']),
  },
  // --- size limits -------------------------------------------------------------
  {
    name: 'a 10,000-character text is kept whole',
    feed: (f) => (raw(f).background = 'å'.repeat(10_000)),
    problems: [],
    check: (feed) => expect(plainOf(promiseA(feed).background).length).to.equal(10_000),
  },
  {
    name: 'a text over MAX_TEXT_CHARACTERS is cut there',
    feed: (f) => (raw(f).area = 'x'.repeat(MAX_TEXT_CHARACTERS + 5)),
    problems: ['text-too-long periods[0].promises[0].area'],
    check: (feed) => expect(promiseA(feed).area['sv']!.length).to.equal(MAX_TEXT_CHARACTERS),
  },
  {
    name: 'a translation over MAX_TEXT_CHARACTERS is cut, the other kept',
    feed: (f) => (f.title = {sv: 'Löften', en: 'y'.repeat(MAX_TEXT_CHARACTERS * 2)}),
    problems: ['text-too-long title.en'],
    check: (feed) => {
      expect(feed.title!['sv']).to.equal('Löften');
      expect(feed.title!['en']!.length).to.equal(MAX_TEXT_CHARACTERS);
    },
  },
  {
    name: 'a cut never splits a surrogate pair',
    feed: (f) => (raw(f).area = 'x'.repeat(MAX_TEXT_CHARACTERS - 1) + '😀😀'),
    problems: ['text-too-long periods[0].promises[0].area'],
    check: (feed) => {
      const area = promiseA(feed).area['sv']!;
      expect(area.length).to.equal(MAX_TEXT_CHARACTERS - 1);
      expect(area.endsWith('x')).to.equal(true);
    },
  },
  {
    name: 'a long rich text is cut and still parsed',
    feed: (f) => (raw(f).promise = '**' + 'z'.repeat(MAX_TEXT_CHARACTERS) + '**'),
    problems: ['text-too-long periods[0].promises[0].promise'],
    check: (feed) => expect(plainOf(promiseA(feed).promise)).to.equal('**' + 'z'.repeat(MAX_TEXT_CHARACTERS - 2)),
  },
  {
    name: 'a list over MAX_ITEMS is cut there',
    feed: (f) => (raw(f).places = Array.from({length: MAX_ITEMS + 2}, (_, i) => `Plats ${i}`)),
    problems: ['too-many-items periods[0].promises[0].places'],
    check: (feed) => {
      expect(promiseA(feed).places!.length).to.equal(MAX_ITEMS);
      expect(promiseA(feed).places![MAX_ITEMS - 1]).to.deep.equal({sv: `Plats ${MAX_ITEMS - 1}`});
    },
  },
  {
    name: 'promises over MAX_ITEMS are cut there',
    feed: (f) =>
      (f.periods[0].promises = Array.from({length: MAX_ITEMS + 1}, (_, i) => ({id: i === 0 ? 'a' : `p${i}`, area: 'A', promise: 'P'}))),
    problems: ['too-many-items periods[0].promises'],
    check: (feed) => expect(feed.periods[0]!.promises.length).to.equal(MAX_ITEMS),
  },
  {
    name: 'hostile rich text in many promises parses quickly',
    feed: (f) => {
      for (let i = 0; i < 40; i++) {
        f.periods[0].promises.push({id: `h${i}`, area: 'H', promise: '['.repeat(19_000) + '**a '.repeat(250)});
      }
    },
    problems: [],
    check: (feed) => expect(feed.periods[0]!.promises.length).to.equal(41),
  },
  // --- fatal, however hostile ---------------------------------------------------
  {
    name: 'an inherited format does not count',
    feed: '{"__proto__": {"format": "medborgar-loften/1"}, "periods": []}',
    fatal: 'format',
  },
  {
    name: 'a deeply nested format',
    feed: BASE.replace('"medborgar-loften/1"', nested(100_000)),
    fatal: 'format',
  },
  {
    name: 'periods as a script string',
    feed: (f) => (f.periods = SCRIPT),
    fatal: 'no-periods',
  },
  {
    name: 'only hostile periods',
    feed: (f) => (f.periods = [null, SCRIPT, {id: '<b>', from: '2021', promises: [SCRIPT]}]),
    fatal: 'no-periods',
  },
  {
    name: 'deeply nested arrays as the feed',
    feed: nested(100_000),
    fatal: 'not-object',
  },
  {
    name: 'a JSON array holding a feed',
    feed: `[${BASE}]`,
    fatal: 'not-object',
  },
  {
    name: 'an HTML page',
    feed: `<!doctype html><html><body>${SCRIPT}</body></html>`,
    fatal: 'not-json',
  },
  {
    name: 'over five million characters of brackets',
    feed: '['.repeat(5_000_001),
    fatal: 'too-large',
  },
];

describe('parseFeed: bad and hostile feeds', () => {
  for (const row of rows) {
    it(row.name, () => {
      const text = typeof row.feed === 'string' ? row.feed : feedText(row.feed);
      const result = parseFeed(text);
      expectNoPollution();
      if (row.fatal) {
        if (result.ok) throw new Error(`expected fatal ${row.fatal}, got ok`);
        expect(result.error.kind).to.equal(row.fatal);
        return;
      }
      if (!result.ok) throw new Error(`expected ok, got fatal ${result.error.kind}: ${result.error.message}`);
      expect(summary(result.problems)).to.have.members(row.problems ?? []);
      expectPathsExist(JSON.parse(text), result.problems);
      for (const problem of result.problems) {
        if (problem.code !== 'unsafe-url') expect(problem.message.length, problem.path).to.be.below(400);
      }
      if (!row.dropsBase) expect(promiseA(result.feed).promise, 'promise a survived').to.be.an('object');
      row.check?.(result.feed);
    });
  }
});

describe('parseFeed: the hostile fixture (test/fixtures/feeds/hostile.json)', () => {
  it('parses, reports each problem where it is, and keeps the rest', async () => {
    const text = await (await fetch('/test/fixtures/feeds/hostile.json')).text();
    const result = parseFeed(text);
    expectNoPollution();
    if (!result.ok) throw new Error(result.error.message);
    const {feed, problems} = result;
    expectPathsExist(JSON.parse(text), problems);
    expect(summary(problems)).to.have.members([
      'unknown-field __proto__',
      'unknown-field constructor',
      'unsafe-url parties[0].url',
      'invalid-value parties[1].id',
      'unsafe-url parties[1].url',
      'duplicate-id parties[2].id',
      'unknown-field periods[0].prototype',
      'unknown-field periods[0].promises[0].promse',
      'unknown-party periods[0].promises[0].by[1]',
      'unknown-party periods[0].promises[0].by[2]',
      'empty-text periods[0].promises[0].places[1]',
      'wrong-type periods[0].promises[0].places[2]',
      'unsafe-url periods[0].promises[0].promise',
      'unsafe-url periods[0].promises[0].promise',
      'unsafe-url periods[0].promises[0].background.sv',
      'unsafe-url periods[0].promises[0].activities[0].text',
      'wrong-type periods[0].promises[0].activities[0].by',
      'wrong-type periods[0].promises[0].targets[0].baseline.value',
      'wrong-type periods[0].promises[0].targets[0].goal.change',
      'invalid-value periods[0].promises[0].outcome.status',
      'unknown-party periods[0].promises[0].outcome.done[1].by[0]',
      'invalid-date periods[0].promises[0].outcome.updated',
      'wrong-type periods[0].promises[2]',
      'duplicate-id periods[0].promises[1].id',
      'unsafe-url periods[0].links[0].url',
      'unknown-party periods[0].signatories[0].party',
      'invalid-date periods[1].from',
      'period-without-from periods[1].from',
      'invalid-language-tag title.__proto__',
      'invalid-language-tag title["not a tag"]',
      'unsafe-url intro',
      'unsafe-url intro',
      'unsafe-url contacts[0].url',
      'empty-text contacts[1].name',
      'item-dropped contacts[1]',
      'unsafe-url links[0].url',
      'invalid-date updated',
      'unsafe-url url',
    ]);
    expect(feed.periods.map((each) => each.id)).to.deep.equal(['p1', 'p0']);
    expect(feed.parties.map((each) => each.id)).to.deep.equal(['polisen', 'kommunen-x', 'polisen-2']);
    expect(feed.parties[2]!.url).to.equal('https://example.org/polisen');
    const first = feed.periods[0]!.promises[0]!;
    expect(first.area).to.deep.equal({sv: '<script>window.__canary()</script>'});
    expect(first.by).to.deep.equal(['polisen']);
    expect(feed.periods[0]!.promises.map((each) => each.id)).to.deep.equal(['a', 'a-2']);
    // No link anywhere points outside the allowlist.
    const allRich: (LocalizedRichText | undefined)[] = [
      feed.intro,
      first.promise,
      first.background,
      ...(first.activities ?? []).map((each) => each.text),
      ...(first.outcome?.done ?? []).map((each) => each.text),
    ];
    const links = allRich.flatMap(hrefs);
    expect(links).to.deep.equal([null, null, null, null, null, 'https://example.org', null]);
    expect(feed.links.map((link) => link.url)).to.deep.equal([undefined, 'https://example.org/plan.pdf']);
  });
});

describe('parseFeed: every hostile string in every field', () => {
  for (const hostile of HOSTILE_STRINGS) {
    it(JSON.stringify(hostile).slice(0, 60), () => {
      const text = feedText((f) => {
        f.title = hostile;
        f.intro = hostile;
        f.url = hostile;
        f.parties[0].name = hostile;
        f.parties[0].url = hostile;
        Object.assign(f.periods[0].promises[0], {area: hostile, background: hostile, places: [hostile]});
        f.periods[0].promises[0].outcome = {done: [hostile, {text: hostile}]};
        f.links = [{text: hostile, url: hostile}];
        f.contacts = [{name: hostile, email: hostile, phone: hostile, url: hostile}];
      });
      const result = parseFeed(text);
      expectNoPollution();
      if (!result.ok) throw new Error(result.error.message);
      const {feed, problems} = result;
      expectPathsExist(JSON.parse(text), problems);
      const promise = feed.periods[0]!.promises[0]!;
      // Plain Text fields keep the string exactly.
      expect(promise.area).to.deep.equal({sv: hostile});
      expect(feed.title).to.deep.equal({sv: hostile});
      expect(feed.parties[0]!.name).to.deep.equal({sv: hostile});
      expect(feed.links[0]!.text).to.deep.equal({sv: hostile});
      // Every URL that is kept passes the allowlist again, and is http(s) or relative.
      const kept = [
        feed.url,
        feed.parties[0]!.url,
        feed.links[0]!.url,
        feed.contacts[0]!.url,
        ...[feed.intro, promise.background, ...promise.outcome!.done!.map((item) => item.text)].flatMap(hrefs),
      ].filter((url): url is string => typeof url === 'string');
      for (const url of kept) {
        expect(safeUrl(url), url).to.equal(url);
        expect(new URL(url, 'https://relative.invalid/').protocol, url).to.be.oneOf(['https:', 'http:', 'mailto:', 'tel:']);
      }
      // A refused URL field is reported where it stands.
      for (const problem of problems.filter((each) => each.code === 'unsafe-url')) {
        expect(problem.params['url']).to.be.a('string');
      }
    });
  }
});
