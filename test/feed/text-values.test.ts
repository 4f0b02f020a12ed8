/**
 * parseFeed against "Text values" of the feed format: plain strings and
 * translations, rich text, URLs (wherever they occur) and dates.
 */
import {expect} from '@open-wc/testing';
import {mailtoUrl, telUrl} from '../../src/feed/index.js';
import type {LocalizedText} from '../../src/feed/index.js';
import {
  a,
  describeRules,
  expectPathsExist,
  feedText,
  firstPromise,
  outcomes,
  p,
  parseOk,
  promiseOf,
  strong,
  t,
  ul,
  em,
} from './feed-helpers.js';
import type {RuleRow} from './feed-helpers.js';

interface TextRow {
  name: string;
  /** The feed's `title`, as raw JSON. */
  title: unknown;
  language?: unknown;
  expect: LocalizedText | undefined;
  /** `code path → consequence`. */
  problems: string[];
}

const texts: TextRow[] = [
  {name: 'a plain string is in the feed language', title: 'Medborgarlöften', expect: {sv: 'Medborgarlöften'}, problems: []},
  {name: 'a plain string in an English feed', title: 'Promises', language: 'en', expect: {en: 'Promises'}, problems: []},
  {name: 'no language: Swedish', title: 'Löften', language: undefined, expect: {sv: 'Löften'}, problems: []},
  {
    name: 'an unreadable feed language is reported, Swedish used',
    title: 'Löften',
    language: 'svenska språket',
    expect: {sv: 'Löften'},
    problems: ['invalid-value language → default-used'],
  },
  {name: 'translations', title: {sv: 'Löften', en: 'Promises'}, expect: {sv: 'Löften', en: 'Promises'}, problems: []},
  {name: 'a region tag', title: {'en-GB': 'Promises'}, expect: {'en-GB': 'Promises'}, problems: []},
  {
    name: 'a key that is not a language tag is ignored and reported',
    title: {sv: 'Löften', 'not a tag': 'x'},
    expect: {sv: 'Löften'},
    problems: ['invalid-language-tag title["not a tag"] → ignored'],
  },
  {
    name: 'no usable translation counts as missing',
    title: {'not a tag': 'x', sv: '   '},
    expect: undefined,
    problems: ['invalid-language-tag title["not a tag"] → ignored', 'empty-text title → ignored'],
  },
  {name: 'an empty object counts as missing', title: {}, expect: undefined, problems: ['empty-text title → ignored']},
  {
    name: 'a translation that is not a string is ignored',
    title: {sv: 5, en: 'Promises'},
    expect: {en: 'Promises'},
    problems: ['wrong-type title.sv → ignored'],
  },
  {name: 'an empty string is missing', title: '', expect: undefined, problems: ['empty-text title → ignored']},
  {name: 'spaces only are missing', title: ' \n\t ', expect: undefined, problems: ['empty-text title → ignored']},
  {name: 'a number is the wrong type', title: 2021, expect: undefined, problems: ['wrong-type title → ignored']},
  {name: 'an array is the wrong type', title: ['Löften'], expect: undefined, problems: ['wrong-type title → ignored']},
  {name: 'null is the wrong type', title: null, expect: undefined, problems: ['wrong-type title → ignored']},
  {name: 'spaces inside are kept', title: '  Löften  ', expect: {sv: '  Löften  '}, problems: []},
];


describe('parseFeed: Text', () => {
  for (const row of texts) {
    it(row.name, () => {
      const text = feedText((feed) => {
        feed.title = row.title;
        if ('language' in row) feed.language = row.language;
      });
      const {feed, problems} = parseOk(text);
      expect(feed.title).to.deep.equal(row.expect);
      expect(outcomes(problems)).to.deep.equal(row.problems);
      expectPathsExist(JSON.parse(text), problems);
    });
  }
});

