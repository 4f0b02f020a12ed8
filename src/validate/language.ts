/**
 * The languages the validator and the command-line tool speak, and what
 * their messages need from Intl: language names, lists, numbers and plural
 * categories. The messages themselves are in messages.ts and
 * ../cli/messages.ts (the tools' lit-localize project, XLIFF in
 * locales/tools/).
 */
import {SOURCE_LANGUAGE, isUiLocale, localeFor, uiLocaleFor, type UiLocale} from '../locale.js';
import {toolTranslationLocales} from '../tools-locales.js';

/** A language of the tools' messages: a line of locales/languages.json, as for the widget. */
export type ToolLocale = UiLocale;

/** Every tool language, the source first: the widget's languages, whose tools' translations are registered. */
export const TOOL_LOCALES: readonly ToolLocale[] = [SOURCE_LANGUAGE, ...toolTranslationLocales];

export function isToolLocale(tag: string): tag is ToolLocale {
  return isUiLocale(tag);
}

/** The tool language for a language tag: its primary language where the tools speak it, else Swedish. */
export function toolLocaleFor(tag: string): ToolLocale {
  return uiLocaleFor(tag);
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
