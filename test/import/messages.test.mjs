/**
 * The importer's sentences for people: one per note code, in Swedish and
 * English from the tools' XLIFF project (lit-localize.tools.json,
 * locales/tools/). That every message is extracted and translated is
 * test/localization/xliff.test.mjs's job.
 */
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {NOTE_CODES} from '../../lib/import/index.js';
import {noteKindWord, noteMessage} from '../../lib/import/messages.js';
import {renderInLocale} from '../../lib/localization.js';

describe('noteMessage', () => {
  const params = {text: 'T', name: 'N', area: 'A', element: 'nav', code: 'c', message: 'm', label: 'L', heading: 'H', place: 'P', date: '2025', count: 2};

  for (const code of Object.keys(NOTE_CODES)) {
    it(`says "${code}" in its own sentence, in Swedish and in English`, () => {
      const note = {code, kind: 'review', path: [], params};
      const swedish = renderInLocale('sv', () => noteMessage(note));
      const english = renderInLocale('en', () => noteMessage(note));
      assert.doesNotMatch(swedish, /Importen gav en anmärkning/);
      assert.notEqual(english, swedish);
      // Element names are said in words, never as markup a CAT tool or the build would mangle.
      assert.doesNotMatch(swedish + english, /[<>]/);
    });
  }

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
