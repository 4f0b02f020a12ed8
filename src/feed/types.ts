/**
 * The normalized promise feed: what `parseFeed` returns once the raw JSON
 * (format 1, see docs/feed-format.md) has been checked. Every value here is
 * safe to render: texts are plain strings, rich text is a small tree, URLs
 * have passed the allowlist. Field names follow the feed format.
 */
import type {DIRECTIONS, FEED_FIELDS, PARTY_KINDS, STATUSES, UNIT_KEYWORDS} from './fields.js';

/** Text in one or more languages, keyed by BCP 47 tag; never empty. */
export type LocalizedText = Readonly<Record<string, string>>;

/** Inline content of rich text. `href` is null where the URL was refused. */
export type Inline =
  | {readonly type: 'text'; readonly text: string}
  | {readonly type: 'break'}
  | {readonly type: 'em'; readonly children: readonly Inline[]}
  | {readonly type: 'strong'; readonly children: readonly Inline[]}
  | {
      readonly type: 'link';
      readonly href: string | null;
      readonly children: readonly Inline[];
    };

/** A block of rich text: a paragraph or a bullet list. */
export type Block =
  | {readonly type: 'paragraph'; readonly children: readonly Inline[]}
  | {readonly type: 'list'; readonly items: readonly (readonly Inline[])[]};

/** Rich text in one or more languages: each language's text as blocks. */
export type LocalizedRichText = Readonly<Record<string, readonly Block[]>>;

/** A date at the precision the feed gave: a year, a month or a day. */
export interface FeedDate {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
}

export type OutcomeStatus = (typeof STATUSES)[number];

export type PartyKind = (typeof PARTY_KINDS)[number];

export interface Party {
  readonly id: string;
  readonly name: LocalizedText;
  readonly kind?: PartyKind;
  readonly url?: string;
}

export interface Goal {
  readonly year?: number;
  readonly value?: number;
  readonly change?: number;
  readonly direction?: (typeof DIRECTIONS)[number];
  readonly atLeast?: boolean;
}

/** CLDR plural categories, the keys of a unit's plural forms. */
export type PluralCategory = (typeof FEED_FIELDS.pluralUnit)[number];

/**
 * A unit in words with a form per plural category ("vandring per år",
 * "vandringar per år"); `other` is always there.
 */
export interface PluralUnit {
  readonly forms: Readonly<Partial<Record<PluralCategory, LocalizedText>>> & {readonly other: LocalizedText};
}

export interface Target {
  readonly label: LocalizedText;
  /** `count`, `percent`, a unit in words used with any number, or a unit with plural forms. */
  readonly unit?: (typeof UNIT_KEYWORDS)[number] | LocalizedText | PluralUnit;
  readonly baseline?: {readonly year?: number; readonly value: number};
  readonly goal?: Goal;
  readonly actual?: {
    readonly year?: number;
    readonly value: number;
    readonly approximate?: boolean;
  };
}

export interface Item {
  readonly text: LocalizedRichText;
  readonly by?: readonly string[];
}

export interface Outcome {
  readonly status?: OutcomeStatus;
  readonly summary?: LocalizedRichText;
  readonly done?: readonly Item[];
  readonly notDone?: readonly Item[];
  readonly updated?: FeedDate;
}

export interface Activity {
  readonly text: LocalizedRichText;
  /** Who does it; already falls back to the promise's `by`. */
  readonly by?: readonly string[];
  readonly targets?: readonly Target[];
  readonly result?: LocalizedRichText;
  readonly status?: OutcomeStatus;
}

export interface CitizenPromise {
  /** Unique within its period (a duplicate gets a derived id). */
  readonly id: string;
  readonly area: LocalizedText;
  readonly promise: LocalizedRichText;
  readonly by?: readonly string[];
  readonly places?: readonly LocalizedText[];
  readonly background?: LocalizedRichText;
  readonly followUp?: LocalizedRichText;
  readonly activities?: readonly Activity[];
  readonly targets?: readonly Target[];
  readonly outcome?: Outcome;
}

export interface Signatory {
  readonly name: string;
  readonly role?: LocalizedText;
  readonly party?: string;
  readonly date?: FeedDate;
}

export interface Link {
  readonly text: LocalizedText;
  readonly url?: string;
}

