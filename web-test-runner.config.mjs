import {esbuildPlugin} from '@web/dev-server-esbuild';
import {chromeLauncher} from '@web/test-runner';
import {fileURLToPath} from 'node:url';
import {browserArgs, findBrowser} from './scripts/browser.mjs';
import {fixtureMiddleware} from './test/server/fixture-middleware.mjs';

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: {exportConditions: ['production']},
  concurrency: 1,
  plugins: [esbuildPlugin({ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url))})],
  middleware: [fixtureMiddleware],
  // The widget reports feed problems in the console on purpose; tests assert
  // them through events, so those lines would only bury real failures.
  filterBrowserLogs: ({args}) => !String(args[0]).startsWith('<medborgar-loften>'),
  browsers: [
    chromeLauncher({
      launchOptions: {executablePath: findBrowser(), headless: true, args: browserArgs()},
    }),
  ],
  testFramework: {config: {timeout: 10000}},
  testRunnerHtml: (testFramework) => `<!doctype html>
    <html lang="sv">
      <head><meta charset="utf-8"></head>
      <body><script type="module" src="${testFramework}"></script></body>
    </html>`,
};
