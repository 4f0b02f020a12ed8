/**
 * Reads the page's lines in order into the draft model, recognising what
 * real medborgarlöften pages use (see index.ts). Every line goes somewhere:
 * into a field it was recognised as, into structure (a label such as
 * "Polisens aktiviteter:" becomes the activities' `by`; those lines are
 * collected in `structural`), or, when nothing fits, into the nearest text
 * field with a `review` note.
 */
import {GENERIC_AREA, guessArea} from './areas.js';
import {addContactLine, addPersonItem, isContactDetail} from './contacts.js';
import {periodIn, signingLine, updatedLine, type PeriodDates} from './dates.js';
import {newPeriod, newPromise, RichDraft, type FeedDraft, type OutcomeDraft, type PeriodDraft, type PromiseDraft} from './model.js';
import {Parties} from './parties.js';
import {
  areaDash,
  isActivityLead,
  isActorGroupLabel,
  isActorLead,
  isAttPromise,
  isBackgroundHeading,
  isCommitment,
  isContactHeading,
  isDoneLabel,
  isFileName,
  isFollowUpHeading,
  isFollowUpSentence,
  isNotDone,
  isPeriodWide,
  isPlanned,
  isPromiseListLead,
  isPromiseStatement,
  isResult,
} from './patterns.js';
import {sentencesOf} from './sentences.js';
import {changeTargets, countTargets} from './targets.js';
import type {PageBlock, PendingNote} from './types.js';

type Mode =
  /** Text: paragraphs go to the nearest text field. */
  | 'text'
  /** Just after an area heading: the next line is the promise. */
  | 'awaiting-promise'
  /** Bullets are activities of the current promise. */
  | 'activities'
  /** Bullets are carried-out items of the current outcome. */
  | 'done'
  /** Bullets after a lead line that lists promises. */
  | 'promise-list'
  /** Bullets that complete the promise's own lead ("Polisen lovar att:" under an area). */
  | 'promise-bullets'
  /** A follow-up plan section ("Uppföljning" without results). */
  | 'plan'
  /** A follow-up section with results, for the whole period. */
  | 'period-outcome'
  | 'contacts';

export interface Recognized {
  readonly draft: FeedDraft;
  readonly parties: Parties;
  readonly structural: ReadonlySet<PageBlock>;
  /** Whether the page looked like medborgarlöften at all. */
  readonly usable: boolean;
}

const EXCERPT = 60;

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > EXCERPT ? `${flat.slice(0, EXCERPT - 1)}…` : flat;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * A line standing alone like a heading: marked as one, bold, or short,
 * without a full stop, with space after it. On a `tight` page (copied
 * without blank lines) space tells nothing, and a short line is enough.
 */
function isHeadingLike(block: PageBlock, next: PageBlock | undefined, tight: boolean): boolean {
  if (block.kind === 'heading') return true;
  if (block.kind === 'item' || block.columns || block.text.includes('\n')) return false;
  const text = block.text.trim();
  // Two sentences are not a heading; a heading's own number ("1. Trafik") is not a sentence.
  const body = text.replace(/^\d{1,2}[.)]\s+/, '');
  if (/:$/.test(text) || /[.!?;,]$/.test(text) || /[.!?]\s+\p{Lu}/u.test(body)) return false;
  if (block.strong) return text.length <= 120;
  if (text.length > 90 || text.split(/\s+/).length > 10) return false;
  if (!/^[\p{Lu}\p{N}]/u.test(text)) return false;
  return tight || !next || next.gap > 0 || next.kind === 'item';
}

/** The place a title names: "Ekby – medborgarlöften", "Medborgarlöften i Ekby". */
function placeInTitle(title: string): string | undefined {
  const dashed = /^(\p{Lu}[\p{L} -]*?)\s+[–—-]\s+[Mm]edborgarlöft/u.exec(title);
  if (dashed) return dashed[1];
  const inPlace = /[Mm]edborgarlöft\p{L}*\s+(?:för|i)\s+(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)\s*$/u.exec(title);
  return inPlace?.[1];
}

export function recognize(blocks: readonly PageBlock[], notes: PendingNote[]): Recognized {
  return new PageReader(blocks, notes).read();
}

class PageReader {
  private readonly draft: FeedDraft = {intro: new RichDraft(), periods: [], contacts: [], links: []};
  private parties!: Parties;
  private readonly structural = new Set<PageBlock>();
  private readonly periodHeadings = new Map<number, PeriodDates>();
  private titleIndex: number | undefined;
  /** A page copied without blank lines between its paragraphs. */
  private readonly tight: boolean;
  private followUpPage = false;

