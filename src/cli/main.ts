/**
 * `medborgar-loften`, the command-line tool (docs/cli.md): a Node shell
 * around the validator (src/validate/) and the static renderer. It reads
 * arguments and files, prints, and sets the exit code; what is said comes
 * from the validator and ./messages.ts, in the language of `--lang`.
 *
 *   medborgar-loften validate FEED… [--lang sv|en] [--translations LANG] [--json]
 *   medborgar-loften render FEED [--lang LANG] [--heading-level N]
 *   medborgar-loften import PAGE [--lang sv|en]      (import-command.ts)
 *
 * Exit codes: 0 no problems; 1 warnings only; 2 an error (or a feed that
 * cannot be rendered); 64 wrong usage; 66 a FEED cannot be read; 70 a bug.
 */
import {readFileSync} from 'node:fs';
import {parseArgs} from 'node:util';
import {LANGUAGE_TAG, parseFeed} from '../feed/index.js';
import type {UiLocale} from '../locale.js';
import {renderInLocale} from '../localization.js';
import {
  TOOL_LOCALES,
  decodeFeed,
  fileFailure,
  formatList,
  isToolLocale,
  languageName,
  missingTranslationLabel,
  placeLabel,
  severityLabel,
  toolLocaleFor,
  validateFeedText,
  type Finding,
  type ToolLocale,
  type ValidationResult,
} from '../validate/index.js';
import {runImport} from './import-command.js';
import * as words from './messages.js';
import {renderFeedHtml} from './render.js';

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

const OPTIONS = {
  lang: {type: 'string'},
  translations: {type: 'string'},
  json: {type: 'boolean'},
  'heading-level': {type: 'string'},
  help: {type: 'boolean', short: 'h'},
  version: {type: 'boolean', short: 'v'},
} as const;

/** A wrong use of the tool: said in the messages' language, with the usage. */
class UsageError extends Error {}

/** Runs `work` with the tool's messages in `lang`. */
const inLanguage = <T>(lang: ToolLocale, work: () => T): T => renderInLocale(lang as UiLocale, work);

/** Wraps a paragraph at 78 columns, every line after the first indented by `indent`. */
function wrap(paragraph: string, indent: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of paragraph.split(' ')) {
    if (line && indent + line.length + 1 + word.length > 78) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  lines.push(line);
  return lines.join(`\n${' '.repeat(indent)}`);
}

function usage(lang: ToolLocale): string {
  return inLanguage(lang, () =>
    [
      words.usageHeading(),
      `  ${words.validateSynopsis(TOOL_LOCALES.join('|'))}`,
      `  ${words.renderSynopsis()}`,
      `  ${words.importSynopsis(TOOL_LOCALES.join('|'))}`,
      '',
      `validate  ${wrap(words.validateHelp(), 10)}`,
      `render    ${wrap(words.renderHelp(), 10)}`,
      `import    ${wrap(words.importHelp(), 10)}`,
      wrap(words.standardInputHelp(), 0),
      '',
      wrap(words.exitCodesHelp(), 0),
      '',
    ].join('\n')
  );
}

function loadJson(relative: string): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(relative, import.meta.url), 'utf8')) as Record<string, unknown>;
}

type ReadFeed = {text: string; invalidUtf8: boolean} | {failure: 'unreadable' | 'encoding'; params: Record<string, string>};

function readFeed(io: Io, file: string): ReadFeed {
  let bytes: Uint8Array;
  try {
    bytes = io.read(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {failure: 'unreadable', params: {reason: code ?? 'EIO'}};
  }
  const decoded = decodeFeed(bytes);
  if ('encoding' in decoded) return {failure: 'encoding', params: {encoding: decoded.encoding}};
  return decoded;
}

const label = (file: string, lang: ToolLocale) => (file === '-' ? inLanguage(lang, words.standardInputLabel) : file);

/** `FILE:LINE:COLUMN: severity: path: message [code]`, which editors and CI problem matchers understand. */
function findingLine(file: string, finding: Finding, lang: ToolLocale): string {
  const where = placeLabel(finding, lang);
  return `${label(file, lang)}:${finding.line}:${finding.column}: ${severityLabel(finding.severity, lang)}: ${where}: ${finding.message} [${finding.code}]\n`;
}

function exitCodeOf(result: ValidationResult, readFailure: boolean): number {
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
    ...(finding.consequence ? {consequence: finding.consequence} : {}),
  };
}

function validate(files: readonly string[], lang: ToolLocale, translations: string, json: boolean, io: Io): number {
  let exitCode = EXIT.ok as number;
  const reports: unknown[] = [];
  for (const file of files) {
    const read = readFeed(io, file);
    const result =
      'failure' in read
        ? fileFailure(read.failure, read.params, {lang})
        : validateFeedText(read.text, {lang, translationLanguage: translations, invalidUtf8: read.invalidUtf8});
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
    io.stdout(`${label(file, lang)}: ${result.summary}\n`);
    if (result.translationSummary) {
      io.stdout(`${label(file, lang)}: ${result.translationSummary}\n`);
      const missing = missingTranslationLabel(lang);
      for (const gap of result.missingTranslations) {
        // The languages the text has, by name ("svenska och engelska"), never as bare codes.
        const has = formatList(gap.has.map((tag) => languageName(tag, lang)), lang, 'conjunction');
        io.stdout(`${label(file, lang)}:${gap.line}:${gap.column}: ${missing}: ${gap.path} (${has})\n`);
      }
    }
  }
  if (json) io.stdout(`${JSON.stringify({version: 1, lang, exitCode, files: reports}, null, 2)}\n`);
  return exitCode;
}

