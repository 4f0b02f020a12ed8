/**
 * parseFeed against "Bad input" of the feed format: what is fatal (the
 * element shows its error state), with its kind, and what is not a problem
 * at all. Recoverable problems are in the files of their sections.
 */
import {expect} from '@open-wc/testing';
import {MAX_FEED_CHARACTERS, parseFeed} from '../../src/feed/index.js';
import type {FatalKind} from '../../src/feed/index.js';
import {baseFeed, feedText, ids, parseOk} from './feed-helpers.js';

interface FatalRow {
  name: string;
  input: unknown;
  kind: FatalKind;
  found?: string;
  /** Words the developer's message must contain. */
  message?: string;
}

const valid = feedText();

const fatals: FatalRow[] = [
  {name: 'not JSON: cut off', input: valid.slice(0, -1), kind: 'not-json'},
  {name: 'not JSON: empty', input: '', kind: 'not-json'},
  {name: 'not JSON: an HTML error page', input: '<!doctype html><title>404</title>', kind: 'not-json'},
  {name: 'not JSON: single quotes', input: "{'format': 'medborgar-loften/1'}", kind: 'not-json'},
  {name: 'not JSON: a trailing comma', input: '{"format": "medborgar-loften/1", "periods": [],}', kind: 'not-json'},
  {name: 'not JSON: two BOMs', input: '\uFEFF\uFEFF' + valid, kind: 'not-json'},
  {name: 'not an object: an array', input: '[' + valid + ']', kind: 'not-object', message: 'array'},
  {name: 'not an object: null', input: 'null', kind: 'not-object', message: 'null'},
  {name: 'not an object: a number', input: '42', kind: 'not-object', message: 'number'},
  {name: 'not an object: a JSON string', input: '"medborgar-loften/1"', kind: 'not-object', message: 'string'},
  {name: 'not an object: true', input: 'true', kind: 'not-object'},
  {name: 'not an object: a parsed array', input: [baseFeed()], kind: 'not-object'},
  {name: 'not an object: undefined', input: undefined, kind: 'not-object'},
  {
    name: 'another format names the version read',
    input: feedText((f) => {
      f.format = 'medborgar-loften/2';
    }),
    kind: 'format',
    found: 'medborgar-loften/2',
    message: 'medborgar-loften/2',
  },
  {
    name: 'another format, even with only a space more',
    input: feedText((f) => {
      f.format = 'medborgar-loften/1 ';
    }),
    kind: 'format',
    found: 'medborgar-loften/1 ',
  },
  {
    name: 'a format that is not a string',
    input: feedText((f) => {
      f.format = 1;
    }),
    kind: 'format',
    message: '1',
  },
  {
    name: 'missing format',
    input: feedText((f) => {
      delete f.format;
    }),
    kind: 'format',
    message: 'medborgar-loften/1',
  },
  {
    name: 'no periods',
    input: feedText((f) => {
      delete f.periods;
    }),
    kind: 'no-periods',
  },
  {
    name: 'periods not an array',
    input: feedText((f) => {
      f.periods = f.periods[0];
    }),
    kind: 'no-periods',
    message: 'object',
  },
  {
    name: 'periods null',
    input: feedText((f) => {
      f.periods = null;
    }),
    kind: 'no-periods',
  },
  {
    name: 'periods empty',
    input: feedText((f) => {
      f.periods = [];
    }),
    kind: 'no-periods',
  },
  {
    name: 'no usable period',
    input: feedText((f) => {
      f.periods = [{id: 'p1', from: '2021', promises: []}, {from: '2021', promises: [{id: 'a', area: 'A', promise: 'P'}]}, 'p3'];
    }),
    kind: 'no-periods',
    message: 'usable',
  },
  {
    name: 'too large',
    input: valid + ' '.repeat(MAX_FEED_CHARACTERS - valid.length + 1),
    kind: 'too-large',
    message: String(MAX_FEED_CHARACTERS),
  },
];


describe('parseFeed: fatal problems', () => {
  for (const row of fatals) {
    it(row.name, () => {
      const result = parseFeed(row.input);
      if (result.ok) throw new Error('expected a fatal problem');
      expect(result.error.kind).to.equal(row.kind);
      expect(result.error.found).to.equal(row.found);
      expect(result.error.message).to.be.a('string').and.not.equal('');
      if (row.message !== undefined) expect(result.error.message).to.include(row.message);
    });
  }
});

interface FineRow {
  name: string;
  input: unknown;
}

const fines: FineRow[] = [
  {name: 'a UTF-8 byte order mark is fine', input: '\uFEFF' + valid},
  {name: 'exactly the size limit is fine', input: valid + ' '.repeat(MAX_FEED_CHARACTERS - valid.length)},
  {name: 'whitespace around the JSON is fine', input: '\n\t ' + valid + '\n'},
  {name: 'an already-parsed object is fine', input: baseFeed()},
  {name: 'a later format-1 feed with new optional fields: only warnings', input: feedText((f) => (f.theme = 'dark'))},
];


describe('parseFeed: not fatal', () => {
  for (const row of fines) {
    it(row.name, () => {
      const {feed} = parseOk(row.input);
      expect(ids(feed.periods)).to.deep.equal(['p1']);
      expect(ids(feed.periods[0]!.promises)).to.deep.equal(['a']);
    });
  }
});
