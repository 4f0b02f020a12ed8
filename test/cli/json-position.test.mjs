/**
 * The JSON position mapper (src/validate/json-position.ts): it agrees with
 * JSON.parse on what is JSON, finds every value of the demo feeds at the
 * line and column where it stands, and says where and why a text is not JSON.
 */
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {mapJsonPositions} from '../../lib/validate/json-position.js';
import {EXEMPELBY, STROMSUND, read} from './helpers.mjs';

function isJson(text) {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** Every string leaf of a parsed value, with its path. */
function* strings(value, segments = []) {
  if (typeof value === 'string') yield [segments, value];
  else if (Array.isArray(value)) for (const [i, item] of value.entries()) yield* strings(item, [...segments, i]);
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) yield* strings(item, [...segments, key]);
}

describe('json-position: where values are', () => {
  for (const feed of [STROMSUND, EXEMPELBY]) {
    it(`finds every string of ${feed} at its line and column`, () => {
      const text = read(feed);
      const positions = mapJsonPositions(text);
      assert.equal(positions.ok, true);
      const lines = text.split('\n');
      let count = 0;
      for (const [segments, value] of strings(JSON.parse(text))) {
        const at = positions.locate(segments);
        assert.equal(at.exact, true);
        const line = lines[at.line - 1];
        assert.ok(line.slice(at.column - 1).startsWith(JSON.stringify(value).slice(0, 40)), `${JSON.stringify(segments)} at ${at.line}:${at.column}`);
        assert.equal(text.slice(at.offset, at.offset + 1), '"');
        count++;
      }
      assert.ok(count > 100);
    });
  }

  it('points at a key for an unknown field, and at the parent for a missing one', () => {
    const text = '{\n  "periods": [\n    {"id": "a", "promse": "x"}\n  ]\n}';
    const positions = mapJsonPositions(text);
    assert.deepEqual(positions.locate(['periods', 0, 'promse'], {key: true}), {line: 3, column: 17, offset: 33, exact: true});
    assert.deepEqual(positions.locate(['periods', 0, 'promse']), {line: 3, column: 27, offset: 43, exact: true});
    assert.deepEqual(positions.locate(['periods', 0, 'area']), {line: 3, column: 5, offset: 21, exact: false});
    assert.deepEqual(positions.locate(['nothing', 3]), {line: 1, column: 1, offset: 0, exact: false});
  });

  it('does not count a byte order mark, and counts \\r\\n, \\r and \\n as one line end each', () => {
    const withBom = mapJsonPositions('\uFEFF{"a":\r\n1,\r"b":\n2}');
    assert.equal(withBom.ok, true);
    assert.deepEqual(withBom.locate(['a']), {line: 2, column: 1, offset: 7, exact: true});
    assert.deepEqual(withBom.locate(['b']), {line: 4, column: 1, offset: 15, exact: true});
    assert.deepEqual(withBom.locate(['a'], {key: true}), {line: 1, column: 2, offset: 1, exact: true});
  });

  it('counts columns in UTF-16 code units, a tab as one', () => {
    const positions = mapJsonPositions('{"å": "😀", \t"b": 1}');
    assert.equal(positions.locate(['b']).column, 19);
  });

  it('tells keys from indexes and odd keys apart', () => {
    const positions = mapJsonPositions('{"0": [10, 11], "a.b": {"c": 1}, "": 2}');
    assert.equal(positions.locate(['0', 1]).column, 12);
    assert.equal(positions.locate(['a.b', 'c']).column, 30);
    assert.equal(positions.locate(['']).column, 38);
    assert.equal(positions.locate([0]).exact, false);
  });

  it('reports a key that stands twice in one object, where both are', () => {
    const positions = mapJsonPositions('{"a": {"x": 1,\n "x": 2}}');
    assert.deepEqual(positions.duplicateKeys, [
      {segments: ['a', 'x'], first: {line: 1, column: 8, offset: 7}, second: {line: 2, column: 2, offset: 16}},
    ]);
    // JSON.parse keeps the last value; so does the map.
    assert.equal(positions.locate(['a', 'x']).line, 2);
  });

  it('survives a feed nested a hundred thousand levels deep', () => {
    const deep = `${'['.repeat(100000)}${']'.repeat(100000)}`;
    assert.equal(mapJsonPositions(deep).ok, true);
  });
});

