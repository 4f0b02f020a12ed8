/**
 * parseFeed against "Period" of the feed format: required fields, dates,
 * signatories, the order periods are shown in, and duplicate ids.
 */
import {expect} from '@open-wc/testing';
import {
  describeDuplicates,
  describeRules,
  expectPathsExist,
  feedText,
  ids,
  outcomes,
  p,
  parseOk,
  pr,
  secondPromise,
  t,
} from './feed-helpers.js';
import type {DuplicateRow, RuleRow} from './feed-helpers.js';

const periods: RuleRow[] = [
  {
    name: 'period: without promises is left out',
    mutate: (f) => {
      f.periods.push({id: 'p2', from: '2022'});
    },
    problems: ['missing-required periods[1].promises → item-left-out'],
    check: (feed) => expect(ids(feed.periods)).to.deep.equal(['p1']),
  },
  {
    name: 'period: promises not an array is left out',
    mutate: (f) => {
      f.periods.push({id: 'p2', from: '2022', promises: {id: 'a', area: 'A', promise: 'P'}});
    },
    problems: ['wrong-type periods[1].promises → item-left-out'],
    check: (feed) => expect(ids(feed.periods)).to.deep.equal(['p1']),
  },
  {
    name: 'period: an empty list of promises is left out',
    mutate: (f) => {
      f.periods.push({id: 'p2', from: '2022', promises: []});
    },
    problems: ['period-without-promises periods[1].promises → item-left-out'],
    check: (feed) => expect(ids(feed.periods)).to.deep.equal(['p1']),
  },
  {
    name: 'period: no usable promise is left out',
    mutate: (f) => {
      f.periods.push({id: 'p2', from: '2022', promises: [{id: 'x', area: 'A'}, 'promise']});
    },
    problems: [
      'missing-required periods[1].promises[0].promise → item-left-out',
      'wrong-type periods[1].promises[1] → item-left-out',
      'period-without-promises periods[1].promises → item-left-out',
    ],
    check: (feed) => expect(ids(feed.periods)).to.deep.equal(['p1']),
  },
  {
    name: 'period: without id is left out',
    mutate: (f) => {
      f.periods.push({from: '2022', promises: [secondPromise]});
    },
    problems: ['missing-required periods[1].id → item-left-out'],
    check: (feed) => expect(ids(feed.periods)).to.deep.equal(['p1']),
  },
  {
    name: 'id: a number is the wrong type',
    mutate: (f) => {
      f.periods.push({id: 2022, from: '2022', promises: [secondPromise]});
    },
    problems: ['wrong-type periods[1].id → item-left-out'],
    check: (feed) => expect(ids(feed.periods)).to.deep.equal(['p1']),
  },
  {
    name: 'period: full form',
    mutate: (f) => {
      Object.assign(f.periods[0], {
        title: {sv: 'Löften 2021', en: 'Promises 2021'},
        to: '2022-06',
        intro: 'Inledning',
        outcome: {summary: 'Bra', updated: '2022-12-01'},
        signatories: [{name: 'Anna', role: 'Kommunchef', party: 'kommunen', date: '2021-01-15'}],
      });
    },
    problems: [],
    check: (feed) => {
      const first = feed.periods[0]!;
      expect(first.title).to.deep.equal({sv: 'Löften 2021', en: 'Promises 2021'});
      expect(first.to).to.deep.equal({year: 2022, month: 6});
      expect(first.intro).to.deep.equal({sv: [p(t('Inledning'))]});
      expect(first.outcome).to.deep.equal({summary: {sv: [p(t('Bra'))]}, updated: {year: 2022, month: 12, day: 1}});
      expect(first.signatories).to.deep.equal([
        {name: 'Anna', role: {sv: 'Kommunchef'}, party: 'kommunen', date: {year: 2021, month: 1, day: 15}},
      ]);
    },
  },
  {
    name: 'date: a period ending before it starts loses its end',
    mutate: (f) => {
      f.periods[0].to = '2020';
    },
    problems: ['invalid-value periods[0].to → ignored'],
    check: (feed) => {
      expect(feed.periods[0]!.from).to.deep.equal({year: 2021});
      expect(feed.periods[0]).not.to.have.property('to');
    },
  },
];

const signatories: RuleRow[] = [
  {
    name: 'required: a signatory without name is left out',
    mutate: (f) => {
      f.periods[0].signatories = [{role: 'Polischef'}];
    },
    problems: ['missing-required periods[0].signatories[0].name → item-left-out'],
    check: (feed) => expect(feed.periods[0]).not.to.have.property('signatories'),
  },
  {
    name: 'date: an unreadable signatory date is absent, the signatory kept',
    mutate: (f) => {
      f.periods[0].signatories = [{name: 'Anna', date: '2021-13-01'}];
    },
    problems: ['invalid-date periods[0].signatories[0].date → ignored'],
    check: (feed) => expect(feed.periods[0]!.signatories).to.deep.equal([{name: 'Anna'}]),
  },
  {
    name: 'by: a signatory\'s unknown party is reported at its party field',
    mutate: (f) => {
      f.periods[0].signatories = [{name: 'Anna', party: 'okand'}, {name: 'Johan', party: 'polisen'}];
    },
    problems: ['unknown-party periods[0].signatories[0].party → ignored'],
    check: (feed) => expect(feed.periods[0]!.signatories).to.deep.equal([{name: 'Anna'}, {name: 'Johan', party: 'polisen'}]),
  },
  {
    name: 'by: a signatory\'s party that is not a string is the wrong type',
    mutate: (f) => {
      f.periods[0].signatories = [{name: 'Anna', party: ['polisen']}];
    },
    problems: ['wrong-type periods[0].signatories[0].party → ignored'],
    check: (feed) => expect(feed.periods[0]!.signatories).to.deep.equal([{name: 'Anna'}]),
  },
];

