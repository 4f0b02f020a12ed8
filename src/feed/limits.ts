/**
 * Documented limits (README, "Limits"). They keep a mistaken or hostile feed
 * from freezing a visitor's tab; real feeds are far below them.
 */

/** A feed's JSON text longer than this (in UTF-16 code units) is refused. */
export const MAX_FEED_CHARACTERS = 5_000_000;

/** A single text longer than this is cut there, with a warning. */
export const MAX_TEXT_CHARACTERS = 20_000;

/** An array (periods, promises, activities…) is cut after this many items, with a warning. */
export const MAX_ITEMS = 5_000;

/**
 * Rich-text nodes (paragraphs, list items, line breaks, links, emphasis) a
 * whole feed may make; past it, further markup is shown as plain text, with
 * a warning. Real feeds use a few thousand at most.
 */
export const MAX_RICH_TEXT_NODES = 50_000;
