/**
 * The one place the editor calls the validator (src/validate/): the same
 * checks as `medborgar-loften validate` (the feed module the widget runs,
 * the JSON Schema, duplicate keys), on the very text that "Spara" writes,
 * with messages in the editor's language.
 */
import type {PathSegment} from '../feed/index.js';
import type {UiLocale} from '../locale.js';
import {renderInLocale} from '../localization.js';
import {validateFeedText, type Finding} from '../validate/index.js';
import {countsSentence} from '../validate/messages.js';

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
  /** "2 fel och 1 varning", "Inga problem", in the editor's language. */
  readonly summary: string;
}

/** A period the widget can show, to find out why none of a feed's own periods can be. */
const PROBE_PERIOD = {id: 'mle-probe', from: '2000', promises: [{id: 'p', area: 'p', promise: 'p'}]};

const editorFinding = (finding: Finding, fatal: boolean): EditorFinding => ({
  code: finding.code,
  severity: finding.severity,
  segments: finding.segments,
  path: finding.path,
  message: finding.message,
  fatal,
});

export function validateFeed(text: string, locale: UiLocale): Validation {
  const result = validateFeedText(text, {lang: locale});
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
      const probe = validateFeedText(probed.text, {lang: locale});
      rest = probe.findings.filter((finding) => !(finding.segments[0] === 'periods' && finding.segments[1] === probed.index));
      errors = 1 + rest.filter((finding) => finding.severity === 'error').length;
      warnings = rest.length - (errors - 1);
    }
  }
  const findings = [...(result.fatal ? [editorFinding(result.fatal, true)] : []), ...rest.map((finding) => editorFinding(finding, false))];
  const summary = renderInLocale(locale, () => countsSentence(errors, warnings, locale));
  return {findings, errors, warnings, summary: summary.charAt(0).toLocaleUpperCase(locale) + summary.slice(1)};
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

/** Why a text cannot be opened as a feed at all (not JSON, not an object), with where; undefined when it can. */
export function unreadableReason(text: string, locale: UiLocale): {message: string; line: number; column: number} | undefined {
  const fatal = validateFeedText(text, {lang: locale, schema: false}).fatal;
  if (!fatal || (fatal.code !== 'not-json' && fatal.code !== 'not-object' && fatal.code !== 'too-large')) return undefined;
  return {message: fatal.message, line: fatal.line, column: fatal.column};
}
