/**
 * light-dom mode: the same rendering without a shadow root, so that tools
 * reading only the page's light DOM (read-aloud, site search, reader modes)
 * see the promises.
 */
import {STROMSUND as STROMSUND_FEED} from '../fixtures/demo-feeds.js';
import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import '../../src/define.js';
import type {MedborgarLoften} from '../../src/medborgar-loften.js';
import {mount, settled, STROMSUND} from '../helpers/element.js';

function lightToggles(el: MedborgarLoften): HTMLButtonElement[] {
  return [...el.querySelectorAll<HTMLButtonElement>(':is(h1, h2, h3, h4, h5, h6) > button[aria-expanded]')];
}

describe('light-dom mode', () => {
  it('renders into the light DOM, with the same headings and buttons', async () => {
    const el = await mount(html`<medborgar-loften light-dom src=${STROMSUND}></medborgar-loften>`);
    expect(el.shadowRoot).to.equal(null);
    expect(lightToggles(el).map((b) => b.textContent!.trim())).to.deep.equal(STROMSUND_FEED.areas);
    expect(el.querySelector('h2')!.textContent!.trim()).to.equal('Medborgarlöften 2021–2022');
  });

  it('puts the promises in document.body.innerText, where shadow mode does not', async () => {
    const container = await fixture<HTMLDivElement>(html`<div>
      <medborgar-loften light-dom src=${STROMSUND}></medborgar-loften>
    </div>`);
    const light = await settled(container.querySelector('medborgar-loften') as MedborgarLoften);
    const lightText = document.body.innerText;
    expect(lightText).to.contain('Narkotika');
    expect(lightText).to.contain('Medborgarlöften 2021–2022');
    lightToggles(light)[0]!.click();
    await light.updateComplete;
    expect(document.body.innerText).to.contain('färre ungdomar');
    light.remove();

    const shadow = await mount(html`<medborgar-loften src=${STROMSUND}></medborgar-loften>`);
    shadow.shadowRoot!.querySelector<HTMLButtonElement>('h3 > button')!.click();
    await shadow.updateComplete;
    expect(document.body.innerText).to.not.contain('Narkotika');
    expect(document.body.innerText).to.not.contain('färre ungdomar');
  });

  it('adopts one stylesheet scoped by the element’s name, with no inline <style>', async () => {
    await mount(html`<medborgar-loften light-dom src=${STROMSUND}></medborgar-loften>`);
    await mount(html`<medborgar-loften light-dom src=${STROMSUND}></medborgar-loften>`);
    const sheets = document.adoptedStyleSheets.filter((sheet) =>
      [...sheet.cssRules].some((rule) => rule.cssText.startsWith('medborgar-loften[light-dom]'))
    );
    expect(sheets).to.have.length(1);
    expect(document.querySelectorAll('medborgar-loften style')).to.have.length(0);
    const rules = [...sheets[0]!.cssRules].filter((rule): rule is CSSStyleRule => rule instanceof CSSStyleRule);
    for (const rule of rules) expect(rule.selectorText, rule.cssText).to.match(/^medborgar-loften\[light-dom\]/);
  });

  it('styles reach its content: toggles are full-width buttons at least 44px tall', async () => {
    const el = await mount(html`<medborgar-loften light-dom src=${STROMSUND}></medborgar-loften>`);
    const button = lightToggles(el)[0]!;
    expect(button.getBoundingClientRect().height).to.be.at.least(44);
    expect(button.getBoundingClientRect().width).to.be.closeTo(el.getBoundingClientRect().width, 2);
  });

  it('hides the fallback once loaded, shows it on error, never removes it', async () => {
    const loaded = await mount(html`<medborgar-loften light-dom src=${STROMSUND}><p class="reserv">PDF</p></medborgar-loften>`);
    const kept = loaded.querySelector<HTMLElement>('.reserv')!;
    expect(kept).to.exist;
    expect(kept.checkVisibility()).to.equal(false);

    const failed = await fixture<MedborgarLoften>(
      html`<medborgar-loften light-dom src="/__feed/status/404"><p class="reserv">PDF</p></medborgar-loften>`
    );
    await oneEvent(failed, 'medborgar-loften-error');
    await failed.updateComplete;
    expect(failed.querySelector<HTMLElement>('.reserv')!.checkVisibility()).to.equal(true);
    expect(failed.querySelector('[role="alert"]')!.textContent).to.match(/kan inte visas just nu/);
    // The message comes before the editor's content.
    expect(failed.firstElementChild!.classList.contains('base')).to.equal(true);
  });

  it('keeps ids unique with two widgets of the same feed on one page', async () => {
    const container = await fixture<HTMLDivElement>(html`<div>
      <medborgar-loften light-dom remember="off" src=${STROMSUND}></medborgar-loften>
      <medborgar-loften light-dom remember="off" src=${STROMSUND}></medborgar-loften>
    </div>`);
    for (const el of container.querySelectorAll<MedborgarLoften>('medborgar-loften')) await settled(el);
    const ids = [...container.querySelectorAll('[aria-controls], [aria-labelledby]')].flatMap((node) =>
      [node.getAttribute('aria-controls'), node.getAttribute('aria-labelledby')].filter(Boolean).flatMap((v) => v!.split(' '))
    );
    const buttonAndPanelIds = [...container.querySelectorAll('button[id], [role="region"]')].map((node) => node.id);
    expect(new Set(buttonAndPanelIds).size).to.equal(buttonAndPanelIds.length);
    for (const id of ids) expect(document.getElementById(id), id).to.exist;
    // Toggling one widget leaves the other alone.
    const [a, b] = [...container.querySelectorAll<MedborgarLoften>('medborgar-loften')];
    lightToggles(a!)[0]!.click();
    await a!.updateComplete;
    expect(lightToggles(b!)[0]!.getAttribute('aria-expanded')).to.equal('false');
    expect(document.getElementById(lightToggles(a!)[0]!.getAttribute('aria-controls')!)!.hasAttribute('hidden')).to.equal(false);
  });

  for (const lang of ['sv', 'en']) {
    it(`passes axe, collapsed and expanded (${lang})`, async () => {
      const el = await mount(html`<medborgar-loften light-dom lang=${lang} src=${STROMSUND}></medborgar-loften>`);
      await expect(el).to.be.accessible();
      for (const button of lightToggles(el)) button.click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  }
});