  private period: PeriodDraft | undefined;
  private promise: PromiseDraft | undefined;
  private mode: Mode = 'text';
  /** Who does the bullets under an actor label ("Polisens aktiviteter:"). */
  private group: string[] | undefined;
  /** The outcome that bullets go to in `done` mode. */
  private outcome: OutcomeDraft | undefined;
  /** Where the bullets after a lead line that is not a label go. */
  private listSink: RichDraft | undefined;
  /** The lead line before a list of promises, for guessing their area. */
  private listLead = '';
  /** Under a "Bakgrund" heading: paragraphs are the current promise's background. */
  private inBackground = false;
  /** The block that gave the current promise its text, to join a paragraph right after it. */
  private promiseBlock: number | undefined;
  /** The notes already given per draft node, so that a field gets each kind of note once. */
  private readonly noted = new Map<object, Set<string>>();
  /** The line being read, and the last line noted as unplaced (one note for a run of them). */
  private index = 0;
  private lastUnplaced: {sink: RichDraft; index: number} | undefined;
  private recognizedAnything = false;
  /** Lines already read by a look-ahead (signatories under a signing line). */
  private readonly skipped = new Set<number>();

  constructor(
    private readonly blocks: readonly PageBlock[],
    private readonly notes: PendingNote[]
  ) {
    const lines = blocks.filter((block) => block.kind !== 'heading');
    this.tight = lines.length >= 6 && lines.filter((block) => block.gap > 0).length <= lines.length / 10;
  }

  read(): Recognized {
    this.findTitleAndPeriods();
    const text = this.blocks.map((block) => block.text).join('\n');
    const titlePlace = this.titleIndex === undefined ? undefined : placeInTitle(this.blocks[this.titleIndex]!.text);
    this.parties = Parties.fromPage(text, titlePlace);
    for (const party of this.parties.list) {
      this.notes.push({code: party.guessedName ? 'party-name-guessed' : 'party-found', kind: party.guessedName ? 'review' : 'guess', at: party, params: {name: party.name}});
    }
    if (this.periodHeadings.size === 0) this.startSinglePeriod();
    for (let index = 0; index < this.blocks.length; index++) {
      this.index = index;
      if (!this.skipped.has(index)) this.readBlock(index);
    }
    this.finish();
    const usable = this.recognizedAnything || /löfte/i.test(text);
    return {draft: this.draft, parties: this.parties, structural: this.structural, usable};
  }

  // ---- The page's frame: title and periods ----

  private findTitleAndPeriods(): void {
    const blocks = this.blocks;
    const h1 = blocks.findIndex((block) => block.kind === 'heading' && block.level === 1);
    if (h1 >= 0) {
      this.titleIndex = h1;
    } else {
      const firstItem = blocks.findIndex((block) => block.kind === 'item');
      const limit = Math.min(firstItem < 0 ? blocks.length : firstItem, 8);
      for (let index = 0; index < limit; index++) {
        if (isHeadingLike(blocks[index]!, blocks[index + 1], this.tight) && (/löfte/i.test(blocks[index]!.text) || index <= 1)) {
          this.titleIndex = index;
          break;
        }
      }
    }
    const title = this.titleIndex === undefined ? undefined : blocks[this.titleIndex]!.text;
    this.followUpPage = title !== undefined && isFollowUpHeading(title);
    blocks.forEach((block, index) => {
      if (index === this.titleIndex || !isHeadingLike(block, blocks[index + 1], this.tight) || isFileName(block.text)) return;
      const dates = periodIn(block.text, {strict: false});
      if (!dates) return;
      const rest = block.text.replace(dates.text, '').replace(/[\s–—-]+/g, ' ').trim();
      if (/löfte|uppföljning|så gick det|resultat|period|redovisning|så här har vi/i.test(block.text) || rest.length < 4) {
        this.periodHeadings.set(index, dates);
      }
    });
  }

