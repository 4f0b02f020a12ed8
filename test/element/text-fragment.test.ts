/**
 * The browsers' own search reaching closed promises, in every engine and both
 * render modes. Text-fragment links (`#:~:text=…`): a link from another page
 * (a top-level page load), an in-page link, and a script setting the hash.
 * Find in page: Firefox's window.find, the find bar's search. Closed panels
 * are `hidden="until-found"`, which Chromium, Firefox and WebKit reveal when
 * their search matches text inside; where an engine searches before the
 * widget has rendered (Firefox: once, by the load event), the widget opens
 * the promise itself (src/text-fragment.ts). README, "Browser support".
 */
import {expect, html} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import '../../src/define.js';
import type {MedborgarLoften} from '../../src/medborgar-loften.js';
import {closedPanelForPageText, textDirectiveStarts} from '../../src/text-fragment.js';
import {currentEngine, skipBecause} from '../helpers/engine.js';
import {mount, STROMSUND, until} from '../helpers/element.js';

/** "nattvandring" is only in the closed Trygghet promise of the Strömsund feed. */
const DIRECTIVE = ':~:text=nattvandring';

interface OpenedPage {
  readonly loaded: boolean;
  readonly expanded: boolean;
  readonly open: readonly string[];
  readonly scrolled: boolean;
}

function toggleIn(el: MedborgarLoften, name: string): HTMLButtonElement {
  const scope = el.shadowRoot ?? el;
  const button = [...scope.querySelectorAll<HTMLButtonElement>('h3 > button')].find((b) => b.textContent!.trim() === name);
  if (!button) throw new Error(`No toggle named ${name}`);
  return button;
}

/** Waits (a frame at a time, two seconds at most) until the button is expanded. */
const expanded = (button: HTMLButtonElement) => until(() => button.getAttribute('aria-expanded') === 'true', 120);

describe('text-fragment links into closed promises', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  for (const lightDom of [false, true]) {
    const mode = lightDom ? 'light DOM' : 'shadow';

    it(`a link from another page opens the promise that holds the text, and scrolls to it (${mode})`, async () => {
      const page = await executeServerCommand<OpenedPage, object>('open-page', {
        path: `/test/fixtures/pages/widget.html${lightDom ? '?light-dom' : ''}#${DIRECTIVE}`,
        toggle: 'Trygghet',
      });
      expect(page).to.deep.equal({loaded: true, expanded: true, open: ['Trygghet'], scrolled: true});
    });

    it(`an in-page link opens the promise that holds the text (${mode})`, async () => {
      const el = await mount(html`<medborgar-loften ?light-dom=${lightDom} src=${STROMSUND}></medborgar-loften>`);
      const button = toggleIn(el, 'Trygghet');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      const link = document.createElement('a');
      link.href = `#${DIRECTIVE}`;
      link.textContent = 'Läs om natten';
      el.before(link);
      link.click();
      expect(await expanded(button)).to.equal(true);
      link.remove();
    });

    it(`a script setting location.hash to a text directive opens the promise (${mode})`, async function () {
      if (!lightDom && (await currentEngine()) === 'WebKit') {
        await skipBecause(this, 'WebKit: a text directive set by script does not reach into shadow roots (links and page loads do)');
      }
      const el = await mount(html`<medborgar-loften ?light-dom=${lightDom} src=${STROMSUND}></medborgar-loften>`);
      const button = toggleIn(el, 'Trygghet');
      location.hash = DIRECTIVE;
      expect(await expanded(button)).to.equal(true);
    });
  }
});

describe('find in page into closed promises', () => {
  for (const lightDom of [false, true]) {
    it(`Firefox's find (window.find, the find bar's search) opens the promise that holds the text (${lightDom ? 'light DOM' : 'shadow'})`, async function () {
      const engine = await currentEngine();
      if (engine !== 'Firefox') {
        await skipBecause(this, `${engine}: window.find is not the find bar's search, and the find bar cannot be driven from a test`);
      }
      const el = await mount(html`<medborgar-loften ?light-dom=${lightDom} src=${STROMSUND}></medborgar-loften>`);
      const button = toggleIn(el, 'Trygghet');
      expect((window as unknown as {find(text: string): boolean}).find('nattvandring'), 'found').to.equal(true);
      expect(await expanded(button)).to.equal(true);
      getSelection()?.removeAllRanges();
    });
  }
});

describe('textDirectiveStarts', () => {
  const rows: [string, string[]][] = [
    ['https://example.org/page', []],
    ['https://example.org/page#top', []],
    ['https://example.org/page#:~:text=nattvandring', ['nattvandring']],
    ['https://example.org/page#medborgarloften-2021-2022:~:text=natt%20vandring', ['natt vandring']],
    ['https://example.org/#:~:text=Polisen%20och,kommunen', ['Polisen och']],
    ['https://example.org/#:~:text=har-,uppmuntrat,-en%20eller', ['uppmuntrat']],
    ['https://example.org/#:~:text=a&text=b', ['a', 'b']],
    ['https://example.org/#:~:other=x&text=b', ['b']],
    // Junk: an empty start, a broken escape, only a prefix.
    ['https://example.org/#:~:text=', []],
    ['https://example.org/#:~:text=%E0%A4%A', []],
    ['https://example.org/#:~:text=bara-', []],
  ];
  for (const [url, expected] of rows) {
    it(url, () => expect(textDirectiveStarts(url)).to.deep.equal(expected));
  }
});

describe('closedPanelForPageText', () => {
  const rows: [string[], string | undefined][] = [
    [['nattvandring'], 'medborgarloften-2019-2021/trygghet'],
    [['NATTVANDRING'], 'medborgarloften-2019-2021/trygghet'],
    [['grupper   att bedriva'], 'medborgarloften-2019-2021/trygghet'],
    [['ingen sådan text alls'], undefined],
    [['  '], undefined],
    [[], undefined],
  ];
  for (const [starts, expected] of rows) {
    it(`${JSON.stringify(starts)} → ${expected}`, async () => {
      const el = await mount(html`<medborgar-loften src=${STROMSUND}></medborgar-loften>`);
      expect(closedPanelForPageText(el.shadowRoot!, starts)).to.equal(expected);
    });
  }

  it('an open promise is not a closed panel', async () => {
    const el = await mount(html`<medborgar-loften src=${STROMSUND}></medborgar-loften>`);
    toggleIn(el, 'Trygghet').click();
    await el.updateComplete;
    expect(closedPanelForPageText(el.shadowRoot!, ['nattvandring'])).to.equal(undefined);
  });
});
