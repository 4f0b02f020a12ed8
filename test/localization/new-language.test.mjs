/**
 * Adding a language is one line and one file, nothing else: on a copy of
 * the project, a line for a pseudo-language `se` (Northern Sami's plural
 * categories: one, two, other) in locales/languages.json and its
 * locales/se.xlf are all `npm run localize:build` needs to give the widget,
 * the static render and the tools a language more. The copy renders a feed
 * in it: the dual form of the tally, dates in se-NO, the untranslated
 * messages in Swedish, the feed's texts marked with their language.
 *
 * Reads lib/ as `tsc -p tsconfig.build.json` left it (npm test compiles
 * first); the copy's new generated modules are transpiled into its lib/.
 */
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync, mkdirSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join, relative, resolve} from 'node:path';
import {after, before, describe, it} from 'node:test';
import {fileURLToPath, pathToFileURL} from 'node:url';
import ts from 'typescript';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

const SE_XLF = `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
<file target-language="se" source-language="sv" original="lit-localize-inputs" datatype="plaintext">
<body>
<trans-unit id="summary.promises.one">
  <source>Uppföljning av <x id="0" equiv-text="1"/> löfte:</source>
  <target state="needs-review-translation">[one] <x id="0" equiv-text="1"/> lohpádus:</target>
</trans-unit>
<trans-unit id="summary.promises.two">
  <source>Uppföljning av <x id="0" equiv-text="2"/> löften:</source>
  <target state="needs-review-translation">[two] <x id="0" equiv-text="2"/> lohpádusa:</target>
</trans-unit>
<trans-unit id="summary.promises.other">
  <source>Uppföljning av <x id="0" equiv-text="4"/> löften:</source>
  <target state="needs-review-translation">[other] <x id="0" equiv-text="4"/> lohpádusat:</target>
</trans-unit>
</body>
</file>
</xliff>
`;

let copy;

/** Every .ts file under `folder`. */
function* typeScriptFiles(folder) {
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) yield* typeScriptFiles(path);
    else if (name.endsWith('.ts')) yield path;
  }
}

before(() => {
  copy = mkdtempSync(join(tmpdir(), 'new-language-'));
  for (const path of ['locales', 'src', 'lib', 'tsconfig.json', 'package.json']) {
    cpSync(join(ROOT, path), join(copy, path), {recursive: true, filter: (from) => !from.includes(`${join('src', 'generated')}`)});
  }
  symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir');

  // The line and the file.
  const table = JSON.parse(readFileSync(join(copy, 'locales/languages.json'), 'utf8'));
  table.languages.se = {intl: 'se-NO'};
  writeFileSync(join(copy, 'locales/languages.json'), JSON.stringify(table, null, 2));
  writeFileSync(join(copy, 'locales/se.xlf'), SE_XLF);

  const run = spawnSync(process.execPath, [join(ROOT, 'scripts/localize.mjs'), 'build', '--root', copy], {encoding: 'utf8'});
  assert.equal(run.status, 0, run.stderr);

  // What tsc would compile of the generated sources, into the copy's lib/.
  for (const file of typeScriptFiles(join(copy, 'src/generated'))) {
    const output = ts.transpileModule(readFileSync(file, 'utf8'), {
      compilerOptions: {module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022},
    });
    const target = join(copy, 'lib', relative(join(copy, 'src'), file)).replace(/\.ts$/, '.js');
    mkdirSync(dirname(target), {recursive: true});
    writeFileSync(target, output.outputText);
  }
});

after(() => rmSync(copy, {recursive: true, force: true}));

const feed = {
  format: 'medborgar-loften/1',
  language: 'sv',
  updated: '2024-05-12',
  periods: [
    {
      id: 'p',
      from: '2024',
      to: '2026',
      promises: [
        {id: 'a', area: {sv: 'Trafik', se: 'Johtalus'}, promise: 'Vi lovar.', outcome: {status: 'ongoing'}},
        {id: 'b', area: 'Narkotika', promise: 'Vi lovar.', outcome: {status: 'fulfilled'}},
      ],
    },
  ],
};

describe('a new language: one line in locales/languages.json and one XLIFF file', () => {
  it('is in the generated table and loaded with the widget\'s and the tools\' translations', () => {
    assert.match(readFileSync(join(copy, 'src/generated/languages.ts'), 'utf8'), /'se': \{intl: 'se-NO'\}/);
    assert.match(readFileSync(join(copy, 'src/generated/translations.ts'), 'utf8'), /from '\.\/locales\/se\.js'/);
    assert.match(readFileSync(join(copy, 'src/generated/tools/translations.ts'), 'utf8'), /from '\.\/locales\/se\.js'/);
  });

  it('renders in it: its plural form, its dates, Swedish where it has no translation yet, each text in its language', async () => {
    const {parseFeed} = await import(pathToFileURL(join(copy, 'lib/feed/index.js')).href);
    const {renderFeedHtml} = await import(pathToFileURL(join(copy, 'lib/cli/render.js')).href);
    const parsed = parseFeed(JSON.stringify(feed));
    assert.ok(parsed.ok);
    const html = renderFeedHtml(parsed.feed, {lang: 'se'});
    assert.match(html, /<div data-medborgar-loften-fallback lang="se">/);
    assert.match(html, /\[two\] 2 lohpádusa:/);
    const date = new Intl.DateTimeFormat('se-NO', {year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC'}).format(
      new Date(Date.UTC(2024, 4, 12))
    );
    assert.ok(html.includes(date), `the date as se-NO writes it (${date})`);
    // A message the file does not translate yet stays Swedish (the completeness check names it).
    assert.match(html, /Senast ändrad:/);
    assert.match(html, />Johtalus</);
    assert.match(html, /<span lang="sv">Narkotika<\/span>/);
  });

  it('is a language of the tools too', async () => {
    const {TOOL_LOCALES, isToolLocale} = await import(pathToFileURL(join(copy, 'lib/validate/language.js')).href);
    assert.deepEqual([...TOOL_LOCALES], ['sv', 'en', 'fi', 'se']);
    assert.equal(isToolLocale('se'), true);
  });
});
