/**
 * parseFeed against "Activity" of the feed format.
 */
import {expect} from '@open-wc/testing';
import {describeRules, firstPromise, p, promiseOf, t} from './feed-helpers.js';
import type {RuleRow} from './feed-helpers.js';

const activities: RuleRow[] = [
  {
    name: 'required: an activity without text is left out, the next kept',
    mutate: (f) => {
      promiseOf(f).activities = [{status: 'ongoing'}, {text: 'Vandra'}];
    },
    problems: ['missing-required periods[0].promises[0].activities[0].text → item-left-out'],
    check: (feed) => expect(firstPromise(feed).activities).to.deep.equal([{text: {sv: [p(t('Vandra'))]}}]),
  },
  {
    name: 'by: an activity without by takes the promise\'s',
    mutate: (f) => {
      promiseOf(f).by = ['kommunen'];
      promiseOf(f).activities = [{text: 'Vandra'}, {text: 'Kontrollera', by: ['polisen']}];
    },
    problems: [],
    check: (feed) => expect(firstPromise(feed).activities!.map((activity) => activity.by)).to.deep.equal([['kommunen'], ['polisen']]),
  },
  {
    name: 'status, result and targets',
    mutate: (f) => {
      promiseOf(f).activities = [
        {text: 'Vandra', status: 'partly-fulfilled', result: 'Två av tre.', targets: [{label: 'Vandringar', goal: {value: 3}}]},
      ];
    },
    problems: [],
    check: (feed) =>
      expect(firstPromise(feed).activities).to.deep.equal([
        {
          text: {sv: [p(t('Vandra'))]},
          status: 'partly-fulfilled',
          result: {sv: [p(t('Två av tre.'))]},
          targets: [{label: {sv: 'Vandringar'}, goal: {value: 3}}],
        },
      ]),
  },
  {
    name: 'a status not in the list is ignored, the activity kept',
    mutate: (f) => {
      promiseOf(f).activities = [{text: 'Vandra', status: 'done'}];
    },
    problems: ['invalid-value periods[0].promises[0].activities[0].status → ignored'],
    check: (feed) => expect(firstPromise(feed).activities).to.deep.equal([{text: {sv: [p(t('Vandra'))]}}]),
  },
];

describeRules('parseFeed: Activity', activities);
