import {LitElement, html, nothing, type PropertyValues} from 'lit';
import {property, state} from 'lit/decorators.js';
import {parseFeedDate, dayNumber, type Feed, type Period, type Problem} from './feed/index.js';
import type {FeedError} from './feed-error.js';
import {copyText} from './clipboard.js';
import {Disclosure, type ToggleEventDetail} from './controllers/disclosure.js';
import {FeedLoader, type Status} from './controllers/feed-loader.js';
import {PageLanguage} from './controllers/page-language.js';
import {ProgressiveFill} from './controllers/progressive-fill.js';
import {claimFragments, ownsFragment, releaseFragments} from './fragment-owners.js';
import {periodFragment, promiseFragment} from './fragments.js';
import {adoptLightDomStyles} from './light-dom-styles.js';
import {localeFor} from './locale.js';
import {renderInLocale} from './localization.js';
import {rememberKey} from './remembered-state.js';
import {styles} from './styles.js';
import {createContext, type View} from './templates/context.js';
import {renderFeed} from './templates/feed.js';
import {renderError, renderLoading} from './templates/messages.js';

export type {Status, ToggleEventDetail};

export interface LoadEventDetail {
  readonly feed: Feed;
  readonly warnings: readonly Problem[];
}
export interface ErrorEventDetail {
  readonly error: FeedError;
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
 * @csspart title - The feed's title, with `show-title` (a paragraph: the host page has its own heading).
 * @csspart period - One period's section.
 * @csspart period-heading - A period's heading.
 * @csspart tag - Every tag: a status, a phase or a count in a period's summary (icon, shape and word).
 * @csspart phase - The tag beside a period heading saying whether it is current, ended or upcoming; also `phase-current`, `phase-ended`, `phase-upcoming`.
 * @csspart summary - The line under a period heading counting its promises' statuses.
 * @csspart tally - One count in that line; also `status-fulfilled` and the other status names.
 * @csspart promise - One promise: its heading and panel.
 * @csspart toggle - The button that opens and closes a promise.
 * @csspart panel - The content of a promise.
 * @csspart activity - One activity in a promise.
 * @csspart target - One target: its label and its figures.
 * @csspart figure - One figure of a target, in words with its bar; also `figure-baseline`, `figure-goal`, `figure-actual`.
 * @csspart outcome - A promise's or a period's follow-up.
 * @csspart status - A promise's or an activity's status tag; also `status-fulfilled`, `status-partly-fulfilled`, `status-not-fulfilled`, `status-ongoing`.
 * @csspart contact - One contact.
 * @csspart link - Every link.
 * @csspart show-all - The button that opens or closes every promise of a period.
 * @csspart copy-link - The button that copies a link to one promise.
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
 * @cssprop [--medborgar-loften-measure=40em] - The longest line of running text.
 * @cssprop [--medborgar-loften-fulfilled=#1b6b34] - The "done" tag (filled: white text on it).
 * @cssprop [--medborgar-loften-partly-fulfilled=#8a4b00] - The "partly done" tag (outlined).
 * @cssprop [--medborgar-loften-not-fulfilled=#a3161c] - The "not done" tag (outlined).
 * @cssprop [--medborgar-loften-ongoing=the accent] - The "in progress" tag (dashed).
 * @cssprop [--medborgar-loften-current=the accent] - The "in force now" phase tag (filled: white text on it).
 * @cssprop [--medborgar-loften-ended=the muted colour] - The "ended" phase tag (outlined).
 * @cssprop [--medborgar-loften-upcoming=the accent] - The "upcoming" phase tag (dashed).
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

  /**
   * Show the feed's `title` above the periods. Off by default: the host page
   * has its own heading, and the title would only repeat it.
   */
  @property({type: Boolean, attribute: 'show-title', reflect: true}) showTitle = false;

  /** Which sections were open is remembered for the visit (sessionStorage); `remember="off"` turns that off. */
  @property() remember?: string;

  /** The widget's own `lang` attribute; read through `lang`, which Lit leaves native. */
  @property({attribute: 'lang'}) private langAttribute?: string;

  private readonly pageLanguage = new PageLanguage(this);
  private readonly loader = new FeedLoader(this, {
    source: () => ({data: this.data, src: this.src, timeoutMs: this.timeoutMs}),
    loaded: (feed, warnings) => this.showFeed(feed, warnings),
    failed: (error) => this.showError(error),
  });
  private readonly fill = new ProgressiveFill(this, PROMISES_AT_ONCE, () => this.status === 'loaded' || this.status === 'error');
  private readonly disclosure = new Disclosure(this, {
    rememberKey: () => (this.remember === 'off' ? undefined : rememberKey(this.feedUrl)),
    claims: (fragment) => this.claims(fragment),
  });
  @state() private copiedFragment?: string;
  /** Everything a promise's rendering depends on, as last rendered (see View.renderKey). */
  private renderedKey?: string;
  private focusAfterLoad = false;
  private readonly instance = ++instances;

  /** Where loading stands: `idle`, `loading`, `loaded` or `error`; reflected as the `status` attribute. */
  get status(): Status {
    return this.loader.status;
  }

  /** The feed on show, once loaded. */
  get feed(): Feed | undefined {
    return this.loader.feed;
  }

  /** Recoverable problems of the feed on show. */
  get warnings(): readonly Problem[] {
    return this.loader.warnings;
  }

  /**
   * Resolves once the feed is loaded (or has failed) and every section's
   * content is in the DOM. The first render holds the headings and the open
   * sections only; closed panels are filled just after the first paint, in
   * short steps. Await this before reading or printing closed panels' text
   * from script.
   */
  get contentComplete(): Promise<void> {
    return this.fill.complete;
  }

  /** The content language: own `lang`, else the page's around it, else the feed's, else Swedish. */
  get resolvedLang(): string {
    return this.langAttribute || this.pageLanguage.value || this.feed?.language || 'sv';
  }

  /** Loads the feed again (what the retry button does). */
  reload(): Promise<void> {
    return this.loader.load();
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
    window.addEventListener('beforeprint', this.onBeforePrint);
    this.claimFragments();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.onBeforePrint);
    releaseFragments(this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || changed.has('data')) void this.loader.load();
    else if (changed.has('src')) this.loader.srcChanged();
    // A new language (or heading level) redraws every promise: headings and
    // open panels now, closed (hidden) panels just after (see ProgressiveFill).
    const renderKey = `${this.resolvedLang}|${this._headingLevel}|${this.lightDom}`;
    if (this.feed && this.renderedKey !== undefined && renderKey !== this.renderedKey) this.fill.refill();
    this.renderedKey = this.feed ? renderKey : undefined;
  }

  protected override update(changed: PropertyValues<this>): void {
    // msg() answers in this widget's language while it renders and commits.
    renderInLocale(localeFor(this.resolvedLang).ui, () => super.update(changed));
  }

  protected override updated(): void {
    this.setAttribute('status', this.status);
    if (this.focusAfterLoad && this.status !== 'loading') {
      this.focusAfterLoad = false;
      // The retry button again, or (when a retry can no longer help) the message itself.
      const retry = this.status === 'error' ? this.renderRoot.querySelector<HTMLElement>('.retry') : null;
      (retry ?? this.renderRoot.querySelector<HTMLElement>('.base'))?.focus();
    }
  }

  private get timeoutMs(): number {
    const seconds = Number(this.timeout);
    return (Number.isFinite(seconds) && seconds > 0 ? seconds : 10) * 1000;
  }

  /** The feed's address, or undefined for an inline or scripted feed. */
  private get feedUrl(): string | undefined {
    const src = this.loader.loadedSrc;
    return src ? new URL(src, document.baseURI).href : undefined;
  }

  private showFeed(feed: Feed, warnings: readonly Problem[]): void {
    for (const warning of warnings) console.warn(`<medborgar-loften> ${warning.path}: ${warning.message}`);
    if (this.period && !feed.periods.some((period) => period.id === this.period)) {
      console.warn(`<medborgar-loften> period="${this.period}" names no period in the feed; all periods are shown.`);
    }
    const fragments = feed.periods.flatMap((period) => period.promises.map((promise) => promiseFragment(period.id, promise.id)));
    this.fill.start(fragments);
    this.claimFragments();
    this.disclosure.restore(fragments);
    this.disclosure.revealPageText(this.contentComplete);
    this.dispatchEvent(
      new CustomEvent<LoadEventDetail>('medborgar-loften-load', {bubbles: true, composed: true, detail: {feed, warnings}})
    );
  }

  /** Tells other widgets on the page which periods and promises this one shows (see fragment-owners.ts). */
  private claimFragments(): void {
    const feed = this.feed;
    if (!feed) return;
    claimFragments(
      this,
      new Set(feed.periods.flatMap((period) => [periodFragment(period.id), ...period.promises.map((promise) => promiseFragment(period.id, promise.id))]))
    );
  }

  private showError(error: FeedError): void {
    this.fill.clear();
    releaseFragments(this);
    console.error(`<medborgar-loften> ${error.kind}: ${error.message}`);
    this.dispatchEvent(
      new CustomEvent<ErrorEventDetail>('medborgar-loften-error', {bubbles: true, composed: true, detail: {error}})
    );
  }

  private visiblePeriods(feed: Feed): readonly Period[] {
    const chosen = this.period ? feed.periods.filter((period) => period.id === this.period) : [];
    return chosen.length ? chosen : feed.periods;
  }

  /** Whether a URL fragment names a period or a promise on show here, and no widget before this one shows it too. */
  private claims(fragment: string): 'promise' | 'section' | undefined {
    if (!ownsFragment(this, fragment)) return undefined;
    for (const period of this.feed ? this.visiblePeriods(this.feed) : []) {
      if (periodFragment(period.id) === fragment) return 'section';
      if (period.promises.some((promise) => promiseFragment(period.id, promise.id) === fragment)) return 'promise';
    }
    return undefined;
  }

  private todayNumber(): number {
    const given = this.today ? parseFeedDate(this.today) : null;
    if (given?.day !== undefined) return given.year * 10000 + given.month! * 100 + given.day;
    return dayNumber(new Date());
  }

  /** Printing shows every promise: fill every panel before the page is laid out for print. */
  private readonly onBeforePrint = () => {
    if (this.fill.fillAll()) this.performUpdate();
  };

  private readonly onToggle = (event: Event) => {
    const fragment = (event.currentTarget as HTMLElement).dataset['fragment']!;
    this.disclosure.toggle([fragment], !this.disclosure.isOpen(fragment));
  };

  /** Find-in-page matched text in a closed panel: open it before the browser scrolls there. */
  private readonly onBeforeMatch = (event: Event) => {
    this.disclosure.toggle([(event.currentTarget as HTMLElement).dataset['fragment']!], true);
  };

  private readonly onShowAll = (event: Event) => {
    const periodId = (event.currentTarget as HTMLElement).dataset['period'];
    const period = this.feed?.periods.find((candidate) => candidate.id === periodId);
    if (period) this.disclosure.toggleAll(period.promises.map((promise) => promiseFragment(period.id, promise.id)));
  };

  private readonly onCopyLink = async (event: Event) => {
    const fragment = (event.currentTarget as HTMLElement).dataset['fragment']!;
    this.copiedFragment = undefined;
    await this.updateComplete;
    if (await copyText(`${location.href.split('#')[0]}#${fragment}`)) this.copiedFragment = fragment;
  };

  private readonly onRetry = () => {
    this.focusAfterLoad = true;
    void this.reload();
  };

  protected override render() {
    const locale = localeFor(this.resolvedLang);
    const feed = this.feed;
    if (this.status === 'loaded' && feed) {
      const idSuffix = this.lightDom ? `~${this.instance}` : '';
      const view: View = {
        today: this.todayNumber(),
        // In light DOM, widgets share the document's ids.
        fragmentId: (fragment) => (idSuffix && !ownsFragment(this, fragment) ? fragment + idSuffix : fragment),
        isOpen: this.disclosure.isOpen,
        isShown: (fragment) => this.fill.isShown(fragment) || this.disclosure.isOpen(fragment),
        isFilled: this.fill.isFilled,
        isStale: this.fill.isStale,
        renderKey: this.renderedKey ?? '',
        untilFound: supportsUntilFound,
        copiedFragment: this.copiedFragment,
        onToggle: this.onToggle,
        onBeforeMatch: this.onBeforeMatch,
        onShowAll: this.onShowAll,
        onCopyLink: this.onCopyLink,
      };
      const context = createContext(feed, locale, {
        headingLevel: this._headingLevel,
        idSuffix,
        view,
      });
      return html`<div class="base" part="base" lang=${locale.base} aria-busy="false" tabindex="-1">
        ${renderFeed(context, {
          periods: this.visiblePeriods(feed),
          showTitle: this.showTitle,
          source: feed.url ?? location.href.split('#')[0],
        })}
      </div>`;
    }
    const busy = this.status !== 'error';
    return html`<div class="base" part="base" lang=${locale.base} aria-busy=${busy ? 'true' : 'false'} tabindex="-1">
      ${busy ? renderLoading() : renderError(this.loader.error, this.onRetry)}
      ${this.lightDom ? nothing : html`<div class="fallback"><slot></slot></div>`}
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
