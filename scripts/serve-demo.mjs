/**
 * Serves the project folder on localhost and prints the demo's address.
 * The demo loads the built bundle (dist/), as a CMS page would.
 * demo/strict-csp.html gets the strict Content-Security-Policy header.
 */
import {createServer} from 'node:net';
import {startDevServer} from '@web/dev-server';
import {cspMiddleware} from './csp.mjs';

/** The first free port from `first` on, so a busy 8000 does not stop the demo. */
async function freePort(first) {
  for (let port = first; port < first + 20; port++) {
    const free = await new Promise((resolve) => {
      const probe = createServer()
        .once('error', () => resolve(false))
        .once('listening', () => probe.close(() => resolve(true)))
        .listen(port, 'localhost');
    });
    if (free) return port;
  }
  throw new Error(`No free port from ${first} to ${first + 19}; set PORT.`);
}

const port = await freePort(Number(process.env.PORT ?? 8000));
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
