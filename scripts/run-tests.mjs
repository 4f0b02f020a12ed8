/**
 * `npm test`: every check, in order, with one total at the end.
 *
 *   1. generated sources (npm run generate: both lit-localize projects, the
 *      schema check), type check
 *   2. browser tests (web-test-runner, headless Chromium, with coverage)
 *   3. command-line tool, build and translation tests
 *      (node --test test/cli/ test/build/ test/localization/)
 *   4. the build (npm run build) and its size budget (scripts/check-size.mjs),
 *      then the demo pages end to end (node --test test/e2e/)
 *
 * `--unit` stops after 3 (the quick loop). Each runner prints its own
 * report; the last line adds them up as "Total: N passed, N failed".
 */
import {spawn} from 'node:child_process';

const unitOnly = process.argv.includes('--unit');
const bin = (name) => new URL(`../node_modules/.bin/${name}`, import.meta.url).pathname;

/** Runs a command, echoing its output; resolves to that output and its exit code. */
function run(command, args) {
  return new Promise((resolve) => {
    console.log(`\n▶ ${[command, ...args].join(' ')}`);
    const child = spawn(command, args, {stdio: ['ignore', 'pipe', 'pipe'], env: process.env});
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      process.stdout.write(chunk);
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
      process.stderr.write(chunk);
    });
    child.on('close', (code) => resolve({code: code ?? 1, output}));
  });
}

// eslint-disable-next-line no-control-regex
const plain = (text) => text.replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '');

/** "823 passed, 0 failed" from web-test-runner (its last such line). */
function browserCounts(output) {
  const matches = [...plain(output).matchAll(/(\d+) passed, (\d+) failed(?:, (\d+) skipped)?/g)];
  const last = matches.at(-1);
  return last ? {passed: Number(last[1]), failed: Number(last[2]), skipped: Number(last[3] ?? 0)} : undefined;
}

/** "# pass 187" and "# fail 0" from node's test runner. */
function nodeCounts(output) {
  const text = plain(output);
  const pass = text.match(/^# pass (\d+)$/m);
  const fail = text.match(/^# fail (\d+)$/m);
  const skipped = text.match(/^# skipped (\d+)$/m);
  const todo = text.match(/^# todo (\d+)$/m);
  return pass && fail
    ? {passed: Number(pass[1]), failed: Number(fail[1]), skipped: Number(skipped?.[1] ?? 0) + Number(todo?.[1] ?? 0)}
    : undefined;
}

const steps = [
  {name: 'generate', command: 'npm', args: ['run', 'generate']},
  {name: 'type check', command: bin('tsc'), args: ['--noEmit']},
  {name: 'browser tests', command: bin('web-test-runner'), args: ['--coverage'], counts: browserCounts},
  {name: 'compile', command: bin('tsc'), args: ['-p', 'tsconfig.build.json']},
  {
    name: 'command-line and build tests',
    command: process.execPath,
    args: ['--test', 'test/cli/', 'test/import/', 'test/build/', 'test/localization/'],
    counts: nodeCounts,
  },
];
if (!unitOnly) {
  steps.push(
    // The whole build: the bundle and custom-elements.json, which the pages and their tests read.
    {name: 'build', command: 'npm', args: ['run', 'build']},
    {name: 'size budget', command: process.execPath, args: ['scripts/check-size.mjs']},
    {name: 'end-to-end tests', command: process.execPath, args: ['--test', 'test/e2e/'], counts: nodeCounts}
  );
}

const total = {passed: 0, failed: 0, skipped: 0};
const rows = [];
let failedStep;
for (const step of steps) {
  const {code, output} = await run(step.command, step.args);
  const counts = step.counts?.(output);
  if (counts) {
    total.passed += counts.passed;
    total.failed += counts.failed;
    total.skipped += counts.skipped;
    rows.push(`  ${step.name.padEnd(20)} ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
  }
  if (code !== 0) {
    failedStep = step.name;
    if (step.counts && !counts) total.failed += 1;
    break;
  }
}

console.log('\nTest summary');
for (const row of rows) console.log(row);
if (failedStep) console.log(`  stopped: "${failedStep}" failed`);
console.log(`Total: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(failedStep ? 1 : 0);
