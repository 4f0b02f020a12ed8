/**
 * The words of the forms: a label (and where it helps, a hint and an example)
 * for every field of the format, and the names of list items and their
 * buttons. Called while rendering, so msg() answers in the editor's language.
 */
import {html, type TemplateResult} from 'lit';
import {msg, str} from '@lit/localize';
import type {ObjectKind} from '../model/fields.js';

export interface FieldWords {
  readonly label: string;
  readonly hint?: string;
  readonly placeholder?: string;
}

const DATE_HINT = () =>
  msg('Skriv ett år (2021), en månad (2021-05) eller ett datum (2021-05-12).', {
    desc: 'Hint under every date field: the three forms a date may take. Keep the examples as they are.',
  });

const ID_HINT = () =>
  msg(
    'Används i länkar direkt till avsnittet. Små bokstäver a–z, siffror och bindestreck. Ändra inte ett id som redan är publicerat: länkar till det slutar då att fungera.',
    {desc: 'Hint under an id field (period, promise or party).'}
  );

const URL_HINT = () =>
  msg('En adress som börjar med https://, eller en adress på samma webbplats (/dokument/plan.pdf).', {
    desc: 'Hint under a web address field.',
  });

const YEAR_LABEL = () => msg('År', {desc: 'Label: the year of a measured value (e.g. 2019).'});

