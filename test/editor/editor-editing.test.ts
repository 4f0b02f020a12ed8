/**
 * The editor application: starting a feed, undo and redo (buttons and keys,
 * never taking Ctrl+Z from a field being typed in), the interface in
 * Swedish or English; axe in each state.
 */
import {expect} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {idFor} from '../../src/editor/form/context.js';
import {currentEngine} from '../helpers/engine.js';
import {buttonNamed, clearEditorStorage, deepActive, editorWithNewFeed, field, formOf, mountEditor, typeIn, words} from './helpers.js';

const area = ['periods', 0, 'promises', 0, 'area'];

/** WebDriver's codes for the modifier keys: in one key sequence they stay down until it ends. */
const WEBDRIVER_KEYS: Readonly<Record<string, string>> = {Control: '\uE009', Shift: '\uE008'};

/**
 * Presses a key with modifiers held. Puppeteer (Chromium, Firefox) holds
 * them with down/up; WebDriver (WebKit) has only press and type, and holds a
 * modifier for the rest of one sequence.
 */
async function chord(modifiers: string[], key: string): Promise<void> {
  if ((await currentEngine()) === 'WebKit') {
    await sendKeys({press: `${modifiers.map((modifier) => WEBDRIVER_KEYS[modifier]).join('')}${key}`});
    return;
  }
  for (const modifier of modifiers) await sendKeys({down: modifier});
  await sendKeys({press: key});
  for (const modifier of [...modifiers].reverse()) await sendKeys({up: modifier});
}

beforeEach(clearEditorStorage);
afterEach(clearEditorStorage);

describe('editor: starting', () => {
  it('starts on a page that offers a new feed, a file, a paste and an existing page', async function () {
    // axe over the whole editor takes seconds in WebKit on a busy machine.
    this.timeout(30_000);
    const editor = await mountEditor();
    const start = editor.shadowRoot!.querySelector('mle-start')!;
    expect([...start.shadowRoot!.querySelectorAll('h3')].map((heading) => words(heading))).to.deep.equal([
      'Nytt flöde',
      'Öppna en fil',
      'Klistra in JSON',
      'Börja från er befintliga sida',
    ]);
    await expect(editor).to.be.accessible();
  });

  it('a new feed has police and municipality, one period of this year, and focus in its first field', async function () {
    // axe over the whole editor takes seconds in WebKit on a busy machine.
    this.timeout(30_000);
    const editor = await editorWithNewFeed();
    const doc = JSON.parse(editor.feedText);
    expect(doc.parties.map((party: {kind: string}) => party.kind)).to.deep.equal(['police', 'municipality']);
    expect(doc.periods.map((period: {from: string}) => period.from)).to.deep.equal([String(new Date().getFullYear())]);
    expect(deepActive()?.id).to.equal(field(formOf(editor), ['title'], 'sv').id);
    expect(editor.unsaved).to.equal(false);
    await expect(editor).to.be.accessible();
  });

  it('opens pasted JSON, and says where pasted text that is not JSON goes wrong, keeping the paste', async () => {
    const editor = await mountEditor();
    expect(editor.openText('{"format": "medborgar-loften/1",\n "periods": [}')).to.equal(false);
    await editor.updateComplete;
    const start = editor.shadowRoot!.querySelector('mle-start')!;
    await start.updateComplete;
    const error = start.shadowRoot!.querySelector('[role="alert"]');
    expect(words(error)).to.match(/^Det går inte att öppna det här som ett flöde\. Rad 2, kolumn 14: /);
    expect(editor.openText('{"format": "medborgar-loften/1", "periods": []}')).to.equal(true);
    await editor.checkComplete;
    expect(editor.shadowRoot!.querySelector('mle-form')).to.not.equal(null);
  });
});

