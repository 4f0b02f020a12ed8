/**
 * Where on the form a path is shown: the field or the group (an item, an
 * optional object) that a problem at that path belongs to. The form puts a
 * `data-anchor` on exactly these places, so a problem always has somewhere
 * to stand, and the summary list can move focus there. (An outcome item
 * written as a rich text alone is drawn as its text field, anchored at the
 * item's own path.)
 */
import {locate} from './fields.js';
import type {Path} from './json.js';

export function anchorFor(path: Path): Path {
  const located = locate(path);
  if (located.at === 'field') {
    // Each place is a text of its own; a problem inside one stands beside it.
    const next = path[located.path.length];
    if (located.field.type.kind === 'text-list' && typeof next === 'number') return [...located.path, next];
  }
  return located.path;
}
