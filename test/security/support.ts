/**
 * Shared pieces of the security suite: seeded fast-check settings (short in
 * CI, long under `npm run fuzz`), arbitraries for hostile feeds, and checks
 * that a parse result or a rendered widget is sound.
 */
import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {FEED_FIELDS} from '../../src/feed/index.js';
import type {ParseResult, PathSegment} from '../../src/feed/index.js';
import type {MedborgarLoften} from '../../src/medborgar-loften.js';
import {HOSTILE_STRINGS} from '../fixtures/hostile-strings.js';
import {valueAt} from '../feed/feed-helpers.js';
import {nextTask} from './fetch-stub.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
export type Json = any;

// --- run settings -----------------------------------------------------------

interface FuzzSettings {
  /** Runs per parser property; element properties get a tenth. */
  readonly runs?: number;
  readonly seed?: number;
}

/** Set by test/security/fuzz.config.mjs (`npm run fuzz`); absent in CI. */
const FUZZ: FuzzSettings | undefined = (globalThis as any).__SECURITY_FUZZ__;

/** Whether this is the long run outside CI. */
export const LONG_RUN = FUZZ !== undefined;

/**
 * fast-check parameters: a fixed seed and `ciRuns` runs in CI; under
 * `npm run fuzz`, FUZZ_RUNS runs (scaled by `scale` for slow properties) and
 * FUZZ_SEED or a fresh seed, printed so that a failure can be replayed.
 */
export function fcOptions(ciSeed: number, ciRuns: number, scale = 1): {seed: number; numRuns: number} {
  if (!FUZZ) return {seed: ciSeed, numRuns: ciRuns};
  const seed = FUZZ.seed ?? ciSeed;
  const numRuns = Math.max(ciRuns, Math.round((FUZZ.runs ?? ciRuns * 20) * scale));
  console.log(`[fuzz] seed ${seed}, ${numRuns} runs`);
  return {seed, numRuns};
}

// --- the reference feed -----------------------------------------------------

export const STROMSUND_URL = '/demo/feeds/stromsund.json';
let stromsundText: Promise<string> | undefined;

/** The Strömsund feed's JSON text, fetched once per test file. */
export function stromsund(): Promise<string> {
  stromsundText ??= fetch(STROMSUND_URL).then((response) => {
    if (!response.ok) throw new Error(`${STROMSUND_URL}: HTTP ${response.status}`);
    return response.text();
  });
  return stromsundText;
}

// --- JSON paths (walked with valueAt from test/feed/feed-helpers.ts) -------

const FATAL_KINDS = ['not-json', 'not-object', 'format', 'no-periods', 'too-large'];

/**
 * A parse result is sound: a fatal error of a documented kind with a message,
 * or a feed plus problems whose paths lead into `json` (for a missing key, to
 * the object that lacks it).
 */
export function expectSoundResult(json: unknown, result: ParseResult): void {
  if (!result.ok) {
    expect(FATAL_KINDS, 'fatal kind').to.include(result.error.kind);
    expect(result.error.message, 'fatal message').to.be.a('string').and.not.equal('');
    return;
  }
  expect(result.feed.periods.length, 'a feed has a period').to.be.greaterThan(0);
  for (const problem of result.problems) {
    const where = `${problem.code} at ${problem.path}`;
    expect(problem.message, where).to.be.a('string').and.not.equal('');
    if (problem.code === 'missing-required' || problem.code === 'period-without-from') {
      const parent = valueAt(json, problem.segments.slice(0, -1));
      expect(parent.found, `parent of ${where}`).to.equal(true);
      expect(parent.value, `parent of ${where}`).to.be.an('object');
    } else {
      expect(valueAt(json, problem.segments).found, where).to.equal(true);
    }
  }
}

// --- prototypes ---------------------------------------------------------------

