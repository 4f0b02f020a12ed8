/**
 * The validator's sentence table (src/cli/messages.ts): every problem the
 * feed module reports, in every variant, has a Swedish sentence of its own
 * (never the English fallback), and the English table says what the feed
 * module's own message says.
 */
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {parseFeed} from '../../lib/feed/index.js';
import {MESSAGE_LANGUAGES, fatalMessage, problemMessage, schemaMessage, syntaxMessage} from '../../lib/cli/messages.js';

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

/** Feeds that make the module report every code, and every wording of it. */
const FEEDS = {
  'unknown field': {...base(), promse: 1},
  'missing area': withPromise({area: undefined}),
  'missing party name': {...base(), parties: [{id: 'k'}]},
  'missing activity text': withPromise({activities: [{by: ['polisen']}]}),
  'missing target label': withPromise({targets: [{unit: 'count'}]}),
  'missing measure value': withPromise({targets: [{label: 'x', baseline: {year: 2020}}]}),
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
  'wrong goal and outcome': withPromise({targets: [{label: 'x', goal: 5}], outcome: 5}),
  'wrong parties': {...base(), parties: 'x'},
  'wrong party': {...base(), parties: [5]},
  'wrong contacts': {...base(), contacts: [5, {name: 5, address: [5]}], links: [5]},
  'wrong period': {...base(), periods: [5, ...base().periods]},
  'wrong period parts': withPeriod({signatories: [5, {name: 'x', party: 5}], title: {sv: 5}}),
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
};

const problems = Object.entries(FEEDS).flatMap(([name, feed]) => {
  const result = parseFeed(JSON.stringify(feed));
  assert.equal(result.ok, true, name);
  return result.problems.map((problem) => ({name, problem}));
});

describe('messages: every problem of the feed module, in Swedish and English', () => {
  it('the feeds above raise every problem code', () => {
    const codes = new Set(problems.map(({problem}) => problem.code));
    assert.deepEqual([...codes].sort(), [
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
      'unknown-field',
      'unknown-party',
      'unsafe-url',
      'wrong-type',
    ]);
    assert.ok(problems.length > 50);
  });

  for (const {name, problem} of problems) {
    it(`${name}: ${problem.code} at ${problem.path}`, () => {
      const sv = problemMessage(problem, 'sv');
      const en = problemMessage(problem, 'en');
      assert.notEqual(sv, problem.message, `no Swedish sentence for: ${problem.message}`);
      assert.doesNotMatch(sv, /\b(is|the|ignored|left out|found)\b/, sv);
      assert.equal(en, problem.message, 'the English table says what the feed module says');
    });
  }
});

describe('messages: fatal kinds, syntax errors, schema keywords', () => {
  it('has every fatal kind in both languages', () => {
    for (const kind of ['not-json', 'not-object', 'format', 'no-periods', 'too-large', 'unreadable', 'encoding']) {
      for (const lang of MESSAGE_LANGUAGES) {
        const message = fatalMessage(kind, lang, {detail: 'missing', found: '"x"', length: 1, limit: 1, reason: 'ENOENT', encoding: 'UTF-16'});
        assert.ok(message.length > 10 && !message.includes('undefined'), `${kind} ${lang}: ${message}`);
      }
    }
  });

  it('has every syntax error in both languages', () => {
    const kinds = ['empty', 'unexpected-end', 'trailing-comma', 'missing-comma', 'expected-colon', 'expected-key', 'single-quotes', 'comment', 'unterminated-string', 'control-character', 'invalid-escape', 'invalid-number', 'invalid-literal', 'unexpected-character', 'mismatched-bracket', 'trailing-content'];
    for (const kind of kinds) {
      const sv = syntaxMessage(kind, 'sv', 'x');
      const en = syntaxMessage(kind, 'en', 'x');
      assert.ok(sv && en && sv !== en, kind);
    }
  });

  it('says schema errors in both languages, by definition where it knows one', () => {
    const issue = {keyword: 'anyOf', segments: ['updated'], definition: 'Date', params: {}, fallback: 'must match a schema in anyOf'};
    assert.equal(schemaMessage(issue, 'sv'), 'Schemat: värdet ska vara ett datum: "2021", 2021, "2021-05" eller "2021-05-12".');
    assert.equal(schemaMessage(issue, 'en'), 'Schema: the value must be a date: "2021", 2021, "2021-05" or "2021-05-12".');
    const other = {keyword: 'uniqueItems', segments: [], params: {}, fallback: 'must NOT have duplicate items'};
    assert.equal(schemaMessage(other, 'en'), 'Schema: must NOT have duplicate items.');
  });
});
