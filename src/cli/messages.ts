/**
 * The validator's sentences, in Swedish and English: every problem code of
 * the feed module (with its params), the fatal kinds, JSON syntax errors,
 * JSON Schema errors and the tool's own words.
 *
 * The feed module's problems carry a `code`, `params` and an English
 * `message`; what happens to the value ("the promise is left out", "it is
 * ignored") is only in that message, after its last "; ". It is read from
 * there and translated with CONSEQUENCES; a problem whose wording is not
 * known here falls back to the module's English message, never to nothing.
 *
 * No DOM and no Node: the playground page uses this table too.
 */
import type {FatalKind, PathSegment, Problem, ProblemCode} from '../feed/index.js';
import type {SyntaxErrorKind} from './json-position.js';

export type MessageLanguage = 'sv' | 'en';
export const MESSAGE_LANGUAGES: readonly MessageLanguage[] = ['sv', 'en'];

type Params = Readonly<Record<string, string | number>>;
type Sentence = (params: Params) => string;

/** Item names in Swedish, definite form ("löftet"), by the module's English word. */
const ITEMS_SV: Readonly<Record<string, string>> = {
  feed: 'flödet',
  party: 'parten',
  period: 'perioden',
  promise: 'löftet',
  activity: 'aktiviteten',
  target: 'målet',
  measure: 'värdet',
  outcome: 'uppföljningen',
  item: 'punkten',
  signatory: 'undertecknaren',
  contact: 'kontakten',
  link: 'länken',
  place: 'platsen',
  line: 'raden',
};

/** Item names in Swedish, indefinite form ("ett löfte"), for "an object (a promise)". */
const ITEMS_SV_INDEFINITE: Readonly<Record<string, string>> = {
  party: 'en part',
  period: 'en period',
  promise: 'ett löfte',
  activity: 'en aktivitet',
  target: 'ett mål',
  outcome: 'en uppföljning',
  signatory: 'en undertecknare',
  contact: 'en kontakt',
  link: 'en länk',
};

/** The module's `expected` phrases (wrong-type) in Swedish. */
const EXPECTED_SV: Readonly<Record<string, string>> = {
  'a string': 'en sträng',
  'a text (a string or an object of translations)': 'en text (en sträng eller ett objekt med översättningar)',
  'a number': 'ett tal',
  'a year as a whole number (such as 2021)': 'ett årtal som heltal (till exempel 2021)',
  'true or false': 'true eller false',
  'an array': 'en lista (array)',
  'an object with "value"': 'ett objekt med "value"',
  'an object': 'ett objekt',
  'an array of party ids': 'en lista med parters id',
  'a party id': 'ett partid (id för en part i "parties")',
};

/** What JSON values are, in Swedish (wrong-type's `found`, schema types). */
const TYPES_SV: Readonly<Record<string, string>> = {
  null: 'null',
  'an array': 'en lista (array)',
  'an object': 'ett objekt',
  'a string': 'en sträng',
  'a number': 'ett tal',
  'a boolean': 'true eller false',
  string: 'en sträng',
  number: 'ett tal',
  integer: 'ett heltal',
  boolean: 'true eller false',
  object: 'ett objekt',
  array: 'en lista (array)',
};
const TYPES_EN: Readonly<Record<string, string>> = {
  string: 'a string',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  array: 'an array',
  null: 'null',
};

function expectedSv(expected: string): string | undefined {
  const object = /^an? object \(an? (\w+)\)$/.exec(expected);
  if (object) {
    const item = ITEMS_SV_INDEFINITE[object[1]!];
    return item && `ett objekt (${item})`;
  }
  return EXPECTED_SV[expected];
}

/**
 * What happens, from the module's English: "the promise is left out" →
 * "löftet tas inte med". Undefined when the wording is not known.
 */
function consequenceSv(english: string): string | undefined {
  const leftOut = /^the (\w+) is left out$/.exec(english);
  if (leftOut) {
    const item = ITEMS_SV[leftOut[1]!];
    return item && `${item} tas inte med`;
  }
  return CONSEQUENCES_SV[english];
}

