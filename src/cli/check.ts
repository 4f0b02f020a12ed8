/**
 * What `validate` finds in one feed's text: the feed module's verdict (the
 * very `parseFeed` the element runs: one parser, one set of rules), the
 * JSON Schema's, duplicate keys, and the translators' report, each with its
 * JSON path and line:column, in Swedish or English.
 *
 * No DOM and no Node (the schema check is handed in): the playground page
 * runs this too, without the schema.
 */
import {MAX_FEED_CHARACTERS, formatPath, parseFeed, type Feed, type PathSegment, type Problem} from '../feed/index.js';
import {mapJsonPositions, type JsonPositions} from './json-position.js';
import {
  countsMessage,
  fatalMessage,
  languageName,
  problemMessage,
  schemaMessage,
  syntaxMessage,
  word,
  type CliFatalKind,
  type MessageLanguage,
  type SchemaIssue,
} from './messages.js';
import {missingTranslations} from './translations.js';

export type Severity = 'error' | 'warning';

/** One thing found, where it is, and what it means. */
export interface Finding {
  readonly severity: Severity;
  /** Who found it: the JSON reading, the feed module, the JSON Schema, or the file's bytes. */
  readonly source: 'json' | 'feed' | 'schema' | 'file';
  /** A feed-module problem code, a fatal kind, `schema:KEYWORD`, `duplicate-key` or `invalid-utf8`. */
  readonly code: string;
  /** `periods[1].promises[0].area` */
  readonly path: string;
  readonly segments: readonly PathSegment[];
  readonly line: number;
  readonly column: number;
  /** 0-based offset in the text (a byte order mark not counted). */
  readonly offset: number;
  /** False when the path is not in the file (a missing field): the position is its parent's. */
  readonly exact: boolean;
  readonly message: string;
  readonly params: Readonly<Record<string, string | number>>;
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
  readonly message: string;
}

export interface CheckResult {
  /** A problem that keeps the widget from showing the feed at all. */
  readonly fatal?: Finding;
  /** Everything else, in the order it stands in the file. */
  readonly findings: readonly Finding[];
  /** Texts without `language` (the one asked for). */
  readonly missingTranslations: readonly TranslationGap[];
  readonly language: string;
  /** The normalized feed, when it is not fatally broken. */
  readonly feed?: Feed;
  /** Errors, the fatal one included. */
  readonly errors: number;
  readonly warnings: number;
  readonly positions?: JsonPositions;
}

export interface CheckOptions {
  /** Language of the messages (default `sv`). */
  readonly lang?: MessageLanguage;
  /** Language whose missing translations are listed (default: `lang`). */
  readonly translationLanguage?: string;
  /** The JSON Schema check (schema-check.ts); absent: no schema check. */
  readonly schemaCheck?: (value: unknown) => SchemaIssue[];
  /** feed-format-1.schema.json, for the translators' report; absent: no report. */
  readonly schema?: Readonly<Record<string, unknown>>;
  /** The file's bytes were not UTF-8: report where the first U+FFFD stands. */
  readonly invalidUtf8?: boolean;
}

