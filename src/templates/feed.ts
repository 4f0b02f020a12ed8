/**
 * The whole feed: what the element renders once a feed is loaded, and what
 * the command-line tool's static render prints (without a `view`).
 */
import {html, nothing} from 'lit';
import {msg, str} from '@lit/localize';
import type {Period} from '../feed/index.js';
import {formatDate} from '../format.js';
import {heading, richText, text, type RenderContext} from './context.js';
import {renderContacts} from './contacts.js';
import {renderLinks, renderPeriod} from './period.js';

export interface FeedOptions {
  /** The periods to show: all, or the one the `period` attribute names. */
  readonly periods: readonly Period[];
  /** The feed's title, which a host page with its own heading does without. */
  readonly showTitle: boolean;
  /** The page address printed under the promises. */
  readonly source?: string;
}

export function renderFeed(context: RenderContext, {periods, showTitle, source}: FeedOptions): unknown {
  const {feed} = context;
  return html`${showTitle && feed.title ? html`<p class="title" part="title">${text(context, feed.title)}</p>` : nothing}
    ${richText(context, feed.intro, {className: 'rich-text intro'})}
    ${periods.map((period) => renderPeriod(context, period))}
    ${feed.links.length
      ? html`<div class="feed-links">
          ${heading(context, 0, msg('Dokument och länkar', {desc: 'Heading: documents and links about all the promises.'}))}
          ${renderLinks(context, feed.links)}
        </div>`
      : nothing}
    ${renderContacts(context, feed.contacts)}
    ${feed.updated
      ? html`<p class="updated" part="updated">
          ${msg('Senast ändrad:', {desc: 'Label before the date the promises were last updated.'})}
          ${formatDate(feed.updated, context.locale.intl)}
        </p>`
      : nothing}
    ${source
      ? html`<p class="print-only">${msg(str`Källa: ${source}`, {desc: 'Printed only: the address of the page the promises come from. Example: Källa: https://www.exempelby.se/trygghet'})}</p>`
      : nothing}`;
}
