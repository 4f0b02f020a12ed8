/**
 * Where a path is, in the form's own words: "Period 1: 2021–2022 › Löfte 2:
 * Trafik › Område". Used by the problem list, so a person knows where a
 * problem is before jumping there.
 */
import type {TemplateResult} from 'lit';
import {html} from 'lit';
import {fieldOf, locate, type ObjectKind} from '../model/fields.js';
import {getAt, isObject, type JsonValue, type Path} from '../model/json.js';
import {textIn} from '../model/text.js';
import type {UiLocale} from '../../locale.js';
import {fieldWords, listWords, type ListKind} from './labels.js';

const LIST_KINDS: Readonly<Record<string, ListKind>> = {
  parties: 'party',
  periods: 'period',
  promises: 'promise',
  activities: 'activity',
  targets: 'target',
  done: 'done',
  notDone: 'notDone',
  contacts: 'contact',
  links: 'link',
  signatories: 'signatory',
  places: 'place',
};

const NAME_FIELDS: Partial<Record<ListKind, string>> = {
  party: 'name',
  promise: 'area',
  target: 'label',
  link: 'text',
  contact: 'organization',
};

function nameOf(item: JsonValue | undefined, kind: ListKind, locale: UiLocale, feedLanguage: string): TemplateResult | string | undefined {
  if (!isObject(item)) return undefined;
  if (kind === 'period') {
    const from = item['from'];
    const to = item['to'];
    if (typeof from !== 'string' && typeof from !== 'number') return undefined;
    return to !== undefined && String(to) !== String(from) ? `${from}–${to}` : String(from);
  }
  if (kind === 'signatory') return typeof item['name'] === 'string' && item['name'].trim() ? item['name'] : undefined;
  const field = NAME_FIELDS[kind];
  if (!field) return undefined;
  const language = textIn(item[field], locale, feedLanguage).trim() ? locale : feedLanguage;
  const words = textIn(item[field], language, feedLanguage).trim();
  if (!words) return undefined;
  const short = words.length > 40 ? `${words.slice(0, 39).trimEnd()}…` : words;
  return html`<span lang=${language}>${short}</span>`;
}

/** The steps to a path, each in words: list items by number and name, then the field's label. */
export function placeOf(doc: JsonValue, path: Path, locale: UiLocale, feedLanguage: string): (string | TemplateResult)[] {
  const steps: (string | TemplateResult)[] = [];
  let kind: ObjectKind = 'feed';
  for (let i = 0; i < path.length; i++) {
    const segment = path[i]!;
    if (typeof segment === 'number') {
      const listKey = path[i - 1];
      const listKind = typeof listKey === 'string' ? LIST_KINDS[listKey] : undefined;
      if (!listKind) break;
      // The list's own label was the step before; the item replaces it.
      steps.pop();
      const item = getAt(doc, path.slice(0, i + 1));
      steps.push(listWords(listKind).heading(segment + 1, nameOf(item, listKind, locale, feedLanguage)));
      const located = locate(path.slice(0, i + 1));
      if (located.at === 'object') kind = located.kind;
      continue;
    }
    const field = fieldOf(kind, segment);
    if (!field) break;
    steps.push(fieldWords(kind, segment).label);
    if (field.type.kind === 'object') kind = field.type.of;
    else if (field.type.kind !== 'list' && field.type.kind !== 'text-list') break;
  }
  return steps;
}
