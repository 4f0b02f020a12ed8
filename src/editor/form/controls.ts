/**
 * The form's fields: a text in Swedish and English side by side, rich text
 * with its syntax hint and rendered preview, numbers, dates, choices, who
 * does what. Each field stands at its `data-anchor`, has a label, and is
 * described by its hint and its problems (aria-describedby), all in the
 * form's one shadow root. Inputs carry `data-edit`: the form's one input
 * handler turns their values into edits.
 */
import {html, nothing, type TemplateResult} from 'lit';
import {live} from 'lit/directives/live.js';
import {msg, str} from '@lit/localize';
import {parseRichText} from '../../feed/index.js';
import {renderBlocks} from '../../templates/rich-text.js';
import {getAt, pathKey, type JsonValue, type Path} from '../model/json.js';
import {hasAnyText, hasLanguage, languagesToShow, textIn} from '../model/text.js';
import {editTarget, idFor, problemsAt, type FormContext, type RemarkKind} from './context.js';
import {choiceWords, type FieldWords} from './labels.js';

/** A language's name in the editor's language, as a label: "Svenska", "English". */
export function languageLabel(tag: string, locale: string): string {
  let name: string | undefined;
  try {
    name = new Intl.DisplayNames([locale], {type: 'language'}).of(tag);
  } catch {
    name = undefined;
  }
  if (!name || name === tag) return tag;
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}

/** Ids joined for aria-describedby, or nothing when there are none. */
export function describedBy(...ids: (string | undefined | false)[]): string | typeof nothing {
  const present = ids.filter((id): id is string => Boolean(id));
  return present.length ? present.join(' ') : nothing;
}

/** The word before a problem or note: what kind it is, never by colour alone. */
export function remarkWord(kind: RemarkKind): string {
  switch (kind) {
    case 'error':
      return msg('Fel:', {desc: 'Label before an error message beside a field (the feed cannot be used as it is).'});
    case 'warning':
      return msg('Varning:', {desc: 'Label before a warning beside a field (the feed works, but check this).'});
    case 'problem':
      return msg('Problem från importen:', {desc: 'Label before a note of the importer: something the draft lacks or that was left out.'});
    case 'review':
      return msg('Granska:', {desc: 'Label before a note of the importer: something a person should check before publishing.'});
    case 'guess':
      return msg('Gissat vid importen:', {desc: 'Label before a note of the importer: something it recognised and placed here.'});
  }
}

/** The problems standing at `anchor`, with the id inputs point at; nothing when there are none. */
export function problemsBlock(context: FormContext, anchor: Path): {template: TemplateResult | typeof nothing; id?: string; error: boolean} {
  const problems = problemsAt(context, anchor);
  if (problems.length === 0) return {template: nothing, error: false};
  const id = idFor(anchor, 'problems');
  return {
    id,
    error: problems.some((problem) => problem.severity === 'error'),
    template: html`<ul class="problems" id=${id}>
      ${problems.map(
        (problem) => html`<li class="problem problem-${problem.severity}">
          <strong>${remarkWord(problem.severity)}</strong> ${problem.message}
        </li>`
      )}
    </ul>`,
  };
}

const NO_PROBLEMS: {template: typeof nothing; id?: string; error: boolean} = {template: nothing, error: false};

function requiredMark(required: boolean | undefined): TemplateResult | typeof nothing {
  return required
    ? // aria-required says it to screen readers; the words are for the eye.
      html` <span class="required" aria-hidden="true">${msg('(måste fyllas i)', {desc: 'After the label of a required field.'})}</span>`
    : nothing;
}

function hintBlock(path: Path, words: FieldWords, extra?: string): {template: TemplateResult | typeof nothing; id?: string} {
  if (!words.hint && !extra) return {template: nothing};
  const id = idFor(path, 'hint');
  return {id, template: html`<p class="hint" id=${id}>${words.hint ?? ''}${words.hint && extra ? ' ' : ''}${extra ?? ''}</p>`};
}