  /** A page without period headings: one period, dated from the title or the first date in the text. */
  private startSinglePeriod(): void {
    const period = newPeriod(this.followUpPage);
    this.draft.periods.push(period);
    this.period = period;
    const title = this.titleIndex === undefined ? undefined : this.blocks[this.titleIndex]!.text;
    const fromTitle = title ? periodIn(title, {strict: false}) : undefined;
    if (fromTitle) {
      this.setDates(period, fromTitle);
      this.notes.push({code: 'period-from-title', kind: 'guess', at: period, field: 'from', params: {text: fromTitle.text}});
      return;
    }
    for (const block of this.blocks) {
      if (isFileName(block.text) || signingLine(block.text) || updatedLine(block.text)) continue;
      const dates = periodIn(block.text);
      if (dates) {
        this.setDates(period, dates);
        this.notes.push({code: 'period-from-text', kind: 'review', at: period, field: 'from', params: {text: dates.text}});
        return;
      }
    }
    this.notes.push({code: 'period-missing', kind: 'problem', at: period, params: {}});
  }

  private setDates(period: PeriodDraft, dates: PeriodDates): void {
    period.from = dates.from;
    if (dates.to) period.to = dates.to;
  }

  private startPeriod(index: number, dates: PeriodDates): void {
    const block = this.blocks[index]!;
    // A heading naming the period the page already started (the title's) continues it.
    const current = this.period;
    if (current && current.promises.length === 0 && current.from === dates.from && current.to === dates.to && !current.title) {
      current.title = block.text;
    } else {
      const period = newPeriod(isFollowUpHeading(block.text) || this.followUpPage);
      period.title = block.text;
      this.setDates(period, dates);
      this.draft.periods.push(period);
      this.period = period;
    }
    this.notes.push({code: this.period!.followedUp ? 'followed-up-period' : 'period-from-heading', kind: 'guess', at: this.period!, field: 'from', params: {text: dates.text}});
    this.promise = undefined;
    this.mode = 'text';
    this.group = undefined;
    this.listSink = undefined;
    this.recognizedAnything = true;
  }

  // ---- One line ----

  private readBlock(index: number): void {
    const block = this.blocks[index]!;
    const next = this.blocks[index + 1];
    const text = block.text.trim();
    const headingLike = isHeadingLike(block, next, this.tight);

    if (index === this.titleIndex) {
      this.draft.title = text;
      if (this.periodHeadings.size === 0 && this.period && periodIn(text, {strict: false})) this.period.title = text;
      return;
    }
    const updated = updatedLine(text);
    if (updated) {
      this.draft.updated = updated;
      this.structural.add(block);
      this.notes.push({code: 'updated-found', kind: 'guess', at: this.draft, field: 'updated', params: {date: updated}});
      return;
    }
    const periodDates = this.periodHeadings.get(index);
    if (periodDates) {
      this.startPeriod(index, periodDates);
      return;
    }
    if (isContactHeading(text) && (headingLike || block.kind === 'heading' || block.strong || text.length < 30)) {
      this.mode = 'contacts';
      this.structural.add(block);
      return;
    }
    if (this.mode === 'contacts') {
      // The contact section runs to the end of the page, unless a new area starts.
      if (!(headingLike && !isContactDetail(text) && this.startsArea(index) && this.blocks[index + 1]!.kind !== 'item') && !isFollowUpHeading(text)) {
        this.readContactLine(block);
        return;
      }
      this.mode = 'text';
    }
    const signing = signingLine(text);
    if (signing) {
      this.readSignatories(index, signing);
      return;
    }
    if (block.link || isFileName(text)) {
      if (this.readLink(block)) return;
    }
    if (!this.period) {
      // Before the first period heading: the page's introduction.
      this.addText(this.draft.intro, block, headingLike, false);
      return;
    }
    if (headingLike && isFollowUpHeading(text)) {
      this.startFollowUpSection(index);
      return;
    }
    if (headingLike || block.kind === 'heading') this.inBackground = false;
    if (isBackgroundHeading(text) && this.promise && !this.promise.promise.empty) {
      this.inBackground = true;
      this.mode = 'text';
      this.structural.add(block);
      return;
    }
    if (isDoneLabel(text)) {
      this.outcome = this.promise ? this.promise.outcome : this.period.outcome;
      this.mode = 'done';
      this.structural.add(block);
      return;
    }
    if (isActivityLead(text)) {
      this.mode = 'activities';
      this.group = undefined;
      this.structural.add(block);
      return;
    }
    if (isActorGroupLabel(text) || (isActorLead(text) && !/lovar|åtar/i.test(text) && this.promise && !this.promise.promise.empty)) {
      this.mode = 'activities';
      this.group = this.parties.ofLabel(text);
      this.structural.add(block);
      this.notes.push({code: 'activities-by-label', kind: 'guess', at: this.promise ?? this.period, params: {label: text}});
      return;
    }
    if (headingLike && this.startsArea(index)) {
      this.startArea(text);
      return;
    }
    if (block.kind === 'item') this.readItem(block, index);
    else this.readParagraph(block, index, headingLike);
  }

