/**
 * One promise: a heading that wraps a disclosure button, and the panel it
 * controls (GOV.UK accordion and WAI-ARIA APG accordion pattern).
 */
import {html, noChange, nothing} from 'lit';
import {guard} from 'lit/directives/guard.js';
import {msg, str} from '@lit/localize';
import {resolveLanguage, type Activity, type CitizenPromise, type Period} from '../feed/index.js';
import {promiseFragment} from '../fragments.js';
import {heading, partyNames, richText, text, textList, withForeignText, type RenderContext} from './context.js';
import {renderOutcome} from './outcome.js';
import {renderStatus} from './tags.js';
import {renderTargets} from './target.js';

/** "Polisen och Strömsunds kommun": who keeps a promise; absent `by` means every party. */
function keepers(context: RenderContext, by: readonly string[] | undefined): unknown[] {
  return textList(context, partyNames(context, by ?? [...context.parties.keys()]));
}

function renderActivity(context: RenderContext, activity: Activity): unknown {
  const hasResult = activity.result !== undefined || activity.status !== undefined;
  return html`<li class="activity" part="activity">
    <div class="activity-text">
      ${richText(context, activity.text, {inline: true})} ${renderTargets(context, activity.targets)}
    </div>
    ${hasResult
      ? html`<div class="activity-result">
          <span class="result-label">${msg('Resultat:', {desc: 'Label before the result of one activity.'})}</span>
          ${richText(context, activity.result, {inline: true})} ${renderStatus(activity.status)}
        </div>`
      : nothing}
  </li>`;
}

/**
 * Activities, grouped by who does them when they are not all done by the
 * same parties ("Polisens aktiviteter", "Kommunens aktiviteter"…).
 */
function renderActivities(context: RenderContext, activities: readonly Activity[], labelId: string): unknown {
  const groups = new Map<string, Activity[]>();
  for (const activity of activities) {
    const key = (activity.by ?? []).join(' ');
    groups.set(key, [...(groups.get(key) ?? []), activity]);
  }
  if (groups.size === 1) {
    return html`<ul class="activities">
      ${activities.map((activity) => renderActivity(context, activity))}
    </ul>`;
  }
  return [...groups.entries()].map(([key, group], index) => {
    const groupLabelId = `${labelId}~${index}${context.idSuffix}`;
    const by = key === '' ? undefined : key.split(' ');
    return html`<p class="list-label" id=${groupLabelId}>${keepers(context, by)}:</p>
      <ul class="activities" aria-labelledby=${groupLabelId}>
        ${group.map((activity) => renderActivity(context, activity))}
      </ul>`;
  });
}

export function renderPromise(context: RenderContext, period: Period, promise: CitizenPromise): unknown {
  const {view} = context;
  const fragment = promiseFragment(period.id, promise.id);
  if (!view) {
    return html`<div class="promise" part="promise">
      ${heading(context, 1, text(context, promise.area), {className: 'promise-heading'})}
      <div class="panel" part="panel">${renderPanelContent(context, promise, fragment)}</div>
    </div>`;
  }
  const open = view.isOpen(fragment);
  const buttonId = `${fragment}~button${context.idSuffix}`;
  const panelId = `${fragment}~panel${context.idSuffix}`;
  return html`<div class="promise" id=${view.fragmentId(fragment)} part="promise">
    ${heading(
      context,
      1,
      html`<button
        type="button"
        id=${buttonId}
        class="toggle"
        part="toggle"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls=${panelId}
        data-fragment=${fragment}
        @click=${view.onToggle}
      >
        <span class="toggle-text">${text(context, promise.area)}</span>
        <span class="chevron" aria-hidden="true"></span>
      </button>`,
      {className: 'promise-heading'}
    )}
    <div
      class="panel"
      part="panel"
      id=${panelId}
      hidden=${open ? nothing : view.untilFound ? 'until-found' : ''}
      data-fragment=${fragment}
      @beforematch=${view.onBeforeMatch}
    >
      ${open || view.isFilled(fragment)
        ? // Opening or closing changes the button and the panel's hidden, not what the panel holds.
          guard([promise, view.renderKey, view.copiedFragment === fragment], () =>
            renderPanelContent(context, promise, fragment)
          )
        : view.isStale(fragment)
          ? noChange
          : nothing}
    </div>
  </div>`;
}