/** Label, hint and example of a field of an object kind. */
export function fieldWords(kind: ObjectKind, key: string): FieldWords {
  switch (`${kind}.${key}`) {
    case 'feed.language':
      return {
        label: msg('Språk för texter utan angivet språk', {desc: 'Label: the feed language setting (language of plain strings).'}),
        hint: msg('Texter du skriver här får alltid sitt språk angivet. Ändra bara om en fil skriven för hand har oöversatta texter på ett annat språk än svenska.', {
          desc: 'Hint under the feed language setting.',
        }),
      };
    case 'feed.title':
      return {
        label: msg('Överskrift', {desc: 'Label: the title of all the promises, shown above them.'}),
        hint: msg('Visas ovanför löftena, till exempel "Medborgarlöften". Sidan har sin egen huvudrubrik.', {
          desc: 'Hint under the feed title field.',
        }),
      };
    case 'feed.intro':
    case 'period.intro':
      return {label: msg('Inledning', {desc: 'Label: the lead text (of the whole feed or of a period).'})};
    case 'feed.parties':
      return {
        label: msg('Parter', {desc: 'Heading: the organisations that make the promises.'}),
        hint: msg('Vilka som ger löftena: lokalpolisområdet och kommunen, ibland fler.', {desc: 'Hint under the parties heading.'}),
      };
    case 'feed.periods':
      return {label: msg('Perioder', {desc: 'Heading: the periods of promises.'})};
    case 'feed.contacts':
      return {label: msg('Kontakter', {desc: 'Heading: contact persons and organisations.'})};
    case 'feed.links':
    case 'period.links':
      return {label: msg('Dokument och länkar', {id: 'editor.links', desc: 'Heading: related documents and links.'})};
    case 'feed.updated':
      return {label: msg('Senast ändrad', {desc: 'Label: the date the promises were last updated.'}), hint: DATE_HINT()};
    case 'feed.url':
      return {
        label: msg('Sidans adress', {desc: 'Label: the canonical web address of the page with the promises.'}),
        hint: msg('Adressen till sidan där löftena publiceras. Skrivs ut när någon skriver ut sidan.', {desc: 'Hint under the page address field.'}),
      };
    case 'party.id':
    case 'period.id':
    case 'promise.id':
      return {label: msg('Id', {desc: 'Label: the identifier of a period, promise or party. Keep it short.'}), hint: ID_HINT()};
    case 'party.name':
      return {
        label: msg('Namn', {desc: 'Label: a name (of a party or a person).'}),
        placeholder: msg('Polisen, lokalpolisområde Strömsund', {desc: 'Example in an empty party name field. A typical Swedish police area name.'}),
      };
    case 'party.kind':
      return {label: msg('Slag av part', {desc: 'Label: whether the party is the police, a municipality or another organisation.'})};
    case 'party.url':
    case 'contact.url':
      return {label: msg('Webbplats', {desc: 'Label: the web site of a party or contact.'}), hint: URL_HINT()};
    case 'period.title':
      return {
        label: msg('Rubrik', {desc: 'Label: the heading of a period.'}),
        hint: msg('Valfri. Utan rubrik visas till exempel "Medborgarlöften 2021–2022".', {desc: 'Hint under the period heading field.'}),
      };
    case 'period.from':
      return {label: msg('Gäller från', {desc: 'Label: the start of a period.'}), hint: DATE_HINT()};
    case 'period.to':
      return {
        label: msg('Gäller till och med', {desc: 'Label: the end of a period.'}),
        hint: msg('Lämna tomt om perioden inte har något slut. Ett år: samma år som i "Gäller från".', {desc: 'Hint under the end of a period.'}),
      };
    case 'period.promises':
      return {label: msg('Löften', {desc: 'Heading: the promises of a period.'})};
    case 'period.outcome':
      return {
        label: msg('Uppföljning av hela perioden', {id: 'editor.period.outcome', desc: 'Heading: the follow-up of a whole period.'}),
        hint: msg('För en uppföljning som inte hör till ett enskilt löfte.', {desc: 'Hint under the period follow-up heading.'}),
      };
    case 'period.signatories':
      return {label: msg('Undertecknat av', {id: 'editor.period.signatories', desc: 'Heading: the people who signed the promises.'})};
    case 'promise.area':
      return {
        label: msg('Område', {desc: 'Label: the focus area of a promise, shown as its heading (e.g. Traffic).'}),
        placeholder: msg('Trafik', {desc: 'Example in an empty focus area field.'}),
      };
    case 'promise.promise':
      return {label: msg('Löftet', {desc: 'Label: the text of the promise itself.'})};
    case 'promise.by':
      return {
        label: msg('Vem håller löftet?', {desc: 'Label: which parties keep the promise.'}),
        hint: msg('Ingen vald: alla parter tillsammans.', {desc: 'Hint: no party ticked means all parties together.'}),
      };
    case 'promise.places':
      return {label: msg('Platser', {desc: 'Heading: the places a promise is about.'})};
    case 'promise.background':
      return {label: msg('Bakgrund', {id: 'editor.promise.background', desc: 'Label: why the promise is made (problem picture, statistics).'})};
    case 'promise.followUp':
      return {label: msg('Så följs löftet upp', {desc: 'Label: how and when the promise will be followed up.'})};
    case 'promise.activities':
      return {label: msg('Aktiviteter', {id: 'editor.promise.activities', desc: 'Heading: the concrete activities of a promise.'})};
    case 'promise.targets':
    case 'activity.targets':
      return {label: msg('Mätbara mål', {desc: 'Heading: the measurable targets of a promise or activity.'})};
    case 'promise.outcome':
      return {label: msg('Så gick det', {id: 'editor.promise.outcome', desc: 'Heading: the follow-up of a promise.'})};
    case 'activity.text':
      return {label: msg('Aktiviteten', {desc: 'Label: the text of an activity as promised.'})};
    case 'activity.by':
      return {
        label: msg('Vem gör det?', {desc: 'Label: which parties carry out the activity.'}),
        hint: msg('Ingen vald: samma som för löftet.', {desc: 'Hint: no party ticked means the same parties as the promise.'}),
      };
    case 'activity.result':
      return {label: msg('Resultat', {desc: 'Label: how an activity went.'})};
    case 'activity.status':
    case 'outcome.status':
      return {label: msg('Status', {desc: 'Label: the follow-up status (fulfilled, ongoing…).'})};
    case 'target.label':
      return {
        label: msg('Vad mäts?', {desc: 'Label: what a target measures.'}),
        placeholder: msg('Trygghetsvandringar', {desc: 'Example in an empty target label field: safety walks.'}),
      };
    case 'target.unit':
      return {label: msg('Enhet', {desc: 'Label: the unit of a target (count, percent, words).'})};
    case 'target.baseline':
      return {label: msg('Utgångsläge', {desc: 'Heading: the value a target starts from.'})};
    case 'target.goal':
      return {label: msg('Målet', {desc: 'Heading: the goal value of a target.'})};
    case 'target.actual':
      return {label: msg('Senaste värde', {desc: 'Heading: the latest measured value of a target.'})};
    case 'baseline.year':
    case 'goal.year':
    case 'actual.year':
      return {label: YEAR_LABEL()};
    case 'baseline.value':
    case 'actual.value':
      return {label: msg('Värde', {desc: 'Label: a measured number.'})};
    case 'goal.value':
      return {
        label: msg('Målvärde', {desc: 'Label: an absolute goal value (e.g. 2 walks).'}),
        hint: msg('Ett tal. Lämna tomt om målet är en förändring i procent.', {desc: 'Hint under the goal value field.'}),
      };
    case 'goal.change':
      return {
        label: msg('Förändring i procent', {desc: 'Label: a goal written as a change in percent from the baseline.'}),
        hint: msg('Till exempel -10 för tio procent färre än utgångsläget.', {desc: 'Hint under the change in percent field. Keep -10.'}),
      };
    case 'goal.direction':
      return {label: msg('Riktning', {desc: 'Label: whether the goal is to increase or decrease.'})};
    case 'goal.atLeast':
      return {label: msg('Målvärdet är ett minsta värde ("minst två")', {desc: 'Checkbox: the goal value is a floor.'})};
    case 'actual.approximate':
      return {label: msg('Värdet är ungefärligt ("drygt 20")', {desc: 'Checkbox: the measured value is approximate.'})};
    case 'outcome.summary':
      return {label: msg('Sammanfattning', {desc: 'Label: summary of a follow-up.'})};
    case 'outcome.done':
      return {label: msg('Genomfört', {id: 'editor.outcome.done', desc: 'Heading: activities that were carried out.'})};
    case 'outcome.notDone':
      return {label: msg('Inte genomfört', {id: 'editor.outcome.notDone', desc: 'Heading: what was planned and not carried out, and why.'})};
    case 'outcome.updated':
      return {label: msg('Uppföljningen skrevs', {desc: 'Label: the date a follow-up was written.'}), hint: DATE_HINT()};
    case 'item.text':
      return {label: msg('Text', {desc: 'Label: the text of a follow-up item.'})};
    case 'item.by':
      return {label: msg('Vem gjorde det?', {desc: 'Label: which parties did a follow-up item.'})};
    case 'contact.organization':
      return {label: msg('Organisation', {desc: 'Label: the organisation of a contact.'})};
    case 'contact.name':
    case 'signatory.name':
      return {label: msg('Namn', {desc: 'Label: a name (of a party or a person).'})};
    case 'contact.role':
    case 'signatory.role':
      return {label: msg('Roll', {desc: 'Label: the role or title of a person.'})};
    case 'contact.phone':
      return {label: msg('Telefon', {desc: 'Label: a phone number.'})};
    case 'contact.email':
      return {label: msg('E-post', {desc: 'Label: an e-mail address.'})};
    case 'contact.address':
      return {
        label: msg('Adress', {desc: 'Label: a postal address.'}),
        hint: msg('En rad i adressen per rad här.', {desc: 'Hint: write each line of the address on its own line.'}),
      };
    case 'link.text':
      return {label: msg('Länktext', {desc: 'Label: the visible text of a link.'})};
    case 'link.url':
      return {label: msg('Länkens adress', {desc: 'Label: where a link goes.'}), hint: URL_HINT()};
    case 'signatory.party':
      return {label: msg('Part', {desc: 'Label: which party a signatory signed for.'})};
    case 'signatory.date':
      return {label: msg('Datum', {desc: 'Label: the date of signing.'}), hint: DATE_HINT()};
    default:
      return {label: key};
  }
}