  /** An area heading: followed by a bullet, or by a paragraph that states a promise. */
  private startsArea(index: number): boolean {
    const next = this.blocks[index + 1];
    if (!next || this.periodHeadings.has(index + 1)) return false;
    const nextText = next.text.trim();
    if (isContactHeading(nextText) || isFollowUpHeading(nextText)) return false;
    if (next.kind === 'item') return !next.link;
    return isPromiseStatement(nextText) || isAttPromise(nextText) || isCommitment(nextText);
  }

  private startArea(area: string): void {
    const promise = newPromise(area, true);
    this.period!.promises.push(promise);
    this.promise = promise;
    this.mode = 'awaiting-promise';
    this.group = undefined;
    this.listSink = undefined;
    this.promiseBlock = undefined;
    this.recognizedAnything = true;
    this.notes.push({code: 'area-from-heading', kind: 'guess', at: promise, field: 'area', params: {area}});
  }

  // ---- Bullets ----

  private readItem(block: PageBlock, index: number): void {
    const text = block.text.trim();
    const period = this.period!;
    if (this.mode === 'awaiting-promise' && this.promise) {
      this.setPromiseText(this.promise, block, index);
      return;
    }
    if (this.mode === 'promise-bullets' && this.promise) {
      this.promise.promise.addItem(text);
      this.addTargets(this.promise, text);
      this.promiseBlock = index;
      return;
    }
    const current = this.promise;
    if (current?.ownsParagraphs && this.promiseBlock === index - 1 && (isPromiseStatement(text) || isAttPromise(text))) {
      // "Polisen lovar att …" then "Kommunen lovar att …" under one area: two promises of that area.
      const promise = newPromise(current.area, true);
      this.period!.promises.push(promise);
      this.promise = promise;
      this.setPromiseText(promise, block, index);
      return;
    }
    if (this.mode === 'activities' && this.promise) {
      this.addActivity(this.promise, text);
      return;
    }
    if (this.mode === 'activities' && !this.promise) {
      // Activities before any promise: they make one, which a person completes.
      const promise = this.newListPromise(guessArea(text, this.listLead), '');
      this.notes.push({code: 'promise-missing', kind: 'review', at: promise, field: 'promise', params: {}});
      this.addActivity(promise, text);
      return;
    }
    if ((this.mode === 'done' || this.mode === 'period-outcome') && this.outcome) {
      this.addOutcomeItem(this.outcome, text);
      return;
    }
    if (this.mode === 'plan') {
      this.addPlan(block, true);
      return;
    }
    // A follow-up: bullets after a promise are what was done.
    if (period.followedUp && this.promise && !this.promise.promise.empty && !isPromiseStatement(text)) {
      this.outcome = this.promise.outcome;
      this.mode = 'done';
      this.addOutcomeItem(this.outcome, text);
      return;
    }
    if (period.followedUp && !this.promise && !isPromiseStatement(text) && !isAttPromise(text) && (isResult(text) || isPlanned(text) || isNotDone(text))) {
      this.outcome = period.outcome;
      this.mode = 'done';
      this.addOutcomeItem(this.outcome, text);
      return;
    }
    const dash = this.mode === 'promise-list' ? areaDash(text) : undefined;
    if (dash) {
      const promise = this.newListPromise(capitalize(dash.area), capitalize(dash.rest));
      this.notes.push({code: 'area-from-bullet', kind: 'guess', at: promise, field: 'area', params: {area: promise.area}});
      return;
    }
    if (isPromiseStatement(text) || isAttPromise(text) || (this.mode === 'promise-list' && this.listLead !== '' && /lovar|lovat|åtar/i.test(this.listLead))) {
      const area = guessArea(text, this.listLead);
      const promise = this.newListPromise(area, text);
      this.notes.push({code: area === GENERIC_AREA ? 'area-missing' : 'area-guessed', kind: 'review', at: promise, field: 'area', params: {area}});
      this.mode = 'promise-list';
      return;
    }
    if (this.mode === 'promise-list' && areaDash(text) === undefined && this.listSink === undefined) {
      this.listSink = this.sinkFor().rich;
    }
    const sink = this.listSink ?? this.sinkFor().rich;
    this.listSink = sink;
    sink.addItem(text);
    this.noteSink(sink, block);
  }

