import type {PathSegment} from './types.js';

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** `periods[1].promises[0].area`; keys that are not identifiers as `["en-GB"]`. */
export function formatPath(segments: readonly PathSegment[]): string {
  let path = '';
  for (const segment of segments) {
    if (typeof segment === 'number') path += `[${segment}]`;
    else if (IDENTIFIER.test(segment)) path += path === '' ? segment : `.${segment}`;
    else path += `[${JSON.stringify(segment)}]`;
  }
  return path === '' ? '(feed)' : path;
}
