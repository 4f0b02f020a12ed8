import {LitElement, html, nothing, type PropertyValues} from 'lit';
import {property, state} from 'lit/decorators.js';
import {msg, str} from '@lit/localize';
import {dayNumber, parseFeed, parseFeedDate, type Feed, type Problem} from './feed/index.js';
import {FeedError} from './feed-error.js';
import {formatDate} from './format.js';
import {fetchFeedText} from './loader.js';
import {intlLocaleFor, renderInLocale, uiLocaleFor} from './localization.js';
import {copyText} from './clipboard.js';
import {adoptLightDomStyles} from './light-dom-styles.js';
import {inheritedLang, onPageLangChange} from './page-language.js';
import {readOpenSections, rememberKey, storeOpenSections} from './remembered-state.js';
import {styles} from './styles.js';
import {closedPanelForPageText} from './text-fragment.js';
import {
  heading,
  periodFragment,
  promiseFragment,
  promiseOfFragment,
  richText,
  text,
  type RenderContext,
} from './templates/context.js';
import {renderContacts} from './templates/contacts.js';
import {renderLinks, renderPeriod} from './templates/period.js';
import {renderError, renderLoading} from './templates/messages.js';

export type Status = 'idle' | 'loading' | 'loaded' | 'error';

export interface LoadEventDetail {
  readonly feed: Feed;
  readonly warnings: readonly Problem[];
}
export interface ErrorEventDetail {
  readonly error: FeedError;
}
export interface ToggleEventDetail {
  /** The section's fragment id, unique on the page: `medborgarloften-2021-2022/trafik`. */
  readonly id: string;
  readonly periodId: string;
  readonly promiseId: string;
  readonly open: boolean;
}

/** Chromium's find-in-page reveals `hidden="until-found"` content and fires `beforematch`. */
const supportsUntilFound = typeof document !== 'undefined' && 'onbeforematch' in document.documentElement;

/**
 * A feed's first render holds this many promises (its headings, and the
 * content of open ones); the rest follow just after the first paint. Real
 * feeds have 5–30 promises: all of them are in the first render.
 */
const PROMISES_AT_ONCE = 40;

let instances = 0;

/**
 * Publishes medborgarlöften — the promises that the Swedish Police and a
 * municipality make together — from one JSON feed, as collapsible sections
 * in Swedish or English.
 *
 * @summary Citizen promises (medborgarlöften) from a JSON feed, accessible and collapsible.
 *
 * @slot - Fallback content (a link to a PDF, static HTML): shown while the feed cannot be shown, hidden once it renders, never removed. A child `<script type="application/json">` is the feed itself when there is no `src`.
 *
 * @event medborgar-loften-load - The feed rendered. `detail: {feed, warnings}`; `warnings` lists recoverable problems with JSON paths.
 * @event medborgar-loften-error - The feed could not be shown. `detail: {error}`, a `FeedError` with `kind` (network, timeout, http, not-json, not-object, format, no-periods, too-large, no-feed), `message`, `url` and `status`.
 * @event medborgar-loften-toggle - A visitor opened or closed a promise. `detail: {id, periodId, promiseId, open}`; `id` is the section's fragment id.
 *
 * @csspart base - The wrapper of everything the widget renders.
 * @csspart title - The feed's title (a paragraph: the host page has its own heading).
 * @csspart period - One period's section.
 * @csspart period-heading - A period's heading.
 * @csspart phase - The line saying whether a period is current, ended or upcoming.
 * @csspart promise - One promise: its heading and panel.
 * @csspart toggle - The button that opens and closes a promise.
 * @csspart panel - The content of a promise.
 * @csspart activity - One activity in a promise.
 * @csspart target - One target (baseline, goal, actual).
 * @csspart outcome - A promise's or a period's follow-up.
 * @csspart status - A status in words with its icon; also `status-fulfilled`, `status-partly-fulfilled`, `status-not-fulfilled`, `status-ongoing`.
 * @csspart contact - One contact.
 * @csspart link - Every link.
 * @csspart show-all - The button that opens or closes every promise of a period.
 * @csspart copy-link - The button that copies a link to one promise.
 * @csspart chart - A target's chart (baseline, goal and actual on one axis).
 * @csspart message - The loading and error messages.
 * @csspart retry - The button that tries to load the feed again.
 *
 * @cssprop [--medborgar-loften-accent=#1d4f91] - Toggle text, links and the focus ring.
 * @cssprop [--medborgar-loften-border=#767676] - Lines between promises (3:1 contrast on white).
 * @cssprop [--medborgar-loften-muted=#595959] - Secondary text such as the period line and labels (7:1 on white).
 * @cssprop [--medborgar-loften-surface=transparent] - Background of the widget.
 * @cssprop [--medborgar-loften-panel-surface=transparent] - Background of an open promise.
 * @cssprop [--medborgar-loften-focus=#1d4f91] - Colour of the focus ring.
 * @cssprop [--medborgar-loften-spacing=1em] - The basic vertical rhythm.
 * @cssprop [--medborgar-loften-min-height=6em] - Space kept while the feed loads, so the page does not jump.
 */