  private newListPromise(area: string, text: string): PromiseDraft {
    const promise = newPromise(area, false);
    if (text) promise.promise.add(text);
    // "Polisen lovar att:" and bullets that do not name anyone: the lead says who.
    const by = this.parties.actorsOf(text) ?? (this.mode === 'promise-list' && this.listLead ? this.parties.actorsOf(this.listLead) : undefined);
    if (by && !this.parties.isEveryone(by)) promise.by = by;
    this.addTargets(promise, text);
    this.period!.promises.push(promise);
    this.promise = promise;
    this.recognizedAnything = true;
    return promise;
  }

  private setPromiseText(promise: PromiseDraft, block: PageBlock, index: number): void {
    const text = block.text.trim();
    promise.promise.add(text);
    const by = this.parties.actorsOf(text);
    if (by && !this.parties.isEveryone(by)) promise.by = by;
    this.addTargets(promise, text);
    this.mode = 'text';
    this.promiseBlock = index;
  }

  private addTargets(promise: PromiseDraft, text: string): void {
    for (const found of changeTargets(text)) {
      promise.targets.push(found.target);
      this.notes.push({code: 'target-from-text', kind: 'review', at: found.target, params: {text: found.text}});
    }
  }

  private addActivity(promise: PromiseDraft, text: string): void {
    const by = this.group ?? this.parties.actorsOf(text);
    const activity = {text, ...(by && by.length ? {by} : {}), targets: [] as Record<string, unknown>[]};
    for (const found of countTargets(text)) {
      activity.targets.push(found.target);
      this.notes.push({code: 'target-from-text', kind: 'review', at: found.target, params: {text: found.text}});
    }
    promise.activities.push(activity);
    this.recognizedAnything = true;
  }

  private addOutcomeItem(outcome: OutcomeDraft, text: string): void {
    const by = this.parties.actorsOf(text);
    const item = by ? {text, by} : {text};
    if (isNotDone(text)) {
      outcome.notDone.push(item);
      this.notes.push({code: 'not-done-from-text', kind: 'guess', at: outcome, field: 'notDone', params: {text: excerpt(text)}});
    } else if (isPlanned(text) && !isResult(text)) {
      // A plan is neither done nor left undone: it stays in the summary, to be moved once it happens.
      outcome.summary.addItem(text);
      this.notes.push({code: 'planned-item', kind: 'review', at: outcome.summary, params: {text: excerpt(text)}});
    } else {
      outcome.done.push(item);
    }
    this.recognizedAnything = true;
  }

  // ---- Paragraphs ----

