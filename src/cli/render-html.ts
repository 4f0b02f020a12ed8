/**
 * `render`: the whole feed as static, semantic HTML (headings, paragraphs,
 * lists, links; no script, no styles) for a web editor to paste inside
 * <medborgar-loften> as its fallback. Visitors without JavaScript, crawlers
 * and read-aloud tools get the promises; the widget hides it once it has
 * rendered and shows it again whenever the feed cannot be shown.
 *
 * It renders the normalized feed of the feed module, so it shows what the
 * widget shows: the same language fallback (text in another language
 * carries its `lang`), the same rich-text tree, the same URL allowlist.
 * Everything from the feed is escaped.
 *
 * UI words ("Bakgrund", "Mål: …") are the widget's own messages, looked up
 * at run time through @lit/localize in the widget's configuration, so they
 * come from the same XLIFF. They are called through `ui()`, which the
 * lit-localize extractor does not see: each string here must be one that
 * the element's templates already declare with `msg()` (one message, one
 * description, one translation). test/cli checks that each has an English
 * translation, so a wording changed in the templates shows up there.
 *
 * No DOM and no Node: the element test imports it directly.
 */
import {msg, str, type StrResult} from '@lit/localize';
import {
  mailtoUrl,
  resolveLanguage,
  safeUrl,
  sameLanguage,
  telUrl,
  type Activity,
  type Block,
  type CitizenPromise,
  type Contact,
  type Feed,
  type Inline,
  type Item,
  type Link,
  type LocalizedRichText,
  type LocalizedText,
  type Outcome,
  type OutcomeStatus,
  type Period,
  type Signatory,
  type Target,
} from '../feed/index.js';
import {formatDate, formatDateRange, formatList} from '../format.js';
import {renderInLocale, uiLocaleFor, type UiLocale} from '../localization.js';
import {targetParts} from '../templates/target-text.js';

/** msg() at run time, out of the extractor's sight (see the module comment). */
const ui = msg as unknown as (template: string | StrResult) => string;

/**
 * The widget's messages this renderer uses, by name. Each is the exact
 * source string of a `msg()` in src/templates/ or src/medborgar-loften.ts.
 */
export const UI = {
  periodUntitled: () => ui('Medborgarlöften'),
  periodFrom: (from: string) => ui(str`Medborgarlöften från ${from}`),
  periodRange: (range: string) => ui(str`Medborgarlöften ${range}`),
  periodOutcome: () => ui('Uppföljning av hela perioden'),
  signatories: () => ui('Undertecknat av'),
  periodLinks: () => ui('Dokument'),
  feedLinks: () => ui('Dokument och länkar'),
  updated: () => ui('Senast ändrad:'),
  contacts: () => ui('Kontakt'),
  phone: () => ui('Telefon:'),
  email: () => ui('E-post:'),
  fulfilled: () => ui('Uppfyllt'),
  partlyFulfilled: () => ui('Delvis uppfyllt'),
  notFulfilled: () => ui('Inte uppfyllt'),
  ongoing: () => ui('Pågår'),
  status: () => ui('Status:'),
  done: () => ui('Genomfört:'),
  notDone: () => ui('Inte genomfört:'),
  outcomeWritten: (date: string) => ui(str`Uppföljningen skrevs ${date}.`),
  result: () => ui('Resultat:'),
  keepers: () => ui('Löftet ges av:'),
  places: () => ui('Platser:'),
  background: () => ui('Bakgrund'),
  followUp: () => ui('Uppföljning'),
  activities: () => ui('Aktiviteter'),
  targets: () => ui('Mål'),
  promiseOutcome: () => ui('Så gick det'),
} as const;

export interface RenderOptions {
  /** Content language (a BCP 47 tag); UI words in English for `en`, else Swedish, as the widget. */
  readonly lang?: string;
  /** Level (1–6) of the period headings; promises one deeper, their parts two. Default 2. */
  readonly headingLevel?: number;
}

interface Context {
  readonly feed: Feed;
  readonly lang: string;
  readonly locale: UiLocale;
  readonly headingLevel: number;
}

const ESCAPES: Readonly<Record<string, string>> = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'};

