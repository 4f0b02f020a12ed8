/**
 * The size budget of the one-file embed, for CI: measures
 * dist/medborgar-loften.js raw, gzip (level 9) and brotli (quality 11) and
 * fails (exit 1) when any of them is over the budget in size-budget.json.
 *
 *   npm run size               # check (after npm run build)
 *   npm run size -- --set      # write the budget: today's sizes + the file's headroom (3 %)
 *
 * size-budget.json also holds the issue's ceiling (12 KB brotli: a budget
 * may never be set above it) and target (10 KB brotli). While the bundle is
 * over the ceiling, the check says so on every run; with
 * "enforceCeiling": true it fails on it as well.
 */
import {existsSync, readFileSync, writeFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {join} from 'node:path';
import {brotliCompressSync, gzipSync, constants} from 'node:zlib';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BUDGET_FILE = join(ROOT, 'size-budget.json');
const KINDS = ['raw', 'gzip', 'brotli'];

export function measure(code) {
  return {
    raw: code.length,
    gzip: gzipSync(code, {level: 9}).length,
    brotli: brotliCompressSync(code, {params: {[constants.BROTLI_PARAM_QUALITY]: 11}}).length,
  };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;
const fail = (message) => {
  console.error(`\nsize: FAIL. ${message}`);
  process.exit(1);
};

const config = JSON.parse(readFileSync(BUDGET_FILE, 'utf8'));
const file = join(ROOT, config.file);
if (!existsSync(file)) fail(`${config.file} does not exist: run \`npm run build\` first.`);
const sizes = measure(readFileSync(file));

if (process.argv.includes('--set')) {
  const headroom = config.headroom ?? 0.03;
  const budget = Object.fromEntries(KINDS.map((kind) => [kind, Math.ceil(sizes[kind] * (1 + headroom))]));
  if (config.enforceCeiling && config.ceiling?.brotli && budget.brotli > config.ceiling.brotli) {
    fail(`a budget of ${kb(budget.brotli)} brotli would be above the ceiling of ${kb(config.ceiling.brotli)}.`);
  }
  config.budget = budget;
  config.measured = {...sizes, date: new Date().toISOString().slice(0, 10)};
  writeFileSync(BUDGET_FILE, `${JSON.stringify(config, null, 2)}\n`);
  console.log(`size-budget.json: budget set to ${KINDS.map((k) => `${budget[k]} B ${k}`).join(', ')} (measured + ${headroom * 100} %).`);
  process.exit(0);
}

console.log(`\n${config.file}\n`);
console.log(`${'kind'.padEnd(8)}${'size'.padStart(10)}${'budget'.padStart(10)}${'left'.padStart(10)}`);
const over = [];
for (const kind of KINDS) {
  const budget = config.budget[kind];
  const left = budget - sizes[kind];
  if (left < 0) over.push(kind);
  console.log(`${kind.padEnd(8)}${String(sizes[kind]).padStart(10)}${String(budget).padStart(10)}${String(left).padStart(10)}${left < 0 ? '  OVER' : ''}`);
}
console.log('(bytes)');

if (over.length) {
  fail(
    `${config.file} is over its budget (size-budget.json):\n` +
      over
        .map((kind) => `  ${kind}: ${sizes[kind]} B (${kb(sizes[kind])}), budget ${config.budget[kind]} B, over by ${sizes[kind] - config.budget[kind]} B`)
        .join('\n') +
      '\nMake the bundle smaller (`npm run size:report` shows what takes the bytes), or, if the growth is worth it,' +
      `\nraise the budget in size-budget.json in the same change and say why (issue 6 caps it at ${kb(config.ceiling?.brotli ?? Infinity)} brotli).`
  );
}

const ceiling = config.ceiling?.brotli;
if (ceiling && sizes.brotli > ceiling) {
  const message = `brotli ${kb(sizes.brotli)} is above the ceiling of ${kb(ceiling)} (issue 6); the target is ${kb(config.target?.brotli ?? ceiling)}.`;
  if (config.enforceCeiling) fail(message);
  console.warn(`\nsize: WARNING. ${message}`);
}
const target = config.target?.brotli;
if (target && sizes.brotli <= target) console.log(`\nWithin the ${kb(target)} brotli target.`);
console.log('\nsize: ok, within the budget.');
