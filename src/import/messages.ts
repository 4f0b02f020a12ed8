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

/** One note as a sentence. */
export function noteMessage(note: ImportNote): string {
  const p = note.params;
  const text = String(p['text'] ?? '');
  const element = String(p['element'] ?? '');
  switch (note.code) {
    case 'nothing-found':
      return msg('Sidan verkar inte innehålla några medborgarlöften: inget utkast skapades.', {
        desc: 'Importer: the pasted page has nothing that looks like citizen promises, so no draft feed was made.',
      });
    case 'chrome-removed':
      return msg(str`Raden "${text}" hör till webbplatsens verktyg, inte till löftena, och togs bort.`, {
        desc: 'Importer: a line such as a skip link or "Lyssna" (read aloud) was removed from the page. The placeholder is the line.',
      });
    case 'empty-label-removed':
      return msg(str`Den tomma etiketten "${text}" togs bort.`, {
        desc: 'Importer: a label such as "Senast ändrad:" with no date after it was removed. The placeholder is the label.',
      });
    case 'navigation-removed':
      return msg(str`Sidans ${element}-element (${text}) är navigering och togs inte med.`, {
        desc: 'Importer: an HTML navigation, header, footer or form was left out. Placeholders: the element name (nav, header, footer, form), the start of its text.',
      });
    case 'code-removed':
      return msg(str`Sidans ${element}-element är kod och togs inte med.`, {
        desc: 'Importer: an HTML script or style element was left out. The placeholder is the element name (script, style).',
      });
    case 'unsafe-link':
      return msg(str`Länken "${text}" har en adress som flödet inte tillåter; texten behölls utan länk.`, {
        desc: 'Importer: a link whose URL is not allowed (such as javascript:) lost its address; its text was kept.',
      });
    case 'sentence-not-kept':
      return msg(str`Meningen "${text}" finns inte i utkastet. Lägg in den för hand.`, {
        desc: 'Importer: a sentence of the page is missing from the draft (should not happen); the person should add it.',
      });
    case 'feed-problem':
      return msg(str`Flödesmodulen anmärker på utkastet (${String(p['code'])}): ${String(p['message'])}`, {
        desc: "Importer: the feed parser found a problem in the draft. Placeholders: the problem code, the parser's English message.",
      });
    case 'party-found':
      return msg(str`Parten "${String(p['name'])}" hittades i texten.`, {
        desc: 'Importer: a party (the police or the municipality) was named on the page. The placeholder is its name.',
      });
    case 'party-name-guessed':
      return msg(str`Sidan nämner kommunen utan namn; "${String(p['name'])}" är en gissning. Kontrollera namnet.`, {
        desc: 'Importer: the municipality is never named in full, so its name was guessed (from the title). The placeholder is the guess.',
      });
    case 'period-from-heading':
      return msg(str`Perioden lästes ur rubriken (${text}).`, {
        desc: 'Importer: the period dates were read from a heading. The placeholder is the date text, such as "2021–2022".',
      });
    case 'followed-up-period':
      return msg(str`Perioden ${text} är en uppföljning: det som står under den lades som utfall.`, {
        desc: 'Importer: a "Så gick det …" heading starts a followed-up period; what follows became outcomes. The placeholder is the date text.',
      });
    case 'period-from-title':
      return msg(str`Perioden lästes ur sidans rubrik (${text}).`, {
        desc: "Importer: the period dates were read from the page's title. The placeholder is the date text.",
      });
    case 'period-from-text':
      return msg(str`Perioden lästes ur texten ("${text}"). Kontrollera att det är löftenas period.`, {
        desc: 'Importer: the period dates were taken from the first date in the text; the person should check them. The placeholder is the date text.',
      });
    case 'period-missing':
      return msg('Sidan anger ingen period. Fyll i när löftena börjar gälla ("from").', {
        desc: 'Importer: no dates were found; the person must fill in the start of the period. "from" is the field name and stays as is.',
      });
    case 'intro-from-text':
      return msg(str`Inledningen börjar med "${text}".`, {
        desc: "Importer: the page's opening text became an introduction. The placeholder is its start.",
      });
    case 'area-from-heading':
      return msg(str`Rubriken "${String(p['area'])}" blev löftets område.`, {
        desc: "Importer: a heading became a promise's focus area. The placeholder is the heading.",
      });
    case 'area-from-bullet':
      return msg(str`Punktens början, "${String(p['area'])}", blev löftets område.`, {
        desc: 'Importer: the start of a bullet such as "Klotter – ta bort …" became the focus area. The placeholder is the area.',
      });
    case 'area-guessed':
      return msg(str`Sidan anger inget område för löftet. "${String(p['area'])}" är en gissning utifrån texten: ändra det vid behov.`, {
        desc: 'Importer: the page has no heading for this promise, so its focus area was guessed from its words. The placeholder is the guess.',
      });
    case 'area-missing':
      return msg(str`Sidan anger inget område för löftet. Skriv ett i stället för "${String(p['area'])}".`, {
        desc: 'Importer: no heading and no topic word; the area is a placeholder the person should replace. The placeholder is that text.',
      });
    case 'promise-missing':
      return msg('Löftet saknar egen text; rubriken eller inledningen kopierades dit. Skriv vad som lovas.', {
        desc: 'Importer: a promise had no text, so its heading (or the introduction) was copied in; the person should write the promise.',
      });
    case 'background-from-text':
      return msg(str`Stycket "${text}" lades som bakgrund till löftet.`, {
        desc: "Importer: a paragraph after a promise became the promise's background. The placeholder is its start.",
      });
    case 'follow-up-from-text':
      return msg(str`Meningen "${text}" lades som uppföljning av löftet.`, {
        desc: 'Importer: a sentence saying how the promise will be followed up was put in the follow-up field. The placeholder is its start.',
      });
    case 'follow-up-plan':
      return msg(str`Avsnittet om uppföljning ("${text}") lades som löftets uppföljning.`, {
        desc: "Importer: an \"Uppföljning\" section that describes a plan (not results) became the promise's follow-up. The placeholder is its start.",
      });
    case 'follow-up-plan-in-intro':
      return msg(str`Avsnittet om uppföljning ("${text}") gäller flera löften och lades i periodens inledning. Flytta det vid behov.`, {
        desc: "Importer: an \"Uppföljning\" plan covering several promises was put in the period's introduction. The placeholder is its start.",
      });
    case 'activities-by-label':
      return msg(str`Etiketten "${String(p['label'])}" anger vem som gör aktiviteterna under den.`, {
        desc: 'Importer: a label such as "Polisens aktiviteter:" set who does the activities after it. The placeholder is the label.',
      });
    case 'target-from-text':
      return msg(str`Ett mål lästes ur "${text}". Kontrollera benämning, enhet och värde.`, {
        desc: 'Importer: a numeric target was read from words such as "minst två tillfällen per år"; the person should check it. The placeholder is those words.',
      });
    case 'outcome-section':
      return msg(str`Avsnittet "${String(p['heading'])}" lades som periodens utfall.`, {
        desc: "Importer: a follow-up section with results became the period's outcome. The placeholder is its heading.",
      });
    case 'not-done-from-text':
      return msg(str`"${text}" säger att något inte blev gjort och lades bland det som inte genomfördes.`, {
        desc: 'Importer: a sentence saying something was not carried out was put in the "not done" list. The placeholder is its start.',
      });
    case 'planned-item':
      return msg(str`"${text}" är en plan, inte ett resultat, och lades i sammanfattningen. Flytta den när den är genomförd.`, {
        desc: "Importer: an item in a results list that is only planned was put in the outcome's summary. The placeholder is its start.",
      });
    case 'summary-from-text':
      return msg(str`Stycket "${text}" lades som sammanfattning av utfallet.`, {
        desc: "Importer: a paragraph after the results became the outcome's summary. The placeholder is its start.",
      });
    case 'contact-found':
      return msg(str`En kontakt lästes ur "${text}".`, {
        desc: 'Importer: a contact (organisation, address, phone, person) was read from the page. The placeholder is its start.',
      });
    case 'signatories-found':
      return msg(
        str`Undertecknat i ${String(p['place'])} den ${String(p['date'])} av ${String(p['count'])} personer. Orten finns inte i flödet.`,
        {
          desc: 'Importer: a signing line and the signatories under it were read. Placeholders: the place, the date, the number of signatories. The feed has no field for the place.',
        }
      );
    case 'link-found':
      return msg(str`Länken "${text}" lades bland dokumenten.`, {
        desc: 'Importer: a line that is only a link became a document link. The placeholder is the link text.',
      });
    case 'link-without-url':
      return msg(str`Filnamnet "${text}" lades som länk utan adress. Fyll i dokumentets adress ("url").`, {
        desc: 'Importer: a file name such as a report\'s PDF became a link without an address; the person should add it. "url" is the field name.',
      });
    case 'updated-found':
      return msg(str`Datumet då sidan senast ändrades (${String(p['date'])}) lades som "updated".`, {
        desc: 'Importer: a "Senast ändrad" date became the feed\'s "updated" date. The placeholder is the date; "updated" is the field name.',
      });
    case 'unplaced-passage':
      return msg(str`Texten "${text}" passade inte in någonstans och lades här. Flytta eller ändra den vid behov.`, {
        desc: 'Importer: a passage the importer could not place was kept in the nearest text field; the person should check it. The placeholder is its start.',
      });
    default:
      return msg(str`Importen gav en anmärkning (${note.code}).`, {
        desc: 'Importer: a note without its own sentence. The placeholder is its code.',
      });
  }
}
