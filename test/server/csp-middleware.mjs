/**
 * The test runner's copy of the demo server's CSP: serves
 * /demo/strict-csp.html with the strict Content-Security-Policy, so a test
 * can open that page exactly as `npm start` serves it. The policy and the
 * middleware live in scripts/csp.mjs, shared with scripts/serve-demo.mjs and
 * the end-to-end tests' server.
 */
export {cspMiddleware, cspFor, STRICT_CSP} from '../../scripts/csp.mjs';
