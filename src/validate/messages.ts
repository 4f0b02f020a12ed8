/**
 * The validator's sentences: every problem of the feed module (from its
 * code, params and consequence), the fatal kinds, JSON syntax errors, JSON
 * Schema errors and the words around them. Swedish is written here, in
 * `msg()`; each other language is a translation in locales/tools/LANG.xlf
 * (lit-localize.tools.json).
 *
 * Whole sentences only. A problem is said as two, each a message: what is
 * wrong ("Här ska det stå en text, men det står ett tal.") and what happens
 * ("Löftet visas inte."). Values in a sentence are data (field names, ids,
 * numbers, the feed's own text) or, for a JSON type, a noun phrase
 * translated on its own ("ett tal").
 *
 * Call these inside `renderInLocale` (check.ts does): `msg()` answers in the
 * language being rendered.
 */
import {msg, str} from '@lit/localize';
import type {Consequence, FatalKind, Problem} from '../feed/index.js';
import type {SyntaxErrorKind} from './json-position.js';
import {formatList, formatNumber, plural, type ToolLocale} from './language.js';

type Params = Readonly<Record<string, string | number>>;

/** Fatal problems: the feed module's kinds, and a file that cannot be read or decoded. */
export type ValidatorFatalKind = FatalKind | 'unreadable' | 'encoding';

/** One JSON Schema error, as schema-check.ts hands it over. */
export interface SchemaIssue {
  /** Ajv's keyword: required, type, enum, const, pattern, anyOf, minItems… */
  readonly keyword: string;
  readonly segments: readonly (string | number)[];
  /** The `$defs` entry the failing rule belongs to (`Date`, `Slug`…), if any. */
  readonly definition?: string;
  readonly params: Params;
}

const text = (params: Params, name: string) => String(params[name] ?? '');

// --- JSON types and what was expected ------------------------------------------

/** A JSON type as a noun phrase ("ett tal"), for "… men det står ett tal." */
function typePhrase(type: string): string {
  switch (type) {
    case 'null':
      return msg('null (inget värde)', {desc: 'A JSON type as a noun phrase, used in "… but it is null (no value)".'});
    case 'array':
      return msg('en lista', {desc: 'A JSON type as a noun phrase, used in "… but it is a list" ([…] in JSON).'});
    case 'object':
      return msg('ett objekt', {desc: 'A JSON type as a noun phrase, used in "… but it is an object" ({…} in JSON).'});
    case 'string':
      return msg('en text', {desc: 'A JSON type as a noun phrase, used in "… but it is a text" (a string in quotes).'});
    case 'number':
      return msg('ett tal', {desc: 'A JSON type as a noun phrase, used in "… but it is a number".'});
    case 'boolean':
      return msg('ett sanningsvärde (true eller false)', {
        desc: 'A JSON type as a noun phrase, used in "… but it is a truth value (true or false)". Keep true and false as they are.',
      });
    default:
      return type;
  }
}

