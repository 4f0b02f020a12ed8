import type {FatalKind} from './feed/index.js';

/** Why a feed could not be shown at all. */
export type FeedErrorKind =
  | FatalKind
  | 'network'
  | 'timeout'
  | 'http'
  | 'no-feed';

/**
 * The `error` of a `medborgar-loften-error` event: the technical reason,
 * for the console and for scripts; visitors see a plain message instead.
 */
export class FeedError extends Error {
  override readonly name = 'FeedError';

  constructor(
    readonly kind: FeedErrorKind,
    message: string,
    /** The feed's address, when it was fetched. */
    readonly url?: string,
    /** The HTTP status, for `http`. */
    readonly status?: number
  ) {
    super(message);
  }
}
