/**
 * A focus area for a promise whose page gives none (a bullet list of
 * promises without headings): the first topic of this table, in its
 * order, whose word stands in the promise. Always reported for review.
 */

const TOPICS: readonly (readonly [RegExp, string])[] = [
  [/trafik|hastighet|rattfyller|rattonykter|körning|mopeder|a-traktor|epa-traktor/i, 'Trafik'],
  [/narkotika|cannabis/i, 'Narkotika'],
  [/\bdrog|andt|alkohol|langning/i, 'Droger'],
  [/bedrägeri/i, 'Bedrägerier'],
  [/våld i nära relation/i, 'Våld i nära relationer'],
  [/brott mot äldre/i, 'Brott mot äldre'],
  [/inbrott|stöld|stölder/i, 'Inbrott och stölder'],
  [/skadegörelse|klotter|vandalism/i, 'Skadegörelse'],
  [/våld/i, 'Våld'],
  [/grannsamverkan/i, 'Grannsamverkan'],
  [/trygg|synlig|närvaro|belysning/i, 'Trygghet'],
  [/ungdom|unga\b/i, 'Ungdomar'],
  [/samverkan|samarbete/i, 'Samverkan'],
  [/brottsförebygg/i, 'Brottsförebyggande arbete'],
];

/** The default when no topic word is found. */
export const GENERIC_AREA = 'Medborgarlöfte';

export function guessArea(...texts: readonly string[]): string {
  for (const [pattern, area] of TOPICS) {
    if (texts.some((text) => pattern.test(text))) return area;
  }
  return GENERIC_AREA;
}
