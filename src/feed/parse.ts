/**
 * Reads a promise feed (format 1) into the normalized `Feed`, following the
 * format's "Bad input" rules: a fatal problem stops everything; anything
 * else is reported with its JSON path while the rest is kept.
 *
 * Only known fields are copied, one by one, into new objects, so keys such
 * as `__proto__` in a feed can never reach a prototype.
 */
import {parseFeedDate, startOf} from './dates.js';
import {LANGUAGE_TAG} from './language.js';
import {MAX_FEED_CHARACTERS, MAX_ITEMS, MAX_RICH_TEXT_NODES, MAX_TEXT_CHARACTERS} from './limits.js';
import {formatPath} from './path.js';
import {parseRichText} from './rich-text.js';
import type {
  Activity,
  Block,
  CitizenPromise,
  Contact,
  FeedDate,
  Goal,
  Item,
  Link,
  LocalizedRichText,
  LocalizedText,
  Outcome,
  OutcomeStatus,
  ParseResult,
  Party,
  PathSegment,
  PluralCategory,
  Period,
  Problem,
  ProblemCode,
  Signatory,
  Target,
} from './types.js';
import {safeUrl} from './url.js';

export const FORMAT = 'medborgar-loften/1';

/**
 * Where a value stands in the feed: its key or index and the path of what
 * holds it; `ROOT` (null) is the feed itself. Why a chain and not an array
 * of segments, as first written: every field read copied its parent's
 * array (`[...path, key]`), tens of thousands of arrays for a large feed,
 * and nearly all of them were thrown away unreported. A link is one small
 * object, and the segments are only spelled out for a problem.
 */
type Path = {readonly parent: Path; readonly key: PathSegment} | null;
type JsonObject = Readonly<Record<string, unknown>>;

const ROOT: Path = null;

function at(parent: Path, key: PathSegment): Path {
  return {parent, key};
}

function segmentsOf(path: Path): PathSegment[] {
  const segments: PathSegment[] = [];
  for (let link = path; link !== null; link = link.parent) segments.push(link.key);
  return segments.reverse();
}

const SLUG = /^[a-z0-9-]+$/;
const PLURAL_CATEGORIES: readonly PluralCategory[] = ['zero', 'one', 'two', 'few', 'many', 'other'];
const STATUSES: readonly OutcomeStatus[] = [
  'fulfilled',
  'partly-fulfilled',
  'not-fulfilled',
  'ongoing',
];

/** Fields each kind of object may have; anything else is reported. */
const KNOWN_FIELDS = {
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
} as const;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

/**
 * A short rendering of a feed value for messages and params. Why not
 * `JSON.stringify(value)`, as first written: on a hostile value nested
 * 100,000 arrays deep it threw "Maximum call stack size exceeded" out of
 * `parseFeed` (which must never throw), and a megabyte string was copied
 * whole into the message.
 */
function preview(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value);
  if (typeof value === 'object' && value !== null) return describeType(value);
  return String(value);
}

/** Collects problems while one feed is read. */
class FeedReader {
  readonly problems: Problem[] = [];
  language = 'sv';
  /**
   * Where each read party, period and promise stood in the feed, for the
   * duplicate ids that `uniqueIds` reports after filtering. Only those: why,
   * the map held every item of every list (8,000 in a large feed) and its
   * upkeep in each garbage collection was a third of the parse time.
   */
  readonly origin = new WeakMap<object, Path>();
  /** Shared by every rich text of the feed (see MAX_RICH_TEXT_NODES). */
  readonly richTextBudget = {remaining: MAX_RICH_TEXT_NODES};
  private reportedRichTextBudget = false;
  private partyIds = new Set<string>();

  report(
    code: ProblemCode,
    path: Path,
    message: string,
    params: Record<string, string | number> = {}
  ): void {
    const segments = segmentsOf(path);
    this.problems.push({code, path: formatPath(segments), segments, message, params});
  }

  /** Own fields only: a feed's `constructor` or `__proto__` is just an unknown key. */
  field(object: JsonObject, key: string): unknown {
    return Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined;
  }

