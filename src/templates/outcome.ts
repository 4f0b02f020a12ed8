/**
 * How it went: status as a tag, summary, and the lists of what was and was
 * not carried out.
 */
import {html, nothing} from 'lit';
import {msg, str} from '@lit/localize';
import type {FeedDate, Item, Outcome} from '../feed/index.js';
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
 * When a follow-up was written: a year, a month or a day, each its own
 * sentence ("skrevs 2021", "skrevs i maj 2021", "skrevs den 12 maj 2021").
 */
function written(updated: FeedDate, date: string): string {
  if (updated.month === undefined) {
    return msg(str`Uppföljningen skrevs ${date}.`, {
      desc: 'When a follow-up was written, known to the year. Example: Uppföljningen skrevs 2021.',
    });
  }
  if (updated.day === undefined) {
    return msg(str`Uppföljningen skrevs i ${date}.`, {
      desc: 'When a follow-up was written, known to the month (written out with its year). Example: Uppföljningen skrevs i maj 2021.',
    });
  }
  return msg(str`Uppföljningen skrevs den ${date}.`, {
    desc: 'When a follow-up was written, known to the day. Example: Uppföljningen skrevs den 12 maj 2021.',
  });
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
          ${msg('Status:', {desc: 'Label before the status tag of a promise ("Status: Genomfört").'})}
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
    ${outcome.updated ? html`<p class="updated">${written(outcome.updated, formatDate(outcome.updated, context.locale.intl))}</p>` : nothing}
  </div>`;
}
