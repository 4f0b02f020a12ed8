/**
 * The preview is the real widget, given the feed as typed: in Swedish,
 * English or both, at a phone's width or a desktop's.
 */
import {expect, oneEvent} from '@open-wc/testing';
import type {MleEditor} from '../../src/editor/editor.js';
import type {MedborgarLoften} from '../../src/medborgar-loften.js';
import {clearEditorStorage, editorWith, typeIn, words} from './helpers.js';

beforeEach(clearEditorStorage);
afterEach(clearEditorStorage);

const FEED = {
  format: 'medborgar-loften/1',
  parties: [{id: 'polisen', name: 'Polisen'}],
  periods: [{id: '2026', from: '2026', promises: [{id: 'trafik', area: {sv: 'Trafik', en: 'Traffic'}, promise: 'Vi lovar.'}]}],
};

function preview(editor: MleEditor) {
  return editor.shadowRoot!.querySelector('mle-preview')!;
}

function widgets(editor: MleEditor): MedborgarLoften[] {
  return [...preview(editor).shadowRoot!.querySelectorAll<MedborgarLoften>('medborgar-loften')];
}

async function shown(widget: MedborgarLoften): Promise<string> {
  if (widget.status !== 'loaded') await oneEvent(widget, 'medborgar-loften-load');
  await widget.updateComplete;
  await widget.contentComplete;
  return words(widget.shadowRoot);
}

function choose(editor: MleEditor, name: string, value: string) {
  const radio = preview(editor).shadowRoot!.querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`)!;
  radio.click();
}

describe('editor: the preview', () => {
  it('shows the feed in the widget, in Swedish, and follows what is typed', async () => {
    const editor = await editorWith(FEED);
    const [widget] = widgets(editor);
    expect(widget!.lang).to.equal('sv');
    expect(await shown(widget!)).to.include('Trafik');
    const loaded = oneEvent(widget!, 'medborgar-loften-load');
    await typeIn(editor, ['periods', 0, 'promises', 0, 'area'], 'Trafiksäkerhet', 'sv');
    await loaded;
    expect(await shown(widget!)).to.include('Trafiksäkerhet');
  });

  it('shows English, and both side by side', async function () {
    // axe over the whole editor takes seconds in WebKit on a busy machine.
    this.timeout(30_000);
    const editor = await editorWith(FEED);
    choose(editor, 'preview-language', 'en');
    await preview(editor).updateComplete;
    expect(widgets(editor).map((widget) => widget.lang)).to.deep.equal(['en']);
    expect(await shown(widgets(editor)[0]!)).to.include('Traffic');
    choose(editor, 'preview-language', 'both');
    await preview(editor).updateComplete;
    expect(widgets(editor).map((widget) => widget.lang)).to.deep.equal(['sv', 'en']);
    await expect(editor).to.be.accessible();
  });

  it('is as wide as a small phone when asked', async () => {
    const editor = await editorWith(FEED);
    choose(editor, 'preview-width', '320');
    await preview(editor).updateComplete;
    const frame = preview(editor).shadowRoot!.querySelector<HTMLElement>('.frame')!;
    expect(frame.clientWidth - parseFloat(getComputedStyle(frame).paddingLeft) - parseFloat(getComputedStyle(frame).paddingRight)).to.equal(320);
  });

  it('decides current and ended periods by today', async () => {
    const editor = await editorWith(FEED);
    const [widget] = widgets(editor);
    const today = new Date();
    const pad = (n: number) => String(n).padStart(2, '0');
    expect(widget!.getAttribute('today')).to.equal(`${today.getFullYear()}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}`);
  });
});
