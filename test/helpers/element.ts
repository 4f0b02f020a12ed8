/**
 * Helpers for element tests: mount a widget and wait for it to settle,
 * build small feeds, and look into its rendering the way a user's tools do
 * (roles, names, attributes).
 */
import {fixture, html, oneEvent} from '@open-wc/testing';
import type {TemplateResult} from 'lit';
import type {MedborgarLoften} from '../../src/medborgar-loften.js';

export const STROMSUND = '/demo/feeds/stromsund.json';

// Widgets remember open sections per tab; each test starts from a fresh visit.
beforeEach(() => sessionStorage.clear());
export const EXEMPELBY = '/demo/feeds/exempelby.json';

/**
 * Waits a frame at a time until `condition()` holds; `frames` only bounds
 * the wait (a second at 60 Hz by default). Resolves to whether it held.
 */
export async function until(condition: () => boolean, frames = 60): Promise<boolean> {
  for (let frame = 0; frame < frames && !condition(); frame++) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  return condition();
}

let gates = 0;

/**
 * A feed URL whose answer the test server holds until `release()`: the
 * widget stays in its loading state for as long as the test needs.
 */
export function heldFeed(file = STROMSUND): {src: string; release(): Promise<void>} {
  const key = `gate-${++gates}-${Math.random().toString(36).slice(2)}`;
  return {
    src: `/__feed/gate/${key}?file=${encodeURIComponent(file.replace(/^\//, ''))}`,
    release: async () => {
      await fetch(`/__feed/open/${key}`);
    },
  };
}

/** Waits until the widget has loaded or failed, and has rendered that. */
export async function settled(el: MedborgarLoften): Promise<MedborgarLoften> {
  if (el.status !== 'loaded' && el.status !== 'error') {
    await Promise.race([oneEvent(el, 'medborgar-loften-load'), oneEvent(el, 'medborgar-loften-error')]);
  }
  await el.updateComplete;
  // Closed panels are filled just after the first paint: settled means all of it.
  await el.contentComplete;
  return el;
}

/** Mounts a template whose first element is a widget and waits for it to settle. */
export async function mount(template: TemplateResult): Promise<MedborgarLoften> {
  return settled(await fixture<MedborgarLoften>(template));
}

/** The widget's rendering root (its shadow root). */
export function root(el: MedborgarLoften): ShadowRoot {
  return el.shadowRoot!;
}

/** The promise toggles: the expandable buttons that sit in headings. */
export function toggles(el: MedborgarLoften): HTMLButtonElement[] {
  return [...root(el).querySelectorAll<HTMLButtonElement>(':is(h1, h2, h3, h4, h5, h6) > button[aria-expanded]')];
}

/** Whether a panel is closed: `hidden`, or `hidden="until-found"` where find-in-page can still reach it. */
export function isClosed(panel: HTMLElement): boolean {
  return panel.hasAttribute('hidden');
}

/** The disclosure button whose visible name is `name`. */
export function toggleNamed(el: MedborgarLoften, name: string): HTMLButtonElement {
  const button = toggles(el).find((b) => b.textContent!.trim() === name);
  if (!button) throw new Error(`No toggle named "${name}"; have: ${toggles(el).map((b) => b.textContent!.trim()).join(', ')}`);
  return button;
}

/** The panel a disclosure button controls. */
export function panelOf(el: MedborgarLoften, button: HTMLButtonElement): HTMLElement {
  const panel = root(el).getElementById(button.getAttribute('aria-controls')!);
  if (!panel) throw new Error('aria-controls points at no element');
  return panel;
}

/** Headings as "H2 Text", in document order. */
export function headings(el: MedborgarLoften): string[] {
  return [...root(el).querySelectorAll('h1,h2,h3,h4,h5,h6')].map(
    (h) => `${h.tagName} ${h.textContent!.trim().replace(/\s+/g, ' ')}`
  );
}

/** Visible text of the rendering, whitespace folded. */
export function visibleText(el: MedborgarLoften): string {
  return (root(el).querySelector('.base') as HTMLElement).innerText.replace(/\s+/g, ' ').trim();
}

/** A minimal valid feed, with overrides. */
export function feed(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    format: 'medborgar-loften/1',
    language: 'sv',
    parties: [
      {id: 'polisen', name: {sv: 'Polisen', en: 'The Police'}, kind: 'police'},
      {id: 'kommunen', name: {sv: 'Kommunen', en: 'The municipality'}, kind: 'municipality'},
    ],
    periods: [
      {
        id: 'p2024',
        from: '2024',
        to: '2025',
        promises: [
          {id: 'trafik', area: {sv: 'Trafik', en: 'Traffic'}, promise: {sv: 'Vi lovar färre fortkörare.', en: 'We promise fewer speeders.'}},
          {id: 'narkotika', area: {sv: 'Narkotika', en: 'Drugs'}, promise: {sv: 'Vi lovar att förebygga.', en: 'We promise prevention.'}},
        ],
      },
    ],
    ...overrides,
  };
}

/** A `data:` URL is refused by the widget; serve inline feeds as a child script instead. */
export function feedScript(json: unknown): string {
  return JSON.stringify(json).replace(/</g, '\\u003c');
}

/**
 * Mounts a widget whose feed is inline JSON (a child script), with the given
 * attributes and fallback HTML, inside a fixture container.
 */
export async function mountInline(
  json: unknown,
  attributes: Record<string, string> = {},
  fallbackHtml = ''
): Promise<MedborgarLoften> {
  const el = document.createElement('medborgar-loften');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.innerHTML = fallbackHtml;
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = typeof json === 'string' ? json : feedScript(json);
  el.append(script);
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  container.append(el);
  return settled(el);
}
