/**
 * Disclosure on its own: toggles with their events, "show all", the URL
 * fragment, and the open set remembered for the visit.
 */
import {expect, oneEvent} from '@open-wc/testing';
import {Disclosure, type ToggleEventDetail} from '../../src/controllers/disclosure.js';
import {connectedHost} from './host.js';

const A = 'medborgarloften-p/a';
const B = 'medborgarloften-p/b';

async function harness(options: {key?: string; claims?: (fragment: string) => 'promise' | 'section' | undefined} = {}) {
  const host = await connectedHost();
  const disclosure = new Disclosure(host, {
    rememberKey: () => options.key,
    claims: options.claims ?? ((fragment) => ([A, B].includes(fragment) ? 'promise' : undefined)),
  });
  const events: ToggleEventDetail[] = [];
  host.addEventListener('medborgar-loften-toggle', (event) => events.push((event as CustomEvent<ToggleEventDetail>).detail));
  return {host, disclosure, events};
}

describe('Disclosure', () => {
  afterEach(() => {
    document.querySelectorAll('controller-host').forEach((host) => host.remove());
    sessionStorage.clear();
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('opens and closes, with one bubbling, composed event per promise that changed', async () => {
    const {host, disclosure, events} = await harness();
    const event = oneEvent(host, 'medborgar-loften-toggle');
    disclosure.toggle([A], true);
    expect((await event).bubbles && (await event).composed).to.equal(true);
    disclosure.toggle([A, B], true);
    expect(disclosure.isOpen(A) && disclosure.isOpen(B)).to.equal(true);
    expect(events).to.deep.equal([
      {id: A, periodId: 'p', promiseId: 'a', open: true},
      {id: B, periodId: 'p', promiseId: 'b', open: true},
    ]);
  });

  it('"show all" opens all unless all are open, then closes all', async () => {
    const {disclosure} = await harness();
    disclosure.toggle([A], true);
    disclosure.toggleAll([A, B]);
    expect([A, B].map(disclosure.isOpen)).to.deep.equal([true, true]);
    disclosure.toggleAll([A, B]);
    expect([A, B].map(disclosure.isOpen)).to.deep.equal([false, false]);
  });

  it('remembers the open set for the visit, after the update, and restores only promises that exist', async () => {
    const first = await harness({key: 'medborgar-loften:test'});
    first.disclosure.toggle([A, B], true);
    await first.host.updateComplete;
    expect(JSON.parse(sessionStorage.getItem('medborgar-loften:test')!)).to.deep.equal([A, B]);
    const second = await harness({key: 'medborgar-loften:test'});
    second.disclosure.restore([A]);
    expect(second.disclosure.isOpen(A)).to.equal(true);
    expect(second.disclosure.isOpen(B)).to.equal(false);
  });

  it('remembers nothing without a key', async () => {
    const {host, disclosure} = await harness();
    disclosure.toggle([A], true);
    await host.updateComplete;
    expect(sessionStorage.length).to.equal(0);
  });

  it('opens the promise the URL fragment names, on restore and when the hash changes', async () => {
    const {disclosure} = await harness();
    history.replaceState(null, '', `#${encodeURIComponent(A)}`);
    disclosure.restore([A, B]);
    expect(disclosure.isOpen(A)).to.equal(true);
    const changed = new Promise((resolve) => window.addEventListener('hashchange', resolve, {once: true}));
    location.hash = `#${B}`;
    await changed;
    expect(disclosure.isOpen(B)).to.equal(true);
  });

  it('leaves fragments it does not claim alone, and survives a malformed one', async () => {
    const {disclosure} = await harness({claims: () => undefined});
    history.replaceState(null, '', `#${A}`);
    disclosure.restore([A]);
    expect(disclosure.isOpen(A)).to.equal(false);
    history.replaceState(null, '', '#100%');
    expect(() => disclosure.openFromHash()).not.to.throw();
  });
});
