/**
 * `<mle-embed-dialog>`: the code to paste into the CMS page for the saved
 * feed, with the embed generator's choices. The fallback link's text is in
 * the page's language (the widget's `lang`, else the feed's), whatever the
 * editor's own language is.
 */
import {css, html, nothing} from 'lit';
import {property, query, state} from 'lit/decorators.js';
import {msg} from '@lit/localize';
import {localeFor, uiLocales} from '../locale.js';
import {renderInLocale} from '../localization.js';
import {embedCode, type EmbedOptions} from './embed-code.js';
import {languageLabel} from './form/controls.js';
import {LocalizedElement} from './localized-element.js';
import {baseStyles} from './styles.js';

/** "Läs medborgarlöftena (PDF)" in the language of the page the code goes on. */
export function fallbackTextFor(pageLanguage: string): string {
  return renderInLocale(localeFor(pageLanguage).ui, () =>
    msg('Läs medborgarlöftena (PDF)', {desc: 'Text of the fallback link in the embed code, in the language of the page: a link to the promises as a PDF.'})
  );
}

export class MleEmbedDialog extends LocalizedElement {
  static override styles = [
    baseStyles,
    css`
      dialog {
        width: min(44em, calc(100vw - 2em));
        max-height: calc(100vh - 2em);
        box-sizing: border-box;
        padding: 1.25em;
        border: 2px solid var(--mle-text);
        border-radius: 0.5em;
        color: var(--mle-text);
      }
      dialog::backdrop {
        background: rgb(0 0 0 / 0.5);
      }
      h2 {
        margin: 0 0 0.5em;
        font-size: 1.3em;
      }
      .field {
        margin: 0 0 0.9em;
      }
      .field > label,
      legend {
        display: block;
        font-weight: 600;
      }
      .field input[type='text'],
      select {
        width: 100%;
        max-width: 32em;
      }
      fieldset {
        border: none;
        padding: 0;
        margin: 0 0 0.9em;
        min-width: 0;
      }
      .check {
        display: flex;
        align-items: center;
        min-height: 2.75em;
      }
      textarea {
        font-family: ui-monospace, 'Cascadia Mono', Consolas, monospace;
        font-size: 0.9em;
        min-height: 9em;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5em;
        margin-top: 0.75em;
      }
    `,
  ];

  /** The saved feed's file name: the default of its address. */
  @property() fileName = 'medborgarloften.json';
  /** The feed's language, the page's when the widget's `lang` is left to the page. */
  @property() feedLanguage = 'sv';
  /** Period ids of the feed, for "show only one period". */
  @property({attribute: false}) periods: readonly string[] = [];

  @state() private options: Omit<EmbedOptions, 'fallbackText'> & {fallbackText: string} = {
    script: '/filer/medborgar-loften.js',
    feed: '',
    fallbackUrl: '',
    fallbackText: '',
    lang: '',
    headingLevel: 2,
    period: '',
    lightDom: false,
    dataMount: false,
  };
  /** The person wrote the link text: a change of language leaves it alone. */
  private fallbackTextWritten = false;
  @state() private status = '';
  @query('dialog') private dialog!: HTMLDialogElement;
  @query('#embed-code') private code!: HTMLTextAreaElement;

  /** Opens the dialog; focus goes to its first field, and back to the opener when it closes. */
  async show(): Promise<void> {
    if (!this.options.feed) this.options = {...this.options, feed: `/filer/${this.fileName}`};
    this.status = '';
    await this.updateComplete;
    this.dialog.showModal();
  }

  private pageLanguage(): string {
    return this.options.lang || this.feedLanguage;
  }

