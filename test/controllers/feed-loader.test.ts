/**
 * FeedLoader on its own: each source, the races between loads, abort on
 * disconnect, timeouts, and a feed script that arrives late.
 */
import {expect} from '@open-wc/testing';
import {FeedLoader, type FeedSource} from '../../src/controllers/feed-loader.js';
import type {FeedError} from '../../src/feed-error.js';
import type {Feed} from '../../src/feed/index.js';
import {flush, stubFetch, type FetchStub} from '../security/fetch-stub.js';
import {connectedHost, type ControllerHost} from './host.js';

const FEED = (area: string) =>
  JSON.stringify({format: 'medborgar-loften/1', periods: [{id: 'p', from: '2024', promises: [{id: 'a', area, promise: 'Vi lovar.'}]}]});

interface Harness {
  host: ControllerHost;
  loader: FeedLoader;
  source: {data?: unknown; src?: string; timeoutMs: number};
  loaded: Feed[];
  failed: FeedError[];
}

async function harness(source: Harness['source']): Promise<Harness> {
  const host = await connectedHost();
  const loaded: Feed[] = [];
  const failed: FeedError[] = [];
  const loader = new FeedLoader(host, {
    source: () => source as FeedSource,
    loaded: (feed) => loaded.push(feed),
    failed: (error) => failed.push(error),
  });
  return {host, loader, source, loaded, failed};
}

const areaOf = (feed: Feed | undefined) => feed?.periods[0]?.promises[0]?.area['sv'];

describe('FeedLoader', () => {
  let fetches: FetchStub;
  beforeEach(() => (fetches = stubFetch()));
  afterEach(() => {
    fetches.restore();
    document.querySelectorAll('controller-host').forEach((host) => host.remove());
  });

  it('reads `data` without a request, and reports what it read', async () => {
    const {loader, loaded} = await harness({data: FEED('Trafik'), timeoutMs: 1000});
    await loader.load();
    expect(loader.status).to.equal('loaded');
    expect(areaOf(loader.feed)).to.equal('Trafik');
    expect(loaded).to.have.length(1);
    expect(fetches.requests).to.have.length(0);
  });

  it('fetches `src` without cookies and takes only the newest answer when loads overlap', async () => {
    const h = await harness({src: '/first.json', timeoutMs: 10_000});
    void h.loader.load();
    h.source.src = '/second.json';
    void h.loader.load();
    await flush(h.host);
    const [first, second] = fetches.requests;
    expect(first!.aborted, 'the older request is aborted').to.equal(true);
    expect(second!.init?.credentials).to.equal('omit');
    second!.respond(FEED('Andra'));
    await flush(h.host);
    expect(areaOf(h.loader.feed)).to.equal('Andra');
    expect(h.loaded).to.have.length(1);
  });

  it('keeps the feed on show when `src` goes back to it while another loads', async () => {
    const h = await harness({src: '/a.json', timeoutMs: 10_000});
    void h.loader.load();
    await flush(h.host);
    fetches.open()[0]!.respond(FEED('A'));
    await flush(h.host);
    h.source.src = '/b.json';
    h.loader.srcChanged();
    expect(h.loader.status).to.equal('loading');
    h.source.src = '/a.json';
    h.loader.srcChanged();
    expect(h.loader.status).to.equal('loaded');
    expect(areaOf(h.loader.feed)).to.equal('A');
    expect(fetches.open()).to.have.length(0);
  });

  it('fails with a kind a visitor message can be chosen from', async () => {
    const h = await harness({src: '/missing.json', timeoutMs: 10_000});
    void h.loader.load();
    await flush(h.host);
    fetches.open()[0]!.respond('<!doctype html>', {status: 404});
    await flush(h.host);
    expect(h.loader.status).to.equal('error');
    expect(h.loader.error?.kind).to.equal('http');
    expect(h.loader.error?.status).to.equal(404);
    expect(h.loader.feed).to.equal(undefined);
    expect(h.failed.map((error) => error.kind)).to.deep.equal(['http']);
  });

  it('gives up after the timeout with a timeout error', async () => {
    const h = await harness({src: '/slow.json', timeoutMs: 1});
    await h.loader.load();
    expect(h.loader.error?.kind).to.equal('timeout');
  });

  it('aborts when the host leaves the page and loads again when it is back', async () => {
    const h = await harness({src: '/feed.json', timeoutMs: 10_000});
    void h.loader.load();
    await flush(h.host);
    h.host.remove();
    expect(fetches.requests[0]!.aborted).to.equal(true);
    document.body.append(h.host);
    await flush(h.host);
    expect(fetches.open()).to.have.length(1);
    fetches.open()[0]!.respond(FEED('Igen'));
    await flush(h.host);
    expect(areaOf(h.loader.feed)).to.equal('Igen');
  });

  it('reports no-feed, then picks up a feed script added later', async () => {
    const h = await harness({timeoutMs: 1000});
    await h.loader.load();
    expect(h.loader.error?.kind).to.equal('no-feed');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = FEED('Sent');
    h.host.append(script);
    await flush(h.host);
    expect(h.loader.status).to.equal('loaded');
    expect(areaOf(h.loader.feed)).to.equal('Sent');
  });

  it('asks the host for an update on each change of status', async () => {
    const h = await harness({data: FEED('X'), timeoutMs: 1000});
    const before = h.host.updates;
    await h.loader.load();
    await h.host.updateComplete;
    expect(h.host.updates).to.be.greaterThan(before);
  });
});
