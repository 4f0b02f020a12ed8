/**
 * Helpers for the command-line tool's tests (node --test test/cli/). They
 * run the real bin (bin/medborgar-loften.js → lib/cli/, built by
 * `npm run test:cli`) or call lib/cli/ in-process.
 */
import {spawnSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {dirname, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const BIN = resolve(ROOT, 'bin/medborgar-loften.js');
export const STROMSUND = 'demo/feeds/stromsund.json';
export const EXEMPELBY = 'demo/feeds/exempelby.json';
export const bad = (name) => `test/fixtures/bad/${name}.json`;

/** Runs the tool; returns its exit code and output. */
export function cli(args, {input} = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], {cwd: ROOT, input, encoding: 'utf8'});
  return {code: result.status, stdout: result.stdout, stderr: result.stderr};
}

/** `validate --json` of some files: the parsed report. */
export function validateJson(files, lang = 'en', extra = []) {
  const result = cli(['validate', '--json', '--lang', lang, ...extra, ...files]);
  return {code: result.code, report: JSON.parse(result.stdout), stderr: result.stderr};
}

/** "code path line:column" for each problem of a file's report, as the tables compare. */
export function summary(file) {
  const lines = file.problems.map((p) => `${p.severity} ${p.code} ${p.path} ${p.line}:${p.column}`);
  if (file.fatal) lines.unshift(`fatal ${file.fatal.code} ${file.fatal.path} ${file.fatal.line}:${file.fatal.column}`);
  return lines;
}

export function read(path) {
  return readFileSync(resolve(ROOT, path), 'utf8');
}
