/**
 * parseFeed against "Promise" of the feed format: required fields, `by`,
 * optional fields of the wrong type, ids as slugs, duplicate ids.
 */
import {expect} from '@open-wc/testing';
import {
  describeDuplicates,
  describeRules,
  firstPromise,
  ids,
  p,
  pr,
  promiseOf,
  promiseRows,
  promisesOfFirst,
  secondPromise,
  t,
} from './feed-helpers.js';
import type {DuplicateRow, RuleRow} from './feed-helpers.js';

const required: RuleRow[] = [
  {
    name: 'required: a promise without area is left out',
    mutate: (f) => {
      delete promiseOf(f).area;
      f.periods[0].promises.push(secondPromise);
    },
    problems: ['missing-required periods[0].promises[0].area → item-left-out'],
    check: (feed) => expect(ids(feed.periods[0]!.promises)).to.deep.equal(['b']),
  },
  {
    name: 'required: a promise whose area has no usable translation is left out',
    mutate: (f) => {
      promiseOf(f).area = {'x y': 'Trafik'};
      f.periods[0].promises.push(secondPromise);
    },
    problems: ['invalid-language-tag periods[0].promises[0].area["x y"] → ignored', 'empty-text periods[0].promises[0].area → item-left-out'],
    check: (feed) => expect(ids(feed.periods[0]!.promises)).to.deep.equal(['b']),
  },
  {
    name: 'required: a promise whose promise is a number is left out',
    mutate: (f) => {
      promiseOf(f).promise = 1;
      f.periods[0].promises.push(secondPromise);
    },
    problems: ['wrong-type periods[0].promises[0].promise → item-left-out'],
    check: (feed) => expect(ids(feed.periods[0]!.promises)).to.deep.equal(['b']),
  },
  {
    name: 'required: a promise with no id is left out, every missing field reported',
    mutate: (f) => {
      f.periods[0].promises.unshift({});
    },
    problems: [
      'missing-required periods[0].promises[0].id → item-left-out',
      'missing-required periods[0].promises[0].area → item-left-out',
      'missing-required periods[0].promises[0].promise → item-left-out',
    ],
    check: (feed) => expect(ids(feed.periods[0]!.promises)).to.deep.equal(['a']),
  },
];

const by: RuleRow[] = [
  {
    name: 'by: a party id that names no party is ignored and reported',
    mutate: (f) => {
      promiseOf(f).by = ['polisen', 'länsstyrelsen'];
    },
    problems: ['unknown-party periods[0].promises[0].by[1] → ignored'],
    check: (feed) => expect(firstPromise(feed).by).to.deep.equal(['polisen']),
  },
  {
    name: 'by: only unknown parties: all parties together',
    mutate: (f) => {
      promiseOf(f).by = ['okand', 5, null];
    },
    problems: [
      'unknown-party periods[0].promises[0].by[0] → ignored',
      'wrong-type periods[0].promises[0].by[1] → ignored',
      'wrong-type periods[0].promises[0].by[2] → ignored',
    ],
    check: (feed) => expect(firstPromise(feed)).not.to.have.property('by'),
  },
  {
    name: 'by: a repeated party is listed once',
    mutate: (f) => {
      promiseOf(f).by = ['kommunen', 'polisen', 'kommunen'];
    },
    problems: [],
    check: (feed) => expect(firstPromise(feed).by).to.deep.equal(['kommunen', 'polisen']),
  },
  {
    name: 'by: a string instead of a list is the wrong type, the promise kept',
    mutate: (f) => {
      promiseOf(f).by = 'polisen';
    },
    problems: ['wrong-type periods[0].promises[0].by → ignored'],
    check: (feed) => expect(firstPromise(feed)).to.deep.equal({id: 'a', area: {sv: 'Trafik'}, promise: {sv: [p(t('Vi lovar.'))]}}),
  },
];

