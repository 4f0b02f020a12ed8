import {expect, html} from '@open-wc/testing';
import '../../src/define.js';
import {isClosed, mount, panelOf, root, STROMSUND, toggleNamed} from '../helpers/element.js';

describe('deep links', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('a URL with a promise’s fragment opens that section and scrolls to it', async () => {
    history.replaceState(null, '', '#medborgarloften-2019-2021/trygghet');
    const spacer = document.createElement('div');
    spacer.style.height = '3000px';
    document.body.prepend(spacer);
    const el = await mount(html`<medborgar-loften src=${STROMSUND}></medborgar-loften>`);
    await new Promise((done) => requestAnimationFrame(done));
    const button = toggleNamed(el, 'Trygghet');
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(isClosed(panelOf(el, button))).to.equal(false);
    expect(toggleNamed(el, 'Trafik').getAttribute('aria-expanded')).to.equal('false');
    const top = root(el).getElementById('medborgarloften-2019-2021/trygghet')!.getBoundingClientRect().top;
    expect(window.scrollY, 'the page scrolled').to.be.greaterThan(1000);
    // WebKit scrolls to whole pixels: the section may start a fraction of a pixel above the top.
    expect(top, 'the section is in view').to.be.within(-1, window.innerHeight - 20);
    spacer.remove();
  });

  it('a later hash change (an in-page link, the back button) opens the right section', async () => {
    const el = await mount(html`<medborgar-loften src=${STROMSUND}></medborgar-loften>`);
    expect(toggleNamed(el, 'Bedrägerier').getAttribute('aria-expanded')).to.equal('false');
    location.hash = '#medborgarloften-2021-2022/bedragerier';
    await new Promise((done) => window.addEventListener('hashchange', done, {once: true}));
    await el.updateComplete;
    expect(toggleNamed(el, 'Bedrägerier').getAttribute('aria-expanded')).to.equal('true');
  });

  it('fragment ids come from feed ids and name every period and promise', async () => {
    const el = await mount(html`<medborgar-loften src=${STROMSUND}></medborgar-loften>`);
    const ids = [...root(el).querySelectorAll('section[id], .promise[id]')].map((node) => node.id);
    expect(ids).to.include.members([
      'medborgarloften-2021-2022',
      'medborgarloften-2021-2022/narkotika',
      'medborgarloften-2019-2021',
      'medborgarloften-2019-2021/ungdomar-och-andts',
    ]);
  });

  it('an unknown fragment opens nothing', async () => {
    history.replaceState(null, '', '#medborgarloften-2021-2022/finns-inte');
    const el = await mount(html`<medborgar-loften src=${STROMSUND}></medborgar-loften>`);
    expect(root(el).querySelectorAll('[aria-expanded="true"]')).to.have.length(0);
  });
});
