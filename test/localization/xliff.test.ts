/**
 * The translators' files: every target XLIFF holds exactly the messages
 * the source has today — none missing, none stale — each with a real
 * translation and a note saying what it is for.
 *
 * "The messages the source has" come from src/generated/source-messages.json,
 * which scripts/localize-messages.mjs writes with lit-localize's own
 * extraction (so the ids are those `npm run localize:extract` would write);
 * `npm test` runs it before the browser tests.
 */
import {expect} from '@open-wc/testing';

/** Messages that read the same in both languages (placeholders and punctuation). */
const SAME_IN_EVERY_LANGUAGE = new Set(['{0} ({1})', 'Status:', 'problem']);

interface SourceMessage {
  readonly id: string;
  readonly source: string;
  readonly desc: string;
}
interface SourceMessages {
  readonly sourceLocale: string;
  readonly targetLocales: readonly string[];
  readonly messages: readonly SourceMessage[];
}

const FIX = 'run `npm run localize:extract`, then translate locales/*.xlf (see locales/README.md)';

function withPlaceholders(node: Element): string {
  let result = '';
  for (const child of node.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) result += child.textContent;
    else if ((child as Element).tagName === 'x') result += `{${(child as Element).getAttribute('id')}}`;
  }
  return result;
}

async function loadSourceMessages(): Promise<SourceMessages> {
  const response = await fetch('/src/generated/source-messages.json');
  if (!response.ok) {
    throw new Error('src/generated/source-messages.json is missing: run `node scripts/localize-messages.mjs` (npm test does).');
  }
  return (await response.json()) as SourceMessages;
}

// The target locales of lit-localize.json, so a new language is tested as soon as it is configured.
const config = (await (await fetch('/lit-localize.json')).json()) as {targetLocales: string[]};

for (const locale of config.targetLocales) {
  describe(`locales/${locale}.xlf`, () => {
    let units: Element[] = [];
    let source: SourceMessages;
    before(async () => {
      source = await loadSourceMessages();
      const response = await fetch(`/locales/${locale}.xlf`);
      expect(response.ok, `locales/${locale}.xlf is missing: ${FIX}`).to.equal(true);
      const xml = new DOMParser().parseFromString(await response.text(), 'application/xml');
      expect(xml.querySelector('parsererror')).to.equal(null);
      units = [...xml.getElementsByTagName('trans-unit')];
    });

    it('has messages', () => {
      expect(units.length).to.be.greaterThan(40);
    });

    it('has a trans-unit for every message in the source', () => {
      const inFile = new Set(units.map((unit) => unit.id));
      const missing = source.messages
        .filter((message) => !inFile.has(message.id))
        .map((message) => `${message.id} "${message.source}": not in locales/${locale}.xlf; ${FIX}`);
      expect(missing).to.deep.equal([]);
    });

    it('has no stale trans-unit (one whose message is no longer in the source)', () => {
      const inSource = new Set(source.messages.map((message) => message.id));
      const stale = units
        .filter((unit) => !inSource.has(unit.id))
        .map(
          (unit) =>
            `${unit.id} "${withPlaceholders(unit.getElementsByTagName('source')[0]!)}": no msg() has this text any more; ${FIX}`
        );
      expect(stale).to.deep.equal([]);
    });

    it('keeps each source text and note in step with the source', () => {
      const byId = new Map(source.messages.map((message) => [message.id, message]));
      const problems: string[] = [];
      for (const unit of units) {
        const message = byId.get(unit.id);
        if (!message) continue;
        const text = withPlaceholders(unit.getElementsByTagName('source')[0]!);
        if (text !== message.source) problems.push(`${unit.id}: source "${text}" differs from the code's "${message.source}"; ${FIX}`);
        const note = unit.getElementsByTagName('note')[0]?.textContent ?? '';
        if (note !== message.desc) problems.push(`${unit.id}: note "${note}" differs from the code's desc "${message.desc}"; ${FIX}`);
      }
      expect(problems).to.deep.equal([]);
    });

    it('translates every message, keeping its placeholders', () => {
      const problems: string[] = [];
      for (const unit of units) {
        const text = withPlaceholders(unit.getElementsByTagName('source')[0]!);
        const target = unit.getElementsByTagName('target')[0];
        if (!target || withPlaceholders(target).trim() === '') {
          problems.push(`${unit.id} "${text}": no translation`);
          continue;
        }
        const translated = withPlaceholders(target);
        if (translated === text && !SAME_IN_EVERY_LANGUAGE.has(text)) {
          problems.push(`${unit.id} "${text}": target is a copy of the source`);
        }
        const placeholders = (value: string) => (value.match(/\{\d+\}/g) ?? []).sort().join();
        if (placeholders(translated) !== placeholders(text)) {
          problems.push(`${unit.id} "${text}": placeholders differ in "${translated}"`);
        }
      }
      expect(problems).to.deep.equal([]);
    });

    it('gives every message a note for the translator', () => {
      const missing = units
        .filter((unit) => !unit.getElementsByTagName('note')[0]?.textContent?.trim())
        .map((unit) => unit.id);
      expect(missing).to.deep.equal([]);
    });
  });
}
