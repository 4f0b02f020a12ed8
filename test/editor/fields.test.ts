/**
 * The editor's map of the format (src/editor/model/fields.ts) against the
 * published JSON Schema: every object kind has exactly the schema's fields,
 * the same required ones, and values of the same kind. (Its kinds, fields
 * and their order come from the feed module's FEED_FIELDS: a field added
 * there and not given a kind in the editor does not compile.)
 */
import {expect} from '@open-wc/testing';
import {FIELDS, type FieldType, type ObjectKind} from '../../src/editor/model/fields.js';

type Schema = Record<string, unknown>;

const schema = (await (await fetch('/schema/feed-format-1.schema.json')).json()) as Schema;
const defs = schema['$defs'] as Record<string, Schema>;

const DEFINITION: Record<Exclude<ObjectKind, 'feed'>, string> = {
  party: 'Party',
  period: 'Period',
  promise: 'Promise',
  activity: 'Activity',
  target: 'Target',
  baseline: 'Baseline',
  goal: 'Goal',
  actual: 'Actual',
  outcome: 'Outcome',
  item: 'Item',
  contact: 'Contact',
  link: 'Link',
  signatory: 'Signatory',
};

/** The object schema of a kind (an Item is a RichText or an object: the object). */
function objectSchema(kind: ObjectKind): Schema {
  if (kind === 'feed') return schema;
  const definition = defs[DEFINITION[kind]]!;
  const anyOf = definition['anyOf'] as Schema[] | undefined;
  return anyOf ? anyOf.find((option) => option['type'] === 'object')! : definition;
}

const ref = (name: string) => `#/$defs/${name}`;

/** What the schema should say of a field of this type: a `$ref`, or a JSON type. */
function expectedShape(type: FieldType): string {
  switch (type.kind) {
    case 'format':
      return 'const';
    case 'schema':
    case 'string':
    case 'email':
    case 'phone':
      return 'string';
    case 'language':
      return ref('LanguageTag');
    case 'text':
      return ref('Text');
    case 'rich':
      return ref('RichText');
    case 'url':
      return ref('Url');
    case 'slug':
    case 'party':
      return ref('Slug');
    case 'date':
      return ref('Date');
    case 'year':
      return 'integer';
    case 'number':
      return 'number';
    case 'flag':
      return 'boolean';
    case 'choice':
      return `enum ${[...type.values].sort().join(',')}`;
    case 'parties':
      return ref('PartyIds');
    case 'unit':
      return ref('Unit');
    case 'object':
      return type.of === 'feed' ? 'object' : ref(DEFINITION[type.of]);
    case 'list':
      return `array of ${type.of === 'feed' ? 'object' : ref(DEFINITION[type.of])}`;
    case 'text-list':
      return `array of ${ref('Text')}`;
    case 'string-list':
      return 'array of string';
  }
}

/** The same description read from the schema. */
function schemaShape(property: Schema): string {
  if (property['const'] !== undefined) return 'const';
  if (typeof property['$ref'] === 'string') {
    const target = defs[(property['$ref'] as string).replace('#/$defs/', '')];
    // An enum behind a $ref (Status) is described by its values.
    if (target && Array.isArray(target['enum'])) return `enum ${[...(target['enum'] as string[])].sort().join(',')}`;
    return property['$ref'] as string;
  }
  if (Array.isArray(property['enum'])) return `enum ${[...(property['enum'] as string[])].sort().join(',')}`;
  if (property['type'] === 'array') return `array of ${schemaShape(property['items'] as Schema)}`;
  return String(property['type']);
}

describe('editor fields agree with the JSON Schema', () => {
  for (const kind of Object.keys(FIELDS) as ObjectKind[]) {
    describe(kind, () => {
      const object = objectSchema(kind);
      const properties = object['properties'] as Record<string, Schema>;

      it('has the same fields', () => {
        expect(FIELDS[kind].map((field) => field.key).sort()).to.deep.equal(Object.keys(properties).sort());
      });

      it('has the same required fields', () => {
        const required = FIELDS[kind].filter((field) => field.required).map((field) => field.key);
        expect(required.sort()).to.deep.equal([...((object['required'] as string[]) ?? [])].sort());
      });

      for (const field of FIELDS[kind]) {
        it(`${field.key} holds the same kind of value`, () => {
          const property = properties[field.key];
          expect(property, `${kind}.${field.key} is not in the schema`).to.not.equal(undefined);
          expect(schemaShape(property!)).to.equal(expectedShape(field.type));
        });
      }
    });
  }

  it('an enum behind a $ref counts as its values (Status)', () => {
    expect(schemaShape({$ref: ref('Status')})).to.equal('enum fulfilled,not-fulfilled,ongoing,partly-fulfilled');
  });
});
