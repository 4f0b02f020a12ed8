/**
 * Texts as the format allows them (a plain string in the feed's language, or
 * an object of translations), edited one language at a time without losing
 * the others.
 */
import {LANGUAGE_TAG, primaryLanguage} from '../../feed/index.js';
import {isObject, type JsonObject, type JsonValue} from './json.js';

/** The languages a person writes side by side; more come after them when a text has them. */
export const EDITED_LANGUAGES = ['sv', 'en'] as const;

/** The feed's `language`, as the element reads it: `sv` unless a language tag is given. */
export function feedLanguageOf(document: JsonValue | undefined): string {
  const language = isObject(document) ? document['language'] : undefined;
  return typeof language === 'string' && LANGUAGE_TAG.test(language) ? language : 'sv';
}

/** A text's translations as strings by tag (a plain string counts as the feed's language). */
export function translationsOf(value: JsonValue | undefined, feedLanguage: string): Readonly<Record<string, string>> {
  if (typeof value === 'string') return {[feedLanguage]: value};
  if (!isObject(value)) return {};
  const translations: Record<string, string> = {};
  for (const [tag, translation] of Object.entries(value)) {
    if (typeof translation === 'string') translations[tag] = translation;
  }
  return translations;
}

/** The key under which a text holds `language` (`en-GB` for `en`), or `language` itself. */
export function keyFor(value: JsonValue | undefined, language: string, feedLanguage: string): string {
  const keys = Object.keys(translationsOf(value, feedLanguage));
  return (
    keys.find((key) => key.toLowerCase() === language.toLowerCase()) ??
    keys.find((key) => primaryLanguage(key) === primaryLanguage(language)) ??
    language
  );
}

/** A text's string in `language` ('' when it has none). */
export function textIn(value: JsonValue | undefined, language: string, feedLanguage: string): string {
  return translationsOf(value, feedLanguage)[keyFor(value, language, feedLanguage)] ?? '';
}

/** Whether a text has something written in `language` (an `en-GB` key counts as English). */
export function hasLanguage(value: JsonValue | undefined, language: string, feedLanguage: string): boolean {
  return textIn(value, language, feedLanguage).trim() !== '';
}

/** Whether a text has anything written at all, in any language. */
export function hasAnyText(value: JsonValue | undefined, feedLanguage: string): boolean {
  return Object.values(translationsOf(value, feedLanguage)).some((translation) => translation.trim() !== '');
}

/**
 * The languages to show for a text: the edited ones, then any other the
 * text already has (a feed with Finnish keeps showing and keeping it).
 */
export function languagesToShow(value: JsonValue | undefined, feedLanguage: string): readonly string[] {
  const shown: string[] = [...EDITED_LANGUAGES];
  for (const tag of Object.keys(translationsOf(value, feedLanguage))) {
    // A key that is no language tag is kept in the file and reported by the validator, not edited.
    if (!LANGUAGE_TAG.test(tag)) continue;
    if (!shown.some((language) => primaryLanguage(language) === primaryLanguage(tag))) shown.push(tag);
  }
  return shown;
}

/**
 * The text with `language` set to `written`: other translations and keys
 * are kept; an empty string removes that language; a text left with nothing
 * is removed (undefined). A plain string stays a plain string while only
 * the feed's language is written, so a hand-written feed changes no more
 * than the person changed.
 */
export function withTranslation(
  value: JsonValue | undefined,
  language: string,
  written: string,
  feedLanguage: string
): JsonValue | undefined {
  // An empty plain string (a new place, a new follow-up line) holds no language yet.
  const wasPlain = typeof value === 'string' && value !== '';
  const key = keyFor(value, language, feedLanguage);
  const next: Record<string, JsonValue> = wasPlain
    ? {[feedLanguage]: value as string}
    : isObject(value)
      ? {...(value as JsonObject)}
      : {};
  if (written === '') delete next[key];
  else next[key] = written;
  const keys = Object.keys(next);
  if (keys.length === 0) return undefined;
  if (wasPlain && keys.length === 1 && keys[0] === feedLanguage && typeof next[feedLanguage] === 'string') {
    return next[feedLanguage]!;
  }
  return next;
}
