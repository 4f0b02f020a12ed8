/**
 * The JSON Schema check: the published schema (schema/feed-format-1.schema.json,
 * draft 2020-12), compiled at build time into Ajv's standalone code
 * (scripts/generate-schema-check.mjs), so it runs in Node and in a page
 * without Ajv. Its errors are boiled down to one per place and handed over
 * as `SchemaIssue`s with feed paths, to be located and said in any language.
 */
import type {PathSegment} from '../feed/index.js';
import {validate} from '../generated/feed-schema-check.js';
import type {SchemaIssue} from './messages.js';

/** The part of Ajv's error objects that is used here. */
interface SchemaError {
  readonly keyword: string;
  readonly instancePath: string;
  readonly schemaPath: string;
  readonly params: Readonly<Record<string, unknown>>;
}

/** Ajv's standalone validate function: true, or false with `errors` set. */
type StandaloneValidate = ((data: unknown) => boolean) & {errors?: SchemaError[] | null};

const validateFeedSchema = validate as StandaloneValidate;

/** Checks one parsed feed against the schema. */
export function checkSchema(value: unknown): SchemaIssue[] {
  if (validateFeedSchema(value)) return [];
  return condense(validateFeedSchema.errors ?? []).map((error) => toIssue(error, value));
}

/** "/periods/0/promises/1" → ["periods", 0, "promises", 1], numbers where the value is an array. */
function toSegments(pointer: string, root: unknown): PathSegment[] {
  if (pointer === '') return [];
  const segments: PathSegment[] = [];
  let value: unknown = root;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(value)) {
      segments.push(Number(key));
      value = value[Number(key)];
    } else {
      segments.push(key);
      value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
    }
  }
  return segments;
}

/** The innermost `$defs` entry a schema path runs through: "#/$defs/Period/properties/from" → Period. */
function definitionOf(schemaPath: string): string | undefined {
  const matches = [...schemaPath.matchAll(/\$defs\/([^/]+)/g)];
  return matches.length ? matches[matches.length - 1]![1] : undefined;
}

/**
 * One error per place. An `anyOf` fails with an error for each of its
 * branches besides its own; when some branch got further in (an error
 * deeper in the value: `title.sv` is not a string) that deeper error is the
 * useful one, else the `anyOf` itself ("must be a date: …") is.
 */
function condense(errors: readonly SchemaError[]): SchemaError[] {
  const dropped = new Set<SchemaError>();
  // Innermost anyOf first, so an outer one sees what the inner ones kept.
  const anyOfs = errors
    .filter((error) => error.keyword === 'anyOf' || error.keyword === 'oneOf')
    .sort((a, b) => b.schemaPath.length - a.schemaPath.length);
  for (const anyOf of anyOfs) {
    if (dropped.has(anyOf)) continue;
    const branchPrefix = `${anyOf.schemaPath}/`;
    const branches = errors.filter(
      (error) =>
        error !== anyOf &&
        !dropped.has(error) &&
        error.schemaPath.startsWith(branchPrefix) &&
        (error.instancePath === anyOf.instancePath || error.instancePath.startsWith(`${anyOf.instancePath}/`))
    );
    const deeper = branches.filter((error) => error.instancePath !== anyOf.instancePath);
    if (deeper.length) {
      dropped.add(anyOf);
      for (const error of branches) if (error.instancePath === anyOf.instancePath) dropped.add(error);
    } else {
      for (const error of branches) dropped.add(error);
    }
  }
  const seen = new Set<string>();
  return errors.filter((error) => {
    if (dropped.has(error)) return false;
    const key = `${error.instancePath}|${error.keyword}|${JSON.stringify(error.params)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function toIssue(error: SchemaError, root: unknown): SchemaIssue {
  const segments = toSegments(error.instancePath, root);
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(error.params)) {
    if (typeof value === 'string' || typeof value === 'number') params[name] = value;
  }
  if (error.keyword === 'required') {
    // Pointed at the missing field, as the feed module points at it.
    segments.push(String(params['missingProperty']));
  }
  if (error.keyword === 'enum') {
    params['allowed'] = ((error.params['allowedValues'] as unknown[] | undefined) ?? []).map((v) => JSON.stringify(v)).join(', ');
  }
  if (error.keyword === 'const') {
    params['allowed'] = JSON.stringify(error.params['allowedValue']);
  }
  if (error.keyword === 'type' && Array.isArray(error.params['type'])) {
    params['type'] = (error.params['type'] as string[]).join(' | ');
  }
  const definition = definitionOf(error.schemaPath);
  return {keyword: error.keyword, segments, ...(definition ? {definition} : {}), params};
}