/** "Här ska det stå X, men det står Y." for each X the feed module names (`params.expected`). */
function wrongTypeSentence(expected: string, found: string): string {
  switch (expected) {
    case 'string':
      return msg(str`Här ska det stå en text, men det står ${found}.`, {desc: 'A value of the wrong type in the feed; expected here: a text in quotes. Placeholder: what is there instead, a noun phrase such as "ett tal" (a number), translated on its own. Example: Här ska det stå en text, men det står ett tal.'});
    case 'text':
      return msg(str`Här ska det stå en text eller översättningar ({"sv": "…", "en": "…"}), men det står ${found}.`, {
        desc: 'A value of the wrong type in the feed; expected here: a text, or an object of translations keyed by language code. Placeholder: what is there instead, a noun phrase such as "ett tal" (a number), translated on its own. Example: Här ska det stå en text eller översättningar ({"sv": "…", "en": "…"}), men det står en lista.',
      });
    case 'number':
      return msg(str`Här ska det stå ett tal, men det står ${found}.`, {desc: 'A value of the wrong type in the feed; expected here: a number. Placeholder: what is there instead, a noun phrase such as "ett tal" (a number), translated on its own. Example: Här ska det stå ett tal, men det står en text.'});
    case 'year':
      return msg(str`Här ska det stå ett årtal som heltal (till exempel 2021), men det står ${found}.`, {
        desc: 'A value of the wrong type in the feed; expected here: a year as a whole number. Placeholder: what is there instead, a noun phrase such as "ett tal" (a number), translated on its own. Example: Här ska det stå ett årtal som heltal (till exempel 2021), men det står en text.',
      });
    case 'boolean':
      return msg(str`Här ska det stå true eller false, men det står ${found}.`, {desc: 'A value of the wrong type in the feed; expected here: true or false (JSON words, kept as they are). Placeholder: what is there instead, a noun phrase such as "ett tal" (a number), translated on its own. Example: Här ska det stå true eller false, men det står en text.'});
    case 'array':
      return msg(str`Här ska det stå en lista ([ … ]), men det står ${found}.`, {desc: 'A value of the wrong type in the feed; expected here: a list. Placeholder: what is there instead, a noun phrase such as "ett tal" (a number), translated on its own. Example: Här ska det stå en lista ([ … ]), men det står en text.'});
    case 'party-ids':
      return msg(str`Här ska det stå en lista med id:n för parter i "parties", men det står ${found}.`, {
        desc: 'A value of the wrong type in the feed; expected here: a list of party ids ("parties" is a field name, kept as it is). Placeholder: what is there instead, a noun phrase such as "ett tal" (a number), translated on its own. Example: Här ska det stå en lista med id:n för parter i "parties", men det står en text.',
      });
    case 'party-id':
      return msg(str`Här ska det stå id:t för en part i "parties", men det står ${found}.`, {
        desc: 'A value of the wrong type in the feed; expected here: the id of a party ("parties" is a field name, kept as it is). Placeholder: what is there instead, a noun phrase such as "ett tal" (a number), translated on its own. Example: Här ska det stå id:t för en part i "parties", men det står ett tal.',
      });
    case 'party':
      return msg(str`Här ska det stå en part ({ … }), men det står ${found}.`, {desc: 'A value of the wrong type in the feed; expected here: a party (an object). Placeholder: what is there instead, a noun phrase such as "ett tal" (a number), translated on its own. Example: Här ska det stå en part ({ … }), men det står en text.'});
    case 'period':
      return msg(str`Här ska det stå en period ({ … }), men det står ${found}.`, {desc: 'A value of the wrong type in the feed; expected here: a period (an object). Placeholder: what is there instead, a noun phrase such as "ett tal" (a number), translated on its own. Example: Här ska det stå en period ({ … }), men det står en lista.'});
    case 'promise':
      return msg(str`Här ska det stå ett löfte ({ … }), men det står ${found}.`, {desc: 'A value of the wrong type in the feed; expected here: a promise (an object). Placeholder: what is there instead, a noun phrase such as "ett tal" (a number), translated on its own. Example: Här ska det stå ett löfte ({ … }), men det står en text.'});
    case 'activity':
      return msg(str`Här ska det stå en aktivitet ({ … }), men det står ${found}.`, {desc: 'A value of the wrong type in the feed; expected here: an activity (an object). Placeholder: what is there instead, a noun phrase such as "ett tal" (a number), translated on its own. Example: Här ska det stå en aktivitet ({ … }), men det står ett tal.'});
    case 'target':
      return msg(str`Här ska det stå ett mätbart mål ({"label": …}), men det står ${found}.`, {desc: 'A value of the wrong type in the feed; expected here: a measurable target (an object). Placeholder: what is there instead, a noun phrase such as "ett tal" (a number), translated on its own. Example: Här ska det stå ett mätbart mål ({"label": …}), men det står en text.'});
    case 'baseline':
      return msg(str`Här ska det stå ett utgångsläge ({"year": …, "value": …}), men det står ${found}.`, {
        desc: 'A value of the wrong type in the feed; expected here: a baseline, the value a target starts from (an object). Placeholder: what is there instead, a noun phrase such as "ett tal" (a number), translated on its own. Example: Här ska det stå ett utgångsläge ({"year": …, "value": …}), men det står ett tal.',
      });
    case 'actual':
      return msg(str`Här ska det stå ett senaste värde ({"year": …, "value": …}), men det står ${found}.`, {
        desc: 'A value of the wrong type in the feed; expected here: the latest measured value of a target (an object). Placeholder: what is there instead, a noun phrase such as "ett tal" (a number), translated on its own. Example: Här ska det stå ett senaste värde ({"year": …, "value": …}), men det står ett tal.',
      });
    case 'goal':
      return msg(str`Här ska det stå ett mål ({"value": …} eller {"change": …}), men det står ${found}.`, {
        desc: 'A value of the wrong type in the feed; expected here: the goal of a target (an object). Placeholder: what is there instead, a noun phrase such as "ett tal" (a number), translated on its own. Example: Här ska det stå ett mål ({"value": …} eller {"change": …}), men det står ett tal.',
      });
    case 'outcome':
      return msg(str`Här ska det stå en uppföljning ({ … }), men det står ${found}.`, {desc: 'A value of the wrong type in the feed; expected here: a follow-up (an object). Placeholder: what is there instead, a noun phrase such as "ett tal" (a number), translated on its own. Example: Här ska det stå en uppföljning ({ … }), men det står en text.'});
    case 'signatory':
      return msg(str`Här ska det stå en undertecknare ({"name": …}), men det står ${found}.`, {
        desc: 'A value of the wrong type in the feed; expected here: a person who signed (an object). Placeholder: what is there instead, a noun phrase such as "ett tal" (a number), translated on its own. Example: Här ska det stå en undertecknare ({"name": …}), men det står en text.',
      });
    case 'contact':
      return msg(str`Här ska det stå en kontakt ({ … }), men det står ${found}.`, {desc: 'A value of the wrong type in the feed; expected here: a contact (an object). Placeholder: what is there instead, a noun phrase such as "ett tal" (a number), translated on its own. Example: Här ska det stå en kontakt ({ … }), men det står en text.'});
    case 'link':
      return msg(str`Här ska det stå en länk ({"text": …, "url": …}), men det står ${found}.`, {desc: 'A value of the wrong type in the feed; expected here: a link (an object). Placeholder: what is there instead, a noun phrase such as "ett tal" (a number), translated on its own. Example: Här ska det stå en länk ({"text": …, "url": …}), men det står en text.'});
    default:
      return msg(str`Här står ${found}, och det är fel typ av värde.`, {
        desc: 'A value of the wrong type, when the tool cannot say what was expected. Placeholder: what is there, a noun phrase such as "ett tal". Example: Här står ett tal, och det är fel typ av värde.',
      });
  }
}

