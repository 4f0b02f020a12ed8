/**
 * The build drops translators' notes from msg() calls, and nothing else
 * (scripts/rollup-strip-msg-descriptions.mjs), through rollup as the build
 * runs it.
 */
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {rollup} from 'rollup';
import {stripMsgDescriptions} from '../../scripts/rollup-strip-msg-descriptions.mjs';

/** Bundles `source` as one module (named `id`) through the plugin; returns the output without rollup's framing. */
async function build(source, id = '/project/lib/a.js') {
  const bundle = await rollup({
    input: id,
    external: ['@lit/localize'],
    plugins: [{name: 'source', resolveId: (asked) => (asked === id ? id : null), load: (asked) => (asked === id ? source : null)}, stripMsgDescriptions()],
  });
  const {output} = await bundle.generate({format: 'es'});
  return output[0].code.replace(/^import .*\n\n?/m, '').trim();
}

const rows = [
  ['a description alone goes with its object', `msg('Visa', {desc: 'Button.'});`, `msg('Visa');`],
  ['an id stays', `msg('Visa', {id: 'show', desc: 'Button.'});`, `msg('Visa', {id: 'show'});`],
  ['a str`` text with a placeholder stays whole', 'msg(str`Källa: ${s}`, {desc: "A, b: c"});', 'msg(str`Källa: ${s}`);'],
  ['msg without options is left alone', `msg('Visa');`, `msg('Visa');`],
  ['options without desc are left alone', `msg('Visa', {id: 'show'});`, `msg('Visa', {id: 'show'});`],
  ['another function with desc is left alone', `note('Visa', {desc: 'kept'});`, `note('Visa', {desc: 'kept'});`],
];

for (const [name, call, expected] of rows) {
  test(name, async () => {
    const code = await build(`import {msg, str} from '@lit/localize';\nconst s = 1; const note = (...a) => a;\nexport const x = ${call.replace(/;$/, '')};\n`);
    assert.equal(/const x = .*;/.exec(code)?.[0], `const x = ${expected}`, code);
  });
}

test('modules under node_modules are not touched', async () => {
  const code = await build(`import {msg} from '@lit/localize';\nexport const x = msg('Visa', {desc: 'kept'});\n`, '/project/node_modules/x/a.js');
  assert.match(code, /desc: 'kept'/);
});
