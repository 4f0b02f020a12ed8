/**
 * Language resolution with per-field fallback: the requested language, then
 * the feed's `language`, then the first translation present. The caller gets
 * the language it actually got, so that text in another language than the
 * widget's can carry its own `lang` (WCAG 3.1.2).
 */

export interface Resolved<T> {
  readonly value: T;
  /** The language tag of `value`, as the feed gave it. */
  readonly lang: string;
}

/** The primary subtag of a language tag, lower case ("en" for "en-GB"). */
export function primaryLanguage(tag: string): string {
  return tag.split('-')[0]!.toLowerCase();
}

/**
 * Picks the best translation: an exact tag match (case-insensitive), then the
 * bare primary language ("en" for "en-GB"), then any tag of that language
 * ("en-GB" for "en"), then the feed's language the same way, then the first
 * one present.
 */
export function resolveLanguage<T>(
  translations: Readonly<Record<string, T>> | undefined,
  requested: string,
  feedLanguage: string
): Resolved<T> | undefined {
  if (!translations) return undefined;
  const tags = Object.keys(translations);
  if (tags.length === 0) return undefined;
  const pick = (wanted: string): string | undefined => {
    const lower = wanted.toLowerCase();
    const primary = primaryLanguage(wanted);
    // The bare language before another region (BCP 47 lookup: "en-GB" falls
    // back to "en"), so with `{"en-US", "en"}` a reader asking for en-GB gets
    // "en", not the US text that happens to come first.
    return (
      tags.find((tag) => tag.toLowerCase() === lower) ??
      tags.find((tag) => tag.toLowerCase() === primary) ??
      tags.find((tag) => primaryLanguage(tag) === primary)
    );
  };
  const tag = pick(requested) ?? pick(feedLanguage) ?? tags[0]!;
  return {value: translations[tag]!, lang: tag};
}

/** Whether two tags name the same language for the `lang` attribute's purpose. */
export function sameLanguage(a: string, b: string): boolean {
  return primaryLanguage(a) === primaryLanguage(b);
}

/** Tags of the form `sv`, `en`, `en-GB`, `se-Latn-NO`: enough of BCP 47 to tell a tag from a typo. */
export const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i;
