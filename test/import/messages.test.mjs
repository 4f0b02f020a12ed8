/**
 * The importer's sentences for people: one per note code, in the tools'
 * XLIFF project (lit-localize-tools.json, locales/tools/), every message
 * extracted and translated into English with its placeholders.
 */
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {resolve} from 'node:path';
import {describe, it} from 'node:test';
import {readConfigFileAndWriteSchema} from '@lit/localize-tools/lib/config.js';
import {RuntimeLitLocalizer} from '@lit/localize-tools/lib/modes/runtime.js';
import {NOTE_CODES} from '../../lib/import/index.js';
import {noteKindWord, noteMessage} from '../../lib/import/messages.js';
import {addLocaleTemplates, renderInLocale} from '../../lib/localization.js';
import {templates} from '../../lib/generated/tools/locales/en.js';
import {ROOT} from './helpers.mjs';

/** Words that are the same in Swedish and English. */
const SAME_IN_BOTH = new Set(['problem']);

function units() {
  const xliff = readFileSync(resolve(ROOT, 'locales/tools/en.xlf'), 'utf8');
  return [...xliff.matchAll(/<trans-unit id="([^"]+)">\s*<source>([\s\S]*?)<\/source>\s*(?:<target>([\s\S]*?)<\/target>)?/g)].map(
    ([, id, source, target]) => ({id, source, target})
  );
}

describe('locales/tools/en.xlf', () => {
  it('has a unit for every message of the importer, and none other', () => {
    const config = readConfigFileAndWriteSchema(resolve(ROOT, 'lit-localize-tools.json'));
    const {messages, errors} = new RuntimeLitLocalizer(config).extractSourceMessages();
    assert.deepEqual(errors, []);
    assert.deepEqual(
      units().map((unit) => unit.id).sort(),
      messages.map((message) => message.name).sort(),
      'run `npm run localize:extract`, then translate locales/tools/en.xlf'
    );
  });

  it('translates every message into English, keeping its placeholders', () => {
    for (const {id, source, target} of units()) {
      assert.ok(target?.trim(), `${id}: no translation`);
      if (!SAME_IN_BOTH.has(source)) assert.notEqual(target, source, `${id}: the target is a copy of the source`);
      const placeholders = (text) => (text.match(/<x id="\d+"/g) ?? []).sort().join();
      assert.equal(placeholders(target), placeholders(source), `${id}: placeholders`);
    }
  });
});

describe('noteMessage', () => {
  addLocaleTemplates('en', templates);
  const params = {text: 'T', name: 'N', area: 'A', element: 'nav', code: 'c', message: 'm', label: 'L', heading: 'H', place: 'P', date: '2025', count: 2};

  for (const code of Object.keys(NOTE_CODES)) {
    it(`says "${code}" in its own sentence, in Swedish and in English`, () => {
      const note = {code, kind: 'review', path: [], params};
      const swedish = renderInLocale('sv', () => noteMessage(note));
      const english = renderInLocale('en', () => noteMessage(note));
      assert.doesNotMatch(swedish, /Importen gav en anmärkning/);
      assert.notEqual(english, swedish);
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
