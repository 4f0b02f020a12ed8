/**
 * The widget's translations as plain message tables in the one-file embed,
 * compiled at build time from what `lit-localize build` wrote (same XLIFF
 * workflow, same ids, `msg()` unchanged in src/).
 *
 * At run time @lit/localize finds a message by an id it computes from the
 * Swedish text (a 64-bit FNV-1a hash) in tables keyed by those ids. Here
 * the ids come from the XLIFF that `lit-localize extract` wrote (each
 * unit's id beside its Swedish source), so the build needs no private part
 * of @lit/localize and cannot disagree with the translators' files (the
 * completeness check holds those to the source): every `msg(text, {…})`
 * of the widget becomes `msg(text, N)`, N
 * the message's place in one list, and each language's table is an array in
 * that order whose entries are strings, or arrays of strings and value
 * indexes for messages with values. A small runtime
 * (./lean-localize-runtime.js) stands in for @lit/localize's `msg`, `str`
 * and `configureReentrantLocalization` in this bundle only; the tests of
 * src/ run @lit/localize itself, and the pages' end-to-end tests run this
 * bundle.
 *
 * Measured (brotli 11) in the commit that added it; see docs/performance.md.
 */
import {fileURLToPath, pathToFileURL} from 'node:url';
import {readFileSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {DOMParser} from '@xmldom/xmldom';
import {walk} from './estree-walk.mjs';

const RUNTIME = fileURLToPath(new URL('./lean-localize-runtime.js', import.meta.url));


/** A compiled translation: a string, or strings and the indexes of the source's values. */
function leanTemplate(template) {
  if (typeof template === 'string') return template;
  const parts = [];
  template.strings.forEach((text, index) => {
    if (text) parts.push(text);
    if (index < template.values.length) parts.push(template.values[index]);
  });
  return parts;
}

/** A message's Swedish text as its parts around the values: the key that finds its id. */
const key = (parts) => parts.join('\u001e');

/** Each message's id by its Swedish text, from an XLIFF file of lit-localize's (`<x/>` for each value). */
function idsFromXliff(path) {
  const document = new DOMParser().parseFromString(readFileSync(path, 'utf8'), 'text/xml');
  const byText = new Map();
  // xmldom's node lists are array-like, not iterable.
  const list = (nodes) => Array.prototype.slice.call(nodes);
  for (const unit of list(document.getElementsByTagName('trans-unit'))) {
    const source = unit.getElementsByTagName('source')[0];
    const parts = [''];
    for (const node of list(source.childNodes)) {
      if (node.nodeType === 1 && node.nodeName === 'x') parts.push('');
      else parts[parts.length - 1] += node.textContent;
    }
    byText.set(key(parts), unit.getAttribute('id'));
  }
  return byText;
}

/** The id @lit/localize gives `msg(first, options)`, from the call's syntax; undefined if it cannot be known here. */
function idOf(call, byText) {
  const [first, options] = call.arguments;
  const explicit = options?.type === 'ObjectExpression'
    ? options.properties.find((p) => p.type === 'Property' && (p.key.name ?? p.key.value) === 'id')
    : undefined;
  if (explicit) return explicit.value.type === 'Literal' ? String(explicit.value.value) : undefined;
  if (first.type === 'Literal' && typeof first.value === 'string') return byText.get(key([first.value]));
  if (first.type === 'TemplateLiteral' && first.expressions.length === 0) return byText.get(key([first.quasis[0].value.cooked]));
  if (first.type === 'TaggedTemplateExpression' && first.tag.type === 'Identifier' && first.tag.name === 'str') {
    return byText.get(key(first.quasi.quasis.map((quasi) => quasi.value.cooked)));
  }
  return undefined;
}

/**
 * @param {{root: string, translationsModule: string, localesDir: string, locales: string[], xliff: string}} options
 *   `translationsModule` and `localesDir` are in lib/ (tsc's output of src/generated/); every
 *   message of the widget is in each locale's module (lit-localize writes the Swedish where a
 *   translation is missing), so their ids are the list. `xliff`: one of the widget's XLIFF
 *   files, for the ids by Swedish text.
 */
export function leanMessages({root, translationsModule, localesDir, locales, xliff}) {
  const tablesModule = resolve(root, translationsModule);
  const ids = new Map();
  let byText = new Map();
  let tablesSource = '';
  return {
    name: 'lean-messages',
    async buildStart() {
      const modules = {};
      for (const locale of locales) {
        modules[locale] = (await import(pathToFileURL(join(resolve(root, localesDir), `${locale}.js`)).href)).templates;
      }
      byText = idsFromXliff(resolve(root, xliff));
      ids.clear();
      for (const templates of Object.values(modules)) for (const id of Object.keys(templates).sort()) if (!ids.has(id)) ids.set(id, ids.size);
      const tables = {};
      for (const [locale, templates] of Object.entries(modules)) {
        tables[locale] = [...ids.keys()].map((id) => (id in templates ? leanTemplate(templates[id]) : null));
      }
      tablesSource = `export const translations = ${JSON.stringify(tables)};`;
    },
    resolveId(source) {
      if (source === '@lit/localize' || source === '@lit/localize/init/reentrant.js') return RUNTIME;
      return null;
    },
    load(id) {
      return resolve(id) === tablesModule ? tablesSource : null;
    },
    transform(code, id) {
      if (id.includes('node_modules') || id === RUNTIME || !/\bmsg\s*\(/.test(code)) return null;
      const edits = [];
      walk(this.parse(code), (node) => {
        if (node.type !== 'CallExpression' || node.callee.type !== 'Identifier' || node.callee.name !== 'msg') return;
        const messageId = idOf(node, byText);
        if (!ids.has(messageId)) this.error(`${id}: a msg() at ${node.start} is in no locale module or XLIFF file: npm run localize:extract, then npm run localize:build`);
        const [first, options] = node.arguments;
        edits.push({start: first.end, end: options ? options.end : first.end, text: `, ${ids.get(messageId)}`});
      });
      edits.sort((a, b) => b.start - a.start);
      let out = code;
      for (const edit of edits) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
      return {code: out, map: null};
    },
  };
}
