/**
 * Every visitor, on every host: forced colours, reduced motion, print,
 * narrow screens and a hostile host stylesheet.
 */
import {expect, fixture, html} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../../src/define.js';
import type {MedborgarLoften} from '../../src/medborgar-loften.js';
import {emulateMedia, resetEmulation, resizeViewport} from '../helpers/emulation.js';
import {EXEMPELBY, mount, root, settled, STROMSUND, toggleNamed, toggles} from '../helpers/element.js';

/** The colour a system colour keyword (`Highlight`, `CanvasText`) computes to on this page. */
function systemColour(keyword: string): string {
  const probe = document.createElement('span');
  probe.style.color = keyword;
  document.body.append(probe);
  const colour = getComputedStyle(probe).color;
  probe.remove();
  return colour;
}

describe('media and host pages', () => {
  afterEach(resetEmulation);

  for (const lightDom of [false, true]) {
    for (const lang of ['sv', 'en']) {
      it(`passes axe under forced colours (${lightDom ? 'light DOM' : 'shadow'}, ${lang}), with focus and state visible`, async function () {
        await emulateMedia(this, {forcedColors: 'active'});
        const el = await mount(html`<medborgar-loften ?light-dom=${lightDom} lang=${lang} src=${STROMSUND}></medborgar-loften>`);
        const scope = el.shadowRoot ?? el;
        const buttons = [...scope.querySelectorAll<HTMLButtonElement>('h3 > button')];
        buttons[0]!.click();
        await el.updateComplete;
        await expect(el).to.be.accessible();
        // Reach the second toggle with the keyboard, so the focus ring is :focus-visible.
        buttons[0]!.focus();
        for (let presses = 0; presses < 6 && !buttons[1]!.matches(':focus'); presses++) {
          await sendKeys({press: 'Tab'});
        }
        expect(buttons[1]!.matches(':focus-visible')).to.equal(true);
        const outline = getComputedStyle(buttons[1]!);
        expect(outline.outlineStyle).to.equal('solid');
        expect(parseFloat(outline.outlineWidth)).to.be.at.least(2);
        expect(outline.outlineColor, 'the focus ring takes the system’s Highlight colour').to.equal(systemColour('Highlight'));
        const open = getComputedStyle(buttons[0]!.querySelector('.chevron')!).transform;
        const closed = getComputedStyle(buttons[1]!.querySelector('.chevron')!).transform;
        expect(open, 'the open state shows').to.not.equal(closed);
        expect(getComputedStyle(buttons[0]!.querySelector('.chevron')!).borderRightStyle).to.equal('solid');
      });
    }
  }

  it('draws the targets’ bars in CanvasText under forced colours (browsers do not force SVG fills)', async function () {
    await emulateMedia(this, {forcedColors: 'active'});
    const el = await mount(html`<medborgar-loften src=${EXEMPELBY}></medborgar-loften>`);
    for (const button of toggles(el)) button.click();
    await el.updateComplete;
    const bars = [...root(el).querySelectorAll<SVGElement>('svg.bar .bar-value, svg.bar .bar-goal')];
    expect(bars.length, 'the feed has bars').to.be.greaterThan(0);
    const canvasText = systemColour('CanvasText');
    for (const bar of bars) {
      const style = getComputedStyle(bar);
      const figure = bar.closest('.figure')!.className;
      expect(style.stroke, figure).to.equal(canvasText);
      // The latest figure solid, the others outlined: still told apart.
      if (bar.classList.contains('bar-value')) expect(style.fill, figure).to.equal(figure.includes('figure-actual') ? canvasText : 'none');
    }
  });

  it('keyboard focus is visible: a 3px outline on the focused toggle', async () => {
    const el = await mount(html`<medborgar-loften src=${STROMSUND}></medborgar-loften>`);
    const before = await fixture<HTMLButtonElement>(html`<button>före</button>`);
    el.before(before);
    before.focus();
    await sendKeys({press: 'Tab'});
    const focused = root(el).activeElement as HTMLElement;
    expect(focused.matches(':focus-visible')).to.equal(true);
    const style = getComputedStyle(focused);
    expect(style.outlineStyle).to.equal('solid');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
  });

  it('honours prefers-reduced-motion: no transition on the chevron', async function () {
    await emulateMedia(this, {reducedMotion: 'reduce'});
    const el = await mount(html`<medborgar-loften src=${STROMSUND}></medborgar-loften>`);
    const chevron = toggles(el)[0]!.querySelector('.chevron')!;
    expect(getComputedStyle(chevron).transitionDuration).to.equal('0s');
    await emulateMedia(this, {reducedMotion: 'no-preference'});
    expect(getComputedStyle(chevron).transitionDuration).to.not.equal('0s');
  });

  for (const lightDom of [false, true]) {
    it(`print shows every section expanded, with the period, updated date and source (${lightDom ? 'light DOM' : 'shadow'})`, async function () {
      const feed = await (await fetch(STROMSUND)).json();
      feed.updated = '2022-03-15';
      const container = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement('medborgar-loften') as MedborgarLoften;
      if (lightDom) el.setAttribute('light-dom', '');
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = JSON.stringify(feed);
      el.append(script);
      container.append(el);
      await settled(el);
      await emulateMedia(this, {media: 'print'});
      const scope = el.shadowRoot ?? el;
      for (const panel of scope.querySelectorAll<HTMLElement>('[role="region"]')) {
        expect(panel.checkVisibility({contentVisibilityAuto: true} as CheckVisibilityOptions), panel.id).to.equal(true);
        expect(getComputedStyle(panel).contentVisibility).to.not.equal('hidden');
      }
      const text = (scope.querySelector('.base') as HTMLElement).innerText;
      expect(text).to.contain('Medborgarlöften 2021–2022');
      expect(text).to.contain('Avslutad');
      expect(text).to.contain('15 mars 2022');
      expect(text).to.contain(`Källa: ${location.href.split('#')[0]}`);
      for (const control of scope.querySelectorAll<HTMLElement>('.show-all, .copy-link')) {
        expect(control.checkVisibility(), 'controls are not printed').to.equal(false);
      }
    });
  }

  it('reflows at 320 CSS px: no horizontal scrolling with every section open', async function () {
    await resizeViewport(this, 320, 640);
    const el = await mount(html`<medborgar-loften src="/demo/feeds/exempelby.json"></medborgar-loften>`);
    for (const button of toggles(el)) button.click();
    await el.updateComplete;
    expect(el.scrollWidth).to.be.at.most(el.clientWidth + 1);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
  });

  it('keeps its layout on a host page with hostile global CSS', async () => {
    const style = document.createElement('style');
    style.textContent = `
      html { font-size: 24px }
      * { line-height: 3; box-sizing: content-box }
      button { all: unset !important; font-size: 40px !important }
      h2, h3 { font-size: 40px !important; text-transform: uppercase !important; margin: 3em !important }
      ul { list-style: none !important; padding: 0 !important }
      p { margin: 0 !important; color: red !important; display: inline !important }
      svg { display: none !important }`;
    document.head.append(style);
    try {
      const container = await fixture<HTMLDivElement>(html`<div style="font-size: 16px; color: rgb(20, 20, 20)"></div>`);
      const el = document.createElement('medborgar-loften') as MedborgarLoften;
      el.setAttribute('src', STROMSUND);
      container.append(el);
      await settled(el);
      const button = toggleNamed(el, 'Narkotika');
      const heading = root(el).querySelector('h2')!;
      expect(getComputedStyle(heading).fontSize).to.equal('24px', 'period heading is 1.5em of the host’s 16px');
      expect(getComputedStyle(heading).textTransform).to.equal('none');
      expect(getComputedStyle(button).display).to.equal('flex');
      expect(button.getBoundingClientRect().height).to.be.within(44, 80);
      expect(getComputedStyle(root(el).querySelector('.base')!).lineHeight).to.equal('24px');
      expect(getComputedStyle(root(el).querySelector('.tag')!).display).to.equal('inline-flex');
      // It inherits the host's font family and text colour on purpose.
      expect(getComputedStyle(root(el).querySelector('.base')!).color).to.equal('rgb(20, 20, 20)');
    } finally {
      style.remove();
    }
  });
});
