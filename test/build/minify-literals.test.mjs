/**
 * The build's literal minifier (scripts/rollup-minify-literals.mjs): it may
 * change bytes only, never what the CSS or the markup means.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {collapseHtml, minifyCss} from '../../scripts/rollup-minify-literals.mjs';

const CSS_CASES = [
  ['drops comments', '.a { color: red; } /* note */ .b { color: blue; }', '.a{color:red}.b{color:blue}'],
  [
    'drops a comment holding a quote, with a quoted value after it',
    "/* a host's line-height */ .a { line-height: 1.5; } [hidden='until-found'] { padding: 0; }",
    ".a{line-height:1.5}[hidden='until-found']{padding:0}",
  ],
  ['drops a comment holding double quotes', '/* "Trygghetsvandringar" wraps */ .t { min-width: 0; }', '.t{min-width:0}'],
  ['keeps a string holding comment marks', ".a::before { content: '/* not a comment */'; }", ".a::before{content:'/* not a comment */'}"],
  ['keeps a string holding spaces and braces', '.a::after { content: " { ; } "; }', '.a::after{content:" { ; } "}'],
  ['keeps a descendant combinator before a pseudo-class', '.a :hover { color: red; }', '.a :hover{color:red}'],
  ['collapses whitespace and drops the last semicolon', '.a {\n  margin: 0  auto ;\n}\n', '.a{margin:0 auto}'],
  ['keeps media queries intact', '@media (prefers-reduced-motion: reduce) { .c { transition: none; } }', '@media (prefers-reduced-motion:reduce){.c{transition:none}}'],
];

for (const [name, input, expected] of CSS_CASES) {
  test(`minifyCss ${name}`, () => assert.equal(minifyCss(input), expected));
}

test('collapseHtml turns runs of whitespace with a line break into one space, and leaves the rest', () => {
  assert.equal(collapseHtml('<p>\n    <span>a</span>\n  b</p>'), '<p> <span>a</span> b</p>');
  assert.equal(collapseHtml('<pre>a  b</pre>'), '<pre>a  b</pre>');
});
