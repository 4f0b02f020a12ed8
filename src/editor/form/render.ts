/**
 * The whole document as a form, in the order the feed format lists it:
 * each kind of object, its fields, and lists whose items can be added,
 * removed and moved with buttons (keyboard first). Headings follow the
 * feed's outline: sections (2), periods (3), promises (4), what a promise
 * holds (5), an activity's targets (6).
 */
import {html, nothing, type TemplateResult} from 'lit';
import {msg} from '@lit/localize';
import {FIELDS, isTextItem, type FieldSpec, type ObjectKind} from '../model/fields.js';
import {getAt, isObject, pathKey, type JsonValue, type Path} from '../model/json.js';
import {textIn} from '../model/text.js';
import {linesForInput, numberForInput} from '../model/values.js';
import {idFor, level, shown, type FormContext} from './context.js';
import {choiceField, flagField, languageLabel, linesField, partiesField, partyField, problemsBlock, simpleField, textField} from './controls.js';
import {fieldWords, listWords, optionalWords, type ListKind} from './labels.js';
import {unitField} from './unit-field.js';

/** What the form shows in a number or year field: what the person typed, while it still means the stored value. */
export type ShownValue = (path: Path, stored: JsonValue | undefined, format: (value: JsonValue | undefined) => string) => string;

export interface RenderOptions {
  readonly shownValue: ShownValue;
}

function heading(n: number, id: string, content: unknown): TemplateResult {
  // Six plain templates: a tag chosen at run time would need lit/static-html.
  switch (level(n)) {
    case 2:
      return html`<h2 id=${id} tabindex="-1">${content}</h2>`;
    case 3:
      return html`<h3 id=${id} tabindex="-1">${content}</h3>`;
    case 4:
      return html`<h4 id=${id} tabindex="-1">${content}</h4>`;
    case 5:
      return html`<h5 id=${id} tabindex="-1">${content}</h5>`;
    default:
      return html`<h6 id=${id} tabindex="-1">${content}</h6>`;
  }
}

/** A text's words for a heading, in the editor's language where the text has it, marked with its own `lang`. */
function nameOf(context: FormContext, value: JsonValue | undefined, limit = 60): TemplateResult | undefined {
  if (typeof value === 'string' && value.trim() === '') return undefined;
  const language = textIn(value, context.locale, context.feedLanguage).trim() ? context.locale : context.feedLanguage;
  let words = textIn(value, language, context.feedLanguage).trim();
  let lang = language;
  if (!words) {
    // Any language at all rather than no name.
    const first = isObject(value) ? Object.entries(value).find(([, text]) => typeof text === 'string' && text.trim()) : undefined;
    if (!first) return undefined;
    [lang, words] = [first[0], String(first[1]).trim()];
  }
  const plain = words.replace(/\s+/g, ' ').replace(/[*[\]]/g, '');
  const short = plain.length > limit ? `${plain.slice(0, limit - 1).trimEnd()}…` : plain;
  return html`<span lang=${lang}>${short}</span>`;
}

function periodName(context: FormContext, period: JsonValue | undefined): TemplateResult | string | undefined {
  if (!isObject(period)) return undefined;
  const title = nameOf(context, period['title']);
  if (title) return title;
  const from = typeof period['from'] === 'string' || typeof period['from'] === 'number' ? String(period['from']) : '';
  const to = typeof period['to'] === 'string' || typeof period['to'] === 'number' ? String(period['to']) : '';
  if (!from) return undefined;
  return to && to !== from ? `${from}–${to}` : from;
}

function itemName(context: FormContext, kind: ListKind, item: JsonValue | undefined): unknown {
  if (!isObject(item)) return undefined;
  switch (kind) {
    case 'party':
      return nameOf(context, item['name']);
    case 'period':
      return periodName(context, item);
    case 'promise':
      return nameOf(context, item['area']);
    case 'activity':
      return nameOf(context, item['text']);
    case 'target':
      return nameOf(context, item['label']);
    case 'contact':
      return nameOf(context, item['organization']) ?? (typeof item['name'] === 'string' && item['name'].trim() ? item['name'] : undefined);
    case 'link':
      return nameOf(context, item['text']);
    case 'signatory':
      return typeof item['name'] === 'string' && item['name'].trim() ? item['name'] : undefined;
    default:
      return undefined;
  }
}

