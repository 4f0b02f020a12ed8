/**
 * The test summary's durations (test/runner/results.mjs): what a reader of
 * the CI log sees after each stage and in the total.
 */
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {seconds} from '../runner/results.mjs';

test('durations read as a person writes them, never "5 min 60 s"', () => {
  assert.deepEqual(
    [1_234, 59_940, 59_960, 60_000, 61_000, 359_400, 359_600, 3_600_000].map(seconds),
    ['1.2 s', '59.9 s', '1 min 0 s', '1 min 0 s', '1 min 1 s', '5 min 59 s', '6 min 0 s', '60 min 0 s']
  );
});
