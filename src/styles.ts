import {css} from 'lit';

/**
 * The widget's styles. It inherits the host page's font family and text
 * colour on purpose; everything else it sets itself, in `em`, so a host's
 * global CSS or root font size cannot break its layout.
 */
/**
 * Light-DOM mode only: the host page's CSS reaches the content there, and
 * resets such as `button { all: unset !important }` would undo the toggles'
 * layout. (In shadow mode these would also beat `::part()` themes, so they
 * stay out of the shared sheet; colours still follow the custom properties.)
 */
export const lightDomHardening = /* css */ `
  /* Beats a host's universal line-height, loses to a visitor's !important text-spacing override. */
  :where(.base *) {
    line-height: inherit;
  }
  .toggle {
    display: flex !important;
    align-items: center !important;
    justify-content: space-between !important;
    gap: 1em !important;
    box-sizing: border-box !important;
    width: 100% !important;
    min-height: 44px !important;
    padding: 0.6em 0.25em !important;
    font: inherit !important;
    font-weight: bold !important;
    color: var(--_accent) !important;
    cursor: pointer !important;
  }
  .show-all, .copy-link, .retry {
    display: inline-block !important;
    min-height: 44px !important;
    font: inherit !important;
    color: var(--_accent) !important;
    cursor: pointer !important;
  }
  button:focus-visible {
    outline: 3px solid var(--_focus) !important;
    outline-offset: 2px !important;
  }
`;