  checkFields(object: JsonObject, known: readonly string[], path: Path): void {
    for (const key of Object.keys(object)) {
      if (!known.includes(key)) {
        this.report('unknown-field', at(path, key), `Unknown field "${key}" is ignored (a typo?).`, {field: key});
      }
    }
  }

  wrongType(path: Path, expected: string, value: unknown, consequence: string): void {
    this.report(
      'wrong-type',
      path,
      `Expected ${expected}, found ${describeType(value)}; ${consequence}.`,
      {expected, found: describeType(value)}
    );
  }

  /** A required field: reported and undefined when absent or unreadable. */
  required<T>(
    object: JsonObject,
    key: string,
    path: Path,
    what: string,
    read: (value: unknown, path: Path, consequence: string) => T | undefined
  ): T | undefined {
    const value = this.field(object, key);
    const consequence = `the ${what} is left out`;
    if (value === undefined) {
      this.report('missing-required', at(path, key), `Required field "${key}" is missing; ${consequence}.`, {
        field: key,
        item: what,
      });
      return undefined;
    }
    return read(value, at(path, key), consequence);
  }

  /** An optional field: undefined when absent; reported and ignored when unreadable. */
  optional<T>(
    object: JsonObject,
    key: string,
    path: Path,
    read: (value: unknown, path: Path, consequence: string) => T | undefined
  ): T | undefined {
    const value = this.field(object, key);
    return value === undefined ? undefined : read(value, at(path, key), 'it is ignored');
  }

  // --- values -------------------------------------------------------------

  string = (value: unknown, path: Path, consequence: string): string | undefined => {
    if (typeof value !== 'string') {
      this.wrongType(path, 'a string', value, consequence);
      return undefined;
    }
    if (value.trim() === '') {
      this.report('empty-text', path, `The text is empty; ${consequence}.`);
      return undefined;
    }
    return this.limitLength(value, path);
  };

  private limitLength(value: string, path: Path): string {
    if (value.length <= MAX_TEXT_CHARACTERS) return value;
    this.report(
      'text-too-long',
      path,
      `The text is ${value.length} characters long; only the first ${MAX_TEXT_CHARACTERS} are shown.`,
      {length: value.length, limit: MAX_TEXT_CHARACTERS}
    );
    // Never half a character: a cut between the two halves of a surrogate
    // pair (an emoji, say) would leave a lone half that shows as "�".
    const end = /[\uD800-\uDBFF]/.test(value[MAX_TEXT_CHARACTERS - 1]!) ? MAX_TEXT_CHARACTERS - 1 : MAX_TEXT_CHARACTERS;
    return value.slice(0, end);
  }

  text = (value: unknown, path: Path, consequence: string): LocalizedText | undefined => {
    if (typeof value === 'string') {
      const text = this.string(value, path, consequence);
      return text === undefined ? undefined : {[this.language]: text};
    }
    if (!isObject(value)) {
      this.wrongType(path, 'a text (a string or an object of translations)', value, consequence);
      return undefined;
    }
    const translations: Record<string, string> = {};
    let usable = false;
    // Keys, not entries: no [tag, translation] pair is made for each text.
    for (const tag of Object.keys(value)) {
      const translation = value[tag];
      if (!LANGUAGE_TAG.test(tag)) {
        this.report(
          'invalid-language-tag',
          at(path, tag),
          `"${tag}" is not a language tag (such as "sv" or "en"); this translation is ignored.`,
          {tag}
        );
        continue;
      }
      if (typeof translation !== 'string') {
        this.wrongType(at(path, tag), 'a string', translation, 'this translation is ignored');
        continue;
      }
      if (translation.trim() === '') continue;
      translations[tag] =
        translation.length <= MAX_TEXT_CHARACTERS ? translation : this.limitLength(translation, at(path, tag));
      usable = true;
    }
    if (!usable) {
      this.report('empty-text', path, `The text has no usable translation; ${consequence}.`);
      return undefined;
    }
    return translations;
  };