  private readParagraph(block: PageBlock, index: number, headingLike: boolean): void {
    const text = block.text.trim();
    const period = this.period!;
    if (this.promise && this.promiseBlock === index - 1 && block.gap === 0 && !this.tight) {
      // The next line of the promise's own paragraph (a <br>, a line break in the text).
      this.promise.promise.add(text, 'line');
      this.addTargets(this.promise, text);
      this.promiseBlock = index;
      return;
    }
    const leadsBullets = text.endsWith(':') && this.blocks[index + 1]?.kind === 'item';
    if (this.mode === 'awaiting-promise' && this.promise && !headingLike) {
      this.setPromiseText(this.promise, block, index);
      if (leadsBullets && (isPromiseStatement(text) || isActorLead(text))) this.mode = 'promise-bullets';
      return;
    }
    if (leadsBullets && this.promise?.ownsParagraphs && !this.promise.promise.empty && isActorLead(text) && /lovar|åtar/i.test(text)) {
      // "Kommunen lovar att:" after "Polisen lovar att:" and its bullets, under the same area.
      const promise = newPromise(this.promise.area, true);
      this.period!.promises.push(promise);
      this.promise = promise;
      this.setPromiseText(promise, block, index);
      this.mode = 'promise-bullets';
      return;
    }
    if (this.mode === 'promise-bullets') this.mode = 'text';
    if (this.inBackground && this.promise) {
      this.addBackground(this.promise, block);
      return;
    }
    if (this.mode === 'activities' && this.promise && (this.parties.actorsOf(text) || isCommitment(text))) {
      // Activities written as paragraphs ("Polisen ska …", "Kommunen ska …") rather than bullets.
      this.addActivity(this.promise, text);
      return;
    }
    if (this.mode === 'plan') {
      this.addPlan(block, false);
      return;
    }
    if (this.mode === 'period-outcome') {
      this.addOutcomeParagraph(period.outcome, block, false);
      return;
    }
    if (isPromiseListLead(text) || isActorLead(text)) {
      // "För att minska inbrotten lovar polisen och kommunen:": the bullets after it are promises.
      const sink = this.sinkFor();
      this.addText(sink.rich, block, false, sink.review);
      this.mode = 'promise-list';
      this.listLead = text;
      this.listSink = undefined;
      this.promise = undefined;
      return;
    }
    if (isPromiseStatement(text) && !headingLike) {
      const previous = this.promise;
      if (previous && !previous.ownsParagraphs && this.promiseBlock === index - 1 && block.kind === 'line') {
        // A second paragraph of the same promise, right after the first.
        previous.promise.add(text);
        this.addTargets(previous, text);
        this.promiseBlock = index;
        return;
      }
      if (!previous || !previous.ownsParagraphs || this.mode !== 'text' || previous.promise.empty === false) {
        const area = guessArea(text);
        const promise = this.newListPromise(area, text);
        this.notes.push({code: area === GENERIC_AREA ? 'area-missing' : 'area-guessed', kind: 'review', at: promise, field: 'area', params: {area}});
        this.promiseBlock = index;
        this.mode = 'text';
        this.listSink = undefined;
        return;
      }
    }
    this.listSink = text.endsWith(':') ? undefined : this.listSink;
    if (this.mode === 'activities' || this.mode === 'done' || this.mode === 'promise-list') this.mode = 'text';
    const promise = this.promise;
    if (promise && period.followedUp && (promise.outcome.done.length > 0 || promise.outcome.notDone.length > 0)) {
      // After a followed-up promise's results: what was not done, or a remark on the period or the promise.
      const periodWide = isPeriodWide(text) || (block.gap >= 2 && !isNotDone(text));
      this.addOutcomeParagraph(periodWide ? period.outcome : promise.outcome, block, !periodWide);
      return;
    }
    if (headingLike) {
      // A heading that starts no area ends the promise before it: what follows is the heading's, not the promise's.
      this.promise = undefined;
      const sink = this.sinkFor();
      sink.rich.addHeading(text);
      if (sink.review) this.noteUnplaced(sink.rich, block);
      else this.noteSink(sink.rich, block);
      this.listSink = sink.rich;
      return;
    }
    if (promise && promise.ownsParagraphs && !promise.promise.empty) {
      this.addBackground(promise, block);
      return;
    }
    const sink = this.sinkFor();
    this.addText(sink.rich, block, false, sink.review);
    if (text.endsWith(':')) this.listSink = sink.rich;
  }

  /** A promise's paragraph: why (background), except sentences saying how it is followed up. */
  private addBackground(promise: PromiseDraft, block: PageBlock): void {
    const sentences = sentencesOf(block.text);
    const split = sentences.findIndex((sentence, index) => index > 0 && isFollowUpSentence(sentence));
    const rest = split > 0 ? sentences.slice(split) : [];
    if (rest.length > 0 && rest.every(isFollowUpSentence)) {
      promise.background.add(sentences.slice(0, split).join(' '));
      promise.followUp.add(rest.join(' '));
      this.notes.push({code: 'follow-up-from-text', kind: 'guess', at: promise.followUp, params: {text: excerpt(rest.join(' '))}});
    } else if (sentences.length > 0 && sentences.every(isFollowUpSentence)) {
      promise.followUp.add(block.text.trim());
      this.notes.push({code: 'follow-up-from-text', kind: 'guess', at: promise.followUp, params: {text: excerpt(block.text)}});
    } else {
      promise.background.add(block.text.trim(), this.joinOf(block));
      if (this.first(promise.background, 'background-from-text')) {
        this.notes.push({code: 'background-from-text', kind: 'guess', at: promise.background, params: {text: excerpt(block.text)}});
      }
    }
  }

  private addOutcomeParagraph(outcome: OutcomeDraft, block: PageBlock, review: boolean): void {
    const text = block.text.trim();
    if (isNotDone(text)) {
      const by = this.parties.actorsOf(text);
      outcome.notDone.push(by ? {text, by} : {text});
      this.notes.push({code: 'not-done-from-text', kind: 'guess', at: outcome, field: 'notDone', params: {text: excerpt(text)}});
      return;
    }
    outcome.summary.add(text, this.joinOf(block));
    if (this.first(outcome.summary, 'summary-from-text')) {
      this.notes.push({code: 'summary-from-text', kind: review ? 'review' : 'guess', at: outcome.summary, params: {text: excerpt(text)}});
    }
  }

