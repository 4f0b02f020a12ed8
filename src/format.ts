/**
 * Numbers and dates in the widget's language, through `Intl`. Formatters are
 * cached per locale: creating one is far slower than using it.
 */
import type {FeedDate} from './feed/index.js';

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat>(key: string, make: () => T): T {
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) {
    formatter = make();
    cache.set(key, formatter);
  }
  return formatter;
}

/** "1 234,5" in Swedish, "1,234.5" in English. */
export function formatNumber(value: number, locale: string): string {
  return cached(`n:${locale}`, () => new Intl.NumberFormat(locale, {maximumFractionDigits: 2})).format(value);
}

/** "12,5 %" in Swedish, "12.5%" in English, for a value given in percent. */
export function formatPercent(value: number, locale: string): string {
  return cached(
    `p:${locale}`,
    () => new Intl.NumberFormat(locale, {style: 'percent', maximumFractionDigits: 2})
  ).format(value / 100);
}

/** A feed date at its own precision: "2021", "maj 2021", "12 maj 2021". */
export function formatDate(date: FeedDate, locale: string): string {
  if (date.month === undefined) return String(date.year);
  const options: Intl.DateTimeFormatOptions =
    date.day === undefined
      ? {year: 'numeric', month: 'long', timeZone: 'UTC'}
      : {year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC'};
  return cached(`d:${locale}:${date.day === undefined ? 'm' : 'd'}`, () => new Intl.DateTimeFormat(locale, options)).format(
    new Date(Date.UTC(date.year, date.month - 1, date.day ?? 1))
  );
}

/** "2021–2022", "2020" (one year), "1 juli 2018 – 30 juni 2020". */
export function formatDateRange(from: FeedDate, to: FeedDate | undefined, locale: string): string {
  if (!to) return formatDate(from, locale);
  const start = formatDate(from, locale);
  const end = formatDate(to, locale);
  if (start === end) return start;
  // An en dash, closed up between plain years, spaced between dates with words.
  const spaced = from.month !== undefined || to.month !== undefined;
  return spaced ? `${start} – ${end}` : `${start}–${end}`;
}

/** "Polisen, kommunen och skolan": names joined as the language joins them, as parts. */
export function formatListParts(
  items: readonly string[],
  locale: string
): {type: 'element' | 'literal'; value: string}[] {
  return cached(`l:${locale}`, () => new Intl.ListFormat(locale, {style: 'long', type: 'conjunction'})).formatToParts(
    items
  );
}

/** The same list as one string, for places without markup (the command-line tool). */
export function formatList(items: readonly string[], locale: string): string {
  return formatListParts(items, locale)
    .map((part) => part.value)
    .join('');
}
