/**
 * Files in and out: the browser's file pickers where there are some (stood
 * in for here), downloads, reading a dropped, chosen or pasted file, and the
 * editor's open and save through them.
 */
import {expect} from '@open-wc/testing';
import type {MleEditor} from '../../src/editor/editor.js';
import {browserFiles, download, pickFileWithHandle, readFeedText, saveAs, saveInPlace, type FileAccess} from '../../src/editor/files.js';
import {announced, buttonNamed, clearEditorStorage, editorWith, formOf, mountEditor, spoken, typeIn} from './helpers.js';

beforeEach(clearEditorStorage);
afterEach(clearEditorStorage);

const FEED = {format: 'medborgar-loften/1', periods: [{id: 'a', from: '2026', promises: [{id: 'p', area: 'A', promise: 'L'}]}]};

/** A file handle that keeps what is written to it. */
function fakeHandle(name: string, text = '') {
  const written: string[] = [];
  const handle = {
    name,
    written,
    getFile: async () => new File([text], name, {type: 'application/json'}),
    createWritable: async () => ({
      write: async (chunk: string) => void written.push(chunk),
      close: async () => void written.push('(closed)'),
    }),
  };
  return handle as unknown as FileSystemFileHandle & {written: string[]};
}

type Pickers = {showOpenFilePicker?: unknown; showSaveFilePicker?: unknown};

/** Runs `work` with the browser's pickers stood in for, then puts back what was there. */
async function withPickers(pickers: Pickers, work: () => Promise<void>): Promise<void> {
  const target = globalThis as unknown as Pickers;
  const before = {open: target.showOpenFilePicker, save: target.showSaveFilePicker};
  Object.assign(target, pickers);
  try {
    await work();
  } finally {
    target.showOpenFilePicker = before.open;
    target.showSaveFilePicker = before.save;
  }
}

const abort = () => Promise.reject(new DOMException('The user aborted a request.', 'AbortError'));

describe('editor files: the browser', () => {
  it('reads a feed, a byte order mark and all, and says why other text is not one', () => {
    expect(readFeedText('\uFEFF{"a": 1}')).to.deep.equal({ok: true, doc: {a: 1}});
    expect(readFeedText('{"a": ')).to.deep.equal({ok: false, reason: 'not-json'});
    expect(readFeedText('[1]')).to.deep.equal({ok: false, reason: 'not-object'});
  });

  it('opens with the browser\'s picker and keeps the handle; a cancel is no error', async () => {
    const handle = fakeHandle('ekby.json', '{"format": "medborgar-loften/1"}');
    await withPickers({showOpenFilePicker: async () => [handle]}, async () => {
      expect(browserFiles.canSaveInPlace()).to.equal(true);
      const opened = await pickFileWithHandle();
      expect({name: opened?.name, text: opened?.text, same: opened?.handle === handle}).to.deep.equal({
        name: 'ekby.json',
        text: '{"format": "medborgar-loften/1"}',
        same: true,
      });
    });
    await withPickers({showOpenFilePicker: abort}, async () => {
      expect(await pickFileWithHandle()).to.equal(undefined);
    });
    await withPickers({showOpenFilePicker: () => Promise.reject(new Error('broken'))}, async () => {
      let failed = false;
      await pickFileWithHandle().catch(() => (failed = true));
      expect(failed).to.equal(true);
    });
    await withPickers({showOpenFilePicker: undefined}, async () => {
      expect(browserFiles.canSaveInPlace()).to.equal(false);
      expect(await pickFileWithHandle()).to.equal(undefined);
    });
  });

  it('writes in place, and saves where the person chooses', async () => {
    const handle = fakeHandle('ekby.json');
    await saveInPlace(handle, '{"a": 1}\n');
    expect(handle.written).to.deep.equal(['{"a": 1}\n', '(closed)']);
    const chosen = fakeHandle('vald.json');
    let suggested: unknown;
    await withPickers({showSaveFilePicker: async (options: {suggestedName: string}) => ((suggested = options.suggestedName), chosen)}, async () => {
      expect(browserFiles.canSaveAs()).to.equal(true);
      expect(await saveAs('{}', 'medborgarloften.json')).to.equal(chosen);
    });
    expect([suggested, chosen.written]).to.deep.equal(['medborgarloften.json', ['{}', '(closed)']]);
    await withPickers({showSaveFilePicker: abort}, async () => {
      expect(await saveAs('{}', 'x.json')).to.equal(undefined);
    });
    await withPickers({showSaveFilePicker: undefined}, async () => {
      expect(browserFiles.canSaveAs()).to.equal(false);
      expect(await saveAs('{}', 'x.json')).to.equal(undefined);
    });
  });

  it('downloads a file with its name and text', async () => {
    let link: HTMLAnchorElement | undefined;
    const catchClick = (event: Event) => {
      link = event.target as HTMLAnchorElement;
      event.preventDefault();
    };
    document.addEventListener('click', catchClick, true);
    try {
      download('{"a": 1}\n', 'medborgarloften.json');
    } finally {
      document.removeEventListener('click', catchClick, true);
    }
    expect(link?.download).to.equal('medborgarloften.json');
    expect(await (await fetch(link!.href)).text()).to.equal('{"a": 1}\n');
    expect(link?.isConnected).to.equal(false);
  });
});

