/**
 * The form's layout: fields one under the other, languages side by side
 * where there is room (stacked at 320 px and 400 % zoom), items set apart
 * by a line and their buttons, problems in words beside their fields.
 */
import {css} from 'lit';
import {baseStyles} from '../styles.js';

export const formStyles = [
  baseStyles,
  css`
    h2,
    h3,
    h4,
    h5,
    h6 {
      line-height: 1.25;
      margin: 0;
    }
    h2 {
      font-size: 1.5em;
    }
    h3 {
      font-size: 1.3em;
    }
    h4 {
      font-size: 1.15em;
    }
    h5,
    h6 {
      font-size: 1em;
    }
    .filter {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0 0.5em;
      padding: 0.75em;
      background: var(--mle-subtle);
      border-radius: 0.25em;
      margin-bottom: 1em;
    }
    .filter .hint {
      flex-basis: 100%;
      margin: 0;
    }
    .notice {
      padding: 0.75em;
      border-left: 4px solid var(--mle-ok);
    }
    .section {
      margin: 0 0 2em;
    }
    .section > h2,
    .section > .list > h2 {
      padding-bottom: 0.25em;
      border-bottom: 2px solid var(--mle-text);
      margin-bottom: 0.75em;
    }
    .field {
      margin: 0 0 1em;
      padding: 0;
      border: none;
      min-width: 0;
    }
    .field > label,
    .field > legend,
    .choice-field > label {
      display: block;
      font-weight: 600;
      padding: 0;
    }
    .simple-field input {
      width: 100%;
      max-width: 30em;
    }
    .field-date input,
    .field-year input,
    .field-number input {
      max-width: 12em;
    }
    .languages {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 16em), 1fr));
      gap: 0.5em 1em;
    }
    .language label {
      display: block;
      font-size: 0.9em;
      color: var(--mle-muted);
    }
    .language input {
      width: 100%;
    }
    .missing {
      font-size: 0.9em;
      margin: 0.15em 0 0;
      color: var(--mle-warning);
    }
    .missing::before {
      content: '⚠ ';
    }
    .required {
      font-weight: normal;
      font-size: 0.9em;
      color: var(--mle-muted);
    }
    .flag-field {
      display: flex;
      align-items: center;
    }
    .flag-field .problems {
      flex-basis: 100%;
    }
    .choices {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25em 1.5em;
    }
    .choice {
      display: flex;
      align-items: center;
      min-height: 2.75em;
    }
    .problems {
      list-style: none;
      margin: 0.35em 0 0;
      padding: 0;
    }
    .problem {
      margin: 0.25em 0 0;
      padding: 0.35em 0.5em;
      border-left: 4px solid var(--mle-error);
      background: #fdf0f0;
    }
    .problem-warning {
      border-left-color: var(--mle-warning);
      background: #fdf6e7;
    }
    .problem-review {
      border-left-color: var(--mle-warning);
      background: #fdf6e7;
    }
    .problem-guess {
      border-left-color: var(--mle-border);
      background: var(--mle-subtle);
    }
    .problem-problem strong {
      color: var(--mle-error);
    }
    .problem-review strong {
      color: var(--mle-warning);
    }
    .problem-error strong {
      color: var(--mle-error);
    }
    .problem-warning strong {
      color: var(--mle-warning);
    }
    .list {
      margin: 0 0 1em;
    }
    .list-label {
      font-weight: 600;
      margin: 0.5em 0 0.25em;
    }
    .items {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .item,
    .group {
      border-left: 4px solid var(--mle-border);
      padding: 0.5em 0 0.5em 0.75em;
      margin: 0 0 1em;
    }
    .item-period {
      border-left-color: var(--mle-accent);
    }
    .item-promise {
      border-left-color: #3d6fb3;
    }
    .item-head {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 0.5em;
      margin-bottom: 0.5em;
    }
    .item-title,
    .group-title {
      font-weight: 600;
      margin: 0;
    }
    .item-actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.35em;
    }
    .item-actions button {
      font-size: 0.9em;
    }
    .remove-button {
      color: var(--mle-error);
      border-color: var(--mle-error);
    }
    .optional-add {
      margin: 0 0 1em;
    }
    .rich-preview {
      margin: 0.25em 0 0;
      padding: 0.5em 0.75em;
      border: 1px dashed var(--mle-border);
      border-radius: 0.25em;
    }
    .rich-preview-caption {
      font-size: 0.85em;
      color: var(--mle-muted);
      margin: 0;
    }
    .rich-preview p,
    .rich-preview ul {
      margin: 0.25em 0 0.5em;
    }
    @media (forced-colors: active) {
      .item,
      .group,
      .problem {
        border-left-color: CanvasText;
      }
    }
  `,
];
