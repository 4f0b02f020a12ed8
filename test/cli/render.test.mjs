/**
 * `medborgar-loften render`: static, semantic HTML of the whole feed, with
 * the widget's UI words in the widget's languages, headings from
 * --heading-level, links only through the allowlist, everything escaped.
 */
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {parseFeed} from '../../lib/feed/index.js';
import {renderInLocale} from '../../lib/localization.js';
import {UI, escapeHtml, renderFeedHtml} from '../../lib/cli/render-html.js';
import {EXEMPELBY, STROMSUND, bad, cli, read} from './helpers.mjs';

/** Start tags in the output, by name. */
function tags(html) {
  return [...html.matchAll(/<([a-z][a-z0-9]*)\b/g)].map((match) => match[1]);
}

function render(json, options) {
  const result = parseFeed(typeof json === 'string' ? json : JSON.stringify(json));
  assert.equal(result.ok, true);
  return renderFeedHtml(result.feed, options);
}

const feed = (overrides = {}) => ({
  format: 'medborgar-loften/1',
  periods: [{id: 'p', from: '2024', to: '2025', promises: [{id: 'a', area: 'Trafik', promise: 'Vi lovar.'}]}],
  ...overrides,
});

describe('render: the demo feeds', () => {
  for (const file of [STROMSUND, EXEMPELBY]) {
    it(`renders ${file} in Swedish and English, exit 0, wrapped for the element`, () => {
      for (const lang of ['sv', 'en']) {
        const {code, stdout, stderr} = cli(['render', file, '--lang', lang]);
        assert.equal(code, 0, stderr);
        assert.equal(stderr, '');
        assert.ok(stdout.startsWith(`<div data-medborgar-loften-fallback lang="${lang}">\n`));
        assert.ok(stdout.endsWith('</div>\n'));
        const used = new Set(tags(stdout));
        for (const tag of used) {
          assert.ok(['div', 'p', 'section', 'h2', 'h3', 'h4', 'ul', 'li', 'a', 'em', 'strong', 'br', 'span'].includes(tag), tag);
        }
        assert.doesNotMatch(stdout, /<script|<style|\sstyle=|\son[a-z]+=|javascript:/i);
      }
    });
  }

  it('renders every section the feed has: periods, promises, activities by party, targets, outcomes, signatories, documents, contacts', () => {
    const html = cli(['render', EXEMPELBY]).stdout;
    for (const expected of [
      '<h2>Medborgarlöften 2025–2026</h2>',
      '<h3>Trygghet i centrum</h3>',
      '<h4>Aktiviteter</h4>',
      '<p>Polisen, lokalpolisområde Exempelby:</p>',
      '<h4>Mål</h4>',
      '<h4>Så gick det</h4>',
      '<h3>Undertecknat av</h3>',
      '<h3>Dokument</h3>',
      '<h2>Kontakt</h2>',
      '<a href="https://example.org/kommun/trygghetsplan-2025-2028.pdf">kommunens trygghetsplan</a>',
      '<strong>två gånger per år</strong>',
    ]) {
      assert.ok(html.includes(expected), expected);
    }
    assert.match(html, /Andel som undviker centrum på kvällstid: Utgångsläge: 31\u00a0% \(2024\); Mål: 25\u00a0% till 2026; Utfall: 28,5\u00a0% \(2025\)/);
  });

  it('speaks English UI words with --lang en, with numbers and dates as English has them', () => {
    const html = cli(['render', EXEMPELBY, '--lang', 'en']).stdout;
    assert.ok(html.includes('<h2>Citizen promises 2025–2026</h2>'));
    assert.match(html, /Baseline: 31% \(2024\); Goal: 25% by 2026; Actual: 28\.5% \(2025\)/);
    // A place without English keeps its Swedish name, marked as Swedish.
    assert.ok(html.includes('<span lang="sv">Stationsparken</span>'));
  });

  it('puts the period headings at --heading-level, promises one deeper, never past h6', () => {
    const three = cli(['render', STROMSUND, '--heading-level', '3']).stdout;
    assert.deepEqual([...new Set(tags(three).filter((tag) => /^h\d$/.test(tag)))].sort(), ['h3', 'h4', 'h5']);
    const six = cli(['render', STROMSUND, '--heading-level', '6']).stdout;
    assert.deepEqual([...new Set(tags(six).filter((tag) => /^h\d$/.test(tag)))], ['h6']);
  });
});

