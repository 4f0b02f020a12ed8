/**
 * Test-server routes for feeds that fail the way real servers fail. Each
 * answers only under /__feed/, so fixtures stay ordinary files elsewhere.
 *
 *   /__feed/status/404          that HTTP status, an HTML body
 *   /__feed/hang                never answers (for timeouts)
 *   /__feed/drop                closes the connection (a network failure)
 *   /__feed/gate/KEY?file=PATH  serves a repository file once the test opens the gate KEY
 *   /__feed/open/KEY            opens the gate KEY (204): a feed held there is served now
 *   /__feed/count/KEY?file=PATH serves a file and counts requests per KEY
 *   /__feed/counts/KEY          the count so far, as JSON
 *
 * A gate lets a test hold the widget in its loading state for as long as it
 * needs, and end it when it chooses, with no clock involved.
 */
import {readFile} from 'node:fs/promises';
import {resolve} from 'node:path';

const counts = new Map();
/** Gates by key: `opened` resolves when the test opens it. */
const gates = new Map();
const root = process.cwd();

function gate(key) {
  if (!gates.has(key)) {
    let open;
    const opened = new Promise((resolve) => (open = resolve));
    gates.set(key, {opened, open});
  }
  return gates.get(key);
}

/** Resolves when the connection closes before an answer: the widget aborted, or the page went away. */
function clientGone(ctx) {
  return new Promise((resolve) => ctx.res.once('close', resolve));
}

async function serveFile(ctx, file) {
  const path = resolve(root, String(file).replace(/^\/+/, ''));
  if (!path.startsWith(root)) {
    ctx.status = 403;
    return;
  }
  ctx.type = 'application/json';
  ctx.body = await readFile(path, 'utf8');
}

export async function fixtureMiddleware(ctx, next) {
  if (!ctx.path.startsWith('/__feed/')) return next();
  const [, , route, arg] = ctx.path.split('/');
  const file = ctx.query.file;
  switch (route) {
    case 'status':
      ctx.status = Number(arg);
      ctx.type = 'text/html';
      ctx.body = `<!doctype html><title>${arg}</title>`;
      return;
    case 'hang':
      await clientGone(ctx);
      return;
    case 'drop':
      ctx.req.socket.destroy();
      return;
    case 'gate':
      if ((await Promise.race([gate(arg).opened.then(() => 'open'), clientGone(ctx)])) !== 'open') return;
      return serveFile(ctx, file);
    case 'open':
      gate(arg).open();
      ctx.status = 204;
      return;
    case 'count':
      counts.set(arg, (counts.get(arg) ?? 0) + 1);
      return serveFile(ctx, file);
    case 'counts':
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({count: counts.get(arg) ?? 0});
      return;
    default:
      ctx.status = 404;
  }
}
