/** Sends one of the widget's events: each bubbles and is composed, so the page hears it from outside the shadow root. */
export function emit<Detail>(target: EventTarget, type: string, detail: Detail): void {
  target.dispatchEvent(new CustomEvent<Detail>(type, {bubbles: true, composed: true, detail}));
}