/** Unknown fields (a typo?) and duplicate ids (still shown) and ids turned into slugs lose nothing on the page. */
export function severityOf(problem: Problem): Severity {
  if (problem.code === 'unknown-field' || problem.code === 'duplicate-id') return 'warning';
  if (problem.code === 'invalid-value' && problem.params['derived'] !== undefined) return 'warning';
  return 'error';
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

function isObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether `path` is `ancestor` or inside it (`a.b[0]` is inside `a.b`). */
function within(path: string, ancestor: string): boolean {
  return path === ancestor || path.startsWith(`${ancestor}.`) || path.startsWith(`${ancestor}[`);
}

export function checkFeedText(source: string, options: CheckOptions = {}): CheckResult {
  const lang = options.lang ?? 'sv';
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  const findings: Finding[] = [];
  const language = options.translationLanguage ?? lang;

  const result = parseFeed(source);
  if (!result.ok && result.error.kind === 'too-large') {
    const fatal = fatalFinding('too-large', [], {line: 1, column: 1, offset: 0, exact: true}, lang, {
      length: source.length,
      limit: MAX_FEED_CHARACTERS,
    });
    return {fatal, findings, missingTranslations: [], language, errors: 1, warnings: 0};
  }

  const positions = mapJsonPositions(source);
  const at = (segments: readonly PathSegment[], key = false) => positions.locate(segments, {key});

  if (options.invalidUtf8) {
    const offset = Math.max(0, text.indexOf('\uFFFD'));
    findings.push({
      severity: 'error',
      source: 'file',
      code: 'invalid-utf8',
      path: '(feed)',
      segments: [],
      ...positions.position(offset),
      exact: true,
      message: word('invalidUtf8', lang),
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
        message: word('duplicateKey', lang, {field: `"${field}"`, line: duplicate.first.line}),
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
      const detail = syntax ? syntaxMessage(syntax.kind, lang, syntax.found) : result.error.message;
      fatal = fatalFinding(
        'not-json',
        syntax?.segments ?? [],
        syntax ? {...syntax.position, exact: true} : {line: 1, column: 1, offset: 0, exact: false},
        lang,
        {detail, ...(syntax ? {syntax: syntax.kind, found: syntax.found} : {})}
      );
    } else if (kind === 'not-object') {
      fatal = fatalFinding('not-object', [], at([]), lang, {found: describeType(raw)});
    } else if (kind === 'format') {
      const format = isObject(raw) ? raw['format'] : undefined;
      fatal = fatalFinding('format', ['format'], at(['format']), lang, format === undefined ? {} : {found: JSON.stringify(format)});
    } else if (kind === 'no-periods') {
      const periods = isObject(raw) ? raw['periods'] : undefined;
      const detail =
        periods === undefined ? 'missing' : !Array.isArray(periods) ? 'wrong-type' : periods.length === 0 ? 'empty' : 'none-usable';
      fatal = fatalFinding('no-periods', ['periods'], at(['periods']), lang, {detail});
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
      message: problemMessage(problem, lang),
      params: problem.params,
    });
  }

  // The schema's errors where the feed module said nothing about the same place.
  if (parsed && options.schemaCheck && (result.ok || fatal?.code !== 'not-object')) {
    const covering = problems.filter((problem) => problem.code !== 'unknown-field').map((problem) => problem.path);
    for (const issue of options.schemaCheck(raw)) {
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
        message: schemaMessage(issue, lang),
        params: issue.params,
      });
    }
  }

  const gaps: TranslationGap[] = [];
  if (result.ok && options.schema) {
    const missingLanguage = languageName(language, lang);
    for (const gap of missingTranslations(raw, options.schema, language)) {
      gaps.push({
        path: formatPath(gap.segments),
        segments: gap.segments,
        ...withoutExact(at(gap.segments)),
        has: gap.has,
        message: word('missingLanguage', lang, {language: missingLanguage}),
      });
    }
  }

  findings.sort((a, b) => a.offset - b.offset || (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  const errors = findings.filter((finding) => finding.severity === 'error').length + (fatal ? 1 : 0);
  const warnings = findings.length - (errors - (fatal ? 1 : 0));
  return {
    ...(fatal ? {fatal} : {}),
    findings,
    missingTranslations: gaps,
    language,
    ...(result.ok ? {feed: result.feed} : {}),
    errors,
    warnings,
    positions,
  };
}

function withoutExact<T extends {exact: boolean}>(value: T): Omit<T, 'exact'> {
  const {exact: _exact, ...rest} = value;
  void _exact;
  return rest;
}

function fatalFinding(
  kind: CliFatalKind,
  segments: readonly PathSegment[],
  where: {line: number; column: number; offset: number; exact: boolean},
  lang: MessageLanguage,
  params: Record<string, string | number>
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
    message: fatalMessage(kind, lang, params),
    params,
  };
}

/** A fatal problem of the file itself (cannot be read, wrong encoding), as a result. */
export function fileFailure(
  kind: 'unreadable' | 'encoding',
  lang: MessageLanguage,
  params: Record<string, string | number>
): CheckResult {
  return {
    fatal: fatalFinding(kind, [], {line: 1, column: 1, offset: 0, exact: false}, lang, params),
    findings: [],
    missingTranslations: [],
    language: lang,
    errors: 1,
    warnings: 0,
  };
}

/** "2 fel, 1 varning" for a result. */
export function resultSummary(result: CheckResult, lang: MessageLanguage): string {
  return countsMessage(result.errors, result.warnings, lang);
}
