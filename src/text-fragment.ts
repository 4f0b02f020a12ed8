/**
 * Text-fragment links (`https://…/page#:~:text=nattvandring`) into closed
 * promises, for engines whose own search runs before the widget's content is
 * there. Firefox looks for the text once, by the end of the page's load event,
 * so a promise rendered from a fetched feed (after the load) is never found.
 * The widget then reads the directive the page was opened with and opens the
 * closed promise that holds the text. Chromium and WebKit find the text
 * themselves (they retry as content arrives); README, "Browser support".
 *
 * Only each directive's start text is matched (case and runs of white space
 * folded): enough to find the promise; the browser's own search, where it
 * runs, still marks the exact range. https://wicg.github.io/scroll-to-text-fragment/
 */

/** The start texts of a URL's text directives (`text=[prefix-,]start[,end][,-suffix]`), decoded. */
export function textDirectiveStarts(url: string): string[] {
  const directives = url.split('#')[1]?.split(':~:')[1];
  if (!directives) return [];
  const starts: string[] = [];
  for (const directive of directives.split('&')) {
    if (!directive.startsWith('text=')) continue;
    const start = directive.slice(5).split(',').find((part) => !part.endsWith('-') && !part.startsWith('-'));
    try {
      if (start) starts.push(decodeURIComponent(start));
    } catch {
      // Not valid percent-encoding: not a directive any engine acts on either.
    }
  }
  return starts;
}

/**
 * The start texts the page was opened with. Engines strip the directive from
 * `location`; the Navigation API's entry keeps it (Chromium, Firefox), so does
 * Chromium's navigation timing entry. WebKit keeps it nowhere.
 */
function pageDirectiveStarts(): string[] {
  const entry = (globalThis as {navigation?: {currentEntry?: {url?: string | null} | null}}).navigation?.currentEntry?.url;
  return textDirectiveStarts(entry ?? performance.getEntriesByType('navigation')[0]?.name ?? '');
}

/** Folds case and runs of white space, as the browsers' text search does. */
const fold = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/** The fragment id of the first closed panel under `root` that holds one of `starts` (default: the page's). */
export function closedPanelForPageText(root: ParentNode, starts = pageDirectiveStarts()): string | undefined {
  const wanted = starts.map(fold).filter(Boolean);
  if (!wanted.length) return undefined;
  for (const panel of root.querySelectorAll<HTMLElement>('.panel[data-fragment][hidden]')) {
    const text = fold(panel.textContent ?? '');
    if (wanted.some((start) => text.includes(start))) return panel.dataset['fragment'];
  }
  return undefined;
}
