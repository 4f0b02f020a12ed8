/**
 * A Lit element whose msg() calls answer in the editor's language: the
 * widget's pattern (src/medborgar-loften.ts) of rendering inside
 * `renderInLocale`, with the tools' and the editor's translations added to
 * the widget's.
 */
import {LitElement, type PropertyValues} from 'lit';
import {property} from 'lit/decorators.js';
import type {UiLocale} from '../locale.js';
import {renderInLocale} from '../localization.js';
// The editor's own lit-localize project (locales/editor/), with the tools' it builds on.
import './editor-locales.js';

export type {UiLocale};

export class LocalizedElement extends LitElement {
  /** The language of the editor's own words: `sv` (default) or `en`. */
  @property({reflect: true}) locale: UiLocale = 'sv';

  protected override update(changed: PropertyValues<this>): void {
    // The host says which language its words are in, for screen readers and spelling.
    if (changed.has('locale')) this.lang = this.locale;
    renderInLocale(this.locale, () => super.update(changed));
  }

  /** Runs `words` (msg() calls outside a render: announcements, dialogs) in the editor's language. */
  protected inLocale<T>(words: () => T): T {
    return renderInLocale(this.locale, words);
  }
}