const RICH_HINT = () =>
  msg('Tom rad: nytt stycke. Rad som börjar med "- ": punkt i en lista. [text](https://…): länk. *kursiv*, **fetstil**.', {
    desc: 'Hint under every rich-text field: the Markdown subset. Keep the symbols - [text](https://…) * ** exactly.',
  });

export interface TextFieldOptions {
  readonly rich?: boolean;
  readonly required?: boolean;
  /** Where the field's problems stand (default: its own path); null: they stand on a group around it. */
  readonly anchor?: Path | null;
  /** For an outcome item written as a text alone. */
  readonly textItem?: boolean;
}

/**
 * A Text or RichText: one input per language, side by side (stacked on a
 * narrow screen), each with the language's `lang`, and a note where the
 * English is missing.
 */
export function textField(context: FormContext, path: Path, words: FieldWords, options: TextFieldOptions = {}): TemplateResult {
  const anchor = options.anchor === undefined ? path : options.anchor;
  const value = getAt(context.doc, path);
  const languages = languagesToShow(value, context.feedLanguage);
  const legendId = idFor(path, 'legend');
  const hint = hintBlock(path, words, options.rich ? RICH_HINT() : undefined);
  const problems = anchor ? problemsBlock(context, anchor) : NO_PROBLEMS;
  const someText = hasAnyText(value, context.feedLanguage);
  const previewOpen = options.rich && context.openPreviews.has(pathKey(path));
  const previewId = idFor(path, 'preview');

  return html`<fieldset class="field text-field ${options.rich ? 'rich' : ''}" data-anchor=${anchor ? pathKey(anchor) : nothing}>
    <legend id=${legendId}>${words.label}${requiredMark(options.required)}</legend>
    ${hint.template}
    <div class="languages">
      ${languages.map((language) => {
        const inputId = idFor(path, 'field', language);
        const labelId = idFor(path, 'label', language);
        const text = textIn(value, language, context.feedLanguage);
        const missing = someText && language === 'en' && !hasLanguage(value, language, context.feedLanguage);
        const missingId = idFor(path, 'missing', language);
        const target = editTarget({path, as: 'text', language, ...(options.textItem ? {textItem: true} : {})});
        const described = describedBy(hint.id, missing && missingId, problems.id);
        const placeholder = language === 'sv' && words.placeholder ? words.placeholder : nothing;
        return html`<div class="language">
          <label for=${inputId} id=${labelId}>${languageLabel(language, context.locale)}</label>
          ${options.rich
            ? html`<textarea
                id=${inputId}
                lang=${language}
                rows="3"
                data-edit=${target}
                data-language=${language}
                aria-labelledby="${legendId} ${labelId}"
                aria-describedby=${described}
                aria-invalid=${problems.error ? 'true' : nothing}
                aria-required=${options.required ? 'true' : nothing}
                .value=${live(text)}
              ></textarea>`
            : html`<input
                type="text"
                id=${inputId}
                lang=${language}
                data-edit=${target}
                data-language=${language}
                placeholder=${placeholder}
                aria-labelledby="${legendId} ${labelId}"
                aria-describedby=${described}
                aria-invalid=${problems.error ? 'true' : nothing}
                aria-required=${options.required ? 'true' : nothing}
                .value=${live(text)}
              />`}
          ${missing
            ? html`<p class="missing" id=${missingId}>
                ${msg('Engelsk översättning saknas.', {desc: 'Note under an empty English field of a text that has Swedish.'})}
              </p>`
            : nothing}
        </div>`;
      })}
    </div>
    ${options.rich
      ? html`<button
            type="button"
            class="link-button"
            data-action="preview"
            data-path=${JSON.stringify(path)}
            aria-expanded=${previewOpen ? 'true' : 'false'}
            aria-controls=${previewId}
          >
            ${msg('Visa hur texten ser ut', {desc: 'Toggle button: show the rich text rendered as on the page.'})}
          </button>
          <div class="rich-preview" id=${previewId} ?hidden=${!previewOpen}>
            ${previewOpen ? richPreview(context, value, languages) : nothing}
          </div>`
      : nothing}
    ${problems.template}
  </fieldset>`;
}

