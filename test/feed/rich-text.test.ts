/**
 * The rich-text subset (feed format, "Text values"): paragraphs, line
 * breaks, bullets, links, *em* and **strong**, and nothing else.
 */
import {expect} from '@open-wc/testing';
import {parseRichText, richTextToPlain} from '../../src/feed/index.js';
import type {Block, Inline} from '../../src/feed/index.js';
import {a, br, em, p, strong, t, ul} from './feed-helpers.js';

/** How deeply inline nodes nest (a paragraph's own children are depth 1). */
function maxDepth(blocks: readonly Block[]): number {
  const depth = (nodes: readonly Inline[]): number =>
    Math.max(0, ...nodes.map((n) => (n.type === 'em' || n.type === 'strong' || n.type === 'link' ? 1 + depth(n.children) : 1)));
  return Math.max(0, ...blocks.map((b) => (b.type === 'paragraph' ? depth(b.children) : Math.max(0, ...b.items.map(depth)))));
}

interface TreeRow {
  name: string;
  input: string;
  blocks: Block[];
  refused?: string[];
}

const trees: TreeRow[] = [
  // Blocks
  {name: 'plain text is one paragraph', input: 'Trygghet i centrum.', blocks: [p(t('Trygghet i centrum.'))]},
  {name: 'empty string has no blocks', input: '', blocks: []},
  {name: 'whitespace only has no blocks', input: ' \n\t\n ', blocks: []},
  {name: 'blank line separates paragraphs', input: 'Ett.\n\nTvå.', blocks: [p(t('Ett.')), p(t('Två.'))]},
  {
    name: 'a line of spaces counts as blank',
    input: 'Ett.\n   \t\nTvå.',
    blocks: [p(t('Ett.')), p(t('Två.'))],
  },
  {name: 'several blank lines are one separator', input: 'Ett.\n\n\n\nTvå.', blocks: [p(t('Ett.')), p(t('Två.'))]},
  {name: 'single newline is a line break', input: 'Box 500\n833 24 Strömsund', blocks: [p(t('Box 500'), br, t('833 24 Strömsund'))]},
  {name: 'CRLF newlines', input: 'Ett\r\nTvå\r\n\r\nTre', blocks: [p(t('Ett'), br, t('Två')), p(t('Tre'))]},
  {name: 'lone CR newlines', input: 'Ett\rTvå\r\rTre', blocks: [p(t('Ett'), br, t('Två')), p(t('Tre'))]},
  {name: 'leading and trailing newlines are dropped', input: '\n\nText\n\n', blocks: [p(t('Text'))]},
  {name: 'spaces around a line are trimmed', input: '  Text  ', blocks: [p(t('Text'))]},
  // Bullets
  {name: 'dash bullets', input: '- ett\n- två', blocks: [ul([t('ett')], [t('två')])]},
  {name: 'star bullets', input: '* ett\n* två', blocks: [ul([t('ett')], [t('två')])]},
  {name: 'bullet-character bullets', input: '• ett\n• två', blocks: [ul([t('ett')], [t('två')])]},
  {name: 'indented bullets', input: '  - ett\n\t- två', blocks: [ul([t('ett')], [t('två')])]},
  {name: 'mixed bullet characters make one list', input: '- ett\n* två\n• tre', blocks: [ul([t('ett')], [t('två')], [t('tre')])]},
  {
    name: 'paragraph line then bullets in one chunk',
    input: 'Vi ska:\n- vandra\n- prata',
    blocks: [p(t('Vi ska:')), ul([t('vandra')], [t('prata')])],
  },
  {
    name: 'bullets then a paragraph line',
    input: '- vandra\nSedan fika.',
    blocks: [ul([t('vandra')]), p(t('Sedan fika.'))],
  },
  {
    name: 'indented continuation line stays in its bullet',
    input: '- Trygghetsvandring\n  i Hoting\n- Grannsamverkan',
    blocks: [ul([t('Trygghetsvandring'), br, t('i Hoting')], [t('Grannsamverkan')])],
  },
  {
    name: 'blank line between bullets makes two lists',
    input: '- ett\n\n- två',
    blocks: [ul([t('ett')]), ul([t('två')])],
  },
  {name: 'dash without a space is not a bullet', input: '-5 grader', blocks: [p(t('-5 grader'))]},
  {name: 'star without a space is emphasis, not a bullet', input: '*viktigt* här', blocks: [p(em(t('viktigt')), t(' här'))]},
  {name: 'bullet with emphasis inside', input: '- *minst* två', blocks: [ul([em(t('minst')), t(' två')])]},
  {name: 'dash inside a line is text', input: 'Polisen - och kommunen', blocks: [p(t('Polisen - och kommunen'))]},
  // Emphasis
  {name: 'emphasis', input: 'ett *viktigt* ord', blocks: [p(t('ett '), em(t('viktigt')), t(' ord'))]},
  {name: 'strong', input: 'ett **viktigt** ord', blocks: [p(t('ett '), strong(t('viktigt')), t(' ord'))]},
  {name: 'multiplication stays text', input: '5 * 3 * 2', blocks: [p(t('5 * 3 * 2'))]},
  {name: 'unclosed strong stays text', input: '**bold', blocks: [p(t('**bold'))]},
  {name: 'unclosed emphasis stays text', input: 'a *b', blocks: [p(t('a *b'))]},
  {name: 'emphasis with space inside the end stays text', input: '*a *', blocks: [p(t('*a *'))]},
  {name: 'empty strong stays text', input: '****', blocks: [p(t('****'))]},
  {
    name: 'emphasis closing inside strong',
    input: '**bold *and em***',
    blocks: [p(strong(t('bold '), em(t('and em'))))],
  },
  {name: 'strong and emphasis at once', input: '***båda***', blocks: [p(strong(em(t('båda'))))]},
  {
    name: 'strong inside emphasis',
    input: '*em **strong** em*',
    blocks: [p(em(t('em '), strong(t('strong')), t(' em')))],
  },
  {name: 'strong then emphasis, touching', input: '**a***b*', blocks: [p(strong(t('a')), em(t('b')))]},
  {name: 'double star before a single close', input: '**a*', blocks: [p(t('*'), em(t('a')))]},
  {name: 'two emphases on a line', input: '*a* och *b*', blocks: [p(em(t('a')), t(' och '), em(t('b')))]},
  // Links
  {
    name: 'https link',
    input: 'Läs [rapporten](https://example.org/r.pdf).',
    blocks: [p(t('Läs '), a('https://example.org/r.pdf', t('rapporten')), t('.'))],
  },
  {
    name: 'link with parentheses in the URL',
    input: '[w](https://sv.wikipedia.org/wiki/A_(B))',
    blocks: [p(a('https://sv.wikipedia.org/wiki/A_(B)', t('w')))],
  },
  {name: 'relative link', input: '[plan](/dokument/plan.pdf)', blocks: [p(a('/dokument/plan.pdf', t('plan')))]},
  {name: 'mailto link', input: '[mejla](mailto:a@example.org)', blocks: [p(a('mailto:a@example.org', t('mejla')))]},
  {name: 'tel link', input: '[ring](tel:+4667016100)', blocks: [p(a('tel:+4667016100', t('ring')))]},
  {name: 'link with emphasis in its text', input: '[*viktig* länk](https://x.se)', blocks: [p(a('https://x.se', em(t('viktig')), t(' länk')))]},
  {name: 'strong around a link', input: '**[a](https://x.se)**', blocks: [p(strong(a('https://x.se', t('a'))))]},
  {name: 'empty link text is not a link', input: '[](https://x.se)', blocks: [p(t('[](https://x.se)'))]},
  {name: 'brackets without a URL stay text', input: '[inte en länk] (https://x.se)', blocks: [p(t('[inte en länk] (https://x.se)'))]},
  {name: 'URL with a space is not a link', input: '[a](https://x.se/a b)', blocks: [p(t('[a](https://x.se/a b)'))]},
  {
    name: 'javascript link keeps its text, no href',
    input: '[x](javascript:alert(1))',
    blocks: [p(a(null, t('x')))],
    refused: ['javascript:alert(1)'],
  },
  {
    name: 'data link keeps its text, no href',
    input: 'Se [bilden](data:text/html,<b>x</b>)!',
    blocks: [p(t('Se '), a(null, t('bilden')), t('!'))],
    refused: ['data:text/html,<b>x</b>'],
  },
  {
    name: 'mixed-case vbscript link refused',
    input: '[v](VbScRiPt:msgbox(1))',
    blocks: [p(a(null, t('v')))],
    refused: ['VbScRiPt:msgbox(1)'],
  },
  {
    name: 'entity-encoded javascript link refused',
    input: '[x](&#106;avascript:alert(1))',
    blocks: [p(a(null, t('x')))],
    refused: ['&#106;avascript:alert(1)'],
  },
  // HTML is text
  {name: 'script tag stays literal text', input: '<script>alert(1)</script>', blocks: [p(t('<script>alert(1)</script>'))]},
  {
    name: 'img onerror stays literal text',
    input: '<img src=x onerror="alert(1)">',
    blocks: [p(t('<img src=x onerror="alert(1)">'))],
  },
  {name: 'HTML entities stay literal', input: 'a &amp; b &lt;i&gt;', blocks: [p(t('a &amp; b &lt;i&gt;'))]},
  {name: 'anchor tag stays literal', input: '<a href="javascript:x">y</a>', blocks: [p(t('<a href="javascript:x">y</a>'))]},
  // Not interpreted Markdown
  {name: 'headings are text', input: '# Rubrik', blocks: [p(t('# Rubrik'))]},
  {name: 'numbered lists are text', input: '1. ett\n2. två', blocks: [p(t('1. ett'), br, t('2. två'))]},
  {name: 'underscore emphasis is text', input: '_inte_ __detta__', blocks: [p(t('_inte_ __detta__'))]},
  {name: 'images are a link with a literal bang', input: '![alt](https://x.se/a.png)', blocks: [p(t('!'), a('https://x.se/a.png', t('alt')))]},
  {name: 'backticks are text', input: '`kod`', blocks: [p(t('`kod`'))]},
];

