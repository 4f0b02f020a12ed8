/**
 * Builds dist/medborgar-loften.js: one minified ES module with Lit, the
 * element and every locale, for a CMS to host as a single uploaded file;
 * dist/medborgar-loften-validate.js, the validator for the playground; and
 * dist/editor.html, the editor: one self-contained page (its own bundle
 * inlined; never part of the embed file).
 * Input is tsc's output (lib/), so types and the bundle come from one compile.
 * Prints the file's raw, gzip and brotli size.
 *
 * Before terser, leanMessages() (scripts/rollup-lean-messages.mjs) turns the
 * widget's translations into plain tables that msg() reads by index (which
 * also drops the translators' notes), and Lit's own minifier
 * (@lit-labs/rollup-plugin-minify-html-literals) minifies the html`` and
 * css`` literals; the validator's bundle keeps @lit/localize, and
 * stripMsgDescriptions() (scripts/rollup-strip-msg-descriptions.mjs) drops
 * its notes. What each saves is in docs/performance.md. The size budget is
 * size-budget.json, checked by `npm run size`.
 */
import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyHTMLLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import {brotliCompressSync, gzipSync, constants} from 'node:zlib';
import {editorPage, virtualEntry} from './scripts/rollup-editor-page.mjs';
import {stripMsgDescriptions} from './scripts/rollup-strip-msg-descriptions.mjs';
import {fileURLToPath} from 'node:url';
import {readFileSync} from 'node:fs';
import {leanMessages} from './scripts/rollup-lean-messages.mjs';

/** The widget's target languages: every line of locales/languages.json but the source's. */
const table = JSON.parse(readFileSync(new URL('./locales/languages.json', import.meta.url), 'utf8'));
const targetLocales = Object.keys(table.languages).filter((tag) => tag !== table.source);

/** Reports the bundle's size as a visitor's browser would download it. */
function reportSize() {
  return {
    name: 'report-size',
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk') continue;
        const code = Buffer.from(file.code);
        const gzip = gzipSync(code, {level: 9}).length;
        const brotli = brotliCompressSync(code, {params: {[constants.BROTLI_PARAM_QUALITY]: 11}}).length;
        const kb = (n) => `${(n / 1024).toFixed(2)} KB`;
        console.log(`\n${file.fileName}: ${kb(code.length)} raw, ${kb(gzip)} gzip, ${kb(brotli)} brotli\n`);
      }
    },
  };
}

// Property names that only the embed's own modules use on objects of their own (the
// templates' view, the controllers' methods the element calls, the parser's and the
// formatter's records): terser shortens them in the embed. Never a name of the public
// surface (element, events, feed, FeedError), of Lit, or one read as a string;
// `builtins: true` because terser otherwise keeps names it knows from the DOM (`isOpen`).
// test/bundle/ runs the built file in three engines.
const INTERNAL_PROPERTIES = new RegExp(
  `^(${[
    'budgetExhausted', 'claims', 'copiedFragment', 'dayMark', 'emEnd', 'fillAll', 'fragmentId',
    'idFor', 'idSuffix', 'isFilled', 'isOpen', 'isShown', 'isStale', 'linkFailed', 'loadedSrc',
    'mayLink', 'monthAfterDay', 'onBeforeMatch', 'onClick', 'onCopyLink', 'onShowAll',
    'onToggle', 'percentGap', 'promisesOf', 'redrawFor', 'refill', 'refusedUrls', 'remaining',
    'rememberKey', 'renderKey', 'revealPageText', 'srcChanged', 'timeoutMs', 'toggleAll',
    'untilFound',
  ].join('|')})$`
);

const widget = {
  input: 'lib/define.js',
  output: {
    file: 'dist/medborgar-loften.js',
    format: 'es',
    inlineDynamicImports: true,
    sourcemap: false,
  },
  plugins: [
    // The "production" condition drops Lit's dev-mode warnings and checks.
    nodeResolve({exportConditions: ['production']}),
    // The translations as plain tables, msg() by index (scripts/rollup-lean-messages.mjs).
    leanMessages({
      root: fileURLToPath(new URL('.', import.meta.url)),
      translationsModule: 'lib/generated/translations.js',
      localesDir: 'lib/generated/locales',
      locales: targetLocales,
      xliff: `locales/${targetLocales[0]}.xlf`,
    }),
    // The project's own modules only (lib/): Lit is published minified.
    minifyHTMLLiterals({include: ['lib/**'], failOnError: true, options: {minifyOptions: {conservativeCollapse: true}}}),
    terser({
      ecma: 2021,
      module: true,
      // Measured (docs/performance.md): a third pass saves 28 B brotli, a fourth nothing.
      // `unsafe` (59 B), `pure_getters` (24 B) and `keep_fargs: false` (9 B) assume things
      // of Lit's code and ours that nothing checks; they stay off.
      compress: {passes: 3},
      mangle: {properties: {builtins: true, regex: INTERNAL_PROPERTIES}},
      format: {comments: false},
    }),
    reportSize(),
  ],
};

/**
 * The validator for pages (demo/playground.html): src/validate/ with its
 * messages, the standalone schema check and its own @lit/localize set-up,
 * in one module that a page loads next to the widget's file. Not part of
 * the widget's embed.
 */
const validator = {
  input: 'lib/validate/index.js',
  output: {file: 'dist/medborgar-loften-validate.js', format: 'es', sourcemap: false},
  plugins: [
    nodeResolve({exportConditions: ['production']}),
    minifyHTMLLiterals({include: ['lib/**'], failOnError: true, options: {minifyOptions: {conservativeCollapse: true}}}),
    stripMsgDescriptions(),
    terser({ecma: 2021, module: true, compress: {passes: 3}, format: {comments: false}}),
    reportSize(),
  ],
};

// The editor: the widget (for the live preview) and the editor's elements,
// inlined into one HTML page that works from file:// and any static host.
// Its widget keeps @lit/localize itself (no lean tables): the editor's and
// the tools' messages share that one configuration with the widget's.
const editor = {
  input: 'editor-entry',
  onwarn(warning, warn) {
    // tsc's decorator helper (the editor's elements use decorators) reads a top-level `this`,
    // undefined in a module as it expects.
    if (warning.code === 'THIS_IS_UNDEFINED') return;
    warn(warning);
  },
  output: {
    dir: 'dist',
    format: 'es',
    inlineDynamicImports: true,
    entryFileNames: 'editor.js',
    sourcemap: false,
  },
  plugins: [
    virtualEntry('editor-entry', ['lib/define.js', 'lib/editor/page.js']),
    nodeResolve({exportConditions: ['production']}),
    minifyHTMLLiterals({include: ['lib/**'], failOnError: true, options: {minifyOptions: {conservativeCollapse: true}}}),
    stripMsgDescriptions(),
    terser({ecma: 2021, module: true, compress: {passes: 2}, format: {comments: false}}),
    editorPage({fileName: 'editor.html', title: 'Skriv medborgarlöften'}),
  ],
};

export default [widget, validator, editor];
