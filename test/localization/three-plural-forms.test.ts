/**
 * A language is one line and one file: a pseudo-language `se` with three
 * plural categories (one, two, other, as Northern Sami has), added as the
 * table's line does (./pseudo-language.ts) with a few translations, goes
 * through the widget's own code paths: the plural form is chosen by its
 * rules, dates and numbers come in its locale (se-NO, through Intl), the
 * feed's texts in it are shown and every other text is marked with its
 * language.
 */
import './pseudo-language.js';
import {expect} from '@open-wc/testing';
import {str} from '@lit/localize';
import '../../src/define.js';
import {localeFor} from '../../src/locale.js';
import {registerTemplates} from '../../src/localization.js';
import type {MedborgarLoften} from '../../src/medborgar-loften.js';
import {headings, mountInline, root, toggleNamed, visibleText} from '../helpers/element.js';

// The translations a translator would write in locales/se.xlf, by message id.
registerTemplates('se', {
  'summary.promises.one': str`[one] ${0} lohpádus:`,
  'summary.promises.two': str`[two] ${0} lohpádusa:`,
  'summary.promises.other': str`[other] ${0} lohpádusat:`,
  sfb4410b48e95fa73: 'Oktavuohta',
  s90bbdfa1d98f6762: 'Maŋimusat rievdaduvvon:',
});

const TODAY = '2025-06-01';

/** A feed whose only period has `count` followed-up promises, and numbers and dates to format. */
function feedWith(count: number): Record<string, unknown> {
  return {
    format: 'medborgar-loften/1',
    language: 'sv',
    updated: '2024-05-12',
    contacts: [{organization: {sv: 'Kommunen', se: 'Gielda'}, phone: '0980-123 45'}],
    periods: [
      {
        id: 'p',
        from: '2024-07-01',
        to: '2026-06-30',
        promises: Array.from({length: count}, (_, index) => ({
          id: `p${index}`,
          area: index === 0 ? {sv: 'Trafik', se: 'Johtalus'} : `Område ${index}`,
          promise: 'Vi lovar.',
          outcome: {status: 'ongoing'},
          targets: [{label: 'Andel', unit: 'percent', baseline: {year: 2024, value: 12.5}, actual: {value: 1234.5}}],
        })),
      },
    ],
  };
}

const dateIn = (locale: string, year: number, month: number, day: number) =>
  new Intl.DateTimeFormat(locale, {year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC'}).format(
    new Date(Date.UTC(year, month - 1, day))
  );

describe('a language added by one line: three plural categories (pseudo-Sami, se)', () => {
  it('is a UI language of its own, formatted in its Intl locale', () => {
    expect(localeFor('se')).to.deep.equal({lang: 'se', ui: 'se', intl: 'se-NO', base: 'se'});
    expect(new Intl.PluralRules('se').resolvedOptions().pluralCategories).to.have.members(['one', 'two', 'other']);
  });

  for (const [count, form] of [
    [1, '[one] 1 lohpádus:'],
    [2, '[two] 2 lohpádusa:'],
    [3, '[other] 3 lohpádusat:'],
    [11, '[other] 11 lohpádusat:'],
  ] as const) {
    it(`chooses the "${form.slice(1, form.indexOf(']'))}" form for ${count}`, async () => {
      const el = await mountInline(feedWith(count), {lang: 'se', today: TODAY});
      expect(fold(root(el).querySelector('.summary-lead')?.textContent)).to.equal(form);
    });
  }

  it('writes dates and numbers in se-NO, through Intl', async () => {
    const el = await mountInline(feedWith(1), {lang: 'se', today: TODAY});
    expect(headings(el)).to.include(`H2 Oktavuohta`);
    expect(fold(root(el).querySelector('[part~="updated"]')?.textContent)).to.equal(`Maŋimusat rievdaduvvon: ${dateIn('se-NO', 2024, 5, 12)}`);
    expect(headings(el).some((heading) => heading.includes(`${dateIn('se-NO', 2024, 7, 1)} – ${dateIn('se-NO', 2026, 6, 30)}`)), headings(el).join(' | ')).to.equal(true);
    toggleNamed(el, 'Johtalus').click();
    await el.updateComplete;
    const percent = new Intl.NumberFormat('se-NO', {style: 'percent', maximumFractionDigits: 2}).format(0.125);
    const number = new Intl.NumberFormat('se-NO', {maximumFractionDigits: 2}).format(1234.5);
    expect(fold(root(el).querySelector('[part~="target"]')?.textContent)).to.contain(fold(percent)).and.to.contain(fold(number));
  });

  it('shows the feed\'s texts in the language where it has them, and marks the others with theirs', async () => {
    const el = await mountInline(feedWith(2), {lang: 'se', today: TODAY});
    expect(root(el).querySelector('[part~="base"]')!.getAttribute('lang')).to.equal('se');
    expect(toggleNamed(el, 'Johtalus').querySelector('[lang]')).to.equal(null);
    expect(toggleNamed(el, 'Område 1').querySelector('[lang]')?.getAttribute('lang')).to.equal('sv');
    expect(visibleText(el)).to.contain('Gielda');
    await expect(el).to.be.accessible();
  });

  it('leaves the other languages as they were', async () => {
    const el: MedborgarLoften = await mountInline(feedWith(2), {lang: 'sv', today: TODAY});
    expect(fold(root(el).querySelector('.summary-lead')?.textContent)).to.equal('Uppföljning av 2 löften:');
  });
});

function fold(value: string | null | undefined): string {
  return (value ?? '').replace(/\s+/g, ' ').trim();
}
