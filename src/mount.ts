/**
 * The `data-medborgar-loften` mount, for CMS editors that strip unknown tags:
 *
 *   <div data-medborgar-loften data-src="/feed.json" data-lang="sv" data-heading-level="2">…</div>
 *
 * becomes a <medborgar-loften> inside that div, with the same attributes under
 * their own names. The div's children move into the widget as its fallback
 * (or its inline feed). Mounts added to the page later are found too.
 */

/** `data-` attributes copied to the widget, by the widget's attribute name. */
const ATTRIBUTES = ['src', 'lang', 'heading-level', 'period', 'light-dom', 'timeout', 'today', 'remember', 'show-title'];

const MOUNT_SELECTOR = '[data-medborgar-loften]';

export function mountInto(host: HTMLElement, tagName: string): HTMLElement | undefined {
  if (host.hasAttribute('data-medborgar-loften-mounted')) return undefined;
  host.setAttribute('data-medborgar-loften-mounted', '');
  const widget = document.createElement(tagName);
  for (const name of ATTRIBUTES) {
    const value = host.getAttribute(`data-${name}`);
    if (value !== null) widget.setAttribute(name, value);
  }
  widget.append(...host.childNodes);
  host.append(widget);
  return widget;
}

function mountAllIn(root: ParentNode, tagName: string): void {
  if (root instanceof HTMLElement && root.matches(MOUNT_SELECTOR)) mountInto(root, tagName);
  for (const host of root.querySelectorAll<HTMLElement>(MOUNT_SELECTOR)) mountInto(host, tagName);
}

/** Mounts every `data-medborgar-loften` element now and whenever one is added. */
export function watchMounts(tagName: string): void {
  const start = () => {
    mountAllIn(document, tagName);
    new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) {
          if (node instanceof HTMLElement) mountAllIn(node, tagName);
        }
      }
    }).observe(document.documentElement, {childList: true, subtree: true});
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, {once: true});
  else start();
}
