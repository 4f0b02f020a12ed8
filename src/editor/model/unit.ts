/**
 * A target's unit: `count`, `percent`, a unit in words (a Text), or plural
 * forms of it (an object whose keys are CLDR plural categories, `other`
 * required: "1 vandring per år", "2 vandringar per år"). The person picks
 * the kind; switching kinds keeps the words already written.
 */
import {isObject, type JsonObject, type JsonValue} from './json.js';

export type UnitKind = 'none' | 'count' | 'percent' | 'words' | 'plural';

/** Every CLDR plural category, in CLDR's order. */
export const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
export type PluralCategory = (typeof PLURAL_CATEGORIES)[number];

/** What kind of unit a value is. An object with the key `other` is plural forms (no language is spelled `other`). */
export function unitKind(value: JsonValue | undefined): UnitKind {
  if (value === undefined || value === null) return 'none';
  if (value === 'count' || value === 'percent') return value;
  if (isObject(value) && Object.hasOwn(value, 'other')) return 'plural';
  return 'words';
}

/**
 * The plural categories to offer for a unit: those that Swedish and English
 * use (`one`, `other`), those of any other language the feed is written in,
 * and any the unit already has.
 */
export function categoriesFor(value: JsonValue | undefined, languages: readonly string[]): readonly PluralCategory[] {
  const wanted = new Set<string>(['one', 'other']);
  for (const language of languages) {
    try {
      for (const category of new Intl.PluralRules(language).resolvedOptions().pluralCategories) wanted.add(category);
    } catch {
      // Not a language Intl knows: its texts still get `one` and `other`.
    }
  }
  if (isObject(value)) for (const key of Object.keys(value)) wanted.add(key);
  return PLURAL_CATEGORIES.filter((category) => wanted.has(category));
}

/**
 * The unit as another kind. Words become the `other` form of plural forms
 * (the form most numbers take), and plural forms become their `other` words.
 */
export function withUnitKind(value: JsonValue | undefined, kind: UnitKind): JsonValue | undefined {
  const current = unitKind(value);
  if (current === kind) return value;
  switch (kind) {
    case 'none':
      return undefined;
    case 'count':
    case 'percent':
      return kind;
    case 'words':
      if (current === 'plural') return (value as JsonObject)['other'] ?? {};
      return {};
    case 'plural':
      if (current === 'words') return {other: value as JsonValue};
      return {other: {}};
  }
}
