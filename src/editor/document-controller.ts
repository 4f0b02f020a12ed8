/**
 * The document being edited, as element state: applies the form's edits,
 * keeps the undo history, and knows whether there are changes that no file
 * has yet (for the warning before leaving, and for which drafts to offer
 * back).
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {applyEdit, type DocumentState, type Edit} from './model/edits.js';
import {History} from './model/history.js';
import type {JsonValue} from './model/json.js';
import {serialize} from './model/serialize.js';

export interface LoadOptions {
  /** The file's text as last saved or opened; absent: nothing of this is in a file yet. */
  readonly savedText?: string;
  readonly fileName?: string;
  readonly fileHandle?: FileSystemFileHandle;
  /** Ids the editor made up, which follow the names typed (a new feed's). */
  readonly generatedIds?: readonly string[];
}

export class DocumentController implements ReactiveController {
  private history: History<DocumentState> | undefined;
  /** The text of the file as last saved or opened. */
  savedText: string | undefined;
  fileName = 'medborgarloften.json';
  fileHandle: FileSystemFileHandle | undefined;
  private serialized: {doc: JsonValue; text: string} | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** Called after every change of the document (an edit, undo, redo, load). */
    private readonly onChange: () => void
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Whether there is a document (the start page has none yet). */
  get open(): boolean {
    return this.history !== undefined;
  }

  get doc(): JsonValue {
    return this.history?.present.doc ?? {};
  }

  get state(): DocumentState | undefined {
    return this.history?.present;
  }

  get canUndo(): boolean {
    return this.history?.canUndo ?? false;
  }

  get canRedo(): boolean {
    return this.history?.canRedo ?? false;
  }

  /** The file a save would write now. */
  get text(): string {
    const doc = this.doc;
    if (this.serialized?.doc !== doc) this.serialized = {doc, text: serialize(doc)};
    return this.serialized.text;
  }

  /** Changes that are in no file yet. */
  get unsaved(): boolean {
    return this.open && this.text !== this.savedText;
  }

  /**
   * Starts editing `doc`. When a document is already open this is one more
   * step of its history: "Ångra" brings back what was there before.
   */
  load(doc: JsonValue, options: LoadOptions = {}): void {
    const state: DocumentState = {doc, generatedIds: new Set(options.generatedIds ?? [])};
    if (this.history) {
      this.history.seal();
      this.history.push(state);
    } else {
      this.history = new History(state);
    }
    this.savedText = options.savedText;
    this.fileName = options.fileName ?? 'medborgarloften.json';
    this.fileHandle = options.fileHandle;
    this.changed();
  }

  apply(edit: Edit, group?: string): void {
    if (!this.history) return;
    this.history.push(applyEdit(this.history.present, edit), group);
    this.changed();
  }

  /** Ends the step being typed (the person left the field). */
  seal(): void {
    this.history?.seal();
  }

  undo(): boolean {
    if (!this.history?.undo()) return false;
    this.changed();
    return true;
  }

  redo(): boolean {
    if (!this.history?.redo()) return false;
    this.changed();
    return true;
  }

  /** The document is now in a file with this text. */
  markSaved(text: string, fileName?: string, fileHandle?: FileSystemFileHandle): void {
    this.savedText = text;
    if (fileName) this.fileName = fileName;
    if (fileHandle) this.fileHandle = fileHandle;
    this.host.requestUpdate();
  }

  private changed(): void {
    this.host.requestUpdate();
    this.onChange();
  }
}
