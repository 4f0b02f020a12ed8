/**
 * Light-DOM mode's stylesheet: the widget's own CSS nested inside one rule
 * for its tag name (`medborgar-loften[light-dom] { … }`), so that every rule
 * reaches only the widget's content, with the specificity a descendant
 * selector has; `:host` becomes `&`, the element itself. Adopted once into
 * the document (or the shadow root the widget sits in), not an inline
 * <style>, so a strict CSP (`style-src 'self'`) needs no 'unsafe-inline'.
 */
import {lightDomHardening, styles} from './styles.js';

/** Roots that already hold the sheet, by tag name. */
const adopted = new WeakMap<Document | ShadowRoot, Set<string>>();

export function adoptLightDomStyles(root: Document | ShadowRoot, tagName: string): void {
  if (!('adoptedStyleSheets' in root)) return;
  const tags = adopted.get(root) ?? new Set<string>();
  if (tags.has(tagName)) return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(
    `${tagName}[light-dom]{${styles.cssText.replace(/:host(?:\(([^)]*)\))?/g, '&$1')}${lightDomHardening.cssText}` +
      // Once the feed shows, the editor's fallback content is hidden (never removed).
      `&[status='loaded']>:not(.base){display:none!important}}`
  );
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  tags.add(tagName);
  adopted.set(root, tags);
}