export class MedborgarLoften extends LitElement {
  static override styles = styles;

  /** URL of the feed, relative to the page. Without it, the feed is read from a child `<script type="application/json">`. */
  @property({reflect: true}) src?: string;

  /** Level (1–6) of the period headings; promise headings go one level deeper. Invalid values mean 2. */
  @property({attribute: 'heading-level', reflect: true})
  get headingLevel(): number {
    return this._headingLevel;
  }
  set headingLevel(value: number | string | null | undefined) {
    const old = this._headingLevel;
    const level = Number(value);
    this._headingLevel = Number.isInteger(level) && level >= 1 && level <= 6 ? level : 2;
    this.requestUpdate('headingLevel', old);
  }
  private _headingLevel = 2;

  /** Show only the period with this id (all periods when absent or unknown). */
  @property({reflect: true}) period?: string;

  /**
   * The feed itself, as JSON text or a parsed object, for scripts (previews,
   * playgrounds, pages under Trusted Types that cannot write a script's text).
   * When set, it is used instead of `src` and the inline feed.
   */
  @property({attribute: false}) data?: unknown;

  /** Seconds to wait for the feed before showing the error state. Invalid values mean 10. */
  @property({type: Number}) timeout = 10;

  /** Today's date as `YYYY-MM-DD`, for previews: decides which periods are current, ended or upcoming. Defaults to the visitor's today. */
  @property() today?: string;

  /**
   * Render into the light DOM instead of a shadow root, so read-aloud tools,
   * site search and reader modes see the promises. Set it before the element
   * connects. Styles are scoped by the element's name; `::part()` does not apply.
   */
  @property({type: Boolean, attribute: 'light-dom', reflect: true}) lightDom = false;

  /** Which sections were open is remembered for the visit (sessionStorage); `remember="off"` turns that off. */
  @property() remember?: string;

  /** The widget's own `lang` attribute; read through `lang`, which Lit leaves native. */
  @property({attribute: 'lang'}) private langAttribute?: string;

  /** Where loading stands: `idle`, `loading`, `loaded` or `error`; reflected as the `status` attribute. */
  get status(): Status {
    return this._status;
  }
  @state() private _status: Status = 'idle';

  /** The feed on show, once loaded. */
  get feed(): Feed | undefined {
    return this._feed;
  }
  @state() private _feed?: Feed;

  /**
   * Resolves once the feed is loaded (or has failed) and every section's
   * content is in the DOM. The first render holds the headings and the open
   * sections only; closed panels are filled just after the first paint, in
   * short steps (see `scheduleFill`). Await this before reading or printing
   * closed panels' text from script.
   */
  get contentComplete(): Promise<void> {
    if (this.contentIsComplete) return this.updateComplete.then(() => undefined);
    return new Promise((resolve) => this.fillWaiters.push(resolve));
  }

  private get contentIsComplete(): boolean {
    return (this._status === 'loaded' || this._status === 'error') && this.fillDone;
  }

  /** Recoverable problems of the feed on show. */
  get warnings(): readonly Problem[] {
    return this._warnings;
  }
  private _warnings: readonly Problem[] = [];

