/**
 * parseFeed against "Target" of the feed format: label, unit, baseline,
 * goal and the latest value.
 */
import {expect} from '@open-wc/testing';
import {describeRules, firstPromise, promiseOf} from './feed-helpers.js';
import type {RuleRow} from './feed-helpers.js';

const targets: RuleRow[] = [
  {
    name: 'required: a target without label is left out',
    mutate: (f) => {
      promiseOf(f).targets = [{unit: 'count'}];
    },
    problems: ['missing-required periods[0].promises[0].targets[0].label → item-left-out'],
    check: (feed) => expect(firstPromise(feed)).not.to.have.property('targets'),
  },
  {
    name: 'target: unit in words, actual approximate',
    mutate: (f) => {
      promiseOf(f).targets = [
        {label: 'Kontroller', unit: {sv: 'kontroller per dag'}, actual: {year: 2022, value: 20, approximate: true}},
      ];
    },
    problems: [],
    check: (feed) =>
      expect(firstPromise(feed).targets).to.deep.equal([
        {label: {sv: 'Kontroller'}, unit: {sv: 'kontroller per dag'}, actual: {year: 2022, value: 20, approximate: true}},
      ]),
  },
  {
    name: 'optional wrong type: baseline value a string drops the baseline only',
    mutate: (f) => {
      promiseOf(f).targets = [{label: 'Bedrägerier', unit: 'count', baseline: {year: 2019, value: '163'}, goal: {change: -10}}];
    },
    problems: ['wrong-type periods[0].promises[0].targets[0].baseline.value → item-left-out'],
    check: (feed) => expect(firstPromise(feed).targets).to.deep.equal([{label: {sv: 'Bedrägerier'}, unit: 'count', goal: {change: -10}}]),
  },
  {
    name: 'optional wrong type: a fractional goal year',
    mutate: (f) => {
      promiseOf(f).targets = [{label: 'Bedrägerier', goal: {year: 2022.5, change: -10}}];
    },
    problems: ['wrong-type periods[0].promises[0].targets[0].goal.year → ignored'],
    check: (feed) => expect(firstPromise(feed).targets![0]!.goal).to.deep.equal({change: -10}),
  },
  {
    name: 'unknown field: deep in a goal, with a key that needs quoting',
    mutate: (f) => {
      promiseOf(f).targets = [{label: 'Vandringar', goal: {value: 2, 'at least': true}}];
    },
    problems: ['unknown-field periods[0].promises[0].targets[0].goal["at least"] → ignored'],
    check: (feed) => expect(firstPromise(feed).targets).to.deep.equal([{label: {sv: 'Vandringar'}, goal: {value: 2}}]),
  },
  {
    name: 'unit: the keywords count and percent stay keywords',
    mutate: (f) => {
      promiseOf(f).targets = [{label: 'A', unit: 'count'}, {label: 'B', unit: 'percent'}];
    },
    problems: [],
    check: (feed) => expect(firstPromise(feed).targets!.map((target) => target.unit)).to.deep.equal(['count', 'percent']),
  },
  {
    name: 'goal: a direction not in the list is ignored',
    mutate: (f) => {
      promiseOf(f).targets = [{label: 'A', goal: {direction: 'down', value: 2}}];
    },
    problems: ['invalid-value periods[0].promises[0].targets[0].goal.direction → ignored'],
    check: (feed) => expect(firstPromise(feed).targets![0]!.goal).to.deep.equal({value: 2}),
  },
];

describeRules('parseFeed: Target', targets);
