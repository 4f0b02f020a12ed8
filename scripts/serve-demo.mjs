/**
 * Serves the project folder on localhost and prints the demo's address.
 * The demo loads the built bundle (dist/), as a CMS page would.
 */
import {startDevServer} from '@web/dev-server';

const port = Number(process.env.PORT ?? 8000);
const server = await startDevServer({
  config: {rootDir: '.', port, hostname: 'localhost', nodeResolve: false, appIndex: undefined},
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const address = server.server?.address();
const actualPort = typeof address === 'object' && address ? address.port : port;
console.log(`\nDemo: http://localhost:${actualPort}/demo/\n(Ctrl+C stops the server.)\n`);
