/**
 * The editor's translations (XLIFF in locales/editor/) joined to the one
 * @lit/localize configuration, beside the tools' (the validator's and the
 * importer's words, which the editor shows too). Only the editor imports
 * this module, so neither the widget nor the validator's bundle carries the
 * editor's sentences or the Lit its markup needs.
 */
import '../tools-locales.js';
import {translations} from '../generated/editor/translations.js';
import {registerTemplates} from '../localization.js';

/** The languages whose editor translations are registered. */
export const editorTranslationLocales: readonly string[] = Object.entries(translations).map(([locale, templates]) => {
  registerTemplates(locale, templates);
  return locale;
});
