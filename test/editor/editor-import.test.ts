/**
 * Starting from an existing page: the importer's draft in the form, its
 * notes beside the fields they are about and in a list that jumps there,
 * following the items as they move, gone when the person is done.
 */
import {expect} from '@open-wc/testing';
import type {MleEditor} from '../../src/editor/editor.js';
import {idFor} from '../../src/editor/form/context.js';
import {pathKey} from '../../src/editor/model/json.js';
import {announced, buttonNamed, clearEditorStorage, deepActive, field, formOf, mountEditor, words} from './helpers.js';

beforeEach(clearEditorStorage);
afterEach(clearEditorStorage);

/** A fixture page in the shape of a municipality's promises page: two periods, the older followed up. */
const PAGE = '/test/fixtures/import/norrvik-two-periods.txt';

async function imported(): Promise<MleEditor> {
  const editor = await mountEditor();
  const text = await (await fetch(PAGE)).text();
  expect(editor.importText(text)).to.equal(true);
  await editor.checkComplete;
  await formOf(editor).updateComplete;
  await editor.shadowRoot!.querySelector('mle-problems')!.updateComplete;
  return editor;
}

function importSection(editor: MleEditor) {
  return editor.shadowRoot!.querySelector('mle-problems')!.shadowRoot!.querySelector('.import');
}

describe('editor: starting from an existing page', () => {
  it('makes a draft of a pasted page, says how many of its sentences it holds, and moves focus to the notes', async function () {
    // axe over the whole editor takes seconds in WebKit on a busy machine.
    this.timeout(30_000);
    const editor = await imported();
    const doc = JSON.parse(editor.feedText);
    expect(doc.periods.map((period: {from: string}) => period.from)).to.deep.equal(['2025', '2023']);
    expect(words(importSection(editor)?.querySelector('p'))).to.equal('40 av 40 meningar från sidan finns i utkastet.');
    await announced(editor, 'Utkastet från sidan är klart. Granska det som importen har markerat.');
    expect(deepActive()?.id).to.equal('import-heading');
    expect(editor.unsaved).to.equal(true);
    await expect(editor).to.be.accessible();
  });

  it('shows what to review beside the field it is about, and jumps there from the list', async () => {
    const editor = await imported();
    const target = ['periods', 0, 'promises', 1, 'targets', 0];
    const form = formOf(editor);
    const beside = form.shadowRoot!.querySelector(`[data-anchor="${pathKey(target)}"] > .problems`);
    expect(words(beside)).to.match(/^Granska: /);
    const review = [...importSection(editor)!.querySelectorAll<HTMLButtonElement>('li button')].find((button) => words(button).includes('Granska:'))!;
    expect(words(review)).to.match(/^Period 1: 2025–2026 › Löfte 2: Cykelstölder › Mål 1: /);
    review.click();
    await editor.updateComplete;
    expect(deepActive()?.id).to.equal(idFor(target, 'heading'));
  });

  it('keeps a note beside its field when the item before it is removed', async () => {
    const editor = await imported();
    const form = formOf(editor);
    buttonNamed(form.shadowRoot!, 'Ta bort löfte 1').click();
    await editor.checkComplete;
    await form.updateComplete;
    const moved = form.shadowRoot!.querySelector(`[data-anchor="${pathKey(['periods', 0, 'promises', 0, 'targets', 0])}"] > .problems`);
    expect(words(moved)).to.match(/^Granska: /);
    expect(field(form, ['periods', 0, 'promises', 0, 'area'], 'sv').value).to.equal('Cykelstölder');
  });

  it('hides the notes once the person is done with them', async () => {
    const editor = await imported();
    buttonNamed(importSection(editor)!, 'Klart: dölj anteckningarna från importen').click();
    await editor.updateComplete;
    await formOf(editor).updateComplete;
    expect(importSection(editor)?.className).to.equal(undefined);
    expect(formOf(editor).shadowRoot!.querySelectorAll('.problem-review, .problem-guess').length).to.equal(0);
  });

  it('says so when a page has nothing like promises in it, and opens nothing', async () => {
    const editor = await mountEditor();
    expect(editor.importText('Välkommen till vår webbplats.')).to.equal(false);
    await editor.updateComplete;
    const start = editor.shadowRoot!.querySelector('mle-start')!;
    await start.updateComplete;
    expect(words(start.shadowRoot!.querySelector('[role="alert"]'))).to.match(/medborgarlöften/);
    expect(editor.shadowRoot!.querySelector('mle-form')?.id).to.equal(undefined);
  });
});
