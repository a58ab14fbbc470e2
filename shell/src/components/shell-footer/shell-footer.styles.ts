import { css } from 'lit';
import { baseStyles } from '../shared.styles.js';

export const styles = [
  baseStyles,
  css`
    :host {
      display: block;
    }
    footer {
      background: var(--portal-color-footer, #f2f2f2);
      border-top: 1px solid var(--portal-color-border-light, #d0d0d0);
      margin-top: 3rem;
    }
    .inner {
      box-sizing: border-box;
      max-width: var(--portal-max-width, 72rem);
      margin: 0 auto;
      padding: 1.5rem 1rem;
    }
    ul {
      list-style: none;
      margin: 0 0 1rem;
      padding: 0;
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 2rem;
    }
    a {
      display: inline-block;
      padding: 0.5rem 0;
    }
    .hint {
      font-size: 0.9em;
    }
    p {
      margin: 0;
      color: var(--portal-color-text-muted, #4a4a4a);
    }
    @media print {
      :host {
        display: none;
      }
    }
  `,
];
