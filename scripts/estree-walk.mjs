/** Calls `visit` on every node of an ESTree AST (what rollup's `this.parse` gives), depth first. */
export function walk(node, visit) {
  if (!node || typeof node.type !== 'string') return;
  visit(node);
  for (const key of Object.keys(node)) {
    const child = node[key];
    if (Array.isArray(child)) for (const item of child) walk(item, visit);
    else if (child && typeof child.type === 'string') walk(child, visit);
  }
}
