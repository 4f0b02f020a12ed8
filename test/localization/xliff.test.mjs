/**
 * The completeness check of the translators' files, for both lit-localize
 * projects: the widget's (lit-localize.json, locales/*.xlf) and the tools'
 * (lit-localize.tools.json: the validator and the command-line tool,
 * locales/tools/*.xlf).
 *
 * `lit-localize extract`, the public command, runs on a copy of each
 * project's XLIFF in a temporary folder; what it would change is what the
 * committed files lack. Then every unit must have a real translation with
 * the same placeholders and a note. Each failure names the file, the unit,
 * its Swedish source and its description, so a translator can act on it.
 *
 *   npm run localize:check     (npm test runs it)
 */
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join, relative, resolve} from 'node:path';
import {after, before, describe, it} from 'node:test';
import {fileURLToPath} from 'node:url';
import {DOMParser} from '@xmldom/xmldom';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const LIT_LOCALIZE = resolve(ROOT, 'node_modules/.bin/lit-localize');
const FIX = 'run `npm run localize:extract`, then translate (locales/README.md)';

/** Messages whose translation may be the Swedish text itself (placeholders and punctuation only). */
const SAME_IN_EVERY_LANGUAGE = new Set(['{0} ({1})', 'Status:', '{0}: {1}', 'problem', 'Status', 'Period {0}', 'Period {0}: {1}', 'Organisation', 'Text']);

const PROJECTS = [
  {config: 'lit-localize.json', name: 'the widget'},
  {config: 'lit-localize.tools.json', name: 'the validator and the command-line tool'},
];

const readJson = (file) => JSON.parse(readFileSync(resolve(ROOT, file), 'utf8'));

/**
 * A unit's text with each placeholder as {name} (its equiv-text, for people:
 * "Fältet "{field}" finns inte…"), or as {id} with `byId`.
 */
function textOf(element, byId = false) {
  let text = '';
  for (const child of Array.from(element?.childNodes ?? [])) {
    if (child.nodeType === 3) text += child.nodeValue;
    else if (child.nodeName === 'x') {
      const name = (child.getAttribute('equiv-text') || '').replace(/^\$\{|\}$/g, '');
      text += `{${byId || !name ? child.getAttribute('id') : name}}`;
    }
  }
  return text;
}

/** Placeholder ids of a unit's element, sorted. */
const placeholders = (element) =>
  Array.from(element?.getElementsByTagName('x') ?? [])
    .map((x) => x.getAttribute('id'))
    .sort()
    .join();

/** The units of an XLIFF file, by id. */
function readUnits(file) {
  const units = new Map();
  if (!existsSync(file)) return units;
  const xml = new DOMParser().parseFromString(readFileSync(file, 'utf8'), 'application/xml');
  for (const unit of Array.from(xml.getElementsByTagName('trans-unit'))) {
    const source = unit.getElementsByTagName('source')[0];
    const target = unit.getElementsByTagName('target')[0];
    units.set(unit.getAttribute('id'), {
      source: textOf(source),
      sourceById: textOf(source, true),
      sourcePlaceholders: placeholders(source),
      target: target ? textOf(target) : undefined,
      targetPlaceholders: placeholders(target),
      note: unit.getElementsByTagName('note')[0]?.textContent ?? '',
    });
  }
  return units;
}

/** "locales/tools/en.xlf, unit s54c…: … "Fältet…" (note: A field name…)". */
const describeUnit = (file, id, unit, what) => `${file}, unit ${id}: ${what} "${unit.source}" (note: ${unit.note || 'none'})`;

/**
 * Runs `lit-localize extract` for `project` on a copy of its XLIFF; returns
 * the committed and the extracted units per target locale.
 */
function extract(project) {
  const config = readJson(project.config);
  const folder = mkdtempSync(join(tmpdir(), 'xliff-'));
  const xliffDir = resolve(ROOT, config.interchange.xliffDir);
  for (const locale of config.targetLocales) {
    const file = join(xliffDir, `${locale}.xlf`);
    if (existsSync(file)) copyFileSync(file, join(folder, `${locale}.xlf`));
  }
  const copy = {
    ...config,
    tsConfig: resolve(ROOT, config.tsConfig),
    inputFiles: config.inputFiles.map((pattern) => resolve(ROOT, pattern)),
    output: {...config.output, outputDir: join(folder, 'out'), localeCodesModule: join(folder, 'out/locale-codes.ts')},
    interchange: {...config.interchange, xliffDir: folder},
  };
  writeFileSync(join(folder, 'config.json'), JSON.stringify(copy));
  const run = spawnSync(LIT_LOCALIZE, ['extract', '--config', join(folder, 'config.json')], {cwd: ROOT, encoding: 'utf8'});
  assert.equal(run.status, 0, `lit-localize extract (${project.config}) failed:\n${run.stdout}\n${run.stderr}`);
  const locales = config.targetLocales.map((locale) => ({
    locale,
    file: relative(ROOT, join(xliffDir, `${locale}.xlf`)),
    committed: readUnits(join(xliffDir, `${locale}.xlf`)),
    extracted: readUnits(join(folder, `${locale}.xlf`)),
  }));
  return {config, folder, locales};
}

