/**
 * The one place that configures @lit/localize.
 *
 * Each <medborgar-loften> has its own language (its `lang`, or the page's
 * around it), and two widgets in different languages may share a page. The
 * runtime mode's single page-wide locale cannot express that, so the widget
 * uses @lit/localize's re-entrant mode: `msg()` asks `getLocale()` on every
 * call, and a widget sets the locale for the span of its own synchronous
 * update (render and commit) with `renderInLocale`. Every locale's templates
 * are imported statically (./generated/translations.ts, written from the
 * table of languages), so the one-file bundle holds them all and makes no
 * request for them.
 */
import {configureReentrantLocalization} from '@lit/localize/init/reentrant.js';
import type {LocaleModule} from '@lit/localize';
import {translations} from './generated/translations.js';
import {SOURCE_LANGUAGE, uiLocales, type UiLocale} from './locale.js';

const localeModules: Record<string, LocaleModule> = {};
for (const [locale, templates] of Object.entries(translations)) localeModules[locale] = {templates};

let renderingLocale: UiLocale = SOURCE_LANGUAGE;

try {
  configureReentrantLocalization({
    sourceLocale: SOURCE_LANGUAGE,
    targetLocales: uiLocales().filter((locale) => locale !== SOURCE_LANGUAGE),
    getLocale: () => renderingLocale,
    loadLocaleSync: (locale) => localeModules[locale],
  });
} catch (error) {
  // A page that bundles this module next to its own @lit/localize set-up
  // keeps its own: msg() then follows the page's configuration.
  console.warn('<medborgar-loften>: @lit/localize was already configured on this page.', error);
}

/**
 * Adds another lit-localize project's translations for `locale` (the
 * `templates` of its generated `locales/LOCALE.js`) to what `msg()` finds,
 * next to the widget's own. The validator registers the tools' project
 * (locales/tools/) this way and the editor its own (locales/editor/), so
 * that the widget's bundle never carries their messages and all share this
 * one configuration. Only the widget's target locales are looked up; the
 * projects' message ids must differ (test/localization/ checks it).
 */
export function registerTemplates(locale: string, templates: LocaleModule['templates']): void {
  localeModules[locale] = {templates: {...localeModules[locale]?.templates, ...templates}};
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
