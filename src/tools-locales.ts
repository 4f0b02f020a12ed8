/**
 * The tools' translations (lit-localize.tools.json: the validator, the
 * command-line tool, the importer; XLIFF in locales/tools/) joined to the
 * one @lit/localize configuration. Every module that says something in the
 * tools' words imports this one; the widget never does, so its bundle
 * carries none of them. A new language is one more line here.
 */
import * as en from './generated/tools/locales/en.js';
import {registerTemplates} from './localization.js';

registerTemplates('en', en.templates);