const results = new Map();
before(() => {
  for (const project of PROJECTS) results.set(project.config, extract(project));
});
after(() => {
  for (const {folder} of results.values()) rmSync(folder, {recursive: true, force: true});
});

for (const project of PROJECTS) {
  describe(`${project.config}: ${project.name}`, () => {
    it('has every message of the source in each XLIFF, none stale, each Swedish text and note as in the code', () => {
      const problems = [];
      for (const {file, committed, extracted} of results.get(project.config).locales) {
        for (const [id, unit] of extracted) {
          const there = committed.get(id);
          if (!there) problems.push(describeUnit(file, id, unit, `missing: a new message, not in the file yet;`));
          else if (there.source !== unit.source || there.note !== unit.note) {
            problems.push(describeUnit(file, id, unit, `out of date: the code now says`));
          }
        }
        for (const [id, unit] of committed) {
          if (!extracted.has(id)) problems.push(describeUnit(file, id, unit, 'stale: no msg() in the code has this text any more;'));
        }
      }
      assert.deepEqual(problems, [], `${FIX}:\n${problems.join('\n')}`);
    });

    it('translates every unit (not a copy of the Swedish), keeping its placeholders, with a note', () => {
      const problems = [];
      for (const {file, committed} of results.get(project.config).locales) {
        for (const [id, unit] of committed) {
          if (unit.target === undefined || unit.target.trim() === '') {
            problems.push(describeUnit(file, id, unit, 'not translated:'));
            continue;
          }
          if (unit.target === unit.source && !SAME_IN_EVERY_LANGUAGE.has(unit.sourceById)) {
            problems.push(describeUnit(file, id, unit, 'copied: the translation is the Swedish text itself;'));
          }
          if (unit.targetPlaceholders !== unit.sourcePlaceholders) {
            problems.push(describeUnit(file, id, unit, `placeholders differ in the translation "${unit.target}" of`));
          }
          if (/[<>&]/.test(unit.target)) {
            problems.push(describeUnit(file, id, unit, `"<", ">" or "&" in the translation "${unit.target}" would show as an entity (&lt;…) once built; of`));
          }
          if (!unit.note.trim()) problems.push(describeUnit(file, id, unit, 'no note for the translator (a desc in msg()):'));
        }
      }
      assert.deepEqual(problems, [], problems.join('\n'));
    });
  });
}

describe('the two projects share one msg() configuration', () => {
  it('no message id is in both (their translations are merged into one table per language)', () => {
    const [widget, tools] = PROJECTS.map(({config}) => results.get(config).locales[0].extracted);
    const shared = [...tools.keys()].filter((id) => widget.has(id)).map((id) => `${id} "${tools.get(id).source}"`);
    assert.deepEqual(shared, [], 'give one of them an explicit id: msg(…, {id: …})');
  });

  it('the tools\' languages are among the widget\'s (src/localization.ts configures those)', () => {
    const [widget, tools] = PROJECTS.map(({config}) => readJson(config));
    assert.equal(tools.sourceLocale, widget.sourceLocale);
    for (const locale of tools.targetLocales) assert.ok(widget.targetLocales.includes(locale), locale);
  });

  it('every source file that calls msg() belongs to exactly one project', () => {
    const patterns = PROJECTS.map(({config}) => readJson(config).inputFiles.map(globToRegExp));
    const problems = [];
    for (const file of sourceFiles(resolve(ROOT, 'src'))) {
      const path = relative(ROOT, file);
      const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      if (path.startsWith('src/generated/') || !/\bmsg\(/.test(code)) continue;
      const owners = patterns.filter((project) => project.some((pattern) => pattern.test(path))).length;
      if (owners !== 1) problems.push(`${path}: in ${owners} projects' inputFiles`);
    }
    assert.deepEqual(problems, []);
  });
});

/** `src/*.ts`, `src/validate/**\/*.ts` as a RegExp over paths relative to the root. */
function globToRegExp(glob) {
  const pattern = glob
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*\*\//g, '\u0000')
    .replace(/\*/g, '[^/]*')
    .replace(/\u0000/g, '(?:.*/)?');
  return new RegExp(`^${pattern}$`);
}

function* sourceFiles(folder) {
  for (const entry of readdirSync(folder, {withFileTypes: true})) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(path);
    else if (entry.name.endsWith('.ts')) yield path;
  }
}