describe('json-position: what is not JSON, and where', () => {
  const TABLE = [
    ['', 'empty', 1, 1],
    ['  \n ', 'empty', 2, 2],
    ['{"a": 1,}', 'trailing-comma', 1, 8],
    ['[1,\n 2,\n]', 'trailing-comma', 2, 3],
    ['{"a": 1 "b": 2}', 'missing-comma', 1, 9],
    ['[1 2]', 'missing-comma', 1, 4],
    ['{"a" 1}', 'expected-colon', 1, 6],
    ['{a: 1}', 'expected-key', 1, 2],
    ["{'a': 1}", 'single-quotes', 1, 2],
    ['{"a": \'x\'}', 'single-quotes', 1, 7],
    ['{\n  // note\n  "a": 1}', 'comment', 2, 3],
    ['{"a": 1 /* x */}', 'comment', 1, 9],
    ['{"a": "x\n"}', 'unterminated-string', 1, 7],
    ['{"a": "x', 'unterminated-string', 1, 7],
    ['{"a": "x\ty"}', 'control-character', 1, 9],
    ['{"a": "\\x41"}', 'invalid-escape', 1, 8],
    ['{"a": "\\u12G4"}', 'invalid-escape', 1, 8],
    ['{"a": 012}', 'invalid-number', 1, 7],
    ['{"a": 1.}', 'invalid-number', 1, 7],
    ['{"a": .5}', 'invalid-number', 1, 7],
    ['{"a": +1}', 'invalid-number', 1, 7],
    ['{"a": -}', 'invalid-number', 1, 7],
    ['{"a": 1e}', 'invalid-number', 1, 7],
    ['{"a": True}', 'invalid-literal', 1, 7],
    ['{"a": undefined}', 'invalid-literal', 1, 7],
    ['{"a": NaN}', 'invalid-literal', 1, 7],
    ['{"a": nul}', 'invalid-literal', 1, 7],
    ['{"a": 1', 'unexpected-end', 1, 8],
    ['{"a": [1, 2}', 'mismatched-bracket', 1, 12],
    ['[{"a": 1]', 'mismatched-bracket', 1, 9],
    ['{"a": 1}}', 'trailing-content', 1, 9],
    ['{"a": 1}\n{"b": 2}', 'trailing-content', 2, 1],
    ['{"a": 1}\uFEFF', 'trailing-content', 1, 9],
    ['{"a": ,}', 'unexpected-character', 1, 7],
  ];
  for (const [text, kind, line, column] of TABLE) {
    it(`${JSON.stringify(text)}: ${kind} at ${line}:${column}`, () => {
      assert.equal(isJson(text), false, 'JSON.parse agrees that it is not JSON');
      const positions = mapJsonPositions(text);
      assert.equal(positions.ok, false);
      assert.equal(positions.error.kind, kind);
      assert.deepEqual([positions.error.position.line, positions.error.position.column], [line, column]);
    });
  }

  it('names where in the feed the error is', () => {
    const positions = mapJsonPositions('{"periods": [{"id": "a", "promises": [{"id": "b",}]}]}');
    assert.deepEqual(positions.error.segments, ['periods', 0, 'promises', 0]);
  });

  it('agrees with JSON.parse on 3,000 random edits of the demo feeds', () => {
    // A small deterministic generator: the same edits on every run.
    let seed = 20250101;
    const random = (n) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const alphabet = ['{', '}', '[', ']', ',', ':', '"', '\\', ' ', '\n', '1', '-', '.', 'e', 't', 'n', "'", '/', '\u2028', 'å'];
    for (const feed of [STROMSUND, EXEMPELBY]) {
      const source = read(feed).slice(0, 4000);
      for (let round = 0; round < 1500; round++) {
        let text = source;
        const edits = 1 + random(3);
        for (let e = 0; e < edits; e++) {
          const at = random(text.length);
          const kind = random(3);
          if (kind === 0) text = text.slice(0, at) + text.slice(at + 1);
          else if (kind === 1) text = text.slice(0, at) + alphabet[random(alphabet.length)] + text.slice(at);
          else text = text.slice(0, at) + alphabet[random(alphabet.length)] + text.slice(at + 1);
        }
        // Cut at a random point too, sometimes: an unfinished file.
        if (random(10) === 0) text = text.slice(0, random(text.length));
        assert.equal(mapJsonPositions(text).ok, isJson(text), JSON.stringify(text.slice(0, 200)));
      }
    }
  });

  it('agrees with JSON.parse on valid JSON of every kind', () => {
    for (const text of ['0', '-0.5e+10', '"x"', 'true', 'null', '[]', '{}', ' [ 1 , { "a" : [ null ] } ] ', '"\\u00e5\\n\\/"', '"\u2028"', '1E5', '"\uD800"']) {
      assert.equal(mapJsonPositions(text).ok, true, text);
      assert.equal(isJson(text), true, text);
    }
  });
});
