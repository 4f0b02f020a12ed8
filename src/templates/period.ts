/**
 * A period: its heading, whether it is current, ended or upcoming, its
 * promises, and what belongs to the period as a whole.
 */
import {html, nothing} from 'lit';
import {guard} from 'lit/directives/guard.js';
import {msg, str} from '@lit/localize';
import {periodPhase, type Link, type Period, type Signatory} from '../feed/index.js';
import {formatDate, formatDateRange} from '../format.js';
import {heading, periodFragment, promiseFragment, richText, text, type RenderContext} from './context.js';
import {renderOutcome} from './outcome.js';
import {renderPromise} from './promise.js';

/** "Medborgarlöften 2021–2022", "Medborgarlöften från 2016", or the feed's own title. */
export function periodTitle(context: RenderContext, period: Period): unknown {
  if (period.title) return text(context, period.title);
  if (!period.from) return msg('Medborgarlöften', {desc: 'Title of a period whose dates are unknown.'});
  if (!period.to) {
    const from = formatDate(period.from, context.intlLocale);
    return msg(str`Medborgarlöften från ${from}`, {desc: 'Title of an open-ended period, e.g. "Medborgarlöften från 2016".'});
  }
  const range = formatDateRange(period.from, period.to, context.intlLocale);
  return msg(str`Medborgarlöften ${range}`, {desc: 'Title of a period, e.g. "Medborgarlöften 2021–2022".'});
}

/** "Gäller 2021–2022", "Gällde 2019–2021", "Börjar gälla 2027". */
function phaseText(context: RenderContext, period: Period): string | undefined {
  const phase = periodPhase(period.from, period.to, context.today);
  if (!phase || !period.from) return undefined;
  const from = formatDate(period.from, context.intlLocale);
  const range = formatDateRange(period.from, period.to, context.intlLocale);
  switch (phase) {
    case 'upcoming':
      return msg(str`Kommande: börjar gälla ${from}`, {desc: 'A period that has not started yet, e.g. "Kommande: börjar gälla 2027".'});
    case 'ended':
      return msg(str`Avslutad: gällde ${range}`, {desc: 'A period that is over, e.g. "Avslutad: gällde 2019–2021".'});
    case 'current':
      return period.to
        ? msg(str`Aktuell: gäller ${range}`, {desc: 'The period in force now, e.g. "Aktuell: gäller 2021–2022".'})
        : msg(str`Aktuell: gäller sedan ${from}`, {desc: 'An open-ended period in force now, e.g. "Aktuell: gäller sedan 2016".'});
  }
}

export function renderLinks(context: RenderContext, links: readonly Link[] | undefined): unknown {
  if (!links?.length) return nothing;
  return html`<ul class="links">
    ${links.map(
      (link) =>
        html`<li>${link.url ? html`<a href=${link.url} part="link">${text(context, link.text)}</a>` : text(context, link.text)}</li>`
    )}
  </ul>`;
}

function renderSignatory(context: RenderContext, signatory: Signatory): unknown {
  const party = signatory.party ? context.parties.get(signatory.party) : undefined;
  const details = [signatory.role, party?.name].filter((value) => value !== undefined);
  return html`<li>
    <span class="signatory-name">${signatory.name}</span>${details.map((detail) => html`, ${text(context, detail)}`)}${signatory.date
      ? html` (${formatDate(signatory.date, context.intlLocale)})`
      : nothing}
  </li>`;
}

export function renderPeriod(context: RenderContext, period: Period): unknown {
  const fragment = periodFragment(period.id);
  const headingId = `${fragment}~heading${context.idSuffix}`;
  const fragments = period.promises.map((promise) => promiseFragment(period.id, promise.id));
  // Only panels in the DOM: a large feed's later promises arrive after the first paint.
  const panelIds = fragments.filter(context.isShown).map((fragment) => `${fragment}~panel${context.idSuffix}`);
  const allOpen = fragments.every(context.isOpen);
  const phase = periodPhase(period.from, period.to, context.today);
  const phaseLine = phaseText(context, period);
  return html`<section class="period" id=${fragment} part="period" aria-labelledby=${headingId} data-phase=${phase ?? 'unknown'}>
    ${heading(context, 0, periodTitle(context, period), {id: headingId, className: 'period-heading', part: 'period-heading'})}
    ${phaseLine ? html`<p class="phase phase-${phase}" part="phase">${phaseLine}</p>` : nothing}
    ${richText(context, period.intro)}
    ${period.promises.length > 1
      ? html`<p class="show-all-row">
          <button
            type="button"
            class="show-all"
            part="show-all"
            aria-expanded=${allOpen ? 'true' : 'false'}
            aria-controls=${panelIds.length ? panelIds.join(' ') : nothing}
            data-period=${period.id}
            @click=${context.onShowAll}
          >
            ${allOpen
              ? msg('Dölj alla löften', {desc: 'Button: closes every promise of one period.'})
              : msg('Visa alla löften', {desc: 'Button: opens every promise of one period.'})}
          </button>
        </p>`
      : nothing}
    <div class="promises">
      ${period.promises.map((promise, index) => {
        const fragment = fragments[index]!;
        // One part per promise, rendered or not, so that a promise filled in
        // later never shifts the DOM (and the focus) of those after it.
        if (!context.isShown(fragment)) return nothing;
        return guard(
          [promise, context.renderKey, context.isOpen(fragment), context.isFilled(fragment), context.copiedFragment === fragment],
          () =>
          renderPromise(context, period, promise)
        );
      })}
    </div>
    ${renderOutcome(
      context,
      period.outcome,
      1,
      msg('Uppföljning av hela perioden', {desc: 'Heading: the follow-up of a whole period, beyond single promises.'})
    )}
    ${period.signatories
      ? html`${heading(context, 1, msg('Undertecknat av', {desc: 'Heading: the people who signed the promises.'}))}
          <ul class="signatories">
            ${period.signatories.map((signatory) => renderSignatory(context, signatory))}
          </ul>`
      : nothing}
    ${period.links
      ? html`${heading(context, 1, msg('Dokument', {desc: 'Heading: documents of one period (reports, PDFs).'}))}
        ${renderLinks(context, period.links)}`
      : nothing}
  </section>`;
}
