/** Contacts, with `mailto:` and `tel:` links built from plain fields. */
import {html, nothing} from 'lit';
import {msg} from '@lit/localize';
import {mailtoUrl, telUrl, type Contact} from '../feed/index.js';
import {heading, text, type RenderContext} from './context.js';

function renderContact(context: RenderContext, contact: Contact): unknown {
  const tel = contact.phone ? telUrl(contact.phone) : null;
  const mailto = contact.email ? mailtoUrl(contact.email) : null;
  return html`<li class="contact" part="contact">
    ${contact.organization ? html`<span class="contact-organization">${text(context, contact.organization)}</span>` : nothing}
    ${contact.name ? html`<span class="contact-name">${contact.name}</span>` : nothing}
    ${contact.role ? html`<span class="contact-role">${text(context, contact.role)}</span>` : nothing}
    ${contact.address ? contact.address.map((line) => html`<span class="contact-line">${line}</span>`) : nothing}
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
    ${contact.url ? html`<span class="contact-line"><a href=${contact.url} part="link">${contact.url}</a></span>` : nothing}
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
