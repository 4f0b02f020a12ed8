/**
 * A minimal Lit host for testing one reactive controller on its own: it
 * renders nothing of the widget, counts its updates, and lets a test add
 * the controller it wants.
 */
import {LitElement, html} from 'lit';

export class ControllerHost extends LitElement {
  updates = 0;
  protected override updated(): void {
    this.updates++;
  }
  protected override render() {
    return html`<slot></slot>`;
  }
}
customElements.define('controller-host', ControllerHost);

/** A connected host, updated once. */
export async function connectedHost(): Promise<ControllerHost> {
  const host = document.createElement('controller-host') as ControllerHost;
  document.body.append(host);
  await host.updateComplete;
  return host;
}

/** Resolves after the next frame and the task after it: one step of a frame-then-task scheduler. */
export function nextFrameAndTask(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
}
