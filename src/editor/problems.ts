/**
 * `<mle-problems>`: every problem the validator finds, in the order they
 * stand in the feed, each a button that moves focus to its field. The count
 * is a live region that speaks only when the count changes, not on every
 * key.
 */
import {css, html, nothing, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {msg, str} from '@lit/localize';
import {plural} from '../plural.js';
import type {RemarkKind} from './form/context.js';
import {remarkWord} from './form/controls.js';
import {LocalizedElement} from './localized-element.js';
import {baseStyles} from './styles.js';

/** What the importer made of a pasted page: how many of its sentences the draft holds, and its notes. */
export interface ImportReport {
  readonly total: number;
  readonly kept: number;
  /** What to review, and what the importer could not place or lacks. */
  readonly notes: readonly ListedProblem[];
  /** What it recognised and placed. */
  readonly guesses: readonly ListedProblem[];
}

export interface ListedProblem {
  readonly severity: RemarkKind;
  readonly message: string;
  /** Where, in the form's words. */
  readonly place: readonly (string | TemplateResult)[];
  /** Where to go: the path the problem is at. */
  readonly segments: readonly (string | number)[];
}

export class MleProblems extends LocalizedElement {
  static override styles = [
    baseStyles,
    css`
      h2 {
        font-size: 1.25em;
        margin: 0 0 0.25em;
      }
      .summary {
        margin: 0 0 0.5em;
        font-weight: 600;
      }
      .summary.has-errors {
        color: var(--mle-error);
      }
      ol {
        margin: 0;
        padding: 0;
        list-style: none;
        max-height: 40vh;
        overflow-y: auto;
      }
      li {
        margin: 0 0 0.35em;
      }
      li button {
        text-align: start;
        width: 100%;
        color: var(--mle-text);
        border-color: var(--mle-border);
        border-left: 4px solid var(--mle-error);
      }
      li.warning button,
      li.review button {
        border-left-color: var(--mle-warning);
      }
      li.guess button {
        border-left-color: var(--mle-border);
      }
      .import {
        margin-top: 1.25em;
        padding-top: 0.75em;
        border-top: 1px solid var(--mle-border);
      }
      .severity {
        font-weight: 700;
      }
      .error .severity,
      .problem .severity {
        color: var(--mle-error);
      }
      .warning .severity,
      .review .severity {
        color: var(--mle-warning);
      }
      .place {
        display: block;
        font-size: 0.9em;
        color: var(--mle-muted);
      }
      .blocked {
        padding: 0.75em;
        border: 2px solid var(--mle-error);
        border-radius: 0.25em;
        margin: 0 0 0.75em;
      }
      .blocked p {
        margin: 0 0 0.5em;
      }
      @media (forced-colors: active) {
        li button {
          border-left: 4px solid ButtonText;
        }
      }
    `,
  ];

  @property({attribute: false}) problems: readonly ListedProblem[] = [];
  /** "2 fel, 1 varning", in the editor's language. */
  @property() summary = '';
  /** The person tried to save a feed with errors. */
  @property({type: Boolean, attribute: 'save-blocked'}) saveBlocked = false;
  /** The importer's notes on the draft being edited, until the person is done with them. */
  @property({attribute: false}) importReport: ImportReport | undefined;

  @state() private guessesShown = false;

  protected override render() {
    const errors = this.problems.some((problem) => problem.severity === 'error');
    return html`
      <h2 id="problems-heading">${msg('Problem i flödet', {desc: 'Heading of the list of problems the validator found.'})}</h2>
      <p class="summary ${errors ? 'has-errors' : ''}" role="status">${this.summary}</p>
      ${this.saveBlocked && errors
        ? html`<div class="blocked">
            <p>
              ${msg('Flödet har fel och är inte sparat. Widgeten visar inte det som är fel. Rätta felen nedan, eller spara ändå och fortsätt senare.', {
                desc: 'Shown after trying to save a feed that has errors.',
              })}
            </p>
            <button type="button" @click=${this.saveAnyway}>${msg('Spara ändå', {desc: 'Button: save the feed although it has errors.'})}</button>
          </div>`
        : nothing}
      ${this.list(this.problems, 'problems-heading')} ${this.importReport ? this.renderImport(this.importReport) : nothing}
    `;
  }

  private list(problems: readonly ListedProblem[], labelledBy: string, id?: string) {
    if (!problems.length) return nothing;
    return html`<ol aria-labelledby=${labelledBy} id=${id ?? nothing}>
      ${problems.map(
        (problem) => html`<li class=${problem.severity}>
          <button type="button" .segments=${problem.segments} @click=${this.jump}>
            <span class="place">${problem.place.map((step, i) => (i === 0 ? step : html` › ${step}`))}</span>
            <span class="severity">${remarkWord(problem.severity)}</span>
            ${problem.message}
          </button>
        </li>`
      )}
    </ol>`;
  }

  private renderImport(report: ImportReport) {
    const {kept, total} = report;
    return html`<section class="import" aria-labelledby="import-heading">
      <h2 id="import-heading" tabindex="-1">${msg('Från sidan du klistrade in', {desc: 'Heading of the notes the importer made on a draft from a pasted page.'})}</h2>
      <p>
        ${plural(total, this.locale, {
          one: () => msg(str`${kept} av ${total} mening från sidan finns i utkastet.`, {id: 'import-sentences.one', desc: 'How many of the pasted page\'s sentences are in the draft; CLDR plural category "one" of the total (e.g. 1). Example: 1 av 1 mening från sidan finns i utkastet.'}),
          other: () => msg(str`${kept} av ${total} meningar från sidan finns i utkastet.`, {id: 'import-sentences.other', desc: 'How many of the pasted page\'s sentences are in the draft; CLDR plural category "other" of the total (e.g. 40). Example: 40 av 40 meningar från sidan finns i utkastet.'}),
        })}
      </p>
      ${report.notes.length
        ? html`<p id="import-review-heading">${msg('Granska det här innan ni publicerar:', {desc: 'Lead of the list of importer notes a person should check.'})}</p>
            ${this.list(report.notes, 'import-review-heading')}`
        : html`<p>${msg('Importen har inget särskilt att be er granska. Läs ändå igenom utkastet.', {desc: 'Shown when the importer has no notes to review.'})}</p>`}
      ${report.guesses.length
        ? html`<p>
              <button type="button" class="link-button" aria-expanded=${this.guessesShown ? 'true' : 'false'} aria-controls="import-guesses" @click=${() => (this.guessesShown = !this.guessesShown)}>
                ${msg(str`Visa vad importen kände igen (${report.guesses.length})`, {desc: 'Toggle button: show the list of what the importer recognised and placed; the placeholder is how many. Example: Visa vad importen kände igen (12)'})}
              </button>
            </p>
            <div id="import-guesses" ?hidden=${!this.guessesShown}>${this.guessesShown ? this.list(report.guesses, 'import-heading') : nothing}</div>`
        : nothing}
      <p>
        <button type="button" @click=${this.dismissImport}>
          ${msg('Klart: dölj anteckningarna från importen', {desc: 'Button: hide the importer\'s notes once the person has gone through them.'})}
        </button>
      </p>
    </section>`;
  }

  /** Focuses the heading of the importer's notes. */
  focusImport(): void {
    this.renderRoot.querySelector<HTMLElement>('#import-heading')?.focus();
  }

  private dismissImport() {
    this.dispatchEvent(new CustomEvent('mle-import-done', {bubbles: true, composed: true}));
  }

  /** Focuses the first problem's button, or the heading when there is none. */
  focusFirst(): void {
    this.renderRoot.querySelector<HTMLElement>('li button')?.focus();
  }

  private jump(event: Event) {
    const segments = (event.currentTarget as HTMLElement & {segments?: readonly (string | number)[]}).segments;
    if (!segments) return;
    this.dispatchEvent(new CustomEvent('mle-jump', {detail: {segments}, bubbles: true, composed: true}));
  }

  private saveAnyway() {
    this.dispatchEvent(new CustomEvent('mle-save-anyway', {bubbles: true, composed: true}));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mle-problems': MleProblems;
  }
}
