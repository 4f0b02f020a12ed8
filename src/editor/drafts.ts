/**
 * Drafts kept in the browser (localStorage), so that work survives a
 * crash, a closed tab or a reload. Each tab writes its own draft; a new
 * start (a new feed, an opened file) begins a new draft, so what was
 * there before can still be restored.
 *
 * Pages opened from disk (file://) share one storage in most browsers:
 * every key here starts with the editor's own prefix, and the drafts of
 * several feeds live side by side.
 */
import {getAt, isObject, type JsonValue} from './model/json.js';
import {feedLanguageOf, textIn} from './model/text.js';

const PREFIX = 'medborgar-loften-editor:draft:';
const TAB_KEY = 'medborgar-loften-editor:tab';
/** At most this many drafts are kept; the oldest without unsaved work go first. */
const KEEP = 20;

export interface Draft {
  readonly version: 1;
  readonly id: string;
  /** ISO time of the last write. */
  readonly savedAt: string;
  readonly doc: JsonValue;
  /** The file's text when last saved or opened (absent: never in a file). */
  readonly savedText?: string;
  readonly fileName: string;
  /** Words to recognise the draft by in a list: the feed's title or first area. */
  readonly label: string;
  /** Whether the draft has changes that are in no file. */
  readonly unsaved: boolean;
}

/** Words to know a draft by in a list: the feed's title, else its first area, else the file's name. */
export function draftLabel(doc: JsonValue, fileName: string): string {
  const language = feedLanguageOf(doc);
  const title = isObject(doc) ? textIn(doc['title'], language, language) : '';
  if (title.trim()) return title.trim();
  const area = textIn(getAt(doc, ['periods', 0, 'promises', 0, 'area']), language, language);
  return area.trim() ? area.trim() : fileName;
}

export function newDraftId(): string {
  const random = globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  return random;
}

function isDraft(value: unknown): value is Draft {
  if (typeof value !== 'object' || value === null) return false;
  const draft = value as Record<string, unknown>;
  return draft['version'] === 1 && typeof draft['id'] === 'string' && typeof draft['savedAt'] === 'string' && 'doc' in draft;
}

export class DraftStore {
  constructor(
    private readonly storage: Storage,
    private readonly tabStorage: Storage | undefined
  ) {}

  /** The browser's storage, or undefined where it is switched off or refused (some browsers from file://). */
  static open(): DraftStore | undefined {
    try {
      const storage = globalThis.localStorage;
      const probe = `${PREFIX}probe`;
      storage.setItem(probe, '1');
      storage.removeItem(probe);
      let tab: Storage | undefined;
      try {
        tab = globalThis.sessionStorage;
      } catch {
        tab = undefined;
      }
      return new DraftStore(storage, tab);
    } catch {
      return undefined;
    }
  }

  /** Writes a draft. Throws when the storage is full. */
  save(draft: Draft): void {
    this.storage.setItem(PREFIX + draft.id, JSON.stringify(draft));
    this.prune(draft.id);
  }

  load(id: string): Draft | undefined {
    try {
      const value: unknown = JSON.parse(this.storage.getItem(PREFIX + id) ?? 'null');
      return isDraft(value) ? value : undefined;
    } catch {
      return undefined;
    }
  }

  remove(id: string): void {
    this.storage.removeItem(PREFIX + id);
  }

  /** Every draft, newest first; unreadable entries are skipped (and left alone). */
  list(): Draft[] {
    const drafts: Draft[] = [];
    for (let i = 0; i < this.storage.length; i++) {
      const key = this.storage.key(i);
      if (!key?.startsWith(PREFIX)) continue;
      const draft = this.load(key.slice(PREFIX.length));
      if (draft) drafts.push(draft);
    }
    return drafts.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  }

  /** The draft this tab was working on before a reload, if any. */
  get tabDraftId(): string | undefined {
    try {
      return this.tabStorage?.getItem(TAB_KEY) ?? undefined;
    } catch {
      return undefined;
    }
  }

  set tabDraftId(id: string | undefined) {
    try {
      if (id) this.tabStorage?.setItem(TAB_KEY, id);
      else this.tabStorage?.removeItem(TAB_KEY);
    } catch {
      // Without session storage a reload offers the draft in the list instead.
    }
  }

  private prune(keep: string): void {
    const drafts = this.list();
    if (drafts.length <= KEEP) return;
    const removable = drafts
      .filter((draft) => draft.id !== keep)
      .sort((a, b) => Number(a.unsaved) - Number(b.unsaved) || a.savedAt.localeCompare(b.savedAt));
    for (const draft of removable.slice(0, drafts.length - KEEP)) this.remove(draft.id);
  }
}
