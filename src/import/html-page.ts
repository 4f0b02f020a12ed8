/**
 * A page's HTML (a saved page, or what a CMS editor shows as source) as
 * lines, read with htmlparser2: a tolerant streaming parser that needs no
 * DOM, so the same code runs in Node (the command) and in the editor.
 *
 * Headings, paragraphs, list items, table rows and `<br>`-separated lines
 * become lines; `<strong>`/`<b>` around a whole line marks it bold; links
 * become `[text](url)` (the feed's rich-text link) when the URL passes the
 * feed's allowlist. Site chrome and code are left out, each removal
 * reported: `script`, `style`, `template`, `noscript`, `nav`, `form`,
 * `button`, `[role=navigation|search|banner|contentinfo]`, `[hidden]`, and
 * `header` and `footer` of the page (those inside an `article` or `main`
 * belong to the content and are kept). The `<title>` (the browser tab's
 * name, which the page's own heading repeats) is passed over.
 */
import {Parser} from 'htmlparser2';
import {safeUrl} from '../feed/index.js';
import {columnsOf, normalizeSpaces} from './text-page.js';
import type {PageBlock, PendingNote} from './types.js';

const CODE = new Set(['script', 'style', 'template', 'noscript']);
const CHROME = new Set(['nav', 'form', 'button', 'select', 'dialog']);
const PAGE_FRAME = new Set(['header', 'footer']);
const CHROME_ROLES = new Set(['navigation', 'search', 'banner', 'contentinfo']);
const CONTENT_ROOTS = new Set(['article', 'main']);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'caption', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'ol', 'p',
  'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'body', 'html',
]);
const HEADING = /^h([1-6])$/;
const EXCERPT_LENGTH = 80;
const ONLY_LINK = /^\[([^\]]*)\]\(([^)\s]*)\)$/;

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > EXCERPT_LENGTH ? `${flat.slice(0, EXCERPT_LENGTH - 1)}…` : flat;
}

/** A line being collected: its text and how much of it is bold. */
interface LineBuffer {
  text: string;
  strongChars: number;
  plainChars: number;
}

interface OpenLink {
  readonly start: number;
  readonly href: string | undefined;
}

