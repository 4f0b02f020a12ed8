/**
 * Registers the editor's elements (guarded, so a second load keeps the
 * first). The editor file (dist/editor.html) loads this next to the widget's
 * own define module, whose `<medborgar-loften>` the preview shows.
 */
import {MleEditor} from './editor.js';
import {MleEmbedDialog} from './embed-dialog.js';
import {MleForm} from './form/form.js';
import {MlePreview} from './preview.js';
import {MleProblems} from './problems.js';
import {MleStart} from './start.js';

export {MleEditor, MleEmbedDialog, MleForm, MlePreview, MleProblems, MleStart};

const elements: readonly [string, CustomElementConstructor][] = [
  ['mle-form', MleForm],
  ['mle-problems', MleProblems],
  ['mle-preview', MlePreview],
  ['mle-start', MleStart],
  ['mle-embed-dialog', MleEmbedDialog],
  ['mle-editor', MleEditor],
];

for (const [name, constructor] of elements) {
  if (!customElements.get(name)) customElements.define(name, constructor);
}
