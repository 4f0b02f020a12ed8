/**
 * Where a unit in words meets a number its language says in another form
 * ("1 vandringar per år"): the validator suggests plural forms there. Read
 * from the raw JSON, so each suggestion has its path.
 */
import {pluralCategory} from '../plural.js';
import type {PathSegment} from '../feed/index.js';

export interface PluralUnitSuggestion {
  /** Where the unit stands: `periods[0].promises[1].targets[0].unit`. */
  readonly segments: readonly PathSegment[];
  /** The unit as written, in the language that needs another form. */
  readonly unit: string;
  /** That language. */
  readonly lang: string;
  /** The number that needs another form, e.g. 1. */
  readonly value: number;
}

type Json = Readonly<Record<string, unknown>>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const list = (value: unknown): readonly unknown[] => (Array.isArray(value) ? value : []);

/** The numbers a target shows with its unit (a computed goal is shown rounded, but stays in "other" here). */
function shownValues(target: Json): number[] {
  const values: number[] = [];
  for (const key of ['baseline', 'goal', 'actual']) {
    const measure = target[key];
    if (isObject(measure) && typeof measure['value'] === 'number' && Number.isFinite(measure['value'])) values.push(measure['value']);
  }
  return values;
}

function suggestFor(target: Json, segments: readonly PathSegment[], feedLanguage: string, found: PluralUnitSuggestion[]): void {
  const unit = target['unit'];
  if (unit === 'count' || unit === 'percent' || (isObject(unit) && 'other' in unit)) return;
  const texts: [string, unknown][] = typeof unit === 'string' ? [[feedLanguage, unit]] : isObject(unit) ? Object.entries(unit) : [];
  for (const [lang, words] of texts) {
    if (typeof words !== 'string' || !words.trim()) continue;
    let category: string | undefined;
    const value = shownValues(target).find((number) => {
      try {
        category = pluralCategory(number, lang);
      } catch {
        return false; // not a language tag Intl knows: the parser reports it
      }
      return category !== 'other';
    });
    if (value !== undefined) {
      found.push({segments: [...segments, 'unit'], unit: words, lang, value});
      return;
    }
  }
}

export function pluralUnitSuggestions(feed: unknown): PluralUnitSuggestion[] {
  const found: PluralUnitSuggestion[] = [];
  if (!isObject(feed)) return found;
  const language = typeof feed['language'] === 'string' ? feed['language'] : 'sv';
  list(feed['periods']).forEach((period, p) => {
    if (!isObject(period)) return;
    list(period['promises']).forEach((promise, q) => {
      if (!isObject(promise)) return;
      const at: PathSegment[] = ['periods', p, 'promises', q];
      list(promise['targets']).forEach((target, t) => isObject(target) && suggestFor(target, [...at, 'targets', t], language, found));
      list(promise['activities']).forEach((activity, a) => {
        if (!isObject(activity)) return;
        list(activity['targets']).forEach(
          (target, t) => isObject(target) && suggestFor(target, [...at, 'activities', a, 'targets', t], language, found)
        );
      });
    });
  });
  return found;
}
