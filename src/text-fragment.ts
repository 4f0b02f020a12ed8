/**
 * Text-fragment links (`https://…/page#:~:text=nattvandring`) into closed
 * promises, for engines whose own search runs before the widget's content is
 * there. Firefox looks for the text once, by the end of the page's load event,
 * so a promise rendered from a fetched feed (after the load) is never found.
 * The widget then reads the directive the page was opened with and opens the
 * closed promise that holds the text. Chromium and WebKit find the text
 * themselves (they retry as content arrives); README, "Browser support".
 *
 * https://wicg.github.io/scroll-to-text-fragment/
 */

/** One `text=[prefix-,]start[,end][,-suffix]` directive, decoded. */
export interface TextDirective {
  readonly prefix?: string;
  readonly start: string;
  readonly end?: string;
  readonly suffix?: string;
}

function decode(part: string): string | undefined {
  try {
    return decodeURIComponent(part);
  } catch {
    return undefined;
  }
}

/** The text directives of a URL's fragment directive (after `:~:`); none when it has none or they are malformed. */
export function parseTextDirectives(url: string): TextDirective[] {
  const hash = url.indexOf('#');
  if (hash < 0) return [];
  const delimiter = url.indexOf(':~:', hash);
  if (delimiter < 0) return [];
  const directives: TextDirective[] = [];
  for (const directive of url.slice(delimiter + 3).split('&')) {
    if (!directive.startsWith('text=')) continue;
    const parts = directive.slice(5).split(',');
    const prefix = parts[0]?.endsWith('-') ? decode(parts.shift()!.slice(0, -1)) : undefined;
    const suffix = parts.length > 1 && parts.at(-1)!.startsWith('-') ? decode(parts.pop()!.slice(1)) : undefined;
    if (parts.length < 1 || parts.length > 2) continue;
    const [start, end] = parts.map(decode);
    if (!start) continue;
    directives.push({start, ...(end ? {end} : {}), ...(prefix ? {prefix} : {}), ...(suffix ? {suffix} : {})});
  }
  return directives;
}

/**
 * The text directives the page was opened with. Engines strip them from
 * `location`; the Navigation API's entry keeps them (Chromium, Firefox), so
 * does Chromium's navigation timing entry. WebKit keeps them nowhere.
 */
export function pageTextDirectives(): TextDirective[] {
  const entry = (globalThis as {navigation?: {currentEntry?: {url?: string | null} | null}}).navigation?.currentEntry?.url;
  const timing = performance.getEntriesByType?.('navigation')[0]?.name;
  return parseTextDirectives(entry ?? timing ?? '');
}

/** Folds case and runs of white space, as the text-fragment search does. */
const fold = (text: string) => text.replace(/\s+/g, ' ').toLowerCase();

/** Whether `text` holds the directive's match (with its prefix before and suffix after, when given). */
export function matchesTextDirective(text: string, directive: TextDirective): boolean {
  const haystack = fold(text);
  const start = fold(directive.start).trim();
  const end = directive.end ? fold(directive.end).trim() : undefined;
  const prefix = directive.prefix ? fold(directive.prefix).trim() : undefined;
  const suffix = directive.suffix ? fold(directive.suffix).trim() : undefined;
  for (let at = haystack.indexOf(start); at >= 0; at = haystack.indexOf(start, at + 1)) {
    if (prefix && !haystack.slice(0, at).trimEnd().endsWith(prefix)) continue;
    let after = at + start.length;
    if (end) {
      const endAt = haystack.indexOf(end, after);
      if (endAt < 0) continue;
      after = endAt + end.length;
    }
    if (suffix && !haystack.slice(after).trimStart().startsWith(suffix)) continue;
    return true;
  }
  return false;
}

/**
 * The fragment id of the first closed panel under `root` whose text holds
 * one of the page's text directives; undefined when there is none.
 */
export function closedPanelForPageText(root: ParentNode, directives = pageTextDirectives()): string | undefined {
  if (!directives.length) return undefined;
  for (const panel of root.querySelectorAll<HTMLElement>('[role="region"][data-fragment][hidden]')) {
    const text = panel.textContent ?? '';
    if (directives.some((directive) => matchesTextDirective(text, directive))) return panel.dataset['fragment'];
  }
  return undefined;
}
