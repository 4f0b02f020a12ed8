/**
 * What takes the bytes of dist/medborgar-loften.js: builds the bundle in
 * memory with rollup.config.mjs (the same plugins, terser included), with a
 * source map, and attributes every minified character to the module it came
 * from. For each module it prints
 *
 *   min     minified bytes (UTF-8) in the bundle;
 *   br-own  brotli size of that module's minified code compressed alone;
 *   br-save what the whole file's brotli size would lose without those bytes
 *           (the marginal cost: the saving if the module went away).
 *
 * and groups them by package. `--strings N` also lists the N longest string
 * and template literals left in the minified code (messages, CSS, markup),
 * the usual target of reductions. Reads lib/ as the build does: run
 * `npm run build` (or tsc) first.
 *
 *   node scripts/size-report.mjs [--top 25] [--strings 20] [--json file]
 */
import {rollup} from 'rollup';
import {writeFileSync} from 'node:fs';
import {relative} from 'node:path';
import {brotliCompressSync, gzipSync, constants} from 'node:zlib';
import configs from '../rollup.config.mjs';

/** The embed's build: the first of rollup.config.mjs's outputs. */
const config = Array.isArray(configs) ? configs[0] : configs;

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 && args[index + 1] !== undefined ? args[index + 1] : fallback;
};
const top = Number(option('top', 25));
const stringCount = Number(option('strings', 0));
const jsonFile = option('json', '');

const brotli = (buffer) =>
  brotliCompressSync(buffer, {params: {[constants.BROTLI_PARAM_QUALITY]: 11}}).length;
const gzip = (buffer) => gzipSync(buffer, {level: 9}).length;

// --- source map decoding (VLQ), to need no extra dependency ---------------

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const BASE64_VALUES = new Map([...BASE64].map((char, index) => [char, index]));

function decodeSegment(segment) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = BASE64_VALUES.get(char);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

/** Per generated line: sorted [column, sourceIndex | -1]. */
function decodeMappings(mappings) {
  const lines = [];
  let source = 0;
  for (const line of mappings.split(';')) {
    const segments = [];
    let column = 0;
    for (const segment of line.split(',')) {
      if (!segment) continue;
      const values = decodeSegment(segment);
      column += values[0];
      if (values.length > 1) {
        source += values[1];
        segments.push([column, source]);
      } else {
        segments.push([column, -1]);
      }
    }
    lines.push(segments);
  }
  return lines;
}

/** Module name of every character of `code` (an array of the same length). */
function attribute(code, map) {
  const owners = new Array(code.length).fill('(unmapped)');
  const names = map.sources.map((source) => prettyName(source));
  const lines = decodeMappings(map.mappings);
  let offset = 0;
  const codeLines = code.split('\n');
  // A segment without a source (terser emits them inside long literals, such
  // as the CSS) belongs to the module of the mapped code before it.
  let owner = '(unmapped)';
  codeLines.forEach((text, lineIndex) => {
    const segments = lines[lineIndex] ?? [];
    for (let i = 0; i < segments.length; i++) {
      const [column, source] = segments[i];
      const end = i + 1 < segments.length ? segments[i + 1][0] : text.length;
      if (source >= 0) owner = names[source];
      for (let c = column; c < end; c++) owners[offset + c] = owner;
    }
    offset += text.length + 1;
  });
  return owners;
}

function prettyName(source) {
  const path = source.replace(/\\/g, '/');
  const inModules = path.lastIndexOf('node_modules/');
  if (inModules >= 0) return path.slice(inModules + 'node_modules/'.length);
  const inLib = path.lastIndexOf('lib/');
  if (inLib >= 0) return `src/${path.slice(inLib + 4).replace(/\.js$/, '.ts')}`;
  return relative(process.cwd(), path);
}

function packageOf(name) {
  if (name.startsWith('src/')) return name.startsWith('src/generated/') ? 'src/generated (UI translations)' : name.split('/').length > 2 ? `${name.split('/').slice(0, 2).join('/')}/` : 'src/ (element)';
  if (name.startsWith('(')) return name;
  const parts = name.split('/');
  return name.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
}

// --- build in memory --------------------------------------------------------

