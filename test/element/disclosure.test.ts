import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../../src/define.js';
import {headings, isClosed, mount, panelOf, root, STROMSUND, toggleNamed, toggles} from '../helpers/element.js';

describe('disclosure', () => {
  it('starts closed: every panel hidden, every button aria-expanded=false', async () => {
    const el = await mount(html`<medborgar-loften src=${STROMSUND}></medborgar-loften>`);
    for (const button of toggles(el)) {
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(isClosed(panelOf(el, button))).to.equal(true);
    }
  });

  // ' ' is the space bar in every engine (WebDriver BiDi does not know the name 'Space').
  for (const [name, key] of [
    ['Enter', 'Enter'],
    ['Space', ' '],
  ] as const) {
    it(`${name} toggles a section and focus stays on its button`, async () => {
      const el = await mount(html`<medborgar-loften src=${STROMSUND}></medborgar-loften>`);
      const button = toggleNamed(el, 'Trafik');
      button.focus();
      const opened = oneEvent(el, 'medborgar-loften-toggle');
      await sendKeys({press: key});
      const {detail} = await opened;
      await el.updateComplete;
      expect(detail).to.deep.equal({id: 'medborgarloften-2021-2022/trafik', periodId: '2021-2022', promiseId: 'trafik', open: true});
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(isClosed(panelOf(el, button))).to.equal(false);
      expect(root(el).activeElement).to.equal(button);

      const closed = oneEvent(el, 'medborgar-loften-toggle');
      await sendKeys({press: key});
      expect((await closed).detail.open).to.equal(false);
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(isClosed(panelOf(el, button))).to.equal(true);
      expect(root(el).activeElement).to.equal(button);
    });
  }

  it('the keyboard alone reaches every section: Tab visits each toggle in order', async () => {
    const el = await mount(html`<medborgar-loften src=${STROMSUND}></medborgar-loften>`);
    const before = await fixture(html`<button>före</button>`);
    (before as HTMLButtonElement).focus();
    el.parentElement!.before(before);
    (before as HTMLButtonElement).focus();
    const reached: string[] = [];
    const expected = toggles(el);
    for (let presses = 0; reached.length < expected.length && presses < 40; presses++) {
      await sendKeys({press: 'Tab'});
      const active = root(el).activeElement as HTMLButtonElement | null;
      if (active && expected.includes(active)) reached.push(active.textContent!.trim());
    }
    expect(reached).to.deep.equal(toggles(el).map((b) => b.textContent!.trim()));
  });

  it('every aria-controls and aria-labelledby points at an existing id', async () => {
    const el = await mount(html`<medborgar-loften src="/demo/feeds/exempelby.json"></medborgar-loften>`);
    for (const button of toggles(el)) button.click();
    await el.updateComplete;
    const referencing = root(el).querySelectorAll('[aria-controls], [aria-labelledby]');
    expect(referencing.length).to.be.greaterThan(20);
    for (const node of referencing) {
      for (const attribute of ['aria-controls', 'aria-labelledby']) {
        const ids = node.getAttribute(attribute)?.split(/\s+/) ?? [];
        for (const id of ids) expect(root(el).getElementById(id), `${attribute}="${id}"`).to.exist;
      }
    }
    const ids = [...root(el).querySelectorAll('[id]')].map((node) => node.id);
    expect(new Set(ids).size, 'ids are unique').to.equal(ids.length);
  });

  it('each panel follows the heading whose button controls it, and is no landmark', async () => {
    const el = await mount(html`<medborgar-loften src=${STROMSUND}></medborgar-loften>`);
    for (const button of toggles(el)) {
      const panel = panelOf(el, button);
      expect(panel.hasAttribute('role')).to.equal(false);
      expect(button.closest('h3'), 'the button sits in a heading').to.exist;
      expect(button.closest('h3')!.nextElementSibling).to.equal(panel);
    }
  });
});

describe('heading levels', () => {
  const rows = [
    {level: '2', period: 'H2', promise: 'H3', inside: 'H4'},
    {level: '3', period: 'H3', promise: 'H4', inside: 'H5'},
    {level: '4', period: 'H4', promise: 'H5', inside: 'H6'},
    {level: '5', period: 'H5', promise: 'H6', inside: 'H6'},
    {level: '6', period: 'H6', promise: 'H6', inside: 'H6'},
    {level: '0', period: 'H2', promise: 'H3', inside: 'H4'},
    {level: 'tre', period: 'H2', promise: 'H3', inside: 'H4'},
  ];
  for (const row of rows) {
    it(`heading-level="${row.level}" gives period ${row.period}, promise ${row.promise}, inside ${row.inside}`, async () => {
      const el = await mount(html`<medborgar-loften src=${STROMSUND} heading-level=${row.level}></medborgar-loften>`);
      toggleNamed(el, 'Narkotika').click();
      await el.updateComplete;
      const all = headings(el);
      expect(all).to.include(`${row.period} Medborgarlöften 2021–2022`);
      expect(all).to.include(`${row.promise} Narkotika`);
      expect(all).to.include(`${row.inside} Bakgrund`);
    });
  }

  it('changing heading-level re-renders the outline', async () => {
    const el = await mount(html`<medborgar-loften src=${STROMSUND}></medborgar-loften>`);
    el.setAttribute('heading-level', '4');
    await el.updateComplete;
    expect(headings(el)[0]).to.equal('H4 Medborgarlöften 2021–2022');
    expect(el.headingLevel).to.equal(4);
  });
});
