/**
 * The browser tests' reporter: web-test-runner's own failure report (the
 * failed tests, their browser logs and 404s) for files with a failure only,
 * and at the end one line per engine with its counts, skip reasons and time,
 * recorded for `npm test`'s summary (test/runner/results.mjs). Engines that
 * are not installed get a line saying so. On a terminal it draws one
 * progress line; elsewhere it writes plain lines only.
 */
import {defaultReporter} from '@web/test-runner';
import {ENGINE_LABELS, engineOf} from './engines.mjs';
import {forgetSkipReasons, skipReasons} from './engine-plugin.mjs';
import {recordStage} from './results.mjs';

const STAGE = 'browser';

/** Passed, failed and skipped tests of one session; a file that failed outside its tests counts as one failure. */
function countSession(session) {
  const counts = {passed: 0, failed: 0, skipped: 0};
  const walk = (suite) => {
    for (const test of suite?.tests ?? []) {
      if (test.skipped) counts.skipped++;
      else if (test.passed) counts.passed++;
      else counts.failed++;
    }
    for (const child of suite?.suites ?? []) walk(child);
  };
  walk(session.testResults);
  if (session.passed === false && counts.failed === 0) counts.failed = 1;
  return counts;
}

/** "lines 95.3 %, statements 95.0 %, functions 90.1 %, branches 84.2 %" */
function coverageNote(testCoverage, threshold = {}) {
  const summary = testCoverage?.summary;
  if (!summary) return undefined;
  const figures = ['lines', 'statements', 'functions', 'branches']
    .map((kind) => `${kind} ${summary[kind].pct} %${threshold[kind] && summary[kind].pct < threshold[kind] ? ` (under ${threshold[kind]} %)` : ''}`)
    .join(', ');
  return `coverage: ${figures}`;
}

/**
 * @param {{missing: {engine: string, reason: string}[], install: string}} options
 *   engines that were asked for but are not installed, and the line that installs them
 */
export function browserReporter({missing, install}) {
  const base = defaultReporter({reportTestProgress: false});
  let args;
  let startedAt = 0;
  /** Per launcher name: when its first file started and its last one finished. */
  const times = new Map();

  return {
    start(startArgs) {
      base.start(startArgs);
      args = startArgs;
      startedAt = Date.now();
      startArgs.sessions.on('session-status-updated', (session) => {
        const time = times.get(session.browser.name) ?? {first: Date.now(), last: Date.now()};
        time.last = Date.now();
        times.set(session.browser.name, time);
      });
    },

    onTestRunStarted() {
      forgetSkipReasons();
    },

    reportTestFileResults(resultArgs) {
      if (resultArgs.sessionsForTestFile.some((session) => !session.passed)) base.reportTestFileResults(resultArgs);
    },

    getTestProgress({sessions}) {
      if (!process.stdout.isTTY || !args) return [];
      const progress = args.browserNames.map((name) => {
        const own = sessions.filter((session) => session.browser.name === name);
        const done = own.filter((session) => session.status === 'FINISHED');
        const failed = done.filter((session) => !session.passed).length;
        return `${name} ${done.length}/${own.length}${failed ? ` (${failed} failed)` : ''}`;
      });
      return [`browser tests: ${progress.join(' · ')}  ${Math.round((Date.now() - startedAt) / 1000)} s`];
    },

    onTestRunFinished({sessions, testCoverage}) {
      const reasons = skipReasons();
      for (const name of args.browserNames) {
        const engine = engineOf(name);
        const counts = {passed: 0, failed: 0, skipped: 0};
        for (const session of sessions.filter((each) => each.browser.name === name)) {
          const own = countSession(session);
          counts.passed += own.passed;
          counts.failed += own.failed;
          counts.skipped += own.skipped;
        }
        const why = {};
        for (const skip of reasons.filter((each) => each.engine === name)) why[skip.reason] = (why[skip.reason] ?? 0) + 1;
        const unexplained = counts.skipped - Object.values(why).reduce((sum, count) => sum + count, 0);
        if (unexplained > 0) why['(no reason given)'] = unexplained;
        const time = times.get(name);
        const coverage = name === ENGINE_LABELS.chromium && testCoverage ? testCoverage : undefined;
        recordStage({
          stage: STAGE,
          engine,
          ...counts,
          reasons: why,
          ok: counts.failed === 0 && (coverage?.passed ?? true),
          ms: time ? time.last - time.first : 0,
          note: coverage ? coverageNote(coverage, args.config.coverageConfig?.threshold) : undefined,
        });
      }
      for (const {engine, reason} of missing) {
        recordStage({stage: STAGE, engine, ok: true, ms: 0, missing: `${reason}. Install: ${install}`});
      }
    },
  };
}
