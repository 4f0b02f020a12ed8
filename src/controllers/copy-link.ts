/**
 * The copy-link buttons: each copies the address of one promise (the page
 * with the promise's fragment id); the promise whose link was copied last is
 * confirmed beside its button until another copy starts.
 */
import type {ReactiveControllerHost} from 'lit';
import {copyText} from '../clipboard.js';

export class CopyLink {
  /** The fragment id of the promise whose link was just copied. */
  copied?: string;

  readonly #host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
  }

  /** The buttons' click handler: the promise is the button's `data-fragment`. */
  readonly onClick = async (event: Event): Promise<void> => {
    const fragment = (event.currentTarget as HTMLElement).dataset['fragment']!;
    // Clear the last confirmation first, so that a second copy is announced again.
    if (this.copied) {
      this.copied = undefined;
      this.#host.requestUpdate();
    }
    await this.#host.updateComplete;
    if (await copyText(`${location.href.split('#')[0]}#${fragment}`)) {
      this.copied = fragment;
      this.#host.requestUpdate();
    }
  };
}
