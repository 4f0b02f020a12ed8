/**
 * The importer: an existing medborgarlöften page (its text, or its HTML)
 * to a draft feed (format 1), losing nothing. Pure: no DOM and no Node, so
 * the command (`medborgar-loften import`) and the editor run the same code.
 *
 * ```ts
 * import {importPage} from 'medborgar-loften/import';
 * const {feed, notes, sentences} = importPage(pastedText);
 * ```
 *
 * **First duty: lose nothing.** Every sentence of the page lands in the
 * draft: in the field it was recognised as, or, when nothing fits, in the
 * nearest text field (the feed's or period's `intro`, a promise's
 * `background`, an outcome's `summary`) with a `review` note. Only site
 * chrome from a short list (chrome.ts: skip links, "Lyssna", an empty
 * "Senast ändrad:" label) and, in HTML, `script`/`style`/`nav`/`form`/page
 * `header`/`footer` are removed, each with a note. `sentences` counts the
 * page's sentences and those found in the draft, by the one rule in
 * sentences.ts; anything missing is also a `problem` note.
 *
 * **Then it recognises** (recognize.ts, patterns.ts): the title; periods
 * from headings, the title or the text ("2021–2022", "2023-2024", "under
 * 2020", "2018-07-01—2020-06-30"), newest first, a "Så gick det …" or
 * "Uppföljning" period as followed up; areas as headings or bold lines
 * followed by their promise, or "Område – text" bullets; promises as
 * bullets or paragraphs ("Polisen och kommunen lovar att …", "Att polisen
 * …"); activities after "Detta ska göras genom att" and the like, grouped
 * by "Polisens aktiviteter:", "Kommunens aktiviteter:", "Gemensamma
 * aktiviteter:", or by the actor a bullet names (`by`); counts in
 * activities ("minst två tillfällen per år") and changes in promises
 * ("ska minska med fem procent fram till år 2027") as targets; outcomes
 * ("Exempel på genomförda insatser:" → `done`, what was not carried out →
 * `notDone`, a closing remark → `summary`); a follow-up plan → `followUp`;
 * contact blocks; a signing line and signatories set out in columns; file
 * names and links; "Senast ändrad" with a date → `updated`.
 *
 * The draft passes the project's own `parseFeed`; anything it reports is a
 * `problem` note. Notes are codes with params (NOTE_CODES); their sentences
 * for people are in messages.ts.
 */
import {parseFeed} from '../feed/index.js';
import {removeChrome} from './chrome.js';
import {serialize} from './draft.js';
import {blocksFromHtml, looksLikeHtml} from './html-page.js';
import {recognize} from './recognize.js';
import {countSentences} from './sentences.js';
import {blocksFromText} from './text-page.js';
import type {ImportNote, ImportOptions, ImportResult, PageBlock, PendingNote} from './types.js';

export type {ImportNote, ImportNoteKind, ImportOptions, ImportResult} from './types.js';

/**
 * Every note code, with its params. Kinds: guess (placed, worth a look),
 * review (a person should check or move it), problem (missing or left out).
 */
