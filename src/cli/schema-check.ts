/**
 * The JSON Schema check of `validate`: the published schema
 * (schema/feed-format-1.schema.json, draft 2020-12) through Ajv, its errors
 * boiled down to one per place and handed over as `SchemaIssue`s with feed
 * paths, so they can be located and said in Swedish or English.
 */
import {Ajv2020} from 'ajv/dist/2020.js';
import type {ErrorObject, ValidateFunction} from 'ajv';
import type {PathSegment} from '../feed/index.js';
import type {SchemaIssue} from './messages.js';

export type SchemaCheck = (value: unknown) => SchemaIssue[];

/** Compiles the schema once; the returned function checks one parsed feed. */
export function makeSchemaCheck(schema: object): SchemaCheck {
  const ajv = new Ajv2020({allErrors: true, strict: false, verbose: false});
  const validate: ValidateFunction = ajv.compile(schema);
  return (value) => {
    if (validate(value)) return [];
    return condense(validate.errors ?? []).map((error) => toIssue(error, value));
  };
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
function condense(errors: readonly ErrorObject[]): ErrorObject[] {
  const dropped = new Set<ErrorObject>();
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

function toIssue(error: ErrorObject, root: unknown): SchemaIssue {
  const segments = toSegments(error.instancePath, root);
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(error.params as Record<string, unknown>)) {
    if (typeof value === 'string' || typeof value === 'number') params[name] = value;
  }
  if (error.keyword === 'required') {
    // Pointed at the missing field, as the feed module points at it.
    segments.push(String(params['missingProperty']));
  }
  if (error.keyword === 'enum') {
    params['allowed'] = ((error.params as {allowedValues?: unknown[]}).allowedValues ?? []).map((v) => JSON.stringify(v)).join(', ');
  }
  if (error.keyword === 'const') {
    params['allowed'] = JSON.stringify((error.params as {allowedValue?: unknown}).allowedValue);
  }
  if (error.keyword === 'type' && Array.isArray((error.params as {type?: unknown}).type)) {
    params['type'] = ((error.params as {type: string[]}).type).join(' | ');
  }
  const definition = definitionOf(error.schemaPath);
  return {
    keyword: error.keyword,
    segments,
    ...(definition ? {definition} : {}),
    params,
    fallback: error.message ?? error.keyword,
  };
}
