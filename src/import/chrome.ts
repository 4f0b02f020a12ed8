/**
 * Site chrome in a copied page: lines that are the site's tools, not the
 * promises. Only whole lines equal to one of these (case and a closing
 * colon aside) are removed, and each removal is reported, so a sentence of
 * the page is never dropped because it happens to start like one.
 */
import type {PageBlock, PendingNote} from './types.js';

/** Skip links, read-aloud and share buttons, page feedback: what CMS and polisen.se pages put around the content. */
export const SITE_CHROME: readonly string[] = [
  'till innehåll på sidan',
  'till innehållet',
  'hoppa till innehållet',
  'gå direkt till innehållet',
  'till huvudmenyn',
  'till undermeny',
  'till undermenyn',
  'till toppen',
  'lyssna',
  'lyssna på sidan',
  'lyssna på sidan lyssna',
  'skriv ut',
  'dela',
  'dela sidan',
  'sök på polisen.se',
  'var informationen till hjälp?',
];

/** A "last changed" label with nothing after it: an empty field of the page template. */
const EMPTY_DATE_LABEL = /^(?:senast (?:ändrad\/granskad|ändrad|uppdaterad|granskad)|sidan (?:uppdaterades|granskades)|publicerad)\s*:?$/i;

function key(text: string): string {
  return text.trim().replace(/:$/, '').replace(/\s+/g, ' ').toLowerCase();
}

/** The blocks without chrome lines; a note for each line removed. */
export function removeChrome(blocks: readonly PageBlock[], notes: PendingNote[]): PageBlock[] {
  const kept: PageBlock[] = [];
  for (const block of blocks) {
    const text = block.text.trim();
    if (block.kind !== 'heading' && SITE_CHROME.includes(key(text))) {
      notes.push({code: 'chrome-removed', kind: 'guess', params: {text}});
      continue;
    }
    if (EMPTY_DATE_LABEL.test(text)) {
      notes.push({code: 'empty-label-removed', kind: 'guess', params: {text}});
      continue;
    }
    kept.push(block);
  }
  return kept;
}
