// The embed-code generator: turns the form into a snippet a web editor pastes
// into an HTML block. Everything is built as text and shown in a read-only
// textarea; nothing the editor types becomes markup on this page (the
// preview sets attributes through the DOM).

/** Escapes a value for a double-quoted HTML attribute. */
export function escapeAttribute(value) {
  return String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Escapes text content. */
function escapeText(value) {
  return String(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The fallback link's words in the widget's language: the element's `lang`
 * covers its children too, so the link is read in that language (WCAG
 * 3.1.2). Swedish for any other language, as the widget's own words are.
 */
const FALLBACK_LINK = {
  sv: 'Läs medborgarlöftena (PDF)',
  en: 'Read the citizen promises (PDF)',
  fi: 'Lue kansalaislupaukset (PDF)',
};

/** The fallback link's text for a `lang` value ('' means the page's language, taken to be Swedish). */
export function fallbackLinkText(lang) {
  const primary = String(lang ?? '').trim().split('-')[0].toLowerCase();
  return FALLBACK_LINK[primary] ?? FALLBACK_LINK.sv;
}

/**
 * The snippet for these choices.
 * @param {{feed: string, script: string, pdf?: string, lang?: string, headingLevel?: string,
 *   period?: string, mode?: 'shadow' | 'light-dom', form?: 'element' | 'data', preload?: boolean}} options
 */
export function buildSnippet(options) {
  const feed = options.feed.trim();
  const script = options.script.trim();
  const pdf = (options.pdf ?? '').trim();
  const lang = (options.lang ?? '').trim();
  const period = (options.period ?? '').trim();
  const headingLevel = String(options.headingLevel ?? '2');
  const light = options.mode === 'light-dom';
  const asData = options.form === 'data';

  // [attribute name, value]; a null value is a boolean attribute.
  const attributes = [
    ['src', feed],
    ...(lang ? [['lang', lang]] : []),
    ['heading-level', headingLevel],
    ...(period ? [['period', period]] : []),
    ...(light ? [['light-dom', null]] : []),
  ];
  const written = attributes
    .map(([name, value]) => {
      const attribute = asData ? `data-${name}` : name;
      return value === null ? ` ${attribute}` : ` ${attribute}="${escapeAttribute(value)}"`;
    })
    .join('');

  const lines = [];
  if (options.preload) lines.push(`<link rel="preload" as="fetch" crossorigin href="${escapeAttribute(feed)}">`);
  lines.push(`<script type="module" src="${escapeAttribute(script)}"></script>`);
  const open = asData ? `<div data-medborgar-loften${written}>` : `<medborgar-loften${written}>`;
  const close = asData ? '</div>' : '</medborgar-loften>';
  lines.push(open);
  if (pdf) {
    const text = fallbackLinkText(lang);
    // The element's lang covers the link; a div's data-lang does not. A language
    // without words of its own gets the Swedish ones, marked as Swedish.
    const linkLang = text === FALLBACK_LINK.sv ? 'sv' : lang;
    const marked = lang && (asData || linkLang !== lang) ? ` lang="${escapeAttribute(linkLang)}"` : '';
    lines.push(`  <a href="${escapeAttribute(pdf)}"${marked}>${escapeText(text)}</a>`);
  }
  lines.push(close);
  return lines.join('\n') + '\n';
}

const form = document.getElementById('embed-form');
const snippet = document.getElementById('snippet');
const copyButton = document.getElementById('copy');
const previewButton = document.getElementById('preview-button');
const status = document.getElementById('copy-status');
const preview = document.getElementById('preview');

function readForm() {
  const data = new FormData(form);
  return {
    feed: String(data.get('feed') ?? ''),
    script: String(data.get('script') ?? ''),
    pdf: String(data.get('pdf') ?? ''),
    lang: String(data.get('lang') ?? ''),
    headingLevel: String(data.get('headingLevel') ?? '2'),
    period: String(data.get('period') ?? ''),
    mode: data.get('mode') === 'light-dom' ? 'light-dom' : 'shadow',
    form: data.get('form') === 'data' ? 'data' : 'element',
    preload: data.get('preload') !== null,
  };
}

/** Marks a required field as missing (or not); returns whether it is filled in. */
function checkRequired(id) {
  const input = document.getElementById(id);
  const error = document.getElementById(`${id}-error`);
  const filled = input.value.trim() !== '';
  if (filled) input.removeAttribute('aria-invalid');
  else input.setAttribute('aria-invalid', 'true');
  if (error) error.hidden = filled;
  return filled;
}

function update() {
  const feedOk = checkRequired('feed');
  const scriptOk = checkRequired('script');
  // Keep the last complete snippet while a required field is empty.
  if (feedOk && scriptOk) snippet.value = buildSnippet(readForm());
}

/** Says something in the live region; cleared first so a repeat is announced again. */
function say(message) {
  status.textContent = '';
  setTimeout(() => {
    status.textContent = message;
  }, 50);
}

async function copy() {
  update();
  const text = snippet.value;
  try {
    if (!navigator.clipboard?.writeText) throw new Error('No clipboard API');
    await navigator.clipboard.writeText(text);
    say('Koden är kopierad.');
  } catch {
    // No clipboard (an old browser, a page without permission): select the
    // code so that Ctrl+C or the context menu copies it.
    snippet.focus();
    snippet.select();
    say('Koden är markerad. Tryck Ctrl+C (Cmd+C på Mac) för att kopiera den.');
  }
}

/** Shows the widget as the snippet describes it, built with DOM calls. */
function showPreview() {
  update();
  const options = readForm();
  if (!options.feed.trim()) return;
  const asData = options.form === 'data';
  const widget = document.createElement(asData ? 'div' : 'medborgar-loften');
  const set = (name, value) => widget.setAttribute(asData ? `data-${name}` : name, value);
  if (asData) widget.setAttribute('data-medborgar-loften', '');
  set('src', options.feed.trim());
  if (options.lang) set('lang', options.lang);
  set('heading-level', options.headingLevel);
  if (options.period.trim()) set('period', options.period.trim());
  if (options.mode === 'light-dom') set('light-dom', '');
  if (options.pdf.trim()) {
    const link = document.createElement('a');
    link.href = options.pdf.trim();
    link.textContent = fallbackLinkText(options.lang);
    widget.append(link);
  }
  preview.replaceChildren(widget);
  say('Förhandsvisningen visas under rubriken Förhandsvisning.');
}

if (form && snippet) {
  form.addEventListener('input', update);
  form.addEventListener('change', update);
  // Enter in a text field would submit the form: there is nothing to submit.
  form.addEventListener('submit', (event) => event.preventDefault());
  copyButton?.addEventListener('click', () => void copy());
  previewButton?.addEventListener('click', showPreview);
  update();
}
