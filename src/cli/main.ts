/**
 * `medborgar-loften`, the command-line tool (docs/cli.md):
 *
 *   medborgar-loften validate FEED… [--lang sv|en] [--translations LANG] [--json]
 *   medborgar-loften render FEED [--lang LANG] [--heading-level N]
 *
 * Exit codes: 0 no problems; 1 warnings only; 2 an error (or a feed that
 * cannot be rendered); 64 wrong usage; 66 a FEED cannot be read; 70 a bug.
 */
import {readFileSync} from 'node:fs';
import {parseArgs} from 'node:util';
import {LANGUAGE_TAG, parseFeed} from '../feed/index.js';
import {checkFeedText, fileFailure, resultSummary, type CheckResult, type Finding} from './check.js';
import {languageName, word, type MessageLanguage} from './messages.js';
import {renderFeedHtml} from './render.js';
import {makeSchemaCheck} from './schema-check.js';

export const EXIT = {ok: 0, warnings: 1, errors: 2, usage: 64, noInput: 66, software: 70} as const;

export interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** The bytes of a file, or of standard input for "-". */
  readonly read: (file: string) => Uint8Array;
}

const defaultIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  read: (file) => readFileSync(file === '-' ? 0 : file),
};

const USAGE: Record<MessageLanguage, string> = {
  sv: `Användning:
  medborgar-loften validate FLÖDE… [--lang sv|en] [--translations SPRÅK] [--json]
  medborgar-loften render FLÖDE [--lang SPRÅK] [--heading-level N]

validate  kontrollerar flöden mot JSON-schemat och widgetens regler; varje
          fel anges med JSON-sökväg och rad:kolumn. --lang väljer språk för
          meddelandena (sv, en) och listar texter som saknar det språket
          (--translations väljer ett annat). --json skriver maskinläsbar utdata.
render    skriver flödet som statisk HTML att klistra in i <medborgar-loften>
          som reservinnehåll. --heading-level (1–6, standard 2) är nivån på
          periodrubrikerna.
FLÖDE "-" läser standard in.

Slutkoder: 0 inga problem, 1 bara varningar, 2 fel, 64 fel användning,
66 en fil kan inte läsas.
`,
  en: `Usage:
  medborgar-loften validate FEED… [--lang sv|en] [--translations LANG] [--json]
  medborgar-loften render FEED [--lang LANG] [--heading-level N]

validate  checks feeds against the JSON Schema and the widget's rules; each
          problem is given with its JSON path and line:column. --lang picks
          the language of the messages (sv, en) and lists the texts that lack
          that language (--translations picks another). --json prints
          machine-readable output.
render    prints the feed as static HTML to paste inside <medborgar-loften>
          as its fallback. --heading-level (1–6, default 2) is the level of
          the period headings.
FEED "-" reads standard input.

Exit codes: 0 no problems, 1 warnings only, 2 errors, 64 wrong usage,
66 a file cannot be read.
`,
};

const USAGE_ERRORS = {
  sv: {
    command: 'Ange ett kommando: validate eller render.',
    unknownCommand: 'Okänt kommando',
    noFeed: 'Ange minst ett flöde (en JSON-fil, eller - för standard in).',
    oneFeed: 'render tar ett flöde.',
    lang: '--lang ska vara sv eller en.',
    renderLang: '--lang ska vara en språkkod som sv eller en.',
    translations: '--translations ska vara en språkkod som sv eller en.',
    headingLevel: '--heading-level ska vara ett heltal från 1 till 6.',
    notFor: 'gäller inte',
  },
  en: {
    command: 'Give a command: validate or render.',
    unknownCommand: 'Unknown command',
    noFeed: 'Give at least one feed (a JSON file, or - for standard input).',
    oneFeed: 'render takes one feed.',
    lang: '--lang must be sv or en.',
    renderLang: '--lang must be a language tag such as sv or en.',
    translations: '--translations must be a language tag such as sv or en.',
    headingLevel: '--heading-level must be a whole number from 1 to 6.',
    notFor: 'does not apply to',
  },
} as const;

class UsageError extends Error {}

function loadJson(relative: string): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(relative, import.meta.url), 'utf8')) as Record<string, unknown>;
}

