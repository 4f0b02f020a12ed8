/**
 * The shape of format 1 as the editor walks it: each kind of object, its
 * fields, and what each field holds. The kinds, the fields and their order
 * are the feed module's own (FEED_FIELDS, which the parser reads and a test
 * holds to the JSON Schema); this module adds only what a form needs to know
 * of each field: the kind of value, and whether it is required. A field
 * added to the format without a kind here does not compile.
 * test/editor/fields.test.ts holds the kinds and the required fields against
 * the published JSON Schema.
 */
import {DIRECTIONS, FEED_FIELDS, PARTY_KINDS, STATUSES, type FeedObjectKind} from '../../feed/index.js';
import type {Path} from './json.js';

/** A kind of object of the feed (a unit's plural forms are edited as part of its unit). */
export type ObjectKind = Exclude<FeedObjectKind, 'pluralUnit'>;

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

type Kind = {readonly type: FieldType; readonly required?: boolean};

const text: Kind = {type: {kind: 'text'}};
const rich: Kind = {type: {kind: 'rich'}};
const date: Kind = {type: {kind: 'date'}};
const year: Kind = {type: {kind: 'year'}};
const number: Kind = {type: {kind: 'number'}};
const url: Kind = {type: {kind: 'url'}};
const flag: Kind = {type: {kind: 'flag'}};
const parties: Kind = {type: {kind: 'parties'}};
const status: Kind = {type: {kind: 'choice', values: STATUSES}};
const id: Kind = {type: {kind: 'slug'}, required: true};
const required = (kind: Kind): Kind => ({...kind, required: true});
const list = (of: ObjectKind): Kind => ({type: {kind: 'list', of}});
const object = (of: ObjectKind): Kind => ({type: {kind: 'object', of}});

/** What each field of each kind holds, for every field the feed module knows. */
const KINDS: {readonly [K in ObjectKind]: {readonly [F in (typeof FEED_FIELDS)[K][number]]: Kind}} = {
  feed: {
    $schema: {type: {kind: 'schema'}},
    format: {type: {kind: 'format'}, required: true},
    language: {type: {kind: 'language'}},
    title: text,
    intro: rich,
    parties: list('party'),
    periods: required(list('period')),
    contacts: list('contact'),
    links: list('link'),
    updated: date,
    url,
  },
  party: {id, name: required(text), kind: {type: {kind: 'choice', values: PARTY_KINDS}}, url},
  period: {
    id,
    title: text,
    from: required(date),
    to: date,
    intro: rich,
    promises: required(list('promise')),
    outcome: object('outcome'),
    signatories: list('signatory'),
    links: list('link'),
  },
  promise: {
    id,
    area: required(text),
    promise: required(rich),
    by: parties,
    places: {type: {kind: 'text-list'}},
    background: rich,
    followUp: rich,
    activities: list('activity'),
    targets: list('target'),
    outcome: object('outcome'),
  },
  activity: {text: required(rich), by: parties, targets: list('target'), result: rich, status},
  target: {label: required(text), unit: {type: {kind: 'unit'}}, baseline: object('baseline'), goal: object('goal'), actual: object('actual')},
  baseline: {year, value: required(number)},
  goal: {year, value: number, change: number, direction: {type: {kind: 'choice', values: DIRECTIONS}}, atLeast: flag},
  actual: {year, value: required(number), approximate: flag},
  outcome: {status, summary: rich, done: list('item'), notDone: list('item'), updated: date},
  item: {text: required(rich), by: parties},
  signatory: {name: required({type: {kind: 'string'}}), role: text, party: {type: {kind: 'party'}}, date},
  contact: {
    organization: text,
    name: {type: {kind: 'string'}},
    role: text,
    phone: {type: {kind: 'phone'}},
    email: {type: {kind: 'email'}},
    url,
    address: {type: {kind: 'string-list'}},
  },
  link: {text: required(text), url},
};

/** Each kind's fields, in the format's order. */
export const FIELDS: Readonly<Record<ObjectKind, readonly FieldSpec[]>> = Object.fromEntries(
  (Object.keys(KINDS) as ObjectKind[]).map((kind) => [
    kind,
    (FEED_FIELDS[kind] as readonly string[]).map((key) => ({key, ...(KINDS[kind] as Record<string, Kind>)[key]!})),
  ])
) as unknown as Record<ObjectKind, readonly FieldSpec[]>;

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
  let located: Located = {at: 'object', kind: 'feed', path: []};
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
