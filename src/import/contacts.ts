/**
 * A contact block, line by line: an organisation, a Box or street address,
 * a postcode and town, phone numbers ("0999-100 00 (växel)"), e-mail, web
 * address, and people as name + title (+ phone), often one bullet each.
 */

export interface ContactDraft {
  organization?: string;
  name?: string;
  role?: string;
  phone?: string;
  email?: string;
  url?: string;
  address: string[];
}

export type ContactLine =
  | {readonly kind: 'label'}
  | {readonly kind: 'organization' | 'name' | 'role' | 'phone' | 'address'; readonly value: string; readonly whole: boolean}
  | {readonly kind: 'email' | 'url'; readonly value: string; readonly whole: boolean};

const LABEL = /^(?:kontakta\b.*|kontakt(?:uppgifter|personer|person)?|frågor\??|har du frågor\??)\s*:?$/i;
const PHONE = /^(?:(?:tel(?:efon)?|tfn|mobil|mobiltelefon|växel)\.?\s*:?\s*)?(?:\+46\s*\(?0?\)?|0)\d[\d\s-]{4,}\d(?:\s*\([^)]*\))?$/i;
const EMAIL = /^(?:(?:e-?post|mejl|mail|e-mail)\s*:?\s*)?([^\s@<>()]+@[^\s@<>()]+\.[a-z]{2,})$/i;
const URL_LINE = /^(?:(?:webb(?:plats)?|hemsida|www)\s*:?\s*)?((?:https?:\/\/|www\.)\S+)$/i;
const POSTAL = /^(?:box\s+\d+|\d{3}\s?\d{2}\s+\p{L}.*|\p{Lu}[\p{L}-]*(?:gatan|vägen|torget|gränd|plan|allén|stigen|backen)\s+\d+[a-z]?\b.*)$/iu;
const ORGANIZATION = /(?:kommun|polis|region|länsstyrelse|förvaltning|enhet|avdelning|myndighet|räddningstjänst|bolag|\bAB\b|stad$)/iu;
const PERSON_NAME = /^\p{Lu}[\p{Ll}'-]+(?:\s+(?:\p{Lu}[\p{Ll}'-]+|af|von|de|van))*\s+\p{Lu}[\p{Ll}'-]+$/u;

/** What one line of a contact block is. */
export function contactLine(text: string): ContactLine | undefined {
  const line = text.trim();
  if (LABEL.test(line)) return {kind: 'label'};
  if (PHONE.test(line)) return {kind: 'phone', value: line, whole: true};
  const email = EMAIL.exec(line);
  if (email) return {kind: 'email', value: email[1]!, whole: email[1] === line};
  const url = URL_LINE.exec(line);
  if (url) return {kind: 'url', value: url[1]!.startsWith('www.') ? `https://${url[1]}` : url[1]!, whole: url[1] === line};
  if (POSTAL.test(line)) return {kind: 'address', value: line, whole: true};
  if (line.length <= 80 && !/[.!?]$/.test(line)) {
    if (PERSON_NAME.test(line) && !ORGANIZATION.test(line)) return {kind: 'name', value: line, whole: true};
    if (ORGANIZATION.test(line) && line.split(/\s+/).length <= 6 && !/^\p{Ll}/u.test(line)) {
      return {kind: 'organization', value: line, whole: true};
    }
    if (line.split(/\s+/).length <= 12) return {kind: 'role', value: line, whole: true};
  }
  return undefined;
}

/** Whether a line looks like part of a contact block at all (a phone, e-mail, address). */
export function isContactDetail(text: string): boolean {
  const line = contactLine(text);
  return line !== undefined && (line.kind === 'phone' || line.kind === 'email' || line.kind === 'address');
}

/**
 * Adds one line to the contacts being read; returns false when the line is
 * not a contact detail (it is then placed elsewhere).
 */
export function addContactLine(contacts: ContactDraft[], text: string, startsPerson: boolean): {placed: boolean; whole: boolean} {
  const line = contactLine(text);
  if (!line) return {placed: false, whole: false};
  if (line.kind === 'label') return {placed: true, whole: false};
  let current = contacts.at(-1);
  const fresh = (): ContactDraft => {
    const contact: ContactDraft = {address: []};
    contacts.push(contact);
    return contact;
  };
  if (!current || startsPerson) current = fresh();
  switch (line.kind) {
    case 'organization':
      if (current.organization || current.name || current.phone) current = fresh();
      current.organization = line.value;
      break;
    case 'name':
      if (current.name) current = fresh();
      current.name = line.value;
      break;
    case 'role':
      // A title belongs under a name or an organisation; any other line is not a contact detail.
      if (current.role || !(current.name || current.organization)) return {placed: false, whole: false};
      current.role = line.value;
      break;
    case 'phone':
      if (current.phone) current.phone = `${current.phone}, ${line.value}`;
      else current.phone = line.value;
      break;
    case 'email':
      if (current.email) current = fresh();
      current.email = line.value;
      break;
    case 'url':
      if (current.url) current = fresh();
      current.url = line.value;
      break;
    case 'address':
      current.address.push(line.value);
      break;
  }
  return {placed: true, whole: line.whole};
}

/**
 * A person as one bullet: "Name\nTitle\nPhone". The first line is the name
 * when it looks like one; other lines are details, and the rest the title.
 * Returns false when the bullet holds no contact detail and no name.
 */
export function addPersonItem(contacts: ContactDraft[], lines: readonly string[]): {placed: boolean; whole: boolean} {
  const parsed = lines.map((line) => contactLine(line));
  if (!parsed.some((line) => line && line.kind !== 'role' && line.kind !== 'label')) return {placed: false, whole: false};
  const contact: ContactDraft = {address: []};
  let whole = true;
  lines.forEach((text, index) => {
    const line = parsed[index];
    const value = text.trim();
    if (line?.kind === 'phone') contact.phone = contact.phone ? `${contact.phone}, ${value}` : value;
    else if (line?.kind === 'email') contact.email = line.value;
    else if (line?.kind === 'url') contact.url = line.value;
    else if (line?.kind === 'address') contact.address.push(value);
    else if (index === 0 && line?.kind === 'name') contact.name = value;
    else if (index === 0 && line?.kind === 'organization') contact.organization = value;
    else contact.role = contact.role ? `${contact.role}\n${value}` : value;
    if (line && 'whole' in line && !line.whole) whole = false;
  });
  contacts.push(contact);
  return {placed: true, whole};
}
