/**
 * The results of `npm test`, one file per stage and engine in test-results/,
 * written by each runner's own reporter (the browser tests' reporter, the
 * node test reporter, the size check, the stage wrapper) and read back by
 * the summary. Nothing here reads a runner's output.
 *
 * @typedef {object} StageResult
 * @property {string} stage       'types', 'browser', 'node', 'build', 'size', 'e2e'…
 * @property {string} engine      'chromium', 'firefox', 'webkit', 'node', or '-' for a stage without one
 * @property {number} [passed]    tests that passed (absent for a stage that runs no tests)
 * @property {number} [failed]
 * @property {number} [skipped]
 * @property {Record<string, number>} [reasons]  skip reasons, with how many tests each skipped
 * @property {boolean} ok         the stage succeeded (for test stages: nothing failed)
 * @property {number} ms          how long it took
 * @property {string} [note]      one more fact for the line (a size, a coverage figure)
 * @property {string} [missing]   why the engine did not run (not installed)
 */
import {mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {format, stripVTControlCharacters} from 'node:util';

export const RESULTS_DIR = fileURLToPath(new URL('../../test-results/', import.meta.url));

/**
 * Writes a line for a person: through the console on a terminal (where the
 * test runner draws its progress around it), straight to stdout otherwise,
 * without escape codes.
 */
export function print(...parts) {
  if (process.stdout.isTTY) console.log(...parts);
  else process.stdout.write(`${stripVTControlCharacters(format(...parts))}\n`);
}

/** The same for errors and failure details, on stderr. */
export function printError(...parts) {
  if (process.stderr.isTTY) console.error(...parts);
  else process.stderr.write(`${stripVTControlCharacters(format(...parts))}\n`);
}

/**
 * web-test-runner's logger, writing through `print`: its own lines and the
 * failure reports reach a pipe without escape codes.
 */
export const plainLogger = (() => {
  let depth = 0;
  const indent = (parts) => (depth ? [format(...parts).replace(/^/gm, '  '.repeat(depth))] : parts);
  return {
    log: (...parts) => print(...indent(parts)),
    debug: () => {},
    warn: (...parts) => printError(...indent(parts)),
    error: (...parts) => printError(...indent(parts)),
    group: () => void depth++,
    groupEnd: () => void (depth = Math.max(0, depth - 1)),
    logSyntaxError: ({message, filePath, line, column}) => printError(`${filePath}:${line}:${column}: ${message}`),
  };
})();

export function seconds(ms) {
  // Under a minute, tenths (59.94 s reads "59.9 s"); above, whole seconds rounded before
  // splitting, so that 5 min 59.6 s reads "6 min 0 s", not "5 min 60 s".
  if (ms < 59_950) return `${(ms / 1000).toFixed(1)} s`;
  const whole = Math.round(ms / 1000);
  return `${Math.floor(whole / 60)} min ${whole % 60} s`;
}

const plural = (count, one, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/** "browser   firefox    912 passed    0 failed   14 skipped (2 reasons)   98.2 s" */
export function stageLine(result) {
  const head = `${result.stage.padEnd(9)} ${result.engine.padEnd(9)}`;
  if (result.missing) return `${head} not run: ${result.missing}`;
  const time = seconds(result.ms).padStart(11);
  if (result.passed === undefined) {
    return `${head} ${(result.ok ? 'ok' : 'FAILED').padEnd(50)}${time}${result.note ? `   ${result.note}` : ''}`;
  }
  const reasons = Object.keys(result.reasons ?? {}).length;
  const skipped = `${String(result.skipped).padStart(4)} skipped${result.skipped ? ` (${plural(reasons, 'reason')})` : ''}`;
  const counts = `${String(result.passed).padStart(5)} passed ${String(result.failed).padStart(4)} failed ${skipped}`;
  return `${head} ${counts.padEnd(50)}${time}${result.note ? `   ${result.note}` : ''}`;
}

/** Records a stage's result (replacing an earlier one of the same stage and engine) and prints its line. */
export function recordStage(result) {
  mkdirSync(RESULTS_DIR, {recursive: true});
  const stamped = {...result, finishedAt: Date.now()};
  writeFileSync(join(RESULTS_DIR, `${result.stage}-${result.engine}.json`), `${JSON.stringify(stamped, null, 2)}\n`);
  (result.ok || result.missing ? print : printError)(stageLine(result));
}

/** Every recorded result, in the order the stages ran. */
export function readResults() {
  let names = [];
  try {
    names = readdirSync(RESULTS_DIR).filter((name) => name.endsWith('.json') && name !== 'run.json');
  } catch {
    return [];
  }
  return names
    .map((name) => JSON.parse(readFileSync(join(RESULTS_DIR, name), 'utf8')))
    .sort((a, b) => (a.finishedAt ?? 0) - (b.finishedAt ?? 0));
}

/** Starts a run: forgets earlier results and notes the stages the summary must find. */
export function startRun(stages) {
  rmSync(RESULTS_DIR, {recursive: true, force: true});
  mkdirSync(RESULTS_DIR, {recursive: true});
  writeFileSync(join(RESULTS_DIR, 'run.json'), `${JSON.stringify({startedAt: Date.now(), stages})}\n`);
}

export function readRun() {
  try {
    return JSON.parse(readFileSync(join(RESULTS_DIR, 'run.json'), 'utf8'));
  } catch {
    return undefined;
  }
}