describe('parseRichText: trees', () => {
  for (const row of trees) {
    it(row.name, () => {
      const parsed = parseRichText(row.input);
      expect(parsed.blocks).to.deep.equal(row.blocks);
      expect(parsed.refusedUrls).to.deep.equal(row.refused ?? []);
    });
  }
});

interface HostileRow {
  name: string;
  input: string;
  /** What richTextToPlain must give, or (`contains`) hold: the text survives. */
  plain?: string;
  contains?: string;
}

/**
 * Inputs built to be slow or deep; each must keep its text. A parser that
 * backtracks on them does not finish within the test's timeout; how fast
 * the parser is belongs to `npm run bench`.
 */
const hostile: HostileRow[] = [
  {name: '20,000 opening brackets', input: '['.repeat(20_000), plain: '['.repeat(20_000)},
  {name: '20,000 brackets and one close', input: '['.repeat(20_000) + ']', plain: '['.repeat(20_000) + ']'},
  {name: '5,000 unclosed strong openers', input: '**a '.repeat(5_000).trim(), plain: '**a '.repeat(5_000).trim()},
  {name: '20,000 stars', input: '*'.repeat(20_000), plain: '*'.repeat(20_000)},
  {name: 'link openers without URLs', input: '[a]('.repeat(5_000), plain: '[a]('.repeat(5_000)},
  {name: '20,000 link-ish openers without a closing parenthesis', input: '[a](('.repeat(4_000), plain: '[a](('.repeat(4_000)},
  {name: 'alternating stars and letters', input: '*a'.repeat(10_000), contains: 'a'},
  {name: 'deeply nested strong', input: '**'.repeat(50) + 'x' + '**'.repeat(50), contains: 'x'},
  {name: 'deeply nested links', input: '['.repeat(100) + 'x' + '](https://x.se)'.repeat(100), contains: 'x'},
  {name: 'deeply nested emphasis', input: '*a '.repeat(200) + 'x' + ' b*'.repeat(200), contains: 'x'},
];

