/**
 * Targets as text: baseline → goal → actual, numbers in the widget's locale.
 */
import {html, nothing} from 'lit';
import type {Target} from '../feed/index.js';
import {renderChart, goalValue, type ChartPoint} from './chart.js';
import {plainText, text, withForeignText, type RenderContext} from './context.js';
import {formatTargetValue, targetParts, type TargetWording} from './target-text.js';

/** One target as a sentence of labelled parts, joined by arrows. */
export function renderTarget(context: RenderContext, target: Target): unknown {
  const wording: TargetWording = {locale: context.locale.intl, unitText: (unit) => plainText(context, unit)};
  const formatValue = (value: number) => formatTargetValue(target, value, wording);
  const parts = targetParts(target, wording);
  const points: ChartPoint[] = [];
  if (target.baseline) {
    points.push({kind: 'baseline', value: target.baseline.value, label: formatValue(target.baseline.value)});
  }
  const goalNumber = goalValue(target);
  if (goalNumber !== undefined) {
    points.push({kind: 'goal', value: goalNumber, label: formatValue(goalNumber)});
  }
  if (target.actual) {
    points.push({kind: 'actual', value: target.actual.value, label: formatValue(target.actual.value)});
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
    ${context.view ? renderChart(points, sentence) : nothing}
  </li>`;
}

export function renderTargets(context: RenderContext, targets: readonly Target[] | undefined): unknown {
  if (!targets?.length) return nothing;
  return html`<ul class="targets">
    ${targets.map((target) => renderTarget(context, target))}
  </ul>`;
}
