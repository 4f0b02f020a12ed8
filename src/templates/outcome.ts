/**
 * How it went: status as a tag, summary, and the lists of what was and was
 * not carried out.
 */
import {html, nothing} from 'lit';
import {msg, str} from '@lit/localize';
import type {Item, Outcome} from '../feed/index.js';
import {formatDate} from '../format.js';
import {heading, partyNames, richText, textList, type RenderContext} from './context.js';
import {renderStatus} from './tags.js';

function renderItems(context: RenderContext, items: readonly Item[]): unknown {
  return html`<ul class="items">
    ${items.map((item) => {
      const by = partyNames(context, item.by);
      return html`<li>
        ${richText(context, item.text, {inline: true})}${by.length
          ? html` <span class="by-note">(${textList(context, by)})</span>`
          : nothing}
      </li>`;
    })}
  </ul>`;
}

/**
 * An outcome under a heading at `depth` below the period headings, with a
 * title that says whose outcome it is.
 */
export function renderOutcome(context: RenderContext, outcome: Outcome | undefined, depth: number, title: string): unknown {
  if (!outcome) return nothing;
  return html`<div class="outcome" part="outcome">
    ${heading(context, depth, title)}
    ${outcome.status
      ? html`<p class="outcome-status">
          ${msg('Status:', {desc: 'Label before the status of a promise, e.g. "Status: Uppfyllt".'})}
          ${renderStatus(outcome.status)}
        </p>`
      : nothing}
    ${richText(context, outcome.summary)}
    ${outcome.done
      ? html`<p class="list-label">${msg('Genomfört:', {desc: 'Label above the list of activities that were carried out.'})}</p>
          ${renderItems(context, outcome.done)}`
      : nothing}
    ${outcome.notDone
      ? html`<p class="list-label">
            ${msg('Inte genomfört:', {desc: 'Label above the list of planned activities that were not carried out.'})}
          </p>
          ${renderItems(context, outcome.notDone)}`
      : nothing}
    ${outcome.updated
      ? html`<p class="updated">
          ${msg(str`Uppföljningen skrevs ${formatDate(outcome.updated, context.locale.intl)}.`, {
            desc: 'When a follow-up was written, e.g. "Uppföljningen skrevs 12 maj 2021."',
          })}
        </p>`
      : nothing}
  </div>`;
}
