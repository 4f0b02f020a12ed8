/**
 * `render`: the feed as static HTML, rendered in Node by the widget's own
 * templates (src/templates/static.ts) through @lit-labs/ssr, so the static
 * page says exactly what the widget says: the same words from the same
 * XLIFF, the same dates and numbers, the same `lang` marking.
 */
import {render} from '@lit-labs/ssr';
import {collectResultSync} from '@lit-labs/ssr/lib/render-result.js';
import type {Feed} from '../feed/index.js';
import {localeFor} from '../locale.js';
import {renderInLocale} from '../localization.js';
import {renderStaticFeed} from '../templates/static.js';

export interface RenderOptions {
  /** Content language (a BCP 47 tag); default the feed's language. */
  readonly lang?: string;
  /** Level (1–6) of the period headings; promises one deeper, their parts two. Default 2. */
  readonly headingLevel?: number;
  /** The feed's title above the periods, as the element's `show-title`. */
  readonly showTitle?: boolean;
}

/**
 * Lit's hydration markers, of no use in a page that no script hydrates. Feed
 * text and attribute values are escaped (`<`, `>`, `"`), so nothing from the
 * feed can spell a marker, a tag or a ` part="` attribute.
 */
const MARKERS = /<!--\/?lit-(?:part|node)[^>]*-->|<\?(?:lit\$[0-9]+\$)?>/g;

/** Starts of block elements: each begins a line, so the output reads as HTML to an editor. */
const BLOCK_START = / ?(<(?:section|div|h[1-6]|p|ul|li)\b)/g;

/**
 * The static render as tidy text: no markers, no `part` attributes (they
 * mean nothing outside the widget's shadow root), white space folded (HTML
 * folds it anyway), one block per line.
 */
function tidy(html: string): string {
  return html
    .replace(MARKERS, '')
    .replace(/ part="[^"]*"/g, '')
    .replace(/[ \t\r\n]+/g, ' ')
    .replace(/ (?=>)/g, '')
    .replace(BLOCK_START, '\n$1')
    .trim();
}

export function renderFeedHtml(feed: Feed, options: RenderOptions = {}): string {
  const locale = localeFor(options.lang ?? feed.language);
  const level = Number(options.headingLevel ?? 2);
  const headingLevel = Number.isInteger(level) && level >= 1 && level <= 6 ? level : 2;
  return renderInLocale(locale.ui, () =>
    tidy(collectResultSync(render(renderStaticFeed(feed, locale, {headingLevel, showTitle: options.showTitle}))))
  );
}
