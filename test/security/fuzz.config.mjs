/**
 * The long fuzz run, outside CI: `npm run fuzz`. The same property-based
 * tests as `npm test` (test/security/), with many more runs and no test
 * timeout, on the test runner's usual set-up.
 *
 *   FUZZ_RUNS=50000 npm run fuzz     runs per parser property (default 10000;
 *                                    element and race properties get a tenth)
 *   FUZZ_SEED=1234 npm run fuzz      replay a seed (default: a fresh one,
 *                                    printed as "[fuzz] seed …" per property)
 *   ENGINES=firefox npm run fuzz     in other engines (default: Chromium)
 *
 * A failure prints fast-check's seed, path and shrunk counterexample; turn it
 * into a fixed test (or a `// BUG:` test) before fixing it.
 */
import base from '../../web-test-runner.config.mjs';
import {INSTALL_HINT} from '../../scripts/browser.mjs';
import {browserReporter} from '../runner/browser-reporter.mjs';
import {engineLaunchers} from '../runner/engines.mjs';

const runs = Number(process.env.FUZZ_RUNS ?? 10_000);
const seed = process.env.FUZZ_SEED === undefined ? Date.now() % 2 ** 31 : Number(process.env.FUZZ_SEED);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`FUZZ_RUNS must be a positive whole number, not ${process.env.FUZZ_RUNS}`);
if (!Number.isInteger(seed)) throw new Error(`FUZZ_SEED must be a whole number, not ${process.env.FUZZ_SEED}`);
console.log(`Fuzzing with FUZZ_RUNS=${runs} FUZZ_SEED=${seed}`);
// The properties are about the parser and the element's state, not the engine: Chromium
// alone unless ENGINES names others.
const {launchers, missing} = engineLaunchers(process.env.ENGINES ? undefined : ['chromium']);

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  ...base,
  files: [
    'test/security/feed-properties.test.ts',
    'test/security/prototype-pollution.test.ts',
    'test/security/races.test.ts',
  ],
  browsers: launchers,
  reporters: [browserReporter({missing, install: INSTALL_HINT})],
  coverage: false,
  testFramework: {config: {timeout: 0}},
  testsFinishTimeout: 24 * 60 * 60 * 1000,
  // The fuzz settings reach the tests as a global (test/security/support.ts).
  testRunnerHtml: (testFramework) => `<!doctype html>
    <html lang="sv">
      <head>
        <meta charset="utf-8">
        <script>window.__SECURITY_FUZZ__ = ${JSON.stringify({runs, seed})};</script>
      </head>
      <body><script type="module" src="${testFramework}"></script></body>
    </html>`,
};