const PROTOTYPES: readonly [string, object][] = [
  ['Object.prototype', Object.prototype],
  ['Array.prototype', Array.prototype],
  ['Function.prototype', Function.prototype],
  ['String.prototype', String.prototype],
  ['Number.prototype', Number.prototype],
  ['Boolean.prototype', Boolean.prototype],
];

/** Own property names of the built-in prototypes, to compare after a parse or render. */
export function snapshotPrototypes(): Record<string, string[]> {
  return Object.fromEntries(
    PROTOTYPES.map(([name, proto]) => [name, Reflect.ownKeys(proto).map(String).sort()])
  );
}

/** Nothing leaked into a prototype. */
export function expectNoPollution(before: Record<string, string[]>): void {
  const probe = {} as Record<string, unknown>;
  expect(probe['polluted'], '({}).polluted').to.equal(undefined);
  expect(([] as unknown as Record<string, unknown>)['polluted'], '[].polluted').to.equal(undefined);
  expect(Object.getPrototypeOf(probe)).to.equal(Object.prototype);
  expect(snapshotPrototypes(), 'built-in prototypes').to.deep.equal(before);
}

// --- arbitraries ----------------------------------------------------------------

/** Every field name of format 1 (the parser's own lists), language tags, and the keys that attack prototypes. */
export const FEED_KEYS: readonly string[] = [
  ...new Set(Object.values(FEED_FIELDS).flat()),
  'sv', 'en', 'en-GB',
  '__proto__', 'constructor', 'prototype',
];

/** Values of every JSON type, including the feed's enumerations and edge cases. */
const REPLACEMENTS: readonly Json[] = [
  null, 0, -1, 2021, 1e308, -0.5, true, false, '', ' ', '\n', 'x', '2021', '2021-13-01', '0021', 'medborgar-loften/1',
  'fulfilled', 'count', 'sv', 'Trafik 2021', [], {}, [null], [1, 'a'], {sv: 1}, {'': 'x'}, {sv: ''}, {xx_yy: 'x'},
];

/**
 * JSON values whose object keys are mostly the feed's own field names, so
 * that random values reach deep into the parser (plain `fc.jsonValue()`
 * almost never gets past the `format` check).
 */
export function feedLikeValue(): fc.Arbitrary<Json> {
  const leaf = fc.oneof(
    fc.constantFrom(...REPLACEMENTS),
    fc.constantFrom(...HOSTILE_STRINGS),
    fc.string(),
    fc.integer({min: -10, max: 3000}),
    fc.double(),
    fc.boolean(),
    fc.constant(null)
  );
  const {tree} = fc.letrec<{tree: Json; array: Json[]; object: Record<string, Json>}>((tie) => ({
    tree: fc.oneof({depthSize: 'small', withCrossShrink: true}, leaf, tie('array'), tie('object')),
    array: fc.array(tie('tree'), {maxLength: 4}),
    object: fc.dictionary(fc.oneof(fc.constantFrom(...FEED_KEYS), fc.string({maxLength: 8})), tie('tree'), {
      maxKeys: 6,
    }),
  }));
  return fc
    .record({
      base: fc.dictionary(fc.constantFrom(...FEED_KEYS), tree, {maxKeys: 5}),
      periods: fc.array(tree, {maxLength: 3}),
    })
    .map(({base, periods}) => ({...base, format: 'medborgar-loften/1', periods}));
}

/**
 * Feeds generated from the format's grammar: every item kind with each of its
 * fields present or absent, each value well-formed, hostile or of a random
 * type, and now and then an unknown field. Reaches every branch of the
 * parser that a mutation of a real feed may miss.
 */