  // ---- Follow-up sections inside a period ----

  /** "Uppföljning" under a period: results go to the outcome; a plan for following up goes to `followUp`. */
  private startFollowUpSection(index: number): void {
    const period = this.period!;
    let results = false;
    for (let next = index + 1; next < this.blocks.length; next++) {
      const block = this.blocks[next]!;
      if (this.periodHeadings.has(next) || (isHeadingLike(block, this.blocks[next + 1], this.tight) && !isFileName(block.text))) break;
      if (isResult(block.text) || isDoneLabel(block.text)) results = true;
    }
    this.group = undefined;
    this.listSink = undefined;
    if (results) {
      this.mode = 'period-outcome';
      this.outcome = period.outcome;
      this.structural.add(this.blocks[index]!);
      this.notes.push({code: 'outcome-section', kind: 'guess', at: period.outcome, params: {heading: this.blocks[index]!.text}});
    } else {
      this.mode = 'plan';
      const single = period.promises.length === 1 ? period.promises[0] : undefined;
      if (single) {
        this.structural.add(this.blocks[index]!);
      } else {
        period.intro.addHeading(this.blocks[index]!.text);
      }
    }
  }

  /** A follow-up plan: the one promise's `followUp`, or the period's intro when it covers several. */
  private addPlan(block: PageBlock, item: boolean): void {
    const period = this.period!;
    const single = period.promises.length === 1 ? period.promises[0] : undefined;
    const target = single ? single.followUp : period.intro;
    if (item) target.addItem(block.text.trim());
    else target.add(block.text.trim(), this.joinOf(block));
    if (this.first(target, single ? 'follow-up-plan' : 'follow-up-plan-in-intro')) {
      if (single) this.notes.push({code: 'follow-up-plan', kind: 'guess', at: target, params: {text: excerpt(block.text)}});
      else this.notes.push({code: 'follow-up-plan-in-intro', kind: 'review', at: target, params: {text: excerpt(block.text)}});
    }
  }

  // ---- Contacts, signatories, links ----

