/**
 * The editor's one door to the validator, and how typed values become the
 * feed's values: what a problem says, where it is, in which language, and
 * why a feed with no usable period has none.
 */
import {expect} from '@open-wc/testing';
import {anchorFor} from '../../src/editor/model/anchors.js';
import {pathKey, type JsonValue} from '../../src/editor/model/json.js';
import {linesForInput, linesFromInput, numberForInput, numberFromInput, yearFromInput} from '../../src/editor/model/values.js';
import {unreadableReason, validateFeed} from '../../src/editor/validation.js';

const feed = (periods: JsonValue) => JSON.stringify({format: 'medborgar-loften/1', periods});

describe('editor validation', () => {
  it('finds nothing wrong in a good feed', () => {
    const result = validateFeed(feed([{id: 'a', from: '2026', promises: [{id: 'p', area: 'A', promise: 'L'}]}]), 'sv');
    expect(result).to.deep.equal({findings: [], errors: 0, warnings: 0, summary: 'Inga problem.'});
  });

  it('gives each problem its path as segments, in Swedish or English', () => {
    const text = feed([{id: 'a', from: '2026', to: 'sen', promises: [{id: 'p', area: 'A', promise: 'L', promse: 1}]}]);
    const sv = validateFeed(text, 'sv');
    expect(sv.findings.map((finding) => [pathKey(finding.segments), finding.severity])).to.deep.equal([
      ['periods.0.to', 'error'],
      ['periods.0.promises.0.promse', 'warning'],
    ]);
    expect(sv.findings[0]!.message).to.match(/inget datum/);
    expect(validateFeed(text, 'en').findings[0]!.message).to.match(/not a date/);
  });

  it('says why no period can be shown: the problems of each one, beside the fatal one', () => {
    const result = validateFeed(feed([{id: 'a', from: '2026', promises: [{id: 'p'}]}]), 'sv');
    expect(result.findings.map((finding) => [pathKey(finding.segments), finding.fatal])).to.deep.equal([
      ['periods', true],
      ['periods.0.promises', false],
      ['periods.0.promises.0.area', false],
      ['periods.0.promises.0.promise', false],
    ]);
    expect(result.errors).to.equal(result.findings.filter((finding) => finding.severity === 'error').length);
    expect(result.summary).to.equal(`Fel: ${result.errors}. Varningar: 0.`);
  });

  it('the added period that finds the reasons never shows up itself', () => {
    const result = validateFeed(feed([]), 'sv');
    expect(result.findings.map((finding) => pathKey(finding.segments))).to.deep.equal(['periods']);
  });

  it('says where a text is not JSON, and that other JSON is not a feed', () => {
    expect(unreadableReason('{"a": }', 'sv')).to.include({line: 1, column: 7});
    expect(unreadableReason('[1, 2]', 'en')!.message).to.match(/JSON object/);
    expect(unreadableReason('{"format": "x"}', 'sv')).to.equal(undefined);
  });

  it('puts each problem where the form shows it', () => {
    const rows: [JsonValue[], string][] = [
      [['periods', 0, 'promises', 1, 'area', 'en'], 'periods.0.promises.1.area'],
      [['periods', 0, 'promises', 1, 'places', 2, 'sv'], 'periods.0.promises.1.places.2'],
      [['periods', 0, 'promises', 1, 'targets', 0, 'unit', 'one', 'sv'], 'periods.0.promises.1.targets.0.unit'],
      [['contacts', 0, 'address', 1], 'contacts.0.address'],
      [['periods', 0, 'outcome', 'done', 4], 'periods.0.outcome.done.4'],
      [['parties', 0, 'nickname'], 'parties.0'],
    ];
    for (const [path, anchor] of rows) expect(pathKey(anchorFor(path as (string | number)[])), pathKey(path as (string | number)[])).to.equal(anchor);
  });
});

describe('editor: typed values', () => {
  const numbers: [string, JsonValue | undefined][] = [
    ['12', 12],
    ['12,5', 12.5],
    ['12.5', 12.5],
    [' -10 ', -10],
    ['−10', -10],
    ['1 200', 1200],
    ['1\u00a0200', 1200],
    ['', undefined],
    ['  ', undefined],
    ['12,', '12,'],
    ['1e3', '1e3'],
    ['tolv', 'tolv'],
    ['12,5,5', '12,5,5'],
  ];
  for (const [typed, value] of numbers) {
    it(`number "${typed}" → ${JSON.stringify(value)}`, () => expect(numberFromInput(typed)).to.deep.equal(value));
  }

  const years: [string, JsonValue | undefined][] = [
    ['2021', 2021],
    [' 2021 ', 2021],
    ['21', '21'],
    ['2021-05', '2021-05'],
    ['', undefined],
  ];
  for (const [typed, value] of years) {
    it(`year "${typed}" → ${JSON.stringify(value)}`, () => expect(yearFromInput(typed)).to.deep.equal(value));
  }

  it('writes numbers as a Swedish or English reader does', () => {
    expect(numberForInput(12.5, 'sv')).to.equal('12,5');
    expect(numberForInput(12.5, 'en')).to.equal('12.5');
    expect(numberForInput(12.5, 'fi')).to.equal('12,5');
    expect(numberForInput('12,', 'sv')).to.equal('12,');
    expect(numberForInput(undefined, 'sv')).to.equal('');
  });

  it('reads address lines, dropping blank ones, and shows anything else as it is', () => {
    expect(linesFromInput('Box 500\n\n 833 24 Strömsund \n')).to.deep.equal(['Box 500', '833 24 Strömsund']);
    expect(linesFromInput('\n \n')).to.equal(undefined);
    expect(linesForInput(['Box 500', '833 24 Strömsund'])).to.equal('Box 500\n833 24 Strömsund');
    expect(linesForInput({street: 'x'})).to.equal('{"street":"x"}');
  });
});
