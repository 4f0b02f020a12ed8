// The playground (demo/playground.html): edit a feed, see the validator's
// messages with their paths and line:column as you type, the widget beside
// it in Swedish and English, and copy the embed code.
//
// The check is the validator's own (src/validate/, built by `npm run build`
// into dist/medborgar-loften-validate.js), which `medborgar-loften validate`
// runs too: the feed module the widget runs (one parser, one set of rules),
// the JSON Schema (compiled at build time, no Ajv in the page), and the
// messages in Swedish or English from locales/tools/. No inline script
// anywhere: the page runs under `script-src 'self'`.
import {placeLabel, severityLabel, validateFeedText} from '../dist/medborgar-loften-validate.js';

const feedInput = document.querySelector('#feed');
const caret = document.querySelector('#caret');
const summary = document.querySelector('#summary');
const problemList = document.querySelector('#problems');
const translations = document.querySelector('#translations');
const translationsSummary = document.querySelector('#translations-summary');
const translationList = document.querySelector('#translation-list');
const previews = [...document.querySelectorAll('medborgar-loften[data-preview]')];
const snippet = document.querySelector('#snippet');
const copyButton = document.querySelector('#copy');
const copyStatus = document.querySelector('#copy-status');
const example = document.querySelector('#example');

/** The language of the messages, from the radio buttons. */
function messageLanguage() {
  const chosen = document.querySelector('input[name="message-lang"]:checked')?.value;
  return chosen in WORDS ? chosen : 'sv';
}

const WORDS = {
  sv: {
    line: (line, column) => `Rad ${line}, kolumn ${column}`,
    checking: 'Kontrollerar …',
    copied: 'Koden är kopierad.',
    copyFailed: 'Kunde inte kopiera: markera koden och kopiera den själv.',
    fallback: 'Läs medborgarlöftena (PDF)',
  },
  en: {
    line: (line, column) => `Line ${line}, column ${column}`,
    checking: 'Checking…',
    copied: 'The code is copied.',
    copyFailed: 'Could not copy: select the code and copy it yourself.',
    fallback: 'Read the citizen promises (PDF)',
  },
  fi: {
    line: (line, column) => `Rivi ${line}, sarake ${column}`,
    checking: 'Tarkistetaan…',
    copied: 'Koodi on kopioitu.',
    copyFailed: 'Kopiointi ei onnistunut: valitse koodi ja kopioi se itse.',
    fallback: 'Lue kansalaislupaukset (PDF)',
  },
};

/** Puts the caret at an offset of the feed and shows that line. */
function goTo(offset) {
  feedInput.focus();
  feedInput.setSelectionRange(offset, offset);
  const line = feedInput.value.slice(0, offset).split('\n').length;
  const lineHeight = parseFloat(getComputedStyle(feedInput).lineHeight) || 20;
  feedInput.scrollTop = Math.max(0, (line - 4) * lineHeight);
  showCaret();
}

function showCaret() {
  const before = feedInput.value.slice(0, feedInput.selectionStart);
  const lines = before.split('\n');
  caret.textContent = WORDS.sv.line(lines.length, lines[lines.length - 1].length + 1);
}

/** One finding as a list item: a button that goes to its place. */
function findingItem(finding, lang) {
  const item = document.createElement('li');
  const button = document.createElement('button');
  button.type = 'button';
  const severity = document.createElement('span');
  severity.className = `severity severity-${finding.severity}`;
  severity.textContent = severityLabel(finding.severity, lang);
  const where = document.createElement('code');
  where.textContent = `${finding.line}:${finding.column} ${placeLabel(finding, lang)}`;
  button.append(severity, ' ', where, ` ${finding.message}`);
  button.addEventListener('click', () => goTo(finding.offset));
  item.append(button);
  return item;
}

let lastAnnounced = '';