function richPreview(context: FormContext, value: JsonValue | undefined, languages: readonly string[]): TemplateResult[] {
  return languages
    .map((language) => ({language, text: textIn(value, language, context.feedLanguage)}))
    .filter(({text}) => text.trim() !== '')
    .map(
      ({language, text}) => html`<div class="rich-preview-language">
        <p class="rich-preview-caption">${languageLabel(language, context.locale)}</p>
        <div lang=${language}>${renderBlocks(parseRichText(text).blocks)}</div>
      </div>`
    );
}

export type SimpleKind = 'string' | 'url' | 'email' | 'phone' | 'slug' | 'date' | 'number' | 'year';

/** A one-line field: a string, an address, a date, a number. */
export function simpleField(
  context: FormContext,
  path: Path,
  words: FieldWords,
  kind: SimpleKind,
  options: {required?: boolean; shownValue: string}
): TemplateResult {
  const id = idFor(path, 'field');
  const hint = hintBlock(path, words);
  const problems = problemsBlock(context, path);
  const as = kind === 'number' ? 'number' : kind === 'year' ? 'year' : 'string';
  const type = kind === 'email' ? 'email' : kind === 'phone' ? 'tel' : 'text';
  const inputmode = kind === 'number' ? 'decimal' : kind === 'year' ? 'numeric' : kind === 'url' ? 'url' : nothing;
  const plain = kind === 'slug' || kind === 'url' || kind === 'email' || kind === 'date';
  return html`<div class="field simple-field field-${kind}" data-anchor=${pathKey(path)}>
    <label for=${id}>${words.label}${requiredMark(options.required)}</label>
    ${hint.template}
    <input
      id=${id}
      type=${type}
      inputmode=${inputmode}
      spellcheck=${plain ? 'false' : nothing}
      autocomplete="off"
      data-edit=${editTarget({path, as})}
      placeholder=${words.placeholder ?? nothing}
      aria-describedby=${describedBy(hint.id, problems.id)}
      aria-invalid=${problems.error ? 'true' : nothing}
      aria-required=${options.required ? 'true' : nothing}
      .value=${live(options.shownValue)}
    />
    ${problems.template}
  </div>`;
}

/** Address lines: one textarea, a line each. */
export function linesField(context: FormContext, path: Path, words: FieldWords, shownValue: string): TemplateResult {
  const id = idFor(path, 'field');
  const hint = hintBlock(path, words);
  const problems = problemsBlock(context, path);
  return html`<div class="field lines-field" data-anchor=${pathKey(path)}>
    <label for=${id}>${words.label}</label>
    ${hint.template}
    <textarea
      id=${id}
      rows="3"
      data-edit=${editTarget({path, as: 'lines'})}
      aria-describedby=${describedBy(hint.id, problems.id)}
      aria-invalid=${problems.error ? 'true' : nothing}
      .value=${live(shownValue)}
    ></textarea>
    ${problems.template}
  </div>`;
}

/** A checkbox (`atLeast`, `approximate`). */
export function flagField(context: FormContext, path: Path, words: FieldWords): TemplateResult {
  const id = idFor(path, 'field');
  const problems = problemsBlock(context, path);
  return html`<div class="field flag-field" data-anchor=${pathKey(path)}>
    <input
      type="checkbox"
      id=${id}
      data-edit=${editTarget({path, as: 'flag'})}
      aria-describedby=${describedBy(problems.id)}
      .checked=${live(getAt(context.doc, path) === true)}
    />
    <label for=${id}>${words.label}</label>
    ${problems.template}
  </div>`;
}

