/**
 * A file dropped anywhere on the editor opens it. While a file is dragged
 * over, the host has a `dropping` attribute (its styles draw the target).
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';

export class FileDropController implements ReactiveController {
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly open: (file: File) => void
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('dragover', this.onDragOver);
    this.host.addEventListener('dragleave', this.onDragLeave);
    this.host.addEventListener('drop', this.onDrop);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('dragover', this.onDragOver);
    this.host.removeEventListener('dragleave', this.onDragLeave);
    this.host.removeEventListener('drop', this.onDrop);
  }

  private readonly onDragOver = (event: DragEvent): void => {
    if (!event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    this.host.toggleAttribute('dropping', true);
  };

  private readonly onDragLeave = (event: DragEvent): void => {
    if (event.relatedTarget === null || !this.host.contains(event.relatedTarget as Node)) this.host.toggleAttribute('dropping', false);
  };

  private readonly onDrop = (event: DragEvent): void => {
    this.host.toggleAttribute('dropping', false);
    const file = event.dataTransfer?.files[0];
    if (!file) return;
    event.preventDefault();
    this.open(file);
  };
}
