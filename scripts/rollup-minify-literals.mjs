/**
 * Build-time size reductions for the one-file embed that need no change to
 * src/: a rollup plugin that works on tsc's output (lib/) before terser.
 *
 * - css`…` literals, and untagged template literals marked with a
 *   `/* css *\/` comment just before them, are minified: comments dropped,
 *   whitespace collapsed and removed where CSS never needs it (around
 *   `{ } ; ,` and `>`, after a declaration's `:`), the last `;` of a block
 *   dropped.
 * - html`…` literals (and the static-html tag, imported as `staticHtml`)
 *   have every run of whitespace that holds a line break collapsed to one
 *   space. In normal white-space handling (the widget uses no `pre`) a run
 *   of whitespace renders exactly as one space, so the page looks the same;
 *   whitespace is never removed, only shortened.
 * - msg(…, {desc: '…'}): the description is for translators (it is in
 *   locales/*.xlf) and @lit/localize ignores it at run time (message ids
 *   come from the text alone), so it does not ship.
 *
 * Only the project's own modules are touched, never node_modules.
 */

const CSS_TAGS = new Set(['css']);
const HTML_TAGS = new Set(['html', 'staticHtml', 'svg']);

/** Minifies the static text of one css`` quasi; a space next to a `${}` (not at the start/end) is kept. */
export function minifyCss(raw, {atStart = true, atEnd = true} = {}) {
  // Comments go first, in one pass with the strings, so that a quote inside a
  // comment ("a host's line-height") is not read as the start of a string.
  raw = raw.replace(/("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')|\/\*[\s\S]*?\*\//g, (match, string) => string ?? '');
  // Quoted strings (`content: ', '`) are kept as they are; only the CSS around them changes.
  const parts = raw.split(/("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')/);
  let out = parts.map((part, index) => (index % 2 ? part : minifyCssCode(part))).join('');
  if (atStart) out = out.replace(/^ /, '');
  if (atEnd) out = out.replace(/ $/, '');
  return out;
}

function minifyCssCode(raw) {
  let out = raw.replace(/\/\*[\s\S]*?\*\//g, '');
  out = out.replace(/\s+/g, ' ');
  // No whitespace is needed around these.
  out = out.replace(/ ?([{};,>]) ?/g, '$1');
  // `prop: value` inside a block: the space after the colon is never needed.
  // (The space before a colon is kept: `.a :hover` differs from `.a:hover`.)
  out = out.replace(/:\s+/g, ':');
  out = out.replace(/;}/g, '}');
  return out;
}

/** Collapses every run of whitespace holding a line break to one space. */
export function collapseHtml(raw) {
  return raw.replace(/[ \t]*(?:\r?\n[ \t]*)+/g, ' ');
}

function walk(node, visit) {
  if (!node || typeof node.type !== 'string') return;
  visit(node);
  for (const key of Object.keys(node)) {
    const child = node[key];
    if (Array.isArray(child)) for (const item of child) walk(item, visit);
    else if (child && typeof child.type === 'string') walk(child, visit);
  }
}

export function minifyLiterals({include = (id) => !id.includes('node_modules')} = {}) {
  return {
    name: 'minify-literals',
    transform(code, id) {
      if (!include(id) || !/\b(?:css|html|staticHtml|svg)\s*`|\/\*\s*css\s*\*\/|\bmsg\s*\(/.test(code)) return null;
      const ast = this.parse(code);
      const edits = [];
      walk(ast, (node) => {
        // An untagged literal marked /* css */ (CSS kept as a string, e.g. for light DOM) is CSS too.
        if (node.type === 'TemplateLiteral' && /\/\*\s*css\s*\*\/\s*$/.test(code.slice(Math.max(0, node.start - 20), node.start))) {
          node.quasis.forEach((quasi, index) => {
            const raw = code.slice(quasi.start, quasi.end);
            if (/\\\r?\n/.test(raw)) return;
            const next = minifyCss(raw, {atStart: index === 0, atEnd: index === node.quasis.length - 1});
            if (next !== raw) edits.push({start: quasi.start, end: quasi.end, text: next});
          });
        }
        if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier') {
          const isCss = CSS_TAGS.has(node.tag.name);
          const isHtml = HTML_TAGS.has(node.tag.name);
          if (!isCss && !isHtml) return;
          const quasis = node.quasi.quasis;
          quasis.forEach((quasi, index) => {
            const raw = code.slice(quasi.start, quasi.end);
            // A backslash before a line break is a continuation: leave such text alone.
            if (/\\\r?\n/.test(raw)) return;
            const next = isCss
              ? minifyCss(raw, {atStart: index === 0, atEnd: index === quasis.length - 1})
              : collapseHtml(raw);
            if (next !== raw) edits.push({start: quasi.start, end: quasi.end, text: next});
          });
        }
        // msg(text, {desc: '…'}) → msg(text); msg(text, {id, desc}) → msg(text, {id}).
        if (
          node.type === 'CallExpression' &&
          node.callee.type === 'Identifier' &&
          node.callee.name === 'msg' &&
          node.arguments.length === 2 &&
          node.arguments[1].type === 'ObjectExpression'
        ) {
          const [first, options] = node.arguments;
          const properties = options.properties;
          const isDesc = (p) => p.type === 'Property' && !p.computed && (p.key.name ?? p.key.value) === 'desc';
          if (!properties.some(isDesc)) return;
          if (properties.every(isDesc)) {
            edits.push({start: first.end, end: options.end, text: ''});
          } else {
            const kept = properties.filter((p) => !isDesc(p)).map((p) => code.slice(p.start, p.end));
            edits.push({start: options.start, end: options.end, text: `{${kept.join(', ')}}`});
          }
        }
      });
      if (!edits.length) return null;
      edits.sort((a, b) => b.start - a.start);
      let out = code;
      let lastStart = Infinity;
      for (const edit of edits) {
        if (edit.end > lastStart) continue; // nested in an edit already made (never expected)
        out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
        lastStart = edit.start;
      }
      // Mappings within the module shift a little; every byte still maps to this module.
      return {code: out, map: null};
    },
  };
}