const CONSEQUENCES_SV: Readonly<Record<string, string>> = {
  'it is ignored': 'värdet används inte',
  'this translation is ignored': 'översättningen används inte',
  'no parties are read': 'inga parter läses in',
  'it is left out': 'det tas inte med',
  'it is treated as absent': 'det räknas som att det saknas',
  'its text is shown without a link': 'texten visas utan länk',
  'the period is shown last': 'perioden visas sist',
  '"to" is ignored': '"to" används inte',
  '"sv" is used': '"sv" används',
};

/** The part of a module message after its last "; ", without the full stop. */
function consequenceOf(problem: Problem): string | undefined {
  const at = problem.message.lastIndexOf('; ');
  return at === -1 ? undefined : problem.message.slice(at + 2).replace(/\.$/, '');
}

/** The kind of item a duplicate id belongs to, from its path (`periods[0].id` → period). */
function duplicateKind(segments: readonly PathSegment[]): 'period' | 'promise' | 'party' | undefined {
  const list = segments[segments.length - 3];
  return list === 'periods' ? 'period' : list === 'promises' ? 'promise' : list === 'parties' ? 'party' : undefined;
}

const q = (value: string | number | undefined) => `"${value ?? ''}"`;

/**
 * A problem of the feed module as a sentence in `lang`. English and Swedish
 * are both written here; a wording the table does not know falls back to
 * the module's own English message.
 */
export function problemMessage(problem: Problem, lang: MessageLanguage): string {
  const sentence = (lang === 'sv' ? PROBLEMS_SV : PROBLEMS_EN)[problem.code]?.(problem);
  return sentence ?? problem.message;
}

type ProblemSentence = (problem: Problem) => string | undefined;

/** `head; consequence.` with the consequence translated, or undefined. */
function withConsequenceSv(problem: Problem, head: string): string | undefined {
  const english = consequenceOf(problem);
  if (english === undefined) return undefined;
  const consequence = consequenceSv(english);
  return consequence === undefined ? undefined : `${head}; ${consequence}.`;
}