/**
 * The button that copies a link to one promise, and its confirmation. Its
 * name is one sentence with the area in it ("Kopiera länk till Trafik"),
 * from a hidden element so that the area keeps its own `lang`; it begins
 * with the visible words.
 */
function renderCopyLink(context: RenderContext, promise: CitizenPromise, fragment: string): unknown {
  const {view} = context;
  if (!view) return nothing;
  const area = resolveLanguage(promise.area, context.locale.lang, context.feed.language);
  const areaName = area?.value ?? '';
  const labelId = `${fragment}~copy-label${context.idSuffix}`;
  return html`<p class="copy-link-row" data-nosnippet>
    <button type="button" class="copy-link" part="copy-link" aria-labelledby=${labelId} data-fragment=${fragment} @click=${view.onCopyLink}>
      ${msg('Kopiera länk', {desc: 'Button: copies a link to one promise.'})}
    </button>
    <span id=${labelId} hidden
      >${withForeignText(
        context,
        msg(str`Kopiera länk till ${areaName}`, {
          desc: 'Name of the copy-link button for screen readers, with the promise\'s area (a text from the feed, which cannot be inflected: build the sentence around it). Begin with the button\'s visible words. Example: Kopiera länk till Trafik',
        }),
        area
      )}</span
    >
    <span class="copy-status" role="status"
      >${view.copiedFragment === fragment
        ? msg('Länken är kopierad', {desc: 'Confirms that the link to a promise was copied.'})
        : nothing}</span
    >
  </p>`;
}

/**
 * What a panel holds. A closed panel stays empty until the widget fills it
 * just after the first paint (see `isFilled`), so the first render costs
 * headings only; after a language switch it keeps its content until then
 * (see `isStale`).
 */
function renderPanelContent(context: RenderContext, promise: CitizenPromise, fragment: string): unknown {
  const keptBy = keepers(context, promise.by);
  return html`
      ${renderCopyLink(context, promise, fragment)}
      ${keptBy.length
        ? html`<p class="keepers">
            <span class="label">${msg('Löftet ges av:', {desc: 'Label before the names of who makes the promise.'})}</span>
            ${keptBy}
          </p>`
        : nothing}
      ${richText(context, promise.promise, {className: 'rich-text promise-text'})}
      ${promise.places
        ? html`<p class="places">
            <span class="label">${msg('Platser:', {desc: 'Label before the places a promise concerns.'})}</span>
            ${promise.places.map((place, index) => html`${index > 0 ? ', ' : nothing}${text(context, place)}`)}
          </p>`
        : nothing}
      ${promise.background
        ? html`${heading(context, 2, msg('Bakgrund', {desc: 'Heading: why the promise was made (the problem).'}))}
          ${richText(context, promise.background)}`
        : nothing}
      ${promise.followUp
        ? html`${heading(context, 2, msg('Uppföljning', {desc: 'Heading: how and when the promise will be followed up.'}))}
          ${richText(context, promise.followUp)}`
        : nothing}
      ${promise.activities
        ? html`${heading(context, 2, msg('Aktiviteter', {desc: 'Heading: the concrete activities promised.'}))}
          ${renderActivities(context, promise.activities, `${fragment}~activities`)}`
        : nothing}
      ${promise.targets
        ? html`${heading(context, 2, msg('Mål', {desc: 'Heading: measurable targets of a promise.'}))}
          ${renderTargets(context, promise.targets)}`
        : nothing}
      ${renderOutcome(context, promise.outcome, 2, msg('Så gick det', {desc: 'Heading: the outcome of one promise.'}))}
  `;
}