describeRules('parseFeed: Period', periods);
describeRules('parseFeed: signatories', signatories);

interface OrderRow {
  name: string;
  /** `[id, from]`; from undefined: no `from` at all. */
  periods: [string, unknown][];
  order: string[];
  /** `code path → consequence`. */
  problems: string[];
}

const orders: OrderRow[] = [
  {name: 'newest first', periods: [['a', '2019'], ['b', '2021'], ['c', '2020']], order: ['b', 'c', 'a'], problems: []},
  {name: 'number and string years compare', periods: [['a', 2020], ['b', '2021'], ['c', 2022]], order: ['c', 'b', 'a'], problems: []},
  {name: 'a month after its year', periods: [['a', '2021'], ['b', '2021-05'], ['c', '2021-04-30']], order: ['b', 'c', 'a'], problems: []},
  {name: 'equal from keeps the feed order', periods: [['a', '2021'], ['b', '2021'], ['c', '2021']], order: ['a', 'b', 'c'], problems: []},
  {name: 'a year and its first day are equal', periods: [['a', '2021-01-01'], ['b', 2021], ['c', '2021-01']], order: ['a', 'b', 'c'], problems: []},
  {
    name: 'missing from comes last, reported, shown',
    periods: [['a', undefined], ['b', '2019'], ['c', '2021']],
    order: ['c', 'b', 'a'],
    problems: ['period-without-from periods[0].from → shown-last'],
  },
  {
    name: 'unreadable from comes last, reported twice',
    periods: [['a', '2021-02-30'], ['b', '2019']],
    order: ['b', 'a'],
    problems: ['invalid-date periods[0].from → ignored', 'period-without-from periods[0].from → shown-last'],
  },
  {
    name: 'several without from keep the feed order',
    periods: [['a', null], ['b', '2019'], ['c', 'snart']],
    order: ['b', 'a', 'c'],
    problems: [
      'invalid-date periods[0].from → ignored',
      'period-without-from periods[0].from → shown-last',
      'invalid-date periods[2].from → ignored',
      'period-without-from periods[2].from → shown-last',
    ],
  },
  {
    name: 'only a period without from still renders',
    periods: [['a', undefined]],
    order: ['a'],
    problems: ['period-without-from periods[0].from → shown-last'],
  },
];


describe('parseFeed: period order', () => {
  for (const row of orders) {
    it(row.name, () => {
      const text = feedText((f) => {
        f.periods = row.periods.map(([id, from]) => ({
          id,
          ...(from === undefined ? {} : {from}),
          promises: [{id: 'x', area: 'A', promise: 'P'}],
        }));
      });
      const {feed, problems} = parseOk(text);
      expect(ids(feed.periods)).to.deep.equal(row.order);
      expect(outcomes(problems)).to.have.members(row.problems);
      expectPathsExist(JSON.parse(text), problems);
      for (const each of feed.periods) {
        const raw = row.periods.find(([id]) => id === each.id)!;
        if (typeof raw[1] !== 'string' && typeof raw[1] !== 'number') expect(each.from, each.id).to.equal(undefined);
      }
    });
  }
});

const duplicates: DuplicateRow[] = [
  {
    name: 'periods: the first in the feed keeps the id, whatever the order shown',
    mutate: (f) => {
      f.periods = [
        {id: 'p', from: '2020', promises: [pr('a')]},
        {id: 'p', from: '2022', promises: [pr('b')]},
      ];
    },
    list: (feed) => feed.periods,
    ids: ['p-2', 'p'],
    problems: ['duplicate-id periods[1].id → derived-id'],
    derived: [['p-2', 'p']],
  },
  {
    name: 'periods: the path is the one in the input, even after a dropped period',
    mutate: (f) => {
      f.periods = [
        null,
        {id: 'p', from: '2021', promises: [pr('a')]},
        {id: 'p', from: '2021', promises: []},
        {id: 'p', from: '2021', promises: [pr('b')]},
      ];
    },
    list: (feed) => feed.periods,
    ids: ['p', 'p-2'],
    problems: ['wrong-type periods[0] → item-left-out', 'period-without-promises periods[2].promises → item-left-out', 'duplicate-id periods[3].id → derived-id'],
    derived: [['p-2', 'p']],
  },
];

describeDuplicates('parseFeed: duplicate period ids', duplicates);