  richText = (value: unknown, path: Path, consequence: string): LocalizedRichText | undefined => {
    const text = this.text(value, path, consequence);
    if (!text) return undefined;
    const result: Record<string, readonly Block[]> = {};
    for (const tag of Object.keys(text)) {
      const parsed = parseRichText(text[tag]!, this.richTextBudget);
      const where = typeof value === 'string' ? path : at(path, tag);
      for (const url of parsed.refusedUrls) {
        this.report(
          'unsafe-url',
          where,
          `The link to "${url}" is not allowed (only https:, http:, mailto:, tel: or relative URLs); its text is shown without a link.`,
          {url}
        );
      }
      if (parsed.budgetExhausted && !this.reportedRichTextBudget) {
        this.reportedRichTextBudget = true;
        this.report(
          'too-much-markup',
          where,
          `The feed has more than ${MAX_RICH_TEXT_NODES} pieces of formatting (paragraphs, bullets, links, emphasis); from here on, texts are shown as plain text.`,
          {limit: MAX_RICH_TEXT_NODES}
        );
      }
      result[tag] = parsed.blocks;
    }
    return result;
  };

  url = (value: unknown, path: Path, consequence: string): string | undefined => {
    const raw = this.string(value, path, consequence);
    if (raw === undefined) return undefined;
    const url = safeUrl(raw);
    if (url === null) {
      this.report(
        'unsafe-url',
        path,
        `"${raw}" is not an allowed URL (only https:, http:, mailto:, tel: or relative URLs); it is left out.`,
        {url: raw}
      );
      return undefined;
    }
    return url;
  };

  date = (value: unknown, path: Path, consequence: string): FeedDate | undefined => {
    const date = parseFeedDate(value);
    if (date === null) {
      this.report(
        'invalid-date',
        path,
        `${preview(value)} is not a date (use "2021", "2021-05" or "2021-05-12"); it is treated as absent.`,
        {value: preview(value)}
      );
      return undefined;
    }
    void consequence;
    return date;
  };

