/**
 * A target as figures: where it started, what it aims for, where it stands.
 * Pure: the templates put these into words and bars.
 *
 * A goal computed from a baseline and a relative change is rounded so that
 * the promise stays true and shows no false precision (feed format,
 * "Numbers are shown as precisely as they are known"): a count falls to the
 * whole number below for a decrease (163 − 10 % → at most 146, never
 * 146,7) and rises to the one above for an increase; a percentage keeps one
 * decimal, rounded the same way.
 */
import type {Goal, Target} from './feed/index.js';

export type FigureKind = 'baseline' | 'goal' | 'actual';

/** How a goal reads: a value to reach, a bound, or only a change or a direction. */
export type GoalForm = 'exact' | 'at-least' | 'at-most' | 'change' | 'direction';

export interface Figure {
  readonly kind: FigureKind;
  readonly year?: number;
  /** The number to show and to plot; absent for a goal that is only a change or a direction. */
  readonly value?: number;
  /** Goals only. */
  readonly form?: GoalForm;
  /** Goals only: the relative change in percent, as the feed gave it. */
  readonly change?: number;
  /** Goals only, for `direction`: which way. */
  readonly direction?: 'increase' | 'decrease';
  /** Actual values only: "about". */
  readonly approximate?: boolean;
}

/** Rounds `value` to the unit's precision, downwards or upwards, without float noise (146.70000000000002). */
function roundTowards(value: number, step: number, down: boolean): number {
  const steps = Math.round((value / step) * 1e6) / 1e6;
  const rounded = (down ? Math.floor(steps) : Math.ceil(steps)) * step;
  return Number(rounded.toFixed(step < 1 ? 1 : 0));
}

function goalFigure(target: Target, goal: Goal): Figure | undefined {
  const year = goal.year;
  if (goal.value !== undefined) return {kind: 'goal', year, value: goal.value, form: goal.atLeast ? 'at-least' : 'exact'};
  if (goal.change !== undefined) {
    if (!target.baseline || goal.change === 0) return {kind: 'goal', year, form: 'change', change: goal.change};
    const down = goal.change < 0;
    const value = roundTowards(target.baseline.value * (1 + goal.change / 100), target.unit === 'percent' ? 0.1 : 1, down);
    return {kind: 'goal', year, value, form: down ? 'at-most' : 'at-least', change: goal.change};
  }
  if (goal.direction) return {kind: 'goal', year, form: 'direction', direction: goal.direction};
  return undefined;
}

/** Baseline, goal and actual, in that order, each only when the feed gives it. */
export function targetFigures(target: Target): Figure[] {
  const figures: Figure[] = [];
  if (target.baseline) figures.push({kind: 'baseline', year: target.baseline.year, value: target.baseline.value});
  const goal = target.goal && goalFigure(target, target.goal);
  if (goal) figures.push(goal);
  if (target.actual) {
    figures.push({kind: 'actual', year: target.actual.year, value: target.actual.value, approximate: target.actual.approximate});
  }
  return figures;
}