export const NOTE_CODES = {
  // The page as a whole
  'nothing-found': 'problem: no text that looks like medborgarlöften',
  'chrome-removed': 'guess {text}: a site chrome line was removed (chrome.ts)',
  'empty-label-removed': 'guess {text}: an empty "Senast ändrad:" label was removed',
  'navigation-removed': 'guess {element, text}: an HTML nav/header/footer/form was left out',
  'code-removed': 'guess {element}: an HTML script/style/template/noscript was left out',
  'unsafe-link': 'problem {text}: a link whose URL the feed refuses; its text is kept',
  'sentence-not-kept': 'problem {text}: a sentence of the page that is not in the draft',
  'feed-problem': "problem {code, consequence?, …params}: the feed module's verdict on the draft (a problem's code and params, or a fatal kind)",
  // Where things came from
  'party-found': 'guess {name}',
  'party-name-guessed': 'review {name}: a municipality named from the title, or "Kommunen"',
  'period-from-heading': 'guess {text}',
  'followed-up-period': 'guess {text}: a "Så gick det …" period, read as its outcomes',
  'period-from-title': 'guess {text}',
  'period-from-text': 'review {text}: dates from the first date in the text',
  'period-missing': 'problem: no dates found; `from` must be filled in',
  'intro-from-text': 'guess {text}',
  'area-from-heading': 'guess {area}',
  'area-from-bullet': 'guess {area}: "Område – text" bullet',
  'area-guessed': 'review {area}: no heading; a topic word of the promise',
  'area-missing': 'review {area}: no heading and no topic word',
  'promise-missing': 'review {area}: no promise text; the area (or the intro) was copied in',
  'background-from-text': 'guess {text}',
  'follow-up-from-text': 'guess {text}',
  'follow-up-plan': 'guess {text}: an "Uppföljning" section without results',
  'follow-up-plan-in-intro': 'review {text}: the same, for a period of several promises',
  'activities-by-label': 'guess {label}',
  'target-from-text': 'review {text}',
  'outcome-section': 'guess {heading}',
  'not-done-from-text': 'guess {text}',
  'planned-item': 'review {text}: a plan in a list of results, kept in the summary',
  'summary-from-text': 'guess or review {text}',
  'contact-found': 'guess {text}',
  'signatories-found': 'guess {place, date, count}',
  'link-found': 'guess {text}',
  'link-without-url': 'review {text}: a file name without its address',
  'updated-found': 'guess {date}',
  'unplaced-passage': 'review {text}: a passage that fits nowhere, kept in the nearest text field',
} as const;

/** Imports a page: its text or HTML, as pasted. */
export function importPage(input: string, options: ImportOptions = {}): ImportResult {
  const language = options.language ?? 'sv';
  const html = options.kind === 'html' || ((options.kind ?? 'auto') === 'auto' && looksLikeHtml(input));
  const pending: PendingNote[] = [];
  const read = html ? blocksFromHtml(input, pending) : blocksFromText(input);
  const blocks = removeChrome(read, pending);
  if (blocks.length === 0) return nothing(blocks, pending);

  const beforeReading = pending.length;
  const recognized = recognize(blocks, pending);
  // Notes on a draft that is not given would point at nothing.
  if (!recognized.usable) return nothing(blocks, pending.slice(0, beforeReading));

  const {feed, paths} = serialize(recognized.draft, recognized.parties.list, language);
  const notes: ImportNote[] = pending.map((note) => {
    const base = note.at ? paths.get(note.at) : undefined;
    const path = base ? (note.field !== undefined ? [...base, note.field] : [...base]) : [];
    return {code: note.code, kind: note.kind, path, params: note.params};
  });

  const parsed = parseFeed(feed);
  if (!parsed.ok) {
    const params: Record<string, string> = {code: parsed.error.kind};
    if (parsed.error.found !== undefined) params['found'] = parsed.error.found;
    notes.push({code: 'feed-problem', kind: 'problem', path: [], params});
  } else {
    for (const problem of parsed.problems) {
      const params = {...problem.params, code: problem.code, consequence: problem.consequence};
      notes.push({code: 'feed-problem', kind: 'problem', path: problem.segments, params});
    }
  }
  const sentences = countSentences(blocks, feed, recognized.structural);
  for (const text of sentences.missing) notes.push({code: 'sentence-not-kept', kind: 'problem', path: [], params: {text}});
  return {feed, notes, sentences};
}

function nothing(blocks: readonly PageBlock[], pending: readonly PendingNote[]): ImportResult {
  const notes: ImportNote[] = pending.map((note) => ({code: note.code, kind: note.kind, path: [], params: note.params}));
  notes.push({code: 'nothing-found', kind: 'problem', path: [], params: {}});
  return {feed: undefined, notes, sentences: countSentences(blocks, undefined, new Set())};
}
