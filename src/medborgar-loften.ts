import {LitElement, html, nothing, type PropertyValues} from 'lit';
import {dayNumber, parseFeedDate, startOf, type Feed, type Period, type Problem} from './feed/index.js';
import type {FeedError} from './feed-error.js';
import {emit, type ErrorEventDetail, type LoadEventDetail, type ToggleEventDetail} from './events.js';
import {CopyLink} from './controllers/copy-link.js';
import {Disclosure, supportsUntilFound} from './controllers/disclosure.js';
import {FeedLoader, type Status} from './controllers/feed-loader.js';
import {FragmentClaims} from './controllers/fragment-claims.js';
import {PageLanguage} from './controllers/page-language.js';
import {FIRST_RENDER_PROMISES, ProgressiveFill} from './controllers/progressive-fill.js';
import {promiseFragments} from './fragments.js';
import {adoptLightDomStyles} from './light-dom-styles.js';
import {localeFor} from './locale.js';
import {renderInLocale} from './localization.js';
import {rememberKey} from './remembered-state.js';
import {styles} from './styles.js';
import {createContext} from './templates/context.js';
import {renderFeed} from './templates/feed.js';
import {renderError, renderLoading} from './templates/messages.js';

export type {ErrorEventDetail, LoadEventDetail, Status, ToggleEventDetail};

