/**
 * Language fallback (feed format, "Text values"): the requested language,
 * then the feed's `language`, then the first translation present.
 */
import {expect} from '@open-wc/testing';
import {LANGUAGE_TAG, primaryLanguage, resolveLanguage, sameLanguage} from '../../src/feed/index.js';

interface ResolveRow {
  name: string;
  translations: Record<string, string> | undefined;
  requested: string;
  feed: string;
  /** The tag picked, or undefined when there is nothing to pick. */
  expect: string | undefined;
}

const resolves: ResolveRow[] = [
  {name: 'requested language present', translations: {sv: 'Trafik', en: 'Traffic'}, requested: 'en', feed: 'sv', expect: 'en'},
  {name: 'requested language missing: the feed language', translations: {sv: 'Trafik', en: 'Traffic'}, requested: 'de', feed: 'sv', expect: 'sv'},
  {name: 'neither: the first translation', translations: {fi: 'Liikenne', en: 'Traffic'}, requested: 'de', feed: 'sv', expect: 'fi'},
  {name: 'requested en-GB, feed has en', translations: {sv: 'Trafik', en: 'Traffic'}, requested: 'en-GB', feed: 'sv', expect: 'en'},
  {name: 'requested en, feed has en-GB', translations: {sv: 'Trafik', 'en-GB': 'Traffic'}, requested: 'en', feed: 'sv', expect: 'en-GB'},
  {name: 'exact region wins over the bare language', translations: {en: 'Traffic', 'en-GB': 'Traffic (UK)'}, requested: 'en-GB', feed: 'sv', expect: 'en-GB'},
  {name: 'the bare language wins over another region', translations: {'en-US': 'Traffic (US)', en: 'Traffic'}, requested: 'en-GB', feed: 'sv', expect: 'en'},
  {name: 'another region when nothing closer', translations: {sv: 'Trafik', 'en-US': 'Traffic (US)'}, requested: 'en-GB', feed: 'sv', expect: 'en-US'},
  {name: 'case-insensitive tags', translations: {SV: 'Trafik', 'EN-gb': 'Traffic'}, requested: 'en-GB', feed: 'sv', expect: 'EN-gb'},
  {name: 'feed language with region', translations: {'sv-FI': 'Trafik', en: 'Traffic'}, requested: 'de', feed: 'sv', expect: 'sv-FI'},
  {name: 'requested beats feed language', translations: {sv: 'Trafik', se: 'Johtolat'}, requested: 'se', feed: 'sv', expect: 'se'},
  {name: 'only one translation', translations: {en: 'Traffic'}, requested: 'sv', feed: 'sv', expect: 'en'},
  {name: 'empty translations', translations: {}, requested: 'sv', feed: 'sv', expect: undefined},
  {name: 'no translations', translations: undefined, requested: 'sv', feed: 'sv', expect: undefined},
];

describe('resolveLanguage', () => {
  for (const row of resolves) {
    it(row.name, () => {
      const resolved = resolveLanguage(row.translations, row.requested, row.feed);
      if (row.expect === undefined) {
        expect(resolved).to.equal(undefined);
      } else {
        expect(resolved).to.deep.equal({lang: row.expect, value: row.translations![row.expect]});
      }
    });
  }
});

interface TagRow {
  name: string;
  tag: string;
  valid: boolean;
  primary?: string;
}

const tags: TagRow[] = [
  {name: 'sv', tag: 'sv', valid: true, primary: 'sv'},
  {name: 'en-GB', tag: 'en-GB', valid: true, primary: 'en'},
  {name: 'three-letter language', tag: 'fit', valid: true, primary: 'fit'},
  {name: 'Northern Sami in Latin script in Norway', tag: 'se-Latn-NO', valid: true, primary: 'se'},
  {name: 'upper case', tag: 'SV', valid: true, primary: 'sv'},
  {name: 'with a space', tag: 'not a tag', valid: false},
  {name: 'empty', tag: '', valid: false},
  {name: 'one letter', tag: 's', valid: false},
  {name: 'underscore region', tag: 'en_GB', valid: false},
  {name: '__proto__', tag: '__proto__', valid: false},
  {name: 'constructor', tag: 'constructor', valid: false},
  {name: 'a field name', tag: 'text', valid: false},
  {name: 'trailing hyphen', tag: 'sv-', valid: false},
  {name: 'digits first', tag: '12', valid: false},
  {name: 'Swedish word', tag: 'svenska', valid: false},
];

describe('LANGUAGE_TAG and primaryLanguage', () => {
  for (const row of tags) {
    it(row.name, () => {
      expect(LANGUAGE_TAG.test(row.tag)).to.equal(row.valid);
      if (row.primary !== undefined) expect(primaryLanguage(row.tag)).to.equal(row.primary);
    });
  }
});

describe('sameLanguage', () => {
  const rows = [
    {name: 'same tag', a: 'sv', b: 'sv', expect: true},
    {name: 'region differs', a: 'en', b: 'en-GB', expect: true},
    {name: 'case differs', a: 'SV', b: 'sv-se', expect: true},
    {name: 'different languages', a: 'sv', b: 'se', expect: false},
  ];
  for (const row of rows) {
    it(row.name, () => {
      expect(sameLanguage(row.a, row.b)).to.equal(row.expect);
    });
  }
});
