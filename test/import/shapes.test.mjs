/**
 * The importer on pages in each shape it recognises (test/fixtures/import/,
 * written for these tests): every sentence of the page is in the draft, the
 * draft passes the feed module with no problem at all, and the structure
 * found is exactly the page's.
 */
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {readFileSync} from 'node:fs';
import {codes, fixturePath, importFixture, importPage, outline, parseFeed} from './helpers.mjs';

/** What each text page is, as `outline` (helpers.mjs) writes it. */
const EXPECTED = {
  'norrvik-two-periods.txt': {
    title: 'Medborgarlöften',
    intro: true,
    parties: ['polisen police Polisen', 'norrviks-kommun municipality Norrviks kommun'],
    periods: [
      {
        id: '2025-2026',
        title: 'Medborgarlöften 2025–2026',
        from: '2025',
        to: '2026',
        intro: false,
        promises: [
          {id: 'ungdomsbrott', area: 'Ungdomsbrott', background: true, followUp: true},
          {
            id: 'cykelstolder',
            area: 'Cykelstölder',
            background: true,
            followUp: false,
            targets: [{label: 'Antalet anmälda cykelstölder', goal: {year: 2026, change: -20}}],
          },
        ],
      },
      {
        id: '2023-2024',
        title: 'Så gick det med medborgarlöftena 2023–2024',
        from: '2023',
        to: '2024',
        intro: false,
        promises: [
          {
            id: 'nedskrapning',
            area: 'Nedskräpning',
            background: false,
            followUp: false,
            outcome: {done: ['norrviks-kommun', 'polisen', 'polisen+norrviks-kommun'], notDone: ['-'], summary: false},
          },
          {
            id: 'trygghet-i-centrum',
            area: 'Trygghet i centrum',
            background: false,
            followUp: false,
            outcome: {done: ['norrviks-kommun', '-'], notDone: [], summary: false},
          },
        ],
        outcome: {done: [], notDone: [], summary: true},
      },
    ],
    contacts: [
      {
        organization: 'Norrviks kommun',
        phone: '0999-100 00 (växel)',
        address: ['Box 12', '999 01 Norrvik'],
      },
      {name: 'Eva Exempelsson', role: 'Trygghetssamordnare', phone: '0999-100 42'},
    ],
    updated: '2025-03-12',
  },
  'ekhamn-actor-groups.txt': {
    title: 'Ekhamn – medborgarlöften',
    intro: false,
    parties: ['polisen police Polisen', 'ekhamns-kommun municipality Ekhamns kommun'],
    periods: [
      {
        id: '2024',
        from: '2024',
        to: '2024',
        intro: false,
        promises: [
          {
            id: 'droger',
            area: 'Droger',
            background: false,
            followUp: false,
            activities: [
              {by: 'polisen'},
              {by: 'ekhamns-kommun'},
              {
                by: 'polisen+ekhamns-kommun',
                targets: [
                  {
                    label: 'Polisen och fritidsförvaltningen ska besöka föräldramöten i årskurs 8',
                    unit: 'tillfällen per termin',
                    goal: {value: 3, atLeast: true},
                  },
                ],
              },
              {
                by: 'polisen+ekhamns-kommun',
                targets: [{label: 'Föräldrakvällar', unit: 'föräldrakväll per år', goal: {value: 1, atLeast: true}}],
              },
            ],
          },
        ],
      },
    ],
  },
  'lovsjo-att-bullets.txt': {
    title: 'Lövsjö – medborgarlöften',
    intro: false,
    parties: ['polisen police Polisen', 'lovsjo-kommun municipality Lövsjö kommun'],
    periods: [
      {
        id: '2022-2023',
        title: 'Medborgarlöfte 2022-2023',
        from: '2022',
        to: '2023',
        intro: true,
        promises: [
          {
            id: 'inbrott-och-stolder',
            area: 'Inbrott och stölder',
            by: 'polisen',
            background: false,
            followUp: false,
          },
          {
            id: 'inbrott-och-stolder-2',
            area: 'Inbrott och stölder',
            by: 'lovsjo-kommun',
            background: false,
            followUp: false,
          },
          {id: 'inbrott-och-stolder-3', area: 'Inbrott och stölder', background: false, followUp: false},
        ],
        links: [{text: 'Uppföljning Lövsjö T1 2022.pdf'}],
      },
    ],
  },
  'tallby-joint-areas.txt': {
    title: 'Medborgarlöfte',
    intro: true,
    parties: [
      'polisen police Polisen, lokalpolisområde Västra Dalen',
      'tallby-kommun municipality Tallby kommun',
    ],
    periods: [
      {
        id: '2025-2026',
        title: 'Medborgarlöftet 2025-2026',
        from: '2025',
        to: '2026',
        intro: true,
        promises: [
          {id: 'klotter', area: 'Klotter', background: false, followUp: false},
          {id: 'mopeder', area: 'Mopeder', background: false, followUp: false},
          {id: 'bedragerier', area: 'Bedrägerier', background: false, followUp: false},
        ],
      },
    ],
  },
  'sjoasen-exact-dates.txt': {
    title: 'Sjöåsen – medborgarlöften',
    intro: false,
    parties: ['polisen police Polisen', 'sjoasens-kommun municipality Sjöåsens kommun'],
    periods: [
      {
        id: '2024-2025',
        from: '2024-01-01',
        to: '2025-12-31',
        intro: true,
        promises: [
          {id: 'trygghet', area: 'Trygghet', by: 'polisen', background: false, followUp: false},
          {id: 'trygghet-2', area: 'Trygghet', by: 'sjoasens-kommun', background: false, followUp: false},
          {id: 'trygghet-3', area: 'Trygghet', background: false, followUp: false},
        ],
        signatories: [
          {name: 'Anna Andersson', role: 'Kommundirektör', party: 'sjoasens-kommun', date: '2024-02-03'},
          {name: 'Per Persson', role: 'Lokalpolisområdeschef', party: 'polisen', date: '2024-02-03'},
        ],
      },
    ],
  },
  'hagnas-follow-up-news.txt': {
    title: 'Så här har vi arbetat med medborgarlöftet i Hagnäs kommun',
    intro: false,
    parties: ['hagnas-kommun municipality Hagnäs kommun', 'polisen police Polisen, lokalpolisområde Norra Berg'],
    periods: [
      {
        id: '2023',
        from: '2023',
        to: '2023',
        intro: true,
        promises: [
          {
            id: 'skadegorelse',
            area: 'Skadegörelse',
            by: 'polisen',
            background: false,
            followUp: false,
            outcome: {done: ['polisen', 'hagnas-kommun', 'hagnas-kommun+polisen'], notDone: [], summary: true},
          },
        ],
      },
    ],
  },
  'bergsta-unplaced.txt': {
    title: 'Medborgarlöften i Bergsta',
    intro: false,
    parties: ['polisen police Polisen', 'bergsta-kommun municipality Bergsta kommun'],
    periods: [
      {
        id: '2024',
        title: 'Medborgarlöften 2024',
        from: '2024',
        to: '2024',
        intro: true,
        promises: [{id: 'parkering', area: 'Parkering', background: false, followUp: false}],
      },
    ],
  },
  'ekby-actor-leads.txt': {
    title: 'Medborgarlöften i Ekby',
    intro: false,
    parties: ['polisen police Polisen', 'ekby-kommun municipality Ekby kommun'],
    periods: [
      {
        id: '2025',
        title: 'Medborgarlöften 2025',
        from: '2025',
        to: '2025',
        intro: false,
        promises: [
          {
            id: 'trygghet-i-centrum',
            area: 'Trygghet i centrum',
            by: 'polisen',
            background: false,
            followUp: false,
          },
          {
            id: 'trygghet-i-centrum-2',
            area: 'Trygghet i centrum',
            by: 'ekby-kommun',
            background: false,
            followUp: false,
          },
          {id: 'trafik', area: 'Trafik', background: true, followUp: false},
          {id: 'klotter', area: 'Klotter', by: 'polisen', background: false, followUp: false},
          {id: 'klotter-2', area: 'Klotter', by: 'ekby-kommun', background: false, followUp: false},
        ],
      },
    ],
  },
  'ekby-sections.txt': {
    title: 'Medborgarlöfte Ekby 2024',
    intro: false,
    parties: ['polisen police Polisen', 'ekby-kommun municipality Ekby kommun'],
    periods: [
      {
        id: '2024',
        title: 'Medborgarlöfte Ekby 2024',
        from: '2024',
        to: '2024',
        intro: false,
        promises: [
          {
            id: 'trygghet',
            area: 'Trygghet',
            background: true,
            followUp: true,
            activities: [{by: 'polisen'}, {by: 'ekby-kommun'}],
          },
        ],
      },
    ],
  },
  'ostby-clean.txt': {
    title: 'Medborgarlöften för Östby',
    intro: true,
    parties: ['polisen police Polisen', 'ostby-kommun municipality Östby kommun'],
    periods: [
      {
        id: '2026',
        title: 'Medborgarlöften 2026',
        from: '2026',
        to: '2026',
        intro: false,
        promises: [
          {id: 'trafik', area: 'Trafik', background: true, followUp: false},
          {id: 'skadegorelse', area: 'Skadegörelse', background: false, followUp: false},
        ],
      },
    ],
  },
};