/** One field of an object, by what it holds. */
function renderField(context: FormContext, options: RenderOptions, owner: ObjectKind, field: FieldSpec, path: Path, depth: number): unknown {
  if (!shown(context, path)) return nothing;
  const words = fieldWords(owner, field.key);
  const value = getAt(context.doc, path);
  const type = field.type;
  switch (type.kind) {
    case 'format':
    case 'schema':
      return nothing;
    case 'language':
      // Languages by their names ("Svenska", "Nordsamiska"), the tag itself where Intl has none.
      return choiceField(context, path, words, ['sv', 'en', 'fi', 'se'], (tag) => languageLabel(tag, context.locale));
    case 'text':
      return textField(context, path, words, {required: field.required});
    case 'rich':
      return textField(context, path, words, {required: field.required, rich: true});
    case 'string':
    case 'url':
    case 'email':
    case 'phone':
    case 'slug':
    case 'date': {
      const shownValue = value === undefined ? '' : typeof value === 'string' || typeof value === 'number' ? String(value) : JSON.stringify(value);
      return simpleField(context, path, words, type.kind, {required: field.required, shownValue});
    }
    case 'number':
    case 'year':
      return simpleField(context, path, words, type.kind, {
        required: field.required,
        shownValue: options.shownValue(path, value, (stored) => numberForInput(stored, context.locale)),
      });
    case 'flag':
      return flagField(context, path, words);
    case 'choice':
      return choiceField(context, path, words, type.values);
    case 'parties':
      return partiesField(context, path, words);
    case 'party':
      return partyField(context, path, words);
    case 'unit':
      return unitField(context, path);
    case 'string-list':
      return linesField(context, path, words, options.shownValue(path, value, linesForInput));
    case 'text-list':
      return renderList(context, options, path, 'place', depth, {label: words.label});
    case 'object':
      return renderOptional(context, options, owner, field, path, depth);
    case 'list':
      return renderList(context, options, path, listKindOf(owner, field.key), depth, {label: words.label});
  }
}

function listKindOf(owner: ObjectKind, key: string): ListKind {
  if (key === 'done') return 'done';
  if (key === 'notDone') return 'notDone';
  const kinds: Record<string, ListKind> = {
    parties: 'party',
    periods: 'period',
    promises: 'promise',
    activities: 'activity',
    targets: 'target',
    contacts: 'contact',
    links: 'link',
    signatories: 'signatory',
  };
  const kind = kinds[key];
  if (!kind) throw new Error(`No list kind for ${owner}.${key}`);
  return kind;
}

/** The fields of an object, in the format's order. */
function renderFields(context: FormContext, options: RenderOptions, kind: ObjectKind, path: Path, depth: number, only?: readonly string[]): unknown[] {
  return FIELDS[kind]
    .filter((field) => !only || only.includes(field.key))
    .map((field) => renderField(context, options, kind, field, [...path, field.key], depth));
}

