import { css } from 'lit';
import { baseStyles } from '../shared.styles.js';

export const styles = [
  baseStyles,
  css`
    :host {
      display: block;
      margin-top: 2rem;
    }
    h2 {
      font-size: 1.35rem;
      line-height: 1.25;
      margin: 0 0 0.5rem;
    }
    h2:focus {
      outline: none;
    }
    h2:focus-visible {
      outline: 3px solid var(--portal-color-focus, #0a58ca);
      outline-offset: 3px;
    }
    p {
      margin: 0 0 0.75rem;
    }
    .field {
      margin: 0 0 1.25rem;
    }
    .field.invalid {
      border-left: 4px solid var(--portal-color-error, #b3261e);
      padding-left: 0.75rem;
    }
    label {
      display: block;
      font-weight: 600;
      margin-bottom: 0.25rem;
    }
    .hint {
      color: var(--portal-color-text-muted, #4a4a4a);
      margin-bottom: 0.4rem;
    }
    .error {
      color: var(--portal-color-error, #b3261e);
      font-weight: 600;
      margin-bottom: 0.4rem;
    }
    textarea,
    input {
      box-sizing: border-box;
      width: 100%;
      max-width: 40rem;
      font: inherit;
      padding: 0.5rem;
      border: 2px solid var(--portal-color-border-strong, #595959);
      border-radius: 4px;
    }
    textarea:focus-visible,
    input:focus-visible {
      outline: 3px solid var(--portal-color-focus, #0a58ca);
      outline-offset: 2px;
    }
    [aria-invalid='true'] {
      border-color: var(--portal-color-error, #b3261e);
    }
    .error-summary {
      border: 3px solid var(--portal-color-error, #b3261e);
      padding: 0.75rem 1rem;
      margin: 0 0 1.25rem;
    }
    .error-summary:focus-visible {
      outline: 3px solid var(--portal-color-focus, #0a58ca);
      outline-offset: 3px;
    }
    .error-summary h3 {
      font-size: 1.1rem;
      margin: 0 0 0.5rem;
    }
    .error-summary ul {
      margin: 0;
      padding-left: 1.25rem;
    }
    .error-summary a {
      color: var(--portal-color-error, #b3261e);
      font-weight: 600;
    }
    .failure {
      border-left: 4px solid var(--portal-color-error, #b3261e);
      padding: 0.5rem 0.75rem;
    }
    .receipt {
      border: 2px solid var(--portal-color-success, #1e6b3a);
      padding: 1rem;
    }
    .reference {
      font-size: 1.15rem;
      font-weight: 600;
    }
  `,
];
