/**
 * Test-server routes for feeds that fail the way real servers fail. Each
 * answers only under /__feed/, so fixtures stay ordinary files elsewhere.
 *
 *   /__feed/status/404          that HTTP status, an HTML body
 *   /__feed/hang                never answers (for timeouts)
 *   /__feed/drop                closes the connection (a network failure)
 *   /__feed/delay/MS?file=PATH  serves a repository file after MS milliseconds
 *   /__feed/count/KEY?file=PATH serves a file and counts requests per KEY
 *   /__feed/counts/KEY          the count so far, as JSON
 */
import {readFile} from 'node:fs/promises';
import {resolve} from 'node:path';

const counts = new Map();
const root = process.cwd();

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
      await new Promise((done) => setTimeout(done, 60_000));
      ctx.status = 204;
      return;
    case 'drop':
      ctx.req.socket.destroy();
      return;
    case 'delay':
      await new Promise((done) => setTimeout(done, Number(arg)));
      return serveFile(ctx, file);
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
