/**
 * The embed code for the saved feed: the generator's choices, escaping,
 * and the fallback link's text in the language of the page it goes on.
 */
import {expect, waitUntil} from '@open-wc/testing';
import {embedCode, type EmbedOptions} from '../../src/editor/embed-code.js';
import {fallbackTextFor} from '../../src/editor/embed-dialog.js';
import {clearEditorStorage, editorWith, words} from './helpers.js';

beforeEach(clearEditorStorage);
afterEach(clearEditorStorage);

const base: EmbedOptions = {script: '/filer/medborgar-loften.js', feed: '/filer/medborgarloften.json'};

const rows: {name: string; options: Partial<EmbedOptions>; expect: string}[] = [
  {
    name: 'the least: script and feed',
    options: {},
    expect: `<script type="module" src="/filer/medborgar-loften.js"></script>
<medborgar-loften src="/filer/medborgarloften.json" heading-level="2">
</medborgar-loften>
`,
  },
  {
    name: 'every choice',
    options: {lang: 'en', headingLevel: 3, period: '2026', lightDom: true, fallbackUrl: '/filer/lofte.pdf', fallbackText: 'Read the citizen promises (PDF)'},
    expect: `<script type="module" src="/filer/medborgar-loften.js"></script>
<medborgar-loften src="/filer/medborgarloften.json" lang="en" heading-level="3" period="2026" light-dom>
  <a href="/filer/lofte.pdf">Read the citizen promises (PDF)</a>
</medborgar-loften>
`,
  },
  {
    name: 'a div for editors that strip unknown tags',
    options: {dataMount: true, lightDom: true},
    expect: `<script type="module" src="/filer/medborgar-loften.js"></script>
<div data-medborgar-loften data-src="/filer/medborgarloften.json" data-heading-level="2" data-light-dom>
</div>
`,
  },
  {
    name: 'quotes and brackets cannot become markup',
    options: {feed: '/a"><script>x</script>', fallbackUrl: '/b', fallbackText: '<b>Läs</b> & mer'},
    expect: `<script type="module" src="/filer/medborgar-loften.js"></script>
<medborgar-loften src="/a&quot;&gt;&lt;script&gt;x&lt;/script&gt;" heading-level="2">
  <a href="/b">&lt;b&gt;Läs&lt;/b&gt; &amp; mer</a>
</medborgar-loften>
`,
  },
  {name: 'a heading level out of range is 2', options: {headingLevel: 9}, expect: 'heading-level="2"'},
  {name: 'a link without text shows its address', options: {fallbackUrl: '/c.pdf'}, expect: '<a href="/c.pdf">/c.pdf</a>'},
];

describe('editor: embed code', () => {
  for (const row of rows) {
    it(row.name, () => {
      const code = embedCode({...base, ...row.options});
      if (row.expect.includes('\n')) expect(code).to.equal(row.expect);
      else expect(code).to.include(row.expect);
    });
  }

  it('words the fallback link in the language of the page, not of the editor', () => {
    expect(fallbackTextFor('sv')).to.equal('Läs medborgarlöftena (PDF)');
    expect(fallbackTextFor('en-GB')).to.equal('Read the citizen promises (PDF)');
    // A language without words of its own gets the Swedish, as the widget does.
    expect(fallbackTextFor('se')).to.equal('Läs medborgarlöftena (PDF)');
  });

  it('the dialog offers the code for the saved file, with the link in English for an English page', async function () {
    // axe over the whole editor takes seconds in WebKit on a busy machine.
    this.timeout(30_000);
    const editor = await editorWith({format: 'medborgar-loften/1', periods: [{id: 'a', from: '2026', promises: []}]});
    const dialog = editor.shadowRoot!.querySelector('mle-embed-dialog')!;
    await dialog.show();
    const root = dialog.shadowRoot!;
    const code = () => (root.getElementById('embed-code') as HTMLTextAreaElement).value;
    expect(code()).to.include('src="/filer/medborgarloften.json"');
    const url = root.getElementById('embed-fallbackUrl') as HTMLInputElement;
    url.value = '/filer/medborgarloften.pdf';
    url.dispatchEvent(new Event('input'));
    const lang = root.getElementById('embed-lang') as HTMLSelectElement;
    lang.value = 'en';
    lang.dispatchEvent(new Event('change'));
    await dialog.updateComplete;
    expect(code()).to.include('lang="en"');
    expect(code()).to.include('<a href="/filer/medborgarloften.pdf">Read the citizen promises (PDF)</a>');
    expect(root.querySelector('dialog')!.open).to.equal(true);
    expect(words(root.getElementById('embed-heading'))).to.equal('Kod för att visa löftena på er webbplats');
    await expect(dialog).to.be.accessible();
  });
});

describe('editor: copying the embed code', () => {
  it('copies the code and says so; where the clipboard is closed, selects it and says how to copy', async () => {
    const editor = await editorWith({format: 'medborgar-loften/1', periods: [{id: 'a', from: '2026', promises: []}]});
    const dialog = editor.shadowRoot!.querySelector('mle-embed-dialog')!;
    await dialog.show();
    const root = dialog.shadowRoot!;
    const copied: string[] = [];
    const clipboard = navigator.clipboard as Clipboard & {writeText: (text: string) => Promise<void>};
    const original = Object.getOwnPropertyDescriptor(clipboard, 'writeText');
    try {
      Object.defineProperty(clipboard, 'writeText', {configurable: true, value: async (text: string) => void copied.push(text)});
      const status = () => words(root.querySelector('[role="status"]'));
      root.querySelector<HTMLButtonElement>('.actions .primary')!.click();
      await waitUntil(() => status() !== '', 'Nothing was said after copying.');
      expect(status()).to.equal('Koden är kopierad.');
      expect(copied).to.deep.equal([(root.getElementById('embed-code') as HTMLTextAreaElement).value]);

      Object.defineProperty(clipboard, 'writeText', {configurable: true, value: () => Promise.reject(new DOMException('Denied', 'NotAllowedError'))});
      root.querySelector<HTMLButtonElement>('.actions .primary')!.click();
      await waitUntil(() => status() !== 'Koden är kopierad.', 'Nothing new was said after the clipboard refused.');
      expect(status()).to.match(/^Koden är markerad\./);
      const code = root.getElementById('embed-code') as HTMLTextAreaElement;
      expect([code.selectionStart, code.selectionEnd]).to.deep.equal([0, code.value.length]);
    } finally {
      if (original) Object.defineProperty(clipboard, 'writeText', original);
      else delete (clipboard as unknown as Record<string, unknown>)['writeText'];
    }
  });
});
