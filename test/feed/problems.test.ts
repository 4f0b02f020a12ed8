/**
 * The shape of a recoverable problem: what (`code`), where (`path`,
 * `segments`), what happens (`consequence`) and the values a sentence in any
 * language needs (`params`), with no sentence built in: `message` is the
 * language-neutral developer line `code → consequence {params}`. One row per
 * code and per way it can end.
 */
import {expect} from '@open-wc/testing';
import {MAX_ITEMS, MAX_RICH_TEXT_NODES, MAX_TEXT_CHARACTERS} from '../../src/feed/index.js';
import type {Problem} from '../../src/feed/index.js';
import {feedText, parseOk, promiseOf, secondPromise} from './feed-helpers.js';
import type {RawFeed} from './feed-helpers.js';

interface ShapeRow {
  name: string;
  mutate: (feed: RawFeed) => void;
  /** Every problem, in the order reported, without `segments` and `message`. */
  problems: Pick<Problem, 'code' | 'path' | 'consequence' | 'params'>[];
}

const P = 'periods[0].promises[0]';

const rows: ShapeRow[] = [
  {
    name: 'unknown-field: the field is ignored',
    mutate: (f) => (promiseOf(f).promse = 'x'),
    problems: [{code: 'unknown-field', path: `${P}.promse`, consequence: 'ignored', params: {field: 'promse'}}],
  },
  {
    name: 'missing-required: the item is left out, and which kind it is',
    mutate: (f) => {
      delete promiseOf(f).area;
      f.periods[0].promises.push(secondPromise);
    },
    problems: [{code: 'missing-required', path: `${P}.area`, consequence: 'item-left-out', params: {field: 'area', item: 'promise'}}],
  },
  {
    name: 'missing-required in a baseline: the baseline is left out',
    mutate: (f) => (promiseOf(f).targets = [{label: 'A', baseline: {year: 2020}}]),
    problems: [
      {
        code: 'missing-required',
        path: `${P}.targets[0].baseline.value`,
        consequence: 'item-left-out',
        params: {field: 'value', item: 'baseline'},
      },
    ],
  },
  {
    name: 'wrong-type of a required field: expected and found as codes, the item left out',
    mutate: (f) => {
      promiseOf(f).promise = 1;
      f.periods[0].promises.push(secondPromise);
    },
    problems: [
      {code: 'wrong-type', path: `${P}.promise`, consequence: 'item-left-out', params: {expected: 'text', found: 'number', item: 'promise'}},
    ],
  },
  {
    name: 'wrong-type of an optional field: ignored',
    mutate: (f) => (promiseOf(f).background = [1]),
    problems: [{code: 'wrong-type', path: `${P}.background`, consequence: 'ignored', params: {expected: 'text', found: 'array'}}],
  },
  {
    name: 'wrong-type of a list item: expected names its kind',
    mutate: (f) => f.periods[0].promises.push('x'),
    problems: [
      {
        code: 'wrong-type',
        path: 'periods[0].promises[1]',
        consequence: 'item-left-out',
        params: {expected: 'promise', found: 'string', item: 'promise'},
      },
    ],
  },
  {
    name: 'wrong-type in lists of strings: a place, an address line, a party id',
    mutate: (f) => {
      promiseOf(f).places = [null, 'Torget'];
      promiseOf(f).by = [true];
      f.contacts = [{name: 'Anna', address: [5]}];
    },
    problems: [
      {code: 'wrong-type', path: `${P}.by[0]`, consequence: 'ignored', params: {expected: 'party-id', found: 'boolean'}},
      {code: 'wrong-type', path: `${P}.places[0]`, consequence: 'item-left-out', params: {expected: 'text', found: 'null', item: 'place'}},
      {
        code: 'wrong-type',
        path: 'contacts[0].address[0]',
        consequence: 'item-left-out',
        params: {expected: 'string', found: 'number', item: 'address-line'},
      },
    ],
  },
  {
    name: 'invalid-value, one-of: the allowed values, the value as JSON',
    mutate: (f) => (promiseOf(f).outcome = {status: 'klart', summary: 'Bra.'}),
    problems: [
      {
        code: 'invalid-value',
        path: `${P}.outcome.status`,
        consequence: 'ignored',
        params: {expected: 'one-of', value: '"klart"', allowed: 'fulfilled, partly-fulfilled, not-fulfilled, ongoing'},
      },
    ],
  },
  {
    name: 'invalid-value, slug: the id derived from it',
    mutate: (f) => (promiseOf(f).id = 'Trafik i Centrum'),
    problems: [
      {
        code: 'invalid-value',
        path: `${P}.id`,
        consequence: 'derived-id',
        params: {expected: 'slug', value: '"Trafik i Centrum"', derived: 'trafik-i-centrum'},
      },
    ],
  },
  {
    name: 'invalid-value, slug with nothing to derive: the item left out',
    mutate: (f) => {
      promiseOf(f).id = '!!!';
      f.periods[0].promises.push(secondPromise);
    },
    problems: [{code: 'invalid-value', path: `${P}.id`, consequence: 'item-left-out', params: {expected: 'slug', value: '"!!!"', item: 'promise'}}],
  },
  {
    name: 'invalid-value, language: the default used',
    mutate: (f) => (f.language = 5),
    problems: [
      {code: 'invalid-value', path: 'language', consequence: 'default-used', params: {expected: 'language-tag', value: '5', default: 'sv'}},
    ],
  },
  {
    name: 'invalid-value, an end before the start: the end ignored',
    mutate: (f) => (f.periods[0].to = '2019'),
    problems: [{code: 'invalid-value', path: 'periods[0].to', consequence: 'ignored', params: {expected: 'end-after-start', field: 'to'}}],
  },
  {
    name: 'invalid-date: ignored; containers shown as {…} and […]',
    mutate: (f) => {
      f.updated = {year: 2021};
      f.periods[0].signatories = [{name: 'Anna', date: '2021-02-30'}];
    },
    problems: [
      {code: 'invalid-date', path: 'periods[0].signatories[0].date', consequence: 'ignored', params: {value: '"2021-02-30"'}},
      {code: 'invalid-date', path: 'updated', consequence: 'ignored', params: {value: '{…}'}},
    ],
  },
  {
    name: 'unsafe-url: a url field is ignored, a link in rich text loses its link',
    mutate: (f) => {
      f.url = 'javascript:alert(1)';
      promiseOf(f).background = 'Se [här](data:text/html,x).';
    },
    problems: [
      {code: 'unsafe-url', path: `${P}.background`, consequence: 'link-removed', params: {url: 'data:text/html,x'}},
      {code: 'unsafe-url', path: 'url', consequence: 'ignored', params: {url: 'javascript:alert(1)'}},
    ],
  },
  {
    name: 'duplicate-id: the derived id, and the kind of item',
    mutate: (f) => f.periods[0].promises.push({id: 'a', area: 'B', promise: 'P'}),
    problems: [
      {code: 'duplicate-id', path: 'periods[0].promises[1].id', consequence: 'derived-id', params: {id: 'a', derived: 'a-2', item: 'promise'}},
    ],
  },
  {
    name: 'unknown-party: ignored',
    mutate: (f) => (promiseOf(f).by = ['okand']),
    problems: [{code: 'unknown-party', path: `${P}.by[0]`, consequence: 'ignored', params: {value: '"okand"'}}],
  },
  {
    name: 'invalid-language-tag: the translation ignored',
    mutate: (f) => (f.title = {sv: 'Löften', svenska: 'x'}),
    problems: [{code: 'invalid-language-tag', path: 'title.svenska', consequence: 'ignored', params: {tag: 'svenska'}}],
  },
  {
    name: 'empty-text: an empty string, and a text with no usable translation',
    mutate: (f) => {
      f.title = ' ';
      promiseOf(f).area = {sv: ''};
      f.periods[0].promises.push(secondPromise);
    },
    problems: [
      {code: 'empty-text', path: `${P}.area`, consequence: 'item-left-out', params: {reason: 'no-translation', item: 'promise'}},
      {code: 'empty-text', path: 'title', consequence: 'ignored', params: {reason: 'empty'}},
    ],
  },
  {
    name: 'item-dropped: a contact with nothing to show',
    mutate: (f) => (f.contacts = [{}]),
    problems: [{code: 'item-dropped', path: 'contacts[0]', consequence: 'item-left-out', params: {item: 'contact'}}],
  },
  {
    name: 'period-without-promises: the period left out',
    mutate: (f) => f.periods.push({id: 'p2', from: '2020', promises: []}),
    problems: [{code: 'period-without-promises', path: 'periods[1].promises', consequence: 'item-left-out', params: {item: 'period'}}],
  },
  {
    name: 'period-without-from: shown last, missing or unreadable',
    mutate: (f) => {
      delete f.periods[0].from;
      f.periods.push({id: 'p2', from: 'snart', promises: [secondPromise]});
    },
    problems: [
      {code: 'period-without-from', path: 'periods[0].from', consequence: 'shown-last', params: {field: 'from', reason: 'missing'}},
      {code: 'invalid-date', path: 'periods[1].from', consequence: 'ignored', params: {value: '"snart"'}},
      {code: 'period-without-from', path: 'periods[1].from', consequence: 'shown-last', params: {field: 'from', reason: 'unreadable'}},
    ],
  },
  {
    name: 'text-too-long and too-many-items: truncated, with the limit',
    mutate: (f) => {
      promiseOf(f).background = 'x'.repeat(MAX_TEXT_CHARACTERS + 1);
      promiseOf(f).places = Array.from({length: MAX_ITEMS + 1}, () => 'Torget');
    },
    problems: [
      {code: 'too-many-items', path: `${P}.places`, consequence: 'truncated', params: {count: MAX_ITEMS + 1, limit: MAX_ITEMS}},
      {
        code: 'text-too-long',
        path: `${P}.background`,
        consequence: 'truncated',
        params: {length: MAX_TEXT_CHARACTERS + 1, limit: MAX_TEXT_CHARACTERS},
      },
    ],
  },
  {
    name: 'too-much-markup: plain text from there on, reported once',
    mutate: (f) => {
      // 5,000 emphases and their paragraph per text: the tenth runs out.
      const marked = '*a* '.repeat(5_000);
      f.periods[0].promises = Array.from({length: 12}, (_, index) => ({id: `p${index}`, area: 'A', promise: marked}));
    },
    problems: [{code: 'too-much-markup', path: 'periods[0].promises[9].promise', consequence: 'plain-text', params: {limit: MAX_RICH_TEXT_NODES}}],
  },
];

describe('problems: code, path, consequence, params', () => {
  for (const row of rows) {
    it(row.name, () => {
      const {problems} = parseOk(feedText(row.mutate));
      expect(problems.map(({code, path, consequence, params}) => ({code, path, consequence, params}))).to.deep.equal(row.problems);
    });
  }
});

describe('problems: the developer message', () => {
  it('is "code → consequence {params}", the same in every language', () => {
    const {problems} = parseOk(
      feedText((f) => {
        delete promiseOf(f).area;
        f.periods[0].promises.push(secondPromise);
        f.contacts = [{}];
      })
    );
    expect(problems.map((problem) => problem.message)).to.deep.equal([
      'missing-required → item-left-out {"field":"area","item":"promise"}',
      'item-dropped → item-left-out {"item":"contact"}',
    ]);
  });
});