function check() {
  const lang = messageLanguage();
  const result = validateFeedText(feedInput.value, {lang, translationLanguage: 'en'});
  const all = result.fatal ? [result.fatal, ...result.findings] : [...result.findings];
  all.sort((a, b) => a.offset - b.offset);
  problemList.lang = lang;
  problemList.replaceChildren(...all.map((finding) => findingItem(finding, lang)));
  problemList.hidden = all.length === 0;

  const counts = result.summary;
  // The live region speaks only when the counts change, not on every key.
  if (counts !== lastAnnounced) {
    summary.lang = lang;
    summary.textContent = counts;
    lastAnnounced = counts;
  }
  summary.classList.toggle('has-errors', result.errors > 0);

  translations.lang = lang;
  translations.hidden = Boolean(result.fatal);
  translationsSummary.textContent = result.translationSummary;
  translationList.replaceChildren(
    ...result.missingTranslations.map((gap) => {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = `${gap.line}:${gap.column} ${gap.path}`;
      button.addEventListener('click', () => goTo(gap.offset));
      item.append(button);
      return item;
    })
  );
  return result;
}

/** Gives both widgets the feed as it stands; they parse it again without fetching. */
function updatePreviews() {
  // The `data` property, not a script's text: under Trusted Types a script's
  // text is a sink even for JSON that never runs.
  for (const widget of previews) widget.data = feedInput.value;
}

/** The embed code for the feed as it stands. */
function updateSnippet() {
  const kind = document.querySelector('input[name="embed-kind"]:checked')?.value;
  const fallback = `  <a href="/filer/medborgarloften.pdf">${WORDS.sv.fallback}</a>`;
  const lines = ['<script type="module" src="/filer/medborgar-loften.js"></script>'];
  if (kind === 'src') {
    lines.push('<medborgar-loften src="/filer/medborgarloften.json" heading-level="2">', fallback, '</medborgar-loften>');
  } else {
    // A "<" inside the feed could end the script early: JSON lets it be written \u003c.
    const feed = feedInput.value.trim().replace(/</g, '\\u003c');
    lines.push(
      '<medborgar-loften heading-level="2">',
      '  <script type="application/json">',
      feed.replace(/^/gm, '    '),
      '  </script>',
      fallback,
      '</medborgar-loften>'
    );
  }
  snippet.value = lines.join('\n');
}

let timer;
function scheduleUpdate() {
  clearTimeout(timer);
  timer = setTimeout(() => {
    check();
    updatePreviews();
    updateSnippet();
  }, 300);
}

async function loadExample(url) {
  summary.textContent = WORDS[messageLanguage()].checking;
  lastAnnounced = '';
  feedInput.value = await fetch(url).then((response) => response.text());
  feedInput.setSelectionRange(0, 0);
  feedInput.scrollTop = 0;
  check();
  updatePreviews();
  updateSnippet();
  showCaret();
}

feedInput.addEventListener('input', scheduleUpdate);
for (const type of ['keyup', 'click', 'select', 'focus']) feedInput.addEventListener(type, showCaret);
for (const radio of document.querySelectorAll('input[name="message-lang"]')) radio.addEventListener('change', () => check());
for (const radio of document.querySelectorAll('input[name="embed-kind"]')) radio.addEventListener('change', updateSnippet);
document.querySelector('#load-example').addEventListener('click', () => loadExample(example.value));

copyButton.addEventListener('click', async () => {
  const lang = 'sv';
  try {
    await navigator.clipboard.writeText(snippet.value);
    copyStatus.textContent = WORDS[lang].copied;
  } catch {
    snippet.focus();
    snippet.select();
    // The older way, for browsers that do not let a page write the clipboard.
    copyStatus.textContent = document.execCommand('copy') ? WORDS[lang].copied : WORDS[lang].copyFailed;
  }
  setTimeout(() => (copyStatus.textContent = ''), 5000);
});

await customElements.whenDefined('medborgar-loften');
await loadExample(example.value);
