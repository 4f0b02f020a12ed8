/**
 * Targets as text: baseline → goal → actual, numbers in the widget's locale.
 */
import {html, nothing} from 'lit';
import {msg, str} from '@lit/localize';
import type {Goal, Target} from '../feed/index.js';
import {formatNumber, formatPercent} from '../format.js';
import {renderChart, goalValue, type ChartPoint} from './chart.js';
import {plainText, text, withForeignText, type RenderContext} from './context.js';

function formatValue(context: RenderContext, target: Target, value: number): string {
  if (target.unit === 'percent') return formatPercent(value, context.intlLocale);
  const number = formatNumber(value, context.intlLocale);
  if (target.unit === undefined || target.unit === 'count') return number;
  return `${number} ${plainText(context, target.unit)}`;
}

function withYear(value: string, year: number | undefined): string {
  return year === undefined ? value : msg(str`${value} (${year})`, {desc: 'A measured value followed by its year, e.g. "163 (2019)".'});
}

function goalText(context: RenderContext, target: Target, goal: Goal): string {
  let words: string;
  if (goal.value !== undefined) {
    const value = formatValue(context, target, goal.value);
    words = goal.atLeast
      ? msg(str`minst ${value}`, {desc: 'A goal that is a minimum, e.g. "minst 2" (at least two).'})
      : value;
  } else if (goal.change !== undefined) {
    const amount = formatPercent(Math.abs(goal.change), context.intlLocale);
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

/** One target as a sentence of labelled parts, joined by arrows. */
export function renderTarget(context: RenderContext, target: Target): unknown {
  const parts: string[] = [];
  if (target.baseline) {
    const value = withYear(formatValue(context, target, target.baseline.value), target.baseline.year);
    parts.push(msg(str`Utgångsläge: ${value}`, {desc: 'The value a target starts from, e.g. "Utgångsläge: 163 (2019)".'}));
  }
  const goal = target.goal ? goalText(context, target, target.goal) : '';
  if (goal) parts.push(msg(str`Mål: ${goal}`, {desc: 'What a target aims for, e.g. "Mål: minska med 10 % till 2022".'}));
  if (target.actual) {
    let value = formatValue(context, target, target.actual.value);
    if (target.actual.approximate) {
      value = msg(str`cirka ${value}`, {desc: 'An approximate measured value, e.g. "cirka 50".'});
    }
    value = withYear(value, target.actual.year);
    parts.push(msg(str`Utfall: ${value}`, {desc: 'The latest measured value of a target, e.g. "Utfall: 142 (2022)".'}));
  }
  const points: ChartPoint[] = [];
  if (target.baseline) {
    points.push({kind: 'baseline', value: target.baseline.value, label: formatValue(context, target, target.baseline.value)});
  }
  const goalNumber = goalValue(target);
  if (goalNumber !== undefined) {
    points.push({kind: 'goal', value: goalNumber, label: formatValue(context, target, goalNumber)});
  }
  if (target.actual) {
    points.push({kind: 'actual', value: target.actual.value, label: formatValue(context, target, target.actual.value)});
  }
  const unitText = typeof target.unit === 'object' ? target.unit : undefined;
  // The chart's name is the sentence the text line says.
  const sentence = `${plainText(context, target.label)}: ${parts.join(', ')}`;
  return html`<li class="target" part="target">
    <span class="target-text"><span class="target-label">${text(context, target.label)}</span>${parts.length ? ': ' : nothing}${parts.map(
      (part, index) =>
        // The arrow is decoration; a comma gives screen readers a pause instead.
        html`${index > 0
            ? html`<span aria-hidden="true"> → </span><span class="visually-hidden">, </span>`
            : nothing}<span class="target-part">${withForeignText(context, part, unitText)}</span>`
    )}</span
    >
    ${renderChart(points, sentence)}
  </li>`;
}

export function renderTargets(context: RenderContext, targets: readonly Target[] | undefined): unknown {
  if (!targets?.length) return nothing;
  return html`<ul class="targets">
    ${targets.map((target) => renderTarget(context, target))}
  </ul>`;
}
