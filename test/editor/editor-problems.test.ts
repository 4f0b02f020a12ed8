/**
 * The validator's problems in the editor: beside the field they concern,
 * gone once fixed, listed with where they are, a jump from the list to the
 * field, and saving with errors moving focus to the first one.
 */
import {expect} from '@open-wc/testing';
import type {MleEditor} from '../../src/editor/editor.js';
import {idFor} from '../../src/editor/form/context.js';
import type {FileAccess} from '../../src/editor/files.js';
import {announced, buttonNamed, clearEditorStorage, deepActive, editorWith, editorWithNewFeed, field, formOf, typeIn, words} from './helpers.js';

beforeEach(clearEditorStorage);
afterEach(clearEditorStorage);

const promise = ['periods', 0, 'promises', 0];

function problemList(editor: MleEditor) {
  return editor.shadowRoot!.querySelector('mle-problems')!;
}

function listed(editor: MleEditor): string[] {
  return [...problemList(editor).shadowRoot!.querySelectorAll('li')].map((item) => words(item));
}

/** Files that are written nowhere: the test reads what would have been. */
function fakeFiles(): FileAccess & {downloads: {text: string; name: string}[]} {
  const downloads: {text: string; name: string}[] = [];
  return {
    downloads,
    canSaveInPlace: () => false,
    canSaveAs: () => false,
    pickFileWithHandle: async () => undefined,
    saveInPlace: async () => undefined,
    saveAs: async () => undefined,
    download: (text, name) => downloads.push({text, name}),
  };
}

const VALID = {
  format: 'medborgar-loften/1',
  parties: [{id: 'polisen', name: 'Polisen'}],
  periods: [{id: '2026', from: '2026', promises: [{id: 'trafik', area: 'Trafik', promise: 'Vi lovar.'}]}],
};

describe('editor: problems beside their fields', () => {
  it('says why a new feed cannot be shown yet: what each field lacks, beside it', async function () {
    // axe over the whole editor takes seconds in WebKit on a busy machine.
    this.timeout(30_000);
    const editor = await editorWithNewFeed();
    const form = formOf(editor);
    const areaProblems = form.shadowRoot!.getElementById(idFor([...promise, 'area'], 'problems'));
    expect(words(areaProblems)).to.match(/^Fel: .*"area"/);
    expect(listed(editor)[0]).to.match(/^Perioder Fel: /);
    expect(listed(editor).some((item) => item.startsWith('Period 1: 2026 › Löfte 1 › Område Fel:'))).to.equal(true);
    await expect(editor).to.be.accessible();
  });

  it('a problem appears beside a field when it is written wrong and goes when it is fixed', async function () {
    // axe over the whole editor takes seconds in WebKit on a busy machine.
    this.timeout(30_000);
    const editor = await editorWith(VALID);
    expect(listed(editor)).to.deep.equal([]);
    await typeIn(editor, ['periods', 0, 'to'], '2026-13');
    const form = formOf(editor);
    const input = field(form, ['periods', 0, 'to']);
    const problems = form.shadowRoot!.getElementById(idFor(['periods', 0, 'to'], 'problems'))!;
    expect(words(problems)).to.match(/^Fel: "?2026-13"? är inget datum/);
    expect(input.getAttribute('aria-describedby')!.split(' ')).to.include(problems.id);
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(listed(editor)).to.have.length(1);
    await expect(editor).to.be.accessible();

    await typeIn(editor, ['periods', 0, 'to'], '2026-12');
    expect(form.shadowRoot!.getElementById(idFor(['periods', 0, 'to'], 'problems'))?.id).to.equal(undefined);
    expect(input.hasAttribute('aria-invalid')).to.equal(false);
    expect(listed(editor)).to.deep.equal([]);
  });

  it('a problem inside a text goes beside the text (an unknown field, beside its item)', async () => {
    const editor = await editorWith({
      ...VALID,
      periods: [{id: '2026', from: '2026', promises: [{id: 'trafik', area: {sv: 'Trafik', 'x y': 'z'}, promise: 'Vi lovar.', promse: 'typo'}]}],
    });
    const form = formOf(editor);
    expect(words(form.shadowRoot!.getElementById(idFor([...promise, 'area'], 'problems')))).to.match(/"x y"/);
    expect(words(form.shadowRoot!.querySelector(`[data-anchor="periods.0.promises.0"] > .problems`))).to.match(/promse/);
  });

  it('jumps from the list to the field', async () => {
    const editor = await editorWith({...VALID, updated: 'i går'});
    const button = problemList(editor).shadowRoot!.querySelector<HTMLButtonElement>('li button')!;
    expect(words(button)).to.match(/^Senast ändrad Fel: /);
    button.click();
    await editor.updateComplete;
    await formOf(editor).updateComplete;
    expect(deepActive()?.id).to.equal(field(formOf(editor), ['updated']).id);
  });

  it('saving with errors does not save, says why, and moves focus to the first problem; "Spara ändå" saves', async () => {
    const editor = await editorWithNewFeed();
    const files = fakeFiles();
    editor.files = files;
    expect(await editor.save()).to.equal(false);
    expect(files.downloads).to.deep.equal([]);
    // The first error that names a field: the police's name (the fatal "no usable period" names none).
    expect(deepActive()?.id).to.equal(idFor(['parties', 0, 'name'], 'field', 'sv'));
    const problems = problemList(editor);
    await problems.updateComplete;
    await announced(editor, /^Flödet är inte sparat: det har \d+ fel\.$/);
    buttonNamed(problems.shadowRoot!, 'Spara ändå').click();
    await editor.updateComplete;
    expect(files.downloads.map((download) => download.name)).to.deep.equal(['medborgarloften.json']);
    expect(editor.unsaved).to.equal(false);
  });

  it('saves a feed without errors as a download of exactly the text checked', async () => {
    const editor = await editorWith(VALID);
    const files = fakeFiles();
    editor.files = files;
    await typeIn(editor, [...promise, 'area'], 'Traffic', 'en');
    expect(editor.unsaved).to.equal(true);
    expect(await editor.save()).to.equal(true);
    expect(files.downloads).to.deep.equal([{text: editor.feedText, name: 'medborgarloften.json'}]);
    expect(JSON.parse(files.downloads[0]!.text).periods[0].promises[0].area).to.deep.equal({sv: 'Trafik', en: 'Traffic'});
    expect(editor.unsaved).to.equal(false);
    await announced(editor, 'Sparat: medborgarloften.json finns bland dina hämtade filer.');
  });
});
