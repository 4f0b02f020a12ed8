/**
 * Which widget answers a fragment id when several on one page show the same
 * period or promise (the same feed twice, say): the first in document order.
 * It alone opens and scrolls to the promise a URL names; in light DOM, where
 * widgets share the document's ids, it alone carries the plain id and the
 * others suffix theirs, so ids stay unique.
 */
interface Claimant extends HTMLElement {
  requestUpdate(): void;
}

const claims = new Map<Claimant, ReadonlySet<string>>();

function shares(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const fragment of a) if (b.has(fragment)) return true;
  return false;
}

/** Asks every other widget that shows one of `fragments` to render again: who owns what may have changed. */
function notifyOthers(widget: Claimant, fragments: ReadonlySet<string>): void {
  for (const [other, theirs] of claims) if (other !== widget && shares(fragments, theirs)) other.requestUpdate();
}

/** `widget` shows these periods and promises (by fragment id). */
export function claimFragments(widget: Claimant, fragments: ReadonlySet<string>): void {
  const before = claims.get(widget);
  claims.set(widget, fragments);
  notifyOthers(widget, before ? new Set([...before, ...fragments]) : fragments);
}

/** `widget` shows nothing any more (it failed, or left the page). */
export function releaseFragments(widget: Claimant): void {
  const before = claims.get(widget);
  if (!before) return;
  claims.delete(widget);
  notifyOthers(widget, before);
}

/** Whether no widget before `widget` in the document shows `fragment`. */
export function ownsFragment(widget: Claimant, fragment: string): boolean {
  for (const [other, theirs] of claims) {
    if (other === widget || !theirs.has(fragment) || !other.isConnected) continue;
    if (other.compareDocumentPosition(widget) & Node.DOCUMENT_POSITION_FOLLOWING) return false;
  }
  return true;
}
