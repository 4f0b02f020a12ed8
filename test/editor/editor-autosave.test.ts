/**
 * Never losing work: drafts written to the browser as the person types,
 * restored after a reload of the tab or offered back after a closed tab,
 * and a warning before leaving with changes in no file.
 */
import {expect, fixtureCleanup} from '@open-wc/testing';
import {DraftStore, type Draft} from '../../src/editor/drafts.js';
import {announced, buttonNamed, clearEditorStorage, editorWith, editorWithNewFeed, field, formOf, mountEditor, nextAutosave, type, words} from './helpers.js';

beforeEach(clearEditorStorage);
afterEach(clearEditorStorage);

const area = ['periods', 0, 'promises', 0, 'area'];

/** The tab closes: the element goes, and so does the tab's own memory of its draft. */
function closeTab(): void {
  fixtureCleanup();
  sessionStorage.removeItem('medborgar-loften-editor:tab');
}

describe('editor: drafts in the browser', () => {
  it('writes a draft shortly after a change and says when', async () => {
    const editor = await editorWithNewFeed();
    const saved = nextAutosave(editor);
    type(field(formOf(editor), area, 'sv'), 'Trafik');
    await saved;
    await editor.updateComplete;
    const drafts = DraftStore.open()!.list();
    expect(drafts).to.have.length(1);
    expect(JSON.parse(JSON.stringify(drafts[0]!.doc)).periods[0].promises[0].area).to.deep.equal({sv: 'Trafik'});
    expect(drafts[0]!.unsaved).to.equal(true);
    expect(words(editor.shadowRoot!.querySelector('.autosave'))).to.match(/^Utkast sparat i webbläsaren \d\d:\d\d$/);
  });

  it('after a reload the tab gets its work back, and says so', async () => {
    const editor = await editorWithNewFeed();
    const saved = nextAutosave(editor);
    type(field(formOf(editor), area, 'sv'), 'Trafik');
    await saved;
    fixtureCleanup();

    const reloaded = await mountEditor();
    await reloaded.checkComplete;
    expect(field(formOf(reloaded), area, 'sv').value).to.equal('Trafik');
    await announced(reloaded, 'Ditt arbete är återställt från webbläsaren.');
    expect(reloaded.unsaved).to.equal(true);
  });

  it('after a closed tab, the work is offered back on the start page, and restored', async function () {
    // axe over the whole editor takes seconds in WebKit on a busy machine.
    this.timeout(30_000);
    const editor = await editorWithNewFeed();
    const saved = nextAutosave(editor);
    type(field(formOf(editor), ['title'], 'sv'), 'Medborgarlöften i Exempelby');
    await saved;
    closeTab();

    const next = await mountEditor();
    const start = next.shadowRoot!.querySelector('mle-start')!;
    await start.updateComplete;
    const restore = start.shadowRoot!.querySelector('.restore')!;
    expect(words(restore.querySelector('li strong'))).to.equal('Medborgarlöften i Exempelby');
    await expect(next).to.be.accessible();
    buttonNamed(restore, 'Återställ').click();
    await next.checkComplete;
    expect(field(formOf(next), ['title'], 'sv').value).to.equal('Medborgarlöften i Exempelby');
    await announced(next, 'Det osparade arbetet är återställt.');
  });

  it('offers only drafts with changes in no file, and throws one away on request', async () => {
    const store = DraftStore.open()!;
    const draft = (id: string, unsaved: boolean, savedAt: string): Draft => ({
      version: 1,
      id,
      savedAt,
      doc: {format: 'medborgar-loften/1'},
      fileName: `${id}.json`,
      label: id,
      unsaved,
    });
    store.save(draft('saved', false, '2026-01-01T10:00:00.000Z'));
    store.save(draft('older', true, '2026-01-01T11:00:00.000Z'));
    store.save(draft('newer', true, '2026-01-02T11:00:00.000Z'));
    const editor = await mountEditor();
    const start = editor.shadowRoot!.querySelector('mle-start')!;
    await start.updateComplete;
    expect([...start.shadowRoot!.querySelectorAll('.restore li strong')].map((label) => words(label))).to.deep.equal(['newer', 'older']);
    start.shadowRoot!.querySelectorAll<HTMLButtonElement>('.restore li button')[1]!.click();
    await editor.updateComplete;
    await start.updateComplete;
    expect([...start.shadowRoot!.querySelectorAll('.restore li strong')].map((label) => words(label))).to.deep.equal(['older']);
    expect(store.load('newer')).to.equal(undefined);
  });

  it('a new start keeps the draft before it restorable', async () => {
    const editor = await editorWithNewFeed();
    let saved = nextAutosave(editor);
    type(field(formOf(editor), ['title'], 'sv'), 'Första');
    await saved;
    saved = nextAutosave(editor);
    editor.newFeed();
    await editor.checkComplete;
    type(field(formOf(editor), ['title'], 'sv'), 'Andra');
    await saved;
    expect(DraftStore.open()!.list().map((draft) => draft.label).sort()).to.deep.equal(['Andra', 'Första']);
  });

  it('keeps at most twenty drafts, the oldest without unsaved work going first', async () => {
    const store = DraftStore.open()!;
    for (let n = 0; n < 22; n++) {
      store.save({
        version: 1,
        id: `d${n}`,
        savedAt: `2026-01-01T10:${String(n).padStart(2, '0')}:00.000Z`,
        doc: {},
        fileName: 'f.json',
        label: `d${n}`,
        unsaved: n % 2 === 0,
      });
    }
    const kept = store.list().map((draft) => draft.id);
    expect(kept).to.have.length(20);
    expect(kept).to.not.include.members(['d1', 'd3']);
  });

  it('skips an entry that is not a draft, and leaves it alone', async () => {
    localStorage.setItem('medborgar-loften-editor:draft:broken', '{not json');
    expect(DraftStore.open()!.list()).to.deep.equal([]);
    expect(localStorage.getItem('medborgar-loften-editor:draft:broken')).to.equal('{not json');
  });
});

describe('editor: leaving with unsaved changes', () => {
  const leave = () => {
    const event = new Event('beforeunload', {cancelable: true});
    dispatchEvent(event);
    return event.defaultPrevented;
  };

  it('warns before leaving when changes are in no file', async () => {
    const editor = await editorWith({format: 'medborgar-loften/1', periods: []});
    expect(leave()).to.equal(false);
    type(field(formOf(editor), ['title'], 'sv'), 'Ändrad');
    await editor.checkComplete;
    expect(leave()).to.equal(true);
  });

  it('does not warn once they are saved', async () => {
    const editor = await editorWith({format: 'medborgar-loften/1', periods: []});
    editor.files = {...editor.files, download: () => undefined};
    type(field(formOf(editor), ['title'], 'sv'), 'Ändrad');
    await editor.checkComplete;
    await editor.saveAnyway();
    expect(leave()).to.equal(false);
  });
});
