/**
 * The validator: everything `medborgar-loften validate`, the playground page
 * and the editor say about a feed, in Node and in the browser (no Node APIs,
 * no DOM). Documented in docs/cli.md, "The validator as a module".
 *
 *   const result = validateFeedText(text, {lang: 'en', translationLanguage: 'en'});
 *   result.fatal, result.findings, result.missingTranslations, result.errors, result.warnings
 *
 * Loading it adds the tools' translations (locales/tools/, built into
 * src/generated/tools/) to the one @lit/localize configuration of
 * src/localization.ts (language.ts does), so the widget's bundle never
 * carries them.
 */
import {renderInLocale} from '../localization.js';
import type {UiLocale} from '../locale.js';
import type {Finding, Severity} from './check.js';
import {toolLocaleFor} from './language.js';
import {missingTranslationWord, severityWord, wholeFeedLabel} from './messages.js';


export {validateFeedText, fileFailure, severityOf} from './check.js';
export type {Finding, Severity, TranslationGap, ValidateOptions, ValidationResult} from './check.js';
export {decodeFeed} from './decode.js';
export type {DecodedFeed} from './decode.js';
export {TOOL_LOCALES, isToolLocale, toolLocaleFor, languageName, formatList} from './language.js';
export type {ToolLocale} from './language.js';
export {mapJsonPositions} from './json-position.js';
export type {JsonPositions, JsonSyntaxError, Position, SyntaxErrorKind} from './json-position.js';

/** Runs `work` with the tools' messages in the language for `lang`. */
function inLanguage<T>(lang: string, work: () => T): T {
  return renderInLocale(toolLocaleFor(lang) as UiLocale, work);
}

/** "fel" / "error", "varning" / "warning": a finding's severity in words. */
export function severityLabel(severity: Severity, lang: string): string {
  return inLanguage(lang, () => severityWord(severity));
}

/** Where a finding is, for people: its JSON path, or "(flödet)" / "(feed)" for the whole feed. */
export function placeLabel(finding: Pick<Finding, 'path' | 'segments'>, lang: string): string {
  return finding.segments.length ? finding.path : inLanguage(lang, wholeFeedLabel);
}

/** "översättning saknas" / "translation missing", in place of a severity for a text without a translation. */
export function missingTranslationLabel(lang: string): string {
  return inLanguage(lang, missingTranslationWord);
}
