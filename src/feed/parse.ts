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
import {DIRECTIONS, FEED_FIELDS, PARTY_KINDS, STATUSES, UNIT_KEYWORDS} from './fields.js';
import type {
  Activity,
  Block,
  CitizenPromise,
  Consequence,
  Contact,
  FeedDate,
  Goal,
  Item,
  ItemKind,
  Link,
  LocalizedRichText,
  LocalizedText,
  Outcome,
  ParseResult,
  Party,
  PathSegment,
  Period,
  PluralCategory,
  Problem,
  ProblemCode,
  Signatory,
  Target,
} from './types.js';
import {safeUrl} from './url.js';

export const FORMAT = 'medborgar-loften/1';

/**
 * Where a value stands in the feed: its key or index and the path of what
 * holds it; `ROOT` (null) is the feed itself. A chain of small links rather
 * than an array of segments per value: nearly every path is thrown away
 * unreported, so the segments are only spelled out for a problem.
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

/** What a problem does to the value: `consequence`, and for `item-left-out` the kind of item. */
interface Effect {
  readonly consequence: Consequence;
  readonly item?: ItemKind;
}

const IGNORED: Effect = {consequence: 'ignored'};
const leftOut = (item: ItemKind): Effect => ({consequence: 'item-left-out', item});

/** Field names and values of a problem, for sentences in any language. */
type Params = Record<string, string | number>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The JSON type of a value: `null`, `array`, `object`, `string`, `number` or `boolean`. */
function jsonType(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'array' : typeof value;
}

/**
 * A feed value for params: a string as JSON, cut at 80 characters; `[…]`
 * and `{…}` for containers. Never `JSON.stringify` of the whole value: a
 * hostile value nested 100,000 arrays deep would throw out of `parseFeed`
 * (which must never throw), and a megabyte string would be copied whole.
 */
function preview(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value);
  if (Array.isArray(value)) return '[…]';
  return typeof value === 'object' && value !== null ? '{…}' : String(value);
}

/** Collects problems while one feed is read. */
class FeedReader {
  readonly problems: Problem[] = [];
  language = 'sv';
  /**
   * Where each read party, period and promise stood in the feed, for the
   * duplicate ids that `uniqueIds` reports after filtering. Only those: a map
   * of every item of every list costs a third of the parse time of a large
   * feed in garbage collection.
   */
  readonly origin = new WeakMap<object, Path>();
  /** Shared by every rich text of the feed (see MAX_RICH_TEXT_NODES). */
  readonly richTextBudget = {remaining: MAX_RICH_TEXT_NODES};
  private reportedRichTextBudget = false;
  private partyIds = new Set<string>();

  report(code: ProblemCode, path: Path, effect: Effect, params: Params = {}): void {
    const segments = segmentsOf(path);
    const {consequence, item} = effect;
    if (item) params['item'] = item;
    const message = `${code} → ${consequence} ${JSON.stringify(params)}`;
    this.problems.push({code, path: formatPath(segments), segments, consequence, params, message});
  }

  /** Own fields only: a feed's `constructor` or `__proto__` is just an unknown key. */
  field(object: JsonObject, key: string): unknown {
    return Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined;
  }

  checkFields(object: JsonObject, known: readonly string[], path: Path): void {
    for (const key of Object.keys(object)) {
      if (!known.includes(key)) this.report('unknown-field', at(path, key), IGNORED, {field: key});
    }
  }

  /**
   * `expected` names what belongs here: `string`, `text`, `number`, `year`,
   * `boolean`, `array`, `party-ids`, `party-id`, `measure`, or an object of
   * a kind (`promise`, `goal`…); `found` is the JSON type that was there.
   */
  wrongType(path: Path, expected: string, value: unknown, effect: Effect): void {
    this.report('wrong-type', path, effect, {expected, found: jsonType(value)});
  }