  number = (value: unknown, path: Path, consequence: string): number | undefined => {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      this.wrongType(path, 'a number', value, consequence);
      return undefined;
    }
    return value;
  };

  year = (value: unknown, path: Path, consequence: string): number | undefined => {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1000 || value > 9999) {
      this.wrongType(path, 'a year as a whole number (such as 2021)', value, consequence);
      return undefined;
    }
    return value;
  };

  boolean = (value: unknown, path: Path, consequence: string): boolean | undefined => {
    if (typeof value !== 'boolean') {
      this.wrongType(path, 'true or false', value, consequence);
      return undefined;
    }
    return value;
  };

  oneOf<T extends string>(allowed: readonly T[]) {
    return (value: unknown, path: Path, consequence: string): T | undefined => {
      if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
      this.report(
        'invalid-value',
        path,
        `${preview(value)} is not one of ${allowed.map((a) => `"${a}"`).join(', ')}; ${consequence}.`,
        {value: preview(value), allowed: allowed.join(', ')}
      );
      return undefined;
    };
  }

  /** An id: a slug. A string that is not one is turned into one, with a warning. */
  slug = (value: unknown, path: Path, consequence: string): string | undefined => {
    const id = this.string(value, path, consequence);
    if (id === undefined) return undefined;
    if (SLUG.test(id)) return id;
    const derived = id
      .toLowerCase()
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');
    if (derived === '') {
      this.report('invalid-value', path, `"${id}" is not an id (letters a–z, digits and "-"); ${consequence}.`, {value: id});
      return undefined;
    }
    this.report('invalid-value', path, `"${id}" is not an id (letters a–z, digits and "-"); "${derived}" is used instead.`, {
      value: id,
      derived,
    });
    return derived;
  };

  /**
   * Items of an array; unreadable items are left out by `read`. With
   * `remember`, each item's place is kept in `origin` (for `uniqueIds`).
   */
  array<T>(read: (value: unknown, path: Path) => T | undefined, remember = false) {
    return (value: unknown, path: Path, consequence: string): T[] | undefined => {
      if (!Array.isArray(value)) {
        this.wrongType(path, 'an array', value, consequence);
        return undefined;
      }
      if (value.length > MAX_ITEMS) {
        this.report(
          'too-many-items',
          path,
          `The list has ${value.length} items; only the first ${MAX_ITEMS} are read.`,
          {count: value.length, limit: MAX_ITEMS}
        );
      }
      const items: T[] = [];
      const length = Math.min(value.length, MAX_ITEMS);
      for (let index = 0; index < length; index++) {
        // A loop, not slice + forEach: no copy of the list, no closure. Holes
        // are skipped, as forEach did: an already-parsed value may be sparse.
        if (!(index in value)) continue;
        const itemPath = at(path, index);
        const result = read(value[index], itemPath);
        if (result === undefined) continue;
        if (remember && typeof result === 'object' && result !== null) this.origin.set(result, itemPath);
        items.push(result);
      }
      return items;
    };
  }

  /** An object of a known kind; anything else is left out. */
  private object(value: unknown, path: Path, what: string, known: readonly string[]): JsonObject | undefined {
    if (!isObject(value)) {
      this.wrongType(path, `an object (a ${what})`, value, `the ${what} is left out`);
      return undefined;
    }
    this.checkFields(value, known, path);
    return value;
  }

  partyIdList = (value: unknown, path: Path, consequence: string): string[] | undefined => {
    if (!Array.isArray(value)) {
      this.wrongType(path, 'an array of party ids', value, consequence);
      return undefined;
    }
    // Cut like every other list. Why: `by` was the one list read whole, so
    // 1,000,000 junk ids made 1,000,000 reports.
    if (value.length > MAX_ITEMS) {
      this.report('too-many-items', path, `The list has ${value.length} items; only the first ${MAX_ITEMS} are read.`, {
        count: value.length,
        limit: MAX_ITEMS,
      });
    }
    const ids: string[] = [];
    const length = Math.min(value.length, MAX_ITEMS);
    for (let index = 0; index < length; index++) {
      if (!(index in value)) continue;
      const id: unknown = value[index];
      if (typeof id !== 'string') {
        this.wrongType(at(path, index), 'a party id (a string)', id, 'it is ignored');
      } else if (this.partyIds.has(id)) {
        if (!ids.includes(id)) ids.push(id);
      } else {
        this.report(
          'unknown-party',
          at(path, index),
          `${preview(id)} names no party in "parties"; it is ignored.`,
          {value: preview(id)}
        );
      }
    }
    return ids.length ? ids : undefined;
  };

  /**
   * A single party id (a signatory's `party`). Why not `partyIdList([v])`:
   * that reported an unknown party at `party[0]`, a path that is not in the
   * feed, and called a number or an object an unknown party, not a wrong type.
   */
  partyId = (value: unknown, path: Path, consequence: string): string | undefined => {
    if (typeof value !== 'string') {
      this.wrongType(path, 'a party id', value, consequence);
      return undefined;
    }
    if (this.partyIds.has(value)) return value;
    this.report('unknown-party', path, `${preview(value)} names no party in "parties"; it is ignored.`, {
      value: preview(value),
    });
    return undefined;
  };

  // --- items ---------------------------------------------------------------

  party = (value: unknown, path: Path): Party | undefined => {
    const raw = this.object(value, path, 'party', KNOWN_FIELDS.party);
    if (!raw) return undefined;
    const id = this.required(raw, 'id', path, 'party', this.slug);
    const name = this.required(raw, 'name', path, 'party', this.text);
    if (id === undefined || name === undefined) return undefined;
    return withoutUndefined({
      id,
      name,
      kind: this.optional(raw, 'kind', path, this.oneOf(['police', 'municipality', 'other'] as const)),
      url: this.optional(raw, 'url', path, this.url),
    });
  };

  parties(value: unknown, path: Path): Party[] {
    const parties = this.array(this.party, true)(value, path, 'no parties are read') ?? [];
    // Like periods and promises: later duplicates are shown under a derived
    // id, reported where they stand in the feed. Why: duplicates used to be
    // dropped (the format keeps them) and reported at their index among the
    // parties read, which is wrong once an earlier party was left out.
    const unique = uniqueIds(parties, this, 'party');
    for (const party of unique) this.partyIds.add(party.id);
    return unique;
  }

  target = (value: unknown, path: Path): Target | undefined => {
    const raw = this.object(value, path, 'target', KNOWN_FIELDS.target);
    if (!raw) return undefined;
    const label = this.required(raw, 'label', path, 'target', this.text);
    if (label === undefined) return undefined;
    const unit = this.optional(raw, 'unit', path, this.unit);
    const baseline = this.optional(raw, 'baseline', path, (v, p, c) => {
      const b = this.measure(v, p, c, KNOWN_FIELDS.baseline);
      return b && withoutUndefined({year: b.year, value: b.value});
    });
    const actual = this.optional(raw, 'actual', path, (v, p, c) => {
      const a = this.measure(v, p, c, KNOWN_FIELDS.actual);
      if (!a || !isObject(v)) return undefined;
      const approximate = this.optional(v, 'approximate', p, this.boolean);
      return withoutUndefined({year: a.year, value: a.value, approximate: approximate || undefined});
    });
    const goal = this.optional(raw, 'goal', path, this.goal);
    return withoutUndefined({label, unit, baseline, goal, actual});
  };

  /** "count", "percent", a Text, or plural forms: an object with the key `other` (no language tag is spelled so). */
  unit = (value: unknown, path: Path, consequence: string): Target['unit'] | undefined => {
    if (value === 'count' || value === 'percent') return value;
    if (!isObject(value) || !Object.prototype.hasOwnProperty.call(value, 'other')) return this.text(value, path, consequence);
    const forms: Partial<Record<PluralCategory, LocalizedText>> = {};
    for (const key of Object.keys(value)) {
      if (!(PLURAL_CATEGORIES as readonly string[]).includes(key)) {
        this.report(
          'invalid-value',
          at(path, key),
          `"${key}" is not a plural category (${PLURAL_CATEGORIES.join(', ')}); this form is ignored.`,
          {value: key, allowed: PLURAL_CATEGORIES.join(', ')}
        );
        continue;
      }
      const form = this.text(value[key], at(path, key), 'this form is ignored');
      if (form) forms[key as PluralCategory] = form;
    }
    const other = forms.other;
    return other ? {forms: {...forms, other}} : undefined;
  };

  private measure(
    value: unknown,
    path: Path,
    consequence: string,
    known: readonly string[]
  ): {year?: number; value: number} | undefined {
    if (!isObject(value)) {
      this.wrongType(path, 'an object with "value"', value, consequence);
      return undefined;
    }
    this.checkFields(value, known, path);
    const number = this.required(value, 'value', path, 'measure', this.number);
    if (number === undefined) return undefined;
    return {year: this.optional(value, 'year', path, this.year), value: number};
  }

  goal = (value: unknown, path: Path, consequence: string): Goal | undefined => {
    if (!isObject(value)) {
      this.wrongType(path, 'an object', value, consequence);
      return undefined;
    }
    this.checkFields(value, KNOWN_FIELDS.goal, path);
    const goal = withoutUndefined({
      year: this.optional(value, 'year', path, this.year),
      value: this.optional(value, 'value', path, this.number),
      change: this.optional(value, 'change', path, this.number),
      direction: this.optional(value, 'direction', path, this.oneOf(['increase', 'decrease'] as const)),
      atLeast: this.optional(value, 'atLeast', path, this.boolean),
    });
    return Object.keys(goal).length ? goal : undefined;
  };

  item = (value: unknown, path: Path): Item | undefined => {
    // An Item is rich text (a string or an object of translations) or
    // `{text, by}`: only the latter has a `text` or `by` field.
    const isTextObject = isObject(value) && !('text' in value) && !('by' in value);
    if (!isObject(value) || isTextObject) {
      const text = this.richText(value, path, 'the item is left out');
      return text && {text};
    }
    this.checkFields(value, KNOWN_FIELDS.item, path);
    const text = this.required(value, 'text', path, 'item', this.richText);
    if (text === undefined) return undefined;
    return withoutUndefined({text, by: this.optional(value, 'by', path, this.partyIdList)});
  };

  outcome = (value: unknown, path: Path, consequence: string): Outcome | undefined => {
    if (!isObject(value)) {
      this.wrongType(path, 'an object (an outcome)', value, consequence);
      return undefined;
    }
    this.checkFields(value, KNOWN_FIELDS.outcome, path);
    const outcome = withoutUndefined({
      status: this.optional(value, 'status', path, this.oneOf(STATUSES)),
      summary: this.optional(value, 'summary', path, this.richText),
      done: nonEmpty(this.optional(value, 'done', path, this.array(this.item))),
      notDone: nonEmpty(this.optional(value, 'notDone', path, this.array(this.item))),
      updated: this.optional(value, 'updated', path, this.date),
    });
    return Object.keys(outcome).length ? outcome : undefined;
  };

  activity(promiseBy: readonly string[] | undefined) {
    return (value: unknown, path: Path): Activity | undefined => {
      const raw = this.object(value, path, 'activity', KNOWN_FIELDS.activity);
      if (!raw) return undefined;
      const text = this.required(raw, 'text', path, 'activity', this.richText);
      if (text === undefined) return undefined;
      return withoutUndefined({
        text,
        by: this.optional(raw, 'by', path, this.partyIdList) ?? promiseBy,
        targets: nonEmpty(this.optional(raw, 'targets', path, this.array(this.target))),
        result: this.optional(raw, 'result', path, this.richText),
        status: this.optional(raw, 'status', path, this.oneOf(STATUSES)),
      });
    };
  }

  promise = (value: unknown, path: Path): CitizenPromise | undefined => {
    const raw = this.object(value, path, 'promise', KNOWN_FIELDS.promise);
    if (!raw) return undefined;
    const id = this.required(raw, 'id', path, 'promise', this.slug);
    const area = this.required(raw, 'area', path, 'promise', this.text);
    const promise = this.required(raw, 'promise', path, 'promise', this.richText);
    if (id === undefined || area === undefined || promise === undefined) return undefined;
    const by = this.optional(raw, 'by', path, this.partyIdList);
    return withoutUndefined({
      id,
      area,
      promise,
      by,
      places: nonEmpty(this.optional(raw, 'places', path, this.array((v, p) => this.text(v, p, 'the place is left out')))),
      background: this.optional(raw, 'background', path, this.richText),
      followUp: this.optional(raw, 'followUp', path, this.richText),
      activities: nonEmpty(this.optional(raw, 'activities', path, this.array(this.activity(by)))),
      targets: nonEmpty(this.optional(raw, 'targets', path, this.array(this.target))),
      outcome: this.optional(raw, 'outcome', path, this.outcome),
    });
  };

  signatory = (value: unknown, path: Path): Signatory | undefined => {
    const raw = this.object(value, path, 'signatory', KNOWN_FIELDS.signatory);
    if (!raw) return undefined;
    const name = this.required(raw, 'name', path, 'signatory', this.string);
    if (name === undefined) return undefined;
    return withoutUndefined({
      name,
      role: this.optional(raw, 'role', path, this.text),
      party: this.optional(raw, 'party', path, this.partyId),
      date: this.optional(raw, 'date', path, this.date),
    });
  };

  link = (value: unknown, path: Path): Link | undefined => {
    const raw = this.object(value, path, 'link', KNOWN_FIELDS.link);
    if (!raw) return undefined;
    const text = this.required(raw, 'text', path, 'link', this.text);
    if (text === undefined) return undefined;
    return withoutUndefined({text, url: this.optional(raw, 'url', path, this.url)});
  };

  contact = (value: unknown, path: Path): Contact | undefined => {
    const raw = this.object(value, path, 'contact', KNOWN_FIELDS.contact);
    if (!raw) return undefined;
    const contact = withoutUndefined({
      organization: this.optional(raw, 'organization', path, this.text),
      name: this.optional(raw, 'name', path, this.string),
      role: this.optional(raw, 'role', path, this.text),
      phone: this.optional(raw, 'phone', path, this.string),
      email: this.optional(raw, 'email', path, this.string),
      url: this.optional(raw, 'url', path, this.url),
      address: nonEmpty(
        this.optional(raw, 'address', path, this.array((v, p) => this.string(v, p, 'the line is left out')))
      ),
    });
    if (Object.keys(contact).length === 0) {
      this.report('item-dropped', path, 'The contact has nothing to show; it is left out.');
      return undefined;
    }
    return contact;
  };

  period = (value: unknown, path: Path): Period | undefined => {
    const raw = this.object(value, path, 'period', KNOWN_FIELDS.period);
    if (!raw) return undefined;
    const id = this.required(raw, 'id', path, 'period', this.slug);
    if (id === undefined) return undefined;
    let from: FeedDate | undefined;
    if (this.field(raw, 'from') === undefined) {
      this.report('period-without-from', at(path, 'from'), 'Required field "from" is missing; the period is shown last.', {
        field: 'from',
      });
    } else {
      from = this.date(this.field(raw, 'from'), at(path, 'from'), '');
      if (!from) {
        this.report('period-without-from', at(path, 'from'), 'The period has no readable "from"; it is shown last.', {
          field: 'from',
        });
      }
    }
    let to = this.optional(raw, 'to', path, this.date);
    if (from && to && startOf(to) < startOf(from)) {
      this.report('invalid-value', at(path, 'to'), 'The period ends before it starts; "to" is ignored.', {field: 'to'});
      to = undefined;
    }
    const promises = this.required(raw, 'promises', path, 'period', this.array(this.promise, true));
    // Missing or not an array is already reported (with "the period is left
    // out"). Why: a second report pointed at the same absent key.
    if (!promises) return undefined;
    if (promises.length === 0) {
      this.report(
        'period-without-promises',
        at(path, 'promises'),
        'The period has no usable promise; the period is left out.'
      );
      return undefined;
    }
    return withoutUndefined({
      id,
      title: this.optional(raw, 'title', path, this.text),
      from,
      to,
      intro: this.optional(raw, 'intro', path, this.richText),
      promises: uniqueIds(promises, this, 'promise'),
      outcome: this.optional(raw, 'outcome', path, this.outcome),
      signatories: nonEmpty(this.optional(raw, 'signatories', path, this.array(this.signatory))),
      links: nonEmpty(this.optional(raw, 'links', path, this.array(this.link))),
    });
  };
}

