/**
 * What every template needs to know about the render in progress, and the
 * small helpers that put feed text on the page with the right `lang`.
 */
import {html, nothing, type TemplateResult} from 'lit';
import {literal, html as staticHtml, type StaticValue} from 'lit/static-html.js';
import {
  resolveLanguage,
  sameLanguage,
  type Feed,
  type LocalizedRichText,
  type LocalizedText,
  type Party,
} from '../feed/index.js';
import type {UiLocale} from '../localization.js';
import {renderBlocks} from './rich-text.js';

export interface RenderContext {
  readonly feed: Feed;
  /** The widget's content language (a BCP 47 tag). */
  readonly lang: string;
  /** The language of UI strings, numbers and dates. */
  readonly locale: UiLocale;
  /** Level of the period headings, 1–6. */
  readonly headingLevel: number;
  /** Today as yyyymmdd, for current/ended/upcoming. */
  readonly today: number;
  readonly parties: ReadonlyMap<string, Party>;
  readonly isOpen: (fragment: string) => boolean;
  readonly onToggle: (event: Event) => void;
}

/** Fragment ids: stable, from feed ids, unambiguous (slugs have no "/"). */
export const periodFragment = (periodId: string) => `medborgarloften-${periodId}`;
export const promiseFragment = (periodId: string, promiseId: string) =>
  `medborgarloften-${periodId}/${promiseId}`;

// Heading tags chosen from a fixed list: `literal` only ever sees these.
const HEADINGS: readonly StaticValue[] = [
  literal`h1`,
  literal`h2`,
  literal`h3`,
  literal`h4`,
  literal`h5`,
  literal`h6`,
];

/** A real heading, `depth` levels below the period headings, never past h6. */
export function heading(
  context: RenderContext,
  depth: number,
  content: unknown,
  options: {id?: string; className?: string; part?: string} = {}
): TemplateResult {
  const level = Math.min(6, context.headingLevel + depth);
  const tag = HEADINGS[level - 1]!;
  return staticHtml`<${tag} id=${options.id ?? nothing} class=${options.className ?? nothing} part=${
    options.part ?? nothing
  }>${content}</${tag}>`;
}

/** A text in the widget's language, or its fallback in a `lang` span. */
export function text(context: RenderContext, value: LocalizedText | undefined): unknown {
  const resolved = resolveLanguage(value, context.lang, context.feed.language);
  if (!resolved) return nothing;
  return sameLanguage(resolved.lang, context.lang)
    ? resolved.value
    : html`<span lang=${resolved.lang}>${resolved.value}</span>`;
}

/** The plain string of a text, for attributes and joined lists. */
export function plainText(context: RenderContext, value: LocalizedText | undefined): string {
  return resolveLanguage(value, context.lang, context.feed.language)?.value ?? '';
}

/**
 * Rich text as blocks; `inline` renders a single paragraph without its `<p>`
 * (inside a list item). Fallback text is wrapped with its `lang`.
 */
export function richText(
  context: RenderContext,
  value: LocalizedRichText | undefined,
  options: {inline?: boolean; className?: string} = {}
): unknown {
  const resolved = resolveLanguage(value, context.lang, context.feed.language);
  if (!resolved) return nothing;
  const lang = sameLanguage(resolved.lang, context.lang) ? undefined : resolved.lang;
  const content = renderBlocks(resolved.value, options.inline === true);
  if (options.inline && resolved.value.length === 1 && resolved.value[0]!.type === 'paragraph') {
    return lang ? html`<span lang=${lang}>${content}</span>` : content;
  }
  return html`<div class=${options.className ?? 'rich-text'} lang=${lang ?? nothing}>${content}</div>`;
}

/** The names of the parties with these ids, joined ("Polisen och kommunen"). */
export function partyNames(context: RenderContext, ids: readonly string[] | undefined): string[] {
  const parties = ids ? ids.map((id) => context.parties.get(id)).filter((p) => p !== undefined) : [];
  return parties.map((party) => plainText(context, party.name));
}
