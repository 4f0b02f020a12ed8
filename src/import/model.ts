/**
 * The draft while the page is read: mutable, in the page's order, with
 * rich text collected part by part. draft.ts turns it into feed JSON.
 */
import type {ContactDraft} from './contacts.js';

/** Rich text being collected: paragraphs, lines and bullets, in the feed's Markdown subset. */
export class RichDraft {
  private text = '';
  private lastWasItem = false;

  get empty(): boolean {
    return this.text === '';
  }

  /** A paragraph (after a blank line), or a line of the paragraph before (`'line'`). */
  add(text: string, join: 'paragraph' | 'line' = 'paragraph'): void {
    const separator = this.text === '' ? '' : join === 'line' && !this.lastWasItem ? '\n' : '\n\n';
    this.text += separator + text;
    this.lastWasItem = false;
  }

  /** A bullet; bullets in a row make one list. A bullet's further lines are indented under it. */
  addItem(text: string): void {
    const separator = this.text === '' ? '' : this.lastWasItem ? '\n' : '\n\n';
    this.text += `${separator}- ${text.replace(/\n/g, '\n  ')}`;
    this.lastWasItem = true;
  }

  /** A heading kept as a bold line, so the passage under it keeps its title; one with stars of its own stays plain, unchanged. */
  addHeading(text: string): void {
    this.add(text.includes('*') ? text : `**${text}**`);
  }

  toString(): string {
    return this.text;
  }
}

export interface ItemDraft {
  readonly text: string;
  readonly by?: readonly string[];
}

export interface OutcomeDraft {
  readonly summary: RichDraft;
  readonly done: ItemDraft[];
  readonly notDone: ItemDraft[];
}

export interface ActivityDraft {
  readonly text: string;
  readonly by?: readonly string[];
  readonly targets: Record<string, unknown>[];
}

export interface PromiseDraft {
  area: string;
  readonly promise: RichDraft;
  by?: readonly string[];
  readonly background: RichDraft;
  readonly followUp: RichDraft;
  readonly activities: ActivityDraft[];
  readonly targets: Record<string, unknown>[];
  readonly outcome: OutcomeDraft;
  /** Whether paragraphs after it are its own (a promise under its own heading) or the period's (one bullet of a list). */
  readonly ownsParagraphs: boolean;
}

export interface SignatoryDraft {
  readonly name: string;
  readonly role?: string;
  readonly party?: string;
  readonly date?: string;
}

export interface LinkDraft {
  readonly text: string;
  readonly url?: string;
}

export interface PeriodDraft {
  title?: string;
  from?: string;
  to?: string;
  readonly intro: RichDraft;
  readonly promises: PromiseDraft[];
  readonly outcome: OutcomeDraft;
  readonly signatories: SignatoryDraft[];
  readonly links: LinkDraft[];
  /** A follow-up ("Så gick det …"): paragraphs and bullets after a promise are its outcome. */
  readonly followedUp: boolean;
}

export interface FeedDraft {
  title?: string;
  readonly intro: RichDraft;
  readonly periods: PeriodDraft[];
  readonly contacts: ContactDraft[];
  readonly links: LinkDraft[];
  updated?: string;
}

export function newOutcome(): OutcomeDraft {
  return {summary: new RichDraft(), done: [], notDone: []};
}

export function newPromise(area: string, ownsParagraphs: boolean): PromiseDraft {
  return {
    area,
    promise: new RichDraft(),
    background: new RichDraft(),
    followUp: new RichDraft(),
    activities: [],
    targets: [],
    outcome: newOutcome(),
    ownsParagraphs,
  };
}

export function newPeriod(followedUp: boolean): PeriodDraft {
  return {intro: new RichDraft(), promises: [], outcome: newOutcome(), signatories: [], links: [], followedUp};
}
