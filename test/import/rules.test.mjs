/**
 * The importer's rules one by one, on small pages written here: bullets and
 * dashes as pages write them, periods, numbers in words, site chrome, HTML
 * that is not content, links, the options, and a page with nothing to import.
 */
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {at, codes, importPage, parseFeed} from './helpers.mjs';

/** A page with a title, a period heading and one area whose promise is `bullet`. */
function pageWith(bullet, period = 'Medborgarlöften 2025') {
  return ['Medborgarlöften i Exempelby', '', period, '', 'Trafik', '', bullet, ''].join('\n');
}

function promisesOf(result) {
  return result.feed.periods.flatMap((period) => period.promises);
}

describe('bullets', () => {
  const promise = 'Polisen och kommunen lovar att sänka farten vid skolorna.';
  for (const bullet of [`• ${promise}`, `- ${promise}`, `* ${promise}`, `– ${promise}`, `   •  ${promise}   `, `\t• ${promise}`, `1. ${promise}`]) {
    it(`reads ${JSON.stringify(bullet.slice(0, 6))} as a bullet, without its marker or trailing spaces`, () => {
      const result = importPage(pageWith(bullet));
      assert.equal(promisesOf(result)[0].promise, promise);
      assert.equal(result.sentences.kept, result.sentences.total);
    });
  }

  it('reads a marker alone on its line as the bullet of the next line (as PDFs copy)', () => {
    const result = importPage(pageWith(`•\n${promise}`));
    assert.equal(promisesOf(result)[0].promise, promise);
  });

  it('keeps a bullet\'s indented further lines with it', () => {
    const page = ['Kontakta oss', '', ' • Ada Exempel', '   Samordnare', '   0999-123 45'].join('\n');
    const result = importPage(`${pageWith(`• ${promise}`)}\n${page}`);
    assert.deepEqual(result.feed.contacts, [{name: 'Ada Exempel', role: 'Samordnare', phone: '0999-123 45'}]);
  });
});

describe('headings and activities written as paragraphs', () => {
  it('reads "1. Trafik" as a numbered area heading, not as a bullet, and "Polisen ska …" paragraphs as activities', () => {
    const page = ['Medborgarlöften i Exempelby', '', 'Medborgarlöften 2025', '', '1. Trafik', '', 'Polisen och kommunen lovar att sänka farten vid skolorna.', '', 'Detta ska göras genom att', '', 'Polisen ska mäta farten varje vecka.', '', 'Kommunen ska bygga farthinder.', '', '2. Klotter', '', 'Polisen och kommunen lovar att ta bort klotter.'].join('\n');
    const result = importPage(page);
    const promises = promisesOf(result);
    assert.deepEqual(promises.map((promise) => promise.area), ['1. Trafik', '2. Klotter']);
    assert.deepEqual(promises[0].activities.map((activity) => activity.text), ['Polisen ska mäta farten varje vecka.', 'Kommunen ska bygga farthinder.']);
    assert.equal(result.sentences.kept, result.sentences.total);
  });
});

describe('periods', () => {
  const cases = [
    ['Medborgarlöften 2021-2022', {from: '2021', to: '2022', id: '2021-2022'}],
    ['Medborgarlöften 2021–2022', {from: '2021', to: '2022', id: '2021-2022'}],
    ['Medborgarlöften 2021—2022', {from: '2021', to: '2022', id: '2021-2022'}],
    ['Medborgarlöften 2021 – 2022', {from: '2021', to: '2022', id: '2021-2022'}],
    ['Medborgarlöfte 2020', {from: '2020', to: '2020', id: '2020'}],
    ['Medborgarlöften 2018-07-01—2020-06-30', {from: '2018-07-01', to: '2020-06-30', id: '2018-2020'}],
    ['Medborgarlöften sedan 2016', {from: '2016', id: 'fran-2016'}],
  ];
  for (const [heading, expected] of cases) {
    it(`reads "${heading}"`, () => {
      const {from, to, id} = importPage(pageWith('• Polisen lovar att vara på plats.', heading)).feed.periods[0];
      assert.deepEqual(JSON.parse(JSON.stringify({from, to, id})), expected);
    });
  }

  it('reads a year in the text when no heading has one ("under 2020"), and asks for a review', () => {
    const result = importPage('Exempelby – medborgarlöften\n\nPolisen och kommunen lovar att under 2020 arbeta mot klotter.\n');
    const period = result.feed.periods[0];
    assert.deepEqual([period.from, period.to], ['2020', '2020']);
    assert.ok(codes(result, 'review').includes('period-from-text'));
  });

  it('orders periods newest first and reads a "Så gick det" period as followed up', () => {
    const page = [
      'Medborgarlöften',
      '',
      'Så gick det med medborgarlöftena 2022–2023',
      '',
      'Klotter',
      '',
      '• Polisen och kommunen lovar att ta bort klotter.',
      '',
      '• Kommunen har tagit bort klotter på tio skolor.',
      '',
      'Medborgarlöften 2024–2025',
      '',
      'Trafik',
      '',
      '• Polisen och kommunen lovar att sänka farten.',
    ].join('\n');
    const {feed} = importPage(page);
    assert.deepEqual(feed.periods.map((period) => period.id), ['2024-2025', '2022-2023']);
    assert.deepEqual(feed.periods[1].promises[0].outcome, {done: [{text: 'Kommunen har tagit bort klotter på tio skolor.', by: [feed.parties[1].id]}]});
    assert.equal(feed.parties[1].kind, 'municipality');
  });

  it('says so when the page has no dates at all, and keeps the period (shown last by the widget)', () => {
    const result = importPage('Medborgarlöften\n\nTrafik\n\n• Polisen lovar att kontrollera farten.\n');
    assert.equal(result.feed.periods[0].from, undefined);
    assert.ok(codes(result, 'problem').includes('period-missing'));
  });
});

