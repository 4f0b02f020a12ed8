/**
 * Light-DOM mode's stylesheet: the widget's own CSS with every selector
 * scoped by its tag name, adopted once into the document (or the shadow root
 * the widget sits in). Adopted, not an inline <style>, so a strict CSP
 * (`style-src 'self'`) needs no 'unsafe-inline'.
 */
import {scopeCss} from './scope-css.js';
import {lightDomHardening, styles} from './styles.js';

/** Roots that already hold the sheet, by tag name. */
const adopted = new WeakMap<Document | ShadowRoot, Set<string>>();

export function adoptLightDomStyles(root: Document | ShadowRoot, tagName: string): void {
  if (!('adoptedStyleSheets' in root)) return;
  const tags = adopted.get(root) ?? new Set<string>();
  if (tags.has(tagName)) return;
  const scope = `${tagName}[light-dom]`;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(
    scopeCss(styles.cssText + lightDomHardening, scope) +
      // Once the feed shows, the editor's fallback content is hidden (never removed).
      `${scope}[status='loaded']>:not(.base){display:none!important}`
  );
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  tags.add(tagName);
  adopted.set(root, tags);
}
