/**
 * The editor file's page (dist/editor.html): registers the editor's
 * elements, and keeps the page's own language and title in the editor's
 * language, so that the browser, screen readers and the tab say the same.
 */
import './define.js';
import type {MleEditor} from './editor.js';

const editor = document.querySelector<MleEditor>('mle-editor') ?? document.body.appendChild(document.createElement('mle-editor'));

function followLanguage(): void {
  document.documentElement.lang = editor.locale;
  document.title = editor.pageTitle;
}

editor.addEventListener('mle-locale', followLanguage);
void editor.updateComplete.then(followLanguage);
