/**
 * The one place that configures @lit/localize.
 *
 * Each <medborgar-loften> has its own language (its `lang`, or the page's
 * around it), and two widgets in different languages may share a page. The
 * runtime mode's single page-wide locale cannot express that, so the widget
 * uses @lit/localize's re-entrant mode: `msg()` asks `getLocale()` on every
 * call, and a widget sets the locale for the span of its own synchronous
 * update (render and commit) with `renderInLocale`. Every locale's templates
 * are imported statically, so the one-file bundle holds them all and makes no
 * request for them.
 */
import {configureReentrantLocalization} from '@lit/localize/init/reentrant.js';
import type {LocaleModule} from '@lit/localize';
import {sourceLocale, targetLocales} from './generated/locale-codes.js';
import * as en from './generated/locales/en.js';

/** A language the widget has UI strings for. */
export type UiLocale = typeof sourceLocale | (typeof targetLocales)[number];

const localeModules: Record<string, LocaleModule> = {en};

let renderingLocale: UiLocale = sourceLocale;

try {
  configureReentrantLocalization({
    sourceLocale,
    targetLocales: [...targetLocales],
    getLocale: () => renderingLocale,
    loadLocaleSync: (locale) => localeModules[locale],
  });
} catch (error) {
  // A page that bundles this module next to its own @lit/localize set-up
  // keeps its own: msg() then follows the page's configuration.
  console.warn('<medborgar-loften>: @lit/localize was already configured on this page.', error);
}

/**
 * Adds the translations of another lit-localize project (the editor's) to a
 * locale, so that msg() finds them next to the widget's. The widget's own
 * bundle never calls this: its messages stay the only ones it carries.
 */
export function addTranslations(locale: UiLocale, module: LocaleModule): void {
  localeModules[locale] = {templates: {...localeModules[locale]?.templates, ...module.templates}};
}

/**
 * The UI language for a content language: English for `en` and `en-*`,
 * Swedish for Swedish and every language without UI strings.
 */
export function uiLocaleFor(lang: string): UiLocale {
  const primary = lang.split('-')[0]!.toLowerCase();
  return (targetLocales as readonly string[]).includes(primary) ? (primary as UiLocale) : sourceLocale;
}

/**
 * The locale for numbers, dates and lists (src/format.ts): the widget's own
 * tag where it names a region of the UI language ("en-US", formatted by
 * `Intl`), else the conventions of the Swedish public sector's readers:
 * Swedish, or British English (12 October 2026), which format.ts formats
 * without `Intl`.
 */
export function intlLocaleFor(lang: string): string {
  const ui = uiLocaleFor(lang);
  const primary = lang.split('-')[0]!.toLowerCase();
  if (primary === ui && lang.includes('-')) return lang;
  return ui === 'en' ? 'en-GB' : 'sv-SE';
}

/** Runs `work` (a synchronous render) with `msg()` answering in `locale`. */
export function renderInLocale<T>(locale: UiLocale, work: () => T): T {
  const previous = renderingLocale;
  renderingLocale = locale;
  try {
    return work();
  } finally {
    renderingLocale = previous;
  }
}