describe('render: escaping and links', () => {
  it('escapes everything from the feed', () => {
    const html = render(
      feed({
        title: '<script>alert(1)</script>',
        intro: 'Tom & Jerry "citat" \'x\' <img src=x onerror=alert(1)>',
        periods: [{id: 'p', from: '2024', promises: [{id: 'a', area: '<b>Trafik</b>', promise: '**<i>fet</i>**'}]}],
      })
    );
    assert.doesNotMatch(html, /<script|<img|<b>|<i>/);
    assert.ok(html.includes('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>'));
    assert.ok(html.includes('Tom &amp; Jerry &quot;citat&quot; &#39;x&#39; &lt;img src=x onerror=alert(1)&gt;'));
    assert.ok(html.includes('<strong>&lt;i&gt;fet&lt;/i&gt;</strong>'));
  });

  it('makes links only of allowed URLs, escaped in the attribute', () => {
    const html = render(
      feed({
        intro: '[ok](https://example.org/?a=1&b="2") [bad](javascript:alert(1)) [data](data:text/html,x)',
        links: [
          {text: 'Avtal', url: 'https://example.org/avtal.pdf'},
          {text: 'Farlig', url: 'vbscript:msgbox(1)'},
        ],
        contacts: [{phone: '0670-161 00', email: 'info@example.org'}],
      })
    );
    assert.ok(html.includes('<a href="https://example.org/?a=1&amp;b=&quot;2&quot;">ok</a>'));
    assert.ok(html.includes(' bad '));
    assert.doesNotMatch(html, /javascript:|vbscript:|data:/);
    assert.ok(html.includes('<li>Farlig</li>'));
    assert.ok(html.includes('<a href="tel:067016100">0670-161 00</a>'));
    assert.ok(html.includes('<a href="mailto:info@example.org">info@example.org</a>'));
  });

  it('escapes the five characters of HTML', () => {
    assert.equal(escapeHtml(`<a href="x" title='y'>&</a>`), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
});

describe('render: errors and usage', () => {
  it('refuses a feed the widget cannot show: exit 2, the reason on stderr with its place, nothing on stdout', () => {
    const {code, stdout, stderr} = cli(['render', bad('trailing-comma')]);
    assert.equal(code, 2);
    assert.equal(stdout, '');
    assert.match(stderr, /trailing-comma\.json:8:84: fel: periods\[0\]\.promises: Flödet är inte giltig JSON\. Kommatecken efter det sista värdet/);
  });

  it('renders a feed with recoverable problems, listing them on stderr', () => {
    const {code, stdout, stderr} = cli(['render', bad('typo-field')]);
    assert.equal(code, 0);
    assert.match(stderr, /typo-field\.json:17:11: varning: periods\[0\]\.promises\[0\]\.promse/);
    assert.ok(stdout.includes('<h3>Trygghet</h3>'));
    assert.ok(!stdout.includes('<h3>Trafik</h3>'), 'the promise without "promise" is left out, as in the widget');
  });

  it('reads standard input', () => {
    const {code, stdout} = cli(['render', '-', '--heading-level', '4'], {input: JSON.stringify(feed())});
    assert.equal(code, 0);
    assert.ok(stdout.includes('<h4>Medborgarlöften 2024–2025</h4>'));
  });

  it('exits 64 on wrong usage', () => {
    for (const args of [['render'], ['render', STROMSUND, EXEMPELBY], ['render', STROMSUND, '--heading-level', '7'], ['render', STROMSUND, '--heading-level', 'två'], ['render', STROMSUND, '--json'], ['render', STROMSUND, '--lang', 'svenska!']]) {
      assert.equal(cli(args).code, 64, args.join(' '));
    }
  });
});

describe('render: the UI words are the widget’s, translated through the XLIFF', () => {
  // Messages that read the same in both languages (as in test/localization/xliff.test.ts).
  const SAME = new Set(['status']);
  for (const [name, word] of Object.entries(UI)) {
    it(`${name} has an English translation`, () => {
      const args = Array.from({length: word.length}, (_, index) => `«${index}»`);
      const sv = renderInLocale('sv', () => word(...args));
      const en = renderInLocale('en', () => word(...args));
      for (const arg of args) assert.ok(en.includes(arg) && sv.includes(arg), `${name} keeps its placeholders`);
      if (!SAME.has(name) && name !== 'withYear') assert.notEqual(en, sv, `"${sv}" has no English: the element's templates changed this wording; update UI in src/cli/render-html.ts`);
    });
  }

  it('uses only messages that are in the XLIFF', () => {
    const xlf = read('locales/en.xlf');
    const sources = [...xlf.matchAll(/<source>([\s\S]*?)<\/source>/g)].map((match) =>
      match[1].replace(/<x id="(\d+)"[^>]*\/>/g, '«$1»').replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>')
    );
    for (const [name, word] of Object.entries(UI)) {
      const args = Array.from({length: word.length}, (_, index) => `«${index}»`);
      const sv = renderInLocale('sv', () => word(...args));
      assert.ok(sources.includes(sv), `${name}: "${sv}" is not a source string of locales/en.xlf`);
    }
  });
});
