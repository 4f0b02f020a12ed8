/**
 * Helpers for the importer's tests (node --test test/import/). They import
 * lib/import/, built by `npx tsc -p tsconfig.build.json` (`npm run
 * test:import` does both), and read the fixture pages in
 * test/fixtures/import/, written for these tests (fictional places).
 */
import {readFileSync} from 'node:fs';
import {dirname, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {importPage} from '../../lib/import/index.js';
import {parseFeed} from '../../lib/feed/index.js';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export {importPage, parseFeed};

export function fixturePath(name) {
  return resolve(ROOT, 'test/fixtures/import', name);
}

export function importFixture(name, options) {
  return importPage(readFileSync(fixturePath(name), 'utf8'), options);
}

/** The structure the importer found, without the texts that only repeat the page. */
export function outline(feed) {
  const by = (value) => (value ? value.join('+') : undefined);
  const item = (entry) => (typeof entry === 'string' ? '-' : by(entry.by) ?? '-');
  const outcome = (value) =>
    value && {
      done: (value.done ?? []).map(item),
      notDone: (value.notDone ?? []).map(item),
      summary: value.summary !== undefined,
    };
  const compact = (value) => JSON.parse(JSON.stringify(value));
  return compact({
    title: feed.title,
    intro: feed.intro !== undefined,
    parties: (feed.parties ?? []).map((party) => `${party.id} ${party.kind} ${party.name}`),
    periods: feed.periods.map((period) => ({
      id: period.id,
      title: period.title,
      from: period.from,
      to: period.to,
      intro: period.intro !== undefined,
      promises: period.promises.map((promise) => ({
        id: promise.id,
        area: promise.area,
        by: by(promise.by),
        background: promise.background !== undefined,
        followUp: promise.followUp !== undefined,
        activities: promise.activities?.map((activity) => ({by: by(activity.by), targets: activity.targets})),
        targets: promise.targets,
        outcome: outcome(promise.outcome),
      })),
      outcome: outcome(period.outcome),
      signatories: period.signatories,
      links: period.links,
    })),
    contacts: feed.contacts,
    links: feed.links,
    updated: feed.updated,
  });
}

/** The codes of the notes of one kind. */
export function codes(result, kind) {
  return result.notes.filter((note) => kind === undefined || note.kind === kind).map((note) => note.code);
}

/** The value at a note's path in the draft. */
export function at(feed, path) {
  return path.reduce((value, key) => value?.[key], feed);
}
