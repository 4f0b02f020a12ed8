/**
 * The draft model as feed JSON (format 1), written the way a person would
 * write it by hand: fields in the format's order, empty ones left out,
 * plain strings in the page's language, ids as unique slugs. Also gives
 * each model node its JSON path, so that notes can point into the draft.
 */
import type {ContactDraft} from './contacts.js';
import type {FeedDraft, ItemDraft, LinkDraft, OutcomeDraft, PeriodDraft, PromiseDraft, RichDraft} from './model.js';
import {slug, type PartyDraft} from './parties.js';

type Json = Record<string, unknown>;
type Path = readonly (string | number)[];

export interface Serialized {
  readonly feed: Json;
  /** The path of each model node (and rich-text draft) that is in the feed. */
  readonly paths: ReadonlyMap<object, Path>;
}

function uniqueId(wanted: string, taken: Set<string>): string {
  let id = wanted;
  for (let n = 2; taken.has(id); n++) id = `${wanted}-${n}`;
  taken.add(id);
  return id;
}

function yearOf(date: string | undefined): string {
  return date?.slice(0, 4) ?? '';
}

/** "2021-2022", "2020", "fran-2016" or "period". */
function periodId(period: PeriodDraft): string {
  if (!period.from) return 'period';
  const from = yearOf(period.from);
  if (!period.to) return `fran-${from}`;
  const to = yearOf(period.to);
  return from === to ? from : `${from}-${to}`;
}

export function serialize(draft: FeedDraft, parties: readonly PartyDraft[], language: string): Serialized {
  const paths = new Map<object, Path>();
  const rich = (value: RichDraft, path: Path): string | undefined => {
    if (value.empty) return undefined;
    paths.set(value, path);
    return value.toString();
  };
  const put = (target: Json, key: string, value: unknown) => {
    if (value === undefined) return;
    if (Array.isArray(value) && value.length === 0) return;
    if (typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 0) return;
    target[key] = value;
  };
  const item = (entry: ItemDraft): unknown => (entry.by?.length ? {text: entry.text, by: [...entry.by]} : entry.text);
  const outcome = (value: OutcomeDraft, path: Path): Json => {
    paths.set(value, path);
    const json: Json = {};
    put(json, 'summary', rich(value.summary, [...path, 'summary']));
    put(json, 'done', value.done.map(item));
    put(json, 'notDone', value.notDone.map(item));
    return json;
  };
  const links = (list: readonly LinkDraft[], path: Path) =>
    list.map((link, index) => {
      paths.set(link, [...path, index]);
      return link.url ? {text: link.text, url: link.url} : {text: link.text};
    });

  const feed: Json = {format: 'medborgar-loften/1', language};
  paths.set(draft, []);
  put(feed, 'title', draft.title);
  put(feed, 'intro', rich(draft.intro, ['intro']));
  put(
    feed,
    'parties',
    parties.map((party) => ({id: party.id, name: party.name, kind: party.kind}))
  );
  parties.forEach((party, index) => paths.set(party, ['parties', index]));

  const periodIds = new Set<string>();
  const ordered = [...draft.periods].sort((a, b) => (b.from ?? '').localeCompare(a.from ?? ''));
  feed['periods'] = ordered.map((period, periodIndex) => {
    const path: Path = ['periods', periodIndex];
    paths.set(period, path);
    const json: Json = {id: uniqueId(periodId(period), periodIds)};
    put(json, 'title', period.title);
    put(json, 'from', period.from);
    put(json, 'to', period.to);
    put(json, 'intro', rich(period.intro, [...path, 'intro']));
    const promiseIds = new Set<string>();
    json['promises'] = period.promises.map((promise, promiseIndex) =>
      serializePromise(promise, [...path, 'promises', promiseIndex], uniqueId(slug(promise.area, 'lofte'), promiseIds))
    );
    put(json, 'outcome', outcome(period.outcome, [...path, 'outcome']));
    put(
      json,
      'signatories',
      period.signatories.map((signatory, index) => {
        paths.set(signatory, [...path, 'signatories', index]);
        const entry: Json = {name: signatory.name};
        put(entry, 'role', signatory.role);
        put(entry, 'party', signatory.party);
        put(entry, 'date', signatory.date);
        return entry;
      })
    );
    put(json, 'links', links(period.links, [...path, 'links']));
    return json;
  });

  put(
    feed,
    'contacts',
    draft.contacts.map((contact: ContactDraft, index) => {
      paths.set(contact, ['contacts', index]);
      const entry: Json = {};
      put(entry, 'organization', contact.organization);
      put(entry, 'name', contact.name);
      put(entry, 'role', contact.role);
      put(entry, 'phone', contact.phone);
      put(entry, 'email', contact.email);
      put(entry, 'url', contact.url);
      put(entry, 'address', contact.address);
      return entry;
    })
  );
  put(feed, 'links', links(draft.links, ['links']));
  put(feed, 'updated', draft.updated);
  return {feed, paths};

  function serializePromise(promise: PromiseDraft, path: Path, id: string): Json {
    paths.set(promise, path);
    const json: Json = {id, area: promise.area};
    put(json, 'promise', rich(promise.promise, [...path, 'promise']));
    put(json, 'by', promise.by ? [...promise.by] : undefined);
    put(json, 'background', rich(promise.background, [...path, 'background']));
    put(json, 'followUp', rich(promise.followUp, [...path, 'followUp']));
    put(
      json,
      'activities',
      promise.activities.map((activity, index) => {
        paths.set(activity, [...path, 'activities', index]);
        const entry: Json = {text: activity.text};
        put(entry, 'by', activity.by ? [...activity.by] : undefined);
        put(entry, 'targets', activity.targets);
        activity.targets.forEach((target, targetIndex) => paths.set(target, [...path, 'activities', index, 'targets', targetIndex]));
        return entry;
      })
    );
    put(json, 'targets', promise.targets);
    promise.targets.forEach((target, index) => paths.set(target, [...path, 'targets', index]));
    put(json, 'outcome', outcome(promise.outcome, [...path, 'outcome']));
    return json;
  }
}