export function blocksFromHtml(input: string, notes: PendingNote[]): PageBlock[] {
  const blocks: PageBlock[] = [];
  /** Open elements, innermost last. */
  const stack: string[] = [];
  let skipDepth = 0;
  let skipped: {element: string; text: string; code: boolean} | undefined;
  let strongDepth = 0;
  let preDepth = 0;
  let listDepth = 0;
  let gap = 1;
  let line: LineBuffer = {text: '', strongChars: 0, plainChars: 0};
  const links: OpenLink[] = [];
  let heading: number | undefined;
  /** The list item being collected: its lines so far. */
  let item: {lines: string[]; indent: number; gap: number} | undefined;
  let row: string[] | undefined;
  let cell: string | undefined;

  /** Non-empty lines so far: an element that adds none is an empty paragraph. */
  let emitted = 0;
  const openParagraphs: number[] = [];

  const emit = (block: PageBlock) => {
    blocks.push(block);
    emitted++;
  };

  /**
   * Ends the current line: into the open cell or item, or as a block of its
   * own. `'break'` is a <br>: the next line follows without a blank line, and
   * a second <br> in a row is one.
   */
  const flush = (end: 'block' | 'break' = 'block') => {
    const text = normalizeSpaces(preDepth > 0 ? line.text : line.text.replace(/\s+/g, ' '));
    const strong = line.strongChars > 0 && line.plainChars === 0;
    line = {text: '', strongChars: 0, plainChars: 0};
    if (text === '') {
      if (end === 'break') gap++;
      else gap = Math.max(gap, 1);
      return;
    }
    if (cell !== undefined) {
      cell = cell ? `${cell} ${text}` : text;
      return;
    }
    if (item) {
      item.lines.push(text);
      emitted++;
      return;
    }
    const onlyLink = ONLY_LINK.exec(text);
    const link = onlyLink ? {text: onlyLink[1]!, url: onlyLink[2]!} : undefined;
    if (heading !== undefined) {
      emit({kind: 'heading', text, level: heading, gap, indent: 0, ...(link ? {link} : {})});
    } else {
      const columns = columnsOf(text);
      emit({kind: 'line', text, gap, indent: 0, ...(strong ? {strong} : {}), ...(columns ? {columns} : {}), ...(link ? {link} : {})});
    }
    gap = end === 'break' ? 0 : 1;
  };

  const flushItem = () => {
    flush();
    if (!item) return;
    const {lines, indent} = item;
    const itemGap = item.gap;
    item = undefined;
    if (lines.length === 0) return;
    const text = lines.join('\n');
    const onlyLink = lines.length === 1 ? ONLY_LINK.exec(text) : null;
    blocks.push({kind: 'item', text, gap: itemGap, indent, ...(onlyLink ? {link: {text: onlyLink[1]!, url: onlyLink[2]!}} : {})});
    gap = 0;
  };

  const append = (text: string) => {
    if (skipDepth > 0) {
      if (skipped) skipped.text += text;
      return;
    }
    if (cell !== undefined && line.text === '' && text.trim() === '') return;
    line.text += text;
    const visible = text.replace(/\s/g, '').length;
    if (strongDepth > 0) line.strongChars += visible;
    else line.plainChars += visible;
  };

  const isChrome = (name: string, attributes: Record<string, string>): {code: boolean} | undefined => {
    if (CODE.has(name)) return {code: true};
    if (CHROME.has(name)) return {code: false};
    if (attributes['hidden'] !== undefined) return {code: false};
    if (CHROME_ROLES.has((attributes['role'] ?? '').toLowerCase())) return {code: false};
    if (PAGE_FRAME.has(name) && !stack.some((open) => CONTENT_ROOTS.has(open))) return {code: false};
    return undefined;
  };

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (skipDepth > 0) {
          if (!VOID.has(name)) skipDepth++;
          // Words of separate elements stay apart in the note's excerpt.
          if (skipped) skipped.text += ' ';
          return;
        }
        if (name === 'title') {
          skipDepth = 1;
          skipped = undefined;
          return;
        }
        const chrome = isChrome(name, attributes);
        if (chrome) {
          flush();
          skipDepth = 1;
          skipped = {element: name, text: '', code: chrome.code};
          if (VOID.has(name)) skipDepth = 0;
          return;
        }
        if (!VOID.has(name)) stack.push(name);
        if (name === 'br') {
          flush('break');
          return;
        }
        if (name === 'p' || name === 'div') openParagraphs.push(emitted);
        if (name === 'strong' || name === 'b') strongDepth++;
        if (name === 'a') links.push({start: line.text.length, href: attributes['href']});
        if (name === 'pre') preDepth++;
        if (name === 'ul' || name === 'ol') {
          if (item) flushItem();
          listDepth++;
        }
        if (BLOCK.has(name) && name !== 'td' && name !== 'th') flush();
        const level = HEADING.exec(name);
        if (level) heading = Number(level[1]);
        if (name === 'li') {
          flushItem();
          item = {lines: [], indent: Math.max(0, listDepth - 1), gap};
        }
        if (name === 'tr') row = [];
        if ((name === 'td' || name === 'th') && row) {
          flush();
          cell = '';
        }
      },
      ontext(text) {
        append(text);
      },
      onclosetag(name) {
        if (skipDepth > 0) {
          // htmlparser2 closes void elements at once; they never opened a level.
          if (VOID.has(name)) return;
          skipDepth--;
          if (skipDepth === 0 && skipped) {
            const text = excerpt(skipped.text);
            if (skipped.code) notes.push({code: 'code-removed', kind: 'guess', params: {element: skipped.element}});
            else if (text) notes.push({code: 'navigation-removed', kind: 'guess', params: {element: skipped.element, text}});
            skipped = undefined;
          }
          return;
        }
        if (VOID.has(name)) return;
        // Drop the element and any it left open.
        const index = stack.lastIndexOf(name);
        if (index >= 0) stack.length = index;
        if (name === 'strong' || name === 'b') strongDepth = Math.max(0, strongDepth - 1);
        if (name === 'a') {
          const open = links.pop();
          if (open) {
            const text = line.text.slice(open.start).replace(/\s+/g, ' ').trim();
            const url = open.href === undefined || open.href.startsWith('#') ? null : safeUrl(open.href);
            if (open.href !== undefined && !open.href.startsWith('#') && url === null && text) {
              notes.push({code: 'unsafe-link', kind: 'problem', params: {text}});
            }
            if (text && url) line.text = `${line.text.slice(0, open.start)}[${text.replace(/[[\]]/g, '')}](${url.replace(/[()\s]/g, encodeURIComponent)})`;
          }
        }
        if (name === 'pre') preDepth = Math.max(0, preDepth - 1);
        if ((name === 'td' || name === 'th') && row && cell !== undefined) {
          flush();
          if (cell) row.push(cell);
          cell = undefined;
          return;
        }
        if (name === 'tr' && row) {
          const cells = row;
          row = undefined;
          if (cells.length > 0) {
            emit({kind: 'line', text: cells.join('   '), gap, indent: 0, ...(cells.length > 1 ? {columns: cells} : {})});
            gap = 1;
          }
          return;
        }
        if (name === 'li') {
          flushItem();
          return;
        }
        if (name === 'ul' || name === 'ol') {
          flushItem();
          listDepth = Math.max(0, listDepth - 1);
          return;
        }
        if (HEADING.test(name)) {
          flush();
          heading = undefined;
          return;
        }
        if (BLOCK.has(name)) flush();
        if (name === 'p' || name === 'div') {
          // An empty paragraph (<p>&nbsp;</p>) is a blank line in the page.
          if (openParagraphs.pop() === emitted) gap++;
        }
      },
    },
    {decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true}
  );
  parser.write(input);
  parser.end();
  flushItem();
  return blocks;
}

/** Whether a text is HTML: it has tags of the kinds a page is made of. */
export function looksLikeHtml(input: string): boolean {
  return /<(?:!doctype\s+html|html|body|p|div|h[1-6]|ul|ol|li|br|strong|b|a\s|table|section|article|main|span)\b[^>]*>/i.test(input);
}