/** An HTML page and its text page, and how the HTML adds to it (a link's address, an e-mail link). */
const HTML = {
  'ekhamn-actor-groups.html': {same: 'ekhamn-actor-groups.txt'},
  'sjoasen-exact-dates.html': {same: 'sjoasen-exact-dates.txt'},
  'norrvik-two-periods.html': {
    same: 'norrvik-two-periods.txt',
    change(expected) {
      expected.periods[1].links = [
        {text: 'Uppföljning av medborgarlöftena 2023–2024 (pdf)', url: '/dokument/uppfoljning-2023-2024.pdf'},
      ];
      expected.contacts[1] = {name: 'Eva Exempelsson', role: 'Trygghetssamordnare', email: 'eva.exempelsson@norrvik.example'};
    },
  },
};

function expectedFor(name) {
  if (EXPECTED[name]) return structuredClone(EXPECTED[name]);
  const {same, change} = HTML[name];
  const expected = structuredClone(EXPECTED[same]);
  change?.(expected);
  return expected;
}

for (const name of [...Object.keys(EXPECTED), ...Object.keys(HTML)]) {
  describe(name, () => {
    const result = importFixture(name);

    it('keeps every sentence of the page', () => {
      assert.deepEqual(result.sentences.missing, []);
      assert.equal(result.sentences.kept, result.sentences.total);
      assert.ok(result.sentences.total > 0);
      assert.deepEqual(codes(result, 'problem'), []);
    });

    it('gives a draft that the feed module reads without a single problem', () => {
      const parsed = parseFeed(JSON.stringify(result.feed));
      assert.equal(parsed.ok, true);
      assert.deepEqual(parsed.problems, []);
    });

    it('finds the structure of the page', () => {
      assert.deepEqual(outline(result.feed), expectedFor(name));
    });
  });
}

describe('a page copied without blank lines', () => {
  for (const name of Object.keys(EXPECTED)) {
    it(`${name}: the same structure, every sentence kept`, () => {
      const tight = readFileSync(fixturePath(name), 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== '')
        .join('\n');
      const result = importPage(tight);
      assert.equal(result.sentences.kept, result.sentences.total);
      assert.deepEqual(outline(result.feed), EXPECTED[name]);
    });
  }
});
