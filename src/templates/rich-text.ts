/**
 * Rich text from the feed's small tree. Every node becomes a template of our
 * own; text goes in as text, so feed content can never become markup.
 */
import {html, nothing} from 'lit';
import type {Block, Inline} from '../feed/index.js';

/**
 * Text with a line-break opportunity after each slash: browsers do not
 * break "serviceförvaltningen/säkerhetsskyddschef" there, and at 320 px
 * would break it mid-word instead.
 */
export function breakable(value: string): unknown {
  if (!value.includes('/')) return value;
  const parts = value.split('/');
  return parts.map((part, index) => (index < parts.length - 1 ? html`${part}/<wbr />` : part));
}

function renderInline(nodes: readonly Inline[]): unknown[] {
  return nodes.map((node) => {
    switch (node.type) {
      case 'text':
        return breakable(node.text);
      case 'break':
        return html`<br />`;
      case 'em':
        return html`<em>${renderInline(node.children)}</em>`;
      case 'strong':
        return html`<strong>${renderInline(node.children)}</strong>`;
      case 'link':
        // A refused URL keeps its words and loses the link.
        return node.href === null
          ? renderInline(node.children)
          : html`<a href=${node.href} part="link">${renderInline(node.children)}</a>`;
    }
  });
}

/** Blocks as paragraphs and lists; a lone paragraph `inline` has no `<p>`. */
export function renderBlocks(blocks: readonly Block[], inline = false): unknown {
  if (inline && blocks.length === 1 && blocks[0]!.type === 'paragraph') {
    return renderInline(blocks[0]!.children);
  }
  if (blocks.length === 0) return nothing;
  return blocks.map((block) =>
    block.type === 'paragraph'
      ? html`<p>${renderInline(block.children)}</p>`
      : html`<ul>
          ${block.items.map((item) => html`<li>${renderInline(item)}</li>`)}
        </ul>`
  );
}