  /** A required field: reported and undefined when absent or unreadable. */
  required<T>(
    object: JsonObject,
    key: string,
    path: Path,
    item: ItemKind,
    read: (value: unknown, path: Path, effect: Effect) => T | undefined
  ): T | undefined {
    const value = this.field(object, key);
    if (value === undefined) {
      this.report('missing-required', at(path, key), leftOut(item), {field: key});
      return undefined;
    }
    return read(value, at(path, key), leftOut(item));
  }

  /** An optional field: undefined when absent; reported and ignored when unreadable. */
  optional<T>(
    object: JsonObject,
    key: string,
    path: Path,
    read: (value: unknown, path: Path, effect: Effect) => T | undefined
  ): T | undefined {
    const value = this.field(object, key);
    return value === undefined ? undefined : read(value, at(path, key), IGNORED);
  }

  // --- values -------------------------------------------------------------

  string = (value: unknown, path: Path, effect: Effect): string | undefined => {
    if (typeof value !== 'string') {
      this.wrongType(path, 'string', value, effect);
      return undefined;
    }
    if (value.trim() === '') {
      this.report('empty-text', path, effect, {reason: 'empty'});
      return undefined;
    }
    return this.limitLength(value, path);
  };

  private limitLength(value: string, path: Path): string {
    if (value.length <= MAX_TEXT_CHARACTERS) return value;
    this.report('text-too-long', path, {consequence: 'truncated'}, {length: value.length, limit: MAX_TEXT_CHARACTERS});
    // Never half a character: a cut between the two halves of a surrogate
    // pair (an emoji, say) would leave a lone half that shows as "�".
    const end = /[\uD800-\uDBFF]/.test(value[MAX_TEXT_CHARACTERS - 1]!) ? MAX_TEXT_CHARACTERS - 1 : MAX_TEXT_CHARACTERS;
    return value.slice(0, end);
  }

  text = (value: unknown, path: Path, effect: Effect): LocalizedText | undefined => {
    if (typeof value === 'string') {
      const text = this.string(value, path, effect);
      return text === undefined ? undefined : {[this.language]: text};
    }
    if (!isObject(value)) {
      this.wrongType(path, 'text', value, effect);
      return undefined;
    }
    const translations: Record<string, string> = {};
    let usable = false;
    // Keys, not entries: no [tag, translation] pair is made for each text.
    for (const tag of Object.keys(value)) {
      const translation = value[tag];
      if (!LANGUAGE_TAG.test(tag)) {
        this.report('invalid-language-tag', at(path, tag), IGNORED, {tag});
        continue;
      }
      if (typeof translation !== 'string') {
        this.wrongType(at(path, tag), 'string', translation, IGNORED);
        continue;
      }
      if (translation.trim() === '') continue;
      translations[tag] =
        translation.length <= MAX_TEXT_CHARACTERS ? translation : this.limitLength(translation, at(path, tag));
      usable = true;
    }
    if (!usable) {
      this.report('empty-text', path, effect, {reason: 'no-translation'});
      return undefined;
    }
    return translations;
  };

  richText = (value: unknown, path: Path, effect: Effect): LocalizedRichText | undefined => {
    const text = this.text(value, path, effect);
    if (!text) return undefined;
    const result: Record<string, readonly Block[]> = {};
    for (const tag of Object.keys(text)) {
      const parsed = parseRichText(text[tag]!, this.richTextBudget);
      const where = typeof value === 'string' ? path : at(path, tag);
      for (const url of parsed.refusedUrls) {
        this.report('unsafe-url', where, {consequence: 'link-removed'}, {url});
      }
      if (parsed.budgetExhausted && !this.reportedRichTextBudget) {
        this.reportedRichTextBudget = true;
        this.report('too-much-markup', where, {consequence: 'plain-text'}, {limit: MAX_RICH_TEXT_NODES});
      }
      result[tag] = parsed.blocks;
    }
    return result;
  };

