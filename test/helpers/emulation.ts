/**
 * Media and viewport emulation that is checked in the page: after each
 * change, `matchMedia` (or the window's size) must say that it applied, or
 * the test fails. Where the engine cannot emulate it, the test is skipped
 * with the engine's reason (test/runner/emulation-plugin.mjs).
 *
 *   it('…', async function () {
 *     await emulateMedia(this, {forcedColors: 'active'});
 *     …
 *   });
 *   afterEach(resetEmulation);
 */
import {executeServerCommand} from '@web/test-runner-commands';
import {skipBecause} from './engine.js';

export interface MediaState {
  readonly media?: 'print' | '';
  readonly forcedColors?: 'active' | 'none';
  readonly reducedMotion?: 'reduce' | 'no-preference';
}

interface Applied {
  readonly applied: boolean;
  readonly reason?: string;
}

const NORMAL: Required<MediaState> = {media: '', forcedColors: 'none', reducedMotion: 'no-preference'};
/** The viewport every test page starts with. */
export const DEFAULT_VIEWPORT = {width: 800, height: 600} as const;

let media: Required<MediaState> = NORMAL;
let resized = false;

/** The media queries that match once `state` applies. */
function queriesFor(state: Required<MediaState>): string[] {
  return [
    state.media === 'print' ? 'print' : 'screen',
    `(forced-colors: ${state.forcedColors})`,
    `(prefers-reduced-motion: ${state.reducedMotion})`,
  ];
}

/** Emulates `state` (on top of what the test emulated before) and checks in the page that it applies. */
export async function emulateMedia(context: Mocha.Context, state: MediaState): Promise<void> {
  const next = {...media, ...state};
  const result = await executeServerCommand<Applied, Required<MediaState>>('emulate', next);
  if (!result?.applied) await skipBecause(context, result?.reason ?? 'this engine cannot emulate media');
  media = next;
  const missed = queriesFor(next).filter((query) => !matchMedia(query).matches);
  if (missed.length) throw new Error(`Media emulation did not apply: ${missed.join(', ')} does not match in the page.`);
}

/** Waits a frame at a time (at most `frames`) until `done()` holds. */
async function frameUntil(done: () => boolean, frames: number): Promise<boolean> {
  for (let frame = 0; frame < frames && !done(); frame++) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  return done();
}

/** Sizes the page's viewport to width × height CSS px and checks that it has that width. */
export async function resizeViewport(context: Mocha.Context, width: number, height: number): Promise<void> {
  resized = true;
  const result = await executeServerCommand<Applied, {width: number; height: number}>('resize', {width, height});
  if (!result?.applied) await skipBecause(context, result?.reason ?? 'this engine cannot set the viewport');
  // A window resize reaches the page with its next frames.
  if (!(await frameUntil(() => window.innerWidth === width, 60))) {
    throw new Error(`The viewport did not resize: it is ${window.innerWidth} CSS px wide, not ${width}.`);
  }
}

/** Undoes every emulation of the test; use it in `afterEach`. */
export async function resetEmulation(): Promise<void> {
  if (media !== NORMAL) {
    await executeServerCommand('emulate', NORMAL);
    media = NORMAL;
  }
  if (resized) {
    await executeServerCommand('resize', DEFAULT_VIEWPORT);
    resized = false;
  }
}