/** An optional part (a follow-up, a baseline…): an "add" button while absent, its fields once added. */
function renderOptional(context: FormContext, options: RenderOptions, owner: ObjectKind, field: FieldSpec, path: Path, depth: number): unknown {
  if (field.type.kind !== 'object') return nothing;
  const kind = field.type.of;
  const value = getAt(context.doc, path);
  const words = fieldWords(owner, field.key);
  const buttons = optionalWords(owner, field.key);
  const pathJson = JSON.stringify(path);
  if (value === undefined) {
    if (context.onlyMissing) return nothing;
    return html`<div class="optional-add">
      <button type="button" class="add-button" data-action="create" data-path=${pathJson}><span aria-hidden="true">+ </span>${buttons.add}</button>
    </div>`;
  }
  const headingId = idFor(path, 'heading');
  const problems = problemsBlock(context, path);
  const asHeading = kind === 'outcome';
  const title = asHeading ? heading(depth, headingId, words.label) : html`<p class="group-title" id=${headingId} tabindex="-1">${words.label}</p>`;
  return html`<div class="group group-${kind}" role="group" aria-labelledby=${headingId} data-anchor=${pathKey(path)}>
    <div class="item-head">
      ${title}
      ${context.onlyMissing
        ? nothing
        : html`<div class="item-actions">
            <button type="button" class="remove-button" data-action="delete" data-path=${pathJson}>${buttons.remove}</button>
          </div>`}
    </div>
    ${words.hint ? html`<p class="hint">${words.hint}</p>` : nothing}
    ${problems.template}
    ${isObject(value) ? renderFields(context, options, kind, path, depth + 1) : nothing}
  </div>`;
}

/** Lists whose items get a heading of their own; other lists' items are groups with a title. */
const HEADED: readonly ListKind[] = ['period', 'promise', 'activity', 'target'];

const OBJECT_OF: Record<ListKind, ObjectKind | undefined> = {
  party: 'party',
  period: 'period',
  promise: 'promise',
  activity: 'activity',
  target: 'target',
  done: 'item',
  notDone: 'item',
  contact: 'contact',
  link: 'link',
  signatory: 'signatory',
  place: undefined,
};

/**
 * A list: its label (a heading where its items have none), its items with
 * "move up", "move down" and "remove", and "add" at the end.
 */
export function renderList(
  context: FormContext,
  options: RenderOptions,
  path: Path,
  kind: ListKind,
  depth: number,
  labels: {label: string}
): TemplateResult {
  const value = getAt(context.doc, path);
  const items = Array.isArray(value) ? value : [];
  const words = listWords(kind);
  const headed = HEADED.includes(kind);
  const listId = idFor(path, 'list');
  const problems = problemsBlock(context, path);
  const pathJson = JSON.stringify(path);
  const notAList = value !== undefined && !Array.isArray(value);

  // Periods get the section's heading; promises, activities and targets are
  // headings themselves, under a plain label; other lists are headed groups.
  const labelAsHeading = kind !== 'place' && (!headed || path.length === 1);
  const itemDepth = labelAsHeading ? depth + 1 : depth;
  const label = labelAsHeading ? heading(depth, listId, labels.label) : html`<p class="list-label" id=${listId}>${labels.label}</p>`;

  return html`<div class="list list-${kind}" data-anchor=${pathKey(path)}>
    ${label}
    ${problems.template}
    ${notAList
      ? html`<p class="problem">
          ${msg('Här ska det vara en lista, men filen har något annat. Det finns kvar i filen tills du lägger till en post här.', {
            desc: 'Shown where the feed has a value of the wrong type instead of a list.',
          })}
        </p>`
      : nothing}
    ${items.length
      ? html`<ol class="items" aria-labelledby=${listId}>
          ${items.map((item, index) =>
            shown(context, [...path, index])
              ? html`<li>${renderItem(context, options, path, kind, item, index, items.length, itemDepth)}</li>`
              : nothing
          )}
        </ol>`
      : nothing}
    ${context.onlyMissing
      ? nothing
      : html`<button type="button" class="add-button" data-action="add" data-path=${pathJson} data-kind=${kind}><span aria-hidden="true">+ </span>${words.add}</button>`}
  </div>`;
}

