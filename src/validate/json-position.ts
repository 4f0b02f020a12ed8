/**
 * Where things are in a feed's JSON text: a small, strict JSON tokenizer
 * that maps every value's path (the feed module's `segments`) to its line
 * and column, and says where and why a text is not JSON.
 *
 * JSON.parse stays the judge of what a feed contains (the feed module uses
 * it); this only finds places. It accepts exactly what JSON.parse accepts,
 * so a syntax error it reports is one JSON.parse reports too, with a
 * position an editor can go to.
 *
 * No DOM and no Node: the command-line tool, the playground page and the
 * editor share it.
 *
 * Positions: lines and columns count from 1; a column counts UTF-16 code
 * units (a tab is one, as in VS Code's "Go to Line/Column"); `\n`, `\r\n`
 * and a lone `\r` end a line. A UTF-8 byte order mark at the start is not
 * counted.
 */
import type {PathSegment} from '../feed/index.js';

export interface Position {
  /** 1-based line. */
  readonly line: number;
  /** 1-based column, in UTF-16 code units. */
  readonly column: number;
  /** 0-based offset into the text (after a byte order mark). */
  readonly offset: number;
}

/** What a syntax error is, for messages in several languages. */
export type SyntaxErrorKind =
  | 'empty'
  | 'unexpected-end'
  | 'trailing-comma'
  | 'missing-comma'
  | 'expected-colon'
  | 'expected-key'
  | 'single-quotes'
  | 'comment'
  | 'unterminated-string'
  | 'control-character'
  | 'invalid-escape'
  | 'invalid-number'
  | 'invalid-literal'
  | 'unexpected-character'
  | 'mismatched-bracket'
  | 'trailing-content';

export interface JsonSyntaxError {
  readonly kind: SyntaxErrorKind;
  readonly position: Position;
  /** Where in the feed the error was found (the value being read). */
  readonly segments: readonly PathSegment[];
  /** The offending text, shortened, for the message ("True", "'", "//"). */
  readonly found: string;
}

/** A key that occurs twice in one object: JSON.parse keeps the last value. */
export interface DuplicateKey {
  readonly segments: readonly PathSegment[];
  readonly first: Position;
  readonly second: Position;
}

export interface JsonPositions {
  /** Whether the text is JSON (then `error` is undefined). */
  readonly ok: boolean;
  readonly error?: JsonSyntaxError;
  readonly duplicateKeys: readonly DuplicateKey[];
  /** Offset → line and column. */
  position(offset: number): Position;
  /**
   * Where the value at `segments` is; with `key`, where its key is (for an
   * unknown field). A path that is not in the text (a missing field) gives
   * the nearest enclosing value, with `exact` false.
   */
  locate(segments: readonly PathSegment[], options?: {key?: boolean}): Position & {readonly exact: boolean};
}

/** Values deeper than this are checked but not mapped (no real feed nests past 10). */
const MAX_MAPPED_DEPTH = 200;

/**
 * Paths as a tree of numbered nodes: memory in proportion to the number of
 * values, not to their depth (a path per value would be quadratic in a
 * hostile, deeply nested feed).
 */
class PathTable {
  private readonly parents: number[] = [];
  private readonly segmentOf: (PathSegment | undefined)[] = [];
  readonly valueOffsets: number[] = [];
  readonly keyOffsets: number[] = [];
  private readonly children = new Map<string, number>();

  private static key(parent: number, segment: PathSegment): string {
    return `${parent}${typeof segment === 'number' ? '#' : '$'}${segment}`;
  }

  /** A node for the value at `valueOffset`; a later one under the same key wins, as in JSON.parse. */
  add(parent: number, segment: PathSegment | undefined, valueOffset: number, keyOffset: number): number {
    const id = this.parents.length;
    this.parents.push(parent);
    this.segmentOf.push(segment);
    this.valueOffsets.push(valueOffset);
    this.keyOffsets.push(keyOffset);
    if (parent >= 0 && segment !== undefined) this.children.set(PathTable.key(parent, segment), id);
    return id;
  }

  child(parent: number, segment: PathSegment): number | undefined {
    return this.children.get(PathTable.key(parent, segment));
  }

  get size(): number {
    return this.parents.length;
  }

  segments(id: number): PathSegment[] {
    const segments: PathSegment[] = [];
    for (let node = id; node > 0; node = this.parents[node]!) segments.push(this.segmentOf[node]!);
    return segments.reverse();
  }
}

/** Lines of a text, as the offsets where each starts. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

function positionIn(starts: readonly number[], offset: number): Position {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return {line: low + 1, column: offset - starts[low]! + 1, offset};
}

class SyntaxFailure extends Error {
  constructor(
    readonly kind: SyntaxErrorKind,
    readonly offset: number,
    readonly found: string
  ) {
    super(kind);
  }
}

const WHITESPACE = new Set([0x20, 0x09, 0x0a, 0x0d]);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const NUMBER_LIKE = /[-+.\dA-Za-z]+/y;
const WORD = /[A-Za-z_$][\w$]*/y;
const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};

