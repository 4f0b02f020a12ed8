/**
 * The import graph of the compiled modules (lib/, tsc's output of src/):
 * no cycles anywhere, and the feed module (lib/feed/) stands alone — it
 * imports nothing outside itself, neither Lit nor the DOM — so Node tools,
 * the validator and the editor can use it without a browser.
 *
 *   npx tsc -p tsconfig.build.json && node --test test/build/import-graph.test.mjs
 */
import assert from 'node:assert/strict';
import {existsSync, readFileSync, readdirSync, statSync} from 'node:fs';
import {dirname, join, relative, resolve} from 'node:path';
import {describe, it} from 'node:test';
import {fileURLToPath} from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const LIB = join(ROOT, 'lib');

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.js') ? [path] : [];
  });
}

/** Every static `import … from`, `export … from` and `import '…'` statement of a module, and its dynamic `import('…')`. */
function specifiers(code) {
  const statements = [...code.matchAll(/(?:^|[;\n])\s*(?:import|export)\b[^;\n]*?\bfrom\s*['"]([^'"]+)['"]|(?:^|[;\n])\s*import\s*['"]([^'"]+)['"]/g)];
  const dynamic = [...code.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)];
  return [...statements.map((match) => match[1] ?? match[2]), ...dynamic.map((match) => match[1])];
}

const modules = existsSync(LIB) ? files(LIB) : [];
const graph = new Map(
  modules.map((file) => {
    const code = readFileSync(file, 'utf8');
    const edges = specifiers(code).map((spec) => (spec.startsWith('.') ? resolve(dirname(file), spec) : spec));
    return [file, {code, edges}];
  })
);
const name = (file) => relative(LIB, file);

describe('the import graph of lib/', () => {
  it('is built (run `npx tsc -p tsconfig.build.json` first)', () => {
    assert.ok(modules.length > 20, `${modules.length} modules in lib/`);
  });

  it('has no cycle', () => {
    // Tarjan's strongly connected components over the project's own modules.
    let index = 0;
    const stack = [];
    const state = new Map();
    const cycles = [];
    const visit = (file) => {
      const node = {index, low: index, onStack: true};
      index++;
      state.set(file, node);
      stack.push(file);
      for (const next of graph.get(file).edges.filter((edge) => graph.has(edge))) {
        if (!state.has(next)) {
          visit(next);
          node.low = Math.min(node.low, state.get(next).low);
        } else if (state.get(next).onStack) {
          node.low = Math.min(node.low, state.get(next).index);
        }
      }
      if (node.low === node.index) {
        const component = [];
        let member;
        do {
          member = stack.pop();
          state.get(member).onStack = false;
          component.push(name(member));
        } while (member !== file);
        if (component.length > 1 || graph.get(file).edges.includes(file)) cycles.push(component.sort().join(' → '));
      }
    };
    for (const file of graph.keys()) if (!state.has(file)) visit(file);
    assert.deepEqual(cycles, []);
  });

  it('keeps the feed module to itself: no Lit, no DOM, nothing outside lib/feed/', () => {
    const feed = join(LIB, 'feed');
    const outside = [];
    for (const [file, {code, edges}] of graph) {
      if (!file.startsWith(feed + '/')) continue;
      for (const edge of edges) if (!edge.startsWith(feed + '/')) outside.push(`${name(file)} imports ${edge.startsWith('/') ? name(edge) : edge}`);
      for (const global of code.match(/\b(?:document|window|customElements|HTMLElement|navigator|localStorage|sessionStorage)\b/g) ?? []) {
        outside.push(`${name(file)} uses ${global}`);
      }
    }
    assert.deepEqual(outside, []);
  });
});
