/**
 * Which languages the widget speaks, and what one `lang` means for a
 * render: the language of its interface words, the locale its numbers,
 * dates and lists are formatted in, and the `lang` of its wrapper. The
 * element and the command-line tool's static render both ask `localeFor`,
 * so they never disagree.
 *
 * No DOM and no @lit/localize: Node uses this module too.
 */
import {sourceLocale, targetLocales} from './generated/locale-codes.js';

/** A language the widget has interface words for (an XLIFF file in locales/, or the source). */
export type UiLocale = typeof sourceLocale | (typeof targetLocales)[number];

/**
 * One line per interface language. `intl` is the locale for numbers, dates
 * and lists when the page asks for the bare language: the conventions of the
 * Swedish public sector's readers (British English, 12 October 2026).
 */
export const UI_LANGUAGES: Readonly<Record<UiLocale, {readonly intl: string}>> = {
  sv: {intl: 'sv-SE'},
  en: {intl: 'en-GB'},
};

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

function isUiLocale(tag: string): tag is UiLocale {
  return Object.prototype.hasOwnProperty.call(UI_LANGUAGES, tag);
}

export function localeFor(lang: string): Locale {
  const primary = primaryOf(lang);
  const speaks = isUiLocale(primary);
  const ui: UiLocale = speaks ? primary : sourceLocale;
  // A region of a language the widget speaks ("en-US") keeps that region's formats.
  const intl = speaks && lang.includes('-') ? lang : UI_LANGUAGES[ui].intl;
  return {lang, ui, intl, base: speaks ? lang : ui};
}
