/**
 * The URL allowlist. A feed may link with `https:`, `http:`, `mailto:`,
 * `tel:` or a relative URL; anything else (`javascript:`, `data:`,
 * `vbscript:`, …, in any case or encoding) is not a link.
 */

const ALLOWED_PROTOCOLS = new Set(['https:', 'http:', 'mailto:', 'tel:']);

/** A scheme at the start, as the URL standard reads one. */
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/**
 * Browsers strip C0 controls and spaces around a URL and tabs and newlines
 * inside it before they read the scheme ("java\tscript:" is "javascript:").
 */
// eslint-disable-next-line no-control-regex
const IGNORED_BY_URL_PARSERS = /[\u0000-\u0020\u007f-\u009f\u00ad\u200b-\u200f\u2028\u2029\u2060\ufeff]/g;

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  colon: ':',
  tab: '\t',
  newline: '\n',
  sol: '/',
  lpar: '(',
  rpar: ')',
  period: '.',
  amp: '&',
};

/** Decodes `&#106;`, `&#x6A;` and a few named entities, as an HTML parser would. */
function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);?/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code =
        body[1] === 'x' || body[1] === 'X'
          ? parseInt(body.slice(2), 16)
          : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

function decodePercent(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value.replace(/%([0-9a-f]{2})/gi, (_, hex: string) =>
      String.fromCharCode(parseInt(hex, 16))
    );
  }
}

function schemeOf(value: string): string | undefined {
  return SCHEME.exec(value.replace(IGNORED_BY_URL_PARSERS, ''))?.[1]?.toLowerCase();
}

/**
 * The URL if it may become a link, else null. The value is checked as the
 * browser will read it, and also after entity and percent decoding, in case a
 * CMS or a copy-paste decodes it on the way: a refused scheme in any of those
 * readings refuses the URL.
 */
export function safeUrl(raw: string): string | null {
  const url = raw.trim();
  if (url === '') return null;
  const readings = new Set([url]);
  let decoded = url;
  for (let round = 0; round < 3; round++) {
    decoded = decodePercent(decodeEntities(decoded));
    readings.add(decoded);
  }
  for (const reading of readings) {
    const scheme = schemeOf(reading);
    if (scheme !== undefined && !ALLOWED_PROTOCOLS.has(`${scheme}:`)) return null;
  }
  try {
    // The base only lets relative URLs parse; it is never used for a link.
    const parsed = new URL(url, 'https://relative.invalid/');
    if (!ALLOWED_PROTOCOLS.has(parsed.protocol)) return null;
  } catch {
    return null;
  }
  return url;
}

/** A `mailto:` link for an e-mail address, or null if it is not one. */
export function mailtoUrl(email: string): string | null {
  const address = email.trim();
  return /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/.test(address)
    ? `mailto:${address}`
    : null;
}

/**
 * A `tel:` link for a phone number as people write it ("0670-161 00
 * (växel)"), or null if it has too few digits to dial.
 */
export function telUrl(phone: string): string | null {
  const withoutNotes = phone.replace(/\(.*?\)/g, '');
  const digits = withoutNotes.replace(/[^\d+]/g, '').replace(/(?!^)\+/g, '');
  return digits.replace('+', '').length >= 3 ? `tel:${digits}` : null;
}
