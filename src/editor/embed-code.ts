/**
 * The code a web editor pastes where the promises should show: the same
 * choices as the embed generator (demo/embed.html). Built as text; every
 * value is escaped for the attribute or text it lands in.
 */

export interface EmbedOptions {
  /** Address of medborgar-loften.js on the site. */
  readonly script: string;
  /** Address of the saved feed on the site. */
  readonly feed: string;
  /** The fallback link: a PDF or plain page with the promises (optional). */
  readonly fallbackUrl?: string;
  /** Its text, in the page's language. */
  readonly fallbackText?: string;
  /** `lang` for the widget; empty: the page's own. */
  readonly lang?: string;
  readonly headingLevel?: number;
  /** Show only this period. */
  readonly period?: string;
  readonly lightDom?: boolean;
  /** A `<div data-medborgar-loften>` for editors that strip unknown tags. */
  readonly dataMount?: boolean;
}

export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function embedCode(options: EmbedOptions): string {
  const level = Number.isInteger(options.headingLevel) && options.headingLevel! >= 1 && options.headingLevel! <= 6 ? options.headingLevel! : 2;
  const attributes: [string, string | null][] = [
    ['src', options.feed.trim()],
    ...(options.lang?.trim() ? ([['lang', options.lang.trim()]] as [string, string][]) : []),
    ['heading-level', String(level)],
    ...(options.period?.trim() ? ([['period', options.period.trim()]] as [string, string][]) : []),
    ...(options.lightDom ? ([['light-dom', null]] as [string, null][]) : []),
  ];
  const written = attributes
    .map(([name, value]) => {
      const attribute = options.dataMount ? `data-${name}` : name;
      return value === null ? ` ${attribute}` : ` ${attribute}="${escapeAttribute(value)}"`;
    })
    .join('');
  const lines = [`<script type="module" src="${escapeAttribute(options.script.trim())}"></script>`];
  lines.push(options.dataMount ? `<div data-medborgar-loften${written}>` : `<medborgar-loften${written}>`);
  const fallbackUrl = options.fallbackUrl?.trim();
  if (fallbackUrl) {
    lines.push(`  <a href="${escapeAttribute(fallbackUrl)}">${escapeText(options.fallbackText?.trim() || fallbackUrl)}</a>`);
  }
  lines.push(options.dataMount ? '</div>' : '</medborgar-loften>');
  return `${lines.join('\n')}\n`;
}
