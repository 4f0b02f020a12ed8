/**
 * The editor's page layout: the header with its actions, the problem list
 * and the form in one column, the preview beside them where there is room
 * (under them on a phone and at 400 % zoom).
 */
import {css} from 'lit';
import {baseStyles} from './styles.js';

export const editorStyles = [
  baseStyles,
  css`
      :host {
        max-width: 110em;
        margin: 0 auto;
        padding: 0 1em 3em;
      }
      header {
        padding: 1em 0 0.75em;
        border-bottom: 1px solid var(--mle-border);
        margin-bottom: 1em;
      }
      h1 {
        font-size: 1.6em;
        margin: 0 0 0.25em;
        line-height: 1.2;
      }
      .file-line {
        margin: 0 0 0.5em;
        color: var(--mle-muted);
      }
      .file-line strong {
        color: var(--mle-text);
      }
      .unsaved {
        color: var(--mle-warning);
        font-weight: 600;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5em;
        align-items: flex-end;
      }
      .language {
        margin-left: auto;
      }
      .language label {
        display: block;
        font-size: 0.9em;
      }
      .status {
        min-height: 1.5em;
        margin: 0.5em 0 0;
        font-weight: 600;
      }
      .columns {
        display: grid;
        grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
        gap: 2em;
        align-items: start;
      }
      .preview-column {
        position: sticky;
        top: 0;
        max-height: 100vh;
        overflow: auto;
      }
      mle-problems {
        margin: 0 0 1.5em;
        padding: 0.75em;
        border: 1px solid var(--mle-border);
        border-radius: 0.5em;
      }
      @media (max-width: 60em) {
        .columns {
          grid-template-columns: minmax(0, 1fr);
        }
        .preview-column {
          position: static;
          max-height: none;
        }
      }
      :host([dropping]) main {
        outline: 4px dashed var(--mle-accent);
        outline-offset: 4px;
      }
  `,
];
