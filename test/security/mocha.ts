/**
 * Mocha's globals, typed locally (the project has no @types/mocha), with the
 * hooks and `it.skip` the security suite uses.
 */
type Body = (this: {timeout(ms: number): void}) => void | Promise<void>;

interface TestFunction {
  (title: string, body: Body): void;
  skip(title: string, body: Body): void;
}

interface MochaGlobals {
  describe(title: string, body: () => void): void;
  it: TestFunction;
  before(body: () => void | Promise<void>): void;
  after(body: () => void | Promise<void>): void;
  beforeEach(body: () => void | Promise<void>): void;
  afterEach(body: () => void | Promise<void>): void;
}

export const {describe, it, before, after, beforeEach, afterEach} = globalThis as unknown as MochaGlobals;
