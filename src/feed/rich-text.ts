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
}

const BULLET = /^[ \t]*[-*•][ \t]+/;
const INDENTED = /^[ \t]+\S/;
/** Nesting of emphasis inside links inside strong… is cut off here. */
const MAX_DEPTH = 4;

export function parseRichText(source: string): ParsedRichText {
  const refusedUrls: string[] = [];
  const blocks: Block[] = [];
  const paragraphs = source
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((chunk) => chunk.replace(/^\n+|\n+$/g, ''))
    .filter((chunk) => chunk.trim() !== '');

  for (const chunk of paragraphs) {
    let lines: string[] = [];
    let items: string[][] = [];
    const flushParagraph = () => {
      if (lines.length) {
        blocks.push({type: 'paragraph', children: parseLines(lines, refusedUrls)});
        lines = [];
      }
    };
    const flushList = () => {
      if (items.length) {
        blocks.push({type: 'list', items: items.map((item) => parseLines(item, refusedUrls))});
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
  return {blocks, refusedUrls};
}

/** Lines of one paragraph or bullet, joined by line breaks. */
function parseLines(lines: readonly string[], refusedUrls: string[]): Inline[] {
  const result: Inline[] = [];
  lines.forEach((line, index) => {
    if (index > 0) result.push({type: 'break'});
    result.push(...parseInline(line.trim(), refusedUrls, 0));
  });
  return result;
}

const LINK = /^\[([^\]\n]*)\]\(\s*((?:[^()\s]|\([^()\s]*\))*)\s*\)/;

function parseInline(text: string, refusedUrls: string[], depth: number): Inline[] {
  const nodes: Inline[] = [];
  let plain = '';
  const flush = () => {
    if (plain) nodes.push({type: 'text', text: plain});
    plain = '';
  };
  let i = 0;
  while (i < text.length) {
    const rest = text.slice(i);
    if (depth < MAX_DEPTH && text[i] === '[') {
      const link = LINK.exec(rest);
      if (link && link[1]!.trim() !== '') {
        flush();
        const href = safeUrl(link[2]!);
        if (href === null) refusedUrls.push(link[2]!);
        nodes.push({
          type: 'link',
          href,
          children: parseInline(link[1]!, refusedUrls, depth + 1),
        });
        i += link[0].length;
        continue;
      }
    }
    if (depth < MAX_DEPTH && text[i] === '*') {
      const strong = rest.startsWith('**') ? matchDelimited(rest, '**') : undefined;
      if (strong !== undefined) {
        flush();
        nodes.push({type: 'strong', children: parseInline(strong, refusedUrls, depth + 1)});
        i += strong.length + 4;
        continue;
      }
      const em = matchDelimited(rest, '*');
      if (em !== undefined) {
        flush();
        nodes.push({type: 'em', children: parseInline(em, refusedUrls, depth + 1)});
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
 * The content between an opening and a closing delimiter at the start of
 * `text`, if it is a span: non-empty, not starting or ending with a space
 * (so "5 * 3 * 2" stays text).
 */
function matchDelimited(text: string, delimiter: string): string | undefined {
  const start = delimiter.length;
  if (text.length <= start || /\s/.test(text[start]!)) return undefined;
  let end = text.indexOf(delimiter, start + 1);
  // For emphasis, a `**` is not its end: skip over strong inside emphasis.
  while (delimiter === '*' && end !== -1 && text[end + 1] === '*') {
    const close = text.indexOf('**', end + 2);
    if (close === -1) return undefined;
    end = text.indexOf('*', close + 2);
  }
  if (end === -1) return undefined;
  const content = text.slice(start, end);
  if (content === '' || /\s$/.test(content)) return undefined;
  return content;
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
