/**
 * The language of the page around an element, as a reactive controller:
 * the nearest `lang` outside it, kept current when any `lang` on the page
 * changes.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {inheritedLang, onPageLangChange} from '../page-language.js';

type Host = ReactiveControllerHost & HTMLElement;

export class PageLanguage implements ReactiveController {
  /** The nearest `lang` outside the element; '' when there is none. */
  value = '';
  private stop?: () => void;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    this.stop = onPageLangChange(this.refresh);
    this.refresh();
  }

  hostDisconnected(): void {
    this.stop?.();
  }

  /** Re-reads the page's language; an update follows only when it changed. */
  readonly refresh = (): void => {
    const lang = inheritedLang(this.host);
    if (lang === this.value) return;
    this.value = lang;
    this.host.requestUpdate();
  };
}