/** Words for the choices of a field with fixed values. */
export function choiceWords(value: string): string {
  switch (value) {
    // The widget's words for the statuses (src/templates/tags.ts), as a person will see them on the page.
    case 'fulfilled':
      return msg('Genomfört', {id: 'editor.status.fulfilled', desc: 'Status choice for a promise or activity: done as promised (the page says the same).'});
    case 'partly-fulfilled':
      return msg('Delvis genomfört', {id: 'editor.status.partly-fulfilled', desc: 'Status choice for a promise or activity: partly done.'});
    case 'not-fulfilled':
      return msg('Inte genomfört', {id: 'editor.status.not-fulfilled', desc: 'Status choice for a promise or activity: not done.'});
    case 'ongoing':
      return msg('Pågår', {id: 'editor.status.ongoing', desc: 'Status choice for a promise or activity: work is still going on.'});
    case 'police':
      return msg('Polisen', {desc: 'Choice of party kind: the police.'});
    case 'municipality':
      return msg('Kommun', {desc: 'Choice of party kind: a municipality.'});
    case 'other':
      return msg('Annan organisation', {desc: 'Choice of party kind: another organisation.'});
    case 'increase':
      return msg('Öka', {desc: 'Choice of goal direction: increase.'});
    case 'decrease':
      return msg('Minska', {desc: 'Choice of goal direction: decrease.'});
    default:
      return value;
  }
}