describe('targets', () => {
  const cases = [
    ['minst två tillfällen per år', {value: 2, atLeast: true}, 'tillfällen per år'],
    ['minst 4 kontroller per månad', {value: 4, atLeast: true}, 'kontroller per månad'],
    ['minst tjugofem besök per termin', {value: 25, atLeast: true}, 'besök per termin'],
    ['minst en trygghetsvandring per år', {value: 1, atLeast: true}, 'trygghetsvandring per år'],
    ['cirka femtio kontroller per år', {value: 50}, 'kontroller per år'],
  ];
  for (const [words, goal, unit] of cases) {
    it(`reads "${words}" in an activity as a goal`, () => {
      const page = `${pageWith('• Polisen lovar att arbeta mot fortkörning.')}\nDetta ska göras genom att\n\n• Polisen gör ${words} vid skolorna.\n`;
      const result = importPage(page);
      const [target] = promisesOf(result)[0].activities[0].targets;
      assert.deepEqual(target.goal, goal);
      assert.equal(target.unit, unit);
      assert.ok(codes(result, 'review').includes('target-from-text'));
    });
  }

  it('reads no target from a count that promises nothing ("ett antal", "två skolor")', () => {
    const page = `${pageWith('• Polisen lovar att arbeta mot fortkörning.')}\nDetta ska göras genom att\n\n• Polisen besöker ett antal skolor och två förskolor.\n`;
    assert.equal(promisesOf(importPage(page))[0].activities[0].targets, undefined);
  });

  it('reads a change in percent by a year in the promise', () => {
    const bullet = '• Polisen och kommunen lovar att arbeta mot inbrott. Målet är att inbrotten ska minska med fem procent fram till år 2027.';
    assert.deepEqual(promisesOf(importPage(pageWith(bullet)))[0].targets, [{label: 'Inbrotten', goal: {year: 2027, change: -5}}]);
  });
});

describe('who does it', () => {
  const cases = [
    ['Polisen ska patrullera i centrum.', ['police']],
    ['Kommunen ska laga belysningen.', ['municipality']],
    ['Att polisen ska patrullera i centrum', ['police']],
    ['Polisen har i samverkan med kommunen ordnat en kampanj.', ['police', 'municipality']],
    ['Under våren har polisen besökt skolorna.', ['police']],
    ['Fritidsgården har haft öppet längre.', undefined],
  ];
  for (const [sentence, kinds] of cases) {
    it(`"${sentence}" → ${JSON.stringify(kinds)}`, () => {
      const page = `${pageWith('• Polisen och kommunen lovar att arbeta för trygghet.')}\nDetta ska göras genom att\n\n• ${sentence}\n`;
      const {feed} = importPage(page);
      const kindOf = new Map(feed.parties.map((party) => [party.id, party.kind]));
      assert.deepEqual(promisesOf({feed})[0].activities[0].by?.map((id) => kindOf.get(id)), kinds);
    });
  }
});

describe('site chrome', () => {
  it('removes only whole chrome lines from the list, each with a note', () => {
    const page = `Till innehåll på sidan\nLyssna\n${pageWith('• Polisen lovar att vara på plats.')}\nLyssna på invånarna är det viktigaste vi gör.\n\nSenast ändrad/granskad:\n`;
    const result = importPage(page);
    assert.deepEqual(
      result.notes.filter((note) => note.code.endsWith('removed')).map((note) => note.params.text),
      ['Till innehåll på sidan', 'Lyssna', 'Senast ändrad/granskad:']
    );
    assert.ok(JSON.stringify(result.feed).includes('Lyssna på invånarna är det viktigaste vi gör.'));
    assert.equal(result.sentences.kept, result.sentences.total);
  });

  it('reads "Senast ändrad" with a date as `updated`', () => {
    const result = importPage(`${pageWith('• Polisen lovar att vara på plats.')}\nSenast uppdaterad: 5 maj 2025\n`);
    assert.equal(result.feed.updated, '2025-05-05');
  });
});

