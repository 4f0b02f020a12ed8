/**
 * The completeness check of the translators' files, for every project (the
 * widget's, locales/LANG.xlf, the tools', locales/tools/LANG.xlf, and the
 * editor's, locales/editor/LANG.xlf) and
 * every language of locales/languages.json.
 *
 * The project's own extract (scripts/localize.mjs: the public
 * `lit-localize extract`, then readable placeholders, glossary notes and
 * review marks) runs on a copy of the XLIFF in a temporary folder; what it
 * would change is what the committed files lack. Then every unit must have
 * a real translation with the same placeholders and a note. Each failure
 * names the file, the unit, its Swedish source and its description, so a
 * translator can act on it.
 *
 *   npm run localize:check     (npm test runs it)
 */
import assert from 'node:assert/strict';
import {copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join, relative, resolve} from 'node:path';
import {after, before, describe, it} from 'node:test';
import {fileURLToPath} from 'node:url';
import {DOMParser} from '@xmldom/xmldom';
import {PROJECTS, extract, readLanguages} from '../../scripts/localize.mjs';
import {REVIEW_STATE} from '../../scripts/xliff.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const FIX = 'run `npm run localize:extract`, then translate (locales/README.md)';

/** Messages whose translation may be the Swedish text itself (placeholders and punctuation only). */
const SAME_IN_EVERY_LANGUAGE = new Set(['{0} ({1})', 'Status:', '{0}: {1}', 'problem', 'Status', 'Period {0}', 'Period {0}: {1}', 'Organisation', 'Text']);

/** A unit's text with each placeholder as {example} (what a translator sees), or as {id} with `byId`. */
function textOf(element, byId = false) {
  let text = '';
  for (const child of Array.from(element?.childNodes ?? [])) {
    if (child.nodeType === 3) text += child.nodeValue;
    else if (child.nodeName === 'x') text += `{${byId ? child.getAttribute('id') : child.getAttribute('equiv-text')}}`;
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
    const notes = Array.from(unit.getElementsByTagName('note'));
    units.set(unit.getAttribute('id'), {
      source: textOf(source),
      sourceById: textOf(source, true),
      sourcePlaceholders: placeholders(source),
      target: target ? textOf(target) : undefined,
      targetPlaceholders: placeholders(target),
      state: target?.getAttribute('state') ?? '',
      note: notes.find((note) => note.getAttribute('from') === 'lit-localize')?.textContent ?? '',
      notes: notes.map((note) => `${note.getAttribute('from')}: ${note.textContent}`).join('\n'),
    });
  }
  return units;
}

/** "locales/tools/fi.xlf, unit s54c…: … "Fältet…" (note: A field name…)". */
const describeUnit = (file, id, unit, what) => `${file}, unit ${id}: ${what} "${unit.source}" (note: ${unit.note || 'none'})`;

let folder;
let extractProblems;
const files = [];

before(() => {
  folder = mkdtempSync(join(tmpdir(), 'xliff-'));
  // Each project's copy in its own folder: both have en.xlf, fi.xlf…
  const xliffDirs = {};
  for (const project of PROJECTS) {
    const copy = join(folder, project.name);
    mkdirSync(copy, {recursive: true});
    xliffDirs[project.name] = copy;
    const committed = join(ROOT, project.xliffDir);
    for (const name of readdirSync(committed).filter((each) => each.endsWith('.xlf'))) {
      copyFileSync(join(committed, name), join(copy, name));
    }
  }
  extractProblems = extract(ROOT, {xliffDirs});
  const {targets} = readLanguages(ROOT);
  for (const project of PROJECTS) {
    for (const locale of targets) {
      const committed = join(ROOT, project.xliffDir, `${locale}.xlf`);
      files.push({
        project,
        locale,
        file: relative(ROOT, committed),
        committedText: existsSync(committed) ? readFileSync(committed, 'utf8') : '',
        extractedText: readFileSync(join(xliffDirs[project.name], `${locale}.xlf`), 'utf8'),
        committed: readUnits(committed),
        extracted: readUnits(join(xliffDirs[project.name], `${locale}.xlf`)),
      });
    }
  }
});
after(() => rmSync(folder, {recursive: true, force: true}));


