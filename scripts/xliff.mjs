/**
 * What `lit-localize extract` leaves for the translator to want, added to
 * its XLIFF 1.2 files (scripts/localize.mjs calls these after every
 * extract; the completeness check runs them on its copy too):
 *
 * - **Readable placeholders.** lit-localize writes the code of a value as
 *   its placeholder (`equiv-text="${formatDate(outcome.updated, …)}"`).
 *   Every message with a value has an example in its `desc`, the whole
 *   Swedish sentence after "Example: " ("Example: Uppföljningen skrevs i maj
 *   2021."); the Swedish text is matched against it, and each placeholder
 *   gets the words it stood for (`equiv-text="maj 2021"`), in the source and
 *   in the translation alike. A message whose example is missing or does
 *   not match is a problem, named for the developer.
 * - **The glossary in the notes.** A unit whose Swedish uses a term of
 *   locales/glossary.tsv gets a second note with that term in the file's
 *   language, so a CAT tool shows it beside the sentence.
 * - **Review after a change.** A translation whose Swedish text changed
 *   (a message with its own id keeps its unit) is marked
 *   `state="needs-review-translation"`, as a new language's first
 *   translation is until a native speaker has read it.
 *
 * `forBuild` undoes the placeholders for `lit-localize build`, which reads
 * a placeholder's `equiv-text` back as code.
 */
import {DOMParser, XMLSerializer} from '@xmldom/xmldom';
import {existsSync, readFileSync} from 'node:fs';

export const REVIEW_STATE = 'needs-review-translation';
const GLOSSARY_NOTE = 'glossary';
const EXAMPLE = /(?:^|\s)Example: (.+)$/s;

const parse = (xml) => new DOMParser().parseFromString(xml, 'application/xml');
const serialize = (doc) => new XMLSerializer().serializeToString(doc);
const elements = (parent, name) => Array.from(parent?.getElementsByTagName(name) ?? []);
const child = (parent, name) => elements(parent, name)[0];

/** The unit's description from the code (lit-localize's note). */
const descOf = (unit) => elements(unit, 'note').find((note) => note.getAttribute('from') === 'lit-localize')?.textContent ?? '';

/** A source or target as text, each placeholder as {id}: what a translation is made from. */
export function textWithIds(element) {
  let text = '';
  for (const node of Array.from(element?.childNodes ?? [])) {
    if (node.nodeType === 3) text += node.nodeValue;
    else if (node.nodeName === 'x') text += `{${node.getAttribute('id')}}`;
  }
  return text;
}

/** The text of each placeholder of `source`, by id, read from the example in `desc`; or why not. */
export function placeholderExamples(source, desc) {
  const parts = Array.from(source.childNodes);
  const ids = parts.filter((node) => node.nodeName === 'x').map((node) => node.getAttribute('id'));
  if (!ids.length) return {examples: new Map()};
  const example = EXAMPLE.exec(desc)?.[1].trim();
  if (!example) return {problem: 'no "Example: …" (the whole Swedish sentence with its values) at the end of its desc'};
  const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = parts.map((node) => (node.nodeName === 'x' ? '(.+?)' : node.nodeType === 3 ? escape(node.nodeValue) : '')).join('');
  const match = new RegExp(`^${pattern}$`, 's').exec(example);
  if (!match) return {problem: `its example "${example}" does not read as the Swedish text with values in place`};
  return {examples: new Map(ids.map((id, index) => [id, match[index + 1].trim()]))};
}

/** The glossary: one term per row, a column per language (sv, en, fi…) and a note. */
export function readGlossary(file) {
  if (!existsSync(file)) return {languages: [], terms: []};
  const [header, ...rows] = readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => line.split('\t').map((cell) => cell.trim()));
  const languages = header.filter((column) => column !== 'note');
  const terms = rows.map((cells) => Object.fromEntries(header.map((column, index) => [column, cells[index] ?? ''])));
  return {languages, terms};
}

