/**
 * The shape of format 1 as the editor walks it: each kind of object, its
 * fields in the order the feed format lists them, and what each field holds.
 * The forms are drawn from this, the saved file's keys are ordered by it,
 * translation gaps and the place of a problem are found with it.
 * test/editor/fields.test.ts holds it against the published JSON Schema, so
 * the two cannot drift apart.
 */
import type {Path} from './json.js';

export type ObjectKind =
  | 'document'
  | 'party'
  | 'period'
  | 'promise'
  | 'activity'
  | 'target'
  | 'baseline'
  | 'goal'
  | 'actual'
  | 'outcome'
  | 'item'
  | 'contact'
  | 'link'
  | 'signatory';

export const STATUSES = ['fulfilled', 'partly-fulfilled', 'not-fulfilled', 'ongoing'] as const;
export const PARTY_KINDS = ['police', 'municipality', 'other'] as const;
export const DIRECTIONS = ['increase', 'decrease'] as const;

/** What a field holds. */
export type FieldType =
  | {readonly kind: 'format'}
  | {readonly kind: 'schema'}
  | {readonly kind: 'language'}
  /** A Text: a string in the feed's language or an object of translations. */
  | {readonly kind: 'text'}
  /** A RichText: a Text with the Markdown subset. */
  | {readonly kind: 'rich'}
  | {readonly kind: 'string'}
  | {readonly kind: 'url'}
  | {readonly kind: 'email'}
  | {readonly kind: 'phone'}
  | {readonly kind: 'slug'}
  | {readonly kind: 'date'}
  | {readonly kind: 'year'}
  | {readonly kind: 'number'}
  | {readonly kind: 'flag'}
  | {readonly kind: 'choice'; readonly values: readonly string[]}
  /** A list of party ids (`by`). */
  | {readonly kind: 'parties'}
  /** One party id (a signatory's `party`). */
  | {readonly kind: 'party'}
  /** `count`, `percent`, a Text or plural forms. */
  | {readonly kind: 'unit'}
  | {readonly kind: 'object'; readonly of: ObjectKind}
  | {readonly kind: 'list'; readonly of: ObjectKind}
  | {readonly kind: 'text-list'}
  | {readonly kind: 'string-list'};

export interface FieldSpec {
  readonly key: string;
  readonly type: FieldType;
  readonly required?: boolean;
}

const text = {kind: 'text'} as const;
const rich = {kind: 'rich'} as const;
const slug = {kind: 'slug'} as const;
const date = {kind: 'date'} as const;
const year = {kind: 'year'} as const;
const number = {kind: 'number'} as const;
const url = {kind: 'url'} as const;
const parties = {kind: 'parties'} as const;
const status = {kind: 'choice', values: STATUSES} as const;
const list = (of: ObjectKind) => ({kind: 'list', of}) as const;
const object = (of: ObjectKind) => ({kind: 'object', of}) as const;

