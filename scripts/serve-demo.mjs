/**
 * Serves the project folder on localhost and prints the demo's address.
 * The demo loads the built bundle (dist/), as a CMS page would.
 * demo/strict-csp.html gets the strict Content-Security-Policy header.
 */
import {startDevServer} from '@web/dev-server';
import {cspMiddleware} from './csp.mjs';

const port = Number(process.env.PORT ?? 8000);
const server = await startDevServer({
  config: {
    rootDir: '.',
    port,
    hostname: 'localhost',
    nodeResolve: false,
    appIndex: undefined,
    // demo/strict-csp.html is served with the strict CSP of scripts/csp.mjs.
    middleware: [cspMiddleware],
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const address = server.server?.address();
const actualPort = typeof address === 'object' && address ? address.port : port;
console.log(`\nDemo: http://localhost:${actualPort}/demo/\n(Ctrl+C stops the server.)\n`);
