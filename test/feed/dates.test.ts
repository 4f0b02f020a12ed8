/**
 * Feed dates (feed format, "Text values", Dates): a year `"2021"` or
 * `2021`, a month `"2021-05"`, or an ISO date `"2021-05-12"`.
 */
import {expect} from '@open-wc/testing';
import {dayNumber, endOf, parseFeedDate, periodPhase, startOf} from '../../src/feed/index.js';
import type {FeedDate} from '../../src/feed/index.js';

interface DateRow {
  name: string;
  input: unknown;
  expect: FeedDate | null;
}

const dates: DateRow[] = [
  // Readable
  {name: 'year as a number', input: 2021, expect: {year: 2021}},
  {name: 'year as a string', input: '2021', expect: {year: 2021}},
  {name: 'month', input: '2021-05', expect: {year: 2021, month: 5}},
  {name: 'ISO day', input: '2021-05-12', expect: {year: 2021, month: 5, day: 12}},
  {name: 'last day of a long month', input: '2024-12-31', expect: {year: 2024, month: 12, day: 31}},
  {name: 'leap day in a leap year', input: '2024-02-29', expect: {year: 2024, month: 2, day: 29}},
  {name: 'leap day in 2000', input: '2000-02-29', expect: {year: 2000, month: 2, day: 29}},
  {name: 'spaces around a string', input: ' 2021-05 ', expect: {year: 2021, month: 5}},
  {name: 'earliest four-digit year', input: 1000, expect: {year: 1000}},
  {name: 'latest four-digit year', input: '9999', expect: {year: 9999}},
  // Unreadable
  {name: 'February 30', input: '2021-02-30', expect: null},
  {name: 'leap day in a common year', input: '2021-02-29', expect: null},
  {name: 'leap day in 1900', input: '1900-02-29', expect: null},
  {name: 'April 31', input: '2021-04-31', expect: null},
  {name: 'month 13', input: '2021-13', expect: null},
  {name: 'month 0', input: '2021-00', expect: null},
  {name: 'day 0', input: '2021-05-00', expect: null},
  {name: 'two-digit year and month', input: '21-05', expect: null},
  {name: 'one-digit month', input: '2021-5', expect: null},
  {name: 'Swedish style date', input: '12/5 2021', expect: null},
  {name: 'date and time', input: '2021-05-12T10:00:00Z', expect: null},
  {name: 'five-digit year', input: '20210', expect: null},
  {name: 'three-digit year string', input: '999', expect: null},
  {name: 'year 0000 string', input: '0000', expect: null},
  {name: 'year 0021 string (would read as 1921 in Date)', input: '0021-05-12', expect: null},
  {name: 'three-digit year number', input: 999, expect: null},
  {name: 'five-digit year number', input: 10000, expect: null},
  {name: 'fractional year', input: 2021.5, expect: null},
  {name: 'negative year', input: -2021, expect: null},
  {name: 'NaN', input: NaN, expect: null},
  {name: 'Infinity', input: Infinity, expect: null},
  {name: 'string NaN', input: 'NaN', expect: null},
  {name: 'empty string', input: '', expect: null},
  {name: 'null', input: null, expect: null},
  {name: 'boolean', input: true, expect: null},
  {name: 'object', input: {year: 2021}, expect: null},
  {name: 'array', input: [2021], expect: null},
  {name: 'full-width digits', input: '２０２１', expect: null},
];

describe('parseFeedDate', () => {
  for (const row of dates) {
    it(row.name, () => {
      expect(parseFeedDate(row.input)).to.deep.equal(row.expect);
    });
  }
});

interface RangeRow {
  name: string;
  date: FeedDate;
  start: number;
  end: number;
}

const ranges: RangeRow[] = [
  {name: 'a year covers January 1 to December 31', date: {year: 2021}, start: 20210101, end: 20211231},
  {name: 'a month covers its days', date: {year: 2021, month: 2}, start: 20210201, end: 20210228},
  {name: 'February in a leap year', date: {year: 2024, month: 2}, start: 20240201, end: 20240229},
  {name: 'a day is itself', date: {year: 2021, month: 5, day: 12}, start: 20210512, end: 20210512},
];

describe('startOf / endOf', () => {
  for (const row of ranges) {
    it(row.name, () => {
      expect(startOf(row.date)).to.equal(row.start);
      expect(endOf(row.date)).to.equal(row.end);
    });
  }
});

interface PhaseRow {
  name: string;
  from: FeedDate | undefined;
  to: FeedDate | undefined;
  today: number;
  expect: ReturnType<typeof periodPhase>;
}

const phases: PhaseRow[] = [
  {name: 'before the start', from: {year: 2027}, to: {year: 2028}, today: 20261231, expect: 'upcoming'},
  {name: 'on the first day', from: {year: 2027}, to: {year: 2028}, today: 20270101, expect: 'current'},
  {name: 'on the last day', from: {year: 2027}, to: {year: 2028}, today: 20281231, expect: 'current'},
  {name: 'after the end', from: {year: 2027}, to: {year: 2028}, today: 20290101, expect: 'ended'},
  {name: 'open-ended, years later', from: {year: 2016}, to: undefined, today: 20300101, expect: 'current'},
  {name: 'month precision end', from: {year: 2023, month: 7, day: 1}, to: {year: 2024, month: 6}, today: 20240630, expect: 'current'},
  {name: 'month precision, the day after', from: {year: 2023, month: 7, day: 1}, to: {year: 2024, month: 6}, today: 20240701, expect: 'ended'},
  {name: 'no start: no phase', from: undefined, to: {year: 2024}, today: 20240101, expect: undefined},
];

describe('periodPhase', () => {
  for (const row of phases) {
    it(row.name, () => {
      expect(periodPhase(row.from, row.to, row.today)).to.equal(row.expect);
    });
  }
});

describe('dayNumber', () => {
  const rows = [
    {name: 'a spring day', date: new Date(2021, 4, 12, 13, 0), expect: 20210512},
    {name: 'the last minute of a year', date: new Date(2021, 11, 31, 23, 59), expect: 20211231},
  ];
  for (const row of rows) {
    it(row.name, () => {
      expect(dayNumber(row.date)).to.equal(row.expect);
    });
  }
});