export const FIELDS: Readonly<Record<ObjectKind, readonly FieldSpec[]>> = {
  document: [
    {key: '$schema', type: {kind: 'schema'}},
    {key: 'format', type: {kind: 'format'}, required: true},
    {key: 'language', type: {kind: 'language'}},
    {key: 'title', type: text},
    {key: 'intro', type: rich},
    {key: 'parties', type: list('party')},
    {key: 'periods', type: list('period'), required: true},
    {key: 'contacts', type: list('contact')},
    {key: 'links', type: list('link')},
    {key: 'updated', type: date},
    {key: 'url', type: url},
  ],
  party: [
    {key: 'id', type: slug, required: true},
    {key: 'name', type: text, required: true},
    {key: 'kind', type: {kind: 'choice', values: PARTY_KINDS}},
    {key: 'url', type: url},
  ],
  period: [
    {key: 'id', type: slug, required: true},
    {key: 'title', type: text},
    {key: 'from', type: date, required: true},
    {key: 'to', type: date},
    {key: 'intro', type: rich},
    {key: 'promises', type: list('promise'), required: true},
    {key: 'outcome', type: object('outcome')},
    {key: 'signatories', type: list('signatory')},
    {key: 'links', type: list('link')},
  ],
  promise: [
    {key: 'id', type: slug, required: true},
    {key: 'area', type: text, required: true},
    {key: 'promise', type: rich, required: true},
    {key: 'by', type: parties},
    {key: 'places', type: {kind: 'text-list'}},
    {key: 'background', type: rich},
    {key: 'followUp', type: rich},
    {key: 'activities', type: list('activity')},
    {key: 'targets', type: list('target')},
    {key: 'outcome', type: object('outcome')},
  ],
  activity: [
    {key: 'text', type: rich, required: true},
    {key: 'by', type: parties},
    {key: 'targets', type: list('target')},
    {key: 'result', type: rich},
    {key: 'status', type: status},
  ],
  target: [
    {key: 'label', type: text, required: true},
    {key: 'unit', type: {kind: 'unit'}},
    {key: 'baseline', type: object('baseline')},
    {key: 'goal', type: object('goal')},
    {key: 'actual', type: object('actual')},
  ],
  baseline: [
    {key: 'year', type: year},
    {key: 'value', type: number, required: true},
  ],
  goal: [
    {key: 'year', type: year},
    {key: 'value', type: number},
    {key: 'change', type: number},
    {key: 'direction', type: {kind: 'choice', values: DIRECTIONS}},
    {key: 'atLeast', type: {kind: 'flag'}},
  ],
  actual: [
    {key: 'year', type: year},
    {key: 'value', type: number, required: true},
    {key: 'approximate', type: {kind: 'flag'}},
  ],
  outcome: [
    {key: 'status', type: status},
    {key: 'summary', type: rich},
    {key: 'done', type: list('item')},
    {key: 'notDone', type: list('item')},
    {key: 'updated', type: date},
  ],
  item: [
    {key: 'text', type: rich, required: true},
    {key: 'by', type: parties},
  ],
  contact: [
    {key: 'organization', type: text},
    {key: 'name', type: {kind: 'string'}},
    {key: 'role', type: text},
    {key: 'phone', type: {kind: 'phone'}},
    {key: 'email', type: {kind: 'email'}},
    {key: 'url', type: url},
    {key: 'address', type: {kind: 'string-list'}},
  ],
  link: [
    {key: 'text', type: text, required: true},
    {key: 'url', type: url},
  ],
  signatory: [
    {key: 'name', type: {kind: 'string'}, required: true},
    {key: 'role', type: text},
    {key: 'party', type: {kind: 'party'}},
    {key: 'date', type: date},
  ],
};

/** The spec of `key` in an object of `kind`, if the format knows it. */
export function fieldOf(kind: ObjectKind, key: string): FieldSpec | undefined {
  return FIELDS[kind].find((field) => field.key === key);
}

/** What stands at a path: an object of a kind, a field, or a step inside a field. */
export type Located =
  | {readonly at: 'object'; readonly kind: ObjectKind; readonly path: Path}
  | {readonly at: 'field'; readonly field: FieldSpec; readonly owner: ObjectKind; readonly path: Path};

/**
 * The deepest place along `path` that the format knows, walking from the
 * document: the object or field a problem at `path` belongs to. A path into
 * an unknown key ("promse") stops at the object holding it; a path inside a
 * text (a language key) stops at the text.
 */
export function locate(path: Path): Located {
  let located: Located = {at: 'object', kind: 'document', path: []};
  let i = 0;
  while (i < path.length) {
    if (located.at === 'object') {
      const segment = path[i];
      const field: FieldSpec | undefined = typeof segment === 'string' ? fieldOf(located.kind, segment) : undefined;
      if (!field) return located;
      located = {at: 'field', field, owner: located.kind, path: path.slice(0, i + 1)};
      i += 1;
      continue;
    }
    const type: FieldType = located.field.type;
    if (type.kind === 'object') {
      located = {at: 'object', kind: type.of, path: located.path};
      continue;
    }
    if (type.kind === 'list' && typeof path[i] === 'number') {
      located = {at: 'object', kind: type.of, path: path.slice(0, i + 1)};
      i += 1;
      continue;
    }
    return located;
  }
  return located;
}

/**
 * Whether an outcome item is written as a rich text alone ("Polisen har …"
 * or `{"sv": …, "en": …}`) rather than as `{text, by}`. An object with
 * neither `text` nor `by` but some key is translations: no language tag is
 * spelled `text` or `by`.
 */
export function isTextItem(value: unknown): boolean {
  if (typeof value === 'string') return true;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length > 0 && !keys.includes('text') && !keys.includes('by');
}
