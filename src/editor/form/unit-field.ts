/**
 * A target's unit: none, count, percent, words ("kontroller per dag"), or
 * words with plural forms, one text per CLDR category, each in Swedish and
 * English ("1 vandring per år", "2 vandringar per år").
 */
import {html, nothing, type TemplateResult} from 'lit';
import {live} from 'lit/directives/live.js';
import {msg} from '@lit/localize';
import {getAt, pathKey, type Path} from '../model/json.js';
import {EDITED_LANGUAGES} from '../model/text.js';
import {categoriesFor, unitKind, type PluralCategory, type UnitKind} from '../model/unit.js';
import {editTarget, idFor, type FormContext} from './context.js';
import {describedBy, problemsBlock, textField} from './controls.js';
import {fieldWords, type FieldWords} from './labels.js';

function kindWords(kind: UnitKind): string {
  switch (kind) {
    case 'none':
      return msg('Ingen enhet', {desc: 'Unit choice: no unit.'});
    case 'count':
      return msg('Antal', {desc: 'Unit choice: a count of things (shown as a plain number).'});
    case 'percent':
      return msg('Procent', {desc: 'Unit choice: percent.'});
    case 'words':
      return msg('Egen enhet i ord', {desc: 'Unit choice: a unit written in words, the same whatever the number.'});
    case 'plural':
      return msg('Egen enhet i ord, med form för ental och flertal', {
        desc: 'Unit choice: a unit in words with a form for one and a form for other numbers ("1 walk", "2 walks").',
      });
  }
}

function categoryWords(category: PluralCategory): FieldWords {
  switch (category) {
    case 'one':
      return {
        label: msg('Enheten efter talet 1', {desc: 'Label: the plural form (CLDR "one") used after the number 1.'}),
        placeholder: msg('vandring per år', {desc: 'Example of a unit after the number 1 (singular).'}),
      };
    case 'other':
      return {
        label: msg('Enheten efter andra tal', {desc: 'Label: the plural form (CLDR "other") used after most numbers.'}),
        placeholder: msg('vandringar per år', {desc: 'Example of a unit after other numbers (plural).'}),
      };
    case 'zero':
      return {label: msg('Enheten efter talet 0, på språk som har en egen form för det', {desc: 'Label: the CLDR plural form "zero".'})};
    case 'two':
      return {label: msg('Enheten efter talet 2, på språk som har en egen form för det', {desc: 'Label: the CLDR plural form "two" (Northern Sami has one).'})};
    case 'few':
      return {label: msg('Enheten efter "några", på språk som har en egen form för det', {desc: 'Label: the CLDR plural form "few".'})};
    case 'many':
      return {label: msg('Enheten efter "många", på språk som har en egen form för det', {desc: 'Label: the CLDR plural form "many".'})};
  }
}

const KINDS: readonly UnitKind[] = ['none', 'count', 'percent', 'words', 'plural'];

export function unitField(context: FormContext, path: Path): TemplateResult {
  const value = getAt(context.doc, path);
  const kind = unitKind(value);
  const words = fieldWords('target', 'unit');
  const selectId = idFor(path, 'field');
  const problems = problemsBlock(context, path);
  const languages = [...EDITED_LANGUAGES, context.feedLanguage];
  return html`<fieldset class="field unit-field" data-anchor=${pathKey(path)}>
    <legend>${words.label}</legend>
    <div class="field choice-field">
      <label for=${selectId}>${msg('Slag av enhet', {desc: 'Label: the choice of unit kind (count, percent, words…).'})}</label>
      <select
        id=${selectId}
        data-edit=${editTarget({path, as: 'unit-kind'})}
        aria-describedby=${describedBy(problems.id)}
        .value=${live(kind)}
      >
        ${KINDS.map((option) => html`<option value=${option} ?selected=${option === kind}>${kindWords(option)}</option>`)}
      </select>
    </div>
    ${kind === 'words'
      ? textField(context, path, {
          label: msg('Enheten i ord', {desc: 'Label: a unit written in words.'}),
          placeholder: msg('kontroller per dag', {desc: 'Example of a unit in words.'}),
        }, {anchor: null})
      : nothing}
    ${kind === 'plural'
      ? html`<p class="hint">
            ${msg('Skriv enheten som den ska stå efter talet 1 och efter andra tal, så att det blir "1 vandring" men "2 vandringar".', {
              desc: 'Hint above the plural forms of a unit.',
            })}
          </p>
          ${categoriesFor(value, languages).map((category) =>
            textField(context, [...path, category], categoryWords(category), {required: category === 'other', anchor: null})
          )}`
      : nothing}
    ${problems.template}
  </fieldset>`;
}
