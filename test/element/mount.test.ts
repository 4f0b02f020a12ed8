/** The data-medborgar-loften mount, for editors whose CMS strips unknown tags. */
import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import '../../src/define.js';
import type {MedborgarLoften} from '../../src/medborgar-loften.js';
import {settled, STROMSUND} from '../helpers/element.js';

/**
 * Lets the mount's MutationObserver run: its callback is a microtask that
 * the DOM change queued before this await.
 */
const mutationsDelivered = () => Promise.resolve();

describe('data-medborgar-loften mount', () => {
  it('mounts a widget with the data- attributes under their own names', async () => {
    const container = await fixture<HTMLDivElement>(html`<section></section>`);
    const host = document.createElement('div');
    host.setAttribute('data-medborgar-loften', '');
    host.setAttribute('data-src', STROMSUND);
    host.setAttribute('data-lang', 'en');
    host.setAttribute('data-heading-level', '3');
    host.setAttribute('data-period', '2019-2021');
    host.innerHTML = '<p class="reserv">Read the promises (PDF)</p>';
    container.append(host);
    await mutationsDelivered();
    const el = host.querySelector('medborgar-loften') as MedborgarLoften;
    expect(el).to.exist;
    await settled(el);
    expect(el.getAttribute('src')).to.equal(STROMSUND);
    expect(el.getAttribute('lang')).to.equal('en');
    expect(el.headingLevel).to.equal(3);
    const headings = [...el.shadowRoot!.querySelectorAll('h3')].map((h) => h.textContent!.trim());
    expect(headings.filter((h) => /Citizen promises|2019–2021|2021–2022/.test(h))).to.deep.equal([headings[0]]);
    expect(headings[0]).to.match(/2019–2021/);
    expect(headings).to.include('Contact');
    expect(el.querySelector('.reserv'), 'the div’s content became the fallback').to.exist;
  });

  it('mounts in light-DOM mode with data-light-dom', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    container.innerHTML = `<div data-medborgar-loften data-light-dom data-src="${STROMSUND}"></div>`;
    await mutationsDelivered();
    const el = container.querySelector('medborgar-loften') as MedborgarLoften;
    await settled(el);
    expect(el.shadowRoot).to.equal(null);
    expect(el.querySelectorAll('h3 > button')).to.have.length(8);
  });

  it('reads an inline feed the CMS kept inside the div', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const feed = await (await fetch(STROMSUND)).text();
    const host = document.createElement('div');
    host.dataset['medborgarLoften'] = '';
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = feed;
    host.append(script);
    container.append(host);
    await mutationsDelivered();
    const el = host.querySelector('medborgar-loften') as MedborgarLoften;
    await settled(el);
    expect(el.status).to.equal('loaded');
  });

  it('mounts once, even when the div is moved', async () => {
    const container = await fixture<HTMLDivElement>(html`<div><div class="a"></div><div class="b"></div></div>`);
    const host = document.createElement('div');
    host.setAttribute('data-medborgar-loften', '');
    host.setAttribute('data-src', STROMSUND);
    container.querySelector('.a')!.append(host);
    await mutationsDelivered();
    const el = host.querySelector('medborgar-loften') as MedborgarLoften;
    const loaded = el.status === 'loaded' ? Promise.resolve() : oneEvent(el, 'medborgar-loften-load');
    container.querySelector('.b')!.append(host);
    await mutationsDelivered();
    await loaded;
    expect(host.querySelectorAll('medborgar-loften')).to.have.length(1);
  });
});