// --- what is wrong -------------------------------------------------------------

/** The first sentence of a problem: what is wrong. */
function whatSentence(problem: Pick<Problem, 'code' | 'params'>, locale: ToolLocale): string {
  const {params} = problem;
  const field = text(params, 'field');
  const value = text(params, 'value');
  switch (problem.code) {
    case 'unknown-field':
      return msg(str`Fältet "${field}" finns inte i formatet (ett stavfel?).`, {
        desc: 'A field name the feed format does not have, e.g. "promse". Placeholder: the field name. Example: Fältet "promse" finns inte i formatet (ett stavfel?).',
      });
    case 'missing-required':
      return msg(str`Det obligatoriska fältet "${field}" saknas.`, {
        desc: 'A required field is missing. Placeholder: the field name, e.g. "area". Example: Det obligatoriska fältet "area" saknas.',
      });
    case 'wrong-type':
      return wrongTypeSentence(text(params, 'expected'), typePhrase(text(params, 'found')));
    case 'invalid-value':
      return invalidValueSentence(params, locale);
    case 'invalid-date':
      return msg(str`${value} är inget datum. Skriv "2021", "2021-05" eller "2021-05-12".`, {
        desc: 'A value that is not a date. Placeholder: the value as written in the feed, e.g. "12/5/2024" (with its quotes). Example: "12/5/2024" är inget datum. Skriv "2021", "2021-05" eller "2021-05-12".',
      });
    case 'unsafe-url': {
      const url = text(params, 'url');
      return msg(str`"${url}" är ingen tillåten adress. Bara https:, http:, mailto:, tel: eller en relativ adress går.`, {
        desc: 'A web address with a scheme that is not allowed, e.g. "javascript:alert(1)". Keep the schemes as they are. Example: "javascript:alert(1)" är ingen tillåten adress. Bara https:, http:, mailto:, tel: eller en relativ adress går.',
      });
    }
    case 'duplicate-id': {
      const id = text(params, 'id');
      return msg(str`Id:t "${id}" används redan tidigare i listan.`, {
        desc: 'An id used twice in the same list (of periods, promises or parties). Placeholder: the id, e.g. "trafik". Example: Id:t "trafik" används redan tidigare i listan.',
      });
    }
    case 'unknown-party':
      return msg(str`${value} är inte id:t för någon part i "parties".`, {
        desc: 'A reference to a party that the feed does not list. Placeholder: the value with its quotes, e.g. "länsstyrelsen". "parties" is a field name. Example: "lansstyrelsen" är inte id:t för någon part i "parties".',
      });
    case 'invalid-language-tag': {
      const tag = JSON.stringify(text(params, 'tag'));
      return languageTagSentence(tag);
    }
    case 'empty-text':
      return params['reason'] === 'no-translation'
        ? msg('Texten har ingen användbar översättning.', {
            desc: 'An object of translations in the feed where no translation can be used (all empty or not texts).',
          })
        : msg('Texten är tom.', {desc: 'A text in the feed that is empty or only spaces.'});
    case 'item-dropped':
      return msg('Kontakten har inget att visa.', {desc: 'A contact in the feed with no usable field at all.'});
    case 'period-without-promises':
      return msg('Perioden har inget användbart löfte.', {desc: 'A period whose promises were all left out or empty.'});
    case 'period-without-from':
      return params['reason'] === 'missing'
        ? msg(str`Det obligatoriska fältet "${field}" saknas.`, {
            desc: 'A required field is missing. Placeholder: the field name, e.g. "area". Example: Det obligatoriska fältet "area" saknas.',
          })
        : msg('Periodens startdatum ("from") kan inte läsas.', {
            desc: 'A period whose start date cannot be read. "from" is a field name, kept as it is.',
          });
    case 'text-too-long': {
      const length = formatNumber(Number(params['length']), locale);
      const limit = formatNumber(Number(params['limit']), locale);
      return msg(str`Texten är för lång (antal tecken: ${length}, gräns: ${limit}).`, {
        desc: 'A text longer than the limit. Placeholders: its length in characters and the limit, as labelled numbers (so no plural forms are needed). Example: Texten är för lång (antal tecken: 20 001, gräns: 20 000).',
      });
    }
    case 'too-many-items': {
      const count = formatNumber(Number(params['count']), locale);
      const limit = formatNumber(Number(params['limit']), locale);
      return msg(str`Listan är för lång (antal poster: ${count}, gräns: ${limit}).`, {
        desc: 'A list longer than the limit. Placeholders: its length and the limit, as labelled numbers (so no plural forms are needed). Example: Listan är för lång (antal poster: 5 001, gräns: 5 000).',
      });
    }
    case 'too-much-markup': {
      const limit = formatNumber(Number(params['limit']), locale);
      return msg(str`Flödet har för mycket formatering (stycken, punkter, länkar, betoningar). Gränsen är ${limit}.`, {
        desc: 'The whole feed uses more formatting than the limit. Placeholder: the limit, a bare number (so no plural forms are needed). Example: Flödet har för mycket formatering (stycken, punkter, länkar, betoningar). Gränsen är 50 000.',
      });
    }
  }
}

function languageTagSentence(tag: string): string {
  return msg(str`${tag} är ingen språkkod (som "sv" eller "en").`, {
    desc: 'A value that should be a language code, e.g. "svenska". Placeholder: the value with its quotes. Keep "sv" and "en". Example: "svenska" är ingen språkkod (som "sv" eller "en").',
  });
}