const PROBLEMS_SV: Readonly<Record<ProblemCode, ProblemSentence>> = {
  'unknown-field': ({params}) =>
    `Okänt fält ${q(params['field'])} används inte (ett stavfel?).`,
  'missing-required': ({params}) => {
    const item = ITEMS_SV[String(params['item'])];
    return item && `Obligatoriskt fält ${q(params['field'])} saknas; ${item} tas inte med.`;
  },
  'wrong-type': (problem) => {
    const expected = expectedSv(String(problem.params['expected']));
    const found = TYPES_SV[String(problem.params['found'])] ?? String(problem.params['found']);
    return expected && withConsequenceSv(problem, `Här ska stå ${expected}, men det är ${found}`);
  },
  'invalid-value': (problem) => {
    const {params} = problem;
    if (params['derived'] !== undefined) {
      return `${q(params['value'])} är inget id (små bokstäver a–z, siffror och "-"); ${q(params['derived'])} används i stället.`;
    }
    if (params['allowed'] !== undefined) {
      const allowed = String(params['allowed'])
        .split(', ')
        .map((value) => q(value))
        .join(', ');
      return withConsequenceSv(problem, `${params['value']} är inte ett av ${allowed}`);
    }
    if (params['field'] === 'to') return 'Perioden slutar innan den börjar; "to" används inte.';
    if (problem.path === 'language') return `${params['value']} är ingen språkkod; "sv" används.`;
    if (params['value'] !== undefined) {
      return withConsequenceSv(problem, `${q(params['value'])} är inget id (små bokstäver a–z, siffror och "-")`);
    }
    return undefined;
  },
  'invalid-date': ({params}) =>
    `${params['value']} är inget datum (skriv "2021", "2021-05" eller "2021-05-12"); det räknas som att det saknas.`,
  'unsafe-url': (problem) =>
    problem.message.includes('its text is shown without a link')
      ? `Länken till ${q(problem.params['url'])} är inte tillåten (bara https:, http:, mailto:, tel: eller relativa adresser); texten visas utan länk.`
      : `${q(problem.params['url'])} är ingen tillåten adress (bara https:, http:, mailto:, tel: eller relativa adresser); den tas inte med.`,
  'duplicate-id': ({params, segments}) => {
    const kind = duplicateKind(segments);
    const name = kind === 'period' ? 'perioden' : kind === 'promise' ? 'löftet' : kind === 'party' ? 'parten' : 'posten';
    const label = kind === 'period' ? 'Periodens' : kind === 'promise' ? 'Löftets' : kind === 'party' ? 'Partens' : 'Postens';
    return `${label} id ${q(params['id'])} används två gånger; den första behåller det och ${name} här visas som ${q(
      params['derived']
    )}.`;
  },
  'unknown-party': ({params}) => `${params['value']} är inte id för någon part i "parties"; värdet används inte.`,
  'invalid-language-tag': ({params}) =>
    `${q(params['tag'])} är ingen språkkod (som "sv" eller "en"); översättningen används inte.`,
  'empty-text': (problem) =>
    withConsequenceSv(
      problem,
      problem.message.startsWith('The text has no usable translation') ? 'Texten har ingen användbar översättning' : 'Texten är tom'
    ),
  'item-dropped': () => 'Kontakten har inget att visa; den tas inte med.',
  'period-without-promises': () => 'Perioden har inget användbart löfte; perioden tas inte med.',
  'period-without-from': (problem) =>
    problem.message.startsWith('Required field')
      ? 'Obligatoriskt fält "from" saknas; perioden visas sist.'
      : 'Perioden har inget läsbart "from"; den visas sist.',
  'text-too-long': ({params}) =>
    `Texten är ${params['length']} tecken lång; bara de första ${params['limit']} visas.`,
  'too-many-items': ({params}) => `Listan har ${params['count']} poster; bara de första ${params['limit']} läses.`,
  'too-much-markup': ({params}) =>
    `Flödet har mer än ${params['limit']} formateringar (stycken, punkter, länkar, betoningar); härifrån visas texterna som vanlig text.`,
};

/** English: the same sentences as the feed module's, written from code and params. */
const PROBLEMS_EN: Readonly<Record<ProblemCode, ProblemSentence>> = {
  'unknown-field': ({params}) => `Unknown field ${q(params['field'])} is ignored (a typo?).`,
  'missing-required': ({params}) =>
    `Required field ${q(params['field'])} is missing; the ${params['item']} is left out.`,
  'wrong-type': (problem) => {
    const consequence = consequenceOf(problem);
    return consequence && `Expected ${problem.params['expected']}, found ${problem.params['found']}; ${consequence}.`;
  },
  'invalid-value': (problem) => {
    const {params} = problem;
    if (params['derived'] !== undefined) {
      return `${q(params['value'])} is not an id (letters a–z, digits and "-"); ${q(params['derived'])} is used instead.`;
    }
    if (params['allowed'] !== undefined) {
      const consequence = consequenceOf(problem);
      const allowed = String(params['allowed'])
        .split(', ')
        .map((value) => q(value))
        .join(', ');
      return consequence && `${params['value']} is not one of ${allowed}; ${consequence}.`;
    }
    if (params['field'] === 'to') return 'The period ends before it starts; "to" is ignored.';
    if (problem.path === 'language') return `${params['value']} is not a language tag; "sv" is used.`;
    const consequence = consequenceOf(problem);
    return consequence && `${q(params['value'])} is not an id (letters a–z, digits and "-"); ${consequence}.`;
  },
  'invalid-date': ({params}) =>
    `${params['value']} is not a date (use "2021", "2021-05" or "2021-05-12"); it is treated as absent.`,
  'unsafe-url': (problem) =>
    problem.message.includes('its text is shown without a link')
      ? `The link to ${q(problem.params['url'])} is not allowed (only https:, http:, mailto:, tel: or relative URLs); its text is shown without a link.`
      : `${q(problem.params['url'])} is not an allowed URL (only https:, http:, mailto:, tel: or relative URLs); it is left out.`,
  'duplicate-id': ({params, segments}) => {
    const kind = duplicateKind(segments) ?? 'item';
    return `The ${kind} id ${q(params['id'])} is used twice; the first ${kind} keeps it and this one is shown as ${q(
      params['derived']
    )}.`;
  },
  'unknown-party': ({params}) => `${params['value']} names no party in "parties"; it is ignored.`,
  'invalid-language-tag': ({params}) =>
    `${q(params['tag'])} is not a language tag (such as "sv" or "en"); this translation is ignored.`,
  'empty-text': (problem) => {
    const consequence = consequenceOf(problem);
    const head = problem.message.startsWith('The text has no usable translation')
      ? 'The text has no usable translation'
      : 'The text is empty';
    return consequence && `${head}; ${consequence}.`;
  },
  'item-dropped': () => 'The contact has nothing to show; it is left out.',
  'period-without-promises': () => 'The period has no usable promise; the period is left out.',
  'period-without-from': (problem) =>
    problem.message.startsWith('Required field')
      ? 'Required field "from" is missing; the period is shown last.'
      : 'The period has no readable "from"; it is shown last.',
  'text-too-long': ({params}) =>
    `The text is ${params['length']} characters long; only the first ${params['limit']} are shown.`,
  'too-many-items': ({params}) => `The list has ${params['count']} items; only the first ${params['limit']} are read.`,
  'too-much-markup': ({params}) =>
    `The feed has more than ${params['limit']} pieces of formatting (paragraphs, bullets, links, emphasis); from here on, texts are shown as plain text.`,
};

