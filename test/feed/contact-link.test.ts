/**
 * parseFeed against "Contact, Link" of the feed format.
 */
import {expect} from '@open-wc/testing';
import {mailtoUrl, telUrl} from '../../src/feed/index.js';
import {describeRules} from './feed-helpers.js';
import type {RuleRow} from './feed-helpers.js';

const contacts: RuleRow[] = [
  {
    name: 'email and phone become mailto: and tel: links',
    mutate: (f) => {
      f.contacts = [{name: 'Anna', email: 'anna@kommun.se', phone: '0670-161 00 (växel)'}];
    },
    problems: [],
    check: (feed) => {
      const contact = feed.contacts[0]!;
      expect(mailtoUrl(contact.email!)).to.equal('mailto:anna@kommun.se');
      expect(telUrl(contact.phone!)).to.equal('tel:067016100');
    },
  },
  {
    name: 'required: a contact with nothing usable is left out',
    mutate: (f) => {
      f.contacts = [{name: ''}, {name: 'Anna'}];
    },
    problems: ['empty-text contacts[0].name → ignored', 'item-dropped contacts[0] → item-left-out'],
    check: (feed) => expect(feed.contacts).to.deep.equal([{name: 'Anna'}]),
  },
  {
    name: 'optional wrong type: contacts an object',
    mutate: (f) => {
      f.contacts = {name: 'Anna'};
    },
    problems: ['wrong-type contacts → ignored'],
    check: (feed) => expect(feed.contacts).to.deep.equal([]),
  },
];

const links: RuleRow[] = [
  {
    name: 'required: a link without text is left out',
    mutate: (f) => {
      f.links = [{url: 'https://x.se'}];
    },
    problems: ['missing-required links[0].text → item-left-out'],
    check: (feed) => expect(feed.links).to.deep.equal([]),
  },
  {
    name: 'url: a link without url is shown as text',
    mutate: (f) => {
      f.periods[0].links = [{text: {sv: 'Uppföljning', en: 'Follow-up'}}];
    },
    problems: [],
    check: (feed) => expect(feed.periods[0]!.links).to.deep.equal([{text: {sv: 'Uppföljning', en: 'Follow-up'}}]),
  },
];

describeRules('parseFeed: Contact', contacts);
describeRules('parseFeed: Link', links);
