/**
 * `<mle-problems>`: every problem the validator finds, in the order they
 * stand in the feed, each a button that moves focus to its field. The count
 * is a live region that speaks only when the count changes, not on every
 * key.
 */
import {css, html, nothing, type TemplateResult} from 'lit';
import {property} from 'lit/decorators.js';
import {msg} from '@lit/localize';
import {LocalizedElement} from './localized-element.js';
import {baseStyles} from './styles.js';

export interface ListedProblem {
  readonly severity: 'error' | 'warning';
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
      li.warning button {
        border-left-color: var(--mle-warning);
      }
      .severity {
        font-weight: 700;
      }
      .error .severity {
        color: var(--mle-error);
      }
      .warning .severity {
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
      ${this.problems.length
        ? html`<ol aria-labelledby="problems-heading">
            ${this.problems.map(
              (problem, index) => html`<li class=${problem.severity}>
                <button type="button" data-index=${index} @click=${this.jump}>
                  <span class="place">${problem.place.map((step, i) => (i === 0 ? step : html` › ${step}`))}</span>
                  <span class="severity">${problem.severity === 'error' ? msg('Fel:', {desc: 'Label before an error message beside a field (the feed cannot be used as it is).'}) : msg('Varning:', {desc: 'Label before a warning beside a field (the feed works, but check this).'})}</span>
                  ${problem.message}
                </button>
              </li>`
            )}
          </ol>`
        : nothing}
    `;
  }

  /** Focuses the first problem's button, or the heading when there is none. */
  focusFirst(): void {
    this.renderRoot.querySelector<HTMLElement>('li button')?.focus();
  }

  private jump(event: Event) {
    const index = Number((event.currentTarget as HTMLElement).dataset['index']);
    const problem = this.problems[index];
    if (!problem) return;
    this.dispatchEvent(new CustomEvent('mle-jump', {detail: {segments: problem.segments}, bubbles: true, composed: true}));
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
