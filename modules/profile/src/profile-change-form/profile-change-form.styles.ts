import { css } from 'lit';

// Form patterns after GOV.UK Frontend: label, hint, error text in that order; a thick left border
// marks a field in error; the error summary is a bordered box that takes focus on submit.
export const styles = css`
  :host {
    display: block;
    color: var(--portal-color-text, #1a1a1a);
    max-width: 40rem;
  }
  h1 {
    font-size: var(--portal-font-size-h1, 2rem);
    line-height: 1.2;
    margin: 0 0 1rem;
  }
  h1:focus,
  .error-summary:focus,
  .notice:focus {
    outline: 3px solid var(--portal-color-focus, #0a58ca);
    outline-offset: 3px;
  }
  h1:focus:not(:focus-visible) {
    outline: none;
  }
  fieldset {
    border: 0;
    padding: 0;
    margin: 0 0 1.5rem;
  }
  legend {
    font-weight: 700;
    font-size: 1.15rem;
    margin-bottom: 0.5rem;
  }
  .field {
    margin-bottom: 1.25rem;
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
  .hint {
    color: var(--portal-color-text-muted, #4a4a4a);
    margin: 0 0 0.35rem;
  }
  .field-error {
    color: var(--portal-color-error, #b00020);
    font-weight: 700;
    margin: 0 0 0.35rem;
  }
  input[type='text'],
  input[type='tel'],
  input[type='email'],
  input[type='date'] {
    font: inherit;
    width: 100%;
    max-width: 30rem;
    box-sizing: border-box;
    min-height: 44px;
    padding: 0.4rem 0.5rem;
    border: 2px solid var(--portal-color-text, #1a1a1a);
    border-radius: 0;
  }
  input.narrow {
    max-width: 12rem;
  }
  input[aria-invalid='true'] {
    border-color: var(--portal-color-error, #b00020);
  }
  input:focus-visible {
    outline: 3px solid var(--portal-color-focus, #0a58ca);
    outline-offset: 0;
  }
  .radio {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-height: 44px;
  }
  .radio input {
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
    accent-color: var(--portal-color-primary, #0a58ca);
  }
  .radio label {
    font-weight: 400;
    margin: 0;
  }
  .error-summary {
    border: 4px solid var(--portal-color-error, #b00020);
    padding: 1rem 1.25rem;
    margin-bottom: 1.5rem;
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
  .notice {
    border-left: 6px solid var(--portal-color-info, #0a58ca);
    background: var(--portal-color-info-bg, #eef4fc);
    padding: 0.75rem 1rem;
    margin-bottom: 1.5rem;
  }
  .notice.error {
    border-left-color: var(--portal-color-error, #b00020);
    background: var(--portal-color-error-bg, #fdf0f2);
  }
  .notice p {
    margin: 0;
  }
  .panel {
    background: #00703c;
    color: #fff;
    padding: 1rem 1.25rem;
    margin-bottom: 1.5rem;
    font-size: 1.15rem;
  }
  .panel p {
    margin: 0;
  }
  dl.summary {
    margin: 0 0 1.5rem;
    border-top: 1px solid var(--portal-color-border-light, #d0d0d0);
  }
  .row {
    display: grid;
    grid-template-columns: minmax(8rem, 14rem) 1fr auto;
    gap: 0.5rem 1rem;
    padding: 0.75rem 0;
    border-bottom: 1px solid var(--portal-color-border-light, #d0d0d0);
  }
  dt {
    font-weight: 700;
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    align-items: center;
    margin-top: 1.5rem;
  }
  .button {
    display: inline-block;
    font: inherit;
    font-weight: 600;
    padding: 0.6rem 1.2rem;
    min-height: 44px;
    box-sizing: border-box;
    border-radius: 4px;
    border: 2px solid var(--portal-color-primary, #0a58ca);
    background: var(--portal-color-primary, #0a58ca);
    color: #fff;
    cursor: pointer;
    text-decoration: none;
  }
  .button.secondary {
    background: #fff;
    color: var(--portal-color-primary, #0a58ca);
  }
  .button:focus-visible,
  .link:focus-visible,
  a:focus-visible {
    outline: 3px solid var(--portal-color-focus, #0a58ca);
    outline-offset: 3px;
  }
  .button[disabled] {
    opacity: 0.7;
    cursor: progress;
  }
  a {
    color: var(--portal-color-link, #0a4fb3);
  }
  .link {
    font: inherit;
    background: none;
    border: 0;
    padding: 0;
    min-height: 44px;
    color: var(--portal-color-link, #0a4fb3);
    text-decoration: underline;
    cursor: pointer;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  @media (max-width: 40rem) {
    .row {
      grid-template-columns: 1fr;
      gap: 0.25rem;
    }
  }
`;
