/**
 * Text-fragment links (`#:~:text=…`) into closed promises, in every engine
 * and both render modes: a link from another page (a top-level page load),
 * an in-page link, and a script setting the hash. Closed panels are
 * `hidden="until-found"`, which Chromium, Firefox and WebKit reveal when
 * their search matches text inside; where an engine searches before the
 * widget has rendered (Firefox: once, by the load event), the widget opens
 * the promise itself (src/text-fragment.ts).
 */
import {expect, html} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import '../../src/define.js';
import type {MedborgarLoften} from '../../src/medborgar-loften.js';
import {matchesTextDirective, parseTextDirectives, type TextDirective} from '../../src/text-fragment.js';
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

describe('parseTextDirectives', () => {
  const rows: [string, TextDirective[]][] = [
    ['https://example.org/page', []],
    ['https://example.org/page#top', []],
    ['https://example.org/page#:~:text=nattvandring', [{start: 'nattvandring'}]],
    ['https://example.org/page#medborgarloften-2021-2022:~:text=natt%20vandring', [{start: 'natt vandring'}]],
    ['https://example.org/#:~:text=Polisen%20och,kommunen', [{start: 'Polisen och', end: 'kommunen'}]],
    ['https://example.org/#:~:text=har-,uppmuntrat,-en%20eller', [{prefix: 'har', start: 'uppmuntrat', suffix: 'en eller'}]],
    ['https://example.org/#:~:text=a&text=b', [{start: 'a'}, {start: 'b'}]],
    ['https://example.org/#:~:other=x&text=b', [{start: 'b'}]],
    // Junk: too many parts, an empty start, a broken escape.
    ['https://example.org/#:~:text=a,b,c', []],
    ['https://example.org/#:~:text=', []],
    ['https://example.org/#:~:text=%E0%A4%A', []],
  ];
  for (const [url, expected] of rows) {
    it(url, () => expect(parseTextDirectives(url)).to.deep.equal(expected));
  }
});

describe('matchesTextDirective', () => {
  const text = 'Polisen och kommunen har tillsammans uppmuntrat en eller flera grupper att bedriva nattvandring.';
  const rows: [TextDirective, boolean][] = [
    [{start: 'nattvandring'}, true],
    [{start: 'NATTVANDRING'}, true],
    [{start: 'kommunen   har'}, true],
    [{start: 'dagvandring'}, false],
    [{start: 'Polisen', end: 'grupper'}, true],
    [{start: 'grupper', end: 'Polisen'}, false],
    [{prefix: 'har tillsammans', start: 'uppmuntrat'}, true],
    [{prefix: 'inte', start: 'uppmuntrat'}, false],
    [{start: 'uppmuntrat', suffix: 'en eller'}, true],
    [{start: 'uppmuntrat', suffix: 'flera'}, false],
  ];
  for (const [directive, expected] of rows) {
    it(`${JSON.stringify(directive)} → ${expected}`, () => expect(matchesTextDirective(text, directive)).to.equal(expected));
  }
});
