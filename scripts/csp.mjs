/**
 * The strict Content-Security-Policy that demo/strict-csp.html is served
 * with, in one place for every server that serves the demo: `npm start`
 * (scripts/serve-demo.mjs), the test runner (test/server/csp-middleware.mjs)
 * and the end-to-end tests' own server (test/e2e/).
 *
 * `trusted-types lit-html` is the narrowest list the widget needs: Lit creates
 * exactly one Trusted Types policy, named `lit-html`, when it loads, and the
 * widget creates none. The end-to-end tests prove both halves (zero
 * violations with it, a broken widget without it). docs/security-headers.md
 * explains each directive.
 */

export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

/** Request paths (without query) served with STRICT_CSP. */
export const STRICT_CSP_PATHS = new Set(['/demo/strict-csp.html']);

/** The Content-Security-Policy header value for a request path, or undefined for none. */
export function cspFor(pathname) {
  return STRICT_CSP_PATHS.has(pathname) ? STRICT_CSP : undefined;
}

/** Koa middleware (@web/dev-server, @web/test-runner): adds the header where cspFor() says. */
export async function cspMiddleware(ctx, next) {
  await next();
  const policy = cspFor(ctx.path);
  if (policy) ctx.set('Content-Security-Policy', policy);
}