export function grammarFeed(): fc.Arbitrary<Json> {
  const junk = fc.oneof(fc.constantFrom(...REPLACEMENTS), fc.jsonValue({maxDepth: 2}));
  const or = <T>(good: fc.Arbitrary<T>) => fc.oneof({weight: 6, arbitrary: good}, {weight: 1, arbitrary: junk});
  const plain = fc.oneof(
    fc.constantFrom('Trafik', 'Narkotika', 'Polisen lovar', 'x'),
    fc.constantFrom(...HOSTILE_STRINGS),
    fc.string({maxLength: 12})
  );
  const markdown = fc
    .array(
      fc.oneof(
        plain,
        fc.constantFrom('\n', '\n\n', '- ', '* ', '• ', '  ', '*', '**', '[', ']', '(', ')', '](', 'https://polisen.se', 'tel:112'),
        fc.constantFrom('[länk](https://polisen.se)', '[x](javascript:alert(1))', '*em*', '**strong**', '[**a**](/b)')
      ),
      {maxLength: 10}
    )
    .map((parts) => parts.join(''));
  const tag = fc.constantFrom('sv', 'en', 'en-GB', 'se', 'SV', 'x', '__proto__', 'constructor', '');
  const translations = (value: fc.Arbitrary<string>) => fc.dictionary(tag, or(value), {maxKeys: 3});
  const text = or(fc.oneof(plain, translations(plain)));
  const richText = or(fc.oneof(markdown, translations(markdown)));
  const url = or(
    fc.oneof(
      fc.constantFrom('https://polisen.se/', '/x.pdf', 'mailto:a@b.se', 'tel:112', '#a', '//example.org'),
      fc.constantFrom(...HOSTILE_STRINGS)
    )
  );
  const date = or(fc.constantFrom('2019', '2021', '2021-05', '2021-05-12', 2020, 2023, '2021-02-30', '0021', ' 2022 '));
  const id = or(fc.constantFrom('a', 'b', 'a', 'trafik', 'Trafik 2021', 'å', '---', 'polisen', 'kommunen'));
  const partyIds = or(fc.array(or(fc.constantFrom('polisen', 'kommunen', 'okänd')), {maxLength: 3}));
  const year = or(fc.constantFrom(2019, 2022, 999, 2021.5, '2021'));
  const number = or(fc.oneof(fc.integer({min: -100, max: 1000}), fc.double()));
  const status = or(fc.constantFrom('fulfilled', 'partly-fulfilled', 'not-fulfilled', 'ongoing', 'done'));
  const extra = fc.dictionary(fc.constantFrom(...FEED_KEYS, 'promse', 'x'), junk, {maxKeys: 1});
  /** An item of a kind: its required fields usually there, each other field or not. */
  const item = <T>(model: {[K in keyof T]: fc.Arbitrary<T[K]>}, required: (keyof T)[] = []) =>
    or(
      fc
        .tuple(
          fc.oneof(
            {weight: 4, arbitrary: fc.record(model, {requiredKeys: required})},
            {weight: 1, arbitrary: fc.record(model, {requiredKeys: []})}
          ),
          fc.option(extra, {freq: 8})
        )
        .map(([record, more]) => ({...(more ?? {}), ...record}))
    );
  const list = <T>(arbitrary: fc.Arbitrary<T>, maxLength = 3) => or(fc.array(arbitrary, {maxLength}));
  const target = item({
    label: text,
    unit: or(fc.oneof(fc.constantFrom('count', 'percent'), text)),
    baseline: item({year, value: number}),
    goal: item({year, value: number, change: number, direction: or(fc.constantFrom('increase', 'decrease')), atLeast: or(fc.boolean())}),
    actual: item({year, value: number, approximate: or(fc.boolean())}),
  });
  const outcomeItem = fc.oneof(richText, item({text: richText, by: partyIds}));
  const outcome = item({
    status,
    summary: richText,
    done: list(outcomeItem),
    notDone: list(outcomeItem),
    updated: date,
  });
  const activity = item({text: richText, by: partyIds, targets: list(target, 2), result: richText, status}, ['text']);
  const promise = item<Record<string, Json>>({
    id,
    area: text,
    promise: richText,
    by: partyIds,
    places: list(text),
    background: richText,
    followUp: richText,
    activities: list(activity),
    targets: list(target, 2),
    outcome,
  }, ['id', 'area', 'promise']);
  const link = item({text, url});
  const period = item<Record<string, Json>>({
    id,
    title: text,
    from: date,
    to: date,
    intro: richText,
    promises: list(promise, 4),
    outcome,
    signatories: list(item({name: or(plain), role: text, party: or(fc.constantFrom('polisen', 'okänd')), date})),
    links: list(link),
  }, ['id', 'from', 'promises']);
  const party = item({id, name: text, kind: or(fc.constantFrom('police', 'municipality', 'other', 'army')), url}, ['id', 'name']);
  const contact = item({
    organization: text,
    name: or(plain),
    role: text,
    phone: or(fc.constantFrom('0670-161 00', '+46 (0)8 123', '1', 'x')),
    email: or(fc.constantFrom('a@b.se', 'a@b', '<a@b.se>')),
    url,
    address: list(or(plain)),
  });
  return fc
    .tuple(
      fc.record(
        {
          language: or(fc.constantFrom('sv', 'en', 'se', 'xx-', 'constructor')),
          title: text,
          intro: richText,
          parties: list(party),
          contacts: list(contact),
          links: list(link),
          updated: date,
          url,
        },
        {requiredKeys: []}
      ),
      fc.array(period, {minLength: 1, maxLength: 3}),
      fc.option(extra, {freq: 8})
    )
    .map(([fields, periods, more]) => ({...(more ?? {}), ...fields, format: 'medborgar-loften/1', periods}));
}

