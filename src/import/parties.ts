/**
 * Who makes the promises and who does what: the police and the
 * municipality as the page names them, and the actors a sentence or a
 * label names ("Polisens aktiviteter", "Att kommunen ska …", "Polisen har i
 * samverkan med kommunen …").
 */

export interface PartyDraft {
  readonly id: string;
  readonly name: string;
  readonly kind: 'police' | 'municipality' | 'other';
  /** True when the name was pieced together (from the title) rather than read. */
  readonly guessedName: boolean;
}

export const POLICE_ID = 'polisen';

const POLICE_WORD = /(?<![\p{L}])(?:polisen|polisens|polis|lokalpolisområde[tn]?|lokalpolisområdets?)(?![\p{L}])/iu;
const MUNICIPALITY_WORD = /(?<![\p{L}])(?:kommunen|kommunens|kommun|kommuns|staden|stadens)(?![\p{L}])/iu;
/** The words before the verb: who does it. */
const VERB = /(?<![\p{L}])(?:lovar|lovade|ska|skall|har|hade|kommer|kan|arbetar|genomför|genomförde|tar|träffas|deltar|medverkar|verkar|gör|gjorde|är|var|blir|fortsätter|erbjuder|bjuder|planerar|planeras)(?![\p{L}])/iu;
const TOGETHER_WITH = /(?<![\p{L}])(?:i samverkan med|tillsammans med|i samarbete med|och)\s+(polisen|kommunen)(?![\p{L}])/giu;

/** Names that look like a municipality's ("Xs kommun") but are not. */
const NOT_A_PLACE = new Set(['polisen', 'polisens', 'varje', 'vår', 'er', 'den', 'denna', 'i', 'en', 'hela', 'samma', 'annan', 'din']);

/** The municipality as the page names it most often: "Ekby kommun". */
export function municipalityName(text: string): string | undefined {
  const counts = new Map<string, number>();
  for (const match of text.matchAll(/(?<![\p{L}])(\p{Lu}[\p{L}-]*(?:[ -]\p{Lu}[\p{L}-]*)*) kommuns?(?![\p{L}])/gu)) {
    const words = match[1]!.split(' ').filter((word) => !NOT_A_PLACE.has(word.toLowerCase()));
    if (words.length === 0) continue;
    const name = `${words.join(' ')} kommun`;
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  let best: string | undefined;
  for (const [name, count] of counts) if (!best || count > counts.get(best)!) best = name;
  return best;
}

/** "Ekhamn" → "Ekhamns kommun"; names ending in a vowel or s keep their form ("Ekby kommun", "Borås kommun"). */
export function municipalityFromPlace(place: string): string {
  return /[aeiouyåäösxz]$/i.test(place) ? `${place} kommun` : `${place}s kommun`;
}

/** The local police area: "lokalpolisområde Östra Fyrbodal". */
export function policeAreaName(text: string): string | undefined {
  const match = /[Ll]okalpolisområde(?:t)?\s+(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)/u.exec(text);
  return match?.[1];
}

export function slug(text: string, fallback: string): string {
  const value = text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/g, '');
  return value || fallback;
}

export class Parties {
  readonly list: PartyDraft[] = [];

  /** The police and municipality the page names, in the order the page first names them. */
  static fromPage(text: string, titlePlace: string | undefined): Parties {
    const parties = new Parties();
    const policeAt = text.search(POLICE_WORD);
    const municipalityAt = text.search(MUNICIPALITY_WORD);
    const found: {at: number; party: PartyDraft}[] = [];
    if (policeAt >= 0) {
      const area = policeAreaName(text);
      found.push({
        at: policeAt,
        party: {id: POLICE_ID, name: area ? `Polisen, lokalpolisområde ${area}` : 'Polisen', kind: 'police', guessedName: false},
      });
    }
    if (municipalityAt >= 0) {
      const read = municipalityName(text);
      const name = read ?? (titlePlace ? municipalityFromPlace(titlePlace) : 'Kommunen');
      found.push({
        at: municipalityAt,
        party: {id: slug(name, 'kommunen'), name, kind: 'municipality', guessedName: read === undefined},
      });
    }
    for (const {party} of found.sort((a, b) => a.at - b.at)) parties.list.push(party);
    return parties;
  }

  get police(): PartyDraft | undefined {
    return this.list.find((party) => party.kind === 'police');
  }

  get municipality(): PartyDraft | undefined {
    return this.list.find((party) => party.kind === 'municipality');
  }

  /** Adds a party named before "lovar" that is neither ("Räddningstjänsten lovar att …"). */
  other(name: string): PartyDraft {
    const id = slug(name, 'part');
    const existing = this.list.find((party) => party.id === id);
    if (existing) return existing;
    const party: PartyDraft = {id, name, kind: 'other', guessedName: false};
    this.list.push(party);
    return party;
  }

  /** The ids of the police and/or municipality named in `words`. */
  named(words: string): string[] {
    const ids: string[] = [];
    if (this.police && POLICE_WORD.test(words)) ids.push(this.police.id);
    const municipality = this.municipality;
    if (municipality && (MUNICIPALITY_WORD.test(words) || words.includes(municipality.name))) ids.push(municipality.id);
    return ids;
  }

  /**
   * Who a sentence says does it: the actors before its verb, and those it
   * does it "i samverkan med" or "tillsammans med". Undefined when it
   * names none.
   */
  actorsOf(sentence: string): string[] | undefined {
    const text = sentence.replace(/^att\s+/i, '');
    const verb = VERB.exec(text);
    const subject = (verb ? text.slice(0, verb.index) : text).split(/\s+/).slice(0, 8).join(' ');
    const ids = new Set(this.named(subject));
    if (ids.size === 0 && verb && subject.split(/\s+/).length <= 4) {
      // Inverted order after an opening phrase: "Under perioden har polisen genomfört …".
      const after = text.slice(verb.index + verb[0].length).trim().split(/\s+/).slice(0, 6).join(' ');
      if (/^(?:polisen|kommunen|polis|kommun|lokalpolisområde|\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?\s+kommun)(?![\p{L}])/iu.test(after)) {
        for (const id of this.named(after.split(/(?<![\p{L}])(?:att|som|för|i|på|med)(?![\p{L}])/u)[0]!)) ids.add(id);
      }
    }
    if (ids.size > 0) {
      const firstClause = text.split(/[.;:]/)[0] ?? text;
      for (const match of firstClause.matchAll(TOGETHER_WITH)) for (const id of this.named(match[1]!)) ids.add(id);
    }
    return ids.size > 0 ? this.inOrder(ids) : undefined;
  }

  /** The parties a label names: "Polisens aktiviteter", "Gemensamma aktiviteter" (all). */
  ofLabel(label: string): string[] {
    if (/gemensam/i.test(label)) return this.list.map((party) => party.id);
    return this.named(label);
  }

  /** True when `ids` are every party: a promise kept by all needs no `by`. */
  isEveryone(ids: readonly string[]): boolean {
    return this.list.length > 0 && this.list.every((party) => ids.includes(party.id));
  }

  private inOrder(ids: ReadonlySet<string>): string[] {
    return this.list.map((party) => party.id).filter((id) => ids.has(id));
  }

  /** The party a signatory's title names: "Lokalpolisområdeschef" → the police. */
  ofTitle(title: string): string | undefined {
    if (/polis/i.test(title)) return this.police?.id;
    if (/kommun|stad/i.test(title)) return this.municipality?.id;
    return undefined;
  }
}
