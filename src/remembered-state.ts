/**
 * Which promises a visitor had open, kept for the tab's visit in
 * sessionStorage (as GOV.UK's accordion does): one entry per feed, holding
 * fragment ids only. Storage that is off or full loses nothing but the memory.
 */

const PREFIX = 'medborgar-loften:';

/** The key for a feed: its URL (`src` resolved against the page), or the page for an inline feed. */
export function rememberKey(src: string | undefined): string {
  return `${PREFIX}${src ? new URL(src, document.baseURI).href : `inline:${location.pathname}`}`;
}

/** The remembered open sections that still exist in the feed (`known`). */
export function readOpenSections(key: string, known: ReadonlySet<string>): Set<string> {
  try {
    const stored: unknown = JSON.parse(sessionStorage.getItem(key) ?? '[]');
    return new Set(Array.isArray(stored) ? stored.filter((id): id is string => typeof id === 'string' && known.has(id)) : []);
  } catch {
    return new Set();
  }
}

export function storeOpenSections(key: string, open: ReadonlySet<string>): void {
  try {
    if (open.size) sessionStorage.setItem(key, JSON.stringify([...open]));
    else sessionStorage.removeItem(key);
  } catch {
    // Storage full or off: remembering is a convenience.
  }
}
