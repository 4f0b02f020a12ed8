/**
 * Files in and out: read what a person opens, drops or pastes, and save a
 * feed: in place where the browser lets a page write a file it opened (the
 * File System Access API in Chromium-based browsers), else as a download.
 */
import {isObject, type JsonValue} from './model/json.js';

interface FilePickerOptions {
  readonly suggestedName?: string;
  readonly types?: readonly {readonly description: string; readonly accept: Readonly<Record<string, readonly string[]>>}[];
}
interface FilePickers {
  showOpenFilePicker?: (options?: FilePickerOptions) => Promise<FileSystemFileHandle[]>;
  showSaveFilePicker?: (options?: FilePickerOptions) => Promise<FileSystemFileHandle>;
}

const JSON_TYPES = [{description: 'JSON', accept: {'application/json': ['.json']}}] as const;

function pickers(): FilePickers {
  return globalThis as unknown as FilePickers;
}

/** Whether this browser can open a file so that it can be saved in place. */
export function canSaveInPlace(): boolean {
  return typeof pickers().showOpenFilePicker === 'function';
}

/** Whether this browser can ask where to save a file. */
export function canSaveAs(): boolean {
  return typeof pickers().showSaveFilePicker === 'function';
}

export interface OpenedFile {
  readonly name: string;
  readonly text: string;
  readonly handle?: FileSystemFileHandle;
}

/** Asks for a file with the browser's own picker, keeping the handle to save in place; undefined if cancelled. */
export async function pickFileWithHandle(): Promise<OpenedFile | undefined> {
  const open = pickers().showOpenFilePicker;
  if (!open) return undefined;
  try {
    const [handle] = await open({types: JSON_TYPES});
    if (!handle) return undefined;
    const file = await handle.getFile();
    return {name: file.name, text: await file.text(), handle};
  } catch (error) {
    if ((error as DOMException)?.name === 'AbortError') return undefined;
    throw error;
  }
}

/** The result of reading a feed's text: the JSON, or why it is not JSON (and where). */
export type ReadResult = {readonly ok: true; readonly doc: JsonValue} | {readonly ok: false; readonly reason: 'not-json' | 'not-object'};

export function readFeedText(text: string): ReadResult {
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return {ok: false, reason: 'not-json'};
  }
  return isObject(value) ? {ok: true, doc: value} : {ok: false, reason: 'not-object'};
}

/** Writes `text` over the file behind `handle`. */
export async function saveInPlace(handle: FileSystemFileHandle, text: string): Promise<void> {
  const writable = await (handle as FileSystemFileHandle & {createWritable(): Promise<FileSystemWritableFileStream>}).createWritable();
  await writable.write(text);
  await writable.close();
}

/** Asks where to save and writes there; undefined if cancelled. */
export async function saveAs(text: string, suggestedName: string): Promise<FileSystemFileHandle | undefined> {
  const save = pickers().showSaveFilePicker;
  if (!save) return undefined;
  try {
    const handle = await save({suggestedName, types: JSON_TYPES});
    await saveInPlace(handle, text);
    return handle;
  } catch (error) {
    if ((error as DOMException)?.name === 'AbortError') return undefined;
    throw error;
  }
}

/** Starts a download of `text` as `name` (works from file:// and any host, in every browser). */
export function download(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], {type: 'application/json;charset=utf-8'}));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the URL after the click has returned: it is released a minute later.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Every way the editor reads and writes files, in one object that tests can replace. */
export interface FileAccess {
  canSaveInPlace(): boolean;
  canSaveAs(): boolean;
  pickFileWithHandle(): Promise<OpenedFile | undefined>;
  saveInPlace(handle: FileSystemFileHandle, text: string): Promise<void>;
  saveAs(text: string, suggestedName: string): Promise<FileSystemFileHandle | undefined>;
  download(text: string, name: string): void;
}

export const browserFiles: FileAccess = {canSaveInPlace, canSaveAs, pickFileWithHandle, saveInPlace, saveAs, download};
