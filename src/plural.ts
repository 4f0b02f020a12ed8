/**
 * Plural forms, chosen the way the language chooses them (CLDR rules through
 * `Intl.PluralRules`), never by comparing with 1: Northern Sami has a dual,
 * Finnish and Swedish do not, and a number shown as "1,5" is not singular.
 *
 * The pattern for a message that depends on a number (docs: locales/README.md):
 * one `msg()` per CLDR category, each with its own id ("….one", "….other")
 * and a `desc` naming the category, passed to `plural()` as functions so
 * that only the chosen one is looked up.
 */
import type {PluralCategory} from './feed/index.js';

/** Numbers are shown with at most two decimals; the rules see the same number. */
const rules = new Map<string, Intl.PluralRules>();

export function pluralCategory(count: number, lang: string): PluralCategory {
  let rule = rules.get(lang);
  if (!rule) {
    rule = new Intl.PluralRules(lang, {maximumFractionDigits: 2});
    rules.set(lang, rule);
  }
  return rule.select(count);
}

export type PluralMessages<T> = Partial<Record<PluralCategory, () => T>> & {readonly other: () => T};

/** The message of `count`'s category in `lang`, or its `other` form. */
export function plural<T>(count: number, lang: string, messages: PluralMessages<T>): T {
  return (messages[pluralCategory(count, lang)] ?? messages.other)();
}
