/**
 * The importer's sentences for people: one per note code, in Swedish,
 * English and Finnish from the tools' XLIFF project (locales/tools/). That
 * every message is extracted and translated is
 * test/localization/xliff.test.mjs's job.
 */
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {NOTE_CODES} from '../../lib/import/index.js';
import {noteKindWord, noteMessage} from '../../lib/import/messages.js';
import {renderInLocale} from '../../lib/localization.js';

describe('noteMessage', () => {
  const params = {text: 'T', name: 'N', area: 'A', element: 'nav', label: 'L', heading: 'H', place: 'P', date: '2025', count: 2};
  /** A feed-problem note carries the feed module's problem: its code, consequence and params. */
  const problem = {code: 'missing-required', consequence: 'item-left-out', field: 'area', item: 'promise'};

  for (const code of Object.keys(NOTE_CODES)) {
    it(`says "${code}" in its own sentence, in Swedish, English and Finnish`, () => {
      const note = {code, kind: 'review', path: [], params: code === 'feed-problem' ? problem : params};
      const [swedish, english, finnish] = ['sv', 'en', 'fi'].map((lang) => renderInLocale(lang, () => noteMessage(note, lang)));
      assert.doesNotMatch(swedish, /Importen gav en anmärkning/);
      assert.notEqual(english, swedish);
      assert.notEqual(finnish, swedish);
      assert.notEqual(finnish, english);
      // Element names are said in words, never as markup a CAT tool or the build would mangle.
      assert.doesNotMatch(swedish + english + finnish, /[<>]/);
    });
  }

  it('says the feed module\'s problem with the validator\'s own sentences', () => {
    const note = {code: 'feed-problem', kind: 'problem', path: [], params: problem};
    assert.equal(renderInLocale('sv', () => noteMessage(note, 'sv')), 'Det obligatoriska fältet "area" saknas. Löftet visas inte.');
    assert.equal(renderInLocale('en', () => noteMessage(note, 'en')), 'The required field "area" is missing. The promise is not shown.');
  });

  it('chooses the plural form by the number of signatories', () => {
    const one = {code: 'signatories-found', kind: 'guess', path: [], params: {...params, count: 1}};
    assert.match(renderInLocale('sv', () => noteMessage(one, 'sv')), / av 1 person\./);
    assert.match(renderInLocale('sv', () => noteMessage({...one, params}, 'sv')), / av 2 personer\./);
    assert.match(renderInLocale('fi', () => noteMessage(one, 'fi')), /, 1 allekirjoittaja\./);
    assert.match(renderInLocale('fi', () => noteMessage({...one, params}, 'fi')), /, 2 allekirjoittajaa\./);
  });

  it('names each kind of note in both languages', () => {
    assert.deepEqual(
      ['guess', 'review', 'problem'].map((kind) => renderInLocale('en', () => noteKindWord(kind))),
      ['guess', 'review', 'problem']
    );
    assert.deepEqual(
      ['guess', 'review', 'problem'].map((kind) => renderInLocale('sv', () => noteKindWord(kind))),
      ['gissning', 'granska', 'problem']
    );
  });
});
