/**
 * `<mle-start>`: where work begins: a new feed, a file (picked, dropped or
 * pasted), an existing page to start from (the importer), or unsaved work
 * to restore.
 * It only asks; the editor does the opening.
 */
import {css, html, nothing} from 'lit';
import {property, query, state} from 'lit/decorators.js';
import {msg, str} from '@lit/localize';
import {localeFor} from '../locale.js';
import type {Draft} from './drafts.js';
import {LocalizedElement} from './localized-element.js';
import {baseStyles} from './styles.js';

export class MleStart extends LocalizedElement {
  static override styles = [
    baseStyles,
    css`
      h2 {
        font-size: 1.4em;
        margin: 0 0 0.5em;
      }
      h3 {
        font-size: 1.15em;
        margin: 0 0 0.35em;
      }
      .choices {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 18em), 1fr));
        gap: 1em;
        margin: 0 0 1.5em;
      }
      .choice {
        border: 1px solid var(--mle-border);
        border-radius: 0.5em;
        padding: 1em;
      }
      .choice p {
        margin: 0 0 0.75em;
      }
      .restore {
        border: 2px solid var(--mle-accent);
        border-radius: 0.5em;
        padding: 1em;
        margin: 0 0 1.5em;
      }
      .restore ul {
        list-style: none;
        padding: 0;
        margin: 0;
      }
      .restore li {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.5em 1em;
        padding: 0.5em 0;
        border-top: 1px solid var(--mle-border);
      }
      .restore .label {
        flex: 1 1 14em;
      }
      textarea {
        min-height: 8em;
        font-family: ui-monospace, 'Cascadia Mono', Consolas, monospace;
        font-size: 0.9em;
      }
      label {
        display: block;
        font-weight: 600;
      }
      .error {
        border-left: 4px solid var(--mle-error);
        padding: 0.35em 0.5em;
        background: #fdf0f0;
      }
      input[type='file'] {
        position: absolute;
        width: 1px;
        height: 1px;
        opacity: 0;
      }
    `,
  ];

  /** Drafts with changes that are in no file, newest first. */
  @property({attribute: false}) drafts: readonly Draft[] = [];
  /** Why the last file or pasted text could not be opened (a sentence), or empty. */
  @property() openError = '';
  /** Whether a document is open behind this page (then "Tillbaka" returns to it). */
  @property({type: Boolean, attribute: 'has-document'}) hasDocument = false;

  @state() private pasted = '';
  @state() private page = '';
  @query('input[type="file"]') private fileInput!: HTMLInputElement;

