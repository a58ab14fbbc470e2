import { css } from 'lit';

// The form's own styles, apart from baseStyles: the front page and the event and request pages use
// baseStyles only, so their chunks carry none of this.

/**
 * The form patterns, after GOV.UK Frontend: fields (label, hint, error, control), a text area as wide
 * as the screen allows up to a readable measure, the file input and its list of files with their
 * progress, the error summary, the check-your-answer list and the receipt panel.
 */
export const formStyles = css`
  form {
    max-width: 43rem;
  }
  .field {
    margin-bottom: 1.5rem;
  }
  .field.has-error {
    border-left: 5px solid var(--portal-color-error, #b00020);
    padding-left: 0.75rem;
  }
  label {
    display: block;
    font-weight: 600;
    margin-bottom: 0.25rem;
  }
  label.heading-label {
    font-size: 1.15rem;
  }
  .hint {
    color: var(--portal-color-text-muted, #4a4a4a);
    margin: 0 0 0.35rem;
    max-width: 43rem;
  }
  .hint p {
    margin: 0 0 0.35rem;
  }
  .field-error {
    color: var(--portal-color-error, #b00020);
    font-weight: 700;
    margin: 0 0 0.35rem;
  }
  .input {
    font: inherit;
    width: 100%;
    max-width: 40rem;
    box-sizing: border-box;
    min-height: 44px;
    padding: 0.4rem 0.5rem;
    border: 2px solid var(--portal-color-text, #1a1a1a);
    border-radius: 0;
    background: #fff;
    color: inherit;
  }
  textarea.input {
    resize: vertical;
    line-height: 1.4;
  }
  .input[aria-invalid='true'] {
    border-color: var(--portal-color-error, #b00020);
  }
  .input:focus-visible {
    outline: 3px solid var(--portal-color-focus, #0a58ca);
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px;
  }
  .char-count {
    margin: 0.35rem 0 0;
    color: var(--portal-color-text-muted, #4a4a4a);
  }
  .char-count.over {
    color: var(--portal-color-error, #b00020);
    font-weight: 700;
  }
  /* The file input is the real one, over its label drawn as a button: a click or a tap anywhere on
     the button reaches the input itself, the keyboard focuses it, and its accessible name is the
     label. What the person sees is in the page's language, not the browser's ("Choose Files / No
     file chosen" on a Finnish page); the chosen files are listed below instead. */
  .file-picker {
    position: relative;
    display: inline-block;
    max-width: 100%;
    margin-top: 0.25rem;
  }
  .file-picker .file-button {
    display: inline-block;
    box-sizing: border-box;
    max-width: 100%;
    min-height: 44px;
    margin: 0;
    padding: 0.6rem 1.2rem;
    border: 2px solid var(--portal-color-primary, #0a58ca);
    border-radius: 4px;
    background: #fff;
    color: var(--portal-color-primary, #0a58ca);
    font-weight: 600;
    line-height: 1.25;
  }
  .file-picker input[type='file'] {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    margin: 0;
    padding: 0;
    opacity: 0;
    cursor: pointer;
    font-size: 0;
  }
  .file-picker:hover .file-button {
    text-decoration: underline;
  }
  .file-picker:focus-within .file-button {
    outline: 3px solid var(--portal-color-focus, #0a58ca);
    outline-offset: 3px;
  }
  .has-error .file-picker .file-button {
    border-color: var(--portal-color-error, #b00020);
  }
  /* What the request asks to attach, beside the file input. */
  .checklist {
    margin: 0 0 1rem;
    padding-left: 1.25rem;
  }
  .checklist li {
    margin-bottom: 0.25rem;
  }
  ul.files {
    list-style: none;
    margin: 1rem 0 0;
    padding: 0;
    max-width: 40rem;
  }
  ul.files > li {
    border: 1px solid var(--portal-color-border-light, #d0d0d0);
    border-left: 5px solid var(--portal-color-border-light, #d0d0d0);
    padding: 0.6rem 0.75rem;
    margin-bottom: 0.75rem;
  }
  ul.files > li.done {
    border-left-color: #00703c;
  }
  ul.files > li.refused,
  ul.files > li.failed {
    border-left-color: var(--portal-color-error, #b00020);
  }
  .file-name {
    font-weight: 700;
    overflow-wrap: anywhere;
    margin: 0;
  }
  .file-status {
    margin: 0.35rem 0 0;
  }
  .file-status.ok {
    color: #00703c;
    font-weight: 600;
  }
  .file-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 0.75rem;
    margin-top: 0.5rem;
  }
  progress {
    display: block;
    width: 100%;
    max-width: 30rem;
    height: 1rem;
    margin-top: 0.35rem;
    accent-color: var(--portal-color-primary, #0a58ca);
  }
  .error-summary {
    border: 4px solid var(--portal-color-error, #b00020);
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
    color: var(--portal-color-error, #b00020);
    font-weight: 700;
  }
  .link {
    font: inherit;
    background: none;
    border: 0;
    padding: 0;
    min-height: 44px;
    color: var(--portal-color-link, #0a4fb3);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
    text-align: left;
  }
  dl.summary {
    margin: 0 0 1.5rem;
    border-top: 1px solid var(--portal-color-border-light, #d0d0d0);
    max-width: 45rem;
  }
  dl.summary .row {
    display: grid;
    grid-template-columns: minmax(8rem, 12rem) 1fr auto;
    gap: 0.5rem 1rem;
    padding: 0.75rem 0;
    border-bottom: 1px solid var(--portal-color-border-light, #d0d0d0);
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
    max-width: 43rem;
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
    .change,
    form,
    .file-actions {
      display: none;
    }
  }
`;
