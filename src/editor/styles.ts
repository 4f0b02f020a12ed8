/**
 * What every part of the editor looks like: the page's font and colours,
 * visible focus, buttons and fields that work at 320 px and 400 % zoom, in
 * forced colours and with reduced motion. Colours meet 4.5:1 for text and
 * 3:1 for borders and focus on white.
 */
import {css} from 'lit';

export const baseStyles = css`
  :host {
    --mle-text: #1b1b1b;
    --mle-muted: #4d4d4d;
    --mle-surface: #ffffff;
    --mle-subtle: #f3f4f6;
    --mle-border: #6b6b6b;
    --mle-accent: #1d4f91;
    --mle-accent-text: #ffffff;
    --mle-error: #a4161a;
    --mle-warning: #6b4500;
    --mle-ok: #1e5e2f;
    --mle-focus: #1d4f91;
    display: block;
    color: var(--mle-text);
    font-family: system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif;
    line-height: 1.5;
  }
  [hidden] {
    display: none !important;
  }
  :focus-visible {
    outline: 3px solid var(--mle-focus);
    outline-offset: 2px;
  }
  [tabindex='-1']:focus {
    outline: 3px solid var(--mle-focus);
    outline-offset: 2px;
  }
  button {
    font: inherit;
    color: var(--mle-accent);
    background: var(--mle-surface);
    border: 1px solid var(--mle-accent);
    border-radius: 0.25em;
    padding: 0.35em 0.75em;
    min-height: 2.75em;
    min-width: 2.75em;
    cursor: pointer;
  }
  button:hover {
    background: var(--mle-subtle);
  }
  button.primary {
    color: var(--mle-accent-text);
    background: var(--mle-accent);
  }
  button.primary:hover {
    background: #163d70;
  }
  button[aria-disabled='true'],
  button:disabled {
    color: var(--mle-muted);
    border-color: var(--mle-border);
    cursor: not-allowed;
    background: var(--mle-surface);
  }
  button.link-button {
    border: none;
    padding: 0.25em 0;
    min-height: 2.75em;
    text-decoration: underline;
    background: none;
  }
  input,
  textarea,
  select {
    font: inherit;
    color: var(--mle-text);
    background: var(--mle-surface);
    border: 1px solid var(--mle-border);
    border-radius: 0.25em;
    padding: 0.4em 0.5em;
    box-sizing: border-box;
    max-width: 100%;
  }
  input[type='checkbox'],
  input[type='radio'] {
    width: 1.25em;
    height: 1.25em;
    margin: 0 0.5em 0 0;
    flex: none;
  }
  textarea {
    width: 100%;
    resize: vertical;
    field-sizing: content;
    min-height: 4.5em;
  }
  [aria-invalid='true'] {
    border: 2px solid var(--mle-error);
  }
  .hint {
    color: var(--mle-muted);
    font-size: 0.9em;
    margin: 0.15em 0 0.35em;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  @media (forced-colors: active) {
    button,
    input,
    textarea,
    select {
      border: 1px solid ButtonText;
    }
    :focus-visible,
    [tabindex='-1']:focus {
      outline-color: Highlight;
    }
    [aria-invalid='true'] {
      border: 3px double CanvasText;
    }
  }
`;