/**
 * Keeps the first item's id; later duplicates get `id-2`, `id-3`… so that
 * they are still shown and deep links stay unambiguous.
 */
function uniqueIds<T extends {readonly id: string}>(items: readonly T[], reader: FeedReader, what: string): T[] {
  const taken = new Set(items.map((item) => item.id));
  const seen = new Set<string>();
  return items.map((item) => {
    if (!seen.has(item.id)) {
      seen.add(item.id);
      return item;
    }
    let n = 2;
    while (taken.has(`${item.id}-${n}`)) n++;
    const id = `${item.id}-${n}`;
    taken.add(id);
    seen.add(id);
    reader.report(
      'duplicate-id',
      at(reader.origin.get(item) ?? ROOT, 'id'),
      `The ${what} id "${item.id}" is used twice; the first ${what} keeps it and this one is shown as "${id}".`,
      {id: item.id, derived: id}
    );
    return {...item, id};
  });
}

function nonEmpty<T>(items: T[] | undefined): T[] | undefined {
  return items && items.length ? items : undefined;
}

/**
 * Drops keys whose value is undefined, so normalized objects hold only what
 * the feed had. Why a copy and not `delete`, as first written: deleting a key
 * turns an object into a slow dictionary several times its size, and a large
 * feed makes ten thousand of them, all kept alive for the page.
 */
