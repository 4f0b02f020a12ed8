/**
 * The loading and error messages: plain language in the widget's language.
 * The technical reason goes to the console and the error event instead.
 */
import {html, nothing} from 'lit';
import {msg} from '@lit/localize';
import type {FeedError} from '../feed-error.js';

/**
 * Whether trying again can help: a dead network, a slow or failing server.
 * A missing file, a broken feed or an embed without a feed stays so until
 * someone fixes it.
 */
function retryHelps(error: FeedError | undefined): boolean {
  if (!error) return false;
  return error.kind === 'network' || error.kind === 'timeout' || (error.kind === 'http' && error.status !== 404);
}

export function renderLoading() {
  return html`<p class="message loading" part="message" role="status" data-nosnippet>
    ${msg('Hämtar medborgarlöftena …', {desc: 'Shown while the promises are being loaded.'})}
  </p>`;
}

export function renderError(error: FeedError | undefined, onRetry: () => void) {
  const kind = error?.kind;
  let reason: string;
  if (kind === 'network') {
    reason = msg('Det gick inte att nå servern. Kontrollera internetanslutningen och försök igen.', {
      desc: 'Error: the feed could not be fetched (network failure).',
    });
  } else if (kind === 'timeout') {
    reason = msg('Servern svarade inte i tid. Försök igen om en stund.', {desc: 'Error: fetching the feed took too long.'});
  } else if (kind === 'http' && error?.status === 404) {
    reason = msg('Filen med medborgarlöftena finns inte på den angivna adressen.', {
      desc: 'Error: the feed address gives 404 Not Found.',
    });
  } else if (kind === 'http') {
    reason = msg('Servern kunde inte skicka medborgarlöftena just nu. Försök igen om en stund.', {
      desc: 'Error: the server answered with an error status (such as 500).',
    });
  } else if (kind === 'no-feed') {
    reason = msg('Sidan anger inte var medborgarlöftena finns.', {desc: 'Error: the embed has no feed address and no inline feed.'});
  } else {
    reason = msg('Filen med medborgarlöftena innehåller fel och kan inte visas.', {
      desc: 'Error: the feed is broken (not JSON, wrong format, no periods).',
    });
  }
  return html`<div class="message error" part="message" role="alert" data-nosnippet>
    <p class="error-title">${msg('Medborgarlöftena kan inte visas just nu.', {desc: 'First line of every error message.'})}</p>
    <p>${reason}</p>
    ${retryHelps(error)
      ? html`<button type="button" class="retry" part="retry" @click=${onRetry}>
          ${msg('Försök igen', {desc: 'Button: try to load the promises again.'})}
        </button>`
      : nothing}
  </div>`;
}