/** The file's text, or why it cannot be the widget's feed (a fetch decodes UTF-8). */
function decode(bytes: Uint8Array): {text: string; invalidUtf8: boolean} | {encoding: string} {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return {encoding: 'UTF-16 (little-endian)'};
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return {encoding: 'UTF-16 (big-endian)'};
  try {
    return {text: new TextDecoder('utf-8', {fatal: true, ignoreBOM: true}).decode(bytes), invalidUtf8: false};
  } catch {
    return {text: new TextDecoder('utf-8', {ignoreBOM: true}).decode(bytes), invalidUtf8: true};
  }
}

function readFeed(io: Io, file: string): {text: string; invalidUtf8: boolean} | {failure: 'unreadable' | 'encoding'; params: Record<string, string>} {
  let bytes: Uint8Array;
  try {
    bytes = io.read(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {failure: 'unreadable', params: {reason: code ?? (error as Error).message}};
  }
  const decoded = decode(bytes);
  if ('encoding' in decoded) return {failure: 'encoding', params: {encoding: decoded.encoding}};
  return decoded;
}

const label = (file: string) => (file === '-' ? '(stdin)' : file);

function findingLine(file: string, finding: Finding, lang: MessageLanguage): string {
  return `${label(file)}:${finding.line}:${finding.column}: ${word(finding.severity, lang)}: ${finding.path}: ${finding.message} [${finding.code}]\n`;
}

function exitCodeOf(result: CheckResult, readFailure: boolean): number {
  if (readFailure) return EXIT.noInput;
  if (result.errors > 0) return EXIT.errors;
  return result.warnings > 0 ? EXIT.warnings : EXIT.ok;
}

/** The JSON form of one finding (docs/cli.md, "--json"). */
function findingJson(finding: Finding) {
  return {
    severity: finding.severity,
    source: finding.source,
    code: finding.code,
    path: finding.path,
    segments: finding.segments,
    line: finding.line,
    column: finding.column,
    exact: finding.exact,
    message: finding.message,
    params: finding.params,
  };
}

function validate(files: readonly string[], lang: MessageLanguage, translations: string, json: boolean, io: Io): number {
  const schema = loadJson('../../schema/feed-format-1.schema.json');
  const schemaCheck = makeSchemaCheck(schema);
  let exitCode = EXIT.ok as number;
  const reports: unknown[] = [];
  for (const file of files) {
    const read = readFeed(io, file);
    const result =
      'failure' in read
        ? fileFailure(read.failure, lang, read.params)
        : checkFeedText(read.text, {lang, translationLanguage: translations, schema, schemaCheck, invalidUtf8: read.invalidUtf8});
    const code = exitCodeOf(result, 'failure' in read && read.failure === 'unreadable');
    exitCode = Math.max(exitCode, code);
    if (json) {
      reports.push({
        file,
        ok: result.errors === 0,
        exitCode: code,
        errors: result.errors,
        warnings: result.warnings,
        fatal: result.fatal ? findingJson(result.fatal) : null,
        problems: result.findings.map(findingJson),
        missingTranslations: {
          language: result.language,
          fields: result.missingTranslations.map((gap) => ({
            path: gap.path,
            segments: gap.segments,
            line: gap.line,
            column: gap.column,
            has: gap.has,
          })),
        },
      });
      continue;
    }
    const all = result.fatal ? [...result.findings, result.fatal].sort((a, b) => a.offset - b.offset) : result.findings;
    for (const finding of all) io.stdout(findingLine(file, finding, lang));
    io.stdout(`${label(file)}: ${resultSummary(result, lang)}\n`);
    if (!result.fatal && !('failure' in read)) {
      const name = languageName(result.language, lang);
      if (result.missingTranslations.length === 0) {
        io.stdout(`${label(file)}: ${word('allTranslated', lang, {language: name})}\n`);
      } else {
        io.stdout(`${label(file)}: ${word('missingHeading', lang, {language: name, count: result.missingTranslations.length})}\n`);
        for (const gap of result.missingTranslations) {
          io.stdout(`${label(file)}:${gap.line}:${gap.column}: ${word('translation', lang)}: ${gap.path} (${gap.has.join(', ')})\n`);
        }
      }
    }
  }
  if (json) io.stdout(`${JSON.stringify({version: 1, lang, exitCode, files: reports}, null, 2)}\n`);
  return exitCode;
}

function render(file: string, lang: string | undefined, headingLevel: number, messages: MessageLanguage, io: Io): number {
  const read = readFeed(io, file);
  if ('failure' in read) {
    const result = fileFailure(read.failure, messages, read.params);
    io.stderr(findingLine(file, result.fatal!, messages));
    return read.failure === 'unreadable' ? EXIT.noInput : EXIT.errors;
  }
  const parsed = parseFeed(read.text);
  if (!parsed.ok) {
    const result = checkFeedText(read.text, {lang: messages});
    io.stderr(findingLine(file, result.fatal!, messages));
    return EXIT.errors;
  }
  if (parsed.problems.length) {
    const result = checkFeedText(read.text, {lang: messages});
    for (const finding of result.findings) io.stderr(findingLine(file, finding, messages));
  }
  io.stdout(`${renderFeedHtml(parsed.feed, {lang: lang ?? parsed.feed.language, headingLevel})}\n`);
  return EXIT.ok;
}

/** Runs the tool with `argv` (without `node` and the script); returns the exit code. */
export function main(argv: readonly string[], io: Io = defaultIo): number {
  let messages: MessageLanguage = 'sv';
  try {
    let parsed;
    try {
      parsed = parseArgs({
        args: [...argv],
        allowPositionals: true,
        strict: true,
        options: {
          lang: {type: 'string'},
          translations: {type: 'string'},
          json: {type: 'boolean'},
          'heading-level': {type: 'string'},
          help: {type: 'boolean', short: 'h'},
          version: {type: 'boolean', short: 'v'},
        },
      });
    } catch (error) {
      const lang = argv[argv.indexOf('--lang') + 1];
      if (lang === 'en') messages = 'en';
      throw new UsageError((error as Error).message);
    }
    const {values, positionals} = parsed;
    const [command, ...feeds] = positionals;
    if (values.lang === 'en' || (command === 'render' && values.lang?.toLowerCase().startsWith('en'))) messages = 'en';
    const errors = USAGE_ERRORS[messages];
    if (values.version) {
      io.stdout(`${String(loadJson('../../package.json')['version'])}\n`);
      return EXIT.ok;
    }
    if (values.help) {
      io.stdout(USAGE[messages]);
      return EXIT.ok;
    }
    if (command === undefined) throw new UsageError(errors.command);
    if (command === 'validate') {
      if (values.lang !== undefined && values.lang !== 'sv' && values.lang !== 'en') throw new UsageError(errors.lang);
      if (values['heading-level'] !== undefined) throw new UsageError(`--heading-level ${errors.notFor} validate.`);
      const translations = values.translations ?? messages;
      if (!LANGUAGE_TAG.test(translations)) throw new UsageError(errors.translations);
      if (feeds.length === 0) throw new UsageError(errors.noFeed);
      return validate(feeds, messages, translations, values.json === true, io);
    }
    if (command === 'render') {
      if (values.json || values.translations !== undefined) {
        throw new UsageError(`${values.json ? '--json' : '--translations'} ${errors.notFor} render.`);
      }
      if (values.lang !== undefined && !LANGUAGE_TAG.test(values.lang)) throw new UsageError(errors.renderLang);
      const level = values['heading-level'] === undefined ? 2 : Number(values['heading-level']);
      if (!Number.isInteger(level) || level < 1 || level > 6) throw new UsageError(errors.headingLevel);
      if (feeds.length !== 1) throw new UsageError(feeds.length === 0 ? errors.noFeed : errors.oneFeed);
      return render(feeds[0]!, values.lang, level, messages, io);
    }
    throw new UsageError(`${errors.unknownCommand}: ${command}. ${errors.command}`);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`medborgar-loften: ${error.message}\n\n${USAGE[messages]}`);
      return EXIT.usage;
    }
    io.stderr(`medborgar-loften: ${(error as Error)?.stack ?? String(error)}\n`);
    return EXIT.software;
  }
}
