/**
 * Words that depend on a number are chosen by the language's plural rules
 * (src/plural.ts), never by comparing the number with 1: "n === 1 ? 'löfte'
 * : 'löften'" cannot say Northern Sami's dual or Finnish's partitive.
 */
import assert from 'node:assert/strict';
import {readFileSync, readdirSync} from 'node:fs';
import {dirname, join, relative, resolve} from 'node:path';
import {describe, it} from 'node:test';
import {fileURLToPath} from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** `x === 1 ? …` (or !==, ==, 1 first) where a message or a text follows: a plural chosen by hand. */
const BY_HAND = /(?:[=!]==?\s*1|\b1\s*[=!]==?\s*[\w.[\]]+)\s*\?\s*(?:msg\s*\(|['"`])/;

function* sourceFiles(folder) {
  for (const entry of readdirSync(folder, {withFileTypes: true})) {
    const path = join(folder, entry.name);
    if (entry.isDirectory() && entry.name !== 'generated') yield* sourceFiles(path);
    else if (entry.name.endsWith('.ts')) yield path;
  }
}

export function pluralsByHand(code) {
  return code.split('\n').flatMap((line, index) => (BY_HAND.test(line) ? [`${index + 1}: ${line.trim()}`] : []));
}

describe('plural forms', () => {
  it('no source chooses words by comparing a number with 1', () => {
    const found = [];
    for (const file of sourceFiles(join(ROOT, 'src'))) {
      for (const line of pluralsByHand(readFileSync(file, 'utf8'))) found.push(`${relative(ROOT, file)}:${line}`);
    }
    assert.deepEqual(found, [], 'use plural() from src/plural.ts, one msg() per CLDR category (locales/README.md)');
  });

  it('the search finds one (it can fail)', () => {
    assert.equal(pluralsByHand("const word = count === 1 ? 'löfte' : 'löften';").length, 1);
    assert.equal(pluralsByHand('return n !== 1 ? msg(str`${n} fel`) : msg(str`${n} fel`);').length, 1);
    assert.equal(pluralsByHand('if (groups.size === 1) {').length, 0);
  });
});
