/**
 * A synthetic feed for the benchmark: 20 periods × 100 promises (by
 * default), made of the Strömsund feed's own promises repeated with new ids,
 * so every text, target and outcome is realistic in kind and length and in
 * both languages. Deterministic: the same arguments give the same bytes.
 *
 *   node bench/generate-large-feed.mjs [out.json] [--periods 20] [--promises 100]
 *
 * Without `out.json` it prints the feed's size only; bench/run.mjs imports
 * generateLargeFeed() and serves the feed from memory.
 */
import {readFileSync, writeFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';

const STROMSUND = new URL('../demo/feeds/stromsund.json', import.meta.url);

export function generateLargeFeed({periods = 20, promises = 100, source = STROMSUND} = {}) {
  const base = JSON.parse(readFileSync(source, 'utf8'));
  const templates = base.periods.flatMap((period) =>
    period.promises.map((promise) => ({promise, periodOutcome: period.outcome}))
  );
  const lastYear = 2026;
  const feed = {
    format: base.format,
    language: base.language,
    title: base.title,
    intro: base.intro,
    parties: base.parties,
    periods: [],
    contacts: base.contacts,
  };
  for (let p = 0; p < periods; p++) {
    // Newest first, two years each: 2025–2026, 2023–2024, …
    const to = lastYear - 2 * p;
    const from = to - 1;
    const period = {
      id: `${from}-${to}`,
      from: String(from),
      to: String(to),
      promises: [],
    };
    for (let n = 0; n < promises; n++) {
      const {promise} = templates[(p * promises + n) % templates.length];
      const copy = structuredClone(promise);
      copy.id = `${promise.id}-${n + 1}`;
      period.promises.push(copy);
    }
    // Every period but the newest has ended and carries a follow-up of the whole period.
    const outcome = templates.find((t) => t.periodOutcome)?.periodOutcome;
    if (p > 0 && outcome) period.outcome = structuredClone(outcome);
    feed.periods.push(period);
  }
  return feed;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const option = (name, fallback) => {
    const index = args.indexOf(`--${name}`);
    return index >= 0 ? Number(args[index + 1]) : fallback;
  };
  const out = args.find((arg, index) => !arg.startsWith('--') && !args[index - 1]?.startsWith('--'));
  const feed = generateLargeFeed({periods: option('periods', 20), promises: option('promises', 100)});
  const text = JSON.stringify(feed);
  const count = feed.periods.reduce((sum, period) => sum + period.promises.length, 0);
  if (out) writeFileSync(out, text);
  console.log(`${feed.periods.length} periods, ${count} promises, ${(text.length / 1e6).toFixed(2)} M characters${out ? ` → ${out}` : ''}`);
}
