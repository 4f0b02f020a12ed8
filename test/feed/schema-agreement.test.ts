/**
 * One definition of the format: the JSON Schema (schema/feed-format-1.schema.json)
 * and the parser (src/feed/) agree on every kind of object, every field,
 * which fields are required, and the values of every enumeration.
 *
 * The schema is walked, not copied: its object kinds are its root (`feed`)
 * and each `$defs` entry that is an object or has an object form (`Item`),
 * named in lower case as the parser names them (`period`). Required fields
 * are checked on what the parser does: a feed with every field of every
 * kind, built from the schema, parses without a problem; taking one field
 * away makes the parser report it missing exactly when the schema requires
 * it. A field, a kind or an allowed value added to only one of the two fails
 * here.
 */
import {expect} from '@open-wc/testing';
import {FEED_ENUMS, FEED_FIELDS, formatPath, parseFeed} from '../../src/feed/index.js';
import type {PathSegment} from '../../src/feed/index.js';
import {valueAt} from './feed-helpers.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
type Schema = Record<string, any>;

/**
 * Kinds the spec has and the schema describes, which the parser does not
 * read yet (none today). A kind listed here fails the test below once the
 * parser reads it, so that the list is emptied then.
 */
const NOT_YET_READ: ReadonlyMap<string, string> = new Map();

const schema: Schema = await (await fetch('/schema/feed-format-1.schema.json')).json();
const definitions: Record<string, Schema> = schema['$defs'];

const kindOf = (definition: string) => definition[0]!.toLowerCase() + definition.slice(1);
const definitionName = (node: Schema): string | undefined =>
  typeof node['$ref'] === 'string' ? node['$ref'].replace('#/$defs/', '') : undefined;

/** A definition's object form: itself, or the object branch of its anyOf. */
function objectForm(node: Schema): Schema | undefined {
  if (node['type'] === 'object' && node['properties']) return node;
  return (node['anyOf'] as Schema[] | undefined)?.find((branch) => branch['type'] === 'object' && branch['properties']);
}

/** The schema's object kinds: their fields and required fields. */
const kinds = new Map<string, {properties: Record<string, Schema>; required: string[]}>();
kinds.set('feed', {properties: schema['properties'], required: schema['required'] ?? []});
for (const [name, node] of Object.entries(definitions)) {
  const form = objectForm(node);
  if (form) kinds.set(kindOf(name), {properties: form['properties'], required: form['required'] ?? []});
}

const resolve = (node: Schema): Schema => {
  const name = definitionName(node);
  return name ? resolve(definitions[name]!) : node;
};

/** Enumerations by `kind.field`, read from the schema (directly, or in a field's anyOf). */
const schemaEnums = new Map<string, unknown[]>();
for (const [kind, {properties}] of kinds) {
  for (const [field, node] of Object.entries(properties)) {
    const resolved = resolve(node);
    const values = resolved['enum'] ?? (resolved['anyOf'] as Schema[] | undefined)?.find((branch) => branch['enum'])?.['enum'];
    if (values) schemaEnums.set(`${kind}.${field}`, values);
  }
}

// --- a feed with every field of every kind, from the schema -------------------

interface Instance {
  readonly kind: string;
  readonly segments: readonly PathSegment[];
}

let slugs = 0;
/** Leaf values by definition; every id unique, every party reference to the party `party`. */
const LEAVES: Record<string, () => unknown> = {
  Slug: () => `id-${++slugs}`,
  Date: () => '2021',
  Url: () => 'https://example.org/',
  LanguageTag: () => 'sv',
  Text: () => 'Text',
  RichText: () => 'Text',
  PartyIds: () => ['party'],
};

function sample(node: Schema, segments: PathSegment[], instances: Instance[], kind?: string): unknown {
  const name = definitionName(node);
  if (name && LEAVES[name]) return LEAVES[name]!();
  if (name) return sample(definitions[name]!, segments, instances, kindOf(name));
  if ('const' in node) return node['const'];
  if (node['enum']) return node['enum'][0];
  if (node['anyOf']) {
    const branches = node['anyOf'] as Schema[];
    // The object form where there is one (an Item as {text, by}), unless the parser does not read it yet.
    const object = branches.find((branch) => {
      const resolved = resolve(branch);
      const branchKind = definitionName(branch) ? kindOf(definitionName(branch)!) : kind;
      return objectForm(resolved) && !NOT_YET_READ.has(branchKind!);
    });
    const chosen = object ?? branches[0]!;
    return sample(chosen, segments, instances, definitionName(chosen) ? undefined : kind);
  }
  if (node['type'] === 'object' && node['properties']) {
    instances.push({kind: kind!, segments});
    const object: Record<string, unknown> = {};
    for (const [field, child] of Object.entries(node['properties'] as Record<string, Schema>)) {
      object[field] = sample(child, [...segments, field], instances);
    }
    return object;
  }
  if (node['type'] === 'array') return [0, 1].map((index) => sample(node['items'], [...segments, index], instances));
  if (node['type'] === 'integer') return node['minimum'] ?? 1;
  if (node['type'] === 'number') return 1;
  if (node['type'] === 'boolean') return true;
  return 'x';
}

