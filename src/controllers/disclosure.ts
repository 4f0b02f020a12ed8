/**
 * Which promises are open, as a reactive controller: a visitor's toggles
 * and "show all", the URL fragment (deep links, also when it changes
 * later), find-in-page opening a closed panel, and the open set remembered
 * for the visit. Each change is one update, one store and a
 * `medborgar-loften-toggle` event per promise.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {readOpenSections, storeOpenSections} from '../remembered-state.js';
import {promiseOfFragment} from '../fragments.js';
import {closedPanelForPageText} from '../text-fragment.js';

type Host = ReactiveControllerHost & HTMLElement;

export interface ToggleEventDetail {
  /** The section's fragment id: `medborgarloften-2021-2022/trafik`. */
  readonly id: string;
  readonly periodId: string;
  readonly promiseId: string;
  readonly open: boolean;
}

export interface DisclosureOptions {
  /** The sessionStorage key for the feed on show, or undefined to remember nothing. */
  readonly rememberKey: () => string | undefined;
  /**
   * Whether this widget answers a fragment: 'promise' opens and scrolls to
   * it, 'section' only scrolls (a period), undefined ignores it.
   */
  readonly claims: (fragment: string) => 'promise' | 'section' | undefined;
}

export class Disclosure implements ReactiveController {
  private open = new Set<string>();
  /** Whether the open set changed since it was last stored. */
  private changed = false;
  private scrollTarget?: string;
  private pageTextSought = false;

  constructor(
    private readonly host: Host,
    private readonly options: DisclosureOptions
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.openFromHash);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.openFromHash);
  }

  hostUpdated(): void {
    if (this.changed) {
      this.changed = false;
      const key = this.options.rememberKey();
      if (key) storeOpenSections(key, this.open);
    }
    if (this.scrollTarget) {
      const root = (this.host as unknown as {renderRoot: ParentNode}).renderRoot;
      root.querySelector(`[id="${CSS.escape(this.scrollTarget)}"]`)?.scrollIntoView({block: 'start'});
      this.scrollTarget = undefined;
    }
  }

  isOpen = (fragment: string): boolean => this.open.has(fragment);

  /** A new feed: what the visitor had open during this visit, then the URL's fragment. */
  restore(fragments: readonly string[]): void {
    const key = this.options.rememberKey();
    this.open = key ? readOpenSections(key, new Set(fragments)) : new Set();
    this.openFromHash();
  }

  /**
   * Once per element, when `ready` (every panel filled): opens the closed
   * promise a text-fragment link points into, where the engine's own search
   * ran before the promises were there (src/text-fragment.ts).
   */
  revealPageText(ready: Promise<void>): void {
    if (this.pageTextSought) return;
    this.pageTextSought = true;
    void ready.then(() => {
      const fragment = closedPanelForPageText((this.host as unknown as {renderRoot: ParentNode}).renderRoot);
      if (!fragment) return;
      this.toggle([fragment], true);
      this.scrollTarget = fragment;
    });
  }

  /** Opens or closes promises, as a visitor did. */
  toggle(fragments: readonly string[], open: boolean): void {
    const changed = fragments.filter((fragment) => this.open.has(fragment) !== open);
    if (!changed.length) return;
    for (const fragment of changed) {
      if (open) this.open.add(fragment);
      else this.open.delete(fragment);
    }
    this.didChange();
    for (const fragment of changed) {
      const {periodId, promiseId} = promiseOfFragment(fragment);
      this.host.dispatchEvent(
        new CustomEvent<ToggleEventDetail>('medborgar-loften-toggle', {
          bubbles: true,
          composed: true,
          detail: {id: fragment, periodId, promiseId, open},
        })
      );
    }
  }

  /** Opens all of `fragments` unless all are open already; then closes them. */
  toggleAll(fragments: readonly string[]): void {
    this.toggle(fragments, !fragments.every(this.isOpen));
  }

  /** Opens the promise the URL's fragment names and scrolls to it (or to the period). */
  readonly openFromHash = (): void => {
    let fragment: string;
    try {
      fragment = decodeURIComponent(location.hash.slice(1));
    } catch {
      return; // "#100%": not a fragment of ours
    }
    const claim = fragment ? this.options.claims(fragment) : undefined;
    if (!claim) return;
    if (claim === 'promise') {
      this.open.add(fragment);
      this.changed = true;
    }
    this.scrollTarget = fragment;
    this.host.requestUpdate();
  };

  private didChange(): void {
    this.changed = true;
    this.host.requestUpdate();
  }
}
