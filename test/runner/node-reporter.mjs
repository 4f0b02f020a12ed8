/**
 * A reporter for node's test runner: the details of each failure as it
 * happens, then one line for the stage, recorded for `npm test`'s summary
 * (test/runner/results.mjs). The stage and engine come from the module's
 * address:
 *
 *   node --test --test-reporter=./test/runner/node-reporter.mjs?stage=e2e&engine=chromium test/e2e/
 *
 * Counts are taken from the runner's own events; a failed file that could
 * not run its tests counts as one failure.
 */
import {relative} from 'node:path';
import {inspect} from 'node:util';
import {recordStage} from './results.mjs';

const params = new URL(import.meta.url).searchParams;
const stage = params.get('stage') ?? 'node';
const engine = params.get('engine') ?? 'node';

/** A failure, readable without colour: where, what was expected, the stack's first lines. */
function describeFailure(data) {
  const error = data.details?.error;
  const cause = error?.cause ?? error;
  const where = data.file ? `${relative(process.cwd(), data.file)}${data.line ? `:${data.line}` : ''}` : '';
  const detail = (cause instanceof Error ? inspect(cause, {colors: false, depth: 4}) : String(cause))
    .split('\n')
    // Node's own frames say nothing about the test.
    .filter((line) => !/^\s+at .*\(node:|^\s+at node:/.test(line))
    .join('\n');
  return `✗ ${data.name}${where ? `  (${where})` : ''}\n${detail.replace(/^/gm, '    ')}\n`;
}

export default async function* reporter(source) {
  const started = Date.now();
  const counts = {passed: 0, failed: 0, skipped: 0};
  const reasons = {};
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    const {data} = event;
    // A describe() block, or a test with subtests, is reported as well: its own tests are counted one by one.
    if (event.type === 'test:fail' && data.details?.error?.failureType === 'subtestsFailed') continue;
    if (data.details?.type === 'suite' && event.type === 'test:pass') continue;
    if (data.skip !== undefined || data.todo !== undefined) {
      counts.skipped++;
      const reason = typeof data.skip === 'string' ? data.skip : typeof data.todo === 'string' ? `todo: ${data.todo}` : '(no reason given)';
      reasons[reason] = (reasons[reason] ?? 0) + 1;
    } else if (event.type === 'test:pass') {
      counts.passed++;
    } else {
      counts.failed++;
      yield describeFailure(data);
    }
  }
  recordStage({stage, engine, ...counts, reasons, ok: counts.failed === 0, ms: Date.now() - started});
}
