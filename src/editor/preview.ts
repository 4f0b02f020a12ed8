/**
 * `<mle-preview>`: the real widget, given the feed as it stands through its
 * `data` property (no file, no request), in Swedish, English or both side
 * by side, at a phone's width or a desktop's. `today` is the person's
 * date, so current and ended periods show as they will when published.
 */
import {css, html} from 'lit';
import {property, state} from 'lit/decorators.js';
import {msg} from '@lit/localize';
import {LocalizedElement} from './localized-element.js';
import {baseStyles} from './styles.js';

type PreviewLanguage = 'sv' | 'en' | 'both';
type PreviewWidth = '320' | '375' | 'desktop';

export class MlePreview extends LocalizedElement {
  static override styles = [
    baseStyles,
    css`
      h2 {
        font-size: 1.25em;
        margin: 0 0 0.5em;
      }
      fieldset {
        border: none;
        padding: 0;
        margin: 0 0 0.75em;
        min-width: 0;
      }
      legend {
        font-weight: 600;
        padding: 0;
      }
      .options {
        display: flex;
        flex-wrap: wrap;
        gap: 0 1.25em;
      }
      .options label {
        display: flex;
        align-items: center;
        min-height: 2.75em;
      }
      .frames {
        display: flex;
        flex-wrap: wrap;
        gap: 1em;
        align-items: flex-start;
      }
      .frame {
        box-sizing: content-box;
        border: 1px solid var(--mle-border);
        border-radius: 0.5em;
        padding: 0.75em;
        background: #fff;
        max-width: calc(100% - 1.5em - 2px);
        overflow-x: auto;
      }
      .frame.w-320 {
        width: 320px;
      }
      .frame.w-375 {
        width: 375px;
      }
      .frame.w-desktop {
        flex: 1 1 30em;
      }
      .caption {
        font-size: 0.9em;
        color: var(--mle-muted);
        margin: 0 0 0.5em;
      }
    `,
  ];

  /** The feed's text, as "Spara" would write it. */
  @property() text = '';
  /** YYYY-MM-DD: decides which periods are current. */
  @property() today = '';

  @state() private language: PreviewLanguage = 'sv';
  @state() private width: PreviewWidth = '375';

  protected override render() {
    const languages: ('sv' | 'en')[] = this.language === 'both' ? ['sv', 'en'] : [this.language];
    const option = <T extends string>(name: string, value: T, current: T, label: string, set: (value: T) => void) =>
      html`<label><input type="radio" name=${name} .value=${value} .checked=${current === value} @change=${() => set(value)} />${label}</label>`;
    return html`
      <h2>${msg('Förhandsvisning', {desc: 'Heading of the preview of the widget.'})}</h2>
      <p class="hint">${msg('Så här visas löftena på sidan. Förhandsvisningen följer med medan du skriver.', {desc: 'Hint under the preview heading.'})}</p>
      <fieldset>
        <legend>${msg('Språk i förhandsvisningen', {desc: 'Legend: which language the preview shows.'})}</legend>
        <div class="options">
          ${option('preview-language', 'sv', this.language, msg('Svenska', {desc: 'Language choice: Swedish.'}), (value) => (this.language = value))}
          ${option('preview-language', 'en', this.language, msg('Engelska', {desc: 'Language choice: English.'}), (value) => (this.language = value))}
          ${option('preview-language', 'both', this.language, msg('Båda, sida vid sida', {desc: 'Preview language choice: Swedish and English side by side.'}), (value) => (this.language = value))}
        </div>
      </fieldset>
      <fieldset>
        <legend>${msg('Skärmbredd', {desc: 'Legend: which screen width the preview has.'})}</legend>
        <div class="options">
          ${option('preview-width', '320', this.width, msg('Liten mobil (320 px)', {desc: 'Preview width choice: a small phone, 320 pixels.'}), (value) => (this.width = value))}
          ${option('preview-width', '375', this.width, msg('Mobil (375 px)', {desc: 'Preview width choice: a phone, 375 pixels.'}), (value) => (this.width = value))}
          ${option('preview-width', 'desktop', this.width, msg('Dator', {desc: 'Preview width choice: a desktop computer (full width).'}), (value) => (this.width = value))}
        </div>
      </fieldset>
      <div class="frames">
        ${languages.map(
          (language) => html`<div class="frame w-${this.width}" data-language=${language}>
            <p class="caption">${language === 'sv' ? msg('På svenska', {desc: 'Caption above the Swedish preview.'}) : msg('På engelska', {desc: 'Caption above the English preview.'})}</p>
            <medborgar-loften lang=${language} heading-level="3" remember="off" today=${this.today} .data=${this.text}></medborgar-loften>
          </div>`
        )}
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mle-preview': MlePreview;
  }
}
