/**
 * The "nothing lost" rule, in one place for the command, the editor and the
 * tests.
 *
 * The page's sentences: each line of each block (bullet markers are
 * already gone), cut at column gaps (three or more spaces) and after ".",
 * "!" or "?" followed by a space and a capital letter, a digit or a quote.
 *
 * A sentence is kept when its words, in order and next to each other,
 * stand in the draft's texts read in the order of the JSON (so a bullet
 * "Trafik – arbeta för …" split into an area and a promise is still kept).
 * Words are runs of letters and digits, compared in lower case, so spaces,
 * dashes, quotes, bullets and Markdown (`**`, `[text](url)`) do not count.
 * Ids, URLs, party references and the format's own keywords are not read.
 * A line the importer turned into structure (a label such as "Polisens
 * aktiviteter:", a signing line whose date went to the signatories) counts
 * as kept; which lines those are is fixed in recognize.ts.
 */
import type {PageBlock} from './types.js';

const SENTENCE_END = /(?<=[.!?]["”’»)]?)\s+(?=[\p{Lu}\p{N}"”“«(])/u;
const WORD = /[\p{L}\p{N}]+/gu;
const MARKDOWN_LINK = /\[([^\]]*)\]\([^)]*\)/g;
const NOT_TEXT = new Set(['id', 'url', 'by', 'party', 'format', 'language', 'kind', '$schema', 'status']);

export function wordsOf(text: string): string[] {
  return text.replace(MARKDOWN_LINK, '$1').toLowerCase().match(WORD) ?? [];
}

/** The sentences of one block's text, spaces normalised. */
export function sentencesOf(text: string): string[] {
  const sentences: string[] = [];
  for (const line of text.replace(MARKDOWN_LINK, '$1').split('\n')) {
    for (const cell of line.split(/\s{3,}|\t/)) {
      for (const sentence of cell.split(SENTENCE_END)) {
        const clean = sentence.replace(/\s+/g, ' ').trim();
        if (wordsOf(clean).length > 0) sentences.push(clean);
      }
    }
  }
  return sentences;
}

/** Every word of the draft's texts, in the order of its JSON. */
function draftWords(value: unknown, out: string[], key?: string): string[] {
  if (key !== undefined && NOT_TEXT.has(key)) return out;
  if (typeof value === 'string') {
    for (const word of wordsOf(value)) out.push(word);
  } else if (Array.isArray(value)) {
    for (const item of value) draftWords(item, out);
  } else if (typeof value === 'object' && value !== null) {
    for (const [name, item] of Object.entries(value)) draftWords(item, out, name);
  }
  return out;
}

export interface SentenceCount {
  readonly total: number;
  readonly kept: number;
  readonly missing: readonly string[];
}

/**
 * How many sentences of `blocks` are in `feed`. `structural` holds the
 * blocks whose text the importer turned into structure.
 */
export function countSentences(
  blocks: readonly PageBlock[],
  feed: Record<string, unknown> | undefined,
  structural: ReadonlySet<PageBlock>
): SentenceCount {
  const words = feed ? draftWords(feed, []) : [];
  const positions = new Map<string, number[]>();
  words.forEach((word, index) => {
    const list = positions.get(word);
    if (list) list.push(index);
    else positions.set(word, [index]);
  });
  const found = (sentence: readonly string[]) =>
    (positions.get(sentence[0]!) ?? []).some((start) => sentence.every((word, offset) => words[start + offset] === word));

  let total = 0;
  let kept = 0;
  const missing: string[] = [];
  for (const block of blocks) {
    for (const sentence of sentencesOf(block.text)) {
      total++;
      if (feed && (structural.has(block) || found(wordsOf(sentence)))) kept++;
      else missing.push(sentence);
    }
  }
  return {total, kept, missing};
}
