import type {FeedDate} from './types.js';

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * Reads a feed date: a year (`2021` or `"2021"`), a month (`"2021-05"`) or a
 * day (`"2021-05-12"`). Anything else, or a day that is not in the calendar,
 * is null.
 */
export function parseFeedDate(value: unknown): FeedDate | null {
  if (typeof value === 'number') {
    return Number.isInteger(value) && value >= 1000 && value <= 9999 ? {year: value} : null;
  }
  if (typeof value !== 'string') return null;
  const match = DATE.exec(value.trim());
  if (!match) return null;
  const year = Number(match[1]);
  // Same range as a year given as a number: "0021" would be year 21, which
  // `Date` (and so Intl formatting and the calendar check) takes as 1921.
  if (year < 1000) return null;
  if (match[2] === undefined) return {year};
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  if (match[3] === undefined) return {year, month};
  const day = Number(match[3]);
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return {year, month, day};
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The first day a date covers, as a comparable number (yyyymmdd). */
export function startOf(date: FeedDate): number {
  return date.year * 10000 + (date.month ?? 1) * 100 + (date.day ?? 1);
}

/** The last day a date covers, as a comparable number (yyyymmdd). */
export function endOf(date: FeedDate): number {
  const month = date.month ?? 12;
  return date.year * 10000 + month * 100 + (date.day ?? daysInMonth(date.year, month));
}

/** Today (or any instant) as a comparable number (yyyymmdd), in local time. */
export function dayNumber(instant: Date): number {
  return instant.getFullYear() * 10000 + (instant.getMonth() + 1) * 100 + instant.getDate();
}

export type PeriodPhase = 'upcoming' | 'current' | 'ended';

/** Whether a period lies ahead of, around or behind the given day. */
export function periodPhase(
  from: FeedDate | undefined,
  to: FeedDate | undefined,
  today: number
): PeriodPhase | undefined {
  if (!from) return undefined;
  if (today < startOf(from)) return 'upcoming';
  if (to && today > endOf(to)) return 'ended';
  return 'current';
}