// --- fatal problems --------------------------------------------------------

/** Fatal kinds of the feed module, plus the tool's own (a file it cannot read or decode). */
export type CliFatalKind = FatalKind | 'unreadable' | 'encoding';

const FATAL: Readonly<Record<CliFatalKind, Record<MessageLanguage, Sentence>>> = {
  'not-json': {
    sv: ({detail}) => `Inte giltig JSON: ${detail}`,
    en: ({detail}) => `Not valid JSON: ${detail}`,
  },
  'not-object': {
    sv: ({found}) => `Flödet ska vara ett JSON-objekt ({ … }), men det är ${TYPES_SV[String(found)] ?? found}.`,
    en: ({found}) => `The feed must be a JSON object ({ … }), but it is ${found}.`,
  },
  format: {
    sv: ({found}) =>
      found === undefined
        ? 'Flödet saknar "format"; det ska vara "medborgar-loften/1".'
        : `Flödet har format ${found}; den här versionen läser "medborgar-loften/1".`,
    en: ({found}) =>
      found === undefined
        ? 'The feed has no "format"; it must be "medborgar-loften/1".'
        : `The feed is format ${found}; this version reads "medborgar-loften/1".`,
  },
  'no-periods': {
    sv: ({detail}) =>
      detail === 'missing'
        ? 'Flödet saknar "periods"; det behöver minst en period.'
        : detail === 'wrong-type'
          ? '"periods" ska vara en lista (array) med minst en period.'
          : detail === 'empty'
            ? 'Listan "periods" är tom; flödet behöver minst en period.'
            : 'Flödet har ingen användbar period; felen i perioderna står här intill.',
    en: ({detail}) =>
      detail === 'missing'
        ? 'The feed has no "periods"; it needs at least one period.'
        : detail === 'wrong-type'
          ? '"periods" must be an array of at least one period.'
          : detail === 'empty'
            ? 'The list "periods" is empty; the feed needs at least one period.'
            : 'The feed has no usable period; the errors in its periods are listed with it.',
  },
  'too-large': {
    sv: ({length, limit}) => `Flödet är ${length} tecken långt; gränsen är ${limit}.`,
    en: ({length, limit}) => `The feed is ${length} characters long; the limit is ${limit}.`,
  },
  unreadable: {
    sv: ({reason}) => `Filen kan inte läsas: ${READ_ERRORS[String(reason)]?.sv ?? reason}.`,
    en: ({reason}) => `The file cannot be read: ${READ_ERRORS[String(reason)]?.en ?? reason}.`,
  },
  encoding: {
    sv: ({encoding}) => `Filen är sparad som ${encoding}; widgeten läser UTF-8. Spara den som UTF-8.`,
    en: ({encoding}) => `The file is saved as ${encoding}; the widget reads UTF-8. Save it as UTF-8.`,
  },
};

