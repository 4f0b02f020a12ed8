/**
 * The languages the validator and the command-line tool speak, and what
 * their messages need from Intl: language names, lists, numbers and plural
 * categories. The messages themselves are in messages.ts and
 * ../cli/messages.ts (lit-localize project lit-localize.tools.json, XLIFF in
 * locales/tools/).
 */
import {allLocales, sourceLocale} from '../generated/tools/locale-codes.js';
import {localeFor} from '../locale.js';
import '../tools-locales.js';

/** A language of the tools' messages: Swedish (the source) or a translation in locales/tools/. */
export type ToolLocale = (typeof allLocales)[number];

/** Every tool language, the source first. */
export const TOOL_LOCALES: readonly ToolLocale[] = [sourceLocale, ...allLocales.filter((locale) => locale !== sourceLocale)];

export function isToolLocale(tag: string): tag is ToolLocale {
  return (TOOL_LOCALES as readonly string[]).includes(tag);
}

/** The tool language for a language tag: its primary language where the tools speak it, else Swedish. */
export function toolLocaleFor(tag: string): ToolLocale {
  const primary = tag.split('-')[0]!.toLowerCase();
  return isToolLocale(primary) ? primary : sourceLocale;
}

/**
 * A language's name in `locale`, from Intl.DisplayNames: "engelska",
 * "nordsamiska" for `se`; the tag itself where Intl has no name for it.
 */
export function languageName(tag: string, locale: ToolLocale): string {
  try {
    return new Intl.DisplayNames([localeFor(locale).intl], {type: 'language', fallback: 'code'}).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** "a, b och c" (conjunction) or "a, b eller c" (disjunction), as `locale` writes lists. */
export function formatList(items: readonly string[], locale: ToolLocale, type: 'conjunction' | 'disjunction'): string {
  return new Intl.ListFormat(localeFor(locale).intl, {type}).format(items);
}

/** "20 000" in Swedish, "20,000" in English. */
export function formatNumber(value: number, locale: ToolLocale): string {
  return new Intl.NumberFormat(localeFor(locale).intl).format(value);
}

/** Messages that depend on a number: the widget's own pattern (src/plural.ts). */
export {plural} from '../plural.js';
