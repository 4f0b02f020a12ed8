/**
 * The validator's sentences (src/validate/messages.ts, XLIFF in
 * locales/tools/): every problem the feed module reports, in every variant
 * (code, consequence, kind of item, what was expected and found), every
 * fatal kind, syntax error and schema keyword has a sentence of its own in
 * Swedish and in English, built from codes and params: no English in the
 * Swedish, no Swedish in the English, no value left out.
 */
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {parseFeed} from '../../lib/feed/index.js';
import {renderInLocale} from '../../lib/localization.js';
import {TOOL_LOCALES, validateFeedText} from '../../lib/validate/index.js';
import {fatalSentence, schemaSentence, syntaxSentence} from '../../lib/validate/messages.js';

const base = () => ({
  format: 'medborgar-loften/1',
  parties: [{id: 'polisen', name: 'Polisen'}],
  periods: [{id: 'p', from: '2024', to: '2025', promises: [{id: 'a', area: 'Trafik', promise: 'Vi lovar.'}]}],
});
const promise = (extra) => ({id: 'x', area: 'Trafik', promise: 'Vi lovar.', ...extra});
const withPromise = (extra) => {
  const feed = base();
  feed.periods[0].promises.push(promise(extra));
  return feed;
};
const withPeriod = (extra) => {
  const feed = base();
  feed.periods.push({id: 'q', from: '2023', promises: [promise({})], ...extra});
  return feed;
};

/** Feeds that make the feed module report every code, and every variant of it. */
const FEEDS = {
  'unknown field': {...base(), promse: 1},
  'missing area': withPromise({area: undefined}),
  'missing party name': {...base(), parties: [{id: 'k'}]},
  'missing activity text': withPromise({activities: [{by: ['polisen']}]}),
  'missing target label': withPromise({targets: [{unit: 'count'}]}),
  'missing measure values': withPromise({targets: [{label: 'x', baseline: {year: 2020}, actual: {year: 2021}}]}),
  'missing item text': withPromise({outcome: {done: [{by: ['polisen']}]}}),
  'missing signatory name': withPeriod({signatories: [{role: 'x'}]}),
  'missing link text': withPeriod({links: [{url: 'https://example.org'}]}),
  'missing period promises': withPeriod({promises: undefined}),
  'wrong types': withPromise({
    places: 'x',
    background: 5,
    by: 'polisen',
    activities: [5, {text: 'x', status: 5}],
    targets: [5, {label: 'x', baseline: 5, actual: {value: 'x'}, goal: {year: 20.5, value: 'x', atLeast: 'yes'}}],
    outcome: {done: [5], notDone: 5},
  }),
  'wrong goal, actual and outcome': withPromise({targets: [{label: 'x', goal: 5, actual: null}], outcome: 5, background: ['x']}),
  'wrong parties': {...base(), parties: 'x'},
  'wrong party': {...base(), parties: [5]},
  'wrong contacts': {...base(), contacts: [5, {name: 5, address: [5]}], links: [5]},
  'wrong period': {...base(), periods: [5, ...base().periods]},
  'wrong period parts': withPeriod({signatories: [5, {name: 'x', party: 5}], title: {sv: 5}}),
  'wrong by items and places': withPromise({by: [true], places: [null]}),
  'invalid values': {
    ...base(),
    language: 'svenska!',
    parties: [{id: 'Polisen Strömsund', name: 'x', kind: 'polis'}, {id: '!!!', name: 'y'}],
  },
  'to before from': withPeriod({from: '2024', to: '2020'}),
  'bad dates': {...base(), updated: '12/5/2024'},
  'unsafe urls': {...base(), url: 'javascript:x', intro: '[a](javascript:x)'},
  'duplicate ids': {
    ...base(),
    parties: [{id: 'polisen', name: 'x'}, {id: 'polisen', name: 'y'}],
    periods: [...base().periods, ...base().periods],
  },
  'duplicate promise': withPromise({id: 'a'}),
  'unknown parties': withPeriod({signatories: [{name: 'x', party: 'nobody'}], promises: [promise({by: ['nobody']})]}),
  'bad language tag': {...base(), title: {svenska: 'x', sv: 'y'}},
  'empty texts': withPromise({area: '', background: {sv: ' '}}),
  'empty contact': {...base(), contacts: [{}]},
  'period without promises': withPeriod({promises: [5]}),
  'period without from': withPeriod({from: undefined}),
  'period with unreadable from': withPeriod({from: '2024-13'}),
  'long text': withPromise({background: 'x'.repeat(20001)}),
  'many items': withPromise({places: Array.from({length: 5001}, () => 'x')}),
  'much markup': {...base(), periods: [{...base().periods[0], promises: Array.from({length: 11}, (_, i) => promise({id: `m${i}`, promise: '*a* '.repeat(5000)}))}]},
};

