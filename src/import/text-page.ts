/**
 * A page's text (copied from a browser, a PDF or a CMS) as lines.
 *
 * What a copied page looks like: one paragraph per line, blank lines
 * between, bullets as "•", "-", "*", "–" or "1.", indented or not, with
 * trailing spaces; a bullet's further lines indented under it; a
 * signatory block set out in columns with runs of spaces.
 */
import type {PageBlock} from './types.js';

/** A bullet marker and the space after it. */
const BULLET = /^[ \t]*(?:[•·▪◦●‣⁃*–—-]|\d{1,2}[.)])[ \t\u00a0]+(?=\S)/;
/** "1. Trafik": a numbered heading, not a list item; it keeps its number. */
const NUMBERED_HEADING = /^[ \t]*\d{1,2}[.)][ \t]+\p{Lu}[^.!?:;,]{0,60}$/u;
/** A bullet marker alone on its line (the text follows on the next line, as PDFs copy). */
const LONE_BULLET = /^[ \t]*[•·▪◦●‣⁃*–—-][ \t]*$/;
/** A gap between columns: three or more spaces, or a tab. */
export const COLUMN_GAP = /[ \t\u00a0]{3,}|\t/;

function indentOf(line: string): number {
  return /^[ \t]*/.exec(line)![0].replace(/\t/g, '    ').length;
}

/** Spaces collapsed, except a column gap, which stays three spaces wide. */
export function normalizeSpaces(text: string): string {
  return text
    .split(COLUMN_GAP)
    .map((cell) => cell.replace(/[\s\u00a0]+/g, ' ').trim())
    .filter((cell) => cell !== '')
    .join('   ');
}

export function columnsOf(text: string): string[] | undefined {
  const cells = text.split('   ');
  return cells.length > 1 ? cells : undefined;
}

export function blocksFromText(input: string): PageBlock[] {
  const blocks: PageBlock[] = [];
  let gap = 0;
  let pendingBullet: number | undefined;
  const lines = input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  for (const raw of lines) {
    const line = raw.replace(/\u00a0/g, ' ').replace(/\s+$/, '');
    if (line.trim() === '') {
      gap++;
      continue;
    }
    if (LONE_BULLET.test(line)) {
      pendingBullet = indentOf(line);
      continue;
    }
    const indent = indentOf(line);
    const bullet = NUMBERED_HEADING.test(line) && line.trim().split(/\s+/).length <= 7 ? null : BULLET.exec(line);
    const previous = blocks.at(-1);
    if (pendingBullet !== undefined || bullet) {
      const text = normalizeSpaces(bullet ? line.slice(bullet[0].length) : line);
      blocks.push({kind: 'item', text, gap, indent: pendingBullet ?? indent});
    } else if (previous?.kind === 'item' && gap === 0 && indent > 0) {
      // A further line of a bullet, indented under it ("Name / Title / Phone").
      blocks[blocks.length - 1] = {...previous, text: `${previous.text}\n${normalizeSpaces(line)}`};
    } else {
      const text = normalizeSpaces(line);
      const columns = columnsOf(text);
      blocks.push({kind: 'line', text, gap, indent, ...(columns ? {columns} : {})});
    }
    pendingBullet = undefined;
    gap = 0;
  }
  return blocks;
}
