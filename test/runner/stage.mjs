/**
 * Runs one step of `npm test` that has no test reporter of its own (the type
 * check, the build) and records whether it succeeded:
 *
 *   node test/runner/stage.mjs types -- tsc --noEmit
 *
 * Its output is kept back and shown only when it fails. The exit code is
 * the command's.
 */
import {spawn} from 'node:child_process';
import {printError, recordStage} from './results.mjs';

const [stage, separator, command, ...args] = process.argv.slice(2);
if (!stage || separator !== '--' || !command) {
  printError('usage: node test/runner/stage.mjs NAME -- COMMAND [ARGS…]');
  process.exit(64);
}

const started = Date.now();
// npm and the tools in node_modules/.bin are .cmd files on Windows, which only a shell runs.
const child = spawn(command, args, {stdio: ['ignore', 'pipe', 'pipe'], shell: process.platform === 'win32'});
const output = [];
child.stdout.on('data', (chunk) => output.push(chunk));
child.stderr.on('data', (chunk) => output.push(chunk));
child.on('error', (error) => output.push(Buffer.from(`${error.message}\n`)));
child.on('close', (code) => {
  const ok = code === 0;
  if (!ok) process.stderr.write(Buffer.concat(output));
  recordStage({stage, engine: '-', ok, ms: Date.now() - started});
  process.exit(code ?? 1);
});
