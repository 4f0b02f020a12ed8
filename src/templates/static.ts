/**
 * The feed as static, semantic HTML from the widget's own templates: every
 * section open, no buttons, no phases (a static page cannot know when it is
 * read), no fragment ids (it may share a page with the widget). For a no-JS
 * fallback pasted inside <medborgar-loften> and for static site generators;
 * the command-line tool's `render` turns it into a string in Node.
 */
import {html} from 'lit';
import type {Feed} from '../feed/index.js';
import type {Locale} from '../locale.js';
import {createContext} from './context.js';
import {renderFeed} from './feed.js';

export interface StaticOptions {
  /** Level (1–6) of the period headings. */
  readonly headingLevel: number;
  /** The feed's title above the periods, as the element's `show-title`. */
  readonly showTitle?: boolean;
}

export function renderStaticFeed(feed: Feed, locale: Locale, options: StaticOptions): unknown {
  const context = createContext(feed, locale, {...options, idSuffix: '~static'});
  return html`<div data-medborgar-loften-fallback lang=${locale.base}>${renderFeed(context, {periods: feed.periods, showTitle: options.showTitle ?? false})}</div>`;
}
