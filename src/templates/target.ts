/**
 * A target: its label, then its figures — where it started, what it aims
 * for, the latest figure — each in words, one per line, so nothing overlaps
 * at any width and every text is the widget's own size. With two or more
 * numbers, each line also gets a bar on one scale from zero: the baseline
 * outlined, the goal dashed, the latest figure solid with the goal marked
 * on it, so they differ without colour. The bars are decoration for the
 * eye (`aria-hidden`): the words say everything, once, in one language.
 */
import {html, nothing, svg} from 'lit';
import {msg, str} from '@lit/localize';
import {resolveLanguage, sameLanguage, type LocalizedText, type PluralUnit, type Resolved, type Target} from '../feed/index.js';
import {formatNumber, formatPercent} from '../format.js';
import {pluralCategory} from '../plural.js';
import {targetFigures, type Figure} from '../target-figures.js';
import {text, withForeignText, type RenderContext} from './context.js';

function isPluralUnit(unit: Target['unit']): unit is PluralUnit {
  return typeof unit === 'object' && 'forms' in unit;
}

/** The unit's words for `value` in the reader's language: the plural form its language asks for. */
function unitWords(context: RenderContext, unit: LocalizedText | PluralUnit, value: number): Resolved<string> | undefined {
  const {lang} = context.locale;
  const feedLanguage = context.feed.language;
  if (!isPluralUnit(unit)) return resolveLanguage(unit, lang, feedLanguage);
  const other = resolveLanguage(unit.forms.other, lang, feedLanguage)!;
  const form = unit.forms[pluralCategory(value, other.lang)];
  const chosen = form && resolveLanguage(form, other.lang, feedLanguage);
  return chosen && sameLanguage(chosen.lang, other.lang) ? chosen : other;
}

/** A number with its unit: "163", "12,5 %", "1 vandring per år", and the unit's own words. */
function quantity(context: RenderContext, target: Target, value: number): {text: string; unit?: Resolved<string>} {
  const {intl} = context.locale;
  if (target.unit === 'percent') return {text: formatPercent(value, intl)};
  const number = formatNumber(value, intl);
  if (target.unit === undefined || target.unit === 'count') return {text: number};
  const unit = unitWords(context, target.unit, value);
  return unit ? {text: `${number} ${unit.value}`, unit} : {text: number};
}

/** "Utgångsläge 2019:", "Mål till 2022:", "Senaste utfall 2022:". */
function term(figure: Figure): string {
  const year = figure.year;
  switch (figure.kind) {
    case 'baseline':
      return year === undefined
        ? msg('Utgångsläge:', {desc: 'Label of the value a target starts from.'})
        : msg(str`Utgångsläge ${year}:`, {desc: 'Label of the value a target starts from, with its year. Example: Utgångsläge 2019:'});
    case 'goal':
      return year === undefined
        ? msg('Mål:', {desc: 'Label of what a target aims for.'})
        : msg(str`Mål till ${year}:`, {desc: 'Label of what a target aims for and the year to reach it by. Example: Mål till 2022:'});
    case 'actual':
      return year === undefined
        ? msg('Senaste utfall:', {desc: 'Label of the latest measured value of a target (utfall).'})
        : msg(str`Senaste utfall ${year}:`, {desc: 'Label of the latest measured value of a target (utfall), with the year it was measured. Example: Senaste utfall 2022:'});
  }
}

/** The figure's value in words: "163", "högst 146 (10 % lägre)", "cirka 50 kontroller", "minska". */
function value(context: RenderContext, target: Target, figure: Figure): unknown {
  const amount = figure.value === undefined ? undefined : quantity(context, target, figure.value);
  const change = figure.change === undefined ? '' : formatPercent(Math.abs(figure.change), context.locale.intl);
  let sentence: string;
  if (amount === undefined) {
    const decrease = figure.form === 'change' ? figure.change! < 0 : figure.direction === 'decrease';
    sentence =
      figure.form === 'change'
        ? decrease
          ? msg(str`minska med ${change}`, {desc: 'A goal to decrease by a percentage, after "Mål:". Example: minska med 10 %'})
          : msg(str`öka med ${change}`, {desc: 'A goal to increase by a percentage, after "Mål:". Example: öka med 5 %'})
        : decrease
          ? msg('minska', {desc: 'A goal that only says the value should go down.'})
          : msg('öka', {desc: 'A goal that only says the value should go up.'});
  } else {
    const n = amount.text;
    switch (figure.form) {
      case 'at-most':
        sentence = msg(str`högst ${n} (${change} lägre)`, {
          desc: 'A goal computed from a decrease, rounded so the promise holds: the number (with its unit, if any) and the percentage. Example: högst 146 bedrägeribrott (10 % lägre)',
        });
        break;
      case 'at-least':
        sentence =
          figure.change === undefined
            ? msg(str`minst ${n}`, {desc: 'A goal that is a minimum (at least): the number with its unit, if any. Example: minst 2 trygghetsvandringar per år'})
            : msg(str`minst ${n} (${change} högre)`, {
                desc: 'A goal computed from an increase, rounded so the promise holds: the number (with its unit, if any) and the percentage. Example: minst 22 (10 % högre)',
              });
        break;
      default:
        sentence = figure.approximate ? msg(str`cirka ${n}`, {desc: 'An approximate measured value: the number with its unit, if any. Example: cirka 50 kontroller'}) : n;
    }
  }
  return withForeignText(context, sentence, amount?.unit);
}

/** One figure's bar: its share of the scale, and the goal marked on the latest figure. */
function bar(figure: Figure, scale: number, goal: number | undefined): unknown {
  const share = (number: number) => Math.max(0, Math.min(100, (number / scale) * 100));
  const width = share(figure.value!);
  return html`<svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
    ${svg`<rect class="bar-track" x="0" y="0" width="100" height="10"></rect>
      <rect class="bar-value" x="0" y="1" width=${width} height="8"></rect>
      ${figure.kind === 'actual' && goal !== undefined
        ? svg`<line class="bar-goal" x1=${share(goal)} x2=${share(goal)} y1="0" y2="10"></line>`
        : nothing}`}
  </svg>`;
}

export function renderTarget(context: RenderContext, target: Target): unknown {
  const figures = targetFigures(target);
  const numbers = figures.flatMap((figure) => (figure.value === undefined ? [] : [figure.value]));
  // A little room past the largest number, so a goal at the top still shows as a mark.
  const scale = Math.max(0, ...numbers) * 1.1;
  // Bars only where they compare something, on a scale that starts at zero.
  const bars = context.view !== undefined && numbers.length >= 2 && scale > 0 && Math.min(...numbers) >= 0;
  const goal = figures.find((figure) => figure.kind === 'goal')?.value;
  return html`<li class="target" part="target">
    <span class="target-label">${text(context, target.label)}</span>
    ${figures.length
      ? html`<ul class="figures">
          ${figures.map(
            (figure) => html`<li class="figure figure-${figure.kind}" part="figure figure-${figure.kind}">
              <span class="figure-term">${term(figure)}</span> <span class="figure-value">${value(context, target, figure)}</span>
              ${bars && figure.value !== undefined ? bar(figure, scale, goal) : nothing}
            </li>`
          )}
        </ul>`
      : nothing}
  </li>`;
}

export function renderTargets(context: RenderContext, targets: readonly Target[] | undefined): unknown {
  if (!targets?.length) return nothing;
  return html`<ul class="targets">
    ${targets.map((target) => renderTarget(context, target))}
  </ul>`;
}
