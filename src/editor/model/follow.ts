/**
 * Where a path is after an edit: an item added, removed or moved in a list
 * shifts the paths into the items after it. Used to keep the importer's
 * notes beside the fields they are about while the person reorders things.
 */
import type {Edit} from './edits.js';
import {getAt, startsWith, type JsonValue, type Path} from './json.js';

/** `path` after `edit` (on the document `before`); undefined when the edit removed what it points into. */
export function followPath(path: Path, edit: Edit, before: JsonValue): Path | undefined {
  if (edit.type === 'replace') return undefined;
  if (edit.type !== 'add' && edit.type !== 'remove' && edit.type !== 'move') {
    // A value set to something else: paths inside it may no longer exist; the rest stay.
    if (edit.type === 'set' && edit.value === undefined && startsWith(path, edit.path)) return undefined;
    return path;
  }
  const listPath = edit.type === 'remove' ? edit.path.slice(0, -1) : edit.path;
  if (!startsWith(path, listPath) || path.length === listPath.length) return path;
  const index = path[listPath.length];
  if (typeof index !== 'number') return path;
  const at = (n: number) => [...listPath, n, ...path.slice(listPath.length + 1)];
  switch (edit.type) {
    case 'add': {
      const list = getAt(before, listPath);
      const inserted = edit.index ?? (Array.isArray(list) ? list.length : 0);
      return index >= inserted ? at(index + 1) : path;
    }
    case 'remove': {
      const removed = edit.path[edit.path.length - 1] as number;
      if (index === removed) return undefined;
      return index > removed ? at(index - 1) : path;
    }
    case 'move': {
      if (index === edit.from) return at(edit.to);
      if (edit.from < edit.to && index > edit.from && index <= edit.to) return at(index - 1);
      if (edit.from > edit.to && index >= edit.to && index < edit.from) return at(index + 1);
      return path;
    }
  }
}
