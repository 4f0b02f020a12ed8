/**
 * `medborgar-loften render`: static, semantic HTML of the whole feed from
 * the widget's own templates (rendered in Node by @lit-labs/ssr), with the
 * widget's UI words in the widget's languages, headings from
 * --heading-level, links only through the allowlist, everything escaped.
 */
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {parseFeed} from '../../lib/feed/index.js';
import {renderFeedHtml} from '../../lib/cli/render.js';
import {EXEMPELBY, STROMSUND, bad, cli} from './helpers.mjs';

/** Start tags in the output, by name. */
function tags(html) {
  return [...html.matchAll(/<([a-z][a-z0-9]*)\b/g)].map((match) => match[1]);
}

/** The output's text, tags removed and white space folded, as a reader gets it. */
function textOf(html) {
  return html.replace(/<[^>]*>/g, '').replace(/&#39;/g, "'").replace(/[ \t\r\n]+/g, ' ').trim();
}

/** "h2 Medborgarlöften 2025–2026" for each heading, in order. */
function headingsOf(html) {
  return [...html.matchAll(/<(h[1-6])\b[^>]*>([\s\S]*?)<\/\1>/g)].map((match) => `${match[1]} ${textOf(match[2])}`);
}

function render(json, options) {
  const result = parseFeed(typeof json === 'string' ? json : JSON.stringify(json));
  assert.equal(result.ok, true);
  // Line-break opportunities after slashes (<wbr>) are markup of ours, not the feed's.
  return renderFeedHtml(result.feed, options).replace(/<wbr \/>/g, '');
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
          assert.ok(['div', 'p', 'section', 'h2', 'h3', 'h4', 'ul', 'li', 'a', 'em', 'strong', 'br', 'wbr', 'span', 'svg', 'path', 'circle', 'rect'].includes(tag), tag);
        }
        assert.doesNotMatch(stdout, /<script|<style|\sstyle=|\son[a-z]+=|javascript:|<button|\spart=|<!--|<\?/i);
        // Icons only, sized without a stylesheet, and hidden from screen readers.
        for (const svg of stdout.match(/<svg[^>]*>/g) ?? []) assert.match(svg, /width="16" height="16" aria-hidden="true"/);
      }
    });
  }

  it('renders every section the feed has: periods, promises, activities by party, targets, outcomes, signatories, documents, contacts', () => {
    const html = cli(['render', EXEMPELBY]).stdout;
    const headings = headingsOf(html);
    for (const expected of [
      'h2 Medborgarlöften 2025–2026',
      'h3 Trygghet i centrum',
      'h4 Aktiviteter',
      'h4 Mål',
      'h4 Så gick det',
      'h3 Undertecknat av',
      'h3 Dokument',
      'h2 Kontakt',
    ]) {
      assert.ok(headings.includes(expected), expected);
    }
    for (const expected of [
      '<p class="list-label" id="medborgarloften-2025-2026/trygghet-i-centrum~activities~0~static">Polisen, lokalpolisområde Exempelby:</p>',
      '<a href="https://example.org/kommun/trygghetsplan-2025-2028.pdf">kommunens trygghetsplan</a>',
      '<strong>två gånger per år</strong>',
    ]) {
      assert.ok(html.includes(expected), expected);
    }
    assert.match(textOf(html), /Andel som undviker centrum på kvällstid Utgångsläge 2024: 31\u00a0% Mål till 2026: 25\u00a0% Senaste utfall 2025: 28,5\u00a0%/);
  });

  it('speaks English UI words with --lang en, with numbers and dates as the widget has them', () => {
    const html = cli(['render', EXEMPELBY, '--lang', 'en']).stdout;
    assert.ok(headingsOf(html).includes('h2 Citizen promises 2025–2026'));
    assert.match(textOf(html), /Baseline \(2024\): 31% Goal by 2026: 25% Latest figure \(2025\): 28\.5%/);
    // British English dates, as the widget writes them.
    assert.match(textOf(html), /The follow-up was written on 30 April 2026\./);
    // A place without English keeps its Swedish name, marked as Swedish.
    assert.ok(html.includes('<span lang="sv">Stationsparken</span>'));
  });

  it('puts a language without UI words under the UI language, as the widget does', () => {
    const html = cli(['render', EXEMPELBY, '--lang', 'de']).stdout;
    assert.ok(html.startsWith('<div data-medborgar-loften-fallback lang="sv">'));
    assert.doesNotMatch(html, /lang="de"/);
  });

  it('puts the period headings at --heading-level, promises one deeper, never past h6', () => {
    const three = cli(['render', STROMSUND, '--heading-level', '3']).stdout;
    assert.deepEqual([...new Set(tags(three).filter((tag) => /^h\d$/.test(tag)))].sort(), ['h3', 'h4', 'h5']);
    const six = cli(['render', STROMSUND, '--heading-level', '6']).stdout;
    assert.deepEqual([...new Set(tags(six).filter((tag) => /^h\d$/.test(tag)))], ['h6']);
  });

  it('has no phase and no fragment ids: a static page cannot know when it is read, and may share the page with the widget', () => {
    const html = cli(['render', STROMSUND]).stdout;
    assert.doesNotMatch(html, /Aktuell|Avslutad|Kommande|data-phase/);
    assert.doesNotMatch(html, /id="medborgarloften-[a-z0-9-]+(?:\/[a-z0-9-]+)?"/);
  });
});

describe('render: escaping and links', () => {
  it('escapes everything from the feed', () => {
    const html = render(
      feed({
        title: '<script>alert(1)</script>',
        intro: 'Tom & Jerry "citat" \'x\' <img src=x onerror=alert(1)>',
        periods: [{id: 'p', from: '2024', promises: [{id: 'a', area: '<b>Trafik</b>', promise: '**<i>fet</i>**'}]}],
      }),
      {showTitle: true}
    );
    assert.doesNotMatch(html, /<script|<img|<b>|<i>/);
    assert.ok(html.includes('<p class="title">&lt;script&gt;alert(1)&lt;/script&gt;</p>'));
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
    assert.ok(textOf(html).includes(' bad '));
    assert.doesNotMatch(html, /javascript:|vbscript:|data:/);
    assert.ok(html.includes('<li>Farlig</li>'));
    assert.ok(html.includes('<a href="tel:067016100">0670-161 00</a>'));
    assert.ok(html.includes('<a href="mailto:info@example.org">info@example.org</a>'));
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
    assert.ok(headingsOf(stdout).includes('h3 Trygghet'));
    assert.ok(!headingsOf(stdout).includes('h3 Trafik'), 'the promise without "promise" is left out, as in the widget');
  });

  it('reads standard input', () => {
    const {code, stdout} = cli(['render', '-', '--heading-level', '4'], {input: JSON.stringify(feed())});
    assert.equal(code, 0);
    assert.ok(headingsOf(stdout).includes('h4 Medborgarlöften 2024–2025'));
  });

  it('exits 64 on wrong usage', () => {
    for (const args of [['render'], ['render', STROMSUND, EXEMPELBY], ['render', STROMSUND, '--heading-level', '7'], ['render', STROMSUND, '--heading-level', 'två'], ['render', STROMSUND, '--json'], ['render', STROMSUND, '--lang', 'svenska!']]) {
      assert.equal(cli(args).code, 64, args.join(' '));
    }
  });
});
