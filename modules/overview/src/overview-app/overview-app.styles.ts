import { css } from 'lit';

export const styles = css`
    :host {
      display: block;
      color: var(--portal-color-text, #1a1a1a);
    }
    h1 {
      font-size: var(--portal-font-size-h1, 2rem);
      line-height: 1.2;
      margin: 0 0 0.5rem;
    }
    h1:focus {
      outline: none;
    }
    h1:focus-visible {
      outline: 3px solid var(--portal-color-focus, #0a58ca);
      outline-offset: 4px;
    }
    h2 {
      font-size: 1.35rem;
      margin: 2rem 0 1rem;
    }
    ul {
      list-style: none;
      padding: 0;
      margin: 0;
      display: grid;
      gap: 0.75rem;
    }
    .notice {
      border-left: 6px solid var(--portal-color-error, #b00020);
      background: var(--portal-color-error-bg, #fdf0f2);
      padding: 0.75rem 1rem;
    }
    .notice p {
      margin: 0 0 0.5rem;
    }
    button {
      font: inherit;
      padding: 0.5rem 1rem;
      min-height: 44px;
      border-radius: 4px;
      border: 2px solid var(--portal-color-primary, #0a58ca);
      background: #fff;
      color: var(--portal-color-primary, #0a58ca);
      cursor: pointer;
    }
    button:focus-visible {
      outline: 3px solid var(--portal-color-focus, #0a58ca);
      outline-offset: 3px;
    }
  `;
