/**
 * Numbers, dates and lists in the widget's language.
 *
 * Not simply `Intl`, because the first `Intl` formatter a page creates loads the
 * locale's data, 15–30 ms on a 2-core machine (measured in Chromium 156),
 * which would be a third of the widget's whole first render (for fi-FI as for
 * sv-SE: 22 ms median in Chromium 156). The locales of the widget's own
 * languages, Swedish (sv-SE), British English (en-GB) and Finnish (fi-FI),
 * are therefore formatted here from a small table that reproduces Intl's
 * output exactly (test/format/format.test.ts compares the two over thousands
 * of values). Any other locale (a region such as en-US, a language added to
 * locales/languages.json) and numbers too large for exact cents go to
 * `Intl`, cached per locale.
 *
 * No DOM and no @lit/localize: the command-line tool uses this module too.
 */
import type {FeedDate} from './feed/index.js';

interface LocaleData {
  readonly decimal: string;
  readonly group: string;
  readonly minus: string;
  /** Between the number and "%": a no-break space in Swedish, nothing in English. */
  readonly percentGap: string;
  readonly months: readonly string[];
  /** After the day of a date: "12. toukokuuta" in Finnish, nothing in Swedish and English. */
  readonly dayMark: string;
  /** After a month's name when a day precedes it: Finnish puts it in the partitive ("toukokuuta"). */
  readonly monthAfterDay: string;
  /** The word before a list's last item: "och", "and". */
  readonly and: string;
}

const LOCALES: Readonly<Record<string, LocaleData>> = {
  'sv-SE': {
    decimal: ',',
    group: '\u00a0',
    minus: '\u2212',
    percentGap: '\u00a0',
    months: 'januari februari mars april maj juni juli augusti september oktober november december'.split(' '),
    dayMark: '',
    monthAfterDay: '',
    and: 'och',
  },
  'en-GB': {
    decimal: '.',
    group: ',',
    minus: '-',
    percentGap: '',
    months: 'January February March April May June July August September October November December'.split(' '),
    dayMark: '',
    monthAfterDay: '',
    and: 'and',
  },
  'fi-FI': {
    decimal: ',',
    group: '\u00a0',
    minus: '\u2212',
    percentGap: '\u00a0',
    months: 'tammi helmi maalis huhti touko kesä heinä elo syys loka marras joulu'.split(' ').map((stem) => `${stem}kuu`),
    dayMark: '.',
    monthAfterDay: 'ta',
    and: 'ja',
  },
};

/** From here on, cents pass 2^53 and are no longer exact: `Intl` formats the number. */
const LARGEST_EXACT = 1e13;

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat>(key: string, make: () => T): T {
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) {
    formatter = make();
    cache.set(key, formatter);
  }
  return formatter;
}

/**
 * At most two decimals, rounded half away from zero on the number's shortest
 * decimal form ("1.005" → 1,01), with thousands grouped: what Intl does.
 * `shift` is where the point moves: 2 for a number, 4 for a fraction shown
 * in percent (Intl rounds the fraction, 0.01005, not 1.005).
 */
function formatDecimal(value: number, data: LocaleData, shift: 2 | 4): string {
  // Rounded on the digits of the shortest form, as text: arithmetic would
  // round 1.005 * 100 to 100.49999… and parse 28.57344999…e4 to 285734.5.
  // (Under 1e-6 that form is exponential; such a magnitude rounds to 0.)
  const magnitude = Math.abs(value);
  const [integer = '0', decimals = ''] = magnitude < 1e-6 ? ['0'] : String(magnitude).split('.');
  const roundUp = Number(decimals[shift] ?? 0) >= 5 ? 1 : 0;
  const hundredths = Number(integer + decimals.slice(0, shift).padEnd(shift, '0')) + roundUp;
  const whole = String(Math.floor(hundredths / 100)).replace(/\B(?=(\d{3})+$)/g, data.group);
  const fraction = String(hundredths % 100).padStart(2, '0').replace(/0+$/, '');
  const negative = value < 0 || Object.is(value, -0);
  return `${negative ? data.minus : ''}${whole}${fraction ? data.decimal + fraction : ''}`;
}

const exact = (value: number) => Number.isFinite(value) && Math.abs(value) < LARGEST_EXACT;

/** "1 234,5" in Swedish, "1,234.5" in English. */
export function formatNumber(value: number, locale: string): string {
  const data = LOCALES[locale];
  if (data && exact(value)) return formatDecimal(value, data, 2);
  return cached(`n:${locale}`, () => new Intl.NumberFormat(locale, {maximumFractionDigits: 2})).format(value);
}

/** "12,5 %" in Swedish, "12.5%" in English, for a value given in percent. */
export function formatPercent(value: number, locale: string): string {
  const data = LOCALES[locale];
  if (data && exact(value)) return `${formatDecimal(value / 100, data, 4)}${data.percentGap}%`;
  return cached(
    `p:${locale}`,
    () => new Intl.NumberFormat(locale, {style: 'percent', maximumFractionDigits: 2})
  ).format(value / 100);
}

/** A feed date at its own precision: "2021", "maj 2021", "12 maj 2021". */
export function formatDate(date: FeedDate, locale: string): string {
  if (date.month === undefined) return String(date.year);
  const data = LOCALES[locale];
  if (data) {
    const month = data.months[date.month - 1];
    return date.day === undefined
      ? `${month} ${date.year}`
      : `${date.day}${data.dayMark} ${month}${data.monthAfterDay} ${date.year}`;
  }
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

export interface ListPart {
  type: 'element' | 'literal';
  value: string;
}

/** "Polisen, kommunen och skolan": names joined as the language joins them, as parts. */
export function formatListParts(items: readonly string[], locale: string): ListPart[] {
  const data = LOCALES[locale];
  if (!data) {
    return cached(`l:${locale}`, () => new Intl.ListFormat(locale, {style: 'long', type: 'conjunction'})).formatToParts(
      items
    );
  }
  return items.flatMap((value, index): ListPart[] => {
    const element: ListPart = {type: 'element', value};
    if (index === 0) return [element];
    const joiner = index === items.length - 1 ? ` ${data.and} ` : ', ';
    return [{type: 'literal', value: joiner}, element];
  });
}

/** The same list as one string, for places without markup (the command-line tool). */
export function formatList(items: readonly string[], locale: string): string {
  return formatListParts(items, locale)
    .map((part) => part.value)
    .join('');
}