/** The kinds of list item a person adds, removes and moves. */
export type ListKind =
  | 'party'
  | 'period'
  | 'promise'
  | 'activity'
  | 'target'
  | 'done'
  | 'notDone'
  | 'contact'
  | 'link'
  | 'signatory'
  | 'place';

export interface ListWords {
  /** The button that adds one. */
  readonly add: string;
  /** The item's heading: its number, and its name (a text in its own `lang`) when it has one. */
  readonly heading: (n: number, name?: unknown) => string | TemplateResult;
  readonly remove: (n: number) => string;
  readonly up: (n: number) => string;
  readonly down: (n: number) => string;
  /** Said after removal. */
  readonly removed: (n: number) => string;
}

export function listWords(kind: ListKind): ListWords {
  switch (kind) {
    case 'party':
      return {
        add: msg('Lägg till part', {desc: 'Button: add a party.'}),
        heading: (n, name) =>
          name ? msg(html`Part ${n}: ${name}`, {desc: 'Heading of a party: its number and name. Example: Part 2: Polisen'}) : msg(str`Part ${n}`, {desc: 'Heading of a party without a name yet. Example: Part 2'}),
        remove: (n) => msg(str`Ta bort part ${n}`, {desc: 'Button: remove party number n. Example: Ta bort part 2'}),
        up: (n) => msg(str`Flytta upp part ${n}`, {desc: 'Button: move party number n up. Example: Flytta upp part 2'}),
        down: (n) => msg(str`Flytta ner part ${n}`, {desc: 'Button: move party number n down. Example: Flytta ner part 2'}),
        removed: (n) => msg(str`Part ${n} är borttagen.`, {desc: 'Announced after removing party number n. Example: Part 2 är borttagen.'}),
      };
    case 'period':
      return {
        add: msg('Lägg till period', {desc: 'Button: add a period.'}),
        heading: (n, name) =>
          name
            ? msg(html`Period ${n}: ${name}`, {desc: 'Heading of a period: its number and its title or years. Example: Period 2: 2021–2022'})
            : msg(str`Period ${n}`, {desc: 'Heading of a period without title or years yet. Example: Period 2'}),
        remove: (n) => msg(str`Ta bort period ${n}`, {desc: 'Button: remove period number n. Example: Ta bort period 2'}),
        up: (n) => msg(str`Flytta upp period ${n}`, {desc: 'Button: move period number n up. Example: Flytta upp period 2'}),
        down: (n) => msg(str`Flytta ner period ${n}`, {desc: 'Button: move period number n down. Example: Flytta ner period 2'}),
        removed: (n) => msg(str`Period ${n} är borttagen.`, {desc: 'Announced after removing period number n. Example: Period 2 är borttagen.'}),
      };
    case 'promise':
      return {
        add: msg('Lägg till löfte', {desc: 'Button: add a promise.'}),
        heading: (n, name) =>
          name
            ? msg(html`Löfte ${n}: ${name}`, {desc: 'Heading of a promise: its number and focus area. Example: Löfte 2: Trafik'})
            : msg(str`Löfte ${n}`, {desc: 'Heading of a promise without a focus area yet. Example: Löfte 2'}),
        remove: (n) => msg(str`Ta bort löfte ${n}`, {desc: 'Button: remove promise number n. Example: Ta bort löfte 2'}),
        up: (n) => msg(str`Flytta upp löfte ${n}`, {desc: 'Button: move promise number n up. Example: Flytta upp löfte 2'}),
        down: (n) => msg(str`Flytta ner löfte ${n}`, {desc: 'Button: move promise number n down. Example: Flytta ner löfte 2'}),
        removed: (n) => msg(str`Löfte ${n} är borttaget.`, {desc: 'Announced after removing promise number n. Example: Löfte 2 är borttaget.'}),
      };
    case 'activity':
      return {
        add: msg('Lägg till aktivitet', {desc: 'Button: add an activity.'}),
        heading: (n, name) =>
          name
            ? msg(html`Aktivitet ${n}: ${name}`, {desc: 'Heading of an activity: its number and the start of its text. Example: Aktivitet 2: Trygghetsvandringar'})
            : msg(str`Aktivitet ${n}`, {desc: 'Heading of an activity without text yet. Example: Aktivitet 2'}),
        remove: (n) => msg(str`Ta bort aktivitet ${n}`, {desc: 'Button: remove activity number n. Example: Ta bort aktivitet 2'}),
        up: (n) => msg(str`Flytta upp aktivitet ${n}`, {desc: 'Button: move activity number n up. Example: Flytta upp aktivitet 2'}),
        down: (n) => msg(str`Flytta ner aktivitet ${n}`, {desc: 'Button: move activity number n down. Example: Flytta ner aktivitet 2'}),
        removed: (n) => msg(str`Aktivitet ${n} är borttagen.`, {desc: 'Announced after removing activity number n. Example: Aktivitet 2 är borttagen.'}),
      };
    case 'target':
      return {
        add: msg('Lägg till mätbart mål', {desc: 'Button: add a measurable target.'}),
        heading: (n, name) =>
          name
            ? msg(html`Mål ${n}: ${name}`, {desc: 'Heading of a measurable target: its number and what it measures. Example: Mål 2: Bedrägeribrott'})
            : msg(str`Mål ${n}`, {desc: 'Heading of a measurable target without a label yet. Example: Mål 2'}),
        remove: (n) => msg(str`Ta bort mål ${n}`, {desc: 'Button: remove target number n. Example: Ta bort mål 2'}),
        up: (n) => msg(str`Flytta upp mål ${n}`, {desc: 'Button: move target number n up. Example: Flytta upp mål 2'}),
        down: (n) => msg(str`Flytta ner mål ${n}`, {desc: 'Button: move target number n down. Example: Flytta ner mål 2'}),
        removed: (n) => msg(str`Mål ${n} är borttaget.`, {desc: 'Announced after removing target number n. Example: Mål 2 är borttaget.'}),
      };
    case 'done':
      return {
        add: msg('Lägg till något som genomfördes', {desc: 'Button: add an item to the list of things carried out.'}),
        heading: (n) => msg(str`Genomfört ${n}`, {desc: 'Label of item number n in the list of things carried out. Example: Genomfört 2'}),
        remove: (n) => msg(str`Ta bort genomfört ${n}`, {desc: 'Button: remove item n of the things carried out. Example: Ta bort genomfört 2'}),
        up: (n) => msg(str`Flytta upp genomfört ${n}`, {desc: 'Button: move item n of the things carried out up. Example: Flytta upp genomfört 2'}),
        down: (n) => msg(str`Flytta ner genomfört ${n}`, {desc: 'Button: move item n of the things carried out down. Example: Flytta ner genomfört 2'}),
        removed: (n) => msg(str`Genomfört ${n} är borttaget.`, {desc: 'Announced after removing item n of the things carried out. Example: Genomfört 2 är borttaget.'}),
      };
    case 'notDone':
      return {
        add: msg('Lägg till något som inte genomfördes', {desc: 'Button: add an item to the list of things not carried out.'}),
        heading: (n) => msg(str`Inte genomfört ${n}`, {desc: 'Label of item number n in the list of things not carried out. Example: Inte genomfört 2'}),
        remove: (n) => msg(str`Ta bort inte genomfört ${n}`, {desc: 'Button: remove item n of the things not carried out. Example: Ta bort inte genomfört 2'}),
        up: (n) => msg(str`Flytta upp inte genomfört ${n}`, {desc: 'Button: move item n of the things not carried out up. Example: Flytta upp inte genomfört 2'}),
        down: (n) => msg(str`Flytta ner inte genomfört ${n}`, {desc: 'Button: move item n of the things not carried out down. Example: Flytta ner inte genomfört 2'}),
        removed: (n) => msg(str`Inte genomfört ${n} är borttaget.`, {desc: 'Announced after removing item n of the things not carried out. Example: Inte genomfört 2 är borttaget.'}),
      };
    case 'contact':
      return {
        add: msg('Lägg till kontakt', {desc: 'Button: add a contact.'}),
        heading: (n, name) =>
          name
            ? msg(html`Kontakt ${n}: ${name}`, {desc: 'Heading of a contact: its number and organisation or name. Example: Kontakt 2: Strömsunds kommun'})
            : msg(str`Kontakt ${n}`, {desc: 'Heading of a contact without a name yet. Example: Kontakt 2'}),
        remove: (n) => msg(str`Ta bort kontakt ${n}`, {desc: 'Button: remove contact number n. Example: Ta bort kontakt 2'}),
        up: (n) => msg(str`Flytta upp kontakt ${n}`, {desc: 'Button: move contact number n up. Example: Flytta upp kontakt 2'}),
        down: (n) => msg(str`Flytta ner kontakt ${n}`, {desc: 'Button: move contact number n down. Example: Flytta ner kontakt 2'}),
        removed: (n) => msg(str`Kontakt ${n} är borttagen.`, {desc: 'Announced after removing contact number n. Example: Kontakt 2 är borttagen.'}),
      };
    case 'link':
      return {
        add: msg('Lägg till länk', {desc: 'Button: add a link or document.'}),
        heading: (n, name) =>
          name ? msg(html`Länk ${n}: ${name}`, {desc: 'Heading of a link: its number and text. Example: Länk 2: Handlingsplan'}) : msg(str`Länk ${n}`, {desc: 'Heading of a link without text yet. Example: Länk 2'}),
        remove: (n) => msg(str`Ta bort länk ${n}`, {desc: 'Button: remove link number n. Example: Ta bort länk 2'}),
        up: (n) => msg(str`Flytta upp länk ${n}`, {desc: 'Button: move link number n up. Example: Flytta upp länk 2'}),
        down: (n) => msg(str`Flytta ner länk ${n}`, {desc: 'Button: move link number n down. Example: Flytta ner länk 2'}),
        removed: (n) => msg(str`Länk ${n} är borttagen.`, {desc: 'Announced after removing link number n. Example: Länk 2 är borttagen.'}),
      };
    case 'signatory':
      return {
        add: msg('Lägg till den som undertecknat', {desc: 'Button: add a person who signed the promises.'}),
        heading: (n, name) =>
          name
            ? msg(html`Undertecknare ${n}: ${name}`, {desc: 'Heading of a signatory: number and name. Example: Undertecknare 2: Anna Andersson'})
            : msg(str`Undertecknare ${n}`, {desc: 'Heading of a signatory without a name yet. Example: Undertecknare 2'}),
        remove: (n) => msg(str`Ta bort undertecknare ${n}`, {desc: 'Button: remove signatory number n. Example: Ta bort undertecknare 2'}),
        up: (n) => msg(str`Flytta upp undertecknare ${n}`, {desc: 'Button: move signatory number n up. Example: Flytta upp undertecknare 2'}),
        down: (n) => msg(str`Flytta ner undertecknare ${n}`, {desc: 'Button: move signatory number n down. Example: Flytta ner undertecknare 2'}),
        removed: (n) => msg(str`Undertecknare ${n} är borttagen.`, {desc: 'Announced after removing signatory number n. Example: Undertecknare 2 är borttagen.'}),
      };
    case 'place':
      return {
        add: msg('Lägg till plats', {desc: 'Button: add a place.'}),
        heading: (n) => msg(str`Plats ${n}`, {desc: 'Label of place number n of a promise. Example: Plats 2'}),
        remove: (n) => msg(str`Ta bort plats ${n}`, {desc: 'Button: remove place number n. Example: Ta bort plats 2'}),
        up: (n) => msg(str`Flytta upp plats ${n}`, {desc: 'Button: move place number n up. Example: Flytta upp plats 2'}),
        down: (n) => msg(str`Flytta ner plats ${n}`, {desc: 'Button: move place number n down. Example: Flytta ner plats 2'}),
        removed: (n) => msg(str`Plats ${n} är borttagen.`, {desc: 'Announced after removing place number n. Example: Plats 2 är borttagen.'}),
      };
  }
}