  url = (value: unknown, path: Path, effect: Effect): string | undefined => {
    const raw = this.string(value, path, effect);
    if (raw === undefined) return undefined;
    const url = safeUrl(raw);
    if (url === null) {
      this.report('unsafe-url', path, effect, {url: raw});
      return undefined;
    }
    return url;
  };

  /** An unreadable date is treated as absent, whatever holds it. */
  date = (value: unknown, path: Path): FeedDate | undefined => {
    const date = parseFeedDate(value);
    if (date === null) {
      this.report('invalid-date', path, IGNORED, {value: preview(value)});
      return undefined;
    }
    return date;
  };

  number = (value: unknown, path: Path, effect: Effect): number | undefined => {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      this.wrongType(path, 'number', value, effect);
      return undefined;
    }
    return value;
  };

  year = (value: unknown, path: Path, effect: Effect): number | undefined => {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1000 || value > 9999) {
      this.wrongType(path, 'year', value, effect);
      return undefined;
    }
    return value;
  };

  boolean = (value: unknown, path: Path, effect: Effect): boolean | undefined => {
    if (typeof value !== 'boolean') {
      this.wrongType(path, 'boolean', value, effect);
      return undefined;
    }
    return value;
  };

  /** One of `allowed`; `params.allowed` lists them, separated by ", ". */
  oneOf<T extends string>(allowed: readonly T[]) {
    return (value: unknown, path: Path, effect: Effect): T | undefined => {
      if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
      this.report('invalid-value', path, effect, {expected: 'one-of', value: preview(value), allowed: allowed.join(', ')});
      return undefined;
    };
  }

  /** An id: a slug. A string that is not one is turned into one, with a warning. */
  slug = (value: unknown, path: Path, effect: Effect): string | undefined => {
    const id = this.string(value, path, effect);
    if (id === undefined) return undefined;
    if (SLUG.test(id)) return id;
    const derived = id
      .toLowerCase()
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');
    if (derived === '') {
      this.report('invalid-value', path, effect, {expected: 'slug', value: preview(id)});
      return undefined;
    }
    this.report('invalid-value', path, {consequence: 'derived-id'}, {expected: 'slug', value: preview(id), derived});
    return derived;
  };

  /**
   * Items of an array; unreadable items are left out by `read`. With
   * `remember`, each item's place is kept in `origin` (for `uniqueIds`).
   */
  array<T>(read: (value: unknown, path: Path) => T | undefined, remember = false) {
    return (value: unknown, path: Path, effect: Effect): T[] | undefined => {
      if (!Array.isArray(value)) {
        this.wrongType(path, 'array', value, effect);
        return undefined;
      }
      this.limitItems(value, path);
      const items: T[] = [];
      const length = Math.min(value.length, MAX_ITEMS);
      for (let index = 0; index < length; index++) {
        // A loop, not slice + forEach: no copy of the list, no closure. Holes
        // are skipped: an already-parsed value may be sparse.
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

  /** Reports a list longer than MAX_ITEMS; the callers read only that many. */
  private limitItems(value: readonly unknown[], path: Path): void {
    if (value.length > MAX_ITEMS) {
      this.report('too-many-items', path, {consequence: 'truncated'}, {count: value.length, limit: MAX_ITEMS});
    }
  }

  /** An object of a known kind; anything else is left out. */
  private object(value: unknown, path: Path, kind: ItemKind & keyof typeof FEED_FIELDS): JsonObject | undefined {
    if (!isObject(value)) {
      this.wrongType(path, kind, value, leftOut(kind));
      return undefined;
    }
    this.checkFields(value, FEED_FIELDS[kind], path);
    return value;
  }

  partyIdList = (value: unknown, path: Path, effect: Effect): string[] | undefined => {
    if (!Array.isArray(value)) {
      this.wrongType(path, 'party-ids', value, effect);
      return undefined;
    }
    // Cut like every other list, so that a million junk ids cannot make a
    // million reports.
    this.limitItems(value, path);
    const ids: string[] = [];
    const length = Math.min(value.length, MAX_ITEMS);
    for (let index = 0; index < length; index++) {
      if (!(index in value)) continue;
      const id: unknown = value[index];
      if (typeof id !== 'string') {
        this.wrongType(at(path, index), 'party-id', id, IGNORED);
      } else if (this.partyIds.has(id)) {
        if (!ids.includes(id)) ids.push(id);
      } else {
        this.report('unknown-party', at(path, index), IGNORED, {value: preview(id)});
      }
    }
    return ids.length ? ids : undefined;
  };

  /**
   * A single party id (a signatory's `party`), reported at its own path: a
   * list of one would put the problem at `party[0]`, which is not in the feed.
   */
  partyId = (value: unknown, path: Path, effect: Effect): string | undefined => {
    if (typeof value !== 'string') {
      this.wrongType(path, 'party-id', value, effect);
      return undefined;
    }
    if (this.partyIds.has(value)) return value;
    this.report('unknown-party', path, IGNORED, {value: preview(value)});
    return undefined;
  };

  // --- items ---------------------------------------------------------------

  party = (value: unknown, path: Path): Party | undefined => {
    const raw = this.object(value, path, 'party');
    if (!raw) return undefined;
    const id = this.required(raw, 'id', path, 'party', this.slug);
    const name = this.required(raw, 'name', path, 'party', this.text);
    if (id === undefined || name === undefined) return undefined;
    return withoutUndefined({
      id,
      name,
      kind: this.optional(raw, 'kind', path, this.oneOf(PARTY_KINDS)),
      url: this.optional(raw, 'url', path, this.url),
    });
  };

  parties(value: unknown, path: Path): Party[] {
    const parties = this.array(this.party, true)(value, path, IGNORED) ?? [];
    // Like periods and promises, as the format asks: later duplicates are
    // shown under a derived id, reported where they stand in the feed (not
    // at their index among the parties read, which differs once an earlier
    // party was left out).
    const unique = uniqueIds(parties, this, 'party');
    for (const party of unique) this.partyIds.add(party.id);
    return unique;
  }

  target = (value: unknown, path: Path): Target | undefined => {
    const raw = this.object(value, path, 'target');
    if (!raw) return undefined;
    const label = this.required(raw, 'label', path, 'target', this.text);
    if (label === undefined) return undefined;
    const unit = this.optional(raw, 'unit', path, this.unit);
    const baseline = this.optional(raw, 'baseline', path, (v, p, e) => {
      const b = this.measure(v, p, e, 'baseline');
      return b && withoutUndefined({year: b.year, value: b.value});
    });
    const actual = this.optional(raw, 'actual', path, (v, p, e) => {
      const a = this.measure(v, p, e, 'actual');
      if (!a || !isObject(v)) return undefined;
      const approximate = this.optional(v, 'approximate', p, this.boolean);
      return withoutUndefined({year: a.year, value: a.value, approximate: approximate || undefined});
    });
    const goal = this.optional(raw, 'goal', path, this.goal);
    return withoutUndefined({label, unit, baseline, goal, actual});
  };

  /**
   * "count", "percent", a Text, or plural forms: an object with the key
   * `other` (no language tag is spelled so). An object of plural categories
   * alone that lacks `other` is plural forms missing their required form.
   */
  unit = (value: unknown, path: Path, effect: Effect): Target['unit'] | undefined => {
    if ((UNIT_KEYWORDS as readonly unknown[]).includes(value)) return value as (typeof UNIT_KEYWORDS)[number];
    const categories: readonly string[] = FEED_FIELDS.pluralUnit;
    const keys = isObject(value) ? Object.keys(value) : [];
    if (!keys.includes('other')) {
      if (!keys.length || !keys.every((key) => categories.includes(key))) return this.text(value, path, effect);
      this.report('missing-required', at(path, 'other'), effect, {field: 'other'});
      return undefined;
    }
    const forms = value as JsonObject;
    this.checkFields(forms, categories, path);
    const read: Partial<Record<PluralCategory, LocalizedText>> = {};
    for (const category of FEED_FIELDS.pluralUnit) {
      const form = this.optional(forms, category, path, this.text);
      if (form) read[category] = form;
    }
    // An unusable `other` is reported by `text`; without it there is no unit.
    return read.other ? {forms: {...read, other: read.other}} : undefined;
  };

  /** A baseline or an actual value: `{year?, value}`; without a readable value it is left out. */
  private measure(
    value: unknown,
    path: Path,
    effect: Effect,
    kind: 'baseline' | 'actual'
  ): {year?: number; value: number} | undefined {
    if (!isObject(value)) {
      this.wrongType(path, kind, value, effect);
      return undefined;
    }
    this.checkFields(value, FEED_FIELDS[kind], path);
    const number = this.required(value, 'value', path, kind, this.number);
    if (number === undefined) return undefined;
    return {year: this.optional(value, 'year', path, this.year), value: number};
  }

  goal = (value: unknown, path: Path, effect: Effect): Goal | undefined => {
    if (!isObject(value)) {
      this.wrongType(path, 'goal', value, effect);
      return undefined;
    }
    this.checkFields(value, FEED_FIELDS.goal, path);
    const goal = withoutUndefined({
      year: this.optional(value, 'year', path, this.year),
      value: this.optional(value, 'value', path, this.number),
      change: this.optional(value, 'change', path, this.number),
      direction: this.optional(value, 'direction', path, this.oneOf(DIRECTIONS)),
      atLeast: this.optional(value, 'atLeast', path, this.boolean),
    });
    return Object.keys(goal).length ? goal : undefined;
  };

  item = (value: unknown, path: Path): Item | undefined => {
    // An Item is rich text (a string or an object of translations) or
    // `{text, by}`: only the latter has a `text` or `by` field.
    const isTextObject = isObject(value) && !('text' in value) && !('by' in value);
    if (!isObject(value) || isTextObject) {
      const text = this.richText(value, path, leftOut('item'));
      return text && {text};
    }
    this.checkFields(value, FEED_FIELDS.item, path);
    const text = this.required(value, 'text', path, 'item', this.richText);
    if (text === undefined) return undefined;
    return withoutUndefined({text, by: this.optional(value, 'by', path, this.partyIdList)});
  };

  outcome = (value: unknown, path: Path, effect: Effect): Outcome | undefined => {
    if (!isObject(value)) {
      this.wrongType(path, 'outcome', value, effect);
      return undefined;
    }
    this.checkFields(value, FEED_FIELDS.outcome, path);
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
      const raw = this.object(value, path, 'activity');
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
    const raw = this.object(value, path, 'promise');
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
      places: nonEmpty(this.optional(raw, 'places', path, this.array((v, p) => this.text(v, p, leftOut('place'))))),
      background: this.optional(raw, 'background', path, this.richText),
      followUp: this.optional(raw, 'followUp', path, this.richText),
      activities: nonEmpty(this.optional(raw, 'activities', path, this.array(this.activity(by)))),
      targets: nonEmpty(this.optional(raw, 'targets', path, this.array(this.target))),
      outcome: this.optional(raw, 'outcome', path, this.outcome),
    });
  };

  signatory = (value: unknown, path: Path): Signatory | undefined => {
    const raw = this.object(value, path, 'signatory');
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
    const raw = this.object(value, path, 'link');
    if (!raw) return undefined;
    const text = this.required(raw, 'text', path, 'link', this.text);
    if (text === undefined) return undefined;
    return withoutUndefined({text, url: this.optional(raw, 'url', path, this.url)});
  };

  contact = (value: unknown, path: Path): Contact | undefined => {
    const raw = this.object(value, path, 'contact');
    if (!raw) return undefined;
    const contact = withoutUndefined({
      organization: this.optional(raw, 'organization', path, this.text),
      name: this.optional(raw, 'name', path, this.string),
      role: this.optional(raw, 'role', path, this.text),
      phone: this.optional(raw, 'phone', path, this.string),
      email: this.optional(raw, 'email', path, this.string),
      url: this.optional(raw, 'url', path, this.url),
      address: nonEmpty(
        this.optional(raw, 'address', path, this.array((v, p) => this.string(v, p, leftOut('address-line'))))
      ),
    });
    if (Object.keys(contact).length === 0) {
      this.report('item-dropped', path, leftOut('contact'));
      return undefined;
    }
    return contact;
  };

  period = (value: unknown, path: Path): Period | undefined => {
    const raw = this.object(value, path, 'period');
    if (!raw) return undefined;
    const id = this.required(raw, 'id', path, 'period', this.slug);
    if (id === undefined) return undefined;
    const rawFrom = this.field(raw, 'from');
    const from = rawFrom === undefined ? undefined : this.date(rawFrom, at(path, 'from'));
    if (!from) {
      this.report('period-without-from', at(path, 'from'), {consequence: 'shown-last'}, {
        field: 'from',
        reason: rawFrom === undefined ? 'missing' : 'unreadable',
      });
    }
    let to = this.optional(raw, 'to', path, this.date);
    if (from && to && startOf(to) < startOf(from)) {
      this.report('invalid-value', at(path, 'to'), IGNORED, {expected: 'end-after-start', field: 'to'});
      to = undefined;
    }
    const promises = this.required(raw, 'promises', path, 'period', this.array(this.promise, true));
    // Missing or not an array is already reported, with the period left out:
    // one report per absent key.
    if (!promises) return undefined;
    if (promises.length === 0) {
      this.report('period-without-promises', at(path, 'promises'), leftOut('period'));
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
function uniqueIds<T extends {readonly id: string}>(
  items: readonly T[],
  reader: FeedReader,
  kind: 'party' | 'period' | 'promise'
): T[] {
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
    reader.report('duplicate-id', at(reader.origin.get(item) ?? ROOT, 'id'), {consequence: 'derived-id'}, {
      id: item.id,
      derived: id,
      item: kind,
    });
    return {...item, id};
  });
}

function nonEmpty<T>(items: T[] | undefined): T[] | undefined {
  return items && items.length ? items : undefined;
}

/**
 * Drops keys whose value is undefined, so normalized objects hold only what
 * the feed had. A copy, not `delete`: deleting a key turns an object into a
 * slow dictionary several times its size, and a large feed makes ten
 * thousand of them, all kept alive for the page.
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
    return {ok: false, error: {kind: 'not-object', message: `The feed must be a JSON object, not ${jsonType(json)}.`}};
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
  reader.checkFields(json, FEED_FIELDS.feed, ROOT);
  const language = reader.field(json, 'language');
  if (language !== undefined) {
    if (typeof language === 'string' && LANGUAGE_TAG.test(language)) reader.language = language;
    else {
      reader.report('invalid-value', at(ROOT, 'language'), {consequence: 'default-used'}, {
        expected: 'language-tag',
        value: preview(language),
        default: reader.language,
      });
    }
  }
  // Absent is an empty list; anything else goes through the reader, so that
  // `"parties": null` is reported like any optional field of the wrong type.
  const rawParties = reader.field(json, 'parties');
  const parties = rawParties === undefined ? [] : reader.parties(rawParties, at(ROOT, 'parties'));
  const rawPeriods = reader.field(json, 'periods');
  if (!Array.isArray(rawPeriods)) {
    return {
      ok: false,
      error: {
        kind: 'no-periods',
        message:
          rawPeriods === undefined ? 'The feed has no "periods".' : `"periods" must be an array, not ${jsonType(rawPeriods)}.`,
      },
    };
  }
  const periods = reader.array(reader.period, true)(rawPeriods, at(ROOT, 'periods'), IGNORED) ?? [];
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