/** Words that give away English in a Swedish sentence, and Swedish in an English one (outside quoted values). */
const ENGLISH = /\b(is|are|the|ignored|left out|found|must|not|shown)\b/;
const SWEDISH = /\b(och|är|inte|ska|det|används|visas|saknas|står)\b/;
const words = (sentence) => sentence.replace(/"[^"]*"|«[^»]*»/g, '""');

const problems = Object.entries(FEEDS).flatMap(([name, feed]) => {
  const text = JSON.stringify(feed);
  const result = parseFeed(text);
  assert.equal(result.ok, true, name);
  const sv = validateFeedText(text, {lang: 'sv', schema: false}).findings;
  const en = validateFeedText(text, {lang: 'en', schema: false}).findings;
  assert.equal(sv.length, result.problems.length, name);
  return result.problems.map((problem, index) => ({name, problem, sv: sv[index].message, en: en[index].message}));
});

/** What a sentence must never hold: a value that did not arrive. */
function assertComplete(sentence, what) {
  assert.doesNotMatch(sentence, /undefined|\[object|NaN|""/, `${what}: ${sentence}`);
  assert.ok(sentence.length > 10, `${what}: ${sentence}`);
}

describe('messages: every problem of the feed module, in Swedish and English', () => {
  it('the feeds above raise every code, consequence, kind of item, and expected and found type', () => {
    const seen = (key) => [...new Set(problems.map(({problem}) => key(problem)).filter(Boolean))].sort();
    assert.deepEqual(seen((p) => p.code), [
      'duplicate-id',
      'empty-text',
      'invalid-date',
      'invalid-language-tag',
      'invalid-value',
      'item-dropped',
      'missing-required',
      'period-without-from',
      'period-without-promises',
      'text-too-long',
      'too-many-items',
      'too-much-markup',
      'unknown-field',
      'unknown-party',
      'unsafe-url',
      'wrong-type',
    ]);
    assert.deepEqual(seen((p) => p.consequence), [
      'default-used',
      'derived-id',
      'ignored',
      'item-left-out',
      'link-removed',
      'plain-text',
      'shown-last',
      'truncated',
    ]);
    assert.deepEqual(seen((p) => p.consequence === 'item-left-out' && p.params.item), [
      'activity',
      'actual',
      'address-line',
      'baseline',
      'contact',
      'item',
      'link',
      'party',
      'period',
      'place',
      'promise',
      'signatory',
      'target',
    ]);
    assert.deepEqual(seen((p) => p.code === 'wrong-type' && p.params.expected), [
      'activity',
      'actual',
      'array',
      'baseline',
      'boolean',
      'contact',
      'goal',
      'link',
      'number',
      'outcome',
      'party',
      'party-id',
      'party-ids',
      'period',
      'promise',
      'signatory',
      'string',
      'target',
      'text',
      'year',
    ]);
    assert.deepEqual(seen((p) => p.code === 'wrong-type' && p.params.found), ['array', 'boolean', 'null', 'number', 'string']);
    assert.deepEqual(seen((p) => p.code === 'invalid-value' && p.params.expected), ['end-after-start', 'language-tag', 'one-of', 'slug']);
  });

  for (const {name, problem, sv, en} of problems) {
    it(`${name}: ${problem.code} → ${problem.consequence} at ${problem.path}`, () => {
      assertComplete(sv, 'sv');
      assertComplete(en, 'en');
      assert.notEqual(sv, en);
      assert.doesNotMatch(words(sv), ENGLISH, `English in the Swedish: ${sv}`);
      assert.doesNotMatch(words(en), SWEDISH, `Swedish in the English: ${en}`);
      // Two whole sentences: what is wrong, then what happens.
      assert.match(sv, /^\S.*[.)] \S.*\.$/, sv);
    });
  }

  it('a place in the list of places is said as a place, not as "the value"', () => {
    const {problem, sv, en} = problems.find(({problem}) => problem.params.item === 'place');
    assert.equal(problem.path, 'periods[0].promises[1].places[0]');
    assert.equal(sv, 'Här ska det stå en text eller översättningar ({"sv": "…", "en": "…"}), men det står null (inget värde). Platsen visas inte.');
    assert.equal(en, 'This should be a text or translations ({"sv": "…", "en": "…"}), but it is null (no value). The place is not shown.');
  });
});

