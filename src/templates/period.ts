/**
 * A period: its heading, whether it is current, ended or upcoming, its
 * promises, and what belongs to the period as a whole.
 */
import {html, nothing} from 'lit';
import {guard} from 'lit/directives/guard.js';
import {msg, str} from '@lit/localize';
import {periodPhase, type Link, type Period, type Signatory} from '../feed/index.js';
import {formatDate, formatDateRange} from '../format.js';
import {periodFragment, promiseFragment} from '../fragments.js';
import {heading, richText, text, type RenderContext, type View} from './context.js';
import {renderOutcome} from './outcome.js';
import {renderPromise} from './promise.js';
import {renderPhase, renderSummary} from './tags.js';

/**
 * "Medborgarlöften 2021–2022", "Medborgarlöften från 2016", or the feed's
 * own title. An open-ended period's start is a year, a month or a day, each
 * its own sentence: a language that inflects the date ("vuodesta 2016",
 * "toukokuusta 2021") writes each as it needs.
 */
export function periodTitle(context: RenderContext, period: Period): unknown {
  if (period.title) return text(context, period.title);
  if (!period.from) return msg('Medborgarlöften', {desc: 'Title of a period whose dates are unknown.'});
  if (!period.to) {
    const from = formatDate(period.from, context.locale.intl);
    if (period.from.month === undefined) {
      return msg(str`Medborgarlöften från ${from}`, {
        id: 'period-title.from-year',
        desc: 'Title of an open-ended period that starts in a year. Example: Medborgarlöften från 2016',
      });
    }
    if (period.from.day === undefined) {
      return msg(str`Medborgarlöften från ${from}`, {
        id: 'period-title.from-month',
        desc: 'Title of an open-ended period that starts in a month (the month is written out). Example: Medborgarlöften från maj 2021',
      });
    }
    return msg(str`Medborgarlöften från ${from}`, {
      id: 'period-title.from-day',
      desc: 'Title of an open-ended period that starts on a day. Example: Medborgarlöften från 12 maj 2021',
    });
  }
  const range = formatDateRange(period.from, period.to, context.locale.intl);
  return msg(str`Medborgarlöften ${range}`, {
    desc: 'Title of a period: its years, months or days from and to. Example: Medborgarlöften 2021–2022',
  });
}

/** The button that opens (or closes) every promise of a period. */
function renderShowAll(context: RenderContext, view: View, period: Period, fragments: readonly string[]): unknown {
  // Only panels in the DOM: a large feed's later promises arrive after the first paint.
  const panelIds = fragments
    .filter(view.isShown)
    .map((fragment) => `${fragment}~panel${context.idSuffix}`);
  const allOpen = fragments.every(view.isOpen);
  return html`<p class="show-all-row" data-nosnippet>
    <button
      type="button"
      class="show-all"
      part="show-all"
      aria-expanded=${allOpen ? 'true' : 'false'}
      aria-controls=${panelIds.length ? panelIds.join(' ') : nothing}
      data-period=${period.id}
      @click=${view.onShowAll}
    >
      ${allOpen
        ? msg('Dölj alla löften', {desc: 'Button: closes every promise of one period.'})
        : msg('Visa alla löften', {desc: 'Button: opens every promise of one period.'})}
    </button>
  </p>`;
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
      ? html` (${formatDate(signatory.date, context.locale.intl)})`
      : nothing}
  </li>`;
}

export function renderPeriod(context: RenderContext, period: Period): unknown {
  const {view} = context;
  const fragment = periodFragment(period.id);
  const headingId = `${fragment}~heading${context.idSuffix}`;
  const fragments = period.promises.map((promise) => promiseFragment(period.id, promise.id));
  // A static render cannot know when it is read: no phase, and no ids (it may share a page with the widget).
  const phase = view ? periodPhase(period.from, period.to, view.today) : undefined;
  return html`<section
    class="period"
    id=${view ? view.fragmentId(fragment) : nothing}
    part="period"
    aria-labelledby=${view ? headingId : nothing}
    data-phase=${view ? (phase ?? 'unknown') : nothing}
  >
    ${heading(context, 0, periodTitle(context, period), {
      id: view ? headingId : undefined,
      className: 'period-heading',
      part: 'period-heading',
    })}
    ${phase ? html`<p class="period-tags">${renderPhase(phase)}</p>` : nothing} ${renderSummary(context, period)}
    ${richText(context, period.intro)}
    ${view && period.promises.length > 1 ? renderShowAll(context, view, period, fragments) : nothing}
    <div class="promises">
      ${period.promises.map((promise, index) => {
        const fragment = fragments[index]!;
        if (!view) return renderPromise(context, period, promise);
        // One part per promise, rendered or not, so that a promise filled in
        // later never shifts the DOM (and the focus) of those after it.
        if (!view.isShown(fragment)) return nothing;
        return guard(
          [
            promise,
            view.renderKey,
            view.isOpen(fragment),
            view.isFilled(fragment),
            view.copiedFragment === fragment,
            view.fragmentId(fragment),
          ],
          () => renderPromise(context, period, promise)
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
