/**
 * Drops translators' notes from the one-file embed: msg(text, {desc: '…'})
 * becomes msg(text), msg(text, {id, desc}) becomes msg(text, {id}).
 * @lit/localize reads `desc` only when `lit-localize extract` writes
 * locales/*.xlf; at run time a message's id comes from its text (or `id`).
 * Lit's literal minifier (@lit-labs/rollup-plugin-minify-html-literals)
 * cannot do this, and it is worth about 1 KB brotli (docs/performance.md).
 *
 * Only the project's own modules are touched, never node_modules.
 */
import {walk} from './estree-walk.mjs';

const isDesc = (property) => property.type === 'Property' && !property.computed && (property.key.name ?? property.key.value) === 'desc';

export function stripMsgDescriptions({include = (id) => !id.includes('node_modules')} = {}) {
  return {
    name: 'strip-msg-descriptions',
    transform(code, id) {
      if (!include(id) || !/\bmsg\s*\(/.test(code)) return null;
      const edits = [];
      walk(this.parse(code), (node) => {
        if (node.type !== 'CallExpression' || node.callee.type !== 'Identifier' || node.callee.name !== 'msg') return;
        const [text, options] = node.arguments;
        if (node.arguments.length !== 2 || options.type !== 'ObjectExpression' || !options.properties.some(isDesc)) return;
        const kept = options.properties.filter((property) => !isDesc(property));
        edits.push(
          kept.length
            ? {start: options.start, end: options.end, text: `{${kept.map((p) => code.slice(p.start, p.end)).join(', ')}}`}
            : {start: text.end, end: options.end, text: ''}
        );
      });
      if (!edits.length) return null;
      // Back to front, so that earlier offsets stay right; msg() calls do not nest in options.
      let out = code;
      for (const edit of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
      return {code: out, map: null};
    },
  };
}