function invalidValueSentence(params: Params, locale: ToolLocale): string {
  const value = text(params, 'value');
  switch (params['expected']) {
    case 'one-of': {
      const allowed = formatList(
        text(params, 'allowed')
          .split(', ')
          .map((each) => `"${each}"`),
        locale,
        'disjunction'
      );
      return msg(str`${value} är inte tillåtet här. Det ska vara ${allowed}.`, {
        desc: 'A value that is not one of the allowed words. Placeholders: the value with its quotes, e.g. "klart"; the allowed values, e.g. "fulfilled", "ongoing" eller "not-fulfilled" (a list made by the tool in your language). Example: "klart" är inte tillåtet här. Det ska vara "fulfilled", "partly-fulfilled", "not-fulfilled" eller "ongoing".',
      });
    }
    case 'slug':
      return msg(str`${value} är inget id. Ett id har bara små bokstäver a–z, siffror och "-".`, {
        desc: 'An id that is not written as ids must be, e.g. "Trafik i Centrum". Placeholder: the value with its quotes. Example: "Trafik i centrum" är inget id. Ett id har bara små bokstäver a–z, siffror och "-".',
      });
    case 'language-tag':
      return languageTagSentence(value);
    case 'end-after-start':
      return msg('Perioden slutar innan den börjar.', {desc: 'A period whose end date ("to") is before its start date ("from").'});
    default:
      return msg(str`${value} är inte ett tillåtet värde här.`, {desc: 'A value that is not allowed. Placeholder: the value with its quotes. Example: "ja" är inte ett tillåtet värde här.'});
  }
}

// --- what happens ----------------------------------------------------------------

/** The second sentence of a problem: what happens to the value or its item. */
function consequenceSentence(consequence: Consequence, params: Params): string {
  switch (consequence) {
    case 'ignored':
      return msg('Värdet används inte.', {desc: 'What happens: the value (or field) is not used; the rest of its item is shown.'});
    case 'item-left-out':
      return leftOutSentence(text(params, 'item'));
    case 'shown-last':
      return msg('Perioden visas sist.', {desc: 'What happens: a period without a readable start date is shown after the others.'});
    case 'derived-id': {
      const derived = text(params, 'derived');
      return msg(str`Id:t "${derived}" används i stället.`, {
        desc: 'What happens: the item is shown under another id the widget made, e.g. "trafik-2". Placeholder: that id. Example: Id:t "trafik-2" används i stället.',
      });
    }
    case 'truncated':
      return msg('Resten visas inte.', {desc: 'What happens: only the first part of a long text or list is shown.'});
    case 'plain-text':
      return msg('Härifrån visas texterna utan formatering.', {
        desc: 'What happens: from this place on, texts are shown without formatting (no lists, links or emphasis).',
      });
    case 'link-removed':
      return msg('Texten visas utan länk.', {desc: 'What happens: the text of a refused link is shown, without the link.'});
    case 'default-used': {
      const defaultValue = text(params, 'default');
      return msg(str`"${defaultValue}" används i stället.`, {
        desc: 'What happens: a default is used instead, e.g. the language code "sv". Placeholder: the default. Example: "sv" används i stället.',
      });
    }
  }
}

/** "Löftet visas inte." for each kind of item (`params.item`). */
function leftOutSentence(item: string): string {
  switch (item) {
    case 'party':
      return msg('Parten visas inte.', {desc: 'What happens: the party (an organisation making promises) is left out.'});
    case 'period':
      return msg('Perioden visas inte.', {desc: 'What happens: the whole period is left out.'});
    case 'promise':
      return msg('Löftet visas inte.', {desc: 'What happens: the promise is left out.'});
    case 'activity':
      return msg('Aktiviteten visas inte.', {desc: 'What happens: the activity is left out.'});
    case 'target':
      return msg('Målet visas inte.', {desc: 'What happens: the measurable target is left out.'});
    case 'baseline':
      return msg('Utgångsläget visas inte.', {desc: 'What happens: the baseline (the value a target starts from) is left out.'});
    case 'actual':
      return msg('Det senaste värdet visas inte.', {desc: 'What happens: the latest measured value of a target is left out.'});
    case 'item':
      return msg('Punkten visas inte.', {desc: 'What happens: the entry of a follow-up list (done or not done) is left out.'});
    case 'signatory':
      return msg('Undertecknaren visas inte.', {desc: 'What happens: the person who signed is left out.'});
    case 'contact':
      return msg('Kontakten visas inte.', {desc: 'What happens: the contact is left out.'});
    case 'link':
      return msg('Länken visas inte.', {desc: 'What happens: the link is left out.'});
    case 'place':
      return msg('Platsen visas inte.', {desc: 'What happens: the place (in the list of places of a promise) is left out.'});
    case 'address-line':
      return msg('Adressraden visas inte.', {desc: 'What happens: the line of a postal address is left out.'});
    default:
      return msg('Det visas inte.', {desc: 'What happens: the part of the feed is left out (when the tool cannot name it).'});
  }
}

/** Two whole sentences, one after the other: each is a message of its own. */
function twoSentences(first: string, second: string): string {
  return `${first} ${second}`;
}

/** A feed-module problem in the current language: what is wrong, and what happens. */
export function problemSentence(problem: Pick<Problem, 'code' | 'params' | 'consequence'>, locale: ToolLocale): string {
  return twoSentences(whatSentence(problem, locale), consequenceSentence(problem.consequence, problem.params));
}

