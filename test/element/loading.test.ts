import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import {flush, stubFetch} from '../security/fetch-stub.js';
import '../../src/define.js';
import type {MedborgarLoften} from '../../src/medborgar-loften.js';
import {feed, heldFeed, mount, mountInline, root, STROMSUND, toggles} from '../helpers/element.js';

const FALLBACK = html`<p class="fallback-content">Läs medborgarlöftena som <a href="/x.pdf">PDF</a>.</p>`;

function fallbackShown(el: MedborgarLoften): boolean {
  const child = el.querySelector('.fallback-content') as HTMLElement | null;
  return child !== null && child.checkVisibility() && child.offsetHeight > 0;
}

describe('loading', () => {
  it('is busy while the feed loads, then shows it and hides the fallback', async () => {
    const held = heldFeed(STROMSUND);
    const el = await fixture<MedborgarLoften>(html`<medborgar-loften src=${held.src}>${FALLBACK}</medborgar-loften>`);
    const base = root(el).querySelector('[part~="base"]')!;
    expect(el.getAttribute('status')).to.equal('loading');
    expect(base.getAttribute('aria-busy')).to.equal('true');
    expect(root(el).querySelector('[role="status"]')!.textContent).to.match(/Hämtar medborgarlöftena/);
    const loadingHeight = el.getBoundingClientRect().height;
    expect(loadingHeight).to.be.greaterThan(40);

    const loaded = oneEvent(el, 'medborgar-loften-load');
    await held.release();
    const {detail} = await loaded;
    await el.updateComplete;
    expect(detail.feed.periods).to.have.length(2);
    expect(detail.warnings).to.deep.equal([]);
    expect(el.getAttribute('status')).to.equal('loaded');
    expect(root(el).querySelector('[part~="base"]')!.getAttribute('aria-busy')).to.equal('false');
    expect(toggles(el)).to.have.length(8);
    expect(fallbackShown(el)).to.equal(false);
    expect(el.querySelector('.fallback-content'), 'the editor’s content stays in the page').to.exist;
  });

  it('reads an inline feed from a child script when there is no src', async () => {
    const el = await mountInline(feed());
    expect(el.status).to.equal('loaded');
    expect(toggles(el).map((b) => b.textContent!.trim())).to.deep.equal(['Trafik', 'Narkotika']);
  });

  it('takes the feed from the data property, as text or object, before src and without fetching', async () => {
    const key = `data-${Math.random()}`;
    const el = await mount(html`<medborgar-loften src="/__feed/count/${key}?file=${STROMSUND}"></medborgar-loften>`);
    const loaded = oneEvent(el, 'medborgar-loften-load');
    el.data = JSON.stringify(feed());
    await loaded;
    await el.updateComplete;
    expect(toggles(el).map((b) => b.textContent!.trim())).to.deep.equal(['Trafik', 'Narkotika']);
    const again = oneEvent(el, 'medborgar-loften-load');
    el.data = feed({periods: [{id: 'x', from: '2020', promises: [{id: 'y', area: 'Skola', promise: 'Lovat.'}]}]});
    await again;
    await el.updateComplete;
    expect(toggles(el).map((b) => b.textContent!.trim())).to.deep.equal(['Skola']);
    const {count} = await (await fetch(`/__feed/counts/${key}`)).json();
    expect(count, 'only the first load fetched').to.equal(1);
  });

  it('picks up an inline feed added after the element', async () => {
    const el = await fixture<MedborgarLoften>(html`<medborgar-loften></medborgar-loften>`);
    await el.updateComplete;
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(feed());
    const loaded = oneEvent(el, 'medborgar-loften-load');
    el.append(script);
    await loaded;
    await el.updateComplete;
    expect(toggles(el)).to.have.length(2);
  });

  it('renders a recoverable feed and lists its warnings with paths', async () => {
    const broken = feed();
    const period = (broken['periods'] as Record<string, unknown>[])[0]!;
    period['promises'] = [
      {id: 'trafik', area: 'Trafik', promise: 'Färre fortkörare.', promse: 'typo'},
      {id: 'utan-omrade', promise: 'Saknar område.'},
      {id: 'trafik', area: 'Trafik igen', promise: 'En dubblett.'},
    ];
    const el = document.createElement('medborgar-loften');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(broken);
    el.append(script);
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const loaded = oneEvent(el, 'medborgar-loften-load');
    container.append(el);
    const {detail} = await loaded;
    await el.updateComplete;
    const paths = detail.warnings.map((w: {path: string}) => w.path);
    expect(paths).to.include('periods[0].promises[0].promse');
    expect(paths).to.include('periods[0].promises[1].area');
    expect(paths).to.include('periods[0].promises[2].id');
    expect(toggles(el).map((b) => b.textContent!.trim())).to.deep.equal(['Trafik', 'Trafik igen']);
    expect(el.warnings).to.have.length(detail.warnings.length);
  });
});