/** Buttons that add or remove an optional part (a follow-up, a goal…). */
export function optionalWords(kind: ObjectKind, key: string): {add: string; remove: string} {
  switch (`${kind}.${key}`) {
    case 'period.outcome':
      return {
        add: msg('Lägg till uppföljning av hela perioden', {desc: 'Button: add a follow-up to a whole period.'}),
        remove: msg('Ta bort uppföljningen av perioden', {desc: 'Button: remove the follow-up of a period.'}),
      };
    case 'promise.outcome':
      return {
        add: msg('Lägg till hur det gick', {desc: 'Button: add a follow-up to a promise.'}),
        remove: msg('Ta bort uppföljningen av löftet', {desc: 'Button: remove the follow-up of a promise.'}),
      };
    case 'target.baseline':
      return {
        add: msg('Lägg till utgångsläge', {desc: 'Button: add a baseline to a target.'}),
        remove: msg('Ta bort utgångsläget', {desc: 'Button: remove the baseline of a target.'}),
      };
    case 'target.goal':
      return {
        add: msg('Lägg till målvärde', {desc: 'Button: add a goal to a target.'}),
        remove: msg('Ta bort målet', {desc: 'Button: remove the goal of a target.'}),
      };
    default:
      return {
        add: msg('Lägg till senaste värde', {desc: 'Button: add the latest measured value to a target.'}),
        remove: msg('Ta bort senaste värdet', {desc: 'Button: remove the latest measured value of a target.'}),
      };
  }
}
