/**
 * The normalized promise feed: what `parseFeed` returns once the raw JSON
 * (format 1, see docs/feed-format.md) has been checked. Every value here is
 * safe to render: texts are plain strings, rich text is a small tree, URLs
 * have passed the allowlist. Field names follow the feed format.
 */

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

export type OutcomeStatus =
  | 'fulfilled'
  | 'partly-fulfilled'
  | 'not-fulfilled'
  | 'ongoing';

export type PartyKind = 'police' | 'municipality' | 'other';

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
  readonly direction?: 'increase' | 'decrease';
  readonly atLeast?: boolean;
}

/** CLDR plural categories, the keys of a unit's plural forms. */
export type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

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
  readonly unit?: 'count' | 'percent' | LocalizedText | PluralUnit;
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

/** A recoverable problem: the rest of the feed still renders. */
export interface Problem {
  readonly code: ProblemCode;
  /** Where, as `periods[1].promises[0].area`. */
  readonly path: string;
  /** The same path as keys and indexes, for tools that look it up. */
  readonly segments: readonly PathSegment[];
  /** What is wrong and what happens, in English, for the console. */
  readonly message: string;
  /** Values for messages in other languages (field names, ids…). */
  readonly params: Readonly<Record<string, string | number>>;
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
  readonly message: string;
  /** For `format`: the format string the feed declared, if any. */
  readonly found?: string;
}

export type ParseResult =
  | {readonly ok: true; readonly feed: Feed; readonly problems: readonly Problem[]}
  | {readonly ok: false; readonly error: FatalProblem};
