/**
 * Shared helpers for the feed module's table-driven tests: a small valid
 * feed to mutate, a parse that insists on success, the runner of "one row
 * per rule" tables, a walker that checks a problem's path against the
 * input, and builders for rich-text trees.
 */
import {expect} from '@open-wc/testing';
import {formatPath, parseFeed} from '../../src/feed/index.js';
import type {Block, CitizenPromise, Feed, Inline, PathSegment, Period, Problem} from '../../src/feed/index.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
/** A feed as raw JSON, to be mutated freely by a test row. */
export type RawFeed = any;

/** A small, valid feed: two parties, one period, one promise. A fresh copy each call. */
export function baseFeed(): RawFeed {
  return {
    format: 'medborgar-loften/1',
    language: 'sv',
    parties: [
      {id: 'polisen', name: 'Polisen'},
      {id: 'kommunen', name: 'Kommunen'},
    ],
    periods: [
      {
        id: 'p1',
        from: '2021',
        promises: [{id: 'a', area: 'Trafik', promise: 'Vi lovar.'}],
      },
    ],
  };
}

/** The base feed after `mutate`, as JSON text. */
export function feedText(mutate: (feed: RawFeed) => void = () => {}): string {
  const feed = baseFeed();
  mutate(feed);
  return JSON.stringify(feed);
}

/** Parses and insists on success. */
export function parseOk(input: unknown): {feed: Feed; problems: readonly Problem[]} {
  const result = parseFeed(input);
  if (!result.ok) throw new Error(`expected ok, got fatal ${result.error.kind}: ${result.error.message}`);
  return {feed: result.feed, problems: result.problems};
}

/** `code path` for each problem. */
export function summary(problems: readonly Problem[]): string[] {
  return problems.map((p) => `${p.code} ${p.path}`);
}

/** `code path → consequence` for each problem: what, where and what happens, the form the rule tables compare. */
export function outcomes(problems: readonly Problem[]): string[] {
  return problems.map((p) => `${p.code} ${p.path} → ${p.consequence}`);
}

// --- the parsed feed and the raw one -------------------------------------

export const ids = (items: readonly {readonly id: string}[]) => items.map((item) => item.id);

