/**
 * parseFeed against "The document" of the feed format: its own fields, and
 * unknown fields, which are reported wherever they stand.
 */
import {expect} from '@open-wc/testing';
import {describeRules, firstPromise, p, promiseOf, t} from './feed-helpers.js';
import type {RuleRow} from './feed-helpers.js';

const document: RuleRow[] = [
  {
    name: 'unknown field: at the top',
    mutate: (f) => {
      f.titel = 'Löften';
    },
    problems: ['unknown-field titel → ignored'],
    check: (feed) => expect(feed).not.to.have.property('titel'),
  },
  {
    name: 'unknown field: $schema is known',
    mutate: (f) => {
      f.$schema = 'https://example.org/feed-format-1.schema.json';
    },
    problems: [],
    check: (feed) => expect(feed).not.to.have.property('$schema'),
  },
  {
    name: 'updated and url of the whole feed',
    mutate: (f) => {
      f.updated = '2026-10-12';
      f.url = 'https://example.org/medborgarloften';
    },
    problems: [],
    check: (feed) => {
      expect(feed.updated).to.deep.equal({year: 2026, month: 10, day: 12});
      expect(feed.url).to.equal('https://example.org/medborgarloften');
    },
  },
];

const unknownFields: RuleRow[] = [
  {
    name: 'unknown field: in a contact, a period, a party, an outcome and an item',
    mutate: (f) => {
      f.contacts = [{name: 'Anna', telefon: '1'}];
      f.periods[0].slut = '2022';
      f.parties[1].typ = 'kommun';
      promiseOf(f).outcome = {status: 'fulfilled', sammanfattning: 'x', done: [{text: 'Gjort', vem: 'polisen'}]};
    },
    problems: [
      'unknown-field contacts[0].telefon → ignored',
      'unknown-field periods[0].slut → ignored',
      'unknown-field parties[1].typ → ignored',
      'unknown-field periods[0].promises[0].outcome.sammanfattning → ignored',
      'unknown-field periods[0].promises[0].outcome.done[0].vem → ignored',
    ],
    check: (feed) => expect(firstPromise(feed).outcome).to.deep.equal({status: 'fulfilled', done: [{text: {sv: [p(t('Gjort'))]}}]}),
  },
];

describeRules('parseFeed: the document', document);
describeRules('parseFeed: unknown fields anywhere', unknownFields);
