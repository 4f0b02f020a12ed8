/**
 * The fragment ids a widget answers for, as a reactive controller. Several
 * widgets on one page may show the same periods and promises, and
 * fragment-owners.ts decides which of them owns each id; this claims the ids
 * of the feed on show while the widget is in the page, and answers for a URL
 * fragment and for the id an element of the widget carries.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {Feed, Period} from '../feed/index.js';
import {claimFragments, ownsFragment, releaseFragments} from '../fragment-owners.js';
import {periodFragment, promiseFragments} from '../fragments.js';

type Host = ReactiveControllerHost & HTMLElement;

let widgets = 0;

export class FragmentClaims implements ReactiveController {
  /** Added to the ids of a light-DOM widget's own elements (buttons, panels), which share the document with other widgets'. */
  readonly idSuffix = `~${++widgets}`;
  #fragments?: ReadonlySet<string>;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.#fragments) claimFragments(this.host, this.#fragments);
  }

  hostDisconnected(): void {
    releaseFragments(this.host);
  }

  /** The feed on show: its periods and promises are claimed; undefined (a failure) claims nothing. */
  show(feed: Feed | undefined): void {
    this.#fragments = feed && new Set(feed.periods.flatMap((period) => [periodFragment(period.id), ...promiseFragments(period)]));
    if (this.#fragments) claimFragments(this.host, this.#fragments);
    else releaseFragments(this.host);
  }

  /** Whether a URL fragment names one of `periods` or their promises, and no widget before this one shows it too. */
  claims(fragment: string, periods: readonly Period[]): 'promise' | 'section' | undefined {
    if (!ownsFragment(this.host, fragment)) return undefined;
    for (const period of periods) {
      if (periodFragment(period.id) === fragment) return 'section';
      if (promiseFragments(period).includes(fragment)) return 'promise';
    }
    return undefined;
  }

  /** The id of the element that shows `fragment`: `suffix` is added where another widget owns the plain id. */
  idFor(fragment: string, suffix: string): string {
    return suffix && !ownsFragment(this.host, fragment) ? fragment + suffix : fragment;
  }
}
