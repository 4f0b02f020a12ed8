/**
 * The built file's tests (test/bundle/), in the same three engines as the
 * other browser tests: `npm run test:bundle`, after `npm run build`. Their
 * results are the `bundle` stage of `npm test`'s summary.
 */
import config, {reporterFor} from '../../web-test-runner.config.mjs';

export default {
  ...config,
  files: ['test/bundle/**/*.test.ts'],
  reporters: [reporterFor('bundle')],
};
