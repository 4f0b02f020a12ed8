/**
 * The benchmark: the widget against its limit, the same content as static
 * HTML with no script, in headless Chromium (playwright-core driving the
 * Chromium or Chrome that scripts/browser.mjs finds; nothing is downloaded).
 *
 *   npm run bench                    # builds dist/ first when it is missing or older than its sources
 *   BENCH_RUNS=50 npm run bench      # runs per variant (default 30; BENCH_WARMUP extra runs, default 2, are dropped)
 *   BENCH_ONLY=strom npm run bench   # only the variants whose name contains this
 *   BENCH_BUNDLE=/tmp/old.js npm run bench   # measure another build of the bundle
 *   BENCH_BUNDLE_B=/tmp/new.js npm run bench # and/or compare a second build in the same run (rows marked [B])
 *
 * Every run loads each page variant once, in a fresh browser context (empty
 * cache: a first visit), round-robin: run 1 loads A B C …, run 2 B C … A, so
 * drift on the machine spreads over every variant alike. Pages come from a
 * small static server (bench/pages.mjs: node:http on 127.0.0.1, a random
 * port, no compression). docs/performance.md says what each figure means.
 *
 * Writes bench/results/bench-<date>.json with every sample.
 */
import {chromium} from 'playwright-core';
import {spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync} from 'node:fs';
import {cpus, loadavg, totalmem} from 'node:os';
import {join, resolve} from 'node:path';
import {brotliCompressSync, gzipSync, constants} from 'node:zlib';
import {browserArgs, findBrowser} from '../scripts/browser.mjs';
import {PAGE_TIMEOUT, READY_SCRIPT, ROOT, measureInteraction, quiet, readLoadFigures, settle, startSite} from './pages.mjs';

const DIST = join(ROOT, 'dist/medborgar-loften.js');
const BUNDLE = process.env.BENCH_BUNDLE ? resolve(process.env.BENCH_BUNDLE) : DIST;
/** A second build to compare with, in the same interleaved run: its rows are marked [B]. */
const BUNDLE_B = process.env.BENCH_BUNDLE_B ? resolve(process.env.BENCH_BUNDLE_B) : undefined;
const RUNS = positiveInt(process.env.BENCH_RUNS, 30);
const WARMUP = positiveInt(process.env.BENCH_WARMUP, 2, true);
const ONLY = process.env.BENCH_ONLY ?? '';
/** One frame at 60 Hz: the target for a toggle and a language switch. */
const FRAME_MS = 16;

function positiveInt(value, fallback, zeroOk = false) {
  const number = Number(value);
  return value !== undefined && value !== '' && Number.isInteger(number) && (number > 0 || (zeroOk && number === 0))
    ? number
    : fallback;
}

// --- build when needed ------------------------------------------------------

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestMtime(join(path, name))), stat.mtimeMs);
}

