/**
 * A hand-driven `fetch`: every request waits until the test resolves or
 * fails it, in any order, and sees its AbortSignal like a real fetch does.
 * The element reaches the network only through `fetchFeedText`
 * (src/loader.ts), which calls the global `fetch`.
 */

export interface StubRequest {
  readonly url: string;
  readonly init: RequestInit | undefined;
  readonly signal: AbortSignal | undefined;
  /** Resolved, failed or aborted. */
  settled: boolean;
  /** The signal aborted while the request was open. */
  aborted: boolean;
  respond(body: BodyInit | null, init?: ResponseInit): void;
  fail(error?: Error): void;
}

export interface FetchStub {
  readonly requests: StubRequest[];
  /** Open requests: neither answered nor aborted. */
  open(): StubRequest[];
  restore(): void;
}

export function stubFetch(): FetchStub {
  const original = window.fetch;
  const requests: StubRequest[] = [];
  window.fetch = ((input: RequestInfo | URL, init?: RequestInit) =>
    new Promise<Response>((resolve, reject) => {
      const url = input instanceof Request ? input.url : String(input);
      const signal = init?.signal ?? undefined;
      const request: StubRequest = {
        url,
        init,
        signal,
        settled: false,
        aborted: false,
        respond(body, responseInit = {status: 200}) {
          if (request.settled) throw new Error(`request for ${url} is already settled`);
          request.settled = true;
          resolve(new Response(body, responseInit));
        },
        fail(error = new TypeError('Failed to fetch')) {
          if (request.settled) throw new Error(`request for ${url} is already settled`);
          request.settled = true;
          reject(error);
        },
      };
      const onAbort = () => {
        if (request.settled) return;
        request.settled = true;
        request.aborted = true;
        reject(new DOMException('The user aborted a request.', 'AbortError'));
      };
      if (signal?.aborted) onAbort();
      else signal?.addEventListener('abort', onAbort, {once: true});
      requests.push(request);
    })) as typeof fetch;
  return {
    requests,
    open: () => requests.filter((request) => !request.settled),
    restore: () => {
      window.fetch = original;
    },
  };
}

/** One turn of the event loop: a task queued now runs after the tasks already queued. */
export function nextTask(): Promise<void> {
  return new Promise((done) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      done();
    };
    channel.port2.postMessage(undefined);
  });
}

/** Lets fetch's promise chain, the element's load and its render run. */
export async function flush(el?: {updateComplete: Promise<boolean>}): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await nextTask();
    if (el) await el.updateComplete;
  }
}
