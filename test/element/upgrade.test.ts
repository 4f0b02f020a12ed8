/**
 * The widget in the page before its script loads, several on one page, and
 * the script loaded twice. This file imports the element only inside tests.
 */
import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import type {MedborgarLoften} from '../../src/medborgar-loften.js';
import {root, STROMSUND, toggles} from '../helpers/element.js';

describe('upgrade and loading the script', () => {
  it('an element in the page before the script loads upgrades, renders and follows language changes', async () => {
    const container = await fixture<HTMLDivElement>(html`<div lang="sv">
      <medborgar-loften src=${STROMSUND}><p>Reserv</p></medborgar-loften>
    </div>`);
    const el = container.querySelector('medborgar-loften') as MedborgarLoften;
    expect(customElements.get('medborgar-loften')).to.equal(undefined);
    const loaded = oneEvent(el, 'medborgar-loften-load');
    await import('../../src/define.js');
    await loaded;
    await el.updateComplete;
    expect(toggles(el).map((b) => b.textContent!.trim())[0]).to.equal('Narkotika');

    container.lang = 'en';
    // The page's MutationObserver on lang runs as a microtask queued by the change; then the widget renders.
    await Promise.resolve();
    await el.updateComplete;
    expect(root(el).querySelector('.contacts h2')!.textContent!.trim()).to.equal('Contact');
  });

  it('two elements on one page load and toggle independently', async () => {
    await import('../../src/define.js');
    const container = await fixture<HTMLDivElement>(html`<div>
      <medborgar-loften src=${STROMSUND}></medborgar-loften>
      <medborgar-loften src=${STROMSUND} lang="en"></medborgar-loften>
    </div>`);
    const [a, b] = [...container.querySelectorAll('medborgar-loften')] as MedborgarLoften[];
    for (const el of [a!, b!]) if (el.status !== 'loaded') await oneEvent(el, 'medborgar-loften-load');
    await Promise.all([a!.updateComplete, b!.updateComplete]);
    toggles(a!)[0]!.click();
    await a!.updateComplete;
    expect(toggles(a!)[0]!.getAttribute('aria-expanded')).to.equal('true');
    expect(toggles(b!)[0]!.getAttribute('aria-expanded')).to.equal('false');
    expect(toggles(a!)[0]!.textContent!.trim()).to.equal('Narkotika');
    expect(toggles(b!)[0]!.textContent!.trim()).to.not.equal('Narkotika');
  });

  it('loading the script twice keeps the first definition and throws nothing', async () => {
    await import('../../src/define.js');
    const first = customElements.get('medborgar-loften');
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', onError);
    // A second copy of the entry module (another URL, so the browser runs it again).
    // The test server compiles .ts on request; a query makes it a second module.
    const secondCopy = new URL('../../src/define.ts?second-load', import.meta.url).href;
    await import(secondCopy);
    window.removeEventListener('error', onError);
    expect(errors).to.deep.equal([]);
    expect(customElements.get('medborgar-loften')).to.equal(first);
  });
});
