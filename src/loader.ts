/**
 * The one network seam: fetches a feed's text. A partner site can rely on it
 * to send no cookies, to give up after a timeout and to stop when asked.
 */
import {FeedError} from './feed-error.js';

export interface LoadOptions {
  /** Aborts the request (a newer `src`, a disconnected element). */
  readonly signal: AbortSignal;
  /** Milliseconds before the request is given up as `timeout`. */
  readonly timeoutMs: number;
}

export async function fetchFeedText(url: string, {signal, timeoutMs}: LoadOptions): Promise<string> {
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), timeoutMs);
  const onAbort = () => timeout.abort();
  signal.addEventListener('abort', onAbort);
  try {
    const response = await fetch(url, {
      signal: timeout.signal,
      // A feed is public: never send the visitor's cookies to its host.
      credentials: 'omit',
      headers: {Accept: 'application/json'},
    });
    if (!response.ok) {
      throw new FeedError('http', `HTTP ${response.status} ${response.statusText} for ${url}`.trim(), url, response.status);
    }
    return await response.text();
  } catch (error) {
    if (error instanceof FeedError) throw error;
    if (signal.aborted) throw error;
    if (timeout.signal.aborted) {
      throw new FeedError('timeout', `No answer from ${url} within ${timeoutMs} ms`, url);
    }
    throw new FeedError('network', `Could not fetch ${url}: ${(error as Error).message}`, url);
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', onAbort);
  }
}
