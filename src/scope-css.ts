/**
 * Rewrites the widget's own stylesheet for light-DOM mode: every selector is
 * scoped by the element's name (`:host` becomes the element itself), so the
 * rules reach only the widget's content. Handles what styles.ts uses: plain
 * rules and `@media` blocks (the CSS is ours: no braces inside strings).
 */
export function scopeCss(cssText: string, scope: string): string {
  cssText = cssText.replace(/\/\*[\s\S]*?\*\//g, '');
  let output = '';
  let index = 0;
  while (index < cssText.length) {
    const open = cssText.indexOf('{', index);
    if (open === -1) break;
    const prelude = cssText.slice(index, open).trim();
    const close = matchingBrace(cssText, open);
    const body = cssText.slice(open + 1, close);
    if (prelude.startsWith('@')) {
      output += `${prelude}{${scopeCss(body, scope)}}`;
    } else {
      const selectors = prelude.split(',').map((selector) => scopeSelector(selector.trim(), scope));
      output += `${selectors.join(',')}{${body}}`;
    }
    index = close + 1;
  }
  return output;
}

function scopeSelector(selector: string, scope: string): string {
  if (selector.startsWith(':host')) {
    // `:host` → the element; `:host([hidden])` → the element with that attribute.
    return selector.replace(/^:host(?:\((.*)\))?/, (_, inner: string | undefined) => `${scope}${inner ?? ''}`);
  }
  return `${scope} ${selector}`;
}

function matchingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  return text.length;
}
