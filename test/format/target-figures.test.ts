/**
 * A target's figures, and goals rounded so the promise stays true (feed
 * format: "Numbers are shown as precisely as they are known"). Table-driven,
 * junk rows included.
 */
import {expect} from '@open-wc/testing';
import type {Target} from '../../src/feed/index.js';
import {targetFigures} from '../../src/target-figures.js';

const label = {sv: 'Mått'};
const goalOf = (target: Omit<Target, 'label'>) => targetFigures({label, ...target}).find((figure) => figure.kind === 'goal');

describe('target figures', () => {
  const rounding: {name: string; target: Omit<Target, 'label'>; value?: number; form: string}[] = [
    {name: 'a count down 10 % from 163 is at most 146, not 146,7', target: {unit: 'count', baseline: {value: 163}, goal: {change: -10}}, value: 146, form: 'at-most'},
    {name: 'a count down 25 % from 58 is at most 43, not 43,5', target: {unit: 'count', baseline: {value: 58}, goal: {change: -25}}, value: 43, form: 'at-most'},
    {name: 'a count without unit is rounded the same way', target: {baseline: {value: 163}, goal: {change: -10}}, value: 146, form: 'at-most'},
    {name: 'a custom unit counts whole things', target: {unit: {sv: 'vandringar'}, baseline: {value: 3}, goal: {change: 50}}, value: 5, form: 'at-least'},
    {name: 'a count up 10 % from 48 is at least 53, not 52,8', target: {unit: 'count', baseline: {value: 48}, goal: {change: 10}}, value: 53, form: 'at-least'},
    {name: 'an exact result stays as it is (200 − 10 % = 180)', target: {unit: 'count', baseline: {value: 200}, goal: {change: -10}}, value: 180, form: 'at-most'},
    {name: 'float noise is no reason to round down a whole number (0.7 × 10)', target: {unit: 'count', baseline: {value: 10}, goal: {change: -30}}, value: 7, form: 'at-most'},
    {name: 'a percentage keeps one decimal, rounded down for a decrease (31 − 7 % = 28,83)', target: {unit: 'percent', baseline: {value: 31}, goal: {change: -7}}, value: 28.8, form: 'at-most'},
    {name: 'a percentage rounds up for an increase (12,5 + 10 % = 13,75)', target: {unit: 'percent', baseline: {value: 12.5}, goal: {change: 10}}, value: 13.8, form: 'at-least'},
    {name: 'a change without a baseline is only a change', target: {unit: 'count', goal: {change: -15}}, form: 'change'},
    {name: 'a change of zero computes nothing', target: {unit: 'count', baseline: {value: 40}, goal: {change: 0}}, form: 'change'},
    {name: 'an absolute goal is shown as given', target: {unit: 'count', goal: {value: 2.5}}, value: 2.5, form: 'exact'},
    {name: '"at least" stays "at least"', target: {goal: {value: 2, atLeast: true}}, value: 2, form: 'at-least'},
    {name: 'a direction alone has no number', target: {goal: {direction: 'decrease'}}, form: 'direction'},
  ];
  for (const row of rounding) {
    it(row.name, () => {
      const goal = goalOf(row.target)!;
      expect(goal.form).to.equal(row.form);
      expect(goal.value).to.equal(row.value);
    });
  }

  it('gives baseline, goal and actual in that order, each only when the feed has it', () => {
    expect(targetFigures({label, actual: {value: 3, approximate: true, year: 2025}})).to.deep.equal([
      {kind: 'actual', year: 2025, value: 3, approximate: true},
    ]);
    expect(targetFigures({label, baseline: {value: 1}, goal: {value: 2}, actual: {value: 3}}).map((figure) => figure.kind)).to.deep.equal([
      'baseline',
      'goal',
      'actual',
    ]);
    expect(targetFigures({label, goal: {}})).to.deep.equal([]);
  });
});
