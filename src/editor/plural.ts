/**
 * Messages that depend on a number have one message per CLDR plural
 * category, each with the number as a placeholder ("1 text", "2 texter"),
 * and `Intl.PluralRules` picks which: never `=== 1`, which no language with
 * more forms than two could be translated into.
 */
export function pluralOf(locale: string, count: number): Intl.LDMLPluralRule {
  return new Intl.PluralRules(locale).select(count);
}
