/**
 * Translation gaps: every text that has words in some language but none in
 * the language asked for, by path, in the order they stand in the feed. The
 * rule is the validator's translators' report: a plain string counts as the
 * feed's language, a tag counts by its primary language ("en-GB" is
 * English), and an empty text is missing, not untranslated.
 */
import {FIELDS, isTextItem, type FieldType, type ObjectKind} from './fields.js';
import {isObject, type JsonValue, type Path} from './json.js';
import {feedLanguageOf, hasAnyText, hasLanguage} from './text.js';
import {unitKind} from './unit.js';

export function translationGaps(doc: JsonValue | undefined, language: string): Path[] {
  const feedLanguage = feedLanguageOf(doc);
  const gaps: Path[] = [];

  const checkText = (value: JsonValue | undefined, path: Path) => {
    if (hasAnyText(value, feedLanguage) && !hasLanguage(value, language, feedLanguage)) gaps.push(path);
  };

  const walkField = (value: JsonValue, type: FieldType, path: Path) => {
    switch (type.kind) {
      case 'text':
      case 'rich':
        checkText(value, path);
        return;
      case 'text-list':
        if (Array.isArray(value)) value.forEach((entry, i) => checkText(entry, [...path, i]));
        return;
      case 'unit':
        if (unitKind(value) === 'words') checkText(value, path);
        else if (unitKind(value) === 'plural' && isObject(value)) {
          for (const [category, form] of Object.entries(value)) checkText(form, [...path, category]);
        }
        return;
      case 'object':
        walkObject(value, type.of, path);
        return;
      case 'list':
        if (Array.isArray(value)) value.forEach((item, i) => walkObject(item, type.of, [...path, i]));
        return;
      default:
        return;
    }
  };

  const walkObject = (value: JsonValue, kind: ObjectKind, path: Path) => {
    // An outcome item may be a rich text by itself.
    if (kind === 'item' && isTextItem(value)) {
      checkText(value, path);
      return;
    }
    if (!isObject(value)) return;
    for (const field of FIELDS[kind]) {
      const fieldValue = value[field.key];
      if (fieldValue !== undefined) walkField(fieldValue, field.type, [...path, field.key]);
    }
  };

  if (doc !== undefined) walkObject(doc, 'feed', []);
  return gaps;
}