const plugins = config.plugins.filter((plugin) => plugin && plugin.name !== 'report-size');
let analysed;
plugins.push({
  name: 'size-analysis',
  generateBundle(_options, bundle) {
    const chunk = Object.values(bundle).find((file) => file.type === 'chunk');
    const code = chunk.code;
    const owners = attribute(code, chunk.map);
    const ast = this.parse(code);
    const strings = [];
    (function walk(node) {
      if (!node || typeof node.type !== 'string') return;
      if (node.type === 'Literal' && typeof node.value === 'string') strings.push(node);
      if (node.type === 'TemplateElement') strings.push(node);
      for (const key of Object.keys(node)) {
        const child = node[key];
        if (Array.isArray(child)) child.forEach(walk);
        else if (child && typeof child.type === 'string') walk(child);
      }
    })(ast);
    analysed = {code, owners, strings};
  },
});

const bundle = await rollup({...config, plugins, onwarn: config.onwarn});
await bundle.generate({...config.output, sourcemap: true});
await bundle.close();

const {code, owners, strings} = analysed;
const whole = Buffer.from(code);
const total = {raw: whole.length, gzip: gzip(whole), brotli: brotli(whole)};

// Characters per module, in order, and the code without them.
const pieces = new Map();
for (let i = 0; i < code.length; i++) {
  const owner = owners[i];
  if (!pieces.has(owner)) pieces.set(owner, []);
  pieces.get(owner).push(i);
}
const modules = [];
for (const [name, indexes] of pieces) {
  const set = new Set(indexes);
  const own = indexes.map((i) => code[i]).join('');
  let without = '';
  for (let i = 0; i < code.length; i++) if (!set.has(i)) without += code[i];
  const stringBytes = strings
    .filter((node) => owners[node.start] === name)
    .reduce((sum, node) => sum + Buffer.byteLength(code.slice(node.start, node.end)), 0);
  modules.push({
    name,
    package: packageOf(name),
    min: Buffer.byteLength(own),
    brOwn: brotli(Buffer.from(own)),
    brSave: total.brotli - brotli(Buffer.from(without)),
    stringBytes,
  });
}
modules.sort((a, b) => b.min - a.min);

const packages = new Map();
for (const module of modules) {
  const entry = packages.get(module.package) ?? {name: module.package, min: 0, brOwn: 0, brSave: 0, stringBytes: 0, modules: 0};
  entry.min += module.min;
  entry.brOwn += module.brOwn;
  entry.stringBytes += module.stringBytes;
  entry.modules += 1;
  packages.set(module.package, entry);
}
// A package's marginal cost, measured as a whole (not the sum of its modules').
for (const entry of packages.values()) {
  const names = new Set(modules.filter((m) => m.package === entry.name).map((m) => m.name));
  let without = '';
  for (let i = 0; i < code.length; i++) if (!names.has(owners[i])) without += code[i];
  entry.brSave = total.brotli - brotli(Buffer.from(without));
}
const packageList = [...packages.values()].sort((a, b) => b.min - a.min);

// --- print ------------------------------------------------------------------

const kb = (n) => `${(n / 1024).toFixed(2)} KB`;
const pct = (n) => `${((100 * n) / total.raw).toFixed(1)}%`;
const pad = (value, width, left = false) => (left ? String(value).padEnd(width) : String(value).padStart(width));

console.log(`\ndist/medborgar-loften.js (as built now): ${kb(total.raw)} raw, ${kb(total.gzip)} gzip, ${kb(total.brotli)} brotli\n`);

function table(title, rows, width) {
  console.log(title);
  console.log(`${pad('', width, true)} ${pad('min', 7)} ${pad('share', 6)} ${pad('strings', 8)} ${pad('br-own', 7)} ${pad('br-save', 8)}`);
  for (const row of rows) {
    console.log(
      `${pad(row.name, width, true)} ${pad(row.min, 7)} ${pad(pct(row.min), 6)} ${pad(row.stringBytes, 8)} ${pad(row.brOwn, 7)} ${pad(row.brSave, 8)}`
    );
  }
  console.log('');
}

table('By package (bytes; strings = bytes inside string/template literals)', packageList, 44);
table(`Top ${Math.min(top, modules.length)} modules`, modules.slice(0, top), 44);

if (stringCount > 0) {
  const longest = strings
    .map((node) => ({owner: owners[node.start], bytes: Buffer.byteLength(code.slice(node.start, node.end)), text: code.slice(node.start, node.end)}))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, stringCount);
  console.log(`Longest ${longest.length} literals`);
  for (const s of longest) {
    const preview = s.text.replace(/\s+/g, ' ').slice(0, 90);
    console.log(`${pad(s.bytes, 6)}  ${pad(s.owner, 36, true)} ${preview}`);
  }
  console.log('');
}

if (jsonFile) {
  writeFileSync(jsonFile, JSON.stringify({total, packages: packageList, modules}, null, 2));
  console.log(`Wrote ${jsonFile}`);
}
