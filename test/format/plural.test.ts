/**
 * Plural forms, chosen as each language chooses them (Intl.PluralRules),
 * for messages (`plural`) and for a feed's unit forms: Swedish and English
 * have one and other; Northern Sami (se) also two, through the same code.
 */
import {expect} from '@open-wc/testing';
import {plural, pluralCategory} from '../../src/plural.js';

describe('plural forms', () => {
  const table: [string, number, string][] = [
    ['sv', 1, 'one'],
    ['sv', 0, 'other'],
    ['sv', 2, 'other'],
    ['sv', 1.5, 'other'],
    ['sv', 21, 'other'],
    ['en', 1, 'one'],
    ['en', 1.25, 'other'],
    ['en', 2, 'other'],
    ['se', 1, 'one'],
    ['se', 2, 'two'],
    ['se', 3, 'other'],
  ];
  for (const [lang, count, category] of table) {
    it(`${count} is "${category}" in ${lang}`, () => {
      expect(pluralCategory(count, lang)).to.equal(category);
    });
  }

  it('picks the message of the category, and "other" where the language has a category the messages lack', () => {
    const messages = {one: () => 'en vandring', other: () => 'vandringar'};
    expect(plural(1, 'sv', messages)).to.equal('en vandring');
    expect(plural(7, 'sv', messages)).to.equal('vandringar');
    // Northern Sami's dual falls back to "other" when no "two" message is given…
    expect(plural(2, 'se', messages)).to.equal('vandringar');
    // …and takes it when one is.
    expect(plural(2, 'se', {...messages, two: () => 'guokte vázzima'})).to.equal('guokte vázzima');
  });

  it('calls only the chosen message, so only it is looked up', () => {
    const called: string[] = [];
    plural(1, 'en', {one: () => called.push('one'), other: () => called.push('other')});
    expect(called).to.deep.equal(['one']);
  });
});