/** A choice among fixed values, with "not given" first; a value the format does not know is kept and shown. */
export function choiceField(
  context: FormContext,
  path: Path,
  words: FieldWords,
  values: readonly string[],
  wordsFor: (value: string) => string = choiceWords
): TemplateResult {
  const id = idFor(path, 'field');
  const hint = hintBlock(path, words);
  const problems = problemsBlock(context, path);
  const value = getAt(context.doc, path);
  const current = value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value);
  const unknown = current !== '' && !values.includes(current);
  return html`<div class="field choice-field" data-anchor=${pathKey(path)}>
    <label for=${id}>${words.label}</label>
    ${hint.template}
    <select
      id=${id}
      data-edit=${editTarget({path, as: 'choice'})}
      aria-describedby=${describedBy(hint.id, problems.id)}
      aria-invalid=${problems.error ? 'true' : nothing}
      .value=${live(current)}
    >
      <option value="" ?selected=${current === ''}>${msg('Inte angiven', {desc: 'Choice: no value chosen (for status, kind, direction).'})}</option>
      ${values.map((choice) => html`<option value=${choice} ?selected=${current === choice}>${wordsFor(choice)}</option>`)}
      ${unknown ? html`<option value=${current} selected>${current}</option>` : nothing}
    </select>
    ${problems.template}
  </div>`;
}

/** Who does it: a checkbox per party; an id that names no party stays, marked, until unticked. */
export function partiesField(
  context: FormContext,
  path: Path,
  words: FieldWords,
  options: {textItem?: boolean; itemPath?: Path} = {}
): TemplateResult {
  const value = getAt(context.doc, path);
  const chosen = Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : [];
  const legendId = idFor(path, 'legend');
  const hint = hintBlock(path, words);
  const problems = problemsBlock(context, path);
  const known = new Set(context.parties.map((party) => party.id));
  const unknown = chosen.filter((id) => !known.has(id));
  const editPath = options.textItem && options.itemPath ? options.itemPath : path;
  const box = (id: string, name: TemplateResult | string) => {
    const inputId = idFor(path, 'party', id);
    return html`<div class="choice">
      <input
        type="checkbox"
        id=${inputId}
        data-edit=${editTarget({path: editPath, as: 'party-toggle', party: id, ...(options.textItem ? {textItem: true} : {})})}
        .checked=${live(chosen.includes(id))}
        aria-describedby=${describedBy(hint.id, problems.id)}
      />
      <label for=${inputId}>${name}</label>
    </div>`;
  };
  return html`<fieldset class="field parties-field" data-anchor=${pathKey(path)}>
    <legend id=${legendId}>${words.label}</legend>
    ${hint.template}
    <div class="choices">
      ${context.parties.map((party) =>
        box(party.id, party.lang ? html`<span lang=${party.lang}>${party.name}</span>` : party.name)
      )}
      ${unknown.map((id) =>
        box(id, msg(str`${id} (ingen part har det id:t)`, {desc: 'A `by` value that names no party: the id and a note. Example: polis-ekby (ingen part har det id:t)'}))
      )}
    </div>
    ${context.parties.length === 0
      ? html`<p class="hint">${msg('Lägg till parter först, under "Parter".', {desc: 'Shown where parties can be chosen but the feed has none.'})}</p>`
      : nothing}
    ${problems.template}
  </fieldset>`;
}

/** One party (a signatory's). */
export function partyField(context: FormContext, path: Path, words: FieldWords): TemplateResult {
  const id = idFor(path, 'field');
  const problems = problemsBlock(context, path);
  const value = getAt(context.doc, path);
  const current = typeof value === 'string' ? value : '';
  const unknown = current !== '' && !context.parties.some((party) => party.id === current);
  return html`<div class="field choice-field" data-anchor=${pathKey(path)}>
    <label for=${id}>${words.label}</label>
    <select
      id=${id}
      data-edit=${editTarget({path, as: 'choice'})}
      aria-describedby=${describedBy(problems.id)}
      aria-invalid=${problems.error ? 'true' : nothing}
      .value=${live(current)}
    >
      <option value="" ?selected=${current === ''}>${msg('Ingen vald', {desc: 'Choice: no party chosen for a signatory.'})}</option>
      ${context.parties.map(
        (party) => html`<option value=${party.id} ?selected=${current === party.id}>${party.name}</option>`
      )}
      ${unknown ? html`<option value=${current} selected>${current}</option>` : nothing}
    </select>
    ${problems.template}
  </div>`;
}
