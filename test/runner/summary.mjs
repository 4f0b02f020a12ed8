/**
 * The start and the end of `npm test`:
 *
 *   node test/runner/summary.mjs --start types browser node build size e2e
 *       forgets the last run's results and notes the stages to expect
 *   node test/runner/summary.mjs
 *       prints every stage's line, the skip reasons, the totals per engine
 *       and overall with the run's time; exits 1 when a test or a stage
 *       failed, or a stage left no result (it stopped before its reporter
 *       could write one: its own output above says why)
 *
 * The results come from the runners' reporters (test/runner/results.mjs).
 */
import {print, printError, readResults, readRun, seconds, stageLine, startRun} from './results.mjs';

const args = process.argv.slice(2);
if (args[0] === '--start') {
  startRun(args.slice(1));
  process.exit(0);
}

const run = readRun();
const results = readResults();
const expected = run?.stages ?? [...new Set(results.map((result) => result.stage))];

print('\nSummary');
for (const result of results) print(`  ${stageLine(result)}`);
const unreported = expected.filter((stage) => !results.some((result) => result.stage === stage));
for (const stage of unreported) printError(`  ${stage.padEnd(9)} ${'-'.padEnd(9)} FAILED: stopped before it could report (see its output above)`);

const tests = results.filter((result) => result.passed !== undefined);
const reasons = tests.flatMap((result) => Object.entries(result.reasons ?? {}).map(([reason, count]) => ({engine: result.engine, reason, count})));
if (reasons.length) {
  print('\nSkipped, and why');
  for (const {engine, reason, count} of reasons) print(`  ${engine.padEnd(9)} ${String(count).padStart(3)}  ${reason}`);
}

const missing = results.filter((result) => result.missing);
if (missing.length) {
  print(`\nNot run: ${missing.map((result) => result.engine).join(', ')} (not installed; see above)`);
}

const sum = (list) => ({
  passed: list.reduce((total, result) => total + result.passed, 0),
  failed: list.reduce((total, result) => total + result.failed, 0),
  skipped: list.reduce((total, result) => total + result.skipped, 0),
});
const counted = (total) => `${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`;
const engines = [...new Set(tests.map((result) => result.engine))];
print('\nTotal per engine');
for (const engine of engines) {
  const own = tests.filter((result) => result.engine === engine);
  print(`  ${engine.padEnd(9)} ${counted(sum(own))}  (${own.map((result) => result.stage).join(', ')})`);
}

const failedStages = results.filter((result) => !result.ok).map((result) => `${result.stage}${result.engine === '-' ? '' : ` (${result.engine})`}`);
const total = sum(tests);
const time = run ? ` in ${seconds(Date.now() - run.startedAt)}` : '';
const verdict = [...failedStages, ...unreported].length ? `; FAILED: ${[...failedStages, ...unreported].join(', ')}` : '';
(verdict ? printError : print)(`Total: ${counted(total)}${time}${verdict}`);
process.exit(verdict ? 1 : 0);
