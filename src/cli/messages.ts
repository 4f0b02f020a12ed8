/**
 * The command-line tool's own words: its usage, its argument errors (Node's
 * parseArgs errors among them, said from their codes) and its labels.
 * Swedish is written here, in `msg()`; translations are in
 * locales/tools/LANG.xlf (lit-localize.tools.json), with the validator's.
 *
 * Only this file of src/cli/ has messages, and it imports nothing of the
 * widget: the tools' project extracts from it without the widget's own
 * messages, which `render` uses.
 *
 * Call these inside `renderInLocale` (main.ts does).
 */
import {msg, str} from '@lit/localize';
import {formatNumber, plural} from '../validate/language.js';

export function usageHeading(): string {
  return msg('Användning:', {desc: 'The command-line tool\'s help: the heading above how to run it.'});
}

/** `choices`: the message languages, "sv|en". */
export function validateSynopsis(choices: string): string {
  return msg(str`medborgar-loften validate FLÖDE… [--lang ${choices}] [--translations SPRÅK] [--json]`, {
    desc: 'How to run the check. Translate only the words in capitals: FLÖDE (a feed file) and SPRÅK (a language code); keep the command and the options. Placeholder: the message languages, e.g. "sv|en". Example: medborgar-loften validate FLÖDE… [--lang sv|en|fi] [--translations SPRÅK] [--json]',
  });
}

export function renderSynopsis(): string {
  return msg('medborgar-loften render FLÖDE [--lang SPRÅK] [--heading-level N]', {
    desc: 'How to write the static HTML. Translate only FLÖDE (a feed file) and SPRÅK (a language code), as in the line above; keep the rest.',
  });
}

export function validateHelp(): string {
  return msg(
    'kontrollerar flöden mot JSON-schemat och widgetens regler. Varje problem anges med JSON-sökväg och rad:kolumn. --lang väljer språk för meddelandena och listar texterna som saknar det språket (--translations väljer ett annat). --json skriver utdata för andra program.',
    {
      desc: 'Help text after the command name "validate" (it starts in lower case after the name). Keep the options --lang, --translations and --json.',
    }
  );
}

export function renderHelp(): string {
  return msg(
    'skriver flödet som statisk HTML att klistra in i elementet medborgar-loften som reservinnehåll. --heading-level (1–6, standard 2) är nivån på periodernas rubriker.',
    {
      desc: 'Help text after the command name "render" (it starts in lower case after the name). Keep the element\'s name medborgar-loften and --heading-level. No angle brackets: the build does not read them back from the XLIFF.',
    }
  );
}

export function importSynopsis(choices: string): string {
  return msg(str`medborgar-loften import SIDA [--lang ${choices}]`, {
    desc: 'How to run the importer. Translate only the word in capitals, SIDA (a saved web page, text or HTML); keep the command and the option. Placeholder: the message languages, e.g. "sv|en". No angle brackets: the build does not read them back from the XLIFF. Example: medborgar-loften import SIDA [--lang sv|en|fi]',
  });
}

export function importHelp(): string {
  return msg(
    'läser texten eller HTML-koden från en befintlig sida med medborgarlöften och skriver ett utkast till flöde. Gissningar, det som bör granskas och det som saknas skrivs som meddelanden, en rad var med JSON-sökväg. Slutkod 0: utkastet är giltigt och behöver inte granskas; 1: det har varningar eller punkter att granska; 2: sidan innehöll inga medborgarlöften.',
    {
      desc: 'Help text after the command name "import" (it starts in lower case after the name). Keep the exit code numbers.',
    }
  );
}

export function standardInputHelp(): string {
  return msg('Ett FLÖDE som är "-" läses från standardinmatningen.', {
    desc: 'Help: a feed file given as "-" is read from standard input (a pipe). FLÖDE as in the usage lines above.',
  });
}

export function exitCodesHelp(): string {
  return msg('Slutkoder: 0 inga problem, 1 bara varningar, 2 fel, 64 fel användning, 66 en fil kan inte läsas.', {
    desc: 'Help: the exit codes of the command-line tool, for scripts. Keep the numbers.',
  });
}

// --- argument errors -----------------------------------------------------------

export function noCommand(): string {
  return msg('Ange ett kommando: validate, render eller import.', {
    desc: 'Argument error: no command was given. Keep validate, render and import.',
  });
}

export function unknownCommand(command: string): string {
  return msg(str`Okänt kommando "${command}". Ange validate, render eller import.`, {
    desc: 'Argument error: a command the tool does not have. Placeholder: what was given, e.g. "check". Keep validate, render and import. Example: Okänt kommando "check". Ange validate, render eller import.',
  });
}

export function noFeed(): string {
  return msg('Ange minst ett flöde: en JSON-fil, eller - för att läsa från standardinmatningen.', {
    desc: 'Argument error: no feed file was given.',
  });
}

export function oneFeedOnly(): string {
  return msg('render tar ett enda flöde.', {desc: 'Argument error: render was given more than one feed file. Keep "render".'});
}

/** `choices`: the message languages as a list, "sv eller en". */
export function langChoices(choices: string): string {
  return msg(str`--lang ska vara ${choices}.`, {
    desc: 'Argument error: --lang of validate is not a message language. Placeholder: the languages, e.g. "sv eller en" (a list made by the tool in your language). Example: --lang ska vara sv, en eller fi.',
  });
}

export function langTag(): string {
  return msg('--lang ska vara en språkkod som sv eller en.', {desc: 'Argument error: --lang of render is not a language code.'});
}