/** Text and attribute values: nothing from the feed becomes markup. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => ESCAPES[char]!);
}

/** `<tag attr="…">` with escaped values; absent values leave the attribute out. */
function open(tag: string, attributes: Record<string, string | undefined> = {}): string {
  const rendered = Object.entries(attributes)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`))
    .join('');
  return `<${tag}${rendered}>`;
}

/** An element whose children stand on their own lines, indented. */
function block(tag: string, attributes: Record<string, string | undefined>, children: readonly string[]): string {
  const inner = children
    .filter((child) => child !== '')
    .join('\n')
    .replace(/^(?=.)/gm, '  ');
  return `${open(tag, attributes)}\n${inner}\n</${tag}>`;
}

function heading(context: Context, depth: number, content: string): string {
  const level = Math.min(6, context.headingLevel + depth);
  return `<h${level}>${content}</h${level}>`;
}

/** A link when the URL passes the allowlist (checked again here), else its content. */
function link(href: string | null | undefined, content: string): string {
  const url = href ? safeUrl(href) : null;
  return url === null ? content : `${open('a', {href: url})}${content}</a>`;
}

function inline(nodes: readonly Inline[]): string {
  return nodes
    .map((node) => {
      switch (node.type) {
        case 'text':
          return escapeHtml(node.text);
        case 'break':
          return '<br>';
        case 'em':
          return `<em>${inline(node.children)}</em>`;
        case 'strong':
          return `<strong>${inline(node.children)}</strong>`;
        case 'link':
          return link(node.href, inline(node.children));
      }
    })
    .join('');
}

function blocks(value: readonly Block[]): string[] {
  return value.map((item) =>
    item.type === 'paragraph'
      ? `<p>${inline(item.children)}</p>`
      : block('ul', {}, item.items.map((entry) => `<li>${inline(entry)}</li>`))
  );
}

/** A text in the content language, or its fallback in a `lang` span. */
function text(context: Context, value: LocalizedText | undefined): string {
  const resolved = resolveLanguage(value, context.lang, context.feed.language);
  if (!resolved) return '';
  const escaped = escapeHtml(resolved.value);
  return sameLanguage(resolved.lang, context.lang) ? escaped : `${open('span', {lang: resolved.lang})}${escaped}</span>`;
}

function plainText(context: Context, value: LocalizedText | undefined): string {
  return resolveLanguage(value, context.lang, context.feed.language)?.value ?? '';
}

/** Rich text as blocks (a `lang` div around fallback text). */
function richText(context: Context, value: LocalizedRichText | undefined): string[] {
  const resolved = resolveLanguage(value, context.lang, context.feed.language);
  if (!resolved) return [];
  const content = blocks(resolved.value);
  return sameLanguage(resolved.lang, context.lang) ? content : [block('div', {lang: resolved.lang}, content)];
}

/** Rich text inside a list item: a lone paragraph without its `<p>`. */
function richInline(context: Context, value: LocalizedRichText | undefined): string {
  const resolved = resolveLanguage(value, context.lang, context.feed.language);
  if (!resolved) return '';
  const lang = sameLanguage(resolved.lang, context.lang) ? undefined : resolved.lang;
  const only = resolved.value.length === 1 ? resolved.value[0]! : undefined;
  if (only?.type === 'paragraph') {
    const content = inline(only.children);
    return lang ? `${open('span', {lang})}${content}</span>` : content;
  }
  const content = blocks(resolved.value);
  return (lang ? [block('div', {lang}, content)] : content).join('\n');
}

function partyNames(context: Context, ids: readonly string[] | undefined): string[] {
  const all = ids ?? context.feed.parties.map((party) => party.id);
  return all
    .map((id) => context.feed.parties.find((party) => party.id === id))
    .filter((party) => party !== undefined)
    .map((party) => plainText(context, party.name));
}

function keepers(context: Context, by: readonly string[] | undefined): string {
  return formatList(partyNames(context, by), context.locale);
}

// --- targets ----------------------------------------------------------------

/** "Bedrägeribrott: Utgångsläge: 163 (2019); Mål: minska med 10 % till 2022". */
function target(context: Context, value: Target): string {
  // The same words as the widget's (src/templates/target-text.ts).
  const parts = targetParts(value, {locale: context.locale, unitText: (unit) => plainText(context, unit)});
  const label = text(context, value.label);
  return `<li>${parts.length ? `${label}: ${escapeHtml(parts.join('; '))}` : label}</li>`;
}

function targets(context: Context, values: readonly Target[] | undefined): string {
  return values?.length ? block('ul', {}, values.map((value) => target(context, value))) : '';
}

// --- outcomes -----------------------------------------------------------------

const STATUS_ICONS: Readonly<Record<OutcomeStatus, string>> = {
  fulfilled: '✓',
  'partly-fulfilled': '◐',
  'not-fulfilled': '✗',
  ongoing: '↻',
};

function statusLabel(status: OutcomeStatus): string {
  switch (status) {
    case 'fulfilled':
      return UI.fulfilled();
    case 'partly-fulfilled':
      return UI.partlyFulfilled();
    case 'not-fulfilled':
      return UI.notFulfilled();
    case 'ongoing':
      return UI.ongoing();
  }
}

/** The status in words; its icon is decoration, hidden from screen readers, as in the widget. */
function status(value: OutcomeStatus): string {
  return `<span aria-hidden="true">${STATUS_ICONS[value]}</span> ${escapeHtml(statusLabel(value))}`;
}

function items(context: Context, values: readonly Item[]): string {
  return block(
    'ul',
    {},
    values.map((item) => {
      const by = partyNames(context, item.by);
      const note = item.by && by.length ? ` (${escapeHtml(formatList(by, context.locale))})` : '';
      return `<li>${richInline(context, item.text)}${note}</li>`;
    })
  );
}

function outcome(context: Context, value: Outcome | undefined, depth: number, title: string): string[] {
  if (!value) return [];
  return [
    heading(context, depth, escapeHtml(title)),
    value.status ? `<p>${escapeHtml(UI.status())} ${status(value.status)}</p>` : '',
    ...richText(context, value.summary),
    value.done ? `<p>${escapeHtml(UI.done())}</p>\n${items(context, value.done)}` : '',
    value.notDone ? `<p>${escapeHtml(UI.notDone())}</p>\n${items(context, value.notDone)}` : '',
    value.updated ? `<p>${escapeHtml(UI.outcomeWritten(formatDate(value.updated, context.locale)))}</p>` : '',
  ];
}

// --- promises and periods -------------------------------------------------------

function activity(context: Context, value: Activity): string {
  const result =
    value.result !== undefined || value.status !== undefined
      ? `<p>${escapeHtml(UI.result())} ${richInline(context, value.result)}${value.status ? ` (${status(value.status)})` : ''}</p>`
      : '';
  const parts = [richInline(context, value.text), targets(context, value.targets), result].filter((part) => part !== '');
  return parts.length === 1 ? `<li>${parts[0]}</li>` : block('li', {}, parts);
}

function activities(context: Context, values: readonly Activity[]): string[] {
  const groups = new Map<string, Activity[]>();
  for (const value of values) {
    const key = (value.by ?? []).join(' ');
    groups.set(key, [...(groups.get(key) ?? []), value]);
  }
  if (groups.size === 1) return [block('ul', {}, values.map((value) => activity(context, value)))];
  return [...groups.entries()].flatMap(([key, group]) => [
    `<p>${escapeHtml(keepers(context, key === '' ? undefined : key.split(' ')))}:</p>`,
    block('ul', {}, group.map((value) => activity(context, value))),
  ]);
}

function promise(context: Context, value: CitizenPromise): string {
  const keptBy = keepers(context, value.by);
  return block('section', {}, [
    heading(context, 1, text(context, value.area)),
    keptBy ? `<p>${escapeHtml(UI.keepers())} ${escapeHtml(keptBy)}</p>` : '',
    ...richText(context, value.promise),
    value.places
      ? `<p>${escapeHtml(UI.places())} ${value.places.map((place) => text(context, place)).join(', ')}</p>`
      : '',
    ...(value.background ? [heading(context, 2, escapeHtml(UI.background())), ...richText(context, value.background)] : []),
    ...(value.followUp ? [heading(context, 2, escapeHtml(UI.followUp())), ...richText(context, value.followUp)] : []),
    ...(value.activities ? [heading(context, 2, escapeHtml(UI.activities())), ...activities(context, value.activities)] : []),
    ...(value.targets ? [heading(context, 2, escapeHtml(UI.targets())), targets(context, value.targets)] : []),
    ...outcome(context, value.outcome, 2, UI.promiseOutcome()),
  ]);
}

function periodTitle(context: Context, value: Period): string {
  if (value.title) return text(context, value.title);
  if (!value.from) return escapeHtml(UI.periodUntitled());
  if (!value.to) return escapeHtml(UI.periodFrom(formatDate(value.from, context.locale)));
  return escapeHtml(UI.periodRange(formatDateRange(value.from, value.to, context.locale)));
}

function links(context: Context, values: readonly Link[]): string {
  return block(
    'ul',
    {},
    values.map((value) => `<li>${value.url ? link(value.url, text(context, value.text)) : text(context, value.text)}</li>`)
  );
}

function signatory(context: Context, value: Signatory): string {
  const party = value.party ? context.feed.parties.find((candidate) => candidate.id === value.party) : undefined;
  const details = [value.role ? plainText(context, value.role) : '', party ? plainText(context, party.name) : ''].filter(Boolean);
  const date = value.date ? ` (${formatDate(value.date, context.locale)})` : '';
  return `<li>${escapeHtml([value.name, ...details].join(', ') + date)}</li>`;
}

function period(context: Context, value: Period): string {
  return block('section', {}, [
    heading(context, 0, periodTitle(context, value)),
    ...richText(context, value.intro),
    ...value.promises.map((item) => promise(context, item)),
    ...outcome(context, value.outcome, 1, UI.periodOutcome()),
    ...(value.signatories
      ? [
          heading(context, 1, escapeHtml(UI.signatories())),
          block('ul', {}, value.signatories.map((item) => signatory(context, item))),
        ]
      : []),
    ...(value.links ? [heading(context, 1, escapeHtml(UI.periodLinks())), links(context, value.links)] : []),
  ]);
}

function contact(context: Context, value: Contact): string {
  const lines: string[] = [];
  if (value.organization) lines.push(text(context, value.organization));
  if (value.name) lines.push(escapeHtml(value.name));
  if (value.role) lines.push(text(context, value.role));
  for (const line of value.address ?? []) lines.push(escapeHtml(line));
  if (value.phone) {
    const tel = telUrl(value.phone);
    lines.push(`${escapeHtml(UI.phone())} ${link(tel, escapeHtml(value.phone))}`);
  }
  if (value.email) {
    const mailto = mailtoUrl(value.email);
    lines.push(`${escapeHtml(UI.email())} ${link(mailto, escapeHtml(value.email))}`);
  }
  if (value.url) lines.push(link(value.url, escapeHtml(value.url)));
  return `<li>${lines.join('<br>\n')}</li>`;
}

/**
 * The feed as static HTML, wrapped in
 * `<div data-medborgar-loften-fallback lang="…">`.
 */
export function renderFeedHtml(feed: Feed, options: RenderOptions = {}): string {
  const lang = options.lang ?? feed.language;
  const level = Number(options.headingLevel ?? 2);
  const context: Context = {
    feed,
    lang,
    locale: uiLocaleFor(lang),
    headingLevel: Number.isInteger(level) && level >= 1 && level <= 6 ? level : 2,
  };
  return renderInLocale(context.locale, () =>
    block('div', {'data-medborgar-loften-fallback': '', lang}, [
      feed.title ? `<p>${text(context, feed.title)}</p>` : '',
      ...richText(context, feed.intro),
      ...feed.periods.map((item) => period(context, item)),
      ...(feed.links.length ? [heading(context, 0, escapeHtml(UI.feedLinks())), links(context, feed.links)] : []),
      ...(feed.contacts.length
        ? [heading(context, 0, escapeHtml(UI.contacts())), block('ul', {}, feed.contacts.map((item) => contact(context, item)))]
        : []),
      feed.updated ? `<p>${escapeHtml(UI.updated())} ${escapeHtml(formatDate(feed.updated, context.locale))}</p>` : '',
    ])
  );
}
