/**
 * Writes src/generated/source-messages.json: every message that
 * `lit-localize extract` finds in the source today (id, source text with
 * {0}-style placeholders, description), read with lit-localize's own
 * analysis and the project's lit-localize.json, so the ids are the very
 * ones extract would write.
 *
 * test/localization/xliff.test.ts compares it with locales/*.xlf: a
 * message without a trans-unit (someone added a msg() and did not run
 * extract) and a trans-unit without a message (a stale translation) both
 * fail. `npm test` runs this after `lit-localize build`.
 */
import {mkdirSync, writeFileSync} from 'node:fs';
import {dirname, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {readConfigFileAndWriteSchema} from '@lit/localize-tools/lib/config.js';
import {RuntimeLitLocalizer} from '@lit/localize-tools/lib/modes/runtime.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const config = readConfigFileAndWriteSchema(resolve(root, 'lit-localize.json'));
const localizer = new RuntimeLitLocalizer(config);
const {messages, errors} = localizer.extractSourceMessages();
if (errors.length) {
  for (const error of errors) console.error(typeof error === 'string' ? error : error.messageText ?? error);
  process.exit(1);
}

const sourceText = (message) =>
  message.contents.map((part) => (typeof part === 'string' ? part : `{${part.index}}`)).join('');

const out = resolve(root, 'src/generated/source-messages.json');
mkdirSync(dirname(out), {recursive: true});
writeFileSync(
  out,
  `${JSON.stringify(
    {
      sourceLocale: config.sourceLocale,
      targetLocales: config.targetLocales,
      messages: messages
        .map((message) => ({id: message.name, source: sourceText(message), desc: message.desc ?? ''}))
        .sort((a, b) => a.id.localeCompare(b.id)),
    },
    null,
    2
  )}\n`
);
console.log(`${messages.length} source messages → ${out.slice(root.length + 1)}`);
