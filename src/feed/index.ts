/**
 * The feed module: everything about format 1 that needs no DOM. The element,
 * the command-line tool and other programs share it.
 */
export * from './types.js';
export {parseFeed, FORMAT} from './parse.js';
export {FEED_FIELDS, FEED_ENUMS, STATUSES, PARTY_KINDS, DIRECTIONS, UNIT_KEYWORDS} from './fields.js';
export type {FeedObjectKind} from './fields.js';
export {parseRichText, richTextToPlain} from './rich-text.js';
export type {NodeBudget, ParsedRichText} from './rich-text.js';
export {resolveLanguage, primaryLanguage, sameLanguage, LANGUAGE_TAG} from './language.js';
export type {Resolved} from './language.js';
export {safeUrl, mailtoUrl, telUrl} from './url.js';
export {parseFeedDate, startOf, endOf, dayNumber, periodPhase} from './dates.js';
export type {PeriodPhase} from './dates.js';
export {formatPath} from './path.js';
export {MAX_FEED_CHARACTERS, MAX_TEXT_CHARACTERS, MAX_ITEMS, MAX_RICH_TEXT_NODES} from './limits.js';
