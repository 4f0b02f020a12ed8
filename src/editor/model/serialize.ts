/**
 * The document as the file a person saves: keys in the order the feed
 * format lists them (unknown keys after them, kept as they were), optional
 * fields left empty in the forms not written at all, two-space indentation.
 */
import {FIELDS, fieldOf, type FieldType, type ObjectKind} from './fields.js';
import {isObject, type JsonObject, type JsonValue} from './json.js';

function isEmpty(value: JsonValue | undefined): boolean {
  if (value === undefined || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  return isObject(value) && Object.keys(value).length === 0;
}

function tidyValue(value: JsonValue, type: FieldType): JsonValue {
  if (type.kind === 'object' && isObject(value)) return tidyObject(value, type.of);
  if (type.kind === 'list' && Array.isArray(value)) {
    return value.map((item) => (isObject(item) ? tidyObject(item, type.of) : item));
  }
  return value;
}

function tidyObject(object: JsonObject, kind: ObjectKind): JsonObject {
  const tidy: Record<string, JsonValue> = {};
  for (const field of FIELDS[kind]) {
    if (!Object.hasOwn(object, field.key)) continue;
    const value = tidyValue(object[field.key]!, field.type);
    if (!field.required && isEmpty(value)) continue;
    tidy[field.key] = value;
  }
  for (const [key, value] of Object.entries(object)) {
    if (!fieldOf(kind, key)) tidy[key] = value;
  }
  return tidy;
}

/** The document ready to save: known keys in the format's order, empty optional fields left out. */
export function tidyDocument(doc: JsonValue): JsonValue {
  return isObject(doc) ? tidyObject(doc, 'feed') : doc;
}

/** The text of the file to save. */
export function serialize(doc: JsonValue): string {
  return `${JSON.stringify(tidyDocument(doc), null, 2)}\n`;
}
