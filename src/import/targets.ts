/**
 * Numeric targets in a promise's or an activity's words:
 *
 * - counts: "minst två tillfällen per år" → a goal of at least 2, unit
 *   "tillfällen per år" (with its singular where the noun's ending tells it);
 * - relative changes: "inbrotten ska minska med fem procent fram till år
 *   2027" → a change of -5 % by 2027.
 *
 * Numbers may be digits or Swedish number words ("två", "femtio", "tjugofem").
 */

const UNITS: Readonly<Record<string, number>> = {
  en: 1, ett: 1, två: 2, tre: 3, fyra: 4, fem: 5, sex: 6, sju: 7, åtta: 8, nio: 9, tio: 10,
  elva: 11, tolv: 12, tretton: 13, fjorton: 14, femton: 15, sexton: 16, sjutton: 17, arton: 18, nitton: 19,
};
const TENS: Readonly<Record<string, number>> = {
  tjugo: 20, trettio: 30, fyrtio: 40, femtio: 50, sextio: 60, sjuttio: 70, åttio: 80, nittio: 90,
};

/** A number written in digits or Swedish words, or undefined. */
export function numberFrom(word: string): number | undefined {
  const lower = word.toLowerCase().replace(/\s/g, '');
  if (/^\d+(?:[.,]\d+)?$/.test(lower)) return Number(lower.replace(',', '.'));
  if (lower in UNITS) return UNITS[lower];
  if (lower === 'hundra' || lower === 'etthundra') return 100;
  if (lower === 'tusen' || lower === 'ettusen') return 1000;
  for (const [tens, value] of Object.entries(TENS)) {
    if (lower === tens) return value;
    if (lower.startsWith(tens)) {
      const unit = UNITS[lower.slice(tens.length)];
      if (unit !== undefined && unit < 10) return value + unit;
    }
  }
  return undefined;
}

const NUMBER_WORD = `\\d+|${[...Object.keys(UNITS), ...Object.keys(TENS).map((tens) => `${tens}(?:${Object.keys(UNITS).slice(0, 9).join('|')})?`), 'hundra', 'tusen'].join('|')}`;
const PER = '(?:per|i|om|varje)\\s+(?:år|månad|vecka|termin|tertial|kvartal|dag|kväll|helg|läsår)';

/** Singular and plural endings that say each other: "vandring"/"vandringar". */
const ENDINGS: readonly (readonly [string, string])[] = [
  ['tillfälle', 'tillfällen'],
  ['möte', 'möten'],
  ['kväll', 'kvällar'],
  ['ing', 'ingar'],
  ['ion', 'ioner'],
  ['het', 'heter'],
  ['else', 'elser'],
  ['tion', 'tioner'],
  ['kontroll', 'kontroller'],
  ['insats', 'insatser'],
  ['dialog', 'dialoger'],
  ['kampanj', 'kampanjer'],
  ['träff', 'träffar'],
  ['tillsyn', 'tillsyner'],
  ['aktivitet', 'aktiviteter'],
  ['besök', 'besök'],
  ['gång', 'gånger'],
  ['dag', 'dagar'],
];

/** The singular and plural of a noun whose ending tells them, for a target's label ("Temakvällar"). */
function forms(noun: string): {one: string; other: string} | undefined {
  const lower = noun.toLowerCase();
  for (const [one, other] of ENDINGS) {
    if (lower.endsWith(other)) return {one: noun.slice(0, noun.length - other.length) + one, other: noun};
  }
  for (const [one, other] of ENDINGS) {
    if (lower.endsWith(one)) return {one: noun, other: noun.slice(0, noun.length - one.length) + other};
  }
  return undefined;
}

/** Nouns too general to name a target on their own ("två tillfällen"). */
const GENERIC = /^(?:tillfällen?|gång(?:er)?|ggr)$/i;

export interface FoundTarget {
  readonly target: Record<string, unknown>;
  /** The words it was read from. */
  readonly text: string;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Counts promised in an activity ("minst två tillfällen per år"). */
export function countTargets(text: string): FoundTarget[] {
  const found: FoundTarget[] = [];
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:(minst|åtminstone|cirka|ca|ungefär|drygt)\\s+)?(${NUMBER_WORD})\\s+([\\p{L}-]+)(\\s+${PER}(?![\\p{L}]))?`,
    'giu'
  );
  for (const match of text.matchAll(pattern)) {
    const [whole, qualifier, numberWord, noun, per] = match;
    const value = numberFrom(numberWord!);
    // A count is a target when it says "at least" or "per year"; "ett antal" or "en plan" are not.
    if (value === undefined || (!qualifier && !per)) continue;
    if (/^\d{4}$/.test(numberWord!) || /^(?:procent|%)$/i.test(noun!)) continue;
    const nounForms = forms(noun!);
    // The unit as the page writes it ("tillfällen per år" after "två"): a plain text, which the
    // feed shows with every number, reads right with the goal's own number.
    const unit = [noun, per?.trim()].filter(Boolean).join(' ');
    let label: string;
    if (GENERIC.test(noun!)) {
      // "närvara vid föräldramöten vid minst två tillfällen": what comes before names it.
      const before = text.slice(0, match.index).replace(/\s+(?:vid|i|på|under|med)\s*$/i, '').trim();
      label = capitalize(before.split(/[,;:]/).at(-1)!.trim()) || capitalize(noun!);
    } else {
      label = capitalize(nounForms?.other ?? noun!);
    }
    found.push({
      target: {label, unit, goal: {value, ...(/^(?:minst|åtminstone)$/i.test(qualifier ?? '') ? {atLeast: true} : {})}},
      text: whole.trim(),
    });
  }
  return found;
}

/** Relative changes ("X ska minska med fem procent fram till år 2027"). */
export function changeTargets(text: string): FoundTarget[] {
  const found: FoundTarget[] = [];
  const pattern = new RegExp(
    `(?<![\\p{L}])([\\p{L}\\s-]{2,60}?)\\s+(?:ska|skall|kommer att)\\s+(minska|öka|sjunka|stiga)\\s+med\\s+(${NUMBER_WORD})\\s*(?:procent|%)(?:\\s+(?:fram\\s+)?till\\s+(?:år\\s+)?((?:19|20)\\d{2}))?`,
    'giu'
  );
  // The year may stand once, after the last of several changes ("… med 10 % och … med 15 % fram till 2022").
  const sharedYear = /(?:fram\s+)?till\s+(?:år\s+)?((?:19|20)\d{2})/i.exec(text)?.[1];
  for (const match of text.matchAll(pattern)) {
    const [whole, subject, verb, numberWord, year] = match;
    const value = numberFrom(numberWord!);
    if (value === undefined) continue;
    const label = subject!.split(/\b(?:att|och|samt|där|som)\b|[,;:]/i).at(-1)!.trim();
    if (!label) continue;
    const down = /^(?:minska|sjunka)$/i.test(verb!);
    const goalYear = year ?? sharedYear;
    found.push({
      target: {label: capitalize(label), goal: {...(goalYear ? {year: Number(goalYear)} : {}), change: down ? -value : value}},
      text: whole.trim(),
    });
  }
  return found;
}
