/**
 * What the importer said about the draft it made, as element state: its
 * notes follow their items when items are added, removed or moved, stand
 * beside their fields, and go when the person is done with them. The feed
 * module's own verdict on the draft is left out: the validator says it, live.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {msg} from '@lit/localize';
import type {ImportNote, ImportResult} from '../import/index.js';
import {noteMessage} from '../import/messages.js';
import type {UiLocale} from '../locale.js';
import type {FieldProblem} from './form/context.js';
import {placeOf} from './form/places.js';
import {anchorFor} from './model/anchors.js';
import type {Edit} from './model/edits.js';
import {followPath} from './model/follow.js';
import {pathKey, type JsonValue} from './model/json.js';
import {feedLanguageOf} from './model/text.js';
import type {ImportReport, ListedProblem} from './problems.js';

interface Imported {
  readonly total: number;
  readonly kept: number;
  readonly notes: readonly ImportNote[];
}

export class ImportNotesController implements ReactiveController {
  private imported: Imported | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** A new draft from the importer. */
  start(result: ImportResult): void {
    const notes = result.notes.filter((note) => note.code !== 'feed-problem');
    this.imported = {total: result.sentences.total, kept: result.sentences.kept, notes};
    this.host.requestUpdate();
  }

  /** The person is done with the notes, or the document is no longer the draft. */
  clear(): void {
    if (!this.imported) return;
    this.imported = undefined;
    this.host.requestUpdate();
  }

  /** Keeps each note with its item through `edit` (on the document `before`). */
  follow(edit: Edit, before: JsonValue): void {
    if (!this.imported) return;
    const notes = this.imported.notes.flatMap((note) => {
      if (note.path.length === 0) return [note];
      const path = followPath(note.path, edit, before);
      return path ? [{...note, path}] : [];
    });
    this.imported = {...this.imported, notes};
    this.host.requestUpdate();
  }

  /** Adds the notes about fields to the problems by anchor (those about the whole page are in the list only). Call while rendering. */
  addTo(problems: Map<string, FieldProblem[]>, locale: UiLocale): Map<string, FieldProblem[]> {
    for (const note of this.imported?.notes ?? []) {
      if (note.path.length === 0) continue;
      const key = pathKey(anchorFor(note.path));
      problems.set(key, [...(problems.get(key) ?? []), {severity: note.kind, message: noteMessage(note, locale)}]);
    }
    return problems;
  }

  /** The notes as the problem list shows them. Call while rendering (the words are the editor's language). */
  report(doc: JsonValue, locale: UiLocale): ImportReport | undefined {
    if (!this.imported) return undefined;
    const feedLanguage = feedLanguageOf(doc);
    const listed = (note: ImportNote): ListedProblem => ({
      severity: note.kind,
      message: noteMessage(note, locale),
      place: note.path.length
        ? placeOf(doc, note.path, locale, feedLanguage)
        : [msg('Sidan', {desc: 'Where an importer note is, when it is about the pasted page as a whole.'})],
      segments: note.path,
    });
    return {
      total: this.imported.total,
      kept: this.imported.kept,
      notes: this.imported.notes.filter((note) => note.kind !== 'guess').map(listed),
      guesses: this.imported.notes.filter((note) => note.kind === 'guess').map(listed),
    };
  }
}