/** Runs `npm run build` when dist/ is missing or older than anything it is built from. */
function ensureBuilt() {
  if (BUNDLE !== DIST) return;
  const inputs = [
    'src',
    'locales',
    'scripts/localize.mjs',
    'rollup.config.mjs',
    'scripts/rollup-strip-msg-descriptions.mjs',
    'scripts/rollup-lean-messages.mjs',
    'scripts/lean-localize-runtime.js',
    'package-lock.json',
    'tsconfig.json',
    'tsconfig.build.json',
  ];
  const newestInput = Math.max(...inputs.map((path) => newestMtime(join(ROOT, path))));
  const built = existsSync(DIST) ? statSync(DIST).mtimeMs : 0;
  if (built >= newestInput) return;
  console.log(built ? 'dist/ is older than its sources: npm run build' : 'No dist/ yet: npm run build');
  const result = spawnSync('npm', ['run', 'build'], {cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32'});
  if (result.status !== 0) {
    console.error('The build failed: no benchmark.');
    process.exit(result.status ?? 1);
  }
}

// --- variants and figures -----------------------------------------------------

const S = 'strom';
const L = 'large';

/**
 * Each figure: its row in the table, in this order, and the static figure
 * its ratio uses (the same measure on the static page) and the issue's
 * target where there is one.
 */
const FIGURES = [
  // Strömsund: navigation start → the content painted (LCP, the same measure on every page).
  [`${S}/load → painted: static HTML`],
  [`${S}/load → painted: widget, inline JSON`, {baseline: `${S}/load → painted: static HTML`, ratio: 1.15}],
  [`${S}/load → painted: widget, src`, {baseline: `${S}/load → painted: static HTML`}],
  // The same with the page's own download and parse taken out: DOM parsed (domInteractive) → painted.
  [`${S}/DOM parsed → painted: static HTML`],
  [`${S}/DOM parsed → painted: widget, inline JSON`, {baseline: `${S}/DOM parsed → painted: static HTML`}],
  [`${S}/DOM parsed → painted: widget, src`, {baseline: `${S}/DOM parsed → painted: static HTML`}],
  // The element's own work: DOM parsed → its content in the DOM and laid out (no wait for a frame).
  [`${S}/DOM parsed → laid out: widget, inline JSON`],
  [`${S}/toggle → next frame: static DOM change`],
  [`${S}/toggle → next frame: widget`, {baseline: `${S}/toggle → next frame: static DOM change`, ms: FRAME_MS}],
  [`${S}/toggle → updated + laid out: widget`],
  [`${S}/language sv→en → next frame: widget`, {ms: FRAME_MS}],
  [`${S}/language sv→en → updated + laid out: widget`],

  [`${L}/load → painted: static HTML`],
  [`${L}/load → painted: widget, inline JSON`, {baseline: `${L}/load → painted: static HTML`}],
  [`${L}/load → painted: widget, src`, {baseline: `${L}/load → painted: static HTML`}],
  // (No "DOM parsed → painted" here: the static page paints its first screen long before its
  // 3 MB of HTML is parsed, so that difference is negative.)
  [`${L}/DOM parsed → laid out: widget, inline JSON`, {ms: 150}],
  [`${L}/language sv→en, all closed → next frame: widget`],
  [`${L}/show all → next frame: static DOM change`],
  [`${L}/show all → next frame: widget`, {baseline: `${L}/show all → next frame: static DOM change`}],
  [`${L}/show all → updated + laid out: widget`],
  [`${L}/language en→sv, all open → next frame: widget`],
];
if (BUNDLE_B) {
  // Each widget figure gets a [B] row right after it, with the same baseline and target.
  for (let i = FIGURES.length - 1; i >= 0; i--) {
    if (FIGURES[i][0].includes('widget')) FIGURES.splice(i + 1, 0, [`${FIGURES[i][0]} [B]`, FIGURES[i][1]]);
  }
}
const FIGURE_INFO = new Map(FIGURES.map(([name, info = {}]) => [name, info]));

/** Figures every page load gives: painted (LCP) and DOM parsed → painted; laid out for the widget. */
function loadFigures(group, label, load, widget) {
  const figures = {[`${group}/load → painted: ${label}`]: load.lcp};
  if (group === S) figures[`${group}/DOM parsed → painted: ${label}`] = load.lcp - load.domInteractive;
  if (widget && label.includes('inline')) figures[`${group}/DOM parsed → laid out: ${label}`] = load.laidOut - load.domInteractive;
  return figures;
}

/** Each variant is one page load per run; `measure` adds the interactions measured on that page. */
const VARIANTS = [
  {
    name: 'strom-static',
    path: '/strom-static.html',
    widget: false,
    async measure(page, load) {
      const figures = loadFigures(S, 'static HTML', load, false);
      await quiet(page);
      figures[`${S}/toggle → next frame: static DOM change`] = (await measureInteraction(page, 'staticToggle')).frame;
      return figures;
    },
  },
  {
    name: 'strom-inline',
    path: '/strom-inline.html',
    widget: true,
    async measure(page, load) {
      const figures = loadFigures(S, 'widget, inline JSON', load, true);
      await quiet(page);
      const toggle = await measureInteraction(page, 'toggle');
      figures[`${S}/toggle → next frame: widget`] = toggle.frame;
      figures[`${S}/toggle → updated + laid out: widget`] = toggle.layout;
      await quiet(page);
      const lang = await measureInteraction(page, 'lang', 'en');
      figures[`${S}/language sv→en → next frame: widget`] = lang.frame;
      figures[`${S}/language sv→en → updated + laid out: widget`] = lang.layout;
      return figures;
    },
  },
  {
    name: 'strom-src',
    path: '/strom-src.html',
    widget: true,
    async measure(page, load) {
      return loadFigures(S, 'widget, src', load, true);
    },
  },
  {
    name: 'large-static',
    path: '/large-static.html',
    widget: false,
    async measure(page, load) {
      const figures = loadFigures(L, 'static HTML', load, false);
      await quiet(page);
      figures[`${L}/show all → next frame: static DOM change`] = (await measureInteraction(page, 'staticShowAll')).frame;
      return figures;
    },
  },
  {
    name: 'large-inline',
    path: '/large-inline.html',
    widget: true,
    async measure(page, load) {
      const figures = loadFigures(L, 'widget, inline JSON', load, true);
      await quiet(page);
      figures[`${L}/language sv→en, all closed → next frame: widget`] = (await measureInteraction(page, 'lang', 'en')).frame;
      await quiet(page);
      const showAll = await measureInteraction(page, 'showAll');
      figures[`${L}/show all → next frame: widget`] = showAll.frame;
      figures[`${L}/show all → updated + laid out: widget`] = showAll.layout;
      await quiet(page);
      figures[`${L}/language en→sv, all open → next frame: widget`] = (await measureInteraction(page, 'lang', 'sv')).frame;
      return figures;
    },
  },
  {
    name: 'large-src',
    path: '/large-src.html',
    widget: true,
    async measure(page, load) {
      return loadFigures(L, 'widget, src', load, true);
    },
  },
];

if (BUNDLE_B) {
  for (const variant of VARIANTS.filter((v) => v.widget)) {
    VARIANTS.push({
      ...variant,
      name: `${variant.name}+B`,
      path: `/b${variant.path}`,
      async measure(page, load) {
        const figures = await variant.measure(page, load);
        return Object.fromEntries(Object.entries(figures).map(([name, value]) => [`${name} [B]`, value]));
      },
    });
  }
}

// --- statistics ---------------------------------------------------------------

function quantile(sorted, q) {
  if (!sorted.length) return NaN;
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
}

/** Median, quartiles (p25–p75) and median absolute deviation. */
export function summarize(samples) {
  const sorted = samples.filter(Number.isFinite).sort((a, b) => a - b);
  const median = quantile(sorted, 0.5);
  const deviations = sorted.map((value) => Math.abs(value - median)).sort((a, b) => a - b);
  return {
    n: sorted.length,
    median,
    p25: quantile(sorted, 0.25),
    p75: quantile(sorted, 0.75),
    mad: quantile(deviations, 0.5),
    min: sorted[0],
    max: sorted[sorted.length - 1],
  };
}

// --- machine --------------------------------------------------------------------

function cpuModel() {
  try {
    const line = readFileSync('/proc/cpuinfo', 'utf8').split('\n').find((l) => l.startsWith('model name'));
    if (line) return line.split(':')[1].trim();
  } catch {
    // not Linux
  }
  return cpus()[0]?.model ?? 'unknown';
}

function bundleSize(path) {
  const code = readFileSync(path);
  return {
    raw: code.length,
    gzip: gzipSync(code, {level: 9}).length,
    brotli: brotliCompressSync(code, {params: {[constants.BROTLI_PARAM_QUALITY]: 11}}).length,
  };
}

// --- running --------------------------------------------------------------------

async function loadOnce(browser, origin, variant) {
  const context = await browser.newContext({viewport: {width: 1280, height: 800}, deviceScaleFactor: 1});
  if (variant.widget) await context.addInitScript(READY_SCRIPT);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  try {
    await page.goto(origin + variant.path, {waitUntil: 'commit', timeout: PAGE_TIMEOUT});
    await settle(page, variant.widget);
    const load = await readLoadFigures(page);
    const figures = await variant.measure(page, load);
    if (errors.length) throw new Error(`${variant.name}: errors in the page: ${errors.join('; ')}`);
    return {load, figures};
  } finally {
    await context.close();
  }
}

const pad = (value, width, left = false) => (left ? String(value).padEnd(width) : String(value).padStart(width));
const ms = (value) => (Number.isFinite(value) ? value.toFixed(1) : '—');

function tableRows(summaries) {
  return FIGURES.filter(([name]) => summaries[name]).map(([name]) => {
    const info = FIGURE_INFO.get(name);
    const summary = summaries[name];
    const isBaseline = FIGURES.some(([, other]) => other?.baseline === name);
    const baseline = info.baseline && summaries[info.baseline];
    const ratio = baseline ? summary.median / baseline.median : isBaseline ? 1 : undefined;
    let target;
    if (info.ratio) target = {text: `≤ ${info.ratio}× static`, met: ratio <= info.ratio};
    if (info.ms) target = {text: `< ${info.ms} ms`, met: summary.median < info.ms};
    return {name, summary, ratio, target};
  });
}

function printTable(rows) {
  const width = Math.max(...rows.map((row) => row.name.length));
  const header = `${pad('figure (ms)', width, true)}  ${pad('n', 3)}  ${pad('median', 7)}  ${pad('p25–p75', 15)}  ${pad('MAD', 6)}  ${pad('× static', 8)}  target`;
  console.log(`\n${header}\n${'-'.repeat(header.length + 16)}`);
  let group = '';
  for (const {name, summary, ratio, target} of rows) {
    const thisGroup = name.split('/')[0];
    if (group && thisGroup !== group) console.log('');
    group = thisGroup;
    const verdict = target ? `${target.text}: ${target.met ? 'met' : 'NOT met'}` : '';
    console.log(
      `${pad(name, width, true)}  ${pad(summary.n, 3)}  ${pad(ms(summary.median), 7)}  ${pad(`${ms(summary.p25)}–${ms(summary.p75)}`, 15)}  ${pad(ms(summary.mad), 6)}  ${pad(ratio === undefined ? '' : `${ratio.toFixed(2)}×`, 8)}  ${verdict}`
    );
  }
  console.log(
    '\nMedians of the runs. strom: the Strömsund feed (demo/feeds/stromsund.json); large: 20 periods × 100 promises\n' +
      '(bench/generate-large-feed.mjs). "painted" is the largest contentful paint; × static compares with the same\n' +
      'measure on the static HTML page.'
  );
}

async function main() {
  ensureBuilt();
  if (!existsSync(BUNDLE)) throw new Error(`No bundle at ${BUNDLE}.`);
  if (BUNDLE_B && !existsSync(BUNDLE_B)) throw new Error(`No bundle at ${BUNDLE_B}.`);
  const site = await startSite({bundle: BUNDLE, bundleB: BUNDLE_B});
  const executablePath = findBrowser();
  const browser = await chromium.launch({executablePath, args: browserArgs(), headless: true});
  try {
    // The static pages are the widget's own output, serialized once.
    const snapshots = await site.addStaticPages(browser);
    const variants = VARIANTS.filter((variant) => !ONLY || variant.name.includes(ONLY));
    const machine = {
      cpu: cpuModel(),
      cores: cpus().length,
      memoryGB: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      browser: `${executablePath} ${browser.version()}`,
      platform: `${process.platform} ${process.arch}`,
      loadAverage: loadavg(),
    };
    const size = bundleSize(BUNDLE);
    console.log(
      `\nBenchmark: ${variants.length} page variants × ${RUNS} runs (+${WARMUP} warm-up), interleaved\n` +
        `${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB} GB; Chromium ${browser.version()}; Node ${process.version}\n` +
        `${BUNDLE === DIST ? 'dist/medborgar-loften.js' : BUNDLE}: ${size.raw} B raw, ${size.gzip} B gzip, ${size.brotli} B brotli\n` +
        (BUNDLE_B ? `[B] ${BUNDLE_B}: ${Object.entries(bundleSize(BUNDLE_B)).map(([k, v]) => `${v} B ${k}`).join(', ')}\n` : '') +
        `Load average before: ${loadavg().map((l) => l.toFixed(1)).join(' ')} (the figures are only as quiet as the machine)\n` +
        `Strömsund: ${snapshots.strom.promises} promises, ${site.feeds.stromsund.length} characters; ` +
        `large: ${snapshots.large.promises} promises, ${(site.feeds.large.length / 1e6).toFixed(2)} M characters\n`
    );

    const samples = {};
    const loads = {};
    for (let run = 0; run < WARMUP + RUNS; run++) {
      const order = variants.map((_, index) => variants[(index + run) % variants.length]);
      for (const variant of order) {
        const {load, figures} = await loadOnce(browser, site.origin, variant);
        if (run < WARMUP) continue;
        (loads[variant.name] ??= []).push(load);
        for (const [name, value] of Object.entries(figures)) (samples[name] ??= []).push(value);
      }
      const warm = run < WARMUP;
      process.stdout.write(`\r${warm ? 'warm-up' : 'run'} ${warm ? run + 1 : run + 1 - WARMUP}/${warm ? WARMUP : RUNS}   `);
    }
    process.stdout.write('\n');

    machine.loadAverage = {before: machine.loadAverage, after: loadavg()};
    console.log(`Load average after: ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
    const summaries = Object.fromEntries(Object.entries(samples).map(([name, list]) => [name, summarize(list)]));
    const rows = tableRows(summaries);
    printTable(rows);

    // The same content check: the largest paint should be the same element (same size) on every page.
    const lcpSizes = Object.entries(loads).map(([name, list]) => `${name} ${[...new Set(list.map((l) => l.lcpSize))].join('/')}`);
    console.log(`Largest contentful paint, px²: ${lcpSizes.join(', ')}`);

    const resultsDir = join(ROOT, 'bench/results');
    mkdirSync(resultsDir, {recursive: true});
    const file = join(resultsDir, `bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
    const figures = Object.fromEntries(
      rows.map(({name, summary, ratio, target}) => [name, {...summary, ratioToStatic: ratio, target}])
    );
    writeFileSync(
      file,
      JSON.stringify(
        {date: new Date().toISOString(), runs: RUNS, warmup: WARMUP, machine, bundle: {path: BUNDLE, ...size}, bundleB: BUNDLE_B && {path: BUNDLE_B, ...bundleSize(BUNDLE_B)}, figures, samples, loads},
        null,
        2
      )
    );
    console.log(`Results: ${file}`);
  } finally {
    await browser.close();
    site.server.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
