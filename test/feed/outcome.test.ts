/**
 * parseFeed against "Outcome" of the feed format, and its Items.
 */
import {expect} from '@open-wc/testing';
import {describeRules, em, expectPathsExist, feedText, firstPromise, outcomes, p, parseOk, promiseOf, t} from './feed-helpers.js';
import type {RuleRow} from './feed-helpers.js';

const outcome: RuleRow[] = [
  {
    name: 'optional wrong type: a status not in the list',
    mutate: (f) => {
      promiseOf(f).outcome = {status: 'klart', summary: 'Det gick bra.'};
    },
    problems: ['invalid-value periods[0].promises[0].outcome.status → ignored'],
    check: (feed) => expect(firstPromise(feed).outcome).to.deep.equal({summary: {sv: [p(t('Det gick bra.'))]}}),
  },
  {
    name: 'by: an unknown party in an item',
    mutate: (f) => {
      promiseOf(f).outcome = {done: [{text: 'Gjort', by: ['polisen', 'okand']}]};
    },
    problems: ['unknown-party periods[0].promises[0].outcome.done[0].by[1] → ignored'],
    check: (feed) => expect(firstPromise(feed).outcome!.done).to.deep.equal([{text: {sv: [p(t('Gjort'))]}, by: ['polisen']}]),
  },
];

describeRules('parseFeed: Outcome', outcome);

interface ItemRow {
  name: string;
  done: unknown[];
  expect: unknown[];
  /** `code path → consequence`. */
  problems: string[];
}

const items: ItemRow[] = [
  {name: 'a bare RichText string', done: ['Vi *vandrade*.'], expect: [{text: {sv: [p(t('Vi '), em(t('vandrade')), t('.'))]}}], problems: []},
  {
    name: 'a translation object',
    done: [{sv: 'Vandring', en: 'Walk'}],
    expect: [{text: {sv: [p(t('Vandring'))], en: [p(t('Walk'))]}}],
    problems: [],
  },
  {
    name: '{text, by}',
    done: [{text: {sv: 'Vandring'}, by: ['polisen', 'kommunen']}],
    expect: [{text: {sv: [p(t('Vandring'))]}, by: ['polisen', 'kommunen']}],
    problems: [],
  },
  {name: '{text} without by', done: [{text: 'Vandring'}], expect: [{text: {sv: [p(t('Vandring'))]}}], problems: []},
  {
    name: '{by} without text is left out',
    done: [{by: ['polisen']}, 'Kvar'],
    expect: [{text: {sv: [p(t('Kvar'))]}}],
    problems: ['missing-required periods[0].promises[0].outcome.done[0].text → item-left-out'],
  },
  {
    name: 'a number is left out, the rest kept',
    done: [7, 'Kvar', null],
    expect: [{text: {sv: [p(t('Kvar'))]}}],
    problems: ['wrong-type periods[0].promises[0].outcome.done[0] → item-left-out', 'wrong-type periods[0].promises[0].outcome.done[2] → item-left-out'],
  },
  {
    name: 'an empty string is left out',
    done: ['', 'Kvar'],
    expect: [{text: {sv: [p(t('Kvar'))]}}],
    problems: ['empty-text periods[0].promises[0].outcome.done[0] → item-left-out'],
  },
];


describe('parseFeed: Items', () => {
  for (const row of items) {
    it(row.name, () => {
      const text = feedText((f) => {
        f.periods[0].promises[0].outcome = {done: row.done};
      });
      const {feed, problems} = parseOk(text);
      expect(feed.periods[0]!.promises[0]!.outcome!.done).to.deep.equal(row.expect);
      expect(outcomes(problems)).to.have.members(row.problems);
      expectPathsExist(JSON.parse(text), problems);
    });
  }
});
