/**
 * The browser tests (every test/…/*.test.ts) in Chromium, Firefox and WebKit side
 * by side: `npx web-test-runner`, or `ENGINES=firefox npx web-test-runner
 * test/element/media.test.ts` for one engine and file. `npm test` adds
 * --coverage (Chromium's) and prints one line per engine at the end.
 */
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {fileURLToPath} from 'node:url';
import {INSTALL_HINT} from './scripts/browser.mjs';
import {browserReporter} from './test/runner/browser-reporter.mjs';
import {emulationPlugin} from './test/runner/emulation-plugin.mjs';
import {enginePlugin} from './test/runner/engine-plugin.mjs';
import {engineLaunchers} from './test/runner/engines.mjs';
import {openPagePlugin} from './test/runner/open-page-plugin.mjs';
import {plainLogger} from './test/runner/results.mjs';
import {fixtureMiddleware} from './test/server/fixture-middleware.mjs';
import {cspMiddleware} from './test/server/csp-middleware.mjs';

const {launchers, missing} = engineLaunchers();

/** The reporter, recording its results under a stage of `npm test`'s summary. */
export const reporterFor = (stage) => browserReporter({missing, install: INSTALL_HINT, stage});

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  // The built file's tests (test/bundle/) run after the build: `npm run test:bundle`.
  files: ['test/**/*.test.ts', '!test/bundle/**'],
  nodeResolve: {exportConditions: ['production']},
  plugins: [
    esbuildPlugin({ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url))}),
    // Commands the tests call: which engine, skip reasons, checked emulation, a top-level page.
    enginePlugin(),
    emulationPlugin(),
    openPagePlugin(),
  ],
  // /demo/strict-csp.html gets the strict CSP, as `npm start` serves it.
  middleware: [fixtureMiddleware, cspMiddleware],
  // The widget reports feed problems in the console on purpose; tests assert
  // them through events, so those lines would only bury real failures.
  filterBrowserLogs: ({args}) => !String(args[0]).startsWith('<medborgar-loften>'),
  // Chromium (with coverage), Firefox and WebKit, each running one file at a time, side by side.
  browsers: launchers,
  concurrency: 1,
  concurrentBrowsers: 3,
  // Bounds a hung test only: a loaded 2-core machine running three engines side by side is slow, never wrong.
  testFramework: {config: {timeout: 30000}},
  reporters: [reporterFor('browser')],
  logger: plainLogger,
  // Coverage of src/ by the browser tests in Chromium (v8, mapped back to the
  // .ts files), with --coverage (npm test): the run fails under the
  // thresholds. The command-line tool (src/cli/) is covered by its node tests.
  // Report: coverage/lcov-report/.
  coverageConfig: {
    include: ['src/**/*.ts'],
    exclude: ['src/generated/**', 'src/cli/**'],
    threshold: {lines: 90, statements: 90, functions: 80, branches: 75},
    reportDir: 'coverage',
    reporters: ['lcov'],
  },
  testRunnerHtml: (testFramework) => `<!doctype html>
    <html lang="sv">
      <head><meta charset="utf-8"></head>
      <body><script type="module" src="${testFramework}"></script></body>
    </html>`,
};