// --- fatal problems ------------------------------------------------------------------

/** A problem that keeps the widget from showing the feed at all; for not-json, `detail` says why (syntaxSentence). */
export function fatalSentence(kind: ValidatorFatalKind, params: Params, locale: ToolLocale, detail?: string): string {
  switch (kind) {
    case 'not-json': {
      const notJson = msg('Flödet är inte giltig JSON.', {desc: 'The feed file is not valid JSON; the next sentence says where and why.'});
      return detail === undefined ? notJson : twoSentences(notJson, detail);
    }
    case 'not-object': {
      const found = typePhrase(text(params, 'found'));
      return msg(str`Flödet ska vara ett JSON-objekt ({ … }), men det är ${found}.`, {
        desc: 'The feed file holds another JSON value than an object. Placeholder: what it is, a noun phrase such as "en lista". Example: Flödet ska vara ett JSON-objekt ({ … }), men det är en lista.',
      });
    }
    case 'format': {
      if (params['found'] === undefined) {
        return msg('Flödet saknar fältet "format". Det ska vara "medborgar-loften/1".', {
          desc: 'The feed has no "format" field. Keep "format" and "medborgar-loften/1" as they are.',
        });
      }
      const found = text(params, 'found');
      return msg(str`Flödet har formatet ${found}, men den här versionen läser "medborgar-loften/1".`, {
        desc: 'The feed declares another format. Placeholder: the format it declares, with its quotes, e.g. "medborgar-loften/2". Example: Flödet har formatet "medborgar-loften/2", men den här versionen läser "medborgar-loften/1".',
      });
    }
    case 'no-periods':
      switch (params['reason']) {
        case 'missing':
          return msg('Flödet saknar fältet "periods". Det behöver minst en period.', {
            desc: 'The feed has no "periods" field (a field name, kept as it is).',
          });
        case 'wrong-type':
          return msg('"periods" ska vara en lista ([ … ]) med minst en period.', {
            desc: 'The "periods" field is not a list (a field name, kept as it is).',
          });
        case 'empty':
          return msg('Listan "periods" är tom. Flödet behöver minst en period.', {
            desc: 'The "periods" list is empty (a field name, kept as it is).',
          });
        default:
          return msg('Flödet har ingen användbar period. Felen i perioderna står bredvid.', {
            desc: 'Every period of the feed was left out; the problems with them are listed next to this one.',
          });
      }
    case 'too-large': {
      const length = formatNumber(Number(params['length']), locale);
      const limit = formatNumber(Number(params['limit']), locale);
      return msg(str`Flödet är för stort (antal tecken: ${length}, gräns: ${limit}).`, {
        desc: 'The whole feed is longer than the limit. Placeholders: its length in characters and the limit, as labelled numbers (so no plural forms are needed). Example: Flödet är för stort (antal tecken: 5 000 001, gräns: 5 000 000).',
      });
    }
    case 'encoding': {
      const encoding = text(params, 'encoding');
      return msg(str`Filen är sparad som ${encoding}, men widgeten läser UTF-8. Spara filen som UTF-8.`, {
        desc: 'The file is saved in another character encoding. Placeholder: its name, e.g. "UTF-16 LE". Keep "UTF-8". Example: Filen är sparad som UTF-16 LE, men widgeten läser UTF-8. Spara filen som UTF-8.',
      });
    }
    case 'unreadable':
      return unreadableSentence(text(params, 'reason'));
  }
}

/** Why a file cannot be read, from Node's error code. */
function unreadableSentence(reason: string): string {
  switch (reason) {
    case 'ENOENT':
      return msg('Filen finns inte.', {desc: 'A feed file given to the command-line tool does not exist.'});
    case 'EACCES':
    case 'EPERM':
      return msg('Filen får inte läsas (behörighet saknas).', {desc: 'The command-line tool may not read the file (permission denied).'});
    case 'EISDIR':
      return msg('Det här är en mapp, inte en fil.', {desc: 'A folder was given to the command-line tool instead of a feed file.'});
    default:
      return msg(str`Filen kan inte läsas (${reason}).`, {
        desc: 'A feed file cannot be read, for another reason. Placeholder: the system\'s error code, e.g. "EIO". Example: Filen kan inte läsas (EIO).',
      });
  }
}

// --- JSON syntax ---------------------------------------------------------------------------