export const styles = css`
  :host {
    display: block;
    --_accent: var(--medborgar-loften-accent, #1d4f91);
    --_border: var(--medborgar-loften-border, #767676);
    --_muted: var(--medborgar-loften-muted, #595959);
    --_focus: var(--medborgar-loften-focus, var(--_accent));
    --_space: var(--medborgar-loften-spacing, 1em);
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  /* until-found panels stay in the layout tree so find-in-page reaches them. */
  [hidden]:not([hidden='until-found']) {
    display: none !important;
  }
  /*
   * Set here, not on the host: rules of the host page that match the element
   * itself (a universal line-height rule, say) cannot reach inside. Letter and word
   * spacing are left to inherit, so a visitor's text-spacing override
   * (WCAG 1.4.12) still applies.
   */
  .base {
    display: block;
    font-family: inherit;
    font-size: inherit;
    font-style: normal;
    font-weight: normal;
    color: inherit;
    line-height: 1.5;
    text-align: start;
    text-transform: none;
    text-indent: 0;
    white-space: normal;
    overflow-wrap: break-word;
    background: var(--medborgar-loften-surface, transparent);
  }
  a {
    overflow-wrap: anywhere;
  }
  .base:focus {
    outline: none;
  }
  .base[aria-busy='true'] {
    min-height: var(--medborgar-loften-min-height, 6em);
  }
  p,
  ul {
    margin: 0 0 calc(var(--_space) * 0.75);
  }
  ul {
    padding-inline-start: 1.5em;
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    font-family: inherit;
    line-height: 1.25;
    margin: calc(var(--_space) * 1.25) 0 calc(var(--_space) * 0.5);
  }
  .period-heading {
    font-size: 1.5em;
  }
  .promise-heading {
    font-size: 1.15em;
    margin: 0;
  }
  .panel h3,
  .panel h4,
  .panel h5,
  .panel h6 {
    font-size: 1em;
  }
  a {
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  a:focus-visible,
  button:focus-visible,
  .base:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .title {
    font-size: 1.1em;
    font-weight: bold;
  }
  .phase,
  .label,
  .list-label,
  .result-label,
  .by-note,
  .updated {
    color: var(--_muted);
  }
  .phase {
    font-weight: bold;
  }
  .label,
  .list-label,
  .result-label {
    font-weight: bold;
  }
  .promises {
    border-top: 1px solid var(--_border);
    margin-bottom: var(--_space);
  }
  .promise {
    border-bottom: 1px solid var(--_border);
  }
  .toggle {
    all: unset;
    box-sizing: border-box;
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 1em;
    width: 100%;
    min-height: 44px;
    padding: 0.6em 0.25em;
    font: inherit;
    font-weight: bold;
    color: var(--_accent);
    cursor: pointer;
    text-align: start;
  }
  /* A long word ("Trygghetsvandringar") wraps instead of widening the button at 320 px. */
  .toggle-text {
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .toggle:hover .toggle-text {
    text-decoration: underline;
  }
  .chevron {
    flex: none;
    width: 0.6em;
    height: 0.6em;
    border-right: 0.15em solid currentColor;
    border-bottom: 0.15em solid currentColor;
    transform: translateY(-25%) rotate(45deg);
    transition: transform 0.2s ease;
  }
  [aria-expanded='true'] > .chevron {
    transform: translateY(25%) rotate(-135deg);
  }
  /* A closed until-found panel keeps a box: it must take no space (nor show a themed border). */
  .panel[hidden='until-found'] {
    padding: 0 !important;
    border: 0 !important;
    margin: 0 !important;
  }
  .panel {
    padding: 0 0.25em var(--_space);
    background: var(--medborgar-loften-panel-surface, transparent);
  }
  .activities {
    list-style: none;
    padding: 0;
  }
  .activity {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14em), 1fr));
    gap: 0.25em 1.5em;
    padding: 0.5em 0;
    border-top: 1px dashed var(--_border);
  }
  .activity .targets {
    margin: 0.25em 0 0;
  }
  .status {
    display: inline-flex;
    gap: 0.3em;
    align-items: baseline;
    font-weight: bold;
    white-space: nowrap;
  }
  .contact-list {
    list-style: none;
    padding: 0;
  }
  .contact {
    margin-bottom: var(--_space);
  }
  .contact > span {
    display: block;
  }
  .contact-organization,
  .contact-name {
    font-weight: bold;
  }
  .message {
    padding: var(--_space);
    border: 2px solid var(--_border);
  }
  .error {
    border-color: #b00020;
  }
  .error-title {
    font-weight: bold;
  }
  .retry {
    font: inherit;
    padding: 0.5em 1em;
    min-height: 44px;
    border: 2px solid var(--_accent);
    border-radius: 4px;
    background: transparent;
    color: var(--_accent);
    cursor: pointer;
  }
  .show-all-row {
    margin: 0 0 0.5em;
    text-align: end;
  }
  .show-all,
  .copy-link {
    font: inherit;
    color: var(--_accent);
    background: transparent;
    border: 0;
    padding: 0.25em 0;
    min-height: 44px;
    cursor: pointer;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .copy-link-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1em;
    align-items: center;
    justify-content: flex-end;
    margin: 0;
  }
  .copy-status {
    color: var(--_muted);
  }
  .chart {
    display: block;
    width: 100%;
    max-width: 24em;
    height: auto;
    margin: 0.25em 0 0.5em;
    overflow: visible;
  }
  .chart text {
    font: inherit;
    font-size: 11px;
    fill: currentColor;
  }
  .chart .axis,
  .chart .leader {
    stroke: var(--_border);
    stroke-width: 1;
  }
  .chart .mark-baseline circle {
    fill: var(--_muted);
  }
  .chart .mark-goal path {
    fill: none;
    stroke: var(--_accent);
    stroke-width: 2;
  }
  .chart .mark-actual rect {
    fill: var(--_accent);
  }
  .print-only {
    display: none;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important;
    border: 0 !important;
    white-space: nowrap !important;
  }
  @media (prefers-reduced-motion: reduce) {
    .chevron {
      transition: none;
    }
  }
  @media print {
    .panel[hidden] {
      display: block !important;
      content-visibility: visible !important;
    }
    .chevron,
    .show-all-row,
    .copy-link-row,
    .retry {
      display: none !important;
    }
    .print-only {
      display: block;
    }
    .promise {
      break-inside: avoid-page;
    }
  }
  @media (forced-colors: active) {
    .chart .mark-baseline circle,
    .chart .mark-actual rect {
      fill: CanvasText;
    }
    .chart .mark-goal path {
      stroke: CanvasText;
    }
    .toggle,
    .show-all,
    .copy-link,
    .retry {
      color: ButtonText;
      border-color: ButtonText;
    }
    a:focus-visible,
    button:focus-visible {
      outline-color: Highlight;
    }
  }
`;