interface Frame {
  readonly type: 'object' | 'array';
  /** Its node in the PathTable (the nearest mapped ancestor's, past MAX_MAPPED_DEPTH). */
  readonly node: number;
  readonly mapped: boolean;
  readonly depth: number;
  /** Members or items read so far (array index of the next item). */
  count: number;
  /** Keys seen in this object, with the offset of each. */
  readonly keys?: Map<string, number>;
}

/**
 * Reads the text once. Iterative (an explicit stack), so that a hostile
 * feed nested a million levels deep cannot overflow the call stack.
 */
export function mapJsonPositions(source: string): JsonPositions {
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  const starts = lineStarts(text);
  const table = new PathTable();
  const duplicateKeys: DuplicateKey[] = [];
  const position = (offset: number) => positionIn(starts, offset);
  let i = 0;
  const stack: Frame[] = [];
  /** The node of the value being read, for the path of a syntax error. */
  let currentNode = -1;

  const skipWhitespace = () => {
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (WHITESPACE.has(c)) i++;
      else if (c === 0x2f && (text[i + 1] === '/' || text[i + 1] === '*')) {
        throw new SyntaxFailure('comment', i, text.slice(i, i + 2));
      } else break;
    }
  };

  const fail = (kind: SyntaxErrorKind, at = i, found?: string): never => {
    throw new SyntaxFailure(kind, at, found ?? shorten(text.slice(at, at + 20)));
  };

  /** A string at `i` (which is a `"`); returns its value. */
  const readString = (): string => {
    const start = i;
    i++;
    let value = '';
    let chunk = i;
    for (;;) {
      if (i >= text.length) fail('unterminated-string', start, text.slice(start, start + 20));
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        value += text.slice(chunk, i);
        i++;
        return value;
      }
      if (c === 0x5c) {
        value += text.slice(chunk, i);
        const escape = text[i + 1];
        if (escape === undefined) fail('unterminated-string', start, text.slice(start, start + 20));
        const simple = SIMPLE_ESCAPES[escape!];
        if (simple !== undefined) {
          value += simple;
          i += 2;
        } else if (escape === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
          value += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
          i += 6;
        } else {
          fail('invalid-escape', i, text.slice(i, i + 6));
        }
        chunk = i;
        continue;
      }
      if (c === 10 || c === 13) {
        // A line break inside a string: the usual cause is a missing closing
        // quote, so the error points at where the string started.
        fail('unterminated-string', start, shorten(text.slice(start, i)));
      }
      if (c < 0x20) fail('control-character', i, `U+${c.toString(16).toUpperCase().padStart(4, '0')}`);
      i++;
    }
  };

  /** Whatever stands at `i` where a value should start, as the error it is. */
  const badValue = (): never => {
    const c = text[i];
    if (c === undefined) return fail('unexpected-end');
    if (c === "'") return fail('single-quotes', i, shorten(text.slice(i, i + 20)));
    if (c === '}' || c === ']') {
      const before = previousSignificant(text, i);
      if (before !== -1 && text[before] === ',') return fail('trailing-comma', before, ',');
      return fail('unexpected-character', i, c);
    }
    if (/[-+.\d]/.test(c)) {
      NUMBER_LIKE.lastIndex = i;
      return fail('invalid-number', i, NUMBER_LIKE.exec(text)?.[0] ?? c);
    }
    if (/[A-Za-z_$]/.test(c)) {
      WORD.lastIndex = i;
      return fail('invalid-literal', i, WORD.exec(text)![0]);
    }
    return fail('unexpected-character', i, charAt(text, i));
  };

  /** Reads the start of a value at `i`; containers are pushed, scalars consumed. */
  const startValue = (parent: Frame | undefined, segment: PathSegment | undefined, keyOffset: number): void => {
    skipWhitespace();
    const depth = parent ? parent.depth + 1 : 0;
    const mapped = (parent?.mapped ?? true) && depth <= MAX_MAPPED_DEPTH;
    const node = mapped ? table.add(parent?.node ?? -1, segment, i, keyOffset) : parent!.node;
    currentNode = node;
    const c = text[i];
    if (c === '{') {
      i++;
      stack.push({type: 'object', node, mapped, depth, count: 0, keys: new Map()});
    } else if (c === '[') {
      i++;
      stack.push({type: 'array', node, mapped, depth, count: 0});
    } else if (c === '"') {
      readString();
    } else if (c === 't' || c === 'f' || c === 'n') {
      const word = c === 't' ? 'true' : c === 'f' ? 'false' : 'null';
      WORD.lastIndex = i;
      const found = WORD.exec(text)?.[0];
      if (found !== word) fail('invalid-literal', i, found ?? c);
      i += word.length;
    } else if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) {
      NUMBER.lastIndex = i;
      const match = NUMBER.exec(text);
      // A number must end where it ends: "012", "1.", "1e" are not JSON.
      const end = match ? i + match[0].length : i;
      if (!match || /[\w.+-]/.test(text[end] ?? '')) {
        NUMBER_LIKE.lastIndex = i;
        fail('invalid-number', i, NUMBER_LIKE.exec(text)?.[0] ?? c);
      }
      i = end;
    } else {
      badValue();
    }
  };

  /** At `i` inside an object, after `{` or `,`: reads `"key":` and starts its value. */
  const member = (frame: Frame): void => {
    skipWhitespace();
    const c = text[i];
    if (c !== '"') {
      if (c === undefined) fail('unexpected-end');
      if (c === "'") fail('single-quotes', i, shorten(text.slice(i, i + 20)));
      if (c === '}' && frame.count > 0) fail('trailing-comma', previousSignificant(text, i), ',');
      fail('expected-key', i, c === '}' ? c : shorten(text.slice(i, i + 20)));
    }
    const keyOffset = i;
    const key = readString();
    skipWhitespace();
    if (text[i] !== ':') {
      if (i >= text.length) fail('unexpected-end');
      fail('expected-colon', i, charAt(text, i));
    }
    i++;
    const earlier = frame.keys!.get(key);
    if (earlier !== undefined) {
      duplicateKeys.push({segments: [...table.segments(frame.node), key], first: position(earlier), second: position(keyOffset)});
    }
    frame.keys!.set(key, keyOffset);
    frame.count++;
    startValue(frame, key, keyOffset);
  };

  try {
    skipWhitespace();
    if (i >= text.length) fail('empty', i, '');
    startValue(undefined, undefined, -1);
    while (stack.length) {
      const frame = stack[stack.length - 1]!;
      currentNode = frame.node;
      skipWhitespace();
      const c = text[i];
      const close = frame.type === 'object' ? '}' : ']';
      if (c === close) {
        i++;
        stack.pop();
        continue;
      }
      if (frame.count > 0) {
        if (c === ',') {
          i++;
          skipWhitespace();
          if (text[i] === close) fail('trailing-comma', previousSignificant(text, i), ',');
        } else if (c === undefined) {
          fail('unexpected-end');
        } else if (c === '}' || c === ']') {
          fail('mismatched-bracket', i, c);
        } else {
          // Two values or members in a row: a comma is missing before this one.
          fail(c === ':' ? 'unexpected-character' : 'missing-comma', i, shorten(text.slice(i, i + 20)));
        }
      }
      if (frame.type === 'object') member(frame);
      else {
        frame.count++;
        startValue(frame, frame.count - 1, -1);
      }
    }
    skipWhitespace();
    if (i < text.length) fail('trailing-content', i, shorten(text.slice(i, i + 20)));
  } catch (error) {
    if (!(error instanceof SyntaxFailure)) throw error;
    const syntax: JsonSyntaxError = {
      kind: error.kind,
      position: position(error.offset),
      segments: currentNode >= 0 ? table.segments(currentNode) : [],
      found: error.found,
    };
    return makeResult(false, syntax);
  }
  return makeResult(true, undefined);

  function makeResult(ok: boolean, error: JsonSyntaxError | undefined): JsonPositions {
    return {
      ok,
      error,
      duplicateKeys,
      position,
      locate(segments, options = {}) {
        if (table.size === 0) return {...position(0), exact: false};
        let node = 0;
        let matched = 0;
        for (const segment of segments) {
          const next = table.child(node, segment);
          if (next === undefined) break;
          node = next;
          matched++;
        }
        const exact = matched === segments.length;
        const key = table.keyOffsets[node]!;
        return {...position(exact && options.key && key >= 0 ? key : table.valueOffsets[node]!), exact};
      },
    };
  }
}

/** The offset of the last non-whitespace character before `offset`, or -1. */
function previousSignificant(text: string, offset: number): number {
  let j = offset - 1;
  while (j >= 0 && WHITESPACE.has(text.charCodeAt(j))) j--;
  return j;
}

function charAt(text: string, offset: number): string {
  const code = text.codePointAt(offset);
  return code === undefined ? '' : String.fromCodePoint(code);
}

/** The first line of a snippet, cut to 20 characters. */
function shorten(snippet: string): string {
  const line = snippet.split(/[\r\n]/)[0]!;
  return line.length > 20 ? `${line.slice(0, 20)}…` : line;
}