function withoutUndefined<T extends object>(object: T): {[K in keyof T]: Exclude<T[K], undefined>} {
  const result: Partial<T> = {};
  for (const key of Object.keys(object) as (keyof T)[]) {
    if (object[key] !== undefined) result[key] = object[key];
  }
  return result as {[K in keyof T]: Exclude<T[K], undefined>};
}

/**
 * Parses a feed from its JSON text (a UTF-8 byte order mark is fine) or from
 * an already-parsed value. Never throws.
 */
export function parseFeed(input: unknown): ParseResult {
  let json = input;
  if (typeof input === 'string') {
    if (input.length > MAX_FEED_CHARACTERS) {
      return {
        ok: false,
        error: {
          kind: 'too-large',
          message: `The feed is ${input.length} characters long; the limit is ${MAX_FEED_CHARACTERS}.`,
        },
      };
    }
    try {
      json = JSON.parse(input.replace(/^\uFEFF/, ''));
    } catch (error) {
      return {
        ok: false,
        error: {kind: 'not-json', message: `The feed is not valid JSON: ${(error as Error).message}`},
      };
    }
  }
  if (!isObject(json)) {
    return {
      ok: false,
      error: {kind: 'not-object', message: `The feed must be a JSON object, but it is ${describeType(json)}.`},
    };
  }
  const reader = new FeedReader();
  const format = reader.field(json, 'format');
  if (format !== FORMAT) {
    const found = typeof format === 'string' ? format : undefined;
    return {
      ok: false,
      error: {
        kind: 'format',
        found,
        message:
          format === undefined
            ? `The feed has no "format"; expected "${FORMAT}".`
            : `The feed is format ${preview(format)}; this version of the widget reads "${FORMAT}".`,
      },
    };
  }
  reader.checkFields(json, KNOWN_FIELDS.feed, ROOT);
  const language = reader.field(json, 'language');
  if (language !== undefined) {
    if (typeof language === 'string' && LANGUAGE_TAG.test(language)) reader.language = language;
    else reader.report('invalid-value', at(ROOT, 'language'), `${preview(language)} is not a language tag; "sv" is used.`, {
      value: preview(language),
    });
  }
  // Why not `field(…) ?? []`: that let `"parties": null` pass unreported,
  // where every other optional field of the wrong type is reported.
  const rawParties = reader.field(json, 'parties');
  const parties = rawParties === undefined ? [] : reader.parties(rawParties, at(ROOT, 'parties'));
  const rawPeriods = reader.field(json, 'periods');
  if (!Array.isArray(rawPeriods)) {
    return {
      ok: false,
      error: {
        kind: 'no-periods',
        message:
          rawPeriods === undefined
            ? 'The feed has no "periods".'
            : `"periods" must be an array, but it is ${describeType(rawPeriods)}.`,
      },
    };
  }
  const periods = reader.array(reader.period, true)(rawPeriods, at(ROOT, 'periods'), '') ?? [];
  if (periods.length === 0) {
    return {ok: false, error: {kind: 'no-periods', message: 'The feed has no usable period.'}};
  }
  const ordered = uniqueIds(periods, reader, 'period');
  // Newest first; Array.prototype.sort is stable, so equal starts keep the
  // feed's order, and periods without a readable start (0) come last.
  const start = (period: Period) => (period.from ? startOf(period.from) : 0);
  ordered.sort((a, b) => start(b) - start(a));

  const feed = withoutUndefined({
    format: FORMAT,
    language: reader.language,
    title: reader.optional(json, 'title', ROOT, reader.text),
    intro: reader.optional(json, 'intro', ROOT, reader.richText),
    parties,
    periods: ordered,
    contacts: reader.optional(json, 'contacts', ROOT, reader.array(reader.contact)) ?? [],
    links: reader.optional(json, 'links', ROOT, reader.array(reader.link)) ?? [],
    updated: reader.optional(json, 'updated', ROOT, reader.date),
    url: reader.optional(json, 'url', ROOT, reader.url),
  } as const);
  return {ok: true, feed, problems: reader.problems};
}