/** Node's error codes for a file that cannot be read, in words. */
const READ_ERRORS: Readonly<Record<string, Record<MessageLanguage, string>>> = {
  ENOENT: {sv: 'den finns inte', en: 'there is no such file'},
  EACCES: {sv: 'behörighet saknas', en: 'permission denied'},
  EPERM: {sv: 'behörighet saknas', en: 'permission denied'},
  EISDIR: {sv: 'det är en mapp', en: 'it is a folder'},
};

export function fatalMessage(kind: CliFatalKind, lang: MessageLanguage, params: Params = {}): string {
  return FATAL[kind][lang](params);
}

// --- JSON syntax -------------------------------------------------------------

const SYNTAX: Readonly<Record<SyntaxErrorKind, Record<MessageLanguage, Sentence>>> = {
  empty: {sv: () => 'Filen är tom.', en: () => 'The file is empty.'},
  'unexpected-end': {
    sv: () => 'Filen tar slut för tidigt: en avslutande } eller ] saknas.',
    en: () => 'The file ends too early: a closing } or ] is missing.',
  },
  'trailing-comma': {
    sv: () => 'Kommatecken efter det sista värdet: JSON tillåter inget komma före } eller ].',
    en: () => 'Comma after the last value: JSON allows no comma before } or ].',
  },
  'missing-comma': {
    sv: ({found}) => `Ett kommatecken saknas före ${found}.`,
    en: ({found}) => `A comma is missing before ${found}.`,
  },
  'expected-colon': {
    sv: ({found}) => `Ett kolon (:) ska stå efter namnet, men här står ${found || 'inget'}.`,
    en: ({found}) => `A colon (:) must follow the name, but here is ${found || 'nothing'}.`,
  },
  'expected-key': {
    sv: ({found}) => `Här ska ett fältnamn inom dubbla citattecken stå ("namn"), men här står ${found}.`,
    en: ({found}) => `A field name in double quotes ("name") must stand here, but here is ${found}.`,
  },
  'single-quotes': {
    sv: () => 'Enkla citattecken: JSON kräver dubbla citattecken (") runt texter och namn.',
    en: () => 'Single quotes: JSON needs double quotes (") around texts and names.',
  },
  comment: {
    sv: () => 'Kommentarer (// eller /* */) är inte tillåtna i JSON.',
    en: () => 'Comments (// or /* */) are not allowed in JSON.',
  },
  'unterminated-string': {
    sv: ({found}) => `Texten ${found} har inget avslutande citattecken (") på samma rad.`,
    en: ({found}) => `The text ${found} has no closing quote (") on the same line.`,
  },
  'control-character': {
    sv: ({found}) => `Ett osynligt styrtecken (${found}) står i en text; skriv \\t för tabb och \\n för ny rad.`,
    en: ({found}) => `An invisible control character (${found}) is in a text; write \\t for a tab and \\n for a new line.`,
  },
  'invalid-escape': {
    sv: ({found}) => `${found} är ingen giltig escape-sekvens; skriv \\\\ för ett bakåtsnedstreck.`,
    en: ({found}) => `${found} is not a valid escape; write \\\\ for a backslash.`,
  },
  'invalid-number': {
    sv: ({found}) => `${found} är inget giltigt JSON-tal (skriv till exempel 12, -10 eller 28.5).`,
    en: ({found}) => `${found} is not a valid JSON number (write e.g. 12, -10 or 28.5).`,
  },
  'invalid-literal': {
    sv: ({found}) => `${found} är inget JSON-värde: texter står inom "…", och true, false och null skrivs med små bokstäver.`,
    en: ({found}) => `${found} is not a JSON value: texts go in "…", and true, false and null are written in lower case.`,
  },
  'unexpected-character': {
    sv: ({found}) => `Oväntat tecken ${found}.`,
    en: ({found}) => `Unexpected character ${found}.`,
  },
  'mismatched-bracket': {
    sv: ({found}) =>
      `${found} stänger fel sorts klammer: ${found === '«}»' ? 'en lista [ … ] är öppen, och dess ] saknas' : 'ett objekt { … } är öppet, och dess } saknas'}.`,
    en: ({found}) =>
      `${found} closes the wrong kind of bracket: ${found === '«}»' ? 'a list [ … ] is open, and its ] is missing' : 'an object { … } is open, and its } is missing'}.`,
  },
  'trailing-content': {
    sv: ({found}) => `Mer text efter flödets slut: ${found}.`,
    en: ({found}) => `More text after the end of the feed: ${found}.`,
  },
};