const optional: RuleRow[] = [
  {
    name: 'unknown field: a typo in a promise',
    mutate: (f) => {
      promiseOf(f).promse = 'Vi lovar.';
    },
    problems: ['unknown-field periods[0].promises[0].promse → ignored'],
    check: (feed) => expect(ids(feed.periods[0]!.promises)).to.deep.equal(['a']),
  },
  {
    name: 'optional wrong type: background a number, the promise kept',
    mutate: (f) => {
      promiseOf(f).background = 42;
    },
    problems: ['wrong-type periods[0].promises[0].background → ignored'],
    check: (feed) => expect(firstPromise(feed)).not.to.have.property('background'),
  },
  {
    name: 'optional wrong type: places a string',
    mutate: (f) => {
      promiseOf(f).places = 'Nordstan';
    },
    problems: ['wrong-type periods[0].promises[0].places → ignored'],
    check: (feed) => expect(firstPromise(feed)).not.to.have.property('places'),
  },
];

const slugs: RuleRow[] = [
  {
    name: 'id: upper case and spaces become a slug, reported',
    mutate: (f) => {
      promiseOf(f).id = 'Trafik i Centrum';
    },
    problems: ['invalid-value periods[0].promises[0].id → derived-id'],
    check: (feed) => expect(firstPromise(feed).id).to.equal('trafik-i-centrum'),
  },
  {
    name: 'id: Swedish letters lose their marks',
    mutate: (f) => {
      promiseOf(f).id = 'skadegörelse-på-skolor';
    },
    problems: ['invalid-value periods[0].promises[0].id → derived-id'],
    check: (feed) => expect(firstPromise(feed).id).to.equal('skadegorelse-pa-skolor'),
  },
  {
    name: 'id: nothing to make a slug of leaves the item out',
    mutate: (f) => {
      promiseOf(f).id = '!!!';
      f.periods[0].promises.push(secondPromise);
    },
    problems: ['invalid-value periods[0].promises[0].id → item-left-out'],
    check: (feed) => expect(ids(feed.periods[0]!.promises)).to.deep.equal(['b']),
  },
];

describeRules('parseFeed: Promise, required fields', required);
describeRules('parseFeed: Promise, by', by);
describeRules('parseFeed: Promise, optional fields', optional);
describeRules('parseFeed: ids as slugs', slugs);

const duplicates: DuplicateRow[] = [
  {
    name: 'promises: the first keeps the id, later ones get -2, -3',
    mutate: promiseRows(pr('trafik', 'A'), pr('trafik', 'B'), pr('trafik', 'C')),
    list: promisesOfFirst,
    ids: ['trafik', 'trafik-2', 'trafik-3'],
    problems: ['duplicate-id periods[0].promises[1].id → derived-id', 'duplicate-id periods[0].promises[2].id → derived-id'],
    derived: [['trafik-2', 'trafik'], ['trafik-3', 'trafik']],
  },
  {
    name: 'promises: a derived id skips one the feed uses',
    mutate: promiseRows(pr('trafik'), pr('trafik'), pr('trafik-2')),
    list: promisesOfFirst,
    ids: ['trafik', 'trafik-3', 'trafik-2'],
    problems: ['duplicate-id periods[0].promises[1].id → derived-id'],
    derived: [['trafik-3', 'trafik']],
  },
  {
    name: 'promises: the path is the one in the input, even after a dropped promise',
    mutate: promiseRows({area: 'no id', promise: 'P'}, pr('trafik'), 'junk', pr('trafik')),
    list: promisesOfFirst,
    ids: ['trafik', 'trafik-2'],
    problems: [
      'missing-required periods[0].promises[0].id → item-left-out',
      'wrong-type periods[0].promises[2] → item-left-out',
      'duplicate-id periods[0].promises[3].id → derived-id',
    ],
    derived: [['trafik-2', 'trafik']],
  },
  {
    name: 'promises: ids that become equal slugs',
    mutate: promiseRows(pr('Trafik'), pr('trafik')),
    list: promisesOfFirst,
    ids: ['trafik', 'trafik-2'],
    problems: ['invalid-value periods[0].promises[0].id → derived-id', 'duplicate-id periods[0].promises[1].id → derived-id'],
    derived: [['trafik-2', 'trafik']],
  },
  {
    name: 'promises: the same id in two periods is fine',
    mutate: (f) => {
      f.periods.push({id: 'p2', from: '2020', promises: [pr('a')]});
    },
    list: (feed) => feed.periods.flatMap((each) => each.promises),
    ids: ['a', 'a'],
    problems: [],
    derived: [],
  },
];

describeDuplicates('parseFeed: duplicate promise ids', duplicates);