  protected override render() {
    const options = this.options;
    const fallbackText = this.fallbackTextWritten ? options.fallbackText : fallbackTextFor(this.pageLanguage());
    const code = embedCode({...options, fallbackText});
    const field = (id: keyof typeof options, label: string, hint?: string) => html`<div class="field">
      <label for=${`embed-${id}`}>${label}</label>
      ${hint ? html`<p class="hint" id=${`embed-${id}-hint`}>${hint}</p>` : nothing}
      <input
        type="text"
        id=${`embed-${id}`}
        spellcheck="false"
        autocomplete="off"
        aria-describedby=${hint ? `embed-${id}-hint` : nothing}
        .value=${String(id === 'fallbackText' ? fallbackText : (options[id] ?? ''))}
        @input=${(event: Event) => this.set(id, (event.target as HTMLInputElement).value)}
      />
    </div>`;
    return html`<dialog aria-labelledby="embed-heading" @close=${this.onClose}>
      <h2 id="embed-heading">${msg('Kod för att visa löftena på er webbplats', {desc: 'Heading of the embed code dialog.'})}</h2>
      <p class="hint">
        ${msg('Ladda upp flödet och skriptet till webbplatsen, fyll i deras adresser och klistra in koden i ett block för egen HTML-kod.', {
          desc: 'Lead text of the embed code dialog.',
        })}
      </p>
      ${field('feed', msg('Flödets adress på webbplatsen', {desc: 'Label: the web address of the uploaded feed file.'}), msg('Där ni har laddat upp den sparade JSON-filen.', {desc: 'Hint under the feed address field.'}))}
      ${field('script', msg('Skriptets adress på webbplatsen', {desc: 'Label: the web address of the uploaded medborgar-loften.js.'}))}
      ${field('fallbackUrl', msg('Länk till löftena som PDF eller vanlig sida (valfritt)', {desc: 'Label: the fallback link shown when the widget cannot run.'}), msg('Visas för den som inte kan se widgeten, och när något går fel.', {desc: 'Hint under the fallback link field.'}))}
      ${field('fallbackText', msg('Länkens text', {desc: 'Label: the text of the fallback link.'}), msg('På sidans språk.', {desc: 'Hint: the link text is in the language of the page the code goes on.'}))}
      <div class="field">
        <label for="embed-lang">${msg('Språk', {desc: 'Label: the language of the widget on the page.'})}</label>
        <select id="embed-lang" .value=${options.lang ?? ''} @change=${(event: Event) => this.set('lang', (event.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${!options.lang}>${msg('Samma som sidan (rekommenderas)', {desc: 'Language choice: follow the page.'})}</option>
          ${uiLocales().map(
            // The widget's languages, named in the editor's language ("Engelska", "Finska").
            (tag) => html`<option value=${tag} ?selected=${options.lang === tag}>${languageLabel(tag, this.locale)}</option>`
          )}
        </select>
      </div>
      <div class="field">
        <label for="embed-level">${msg('Rubriknivå för perioderna', {desc: 'Label: the heading level of the periods on the page.'})}</label>
        <p class="hint" id="embed-level-hint">${msg('En nivå under sidans rubrik närmast ovanför. Är sidans rubrik en H1, välj 2.', {desc: 'Hint under the heading level choice.'})}</p>
        <select id="embed-level" aria-describedby="embed-level-hint" @change=${(event: Event) => this.set('headingLevel', Number((event.target as HTMLSelectElement).value))}>
          ${[1, 2, 3, 4, 5, 6].map((n) => html`<option value=${n} ?selected=${options.headingLevel === n}>H${n}</option>`)}
        </select>
      </div>
      ${this.periods.length > 1
        ? html`<div class="field">
            <label for="embed-period">${msg('Visa', {desc: 'Label: which periods the widget shows.'})}</label>
            <select id="embed-period" @change=${(event: Event) => this.set('period', (event.target as HTMLSelectElement).value)}>
              <option value="" ?selected=${!options.period}>${msg('Alla perioder', {desc: 'Choice: show all periods.'})}</option>
              ${this.periods.map((id) => html`<option value=${id} ?selected=${options.period === id}>${id}</option>`)}
            </select>
          </div>`
        : nothing}
      <fieldset>
        <legend>${msg('Om webbplatsen', {desc: 'Legend: options for how the site handles the widget.'})}</legend>
        <div class="check">
          <input type="checkbox" id="embed-light" .checked=${Boolean(options.lightDom)} @change=${(event: Event) => this.set('lightDom', (event.target as HTMLInputElement).checked)} />
          <label for="embed-light">${msg('Sidan läses upp med en tjänst som "Lyssna" (light DOM)', {desc: 'Checkbox: render in the light DOM for read-aloud services.'})}</label>
        </div>
        <div class="check">
          <input type="checkbox" id="embed-data" .checked=${Boolean(options.dataMount)} @change=${(event: Event) => this.set('dataMount', (event.target as HTMLInputElement).checked)} />
          <label for="embed-data">${msg('Publiceringsverktyget tar bort okända taggar (använd en div)', {desc: 'Checkbox: use a div with data- attributes for CMSs that strip unknown tags.'})}</label>
        </div>
      </fieldset>
      <div class="field">
        <label for="embed-code">${msg('Koden', {desc: 'Label of the generated embed code.'})}</label>
        <textarea id="embed-code" readonly spellcheck="false" .value=${code}></textarea>
      </div>
      <p role="status">${this.status}</p>
      <div class="actions">
        <button type="button" class="primary" @click=${this.copy}>${msg('Kopiera koden', {desc: 'Button: copy the embed code.'})}</button>
        <button type="button" @click=${() => this.dialog.close()}>${msg('Stäng', {desc: 'Button: close the dialog.'})}</button>
      </div>
    </dialog>`;
  }

  private set(key: keyof EmbedOptions, value: string | number | boolean) {
    if (key === 'fallbackText') this.fallbackTextWritten = true;
    this.options = {...this.options, [key]: value};
  }

  private async copy() {
    const text = this.code.value;
    try {
      if (!navigator.clipboard?.writeText) throw new Error('No clipboard');
      await navigator.clipboard.writeText(text);
      this.status = this.inLocale(() => msg('Koden är kopierad.', {desc: 'Announced after copying the embed code.'}));
    } catch {
      // Without clipboard access (some browsers from file://), the code is selected for Ctrl+C.
      this.code.focus();
      this.code.select();
      this.status = this.inLocale(() =>
        msg('Koden är markerad. Tryck Ctrl+C (Cmd+C på Mac) för att kopiera den.', {desc: 'Announced when the code could not be copied automatically.'})
      );
    }
  }

  private onClose() {
    this.dispatchEvent(new CustomEvent('mle-dialog-closed', {bubbles: true, composed: true}));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mle-embed-dialog': MleEmbedDialog;
  }
}
