/**
 * parseFeed against "Party" of the feed format: required fields, `kind`,
 * duplicate ids, and `by` lists that name parties.
 */
import {expect} from '@open-wc/testing';
import {describeDuplicates, describeRules, feedText, firstPromise, ids, parseOk, promiseOf} from './feed-helpers.js';
import type {DuplicateRow, RuleRow} from './feed-helpers.js';

const parties: RuleRow[] = [
  {
    name: 'required: a party without name is left out, and by naming it is ignored',
    mutate: (f) => {
      f.parties.push({id: 'lansstyrelsen'});
      promiseOf(f).by = ['lansstyrelsen', 'polisen'];
    },
    problems: ['missing-required parties[2].name → item-left-out', 'unknown-party periods[0].promises[0].by[0] → ignored'],
    check: (feed) => {
      expect(ids(feed.parties)).to.deep.equal(['polisen', 'kommunen']);
      expect(firstPromise(feed).by).to.deep.equal(['polisen']);
    },
  },
  {
    name: 'optional wrong type: a party kind not in the list',
    mutate: (f) => {
      f.parties[0].kind = 'county';
    },
    problems: ['invalid-value parties[0].kind → ignored'],
    check: (feed) => expect(feed.parties[0]).to.deep.equal({id: 'polisen', name: {sv: 'Polisen'}}),
  },
  {
    name: 'optional wrong type: parties null',
    mutate: (f) => {
      f.parties = null;
    },
    problems: ['wrong-type parties → ignored'],
    check: (feed) => expect(feed.parties).to.deep.equal([]),
  },
];

describeRules('parseFeed: Party', parties);

const duplicates: DuplicateRow[] = [
  {
    name: 'parties: later duplicates are shown under a derived id',
    mutate: (f) => {
      f.parties.push({id: 'polisen', name: 'Polisen igen'});
    },
    list: (feed) => feed.parties,
    ids: ['polisen', 'kommunen', 'polisen-2'],
    problems: ['duplicate-id parties[2].id → derived-id'],
    derived: [['polisen-2', 'polisen']],
  },
  {
    name: 'parties: the path is the one in the input, even after a dropped party',
    mutate: (f) => {
      f.parties = [{name: 'Utan id'}, {id: 'polisen', name: 'A'}, {id: 'kommunen', name: 'B'}, {id: 'polisen', name: 'C'}];
    },
    list: (feed) => feed.parties,
    ids: ['polisen', 'kommunen', 'polisen-2'],
    problems: ['missing-required parties[0].id → item-left-out', 'duplicate-id parties[3].id → derived-id'],
    derived: [['polisen-2', 'polisen']],
  },
];

describeDuplicates('parseFeed: duplicate party ids', duplicates);

describe('parseFeed: by and duplicate parties', () => {
  it('by naming a duplicated id goes to the first party', () => {
    const {feed} = parseOk(
      feedText((f) => {
        f.parties.push({id: 'polisen', name: 'Polisen igen'});
        f.periods[0].promises[0].by = ['polisen'];
      })
    );
    expect(feed.parties[0]!.name).to.deep.equal({sv: 'Polisen'});
    expect(feed.periods[0]!.promises[0]!.by).to.deep.equal(['polisen']);
  });
});