describe('fatal problems', () => {
  // A retry is offered only where it can help: not for a missing file or a broken feed.
  const cases: {name: string; src: string; kind: string; message: RegExp; retry: boolean; attributes?: Record<string, string>}[] = [
    {name: '404', src: '/__feed/status/404', kind: 'http', message: /finns inte på den angivna adressen/, retry: false},
    {name: '500', src: '/__feed/status/500', kind: 'http', message: /kunde inte skicka/, retry: true},
    {name: 'not JSON', src: '/test/fixtures/not-json.txt', kind: 'not-json', message: /innehåller fel/, retry: false},
    {name: 'wrong format', src: '/test/fixtures/format-2.json', kind: 'format', message: /innehåller fel/, retry: false},
    {name: 'network failure', src: '/__feed/drop', kind: 'network', message: /nå servern/, retry: true},
    {name: 'timeout', src: '/__feed/hang', kind: 'timeout', message: /svarade inte i tid/, retry: true, attributes: {timeout: '0.3'}},
  ];
  for (const row of cases) {
    it(`${row.name}: error state with a plain message, ${row.retry ? 'a retry button' : 'no retry button'} and the fallback kept`, async () => {
      const el = await fixture<MedborgarLoften>(
        html`<medborgar-loften src=${row.src} timeout=${row.attributes?.['timeout'] ?? '10'}>${FALLBACK}</medborgar-loften>`
      );
      const {detail} = await oneEvent(el, 'medborgar-loften-error');
      await el.updateComplete;
      expect(detail.error.kind).to.equal(row.kind);
      expect(detail.error.message).to.be.a('string').and.not.be.empty;
      expect(el.getAttribute('status')).to.equal('error');
      const alert = root(el).querySelector('[role="alert"]')!;
      expect(alert.textContent).to.match(/Medborgarlöftena kan inte visas just nu/);
      expect(alert.textContent).to.match(row.message);
      const buttons = [...root(el).querySelectorAll('button')].map((button) => button.textContent!.trim());
      expect(buttons).to.deep.equal(row.retry ? ['Försök igen'] : []);
      expect(fallbackShown(el)).to.equal(true);
    });
  }

  it('shows the error in English when the widget is English', async () => {
    const el = await fixture<MedborgarLoften>(html`<medborgar-loften lang="en" src="/__feed/status/503"></medborgar-loften>`);
    await oneEvent(el, 'medborgar-loften-error');
    await el.updateComplete;
    expect(root(el).querySelector('[role="alert"]')!.textContent).to.match(/cannot be shown right now/);
    expect(root(el).querySelector('button')!.textContent!.trim()).to.equal('Try again');
  });

  it('treats a feed with no usable period as fatal', async () => {
    const el = await mountInline(feed({periods: [{id: 'tom', from: '2024', promises: []}]}), {}, '<p class="fallback-content">PDF</p>');
    expect(el.status).to.equal('error');
    expect(fallbackShown(el)).to.equal(true);
  });

  it('retries: the button fetches again and focus lands on the result', async () => {
    const key = `retry-${Math.random()}`;
    const el = await fixture<MedborgarLoften>(html`<medborgar-loften src="/__feed/status/503"></medborgar-loften>`);
    await oneEvent(el, 'medborgar-loften-error');
    await el.updateComplete;
    // The editor fixes the feed's address; the visitor presses "Försök igen".
    const loaded = oneEvent(el, 'medborgar-loften-load');
    el.setAttribute('src', `/__feed/count/${key}?file=${STROMSUND}`);
    await loaded;
    await el.updateComplete;
    expect(el.status).to.equal('loaded');
    el.src = '/__feed/status/503';
    await oneEvent(el, 'medborgar-loften-error');
    await el.updateComplete;
    const again = oneEvent(el, 'medborgar-loften-error');
    root(el).querySelector<HTMLButtonElement>('.retry')!.click();
    await again;
    await el.updateComplete;
    expect(root(el).activeElement?.textContent?.trim()).to.equal('Försök igen');
  });

  it('a retry that ends in an error no retry can help puts focus on the message', async () => {
    const fetches = stubFetch();
    try {
      const el = await fixture<MedborgarLoften>(html`<medborgar-loften src="/feed.json"></medborgar-loften>`);
      await flush(el);
      fetches.open()[0]!.fail();
      await flush(el);
      expect(root(el).querySelector('.retry'), 'a dead network: a retry can help').to.exist;
      root(el).querySelector<HTMLButtonElement>('.retry')!.click();
      await flush(el);
      // Meanwhile the file was removed.
      fetches.open()[0]!.respond('<!doctype html>', {status: 404});
      await flush(el);
      expect(root(el).querySelector('.retry')).to.equal(null);
      expect(root(el).activeElement?.classList.contains('base')).to.equal(true);
    } finally {
      fetches.restore();
    }
  });

  it('with neither src nor inline feed, says so', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('medborgar-loften');
    const failed = oneEvent(el, 'medborgar-loften-error');
    container.append(el);
    const {detail} = await failed;
    await el.updateComplete;
    expect(detail.error.kind).to.equal('no-feed');
    expect(root(el).querySelector('[role="alert"]')!.textContent).to.match(/Sidan anger inte var medborgarlöftena finns/);
  });
});

describe('src changes', () => {
  // A newer src winning over an older, slower one: test/security/races.test.ts, with responses answered by hand.

  it('reconnecting with the same src does not fetch again', async () => {
    const key = `reconnect-${Math.random()}`;
    const el = await mount(html`<medborgar-loften src="/__feed/count/${key}?file=${STROMSUND}"></medborgar-loften>`);
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    await el.updateComplete;
    const {count} = await (await fetch(`/__feed/counts/${key}`)).json();
    expect(count).to.equal(1);
    expect(el.status).to.equal('loaded');
  });
});