/** The Swedish term's forms are found by its stem: "medborgarlöfte" also finds "medborgarlöftena". */
function mentions(text, term) {
  const stem = term.replace(/[aeo]$/, '');
  const escaped = stem.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^\\p{L}])${escaped}`, 'iu').test(text);
}

function glossaryNote(sourceText, glossary, language) {
  if (!glossary.languages.includes(language)) return undefined;
  const found = glossary.terms.filter((term) => term.sv && term[language] && mentions(sourceText, term.sv));
  if (!found.length) return undefined;
  return `Glossary (locales/glossary.tsv): ${found.map((term) => `${term.sv} = ${term[language]}`).join('; ')}.`;
}

/** Puts `node` after `after` (or last) in a unit, on its own line as lit-localize indents. */
function insertAfter(unit, node, after) {
  const doc = unit.ownerDocument;
  const next = after ? after.nextSibling : unit.lastChild;
  unit.insertBefore(doc.createTextNode('\n  '), next);
  unit.insertBefore(node, next);
}

/** The ids of a file's units. */
export const unitIds = (xml) => new Set(elements(parse(xml), 'trans-unit').map((unit) => unit.getAttribute('id')));

/**
 * The file after `lit-localize extract`, with readable placeholders, glossary
 * notes and review marks; `previous` is the file before the extract. Units
 * whose id is in `elsewhere` are dropped: lit-localize extracts the messages
 * of every module a project's files import, and a message belongs to the one
 * project whose files say it, translated once.
 */
export function afterExtract(xml, {previous, glossary = {languages: [], terms: []}, elsewhere = new Set()} = {}) {
  const doc = parse(xml);
  for (const unit of elements(doc, 'trans-unit').filter((each) => elsewhere.has(each.getAttribute('id')))) {
    if (unit.previousSibling?.nodeType === 3) unit.parentNode.removeChild(unit.previousSibling);
    unit.parentNode.removeChild(unit);
  }
  const language = child(doc, 'file')?.getAttribute('target-language') ?? '';
  const before = new Map(
    previous ? elements(parse(previous), 'trans-unit').map((unit) => [unit.getAttribute('id'), textWithIds(child(unit, 'source'))]) : []
  );
  const problems = [];
  for (const unit of elements(doc, 'trans-unit')) {
    const id = unit.getAttribute('id');
    const source = child(unit, 'source');
    const target = child(unit, 'target');
    const {examples, problem} = placeholderExamples(source, descOf(unit));
    if (problem) problems.push(`unit ${id} "${textWithIds(source)}": ${problem}`);
    for (const x of [...elements(source, 'x'), ...elements(target, 'x')]) {
      const example = examples?.get(x.getAttribute('id'));
      if (example) x.setAttribute('equiv-text', example);
    }
    const old = before.get(id);
    if (target && old !== undefined && old !== textWithIds(source)) target.setAttribute('state', REVIEW_STATE);

    for (const note of elements(unit, 'note').filter((each) => each.getAttribute('from') === GLOSSARY_NOTE)) {
      if (note.previousSibling?.nodeType === 3) unit.removeChild(note.previousSibling);
      unit.removeChild(note);
    }
    const terms = glossaryNote(textWithIds(source), glossary, language);
    if (terms) {
      const note = doc.createElement('note');
      note.setAttribute('from', GLOSSARY_NOTE);
      note.appendChild(doc.createTextNode(terms));
      insertAfter(unit, note, elements(unit, 'note').at(-1) ?? target ?? source);
    }
  }
  return {xml: `${serialize(doc).trimEnd()}\n`, problems};
}

/** The file as `lit-localize build` reads it: a translation's placeholders as code again (`${…}`, one value each). */
export function forBuild(xml) {
  const doc = parse(xml);
  for (const target of elements(doc, 'target')) {
    for (const x of elements(target, 'x')) x.setAttribute('equiv-text', '${value}');
  }
  return serialize(doc);
}

/** TBX (ISO 30042), the glossary as CAT tools import it, from the same rows. */
export function glossaryTbx(glossary) {
  const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const entries = glossary.terms.map((term, index) => {
    const langSets = glossary.languages
      .filter((language) => term[language])
      .map((language) => `      <langSet xml:lang="${language}"><tig><term>${escape(term[language])}</term></tig></langSet>`);
    const note = term.note ? [`      <descrip type="definition">${escape(term.note)}</descrip>`] : [];
    return [`    <termEntry id="t${index + 1}">`, ...note, ...langSets, '    </termEntry>'].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!-- Generated from locales/glossary.tsv by `npm run localize:extract`: edit the .tsv, not this file. -->',
    '<martif type="TBX" xml:lang="sv">',
    '  <martifHeader><fileDesc><sourceDesc><p>medborgar-loften: the terms of citizen promises (medborgarlöften)</p></sourceDesc></fileDesc></martifHeader>',
    '  <text><body>',
    ...entries,
    '  </body></text>',
    '</martif>',
    '',
  ].join('\n');
}
