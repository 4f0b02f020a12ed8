/**
 * The translators' files: every message in every target XLIFF has a real
 * translation and a note saying what it is for.
 */
import {expect} from '@open-wc/testing';

/** Messages that read the same in both languages (placeholders and punctuation). */
const SAME_IN_EVERY_LANGUAGE = new Set(['{0} ({1})', 'Status:']);

const TARGET_LOCALES = ['en'];

function withPlaceholders(node: Element): string {
  let result = '';
  for (const child of node.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) result += child.textContent;
    else if ((child as Element).tagName === 'x') result += `{${(child as Element).getAttribute('id')}}`;
  }
  return result;
}

for (const locale of TARGET_LOCALES) {
  describe(`locales/${locale}.xlf`, () => {
    let units: Element[] = [];
    before(async () => {
      const response = await fetch(`/locales/${locale}.xlf`);
      const xml = new DOMParser().parseFromString(await response.text(), 'application/xml');
      expect(xml.querySelector('parsererror')).to.equal(null);
      units = [...xml.getElementsByTagName('trans-unit')];
    });

    it('has messages', () => {
      expect(units.length).to.be.greaterThan(40);
    });

    it('translates every message, keeping its placeholders', () => {
      const problems: string[] = [];
      for (const unit of units) {
        const source = withPlaceholders(unit.getElementsByTagName('source')[0]!);
        const target = unit.getElementsByTagName('target')[0];
        if (!target || withPlaceholders(target).trim() === '') {
          problems.push(`${unit.id} "${source}": no translation`);
          continue;
        }
        const translated = withPlaceholders(target);
        if (translated === source && !SAME_IN_EVERY_LANGUAGE.has(source)) {
          problems.push(`${unit.id} "${source}": target is a copy of the source`);
        }
        const placeholders = (text: string) => (text.match(/\{\d+\}/g) ?? []).sort().join();
        if (placeholders(translated) !== placeholders(source)) {
          problems.push(`${unit.id} "${source}": placeholders differ in "${translated}"`);
        }
      }
      expect(problems).to.deep.equal([]);
    });

    it('gives every message a note for the translator', () => {
      const missing = units
        .filter((unit) => !unit.getElementsByTagName('note')[0]?.textContent?.trim())
        .map((unit) => unit.id);
      expect(missing).to.deep.equal([]);
    });
  });
}
