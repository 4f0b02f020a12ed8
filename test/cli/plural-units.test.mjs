/**
 * The validator suggests plural forms where a unit in words meets a number
 * its language says in another form ("1 vandringar per år"), and says
 * nothing where the forms are there or every number is plural.
 */
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {validateFeedText} from '../../lib/validate/index.js';

const feedWith = (target, language = 'sv') =>
  JSON.stringify({
    format: 'medborgar-loften/1',
    language,
    periods: [{id: 'p', from: '2024', promises: [{id: 'a', area: 'Trygghet', promise: 'Vi lovar.', activities: [{text: 'Vandringar.', targets: [target]}]}]}],
  });

const suggestions = (json, lang = 'sv') =>
  validateFeedText(json, {lang}).findings.filter((finding) => finding.code === 'plural-unit-suggested');

describe('validate: plural forms of a unit', () => {
  it('suggests them where a unit in words meets 1, with the unit\'s path, as a warning', () => {
    const [found, ...rest] = suggestions(feedWith({label: 'Vandringar', unit: 'vandringar per år', goal: {value: 2, atLeast: true}, actual: {value: 1}}));
    assert.equal(rest.length, 0);
    assert.equal(found.severity, 'warning');
    assert.equal(found.path, 'periods[0].promises[0].activities[0].targets[0].unit');
    assert.match(found.message, /^Enheten "vandringar per år" står vid talet 1, och på svenska blir det fel \("1 vandringar per år"\)/);
  });

  it('says it in English, naming the unit\'s language', () => {
    const [found] = suggestions(feedWith({label: 'W', unit: {sv: 'vandringar', en: 'walks'}, actual: {value: 1}}), 'en');
    assert.match(found.message, /^The unit "vandringar" is shown with the number 1, which reads wrong in Swedish/);
  });

  it('says nothing where the unit has plural forms, or every number is plural, or the unit is a keyword', () => {
    for (const target of [
      {label: 'V', unit: {one: {sv: 'vandring'}, other: {sv: 'vandringar'}}, actual: {value: 1}},
      {label: 'V', unit: 'vandringar', goal: {value: 2}, actual: {value: 1.5}},
      {label: 'V', unit: 'count', actual: {value: 1}},
      {label: 'V', unit: 'percent', actual: {value: 1}},
    ]) {
      assert.deepEqual(suggestions(feedWith(target)), [], JSON.stringify(target));
    }
  });

  it('follows each language\'s rules: Northern Sami\'s dual needs a form for 2', () => {
    const found = suggestions(feedWith({label: 'V', unit: {se: 'vázzimat'}, actual: {value: 2}}, 'se'));
    assert.equal(found.length, 1);
    assert.equal(found[0].params.lang, 'se');
  });
});
