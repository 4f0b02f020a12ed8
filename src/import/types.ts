/**
 * The importer's public types: what `importPage` takes and gives (see
 * index.ts for the whole interface and its rules).
 */

export interface ImportOptions {
  /** 'auto' (default) detects HTML by its tags. */
  readonly kind?: 'auto' | 'text' | 'html';
  /** The language of the page; default 'sv'. */
  readonly language?: string;
}

export interface ImportResult {
  /** A draft feed, format 1, as plain JSON (what a person would write by hand), or undefined when nothing usable was found. */
  readonly feed: Record<string, unknown> | undefined;
  /** What the importer guessed, what a person should check, and what it could not place. */
  readonly notes: readonly ImportNote[];
  /** Sentences of the page, and how many of them are somewhere in the draft. */
  readonly sentences: {readonly total: number; readonly kept: number; readonly missing: readonly string[]};
}

/**
 * `guess`: the importer recognised something and placed it (worth a look);
 * `review`: a person should check or move it before publishing;
 * `problem`: something the draft lacks or had to leave out.
 */
export type ImportNoteKind = 'guess' | 'review' | 'problem';

export interface ImportNote {
  /** One of NOTE_CODES (index.ts documents each). */
  readonly code: string;
  readonly kind: ImportNoteKind;
  /** Where in the draft it landed (JSON path segments); empty for the page as a whole. */
  readonly path: readonly (string | number)[];
  readonly params: Readonly<Record<string, string | number>>;
}

/**
 * One line of the page, as both readers (text and HTML) give it.
 * Nothing here is interpreted yet beyond what the markup says.
 */
export interface PageBlock {
  /** `heading`: an <h1>–<h6>; `item`: a bullet or list item; `line`: anything else. */
  readonly kind: 'heading' | 'item' | 'line';
  /**
   * The text, spaces collapsed; links from HTML as `[text](url)`; an item's
   * continuation lines joined with "\n"; cells of a row set out in columns
   * joined with three spaces.
   */
  readonly text: string;
  /** Heading level (1–6) of a `heading`. */
  readonly level?: number;
  /** The whole line is bold (<strong>, <b>). */
  readonly strong?: boolean;
  /** Blank lines before it (a new HTML block counts as one; an empty paragraph adds one). */
  readonly gap: number;
  /** Leading spaces (text) or list depth (HTML). */
  readonly indent: number;
  /** The cells of a line set out in columns (three or more spaces, a tab, or a table row). */
  readonly columns?: readonly string[];
  /** The link of a block that is nothing but one link (HTML). */
  readonly link?: {readonly text: string; readonly url?: string};
}

/** A note before it has a path: it points at a node of the draft model. */
export interface PendingNote {
  readonly code: string;
  readonly kind: ImportNoteKind;
  /** A node of the draft model (or undefined for the page as a whole), and a field or index inside it. */
  readonly at?: object;
  readonly field?: string | number;
  readonly params: Readonly<Record<string, string | number>>;
}