  @state() private error?: FeedError;
  @state() private inheritedLang = '';
  /** Open promises by fragment id; changed in place, so many clicks in one task stay cheap. */
  private openSections = new Set<string>();
  /** Whether the open sections changed since they were last stored. */
  private openSectionsChanged = false;
  @state() private copiedFragment?: string;
  /** Promises in feed order that are rendered: the first `shownUpTo` of `fillOrder` (and every open one). */
  @state() private shownUpTo = 0;
  /** Closed panels in feed order whose content is rendered: the first `filledUpTo` of `fillOrder`. */
  @state() private filledUpTo = 0;
  /**
   * After a language switch: closed panels before this index still hold
   * their content in the previous language (hidden) until the fill reaches
   * them; they are updated in place, not emptied and rebuilt.
   */
  private staleUpTo = 0;
  private fillOrder = new Map<string, number>();
  private fillTimer?: ReturnType<typeof setTimeout>;
  private fillFrame?: number;
  /** Panels filled per background step, adapted so that each step stays short. */
  private fillStep = 20;
  /** The renderKey of the feed as last rendered; undefined before a feed is on show. */
  private renderedKey?: string;
  /** Callers of `contentComplete` waiting for the fill to end. */
  private fillWaiters: (() => void)[] = [];
  private readonly instance = ++instances;

  /** Each load's number: a response for an older one is dropped. */
  private loadGeneration = 0;
  private loadController?: AbortController;
  /** The `src` the feed on show came from; reconnecting with it does not refetch. */
  private loadedSrc?: string;
  private childObserver?: MutationObserver;
  private stopWatchingLang?: () => void;
  private focusAfterLoad = false;
  private scrollTarget?: string;
  /** Whether the page's text-fragment link was looked for, once, in the first feed shown. */
  private textFragmentSought = false;

  /** The content language: own `lang`, else the page's around it, else the feed's, else Swedish. */
  get resolvedLang(): string {
    return this.langAttribute || this.inheritedLang || this._feed?.language || 'sv';
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    if (!this.hasAttribute('light-dom')) return super.createRenderRoot();
    adoptLightDomStyles(this.getRootNode() as Document | ShadowRoot, this.localName);
    // Render before the editor's fallback content, which stays in place.
    this.renderOptions.renderBefore ??= this.firstChild;
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.stopWatchingLang = onPageLangChange(() => this.refreshInheritedLang());
    this.refreshInheritedLang();
    window.addEventListener('hashchange', this.onHashChange);
    window.addEventListener('beforeprint', this.onBeforePrint);
    this.scheduleFill();
    // Reconnected after a load was aborted by a disconnect: start it again.
    if (this.hasUpdated && this._status === 'loading' && !this.loadController) void this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopWatchingLang?.();
    window.removeEventListener('hashchange', this.onHashChange);
    window.removeEventListener('beforeprint', this.onBeforePrint);
    clearTimeout(this.fillTimer);
    if (this.fillFrame !== undefined) cancelAnimationFrame(this.fillFrame);
    this.fillFrame = undefined;
    this.childObserver?.disconnect();
    this.childObserver = undefined;
    if (this.loadController) {
      this.loadController.abort();
      this.loadController = undefined;
    }
  }

  /** Loads the feed again (what the retry button does). */
  reload(): Promise<void> {
    return this.load();
  }

