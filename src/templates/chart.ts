/**
 * A target as a small chart: baseline, goal and actual on one horizontal
 * axis. The SVG is an image with a name; the same facts are in the text
 * line beside it, so nothing depends on seeing the chart.
 */
import {svg, html, nothing} from 'lit';
import {msg} from '@lit/localize';
import type {Target} from '../feed/index.js';

export interface ChartPoint {
  readonly kind: 'baseline' | 'goal' | 'actual';
  readonly value: number;
  readonly label: string;
}

/** The goal as a number on the axis, where the feed makes one computable. */
export function goalValue(target: Target): number | undefined {
  const goal = target.goal;
  if (!goal) return undefined;
  if (goal.value !== undefined) return goal.value;
  if (goal.change !== undefined && target.baseline) return target.baseline.value * (1 + goal.change / 100);
  return undefined;
}

const WIDTH = 300;
const HEIGHT = 84;
const PADDING = 12;
const AXIS_Y = 44;
/** Each kind's label has its own row, so labels of close values never overlap. */
const LABEL_Y: Readonly<Record<ChartPoint['kind'], number>> = {baseline: 13, actual: 28, goal: 76};

/**
 * `name` is the chart's accessible name: the same sentence as the text
 * line. Returns nothing when fewer than two values can be placed.
 */
export function renderChart(points: readonly ChartPoint[], name: string): unknown {
  if (points.length < 2) return nothing;
  const values = points.map((point) => point.value);
  const low = Math.min(0, ...values);
  const high = Math.max(...values) * 1.1 || 1;
  const x = (value: number) => PADDING + ((value - low) / (high - low)) * (WIDTH - 2 * PADDING);
  const legend: Record<ChartPoint['kind'], string> = {
    // Explicit ids: the same Swedish word elsewhere ("Mål", a heading) translates differently.
    baseline: msg('Utgångsläge', {id: 'chart-baseline', desc: 'Chart label: the starting value of a target.'}),
    goal: msg('Mål', {id: 'chart-goal', desc: 'Chart label: the goal value of a target (one value, "Goal").'}),
    actual: msg('Utfall', {id: 'chart-actual', desc: 'Chart label: the latest measured value of a target.'}),
  };
  return html`<svg
    class="chart"
    part="chart"
    role="img"
    aria-label=${name}
    viewBox="0 0 ${WIDTH} ${HEIGHT}"
    preserveAspectRatio="xMinYMid meet"
  >
    ${svg`<line class="axis" x1=${PADDING} x2=${WIDTH - PADDING} y1=${AXIS_Y} y2=${AXIS_Y}></line>`}
    ${points.map((point) => {
      const cx = x(point.value);
      const anchor = cx < WIDTH * 0.2 ? 'start' : cx > WIDTH * 0.8 ? 'end' : 'middle';
      return svg`<g class="mark mark-${point.kind}">
        ${point.kind === 'baseline'
          ? svg`<circle cx=${cx} cy=${AXIS_Y} r="5"></circle>`
          : point.kind === 'goal'
            ? svg`<path d="M ${cx} ${AXIS_Y - 7} L ${cx + 7} ${AXIS_Y} L ${cx} ${AXIS_Y + 7} L ${cx - 7} ${AXIS_Y} Z"></path>`
            : svg`<rect x=${cx - 5} y=${AXIS_Y - 5} width="10" height="10"></rect>`}
        <line class="leader" x1=${cx} x2=${cx} y1=${LABEL_Y[point.kind] < AXIS_Y ? LABEL_Y[point.kind] + 3 : AXIS_Y} y2=${LABEL_Y[point.kind] < AXIS_Y ? AXIS_Y : LABEL_Y[point.kind] - 11}></line>
        <text x=${cx} y=${LABEL_Y[point.kind]} text-anchor=${anchor}>${legend[point.kind]} ${point.label}</text>
      </g>`;
    })}
  </svg>`;
}
