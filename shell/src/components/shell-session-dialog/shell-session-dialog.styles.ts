import { css } from 'lit';
import { baseStyles } from '../shared.styles.js';

export const styles = [
  baseStyles,
  css`
    dialog {
      max-width: min(32rem, calc(100vw - 2rem));
      border: 0;
      border-top: 8px solid var(--portal-color-header, #003479);
      border-radius: 4px;
      padding: 1.5rem;
      color: var(--portal-color-text, #1a1a1a);
      box-shadow: 0 8px 32px rgb(0 0 0 / 0.35);
    }
    dialog::backdrop {
      background: rgb(0 0 0 / 0.55);
    }
    h2 {
      margin: 0 0 0.75rem;
      font-size: 1.35rem;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem;
      margin-top: 1.25rem;
    }
  `,
];
