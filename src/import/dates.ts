/**
 * Dates as Swedish pages write them: periods ("2021–2022", "2023-2024",
 * "under 2020", "2018-07-01—2020-06-30", "sedan 2016"), signing dates
 * ("den 26 oktober 2018") and "Senast ändrad" dates, read into the feed's
 * date strings ("2021", "2021-05", "2021-05-12").
 */

export const MONTHS = [
  'januari', 'februari', 'mars', 'april', 'maj', 'juni',
  'juli', 'augusti', 'september', 'oktober', 'november', 'december',
] as const;

export interface PeriodDates {
  readonly from: string;
  /** Absent for an open-ended period ("sedan 2016"). */
  readonly to?: string;
  /** The words the dates were read from. */
  readonly text: string;
}

const YEAR = '(?:19|20)\\d{2}';
const ISO_DAY = `${YEAR}-\\d{2}-\\d{2}`;
const DASH = '\\s*(?:[-–—/]|till|t\\.o\\.m\\.?)\\s*';
const DAY_RANGE = new RegExp(`(${ISO_DAY})${DASH}(${ISO_DAY})`);
const YEAR_RANGE = new RegExp(`(?<![\\d-])(${YEAR})${DASH}(${YEAR})(?![\\d-])`);
const OPEN_ENDED = new RegExp(`\\b(?:sedan|från och med|fr\\.o\\.m\\.?)\\s+(?:år\\s+)?(${YEAR})(?![\\d-])`, 'i');
const MONTH_YEAR = new RegExp(`\\b(?:${MONTHS.join('|')})\\s+(${YEAR})(?![\\d-])`, 'i');
const CONTEXT_YEAR = new RegExp(`\\b(?:under|för|inför|år|perioden|medborgarlöften?a?|medborgarlöftet)\\s+(?:år\\s+)?(${YEAR})(?![\\d-])`, 'i');
const BARE_YEAR = new RegExp(`(?<![\\d-])(${YEAR})(?![\\d-])`);

/** The period a text names, if any; `strict` refuses a bare year without context words. */
export function periodIn(text: string, {strict = true}: {strict?: boolean} = {}): PeriodDates | undefined {
  const days = DAY_RANGE.exec(text);
  if (days && validDay(days[1]!) && validDay(days[2]!) && days[1]! <= days[2]!) {
    return {from: days[1]!, to: days[2]!, text: days[0]};
  }
  const years = YEAR_RANGE.exec(text);
  if (years && Number(years[1]) <= Number(years[2]) && Number(years[2]) - Number(years[1]) <= 10) {
    return {from: years[1]!, to: years[2]!, text: years[0]};
  }
  const open = OPEN_ENDED.exec(text);
  if (open) return {from: open[1]!, text: open[0]};
  const single = CONTEXT_YEAR.exec(text) ?? MONTH_YEAR.exec(text) ?? (strict ? null : BARE_YEAR.exec(text));
  if (single) return {from: single[1]!, to: single[1]!, text: single[0]};
  return undefined;
}

function validDay(iso: string): boolean {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** "26 oktober 2018", "2018-10-26", "oktober 2018" or "2018" as a feed date. */
export function dateIn(text: string): string | undefined {
  const iso = new RegExp(`(${ISO_DAY})`).exec(text);
  if (iso && validDay(iso[1]!)) return iso[1]!;
  const written = new RegExp(`(\\d{1,2})(?:\\s*:e|\\s*:a)?\\s+(${MONTHS.join('|')})\\s+(${YEAR})`, 'i').exec(text);
  if (written) {
    const month = MONTHS.indexOf(written[2]!.toLowerCase() as (typeof MONTHS)[number]) + 1;
    const day = `${written[3]}-${pad(month)}-${pad(Number(written[1]))}`;
    if (validDay(day)) return day;
  }
  const monthYear = new RegExp(`\\b(${MONTHS.join('|')})\\s+(${YEAR})`, 'i').exec(text);
  if (monthYear) return `${monthYear[2]}-${pad(MONTHS.indexOf(monthYear[1]!.toLowerCase() as (typeof MONTHS)[number]) + 1)}`;
  return undefined;
}

/**
 * A signing line: "Ekby den 3 februari 2024", "Ekby, 2019-03-01". The place
 * is one to four words that start with a capital letter.
 */
export function signingLine(text: string): {place: string; date: string} | undefined {
  // Case-sensitive, so that "den" is never taken for part of the place.
  const months = MONTHS.map((month) => `[${month[0]}${month[0]!.toUpperCase()}]${month.slice(1)}`).join('|');
  const match = new RegExp(
    `^(\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*){0,3}),?\\s+(?:[Dd]en\\s+)?((?:\\d{1,2}\\s+(?:${months})\\s+${YEAR})|${ISO_DAY})\\.?$`,
    'u'
  ).exec(text.trim());
  if (!match) return undefined;
  const date = dateIn(match[2]!);
  return date ? {place: match[1]!, date} : undefined;
}

/** "Senast ändrad/granskad: 12 maj 2023", "Uppdaterad 2023-05-12": the date. */
export function updatedLine(text: string): string | undefined {
  const match = /^(?:senast\s+(?:ändrad\/granskad|ändrad|uppdaterad|granskad)|sidan\s+(?:uppdaterades|granskades)|uppdaterad)\s*:?\s*(.+)$/i.exec(
    text.trim()
  );
  if (!match) return undefined;
  const rest = match[1]!.trim();
  const date = dateIn(rest);
  // Only a date, perhaps with a time of day: anything more is a sentence to keep.
  if (!date || !new RegExp(`^[\\d\\s:.,a-zåäö-]*$`, 'i').test(rest) || rest.split(/\s+/).length > 5) return undefined;
  return date;
}
