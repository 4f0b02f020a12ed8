/**
 * The progressive fill, as a reactive controller. A feed's first render
 * holds the headings of its first promises and the content of open ones;
 * the rest is added just after the first paint, in short steps, so the page
 * shows its promises sooner, no task is long, and find-in-page soon reaches
 * everything.
 *
 * Promises are identified by fragment id and filled in feed order: first
 * the remaining headings (`isShown`), then the closed panels' content
 * (`isFilled`). After a language switch, panels filled before it keep their
 * old content (`isStale`) until a step brings them into the new language.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

/** Panels per step at first; each step then adapts its size to stay short. */
const FIRST_STEP = 20;
/** A step aims at 5–15 ms: well inside a frame. */
const SHORT_STEP_MS = 5;
const LONG_STEP_MS = 15;

export class ProgressiveFill implements ReactiveController {
  private order = new Map<string, number>();
  private shownUpTo = 0;
  private filledUpTo = 0;
  private staleUpTo = 0;
  private step = FIRST_STEP;
  private timer?: ReturnType<typeof setTimeout>;
  private frame?: number;
  private waiters: (() => void)[] = [];

  /**
   * `firstRender`: how many promises the first render holds; `settled`:
   * whether the host has a feed or a failure to show (else `complete` waits).
   */
  constructor(
    private readonly host: Host,
    private readonly firstRender: number,
    private readonly settled: () => boolean
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.schedule();
  }

  hostDisconnected(): void {
    this.cancel();
  }

  hostUpdated(): void {
    this.release();
  }

  isShown = (fragment: string): boolean => (this.order.get(fragment) ?? 0) < this.shownUpTo;
  isFilled = (fragment: string): boolean => (this.order.get(fragment) ?? 0) < this.filledUpTo;
  isStale = (fragment: string): boolean => (this.order.get(fragment) ?? 0) < this.staleUpTo;

  /** A new feed's promises, in feed order. */
  start(fragments: readonly string[]): void {
    this.order = new Map(fragments.map((fragment, index) => [fragment, index]));
    this.shownUpTo = Math.min(this.firstRender, fragments.length);
    this.filledUpTo = this.staleUpTo = 0;
    this.schedule();
  }

  /** No feed to show (an error): nothing to fill. */
  clear(): void {
    this.start([]);
  }

  /** Everything must be drawn again (a new language): refill closed panels, keeping old content meanwhile. */
  refill(): void {
    this.staleUpTo = Math.max(this.staleUpTo, this.filledUpTo);
    this.filledUpTo = 0;
    this.schedule();
  }

  /** Fills everything now (printing lays out every panel). Returns whether anything changed. */
  fillAll(): boolean {
    if (this.done) return false;
    this.shownUpTo = this.filledUpTo = this.order.size;
    this.host.requestUpdate();
    this.schedule();
    return true;
  }

  /** Resolves once a feed (or a failure) is there and every panel holds its content. */
  get complete(): Promise<void> {
    if (this.settled() && this.done) return this.host.updateComplete.then(() => undefined);
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  private get done(): boolean {
    return this.shownUpTo >= this.order.size && this.filledUpTo >= this.order.size;
  }

  private cancel(): void {
    clearTimeout(this.timer);
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    this.frame = undefined;
  }

  private schedule(): void {
    this.cancel();
    if (!this.host.isConnected) return;
    if (this.done) {
      void this.host.updateComplete.then(() => this.release());
      return;
    }
    // A frame, then a task: the step runs after the frame is painted.
    this.frame = requestAnimationFrame(() => {
      this.frame = undefined;
      this.timer = setTimeout(() => void this.runStep());
    });
  }

  private async runStep(): Promise<void> {
    const started = performance.now();
    const size = this.order.size;
    // The remaining promises' headings first, then the panels' content.
    if (this.shownUpTo < size) this.shownUpTo = Math.min(size, this.shownUpTo + this.step);
    else this.filledUpTo = Math.min(size, this.filledUpTo + this.step);
    this.host.requestUpdate();
    await this.host.updateComplete;
    const spent = performance.now() - started;
    const factor = spent > LONG_STEP_MS ? 0.5 : spent < SHORT_STEP_MS ? 2 : 1;
    this.step = Math.max(1, Math.min(500, Math.round(this.step * factor)));
    this.schedule();
  }

  private release(): void {
    if (!this.waiters.length || !this.settled() || !this.done) return;
    const waiters = this.waiters;
    this.waiters = [];
    for (const resolve of waiters) resolve();
  }
}