export type MutationOp = 'remove' | 'retype' | 'duplicate' | 'hostile' | 'rename' | 'proto';

export interface Mutation {
  readonly op: MutationOp;
  /** Which place in the feed (modulo the places there are). */
  readonly at: number;
  /** Which replacement, hostile string or key (modulo the choices). */
  readonly pick: number;
}

export const mutation: fc.Arbitrary<Mutation> = fc.record({
  op: fc.constantFrom<MutationOp>('remove', 'retype', 'duplicate', 'hostile', 'rename', 'proto'),
  at: fc.nat(),
  pick: fc.nat(),
});

/** 1–8 mutations to apply to a feed in order. */
export const mutations = fc.array(mutation, {minLength: 1, maxLength: 8});

function allPaths(value: Json, prefix: PathSegment[] = [], out: PathSegment[][] = []): PathSegment[][] {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((item, index) => allPaths(item, [...prefix, index], out));
  else if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) allPaths(value[key], [...prefix, key], out);
  }
  return out;
}

/** Sets an own, enumerable key, even `__proto__`, so that JSON.stringify writes it. */
function setOwn(object: Record<string, Json>, key: string, value: Json): void {
  Object.defineProperty(object, key, {value, enumerable: true, writable: true, configurable: true});
}

const DUPLICATE_KEYS = ['id', 'text', 'area', 'by', 'from', 'promises', 'name', 'sv'];
const PROTO_KEYS = ['__proto__', 'constructor', 'prototype'];

