/**
 * The page's language around a widget, and news of changes to it: one
 * MutationObserver for the whole page tells every connected widget when any
 * `lang` attribute changes.
 */

/**
 * The nearest `lang` from the element outwards, crossing shadow roots, so a
 * widget inside another component still follows the page's language. An
 * empty `lang=""` means "unknown" and stops the search, as in HTML.
 */
export function inheritedLang(element: Element): string {
  let node: Element | null = element.parentElement ?? (element.getRootNode() as ShadowRoot).host ?? null;
  while (node) {
    if (node.hasAttribute('lang')) return node.getAttribute('lang')!;
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;
  }
  return '';
}

type Listener = () => void;
const listeners = new Set<Listener>();
let observer: MutationObserver | undefined;

/** Calls `listener` whenever a `lang` attribute changes anywhere on the page; returns the way to stop. */
export function onPageLangChange(listener: Listener): () => void {
  listeners.add(listener);
  if (!observer) {
    observer = new MutationObserver(() => listeners.forEach((each) => each()));
    observer.observe(document.documentElement, {attributes: true, attributeFilter: ['lang'], subtree: true});
  }
  return () => listeners.delete(listener);
}