function render(file: string, lang: string | undefined, headingLevel: number, messages: ToolLocale, io: Io): number {
  const read = readFeed(io, file);
  if ('failure' in read) {
    io.stderr(findingLine(file, fileFailure(read.failure, read.params, {lang: messages}).fatal!, messages));
    return read.failure === 'unreadable' ? EXIT.noInput : EXIT.errors;
  }
  const parsed = parseFeed(read.text);
  if (!parsed.ok || parsed.problems.length) {
    const result = validateFeedText(read.text, {lang: messages, schema: false});
    if (result.fatal) io.stderr(findingLine(file, result.fatal, messages));
    for (const finding of result.findings) io.stderr(findingLine(file, finding, messages));
  }
  if (!parsed.ok) return EXIT.errors;
  io.stdout(`${renderFeedHtml(parsed.feed, {lang: lang ?? parsed.feed.language, headingLevel})}\n`);
  return EXIT.ok;
}

/** Node's own argument errors (parseArgs), said from their codes in the messages' language. */
function argumentError(error: unknown, argv: readonly string[]): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  const {tokens} = parseArgs({args: [...argv], options: OPTIONS, strict: false, allowPositionals: true, tokens: true});
  const options = tokens.flatMap((token) => (token.kind === 'option' ? [token] : []));
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const unknown = options.find((token) => !Object.hasOwn(OPTIONS, token.name));
    if (unknown) return words.unknownOption(unknown.rawName);
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    for (const token of options) {
      if (!Object.hasOwn(OPTIONS, token.name)) continue;
      const takesValue = OPTIONS[token.name as keyof typeof OPTIONS].type === 'string';
      const value = takesValue ? argv[token.index + 1] : undefined;
      // `--lang` last, or followed by another option: no value.
      if (takesValue && token.value === undefined && (value === undefined || value.startsWith('-'))) {
        return words.optionNeedsValue(token.rawName);
      }
      if (!takesValue && token.value !== undefined) return words.optionTakesNoValue(token.rawName);
    }
  }
  return words.unreadableArguments();
}

/** The messages' language, read before the arguments are checked, so that an argument error is said in it too. */
function messageLanguage(argv: readonly string[]): {lang: ToolLocale; asked?: string} {
  const {tokens} = parseArgs({args: [...argv], options: OPTIONS, strict: false, allowPositionals: true, tokens: true});
  const option = tokens.find((token) => token.kind === 'option' && token.name === 'lang');
  const asked = option?.kind === 'option' ? (option.value ?? argv[option.index + 1]) : undefined;
  return asked === undefined ? {lang: toolLocaleFor('sv')} : {lang: toolLocaleFor(asked), asked};
}

/** Runs the tool with `argv` (without `node` and the script); returns the exit code. */
export function main(argv: readonly string[], io: Io = defaultIo): number {
  let messages: ToolLocale = toolLocaleFor('sv');
  try {
    messages = messageLanguage(argv).lang;
    let parsed;
    try {
      parsed = parseArgs({args: [...argv], options: OPTIONS, allowPositionals: true, strict: true});
    } catch (error) {
      throw new UsageError(inLanguage(messages, () => argumentError(error, argv)));
    }
    const {values, positionals} = parsed;
    const [command, ...feeds] = positionals;
    if (values.version) {
      io.stdout(`${String(loadJson('../../package.json')['version'])}\n`);
      return EXIT.ok;
    }
    if (values.help) {
      io.stdout(usage(messages));
      return EXIT.ok;
    }
    const fail = (message: () => string): never => {
      throw new UsageError(inLanguage(messages, message));
    };
    if (command === undefined) return fail(words.noCommand);
    if (command === 'validate') {
      if (values.lang !== undefined && !isToolLocale(values.lang)) {
        return fail(() => words.langChoices(formatList(TOOL_LOCALES, messages, 'disjunction')));
      }
      if (values['heading-level'] !== undefined) return fail(() => words.optionNotFor('--heading-level', 'validate'));
      const translations = values.translations ?? messages;
      if (!LANGUAGE_TAG.test(translations)) return fail(words.translationsTag);
      if (feeds.length === 0) return fail(words.noFeed);
      return validate(feeds, messages, translations, values.json === true, io);
    }
    if (command === 'render') {
      if (values.json || values.translations !== undefined) {
        return fail(() => words.optionNotFor(values.json ? '--json' : '--translations', 'render'));
      }
      if (values.lang !== undefined && !LANGUAGE_TAG.test(values.lang)) return fail(words.langTag);
      const level = values['heading-level'] === undefined ? 2 : Number(values['heading-level']);
      if (!Number.isInteger(level) || level < 1 || level > 6) return fail(words.headingLevel);
      if (feeds.length !== 1) return fail(feeds.length === 0 ? words.noFeed : words.oneFeedOnly);
      return render(feeds[0]!, values.lang, level, messages, io);
    }
    if (command === 'import') {
      if (values.lang !== undefined && !isToolLocale(values.lang)) {
        return fail(() => words.langChoices(formatList(TOOL_LOCALES, messages, 'disjunction')));
      }
      for (const option of ['json', 'translations', 'heading-level'] as const) {
        if (values[option] !== undefined) return fail(() => words.optionNotFor(`--${option}`, 'import'));
      }
      if (feeds.length !== 1) return fail(feeds.length === 0 ? words.noPage : words.onePageOnly);
      const page = feeds[0]!;
      return inLanguage(messages, () => runImport(page, label(page, messages), messages, io));
    }
    return fail(() => words.unknownCommand(command));
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`medborgar-loften: ${error.message}\n\n${usage(messages)}`);
      return EXIT.usage;
    }
    io.stderr(`medborgar-loften: ${inLanguage(messages, words.toolBug)}\n${(error as Error)?.stack ?? String(error)}\n`);
    return EXIT.software;
  }
}