  /** Re-reads the page's language; called when any `lang` attribute changes. */
  refreshInheritedLang(): void {
    const lang = inheritedLang(this);
    if (lang !== this.inheritedLang) this.inheritedLang = lang;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || changed.has('data')) {
      void this.load();
    } else if (changed.has('src')) {
      // Back to the src on show while another loads: keep it, drop the other.
      if (this._feed && this.src === this.loadedSrc && this.data === undefined) this.cancelLoad();
      else void this.load();
    }
    // A new language (or heading level) redraws every promise. The headings
    // and open panels change now, in this frame; closed (hidden) panels keep
    // their content until the fill brings them into the new language just
    // after, a few at a time, as on the first render.
    const renderKey = this.renderKey;
    if (this._feed && this.hasUpdated && this.renderedKey !== undefined && renderKey !== this.renderedKey) {
      this.staleUpTo = Math.max(this.staleUpTo, this.filledUpTo);
      this.filledUpTo = 0;
      this.scheduleFill();
    }
    this.renderedKey = this._feed ? renderKey : undefined;
  }

  /** Changes whenever every promise must be drawn again (see RenderContext.renderKey). */
  private get renderKey(): string {
    return `${this.resolvedLang}|${this.baseLang}|${this._headingLevel}|${this.lightDom}`;
  }

  protected override update(changed: PropertyValues<this>): void {
    // msg() answers in this widget's language while it renders and commits.
    renderInLocale(uiLocaleFor(this.resolvedLang), () => super.update(changed));
  }

  protected override updated(): void {
    if (this.openSectionsChanged) {
      this.openSectionsChanged = false;
      const key = this.rememberKey;
      if (key) storeOpenSections(key, this.openSections);
    }
    this.setAttribute('status', this._status);
    if (this.focusAfterLoad && this._status !== 'loading') {
      this.focusAfterLoad = false;
      const target = this.renderRoot.querySelector<HTMLElement>(this._status === 'error' ? '.retry' : '.base');
      target?.focus();
    }
    if (this.scrollTarget) {
      this.renderRoot.querySelector(`[id="${CSS.escape(this.scrollTarget)}"]`)?.scrollIntoView({block: 'start'});
      this.scrollTarget = undefined;
    }
  }

  /** Stops the load under way (its answer, should it come, is dropped). */
  private cancelLoad(): void {
    this.loadGeneration++;
    this.loadController?.abort();
    this.loadController = undefined;
    if (this._feed) this._status = 'loaded';
  }

  private async load(): Promise<void> {
    const generation = ++this.loadGeneration;
    this.loadController?.abort();
    this.loadController = undefined;
    const src = this.src;
    this._status = 'loading';
    // A widget taken out of the page fetches nothing; connectedCallback starts again.
    if (!this.isConnected) return;
    this.error = undefined;
    try {
      let source: unknown;
      if (this.data !== undefined) {
        source = this.data;
      } else if (src) {
        const controller = new AbortController();
        this.loadController = controller;
        const url = new URL(src, document.baseURI).href;
        source = await fetchFeedText(url, {signal: controller.signal, timeoutMs: this.timeoutMs});
      } else {
        const inline = this.inlineFeed();
        if (inline === undefined) {
          this.waitForInlineFeed();
          throw new FeedError('no-feed', 'No feed: set `src`, or put the feed in a child <script type="application/json">.');
        }
        source = inline;
      }
      if (generation !== this.loadGeneration) return;
      this.loadController = undefined;
      const result = parseFeed(source);
      if (!result.ok) throw new FeedError(result.error.kind, result.error.message, src);
      this.show(result.feed, result.problems, src);
    } catch (error) {
      if (generation !== this.loadGeneration) return;
      if (!(error instanceof FeedError)) {
        // Aborted by a disconnect: connectedCallback starts again.
        if ((error as Error)?.name === 'AbortError') return;
        error = new FeedError('network', String((error as Error)?.message ?? error), src);
      }
      this.loadController = undefined;
      this.fail(error as FeedError);
    }
  }

  private get timeoutMs(): number {
    const seconds = Number(this.timeout);
    return (Number.isFinite(seconds) && seconds > 0 ? seconds : 10) * 1000;
  }

  private inlineFeed(): string | undefined {
    const script = [...this.children].find(
      (child): child is HTMLScriptElement => child instanceof HTMLScriptElement && child.type === 'application/json'
    );
    return script?.textContent ?? undefined;
  }

  /** A feed script added after the element (a CMS, a script) is picked up when it arrives. */
  private waitForInlineFeed(): void {
    if (this.childObserver) return;
    this.childObserver = new MutationObserver(() => {
      if (!this.src && this.inlineFeed() !== undefined) {
        this.childObserver?.disconnect();
        this.childObserver = undefined;
        void this.load();
      }
    });
    this.childObserver.observe(this, {childList: true, subtree: true, characterData: true});
  }

  private show(feed: Feed, warnings: readonly Problem[], src: string | undefined): void {
    this._feed = feed;
    this._warnings = warnings;
    this.loadedSrc = src;
    this._status = 'loaded';
    for (const warning of warnings) {
      console.warn(`<medborgar-loften> ${warning.path}: ${warning.message}`);
    }
    if (this.period && !feed.periods.some((period) => period.id === this.period)) {
      console.warn(`<medborgar-loften> period="${this.period}" names no period in the feed; all periods are shown.`);
    }
    const fragments = feed.periods.flatMap((period) =>
      period.promises.map((promise) => promiseFragment(period.id, promise.id))
    );
    this.fillOrder = new Map(fragments.map((fragment, index) => [fragment, index]));
    this.shownUpTo = Math.min(PROMISES_AT_ONCE, fragments.length);
    this.filledUpTo = this.staleUpTo = 0;
    this.scheduleFill();
    const key = this.rememberKey;
    this.openSections = key ? readOpenSections(key, new Set(fragments)) : new Set();
    this.openFromHash();
    if (!this.textFragmentSought) {
      this.textFragmentSought = true;
      void this.contentComplete.then(() => this.openForPageText());
    }
    this.dispatchEvent(
      new CustomEvent<LoadEventDetail>('medborgar-loften-load', {bubbles: true, composed: true, detail: {feed, warnings}})
    );
  }

  private fail(error: FeedError): void {
    this._feed = undefined;
    this._warnings = [];
    this.loadedSrc = undefined;
    this.error = error;
    this._status = 'error';
    this.fillOrder = new Map();
    this.shownUpTo = this.filledUpTo = this.staleUpTo = 0;
    this.releaseFillWaiters();
    console.error(`<medborgar-loften> ${error.kind}: ${error.message}`);
    this.dispatchEvent(
      new CustomEvent<ErrorEventDetail>('medborgar-loften-error', {bubbles: true, composed: true, detail: {error}})
    );
  }

  private readonly onHashChange = () => this.openFromHash();

  /**
   * The first render draws headings (and open sections) only; closed panels
   * are filled after that first paint, a few at a time, so that the page
   * shows its promises sooner, no task is long, and find-in-page soon
   * reaches everything.
   */
  private scheduleFill(): void {
    clearTimeout(this.fillTimer);
    if (this.fillFrame !== undefined) cancelAnimationFrame(this.fillFrame);
    if (!this.isConnected) return;
    if (this.fillDone) {
      void this.updateComplete.then(() => this.releaseFillWaiters());
      return;
    }
    // A frame, then a task: the step runs after the frame is painted.
    this.fillFrame = requestAnimationFrame(() => {
      this.fillFrame = undefined;
      this.fillTimer = setTimeout(() => void this.fillStepNow());
    });
  }

  private async fillStepNow(): Promise<void> {
    const started = performance.now();
    // The remaining promises' headings first, then the panels' content.
    if (this.shownUpTo < this.fillOrder.size) this.shownUpTo = Math.min(this.fillOrder.size, this.shownUpTo + this.fillStep);
    else this.filledUpTo = Math.min(this.fillOrder.size, this.filledUpTo + this.fillStep);
    await this.updateComplete;
    const spent = performance.now() - started;
    // Aim for steps of 5–15 ms: well inside a frame.
    this.fillStep = Math.max(1, Math.min(500, Math.round(this.fillStep * (spent > 15 ? 0.5 : spent < 5 ? 2 : 1))));
    this.scheduleFill();
  }

  private get fillDone(): boolean {
    return this.shownUpTo >= this.fillOrder.size && this.filledUpTo >= this.fillOrder.size;
  }

  private releaseFillWaiters(): void {
    if (!this.contentIsComplete) return;
    const waiters = this.fillWaiters;
    this.fillWaiters = [];
    for (const resolve of waiters) resolve();
  }

  /** Printing shows every promise: fill every panel before the page is laid out for print. */
  private readonly onBeforePrint = () => {
    if (this.fillDone) return;
    this.shownUpTo = this.filledUpTo = this.fillOrder.size;
    this.performUpdate();
    this.scheduleFill();
  };

  /** Opens the promise a URL fragment names and scrolls to it (or to the period). */
  private openFromHash(): void {
    let fragment: string;
    try {
      fragment = decodeURIComponent(location.hash.slice(1));
    } catch {
      return; // "#100%": not a fragment of ours
    }
    if (!fragment || !this._feed) return;
    for (const period of this.visiblePeriods(this._feed)) {
      if (periodFragment(period.id) === fragment) {
        this.scrollTarget = fragment;
        this.requestUpdate();
        return;
      }
      for (const promise of period.promises) {
        if (promiseFragment(period.id, promise.id) === fragment) {
          this.openSections.add(fragment);
          this.openSectionsDidChange();
          this.scrollTarget = fragment;
          return;
        }
      }
    }
  }

  /** Opens (and scrolls to) the closed promise that the page's text-fragment link points into (see text-fragment.ts). */
  private openForPageText(): void {
    const fragment = closedPanelForPageText(this.renderRoot);
    if (!fragment) return;
    this.toggleSections([fragment], true);
    this.scrollTarget = fragment;
  }

  private visiblePeriods(feed: Feed) {
    const chosen = this.period ? feed.periods.filter((period) => period.id === this.period) : [];
    return chosen.length ? chosen : feed.periods;
  }

  /** Opens or closes sections, as a visitor did: one state change, one store, an event per section. */
  private toggleSections(fragments: readonly string[], open: boolean): void {
    const changed = fragments.filter((fragment) => this.openSections.has(fragment) !== open);
    if (!changed.length) return;
    for (const fragment of changed) {
      if (open) this.openSections.add(fragment);
      else this.openSections.delete(fragment);
    }
    this.openSectionsDidChange();
    for (const fragment of changed) {
      const {periodId, promiseId} = promiseOfFragment(fragment);
      this.dispatchEvent(
        new CustomEvent<ToggleEventDetail>('medborgar-loften-toggle', {
          bubbles: true,
          composed: true,
          detail: {id: fragment, periodId, promiseId, open},
        })
      );
    }
  }

  /** Renders the change, and stores the open sections once after the update. */
  private openSectionsDidChange(): void {
    this.openSectionsChanged = true;
    this.requestUpdate();
  }

  // --- remembered state (GOV.UK's accordion does the same, per tab) ---

  /** The sessionStorage key of this feed's open sections, unless `remember="off"`. */
  private get rememberKey(): string | undefined {
    if (this.remember === 'off') return undefined;
    return rememberKey(this.loadedSrc ? new URL(this.loadedSrc, document.baseURI).href : undefined);
  }

  private readonly onToggle = (event: Event) => {
    const fragment = (event.currentTarget as HTMLElement).dataset['fragment']!;
    this.toggleSections([fragment], !this.openSections.has(fragment));
  };

  /** Find-in-page matched text in a closed panel: open it before the browser scrolls there. */
  private readonly onBeforeMatch = (event: Event) => {
    this.toggleSections([(event.currentTarget as HTMLElement).dataset['fragment']!], true);
  };

  private readonly onShowAll = (event: Event) => {
    const periodId = (event.currentTarget as HTMLElement).dataset['period'];
    const period = this._feed?.periods.find((candidate) => candidate.id === periodId);
    if (!period) return;
    const fragments = period.promises.map((promise) => promiseFragment(period.id, promise.id));
    const open = !fragments.every((fragment) => this.openSections.has(fragment));
    this.toggleSections(fragments, open);
  };

  private readonly onCopyLink = async (event: Event) => {
    const fragment = (event.currentTarget as HTMLElement).dataset['fragment']!;
    const url = `${location.href.split('#')[0]}#${fragment}`;
    this.copiedFragment = undefined;
    await this.updateComplete;
    if (await copyText(url)) this.copiedFragment = fragment;
  };

  private readonly onRetry = () => {
    this.focusAfterLoad = true;
    void this.reload();
  };

  private todayNumber(): number {
    const given = this.today ? parseFeedDate(this.today) : null;
    if (given?.day !== undefined) return given.year * 10000 + given.month! * 100 + given.day;
    return dayNumber(new Date());
  }

  /** The wrapper's `lang`: the content language if the UI speaks it, else the UI's language. */
  private get baseLang(): string {
    const lang = this.resolvedLang;
    const ui = uiLocaleFor(lang);
    return lang.split('-')[0]!.toLowerCase() === ui ? lang : ui;
  }

  protected override render() {
    const lang = this.resolvedLang;
    const baseLang = this.baseLang;
    if (this.lightDom) {
      // No slot without a shadow root: the fallback children simply stay where they are.
      if (this._status === 'loaded' && this._feed) return this.renderFeed(this._feed, lang);
      const busy = this._status !== 'error';
      return html`<div class="base" lang=${baseLang} aria-busy=${busy ? 'true' : 'false'} tabindex="-1">
        ${busy ? renderLoading() : renderError(this.error, this.onRetry)}
      </div>`;
    }
    if (this._status === 'loaded' && this._feed) return this.renderFeed(this._feed, lang);
    const busy = this._status === 'loading' || this._status === 'idle';
    return html`<div class="base" part="base" lang=${baseLang} aria-busy=${busy ? 'true' : 'false'} tabindex="-1">
      ${busy ? renderLoading() : renderError(this.error, this.onRetry)}
      <div class="fallback"><slot></slot></div>
    </div>`;
  }

  private renderFeed(feed: Feed, lang: string) {
    const context: RenderContext = {
      feed,
      lang,
      locale: uiLocaleFor(lang),
      baseLang: this.baseLang,
      intlLocale: intlLocaleFor(lang),
      headingLevel: this._headingLevel,
      today: this.todayNumber(),
      parties: new Map(feed.parties.map((party) => [party.id, party])),
      isOpen: (fragment) => this.openSections.has(fragment),
      isFilled: (fragment) => (this.fillOrder.get(fragment) ?? 0) < this.filledUpTo,
      isStale: (fragment) => (this.fillOrder.get(fragment) ?? 0) < this.staleUpTo,
      isShown: (fragment) => (this.fillOrder.get(fragment) ?? 0) < this.shownUpTo || this.openSections.has(fragment),
      renderKey: this.renderKey,
      idSuffix: this.lightDom ? `~${this.instance}` : '',
      untilFound: supportsUntilFound,
      copiedFragment: this.copiedFragment,
      onToggle: this.onToggle,
      onBeforeMatch: this.onBeforeMatch,
      onShowAll: this.onShowAll,
      onCopyLink: this.onCopyLink,
    };
    const source = feed.url ?? location.href.split('#')[0];
    return html`<div class="base" part="base" lang=${context.baseLang} aria-busy="false" tabindex="-1">
      ${feed.title ? html`<p class="title" part="title">${text(context, feed.title)}</p>` : nothing}
      ${richText(context, feed.intro, {className: 'rich-text intro'})}
      ${this.visiblePeriods(feed).map((period) => renderPeriod(context, period))}
      ${feed.links.length
        ? html`<div class="feed-links">
            ${heading(context, 0, msg('Dokument och länkar', {desc: 'Heading: documents and links about all the promises.'}))}
            ${renderLinks(context, feed.links)}
          </div>`
        : nothing}
      ${renderContacts(context, feed.contacts)}
      ${feed.updated
        ? html`<p class="updated" part="updated">
            ${msg('Senast ändrad:', {desc: 'Label before the date the promises were last updated.'})}
            ${formatDate(feed.updated, context.intlLocale)}
          </p>`
        : nothing}
      <p class="print-only">${msg(str`Källa: ${source}`, {desc: 'Printed only: the address the promises come from.'})}</p>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'medborgar-loften': MedborgarLoften;
  }
  interface HTMLElementEventMap {
    'medborgar-loften-load': CustomEvent<LoadEventDetail>;
    'medborgar-loften-error': CustomEvent<ErrorEventDetail>;
    'medborgar-loften-toggle': CustomEvent<ToggleEventDetail>;
  }
}