  protected override render() {
    const time = (iso: string) =>
      new Intl.DateTimeFormat(localeFor(this.locale).intl, {dateStyle: 'medium', timeStyle: 'short'}).format(new Date(iso));
    return html`
      <h2 id="start-heading" tabindex="-1">${msg('Börja', {desc: 'Heading of the start page of the editor.'})}</h2>
      ${this.hasDocument
        ? html`<p><button type="button" @click=${() => this.ask('mle-back')}>${msg('Tillbaka till flödet du redigerar', {desc: 'Button: return from the start page to the open feed.'})}</button></p>`
        : nothing}
      ${this.drafts.length
        ? html`<section class="restore" aria-labelledby="restore-heading">
            <h3 id="restore-heading">${msg('Osparat arbete', {desc: 'Heading: drafts with changes that were never saved to a file.'})}</h3>
            <p>${msg('Det här finns kvar i webbläsaren sedan sist, men är inte sparat i någon fil.', {desc: 'Lead text above the list of unsaved drafts.'})}</p>
            <ul>
              ${this.drafts.map(
                (draft) => html`<li>
                  <span class="label"
                    ><strong>${draft.label || draft.fileName}</strong><br />${msg(str`Senast ändrat ${time(draft.savedAt)}`, {
                      desc: 'When an unsaved draft was last changed; the placeholder is a date and time. Example: Senast ändrat 1 dec. 2026 14:03',
                    })}</span
                  >
                  <button type="button" class="primary" data-id=${draft.id} @click=${this.restore}>
                    ${msg('Återställ', {desc: 'Button: restore an unsaved draft.'})}
                  </button>
                  <button type="button" data-id=${draft.id} @click=${this.discard}>${msg('Släng', {desc: 'Button: throw away an unsaved draft.'})}</button>
                </li>`
              )}
            </ul>
          </section>`
        : nothing}
      ${this.openError ? html`<p class="error" role="alert">${this.openError}</p>` : nothing}
      <div class="choices">
        <section class="choice" aria-labelledby="new-heading">
          <h3 id="new-heading">${msg('Nytt flöde', {desc: 'Heading: start a new feed.'})}</h3>
          <p>${msg('Börja med Polisen och kommunen som parter och en period som börjar i år.', {desc: 'What a new feed starts with.'})}</p>
          <button type="button" class="primary" @click=${() => this.ask('mle-new')}>${msg('Skapa ett nytt flöde', {desc: 'Button: create a new feed.'})}</button>
        </section>
        <section class="choice" aria-labelledby="open-heading">
          <h3 id="open-heading">${msg('Öppna en fil', {desc: 'Heading: open a feed file.'})}</h3>
          <p>${msg('Ett flöde i JSON, till exempel medborgarloften.json. Du kan också dra filen hit.', {desc: 'How to open a feed file, also by drag and drop.'})}</p>
          <button type="button" class="primary" @click=${() => this.ask('mle-pick-file')}>${msg('Välj fil', {desc: 'Button: choose a file to open.'})}</button>
          <input type="file" accept=".json,application/json" tabindex="-1" aria-hidden="true" @change=${this.fileChosen} />
        </section>
        <section class="choice" aria-labelledby="paste-heading">
          <h3 id="paste-heading">${msg('Klistra in JSON', {desc: 'Heading: paste a feed as JSON text.'})}</h3>
          <label for="paste">${msg('Flödet som text', {desc: 'Label: the textarea to paste a feed into.'})}</label>
          <textarea id="paste" spellcheck="false" .value=${this.pasted} @input=${(event: Event) => (this.pasted = (event.target as HTMLTextAreaElement).value)}></textarea>
          <p><button type="button" @click=${this.openPasted} ?disabled=${this.pasted.trim() === ''}>${msg('Öppna det inklistrade', {desc: 'Button: open the pasted feed.'})}</button></p>
        </section>
        <section class="choice import" aria-labelledby="import-heading">
          <h3 id="import-heading">${msg('Börja från er befintliga sida', {desc: 'Heading: start from the existing web page with the promises.'})}</h3>
          <p id="import-hint">
            ${msg('Har ni redan löftena på en webbsida? Markera allt på sidan (Ctrl+A), kopiera (Ctrl+C) och klistra in här. Sidans HTML-kod går också bra. Editorn gör ett utkast och visar vad ni behöver granska.', {
              desc: 'How to start from an existing page: copy its text or HTML and paste it.',
            })}
          </p>
          <label for="page">${msg('Sidans text eller HTML', {desc: 'Label: the textarea to paste an existing page into.'})}</label>
          <textarea id="page" aria-describedby="import-hint" .value=${this.page} @input=${(event: Event) => (this.page = (event.target as HTMLTextAreaElement).value)}></textarea>
          <p>
            <button type="button" class="primary" @click=${this.importPage} ?disabled=${this.page.trim() === ''}>
              ${msg('Gör ett utkast av sidan', {desc: 'Button: make a draft feed from the pasted page.'})}
            </button>
          </p>
        </section>
      </div>
    `;
  }

  /** Opens the browser's file chooser (the fallback where there is no file picker with handles). */
  chooseFile(): void {
    this.fileInput.value = '';
    this.fileInput.click();
  }

  focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('#start-heading')?.focus();
  }

  private ask(type: string, detail: unknown = {}) {
    this.dispatchEvent(new CustomEvent(type, {detail, bubbles: true, composed: true}));
  }

  private fileChosen() {
    const file = this.fileInput.files?.[0];
    if (file) this.ask('mle-open-file', {file});
  }

  private openPasted() {
    this.ask('mle-open-text', {text: this.pasted});
  }

  private importPage() {
    this.ask('mle-import-page', {text: this.page});
  }

  private restore(event: Event) {
    this.ask('mle-restore', {id: (event.currentTarget as HTMLElement).dataset['id']});
  }

  private discard(event: Event) {
    this.ask('mle-discard', {id: (event.currentTarget as HTMLElement).dataset['id']});
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mle-start': MleStart;
  }
}
