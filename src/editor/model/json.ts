/**
 * The document as the person will save it: plain JSON, changed only by
 * copying (every change returns a new value and shares what did not change),
 * so that undo is a stack of values and a view can compare by identity.
 * Paths are the feed module's segments: keys and array indexes.
 */
import type {PathSegment} from '../../feed/index.js';

export type JsonValue = string | number | boolean | null | JsonArray | JsonObject;
export type JsonArray = readonly JsonValue[];
export interface JsonObject {
  readonly [key: string]: JsonValue;
}
export type Path = readonly PathSegment[];

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value at `path`, or undefined where the path leads nowhere. */
export function getAt(root: JsonValue | undefined, path: Path): JsonValue | undefined {
  let current: JsonValue | undefined = root;
  for (const segment of path) {
    if (typeof segment === 'number') {
      if (!Array.isArray(current)) return undefined;
      current = (current as JsonArray)[segment];
    } else {
      if (!isObject(current) || !Object.hasOwn(current, segment)) return undefined;
      current = current[segment];
    }
  }
  return current;
}

/**
 * `root` with the value at `path` replaced; `undefined` removes an object's
 * key. Missing objects on the way are created (a goal's value on a target
 * without a goal); a path through a value of another type (a string where
 * an object should be) replaces that value, since the person asked for the
 * field it leads to.
 */
export function setAt(root: JsonValue | undefined, path: Path, value: JsonValue | undefined): JsonValue {
  if (path.length === 0) throw new RangeError('A path to set must name a field or an item.');
  return setInner(root, path, value)!;
}

function setInner(root: JsonValue | undefined, path: Path, value: JsonValue | undefined): JsonValue | undefined {
  if (path.length === 0) return value;
  const [head, ...rest] = path as [PathSegment, ...PathSegment[]];
  if (typeof head === 'number') {
    const array: JsonArray = Array.isArray(root) ? root : [];
    if (head < 0 || head > array.length) throw new RangeError(`Index ${head} is outside a list of ${array.length}.`);
    const next = setInner(array[head], rest, value);
    if (next === array[head] && head < array.length) return root;
    const copy = [...array];
    if (next === undefined) copy.splice(head, 1);
    else copy[head] = next;
    return copy;
  }
  const object: JsonObject = isObject(root) ? root : {};
  const previous = Object.hasOwn(object, head) ? object[head] : undefined;
  const next = setInner(previous, rest, value);
  if (next === previous && (next !== undefined || !Object.hasOwn(object, head)) && isObject(root)) return root;
  const copy: Record<string, JsonValue> = {...object};
  if (next === undefined) delete copy[head];
  else copy[head] = next;
  return copy;
}

/** `root` with `value` inserted at `index` of the list at `path` (created when absent). */
export function insertAt(root: JsonValue, path: Path, index: number, value: JsonValue): JsonValue {
  const current = getAt(root, path);
  const list: JsonArray = Array.isArray(current) ? current : [];
  const at = Math.max(0, Math.min(index, list.length));
  return setAt(root, path, [...list.slice(0, at), value, ...list.slice(at)]);
}

/** `root` without the list item at `path` (whose last segment is its index). */
export function removeAt(root: JsonValue, path: Path): JsonValue {
  const index = path[path.length - 1];
  const listPath = path.slice(0, -1);
  const list = getAt(root, listPath);
  if (typeof index !== 'number' || !Array.isArray(list) || index < 0 || index >= list.length) {
    return typeof index === 'string' ? setAt(root, path, undefined) : root;
  }
  return setAt(root, listPath, list.filter((_, i) => i !== index));
}

/** `root` with the item at `from` of the list at `path` moved to `to`. */
export function moveItem(root: JsonValue, path: Path, from: number, to: number): JsonValue {
  const list = getAt(root, path);
  if (!Array.isArray(list)) return root;
  if (from < 0 || from >= list.length || to < 0 || to >= list.length || from === to) return root;
  const copy = [...(list as JsonArray)];
  const [item] = copy.splice(from, 1);
  copy.splice(to, 0, item!);
  return setAt(root, path, copy);
}

/** Whether `path` starts with `prefix`. */
export function startsWith(path: Path, prefix: Path): boolean {
  return prefix.length <= path.length && prefix.every((segment, i) => path[i] === segment);
}

/** One string per path, for maps, element ids and comparisons: `periods.0.promises.1.area`. */
export function pathKey(path: Path): string {
  return path.map((segment) => String(segment).replace(/[.\\]/g, (c) => `\\${c}`)).join('.');
}
