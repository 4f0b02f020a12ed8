/**
 * What a person types into a number, year or list field, as the value the
 * feed holds. Anything that is not clearly a number is kept as typed (the
 * validator then says so beside the field): nothing typed is thrown away.
 */
import type {JsonValue} from './json.js';

/** "12,5", "12.5", "-10", "1 200" → numbers; "" → absent; anything else as typed. */
export function numberFromInput(typed: string): JsonValue | undefined {
  const trimmed = typed.trim();
  if (trimmed === '') return undefined;
  const compact = trimmed.replace(/[\s\u00a0\u202f]/g, '').replace(/^[−–]/, '-');
  if (/^-?\d+(?:[.,]\d+)?$/.test(compact)) return Number(compact.replace(',', '.'));
  return typed;
}

/** "2021" → 2021; "" → absent; anything else as typed. */
export function yearFromInput(typed: string): JsonValue | undefined {
  const trimmed = typed.trim();
  if (trimmed === '') return undefined;
  return /^\d{4}$/.test(trimmed) ? Number(trimmed) : typed;
}

/** The decimal sign of a language: "," in Swedish and Finnish, "." in English. */
function decimalSign(locale: string): string {
  try {
    return new Intl.NumberFormat(locale).formatToParts(1.5).find((part) => part.type === 'decimal')?.value ?? '.';
  } catch {
    return '.';
  }
}

/** A number as a person in `locale` writes it (decimal comma in Swedish), without grouping; other values as they are. */
export function numberForInput(value: JsonValue | undefined, locale: string): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number') return String(value).replace('.', decimalSign(locale));
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Lines of a textarea as a list of strings (an address); blank lines dropped, none left: absent. */
export function linesFromInput(typed: string): JsonValue | undefined {
  const lines = typed
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  return lines.length ? lines : undefined;
}

/** A list of strings as lines; other values as JSON, so nothing is hidden. */
export function linesForInput(value: JsonValue | undefined): string {
  if (value === undefined) return '';
  if (Array.isArray(value) && value.every((line) => typeof line === 'string')) return value.join('\n');
  return typeof value === 'string' ? value : JSON.stringify(value);
}
