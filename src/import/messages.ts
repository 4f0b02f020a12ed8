/**
 * The importer's notes as sentences for people, in Swedish (the source
 * language) through @lit/localize's `msg()`, so they are translated in the
 * XLIFF like every other message. The notes themselves stay codes and
 * params (index.ts, NOTE_CODES); these sentences are only for display, in
 * the command and in the editor, whichever locale the caller has set.
 *
 * No DOM and no Node.
 */
import '../tools-locales.js';
import {msg, str} from '@lit/localize';
import type {Consequence, FatalKind, ProblemCode} from '../feed/index.js';
import {fatalSentence, problemSentence} from '../validate/messages.js';
import {formatNumber, plural, type ToolLocale} from '../validate/language.js';
import type {ImportNote, ImportNoteKind} from './types.js';

/** The word before a note: "gissning", "granska", "problem". */
export function noteKindWord(kind: ImportNoteKind): string {
  switch (kind) {
    case 'guess':
      return msg('gissning', {desc: 'Importer: label before a note about something the importer recognised and placed (lower case).'});
    case 'review':
      return msg('granska', {desc: 'Importer: label before a note about something a person should check before publishing (lower case, imperative).'});
    case 'problem':
      return msg('problem', {desc: 'Importer: label before a note about something missing or left out (lower case).'});
  }
}

