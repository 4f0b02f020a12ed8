/**
 * Which languages the widget speaks, and what one `lang` means for a
 * render: the language of its interface words, the locale its numbers,
 * dates and lists are formatted in, and the `lang` of its wrapper. The
 * element, the command-line tool and the validator all ask `localeFor`, so
 * they never disagree.
 *
 * The languages are one table, locales/languages.json (one line each: the
 * language and its Intl locale), generated into ./generated/languages.ts.
 *
 * No DOM and no @lit/localize: Node uses this module too.
 */
import {languageTable, sourceLanguage} from './generated/languages.js';

/** A language the widget has interface words for: a line of locales/languages.json. */
export type UiLocale = string;

/** The source language of every message (Swedish): what the code is written in. */
export const SOURCE_LANGUAGE: UiLocale = sourceLanguage;

/**
 * Each interface language and the locale of its numbers, dates and lists
 * when the page asks for the bare language: the conventions of the Swedish
 * public sector's readers (British English, 12 October 2026; fi-FI).
 */
const uiLanguages = new Map<UiLocale, {readonly intl: string}>(Object.entries(languageTable));

/**
 * Adds an interface language, as a line of the table does. Must run before
 * ./localization.ts configures @lit/localize (which reads the list once):
 * for a test that proves a new language needs nothing but its line and its
 * translations.
 */
export function addUiLanguage(tag: UiLocale, intl: string): void {
  uiLanguages.set(tag, {intl});
}

/** Every interface language, the source first. */
export function uiLocales(): UiLocale[] {
  return [SOURCE_LANGUAGE, ...[...uiLanguages.keys()].filter((tag) => tag !== SOURCE_LANGUAGE)];
}

export interface Locale {
  /** The content language asked for (a BCP 47 tag, as given). */
  readonly lang: string;
  /** The language of the interface words; Swedish when the widget does not speak `lang`. */
  readonly ui: UiLocale;
  /** The locale for numbers, dates and lists. */
  readonly intl: string;
  /**
   * The `lang` of the widget's wrapper: the content language when the
   * interface speaks it, else the interface language. Any text in another
   * language carries its own `lang`.
   */
  readonly base: string;
}

const primaryOf = (tag: string) => tag.split('-')[0]!.toLowerCase();

export function isUiLocale(tag: string): boolean {
  return uiLanguages.has(tag);
}

/** The interface language for a language tag: its primary language where the widget speaks it, else Swedish. */
export function uiLocaleFor(tag: string): UiLocale {
  const primary = primaryOf(tag);
  return isUiLocale(primary) ? primary : SOURCE_LANGUAGE;
}

export function localeFor(lang: string): Locale {
  const ui = uiLocaleFor(lang);
  const speaks = ui === primaryOf(lang);
  // A region of a language the widget speaks ("en-US") keeps that region's formats.
  const intl = speaks && lang.includes('-') ? lang : uiLanguages.get(ui)!.intl;
  return {lang, ui, intl, base: speaks ? lang : ui};
}