for (const project of PROJECTS) {
  describe(`${project.xliffDir}/: the messages of the ${project.name}`, () => {
    it('has every message of the source in each language\'s XLIFF, none stale, each Swedish text and note as in the code', () => {
      const problems = [];
      for (const {file, committed, extracted, committedText, extractedText} of files.filter((each) => each.project === project)) {
        if (!committedText) {
          problems.push(`${file}: missing: a language of locales/languages.json without its file`);
          continue;
        }
        for (const [id, unit] of extracted) {
          const there = committed.get(id);
          if (!there) problems.push(describeUnit(file, id, unit, 'missing: the file has no unit for this message (a new message, or a unit removed from the file);'));
          else if (there.source !== unit.source || there.notes !== unit.notes) {
            problems.push(describeUnit(file, id, unit, 'out of date (its Swedish, placeholders or notes): the code now says'));
          } else if (there.state !== unit.state) {
            problems.push(describeUnit(file, id, unit, `out of date: its Swedish changed, so its translation needs a review (state="${REVIEW_STATE}");`));
          }
        }
        for (const [id, unit] of committed) {
          if (!extracted.has(id)) problems.push(describeUnit(file, id, unit, 'stale: no msg() in the code has this text any more;'));
        }
        if (!problems.length && committedText !== extractedText) problems.push(`${file}: not as \`npm run localize:extract\` writes it`);
      }
      assert.deepEqual(problems, [], `${FIX}:\n${problems.join('\n')}`);
    });

    it('translates every unit (not a copy of the Swedish), keeping its placeholders, with a note', (t) => {
      const problems = [];
      for (const {file, committed} of files.filter((each) => each.project === project)) {
        let toReview = 0;
        for (const [id, unit] of committed) {
          if (unit.state === REVIEW_STATE) toReview++;
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
        if (toReview) t.diagnostic(`${file}: ${toReview} of ${committed.size} translations await a native speaker's review (state="${REVIEW_STATE}")`);
      }
      assert.deepEqual(problems, [], problems.join('\n'));
    });
  });
}

describe('placeholders and the glossary', () => {
  it('every placeholder has readable example text from its message\'s "Example: …" (never code)', () => {
    assert.deepEqual(extractProblems, [], 'give each msg() with values an "Example: " at the end of its desc:\n' + extractProblems.join('\n'));
    for (const {file, committed} of files) {
      for (const [id, unit] of committed) assert.doesNotMatch(unit.source, /\{\$\{/, `${file}, unit ${id}: a placeholder shows code`);
    }
  });

  it('locales/glossary.tbx is the TBX of locales/glossary.tsv', () => {
    assert.equal(
      readFileSync(join(ROOT, 'locales/glossary.tbx'), 'utf8'),
      readFileSync(join(folder, PROJECTS[0].name, 'glossary.tbx'), 'utf8'),
      'run `npm run localize:extract`'
    );
  });
});

describe('the projects share one msg() configuration', () => {
  it('no message id is in two of them (their translations are merged into one table per language)', () => {
    const extracted = PROJECTS.map((project) => [project.name, files.find((each) => each.project === project).extracted]);
    const shared = [];
    for (const [i, [name, units]] of extracted.entries()) {
      for (const [otherName, other] of extracted.slice(i + 1)) {
        shared.push(...[...units.keys()].filter((id) => other.has(id)).map((id) => `${id} "${units.get(id).source}" (${name}, ${otherName})`));
      }
    }
    assert.deepEqual(shared, [], 'give one of them an explicit id: msg(…, {id: …})');
  });

  it('every source file that calls msg() belongs to exactly one project', () => {
    const patterns = PROJECTS.map((project) => project.inputFiles.map(globToRegExp));
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