/**
 * Publishes medborgarlöften — the promises that the Swedish Police and a
 * municipality make together — from one JSON feed, as collapsible sections
 * in Swedish or English.
 *
 * @summary Citizen promises (medborgarlöften) from a JSON feed, accessible and collapsible.
 *
 * @slot - Fallback content (a link to a PDF, static HTML): shown while the feed cannot be shown, hidden once it renders, never removed. A child `<script type="application/json">` is the feed itself when there is no `src`.
 *
 * @event {CustomEvent} medborgar-loften-load - The feed rendered. `detail: {feed, warnings}`; `warnings` lists recoverable problems with JSON paths.
 * @event {CustomEvent} medborgar-loften-error - The feed could not be shown. `detail: {error}`, a `FeedError` with `kind` (network, timeout, http, not-json, not-object, format, no-periods, too-large, no-feed), `message`, `url` and `status`.
 * @event {CustomEvent} medborgar-loften-toggle - A visitor opened or closed a promise. `detail: {id, periodId, promiseId, open}`; `id` is the section's fragment id.
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

  static override properties = {
    src: {reflect: true},
    headingLevel: {attribute: 'heading-level', reflect: true},
    period: {reflect: true},
    data: {attribute: false},
    timeout: {type: Number},
    today: {},
    lightDom: {type: Boolean, attribute: 'light-dom', reflect: true},
    showTitle: {type: Boolean, attribute: 'show-title', reflect: true},
    remember: {},
    langAttribute: {attribute: 'lang'},
  };

  /** URL of the feed, relative to the page. Without it, the feed is read from a child `<script type="application/json">`. */
  src?: string;

  /** Level (1–6) of the period headings; promise headings go one level deeper. Invalid values mean 2. */
  get headingLevel(): number {
    return this.#headingLevel;
  }
  set headingLevel(value: number | string | null | undefined) {
    const level = Number(value);
    this.#headingLevel = Number.isInteger(level) && level >= 1 && level <= 6 ? level : 2;
  }
  #headingLevel = 2;

  /** Show only the period with this id (all periods when absent or unknown). */
  period?: string;

  /**
   * The feed itself, as JSON text or a parsed object, for scripts (previews,
   * playgrounds, pages under Trusted Types that cannot write a script's text).
   * When set, it is used instead of `src` and the inline feed.
   */
  data?: unknown;

  /** Seconds to wait for the feed before showing the error state. Invalid values mean 10. */
  timeout = 10;

  /** Today's date as `YYYY-MM-DD`, for previews: decides which periods are current, ended or upcoming. Defaults to the visitor's today. */
  today?: string;

  /**
   * Render into the light DOM instead of a shadow root, so read-aloud tools,
   * site search and reader modes see the promises. Set it before the element
   * connects. Styles are scoped by the element's name; `::part()` does not apply.
   */
  lightDom = false;

  /**
   * Show the feed's `title` above the periods. Off by default: the host page
   * has its own heading, and the title would only repeat it.
   */
  showTitle = false;

  /** Which sections were open is remembered for the visit (sessionStorage); `remember="off"` turns that off. */
  remember?: string;

  /** The widget's own `lang` attribute; read through `lang`, which Lit leaves native. */
  private langAttribute?: string;

  readonly #pageLanguage = new PageLanguage(this);
  readonly #loader = new FeedLoader(this, {
    source: () => ({data: this.data, src: this.src, timeout: this.timeout}),
    loaded: (feed, warnings) => this.#showFeed(feed, warnings),
    failed: (error) => this.#showError(error),
  });
  readonly #fill = new ProgressiveFill(this, FIRST_RENDER_PROMISES, () => this.status === 'loaded' || this.status === 'error');
  readonly #claims = new FragmentClaims(this);
  readonly #disclosure = new Disclosure(this, {
    rememberKey: () => (this.remember === 'off' ? undefined : rememberKey(this.#loader.loadedSrc)),
    claims: (fragment) => this.#claims.claims(fragment, this.#visiblePeriods()),
    promisesOf: (periodId) => (this.feed?.periods ?? []).filter((period) => period.id === periodId).flatMap(promiseFragments),
  });
  readonly #copyLink = new CopyLink(this);

  /** Where loading stands: `idle`, `loading`, `loaded` or `error`; reflected as the `status` attribute. */
  get status(): Status {
    return this.#loader.status;
  }

  /** The feed on show, once loaded. */
  get feed(): Feed | undefined {
    return this.#loader.feed;
  }

  /** Recoverable problems of the feed on show. */
  get warnings(): readonly Problem[] {
    return this.#loader.warnings;
  }

  /**
   * Resolves once the feed is loaded (or has failed) and every section's
   * content is in the DOM. The first render holds the headings and the open
   * sections only; closed panels are filled just after the first paint, in
   * short steps. Await this before reading or printing closed panels' text
   * from script.
   */
  get contentComplete(): Promise<void> {
    return this.#fill.complete;
  }

  /** The content language: own `lang`, else the page's around it, else the feed's, else Swedish. */
  get resolvedLang(): string {
    return this.langAttribute || this.#pageLanguage.value || this.feed?.language || 'sv';
  }

  /** Loads the feed again (what the retry button does). */
  reload(): Promise<void> {
    return this.#loader.load();
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    if (!this.hasAttribute('light-dom')) return super.createRenderRoot();
    adoptLightDomStyles(this.getRootNode() as Document | ShadowRoot, this.localName);
    // Render before the page's fallback content (a link, static HTML), which stays in place.
    this.renderOptions.renderBefore ??= this.firstChild;
    return this;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || changed.has('data')) void this.#loader.load();
    else if (changed.has('src')) this.#loader.srcChanged();
    // A new language (or heading level) redraws every promise: headings and
    // open panels now, closed (hidden) panels just after (see ProgressiveFill).
    this.#fill.redrawFor(this.feed && this.#renderKey);
  }

  protected override update(changed: PropertyValues<this>): void {
    // msg() answers in this widget's language while it renders and commits.
    renderInLocale(localeFor(this.resolvedLang).ui, () => super.update(changed));
  }

  #showFeed(feed: Feed, warnings: readonly Problem[]): void {
    if (this.period && !feed.periods.some((period) => period.id === this.period)) {
      console.warn(`<medborgar-loften> period="${this.period}" names no period in the feed; all periods are shown.`);
    }
    const fragments = feed.periods.flatMap(promiseFragments);
    this.#fill.start(fragments);
    this.#claims.show(feed);
    this.#disclosure.restore(fragments);
    this.#disclosure.revealPageText(this.contentComplete);
    emit(this, 'medborgar-loften-load', {feed, warnings});
  }

  #showError(error: FeedError): void {
    this.#fill.clear();
    this.#claims.show(undefined);
    emit(this, 'medborgar-loften-error', {error});
  }

  /** Everything a promise's rendering depends on besides the promise itself (see View.renderKey). */
  get #renderKey(): string {
    return `${this.resolvedLang}|${this.#headingLevel}|${this.lightDom}`;
  }

  #visiblePeriods(): readonly Period[] {
    const periods = this.feed?.periods ?? [];
    const chosen = this.period ? periods.filter((period) => period.id === this.period) : [];
    return chosen.length ? chosen : periods;
  }

  protected override render() {
    const locale = localeFor(this.resolvedLang);
    const feed = this.feed;
    if (this.status === 'loaded' && feed) {
      // In light DOM, widgets share the document's ids.
      const idSuffix = this.lightDom ? this.#claims.idSuffix : '';
      const today = this.today ? parseFeedDate(this.today) : null;
      const context = createContext(feed, locale, {
        headingLevel: this.#headingLevel,
        idSuffix,
        view: {
          today: today?.day ? startOf(today) : dayNumber(new Date()),
          fragmentId: (fragment) => this.#claims.idFor(fragment, idSuffix),
          isOpen: this.#disclosure.isOpen,
          isShown: (fragment) => this.#fill.isShown(fragment) || this.#disclosure.isOpen(fragment),
          isFilled: this.#fill.isFilled,
          isStale: this.#fill.isStale,
          renderKey: this.#renderKey,
          untilFound: supportsUntilFound,
          copiedFragment: this.#copyLink.copied,
          onToggle: this.#disclosure.onToggle,
          onBeforeMatch: this.#disclosure.onBeforeMatch,
          onShowAll: this.#disclosure.onShowAll,
          onCopyLink: this.#copyLink.onClick,
        },
      });
      return html`<div class="base" part="base" lang=${locale.base} aria-busy="false" tabindex="-1">
        ${renderFeed(context, {
          periods: this.#visiblePeriods(),
          showTitle: this.showTitle,
          source: feed.url ?? location.href.split('#')[0],
        })}
      </div>`;
    }
    const busy = this.status !== 'error';
    return html`<div class="base" part="base" lang=${locale.base} aria-busy=${busy ? 'true' : 'false'} tabindex="-1">
      ${busy ? renderLoading() : renderError(this.#loader.error, this.#loader.retry)}
      ${this.lightDom ? nothing : html`<div class="fallback"><slot></slot></div>`}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'medborgar-loften': MedborgarLoften;
  }
}
