/**
 * What the validator finds in one feed's text: the feed module's verdict
 * (the very `parseFeed` the element runs: one parser, one set of rules),
 * the JSON Schema's, duplicate keys, and the translators' report, each with
 * its JSON path and line:column, said in a tool language.
 *
 * No DOM and no Node: the command-line tool, the playground page and the
 * editor run it.
 */
import {MAX_FEED_CHARACTERS, formatPath, parseFeed} from '../feed/index.js';
import type {Consequence, Feed, PathSegment, Problem} from '../feed/index.js';
import {feedSchema} from '../generated/feed-schema.js';
import {renderInLocale} from '../localization.js';
import type {UiLocale} from '../locale.js';
import {mapJsonPositions} from './json-position.js';
import {formatNumber, languageName, toolLocaleFor, type ToolLocale} from './language.js';
import {
  allTranslatedSentence,
  countsSentence,
  duplicateKeySentence,
  fatalSentence,
  invalidUtf8Sentence,
  missingTranslationSentence,
  missingTranslationsHeading,
  pluralUnitSentence,
  problemSentence,
  schemaSentence,
  syntaxSentence,
  type ValidatorFatalKind,
} from './messages.js';
import {pluralUnitSuggestions} from './plural-units.js';
import {checkSchema} from './schema-check.js';
import {missingTranslations} from './translations.js';

export type Severity = 'error' | 'warning';

/** One thing found, where it is, and what it means. */
export interface Finding {
  readonly severity: Severity;
  /** Who found it: the JSON reading, the feed module, the JSON Schema, or the file's bytes. */
  readonly source: 'json' | 'feed' | 'schema' | 'file';
  /** A feed-module problem code, a fatal kind, `schema:KEYWORD`, `duplicate-key`, `invalid-utf8` or `plural-unit-suggested`. */
  readonly code: string;
  /** `periods[1].promises[0].area`; `(feed)` for the whole feed. */
  readonly path: string;
  readonly segments: readonly PathSegment[];
  readonly line: number;
  readonly column: number;
  /** 0-based offset in the text (a byte order mark not counted). */
  readonly offset: number;
  /** False when the path is not in the file (a missing field): the position is its parent's. */
  readonly exact: boolean;
  /** What it means, in the language asked for. */
  readonly message: string;
  readonly params: Readonly<Record<string, string | number>>;
  /** What happens, for the feed module's recoverable problems. */
  readonly consequence?: Consequence;
}

/** A text without a translation in the language asked for. */
export interface TranslationGap {
  readonly path: string;
  readonly segments: readonly PathSegment[];
  readonly line: number;
  readonly column: number;
  readonly offset: number;
  /** The languages the text has. */
  readonly has: readonly string[];
  /** "Texten saknar engelska.", in the language asked for. */
  readonly message: string;
}

export interface ValidationResult {
  /** A problem that keeps the widget from showing the feed at all. */
  readonly fatal?: Finding;
  /** Everything else, in the order it stands in the file. */
  readonly findings: readonly Finding[];
  /** Texts without `language` (the one asked for). */
  readonly missingTranslations: readonly TranslationGap[];
  /** The language of the messages. */
  readonly lang: ToolLocale;
  /** The language whose translations were looked for. */
  readonly language: string;
  /** The normalized feed, when it is not fatally broken. */
  readonly feed?: Feed;
  /** Errors, the fatal one included. */
  readonly errors: number;
  readonly warnings: number;
  /** "2 fel och 1 varning", or "inga problem". */
  readonly summary: string;
  /** "Alla texter finns på engelska." or "Texter som saknar engelska (12):"; empty when a fatal problem leaves nothing to look at. */
  readonly translationSummary: string;
}

export interface ValidateOptions {
  /** Language of the messages: `sv` (default), `en`, or a tag whose primary language is one (see TOOL_LOCALES). */
  readonly lang?: string;
  /** Language whose missing translations are listed (default: `lang`). */
  readonly translationLanguage?: string;
  /** Whether to run the JSON Schema check (default: true). */
  readonly schema?: boolean;
  /** The file's bytes were not UTF-8 (decodeFeed said so): report where the first U+FFFD stands. */
  readonly invalidUtf8?: boolean;
}

