/**
 * parseFeed against the feed format (shared/spec/feed-format.md): the demo
 * feeds, then one row per rule of "Text values", "The document" and "Bad
 * input".
 */
import {expect} from '@open-wc/testing';
import {MAX_FEED_CHARACTERS, mailtoUrl, parseFeed, telUrl} from '../../src/feed/index.js';
import type {FatalKind, Feed, LocalizedText, Period} from '../../src/feed/index.js';
import {
  a,
  baseFeed,
  em,
  EXEMPELBY_URL,
  expectPathsExist,
  feedText,
  p,
  parseOk,
  SEED_URL,
  strong,
  summary,
  t,
  ul,
} from './feed-helpers.js';
import type {RawFeed} from './feed-helpers.js';

const ids = (items: readonly {readonly id: string}[]) => items.map((item) => item.id);
const period = (feed: Feed, id: string): Period => {
  const found = feed.periods.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no period ${id}`);
  return found;
};

// --- the demo feeds ---------------------------------------------------------

interface DemoRow {
  name: string;
  url: string;
  periods: string[];
  promises: Record<string, string[]>;
  parties: string[];
  contacts: number;
  check: (feed: Feed) => void;
}

const demos: DemoRow[] = [
  {
    name: 'Strömsund (the seed feed)',
    url: SEED_URL,
    periods: ['2021-2022', '2019-2021'],
    promises: {
      '2021-2022': ['narkotika', 'trafik', 'integration-och-segregation', 'bedragerier'],
      '2019-2021': ['trafiksakerhet', 'ungdomar-och-andts', 'skadegorelse-inbrott-stolder-bedragerier', 'trygghet'],
    },
    parties: ['polisen-stromsund', 'stromsunds-kommun'],
    contacts: 2,
    check: (feed) => {
      expect(feed.language).to.equal('sv');
      expect(feed.title).to.deep.equal({sv: 'Medborgarlöften', en: 'Citizen promises'});
      const current = period(feed, '2021-2022');
      expect(current.from).to.deep.equal({year: 2021});
      expect(current.to).to.deep.equal({year: 2022});
      const fraud = current.promises.find((promise) => promise.id === 'bedragerier')!;
      expect(fraud.targets!.map((target) => target.baseline?.value)).to.deep.equal([163, undefined]);
      expect(fraud.targets!.map((target) => target.goal?.change)).to.deep.equal([-10, -15]);
      expect(fraud.targets![0]!.unit).to.equal('count');
      expect(fraud.targets![0]!.goal).to.deep.equal({year: 2022, change: -10});
      const drugs = current.promises.find((promise) => promise.id === 'narkotika')!;
      expect(drugs.targets!.map((target) => target.goal)).to.deep.equal([{direction: 'decrease'}, {direction: 'decrease'}]);
      const past = period(feed, '2019-2021');
      expect(past.title!['en']).to.equal('How the citizen promises for 2019–2021 turned out');
      expect(past.promises[0]!.outcome!.done!.length).to.equal(3);
      expect(past.promises[0]!.outcome!.done![0]!.by).to.deep.equal(['polisen-stromsund']);
      expect(past.promises[0]!.outcome!.notDone!.length).to.equal(1);
      expect(past.outcome!.done![0]!.by).to.deep.equal(['stromsunds-kommun', 'polisen-stromsund']);
      expect(feed.contacts[0]!.phone).to.equal('0670-161 00');
      expect(telUrl(feed.contacts[0]!.phone!)).to.equal('tel:067016100');
      expect(feed.contacts[0]!.address).to.deep.equal(['Box 500', '833 24 Strömsund']);
      expect(feed.contacts[1]!.name).to.equal('Richard Persson');
      expect(feed.intro!['sv']!.length, 'two intro paragraphs').to.equal(2);
    },
  },
  {
    name: 'Exempelby',
    url: EXEMPELBY_URL,
    periods: ['2027-2028', '2025-2026', '2023-2024'],
    promises: {
      '2027-2028': ['trygg-skolvag', 'bedragerier-mot-aldre'],
      '2025-2026': ['trygghet-i-centrum', 'hastigheter-i-norrvik', 'narkotika-bland-unga', 'vald-i-nara-relationer', 'skadegorelse-pa-skolor'],
      '2023-2024': ['trafik-i-tatorten', 'trygghetsvandringar-och-grannsamverkan', 'unga-och-alkohol'],
    },
    parties: ['polisen-exempelby', 'exempelby-kommun'],
    contacts: 3,
    check: (feed) => {
      expect(period(feed, '2023-2024').from).to.deep.equal({year: 2023, month: 7, day: 1});
      expect(feed.updated).to.deep.equal({year: 2026, month: 10, day: 12});
      expect(feed.url).to.equal('https://example.org/medborgarloften');
      expect(feed.links.map((link) => link.url)).to.deep.equal([
        'https://example.org/polisen/medborgarloften',
        'https://example.org/kommun/trygghetsplan-2025-2028.pdf',
      ]);
      expect(mailtoUrl(feed.contacts[0]!.email!)).to.equal('mailto:anna.lindqvist@example.org');
      const school = period(feed, '2027-2028').promises[0]!;
      expect(school.places).to.deep.equal([{sv: 'Norrvik'}, {sv: 'Ängsbacka'}]);
      const fraud = period(feed, '2027-2028').promises[1]!;
      // An activity without `by` takes the promise's.
      expect(fraud.activities![0]!.by).to.deep.equal(['polisen-exempelby']);
      const alcohol = period(feed, '2023-2024').promises[2]!;
      expect(alcohol.activities!.map((activity) => activity.status)).to.deep.equal(['not-fulfilled', 'not-fulfilled', 'fulfilled']);
      expect(alcohol.activities![0]!.targets![0]!.goal).to.deep.equal({value: 1, atLeast: true});
      expect(alcohol.activities![0]!.targets![0]!.actual).to.deep.equal({value: 0});
      expect(alcohol.outcome!.status).to.equal('not-fulfilled');
    },
  },
];

describe('parseFeed: the demo feeds', () => {
  for (const row of demos) {
    it(row.name, async () => {
      const text = await (await fetch(row.url)).text();
      const {feed, problems} = parseOk(text);
      expect(summary(problems)).to.deep.equal([]);
      expect(feed.format).to.equal('medborgar-loften/1');
      expect(ids(feed.periods)).to.deep.equal(row.periods);
      for (const [periodId, promiseIds] of Object.entries(row.promises)) {
        expect(ids(period(feed, periodId).promises), periodId).to.deep.equal(promiseIds);
      }
      expect(ids(feed.parties)).to.deep.equal(row.parties);
      expect(feed.contacts.length).to.equal(row.contacts);
      for (const each of feed.periods) {
        for (const promise of each.promises) {
          expect(Object.keys(promise.area), `${each.id}/${promise.id} area`).to.have.members(['sv', 'en']);
          expect(Object.keys(promise.promise), `${each.id}/${promise.id} promise`).to.have.members(['sv', 'en']);
        }
      }
      row.check(feed);
    });
  }
});

// --- text values -------------------------------------------------------------

interface TextRow {
  name: string;
  /** The feed's `title`, as raw JSON. */
  title: unknown;
  language?: unknown;
  expect: LocalizedText | undefined;
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
    problems: ['invalid-value language'],
  },
  {name: 'translations', title: {sv: 'Löften', en: 'Promises'}, expect: {sv: 'Löften', en: 'Promises'}, problems: []},
  {name: 'a region tag', title: {'en-GB': 'Promises'}, expect: {'en-GB': 'Promises'}, problems: []},
  {
    name: 'a key that is not a language tag is ignored and reported',
    title: {sv: 'Löften', 'not a tag': 'x'},
    expect: {sv: 'Löften'},
    problems: ['invalid-language-tag title["not a tag"]'],
  },
  {
    name: 'no usable translation counts as missing',
    title: {'not a tag': 'x', sv: '   '},
    expect: undefined,
    problems: ['invalid-language-tag title["not a tag"]', 'empty-text title'],
  },
  {name: 'an empty object counts as missing', title: {}, expect: undefined, problems: ['empty-text title']},
  {
    name: 'a translation that is not a string is ignored',
    title: {sv: 5, en: 'Promises'},
    expect: {en: 'Promises'},
    problems: ['wrong-type title.sv'],
  },
  {name: 'an empty string is missing', title: '', expect: undefined, problems: ['empty-text title']},
  {name: 'spaces only are missing', title: ' \n\t ', expect: undefined, problems: ['empty-text title']},
  {name: 'a number is the wrong type', title: 2021, expect: undefined, problems: ['wrong-type title']},
  {name: 'an array is the wrong type', title: ['Löften'], expect: undefined, problems: ['wrong-type title']},
  {name: 'null is the wrong type', title: null, expect: undefined, problems: ['wrong-type title']},
  {name: 'spaces inside are kept', title: '  Löften  ', expect: {sv: '  Löften  '}, problems: []},
];

describe('parseFeed: Text values', () => {
  for (const row of texts) {
    it(row.name, () => {
      const text = feedText((feed) => {
        feed.title = row.title;
        if ('language' in row) feed.language = row.language;
      });
      const {feed, problems} = parseOk(text);
      expect(feed.title).to.deep.equal(row.expect);
      expect(summary(problems)).to.deep.equal(row.problems);
      expectPathsExist(JSON.parse(text), problems);
    });
  }
});

// --- one row per rule ----------------------------------------------------------

interface RuleRow {
  name: string;
  mutate: (feed: RawFeed) => void;
  /** Every problem reported, as `code path`, in any order. */
  problems: string[];
  check: (feed: Feed) => void;
}

/** The first promise of the first period, in the raw feed. */
const promiseOf = (feed: RawFeed) => feed.periods[0].promises[0];
const firstPromise = (feed: Feed) => feed.periods[0]!.promises[0]!;
const secondPromise = {id: 'b', area: 'Narkotika', promise: 'Vi lovar mer.'};

const rules: RuleRow[] = [
  // RichText
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
    problems: ['unsafe-url periods[0].promises[0].promise'],
    check: (feed) => expect(firstPromise(feed).promise).to.deep.equal({sv: [p(t('Läs '), a(null, t('mer')), t('.'))]}),
  },
  {
    name: 'RichText: a refused link in one translation is reported at that translation',
    mutate: (f) => {
      promiseOf(f).background = {sv: 'Se [här](https://x.se)', en: 'See [here](data:text/html,x)'};
    },
    problems: ['unsafe-url periods[0].promises[0].background.en'],
    check: (feed) => {
      expect(firstPromise(feed).background).to.deep.equal({
        sv: [p(t('Se '), a('https://x.se', t('här')))],
        en: [p(t('See '), a(null, t('here')))],
      });
    },
  },
  // URL fields
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
    problems: ['unsafe-url url'],
    check: (feed) => expect(feed).not.to.have.property('url'),
  },
  {
    name: 'url: a link with a refused URL is kept as text',
    mutate: (f) => {
      f.links = [{text: 'Plan', url: 'data:text/html,<script>alert(1)</script>'}];
    },
    problems: ['unsafe-url links[0].url'],
    check: (feed) => expect(feed.links).to.deep.equal([{text: {sv: 'Plan'}}]),
  },
  {
    name: 'url: a link without url is shown as text',
    mutate: (f) => {
      f.periods[0].links = [{text: {sv: 'Uppföljning', en: 'Follow-up'}}];
    },
    problems: [],
    check: (feed) => expect(feed.periods[0]!.links).to.deep.equal([{text: {sv: 'Uppföljning', en: 'Follow-up'}}]),
  },
  {
    name: 'url: a party with a refused URL is kept without it',
    mutate: (f) => {
      f.parties[0].url = 'vbscript:msgbox(1)';
    },
    problems: ['unsafe-url parties[0].url'],
    check: (feed) => expect(feed.parties[0]).to.deep.equal({id: 'polisen', name: {sv: 'Polisen'}}),
  },
  {
    name: 'url: a contact with a refused URL is kept without it',
    mutate: (f) => {
      f.contacts = [{name: 'Anna', url: 'JaVaScRiPt:alert(1)'}];
    },
    problems: ['unsafe-url contacts[0].url'],
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
  // Dates
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
    problems: ['invalid-date updated'],
    check: (feed) => expect(feed).not.to.have.property('updated'),
  },
  {
    name: 'date: "21-05" in an outcome is unreadable, the outcome kept',
    mutate: (f) => {
      promiseOf(f).outcome = {status: 'ongoing', updated: '21-05'};
    },
    problems: ['invalid-date periods[0].promises[0].outcome.updated'],
    check: (feed) => expect(firstPromise(feed).outcome).to.deep.equal({status: 'ongoing'}),
  },
  {
    name: 'date: a period ending before it starts loses its end',
    mutate: (f) => {
      f.periods[0].to = '2020';
    },
    problems: ['invalid-value periods[0].to'],
    check: (feed) => {
      expect(feed.periods[0]!.from).to.deep.equal({year: 2021});
      expect(feed.periods[0]).not.to.have.property('to');
    },
  },
  {
    name: 'date: an unreadable signatory date is absent, the signatory kept',
    mutate: (f) => {
      f.periods[0].signatories = [{name: 'Anna', date: '2021-13-01'}];
    },
    problems: ['invalid-date periods[0].signatories[0].date'],
    check: (feed) => expect(feed.periods[0]!.signatories).to.deep.equal([{name: 'Anna'}]),
  },
  // by
  {
    name: 'by: a party id that names no party is ignored and reported',
    mutate: (f) => {
      promiseOf(f).by = ['polisen', 'länsstyrelsen'];
    },
    problems: ['unknown-party periods[0].promises[0].by[1]'],
    check: (feed) => expect(firstPromise(feed).by).to.deep.equal(['polisen']),
  },
  {
    name: 'by: only unknown parties: all parties together',
    mutate: (f) => {
      promiseOf(f).by = ['okand', 5, null];
    },
    problems: [
      'unknown-party periods[0].promises[0].by[0]',
      'wrong-type periods[0].promises[0].by[1]',
      'wrong-type periods[0].promises[0].by[2]',
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
    name: 'by: an activity without by takes the promise\'s',
    mutate: (f) => {
      promiseOf(f).by = ['kommunen'];
      promiseOf(f).activities = [{text: 'Vandra'}, {text: 'Kontrollera', by: ['polisen']}];
    },
    problems: [],
    check: (feed) => expect(firstPromise(feed).activities!.map((activity) => activity.by)).to.deep.equal([['kommunen'], ['polisen']]),
  },
  {
    name: 'by: an unknown party in an item',
    mutate: (f) => {
      promiseOf(f).outcome = {done: [{text: 'Gjort', by: ['polisen', 'okand']}]};
    },
    problems: ['unknown-party periods[0].promises[0].outcome.done[0].by[1]'],
    check: (feed) => expect(firstPromise(feed).outcome!.done).to.deep.equal([{text: {sv: [p(t('Gjort'))]}, by: ['polisen']}]),
  },
  {
    name: 'by: a signatory\'s unknown party is reported at its party field',
    mutate: (f) => {
      f.periods[0].signatories = [{name: 'Anna', party: 'okand'}, {name: 'Johan', party: 'polisen'}];
    },
    problems: ['unknown-party periods[0].signatories[0].party'],
    check: (feed) => expect(feed.periods[0]!.signatories).to.deep.equal([{name: 'Anna'}, {name: 'Johan', party: 'polisen'}]),
  },
  {
    name: 'by: a signatory\'s party that is not a string is the wrong type',
    mutate: (f) => {
      f.periods[0].signatories = [{name: 'Anna', party: ['polisen']}];
    },
    problems: ['wrong-type periods[0].signatories[0].party'],
    check: (feed) => expect(feed.periods[0]!.signatories).to.deep.equal([{name: 'Anna'}]),
  },
  {
    name: 'by: a string instead of a list is the wrong type, the promise kept',
    mutate: (f) => {
      promiseOf(f).by = 'polisen';
    },
    problems: ['wrong-type periods[0].promises[0].by'],
    check: (feed) => expect(firstPromise(feed)).to.deep.equal({id: 'a', area: {sv: 'Trafik'}, promise: {sv: [p(t('Vi lovar.'))]}}),
  },
  // Unknown fields
  {
    name: 'unknown field: a typo in a promise',
    mutate: (f) => {
      promiseOf(f).promse = 'Vi lovar.';
    },
    problems: ['unknown-field periods[0].promises[0].promse'],
    check: (feed) => expect(ids(feed.periods[0]!.promises)).to.deep.equal(['a']),
  },
  {
    name: 'unknown field: at the top',
    mutate: (f) => {
      f.titel = 'Löften';
    },
    problems: ['unknown-field titel'],
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
    name: 'unknown field: deep in a goal, with a key that needs quoting',
    mutate: (f) => {
      promiseOf(f).targets = [{label: 'Vandringar', goal: {value: 2, 'at least': true}}];
    },
    problems: ['unknown-field periods[0].promises[0].targets[0].goal["at least"]'],
    check: (feed) => expect(firstPromise(feed).targets).to.deep.equal([{label: {sv: 'Vandringar'}, goal: {value: 2}}]),
  },
  {
    name: 'unknown field: in a contact, a period, a party, an outcome and an item',
    mutate: (f) => {
      f.contacts = [{name: 'Anna', telefon: '1'}];
      f.periods[0].slut = '2022';
      f.parties[1].typ = 'kommun';
      promiseOf(f).outcome = {status: 'fulfilled', sammanfattning: 'x', done: [{text: 'Gjort', vem: 'polisen'}]};
    },
    problems: [
      'unknown-field contacts[0].telefon',
      'unknown-field periods[0].slut',
      'unknown-field parties[1].typ',
      'unknown-field periods[0].promises[0].outcome.sammanfattning',
      'unknown-field periods[0].promises[0].outcome.done[0].vem',
    ],
    check: (feed) => expect(firstPromise(feed).outcome).to.deep.equal({status: 'fulfilled', done: [{text: {sv: [p(t('Gjort'))]}}]}),
  },
  // Optional fields of the wrong type
  {
    name: 'optional wrong type: background a number, the promise kept',
    mutate: (f) => {
      promiseOf(f).background = 42;
    },
    problems: ['wrong-type periods[0].promises[0].background'],
    check: (feed) => expect(firstPromise(feed)).not.to.have.property('background'),
  },
  {
    name: 'optional wrong type: places a string',
    mutate: (f) => {
      promiseOf(f).places = 'Nordstan';
    },
    problems: ['wrong-type periods[0].promises[0].places'],
    check: (feed) => expect(firstPromise(feed)).not.to.have.property('places'),
  },
  {
    name: 'optional wrong type: a status not in the list',
    mutate: (f) => {
      promiseOf(f).outcome = {status: 'klart', summary: 'Det gick bra.'};
    },
    problems: ['invalid-value periods[0].promises[0].outcome.status'],
    check: (feed) => expect(firstPromise(feed).outcome).to.deep.equal({summary: {sv: [p(t('Det gick bra.'))]}}),
  },
  {
    name: 'optional wrong type: a party kind not in the list',
    mutate: (f) => {
      f.parties[0].kind = 'county';
    },
    problems: ['invalid-value parties[0].kind'],
    check: (feed) => expect(feed.parties[0]).to.deep.equal({id: 'polisen', name: {sv: 'Polisen'}}),
  },
  {
    name: 'optional wrong type: baseline value a string drops the baseline only',
    mutate: (f) => {
      promiseOf(f).targets = [{label: 'Bedrägerier', unit: 'count', baseline: {year: 2019, value: '163'}, goal: {change: -10}}];
    },
    problems: ['wrong-type periods[0].promises[0].targets[0].baseline.value'],
    check: (feed) => expect(firstPromise(feed).targets).to.deep.equal([{label: {sv: 'Bedrägerier'}, unit: 'count', goal: {change: -10}}]),
  },
  {
    name: 'optional wrong type: a fractional goal year',
    mutate: (f) => {
      promiseOf(f).targets = [{label: 'Bedrägerier', goal: {year: 2022.5, change: -10}}];
    },
    problems: ['wrong-type periods[0].promises[0].targets[0].goal.year'],
    check: (feed) => expect(firstPromise(feed).targets![0]!.goal).to.deep.equal({change: -10}),
  },
  {
    name: 'optional wrong type: contacts an object',
    mutate: (f) => {
      f.contacts = {name: 'Anna'};
    },
    problems: ['wrong-type contacts'],
    check: (feed) => expect(feed.contacts).to.deep.equal([]),
  },
  {
    name: 'optional wrong type: parties null',
    mutate: (f) => {
      f.parties = null;
    },
    problems: ['wrong-type parties'],
    check: (feed) => expect(feed.parties).to.deep.equal([]),
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
  // Required fields
  {
    name: 'required: a promise without area is left out',
    mutate: (f) => {
      delete promiseOf(f).area;
      f.periods[0].promises.push(secondPromise);
    },
    problems: ['missing-required periods[0].promises[0].area'],
    check: (feed) => expect(ids(feed.periods[0]!.promises)).to.deep.equal(['b']),
  },
  {
    name: 'required: a promise whose area has no usable translation is left out',
    mutate: (f) => {
      promiseOf(f).area = {'x y': 'Trafik'};
      f.periods[0].promises.push(secondPromise);
    },
    problems: ['invalid-language-tag periods[0].promises[0].area["x y"]', 'empty-text periods[0].promises[0].area'],
    check: (feed) => expect(ids(feed.periods[0]!.promises)).to.deep.equal(['b']),
  },
  {
    name: 'required: a promise whose promise is a number is left out',
    mutate: (f) => {
      promiseOf(f).promise = 1;
      f.periods[0].promises.push(secondPromise);
    },
    problems: ['wrong-type periods[0].promises[0].promise'],
    check: (feed) => expect(ids(feed.periods[0]!.promises)).to.deep.equal(['b']),
  },
  {
    name: 'required: a promise with no id is left out, every missing field reported',
    mutate: (f) => {
      f.periods[0].promises.unshift({});
    },
    problems: [
      'missing-required periods[0].promises[0].id',
      'missing-required periods[0].promises[0].area',
      'missing-required periods[0].promises[0].promise',
    ],
    check: (feed) => expect(ids(feed.periods[0]!.promises)).to.deep.equal(['a']),
  },
  {
    name: 'required: an activity, a target, a link, a signatory without their required field',
    mutate: (f) => {
      promiseOf(f).activities = [{status: 'ongoing'}, {text: 'Vandra'}];
      promiseOf(f).targets = [{unit: 'count'}];
      f.links = [{url: 'https://x.se'}];
      f.periods[0].signatories = [{role: 'Polischef'}];
    },
    problems: [
      'missing-required periods[0].promises[0].activities[0].text',
      'missing-required periods[0].promises[0].targets[0].label',
      'missing-required links[0].text',
      'missing-required periods[0].signatories[0].name',
    ],
    check: (feed) => {
      expect(firstPromise(feed).activities).to.deep.equal([{text: {sv: [p(t('Vandra'))]}}]);
      expect(firstPromise(feed)).not.to.have.property('targets');
      expect(feed.links).to.deep.equal([]);
      expect(feed.periods[0]).not.to.have.property('signatories');
    },
  },
  {
    name: 'required: a party without name is left out, and by naming it is ignored',
    mutate: (f) => {
      f.parties.push({id: 'lansstyrelsen'});
      promiseOf(f).by = ['lansstyrelsen', 'polisen'];
    },
    problems: ['missing-required parties[2].name', 'unknown-party periods[0].promises[0].by[0]'],
    check: (feed) => {
      expect(ids(feed.parties)).to.deep.equal(['polisen', 'kommunen']);
      expect(firstPromise(feed).by).to.deep.equal(['polisen']);
    },
  },
  {
    name: 'required: a contact with nothing usable is left out',
    mutate: (f) => {
      f.contacts = [{name: ''}, {name: 'Anna'}];
    },
    problems: ['empty-text contacts[0].name', 'item-dropped contacts[0]'],
    check: (feed) => expect(feed.contacts).to.deep.equal([{name: 'Anna'}]),
  },
  // Periods
  {
    name: 'period: without promises is left out',
    mutate: (f) => {
      f.periods.push({id: 'p2', from: '2022'});
    },
    problems: ['missing-required periods[1].promises'],
    check: (feed) => expect(ids(feed.periods)).to.deep.equal(['p1']),
  },
  {
    name: 'period: promises not an array is left out',
    mutate: (f) => {
      f.periods.push({id: 'p2', from: '2022', promises: {id: 'a', area: 'A', promise: 'P'}});
    },
    problems: ['wrong-type periods[1].promises'],
    check: (feed) => expect(ids(feed.periods)).to.deep.equal(['p1']),
  },
  {
    name: 'period: an empty list of promises is left out',
    mutate: (f) => {
      f.periods.push({id: 'p2', from: '2022', promises: []});
    },
    problems: ['period-without-promises periods[1].promises'],
    check: (feed) => expect(ids(feed.periods)).to.deep.equal(['p1']),
  },
  {
    name: 'period: no usable promise is left out',
    mutate: (f) => {
      f.periods.push({id: 'p2', from: '2022', promises: [{id: 'x', area: 'A'}, 'promise']});
    },
    problems: [
      'missing-required periods[1].promises[0].promise',
      'wrong-type periods[1].promises[1]',
      'period-without-promises periods[1].promises',
    ],
    check: (feed) => expect(ids(feed.periods)).to.deep.equal(['p1']),
  },
  {
    name: 'period: without id is left out',
    mutate: (f) => {
      f.periods.push({from: '2022', promises: [secondPromise]});
    },
    problems: ['missing-required periods[1].id'],
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
  // Ids
  {
    name: 'id: upper case and spaces become a slug, reported',
    mutate: (f) => {
      promiseOf(f).id = 'Trafik i Centrum';
    },
    problems: ['invalid-value periods[0].promises[0].id'],
    check: (feed) => expect(firstPromise(feed).id).to.equal('trafik-i-centrum'),
  },
  {
    name: 'id: Swedish letters lose their marks',
    mutate: (f) => {
      promiseOf(f).id = 'skadegörelse-på-skolor';
    },
    problems: ['invalid-value periods[0].promises[0].id'],
    check: (feed) => expect(firstPromise(feed).id).to.equal('skadegorelse-pa-skolor'),
  },
  {
    name: 'id: nothing to make a slug of leaves the item out',
    mutate: (f) => {
      promiseOf(f).id = '!!!';
      f.periods[0].promises.push(secondPromise);
    },
    problems: ['invalid-value periods[0].promises[0].id'],
    check: (feed) => expect(ids(feed.periods[0]!.promises)).to.deep.equal(['b']),
  },
  {
    name: 'id: a number is the wrong type',
    mutate: (f) => {
      f.periods.push({id: 2022, from: '2022', promises: [secondPromise]});
    },
    problems: ['wrong-type periods[1].id'],
    check: (feed) => expect(ids(feed.periods)).to.deep.equal(['p1']),
  },
];

describe('parseFeed: one row per rule', () => {
  for (const row of rules) {
    it(row.name, () => {
      const text = feedText(row.mutate);
      const {feed, problems} = parseOk(text);
      expect(summary(problems)).to.have.members(row.problems);
      expectPathsExist(JSON.parse(text), problems);
      for (const problem of problems) expect(problem.message, problem.path).to.be.a('string').and.not.equal('');
      row.check(feed);
    });
  }
});

// --- period order ------------------------------------------------------------

interface OrderRow {
  name: string;
  /** `[id, from]`; from undefined: no `from` at all. */
  periods: [string, unknown][];
  order: string[];
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
    problems: ['period-without-from periods[0].from'],
  },
  {
    name: 'unreadable from comes last, reported twice',
    periods: [['a', '2021-02-30'], ['b', '2019']],
    order: ['b', 'a'],
    problems: ['invalid-date periods[0].from', 'period-without-from periods[0].from'],
  },
  {
    name: 'several without from keep the feed order',
    periods: [['a', null], ['b', '2019'], ['c', 'snart']],
    order: ['b', 'a', 'c'],
    problems: [
      'invalid-date periods[0].from',
      'period-without-from periods[0].from',
      'invalid-date periods[2].from',
      'period-without-from periods[2].from',
    ],
  },
  {
    name: 'only a period without from still renders',
    periods: [['a', undefined]],
    order: ['a'],
    problems: ['period-without-from periods[0].from'],
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
      expect(summary(problems)).to.have.members(row.problems);
      expectPathsExist(JSON.parse(text), problems);
      for (const each of feed.periods) {
        const raw = row.periods.find(([id]) => id === each.id)!;
        if (typeof raw[1] !== 'string' && typeof raw[1] !== 'number') expect(each.from, each.id).to.equal(undefined);
      }
    });
  }
});

// --- duplicate ids -------------------------------------------------------------

interface DuplicateRow {
  name: string;
  mutate: (feed: RawFeed) => void;
  /** Which list to read the ids of, in the parsed feed. */
  list: (feed: Feed) => readonly {readonly id: string}[];
  ids: string[];
  problems: string[];
  /** For each derived id: `[derived, original]`. */
  derived: [string, string][];
}

const promisesOfFirst = (feed: Feed) => feed.periods[0]!.promises;
const promiseRows = (...list: unknown[]) => (f: RawFeed) => {
  f.periods[0].promises = list;
};
const pr = (id: unknown, area = 'A') => ({id, area, promise: 'P'});

const duplicates: DuplicateRow[] = [
  {
    name: 'promises: the first keeps the id, later ones get -2, -3',
    mutate: promiseRows(pr('trafik', 'A'), pr('trafik', 'B'), pr('trafik', 'C')),
    list: promisesOfFirst,
    ids: ['trafik', 'trafik-2', 'trafik-3'],
    problems: ['duplicate-id periods[0].promises[1].id', 'duplicate-id periods[0].promises[2].id'],
    derived: [['trafik-2', 'trafik'], ['trafik-3', 'trafik']],
  },
  {
    name: 'promises: a derived id skips one the feed uses',
    mutate: promiseRows(pr('trafik'), pr('trafik'), pr('trafik-2')),
    list: promisesOfFirst,
    ids: ['trafik', 'trafik-3', 'trafik-2'],
    problems: ['duplicate-id periods[0].promises[1].id'],
    derived: [['trafik-3', 'trafik']],
  },
  {
    name: 'promises: the path is the one in the input, even after a dropped promise',
    mutate: promiseRows({area: 'no id', promise: 'P'}, pr('trafik'), 'junk', pr('trafik')),
    list: promisesOfFirst,
    ids: ['trafik', 'trafik-2'],
    problems: [
      'missing-required periods[0].promises[0].id',
      'wrong-type periods[0].promises[2]',
      'duplicate-id periods[0].promises[3].id',
    ],
    derived: [['trafik-2', 'trafik']],
  },
  {
    name: 'promises: ids that become equal slugs',
    mutate: promiseRows(pr('Trafik'), pr('trafik')),
    list: promisesOfFirst,
    ids: ['trafik', 'trafik-2'],
    problems: ['invalid-value periods[0].promises[0].id', 'duplicate-id periods[0].promises[1].id'],
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
    problems: ['duplicate-id periods[1].id'],
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
    problems: ['wrong-type periods[0]', 'period-without-promises periods[2].promises', 'duplicate-id periods[3].id'],
    derived: [['p-2', 'p']],
  },
  {
    name: 'parties: later duplicates are shown under a derived id',
    mutate: (f) => {
      f.parties.push({id: 'polisen', name: 'Polisen igen'});
    },
    list: (feed) => feed.parties,
    ids: ['polisen', 'kommunen', 'polisen-2'],
    problems: ['duplicate-id parties[2].id'],
    derived: [['polisen-2', 'polisen']],
  },
  {
    name: 'parties: the path is the one in the input, even after a dropped party',
    mutate: (f) => {
      f.parties = [{name: 'Utan id'}, {id: 'polisen', name: 'A'}, {id: 'kommunen', name: 'B'}, {id: 'polisen', name: 'C'}];
    },
    list: (feed) => feed.parties,
    ids: ['polisen', 'kommunen', 'polisen-2'],
    problems: ['missing-required parties[0].id', 'duplicate-id parties[3].id'],
    derived: [['polisen-2', 'polisen']],
  },
];

describe('parseFeed: duplicate ids', () => {
  for (const row of duplicates) {
    it(row.name, () => {
      const text = feedText(row.mutate);
      const {feed, problems} = parseOk(text);
      expect(ids(row.list(feed))).to.deep.equal(row.ids);
      expect(summary(problems)).to.have.members(row.problems);
      expectPathsExist(JSON.parse(text), problems);
      const reported = problems
        .filter((problem) => problem.code === 'duplicate-id')
        .map((problem) => [problem.params['derived'], problem.params['id']]);
      expect(reported).to.deep.equal(row.derived);
    });
  }

  it('parties: by naming a duplicated id goes to the first party', () => {
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

// --- Items ---------------------------------------------------------------------

interface ItemRow {
  name: string;
  done: unknown[];
  expect: unknown[];
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
    problems: ['missing-required periods[0].promises[0].outcome.done[0].text'],
  },
  {
    name: 'a number is left out, the rest kept',
    done: [7, 'Kvar', null],
    expect: [{text: {sv: [p(t('Kvar'))]}}],
    problems: ['wrong-type periods[0].promises[0].outcome.done[0]', 'wrong-type periods[0].promises[0].outcome.done[2]'],
  },
  {
    name: 'an empty string is left out',
    done: ['', 'Kvar'],
    expect: [{text: {sv: [p(t('Kvar'))]}}],
    problems: ['empty-text periods[0].promises[0].outcome.done[0]'],
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
      expect(summary(problems)).to.have.members(row.problems);
      expectPathsExist(JSON.parse(text), problems);
    });
  }
});

// --- fatal problems --------------------------------------------------------------

interface FatalRow {
  name: string;
  input: unknown;
  kind: FatalKind;
  found?: string;
  /** Words the message must contain. */
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
  {name: 'not an object: an array', input: '[' + valid + ']', kind: 'not-object', message: 'an array'},
  {name: 'not an object: null', input: 'null', kind: 'not-object', message: 'null'},
  {name: 'not an object: a number', input: '42', kind: 'not-object', message: 'a number'},
  {name: 'not an object: a JSON string', input: '"medborgar-loften/1"', kind: 'not-object', message: 'a string'},
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
    message: 'an object',
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