const richText: RuleRow[] = [
  {
    name: 'RichText: paragraphs, line breaks, bullets, links, em, strong',
    mutate: (f) => {
      f.intro = 'Vi **lovar**:\n- *fler* vandringar\n• [plan](https://x.se/plan.pdf)\n\nRad ett\nrad två';
    },
    problems: [],
    check: (feed) =>
      expect(feed.intro).to.deep.equal({
        sv: [
          p(t('Vi '), strong(t('lovar')), t(':')),
          ul([em(t('fler')), t(' vandringar')], [a('https://x.se/plan.pdf', t('plan'))]),
          p(t('Rad ett'), {type: 'break'}, t('rad två')),
        ],
      }),
  },
  {
    name: 'RichText: HTML stays literal text',
    mutate: (f) => {
      promiseOf(f).promise = '<script>alert(1)</script><b>fet</b>';
    },
    problems: [],
    check: (feed) => expect(firstPromise(feed).promise).to.deep.equal({sv: [p(t('<script>alert(1)</script><b>fet</b>'))]}),
  },
  {
    name: 'RichText: a refused link keeps its text, without href, reported',
    mutate: (f) => {
      promiseOf(f).promise = 'Läs [mer](javascript:alert(1)).';
    },
    problems: ['unsafe-url periods[0].promises[0].promise → link-removed'],
    check: (feed) => expect(firstPromise(feed).promise).to.deep.equal({sv: [p(t('Läs '), a(null, t('mer')), t('.'))]}),
  },
  {
    name: 'RichText: a refused link in one translation is reported at that translation',
    mutate: (f) => {
      promiseOf(f).background = {sv: 'Se [här](https://x.se)', en: 'See [here](data:text/html,x)'};
    },
    problems: ['unsafe-url periods[0].promises[0].background.en → link-removed'],
    check: (feed) => {
      expect(firstPromise(feed).background).to.deep.equal({
        sv: [p(t('Se '), a('https://x.se', t('här')))],
        en: [p(t('See '), a(null, t('here')))],
      });
    },
  },
];

const urls: RuleRow[] = [
  {
    name: 'url: https kept',
    mutate: (f) => {
      f.url = 'https://kommun.se/loften';
    },
    problems: [],
    check: (feed) => expect(feed.url).to.equal('https://kommun.se/loften'),
  },
  {
    name: 'url: relative kept',
    mutate: (f) => {
      f.links = [{text: 'Plan', url: '/plan.pdf'}];
    },
    problems: [],
    check: (feed) => expect(feed.links).to.deep.equal([{text: {sv: 'Plan'}, url: '/plan.pdf'}]),
  },
  {
    name: 'url: javascript dropped and reported',
    mutate: (f) => {
      f.url = 'javascript:alert(1)';
    },
    problems: ['unsafe-url url → ignored'],
    check: (feed) => expect(feed).not.to.have.property('url'),
  },
  {
    name: 'url: a link with a refused URL is kept as text',
    mutate: (f) => {
      f.links = [{text: 'Plan', url: 'data:text/html,<script>alert(1)</script>'}];
    },
    problems: ['unsafe-url links[0].url → ignored'],
    check: (feed) => expect(feed.links).to.deep.equal([{text: {sv: 'Plan'}}]),
  },
  {
    name: 'url: a party with a refused URL is kept without it',
    mutate: (f) => {
      f.parties[0].url = 'vbscript:msgbox(1)';
    },
    problems: ['unsafe-url parties[0].url → ignored'],
    check: (feed) => expect(feed.parties[0]).to.deep.equal({id: 'polisen', name: {sv: 'Polisen'}}),
  },
  {
    name: 'url: a contact with a refused URL is kept without it',
    mutate: (f) => {
      f.contacts = [{name: 'Anna', url: 'JaVaScRiPt:alert(1)'}];
    },
    problems: ['unsafe-url contacts[0].url → ignored'],
    check: (feed) => expect(feed.contacts).to.deep.equal([{name: 'Anna'}]),
  },
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
];

const dates: RuleRow[] = [
  {
    name: 'date: a year as a number',
    mutate: (f) => {
      f.updated = 2021;
    },
    problems: [],
    check: (feed) => expect(feed.updated).to.deep.equal({year: 2021}),
  },
  {
    name: 'date: a month',
    mutate: (f) => {
      f.updated = '2021-05';
    },
    problems: [],
    check: (feed) => expect(feed.updated).to.deep.equal({year: 2021, month: 5}),
  },
  {
    name: 'date: 2021-02-30 is unreadable, treated as absent',
    mutate: (f) => {
      f.updated = '2021-02-30';
    },
    problems: ['invalid-date updated → ignored'],
    check: (feed) => expect(feed).not.to.have.property('updated'),
  },
  {
    name: 'date: "21-05" in an outcome is unreadable, the outcome kept',
    mutate: (f) => {
      promiseOf(f).outcome = {status: 'ongoing', updated: '21-05'};
    },
    problems: ['invalid-date periods[0].promises[0].outcome.updated → ignored'],
    check: (feed) => expect(firstPromise(feed).outcome).to.deep.equal({status: 'ongoing'}),
  },
];

describeRules('parseFeed: RichText', richText);
describeRules('parseFeed: URLs', urls);
describeRules('parseFeed: dates', dates);
