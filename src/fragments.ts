/**
 * Fragment ids of periods and promises: stable (built from the feed's ids),
 * unambiguous (slugs have no "/"), and the URL of a deep link.
 */
export const periodFragment = (periodId: string) => `medborgarloften-${periodId}`;

export const promiseFragment = (periodId: string, promiseId: string) => `medborgarloften-${periodId}/${promiseId}`;

/** The feed ids a promise's fragment id was made from. */
export function promiseOfFragment(fragment: string): {periodId: string; promiseId: string} {
  const [periodId = '', promiseId = ''] = fragment.slice(periodFragment('').length).split('/');
  return {periodId, promiseId};
}