/** Applies one mutation in place: a field removed, retyped, duplicated, made hostile, renamed, or a prototype key added. */
export function applyMutation(doc: Json, {op, at, pick}: Mutation): void {
  const paths = allPaths(doc).filter((path) => path.length > 0);
  if (paths.length === 0) return;
  const path = paths[at % paths.length]!;
  const parent = valueAt(doc, path.slice(0, -1)).value as Json;
  const key = path[path.length - 1]!;
  switch (op) {
    case 'remove':
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key];
      return;
    case 'retype':
      setOwn(parent, String(key), structuredClone(REPLACEMENTS[pick % REPLACEMENTS.length]));
      return;
    case 'duplicate':
      if (Array.isArray(parent)) parent.splice(key as number, 0, structuredClone(parent[key as number]));
      else setOwn(parent, DUPLICATE_KEYS[pick % DUPLICATE_KEYS.length]!, structuredClone(parent[key]));
      return;
    case 'hostile': {
      const strings = paths.filter((p) => typeof valueAt(doc, p).value === 'string');
      if (strings.length === 0) return;
      const target = strings[at % strings.length]!;
      const owner = valueAt(doc, target.slice(0, -1)).value as Json;
      owner[target[target.length - 1]!] = HOSTILE_STRINGS[pick % HOSTILE_STRINGS.length];
      return;
    }
    case 'rename':
      if (!Array.isArray(parent)) {
        const value = parent[key];
        delete parent[key];
        setOwn(parent, `${String(key)}${pick % 2 ? 'x' : ' '}`, value);
      }
      return;
    case 'proto': {
      const objects = paths
        .map((p) => valueAt(doc, p).value)
        .filter((v): v is Record<string, Json> => v !== null && typeof v === 'object' && !Array.isArray(v));
      const object = objects[at % Math.max(1, objects.length)] ?? doc;
      setOwn(object, PROTO_KEYS[pick % PROTO_KEYS.length]!, {polluted: 'yes', prototype: {polluted: 'yes'}});
      return;
    }
  }
}

/** The Strömsund feed after `list`, as JSON text (prototype keys are own keys in it). */
export function mutatedText(seedText: string, list: readonly Mutation[]): string {
  const doc = JSON.parse(seedText);
  for (const m of list) applyMutation(doc, m);
  return JSON.stringify(doc);
}

// --- the rendered widget ----------------------------------------------------------

export const FALLBACK_HTML = '<p class="fallback-content">Läs medborgarlöftena som <a href="/x.pdf">PDF</a>.</p>';

export function fallbackShown(el: MedborgarLoften): boolean {
  const child = el.querySelector('.fallback-content') as HTMLElement | null;
  return child !== null && child.checkVisibility() && child.offsetHeight > 0;
}

/**
 * The widget is not blank: it shows the feed (a period with promises, some
 * text), or the error state with its message (and a retry button where a
 * retry can help) and the fallback content.
 */
export function expectNotBlank(el: MedborgarLoften): void {
  const root = el.shadowRoot!;
  const base = root.querySelector<HTMLElement>('.base');
  expect(base, 'the .base wrapper').to.exist;
  expect(el.getAttribute('status'), 'status attribute').to.equal(el.status);
  if (el.status === 'loaded') {
    expect(el.feed, 'feed').to.exist;
    expect(root.querySelectorAll('section.period').length, 'periods rendered').to.be.greaterThan(0);
    expect(root.querySelectorAll('button.toggle').length, 'promises rendered').to.be.greaterThan(0);
    expect(base!.innerText.trim(), 'visible text').to.not.equal('');
    expect(fallbackShown(el), 'fallback hidden').to.equal(false);
  } else {
    expect(el.status, 'status').to.equal('error');
    const alert = root.querySelector('[role="alert"]');
    expect(alert?.textContent ?? '', 'error message').to.match(/Medborgarlöftena kan inte visas just nu|cannot be shown/);
    // A retry only where it can help (test/element/loading.test.ts covers which); never any other button.
    expect([...root.querySelectorAll('button')].every((button) => button.classList.contains('retry')), 'buttons').to.equal(true);
    expect(fallbackShown(el), 'fallback shown').to.equal(true);
  }
}

/** Collects uncaught errors and unhandled rejections while `work` runs. */
export async function withoutUncaughtErrors<T>(work: () => Promise<T>): Promise<T> {
  const errors: unknown[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(event.reason);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    const result = await work();
    // Let a late rejection (a failed update) surface: browsers report it in a task of its own.
    await nextTask();
    expect(errors.map(String), 'uncaught errors').to.deep.equal([]);
    return result;
  } finally {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
}