describe('editor: undo and redo', () => {
  it('undoes and redoes with the buttons, a field typed in being one step', async () => {
    const editor = await editorWithNewFeed();
    await typeIn(editor, area, 'T', 'sv');
    await typeIn(editor, area, 'Trafik', 'sv');
    const header = editor.shadowRoot!.querySelector('header')!;
    buttonNamed(header, 'Ångra').click();
    await editor.checkComplete;
    expect(JSON.parse(editor.feedText).periods[0].promises[0].area).to.equal(undefined);
    expect(field(formOf(editor), area, 'sv').value).to.equal('');
    buttonNamed(header, 'Gör om').click();
    await editor.checkComplete;
    expect(field(formOf(editor), area, 'sv').value).to.equal('Trafik');
    expect(buttonNamed(header, 'Gör om').getAttribute('aria-disabled')).to.equal('true');
  });

  it('Ctrl+Z and Ctrl+Shift+Z undo and redo when focus is not in a field being typed in', async () => {
    const editor = await editorWithNewFeed();
    await typeIn(editor, area, 'Trafik', 'sv');
    buttonNamed(editor.shadowRoot!.querySelector('header')!, 'Spara').focus();
    await chord(['Control'], 'z');
    await editor.checkComplete;
    expect(field(formOf(editor), area, 'sv').value).to.equal('');
    await chord(['Control', 'Shift'], 'Z');
    await editor.checkComplete;
    expect(field(formOf(editor), area, 'sv').value).to.equal('Trafik');
    await chord(['Control'], 'z');
    await editor.checkComplete;
    await chord(['Control'], 'y');
    await editor.checkComplete;
    expect(field(formOf(editor), area, 'sv').value).to.equal('Trafik');
  });

  it('leaves Ctrl+Z to a field that has been typed in, and takes it in a field just entered', async () => {
    const editor = await editorWithNewFeed();
    const input = field(formOf(editor), area, 'sv');
    input.focus();
    await sendKeys({type: 'Tr'});
    await editor.checkComplete;
    let prevented: boolean | undefined;
    const record = (event: KeyboardEvent) => (prevented = event.defaultPrevented);
    addEventListener('keydown', record);
    try {
      await chord(['Control'], 'z');
      expect(prevented, 'the field keeps its own undo').to.equal(false);
      // Leaving and coming back: the field has not been typed in since.
      field(formOf(editor), ['title'], 'sv').focus();
      input.focus();
      await chord(['Control'], 'z');
      expect(prevented, 'the editor undoes').to.equal(true);
    } finally {
      removeEventListener('keydown', record);
    }
  });
});

describe('editor: its own language', () => {
  it('switches to English: its words, its problems, and the host language', async function () {
    // axe over the whole editor takes seconds in WebKit on a busy machine.
    this.timeout(30_000);
    const editor = await editorWithNewFeed();
    const select = editor.shadowRoot!.getElementById('ui-language') as HTMLSelectElement;
    select.value = 'en';
    select.dispatchEvent(new Event('change'));
    await editor.checkComplete;
    const form = formOf(editor);
    await form.updateComplete;
    expect(editor.lang).to.equal('en');
    expect(words(editor.shadowRoot!.querySelector('h1'))).to.equal('Write citizen promises');
    expect(words(form.shadowRoot!.getElementById(idFor(area, 'legend')))).to.match(/^Focus area/);
    const problems = editor.shadowRoot!.querySelector('mle-problems')!;
    await problems.updateComplete;
    expect(words(problems.shadowRoot!.querySelector('.summary'))).to.match(/^Errors: \d+\. Warnings: 0\.$/);
    expect(localStorage.getItem('medborgar-loften-editor:locale')).to.equal('en');
    await expect(editor).to.be.accessible();
  });

  it('offers every language the widget speaks, each by its own name, and speaks Finnish too', async () => {
    const editor = await mountEditor();
    const select = editor.shadowRoot!.getElementById('ui-language') as HTMLSelectElement;
    expect([...select.options].map((option) => [option.value, option.lang])).to.deep.equal([
      ['sv', 'sv'],
      ['en', 'en'],
      ['fi', 'fi'],
    ]);
    select.value = 'fi';
    select.dispatchEvent(new Event('change'));
    await editor.updateComplete;
    expect(words(editor.shadowRoot!.querySelector('h1'))).to.equal('Kirjoita kansalaislupaukset');
    expect(editor.lang).to.equal('fi');
  });

  it('starts in the language chosen last time', async () => {
    localStorage.setItem('medborgar-loften-editor:locale', 'en');
    const editor = await mountEditor();
    expect(editor.locale).to.equal('en');
  });
});