describe('HTML', () => {
  const html = (body) => `<!doctype html><html><head><title>Flik</title><script>var x = "Polisen lovar";</script></head><body>${body}</body></html>`;
  const promise = '<h1>Medborgarlöften</h1><h2>Medborgarlöften 2025</h2><h3>Trafik</h3><ul><li>Polisen lovar att sänka farten.</li></ul>';

  it('leaves out script, style, nav, form and the page\'s header and footer, each with a note', () => {
    const result = importPage(
      html(`<header>Till startsidan</header><nav><a href="/">Start</a></nav><main>${promise}</main><form>Sök</form><style>p{}</style><footer>Kommunen 2025</footer>`)
    );
    assert.deepEqual(
      result.notes.filter((note) => note.code.endsWith('-removed')).map((note) => note.params.element),
      ['script', 'header', 'nav', 'form', 'style', 'footer']
    );
    const text = JSON.stringify(result.feed);
    for (const gone of ['Till startsidan', 'Start', 'Sök', 'Kommunen 2025', 'var x', 'Flik']) assert.ok(!text.includes(gone), gone);
    assert.equal(result.sentences.kept, result.sentences.total);
  });

  it('keeps a header and footer inside the article: they are content', () => {
    const result = importPage(html(`<article><header><h1>Medborgarlöften</h1></header>${promise.slice(24)}<footer><p>Frågor om löftena besvaras av kommunen.</p></footer></article>`));
    assert.equal(result.feed.title, 'Medborgarlöften');
    assert.ok(JSON.stringify(result.feed).includes('Frågor om löftena besvaras av kommunen.'));
  });

  it('keeps links as [text](url), and a link\'s text without a refused URL', () => {
    const result = importPage(
      html(`${promise}<p>Läs <a href="https://example.org/plan.pdf">planen</a> och <a href="javascript:alert(1)">mer här</a>.</p>`)
    );
    const intro = result.feed.periods[0].promises[0].background;
    assert.equal(intro, 'Läs [planen](https://example.org/plan.pdf) och mer här.');
    assert.deepEqual(codes(result, 'problem'), ['unsafe-link']);
    assert.equal(result.sentences.kept, result.sentences.total);
  });

  it('reads a bold line as an area and <br> as lines', () => {
    const result = importPage(html('<h1>Medborgarlöften</h1><h2>Medborgarlöften 2025</h2><p><b>Klotter</b></p><p>Polisen och kommunen lovar att ta bort klotter.<br>Det ska ske inom ett dygn.</p>'));
    const [first] = promisesOf(result);
    assert.equal(first.area, 'Klotter');
    assert.equal(first.promise, 'Polisen och kommunen lovar att ta bort klotter.\nDet ska ske inom ett dygn.');
  });

  it('reads HTML as text when told to (kind: "text")', () => {
    const result = importPage(pageWith('• Polisen lovar att <b>vara</b> på plats.'), {kind: 'text'});
    assert.equal(promisesOf(result)[0].promise, 'Polisen lovar att <b>vara</b> på plats.');
  });
});

describe('the draft', () => {
  it('is in the language given', () => {
    assert.equal(importPage(pageWith('• Polisen lovar att vara på plats.'), {language: 'sv-FI'}).feed.language, 'sv-FI');
  });

  it('has unique slug ids, and every note path points into it', () => {
    const page = ['Medborgarlöften', '', 'Medborgarlöften 2025', '', 'Trafik och fart', '', '• Polisen lovar att mäta farten.', '', 'Trafik och fart', '', '• Kommunen lovar att bygga farthinder.'].join('\n');
    const result = importPage(page);
    const ids = result.feed.periods[0].promises.map((promise) => promise.id);
    assert.deepEqual(ids, ['trafik-och-fart', 'trafik-och-fart-2']);
    for (const note of result.notes) {
      if (note.path.length > 0 && note.path.at(-1) !== 'from') assert.notEqual(at(result.feed, note.path), undefined, note.path.join('.'));
    }
    assert.deepEqual(parseFeed(JSON.stringify(result.feed)).problems, []);
  });

  it('keeps a passage that fits nowhere, with a review note pointing at it', () => {
    const result = importPage(`${pageWith('• Polisen lovar att vara på plats.')}\nÖvrigt\n\nBadplatsen öppnar i juni.\n`);
    const note = result.notes.find((entry) => entry.code === 'unplaced-passage');
    assert.equal(note.kind, 'review');
    assert.match(at(result.feed, note.path), /Badplatsen öppnar i juni\./);
    assert.equal(result.sentences.kept, result.sentences.total);
  });
});

describe('nothing to import', () => {
  for (const [name, input] of [
    ['an empty page', ''],
    ['only chrome', 'Till innehåll på sidan\nLyssna\n'],
    ['a page about something else', 'Badplatsen öppnar i juni.\n\nVälkommen!\n'],
  ]) {
    it(`gives no draft for ${name}, and says so`, () => {
      const result = importPage(input);
      assert.equal(result.feed, undefined);
      assert.ok(codes(result, 'problem').includes('nothing-found'));
      assert.equal(result.sentences.kept, 0);
    });
  }
});
