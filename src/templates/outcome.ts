/**
 * How it went: status in words (with an icon that is never the only signal),
 * summary, and the lists of what was and was not carried out.
 */
import {html, nothing} from 'lit';
import {msg, str} from '@lit/localize';
import type {Item, Outcome, OutcomeStatus} from '../feed/index.js';
import {formatDate} from '../format.js';
import {heading, partyNames, richText, textList, type RenderContext} from './context.js';

const STATUS_ICONS: Readonly<Record<OutcomeStatus, string>> = {
  fulfilled: '✓',
  'partly-fulfilled': '◐',
  'not-fulfilled': '✗',
  ongoing: '↻',
};

export function statusLabel(status: OutcomeStatus): string {
  switch (status) {
    case 'fulfilled':
      return msg('Uppfyllt', {desc: 'Status of a promise or activity: it was done as promised.'});
    case 'partly-fulfilled':
      return msg('Delvis uppfyllt', {desc: 'Status of a promise or activity: partly done.'});
    case 'not-fulfilled':
      return msg('Inte uppfyllt', {desc: 'Status of a promise or activity: not done.'});
    case 'ongoing':
      return msg('Pågår', {desc: 'Status of a promise or activity: work is still going on.'});
  }
}

/** The status as an icon (hidden from screen readers) and words. */
export function renderStatus(status: OutcomeStatus | undefined): unknown {
  if (!status) return nothing;
  return html`<span class="status status-${status}" part="status status-${status}"
    ><span class="status-icon" aria-hidden="true">${STATUS_ICONS[status]}</span> ${statusLabel(status)}</span
  >`;
}

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
