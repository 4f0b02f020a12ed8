/**
 * The feed's rich-text subset, parsed into a small tree that templates render
 * node by node. Nothing becomes markup: HTML in a feed stays the text it is.
 *
 * - paragraphs are separated by a blank line; a single newline is a line break;
 * - lines starting (after optional spaces) with `- `, `* ` or `• ` are bullets;
 * - `[text](url)`, `*emphasis*` and `**strong**` inside a line.
 */
import type {Block, Inline} from './types.js';
import {safeUrl} from './url.js';

export interface ParsedRichText {
  readonly blocks: readonly Block[];
  /** Link URLs that the allowlist refused; their text is kept. */
  readonly refusedUrls: readonly string[];
  /** True when the node budget ran out in this text: the rest is plain text. */
  readonly budgetExhausted: boolean;
}

/**
 * How many nodes (blocks, list items, line breaks, links, emphasis) parsing
 * may still make. Shared by every text of a feed, so that a feed of
 * markup-dense texts cannot make a page of a million elements.
 */
export interface NodeBudget {
  remaining: number;
}

const BULLET = /^[ \t]*[-*•][ \t]+/;
const INDENTED = /^[ \t]+\S/;
/** Nesting of emphasis inside links inside strong… is cut off here. */
const MAX_DEPTH = 4;
const MARKUP_START = /[[*]/g;
/** Characters without which a text is one line of plain text (bullets aside). */
const LINES_OR_MARKUP = /[\r\n[*]/;

export function parseRichText(source: string, budget: NodeBudget = {remaining: Infinity}): ParsedRichText {
  // Most feed texts are one plain sentence or two: no newline, no markup,
  // no bullet. For them the passes of `parseMarkup` (line endings,
  // paragraphs, lines, inline scan) all come to one paragraph holding the
  // trimmed text, so it is made directly: those passes, and the arrays and
  // strings they leave behind, would be most of the time a large feed takes.
  // Two functions, so that the rare texts with markup do not make the engine
  // throw away the optimized code of the common case.
  return budget.remaining > 0 && !LINES_OR_MARKUP.test(source) && !BULLET.test(source)
    ? parsePlainLine(source, budget)
    : parseMarkup(source, budget);
}

/** The tree `parseMarkup` makes of one line without markup, made directly. */
function parsePlainLine(source: string, budget: NodeBudget): ParsedRichText {
  const text = source.trim();
  if (text === '') return {blocks: [], refusedUrls: [], budgetExhausted: false};
  budget.remaining--;
  return {
    blocks: [{type: 'paragraph', children: [{type: 'text', text}]}],
    refusedUrls: [],
    budgetExhausted: budget.remaining <= 0,
  };
}

function parseMarkup(source: string, budget: NodeBudget): ParsedRichText {
  const startedWith = budget.remaining;
  const refusedUrls: string[] = [];
  const blocks: Block[] = [];
  const paragraphs = source
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((chunk) => chunk.replace(/^\n+|\n+$/g, ''))
    .filter((chunk) => chunk.trim() !== '');

  for (const [index, chunk] of paragraphs.entries()) {
    if (budget.remaining <= 0) {
      // Out of budget: the rest of the text stays, as one plain paragraph.
      const rest = paragraphs.slice(index).join(' ').replace(/\s+/g, ' ');
      blocks.push({type: 'paragraph', children: [{type: 'text', text: rest}]});
      break;
    }
    let lines: string[] = [];
    let items: string[][] = [];
    const flushParagraph = () => {
      if (lines.length) {
        budget.remaining--;
        blocks.push({type: 'paragraph', children: parseLines(lines, refusedUrls, budget)});
        lines = [];
      }
    };
    const flushList = () => {
      if (items.length) {
        budget.remaining -= items.length + 1;
        blocks.push({type: 'list', items: items.map((item) => parseLines(item, refusedUrls, budget))});
        items = [];
      }
    };
    for (const line of chunk.split('\n')) {
      if (BULLET.test(line)) {
        flushParagraph();
        items.push([line.replace(BULLET, '')]);
      } else if (items.length && INDENTED.test(line)) {
        // An indented line under a bullet continues that bullet.
        items[items.length - 1]!.push(line);
      } else {
        flushList();
        lines.push(line);
      }
    }
    flushParagraph();
    flushList();
  }
  return {blocks, refusedUrls, budgetExhausted: budget.remaining <= 0 && startedWith > 0};
}

/** Lines of one paragraph or bullet, joined by line breaks. */
function parseLines(lines: readonly string[], refusedUrls: string[], budget: NodeBudget): Inline[] {
  const result: Inline[] = [];
  lines.forEach((line, index) => {
    if (index > 0) {
      if (budget.remaining > 0) {
        budget.remaining--;
        result.push({type: 'break'});
      } else {
        result.push({type: 'text', text: ' '});
      }
    }
    result.push(...parseInline(line.trim(), refusedUrls, 0, budget));
  });
  return result;
}

/** A link at the sticky position: `[text](url)`, the URL may hold one level of parentheses. */
const LINK = /\[([^\]\n]*)\]\(\s*((?:[^()\s]|\([^()\s]*\))*)\s*\)/y;

/**
 * Finds closing delimiters for the openers of one line without rescanning
 * the rest of the line for every opener: searching anew from each `[` and
 * `*` makes a hostile 20,000-character text of `[` or `**a ` cost a third
 * of a second, and a 5 MB feed of them freeze the tab for over a minute
 * (limits.ts promises that no feed does that).
 */
class Closers {
  /** The first `]` at or after the last position asked about; -1: none left. */
  #bracket = -2;
  /** A `]` after which no link can be read (its URL part is malformed). */
  #failedBracket = -1;
  /** Emphasis ends already followed: a `*` position → where its search ended. */
  readonly #emEnds = new Map<number, number>();

  readonly #text: string;

  constructor(text: string) {
    this.#text = text;
  }

  /** Whether a link may start at the `[` at `i`: a `](` must follow. */
  mayLink(i: number): boolean {
    if (this.#bracket !== -1 && this.#bracket < i) this.#bracket = this.#text.indexOf(']', i);
    return this.#bracket !== -1 && this.#text[this.#bracket + 1] === '(' && this.#bracket !== this.#failedBracket;
  }

  /**
   * No link could be read at the `[` last asked about. Every `[` before the
   * same `]` shares the URL part that failed (a line holds no newline), so
   * they fail too.
   */
  linkFailed(): void {
    this.#failedBracket = this.#bracket;
  }

  /** Where the `*` closing an emphasis whose content starts at `start` is, or -1. */
  emEnd(start: number): number {
    const text = this.#text;
    let end = text.indexOf('*', start + 1);
    const visited: number[] = [];
    // A `**` is not the end: skip over strong inside emphasis.
    while (end !== -1 && text[end + 1] === '*') {
      const known = this.#emEnds.get(end);
      if (known !== undefined) {
        end = known;
        break;
      }
      visited.push(end);
      const close = text.indexOf('**', end + 2);
      end = close === -1 ? -1 : text.indexOf('*', close + 2);
    }
    for (const position of visited) this.#emEnds.set(position, end);
    return end;
  }
}

function parseInline(text: string, refusedUrls: string[], depth: number, budget: NodeBudget): Inline[] {
  const nodes: Inline[] = [];
  let plain = '';
  const flush = () => {
    if (plain) nodes.push({type: 'text', text: plain});
    plain = '';
  };
  const closers = new Closers(text);
  let i = 0;
  while (i < text.length) {
    // Markup only while the budget lasts; after that, the characters are text.
    const markup = depth < MAX_DEPTH && budget.remaining > 0;
    if (!markup) {
      plain += text.slice(i);
      break;
    }
    if (text[i] !== '[' && text[i] !== '*') {
      // Plain text up to the next character that may start markup, in one step.
      MARKUP_START.lastIndex = i;
      const next = MARKUP_START.exec(text)?.index ?? text.length;
      plain += text.slice(i, next);
      i = next;
      continue;
    }
    if (markup && text[i] === '[' && closers.mayLink(i)) {
      LINK.lastIndex = i;
      const link = LINK.exec(text);
      if (!link) closers.linkFailed();
      else if (link[1]!.trim() !== '') {
        flush();
        const href = safeUrl(link[2]!);
        if (href === null) refusedUrls.push(link[2]!);
        budget.remaining--;
        nodes.push({
          type: 'link',
          href,
          children: parseInline(link[1]!, refusedUrls, depth + 1, budget),
        });
        i += link[0].length;
        continue;
      }
    }
    if (markup && text[i] === '*') {
      const strong = text[i + 1] === '*' ? strongContent(text, i + 2) : undefined;
      if (strong !== undefined) {
        flush();
        budget.remaining--;
        nodes.push({type: 'strong', children: parseInline(strong, refusedUrls, depth + 1, budget)});
        i += strong.length + 4;
        continue;
      }
      const em = emContent(text, i + 1, closers);
      if (em !== undefined) {
        flush();
        budget.remaining--;
        nodes.push({type: 'em', children: parseInline(em, refusedUrls, depth + 1, budget)});
        i += em.length + 2;
        continue;
      }
    }
    plain += text[i];
    i++;
  }
  flush();
  return nodes;
}

/**
 * A span's content must not start or end with a space (so "5 * 3 * 2" stays
 * text) and must hold more than stars (so "****" stays text).
 */
function isSpan(content: string): boolean {
  return content !== '' && !/^\s|\s$/.test(content) && /[^*]/.test(content);
}

/** The content of `**strong**` whose content starts at `start`, if it is one. */
function strongContent(text: string, start: number): string | undefined {
  if (start >= text.length) return undefined;
  let end = text.indexOf('**', start + 1);
  if (end === -1) return undefined;
  // In `**bold *and em***` the emphasis inside closes first: with an odd
  // number of stars inside, the last two of a `***` close the strong
  // (closing at the first two would leave a stray `*` on show).
  if (text[end + 2] === '*' && countStars(text.slice(start, end)) % 2 === 1) end++;
  const content = text.slice(start, end);
  return isSpan(content) ? content : undefined;
}

/** The content of `*emphasis*` whose content starts at `start`, if it is one. */
function emContent(text: string, start: number, closers: Closers): string | undefined {
  // `**` that is no strong is no emphasis of a star either: "**a*" is "*" + *a*.
  if (start >= text.length || text[start] === '*') return undefined;
  const end = closers.emEnd(start);
  if (end === -1) return undefined;
  const content = text.slice(start, end);
  return isSpan(content) ? content : undefined;
}

function countStars(text: string): number {
  let count = 0;
  for (const char of text) if (char === '*') count++;
  return count;
}

/** The rich text as plain text, for places that need words only. */
export function richTextToPlain(blocks: readonly Block[]): string {
  const inline = (nodes: readonly Inline[]): string =>
    nodes
      .map((node) =>
        node.type === 'text' ? node.text : node.type === 'break' ? '\n' : inline(node.children)
      )
      .join('');
  return blocks
    .map((block) =>
      block.type === 'paragraph'
        ? inline(block.children)
        : block.items.map((item) => `• ${inline(item)}`).join('\n')
    )
    .join('\n\n');
}
