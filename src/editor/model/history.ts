/**
 * Undo and redo over whole states. States are immutable values that share
 * what did not change, so keeping each one costs little.
 *
 * Typing in one field makes one step, not one per key: a change with the same
 * `group` as the step before it (the same field, still being typed in)
 * replaces that step's result instead of adding a step. `seal()` ends the
 * group, as leaving the field does; no clock is involved, so a step is the
 * same on a fast and a slow machine.
 */
export class History<T> {
  private past: T[] = [];
  private future: T[] = [];
  private openGroup: string | undefined;

  constructor(
    private current: T,
    /** At most this many steps back are kept. */
    private readonly limit = 500
  ) {}

  get present(): T {
    return this.current;
  }

  get canUndo(): boolean {
    return this.past.length > 0;
  }

  get canRedo(): boolean {
    return this.future.length > 0;
  }

  /** Records `next` as the new present. */
  push(next: T, group?: string): void {
    if (next === this.current) return;
    const continues = group !== undefined && group === this.openGroup && this.past.length > 0;
    if (!continues) {
      this.past.push(this.current);
      if (this.past.length > this.limit) this.past.shift();
    }
    this.current = next;
    this.future = [];
    this.openGroup = group;
  }

  /** Ends the group being typed, so that the next change is a step of its own. */
  seal(): void {
    this.openGroup = undefined;
  }

  undo(): T | undefined {
    const previous = this.past.pop();
    if (previous === undefined) return undefined;
    this.future.push(this.current);
    this.current = previous;
    this.openGroup = undefined;
    return previous;
  }

  redo(): T | undefined {
    const next = this.future.pop();
    if (next === undefined) return undefined;
    this.past.push(this.current);
    this.current = next;
    this.openGroup = undefined;
    return next;
  }

  /** Starts over from `state`, with nothing to undo. */
  reset(state: T): void {
    this.past = [];
    this.future = [];
    this.current = state;
    this.openGroup = undefined;
  }
}
