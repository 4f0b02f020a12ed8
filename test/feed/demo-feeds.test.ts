/**
 * parseFeed on the two demo feeds: no problems, every period, promise,
 * party and focus area where test/fixtures/demo-feeds.ts says, and the
 * facts of the seed page in their places.
 */
import {expect} from '@open-wc/testing';
import {mailtoUrl, telUrl} from '../../src/feed/index.js';
import type {Feed} from '../../src/feed/index.js';
import {EXEMPELBY, STROMSUND} from '../fixtures/demo-feeds.js';
import type {DemoFeed} from '../fixtures/demo-feeds.js';
import {ids, outcomes, parseOk, periodById} from './feed-helpers.js';

const demos: {name: string; demo: DemoFeed; check: (feed: Feed) => void}[] = [
  {
    name: 'Strömsund (the seed feed)',
    demo: STROMSUND,
    check: (feed) => {
      expect(feed.language).to.equal('sv');
      expect(feed.title).to.deep.equal({sv: 'Medborgarlöften', en: 'Citizen promises'});
      const current = periodById(feed, '2021-2022');
      expect(current.from).to.deep.equal({year: 2021});
      expect(current.to).to.deep.equal({year: 2022});
      const fraud = current.promises.find((promise) => promise.id === 'bedragerier')!;
      expect(fraud.targets!.map((target) => target.baseline?.value)).to.deep.equal([163, undefined]);
      expect(fraud.targets!.map((target) => target.goal?.change)).to.deep.equal([-10, -15]);
      expect(fraud.targets![0]!.unit).to.equal('count');
      expect(fraud.targets![0]!.goal).to.deep.equal({year: 2022, change: -10});
      const drugs = current.promises.find((promise) => promise.id === 'narkotika')!;
      expect(drugs.targets!.map((target) => target.goal)).to.deep.equal([{direction: 'decrease'}, {direction: 'decrease'}]);
      const past = periodById(feed, '2019-2021');
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
    demo: EXEMPELBY,
    check: (feed) => {
      expect(periodById(feed, '2023-2024').from).to.deep.equal({year: 2023, month: 7, day: 1});
      expect(feed.updated).to.deep.equal({year: 2026, month: 10, day: 12});
      expect(feed.url).to.equal('https://example.org/medborgarloften');
      expect(feed.links.map((link) => link.url)).to.deep.equal([
        'https://example.org/polisen/medborgarloften',
        'https://example.org/kommun/trygghetsplan-2025-2028.pdf',
      ]);
      expect(mailtoUrl(feed.contacts[0]!.email!)).to.equal('mailto:anna.lindqvist@example.org');
      const school = periodById(feed, '2027-2028').promises[0]!;
      expect(school.places).to.deep.equal([{sv: 'Norrvik'}, {sv: 'Ängsbacka'}]);
      const fraud = periodById(feed, '2027-2028').promises[1]!;
      // An activity without `by` takes the promise's.
      expect(fraud.activities![0]!.by).to.deep.equal(['polisen-exempelby']);
      const alcohol = periodById(feed, '2023-2024').promises[2]!;
      expect(alcohol.activities!.map((activity) => activity.status)).to.deep.equal(['not-fulfilled', 'not-fulfilled', 'fulfilled']);
      expect(alcohol.activities![0]!.targets![0]!.goal).to.deep.equal({value: 1, atLeast: true});
      expect(alcohol.activities![0]!.targets![0]!.actual).to.deep.equal({value: 0});
      expect(alcohol.outcome!.status).to.equal('not-fulfilled');
    },
  },
];

describe('parseFeed: the demo feeds', () => {
  for (const {name, demo, check} of demos) {
    it(name, async () => {
      const text = await (await fetch(demo.url)).text();
      const {feed, problems} = parseOk(text);
      expect(outcomes(problems)).to.deep.equal([]);
      expect(feed.format).to.equal('medborgar-loften/1');
      expect(ids(feed.periods)).to.deep.equal(demo.periods);
      for (const [periodId, promiseIds] of Object.entries(demo.promises)) {
        expect(ids(periodById(feed, periodId).promises), periodId).to.deep.equal(promiseIds);
      }
      const promises = feed.periods.flatMap((period) => period.promises);
      expect(promises.map((promise) => promise.area['sv'])).to.deep.equal(demo.areas);
      expect(ids(feed.parties)).to.deep.equal(demo.parties);
      expect(feed.contacts.length).to.equal(demo.contacts);
      for (const each of feed.periods) {
        for (const promise of each.promises) {
          // Every area and promise in Swedish and English; some in Finnish too (the demo shows per-field fallback).
          expect(Object.keys(promise.area), `${each.id}/${promise.id} area`).to.include.members(['sv', 'en']);
          expect(Object.keys(promise.promise), `${each.id}/${promise.id} promise`).to.include.members(['sv', 'en']);
        }
      }
      check(feed);
    });
  }
});
