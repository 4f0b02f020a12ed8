/**
 * @lit/localize's `msg`, `str` and `configureReentrantLocalization`, as the
 * one-file embed needs them once ./rollup-lean-messages.mjs has compiled its
 * messages: each `msg()` carries its message's index, and each language's
 * table is an array of strings, or of strings and value indexes. Only the
 * embed's build uses this file; src/ and its tests use @lit/localize.
 */

/** The current language's table, or nothing for the source language. */
let currentTable = () => undefined;

/** str`…${value}…`: the text's parts and its values, for msg(). */
export const str = (strings, ...values) => ({strings, values});

/** The message at `index` in the current language's table with its values put in; the Swedish where there is none. */
export function msg(template, index) {
  const found = currentTable()?.[index];
  if (typeof template === 'string') return found ?? template;
  const {strings, values} = template;
  if (!found) return strings.reduce((text, part, at) => text + values[at - 1] + part);
  return typeof found === 'string' ? found : found.map((part) => (typeof part === 'number' ? values[part] : part)).join('');
}

export function configureReentrantLocalization({sourceLocale, getLocale, loadLocaleSync}) {
  currentTable = () => {
    const locale = getLocale();
    return locale === sourceLocale ? undefined : loadLocaleSync(locale)?.templates;
  };
  return {};
}
