/**
 * Every change a person can make to the document, as data, and the one
 * function that applies it. The forms only describe edits; the document
 * controller applies them, records them for undo, and saves them.
 */
import {locate, type ObjectKind} from './fields.js';
import {periodIdFrom, slugify, uniqueId} from './ids.js';
import {getAt, insertAt, isObject, moveItem, removeAt, setAt, type JsonValue, type Path} from './json.js';
import {NEW_LINE, newItem} from './skeleton.js';
import {feedLanguageOf, textIn, withTranslation} from './text.js';

export type Edit =
  /** Set the value at a path; undefined removes the field. */
  | {readonly type: 'set'; readonly path: Path; readonly value: JsonValue | undefined}
  /** Write one language of the text at a path. */
  | {readonly type: 'text'; readonly path: Path; readonly language: string; readonly text: string}
  /** Add a new item of the list at a path (at its end unless `index`). */
  | {readonly type: 'add'; readonly path: Path; readonly index?: number}
  /** Remove the list item at a path. */
  | {readonly type: 'remove'; readonly path: Path}
  /** Move an item of the list at a path. */
  | {readonly type: 'move'; readonly path: Path; readonly from: number; readonly to: number}
  /** Replace the whole document (new, opened, imported, restored). */
  | {readonly type: 'replace'; readonly doc: JsonValue; readonly generatedIds?: readonly string[]};

/** The document and the ids the editor made up (which follow the names the person types). */
export interface DocumentState {
  readonly doc: JsonValue;
  readonly generatedIds: ReadonlySet<string>;
}

function idsIn(list: JsonValue | undefined): string[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((item) => (isObject(item) && typeof item['id'] === 'string' ? [item['id']] : []));
}

/** The year new periods start in. */
function currentYear(): number {
  return new Date().getFullYear();
}

/**
 * The state after `edit`. Ids the editor made up follow what they name: a
 * promise's id its area, a party's its name, a period's its years, until the
 * person writes an id of their own (then it is theirs, and deep links to it
 * stay put). Ids of an opened feed never change by themselves.
 */
export function applyEdit(state: DocumentState, edit: Edit, year = currentYear()): DocumentState {
  switch (edit.type) {
    case 'replace':
      return {doc: edit.doc, generatedIds: new Set(edit.generatedIds ?? [])};
    case 'set': {
      const doc = setAt(state.doc, edit.path, edit.value);
      return followIds({doc, generatedIds: state.generatedIds}, state.doc, edit.path);
    }
    case 'text': {
      const feedLanguage = feedLanguageOf(state.doc);
      const value = withTranslation(getAt(state.doc, edit.path), edit.language, edit.text, feedLanguage);
      // A text that is a list entry (a place, a follow-up line) stays in its list when emptied.
      const kept = value === undefined && typeof edit.path[edit.path.length - 1] === 'number' ? '' : value;
      const doc = setAt(state.doc, edit.path, kept);
      return followIds({doc, generatedIds: state.generatedIds}, state.doc, edit.path);
    }
    case 'add': {
      const located = locate([...edit.path, 0]);
      const list = getAt(state.doc, edit.path);
      const index = edit.index ?? (Array.isArray(list) ? list.length : 0);
      if (located.at === 'object') {
        const started = newItem(located.kind, idsIn(list), year);
        const generatedIds = new Set([...state.generatedIds, ...started.generatedIds]);
        return {doc: insertAt(state.doc, edit.path, index, started.doc), generatedIds};
      }
      return {doc: insertAt(state.doc, edit.path, index, NEW_LINE), generatedIds: state.generatedIds};
    }
    case 'remove':
      return {doc: removeAt(state.doc, edit.path), generatedIds: state.generatedIds};
    case 'move':
      return {doc: moveItem(state.doc, edit.path, edit.from, edit.to), generatedIds: state.generatedIds};
  }
}

/** Which field of which kind names an object's id. */
const NAMING_FIELDS: Partial<Record<ObjectKind, readonly string[]>> = {
  promise: ['area'],
  party: ['name'],
  period: ['from', 'to'],
};

function followIds(state: DocumentState, before: JsonValue, path: Path): DocumentState {
  const ownerPath = path.slice(0, -1);
  const field = path[path.length - 1];
  if (typeof field !== 'string') return state;
  const owner = locate(ownerPath);
  if (owner.at !== 'object' || !NAMING_FIELDS[owner.kind]?.includes(field)) {
    // The person wrote an id of their own: it is no longer the editor's to change.
    if (field === 'id' && owner.at === 'object') {
      const previous = getAt(before, path);
      if (typeof previous === 'string' && state.generatedIds.has(previous)) {
        const generatedIds = new Set(state.generatedIds);
        generatedIds.delete(previous);
        return {...state, generatedIds};
      }
    }
    return state;
  }
  const item = getAt(state.doc, ownerPath);
  if (!isObject(item) || typeof item['id'] !== 'string' || !state.generatedIds.has(item['id'])) return state;

  let base: string;
  if (owner.kind === 'period') {
    base = periodIdFrom(item['from'], item['to']);
  } else {
    const language = feedLanguageOf(state.doc);
    const named = item[field];
    base = slugify(textIn(named, language, language) || textIn(named, 'en', language));
  }
  if (base === '') return state;
  const index = ownerPath[ownerPath.length - 1];
  const list = getAt(state.doc, ownerPath.slice(0, -1));
  const siblings = Array.isArray(list)
    ? list.flatMap((other, i) => (i !== index && isObject(other) && typeof other['id'] === 'string' ? [other['id']] : []))
    : [];
  const id = uniqueId(base, siblings);
  if (id === item['id']) return state;
  const generatedIds = new Set(state.generatedIds);
  generatedIds.add(id);
  return {doc: setAt(state.doc, [...ownerPath, 'id'], id), generatedIds};
}