  private readContactLine(block: PageBlock): void {
    // A linked address ("[anna@x.se](mailto:anna@x.se)") is read as the address it shows.
    const lines = block.text.split('\n').map((line) =>
      line.replace(/\[([^\]]*)\]\((?:mailto:|tel:|https?:)[^)]*\)/g, (link, shown: string) => (isContactDetail(shown) || /^(?:https?:\/\/|www\.)/.test(shown) ? shown : link))
    );
    const placed =
      block.kind === 'item' ? addPersonItem(this.draft.contacts, lines) : addContactLine(this.draft.contacts, lines.join(' '), false);
    if (placed.placed) {
      if (!placed.whole || /^kontakt/i.test(block.text.trim()) || /^har du frågor/i.test(block.text.trim())) this.structural.add(block);
      const contact = this.draft.contacts.at(-1);
      if (contact && this.first(contact, 'contact-found')) {
        this.notes.push({code: 'contact-found', kind: 'guess', at: contact, params: {text: excerpt(block.text)}});
      }
      this.recognizedAnything = true;
      return;
    }
    // A sentence in the contact section: kept in the page's introduction, for a person to move.
    this.addText(this.draft.intro, block, false, true);
  }

  private readSignatories(index: number, signing: {place: string; date: string}): void {
    const period = this.period ?? this.draft.periods.at(-1);
    const block = this.blocks[index]!;
    if (!period) {
      this.addText(this.draft.intro, block, false, true);
      return;
    }
    this.structural.add(block);
    // Names over titles, in columns ("Name    Name" / "Title    Title") or one per line.
    const rows: string[][] = [];
    for (let next = index + 1; next < this.blocks.length && rows.length < 2; next++) {
      const row = this.blocks[next]!;
      if (row.kind === 'heading' || row.kind === 'item' || /[.!?:]$/.test(row.text) || row.text.length > 120) break;
      rows.push(row.columns ? [...row.columns] : [row.text.trim()]);
    }
    const names = rows[0] ?? [];
    const titles = rows[1] && rows[1].length === names.length ? rows[1] : [];
    const consumed = names.length === 0 ? 0 : titles.length > 0 ? 2 : 1;
    names.forEach((name, column) => {
      const role = titles[column];
      const party = role ? this.parties.ofTitle(role) : undefined;
      period.signatories.push({name, ...(role ? {role} : {}), ...(party ? {party} : {}), date: signing.date});
    });
    this.skip(index + 1, consumed);
    this.notes.push({code: 'signatories-found', kind: 'guess', at: period, field: 'signatories', params: {place: signing.place, date: signing.date, count: names.length}});
    this.recognizedAnything = true;
  }

  /** Marks lines that a look-ahead has read, so that the main loop passes them. */
  private skip(from: number, count: number): void {
    for (let offset = 0; offset < count; offset++) this.skipped.add(from + offset);
  }

  /** A line that is nothing but a link or a file name: the period's (or the page's) links. */
  private readLink(block: PageBlock): boolean {
    const text = block.link ? block.link.text : block.text.trim();
    const url = block.link?.url;
    if (!text || this.mode === 'activities' || this.mode === 'done') return false;
    const link = url ? {text, url} : {text};
    const list = this.period ? this.period.links : this.draft.links;
    list.push(link);
    this.notes.push(url ? {code: 'link-found', kind: 'guess', at: link, params: {text}} : {code: 'link-without-url', kind: 'review', at: link, params: {text}});
    return true;
  }

  // ---- Text fields ----

  /** The text field a passage that fits nowhere else goes to, and whether a person should check it there. */
  private sinkFor(): {rich: RichDraft; review: boolean} {
    const period = this.period;
    if (!period) return {rich: this.draft.intro, review: false};
    if (period.promises.length === 0) return {rich: period.intro, review: false};
    return {rich: period.intro, review: true};
  }

  private addText(sink: RichDraft, block: PageBlock, asHeading: boolean, review: boolean): void {
    if (asHeading) sink.addHeading(block.text.trim());
    else if (block.kind === 'item') sink.addItem(block.text.trim());
    else sink.add(block.text.trim(), this.joinOf(block));
    if (review) this.noteUnplaced(sink, block);
    else this.noteSink(sink, block);
  }

  /** A passage in an introduction: the page's opening text (once), or one that came after the promises (to check). */
  private noteSink(sink: RichDraft, block: PageBlock): void {
    const period = this.period;
    const late = period !== undefined && sink === period.intro && period.promises.length > 0;
    if (late) this.noteUnplaced(sink, block);
    else if (this.first(sink, 'intro-from-text')) {
      this.notes.push({code: 'intro-from-text', kind: 'guess', at: sink, params: {text: excerpt(block.text)}});
    }
  }

  /** One review note for a run of lines that fit nowhere and went to the same field. */
  private noteUnplaced(sink: RichDraft, block: PageBlock): void {
    const run = this.lastUnplaced;
    this.lastUnplaced = {sink, index: this.index};
    if (run && run.sink === sink && run.index === this.index - 1) return;
    this.notes.push({code: 'unplaced-passage', kind: 'review', at: sink, params: {text: excerpt(block.text)}});
  }

  /** A line right under the one before is a line break in it; on a tight page every line is a paragraph. */
  private joinOf(block: PageBlock): 'line' | 'paragraph' {
    return block.gap === 0 && !this.tight ? 'line' : 'paragraph';
  }

  /** True the first time a note of `code` is asked for on `node`. */
  private first(node: object, code: string): boolean {
    let codes = this.noted.get(node);
    if (!codes) this.noted.set(node, (codes = new Set()));
    if (codes.has(code)) return false;
    codes.add(code);
    return true;
  }

  // ---- The end ----

  /** Every period gets a promise and every promise a text, so that nothing is dropped by the feed's rules. */
  private finish(): void {
    for (const period of this.draft.periods) {
      for (const promise of period.promises) {
        if (promise.promise.empty) {
          promise.promise.add(promise.area);
          this.notes.push({code: 'promise-missing', kind: 'review', at: promise, field: 'promise', params: {area: promise.area}});
        }
      }
      if (period.promises.length === 0) {
        const promise = newPromise(GENERIC_AREA, false);
        const intro = period.intro.toString();
        const firstParagraph = intro.split('\n\n')[0] ?? '';
        promise.promise.add(firstParagraph && !firstParagraph.startsWith('**') ? firstParagraph : (period.title ?? GENERIC_AREA));
        period.promises.push(promise);
        this.notes.push({code: 'promise-missing', kind: 'review', at: promise, field: 'promise', params: {area: promise.area}});
      }
    }
  }
}
