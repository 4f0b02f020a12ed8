/**
 * What the editor writes when a person starts something new: a feed, or an
 * item added to a list. Required texts are left empty on purpose: the
 * problem list then says what is left to write, and nothing invented by the
 * editor can end up published by mistake.
 */
import {FORMAT} from '../../feed/index.js';
import type {ObjectKind} from './fields.js';
import {uniqueId} from './ids.js';
import type {JsonObject, JsonValue} from './json.js';

/** A new document and the ids the editor made up for it (they follow the names typed later). */
export interface Started {
  readonly doc: JsonObject;
  readonly generatedIds: readonly string[];
}

/** Police and municipality, one period starting this year, one promise to write. */
export function newFeed(year: number): Started {
  const period = String(year);
  return {
    doc: {
      format: FORMAT,
      language: 'sv',
      parties: [
        {id: 'polisen', kind: 'police'},
        {id: 'kommunen', kind: 'municipality'},
      ],
      periods: [{id: period, from: period, promises: [{id: 'lofte-1'}]}],
    },
    generatedIds: ['polisen', 'kommunen', period, 'lofte-1'],
  };
}

/** What an added list item starts as, given the ids already taken in its list. */
export function newItem(kind: ObjectKind, takenIds: readonly string[], year: number): Started {
  switch (kind) {
    case 'period': {
      const id = uniqueId(String(year), takenIds);
      const promise = uniqueId('lofte-1', []);
      return {doc: {id, from: String(year), promises: [{id: promise}]}, generatedIds: [id, promise]};
    }
    case 'promise': {
      const id = uniqueId(`lofte-${takenIds.length + 1}`, takenIds);
      return {doc: {id}, generatedIds: [id]};
    }
    case 'party': {
      const id = uniqueId('part', takenIds);
      return {doc: {id}, generatedIds: [id]};
    }
    default:
      return {doc: {}, generatedIds: []};
  }
}

/** A new entry of a list of texts (places) or of strings (address lines). */
export const NEW_LINE: JsonValue = '';
