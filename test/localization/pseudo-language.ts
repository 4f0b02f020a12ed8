/**
 * A pseudo-language with three plural categories, like Northern Sami
 * (`se`: one, two, other), added the way a line of locales/languages.json
 * adds a language. Imported before the widget, since @lit/localize reads
 * the list of languages once, when src/localization.ts configures it.
 */
import {addUiLanguage} from '../../src/locale.js';

addUiLanguage('se', 'se-NO');
