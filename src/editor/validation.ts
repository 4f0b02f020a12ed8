/**
 * The one place the editor calls the validator: the same checks as
 * `medborgar-loften validate` (the feed module the widget runs, with each
 * problem's JSON path), on the very text that "Spara" writes, with messages
 * in the editor's language.
 */
import {checkFeedText} from '../cli/check.js';
import {countsMessage} from '../cli/messages.js';
import type {PathSegment} from '../feed/index.js';
import type {UiLocale} from '../locale.js';

export interface EditorFinding {
  readonly code: string;
  readonly severity: 'error' | 'warning';
  /** Where, as keys and indexes into the feed. */
  readonly segments: readonly PathSegment[];
  /** `periods[1].promises[0].area` */
  readonly path: string;
  readonly message: string;
  /** The widget cannot show the feed at all. */
  readonly fatal: boolean;
}

export interface Validation {
  /** In the order they stand in the file; the fatal problem first. */
  readonly findings: readonly EditorFinding[];
  readonly errors: number;
  readonly warnings: number;
}

/** A period the widget can show, to find out why none of a feed's own periods can be. */
const PROBE_PERIOD = {id: 'mle-probe', from: '2000', promises: [{id: 'p', area: 'p', promise: 'p'}]};

export function validateFeed(text: string, locale: UiLocale): Validation {
  const result = checkFeedText(text, {lang: locale});
  const findings: EditorFinding[] = [];
  if (result.fatal) {
    const {code, severity, segments, path, message} = result.fatal;
    findings.push({code, severity, segments, path, message, fatal: true});
  }
  let rest = result.findings;
  let errors = result.errors;
  let warnings = result.warnings;
  if (result.fatal?.code === 'no-periods') {
    // The feed module stops at "no usable period" and says nothing of why. A
    // person writing the first promise needs exactly that ("Område saknas"),
    // so the feed is checked once more with one usable period added after
    // its own, and the problems of everything else are kept.
    const probed = withProbePeriod(text);
    if (probed) {
      const probe = checkFeedText(probed.text, {lang: locale});
      rest = probe.findings.filter((finding) => !(finding.segments[0] === 'periods' && finding.segments[1] === probed.index));
      errors = 1 + rest.filter((finding) => finding.severity === 'error').length;
      warnings = rest.length - (errors - 1);
    }
  }
  for (const {code, severity, segments, path, message} of rest) {
    findings.push({code, severity, segments, path, message, fatal: false});
  }
  return {findings, errors, warnings};
}

function withProbePeriod(text: string): {text: string; index: number} | undefined {
  try {
    const doc: unknown = JSON.parse(text);
    if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return undefined;
    const periods = (doc as Record<string, unknown>)['periods'];
    if (!Array.isArray(periods)) return undefined;
    return {text: JSON.stringify({...doc, periods: [...periods, PROBE_PERIOD]}), index: periods.length};
  } catch {
    return undefined;
  }
}

/** "2 fel, 1 varning" in the editor's language, as a line of its own (a capital first). */
export function countsSummary(validation: Validation, locale: UiLocale): string {
  const counts = countsMessage(validation.errors, validation.warnings, locale);
  return counts.charAt(0).toLocaleUpperCase(locale) + counts.slice(1);
}

/** Why a text cannot be opened as a feed at all (not JSON, not an object), with where; undefined when it can. */
export function unreadableReason(text: string, locale: UiLocale): {message: string; line: number; column: number} | undefined {
  const fatal = checkFeedText(text, {lang: locale}).fatal;
  if (!fatal || (fatal.code !== 'not-json' && fatal.code !== 'not-object' && fatal.code !== 'too-large')) return undefined;
  return {message: fatal.message, line: fatal.line, column: fatal.column};
}