export function syntaxMessage(kind: SyntaxErrorKind, lang: MessageLanguage, found: string): string {
  return SYNTAX[kind][lang]({found: found === '' ? '' : `«${found}»`});
}

// --- JSON Schema ---------------------------------------------------------------

/** What a value must be, per definition of the schema, when it matches none of its forms. */
const SCHEMA_DEFINITIONS: Readonly<Record<string, Record<MessageLanguage, string>>> = {
  Date: {
    sv: 'ska vara ett datum: "2021", 2021, "2021-05" eller "2021-05-12"',
    en: 'must be a date: "2021", 2021, "2021-05" or "2021-05-12"',
  },
  Url: {
    sv: 'ska vara en adress med https:, http:, mailto: eller tel:, eller en relativ adress',
    en: 'must be an https:, http:, mailto: or tel: URL, or a relative URL',
  },
  Slug: {
    sv: 'ska vara ett id av små bokstäver a–z, siffror och "-"',
    en: 'must be an id of lower-case letters a–z, digits and "-"',
  },
  LanguageTag: {
    sv: 'ska vara en språkkod som "sv" eller "en"',
    en: 'must be a language tag such as "sv" or "en"',
  },
  Text: {
    sv: 'ska vara en text: en sträng eller ett objekt med översättningar, {"sv": "…", "en": "…"}',
    en: 'must be a text: a string or an object of translations, {"sv": "…", "en": "…"}',
  },
  RichText: {
    sv: 'ska vara en text: en sträng eller ett objekt med översättningar, {"sv": "…", "en": "…"}',
    en: 'must be a text: a string or an object of translations, {"sv": "…", "en": "…"}',
  },
  Item: {
    sv: 'ska vara en text eller ett objekt med "text" (och "by")',
    en: 'must be a text or an object with "text" (and "by")',
  },
  Unit: {
    sv: 'ska vara "count", "percent" eller en text',
    en: 'must be "count", "percent" or a text',
  },
};

/** One JSON Schema error, as schema-check.ts hands it over. */
export interface SchemaIssue {
  /** ajv's keyword: required, type, enum, const, pattern, anyOf, minItems… */
  readonly keyword: string;
  readonly segments: readonly PathSegment[];
  /** The `$defs` entry the failing rule belongs to (`Date`, `Slug`…), if any. */
  readonly definition?: string;
  readonly params: Params;
  /** ajv's own English text, for keywords this table does not know. */
  readonly fallback: string;
}

