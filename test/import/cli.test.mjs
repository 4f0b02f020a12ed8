/**
 * `medborgar-loften import`: the draft on standard output as JSON, the
 * notes on standard error in Swedish or English, and the exit codes.
 */
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {resolve} from 'node:path';
import {describe, it} from 'node:test';
import {ROOT, fixturePath, parseFeed} from './helpers.mjs';

const BIN = resolve(ROOT, 'bin/medborgar-loften.js');

function cli(args, input) {
  const result = spawnSync(process.execPath, [BIN, 'import', ...args], {cwd: ROOT, input, encoding: 'utf8'});
  return {code: result.status, stdout: result.stdout, stderr: result.stderr};
}

describe('import: exit codes', () => {
  it('0 for a page whose draft validates and needs no review', () => {
    const {code, stdout, stderr} = cli([fixturePath('ostby-clean.txt')]);
    assert.equal(code, 0, stderr);
    assert.equal(parseFeed(stdout).ok, true);
    assert.doesNotMatch(stderr, /: (granska|problem): /);
  });

  it('1 for a page with points to review', () => {
    const {code, stderr} = cli([fixturePath('bergsta-unplaced.txt')]);
    assert.equal(code, 1);
    assert.match(stderr, /: granska: periods\[0\]\.intro: .*\[unplaced-passage\]$/m);
  });

  it('2 when the page holds no medborgarlöften, with nothing on standard output', () => {
    const {code, stdout, stderr} = cli(['-'], 'Badplatsen öppnar i juni.\n');
    assert.equal(code, 2);
    assert.equal(stdout, '');
    assert.match(stderr, /\[nothing-found\]/);
  });

  for (const [name, args] of [
    ['no page', []],
    ['two pages', ['a.txt', 'b.txt']],
    ['an unknown option', ['--json', 'a.txt']],
    ['--lang other than sv, en or fi', ['--lang', 'de', 'a.txt']],
  ]) {
    it(`64 for ${name}, with the usage`, () => {
      const {code, stderr} = cli(args);
      assert.equal(code, 64);
      assert.match(stderr, /medborgar-loften import SIDA/);
    });
  }

  it('66 for a page that cannot be read', () => {
    const {code, stdout, stderr} = cli(['test/fixtures/import/no-such-page.txt']);
    assert.equal(code, 66);
    assert.equal(stdout, '');
    assert.match(stderr, /no-such-page\.txt: /);
  });
});

describe('import: output', () => {
  it('prints the draft as JSON with a 2-space indent, the same as reading the page from standard input', () => {
    const page = readFileSync(fixturePath('norrvik-two-periods.txt'), 'utf8');
    const fromFile = cli([fixturePath('norrvik-two-periods.txt')]);
    const fromStdin = cli(['-'], page);
    const feed = JSON.parse(fromFile.stdout);
    assert.equal(fromFile.stdout, `${JSON.stringify(feed, null, 2)}\n`);
    assert.equal(fromStdin.stdout, fromFile.stdout);
    assert.equal(feed.format, 'medborgar-loften/1');
  });

  it('writes each note on one line with its kind, JSON path, sentence and code, and the sentences kept, in Swedish', () => {
    const {stderr} = cli([fixturePath('lovsjo-att-bullets.txt')]);
    const lines = stderr.trimEnd().split('\n');
    assert.ok(lines.every((line) => line.startsWith(`${fixturePath('lovsjo-att-bullets.txt')}: `)));
    assert.match(stderr, /: granska: periods\[0\]\.promises\[0\]\.area: Sidan anger inget område för löftet\. "Inbrott och stölder" är en gissning .*\[area-guessed\]$/m);
    assert.match(stderr, /: granska: periods\[0\]\.links\[0\]: Filnamnet "Uppföljning Lövsjö T1 2022\.pdf" lades som länk utan adress\. .*\[link-without-url\]$/m);
    assert.match(lines.at(-1), /: 10 av 10 meningar på sidan finns i utkastet\.$/);
  });

  it('writes them in English with --lang en', () => {
    const {stderr} = cli([fixturePath('lovsjo-att-bullets.txt'), '--lang', 'en']);
    assert.match(stderr, /: review: periods\[0\]\.promises\[0\]\.area: The page gives no area for the promise\. "Inbrott och stölder" is a guess .*\[area-guessed\]$/m);
    assert.match(stderr, /: guess: parties\[0\]: The party "Polisen" was found in the text\. \[party-found\]$/m);
    assert.match(stderr.trimEnd().split('\n').at(-1), /: 10 of the page's 10 sentences are in the draft\.$/);
    assert.doesNotMatch(stderr, /granska|gissning|meningar/);
  });

  it('reads a page saved as Windows-1252, and says so', () => {
    const page = readFileSync(fixturePath('ostby-clean.txt'), 'utf8');
    const latin = Buffer.from([...page].map((char) => ({å: 0xe5, ä: 0xe4, ö: 0xf6, Ö: 0xd6, '•': 0x95})[char] ?? char.charCodeAt(0)));
    const {code, stdout, stderr} = cli(['-'], latin);
    assert.equal(code, 0);
    assert.match(stderr, /Windows-1252/);
    assert.equal(JSON.parse(stdout).periods[0].promises[0].area, 'Trafik');
    assert.match(stdout, /Östby kommun/);
  });
});
