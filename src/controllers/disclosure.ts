/**
 * Which promises are open, as a reactive controller: a visitor's toggles
 * and "show all", the URL fragment (deep links, also when it changes
 * later), find-in-page opening a closed panel, and the open set remembered
 * for the visit. Each change is one update, one store and a
 * `medborgar-loften-toggle` event per promise.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {emit, type ToggleEventDetail} from '../events.js';
import {readOpenSections, storeOpenSections} from '../remembered-state.js';
import {promiseOfFragment} from '../fragments.js';
import {closedPanelForPageText} from '../text-fragment.js';

export type {ToggleEventDetail};

type Host = ReactiveControllerHost & HTMLElement & {readonly renderRoot: ParentNode};

export interface DisclosureOptions {
  /** The sessionStorage key for the feed on show, or undefined to remember nothing. */
  readonly rememberKey: () => string | undefined;
  /**
   * Whether this widget answers a fragment: 'promise' opens and scrolls to
   * it, 'section' only scrolls (a period), undefined ignores it.
   */
  readonly claims: (fragment: string) => 'promise' | 'section' | undefined;
  /** The fragment ids of a period's promises, for its show-all button. */
  readonly promisesOf: (periodId: string) => readonly string[];
}

/** Chromium's find in page reveals `hidden="until-found"` content and fires `beforematch`. */
export const supportsUntilFound = typeof document !== 'undefined' && 'onbeforematch' in document.documentElement;

/** The fragment id (or period id) a button or panel carries as `data-fragment` (or `data-period`). */
const dataOf = (event: Event, key: 'fragment' | 'period') => (event.currentTarget as HTMLElement).dataset[key]!;

export class Disclosure implements ReactiveController {
  #open = new Set<string>();
  /** Whether the open set changed since it was last stored. */
  #changed = false;
  #scrollTarget?: string;
  #pageTextSought = false;

  readonly #host: Host;
  readonly #options: DisclosureOptions;

  constructor(host: Host, options: DisclosureOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.#openFromHash);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.#openFromHash);
  }

  hostUpdated(): void {
    if (this.#changed) {
      this.#changed = false;
      const key = this.#options.rememberKey();
      if (key) storeOpenSections(key, this.#open);
    }
    if (this.#scrollTarget) {
      this.#host.renderRoot.querySelector(`[id="${CSS.escape(this.#scrollTarget)}"]`)?.scrollIntoView({block: 'start'});
      this.#scrollTarget = undefined;
    }
  }

  isOpen = (fragment: string): boolean => this.#open.has(fragment);

  /** A new feed: what the visitor had open during this visit, then the URL's fragment. */
  restore(fragments: readonly string[]): void {
    const key = this.#options.rememberKey();
    this.#open = key ? readOpenSections(key, new Set(fragments)) : new Set();
    this.#openFromHash();
  }

  /**
   * Once per element, when `ready` (every panel filled): opens the closed
   * promise a text-fragment link points into, where the engine's own search
   * ran before the promises were there (src/text-fragment.ts).
   */
  revealPageText(ready: Promise<void>): void {
    if (this.#pageTextSought) return;
    this.#pageTextSought = true;
    void ready.then(() => {
      const fragment = closedPanelForPageText(this.#host.renderRoot);
      if (!fragment) return;
      this.toggle([fragment], true);
      this.#scrollTarget = fragment;
    });
  }

  /** Opens or closes promises, as a visitor did. */
  toggle(fragments: readonly string[], open: boolean): void {
    const changed = fragments.filter((fragment) => this.#open.has(fragment) !== open);
    if (!changed.length) return;
    for (const fragment of changed) {
      if (open) this.#open.add(fragment);
      else this.#open.delete(fragment);
    }
    this.#changed = true;
    this.#host.requestUpdate();
    for (const fragment of changed) {
      const {periodId, promiseId} = promiseOfFragment(fragment);
      emit(this.#host, 'medborgar-loften-toggle', {id: fragment, periodId, promiseId, open});
    }
  }

  /** Opens all of `fragments` unless all are open already; then closes them. */
  toggleAll(fragments: readonly string[]): void {
    this.toggle(fragments, !fragments.every(this.isOpen));
  }

  /** A promise's button: the promise is its `data-fragment`. */
  readonly onToggle = (event: Event): void => {
    const fragment = dataOf(event, 'fragment');
    this.toggle([fragment], !this.isOpen(fragment));
  };

  /** Find in page matched text in a closed panel (its `data-fragment`): opened before the browser scrolls there. */
  readonly onBeforeMatch = (event: Event): void => this.toggle([dataOf(event, 'fragment')], true);

  /** A period's show-all button: the period is its `data-period`. */
  readonly onShowAll = (event: Event): void => this.toggleAll(this.#options.promisesOf(dataOf(event, 'period')));

  /** Opens the promise the URL's fragment names and scrolls to it (or to the period). */
  readonly #openFromHash = (): void => {
    let fragment: string;
    try {
      fragment = decodeURIComponent(location.hash.slice(1));
    } catch {
      return; // "#100%": not a fragment of ours
    }
    const claim = fragment ? this.#options.claims(fragment) : undefined;
    if (!claim) return;
    if (claim === 'promise') {
      this.#open.add(fragment);
      this.#changed = true;
    }
    this.#scrollTarget = fragment;
    this.#host.requestUpdate();
  };
}
