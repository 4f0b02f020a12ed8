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
    --_measure: var(--medborgar-loften-measure, 40em);
    --_fulfilled: var(--medborgar-loften-fulfilled, #1b6b34);
    --_partly-fulfilled: var(--medborgar-loften-partly-fulfilled, #8a4b00);
    --_not-fulfilled: var(--medborgar-loften-not-fulfilled, #a3161c);
    --_ongoing: var(--medborgar-loften-ongoing, var(--_accent));
    --_current: var(--medborgar-loften-current, var(--_accent));
    --_ended: var(--medborgar-loften-ended, var(--_muted));
    --_upcoming: var(--medborgar-loften-upcoming, var(--_accent));
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
    /* Long words break at a hyphen in the text's own language (every foreign text carries its lang). */
    hyphens: auto;
    overflow-wrap: break-word;
    background: var(--medborgar-loften-surface, transparent);
  }
  a {
    overflow-wrap: anywhere;
  }
  /* A comfortable line length for running text; the rows of buttons span the width. */
  p,
  li,
  .rich-text {
    max-inline-size: var(--_measure);
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
  .label,
  .list-label,
  .result-label,
  .by-note,
  .updated {
    color: var(--_muted);
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
  .tag {
    --_tag: var(--_ongoing);
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    margin: 0.1em 0;
    padding: 0.05em 0.65em 0.05em 0.45em;
    border: 2px solid var(--_tag);
    border-radius: 999px;
    background: #fff;
    color: var(--_tag);
    font-size: max(0.875em, 12px);
    font-weight: bold;
    line-height: 1.3;
    vertical-align: middle;
    /* A narrow column wraps the words inside the tag rather than overflowing it. */
    max-inline-size: 100%;
  }
  .tag-fulfilled {
    --_tag: var(--_fulfilled);
  }
  .tag-partly-fulfilled {
    --_tag: var(--_partly-fulfilled);
  }
  .tag-not-fulfilled {
    --_tag: var(--_not-fulfilled);
  }
  .tag-current {
    --_tag: var(--_current);
  }
  .tag-ended {
    --_tag: var(--_ended);
  }
  .tag-upcoming {
    --_tag: var(--_upcoming);
  }
  /* Three shapes: filled, outlined, dashed; the icon and the word tell the rest. */
  .tag-fulfilled,
  .tag-current {
    background: var(--_tag);
    color: #fff;
  }
  .tag-ongoing,
  .tag-upcoming {
    border-style: dashed;
  }
  .tag-icon {
    flex: none;
    width: 1em;
    height: 1em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .tag-icon .icon-fill {
    fill: currentColor;
    stroke: none;
  }
  .period-tags {
    margin-top: calc(var(--_space) * -0.25);
  }
  .summary {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.5em;
  }
  .summary-lead {
    font-weight: bold;
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
  .message {
    margin-bottom: var(--_space);
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
  /* Both rows of interface buttons end at the same edge as the toggles' chevrons. */
  .show-all-row,
  .copy-link-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1em;
    align-items: center;
    justify-content: flex-end;
    max-inline-size: none;
    margin: 0 0 0.5em;
    padding-inline: 0.25em;
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
    margin: 0;
    padding-inline: 0;
  }
  .copy-status {
    color: var(--_muted);
  }
  .targets,
  .figures {
    list-style: none;
    padding: 0;
  }
  .target-label {
    font-weight: bold;
  }
  .figures {
    max-inline-size: 30em;
    margin: 0.25em 0 0.75em;
  }
  .figure {
    margin: 0 0 0.35em;
  }
  .figure-term {
    color: var(--_muted);
  }
  /* The bars: one scale from zero; outlined, dashed and solid marks differ without colour. */
  .bar {
    display: block;
    width: 100%;
    height: 0.8em;
    margin-top: 0.1em;
    overflow: visible;
  }
  .bar-track {
    fill: currentColor;
    opacity: 0.08;
  }
  .bar-value,
  .bar-goal {
    stroke: var(--_accent);
    stroke-width: 2;
    vector-effect: non-scaling-stroke;
  }
  .bar-value {
    fill: var(--_accent);
  }
  .figure-baseline .bar-value,
  .figure-goal .bar-value {
    fill: none;
  }
  .figure-goal .bar-value {
    stroke-dasharray: 5 3;
  }
  .bar-goal {
    stroke: var(--_muted);
    stroke-width: 3;
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
    .bar-value,
    .bar-goal {
      stroke: CanvasText;
    }
    .figure-actual .bar-value {
      fill: CanvasText;
    }
    .tag {
      border-color: CanvasText;
      color: CanvasText;
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