export function translationsTag(): string {
  return msg('--translations ska vara en språkkod som sv eller en.', {desc: 'Argument error: --translations is not a language code.'});
}

export function headingLevel(): string {
  return msg('--heading-level ska vara ett heltal från 1 till 6.', {desc: 'Argument error: --heading-level is not a whole number from 1 to 6.'});
}

export function optionNotFor(option: string, command: string): string {
  return msg(str`${option} gäller inte ${command}.`, {
    desc: 'Argument error: an option the command does not take. Placeholders: the option, e.g. "--json"; the command, e.g. "render". Example: --json gäller inte render.',
  });
}

export function unknownOption(option: string): string {
  return msg(str`Okänd flagga ${option}.`, {
    desc: 'Argument error: an option the tool does not have (a misspelling?). Placeholder: the option as written, e.g. "--foo". Example: Okänd flagga --foo.',
  });
}

export function optionNeedsValue(option: string): string {
  return msg(str`Flaggan ${option} behöver ett värde, till exempel ${option} sv.`, {
    desc: 'Argument error: an option given without its value. Placeholder (twice): the option, e.g. "--lang". Example: Flaggan --lang behöver ett värde, till exempel --lang sv.',
  });
}

export function optionTakesNoValue(option: string): string {
  return msg(str`Flaggan ${option} tar inget värde.`, {
    desc: 'Argument error: a value given to an option that takes none, e.g. "--json=yes". Placeholder: the option. Example: Flaggan --json tar inget värde.',
  });
}

export function unreadableArguments(): string {
  return msg('Argumenten kan inte läsas.', {desc: 'Argument error of another kind, when the tool cannot say more.'});
}

export function noPage(): string {
  return msg('Ange en sida att läsa: en text- eller HTML-fil, eller - för standardinmatningen.', {
    desc: 'Argument error: import was run without a page (a saved web page, text or HTML).',
  });
}

export function onePageOnly(): string {
  return msg('import läser en sida i taget.', {desc: 'Argument error: import was given more than one page. Keep the command name import.'});
}

// --- import ------------------------------------------------------------------

/** The place of a note about the whole page, where a JSON path would stand. */
export function wholePageLabel(): string {
  return msg('(hela sidan)', {desc: 'Importer output: where a JSON path stands, for a note about the whole page rather than a place in the draft.'});
}

export function readAsWindows1252(): string {
  return msg('Filen är inte UTF-8 och lästes som Windows-1252.', {
    desc: 'Importer: the saved page was not in UTF-8 (as older Windows tools save), so it was read as Windows-1252. Keep the encoding names.',
  });
}

/** How many of the page's sentences are in the draft: one message per CLDR plural category of the total (src/plural.ts). */
export function sentencesKept(keptCount: number, totalCount: number, lang: string): string {
  const kept = formatNumber(keptCount, lang);
  const total = formatNumber(totalCount, lang);
  return plural(totalCount, lang, {
    zero: () =>
      msg(str`${kept} av ${total} meningar på sidan finns i utkastet.`, {
        id: 'import.sentences-kept.zero',
        desc: 'Importer summary, plural form for the CLDR category "zero" of the total. Swedish, English and Finnish have no such form: write it as "other" unless your language has this category. Example: 0 av 0 meningar på sidan finns i utkastet.',
      }),
    one: () =>
      msg(str`${kept} av ${total} mening på sidan finns i utkastet.`, {
        id: 'import.sentences-kept.one',
        desc: 'Importer summary: how many of the page\'s sentences are in the draft; plural form for the CLDR category "one" of the total. Example: 1 av 1 mening på sidan finns i utkastet.',
      }),
    two: () =>
      msg(str`${kept} av ${total} meningar på sidan finns i utkastet.`, {
        id: 'import.sentences-kept.two',
        desc: 'Importer summary, plural form for the CLDR category "two" of the total. Swedish, English and Finnish have no such form: write it as "other" unless your language has this category. Example: 2 av 2 meningar på sidan finns i utkastet.',
      }),
    few: () =>
      msg(str`${kept} av ${total} meningar på sidan finns i utkastet.`, {
        id: 'import.sentences-kept.few',
        desc: 'Importer summary, plural form for the CLDR category "few" of the total. Swedish, English and Finnish have no such form: write it as "other" unless your language has this category. Example: 3 av 3 meningar på sidan finns i utkastet.',
      }),
    many: () =>
      msg(str`${kept} av ${total} meningar på sidan finns i utkastet.`, {
        id: 'import.sentences-kept.many',
        desc: 'Importer summary, plural form for the CLDR category "many" of the total. Swedish, English and Finnish have no such form: write it as "other" unless your language has this category. Example: 11 av 11 meningar på sidan finns i utkastet.',
      }),
    other: () =>
      msg(str`${kept} av ${total} meningar på sidan finns i utkastet.`, {
        id: 'import.sentences-kept.other',
        desc: 'Importer summary: how many of the page\'s sentences are in the draft; plural form for the CLDR category "other" of the total. Example: 72 av 72 meningar på sidan finns i utkastet.',
      }),
  });
}

export function toolBug(): string {
  return msg('Ett fel i verktyget (en bugg). Detaljer för den som rättar det:', {
    desc: 'The tool crashed; the technical details follow on the next lines, for a developer.',
  });
}

/** The label of standard input, where a file name would stand. */
export function standardInputLabel(): string {
  return msg('(standardinmatning)', {desc: 'Where a file name stands in the output, for a feed read from standard input (a pipe).'});
}
