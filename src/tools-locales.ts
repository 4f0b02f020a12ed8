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

for (const [locale, templates] of Object.entries(translations)) registerTemplates(locale, templates);
