/**
 * What every template needs to know about the render in progress, and the
 * small helpers that put feed text on the page with the right `lang`.
 */
import {html, nothing, type TemplateResult} from 'lit';
import {
  resolveLanguage,
  sameLanguage,
  type Feed,
  type LocalizedRichText,
  type LocalizedText,
  type Party,
  type Resolved,
} from '../feed/index.js';
import type {Locale} from '../locale.js';
import {formatListParts} from '../format.js';
import {breakable, renderBlocks} from './rich-text.js';

export interface RenderContext {
  readonly feed: Feed;
  readonly locale: Locale;
  /** Level of the period headings, 1–6. */
  readonly headingLevel: number;
  readonly parties: ReadonlyMap<string, Party>;
  /** Added to internal ids where several widgets share one document (light DOM). */
  readonly idSuffix: string;
  /**
   * A visitor's view: disclosure buttons, closed panels, the progressive
   * fill. Absent for the static render, where every section is open and
   * nothing is a button.
   */
  readonly view?: View;
}

export interface View {
  /** Today as yyyymmdd, for current/ended/upcoming. */
  readonly today: number;
  /** The id a period's or promise's element carries: its fragment id, unless another widget on the page owns it. */
  readonly fragmentId: (fragment: string) => string;
  readonly isOpen: (fragment: string) => boolean;
  /** Whether a promise is rendered yet: a large feed's first render holds its first promises (and the open ones) only. */
  readonly isShown: (fragment: string) => boolean;
  /** Whether a closed promise's panel has its content yet (for find-in-page and print). */
  readonly isFilled: (fragment: string) => boolean;
  /** Whether a closed panel still holds content from before a language switch, to keep until it is filled. */
  readonly isStale: (fragment: string) => boolean;
  /**
   * Changes whenever anything a promise's rendering depends on changes,
   * besides the promise itself and its open state (language, heading level…):
   * a toggle then re-renders only the promise it touched.
   */
  readonly renderKey: string;
  /** Closed panels use `hidden="until-found"`, so find-in-page reaches them. */
  readonly untilFound: boolean;
  /** The promise whose link was just copied, to confirm it beside its button. */
  readonly copiedFragment: string | undefined;
  /** Event handlers; each reads the fragment or period from `data-` attributes. */
  readonly onToggle: (event: Event) => void;
  readonly onBeforeMatch: (event: Event) => void;
  readonly onShowAll: (event: Event) => void;
  readonly onCopyLink: (event: Event) => void;
}

export interface ContextOptions {
  readonly headingLevel: number;
  readonly idSuffix?: string;
  readonly view?: View;
}

export function createContext(feed: Feed, locale: Locale, options: ContextOptions): RenderContext {
  return {
    feed,
    locale,
    headingLevel: options.headingLevel,
    parties: new Map(feed.parties.map((party) => [party.id, party])),
    idSuffix: options.idSuffix ?? '',
    view: options.view,
  };
}

/** A real heading, `depth` levels below the period headings, never past h6. */
export function heading(
  context: RenderContext,
  depth: number,
  content: unknown,
  options: {id?: string; className?: string; part?: string} = {}
): TemplateResult {
  const id = options.id ?? nothing;
  const className = options.className ?? nothing;
  const part = options.part ?? nothing;
  // Six plain templates: cheaper to render than a tag chosen with lit/static-html.
  switch (Math.min(6, context.headingLevel + depth)) {
    case 1:
      return html`<h1 id=${id} class=${className} part=${part}>${content}</h1>`;
    case 2:
      return html`<h2 id=${id} class=${className} part=${part}>${content}</h2>`;
    case 3:
      return html`<h3 id=${id} class=${className} part=${part}>${content}</h3>`;
    case 4:
      return html`<h4 id=${id} class=${className} part=${part}>${content}</h4>`;
    case 5:
      return html`<h5 id=${id} class=${className} part=${part}>${content}</h5>`;
    default:
      return html`<h6 id=${id} class=${className} part=${part}>${content}</h6>`;
  }
}

/** A text in the widget's language, or its fallback in a `lang` span. */
export function text(context: RenderContext, value: LocalizedText | undefined): unknown {
  const resolved = resolveLanguage(value, context.locale.lang, context.feed.language);
  if (!resolved) return nothing;
  const words = breakable(resolved.value);
  return sameLanguage(resolved.lang, context.locale.base) ? words : html`<span lang=${resolved.lang}>${words}</span>`;
}

/** The plain string of a text, for attributes and joined lists. */
export function plainText(context: RenderContext, value: LocalizedText | undefined): string {
  return resolveLanguage(value, context.locale.lang, context.feed.language)?.value ?? '';
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
  const resolved = resolveLanguage(value, context.locale.lang, context.feed.language);
  if (!resolved) return nothing;
  const lang = sameLanguage(resolved.lang, context.locale.base) ? undefined : resolved.lang;
  const content = renderBlocks(resolved.value, options.inline === true);
  if (options.inline && resolved.value.length === 1 && resolved.value[0]!.type === 'paragraph') {
    return lang ? html`<span lang=${lang}>${content}</span>` : content;
  }
  return html`<div class=${options.className ?? 'rich-text'} lang=${lang ?? nothing}>${content}</div>`;
}

/** The names of the parties with these ids. */
export function partyNames(context: RenderContext, ids: readonly string[] | undefined): LocalizedText[] {
  const parties = ids ? ids.map((id) => context.parties.get(id)).filter((p) => p !== undefined) : [];
  return parties.map((party) => party.name);
}

/**
 * Texts joined as the language joins a list ("Polisen och kommunen"), each
 * keeping its own `lang` where it falls back to another language.
 */
export function textList(context: RenderContext, texts: readonly LocalizedText[]): unknown[] {
  const parts = formatListParts(
    texts.map((value) => plainText(context, value)),
    context.locale.intl
  );
  let index = 0;
  return parts.map((part) => (part.type === 'element' ? text(context, texts[index++]) : part.value));
}

/**
 * A sentence of ours with a feed text inside it (a unit): the feed text gets
 * its own `lang` when it is in another language than the wrapper.
 */
export function withForeignText(context: RenderContext, sentence: string, part: Resolved<string> | undefined): unknown {
  if (!part || sameLanguage(part.lang, context.locale.base)) return sentence;
  const at = sentence.lastIndexOf(part.value);
  if (at === -1) return sentence;
  return html`${sentence.slice(0, at)}<span lang=${part.lang}>${part.value}</span>${sentence.slice(at + part.value.length)}`;
}
