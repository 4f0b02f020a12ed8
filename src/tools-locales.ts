/**
 * The tools' translations (the validator, the command-line tool, the
 * importer; XLIFF in locales/tools/) joined to the one @lit/localize
 * configuration. Every module that says something in the tools' words
 * imports this one; the widget never does, so its bundle carries none of
 * them. Every language of locales/languages.json is in
 * ./generated/tools/translations.ts.
 */
import {translations} from './generated/tools/translations.js';
import {registerTemplates} from './localization.js';

/**
 * The languages whose tools' translations are registered. Exported for
 * validate/language.ts to use, not imported for its effect alone: rollup
 * judged the bare registration free of effects and left it out of the
 * validator's bundle, and the playground then said everything in Swedish.
 */
export const toolTranslationLocales: readonly string[] = Object.entries(translations).map(([locale, templates]) => {
  registerTemplates(locale, templates);
  return locale;
});
