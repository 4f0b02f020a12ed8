/**
 * The size budget of the one-file embed, for CI: measures
 * dist/medborgar-loften.js raw, gzip (level 9) and brotli (quality 11) and
 * fails (exit 1) when any of them is over the budget in size-budget.json,
 * or over its brotli ceiling when "enforceCeiling" is true. It passes or
 * fails; it never warns.
 *
 *   npm run size               # check (after npm run build)
 *   npm run size -- --set      # write the budget: today's sizes + the file's headroom (3 %)
 *
 * It prints one line when the file is within its budget, the whole table
 * when it is not, and records its result for `npm test`'s summary.
 */
import {existsSync, readFileSync, writeFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {join} from 'node:path';
import {brotliCompressSync, gzipSync, constants} from 'node:zlib';
import {recordStage} from '../test/runner/results.mjs';

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
const started = Date.now();
const fail = (message) => {
  console.error(`\nsize: FAIL. ${message}`);
  if (!process.argv.includes('--set')) recordStage({stage: 'size', engine: '-', ok: false, ms: Date.now() - started});
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

const over = KINDS.filter((kind) => sizes[kind] > config.budget[kind]);
const ceiling = config.enforceCeiling ? config.ceiling?.brotli : undefined;
if (over.length || (ceiling && sizes.brotli > ceiling)) {
  console.error(`\n${config.file}\n`);
  console.error(`${'kind'.padEnd(8)}${'size'.padStart(10)}${'budget'.padStart(10)}${'left'.padStart(10)}`);
  for (const kind of KINDS) {
    const left = config.budget[kind] - sizes[kind];
    console.error(`${kind.padEnd(8)}${String(sizes[kind]).padStart(10)}${String(config.budget[kind]).padStart(10)}${String(left).padStart(10)}${left < 0 ? '  OVER' : ''}`);
  }
  console.error('(bytes)');
  if (over.length) {
    fail(
      `${config.file} is over its budget (size-budget.json):\n` +
        over
          .map((kind) => `  ${kind}: ${sizes[kind]} B (${kb(sizes[kind])}), budget ${config.budget[kind]} B, over by ${sizes[kind] - config.budget[kind]} B`)
          .join('\n') +
        '\nMake the bundle smaller (`npm run size:report` shows what takes the bytes), or, if the growth is worth it,' +
        '\nraise the budget in size-budget.json in the same change and say why.'
    );
  }
  fail(`brotli ${sizes.brotli} B (${kb(sizes.brotli)}) is over the ceiling of ${ceiling} B (${kb(ceiling)}) in size-budget.json.`);
}

recordStage({
  stage: 'size',
  engine: '-',
  ok: true,
  ms: Date.now() - started,
  note: `${config.file}: ${sizes.brotli} B brotli (budget ${config.budget.brotli} B), ${sizes.gzip} B gzip, ${sizes.raw} B raw`,
});
