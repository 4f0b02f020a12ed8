/**
 * Ids the editor writes for the person: periods, promises and parties need
 * one (a slug, `[a-z0-9-]+`, used in deep links), and a person should not
 * have to invent them.
 */

const LETTERS: Readonly<Record<string, string>> = {å: 'a', ä: 'a', ö: 'o', æ: 'ae', ø: 'o', ü: 'u', é: 'e', è: 'e', ß: 'ss'};

/** A slug from words: "Trygghet i centrum" → "trygghet-i-centrum"; "" when nothing is left. */
export function slugify(words: string): string {
  return words
    .toLowerCase()
    .replace(/[åäöæøüéèß]/g, (letter) => LETTERS[letter] ?? letter)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/** `base`, or `base-2`, `base-3`… whichever is not in `taken`. */
export function uniqueId(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!used.has(candidate)) return candidate;
  }
}

/** The id a period gets from its dates: "2021", "2021-2022", or "" when `from` has no year. */
export function periodIdFrom(from: unknown, to: unknown): string {
  const year = (value: unknown) => /^\s*(\d{4})/.exec(String(value ?? ''))?.[1];
  const start = year(from);
  if (!start) return '';
  const end = year(to);
  return end && end !== start ? `${start}-${end}` : start;
}