/** Unknown fields (a typo?), duplicate ids (still shown) and ids turned into slugs lose nothing on the page. */
export function severityOf(problem: Pick<Problem, 'code' | 'consequence'>): Severity {
  if (problem.code === 'unknown-field' || problem.consequence === 'derived-id') return 'warning';
  return 'error';
}

function jsonType(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'array' : typeof value;
}

function isObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether `path` is `ancestor` or inside it (`a.b[0]` is inside `a.b`). */
function within(path: string, ancestor: string): boolean {
  return path === ancestor || path.startsWith(`${ancestor}.`) || path.startsWith(`${ancestor}[`);
}

interface Place {
  readonly line: number;
  readonly column: number;
  readonly offset: number;
  readonly exact: boolean;
}

const START: Place = {line: 1, column: 1, offset: 0, exact: false};

/**
 * Validates a feed's JSON text (a UTF-8 byte order mark is fine) and says
 * what it finds in the language asked for. Never throws on any text.
 */
export function validateFeedText(source: string, options: ValidateOptions = {}): ValidationResult {
  const lang = toolLocaleFor(options.lang ?? 'sv');
  return renderInLocale(lang as UiLocale, () => validateIn(lang, source, options));
}

function validateIn(lang: ToolLocale, source: string, options: ValidateOptions): ValidationResult {
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  const findings: Finding[] = [];
  const language = options.translationLanguage ?? lang;

  const result = parseFeed(source);
  if (!result.ok && result.error.kind === 'too-large') {
    const fatal = fatalFinding('too-large', [], {...START, exact: true}, lang, {length: source.length, limit: MAX_FEED_CHARACTERS});
    return finish(lang, language, fatal, findings, [], undefined);
  }

  const positions = mapJsonPositions(source);
  const at = (segments: readonly PathSegment[], key = false) => positions.locate(segments, {key});

  if (options.invalidUtf8) {
    const offset = Math.max(0, text.indexOf('\uFFFD'));
    findings.push({
      severity: 'error',
      source: 'file',
      code: 'invalid-utf8',
      path: formatPath([]),
      segments: [],
      ...positions.position(offset),
      exact: true,
      message: invalidUtf8Sentence(),
      params: {},
    });
  }

  let raw: unknown;
  let parsed = false;
  try {
    raw = JSON.parse(text);
    parsed = true;
  } catch {
    // Reported below, from the feed module's verdict and the tokenizer's place.
  }

  if (parsed) {
    for (const duplicate of positions.duplicateKeys) {
      const field = String(duplicate.segments[duplicate.segments.length - 1]);
      findings.push({
        severity: 'error',
        source: 'json',
        code: 'duplicate-key',
        path: formatPath(duplicate.segments),
        segments: duplicate.segments,
        ...duplicate.second,
        exact: true,
        message: duplicateKeySentence(field, duplicate.first.line),
        params: {field, line: duplicate.first.line, column: duplicate.first.column},
      });
    }
  }

  let fatal: Finding | undefined;
  const problems = result.ok ? result.problems : [];
  if (!result.ok) {
    const kind = result.error.kind;
    if (kind === 'not-json') {
      const syntax = positions.error;
      fatal = syntax
        ? fatalFinding('not-json', syntax.segments, {...syntax.position, exact: true}, lang, {syntax: syntax.kind, found: syntax.found}, {
            detail: syntaxSentence(syntax.kind, syntax.found === '' ? '' : `«${syntax.found}»`),
          })
        : fatalFinding('not-json', [], START, lang, {});
    } else if (kind === 'not-object') {
      fatal = fatalFinding('not-object', [], at([]), lang, {found: jsonType(raw)});
    } else if (kind === 'format') {
      const format = isObject(raw) ? raw['format'] : undefined;
      fatal = fatalFinding('format', ['format'], at(['format']), lang, format === undefined ? {} : {found: JSON.stringify(format)});
    } else if (kind === 'no-periods') {
      const periods = isObject(raw) ? raw['periods'] : undefined;
      const reason =
        periods === undefined ? 'missing' : !Array.isArray(periods) ? 'wrong-type' : periods.length === 0 ? 'empty' : 'none-usable';
      fatal = fatalFinding('no-periods', ['periods'], at(['periods']), lang, {reason});
    }
  }

  for (const problem of problems) {
    const key = problem.code === 'unknown-field' || problem.code === 'invalid-language-tag';
    findings.push({
      severity: severityOf(problem),
      source: 'feed',
      code: problem.code,
      path: problem.path,
      segments: problem.segments,
      ...at(problem.segments, key),
      message: problemSentence(problem, lang),
      params: problem.params,
      consequence: problem.consequence,
    });
  }

  // Units in words that read wrong with one of their numbers ("1 vandringar per år").
  if (result.ok) {
    for (const suggestion of pluralUnitSuggestions(raw)) {
      findings.push({
        severity: 'warning',
        source: 'feed',
        code: 'plural-unit-suggested',
        path: formatPath(suggestion.segments),
        segments: suggestion.segments,
        ...at(suggestion.segments),
        message: pluralUnitSentence(suggestion.unit, formatNumber(suggestion.value, lang), languageName(suggestion.lang, lang)),
        params: {unit: suggestion.unit, value: suggestion.value, lang: suggestion.lang},
      });
    }
  }

  // The schema's errors where the feed module said nothing about the same place.
  if (parsed && options.schema !== false && (result.ok || fatal?.code !== 'not-object')) {
    const covering = problems.filter((problem) => problem.code !== 'unknown-field').map((problem) => problem.path);
    for (const issue of checkSchema(raw)) {
      const path = formatPath(issue.segments);
      if (covering.some((covered) => within(covered, path) || within(path, covered))) continue;
      // The fatal problem says it for its own place; the schema's errors inside it say why.
      if (fatal && path === fatal.path) continue;
      findings.push({
        severity: 'error',
        source: 'schema',
        code: `schema:${issue.keyword}`,
        path,
        segments: issue.segments,
        ...at(issue.segments),
        message: schemaSentence(issue, lang),
        params: issue.params,
      });
    }
  }

  const gaps: TranslationGap[] = [];
  if (result.ok) {
    const missing = missingTranslationSentence(languageName(language, lang));
    for (const gap of missingTranslations(raw, feedSchema, language)) {
      const {exact: _exact, ...where} = at(gap.segments);
      void _exact;
      gaps.push({path: formatPath(gap.segments), segments: gap.segments, ...where, has: gap.has, message: missing});
    }
  }

  findings.sort((a, b) => a.offset - b.offset || (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  return finish(lang, language, fatal, findings, gaps, result.ok ? result.feed : undefined);
}

/** Counts, summaries and the result, in `lang` (inside renderInLocale). */
function finish(
  lang: ToolLocale,
  language: string,
  fatal: Finding | undefined,
  findings: readonly Finding[],
  gaps: readonly TranslationGap[],
  feed: Feed | undefined
): ValidationResult {
  const errors = findings.filter((finding) => finding.severity === 'error').length + (fatal ? 1 : 0);
  const warnings = findings.length - errors + (fatal ? 1 : 0);
  const name = languageName(language, lang);
  return {
    ...(fatal ? {fatal} : {}),
    findings,
    missingTranslations: gaps,
    lang,
    language,
    ...(feed ? {feed} : {}),
    errors,
    warnings,
    summary: countsSentence(errors, warnings, lang),
    translationSummary: fatal
      ? ''
      : gaps.length === 0
        ? allTranslatedSentence(name)
        : missingTranslationsHeading(name, gaps.length, lang),
  };
}

/** `sentences.detail`: the syntax sentence that says why a text is not JSON. */
function fatalFinding(
  kind: ValidatorFatalKind,
  segments: readonly PathSegment[],
  where: Place,
  lang: ToolLocale,
  params: Record<string, string | number>,
  sentences: {detail?: string} = {}
): Finding {
  return {
    severity: 'error',
    source: kind === 'unreadable' || kind === 'encoding' ? 'file' : 'feed',
    code: kind,
    path: formatPath(segments),
    segments,
    line: where.line,
    column: where.column,
    offset: where.offset,
    exact: where.exact,
    message: fatalSentence(kind, params, lang, sentences.detail),
    params,
  };
}

/** A fatal problem of the file itself (it cannot be read, or is not UTF-8 text at all), as a result. */
export function fileFailure(
  kind: 'unreadable' | 'encoding',
  params: Record<string, string | number>,
  options: Pick<ValidateOptions, 'lang'> = {}
): ValidationResult {
  const lang = toolLocaleFor(options.lang ?? 'sv');
  return renderInLocale(lang as UiLocale, () =>
    finish(lang, lang, fatalFinding(kind, [], START, lang, params), [], [], undefined)
  );
}
