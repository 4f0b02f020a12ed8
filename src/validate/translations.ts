/**
 * The translators' report: every Text and RichText in a feed that has no
 * translation in a given language, by path.
 *
 * Which fields are texts is read from the published JSON Schema (a `$ref`
 * to `#/$defs/Text` or `#/$defs/RichText`), so this walk and the schema can
 * never disagree; the forms of a plural unit are texts too. A plain string
 * counts as the feed's `language`; in an object of translations, a tag
 * counts when its primary language is the one asked for ("en-GB" is
 * English), as the widget's fallback reads it.
 *
 * No DOM and no Node: the playground page and the editor use it too.
 */
import {LANGUAGE_TAG, primaryLanguage, type PathSegment} from '../feed/index.js';

type Schema = Readonly<Record<string, unknown>>;

export interface MissingTranslation {
  readonly segments: readonly PathSegment[];
  /** The languages the text has (the feed's language for a plain string). */
  readonly has: readonly string[];
}

const TEXT_DEFINITIONS = new Set(['#/$defs/Text', '#/$defs/RichText']);

function isObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Texts without `language` in `feed` (the parsed JSON), in the order they
 * stand in the feed. `schema` is feed-format-1.schema.json (its rules are
 * enough: src/generated/feed-schema.ts).
 */
export function missingTranslations(feed: unknown, schema: Schema, language: string): MissingTranslation[] {
  const definitions = (schema['$defs'] ?? {}) as Readonly<Record<string, Schema>>;
  const feedLanguage =
    isObject(feed) && typeof feed['language'] === 'string' && LANGUAGE_TAG.test(feed['language']) ? feed['language'] : 'sv';
  const wanted = primaryLanguage(language);
  const missing: MissingTranslation[] = [];

  const resolve = (node: Schema): Schema => {
    let current = node;
    // `$ref` chains (RichText → Text) end in a definition with a shape.
    for (let hops = 0; hops < 10 && typeof current['$ref'] === 'string'; hops++) {
      if (TEXT_DEFINITIONS.has(current['$ref'] as string)) return current;
      const name = (current['$ref'] as string).replace('#/$defs/', '');
      const target = definitions[name];
      if (!target) return {};
      current = target;
    }
    return current;
  };

  const checkText = (value: unknown, segments: readonly PathSegment[]) => {
    let has: string[];
    if (typeof value === 'string') {
      if (value.trim() === '') return;
      has = [feedLanguage];
    } else if (isObject(value)) {
      has = Object.keys(value).filter(
        (tag) => LANGUAGE_TAG.test(tag) && typeof value[tag] === 'string' && (value[tag] as string).trim() !== ''
      );
      // No usable translation at all is the validator's error, not a translator's task.
      if (has.length === 0) return;
    } else {
      return;
    }
    if (!has.some((tag) => primaryLanguage(tag) === wanted)) missing.push({segments: [...segments], has});
  };

  /** Which branch of an anyOf a value takes: a branch whose required fields or allowed values it has, else its type. */
  const branchFor = (branches: readonly Schema[], value: unknown): Schema | undefined => {
    const resolved = branches.map((branch) => ({branch, shape: resolve(branch)}));
    const specific = resolved.find(({shape}) => {
      if (Array.isArray(shape['enum'])) return (shape['enum'] as unknown[]).includes(value);
      if ('const' in shape) return shape['const'] === value;
      if (Array.isArray(shape['required'])) {
        return isObject(value) && (shape['required'] as string[]).every((key) => key in value);
      }
      return false;
    });
    if (specific) return specific.branch;
    return resolved.find(({branch, shape}) => {
      if (typeof branch['$ref'] === 'string' && TEXT_DEFINITIONS.has(branch['$ref'])) {
        return typeof value === 'string' || isObject(value);
      }
      const type = shape['type'];
      return (
        (type === 'object' && isObject(value)) ||
        (type === 'array' && Array.isArray(value)) ||
        (type === 'string' && typeof value === 'string')
      );
    })?.branch;
  };

  const walk = (value: unknown, node: Schema, segments: readonly PathSegment[], depth: number): void => {
    if (depth > 64) return;
    if (typeof node['$ref'] === 'string' && TEXT_DEFINITIONS.has(node['$ref'])) {
      checkText(value, segments);
      return;
    }
    const shape = resolve(node);
    if (Array.isArray(shape['anyOf'])) {
      const branch = branchFor(shape['anyOf'] as Schema[], value);
      if (branch) walk(value, branch, segments, depth + 1);
      return;
    }
    if (Array.isArray(value) && isObject(shape['items'])) {
      value.forEach((item, index) => walk(item, shape['items'] as Schema, [...segments, index], depth + 1));
      return;
    }
    if (isObject(value) && isObject(shape['properties'])) {
      const properties = shape['properties'] as Readonly<Record<string, Schema>>;
      for (const key of Object.keys(value)) {
        if (Object.prototype.hasOwnProperty.call(properties, key)) {
          walk(value[key], properties[key]!, [...segments, key], depth + 1);
        }
      }
    }
  };

  walk(feed, schema, [], 0);
  return missing;
}
