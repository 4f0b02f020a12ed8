/**
 * What every part of the form needs while it renders: the document, the
 * problems by the place they stand, the translation filter, and how to name
 * elements so that labels, hints and problems point at each other inside
 * the form's one shadow root.
 */
import type {JsonValue, Path} from '../model/json.js';
import {pathKey} from '../model/json.js';
import type {UiLocale} from '../../locale.js';

/**
 * What can be said beside a field: the validator's errors and warnings, and
 * the importer's notes on a draft it made (what it guessed, what to review,
 * what it could not place).
 */
export type RemarkKind = 'error' | 'warning' | 'problem' | 'review' | 'guess';

/** A problem or note as the form shows it beside a field. */
export interface FieldProblem {
  readonly severity: RemarkKind;
  readonly message: string;
  /** The language key the problem is inside, when it is one translation of a text. */
  readonly language?: string;
}

export interface FormContext {
  readonly doc: JsonValue;
  readonly feedLanguage: string;
  readonly locale: UiLocale;
  /** Party ids and their names, for `by` and a signatory's party. */
  readonly parties: readonly {readonly id: string; readonly name: string; readonly lang?: string}[];
  /** Problems by anchor key (see model/anchors.ts). */
  readonly problems: ReadonlyMap<string, readonly FieldProblem[]>;
  /** Show only the texts without English (and what holds them). */
  readonly onlyMissing: boolean;
  /** Keys of texts without English. */
  readonly gaps: ReadonlySet<string>;
  /** Keys of everything that holds a text without English. */
  readonly gapHolders: ReadonlySet<string>;
  /** Rich-text fields whose rendered preview is open. */
  readonly openPreviews: ReadonlySet<string>;
  /** The year new periods start in. */
  readonly year: number;
}

/** An element id for a place on the form; `part` tells apart the label, hint, problems… of one place. */
export function idFor(path: Path, part: string, language?: string): string {
  return `${part}-${pathKey(path) || 'feed'}${language ? `-${language}` : ''}`;
}

/** The value written into `data-edit`: what an input changes, read back by the form's one input handler. */
export interface EditTarget {
  readonly path: Path;
  /** How the input's value becomes the field's value. */
  readonly as:
    | 'text'
    | 'string'
    | 'number'
    | 'year'
    | 'flag'
    | 'choice'
    | 'party-toggle'
    | 'lines'
    | 'unit-kind';
  readonly language?: string;
  /** For party-toggle: which party. */
  readonly party?: string;
  /** For an outcome item written as a text alone: `by` turns it into `{text, by}`. */
  readonly textItem?: boolean;
}

export function editTarget(target: EditTarget): string {
  return JSON.stringify(target);
}

/** Whether the translation filter shows the place at `path`. */
export function shown(context: FormContext, path: Path): boolean {
  return !context.onlyMissing || context.gapHolders.has(pathKey(path)) || context.gaps.has(pathKey(path));
}

/** The problems that stand at `path`. */
export function problemsAt(context: FormContext, path: Path): readonly FieldProblem[] {
  return context.problems.get(pathKey(path)) ?? [];
}

/** A heading level, never past 6. */
export function level(n: number): number {
  return Math.min(6, Math.max(1, n));
}