/** Where and why a text is not JSON. `found` is the offending text, already quoted («…»). */
export function syntaxSentence(kind: SyntaxErrorKind, found: string): string {
  const nothing = msg('inget', {desc: 'Nothing (the end of the file), as the noun phrase in "… but here is nothing".'});
  switch (kind) {
    case 'empty':
      return msg('Filen är tom.', {desc: 'JSON syntax: the file is empty.'});
    case 'unexpected-end':
      return msg('Filen tar slut för tidigt: en avslutande } eller ] saknas.', {desc: 'JSON syntax: the file ends inside an object or a list.'});
    case 'trailing-comma':
      return msg('Kommatecken efter det sista värdet: JSON tillåter inget komma före } eller ].', {
        desc: 'JSON syntax: a comma after the last item of an object or a list.',
      });
    case 'missing-comma':
      return msg(str`Ett kommatecken saknas före ${found}.`, {
        desc: 'JSON syntax: two values without a comma between them. Placeholder: the text where the comma is missing, e.g. «"area"». Example: Ett kommatecken saknas före «"area"».',
      });
    case 'expected-colon': {
      const instead = found || nothing;
      return msg(str`Ett kolon (:) ska stå efter namnet, men här står ${instead}.`, {
        desc: 'JSON syntax: a field name without a colon after it. Placeholder: what stands there instead, e.g. «"Trafik"». Example: Ett kolon (:) ska stå efter namnet, men här står «"Trafik"».',
      });
    }
    case 'expected-key':
      return msg(str`Här ska ett fältnamn inom dubbla citattecken stå ("namn"), men här står ${found}.`, {
        desc: 'JSON syntax: something else where a field name in double quotes must be. Placeholder: what stands there, e.g. «area». Example: Här ska ett fältnamn inom dubbla citattecken stå ("namn"), men här står «area».',
      });
    case 'single-quotes':
      return msg('Enkla citattecken: JSON kräver dubbla citattecken (") runt texter och namn.', {
        desc: 'JSON syntax: single quotes instead of double quotes.',
      });
    case 'comment':
      return msg('Kommentarer (// eller /* */) är inte tillåtna i JSON.', {desc: 'JSON syntax: a comment in the file.'});
    case 'unterminated-string':
      return msg(str`Texten ${found} har inget avslutande citattecken (") på samma rad.`, {
        desc: 'JSON syntax: a text without its closing quote. Placeholder: the start of the text, e.g. «"Trafik». Example: Texten «"Trafik» har inget avslutande citattecken (") på samma rad.',
      });
    case 'control-character':
      return msg(str`Ett osynligt styrtecken (${found}) står i en text. Skriv \\t för tabb och \\n för ny rad.`, {
        desc: 'JSON syntax: an invisible control character in a text. Placeholder: its code, e.g. «U+0009». Keep \\t and \\n. Example: Ett osynligt styrtecken (U+0009) står i en text. Skriv \\t för tabb och \\n för ny rad.',
      });
    case 'invalid-escape':
      return msg(str`${found} är ingen giltig escape-sekvens. Skriv \\\\ för ett bakåtsnedstreck.`, {
        desc: 'JSON syntax: a backslash sequence that JSON does not know. Placeholder: the sequence, e.g. «\\x41». Keep \\\\. Example: «\\x41» är ingen giltig escape-sekvens. Skriv \\\\ för ett bakåtsnedstreck.',
      });
    case 'invalid-number':
      return msg(str`${found} är inget giltigt JSON-tal. Skriv till exempel 12, -10 eller 28.5.`, {
        desc: 'JSON syntax: a number JSON does not accept. Placeholder: what is written, e.g. «012». Keep the example numbers as they are (JSON writes a decimal point). Example: «012» är inget giltigt JSON-tal. Skriv till exempel 12, -10 eller 28.5.',
      });
    case 'invalid-literal':
      return msg(str`${found} är inget JSON-värde. Texter står inom "…", och true, false och null skrivs med små bokstäver.`, {
        desc: 'JSON syntax: a word that is not a JSON value. Placeholder: the word, e.g. «True». Keep true, false and null. Example: «True» är inget JSON-värde. Texter står inom "…", och true, false och null skrivs med små bokstäver.',
      });
    case 'unexpected-character':
      return msg(str`Oväntat tecken ${found}.`, {desc: 'JSON syntax: a character that does not belong there. Placeholder: the character, e.g. «;». Example: Oväntat tecken «;».'});
    case 'mismatched-bracket':
      return found === '«}»'
        ? msg('«}» stänger fel sorts klammer: en lista [ … ] är öppen, och dess ] saknas.', {
            desc: 'JSON syntax: a } where a list [ … ] must be closed with ].',
          })
        : msg('«]» stänger fel sorts klammer: ett objekt { … } är öppet, och dess } saknas.', {
            desc: 'JSON syntax: a ] where an object { … } must be closed with }.',
          });
    case 'trailing-content':
      return msg(str`Mer text efter flödets slut: ${found}.`, {
        desc: 'JSON syntax: more text after the end of the feed. Placeholder: the start of that text, e.g. «{"format"». Example: Mer text efter flödets slut: «{"format"».',
      });
  }
}

// --- JSON Schema -------------------------------------------------------------------------------