export function periodById(feed: Feed, id: string): Period {
  const found = feed.periods.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no period ${id}`);
  return found;
}

/** The first promise of the first period, in the raw feed. */
export const promiseOf = (feed: RawFeed) => feed.periods[0].promises[0];
/** The first promise of the first period, parsed. */
export const firstPromise = (feed: Feed): CitizenPromise => feed.periods[0]!.promises[0]!;
/** A valid promise to add next to one that a row breaks, so that its period survives. */
export const secondPromise = Object.freeze({id: 'b', area: 'Narkotika', promise: 'Vi lovar mer.'});

// --- one row per rule -------------------------------------------------------

export interface RuleRow {
  name: string;
  mutate: (feed: RawFeed) => void;
  /** Every problem reported, as `code path → consequence`, in any order. */
  problems: string[];
  check: (feed: Feed) => void;
}

/**
 * Each row changes the small valid feed; the parse must succeed with exactly
 * the problems listed (paths that lead into the input) and pass `check`.
 */
export function describeRules(title: string, rows: readonly RuleRow[]): void {
  describe(title, () => {
    for (const row of rows) {
      it(row.name, () => {
        const text = feedText(row.mutate);
        const {feed, problems} = parseOk(text);
        expect(outcomes(problems)).to.have.members(row.problems);
        expect(problems.length).to.equal(row.problems.length);
        expectPathsExist(JSON.parse(text), problems);
        row.check(feed);
      });
    }
  });
}

/** Walks own keys and array indexes only; `found` is false as soon as a step is missing. */
export function valueAt(input: unknown, segments: readonly PathSegment[]): {found: boolean; value: unknown} {
  let value: unknown = input;
  for (const segment of segments) {
    if (typeof segment === 'number') {
      if (!Array.isArray(value) || segment < 0 || segment >= value.length) return {found: false, value: undefined};
      value = value[segment];
    } else {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return {found: false, value: undefined};
      if (!Object.prototype.hasOwnProperty.call(value, segment)) return {found: false, value: undefined};
      value = (value as Record<string, unknown>)[segment];
    }
  }
  return {found: value !== undefined, value};
}

/** Problems whose last segment names a key that is (or may be) absent. */
const POINTS_AT_MISSING_KEY = new Set(['missing-required', 'period-without-from']);

/**
 * Every problem's path must lead somewhere in the input JSON: to the value
 * itself, or, for a missing key, to the object that lacks it.
 */
export function expectPathsExist(json: unknown, problems: readonly Problem[]): void {
  for (const problem of problems) {
    const where = `${problem.code} at ${problem.path}`;
    expect(problem.path, where).to.equal(formatPath(problem.segments));
    if (POINTS_AT_MISSING_KEY.has(problem.code)) {
      const parent = valueAt(json, problem.segments.slice(0, -1));
      expect(parent.found, `parent of ${where}`).to.equal(true);
      expect(parent.value, `parent of ${where}`).to.be.an('object');
    } else {
      expect(valueAt(json, problem.segments).found, where).to.equal(true);
    }
  }
}

/** Object.prototype and friends after a parse: nothing may have leaked in. */
export function expectNoPollution(): void {
  const probe = {} as Record<string, unknown>;
  expect(probe['polluted'], 'Object.prototype.polluted').to.equal(undefined);
  expect(probe['isAdmin'], 'Object.prototype.isAdmin').to.equal(undefined);
  expect(Object.keys(Object.prototype), 'Object.prototype keys').to.deep.equal([]);
  expect(Object.getPrototypeOf(probe)).to.equal(Object.prototype);
  expect(([] as unknown as Record<string, unknown>)['polluted']).to.equal(undefined);
}

// --- rich-text tree builders ---------------------------------------------

export const t = (text: string): Inline => ({type: 'text', text});
export const br: Inline = {type: 'break'};
export const em = (...children: Inline[]): Inline => ({type: 'em', children});
export const strong = (...children: Inline[]): Inline => ({type: 'strong', children});
export const a = (href: string | null, ...children: Inline[]): Inline => ({type: 'link', href, children});
export const p = (...children: Inline[]): Block => ({type: 'paragraph', children});
export const ul = (...items: Inline[][]): Block => ({type: 'list', items});

/** All inline nodes of some blocks, depth first. */
export function inlines(blocks: readonly Block[]): Inline[] {
  const out: Inline[] = [];
  const walk = (nodes: readonly Inline[]) => {
    for (const node of nodes) {
      out.push(node);
      if (node.type === 'em' || node.type === 'strong' || node.type === 'link') walk(node.children);
    }
  };
  for (const block of blocks) {
    if (block.type === 'paragraph') walk(block.children);
    else block.items.forEach(walk);
  }
  return out;
}

// --- duplicate ids ----------------------------------------------------------

export interface DuplicateRow {
  name: string;
  mutate: (feed: RawFeed) => void;
  /** Which list to read the ids of, in the parsed feed. */
  list: (feed: Feed) => readonly {readonly id: string}[];
  ids: string[];
  /** `code path → consequence`, in any order. */
  problems: string[];
  /** For each derived id: `[derived, original]`. */
  derived: [string, string][];
}

export const promisesOfFirst = (feed: Feed) => feed.periods[0]!.promises;
/** Replaces the first period's promises. */
export const promiseRows = (...list: unknown[]) => (f: RawFeed) => {
  f.periods[0].promises = list;
};
/** A promise with the given id. */
export const pr = (id: unknown, area = 'A') => ({id, area, promise: 'P'});

/** Each row: the ids shown, the problems, and which derived id stands for which original. */
export function describeDuplicates(title: string, rows: readonly DuplicateRow[]): void {
  describe(title, () => {
    for (const row of rows) {
      it(row.name, () => {
        const text = feedText(row.mutate);
        const {feed, problems} = parseOk(text);
        expect(ids(row.list(feed))).to.deep.equal(row.ids);
        expect(outcomes(problems)).to.have.members(row.problems);
        expectPathsExist(JSON.parse(text), problems);
        const reported = problems
          .filter((problem) => problem.code === 'duplicate-id')
          .map((problem) => [problem.params['derived'], problem.params['id']]);
        expect(reported).to.deep.equal(row.derived);
      });
    }
  });
}
