/**
 * Tags: a promise's or activity's status, a period's phase, and a period's
 * tally of statuses. Each tag is an icon, a shape and a word, so the four
 * statuses and three phases differ without colour: filled, outlined or
 * dashed, each with its own icon. The word is interface text
 * (`data-nosnippet`: site search does not quote it); the icon is decoration.
 */
import {html, nothing, svg} from 'lit';
import {msg, str} from '@lit/localize';
import type {OutcomeStatus, Period, PeriodPhase} from '../feed/index.js';
import {formatNumber} from '../format.js';
import {plural} from '../plural.js';
import type {RenderContext} from './context.js';

const STATUSES: readonly OutcomeStatus[] = ['fulfilled', 'partly-fulfilled', 'not-fulfilled', 'ongoing'];

/** 16 × 16 icons drawn in the tag's colour. */
const ICONS: Readonly<Record<OutcomeStatus | PeriodPhase, unknown>> = {
  fulfilled: svg`<path d="M3 8.5l3.2 3.2L13 4.8"/>`,
  'partly-fulfilled': svg`<circle cx="8" cy="8" r="5.5"/><path class="icon-fill" d="M8 2.5a5.5 5.5 0 0 1 0 11z"/>`,
  'not-fulfilled': svg`<path d="M4 4l8 8M12 4l-8 8"/>`,
  ongoing: svg`<path d="M13 8a5 5 0 1 1-1.5-3.6M13 2.5v3h-3"/>`,
  current: svg`<circle class="icon-fill" cx="8" cy="8" r="4"/>`,
  ended: svg`<rect x="4" y="4" width="8" height="8"/>`,
  upcoming: svg`<circle cx="8" cy="8" r="5.5"/><path d="M8 5v3.2l2 1.3"/>`,
};

export function statusLabel(status: OutcomeStatus): string {
  switch (status) {
    case 'fulfilled':
      return msg('Genomfört', {desc: 'Status of a promise or an activity: done as promised.'});
    case 'partly-fulfilled':
      return msg('Delvis genomfört', {desc: 'Status of a promise or an activity: partly done.'});
    case 'not-fulfilled':
      return msg('Inte genomfört', {desc: 'Status of a promise or an activity: not done.'});
    case 'ongoing':
      return msg('Pågår', {desc: 'Status of a promise or an activity: work is still going on.'});
  }
}

function phaseLabel(phase: PeriodPhase): string {
  switch (phase) {
    case 'current':
      return msg('Gäller nu', {desc: 'Tag beside a period heading: these promises are in force today.'});
    case 'ended':
      return msg('Avslutad', {desc: 'Tag beside a period heading: the period is over.'});
    case 'upcoming':
      return msg('Kommande', {desc: 'Tag beside a period heading: the period has not started yet.'});
  }
}

function tag(kind: OutcomeStatus | PeriodPhase, parts: string, words: unknown): unknown {
  return html`<span class="tag tag-${kind}" part=${parts} data-nosnippet
    ><svg class="tag-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">${ICONS[kind]}</svg
    ><span class="tag-text">${words}</span></span
  >`;
}

/** A status as a tag. */
export function renderStatus(status: OutcomeStatus | undefined): unknown {
  return status ? tag(status, `tag status status-${status}`, statusLabel(status)) : nothing;
}

/** A period's phase as a tag: no dates, the heading beside it has them. */
export function renderPhase(phase: PeriodPhase | undefined): unknown {
  return phase ? tag(phase, `tag phase phase-${phase}`, phaseLabel(phase)) : nothing;
}

/**
 * How many of a period's followed-up promises have each status, in words:
 * "Uppföljning av 4 löften: Genomfört: 2, Pågår: 2". Nothing when no
 * promise has a status yet.
 */
export function renderSummary(context: RenderContext, period: Period): unknown {
  const counts = new Map<OutcomeStatus, number>();
  for (const promise of period.promises) {
    const status = promise.outcome?.status;
    if (status) counts.set(status, (counts.get(status) ?? 0) + 1);
  }
  const total = [...counts.values()].reduce((sum, count) => sum + count, 0);
  if (!total) return nothing;
  const n = formatNumber(total, context.locale.intl);
  // One message per CLDR plural category (src/plural.ts), so any language can say it.
  const lead = plural(total, context.locale.ui, {
    zero: () =>
      msg(str`Uppföljning av ${n} löften:`, {
        id: 'summary.promises.zero',
        desc: 'Lead of a period\'s tally of statuses, plural form for the CLDR category "zero". Swedish, English and Finnish have no such form: write it as "other" unless your language has this category. Example: Uppföljning av 0 löften:',
      }),
    one: () =>
      msg(str`Uppföljning av ${n} löfte:`, {
        id: 'summary.promises.one',
        desc: 'Lead of a period\'s tally of statuses (how many promises have been followed up), plural form for the CLDR category "one". Example: Uppföljning av 1 löfte:',
      }),
    two: () =>
      msg(str`Uppföljning av ${n} löften:`, {
        id: 'summary.promises.two',
        desc: 'Lead of a period\'s tally of statuses, plural form for the CLDR category "two" (Northern Sami has it). Swedish, English and Finnish have no such form: write it as "other" unless your language has this category. Example: Uppföljning av 2 löften:',
      }),
    few: () =>
      msg(str`Uppföljning av ${n} löften:`, {
        id: 'summary.promises.few',
        desc: 'Lead of a period\'s tally of statuses, plural form for the CLDR category "few". Swedish, English and Finnish have no such form: write it as "other" unless your language has this category. Example: Uppföljning av 3 löften:',
      }),
    many: () =>
      msg(str`Uppföljning av ${n} löften:`, {
        id: 'summary.promises.many',
        desc: 'Lead of a period\'s tally of statuses, plural form for the CLDR category "many". Swedish, English and Finnish have no such form: write it as "other" unless your language has this category. Example: Uppföljning av 11 löften:',
      }),
    other: () =>
      msg(str`Uppföljning av ${n} löften:`, {
        id: 'summary.promises.other',
        desc: 'Lead of a period\'s tally of statuses (how many promises have been followed up), plural form for the CLDR category "other". Example: Uppföljning av 4 löften:',
      }),
  });
  const shown = STATUSES.filter((status) => counts.has(status));
  return html`<p class="summary" part="summary" data-nosnippet>
    <span class="summary-lead">${lead}</span>
    ${shown.map((status, index) => {
      const label = statusLabel(status);
      const count = formatNumber(counts.get(status)!, context.locale.intl);
      return html`${tag(
          status,
          `tag tally status-${status}`,
          msg(str`${label}: ${count}`, {
            desc: 'One count in the tally of a period\'s statuses: a status and how many promises have it. Label and number, so it needs no plural forms. Example: Genomfört: 2',
          })
        )}${index < shown.length - 1 ? html`<span class="visually-hidden">, </span>` : nothing}`;
    })}
  </p>`;
}