/** A JSON Schema error: what the schema asks for at that place. */
export function schemaSentence(issue: SchemaIssue, locale: ToolLocale): string {
  const {params} = issue;
  switch (issue.keyword) {
    case 'required': {
      const field = text(params, 'missingProperty');
      return msg(str`Schemat: det obligatoriska fältet "${field}" saknas.`, {
        desc: 'JSON Schema: a required field is missing. Placeholder: the field name. "Schemat" is the JSON Schema of the feed format. Example: Schemat: det obligatoriska fältet "periods" saknas.',
      });
    }
    case 'type':
      return issue.definition && definitionSentence(issue.definition) !== undefined
        ? definitionSentence(issue.definition)!
        : schemaTypeSentence(text(params, 'type'));
    case 'const':
    case 'enum': {
      const allowed = formatList(text(params, 'allowed').split(', '), locale, 'disjunction');
      return msg(str`Schemat: värdet ska vara ${allowed}.`, {
        desc: 'JSON Schema: a value that is not one of those allowed. Placeholder: the allowed values, e.g. "police", "municipality" eller "other" (a list made by the tool in your language). Example: Schemat: värdet ska vara police, municipality eller other.',
      });
    }
    case 'minItems': {
      const limit = Number(params['limit']);
      const count = formatNumber(limit, locale);
      // One message per CLDR plural category (src/plural.ts).
      return plural(limit, locale, {
        zero: () =>
          msg(str`Schemat: listan ska ha minst ${count} poster.`, {
            id: 'schema-min-items.zero',
            desc: 'JSON Schema: a list with too few items, plural form for the CLDR category "zero". Swedish, English and Finnish have no such form: write it as "other" unless your language has this category. Example: Schemat: listan ska ha minst 0 poster.',
          }),
        one: () =>
          msg(str`Schemat: listan ska ha minst ${count} post.`, {
            id: 'schema-min-items.one',
            desc: 'JSON Schema: a list with too few items, plural form for the CLDR category "one" of the smallest number of items. Example: Schemat: listan ska ha minst 1 post.',
          }),
        two: () =>
          msg(str`Schemat: listan ska ha minst ${count} poster.`, {
            id: 'schema-min-items.two',
            desc: 'JSON Schema: a list with too few items, plural form for the CLDR category "two". Swedish, English and Finnish have no such form: write it as "other" unless your language has this category. Example: Schemat: listan ska ha minst 2 poster.',
          }),
        few: () =>
          msg(str`Schemat: listan ska ha minst ${count} poster.`, {
            id: 'schema-min-items.few',
            desc: 'JSON Schema: a list with too few items, plural form for the CLDR category "few". Swedish, English and Finnish have no such form: write it as "other" unless your language has this category. Example: Schemat: listan ska ha minst 3 poster.',
          }),
        many: () =>
          msg(str`Schemat: listan ska ha minst ${count} poster.`, {
            id: 'schema-min-items.many',
            desc: 'JSON Schema: a list with too few items, plural form for the CLDR category "many". Swedish, English and Finnish have no such form: write it as "other" unless your language has this category. Example: Schemat: listan ska ha minst 11 poster.',
          }),
        other: () =>
          msg(str`Schemat: listan ska ha minst ${count} poster.`, {
            id: 'schema-min-items.other',
            desc: 'JSON Schema: a list with too few items, plural form for the CLDR category "other" of the smallest number of items. Example: Schemat: listan ska ha minst 2 poster.',
          }),
      });
    }
    case 'minimum': {
      const limit = formatNumber(Number(params['limit']), locale);
      return msg(str`Schemat: värdet ska vara minst ${limit}.`, {desc: 'JSON Schema: a number that is too small. Placeholder: the smallest allowed, e.g. "1 000". Example: Schemat: värdet ska vara minst 1 000.'});
    }
    case 'maximum': {
      const limit = formatNumber(Number(params['limit']), locale);
      return msg(str`Schemat: värdet ska vara högst ${limit}.`, {desc: 'JSON Schema: a number that is too large. Placeholder: the largest allowed, e.g. "9 999". Example: Schemat: värdet ska vara högst 9 999.'});
    }
    default: {
      const rule = issue.keyword;
      return (
        (issue.definition && definitionSentence(issue.definition)) ??
        msg(str`Schemat: värdet följer inte regeln "${rule}".`, {
          desc: 'JSON Schema: a value that breaks a rule the tool has no sentence for. Placeholder: the rule\'s name in JSON Schema, e.g. "pattern". Example: Schemat: värdet följer inte regeln "pattern".',
        })
      );
    }
  }
}

/** What a value must be, by the schema definition it should match. */
function definitionSentence(definition: string): string | undefined {
  switch (definition) {
    case 'Date':
      return msg('Schemat: värdet ska vara ett datum: "2021", 2021, "2021-05" eller "2021-05-12".', {desc: 'JSON Schema: a value that is not a date.'});
    case 'Url':
      return msg('Schemat: värdet ska vara en adress med https:, http:, mailto: eller tel:, eller en relativ adress.', {
        desc: 'JSON Schema: a value that is not an allowed web address. Keep the schemes.',
      });
    case 'Slug':
      return msg('Schemat: värdet ska vara ett id av små bokstäver a–z, siffror och "-".', {desc: 'JSON Schema: a value that is not an id.'});
    case 'LanguageTag':
      return msg('Schemat: värdet ska vara en språkkod som "sv" eller "en".', {desc: 'JSON Schema: a value that is not a language code.'});
    case 'Text':
    case 'RichText':
      return msg('Schemat: värdet ska vara en text, eller ett objekt med översättningar: {"sv": "…", "en": "…"}.', {
        desc: 'JSON Schema: a value that is not a text.',
      });
    case 'Item':
      return msg('Schemat: värdet ska vara en text eller ett objekt med "text" (och "by").', {
        desc: 'JSON Schema: an entry of a follow-up list that is neither a text nor {"text": …}. Keep "text" and "by".',
      });
    case 'Unit':
      return msg('Schemat: värdet ska vara "count", "percent", en text eller pluralformer ({"one": …, "other": …}).', {
        desc: 'JSON Schema: a unit that is none of the allowed forms. Keep "count", "percent", "one" and "other".',
      });
    default:
      return undefined;
  }
}

