/**
 * `medborgar-loften import PAGE [--lang sv|en]` (docs/cli.md): an existing
 * medborgarlöften page, as text or HTML, to a draft feed.
 *
 * The draft (JSON, 2-space indent) goes to standard output; the importer's
 * notes, the validator's findings on the draft and the count of sentences
 * kept go to standard error, one line each with its JSON path, in Swedish
 * or English. Exit codes: 0 the draft validates without warnings and needs
 * no review; 1 it has warnings, review notes or problems; 2 nothing usable
 * was found; 64 wrong usage; 66 the page cannot be read.
 */
import {readFileSync} from 'node:fs';
import {parseArgs} from 'node:util';
import {formatPath} from '../feed/index.js';
import {importPage} from '../import/index.js';
import {noteKindWord, noteMessage} from '../import/messages.js';
import {templates as toolsEnglish} from '../generated/tools/locales/en.js';
import {addLocaleTemplates, renderInLocale} from '../localization.js';
import {checkFeedText, fileFailure} from './check.js';
import type {Io} from './main.js';
import {word, type MessageLanguage} from './messages.js';
import {makeSchemaCheck} from './schema-check.js';

export const IMPORT_EXIT = {ok: 0, review: 1, nothing: 2, usage: 64, noInput: 66} as const;

// The notes' translations are the tools' XLIFF project (locales/tools/), not the widget's.
addLocaleTemplates('en', toolsEnglish);

const USAGE: Record<MessageLanguage, string> = {
  sv: `Användning:
  medborgar-loften import SIDA [--lang sv|en] > utkast.json

Läser texten eller HTML-koden från en befintlig sida med medborgarlöften
(SIDA "-" läser standard in) och skriver ett utkast till flöde på standard
ut. Gissningar, det som bör granskas och det som saknas skrivs på standard
fel, en rad var med JSON-sökväg. --lang väljer språk för dem (sv, en).

Slutkoder: 0 utkastet är giltigt och behöver inte granskas, 1 det har
varningar eller punkter att granska, 2 sidan innehöll inga medborgarlöften,
64 fel användning, 66 filen kan inte läsas.
`,
  en: `Usage:
  medborgar-loften import PAGE [--lang sv|en] > draft.json

Reads the text or HTML of an existing medborgarlöften page (PAGE "-" reads
standard input) and prints a draft feed on standard output. Guesses, what
to review and what is missing go to standard error, one line each with its
JSON path. --lang picks their language (sv, en).

Exit codes: 0 the draft validates and needs no review, 1 it has warnings
or points to review, 2 the page held no medborgarlöften, 64 wrong usage,
66 the file cannot be read.
`,
};

const ERRORS = {
  sv: {page: 'Ange en sida (en text- eller HTML-fil, eller - för standard in).', onePage: 'import tar en sida.', lang: '--lang ska vara sv eller en.'},
  en: {page: 'Give a page (a text or HTML file, or - for standard input).', onePage: 'import takes one page.', lang: '--lang must be sv or en.'},
} as const;

const SUMMARY = {
  sv: (kept: number, total: number) => `${kept} av ${total} meningar på sidan finns i utkastet.`,
  en: (kept: number, total: number) => `${kept} of the page's ${total} sentences are in the draft.`,
};
const READ_AS_LATIN = {
  sv: 'filen är inte UTF-8 och lästes som Windows-1252.',
  en: 'the file is not UTF-8 and was read as Windows-1252.',
};
const PAGE_PATH = {sv: '(sidan)', en: '(the page)'};

/** A saved page is UTF-8, or, from older Windows tools, Windows-1252. */
function decode(bytes: Uint8Array): {text: string; latin: boolean} {
  try {
    return {text: new TextDecoder('utf-8', {fatal: true}).decode(bytes), latin: false};
  } catch {
    return {text: new TextDecoder('windows-1252').decode(bytes), latin: true};
  }
}

export function runImport(argv: readonly string[], io: Io): number {
  // Known before the arguments are checked, so that a usage error is in the language asked for.
  let lang: MessageLanguage = argv.includes('--lang=en') || argv[argv.indexOf('--lang') + 1] === 'en' ? 'en' : 'sv';
  let values;
  let positionals;
  try {
    ({values, positionals} = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {lang: {type: 'string'}, help: {type: 'boolean', short: 'h'}},
    }));
  } catch (error) {
    return usage(io, lang, (error as Error).message);
  }
  if (values.lang !== undefined && values.lang !== 'sv' && values.lang !== 'en') return usage(io, lang, ERRORS[lang].lang);
  lang = values.lang ?? 'sv';
  if (values.help) {
    io.stdout(USAGE[lang]);
    return IMPORT_EXIT.ok;
  }
  if (positionals.length !== 1) return usage(io, lang, positionals.length === 0 ? ERRORS[lang].page : ERRORS[lang].onePage);
  const file = positionals[0]!;
  const label = file === '-' ? '(stdin)' : file;

  let bytes: Uint8Array;
  try {
    bytes = io.read(file);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    io.stderr(`${label}: ${fileFailure('unreadable', lang, {reason}).fatal!.message}\n`);
    return IMPORT_EXIT.noInput;
  }
  const {text, latin} = decode(bytes);
  if (latin) io.stderr(`${label}: ${READ_AS_LATIN[lang]}\n`);

  const result = importPage(text);
  renderInLocale(lang, () => {
    for (const note of result.notes) {
      const path = note.path.length > 0 ? formatPath(note.path) : PAGE_PATH[lang];
      io.stderr(`${label}: ${noteKindWord(note.kind)}: ${path}: ${noteMessage(note)} [${note.code}]\n`);
    }
  });
  io.stderr(`${label}: ${SUMMARY[lang](result.sentences.kept, result.sentences.total)}\n`);
  if (!result.feed) return IMPORT_EXIT.nothing;

  const json = `${JSON.stringify(result.feed, null, 2)}\n`;
  io.stdout(json);
  const schema = JSON.parse(readFileSync(new URL('../../schema/feed-format-1.schema.json', import.meta.url), 'utf8')) as Record<string, unknown>;
  const check = checkFeedText(json, {lang, schemaCheck: makeSchemaCheck(schema)});
  const findings = check.fatal ? [check.fatal, ...check.findings] : check.findings;
  for (const finding of findings) {
    io.stderr(`${label}: ${word(finding.severity, lang)}: ${finding.path}: ${finding.message} [${finding.code}]\n`);
  }
  const needsReview = result.notes.some((note) => note.kind !== 'guess');
  return findings.length > 0 || needsReview ? IMPORT_EXIT.review : IMPORT_EXIT.ok;
}

function usage(io: Io, lang: MessageLanguage, message: string): number {
  io.stderr(`medborgar-loften import: ${message}\n\n${USAGE[lang]}`);
  return IMPORT_EXIT.usage;
}
