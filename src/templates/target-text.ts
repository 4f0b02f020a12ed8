/**
 * A target as words: "Utgångsläge: 163 (2019)", "Mål: minska med 10 % till
 * 2022", "Utfall: cirka 50". Plain strings and no DOM, so the widget's
 * templates and the command-line tool's static HTML say the same thing.
 */
import {msg, str} from '@lit/localize';
import type {Goal, LocalizedText, Target} from '../feed/index.js';
import {formatNumber, formatPercent} from '../format.js';

export interface TargetWording {
  /** The locale for numbers (`Intl`). */
  readonly locale: string;
  /** A unit given in words, in the reader's language. */
  readonly unitText: (unit: LocalizedText) => string;
}

/** A value with its unit: "12,5 %", "163", "4 kontroller per dag". */
export function formatTargetValue(target: Target, value: number, wording: TargetWording): string {
  if (target.unit === 'percent') return formatPercent(value, wording.locale);
  const number = formatNumber(value, wording.locale);
  if (target.unit === undefined || target.unit === 'count') return number;
  return `${number} ${wording.unitText(target.unit)}`;
}

function withYear(value: string, year: number | undefined): string {
  return year === undefined ? value : msg(str`${value} (${year})`, {desc: 'A measured value followed by its year, e.g. "163 (2019)".'});
}

function goalText(target: Target, goal: Goal, wording: TargetWording): string {
  let words: string;
  if (goal.value !== undefined) {
    const value = formatTargetValue(target, goal.value, wording);
    words = goal.atLeast
      ? msg(str`minst ${value}`, {desc: 'A goal that is a minimum, e.g. "minst 2" (at least two).'})
      : value;
  } else if (goal.change !== undefined) {
    const amount = formatPercent(Math.abs(goal.change), wording.locale);
    words =
      goal.change < 0
        ? msg(str`minska med ${amount}`, {desc: 'A goal to decrease by a percentage, e.g. "minska med 10 %".'})
        : msg(str`öka med ${amount}`, {desc: 'A goal to increase by a percentage, e.g. "öka med 5 %".'});
  } else if (goal.direction === 'decrease') {
    words = msg('minska', {desc: 'A goal that only says the value should go down.'});
  } else if (goal.direction === 'increase') {
    words = msg('öka', {desc: 'A goal that only says the value should go up.'});
  } else {
    return '';
  }
  return goal.year === undefined
    ? words
    : msg(str`${words} till ${goal.year}`, {desc: 'A goal and the year it should be reached by, e.g. "minska med 10 % till 2022".'});
}

/** The labelled parts of a target's sentence, in order: baseline, goal, actual. */
export function targetParts(target: Target, wording: TargetWording): string[] {
  const parts: string[] = [];
  if (target.baseline) {
    const value = withYear(formatTargetValue(target, target.baseline.value, wording), target.baseline.year);
    parts.push(msg(str`Utgångsläge: ${value}`, {desc: 'The value a target starts from, e.g. "Utgångsläge: 163 (2019)".'}));
  }
  const goal = target.goal ? goalText(target, target.goal, wording) : '';
  if (goal) parts.push(msg(str`Mål: ${goal}`, {desc: 'What a target aims for, e.g. "Mål: minska med 10 % till 2022".'}));
  if (target.actual) {
    let value = formatTargetValue(target, target.actual.value, wording);
    if (target.actual.approximate) {
      value = msg(str`cirka ${value}`, {desc: 'An approximate measured value, e.g. "cirka 50".'});
    }
    value = withYear(value, target.actual.year);
    parts.push(msg(str`Utfall: ${value}`, {desc: 'The latest measured value of a target, e.g. "Utfall: 142 (2022)".'}));
  }
  return parts;
}
