/**
 * The fields of each kind of object in format 1, and the values an
 * enumerated field allows (FEED_ENUMS), as the parser reads them. Anything
 * else in a feed is reported as an unknown field.
 *
 * The kinds are named after the JSON Schema's definitions, lower case
 * (`period` is `#/$defs/Period`; `feed` is the schema's root), so that
 * test/feed/schema-agreement.test.ts can hold the two against each other:
 * the same kinds, the same fields, the same required fields, the same
 * allowed values. A field added to only one of them fails that test.
 */
export const FEED_FIELDS = {
  feed: ['$schema', 'format', 'language', 'title', 'intro', 'parties', 'periods', 'contacts', 'links', 'updated', 'url'],
  period: ['id', 'title', 'from', 'to', 'intro', 'promises', 'outcome', 'signatories', 'links'],
  promise: ['id', 'area', 'promise', 'by', 'places', 'background', 'followUp', 'activities', 'targets', 'outcome'],
  party: ['id', 'name', 'kind', 'url'],
  activity: ['text', 'by', 'targets', 'result', 'status'],
  target: ['label', 'unit', 'baseline', 'goal', 'actual'],
  baseline: ['year', 'value'],
  goal: ['year', 'value', 'change', 'direction', 'atLeast'],
  actual: ['year', 'value', 'approximate'],
  outcome: ['status', 'summary', 'done', 'notDone', 'updated'],
  item: ['text', 'by'],
  signatory: ['name', 'role', 'party', 'date'],
  contact: ['organization', 'name', 'role', 'phone', 'email', 'url', 'address'],
  link: ['text', 'url'],
  /** A unit's plural forms: a Text per CLDR plural category. */
  pluralUnit: ['zero', 'one', 'two', 'few', 'many', 'other'],
} as const;

export type FeedObjectKind = keyof typeof FEED_FIELDS;

/** An outcome's or an activity's `status`. */
export const STATUSES = ['fulfilled', 'partly-fulfilled', 'not-fulfilled', 'ongoing'] as const;

/** A party's `kind`. */
export const PARTY_KINDS = ['police', 'municipality', 'other'] as const;

/** A goal's `direction`. */
export const DIRECTIONS = ['increase', 'decrease'] as const;

/** The `unit` values that are keywords rather than a unit in words. */
export const UNIT_KEYWORDS = ['count', 'percent'] as const;

/** Where each enumeration is used: `kind.field`. */
export const FEED_ENUMS = {
  'party.kind': PARTY_KINDS,
  'activity.status': STATUSES,
  'outcome.status': STATUSES,
  'target.unit': UNIT_KEYWORDS,
  'goal.direction': DIRECTIONS,
} as const;
