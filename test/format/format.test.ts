/**
 * src/format.ts formats Swedish, British English and Finnish by hand (the
 * first Intl formatter on a page costs 15–30 ms). These tests hold it to Intl's own
 * output: a table of the cases that tend to differ (rounding on the shortest
 * decimal form, signs, grouping, the percent gap), then random values, and
 * the fall-back to Intl for every other locale.
 */
import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {formatDate, formatDateRange, formatList, formatListParts, formatNumber, formatPercent} from '../../src/format.js';

const HAND_FORMATTED = ['sv-SE', 'en-GB', 'fi-FI'] as const;

const intlNumber = (value: number, locale: string) =>
  new Intl.NumberFormat(locale, {maximumFractionDigits: 2}).format(value);
const intlPercent = (value: number, locale: string) =>
  new Intl.NumberFormat(locale, {style: 'percent', maximumFractionDigits: 2}).format(value / 100);

const NUMBERS = [
  0, -0, 1, -1, 7, 12, 999, 1000, 1234, -1234.5, 12345.678, 100000, 1e6, 999.999, 999.995, 2.5,
  0.005, 0.004, 1.005, 1.015, 2.675, 0.125, 0.1 + 0.2, -0.001, -0.005, 33.333333, 66.666666, 1e-7, 5e-324,
  123456789012.34, 999999999999999, 1e15, 1e21, -1e16, Number.MAX_SAFE_INTEGER,
  Infinity, -Infinity, NaN,
];

describe('format', () => {
  for (const locale of HAND_FORMATTED) {
    describe(locale, () => {
      for (const value of NUMBERS) {
        it(`formats ${Object.is(value, -0) ? '-0' : value} as Intl does, as a number and a percentage`, () => {
          expect(formatNumber(value, locale)).to.equal(intlNumber(value, locale));
          expect(formatPercent(value, locale)).to.equal(intlPercent(value, locale));
        });
      }

      it('formats random numbers as Intl does', () => {
        fc.assert(
          fc.property(
            fc.oneof(
              fc.double({min: -1e16, max: 1e16, noNaN: true}),
              fc.integer({min: -1e7, max: 1e7}).map((cents) => cents / 100),
              fc.integer({min: -1e7, max: 1e7}).map((thousandths) => thousandths / 1000)
            ),
            (value) => {
              expect(formatNumber(value, locale)).to.equal(intlNumber(value, locale));
              expect(formatPercent(value, locale)).to.equal(intlPercent(value, locale));
            }
          ),
          {seed: 6, numRuns: 3000}
        );
      });

      it('formats every month, with and without a day, as Intl does', () => {
        for (let month = 1; month <= 12; month++) {
          for (const day of [undefined, 1, 9, 28]) {
            const options: Intl.DateTimeFormatOptions = {year: 'numeric', month: 'long', timeZone: 'UTC'};
            if (day !== undefined) options.day = 'numeric';
            const expected = new Intl.DateTimeFormat(locale, options).format(new Date(Date.UTC(2021, month - 1, day ?? 1)));
            expect(formatDate({year: 2021, month, day}, locale)).to.equal(expected);
          }
        }
      });

      it('joins lists as Intl does, as text and as parts', () => {
        const intl = new Intl.ListFormat(locale, {style: 'long', type: 'conjunction'});
        for (const items of [[], ['Polisen'], ['Polisen', 'kommunen'], ['Polisen', 'kommunen', 'skolan'], ['a', 'b', 'c', 'd', 'e']]) {
          expect(formatList(items, locale)).to.equal(intl.format(items));
          expect(formatListParts(items, locale)).to.deep.equal(intl.formatToParts(items));
        }
      });
    });
  }

  it('writes a year alone, and ranges with an en dash (closed up between years, spaced between dates)', () => {
    expect(formatDate({year: 2021}, 'sv-SE')).to.equal('2021');
    expect(formatDateRange({year: 2021}, {year: 2022}, 'sv-SE')).to.equal('2021–2022');
    expect(formatDateRange({year: 2021}, {year: 2021}, 'sv-SE')).to.equal('2021');
    expect(formatDateRange({year: 2018, month: 7, day: 1}, {year: 2020, month: 6, day: 30}, 'sv-SE')).to.equal(
      '1 juli 2018 – 30 juni 2020'
    );
    expect(formatDateRange({year: 2018, month: 7}, undefined, 'en-GB')).to.equal('July 2018');
    expect(formatDateRange({year: 2018, month: 7, day: 1}, {year: 2020, month: 6, day: 30}, 'fi-FI')).to.equal(
      '1. heinäkuuta 2018 – 30. kesäkuuta 2020'
    );
    expect(formatDate({year: 2021, month: 5}, 'fi-FI')).to.equal('toukokuu 2021');
  });

  it('leaves every other locale to Intl', () => {
    for (const locale of ['en-US', 'sv-FI', 'de-DE', 'fi-AX', 'se-NO']) {
      expect(formatNumber(-1234.5, locale)).to.equal(intlNumber(-1234.5, locale));
      expect(formatPercent(12.5, locale)).to.equal(intlPercent(12.5, locale));
      expect(formatDate({year: 2021, month: 5, day: 12}, locale)).to.equal(
        new Intl.DateTimeFormat(locale, {year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC'}).format(
          new Date(Date.UTC(2021, 4, 12))
        )
      );
      expect(formatList(['a', 'b', 'c'], locale)).to.equal(
        new Intl.ListFormat(locale, {style: 'long', type: 'conjunction'}).format(['a', 'b', 'c'])
      );
    }
  });
});
