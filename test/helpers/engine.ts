/**
 * Which engine runs the test, and skipping a test with a reason that the
 * run's summary shows per engine (test/runner/engine-plugin.mjs).
 */
import {executeServerCommand} from '@web/test-runner-commands';

export type Engine = 'Chromium' | 'Firefox' | 'WebKit';

let engine: Promise<Engine> | undefined;

/** The engine running this test, as the test runner names it. */
export function currentEngine(): Promise<Engine> {
  engine ??= executeServerCommand<Engine, undefined>('engine');
  return engine;
}

/** Skips the running test and records why; call it as `return skipBecause(this, '…')` in an `it(…, function () {…})`. */
export async function skipBecause(context: Mocha.Context, reason: string): Promise<never> {
  await executeServerCommand('skip-reason', {test: context.test?.fullTitle() ?? '', reason});
  context.skip();
  throw new Error('unreachable: mocha’s skip() throws');
}
