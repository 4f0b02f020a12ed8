/**
 * The importer on made-up pages: lines in the shapes it recognises mixed
 * with arbitrary strings, as text and as HTML. Whatever the page, it does
 * not throw, a draft it gives passes the feed module without a fatal
 * problem, and every sentence of the page is in the draft.
 *
 * FUZZ_RUNS and FUZZ_SEED (as for `npm run fuzz`) run it longer or repeat a run.
 */
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import fc from 'fast-check';
import {importPage, parseFeed} from './helpers.mjs';

const LINES = [
  'Medborgarlöften 2024–2025',
  'Så gick det med medborgarlöftena 2022',
  'Trafik',
  'Klotter och skadegörelse',
  '1. Trygghet',
  '• Polisen lovar att kontrollera farten.',
  '- Kommunen ska laga lamporna.',
  'Att polisen ska patrullera',
  'Polisen och Ekby kommun lovar att:',
  'Polisens aktiviteter:',
  'Gemensamma aktiviteter:',
  'Detta ska göras genom att',
  'Exempel på genomförda insatser:',
  'Kampanjen har inte genomförts.',
  'Under perioden har polisen gjort många besök.',
  'Till hösten planeras en vandring.',
  'Klotter – ta bort det inom ett dygn.',
  'minst två träffar per år',
  'Kontakta oss',
  'Box 12',
  '999 01 Ekby',
  '0999-100 00 (växel)',
  'Ekby den 3 februari 2024',
  'Anna Andersson     Per Persson',
  'Senast ändrad: 2024-05-01',
  'Lyssna',
  'Rapport 2023.pdf',
  'Uppföljning',
  'Bakgrund',
  'Vi hoppas på fler grannar.',
  '*',
  '',
  '  ',
];

const runs = Number(process.env.FUZZ_RUNS ?? 300);
const seed = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);

describe('any page', () => {
  it('gives a draft the feed module reads, with every sentence of the page in it', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...LINES), fc.string()), {maxLength: 40}), fc.boolean(), (lines, html) => {
        const input = html ? lines.map((line) => `<p>${line.replace(/</g, '&lt;')}</p>`).join('') : lines.join('\n');
        const result = importPage(input);
        if (!result.feed) return;
        assert.equal(parseFeed(JSON.stringify(result.feed)).ok, true);
        assert.deepEqual(result.sentences.missing, []);
      }),
      {numRuns: runs, ...(seed === undefined ? {} : {seed})}
    );
  });
});
