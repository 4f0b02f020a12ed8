/**
 * Helpers for the editor's component tests: mount the editor or the form,
 * find fields the way the form names them, type as a person does, and start
 * each test with no drafts or settings left in the browser.
 */
import {fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import '../../src/define.js';
import '../../src/editor/define.js';
import type {MleEditor} from '../../src/editor/editor.js';
import type {MleForm} from '../../src/editor/form/form.js';
import {idFor} from '../../src/editor/form/context.js';
import type {Edit} from '../../src/editor/model/edits.js';
import type {JsonValue, Path} from '../../src/editor/model/json.js';

/** Forgets every draft and setting of the editor. */
export function clearEditorStorage(): void {
  for (const key of Object.keys(localStorage)) if (key.startsWith('medborgar-loften-editor:')) localStorage.removeItem(key);
  for (const key of Object.keys(sessionStorage)) if (key.startsWith('medborgar-loften-editor:')) sessionStorage.removeItem(key);
}

export async function mountEditor(): Promise<MleEditor> {
  const editor = await fixture<MleEditor>(html`<mle-editor></mle-editor>`);
  await editor.updateComplete;
  return editor;
}

/** A new feed, checked and on screen. */
export async function editorWithNewFeed(): Promise<MleEditor> {
  const editor = await mountEditor();
  editor.newFeed();
  await editor.checkComplete;
  await formOf(editor).updateComplete;
  return editor;
}

/** An editor with `doc` opened as if from a file. */
export async function editorWith(doc: JsonValue): Promise<MleEditor> {
  const editor = await mountEditor();
  editor.openText(JSON.stringify(doc));
  await editor.checkComplete;
  await formOf(editor).updateComplete;
  return editor;
}

export function formOf(editor: MleEditor): MleForm {
  const form = editor.shadowRoot!.querySelector('mle-form');
  if (!form) throw new Error('The editor shows no form.');
  return form;
}

/** The input of the field at `path` (one language of a text: `language`). */
export function field<T extends HTMLElement = HTMLInputElement>(form: MleForm, path: Path, language?: string): T {
  const element = form.shadowRoot!.getElementById(idFor(path, 'field', language));
  if (!element) throw new Error(`No field at ${JSON.stringify(path)}${language ? ` (${language})` : ''}.`);
  return element as T;
}

/** Types `value` into a field as a person would: the value changes and the field says so. */
export function type(input: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  input.focus();
  input.value = value;
  input.dispatchEvent(new Event('input', {bubbles: true, composed: true}));
}

/** Changes a select or checkbox as a person would. */
export function choose(input: HTMLSelectElement | HTMLInputElement, value: string | boolean): void {
  input.focus();
  if (typeof value === 'boolean') (input as HTMLInputElement).checked = value;
  else input.value = value;
  input.dispatchEvent(new Event('change', {bubbles: true, composed: true}));
}

/** Types into the editor's form and waits until the editor has checked the result. */
export async function typeIn(editor: MleEditor, path: Path, value: string, language?: string): Promise<void> {
  type(field(formOf(editor), path, language), value);
  await editor.checkComplete;
  await formOf(editor).updateComplete;
}

/** An element's text as a screen reader gets it: without what is aria-hidden. */
export function spoken(element: Element | null | undefined): string {
  if (!element) return '';
  const copy = element.cloneNode(true) as Element;
  copy.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
  return words(copy);
}

/** The form's buttons with this accessible name (its aria-label, else its text). */
export function buttonNamed(root: ParentNode, name: string): HTMLButtonElement {
  const button = [...root.querySelectorAll<HTMLButtonElement>('button')].find(
    (candidate) => (candidate.getAttribute('aria-label') ?? spoken(candidate)) === name
  );
  if (!button) throw new Error(`No button named "${name}".`);
  return button;
}

/**
 * The focused element, through shadow roots. Compare its `id`, never the
 * element: a failing comparison of elements serializes them whole, and the
 * test run stalls instead of failing.
 */
export function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Edits a form emits while `act` runs. */
export async function editsDuring(form: MleForm, act: () => void | Promise<void>): Promise<{edit: Edit; group?: string}[]> {
  const edits: {edit: Edit; group?: string}[] = [];
  const listener = (event: Event) => edits.push((event as CustomEvent).detail);
  form.addEventListener('mle-edit', listener);
  try {
    await act();
  } finally {
    form.removeEventListener('mle-edit', listener);
  }
  return edits;
}

export async function nextAutosave(editor: MleEditor): Promise<void> {
  await oneEvent(editor, 'mle-autosave');
}

/** The text content of an element, whitespace collapsed. */
export function words(element: Node | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * Waits until the editor's live region says `expected` (a sentence, or a
 * pattern); fails with what it said last. An earlier announcement may still
 * be there when the test starts waiting: the wait is for these words.
 */
export async function announced(editor: MleEditor, expected: string | RegExp): Promise<void> {
  const said = () => words(editor.shadowRoot!.querySelector('header [role="status"]'));
  const matches = () => (typeof expected === 'string' ? said() === expected : expected.test(said()));
  await waitUntil(matches, `The editor did not say ${String(expected)}.`).catch(() => {
    throw new Error(`The editor said "${said()}", not ${JSON.stringify(String(expected))}.`);
  });
}
