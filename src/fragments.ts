import type {Period} from './feed/index.js';

/**
 * Fragment ids of periods and promises: stable (built from the feed's ids),
 * unambiguous (slugs have no "/"), and the URL of a deep link.
 */
export const periodFragment = (periodId: string) => `medborgarloften-${periodId}`;

export const promiseFragment = (periodId: string, promiseId: string) => `medborgarloften-${periodId}/${promiseId}`;

/** The fragment ids of a period's promises, in feed order. */
export const promiseFragments = (period: Period) => period.promises.map((promise) => promiseFragment(period.id, promise.id));

/** The feed ids a promise's fragment id was made from. */
export function promiseOfFragment(fragment: string): {periodId: string; promiseId: string} {
  const [periodId = '', promiseId = ''] = fragment.slice(periodFragment('').length).split('/');
  return {periodId, promiseId};
}