function renderItem(
  context: FormContext,
  options: RenderOptions,
  listPath: Path,
  kind: ListKind,
  item: JsonValue,
  index: number,
  count: number,
  depth: number
): TemplateResult {
  const path = [...listPath, index];
  const words = listWords(kind);
  const n = index + 1;
  const headingId = idFor(path, 'heading');
  const name = itemName(context, kind, item);
  const title = words.heading(n, name);
  const textItem = (kind === 'done' || kind === 'notDone') && isTextItem(item);
  const groupAnchor = kind === 'place' || textItem ? nothing : pathKey(path);
  const problems = groupAnchor === nothing ? {template: nothing} : problemsBlock(context, path);
  const pathJson = JSON.stringify(path);
  const actions = context.onlyMissing
    ? nothing
    : html`<div class="item-actions">
        <button
          type="button"
          data-action="up"
          data-path=${pathJson}
          aria-label=${words.up(n)}
          aria-disabled=${index === 0 ? 'true' : 'false'}
        >
          ${msg('Flytta upp', {desc: 'Visible text of the button that moves an item up a list.'})}
        </button>
        <button
          type="button"
          data-action="down"
          data-path=${pathJson}
          aria-label=${words.down(n)}
          aria-disabled=${index === count - 1 ? 'true' : 'false'}
        >
          ${msg('Flytta ner', {desc: 'Visible text of the button that moves an item down a list.'})}
        </button>
        <button type="button" class="remove-button" data-action="remove" data-path=${pathJson} data-kind=${kind} aria-label=${words.remove(n)}>
          ${msg('Ta bort', {desc: 'Visible text of the button that removes an item from a list.'})}
        </button>
      </div>`;

  // A place is one text: its legend names the item.
  const labelledBy = kind === 'place' ? idFor(path, 'legend') : headingId;
  const head = html`<div class="item-head">
    ${kind === 'place'
      ? nothing
      : HEADED.includes(kind)
        ? heading(depth, headingId, title)
        : html`<p class="item-title" id=${headingId} tabindex="-1">${title}</p>`}
    ${actions}
  </div>`;

  let body: unknown;
  if (kind === 'place') {
    body = textField(context, path, {label: title as string}, {required: true});
  } else if (textItem) {
    body = [
      textField(context, path, fieldWords('item', 'text'), {rich: true, required: true, textItem: true}),
      partiesField(context, [...path, 'by'], fieldWords('item', 'by'), {textItem: true, itemPath: path}),
    ];
  } else {
    const objectKind = OBJECT_OF[kind]!;
    body = isObject(item)
      ? renderFields(context, options, objectKind, path, depth + 1)
      : html`<p class="problem">
          ${msg('Den här posten är inte ett objekt i filen och kan inte visas här. Ta bort den, eller rätta filen för hand.', {
            desc: 'Shown for a list item of the wrong type (e.g. a number where a promise should be).',
          })}
        </p>`;
  }

  return html`<div class="item item-${kind}" role="group" aria-labelledby=${labelledBy} data-anchor=${groupAnchor}>
    ${head} ${problems.template} ${body}
  </div>`;
}

/** The document: title and lead, parties, periods, contacts, links, then the page's own details. */
export function renderDocument(context: FormContext, options: RenderOptions): TemplateResult {
  const problems = problemsBlock(context, []);
  const aboutId = 'heading-about';
  const pageId = 'heading-page';
  const showAbout = shown(context, ['title']) || shown(context, ['intro']);
  return html`
    <div class="document" data-anchor="">
      ${problems.template}
      ${showAbout
        ? html`<section class="section">
            ${heading(2, aboutId, msg('Överskrift och inledning', {desc: 'Heading of the section with the feed title and lead text.'}))}
            ${renderFields(context, options, 'feed', [], 3, ['title', 'intro'])}
          </section>`
        : nothing}
      ${(['parties', 'periods', 'contacts', 'links'] as const).map((key) =>
        shown(context, [key]) ? html`<section class="section">${renderFields(context, options, 'feed', [], 2, [key])}</section>` : nothing
      )}
      ${context.onlyMissing
        ? nothing
        : html`<section class="section">
            ${heading(2, pageId, msg('Om sidan', {desc: 'Heading of the section with the page address, last update and feed language.'}))}
            ${renderFields(context, options, 'feed', [], 3, ['updated', 'url', 'language'])}
          </section>`}
    </div>
  `;
}
