/**
 * The widget's events: what each carries, and how it is sent. Each bubbles
 * and is composed, so the page hears it from outside the shadow root.
 */
import type {Feed, Problem} from './feed/index.js';
import type {FeedError} from './feed-error.js';

export interface LoadEventDetail {
  readonly feed: Feed;
  readonly warnings: readonly Problem[];
}

export interface ErrorEventDetail {
  readonly error: FeedError;
}

export interface ToggleEventDetail {
  /** The section's fragment id: `medborgarloften-2021-2022/trafik`. */
  readonly id: string;
  readonly periodId: string;
  readonly promiseId: string;
  readonly open: boolean;
}

interface WidgetEvents {
  'medborgar-loften-load': LoadEventDetail;
  'medborgar-loften-error': ErrorEventDetail;
  'medborgar-loften-toggle': ToggleEventDetail;
}

export function emit<Type extends keyof WidgetEvents>(target: EventTarget, type: Type, detail: WidgetEvents[Type]): void {
  target.dispatchEvent(new CustomEvent(type, {bubbles: true, composed: true, detail}));
}

declare global {
  interface HTMLElementEventMap {
    'medborgar-loften-load': CustomEvent<LoadEventDetail>;
    'medborgar-loften-error': CustomEvent<ErrorEventDetail>;
    'medborgar-loften-toggle': CustomEvent<ToggleEventDetail>;
  }
}
