/**
 * The editor's keys: Ctrl/Cmd+Z undoes, Ctrl/Cmd+Shift+Z and Ctrl+Y redo,
 * Ctrl/Cmd+S saves. A text field that has been typed in since it got focus
 * keeps Ctrl+Z and its redo for its own undo, as do fields outside the form
 * (the paste boxes, the embed dialog): only an unchanged field, or no field,
 * hands them to the editor.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';

export interface ShortcutActions {
  /** Whether the document's undo applies now (the form is on screen). */
  readonly editing: () => boolean;
  /** Whether Ctrl+Z in this text field belongs to the field itself. */
  readonly fieldOwnsUndo: (field: Element) => boolean;
  readonly undo: () => void;
  readonly redo: () => void;
  readonly save: () => void;
}

export class ShortcutsController implements ReactiveController {
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly actions: ShortcutActions
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('keydown', this.onKeyDown);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('keydown', this.onKeyDown);
  }

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
    const key = event.key.toLowerCase();
    if (key === 's') {
      event.preventDefault();
      this.actions.save();
      return;
    }
    const isUndo = key === 'z' && !event.shiftKey;
    const isRedo = (key === 'z' && event.shiftKey) || (key === 'y' && !event.shiftKey);
    if ((!isUndo && !isRedo) || !this.actions.editing()) return;
    const target = event.composedPath()[0];
    const textField =
      target instanceof HTMLTextAreaElement || (target instanceof HTMLInputElement && !['checkbox', 'radio'].includes(target.type));
    if (textField && this.actions.fieldOwnsUndo(target)) return;
    event.preventDefault();
    if (isUndo) this.actions.undo();
    else this.actions.redo();
  };
}