describe('parseRichText: hostile input keeps its text', () => {
  for (const row of hostile) {
    it(row.name, () => {
      const parsed = parseRichText(row.input);
      const plain = richTextToPlain(parsed.blocks);
      if (row.plain !== undefined) expect(plain).to.equal(row.plain);
      if (row.contains !== undefined) expect(plain).to.include(row.contains);
      // Nesting is cut off: no node deeper than a few levels.
      expect(maxDepth(parsed.blocks)).to.be.at.most(5);
    });
  }
});

interface PlainRow {
  name: string;
  input: string;
  plain: string;
}

const plains: PlainRow[] = [
  {name: 'text', input: 'Hej', plain: 'Hej'},
  {name: 'paragraphs joined by a blank line', input: 'Ett\n\nTvå', plain: 'Ett\n\nTvå'},
  {name: 'line break as newline', input: 'Ett\nTvå', plain: 'Ett\nTvå'},
  {name: 'bullets as • lines', input: 'Vi:\n- ett\n* två', plain: 'Vi:\n\n• ett\n• två'},
  {name: 'markup dropped, words kept', input: '**Stark** och *lätt* [länk](https://x.se)', plain: 'Stark och lätt länk'},
  {name: 'refused link keeps its text', input: '[klicka](javascript:alert(1))', plain: 'klicka'},
  {name: 'HTML kept as text', input: '<b>fet</b>', plain: '<b>fet</b>'},
  {name: 'empty', input: '', plain: ''},
];

describe('richTextToPlain', () => {
  for (const row of plains) {
    it(row.name, () => {
      expect(richTextToPlain(parseRichText(row.input).blocks)).to.equal(row.plain);
    });
  }
});