export function schemaMessage(issue: SchemaIssue, lang: MessageLanguage): string {
  const sv = lang === 'sv';
  const {params} = issue;
  const defined = issue.definition ? SCHEMA_DEFINITIONS[issue.definition]?.[lang] : undefined;
  switch (issue.keyword) {
    case 'required':
      return sv
        ? `Schemat: obligatoriskt fält ${q(params['missingProperty'])} saknas.`
        : `Schema: required field ${q(params['missingProperty'])} is missing.`;
    case 'type': {
      const type = String(params['type']);
      if (defined) return sv ? `Schemat: värdet ${defined}.` : `Schema: the value ${defined}.`;
      return sv ? `Schemat: värdet ska vara ${TYPES_SV[type] ?? type}.` : `Schema: the value must be ${TYPES_EN[type] ?? type}.`;
    }
    case 'const':
    case 'enum':
      // schema-check.ts gives the allowed values as JSON, joined by ", ".
      return sv
        ? `Schemat: värdet ska vara ${issue.keyword === 'const' ? '' : 'ett av '}${params['allowed']}.`
        : `Schema: the value must be ${issue.keyword === 'const' ? '' : 'one of '}${params['allowed']}.`;
    case 'pattern':
    case 'anyOf':
    case 'oneOf':
      if (defined) return sv ? `Schemat: värdet ${defined}.` : `Schema: the value ${defined}.`;
      return sv ? `Schemat: värdet har inte rätt form (${issue.fallback}).` : `Schema: the value is not of the right form (${issue.fallback}).`;
    case 'minItems':
      return sv
        ? `Schemat: listan ska ha minst ${params['limit']} ${Number(params['limit']) === 1 ? 'post' : 'poster'}.`
        : `Schema: the list must have at least ${params['limit']} ${Number(params['limit']) === 1 ? 'item' : 'items'}.`;
    case 'minimum':
    case 'maximum':
      return sv
        ? `Schemat: värdet ska vara ${issue.keyword === 'minimum' ? 'minst' : 'högst'} ${params['limit']}.`
        : `Schema: the value must be ${issue.keyword === 'minimum' ? 'at least' : 'at most'} ${params['limit']}.`;
    default:
      return sv ? `Schemat: ${issue.fallback}.` : `Schema: ${issue.fallback}.`;
  }
}

// --- the tool's own words ------------------------------------------------------

const WORDS = {
  error: {sv: 'fel', en: 'error'},
  warning: {sv: 'varning', en: 'warning'},
  translation: {sv: 'översättning saknas', en: 'translation missing'},
  noProblems: {sv: 'inga problem', en: 'no problems'},
  duplicateKey: {
    sv: 'Fältet {field} står två gånger i samma objekt (första gången på rad {line}); bara det sista värdet läses.',
    en: 'The field {field} occurs twice in the same object (first on line {line}); only the last value is read.',
  },
  invalidUtf8: {
    sv: 'Filen är inte giltig UTF-8 här (sparad som Windows-1252 eller Latin-1?); å, ä och ö visas då som �. Spara filen som UTF-8.',
    en: 'The file is not valid UTF-8 here (saved as Windows-1252 or Latin-1?); å, ä and ö then show as �. Save the file as UTF-8.',
  },
  missingLanguage: {
    sv: 'Texten saknar {language}.',
    en: 'The text has no {language}.',
  },
  missingHeading: {
    sv: 'Fält utan {language} ({count}):',
    en: 'Fields without {language} ({count}):',
  },
  allTranslated: {
    sv: 'Alla texter finns på {language}.',
    en: 'Every text is in {language}.',
  },
  languageName: {
    sv: {sv: 'svenska', en: 'engelska'},
    en: {sv: 'Swedish', en: 'English'},
  },
} as const;

type Word = Exclude<keyof typeof WORDS, 'languageName'>;

/** A word or sentence of the tool, with `{name}` placeholders filled in. */
export function word(key: Word, lang: MessageLanguage, params: Params = {}): string {
  return WORDS[key][lang].replace(/\{(\w+)\}/g, (whole, name: string) =>
    params[name] === undefined ? whole : String(params[name])
  );
}

/** "svenska", "English": a language's name in the messages' language; other tags as they are. */
export function languageName(tag: string, lang: MessageLanguage): string {
  const names = WORDS.languageName[lang] as Readonly<Record<string, string>>;
  return names[tag.split('-')[0]!.toLowerCase()] ?? tag;
}

/** "2 fel, 1 varning" / "2 errors, 1 warning". */
export function countsMessage(errors: number, warnings: number, lang: MessageLanguage): string {
  if (errors === 0 && warnings === 0) return word('noProblems', lang);
  if (lang === 'sv') return `${errors} fel, ${warnings} ${warnings === 1 ? 'varning' : 'varningar'}`;
  return `${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`;
}