const instances: Instance[] = [];
const fullFeed = sample(schema, [], instances, 'feed') as Schema;
fullFeed['parties'][0].id = 'party';
for (const period of fullFeed['periods']) for (const signatory of period.signatories) signatory.party = 'party';

/** The first instance of each kind in the full feed. */
const firstOfKind = new Map<string, Instance>();
for (const instance of instances) if (!firstOfKind.has(instance.kind)) firstOfKind.set(instance.kind, instance);

const copy = (value: unknown): Schema => JSON.parse(JSON.stringify(value));

// --- the tests ------------------------------------------------------------------

describe('schema and parser: the same kinds of object', () => {
  it('the schema has every kind the parser reads, and no other (apart from those not read yet)', () => {
    const inSchema = [...kinds.keys()].filter((kind) => !NOT_YET_READ.has(kind)).sort();
    expect(inSchema).to.deep.equal(Object.keys(FEED_FIELDS).sort());
  });

  for (const [kind, what] of NOT_YET_READ) {
    it(`${kind} (${what}) is in the schema and not read by the parser yet: remove it from NOT_YET_READ once it is`, () => {
      expect(kinds.has(kind), `the schema has ${kind}`).to.equal(true);
      expect(FEED_FIELDS).not.to.have.property(kind);
    });
  }
});

describe('schema and parser: the same fields of each kind', () => {
  for (const [kind, fields] of Object.entries(FEED_FIELDS)) {
    it(kind, () => {
      expect(Object.keys(kinds.get(kind)?.properties ?? {}).sort(), `fields of ${kind}`).to.deep.equal([...fields].sort());
    });
  }
});

describe('schema and parser: the same required fields', () => {
  it('a feed with every field of every kind, built from the schema, has no problem at all', () => {
    const result = parseFeed(JSON.stringify(fullFeed));
    if (!result.ok) throw new Error(`fatal: ${result.error.message}`);
    expect(result.problems.map((problem) => `${problem.path}: ${problem.message}`)).to.deep.equal([]);
    expect([...firstOfKind.keys()].sort()).to.deep.equal(Object.keys(FEED_FIELDS).sort());
  });

  for (const [kind, instance] of firstOfKind) {
    const {properties, required} = kinds.get(kind)!;
    for (const field of Object.keys(properties)) {
      const isRequired = required.includes(field);
      it(`${kind}.${field} is ${isRequired ? 'required' : 'optional'} in both`, () => {
        const feed = copy(fullFeed);
        const holder = valueAt(feed, instance.segments).value as Schema;
        delete holder[field];
        const result = parseFeed(JSON.stringify(feed));
        const where = formatPath([...instance.segments, field]);
        // Missing: reported at the field (a period without `from` is kept, shown last), or fatal for the document.
        const reported = result.ok
          ? result.problems.some(
              (problem) => (problem.code === 'missing-required' || problem.code === 'period-without-from') && problem.path === where
            )
          : kind === 'feed';
        expect(reported, `the parser ${reported ? 'reports' : 'does not report'} ${where} missing`).to.equal(isRequired);
      });
    }
  }
});

describe('schema and parser: the same allowed values', () => {
  it('the same enumerations, in the same places', () => {
    const parser = Object.fromEntries(Object.entries(FEED_ENUMS).map(([where, values]) => [where, [...values]]));
    expect(Object.fromEntries(schemaEnums)).to.deep.equal(parser);
  });

  for (const [where, values] of schemaEnums) {
    const [kind, field] = where.split('.') as [string, string];
    it(`${where}: the parser keeps each allowed value and refuses another`, () => {
      const instance = firstOfKind.get(kind)!;
      const path = [...instance.segments, field];
      for (const value of values) {
        const feed = copy(fullFeed);
        (valueAt(feed, instance.segments).value as Schema)[field] = value;
        const result = parseFeed(JSON.stringify(feed));
        if (!result.ok) throw new Error(result.error.message);
        expect(result.problems, `${where} = ${JSON.stringify(value)}`).to.deep.equal([]);
        expect(valueAt(result.feed, path).value, `${where} = ${JSON.stringify(value)}`).to.equal(value);
      }
      const feed = copy(fullFeed);
      (valueAt(feed, instance.segments).value as Schema)[field] = 'not-an-allowed-value';
      const result = parseFeed(JSON.stringify(feed));
      if (!result.ok) throw new Error(result.error.message);
      // A pure enumeration refuses it; a unit may also be a text, so it is kept as one, never as a keyword.
      const refused = result.problems.some((problem) => problem.code === 'invalid-value' && problem.path === formatPath(path));
      expect(refused || valueAt(result.feed, path).value !== 'not-an-allowed-value', where).to.equal(true);
    });
  }
});