/** One note as a sentence, in `locale` (the language msg() is rendering in). */
export function noteMessage(note: ImportNote, locale: ToolLocale): string {
  const p = note.params;
  const param = (key: string) => String(p[key] ?? '');
  const text = param('text');
  const element = param('element');
  const name = param('name');
  const area = param('area');
  const label = param('label');
  const heading = param('heading');
  const date = param('date');
  const code = note.code;
  switch (note.code) {
    case 'nothing-found':
      return msg('Sidan verkar inte innehålla några medborgarlöften: inget utkast skapades.', {
        desc: 'Importer: the pasted page has nothing that looks like citizen promises, so no draft feed was made.',
      });
    case 'chrome-removed':
      return msg(str`Raden "${text}" hör till webbplatsens verktyg, inte till löftena, och togs bort.`, {
        desc: 'Importer: a line such as a skip link or "Lyssna" (read aloud) was removed from the page. The placeholder is the line. Example: Raden "Lyssna" hör till webbplatsens verktyg, inte till löftena, och togs bort.',
      });
    case 'empty-label-removed':
      return msg(str`Den tomma etiketten "${text}" togs bort.`, {
        desc: 'Importer: a label such as "Senast ändrad:" with no date after it was removed. The placeholder is the label. Example: Den tomma etiketten "Senast ändrad:" togs bort.',
      });
    case 'navigation-removed':
      return msg(str`Sidans ${element}-element (${text}) är navigering och togs inte med.`, {
        desc: 'Importer: an HTML navigation, header, footer or form was left out. Placeholders: the element name (nav, header, footer, form), the start of its text. Example: Sidans nav-element (Hem, Kontakt, Om oss) är navigering och togs inte med.',
      });
    case 'code-removed':
      return msg(str`Sidans ${element}-element är kod och togs inte med.`, {
        desc: 'Importer: an HTML script or style element was left out. The placeholder is the element name (script, style). Example: Sidans script-element är kod och togs inte med.',
      });
    case 'unsafe-link':
      return msg(str`Länken "${text}" har en adress som flödet inte tillåter; texten behölls utan länk.`, {
        desc: 'Importer: a link whose URL is not allowed (such as javascript:) lost its address; its text was kept. Example: Länken "Klicka här" har en adress som flödet inte tillåter; texten behölls utan länk.',
      });
    case 'sentence-not-kept':
      return msg(str`Meningen "${text}" finns inte i utkastet. Lägg in den för hand.`, {
        desc: 'Importer: a sentence of the page is missing from the draft (should not happen); the person should add it. Example: Meningen "Polisen ska genomföra minst två trygghetsvandringar." finns inte i utkastet. Lägg in den för hand.',
      });
    case 'feed-problem':
      // The validator's own sentences: what is wrong, and what happens.
      return 'consequence' in p
        ? problemSentence({code: p['code'] as ProblemCode, params: p, consequence: p['consequence'] as Consequence}, locale)
        : fatalSentence(p['code'] as FatalKind, p, locale);
    case 'party-found':
      return msg(str`Parten "${name}" hittades i texten.`, {
        desc: 'Importer: a party (the police or the municipality) was named on the page. The placeholder is its name. Example: Parten "Exempelby kommun" hittades i texten.',
      });
    case 'party-name-guessed':
      return msg(str`Sidan nämner kommunen utan namn; "${name}" är en gissning. Kontrollera namnet.`, {
        desc: 'Importer: the municipality is never named in full, so its name was guessed (from the title). The placeholder is the guess. Example: Sidan nämner kommunen utan namn; "Exempelby kommun" är en gissning. Kontrollera namnet.',
      });
    case 'period-from-heading':
      return msg(str`Perioden lästes ur rubriken (${text}).`, {
        desc: 'Importer: the period dates were read from a heading. The placeholder is the date text, such as "2021–2022". Example: Perioden lästes ur rubriken (2021–2022).',
      });
    case 'followed-up-period':
      return msg(str`Perioden ${text} är en uppföljning: det som står under den lades som utfall.`, {
        desc: 'Importer: a "Så gick det …" heading starts a followed-up period; what follows became outcomes. The placeholder is the date text. Example: Perioden 2019–2020 är en uppföljning: det som står under den lades som utfall.',
      });
    case 'period-from-title':
      return msg(str`Perioden lästes ur sidans rubrik (${text}).`, {
        desc: "Importer: the period dates were read from the page's title. The placeholder is the date text. Example: Perioden lästes ur sidans rubrik (2023).",
      });
    case 'period-from-text':
      return msg(str`Perioden lästes ur texten ("${text}"). Kontrollera att det är löftenas period.`, {
        desc: 'Importer: the period dates were taken from the first date in the text; the person should check them. The placeholder is the date text. Example: Perioden lästes ur texten ("1 juli 2023"). Kontrollera att det är löftenas period.',
      });
    case 'period-missing':
      return msg('Sidan anger ingen period. Fyll i när löftena börjar gälla ("from").', {
        desc: 'Importer: no dates were found; the person must fill in the start of the period. "from" is the field name and stays as is.',
      });
    case 'intro-from-text':
      return msg(str`Inledningen börjar med "${text}".`, {
        desc: "Importer: the page's opening text became an introduction. The placeholder is its start. Example: Inledningen börjar med \"Medborgarlöften är en överenskommelse …\".",
      });
    case 'area-from-heading':
      return msg(str`Rubriken "${area}" blev löftets område.`, {
        desc: "Importer: a heading became a promise's focus area. The placeholder is the heading. Example: Rubriken \"Trafik\" blev löftets område.",
      });
    case 'area-from-bullet':
      return msg(str`Punktens början, "${area}", blev löftets område.`, {
        desc: 'Importer: the start of a bullet such as "Klotter – ta bort …" became the focus area. The placeholder is the area. Example: Punktens början, "Klotter", blev löftets område.',
      });
    case 'area-guessed':
      return msg(str`Sidan anger inget område för löftet. "${area}" är en gissning utifrån texten: ändra det vid behov.`, {
        desc: 'Importer: the page has no heading for this promise, so its focus area was guessed from its words. The placeholder is the guess. Example: Sidan anger inget område för löftet. "Trafik" är en gissning utifrån texten: ändra det vid behov.',
      });
    case 'area-missing':
      return msg(str`Sidan anger inget område för löftet. Skriv ett i stället för "${area}".`, {
        desc: 'Importer: no heading and no topic word; the area is a placeholder the person should replace. The placeholder is that text. Example: Sidan anger inget område för löftet. Skriv ett i stället för "Område 2".',
      });
    case 'promise-missing':
      return msg('Löftet saknar egen text; rubriken eller inledningen kopierades dit. Skriv vad som lovas.', {
        desc: 'Importer: a promise had no text, so its heading (or the introduction) was copied in; the person should write the promise.',
      });
    case 'background-from-text':
      return msg(str`Stycket "${text}" lades som bakgrund till löftet.`, {
        desc: "Importer: a paragraph after a promise became the promise's background. The placeholder is its start. Example: Stycket \"Under 2020 anmäldes 163 bedrägerier …\" lades som bakgrund till löftet.",
      });
    case 'follow-up-from-text':
      return msg(str`Meningen "${text}" lades som uppföljning av löftet.`, {
        desc: 'Importer: a sentence saying how the promise will be followed up was put in the follow-up field. The placeholder is its start. Example: Meningen "Löftet följs upp med CAN:s rapport 2023." lades som uppföljning av löftet.',
      });
    case 'follow-up-plan':
      return msg(str`Avsnittet om uppföljning ("${text}") lades som löftets uppföljning.`, {
        desc: "Importer: an \"Uppföljning\" section that describes a plan (not results) became the promise's follow-up. The placeholder is its start. Example: Avsnittet om uppföljning (\"Löftena följs upp varje tertial …\") lades som löftets uppföljning.",
      });
    case 'follow-up-plan-in-intro':
      return msg(str`Avsnittet om uppföljning ("${text}") gäller flera löften och lades i periodens inledning. Flytta det vid behov.`, {
        desc: "Importer: an \"Uppföljning\" plan covering several promises was put in the period's introduction. The placeholder is its start. Example: Avsnittet om uppföljning (\"Löftena följs upp varje tertial …\") gäller flera löften och lades i periodens inledning. Flytta det vid behov.",
      });
    case 'activities-by-label':
      return msg(str`Etiketten "${label}" anger vem som gör aktiviteterna under den.`, {
        desc: 'Importer: a label such as "Polisens aktiviteter:" set who does the activities after it. The placeholder is the label. Example: Etiketten "Polisens aktiviteter:" anger vem som gör aktiviteterna under den.',
      });
    case 'target-from-text':
      return msg(str`Ett mål lästes ur "${text}". Kontrollera benämning, enhet och värde.`, {
        desc: 'Importer: a numeric target was read from words such as "minst två tillfällen per år"; the person should check it. The placeholder is those words. Example: Ett mål lästes ur "minst två trygghetsvandringar per år". Kontrollera benämning, enhet och värde.',
      });
    case 'outcome-section':
      return msg(str`Avsnittet "${heading}" lades som periodens utfall.`, {
        desc: "Importer: a follow-up section with results became the period's outcome. The placeholder is its heading. Example: Avsnittet \"Så gick det 2019–2020\" lades som periodens utfall.",
      });
    case 'not-done-from-text':
      return msg(str`"${text}" säger att något inte blev gjort och lades bland det som inte genomfördes.`, {
        desc: 'Importer: a sentence saying something was not carried out was put in the "not done" list. The placeholder is its start. Example: "Temakvällen ställdes in på grund av pandemin …" säger att något inte blev gjort och lades bland det som inte genomfördes.',
      });
    case 'planned-item':
      return msg(str`"${text}" är en plan, inte ett resultat, och lades i sammanfattningen. Flytta den när den är genomförd.`, {
        desc: "Importer: an item in a results list that is only planned was put in the outcome's summary. The placeholder is its start. Example: \"En utbildningsdag planeras till hösten …\" är en plan, inte ett resultat, och lades i sammanfattningen. Flytta den när den är genomförd.",
      });
    case 'summary-from-text':
      return msg(str`Stycket "${text}" lades som sammanfattning av utfallet.`, {
        desc: "Importer: a paragraph after the results became the outcome's summary. The placeholder is its start. Example: Stycket \"Sammantaget har arbetet gett resultat …\" lades som sammanfattning av utfallet.",
      });
    case 'contact-found':
      return msg(str`En kontakt lästes ur "${text}".`, {
        desc: 'Importer: a contact (organisation, address, phone, person) was read from the page. The placeholder is its start. Example: En kontakt lästes ur "Anna Lindqvist, trygghetssamordnare …".',
      });
    case 'signatories-found': {
      const place = param('place');
      const count = Number(p['count']);
      const people = formatNumber(count, locale);
      // One message per CLDR plural category of the number of people (src/plural.ts).
      return plural(count, locale, {
        zero: () =>
          msg(str`Undertecknat i ${place} den ${date} av ${people} personer. Orten finns inte i flödet.`, {
            id: 'import.signatories.zero',
            desc: 'Importer: a signing line and the signatories under it were read; plural form for the CLDR category "zero". Swedish, English and Finnish have no such form: write it as "other" unless your language has this category. Example: Undertecknat i Exempelby den 12 maj 2021 av 0 personer. Orten finns inte i flödet.',
          }),
        one: () =>
          msg(str`Undertecknat i ${place} den ${date} av ${people} person. Orten finns inte i flödet.`, {
            id: 'import.signatories.one',
            desc: 'Importer: a signing line and the signatories under it were read; plural form for the CLDR category "one" of the number of people. The feed has no field for the place. Example: Undertecknat i Exempelby den 12 maj 2021 av 1 person. Orten finns inte i flödet.',
          }),
        two: () =>
          msg(str`Undertecknat i ${place} den ${date} av ${people} personer. Orten finns inte i flödet.`, {
            id: 'import.signatories.two',
            desc: 'Importer: a signing line and the signatories under it were read; plural form for the CLDR category "two". Swedish, English and Finnish have no such form: write it as "other" unless your language has this category. Example: Undertecknat i Exempelby den 12 maj 2021 av 2 personer. Orten finns inte i flödet.',
          }),
        few: () =>
          msg(str`Undertecknat i ${place} den ${date} av ${people} personer. Orten finns inte i flödet.`, {
            id: 'import.signatories.few',
            desc: 'Importer: a signing line and the signatories under it were read; plural form for the CLDR category "few". Swedish, English and Finnish have no such form: write it as "other" unless your language has this category. Example: Undertecknat i Exempelby den 12 maj 2021 av 3 personer. Orten finns inte i flödet.',
          }),
        many: () =>
          msg(str`Undertecknat i ${place} den ${date} av ${people} personer. Orten finns inte i flödet.`, {
            id: 'import.signatories.many',
            desc: 'Importer: a signing line and the signatories under it were read; plural form for the CLDR category "many". Swedish, English and Finnish have no such form: write it as "other" unless your language has this category. Example: Undertecknat i Exempelby den 12 maj 2021 av 11 personer. Orten finns inte i flödet.',
          }),
        other: () =>
          msg(str`Undertecknat i ${place} den ${date} av ${people} personer. Orten finns inte i flödet.`, {
            id: 'import.signatories.other',
            desc: 'Importer: a signing line and the signatories under it were read; plural form for the CLDR category "other" of the number of people. The feed has no field for the place. Example: Undertecknat i Exempelby den 12 maj 2021 av 4 personer. Orten finns inte i flödet.',
          }),
      });
    }
    case 'link-found':
      return msg(str`Länken "${text}" lades bland dokumenten.`, {
        desc: 'Importer: a line that is only a link became a document link. The placeholder is the link text. Example: Länken "Uppföljning 2022 (PDF)" lades bland dokumenten.',
      });
    case 'link-without-url':
      return msg(str`Filnamnet "${text}" lades som länk utan adress. Fyll i dokumentets adress ("url").`, {
        desc: 'Importer: a file name such as a report\'s PDF became a link without an address; the person should add it. "url" is the field name. Example: Filnamnet "uppfoljning-2022.pdf" lades som länk utan adress. Fyll i dokumentets adress ("url").',
      });
    case 'updated-found':
      return msg(str`Datumet då sidan senast ändrades (${date}) lades som "updated".`, {
        desc: 'Importer: a "Senast ändrad" date became the feed\'s "updated" date. The placeholder is the date; "updated" is the field name. Example: Datumet då sidan senast ändrades (2024-03-12) lades som "updated".',
      });
    case 'unplaced-passage':
      return msg(str`Texten "${text}" passade inte in någonstans och lades här. Flytta eller ändra den vid behov.`, {
        desc: 'Importer: a passage the importer could not place was kept in the nearest text field; the person should check it. The placeholder is its start. Example: Texten "Läs mer om brottsförebyggande arbete …" passade inte in någonstans och lades här. Flytta eller ändra den vid behov.',
      });
    default:
      return msg(str`Importen gav en anmärkning (${code}).`, {
        desc: 'Importer: a note without its own sentence. The placeholder is its code. Example: Importen gav en anmärkning (table-skipped).',
      });
  }
}
