/**
 * The one network seam: fetches a feed's text. A partner site can rely on it
 * to send no cookies, to give up after a timeout and to stop when asked.
 */
import {FeedError} from './feed-error.js';
import {MAX_FEED_CHARACTERS} from './feed/limits.js';

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
      void response.body?.cancel().catch(() => {});
      throw new FeedError('http', `HTTP ${response.status} ${response.statusText} for ${url}`.trim(), url, response.status);
    }
    return await readLimited(response, url);
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

/**
 * The response's text, as `response.text()` reads it (UTF-8, a byte order
 * mark dropped), but never more than the parser accepts: reading stops, and
 * the rest is cancelled, as soon as the text passes MAX_FEED_CHARACTERS, so
 * a runaway server (or a `src` pointing at a large file) cannot fill the
 * tab's memory before the parser's `too-large` check.
 */
async function readLimited(response: Response, url: string): Promise<string> {
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  for (;;) {
    const {done, value} = await reader.read();
    if (done) break;
    text += decoder.decode(value, {stream: true});
    if (text.length > MAX_FEED_CHARACTERS) {
      void reader.cancel().catch(() => {});
      throw new FeedError(
        'too-large',
        `The feed at ${url} is longer than the limit of ${MAX_FEED_CHARACTERS} characters; it was not read further.`,
        url
      );
    }
  }
  return text + decoder.decode();
}