/** Each sentence in every tool language, through the real msg() configuration. */
function inEveryLanguage(say) {
  return Object.fromEntries(TOOL_LOCALES.map((lang) => [lang, renderInLocale(lang, say)]));
}

describe('messages: fatal kinds, syntax errors, schema keywords', () => {
  const fatalRows = [
    ['not-json', {}],
    ['not-object', {found: 'array'}],
    ['format', {}],
    ['format', {found: '"medborgar-loften/2"'}],
    ['no-periods', {reason: 'missing'}],
    ['no-periods', {reason: 'wrong-type'}],
    ['no-periods', {reason: 'empty'}],
    ['no-periods', {reason: 'none-usable'}],
    ['too-large', {length: 5000001, limit: 5000000}],
    ['unreadable', {reason: 'ENOENT'}],
    ['unreadable', {reason: 'EACCES'}],
    ['unreadable', {reason: 'EISDIR'}],
    ['unreadable', {reason: 'EIO'}],
    ['encoding', {encoding: 'UTF-16 LE'}],
  ];
  for (const [kind, params] of fatalRows) {
    it(`${kind} ${JSON.stringify(params)}`, () => {
      const {sv, en} = inEveryLanguage(() => fatalSentence(kind, params, 'sv'));
      assertComplete(sv, 'sv');
      assertComplete(en, 'en');
      assert.notEqual(sv, en);
      assert.doesNotMatch(words(sv), ENGLISH, sv);
    });
  }

  it('formats numbers in each language: 5 000 001 in Swedish and Finnish, 5,000,001 in English', () => {
    const say = (lang) => renderInLocale(lang, () => fatalSentence('too-large', {length: 5000001, limit: 5000000}, lang));
    assert.equal(say('sv'), 'Flödet är för stort (antal tecken: 5\u00a0000\u00a0001, gräns: 5\u00a0000\u00a0000).');
    assert.equal(say('en'), 'The feed is too large (number of characters: 5,000,001, limit: 5,000,000).');
    assert.equal(say('fi'), 'Syöte on liian suuri (merkkien määrä: 5\u00a0000\u00a0001, raja: 5\u00a0000\u00a0000).');
  });

  it('has every syntax error in both languages', () => {
    const kinds = ['empty', 'unexpected-end', 'trailing-comma', 'missing-comma', 'expected-colon', 'expected-key', 'single-quotes', 'comment', 'unterminated-string', 'control-character', 'invalid-escape', 'invalid-number', 'invalid-literal', 'unexpected-character', 'mismatched-bracket', 'trailing-content'];
    for (const kind of kinds) {
      const {sv, en} = inEveryLanguage(() => syntaxSentence(kind, '«x»'));
      assert.ok(sv && en && sv !== en, kind);
      assert.doesNotMatch(words(sv), ENGLISH, sv);
    }
  });

  it('says schema errors in both languages, by definition where it knows one, plural-safe', () => {
    const date = {keyword: 'anyOf', segments: ['updated'], definition: 'Date', params: {}};
    assert.deepEqual(inEveryLanguage(() => schemaSentence(date, 'sv')), {
      sv: 'Schemat: värdet ska vara ett datum: "2021", 2021, "2021-05" eller "2021-05-12".',
      en: 'Schema: the value must be a date: "2021", 2021, "2021-05" or "2021-05-12".',
      fi: 'Skeema: arvon pitää olla päivämäärä: "2021", 2021, "2021-05" tai "2021-05-12".',
    });
    const one = {keyword: 'minItems', segments: ['periods'], params: {limit: 1}};
    assert.equal(renderInLocale('en', () => schemaSentence(one, 'en')), 'Schema: the list must have at least 1 item.');
    assert.equal(renderInLocale('sv', () => schemaSentence(one, 'sv')), 'Schemat: listan ska ha minst 1 post.');
    const two = {keyword: 'minItems', segments: ['periods'], params: {limit: 2}};
    assert.equal(renderInLocale('en', () => schemaSentence(two, 'en')), 'Schema: the list must have at least 2 items.');
    // Finnish: a singular noun after 1, the partitive after any other number.
    assert.equal(renderInLocale('fi', () => schemaSentence(one, 'fi')), 'Skeema: luettelossa pitää olla vähintään 1 kohta.');
    assert.equal(renderInLocale('fi', () => schemaSentence(two, 'fi')), 'Skeema: luettelossa pitää olla vähintään 2 kohtaa.');
    const other = {keyword: 'uniqueItems', segments: [], params: {}};
    assert.equal(renderInLocale('en', () => schemaSentence(other, 'en')), 'Schema: the value breaks the rule "uniqueItems".');
  });
});
