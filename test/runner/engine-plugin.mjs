/**
 * Test-runner commands that tell a test which engine runs it, and record why
 * a test skips itself, so that the summary can show each engine's skips with
 * their reasons (test/helpers/engine.ts is the browser side).
 *
 *   engine       → 'Chromium' | 'Firefox' | 'WebKit'
 *   skip-reason  {test, reason}: recorded for the engine, the file and the test
 */

/** @type {{engine: string, file: string, test: string, reason: string}[]} */
const recorded = [];

/** The skip reasons recorded in this run, in the order they came. */
export function skipReasons() {
  return recorded;
}

export function forgetSkipReasons() {
  recorded.length = 0;
}

export function enginePlugin() {
  return {
    name: 'engine-commands',
    executeCommand({command, payload, session}) {
      if (command === 'engine') return session.browser.name;
      if (command === 'skip-reason') {
        recorded.push({engine: session.browser.name, file: session.testFile, test: String(payload?.test ?? ''), reason: String(payload?.reason ?? '')});
        return true;
      }
      return undefined;
    },
  };
}