export interface Period {
  /** Unique in the feed (a duplicate gets a derived id). */
  readonly id: string;
  readonly title?: LocalizedText;
  /** Absent only when the feed's `from` was missing or unreadable. */
  readonly from?: FeedDate;
  readonly to?: FeedDate;
  readonly intro?: LocalizedRichText;
  readonly promises: readonly CitizenPromise[];
  readonly outcome?: Outcome;
  readonly signatories?: readonly Signatory[];
  readonly links?: readonly Link[];
}

export interface Contact {
  readonly organization?: LocalizedText;
  readonly name?: string;
  readonly role?: LocalizedText;
  readonly phone?: string;
  readonly email?: string;
  readonly url?: string;
  readonly address?: readonly string[];
}

export interface Feed {
  readonly format: 'medborgar-loften/1';
  /** Language of the feed's plain strings. */
  readonly language: string;
  readonly title?: LocalizedText;
  readonly intro?: LocalizedRichText;
  readonly parties: readonly Party[];
  /** Newest first; a period without a readable `from` comes last. */
  readonly periods: readonly Period[];
  readonly contacts: readonly Contact[];
  readonly links: readonly Link[];
  readonly updated?: FeedDate;
  readonly url?: string;
}

/** One step of a path into the feed's JSON: a key or an array index. */
export type PathSegment = string | number;

export type ProblemCode =
  | 'unknown-field'
  | 'missing-required'
  | 'wrong-type'
  | 'invalid-value'
  | 'invalid-date'
  | 'unsafe-url'
  | 'duplicate-id'
  | 'unknown-party'
  | 'invalid-language-tag'
  | 'empty-text'
  | 'item-dropped'
  | 'period-without-promises'
  | 'period-without-from'
  | 'text-too-long'
  | 'too-many-items'
  | 'too-much-markup';

/**
 * What happens because of a recoverable problem (docs/feed-format.md,
 * "Problem codes"):
 *
 * - `ignored`: the value is not used; the item that holds it is kept;
 * - `item-left-out`: the item that holds it is not shown (`params.item` says
 *   which kind: `promise`, `period`…);
 * - `shown-last`: a period without a readable start is shown after the others;
 * - `derived-id`: the item is shown under another id (`params.derived`);
 * - `truncated`: only the first `params.limit` characters or items are used;
 * - `plain-text`: from here on, rich text is shown without its formatting;
 * - `link-removed`: a link's text is shown, without the link;
 * - `default-used`: a default is used instead (`params.default`).
 */
export type Consequence =
  | 'ignored'
  | 'item-left-out'
  | 'shown-last'
  | 'derived-id'
  | 'truncated'
  | 'plain-text'
  | 'link-removed'
  | 'default-used';

/** The kinds of item a problem can leave out (`params.item`). */
export type ItemKind =
  | 'party'
  | 'period'
  | 'promise'
  | 'activity'
  | 'target'
  | 'baseline'
  | 'actual'
  | 'item'
  | 'signatory'
  | 'contact'
  | 'link'
  | 'place'
  | 'address-line';

/**
 * A recoverable problem: the rest of the feed still renders. What is wrong
 * (`code`), where (`path`, `segments`) and what happens (`consequence`), with
 * the values a sentence needs in `params`; the sentences themselves, in
 * Swedish and English, are the validator's (src/validate/).
 */
export interface Problem {
  readonly code: ProblemCode;
  /** Where, as `periods[1].promises[0].area`. */
  readonly path: string;
  /** The same path as keys and indexes, for tools that look it up. */
  readonly segments: readonly PathSegment[];
  readonly consequence: Consequence;
  /** Field names, values (as JSON, shortened), ids, limits… by code. */
  readonly params: Readonly<Record<string, string | number>>;
  /**
   * For a developer's console: `code → consequence {params}`, the same in
   * every language, e.g. `missing-required → item-left-out {"field":"area","item":"promise"}`.
   */
  readonly message: string;
}

export type FatalKind =
  | 'not-json'
  | 'not-object'
  | 'format'
  | 'no-periods'
  | 'too-large';

/** A problem that stops the feed from rendering at all. */
export interface FatalProblem {
  readonly kind: FatalKind;
  /** A short English line for developers' consoles. */
  readonly message: string;
  /** For `format`: the format string the feed declared, if any. */
  readonly found?: string;
}

export type ParseResult =
  | {readonly ok: true; readonly feed: Feed; readonly problems: readonly Problem[]}
  | {readonly ok: false; readonly error: FatalProblem};