/** What JSON type the schema asks for. */
function schemaTypeSentence(type: string): string {
  switch (type) {
    case 'string':
      return msg('Schemat: värdet ska vara en text.', {desc: 'JSON Schema: the value must be a text (a string in quotes).'});
    case 'number':
      return msg('Schemat: värdet ska vara ett tal.', {desc: 'JSON Schema: the value must be a number.'});
    case 'integer':
      return msg('Schemat: värdet ska vara ett heltal.', {desc: 'JSON Schema: the value must be a whole number.'});
    case 'boolean':
      return msg('Schemat: värdet ska vara true eller false.', {desc: 'JSON Schema: the value must be true or false (JSON words, kept as they are).'});
    case 'object':
      return msg('Schemat: värdet ska vara ett objekt ({ … }).', {desc: 'JSON Schema: the value must be an object.'});
    case 'array':
      return msg('Schemat: värdet ska vara en lista ([ … ]).', {desc: 'JSON Schema: the value must be a list.'});
    default:
      return msg(str`Schemat: värdet ska vara av typen ${type}.`, {
        desc: 'JSON Schema: the value must be of other JSON types. Placeholder: their names in JSON, e.g. "string | number". Example: Schemat: värdet ska vara av typen string | number.',
      });
  }
}

// --- the file, and the words around the findings --------------------------------------------

export function duplicateKeySentence(field: string, firstLine: number): string {
  return msg(str`Fältet "${field}" står två gånger i samma objekt (första gången på rad ${firstLine}). Bara det sista värdet läses.`, {
    desc: 'A field written twice in one object. Placeholders: the field name, e.g. "area"; the line it first stands on, e.g. 12. Example: Fältet "area" står två gånger i samma objekt (första gången på rad 12). Bara det sista värdet läses.',
  });
}

/**
 * A unit in words shown with a number that its language says in another form.
 * Placeholders: the unit, the number, the unit's language by name.
 */
export function pluralUnitSentence(unit: string, value: string, language: string): string {
  const wrong = `${value} ${unit}`;
  return msg(
    str`Enheten "${unit}" står vid talet ${value}, och på ${language} blir det fel ("${wrong}"). Skriv enheten med pluralformer, en för varje form språket har: {"one": …, "other": …}.`,
    {
      desc: 'Validator suggestion: a unit written once is shown with a number that needs another form. Placeholders: the unit as written; the number; the unit\'s language by name; the number and the unit as they would show. Keep the JSON keys "one" and "other". Example: Enheten "vandringar per år" står vid talet 1, och på svenska blir det fel ("1 vandringar per år"). Skriv enheten med pluralformer, en för varje form språket har: {"one": …, "other": …}.',
    }
  );
}

export function invalidUtf8Sentence(): string {
  return msg('Filen är inte giltig UTF-8 här (sparad som Windows-1252 eller Latin-1?), så å, ä och ö visas som �. Spara filen som UTF-8.', {
    desc: 'The file is not UTF-8 at this place. Keep the encoding names; use the letters of your language that break the same way instead of å, ä and ö.',
  });
}

export function missingTranslationSentence(language: string): string {
  return msg(str`Texten saknar ${language}.`, {
    desc: 'A text of the feed that has no translation into a language. Placeholder: the language\'s name as Intl writes it in your language, e.g. "engelska", "nordsamiska". Example: Texten saknar engelska.',
  });
}

/** "fel" or "varning", in a finding's line. */
export function severityWord(severity: 'error' | 'warning'): string {
  return severity === 'error'
    ? msg('fel', {desc: 'Severity of a problem, in a line such as "feed.json:9:9: fel: periods[0]: …". One word, lower case.'})
    : msg('varning', {desc: 'Severity of a problem that loses nothing, in a line such as "feed.json:9:9: varning: …". One word, lower case.'});
}

/** The place of a finding with an empty path: the whole feed. */
export function wholeFeedLabel(): string {
  return msg('(flödet)', {desc: 'Where a problem is, when it concerns the whole feed (in place of a JSON path such as periods[0].area).'});
}

/**
 * How many errors and warnings a feed has, or "Inga problem.": labelled
 * numbers, one whole message, so no plural forms are needed.
 */
export function countsSentence(errors: number, warnings: number, locale: ToolLocale): string {
  if (errors === 0 && warnings === 0) {
    return msg('Inga problem.', {desc: 'Summary of a feed with no errors and no warnings, after "feed.json: ".'});
  }
  const errorCount = formatNumber(errors, locale);
  const warningCount = formatNumber(warnings, locale);
  return msg(str`Fel: ${errorCount}. Varningar: ${warningCount}.`, {
    desc: 'Summary of a feed\'s problems, after "feed.json: ": how many errors and warnings, as labelled numbers (so no plural forms are needed). Example: Fel: 2. Varningar: 1.',
  });
}

export function allTranslatedSentence(language: string): string {
  return msg(str`Alla texter finns på ${language}.`, {
    desc: 'Every text of the feed has a translation into a language. Placeholder: the language\'s name as Intl writes it in your language, e.g. "engelska". Example: Alla texter finns på engelska.',
  });
}

export function missingTranslationsHeading(language: string, count: number, locale: ToolLocale): string {
  const texts = formatNumber(count, locale);
  return msg(str`Texter som saknar ${language} (${texts}):`, {
    desc: 'Heading of the list of texts without a translation. Placeholders: the language\'s name as Intl writes it in your language, e.g. "engelska"; how many, e.g. 12. Example: Texter som saknar engelska (12):',
  });
}

export function missingTranslationWord(): string {
  return msg('översättning saknas', {desc: 'In place of the severity in a line of the list of texts without a translation: "feed.json:62:13: översättning saknas: periods[0]…".'});
}