/** Files that the test reads back, with a handle to save in place. */
function fakeFiles(options: {inPlace?: boolean; saveAs?: boolean; opens?: string; failInPlace?: boolean} = {}) {
  const downloads: string[] = [];
  const written: string[] = [];
  const files: FileAccess = {
    canSaveInPlace: () => Boolean(options.inPlace),
    canSaveAs: () => Boolean(options.saveAs),
    pickFileWithHandle: async () => (options.opens ? {name: 'ekby.json', text: options.opens, handle: fakeHandle('ekby.json')} : undefined),
    saveInPlace: async (_handle, text) => {
      if (options.failInPlace) throw new DOMException('The file was moved.', 'NotFoundError');
      written.push(text);
    },
    saveAs: async () => fakeHandle('vald.json'),
    download: (_text, name) => void downloads.push(name),
  };
  return {files, downloads, written};
}

async function header(editor: MleEditor) {
  await editor.updateComplete;
  return editor.shadowRoot!.querySelector('header')!;
}

describe('editor files: open and save', () => {
  it('opens with the picker and saves in place', async () => {
    const editor = await mountEditor();
    const fake = fakeFiles({inPlace: true, opens: JSON.stringify(FEED)});
    editor.files = fake.files;
    const start = editor.shadowRoot!.querySelector('mle-start')!;
    await start.updateComplete;
    buttonNamed(start.shadowRoot!, 'Välj fil').click();
    await editor.checkComplete;
    await typeIn(editor, ['periods', 0, 'promises', 0, 'area'], 'Trafik', 'sv');
    buttonNamed(await header(editor), 'Spara').click();
    await announced(editor, 'Sparat i ekby.json.');
    // A plain string stays plain while only Swedish is written.
    expect(JSON.parse(fake.written[0]!).periods[0].promises[0].area).to.equal('Trafik');
    expect(fake.downloads).to.deep.equal([]);
  });

  it('downloads instead when the opened file cannot be written', async () => {
    const editor = await mountEditor();
    const fake = fakeFiles({inPlace: true, opens: JSON.stringify(FEED), failInPlace: true});
    editor.files = fake.files;
    const start = editor.shadowRoot!.querySelector('mle-start')!;
    await start.updateComplete;
    buttonNamed(start.shadowRoot!, 'Välj fil').click();
    await editor.checkComplete;
    expect(await editor.save()).to.equal(true);
    expect(fake.downloads).to.deep.equal(['ekby.json']);
    expect(editor.unsaved).to.equal(false);
  });

  it('"Spara som" saves where the person chooses, and saves there from then on', async () => {
    const editor = await editorWith(FEED);
    const fake = fakeFiles({saveAs: true});
    editor.files = fake.files;
    editor.requestUpdate();
    buttonNamed(await header(editor), 'Spara som …').click();
    await announced(editor, 'Sparat i vald.json.');
    expect(spoken(editor.shadowRoot!.querySelector('.file-line strong'))).to.equal('vald.json');
  });

  it('opens a file chosen with the file field, where there is no picker', async () => {
    const editor = await mountEditor();
    editor.files = fakeFiles().files;
    const start = editor.shadowRoot!.querySelector('mle-start')!;
    await start.updateComplete;
    const input = start.shadowRoot!.querySelector<HTMLInputElement>('input[type="file"]')!;
    const chosen = new DataTransfer();
    chosen.items.add(new File([JSON.stringify(FEED)], 'vald.json', {type: 'application/json'}));
    input.files = chosen.files;
    input.dispatchEvent(new Event('change'));
    await announced(editor, 'vald.json är öppnad.');
    await editor.checkComplete;
    expect(formOf(editor)).to.not.equal(null);
  });

  it('opens a file dropped on it', async () => {
    const editor = await mountEditor();
    const dropped = new DataTransfer();
    dropped.items.add(new File([JSON.stringify(FEED)], 'dropp.json', {type: 'application/json'}));
    const over = new DragEvent('dragover', {dataTransfer: dropped, bubbles: true, cancelable: true});
    editor.dispatchEvent(over);
    expect([over.defaultPrevented, editor.hasAttribute('dropping')]).to.deep.equal([true, true]);
    editor.dispatchEvent(new DragEvent('drop', {dataTransfer: dropped, bubbles: true, cancelable: true}));
    expect(editor.hasAttribute('dropping')).to.equal(false);
    await announced(editor, 'dropp.json är öppnad.');
  });
});
