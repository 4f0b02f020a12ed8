/**
 * Writes the tab's draft to the browser shortly after each change, and at
 * once when the page is hidden or closed, so that a crash or a closed tab
 * loses at most the last moment of typing.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {newDraftId, type Draft, type DraftStore} from './drafts.js';

export type AutosaveStatus =
  | {readonly kind: 'unavailable'}
  | {readonly kind: 'idle'}
  | {readonly kind: 'pending'}
  | {readonly kind: 'saved'; readonly at: Date}
  | {readonly kind: 'failed'};

/** What goes into a draft; the controller adds its id and time. */
export type DraftContent = Omit<Draft, 'version' | 'id' | 'savedAt'>;

export class AutosaveController implements ReactiveController {
  status: AutosaveStatus;
  private draftId: string;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & EventTarget,
    readonly store: DraftStore | undefined,
    /** The draft as it stands, or undefined when there is nothing to keep. */
    private readonly content: () => DraftContent | undefined,
    /** How long after a change the draft is written. */
    private readonly delay = 400
  ) {
    this.status = store ? {kind: 'idle'} : {kind: 'unavailable'};
    this.draftId = store?.tabDraftId ?? newDraftId();
    host.addController(this);
  }

  /** The id this tab writes its draft under. */
  get id(): string {
    return this.draftId;
  }

  hostConnected(): void {
    addEventListener('pagehide', this.flush);
    document.addEventListener('visibilitychange', this.onVisibility);
  }

  hostDisconnected(): void {
    removeEventListener('pagehide', this.flush);
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.flush();
  }

  /** The document changed: write it soon. */
  schedule(): void {
    if (!this.store) return;
    clearTimeout(this.timer);
    this.status = {kind: 'pending'};
    this.timer = setTimeout(this.flush, this.delay);
  }

  /** Writes the draft now, if a write is due. */
  readonly flush = (): void => {
    if (!this.store || this.status.kind !== 'pending') return;
    clearTimeout(this.timer);
    this.timer = undefined;
    const content = this.content();
    if (!content) return;
    try {
      this.store.save({version: 1, id: this.draftId, savedAt: new Date().toISOString(), ...content});
      this.store.tabDraftId = this.draftId;
      this.status = {kind: 'saved', at: new Date()};
    } catch {
      this.status = {kind: 'failed'};
    }
    this.host.requestUpdate();
    this.host.dispatchEvent(new CustomEvent('mle-autosave', {detail: {status: this.status.kind}, bubbles: true, composed: true}));
  };

  /** From now on, write a draft of its own (a new start keeps the old draft restorable). */
  startNewDraft(): void {
    this.flush();
    this.draftId = newDraftId();
  }

  /** Continue a restored draft: this tab writes it from now on. */
  adopt(draft: Draft): void {
    this.flush();
    this.draftId = draft.id;
  }

  private readonly onVisibility = (): void => {
    if (document.visibilityState === 'hidden') this.flush();
  };
}
