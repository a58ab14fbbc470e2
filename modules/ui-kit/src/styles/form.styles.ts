import { token } from './tokens.js';
import { css } from 'lit';

// The forms' own styles, in a module apart from baseStyles: pages without a form use baseStyles only,
// and so their chunks carry none of this (a form loads it with its code).

/**
 * The form patterns, after GOV.UK Frontend: fields (label, hint, error, control), inputs 100 % wide
 * up to a readable measure, radios and checkboxes with 44 px targets, fieldsets whose legends are
 * headings, repeatable entries, inset text, the error summary, the check-your-answers list and the
 * receipt panel.
 */
export const formStyles = css`
  form {
    max-width: 40rem;
  }
  fieldset {
    border: 0;
    padding: 0;
    margin: 0 0 1.5rem;
    min-width: 0;
  }
  fieldset.section {
    margin-bottom: 2.5rem;
  }
  legend {
    padding: 0;
    max-width: 100%;
  }
  legend h2 {
    margin: 0 0 0.75rem;
  }
  /* A section's heading inside its legend: the page's heading outline stays whole. */
  legend.heading {
    margin-top: 1rem;
  }
  legend.question {
    font-weight: 700;
    font-size: 1.15rem;
    margin-bottom: 0.5rem;
  }
  legend.small {
    font-weight: 600;
    margin-bottom: 0.35rem;
  }
  .field {
    margin-bottom: 1.25rem;
  }
  .field.has-error,
  fieldset.has-error {
    border-left: 5px solid ${token.error};
    padding-left: 0.75rem;
  }
  label {
    display: block;
    font-weight: 600;
    margin-bottom: 0.25rem;
  }
  .hint {
    color: ${token.textMuted};
    margin: 0 0 0.35rem;
  }
  .field-error {
    color: ${token.error};
    font-weight: 700;
    margin: 0 0 0.35rem;
  }
  .input {
    font: inherit;
    width: 100%;
    max-width: 30rem;
    box-sizing: border-box;
    min-height: 44px;
    padding: 0.4rem 0.5rem;
    border: 2px solid ${token.text};
    border-radius: 0;
    background: #fff;
    color: inherit;
  }
  textarea.input {
    max-width: 40rem;
    resize: vertical;
    line-height: 1.4;
  }
  .input.medium {
    max-width: 20rem;
  }
  .input.short {
    max-width: 11rem;
  }
  .input.chars-4 {
    max-width: 6rem;
  }
  .input.chars-2 {
    max-width: 4rem;
  }
  .input[aria-invalid='true'] {
    border-color: ${token.error};
  }
  .input:focus-visible {
    outline: 3px solid ${token.focus};
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px;
  }
  .choice input:focus-visible {
    outline: 3px solid ${token.focus};
    outline-offset: 2px;
  }
  .char-count {
    margin: 0.35rem 0 0;
    color: ${token.textMuted};
  }
  .char-count.over {
    color: ${token.error};
    font-weight: 700;
  }
  .choice {
    display: grid;
    grid-template-columns: 1.5rem 1fr;
    column-gap: 0.6rem;
    align-items: center;
    min-height: 44px;
  }
  .choice input {
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
    accent-color: ${token.primary};
  }
  .choice label {
    font-weight: 400;
    margin: 0;
    padding: 0.45rem 0;
  }
  .choice-hint {
    grid-column: 2;
  }
  .checkboxes.columns {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr));
    column-gap: 1rem;
  }
  /* Content revealed under a chosen option: indented with a rule, as GOV.UK's conditional reveal. */
  .conditional {
    margin: 0.25rem 0 0.75rem 0.7rem;
    padding-left: 1.4rem;
    border-left: 4px solid ${token.borderLight};
  }
  /* Groups of inputs on one line (month and year): they wrap on a narrow screen. */
  .inline-fields {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1rem;
  }
  .inline-fields .field {
    margin-bottom: 0.5rem;
  }
  /* A repeatable entry (an education, a job): a light box, its own legend and a remove button. */
  fieldset.entry {
    border: 1px solid ${token.borderLight};
    border-left: 5px solid ${token.borderLight};
    padding: 0.75rem 1rem 0.25rem;
    margin-bottom: 1rem;
  }
  fieldset.entry > legend {
    font-weight: 700;
    padding: 0 0.35rem;
  }
  .entry-actions {
    margin: 0 0 0.5rem;
  }
  .repeat-row {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: 0 1rem;
  }
  .repeat-row .field {
    flex: 1 1 14rem;
  }
  .repeat-row .link {
    margin-bottom: 1.25rem;
  }
  /* Wide enough for the browser's day, month and year parts and its picker button (a date input). */
  .input.date {
    max-width: 12rem;
  }
  /* GOV.UK's inset text (e.g. what goes to a benefit payer): information to notice before
     sending, not a warning that something is wrong. */
  .inset {
    border-left: 6px solid #505a5f;
    padding: 0.5rem 1rem;
    margin: 0 0 1.5rem;
    max-width: 40rem;
  }
  .inset p {
    margin: 0;
  }
  .inset p + p,
  .inset p + ul {
    margin-top: 0.5rem;
  }
  .error-summary {
    border: 4px solid ${token.error};
    padding: 1rem 1.25rem;
    margin-bottom: 1.5rem;
    max-width: 40rem;
  }
  .error-summary h2 {
    font-size: 1.25rem;
    margin: 0 0 0.5rem;
  }
  .error-summary ul {
    margin: 0;
    padding-left: 1.25rem;
  }
  .error-summary a {
    color: ${token.error};
    font-weight: 700;
  }
  dl.summary {
    margin: 0 0 1.5rem;
    border-top: 1px solid ${token.borderLight};
    max-width: 45rem;
  }
  dl.summary .row {
    display: grid;
    grid-template-columns: minmax(8rem, 14rem) 1fr auto;
    gap: 0.5rem 1rem;
    padding: 0.75rem 0;
    border-bottom: 1px solid ${token.borderLight};
  }
  dl.summary dt {
    font-weight: 700;
  }
  dl.summary dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  dl.summary ul {
    margin: 0;
    padding-left: 1.1rem;
  }
  .panel {
    background: #00703c;
    color: #fff;
    padding: 1rem 1.25rem;
    margin-bottom: 1.5rem;
    max-width: 45rem;
  }
  .panel p {
    margin: 0;
  }
  .panel .panel-heading {
    font-size: 1.25rem;
    font-weight: 700;
  }
  .panel p + p {
    margin-top: 0.5rem;
  }
  @media (max-width: 40rem) {
    dl.summary .row {
      grid-template-columns: 1fr;
      gap: 0.25rem;
    }
  }
  @media print {
    .panel {
      background: #fff;
      color: #000;
      border: 2px solid #000;
    }
    .inset {
      border-left-color: #000;
    }
    .error-summary,
    .change {
      display: none;
    }
  }
`;
