/**
 * Contacts: who, in what role, how to reach them. `mailto:` and `tel:`
 * links are built from plain fields; a web address reads as its host and
 * path, not as a raw URL; an address line that only repeats the
 * organisation is not said twice.
 */
import {html, nothing} from 'lit';
import {msg} from '@lit/localize';
import {mailtoUrl, telUrl, type Contact} from '../feed/index.js';
import {heading, plainText, text, type RenderContext} from './context.js';

/** "example.org/kommun/trygghet" for "https://www.example.org/kommun/trygghet/": what a reader can read aloud. */
export function readableUrl(url: string): string {
  return url
    .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
    .replace(/^www\./i, '')
    .replace(/[?#].*$/, '')
    .replace(/\/$/, '');
}

function renderContact(context: RenderContext, contact: Contact): unknown {
  const tel = contact.phone ? telUrl(contact.phone) : null;
  const mailto = contact.email ? mailtoUrl(contact.email) : null;
  const organization = contact.organization ? plainText(context, contact.organization).trim().toLowerCase() : undefined;
  const address = contact.address?.filter((line) => line.trim().toLowerCase() !== organization);
  return html`<li class="contact" part="contact">
    ${contact.organization ? html`<span class="contact-organization">${text(context, contact.organization)}</span>` : nothing}
    ${contact.name ? html`<span class="contact-name">${contact.name}</span>` : nothing}
    ${contact.role ? html`<span class="contact-role">${text(context, contact.role)}</span>` : nothing}
    ${address?.length ? address.map((line) => html`<span class="contact-line">${line}</span>`) : nothing}
    ${contact.phone
      ? html`<span class="contact-line"
          >${msg('Telefon:', {desc: 'Label before a phone number.'})}
          ${tel ? html`<a href=${tel} part="link">${contact.phone}</a>` : contact.phone}</span
        >`
      : nothing}
    ${contact.email
      ? html`<span class="contact-line"
          >${msg('E-post:', {desc: 'Label before an e-mail address.'})}
          ${mailto ? html`<a href=${mailto} part="link">${contact.email}</a>` : contact.email}</span
        >`
      : nothing}
    ${contact.url
      ? html`<span class="contact-line"
          >${msg('Webbplats:', {desc: 'Label before a web address of a contact.'})}
          <a href=${contact.url} part="link">${readableUrl(contact.url)}</a></span
        >`
      : nothing}
  </li>`;
}

export function renderContacts(context: RenderContext, contacts: readonly Contact[]): unknown {
  if (!contacts.length) return nothing;
  return html`<div class="contacts">
    ${heading(context, 0, msg('Kontakt', {desc: 'Heading: who to contact about the promises.'}))}
    <ul class="contact-list">
      ${contacts.map((contact) => renderContact(context, contact))}
    </ul>
  </div>`;
}
