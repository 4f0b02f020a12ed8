/**
 * Loading a feed for an element: from a `data` value, a `src` URL or a child
 * `<script type="application/json">`, with abort, timeout and races handled,
 * as a reactive controller. Its state (`status`, `feed`, `warnings`,
 * `error`) is what the element renders; each change asks for an update.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {parseFeed, type Feed, type Problem} from '../feed/index.js';
import {FeedError} from '../feed-error.js';
import {fetchFeedText} from '../loader.js';

export type Status = 'idle' | 'loading' | 'loaded' | 'error';

/** Where a feed comes from, read afresh at each load. */
export interface FeedSource {
  /** The feed itself (JSON text or an object); wins over `src`. */
  readonly data: unknown;
  readonly src: string | undefined;
  readonly timeoutMs: number;
}

export interface FeedLoaderOptions {
  readonly source: () => FeedSource;
  /** A feed was read; the loader's state already holds it. */
  readonly loaded: (feed: Feed, warnings: readonly Problem[]) => void;
  /** No feed can be shown; the loader's state already holds the error. */
  readonly failed: (error: FeedError) => void;
}

type Host = ReactiveControllerHost & HTMLElement & {readonly hasUpdated: boolean};

export class FeedLoader implements ReactiveController {
  status: Status = 'idle';
  feed?: Feed;
  warnings: readonly Problem[] = [];
  error?: FeedError;
  /** The `src` the feed on show came from (undefined for `data` and inline feeds). */
  loadedSrc?: string;

  /** Each load's number: a response for an older one is dropped. */
  private generation = 0;
  private request?: AbortController;
  private childObserver?: MutationObserver;

  constructor(
    private readonly host: Host,
    private readonly options: FeedLoaderOptions
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Taken out of the page while loading: the load was aborted; start it again.
    if (this.host.hasUpdated && this.status === 'loading' && !this.request) void this.load();
  }

  hostDisconnected(): void {
    this.childObserver?.disconnect();
    this.childObserver = undefined;
    this.request?.abort();
    this.request = undefined;
  }

  /** Keeps the feed on show when `src` is set back to it while another loads; else loads. */
  srcChanged(): void {
    const {src, data} = this.options.source();
    if (this.feed && src === this.loadedSrc && data === undefined) this.cancel();
    else void this.load();
  }

  /** Stops the load under way (its answer, should it come, is dropped). */
  cancel(): void {
    this.generation++;
    this.request?.abort();
    this.request = undefined;
    if (this.feed) this.setStatus('loaded');
  }

  async load(): Promise<void> {
    const generation = ++this.generation;
    this.request?.abort();
    this.request = undefined;
    const {data, src, timeoutMs} = this.options.source();
    this.setStatus('loading');
    // A widget taken out of the page fetches nothing; hostConnected starts again.
    if (!this.host.isConnected) return;
    this.error = undefined;
    try {
      let input: unknown;
      if (data !== undefined) {
        input = data;
      } else if (src) {
        const request = new AbortController();
        this.request = request;
        input = await fetchFeedText(new URL(src, document.baseURI).href, {signal: request.signal, timeoutMs});
      } else {
        input = this.inlineFeed();
        if (input === undefined) {
          this.waitForInlineFeed();
          throw new FeedError('no-feed', 'No feed: set `src`, or put the feed in a child <script type="application/json">.');
        }
      }
      if (generation !== this.generation) return;
      this.request = undefined;
      const result = parseFeed(input);
      if (!result.ok) throw new FeedError(result.error.kind, result.error.message, src);
      this.feed = result.feed;
      this.warnings = result.problems;
      this.loadedSrc = src;
      this.setStatus('loaded');
      this.options.loaded(result.feed, result.problems);
    } catch (caught) {
      if (generation !== this.generation) return;
      // Aborted by a disconnect: hostConnected starts again.
      if (!(caught instanceof FeedError) && (caught as Error)?.name === 'AbortError') return;
      const error =
        caught instanceof FeedError ? caught : new FeedError('network', String((caught as Error)?.message ?? caught), src);
      this.request = undefined;
      this.feed = undefined;
      this.warnings = [];
      this.loadedSrc = undefined;
      this.error = error;
      this.setStatus('error');
      this.options.failed(error);
    }
  }

  private setStatus(status: Status): void {
    this.status = status;
    this.host.requestUpdate();
  }

  private inlineFeed(): string | undefined {
    const script = [...this.host.children].find(
      (child): child is HTMLScriptElement => child instanceof HTMLScriptElement && child.type === 'application/json'
    );
    return script?.textContent ?? undefined;
  }

  /** A feed script added after the element (by a CMS or a script) is picked up when it arrives. */
  private waitForInlineFeed(): void {
    if (this.childObserver) return;
    this.childObserver = new MutationObserver(() => {
      if (!this.options.source().src && this.inlineFeed() !== undefined) {
        this.childObserver?.disconnect();
        this.childObserver = undefined;
        void this.load();
      }
    });
    this.childObserver.observe(this.host, {childList: true, subtree: true, characterData: true});
  }
}
